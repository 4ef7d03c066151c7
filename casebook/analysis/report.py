"""The Report: built once from facts, then rendered to every format from the same object, so
HTML, PDF, XLSX, JSON and the figures can never disagree.

No Django here: the caller passes how to fetch message text (database or CSV) and the
redaction function, so the same code serves the command, the web UI and the tests.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

import numpy as np

from casebook.analysis import appendix as appendix_core
from casebook.analysis import publish
from casebook.analysis.facts import Facts
from casebook.analysis.figures import make_figures
from casebook.analysis.model import (
    WORD_MIN_CASES,
    AppendixCategory,
    Approval,
    PreservedText,
    Report,
    Sample,
)
from casebook.analysis.publish import NO_EDITS, ReviewEdits
from casebook.analysis.service_levels import service_levels
from casebook.analysis.tables import Period, Table, Tables, build_tables
from casebook.analysis.words import subject_words
from casebook.partners.stats import PartnerSection
from casebook.redaction import personal_name_words

APPENDIX_MIN_CASES = 10
SAMPLES_PER_CATEGORY = 3
SAMPLE_MAX_CHARS = 900

# The helpline's target unless the caller passes its own calendar's (three working hours).
DEFAULT_TARGET_MINUTES = 180.0

TextProvider = Callable[[list[int]], dict[int, str]]
Redactor = Callable[[str], str]
# The text a period's report showed before its cases were anonymised, if it was captured.
PreservedLookup = Callable[[Period], PreservedText | None]


def redacted_text(text: str) -> str:
    """Case text as it may be shown outside casework: every piece of personal data replaced
    by a numbered placeholder ({name 1}, {school 1} ...), internal references removed."""
    return publish.sample_text(text)


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
    review: ReviewEdits = NO_EDITS,
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
    shown_texts: list[str] = []
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
        # to reach two samples. Near-duplicates of a sample already chosen (anywhere in the
        # appendix) are skipped: the same enquiry twice tells a reader nothing new.
        fresh = [ref for ref in ranked if by_ref[ref] not in used]
        rest = [ref for ref in ranked if by_ref[ref] in used]
        samples: list[Sample] = []
        for pool, limit in ((fresh, per_category), (rest, 2)):
            for ref in pool:
                if len(samples) >= limit:
                    break
                text = _shorten(_sample(redactor, found[by_ref[ref]], ref, review))
                if any(publish.near_duplicate(text, s) for s in shown_texts):
                    continue
                used.add(by_ref[ref])
                shown_texts.append(text)
                samples.append(Sample(reference=ref, text=text))
        out.append(AppendixCategory(category=row.label, cases=row.count, samples=samples))
    return out, appendix_note(min_cases)


def appendix_note(min_cases: int) -> str:
    return (
        f"Sample enquiries for every category with at least {min_cases} cases in the period: "
        "the enquirer's first message, with personal details replaced by placeholders, chosen "
        "as the most typical of the category (closest to its average wording), not at random."
    )


def _sample(redactor: Redactor, text: str, ref: str, review: ReviewEdits) -> str:
    """A sample's published text: the reviewer's decisions for this case, when there are any,
    go through the real redaction (they name its spans); otherwise the given redactor."""
    restore, extra = review.restore.get(ref, frozenset()), review.redact.get(ref, frozenset())
    if restore or extra:
        return publish.sample_text(text, restore, extra)
    return publish.scrub_references(redactor(text))


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
    target_minutes: float = DEFAULT_TARGET_MINUTES,
    review: ReviewEdits = NO_EDITS,
    approval: tuple[str, Approval] | None = None,
    partners: PartnerSection | None = None,
    preserved: PreservedLookup | None = None,
) -> Report:
    """The whole report. `review` holds a reviewer's decisions on the published text;
    `approval` is (fingerprint, approval) of the last sign-off for the period, which counts
    only if the content is still exactly what was approved. `preserved` gives, for a period
    whose cases have been (or are being) anonymised, the word counts and appendix its report
    showed before: case text is gone after anonymisation, and a published period must still
    reproduce exactly (casebook.privacy.preserve)."""
    tables = build_tables(facts, period, compare)
    min_words = max(WORD_MIN_CASES, suppress_below or 0)

    def count(subjects: Iterable[str]) -> Counter[str]:
        return subject_words(
            subjects,
            facts.vocab.platform_aliases,
            min_cases=min_words,
            exclude=personal_name_words(),
        )

    def words_of(p: Period, mask: np.ndarray) -> dict[str, int]:
        kept = preserved(p) if preserved is not None else None
        if kept is not None and kept.word_min_cases <= min_words:
            # Captured before the reviewer's hidden words, which apply now as they would.
            return {
                w: n
                for w, n in kept.words.items()
                if n >= min_words and w.casefold() not in review.hidden_words
            }
        subjects = [facts.subject[i] for i in np.flatnonzero(mask)]
        return dict(publish.published_words(subjects, count, hidden=review.hidden_words))

    words = words_of(period, period.mask(facts))
    compare_words = words_of(compare, compare.mask(facts)) if compare is not None else None
    min_appendix = max(appendix_min_cases, suppress_below or 0)
    kept = preserved(period) if preserved is not None else None
    if (
        kept is not None
        and kept.appendix is not None
        and kept.appendix_min_cases <= min_appendix
        and texts is not None
        and redactor is not None
    ):
        # Exact when the thresholds match; with a higher one, the categories it leaves out
        # are dropped (their samples were chosen alongside them). The samples are as they
        # were reviewed when captured: their original text is gone.
        appendix: list[AppendixCategory] | None = [
            a for a in kept.appendix if a.cases >= min_appendix
        ]
        note = (
            kept.appendix_note
            if kept.appendix_min_cases == min_appendix
            else appendix_note(min_appendix)
        )
    else:
        appendix, note = build_appendix(
            facts, tables, texts, redactor, min_cases=min_appendix, review=review
        )
    digest = publish.fingerprint(
        [(a.category, s.text) for a in appendix or [] for s in a.samples],
        {**words, **{f"compare:{w}": n for w, n in (compare_words or {}).items()}},
    )
    report = Report(
        tables=tables,
        suppress_below=suppress_below,
        words=words,
        compare_words=compare_words,
        appendix=appendix,
        appendix_note=note,
        source=source,
        word_min_cases=min_words,
        region_labels=dict(zip(facts.vocab.region.codes, facts.vocab.region.labels, strict=True)),
        service_levels=service_levels(facts, period, target_minutes=target_minutes),
        content_fingerprint=digest,
        approval=approval[1] if approval is not None and approval[0] == digest else None,
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
