"""Sample enquiries: typical of the category, reproducible, always redacted."""

from __future__ import annotations

from datetime import date

from casebook.analysis.appendix import typical
from casebook.analysis.report import build_report
from casebook.analysis.tables import Period

from .helpers import build, fact

P = Period(date(2021, 11, 1), date(2022, 11, 1))

DOCS = [
    ("CB-3", "A fake TikTok account is posting videos about our staff"),
    ("CB-1", "Fake TikTok account posting videos mocking staff members"),
    ("CB-2", "Could you recommend a lesson plan on online safety for year 7"),
    ("CB-4", "Pupils made a fake account on TikTok with videos of staff"),
    ("CB-5", ""),
]


def test_typical_picks_the_common_wording_reproducibly():
    chosen = typical(DOCS, 2)
    assert "CB-2" not in chosen and "CB-5" not in chosen
    assert chosen == typical(list(reversed(DOCS)), 2)  # input order does not matter


def test_ties_break_by_reference():
    assert typical([("B", "same words"), ("A", "same words"), ("C", "same words")], 2) == ["A", "B"]


def test_appendix_only_for_large_categories_and_always_redacted():
    cases = [fact(ref=f"CB-{i:02d}", categories=("Social networks",)) for i in range(12)]
    cases += [fact(ref="CB-99", categories=("Sexting",))]
    facts = build(cases)
    texts = {i: f"Message {i} from Jane Example about a fake account" for i in range(len(cases))}
    report = build_report(
        facts,
        P,
        texts=lambda rows: {i: texts[i] for i in rows},
        redactor=lambda t: t.replace("Jane Example", "{name}"),
        with_figures=False,
    )
    assert report.appendix is not None
    assert [a.category for a in report.appendix] == ["Social networks"]  # Sexting has 1 case
    samples = report.appendix[0].samples
    assert 2 <= len(samples) <= 4
    assert all("Jane Example" not in s.text and "{name}" in s.text for s in samples)


def test_no_redactor_means_no_appendix_not_raw_text():
    facts = build([fact(ref=f"CB-{i}") for i in range(12)])
    report = build_report(
        facts,
        P,
        texts=lambda rows: {i: "Jane Example" for i in rows},
        redactor=None,
        with_figures=False,
    )
    assert report.appendix is None and "left out" in report.appendix_note
