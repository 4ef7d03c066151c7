"""The report tables from hand-made case sets: counts, percentages, periods, reconciliation."""

from __future__ import annotations

from datetime import date

import pytest

from casebook.analysis.facts import UnknownValue
from casebook.analysis.tables import Period, Row, Table, build_tables

from .helpers import VOCAB, build, fact

P = Period(date(2021, 11, 1), date(2022, 11, 1))
Q = Period(date(2020, 1, 16), date(2021, 1, 23))


def by_label(table: Table) -> dict[str, Row]:
    return {r.label: r for r in table.rows}


@pytest.mark.parametrize(
    ("opened", "in_p"),
    [
        (date(2021, 10, 31), False),
        (date(2021, 11, 1), True),  # start is included
        (date(2022, 10, 31), True),
        (date(2022, 11, 1), False),  # end is excluded
    ],
)
def test_periods_are_half_open(opened, in_p):
    t = build_tables(build([fact(on=opened)]), P)
    assert t.cases == (1 if in_p else 0)


@pytest.mark.parametrize(
    ("table", "values", "expected"),
    [
        ("channel", ["email", "email", "phone"], {"Email": 2, "Phone": 1, "Web form": 0}),
        (
            "enquirer_type",
            ["teacher", "", "police", "teacher"],
            {"Teacher": 2, "Police": 1, "Not recorded": 1, "Other/not specified": 0},
        ),
        ("setting_type", ["primary", "", ""], {"Primary school": 1, "Not recorded": 2}),
        ("region", ["UKK", "UKM", "UKM", "UKM"], {"South West": 1, "Scotland": 3, "Unknown": 0}),
    ],
)
def test_single_valued_tables(table, values, expected):
    facts = build([fact(ref=f"CB-{i}", **{table: v}) for i, v in enumerate(values)])
    t = getattr(build_tables(facts, P), table)
    rows = by_label(t)
    for label, count in expected.items():
        assert rows[label].count == count
        assert rows[label].percent == pytest.approx(100 * count / len(values))
    assert sum(r.count for r in t.rows) == t.covers == len(values)
    assert t.rows[-1].label in {"Not recorded", "Unknown"}  # not recorded comes last
    assert t.not_recorded == sum(1 for v in values if v == "")


def test_categories_sorted_by_volume_and_multi_label():
    facts = build(
        [
            fact(ref="a", categories=("Social networks", "Online reputation", "Sexting")),
            fact(ref="b", categories=("Online reputation",)),
            fact(ref="c", categories=()),
            fact(ref="d", on=date(2020, 6, 1), categories=("Cyber bullying",)),
        ]
    )
    t = build_tables(facts, P, Q).categories
    assert [r.label for r in t.rows] == [
        "Online reputation",
        "Social networks",
        "Sexting",
        "Cyber bullying",
    ]
    rows = by_label(t)
    assert rows["Online reputation"].count == 2
    assert rows["Online reputation"].percent == pytest.approx(200 / 3)
    assert rows["Cyber bullying"].count == 0
    assert rows["Cyber bullying"].compare_count == 1
    assert rows["Cyber bullying"].compare_percent == pytest.approx(100.0)
    assert t.covers == 3 and t.not_recorded == 1
    assert t.compare_covers == 1 and t.compare_not_recorded == 0


def test_compare_columns_absent_without_compare_period():
    t = build_tables(build([fact()]), P)
    assert t.compare_cases is None
    assert all(r.compare_count is None and r.compare_percent is None for r in t.channel.rows)


def test_platforms_share_of_cases():
    facts = build(
        [
            fact(ref="a", platforms=("TikTok", "Instagram")),
            fact(ref="b", platforms=("TikTok",)),
            fact(ref="c"),
            fact(ref="d"),
        ]
    )
    rows = by_label(build_tables(facts, P).platforms)
    assert rows["TikTok"].percent == pytest.approx(50.0)
    assert rows["Instagram"].percent == pytest.approx(25.0)
    assert "Snapchat" not in rows


def test_monthly_aligns_months_and_counts_local_dates():
    facts = build(
        [
            fact(ref="a", on=date(2021, 11, 1)),
            fact(ref="b", on=date(2021, 11, 30)),
            fact(ref="c", on=date(2022, 10, 31)),
            fact(ref="d", on=date(2020, 1, 16)),
            fact(ref="e", on=date(2021, 1, 22)),
        ]
    )
    t = build_tables(facts, P, Q).monthly
    assert len(t.rows) == 13  # Q touches 13 calendar months, P 12
    assert (t.rows[0].label, t.rows[0].count, t.rows[0].compare_label) == (
        "Nov 2021",
        2,
        "Jan 2020",
    )
    assert t.rows[0].compare_count == 1
    assert (t.rows[11].label, t.rows[11].count) == ("Oct 2022", 1)
    assert (t.rows[12].label, t.rows[12].compare_label, t.rows[12].compare_count) == (
        "",
        "Jan 2021",
        1,
    )
    assert sum(r.count for r in t.rows) == 3


def test_setting_categories_percent_of_setting():
    facts = build(
        [
            fact(ref="a", setting_type="primary", categories=("Sexting", "Social networks")),
            fact(ref="b", setting_type="primary", categories=("Social networks",)),
            fact(ref="c", setting_type="secondary", categories=("Social networks",)),
            fact(ref="d", setting_type="", categories=("Cyber bullying",)),
        ]
    )
    sc = build_tables(facts, P).setting_categories
    primary, secondary = by_label(sc["primary"]), by_label(sc["secondary"])
    assert primary["Social networks"].count == 2
    assert primary["Social networks"].percent == pytest.approx(100.0)
    assert primary["Sexting"].percent == pytest.approx(50.0)
    assert secondary["Sexting"].count == 0  # listed in both so the two tables line up
    assert "Cyber bullying" not in primary  # only unrecorded-setting cases carry it
    assert sc["primary"].covers == 2 and sc["secondary"].covers == 1


def test_unknown_values_are_refused_before_anything_lands():
    from casebook.analysis.facts import FactsBuilder

    b = FactsBuilder(VOCAB)
    with pytest.raises(UnknownValue, match="category 'Nope'"):
        b.add_fact(fact(categories=("Social networks", "Nope")))
    assert b.build().categories.shape == (0, 4)


def test_period_must_end_after_start():
    with pytest.raises(ValueError, match="must end after"):
        Period(date(2022, 1, 1), date(2022, 1, 1))
