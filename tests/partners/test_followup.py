"""Follow-ups fall due N working days after an escalation, on the helpline's calendar."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from casebook.lib.working_hours import LONDON, WorkingHours
from casebook.partners.followup import add_working_days

HOURS = WorkingHours()


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LONDON)


@pytest.mark.parametrize(
    ("start", "days", "due"),
    [
        # Monday 10:00 + 5 working days: the next Monday 10:00.
        ("2024-06-03 10:00", 5, "2024-06-10 10:00"),
        # Thursday + 2: over the weekend to Monday.
        ("2024-06-06 14:30", 2, "2024-06-10 14:30"),
        # Over the Spring bank holiday (Monday 27 May 2024).
        ("2024-05-24 11:00", 1, "2024-05-28 11:00"),
        # Christmas and Boxing Day 2023 (Mon 25, Tue 26) and New Year's Day 2024.
        ("2023-12-22 09:30", 4, "2024-01-02 09:30"),
        # Escalated after hours: the time is outside the day, so it falls due at the next opening.
        ("2024-06-07 18:00", 5, "2024-06-17 09:00"),
        # On a Saturday: counting starts from the weekend.
        ("2024-06-08 11:00", 1, "2024-06-10 11:00"),
        # Zero days: the moment itself in hours, the next opening otherwise.
        ("2024-06-05 12:00", 0, "2024-06-05 12:00"),
        ("2024-06-08 12:00", 0, "2024-06-10 09:00"),
        # Across the clock change (31 March 2024): wall-clock time is kept.
        ("2024-03-28 10:00", 2, "2024-04-03 10:00"),
    ],
)
def test_add_working_days(start: str, days: int, due: str) -> None:
    assert add_working_days(HOURS, at(start), days) == at(due)


class ClosedTwoDays:
    """The helpline's calendar with two closure days (any calendar with these two methods)."""

    closed = frozenset({date(2024, 6, 4), date(2024, 6, 5)})

    def is_working_day(self, day: date) -> bool:
        return HOURS.is_working_day(day) and day not in self.closed

    def add(self, start: datetime, working: timedelta) -> datetime:
        assert working == timedelta(0)
        return start


def test_closure_days_do_not_count() -> None:
    assert add_working_days(ClosedTwoDays(), at("2024-06-03 10:00"), 2) == at("2024-06-07 10:00")


def test_a_calendar_that_never_opens_gives_an_error_not_a_hang() -> None:
    class Never(ClosedTwoDays):
        def is_working_day(self, day: date) -> bool:
            return False

    with pytest.raises(ValueError, match="fewer than 1 working days"):
        add_working_days(Never(), at("2024-06-03 10:00"), 1)


def test_negative_days_are_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        add_working_days(HOURS, at("2024-06-03 10:00"), -1)


def test_utc_input_is_read_on_the_london_clock() -> None:
    from datetime import UTC

    start = datetime(2024, 6, 3, 9, 0, tzinfo=UTC)  # 10:00 in London (BST)
    assert add_working_days(HOURS, start, 1) == at("2024-06-04 10:00")
