"""Importing mail history in chunks: the same outcome as ingest_bytes(), far fewer queries.

`casebook ingest` of a helpline's history (tens of thousands of messages) would spend most of
its time in per-message queries. Here a chunk of messages is parsed, deduplicated, threaded
and written with a handful of bulk queries in one transaction; what each message becomes
(new case, added, duplicate, automatic, quarantined) is decided exactly as in actions.py,
and tests/intake/test_bulk.py checks both paths give the same database.

If a chunk cannot be written as a whole (a concurrent importer stored one of its messages,
or the database refuses a value), it is rolled back and redone message by message, so one bad
message never costs the others.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import DataError, IntegrityError, transaction
from django.db.models import F
from django.db.models.functions import Lower
from django.utils import timezone

from casebook.accounts.models import AuditEvent
from casebook.cases.actions import format_reference, resolve_merged
from casebook.cases.models import (
    Attachment,
    Case,
    CasePlatform,
    Channel,
    Direction,
    Enquirer,
    Message,
    Platform,
    PlatformSource,
    ReferenceCounter,
    Status,
)
from casebook.intake.actions import (
    IngestResult,
    Outcome,
    Summary,
    attachment_rows,
    do_quarantine_message,
    ingest_bytes,
    may_acknowledge,
)
from casebook.intake.config import IntakeConfig
from casebook.intake.outbound import queue_acknowledgement
from casebook.intake.parsing import CASE_REFERENCE, ParsedMessage, parse_batch
from casebook.lib.platforms import find_platforms

CHUNK = 500


@dataclass
class _Item:
    source: str
    raw: bytes
    parsed: ParsedMessage


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
    readable: list[_Item] = []
    for source, raw, outcome in parsed:
        if isinstance(outcome, str):
            results.append((do_quarantine_message(raw=raw, source=source, reason=outcome), source))
        else:
            readable.append(_Item(source, raw, outcome))
    if not readable:
        return results
    received_at = timezone.now()
    try:
        stored = _store_chunk(readable, received_at=received_at, acknowledge=acknowledge)
    except (IntegrityError, DataError):
        stored = [
            ingest_bytes(
                item.raw,
                source=item.source,
                received_at=received_at,
                acknowledge=acknowledge,
                config=config,
            )
            for item in readable
        ]
    results.extend(zip(stored, (item.source for item in readable), strict=True))
    return results


_REOPEN = {Status.AWAITING_ENQUIRER, Status.CLOSED}


@transaction.atomic
def _store_chunk(
    items: list[_Item], *, received_at: datetime, acknowledge: bool = False
) -> list[IngestResult]:
    ids = [item.parsed.message_id for item in items]
    stored_ids = set(
        Message.objects.filter(message_id__in=ids).values_list("message_id", flat=True)
    )
    thread_ids = {i for item in items for i in item.parsed.thread_ids[:20]}
    by_message_id: dict[str, Case] = {
        m.message_id: m.case
        for m in Message.objects.filter(message_id__in=thread_ids).select_related("case")
        if m.message_id
    }
    wanted_refs = set()
    for item in items:
        wanted_refs.update(_references(item.parsed))
    by_reference = {c.reference: c for c in Case.objects.filter(reference__in=wanted_refs)}
    emails = {item.parsed.from_address for item in items}
    enquirers: dict[str, Enquirer] = {}
    for row in (
        Enquirer.objects.annotate(lower_email=Lower("email"))
        .filter(lower_email__in=emails)
        .order_by("-id")  # the oldest wins, as in find_or_create_enquirer
    ):
        enquirers[row.email.lower()] = resolve_merged(row)

    results: list[IngestResult] = []
    new_cases: list[Case] = []
    new_enquirers: list[Enquirer] = []
    messages: list[Message] = []
    attachments: list[Attachment] = []
    platform_texts: list[tuple[Case, str]] = []
    added: list[tuple[Case, Message, bool]] = []
    reopened: dict[int, tuple[Case, str]] = {}
    seen: dict[str, Case] = {}
    references = _ReferenceBlock()
    to_acknowledge: list[Case] = []

    for item in items:
        parsed = item.parsed
        if parsed.message_id in stored_ids or parsed.message_id in seen:
            results.append(IngestResult(Outcome.DUPLICATE, message_id=parsed.message_id))
            continue
        at = parsed.date or received_at
        if at > received_at + timedelta(days=1):
            at = received_at
        case = _thread(parsed, seen, by_message_id, by_reference)
        if case is None and parsed.is_automatic:
            results.append(IngestResult(Outcome.AUTOMATIC, message_id=parsed.message_id))
            continue
        if case is None:
            enquirer = enquirers.get(parsed.from_address)
            if enquirer is None:
                enquirer = Enquirer(email=parsed.from_address, name=parsed.from_name)
                enquirers[parsed.from_address] = enquirer
                new_enquirers.append(enquirer)
            # The sender's details are kept on the case as given; a known record is unchanged.
            case = Case(
                reference=references.next(timezone.localtime(at).year),
                subject=parsed.subject[:300],
                channel=Channel.EMAIL,
                status=Status.NEW,
                opened_at=at,
                enquirer=enquirer,
                contact_name=parsed.from_name[:200],
                contact_email=parsed.from_address[:254],
                enquirer_type=enquirer.enquirer_type,
                setting_type=enquirer.setting_type,
                region=enquirer.region,
            )
            new_cases.append(case)
            by_reference[case.reference] = case  # later mail in this chunk may quote it
            if acknowledge and may_acknowledge(parsed):
                to_acknowledge.append(case)
            outcome = Outcome.NEW_CASE
            from_name, from_email = parsed.from_name, parsed.from_address
            platform_texts.append((case, f"{parsed.subject}\n{parsed.text}"))
        else:
            outcome = Outcome.ADDED
            from_name, from_email = parsed.from_name, parsed.from_address
            if not parsed.is_automatic:
                platform_texts.append((case, f"{parsed.subject}\n{parsed.text}"))
                if case.pk and case.status in _REOPEN and case.pk not in reopened:
                    reopened[case.pk] = (case, case.status)
        message = Message(
            case=case,
            direction=Direction.INBOUND,
            at=at,
            from_name=from_name,
            from_email=from_email,
            subject=parsed.subject[:300],
            body_text=parsed.text,
            body_html=parsed.html,
            message_id=parsed.message_id,
            in_reply_to=parsed.in_reply_to,
            references=" ".join(parsed.references),
        )
        messages.append(message)
        if outcome == Outcome.ADDED:
            added.append((case, message, parsed.is_automatic))
        attachments.extend(attachment_rows(message, parsed))
        seen[parsed.message_id] = case
        results.append(IngestResult(outcome, message_id=parsed.message_id))

    Enquirer.objects.bulk_create(new_enquirers)
    references.claim()
    # Every message added to a case bumps its version, as in the one-by-one path.
    for case, _, _ in added:
        if case.pk is None:
            case.version += 1
    # bulk_create fills in foreign keys from related objects saved since they were assigned.
    Case.objects.bulk_create(new_cases)
    Message.objects.bulk_create(messages)
    Attachment.objects.bulk_create(attachments)
    _tag_platforms(platform_texts)
    _touch_existing_cases(added, reopened, {c.pk for c in new_cases})
    AuditEvent.objects.bulk_create(
        [AuditEvent(case=c, action="case.opened", detail={"channel": "email"}) for c in new_cases]
        + [
            AuditEvent(
                case=c, action="email.received", detail={"message": m.pk, "automatic": automatic}
            )
            for c, m, automatic in added
        ]
    )
    for case in to_acknowledge:
        queue_acknowledgement(case=case)
    by_id = {m.message_id: m.case for m in messages}
    return [
        IngestResult(
            r.outcome, case_reference=by_id[r.message_id].reference, message_id=r.message_id
        )
        if r.outcome in {Outcome.NEW_CASE, Outcome.ADDED}
        else r
        for r in results
    ]


def _references(parsed: ParsedMessage) -> list[str]:
    refs = [parsed.case_reference] if parsed.case_reference else []
    if parsed.is_bounce:
        refs += [m.group(0) for m in CASE_REFERENCE.finditer(parsed.text)]
    return refs


def _thread(
    parsed: ParsedMessage,
    seen: dict[str, Case],
    by_message_id: dict[str, Case],
    by_reference: dict[str, Case],
) -> Case | None:
    """As threading.find_case, also seeing the messages earlier in this chunk."""
    for message_id in parsed.thread_ids:
        if message_id in seen:
            return seen[message_id]
        if message_id in by_message_id:
            return by_message_id[message_id]
    for reference in _references(parsed):
        if reference in by_reference:
            return by_reference[reference]
    return None


class _ReferenceBlock:
    """Case references for a chunk, numbered as the cases are met, claimed at the end.

    The year's counter row is locked when first read (SQLite's IMMEDIATE transactions hold
    the write lock already), so the numbers handed out here are the ones the claim takes; if
    the counter moved anyway, the claim fails and the chunk is redone message by message.
    """

    def __init__(self) -> None:
        self.start: dict[int, int] = {}
        self.used: Counter[int] = Counter()

    def next(self, year: int) -> str:
        if year not in self.start:
            ReferenceCounter.objects.get_or_create(year=year)
            self.start[year] = (
                ReferenceCounter.objects.select_for_update()
                .values_list("last", flat=True)
                .get(year=year)
            )
        self.used[year] += 1
        return format_reference(year, self.start[year] + self.used[year])

    def claim(self) -> None:
        for year, count in self.used.items():
            claimed = ReferenceCounter.objects.filter(year=year, last=self.start[year]).update(
                last=self.start[year] + count
            )
            if claimed != 1:
                raise IntegrityError(f"reference counter for {year} moved during the import")


def _tag_platforms(texts: list[tuple[Case, str]]) -> None:
    if not texts:
        return
    platforms = list(Platform.objects.filter(retired=False))
    aliases = {p.name: p.aliases for p in platforms}
    by_name = {p.name: p for p in platforms}
    existing = set(
        CasePlatform.objects.filter(case__in=[c for c, _ in texts if c.pk]).values_list(
            "case_id", "platform_id"
        )
    )
    rows = []
    for case, text in texts:
        for name in find_platforms(text, aliases):
            key = (case.pk, by_name[name].pk)
            if key not in existing:
                existing.add(key)
                rows.append(
                    CasePlatform(case=case, platform=by_name[name], source=PlatformSource.DETECTED)
                )
    CasePlatform.objects.bulk_create(rows)


def _touch_existing_cases(
    added: list[tuple[Case, Message, bool]],
    reopened: dict[int, tuple[Case, str]],
    new_case_pks: set[int],
) -> None:
    """Bump existing cases' versions once per message added; reopen the waiting ones."""
    per_case = Counter(c.pk for c, _, _ in added if c.pk not in new_case_pks)
    by_count: dict[int, list[int]] = defaultdict(list)
    for pk, count in per_case.items():
        by_count[count].append(pk)
    now = timezone.now()
    for count, pks in by_count.items():
        Case.objects.filter(pk__in=pks).update(version=F("version") + count, updated_at=now)
    if reopened:
        Case.objects.filter(pk__in=reopened).update(status=Status.OPEN, closed_at=None)
        AuditEvent.objects.bulk_create(
            AuditEvent(case=case, action="status.changed", detail={"old": old, "new": Status.OPEN})
            for case, old in reopened.values()
        )
