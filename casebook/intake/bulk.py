"""Importing mail history in chunks: the same outcome as ingest_bytes(), far fewer queries.

`casebook ingest` of a helpline's history (tens of thousands of messages) would spend most of
its time in per-message queries. Here a chunk of messages is parsed in a worker process and
handed to casebook.intake.store, which decides what each message becomes exactly as for a
single message and writes the chunk with a handful of bulk queries in one transaction;
tests/intake/test_bulk.py checks both paths give the same database.

If a chunk cannot be written as a whole (a concurrent importer stored one of its messages,
or the database refuses a value), it is rolled back and redone message by message, so one bad
message never costs the others. A file that cannot be written (disk full, folder not
writable) stops the import with OSError after rolling back the chunk: nothing half-saved.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from django.db import DataError, IntegrityError
from django.utils import timezone

from casebook.intake.actions import Summary, do_quarantine_message, store_one
from casebook.intake.config import IntakeConfig
from casebook.intake.parsing import ParsedMessage, parse_batch
from casebook.intake.store import Incoming, IngestResult, store_batch

CHUNK = 500


def ingest_many(
    items: Iterable[tuple[str, bytes]],
    *,
    config: IntakeConfig | None = None,
    chunk_size: int = CHUNK,
    acknowledge: bool = False,
    parallel: bool | None = None,
    on_result: Callable[[IngestResult, str], None] | None = None,
) -> Summary:
    """Store (source, raw bytes) pairs in order; each chunk commits as a whole.

    With `parallel` (default: when there is more than one CPU) a worker process parses the
    next chunk while this one writes the current one; parsing is pure, so nothing but bytes
    and parsed messages cross the process boundary.
    """
    config = config or IntakeConfig.from_env()
    if parallel is None:
        parallel = (os.cpu_count() or 1) > 1
    summary = Summary()

    def store(parsed: list[tuple[str, bytes, ParsedMessage | str]]) -> None:
        for result, source in _ingest_chunk(parsed, config=config, acknowledge=acknowledge):
            summary.add(result)
            if on_result:
                on_result(result, source)

    chunks = _chunks(items, chunk_size)
    if not parallel:
        for chunk in chunks:
            store(parse_batch(chunk, config.max_message_bytes))
        return summary
    with ProcessPoolExecutor(max_workers=1) as pool:
        pending: Future[list[tuple[str, bytes, ParsedMessage | str]]] | None = None
        for chunk in chunks:
            upcoming = pool.submit(parse_batch, chunk, config.max_message_bytes)
            if pending is not None:
                store(pending.result())
            pending = upcoming
        if pending is not None:
            store(pending.result())
    return summary


def _chunks(items: Iterable[tuple[str, bytes]], size: int) -> Iterator[list[tuple[str, bytes]]]:
    batch: list[tuple[str, bytes]] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _ingest_chunk(
    parsed: list[tuple[str, bytes, ParsedMessage | str]],
    *,
    config: IntakeConfig,
    acknowledge: bool,
) -> list[tuple[IngestResult, str]]:
    results: list[tuple[IngestResult, str]] = []
    readable: list[Incoming] = []
    received_at = timezone.now()
    for source, raw, outcome in parsed:
        if isinstance(outcome, str):
            results.append((do_quarantine_message(raw=raw, source=source, reason=outcome), source))
        else:
            readable.append(Incoming(source, raw, outcome, received_at))
    if not readable:
        return results
    try:
        stored = store_batch(readable, config=config, acknowledge=acknowledge)
    except (IntegrityError, DataError):
        stored = [store_one(item, config=config, acknowledge=acknowledge) for item in readable]
    results.extend(zip(stored, (item.source for item in readable), strict=True))
    return results
