from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casebook.lib.working_hours import HELPLINE_HOURS, LONDON, response_due


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LONDON)


@pytest.mark.parametrize(
    ("received", "due"),
    [
        ("2022-03-01 10:00", "2022-03-01 13:00"),  # Tuesday morning: same day
        ("2022-03-01 15:30", "2022-03-02 10:30"),  # runs over into the next morning
        ("2022-03-01 07:00", "2022-03-01 12:00"),  # before opening: clock starts at 09:00
        ("2022-03-04 16:00", "2022-03-07 11:00"),  # Friday afternoon -> Monday
        ("2022-03-05 12:00", "2022-03-07 12:00"),  # Saturday -> Monday
        ("2022-04-14 16:00", "2022-04-19 11:00"),  # Easter: Good Friday and Monday closed
        ("2022-03-25 15:00", "2022-03-28 10:00"),  # clocks go forward on Sunday 27 March
        ("2022-12-23 16:30", "2022-12-28 11:30"),  # Christmas bank holidays 26, 27 Dec
    ],
)
def test_response_due(received: str, due: str) -> None:
    assert response_due(at(received)) == at(due)


@pytest.mark.parametrize(
    ("start", "end", "hours"),
    [
        ("2022-03-01 10:00", "2022-03-01 13:00", 3),
        ("2022-03-04 16:00", "2022-03-07 11:00", 3),
        ("2022-03-05 09:00", "2022-03-06 17:00", 0),
        ("2022-03-01 18:00", "2022-03-01 08:00", 0),
        ("2022-02-28 09:00", "2022-03-07 09:00", 40),
    ],
)
def test_working_time_between(start: str, end: str, hours: int) -> None:
    assert HELPLINE_HOURS.working_time_between(at(start), at(end)) == timedelta(hours=hours)


@given(
    start=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2026, 12, 1)),
    minutes=st.integers(min_value=0, max_value=60 * 40),
)
def test_add_and_between_agree(start: datetime, minutes: int) -> None:
    begin = start.replace(tzinfo=LONDON)
    end = HELPLINE_HOURS.add(begin, timedelta(minutes=minutes))
    assert HELPLINE_HOURS.working_time_between(begin, end) == timedelta(minutes=minutes)
