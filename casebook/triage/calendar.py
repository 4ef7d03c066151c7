"""The calendar as the pure clock sees it: a WorkingHours and a target, read from the database.

Read on nearly every write to a case and on every queue page, so it is cached in the process
for CACHE_SECONDS; an admin's change applies at once in the process that saved it and within
that time everywhere else.
"""

from __future__ import annotations

import time as _time
from dataclasses import dataclass
from datetime import timedelta

from casebook.lib.working_hours import WorkingHours, week_from
from casebook.triage.models import DEFAULT_TARGET_MINUTES, HelplineCalendar

CACHE_SECONDS = 60.0


@dataclass(frozen=True)
class Calendar:
    hours: WorkingHours
    target: timedelta

    @property
    def target_hours(self) -> float:
        return self.target.total_seconds() / 3600


_cached: tuple[float, Calendar] | None = None


def forget_cached_calendar() -> None:
    global _cached
    _cached = None


def load_calendar() -> Calendar:
    """The calendar from the database; the default (Monday-Friday 09:00-17:00, England and
    Wales, three hours) if none is stored or the stored hours are unusable."""
    row = HelplineCalendar.objects.filter(pk=1).first()
    if row is None:
        return Calendar(WorkingHours(), timedelta(minutes=DEFAULT_TARGET_MINUTES))
    week = week_from(list(row.opening_hours.values_list("weekday", "opens", "closes")))
    closures = frozenset(row.closure_days.values_list("day", flat=True))
    try:
        hours = WorkingHours(week=week, nation=row.nation, closures=closures)
    except ValueError:
        # An admin closed every weekday: keep answering on the default hours rather than
        # never falling due (the admin form shows the hours; the queue still works).
        hours = WorkingHours(nation=row.nation, closures=closures)
    return Calendar(hours, timedelta(minutes=max(1, row.target_minutes)))


def current_calendar() -> Calendar:
    global _cached
    now = _time.monotonic()
    if _cached is None or now - _cached[0] > CACHE_SECONDS:
        _cached = (now, load_calendar())
    return _cached[1]
