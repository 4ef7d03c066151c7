"""Figures show the tables' numbers, with suppression, as SVG and PNG."""

from __future__ import annotations

from datetime import date

from casebook.analysis.figures import ATTRIBUTION, bars, region_map
from casebook.analysis.report import build_report
from casebook.analysis.tables import Period

from .helpers import build, fact

P = Period(date(2021, 11, 1), date(2022, 11, 1))
Q = Period(date(2020, 1, 16), date(2021, 1, 23))


def small_report(suppress_below: int | None):
    cases = [fact(ref=f"CB-{i}", region="UKK", categories=("Social networks",)) for i in range(6)]
    cases.append(fact(ref="CB-x", region="UKM", categories=("Sexting",)))
    cases.append(fact(ref="CB-q", on=date(2020, 5, 1), region="UKI"))
    return build_report(build(cases), P, Q, suppress_below=suppress_below, with_figures=False)


def test_bars_label_counts_and_suppress_small_ones():
    plain = bars(small_report(None), small_report(None).tables.categories, name="c", title="C")
    assert plain.png.startswith(b"\x89PNG") and "<svg" in plain.svg
    assert "Sexting 1" in plain.alt and "Social networks 6" in plain.alt
    report = small_report(5)
    fig = bars(report, report.tables.categories, name="c", title="C")
    assert "Sexting <5" in fig.alt and "Social networks 6" in fig.alt
    assert "&lt;5" in fig.svg  # the bar's label, drawn as text


def test_map_has_the_attribution_and_hatches_suppressed_regions():
    report = small_report(5)
    labels = {"UKK": "South West", "UKM": "Scotland", "UKI": "London"}
    fig = region_map(report, labels)
    assert fig.caption == ATTRIBUTION
    assert "Crown copyright" in fig.svg  # drawn under the map, so the PNG carries it too
    assert "Hatched: fewer than 5 cases" in fig.svg
    assert "Scotland <5" in fig.alt and "South West 6" in fig.alt
