"""The helpline's working-hours calendar, as the partners app uses it."""

from __future__ import annotations

from datetime import datetime

from casebook.lib.working_hours import HELPLINE_HOURS, WorkingHours
from casebook.partners.followup import add_working_days


def helpline_hours() -> WorkingHours:
    """The calendar follow-ups are counted in."""
    return HELPLINE_HOURS


def follow_up_due(start: datetime, working_days: int) -> datetime:
    """When a platform that has not answered since `start` is to be chased."""
    return add_working_days(helpline_hours(), start, working_days)
