"""Properties of the tables on random case sets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebook.analysis.facts import CaseFact
from casebook.analysis.tables import Period, build_tables

from .helpers import VOCAB, build

START = date(2020, 1, 1)


@st.composite
def cases(draw):
    n = draw(st.integers(0, 60))
    out = []
    for i in range(n):
        out.append(
            CaseFact(
                reference=f"CB-{i}",
                opened_on=START + timedelta(days=draw(st.integers(0, 900))),
                channel=draw(st.sampled_from(VOCAB.channel.codes)),
                enquirer_type=draw(st.sampled_from(VOCAB.enquirer_type.codes)),
                setting_type=draw(st.sampled_from(VOCAB.setting_type.codes)),
                region=draw(st.sampled_from(VOCAB.region.codes)),
                categories=tuple(draw(st.sets(st.sampled_from(VOCAB.categories)))),
                platforms=tuple(draw(st.sets(st.sampled_from(VOCAB.platforms)))),
            )
        )
    return out


@st.composite
def periods(draw):
    a = START + timedelta(days=draw(st.integers(-10, 900)))
    return Period(a, a + timedelta(days=draw(st.integers(1, 500))))


@settings(max_examples=40, deadline=None)
@given(cases(), periods(), periods())
def test_totals_reconcile_and_percentages_are_right(facts_list, p, q):
    t = build_tables(build(facts_list), p, q)
    in_p = [f for f in facts_list if p.start <= f.opened_on < p.end]
    in_q = [f for f in facts_list if q.start <= f.opened_on < q.end]
    assert t.cases == len(in_p) and t.compare_cases == len(in_q)
    for table in (t.channel, t.enquirer_type, t.setting_type, t.region):
        assert sum(r.count for r in table.rows) == table.covers == len(in_p)
        assert sum(r.compare_count or 0 for r in table.rows) == len(in_q)
        for r in table.rows:
            assert r.percent == pytest.approx(100 * r.count / len(in_p) if in_p else 0.0)
    # Categories: every case counts once in each of its categories.
    for r in t.categories.rows:
        assert r.count == sum(1 for f in in_p if r.label in f.categories)
        assert r.compare_count == sum(1 for f in in_q if r.label in f.categories)
    assert sum(r.count for r in t.categories.rows) == sum(len(f.categories) for f in in_p)
    assert t.categories.not_recorded == sum(1 for f in in_p if not f.categories)
    counts = [r.count for r in t.categories.rows]
    assert counts == sorted(counts, reverse=True)
    assert sum(r.count for r in t.monthly.rows) == len(in_p)
    assert sum(r.compare_count or 0 for r in t.monthly.rows) == len(in_q)
    for setting in ("primary", "secondary"):
        st_cases = [f for f in in_p if f.setting_type == setting]
        table = t.setting_categories[setting]
        assert table.covers == len(st_cases)
        for r in table.rows:
            assert r.count == sum(1 for f in st_cases if r.label in f.categories)


@settings(max_examples=20, deadline=None)
@given(cases(), periods())
def test_a_case_with_three_categories_counts_once_in_each(facts_list, p):
    three = CaseFact(
        reference="CB-three",
        opened_on=p.start,
        channel="email",
        enquirer_type="teacher",
        setting_type="primary",
        region="UKI",
        categories=("Social networks", "Sexting", "Cyber bullying"),
        platforms=(),
    )
    before = {r.label: r.count for r in build_tables(build(facts_list), p).categories.rows}
    after = build_tables(build([*facts_list, three]), p)
    for r in after.categories.rows:
        expected = before.get(r.label, 0) + (1 if r.label in three.categories else 0)
        assert r.count == expected


@settings(max_examples=25, deadline=None)
@given(cases(), periods(), periods(), st.integers(2, 8))
def test_suppression_never_shows_a_small_count(facts_list, p, q, n):
    from casebook.analysis.render.json import as_dict
    from casebook.analysis.report import build_report

    data = as_dict(build_report(build(facts_list), p, q, suppress_below=n, with_figures=False))
    tables = dict(data["tables"])
    tables.update({f"sc_{k}": v for k, v in tables.pop("setting_categories").items()})
    for rows in tables.values():
        for row in rows:
            for key, mark in (("count", "suppressed"), ("compare_count", "compare_suppressed")):
                value = row[key]
                assert value is None or value == 0 or value >= n
                if value is None and key == "count":
                    assert row[mark] == f"<{n}" and row["percent"] is None
