"""JSON Lines in, JSON Lines out: the batch behind `casebook suggest`. Pure, no Django.

Each input line is an object with a "text" string. The output object is the input with
"suggestions" (every category, at least five: [{"category", "score"}], best first) and
"risk_flags" (the raised flags: [{"flag", "score"}], highest first; [] for none) added; every
other key passes through unchanged. A bad line is reported with its line number and
skipped; the batch goes on, and the caller decides the exit status from the count. Lines are
scored in blocks, which is several times faster than one at a time.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from casebook.classify.model import Assessment, Suggester
from casebook.redaction.jsonl import _parse

BLOCK = 256


@dataclass(frozen=True)
class BatchResult:
    written: int
    skipped: int


def suggestion_record(record: dict[str, Any], assessment: Assessment) -> dict[str, Any]:
    out = dict(record)
    out["suggestions"] = [{"category": s.label, "score": s.score} for s in assessment.suggestions]
    out["risk_flags"] = [{"flag": s.label, "score": s.score} for s in assessment.risk_flags]
    return out


def suggest_lines(
    lines: Iterable[bytes],
    model: Suggester,
    write: Callable[[str], None],
    error: Callable[[str], None],
    progress: Callable[[int], None] | None = None,
    every: int = 1000,
) -> BatchResult:
    """Score each line of JSON; write output lines (without newline) and error messages."""
    written = skipped = 0
    block: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal written
        for record, assessment in zip(
            block, model.assess_many([r["text"] for r in block]), strict=True
        ):
            write(json.dumps(suggestion_record(record, assessment), ensure_ascii=False))
            written += 1
        block.clear()

    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        parsed = _parse(raw)
        if isinstance(parsed, str):
            error(f"line {number}: {parsed}; skipped")
            skipped += 1
            continue
        block.append(parsed)
        if len(block) >= BLOCK:
            flush()
        if progress is not None and number % every == 0:
            progress(number)
    if block:
        flush()
    return BatchResult(written=written, skipped=skipped)
