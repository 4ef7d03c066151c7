"""The Report: built once from facts, then rendered to every format from the same object, so
HTML, PDF, XLSX, JSON and the figures can never disagree.

No Django here: the caller passes how to fetch message text (database or CSV) and the
redaction function, so the same code serves the command, the web UI and the tests.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import numpy as np

from casebook.analysis import appendix as appendix_core
from casebook.analysis.facts import Facts
from casebook.analysis.figures import make_figures
from casebook.analysis.model import (
    WORD_MIN_CASES,
    AppendixCategory,
    PreservedText,
    Report,
    Sample,
)
from casebook.analysis.tables import Period, Table, Tables, build_tables
from casebook.analysis.words import subject_words
from casebook.partners.stats import PartnerSection
from casebook.redaction import personal_name_words, redact

APPENDIX_MIN_CASES = 10
SAMPLES_PER_CATEGORY = 3
SAMPLE_MAX_CHARS = 900

TextProvider = Callable[[list[int]], dict[int, str]]
Redactor = Callable[[str], str]
# The text a period's report showed before its cases were anonymised, if it was captured.
PreservedLookup = Callable[[Period], PreservedText | None]


def redacted_text(text: str) -> str:
    """Case text as it may be shown outside casework: every piece of personal data replaced."""
    return redact(text).text


def find_redactor() -> Redactor:
    return redacted_text


def _shorten(text: str, limit: int = SAMPLE_MAX_CHARS) -> str:
    text = "\n".join(line.rstrip() for line in text.strip().splitlines())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def build_appendix(
    facts: Facts,
    tables: Tables,
    texts: TextProvider | None,
    redactor: Redactor | None,
    *,
    min_cases: int,
    per_category: int = SAMPLES_PER_CATEGORY,
) -> tuple[list[AppendixCategory] | None, str]:
    if redactor is None:
        return None, (
            "The appendix of sample enquiries is left out: the redaction component is not "
            "available, and no enquiry text is ever shown unredacted."
        )
    if texts is None:
        return None, "The appendix is left out: this input has no message text."
    p = tables.period.mask(facts)
    col = {c: i for i, c in enumerate(facts.vocab.categories)}
    used: set[int] = set()
    out = []
    for row in tables.categories.rows:
        if row.count < min_cases:
            continue
        members = np.flatnonzero(p & facts.categories[:, col[row.label]])
        # Spread candidates evenly over the period, so a long year is not judged by its
        # first weeks; deterministic, no sampling.
        if len(members) > appendix_core.MAX_CANDIDATES:
            picks = np.linspace(0, len(members) - 1, appendix_core.MAX_CANDIDATES)
            members = members[np.unique(picks.round().astype(np.int64))]
        candidates = [int(i) for i in members]
        found = texts(candidates)
        by_ref = {facts.reference[i]: i for i in candidates}
        ranked = appendix_core.typical(
            [(facts.reference[i], found.get(i, "")) for i in candidates], len(candidates)
        )
        # Prefer cases not already shown under another category; fall back on them only
        # to reach two samples.
        fresh = [ref for ref in ranked if by_ref[ref] not in used][:per_category]
        shown = fresh + [ref for ref in ranked if ref not in fresh][: max(0, 2 - len(fresh))]
        samples = []
        for ref in shown:
            used.add(by_ref[ref])
            samples.append(Sample(reference=ref, text=_shorten(redactor(found[by_ref[ref]]))))
        out.append(AppendixCategory(category=row.label, cases=row.count, samples=samples))
    return out, appendix_note(min_cases)


def appendix_note(min_cases: int) -> str:
    return (
        f"Sample enquiries for every category with at least {min_cases} cases in the period: "
        "the enquirer's first message, with personal details replaced by placeholders, chosen "
        "as the most typical of the category (closest to its average wording), not at random."
    )


def csv_texts(facts: Facts) -> TextProvider | None:
    if not any(facts.text):
        return None
    return lambda rows: {i: facts.text[i] for i in rows}


def build_report(
    facts: Facts,
    period: Period,
    compare: Period | None = None,
    *,
    suppress_below: int | None = None,
    texts: TextProvider | None = None,
    redactor: Redactor | None = None,
    appendix_min_cases: int = APPENDIX_MIN_CASES,
    with_figures: bool = True,
    source: str = "database",
    preserved: PreservedLookup | None = None,
    partners: PartnerSection | None = None,
) -> Report:
    """The report for a period. `preserved` gives, for a period whose cases have been (or are
    being) anonymised, the word counts and appendix its report showed before: case text is
    gone after anonymisation, and a published period must still reproduce exactly."""
    tables = build_tables(facts, period, compare)
    min_words = max(WORD_MIN_CASES, suppress_below or 0)
    kept = preserved(period) if preserved is not None else None
    kept_compare = preserved(compare) if preserved is not None and compare is not None else None
    p = period.mask(facts)
    if kept is not None and kept.word_min_cases <= min_words:
        words = Counter({w: c for w, c in kept.words.items() if c >= min_words})
    else:
        words = subject_words(
            (facts.subject[i] for i in np.flatnonzero(p)),
            facts.vocab.platform_aliases,
            min_cases=min_words,
            exclude=personal_name_words(),
        )
    compare_words = None
    if kept_compare is not None and kept_compare.word_min_cases <= min_words:
        compare_words = Counter({w: c for w, c in kept_compare.words.items() if c >= min_words})
    elif compare is not None:
        q = compare.mask(facts)
        compare_words = subject_words(
            (facts.subject[i] for i in np.flatnonzero(q)),
            facts.vocab.platform_aliases,
            min_cases=min_words,
            exclude=personal_name_words(),
        )
    min_appendix = max(appendix_min_cases, suppress_below or 0)
    if (
        kept is not None
        and kept.appendix is not None
        and kept.appendix_min_cases <= min_appendix
        and texts is not None
        and redactor is not None
    ):
        # Exact when the thresholds match; with a higher one, the categories it leaves out
        # are dropped (their samples were chosen alongside them).
        appendix: list[AppendixCategory] | None = [
            a for a in kept.appendix if a.cases >= min_appendix
        ]
        note = (
            kept.appendix_note
            if kept.appendix_min_cases == min_appendix
            else appendix_note(min_appendix)
        )
    else:
        appendix, note = build_appendix(facts, tables, texts, redactor, min_cases=min_appendix)
    report = Report(
        tables=tables,
        suppress_below=suppress_below,
        words=dict(words),
        compare_words=dict(compare_words) if compare_words is not None else None,
        appendix=appendix,
        appendix_note=note,
        source=source,
        word_min_cases=min_words,
        region_labels=dict(zip(facts.vocab.region.codes, facts.vocab.region.labels, strict=True)),
        partners=partners,
    )
    if with_figures:
        report.figures.update(make_figures(report))
    return report


def table_rows(report: Report, table: Table) -> list[dict[str, object]]:
    """Rows as plain values with suppression applied (shared by JSON and XLSX)."""
    out: list[dict[str, object]] = []
    for r in table.rows:
        row: dict[str, object] = {
            "label": r.label,
            "count": r.count,
            "percent": r.percent,
            "compare_count": r.compare_count,
            "compare_percent": r.compare_percent,
        }
        if r.compare_label is not None:
            row["compare_label"] = r.compare_label
        if report.suppressed(r.count):
            row.update(count=None, percent=None, suppressed=f"<{report.suppress_below}")
        if report.suppressed(r.compare_count):
            row.update(
                compare_count=None,
                compare_percent=None,
                compare_suppressed=f"<{report.suppress_below}",
            )
        out.append(row)
    return out
