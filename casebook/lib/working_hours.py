"""The helpline's working-hours clock. Pure: no Django.

The helpline answers in opening hours set per weekday (by default Monday to Friday,
09:00-17:00 UK time), except the bank holidays of its nation and the days it closes, and aims
to reply within a target of working time (by default three hours). Bank holidays come from the
maintained `holidays` package (GOV.UK's lists, including one-off days such as a state funeral),
so nobody has to keep a list that runs out. Times in and out are aware datetimes; arithmetic
happens on the Europe/London wall clock, so clock changes never move the working day: 09:00 is
09:00 in GMT and in BST.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

LONDON = ZoneInfo("Europe/London")

# The four UK nations as the `holidays` package names them (ISO 3166-2:GB subdivisions).
NATIONS: dict[str, str] = {
    "ENG": "England",
    "WLS": "Wales",
    "SCT": "Scotland",
    "NIR": "Northern Ireland",
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A calendar that never opens would make `add` search for ever; past this, it gives up.
MAX_SEARCH_DAYS = 3 * 366

Window = tuple[time, time]


@lru_cache(maxsize=256)
def bank_holidays(nation: str, year: int) -> frozenset[date]:
    """The bank holidays of one UK nation in one year (ENG, WLS, SCT or NIR).

    Raises ValueError for an unknown nation.
    """
    if nation not in NATIONS:
        raise ValueError(f"unknown UK nation {nation!r}: one of {', '.join(NATIONS)}")
    return frozenset(holidays.country_holidays("GB", subdiv=nation, years=year))


def _default_week() -> tuple[Window | None, ...]:
    return (*((time(9, 0), time(17, 0)),) * 5, None, None)


@dataclass(frozen=True)
class WorkingHours:
    """Opening hours per weekday (Monday first; None = closed), a nation's bank holidays and
    extra closure days.

    Raises ValueError if the week has no opening at all, or a window closes before it opens.
    """

    week: tuple[Window | None, ...] = field(default_factory=_default_week)
    nation: str = "ENG"
    closures: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        if len(self.week) != 7:
            raise ValueError("opening hours need one entry per weekday, Monday first")
        if not any(self.week):
            raise ValueError("the helpline must open on at least one weekday")
        for day, window in zip(WEEKDAYS, self.week, strict=True):
            if window is not None and window[1] <= window[0]:
                raise ValueError(f"{day}: closing time must be after opening time")
        bank_holidays(self.nation, 2000)  # checks the nation

    @property
    def opens(self) -> time:
        """The earliest opening time of the week."""
        return min(w[0] for w in self.week if w)

    @property
    def closes(self) -> time:
        """The latest closing time of the week."""
        return max(w[1] for w in self.week if w)

    def is_bank_holiday(self, day: date) -> bool:
        return day in bank_holidays(self.nation, day.year)

    def is_working_day(self, day: date) -> bool:
        return (
            self.week[day.weekday()] is not None
            and not self.is_bank_holiday(day)
            and day not in self.closures
        )

    def window(self, day: date) -> tuple[datetime, datetime] | None:
        """The day's opening and closing moments, or None when closed."""
        if not self.is_working_day(day):
            return None
        hours = self.week[day.weekday()]
        assert hours is not None
        return datetime.combine(day, hours[0], LONDON), datetime.combine(day, hours[1], LONDON)

    def is_open(self, moment: datetime) -> bool:
        local = moment.astimezone(LONDON)
        window = self.window(local.date())
        return window is not None and window[0] <= local < window[1]

    def working_time_between(self, start: datetime, end: datetime) -> timedelta:
        """Working time from start to end (zero if end is not after start)."""
        if end <= start:
            return timedelta(0)
        return _within_windows(start.astimezone(LONDON), end.astimezone(LONDON), self.window)

    def clock(self, now: datetime) -> WorkingClock:
        """Working time to and from one moment, for a page of countdowns (WorkingClock)."""
        return WorkingClock(self, now)

    def add(self, start: datetime, working: timedelta) -> datetime:
        """The moment when `working` working time has passed since start.

        Raises ValueError for negative time, or if the calendar stays closed for years.
        """
        if working < timedelta(0):
            raise ValueError("working time to add must not be negative")
        moment = start.astimezone(LONDON)
        remaining = working
        day = moment.date()
        for _ in range(MAX_SEARCH_DAYS):
            window = self.window(day)
            if window is not None:
                begin = max(moment, window[0])
                if begin < window[1]:
                    if begin + remaining <= window[1]:
                        return begin + remaining
                    remaining -= window[1] - begin
            day += timedelta(days=1)
            moment = datetime.combine(day, time(0), LONDON)
        raise ValueError(f"the helpline is closed for more than {MAX_SEARCH_DAYS} days")

    def next_opening(self, moment: datetime) -> datetime:
        """The moment itself if open, else when the helpline next opens."""
        return self.add(moment, timedelta(0))


class WorkingClock:
    """Working time between one fixed moment (`now`) and others: what working_time_between
    gives, with what depends only on `now` worked out once, however many moments are asked
    about (a queue page has fifty countdowns, most due within the same few days).

    Each day's start is given as the working time from the start of now's day to it (negative
    before), summed once per day; the working time from now to a moment is then that of the
    moment's day, plus the part of that day's window before the moment, less the same for now:
    one difference per moment instead of a walk over the days in between.
    """

    def __init__(self, hours: WorkingHours, now: datetime) -> None:
        self.hours = hours
        self.now = now.astimezone(LONDON)
        self._windows: dict[date, tuple[datetime, datetime] | None] = {}
        self._day_starts: dict[date, timedelta] = {self.now.date(): timedelta(0)}
        self._at_now = self._elapsed(self.now)

    def _window(self, day: date) -> tuple[datetime, datetime] | None:
        try:
            return self._windows[day]
        except KeyError:
            window = self._windows[day] = self.hours.window(day)
            return window

    def _open_for(self, day: date) -> timedelta:
        window = self._window(day)
        return timedelta(0) if window is None else window[1] - window[0]

    def _day_start(self, day: date) -> timedelta:
        """Working time from the start of now's day to the start of `day` (negative before)."""
        known = self._day_starts.get(day)
        if known is not None:
            return known
        step = _ONE_DAY if day > self.now.date() else -_ONE_DAY
        missing = []
        while day not in self._day_starts:
            missing.append(day)
            day -= step
        total = self._day_starts[day]
        for later in reversed(missing):  # nearest to a known day first
            if step > _NO_TIME:
                total += self._open_for(later - _ONE_DAY)
            else:
                total -= self._open_for(later)
            self._day_starts[later] = total
        return total

    def _elapsed(self, moment: datetime) -> timedelta:
        """Working time from the start of now's day to moment (in London time)."""
        day = moment.date()
        total = self._day_start(day)
        window = self._window(day)
        if window is not None and moment > window[0]:
            # Aware datetimes in one zone subtract as wall-clock times; the windows never
            # span a clock change (see _within_windows).
            total += min(moment, window[1]) - window[0]
        return total

    def until(self, moment: datetime) -> timedelta:
        """Working time from now to moment (zero if moment is not after now)."""
        if moment <= self.now:
            return timedelta(0)
        return self._elapsed(moment.astimezone(LONDON)) - self._at_now

    def since(self, moment: datetime) -> timedelta:
        """Working time from moment to now (zero if moment is not before now)."""
        if moment >= self.now:
            return timedelta(0)
        return self._at_now - self._elapsed(moment.astimezone(LONDON))


_ONE_DAY = timedelta(days=1)
_NO_TIME = timedelta(0)


def _within_windows(
    start: datetime, end: datetime, window: Callable[[date], tuple[datetime, datetime] | None]
) -> timedelta:
    """The time from start to end (both in London time) that falls inside each day's
    opening window, as `window` gives it."""
    total = timedelta(0)
    day, last = start.date(), end.date()
    while day <= last:
        opening = window(day)
        if opening is not None:
            lo, hi = max(start, opening[0]), min(end, opening[1])
            if hi > lo:
                # Aware datetimes in one zone subtract as wall-clock times; the windows never
                # span a clock change (they change at 01:00 and 02:00), so this is also the
                # real elapsed time.
                total += hi - lo
        day += timedelta(days=1)
    return total


def week_from(rows: Sequence[tuple[int, time, time]]) -> tuple[Window | None, ...]:
    """(weekday 0-6, opens, closes) rows as a week; days without a row are closed."""
    week: list[Window | None] = [None] * 7
    for weekday, opens, closes in rows:
        week[weekday] = (opens, closes)
    return tuple(week)


HELPLINE_HOURS = WorkingHours()
RESPONSE_TARGET = timedelta(hours=3)


def response_due(
    received: datetime,
    hours: WorkingHours = HELPLINE_HOURS,
    target: timedelta = RESPONSE_TARGET,
) -> datetime:
    """When a reply to a message received at `received` is due (by default three working
    hours later)."""
    return hours.add(received, target)


def format_working(span: timedelta) -> str:
    """A short span for people: "40 min", "1 h 10", "3 h"."""
    minutes = int(span.total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest:02d}" if rest else f"{hours} h"
