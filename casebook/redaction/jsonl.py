"""JSON Lines in, JSON Lines out: the batch behind `casebook redact`. Pure, no Django.

Each input line is an object with a "text" string. The output object is the input with
"redacted" (the text with placeholders) and "entities" ([{"start", "end", "type"}], code-point
offsets into "text") added; every other key passes through unchanged. A bad line (invalid
UTF-8, not JSON, not an object, no "text" string) is reported with its line number and
skipped; the batch goes on, and the caller decides the exit status from the count.

With numbered placeholders ("--numbered"), "redacted" reads {name 1}, {name 2}, {school 1} ...
(the same person keeping one number within a text) and each entity also carries its
"placeholder".
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from casebook.redaction import numbered as numbered_labels
from casebook.redaction import redact


@dataclass(frozen=True)
class BatchResult:
    written: int
    skipped: int


def redact_record(record: dict[str, Any], *, numbered: bool = False) -> dict[str, Any]:
    text = record["text"]
    result = redact(text, numbered_placeholders=numbered)
    out = dict(record)
    out["redacted"] = result.text
    entities: list[dict[str, Any]] = [
        {"start": e.start, "end": e.end, "type": e.type} for e in result.entities
    ]
    if numbered:
        for entity, label in zip(entities, numbered_labels(text, result.entities), strict=True):
            entity["placeholder"] = label
    out["entities"] = entities
    return out


def _parse(raw: bytes) -> dict[str, Any] | str:
    """The record on a line, or why it cannot be used."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return f"not UTF-8 ({error.reason} at byte {error.start})"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return f"not valid JSON ({error.msg} at column {error.colno})"
    if not isinstance(record, dict):
        return f"not a JSON object (got {type(record).__name__})"
    if "text" not in record:
        return 'no "text" key'
    if not isinstance(record["text"], str):
        return f'"text" is not a string (got {type(record["text"]).__name__})'
    return record


def redact_lines(
    lines: Iterable[bytes],
    write: Callable[[str], None],
    error: Callable[[str], None],
    progress: Callable[[int], None] | None = None,
    every: int = 1000,
    *,
    numbered: bool = False,
) -> BatchResult:
    """Redact each line of JSON; write output lines (without newline) and error messages."""
    written = skipped = 0
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue  # blank lines (a trailing newline, say) carry nothing to redact
        parsed = _parse(raw)
        if isinstance(parsed, str):
            error(f"line {number}: {parsed}; skipped")
            skipped += 1
            continue
        write(json.dumps(redact_record(parsed, numbered=numbered), ensure_ascii=False))
        written += 1
        if progress is not None and number % every == 0:
            progress(number)
    return BatchResult(written=written, skipped=skipped)
