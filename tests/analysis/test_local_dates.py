"""UTC times from the database become Europe/London dates, in bulk, exactly as zoneinfo says."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebook.analysis.facts import LONDON, day_to_date, utc_text_to_london_days


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("2022-10-31 23:30:00", date(2022, 10, 31)),  # GMT: UTC is London time
        ("2022-06-30 23:30:00+00", date(2022, 7, 1)),  # BST: 00:30 on 1 July (PostgreSQL text)
        ("2022-03-27 00:59:59.999999", date(2022, 3, 27)),  # just before clocks go forward
        ("2022-10-29 23:00:00", date(2022, 10, 30)),  # midnight BST on the last day of BST
        ("2022-10-30 00:59:59", date(2022, 10, 30)),
        ("2021-10-31 23:00:00.5+00", date(2021, 10, 31)),  # 23:00 GMT, after the change back
    ],
)
def test_examples(stamp, expected):
    assert day_to_date(int(utc_text_to_london_days([stamp])[0])) == expected


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 20 * 365 * 86400), min_size=1, max_size=50))
def test_agrees_with_zoneinfo(offsets):
    base = datetime(2015, 1, 1, tzinfo=UTC)
    moments = [base + timedelta(seconds=s) for s in offsets]
    stamps = [m.strftime("%Y-%m-%d %H:%M:%S") for m in moments]
    got = [day_to_date(int(d)) for d in utc_text_to_london_days(stamps)]
    assert got == [m.astimezone(LONDON).date() for m in moments]


def test_empty():
    assert len(utc_text_to_london_days([])) == 0
