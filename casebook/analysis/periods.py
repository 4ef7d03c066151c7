"""Which report periods make sense (pure: no Django).

A report period is [start, end) in calendar dates. It must end after it starts, lie between
EARLIEST and a year after today, and span at most `max_days` (REPORT_MAX_DAYS, two years by
default): a report of ten thousand years would hold one monthly row per month, and memory and
time to match. Both the reports page and `casebook report` use these rules.
"""

from __future__ import annotations

from datetime import date, timedelta

EARLIEST = date(2000, 1, 1)
DEFAULT_MAX_DAYS = 731


def period_problems(start: date, end: date, *, today: date, max_days: int) -> list[str]:
    """Plain-English reasons the period [start, end) cannot be reported; [] if it can."""
    problems = []
    latest = today + timedelta(days=366)
    if end <= start:
        problems.append("The period must end after it starts.")
    if start < EARLIEST:
        problems.append(f"The period cannot start before {EARLIEST:%-d %B %Y}.")
    if end > latest:
        problems.append(f"The period cannot end after {latest:%-d %B %Y}.")
    if end > start and (end - start).days > max_days:
        problems.append(
            f"The period is {(end - start).days:,} days long; a report covers at most "
            f"{max_days:,} days (REPORT_MAX_DAYS)."
        )
    return problems
