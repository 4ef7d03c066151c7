"""The helpline's working-hours clock. Pure: no Django.

The helpline answers Monday to Friday, 09:00-17:00 UK time, except bank holidays in England
and Wales, and aims to reply within three working hours. Times in and out are aware datetimes;
arithmetic happens on the Europe/London wall clock so that clock changes do not move the day.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")

# England and Wales bank holidays (GOV.UK), 2019-2027.
_BANK_HOLIDAYS_TEXT = """
    2019-01-01 2019-04-19 2019-04-22 2019-05-06 2019-05-27 2019-08-26 2019-12-25 2019-12-26
    2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28
    2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28
    2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19
    2022-12-26 2022-12-27 2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29
    2023-08-28 2023-12-25 2023-12-26 2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27
    2024-08-26 2024-12-25 2024-12-26 2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26
    2025-08-25 2025-12-25 2025-12-26 2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25
    2026-08-31 2026-12-25 2026-12-28 2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31
    2027-08-30 2027-12-27 2027-12-28
"""
BANK_HOLIDAYS: frozenset[date] = frozenset(
    date.fromisoformat(d) for d in _BANK_HOLIDAYS_TEXT.split()
)


@dataclass(frozen=True)
class WorkingHours:
    opens: time = time(9, 0)
    closes: time = time(17, 0)
    holidays: frozenset[date] = field(default=BANK_HOLIDAYS)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.holidays

    def _window(self, day: date) -> tuple[datetime, datetime]:
        return (
            datetime.combine(day, self.opens, LONDON),
            datetime.combine(day, self.closes, LONDON),
        )

    def working_time_between(self, start: datetime, end: datetime) -> timedelta:
        """Working time from start to end (zero if end is not after start)."""
        if end <= start:
            return timedelta(0)
        start, end = start.astimezone(LONDON), end.astimezone(LONDON)
        total = timedelta(0)
        day = start.date()
        while day <= end.date():
            if self.is_working_day(day):
                opens, closes = self._window(day)
                lo, hi = max(start, opens), min(end, closes)
                if hi > lo:
                    total += hi - lo
            day += timedelta(days=1)
        return total

    def add(self, start: datetime, working: timedelta) -> datetime:
        """The moment when `working` working time has passed since start."""
        if working < timedelta(0):
            raise ValueError("working time to add must not be negative")
        moment = start.astimezone(LONDON)
        remaining = working
        day = moment.date()
        while True:
            if self.is_working_day(day):
                opens, closes = self._window(day)
                begin = max(moment, opens)
                if begin < closes:
                    if begin + remaining <= closes:
                        return begin + remaining
                    remaining -= closes - begin
            day += timedelta(days=1)
            moment = datetime.combine(day, time(0), LONDON)


HELPLINE_HOURS = WorkingHours()
RESPONSE_TARGET = timedelta(hours=3)


def response_due(received: datetime, hours: WorkingHours = HELPLINE_HOURS) -> datetime:
    """When a reply to a message received at `received` is due (three working hours)."""
    return hours.add(received, RESPONSE_TARGET)
