"""When a platform's answer is overdue: N working days after an escalation. Pure: no Django.

Working days come from the helpline's working-hours clock (casebook.lib.working_hours), so
weekends, bank holidays and closure days never count, whatever calendar the helpline keeps.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Protocol

from casebook.lib.working_hours import LONDON

# A calendar that never opens would make the search below run for ever; past this it stops.
MAX_SEARCH_DAYS = 3 * 366


class Calendar(Protocol):
    """What this needs of a working-hours clock (casebook.lib.working_hours.WorkingHours)."""

    def is_working_day(self, day: date) -> bool: ...

    def add(self, start: datetime, working: timedelta) -> datetime: ...


def add_working_days(hours: Calendar, start: datetime, days: int) -> datetime:
    """The moment `days` working days after `start` (an aware datetime).

    The same wall-clock time on the `days`-th working day after start's London date, moved to
    the next opening when that time falls outside the helpline's hours (so an escalation made
    at 18:00 on a Friday with days=5 falls due when the helpline opens on the Monday after the
    next Friday). days=0 gives start itself, or the next opening.

    Raises ValueError for negative days, or if the calendar has no working day for years.
    """
    if days < 0:
        raise ValueError("the number of working days must not be negative")
    local = start.astimezone(LONDON)
    day = local.date()
    counted = searched = 0
    while counted < days:
        day += timedelta(days=1)
        searched += 1
        if searched > MAX_SEARCH_DAYS:
            raise ValueError(
                f"fewer than {days} working days in the {MAX_SEARCH_DAYS} after {start}"
            )
        if hours.is_working_day(day):
            counted += 1
    target = datetime.combine(day, local.time(), LONDON)
    return hours.add(target, timedelta(0))
