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


# ---- the calendar's edges ---------------------------------------------------------------

from datetime import date, time  # noqa: E402

from casebook.lib.working_hours import (  # noqa: E402
    WorkingHours,
    bank_holidays,
    format_working,
    week_from,
)


def test_friday_1659_before_a_bank_holiday_monday() -> None:
    # Friday 26 August 2022, the Monday after is the late summer bank holiday (England).
    due = response_due(at("2022-08-26 16:59"))
    assert due == at("2022-08-30 11:59")
    assert HELPLINE_HOURS.working_time_between(at("2022-08-26 16:59"), due) == timedelta(hours=3)


def test_scotland_has_its_own_bank_holidays() -> None:
    # 1 August 2022 is Scotland's summer bank holiday; England's is 29 August.
    scotland = WorkingHours(nation="SCT")
    assert not scotland.is_working_day(date(2022, 8, 1))
    assert HELPLINE_HOURS.is_working_day(date(2022, 8, 1))
    assert scotland.is_working_day(date(2022, 8, 29))
    assert not HELPLINE_HOURS.is_working_day(date(2022, 8, 29))
    assert response_due(at("2022-07-29 16:00"), scotland) == at("2022-08-02 11:00")


@pytest.mark.parametrize(
    ("nation", "day", "holiday"),
    [
        ("NIR", date(2023, 3, 17), True),  # St Patrick's Day
        ("ENG", date(2023, 3, 17), False),
        ("NIR", date(2023, 7, 12), True),  # Battle of the Boyne
        ("SCT", date(2022, 11, 30), True),  # St Andrew's Day
        ("WLS", date(2022, 11, 30), False),
        ("SCT", date(2023, 1, 3), True),  # 2 January holiday, observed
        ("ENG", date(2023, 1, 3), False),
        ("ENG", date(2022, 9, 19), True),  # the state funeral, a one-off
        ("ENG", date(2023, 5, 8), True),  # the coronation, a one-off
        ("ENG", date(2031, 12, 25), True),  # no list that stops in 2027
        ("WLS", date(2035, 3, 26), True),  # Easter Monday 2035
    ],
)
def test_bank_holidays_per_nation(nation: str, day: date, holiday: bool) -> None:
    assert (day in bank_holidays(nation, day.year)) is holiday
    assert WorkingHours(nation=nation).is_working_day(day) is (not holiday and day.weekday() < 5)


def test_unknown_nation_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown UK nation"):
        WorkingHours(nation="XYZ")


@pytest.mark.parametrize(
    ("received", "due"),
    [
        # Clocks go back on Sunday 30 October 2022: 3 working hours are 3 real hours.
        ("2022-10-28 15:00", "2022-10-31 10:00"),
        # A message in the night the clocks go forward (01:30 does not exist on 27 March).
        ("2022-03-27 00:30", "2022-03-28 12:00"),
        ("2022-10-30 01:30", "2022-10-31 12:00"),  # 01:30 happens twice; still Monday 12:00
    ],
)
def test_clock_changes(received: str, due: str) -> None:
    assert response_due(at(received)) == at(due)


def test_working_time_across_the_clock_change_is_real_time() -> None:
    start, end = at("2022-10-28 16:00"), at("2022-10-31 10:00")
    assert HELPLINE_HOURS.working_time_between(start, end) == timedelta(hours=2)


def test_opening_hours_per_weekday_and_closures() -> None:
    hours = WorkingHours(
        week=week_from([(0, time(9), time(17)), (2, time(10), time(14)), (5, time(10), time(12))]),
        closures=frozenset({date(2022, 3, 9)}),
    )
    # Monday 7 March 16:00: 1 h Monday, Tuesday closed, Wednesday 9th closed (a closure day),
    # Saturday 12th 10:00-12:00 (a reply due at closing time is due then), Monday 14th.
    assert hours.add(at("2022-03-07 16:00"), timedelta(hours=3)) == at("2022-03-12 12:00")
    assert hours.add(at("2022-03-07 16:00"), timedelta(hours=4)) == at("2022-03-14 10:00")
    assert hours.is_open(at("2022-03-12 11:00"))
    assert not hours.is_open(at("2022-03-09 11:00"))


def test_a_week_that_never_opens_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one weekday"):
        WorkingHours(week=(None,) * 7)
    with pytest.raises(ValueError, match="closing time"):
        WorkingHours(week=week_from([(0, time(17), time(9))]))


def test_add_gives_up_on_a_calendar_closed_for_years() -> None:
    closed = frozenset(date(2022, 1, 1) + timedelta(days=n) for n in range(4 * 366))
    with pytest.raises(ValueError, match="closed for more than"):
        WorkingHours(closures=closed).add(at("2022-01-01 10:00"), timedelta(hours=1))


@pytest.mark.parametrize(
    ("minutes", "text"),
    [(0, "0 min"), (40, "40 min"), (60, "1 h"), (70, "1 h 10"), (185, "3 h 05")],
)
def test_format_working(minutes: int, text: str) -> None:
    assert format_working(timedelta(minutes=minutes)) == text


@given(
    now=st.datetimes(
        min_value=datetime(2024, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(LONDON)
    ),
    offsets=st.lists(st.integers(min_value=-14 * 24 * 60, max_value=14 * 24 * 60), max_size=8),
)
def test_a_page_clock_agrees_with_working_time_between(now: datetime, offsets: list[int]) -> None:
    # One clock asked about many moments (a queue page's countdowns), across weekends, bank
    # holidays and clock changes, gives what working_time_between gives for each.
    clock = HELPLINE_HOURS.clock(now)
    for minutes in offsets:
        moment = now + timedelta(minutes=minutes)
        assert clock.until(moment) == HELPLINE_HOURS.working_time_between(now, moment)
        assert clock.since(moment) == HELPLINE_HOURS.working_time_between(moment, now)


def test_a_page_clock_around_a_bank_holiday_weekend() -> None:
    # Friday 16:00 before Easter Monday 2026 (3 April is Good Friday: so Thursday 16:00).
    now = datetime(2026, 4, 2, 16, 0, tzinfo=LONDON)
    clock = HELPLINE_HOURS.clock(now)
    assert clock.until(datetime(2026, 4, 7, 10, 0, tzinfo=LONDON)) == timedelta(hours=2)
    assert clock.since(datetime(2026, 4, 1, 16, 30, tzinfo=LONDON)) == timedelta(
        hours=7, minutes=30
    )
    assert clock.until(now) == timedelta(0) and clock.since(
        now + timedelta(minutes=1)
    ) == timedelta(0)
