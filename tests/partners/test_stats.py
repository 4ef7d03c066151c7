"""The report section's sums and medians, from grouped counts."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casebook.partners.stats import OutcomeScheme, summarise, weighted_median

SCHEME = OutcomeScheme(
    labels=[
        ("removed", "Removed"),
        ("restricted", "Restricted or age-gated"),
        ("suspended", "Account suspended"),
        ("declined", "Declined"),
        ("no_response", "No response"),
        ("withdrawn", "Withdrawn"),
        ("", "Awaiting outcome"),
    ],
    removed=frozenset({"removed", "suspended"}),
    decided=frozenset({"removed", "restricted", "suspended", "declined"}),
)


@pytest.mark.parametrize(
    ("pairs", "median"),
    [
        ([], None),
        ([(3, 1)], 3.0),
        ([(1, 1), (2, 1)], 1.5),
        ([(1, 2), (5, 1)], 1.0),
        ([(0, 5), (10, 5)], 5.0),
        ([(4, 0), (2, 3)], 2.0),
    ],
)
def test_weighted_median(pairs, median) -> None:
    assert weighted_median(pairs) == median


@given(st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=200))
def test_weighted_median_matches_the_plain_median(values) -> None:
    import statistics

    pairs = [(v, values.count(v)) for v in set(values)]
    assert weighted_median(pairs) == statistics.median(values)


def test_section_from_rows() -> None:
    rows = [
        ("TikTok", "removed", 1, 6),
        ("TikTok", "removed", 3, 2),
        ("TikTok", "declined", 10, 1),
        ("TikTok", "", None, 1),
        ("Instagram", "suspended", 2, 3),
        ("Instagram", "no_response", 20, 1),
    ]
    section = summarise(rows, [("CEOP", 2), ("Childline", 5), ("CEOP", 1)], SCHEME)
    e = section.escalations
    assert (e.items, e.removed) == (14, 11)
    assert e.removal_rate == pytest.approx(100 * 11 / 14)
    # Decided items: days 1 x6, 2 x3, 3 x2, 10 x1 -> 12 values, the middle two are 1 and 2.
    assert e.median_days_to_outcome == 1.5
    assert [(p.label, p.items, p.removed) for p in e.by_platform] == [
        ("TikTok", 10, 8),
        ("Instagram", 4, 3),
    ]
    assert e.by_platform[0].median_days_to_outcome == 1.0
    assert e.by_platform[1].removal_rate == 75.0
    assert {o.label: o.count for o in e.outcomes} == {
        "Removed": 8,
        "Restricted or age-gated": 0,
        "Account suspended": 3,
        "Declined": 1,
        "No response": 1,
        "Withdrawn": 0,
        "Awaiting outcome": 1,
    }
    assert [(r.label, r.count) for r in section.referrals] == [("Childline", 5), ("CEOP", 3)]
    assert section.referral_total == 8
    assert sum(r.percent for r in section.referrals) == pytest.approx(100)


def test_empty_period() -> None:
    section = summarise([], [], SCHEME)
    assert section.escalations.items == 0
    assert section.escalations.removal_rate is None
    assert section.escalations.median_days_to_outcome is None
    assert all(o.count == 0 and o.percent == 0 for o in section.escalations.outcomes)
    assert section.referrals == []


def test_unknown_outcome_is_an_error_not_a_silent_drop() -> None:
    with pytest.raises(ValueError, match="not in the outcome scheme"):
        summarise([("TikTok", "vanished", None, 1)], [], SCHEME)


@given(st.integers(min_value=0, max_value=10_000))
def test_platforms_and_outcomes_sum_to_items(seed) -> None:
    rng = random.Random(seed)
    rows = [
        (
            rng.choice(["A", "B", "C", "D"]),
            code,
            rng.randint(0, 40) if code else None,
            rng.randint(1, 50),
        )
        for _ in range(rng.randint(0, 30))
        for code in [rng.choice([c for c, _ in SCHEME.labels])]
    ]
    e = summarise(rows, [], SCHEME).escalations
    assert sum(p.items for p in e.by_platform) == e.items
    assert sum(p.removed for p in e.by_platform) == e.removed
    assert sum(o.count for o in e.outcomes) == e.items
    if e.items:
        assert sum(o.percent for o in e.outcomes) == pytest.approx(100)
