"""Read cases from a CSV export, so a helpline on another system can produce the same report.

Pure: no Django. The column mapping (header names, case-insensitive, any order):

    reference      required, unique            e.g. CB-2022-00017
    opened_at      required  a date (2022-03-14) or an ISO 8601 date-time; a time with an
                             offset is converted to Europe/London, a naive one is London time
    channel        code or UI label            email | phone | web  (or Email, Phone, Web form)
    enquirer_type  code or UI label, blank = not recorded   e.g. teacher, "Other school staff"
    setting_type   code or UI label, blank = not recorded   e.g. secondary, "Primary school"
    region         ITL1 code or name, blank = unknown       e.g. UKK, "South West", OUT
    categories     category names separated by ";"          e.g. Social networks;Sexting
    platforms      platform names separated by ";"          e.g. TikTok;Instagram
    subject        optional  subject heading (word clouds)
    text           optional  first message from the enquirer (appendix samples; it is
                             redacted before it is shown, like database text)
    first_response_minutes   optional  working minutes to the first reply, blank = none
    first_response_at        optional  when the first reply went (ISO 8601 date-time); with
                             an opened_at date-time, its working time is computed on the
                             default calendar (Monday-Friday 09:00-17:00, England and Wales)

A bad row (missing or unknown value, unreadable date, repeated reference) is never skipped
quietly: every error is collected with its line number and reason, and the whole file is
refused with the list, so totals can never shift without anyone noticing.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from casebook.analysis.facts import (
    DIMENSIONS,
    LONDON,
    Facts,
    FactsBuilder,
    UnknownValue,
    Vocabulary,
    local_date,
)
from casebook.lib.working_hours import HELPLINE_HOURS

REQUIRED = ("reference", "opened_at")
RESPONSE_COLUMNS = ("first_response_minutes", "first_response_at")
COLUMNS = (
    *REQUIRED,
    *DIMENSIONS,
    "categories",
    "platforms",
    "subject",
    "text",
    *RESPONSE_COLUMNS,
)


@dataclass(frozen=True)
class RowError:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


class CsvInputError(ValueError):
    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        shown = "; ".join(str(e) for e in errors[:5])
        more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
        super().__init__(f"{len(errors)} bad row(s) in the CSV, nothing was used: {shown}{more}")


def _lookup(codes: Iterable[str], labels: Iterable[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for code, label in zip(codes, labels, strict=True):
        out[label.casefold()] = code
        out[code.casefold()] = code
    return out


def parse_when(value: str) -> date:
    value = value.strip()
    if not value:
        raise ValueError("opened_at is empty")
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return local_date(datetime.fromisoformat(value.replace("Z", "+00:00")))
    except ValueError:
        raise ValueError(f"opened_at {value!r} is not a date (YYYY-MM-DD or ISO 8601)") from None


def read_csv(source: str | Path | io.TextIOBase, vocab: Vocabulary) -> Facts:
    """Facts from a CSV file or text stream; raises CsvInputError listing every bad row."""
    if isinstance(source, str | Path):
        with open(source, newline="", encoding="utf-8-sig") as fh:
            return _read(fh, vocab)
    return _read(source, vocab)


def _read(fh: Iterable[str], vocab: Vocabulary) -> Facts:
    reader = csv.reader(fh)
    try:
        header = [h.strip().casefold() for h in next(reader)]
    except StopIteration:
        raise CsvInputError([RowError(1, "the file is empty (no header row)")]) from None
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise CsvInputError([RowError(1, f"missing column(s): {', '.join(missing)}")])
    col = {name: header.index(name) for name in COLUMNS if name in header}
    lookups = {
        name: _lookup(vocab.dimension(name).codes, vocab.dimension(name).labels)
        for name in DIMENSIONS
    }
    categories = {c.casefold(): c for c in vocab.categories}
    platforms = {p.casefold(): p for p in vocab.platforms}

    builder = FactsBuilder(vocab, response_times=any(c in col for c in RESPONSE_COLUMNS))
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    line = 1
    for record in reader:
        start, line = line + 1, reader.line_num
        if not any(cell.strip() for cell in record):
            continue  # blank lines are not cases
        if len(record) != len(header):
            errors.append(
                RowError(start, f"has {len(record)} fields, the header has {len(header)}")
            )
            continue

        def cell(name: str, rec: list[str] = record) -> str:
            return rec[col[name]].strip() if name in col else ""

        try:
            ref = cell("reference")
            if not ref:
                raise ValueError("reference is empty")
            if ref in seen:
                raise ValueError(f"reference {ref} repeats line {seen[ref]}")
            opened = parse_when(cell("opened_at"))
            values = {}
            for name in DIMENSIONS:
                raw = cell(name)
                if raw.casefold() not in lookups[name]:
                    raise UnknownValue(f"unknown {name.replace('_', ' ')} {raw!r}")
                values[name] = lookups[name][raw.casefold()]
            minutes = response_minutes(
                cell("opened_at"), cell("first_response_at"), cell("first_response_minutes")
            )
            cats = _split(cell("categories"), categories, "category")
            plats = _split(cell("platforms"), platforms, "platform")
            if errors:
                # Keep checking later rows for the error list, but build nothing more.
                seen[ref] = start
                continue
            builder.add(
                reference=ref,
                opened_on=opened,
                categories=cats,
                platforms=plats,
                subject=cell("subject"),
                text=cell("text"),
                first_response_minutes=minutes,
                **values,
            )
            seen[ref] = start
        except ValueError as exc:
            errors.append(RowError(start, str(exc)))
    if errors:
        raise CsvInputError(errors)
    return builder.build()


def _split(raw: str, known: dict[str, str], what: str) -> list[str]:
    out: list[str] = []
    for part in raw.split(";"):
        name = part.strip()
        if not name:
            continue
        if name.casefold() not in known:
            raise UnknownValue(f"unknown {what} {name!r}")
        if known[name.casefold()] not in out:
            out.append(known[name.casefold()])
    return out


def _moment(value: str, what: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{what} {value!r} is not an ISO 8601 date-time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=LONDON)


def response_minutes(opened_at: str, first_response_at: str, minutes: str) -> float | None:
    """Working minutes to the first reply from the row's columns, or None if not known."""
    if minutes:
        try:
            value = float(minutes)
        except ValueError:
            raise ValueError(f"first_response_minutes {minutes!r} is not a number") from None
        if not value >= 0:
            raise ValueError(f"first_response_minutes {minutes!r} must not be negative")
        return value
    if not first_response_at:
        return None
    if len(opened_at.strip()) <= 10:
        raise ValueError("first_response_at needs an opened_at with a time of day")
    start = _moment(opened_at.strip(), "opened_at")
    end = _moment(first_response_at, "first_response_at")
    if end < start:
        raise ValueError("first_response_at is before opened_at")
    return HELPLINE_HOURS.working_time_between(start, end).total_seconds() / 60
