"""Report text that outlives the cases it came from.

A report's tables are counts of facts that anonymisation keeps, so they reproduce by
themselves. Its word clouds (subject headings) and appendix (the enquirer's first message,
redacted) are made from text that anonymisation removes. Keeping a redacted copy of every
case's text would keep the dialogue in all but name; instead, for each report period an admin
lists (PreservedReport), the period's word counts and appendix are captured just before its
first case is anonymised, exactly as the report then showed them, and the report for that
period reads them from then on. For any other period, anonymised cases simply no longer
contribute words or samples.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from django.db.models import Q, QuerySet
from django.utils import timezone

from casebook.analysis.model import AppendixCategory, PreservedText, Sample
from casebook.analysis.report import (
    APPENDIX_MIN_CASES,
    PreservedLookup,
    build_report,
    find_redactor,
)
from casebook.analysis.sources import db_texts, load_facts, local_midnight
from casebook.analysis.tables import Period
from casebook.cases.models import Case
from casebook.privacy.models import PreservedReport
from casebook.privacy.scrub import Identifiers


def _text(row: PreservedReport) -> PreservedText:
    appendix = None
    if row.appendix is not None:
        appendix = [
            AppendixCategory(
                category=a["category"],
                cases=int(a["cases"]),
                samples=[Sample(reference=s["reference"], text=s["text"]) for s in a["samples"]],
            )
            for a in row.appendix
        ]
    return PreservedText(
        # Stored as [word, count] pairs: PostgreSQL's jsonb would reorder an object's keys.
        words={str(w): int(c) for w, c in row.words or []},
        word_min_cases=int(row.word_min_cases or 0),
        appendix=appendix,
        appendix_note=row.appendix_note,
        appendix_min_cases=int(row.appendix_min_cases or APPENDIX_MIN_CASES),
    )


def preserved_lookup() -> PreservedLookup:
    """Period -> its captured text, for build_report(preserved=...). Reads the table once."""
    rows = {
        (r.period_start, r.period_end): r
        for r in PreservedReport.objects.filter(captured_at__isnull=False)
    }

    def lookup(period: Period) -> PreservedText | None:
        row = rows.get((period.start, period.end))
        return _text(row) if row is not None else None

    return lookup


def capture(row: PreservedReport) -> bool:
    """Capture the period's report text now, unless someone already has. True if this call
    stored it. Runs outside the anonymising transaction and commits before any case of the
    period is anonymised, so what it reads is the text as it was."""
    from casebook.analysis.queries import review_state  # it reads this module's lookup

    period = Period(row.period_start, row.period_end)
    facts = load_facts([(period.start, period.end)])
    edits, _, _ = review_state(period)
    # The appendix as the period's reviewer left it; the words before their hidden words,
    # which the report applies when it uses them (as this period, or as another's compare).
    report = build_report(
        facts,
        period,
        None,
        texts=db_texts(facts),
        redactor=find_redactor(),
        with_figures=False,
        review=replace(edits, hidden_words=frozenset()),
    )
    appendix = (
        [
            {
                "category": a.category,
                "cases": a.cases,
                "samples": [{"reference": s.reference, "text": s.text} for s in a.samples],
            }
            for a in report.appendix
        ]
        if report.appendix is not None
        else None
    )
    # Conditional: when two workers capture at once, the first to finish wins and the other
    # update changes nothing.
    stored = PreservedReport.objects.filter(pk=row.pk, captured_at__isnull=True).update(
        captured_at=timezone.now(),
        words=[[w, c] for w, c in report.words.items()],
        word_min_cases=report.word_min_cases,
        appendix=appendix,
        appendix_note=report.appendix_note,
        appendix_min_cases=APPENDIX_MIN_CASES,
    )
    return stored == 1


def _covers(start: date, end: date) -> Q:
    return Q(opened_at__gte=local_midnight(start), opened_at__lt=local_midnight(end))


def ensure_captured(case_ids: Iterable[int]) -> list[PreservedReport]:
    """Capture every listed period, not yet captured, that holds one of these cases. Returns
    the periods captured by this call."""
    ids = list(case_ids)
    done = []
    for row in PreservedReport.objects.filter(captured_at__isnull=True).order_by("period_start"):
        if not ids:
            break
        in_period = Case.objects.filter(_covers(row.period_start, row.period_end))
        if any(
            in_period.filter(pk__in=ids[i : i + 500]).exists() for i in range(0, len(ids), 500)
        ) and capture(row):
            done.append(row)
    return done


def uncaptured_periods_due(cases: QuerySet[Case]) -> list[PreservedReport]:
    """Listed periods that anonymising these cases would capture (for a dry run)."""
    return [
        row
        for row in PreservedReport.objects.filter(captured_at__isnull=True)
        if cases.filter(_covers(row.period_start, row.period_end)).exists()
    ]


def remove_identifiers(identifiers: Identifiers) -> int:
    """Replace a person's identifiers in every captured appendix sample (erasure outranks
    an exact reproduction). Returns how many samples changed."""
    changed = 0
    for row in PreservedReport.objects.filter(appendix__isnull=False).select_for_update():
        touched = False
        for category in row.appendix or []:
            for sample in category.get("samples", []):
                text, n = identifiers.remove(str(sample.get("text", "")))
                if n:
                    sample["text"] = text
                    touched = True
                    changed += 1
        if touched:
            row.save(update_fields=["appendix"])
    return changed
