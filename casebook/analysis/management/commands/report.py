"""casebook report: the annual analysis for a period, optionally compared with another."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError
from django.utils import timezone

from casebook.analysis.csvinput import CsvInputError, read_csv
from casebook.analysis.outputs import FORMATS, write_outputs
from casebook.analysis.periods import period_problems
from casebook.analysis.publish import NO_EDITS
from casebook.analysis.queries import review_state
from casebook.analysis.report import APPENDIX_MIN_CASES, build_report, csv_texts, find_redactor
from casebook.analysis.sources import db_texts, load_facts, vocabulary
from casebook.analysis.tables import Period
from casebook.partners.queries import partner_section
from casebook.privacy.preserve import preserved_lookup
from casebook.triage.calendar import current_calendar


def parse_date(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"{option} {value!r} is not a date (use YYYY-MM-DD)") from None


def parse_period(start: str, end: str, what: str) -> Period:
    first = parse_date(start, f"--{what}from")
    last = parse_date(end, f"--{what}to")
    if last <= first:
        name = "the compared period" if what else "the period"
        raise CommandError(
            f"{name} must end after it starts (--{what}to {end} is not after {start})"
        )
    problems = period_problems(
        first, last, today=timezone.localdate(), max_days=settings.REPORT_MAX_DAYS
    )
    if problems:
        raise CommandError(f"--{what}from {start} --{what}to {end}: {problems[0]}")
    return Period(first, last)


class Command(BaseCommand):
    help = (
        "Write the annual analysis for a period [from, to) (Europe/London dates), optionally "
        "compared with another period, as HTML, PDF, XLSX and JSON plus PNG/SVG figures."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--from", dest="start", required=True, metavar="DATE", help="first day, included"
        )
        parser.add_argument("--to", dest="end", required=True, metavar="DATE", help="exclusive")
        parser.add_argument("--compare-from", metavar="DATE", help="first day, included")
        parser.add_argument("--compare-to", metavar="DATE", help="exclusive")
        parser.add_argument(
            "--format", default=",".join(FORMATS), help=f"comma-separated: {','.join(FORMATS)}"
        )
        parser.add_argument(
            "--out", type=Path, default=None, help="directory (default REPORTS_DIR)"
        )
        parser.add_argument(
            "--input", type=Path, default=None, metavar="CSV", help="read cases from a CSV export"
        )
        parser.add_argument(
            "--suppress-below", type=int, default=None, metavar="N", help="show counts 1..N-1 as <N"
        )
        parser.add_argument(
            "--appendix-min-cases", type=int, default=APPENDIX_MIN_CASES, metavar="N"
        )

    def handle(self, *args: Any, **opts: Any) -> None:
        try:
            self._report(opts)
        except DatabaseError as exc:
            raise CommandError(f"cannot read the database: {exc}") from None
        except OSError as exc:
            raise CommandError(f"cannot write the report: {exc}") from None

    def _report(self, opts: dict[str, Any]) -> None:
        t0 = time.monotonic()
        period = parse_period(opts["start"], opts["end"], "")
        compare = None
        if bool(opts["compare_from"]) != bool(opts["compare_to"]):
            raise CommandError("give both --compare-from and --compare-to, or neither")
        if opts["compare_from"]:
            compare = parse_period(opts["compare_from"], opts["compare_to"], "compare-")
        formats = [f.strip().lower() for f in opts["format"].split(",") if f.strip()]
        unknown = [f for f in formats if f not in FORMATS]
        if unknown or not formats:
            raise CommandError(
                f"unknown format {','.join(unknown) or '(none)'}; choose from {','.join(FORMATS)}"
            )
        n = opts["suppress_below"]
        if n is not None and n < 2:
            raise CommandError("--suppress-below must be 2 or more")
        out_dir: Path = opts["out"] or Path(settings.REPORTS_DIR)

        def progress(msg: str) -> None:
            self.stderr.write(f"[{time.monotonic() - t0:5.1f}s] {msg}")

        vocab = vocabulary()
        if opts["input"] is not None:
            path: Path = opts["input"]
            if not path.is_file():
                raise CommandError(f"--input {path}: no such file")
            progress(f"reading {path}")
            try:
                facts = read_csv(path, vocab)
            except CsvInputError as exc:
                for err in exc.errors:
                    self.stderr.write(f"{path}: {err}")
                raise CommandError(
                    str(exc).split(":")[0] + f" in {path}; nothing was written"
                ) from None
            except UnicodeDecodeError:
                raise CommandError(f"--input {path}: not UTF-8 text") from None
            texts = csv_texts(facts)
            source = f"CSV export {path.name}"
            preserved = None
        else:
            progress("loading cases from the database")
            periods = [(period.start, period.end)]
            if compare:
                periods.append((compare.start, compare.end))
            facts = load_facts(periods, vocab=vocab)
            texts = db_texts(facts)
            source = "database"
            preserved = preserved_lookup()
        progress(f"{len(facts):,} cases loaded; computing tables and figures")
        # Sign-off lives in the database: a report from a CSV export is always a draft.
        edits, approval = NO_EDITS, None
        if opts["input"] is None:
            edits, approval, _ = review_state(period)
        report = build_report(
            facts,
            period,
            compare,
            suppress_below=n,
            texts=texts,
            redactor=find_redactor(),
            appendix_min_cases=opts["appendix_min_cases"],
            source=source,
            target_minutes=current_calendar().target.total_seconds() / 60,
            review=edits,
            approval=approval,
            preserved=preserved,
            partners=None
            if opts["input"] is not None
            else partner_section(period.start, period.end),
        )
        if report.draft:
            progress("not approved: every format is marked DRAFT (sign off at /reports/review/)")
        if report.appendix is None:
            progress(report.appendix_note)
        written = write_outputs(report, out_dir, formats, progress)
        progress(f"done: {report.tables.cases:,} cases in {period}")
        for path in written:
            if path.parent == out_dir:
                self.stdout.write(str(path))
        self.stdout.write(str(written[-1].parent) if report.figures else "")
