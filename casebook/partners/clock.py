"""The helpline's working-hours calendar, as the partners app uses it."""

from __future__ import annotations

from datetime import datetime

from casebook.lib.working_hours import WorkingHours
from casebook.partners.followup import add_working_days
from casebook.triage.calendar import current_calendar


def helpline_hours() -> WorkingHours:
    """The calendar follow-ups are counted in: the one admins set (casebook.triage.calendar),
    with its opening hours, its nation's bank holidays and its closure days. Cached in the
    process for up to a minute, as for due times."""
    return current_calendar().hours


def follow_up_due(start: datetime, working_days: int) -> datetime:
    """When a platform that has not answered since `start` is to be chased."""
    return add_working_days(helpline_hours(), start, working_days)
