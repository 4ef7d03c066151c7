"""The supervisor's view: what is open and how old, what is due or late, who carries what, and
when enquiries arrive. Reads only; a fixed handful of aggregate queries whatever the size of
the helpline (each served by an index on open cases, due times, or recent rows).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db.models import Count, Q
from django.db.models.functions import ExtractHour, ExtractIsoWeekDay
from django.utils import timezone

from casebook.accounts.models import CASEWORK_ROLES, User
from casebook.cases.models import OPEN_STATUSES, Case, Direction, Message, SendState
from casebook.lib.working_hours import LONDON, WEEKDAYS, format_working
from casebook.triage.calendar import current_calendar
from casebook.triage.models import Response

# Age bands of open cases, by when they were opened: (label, newer than).
AGE_BANDS: tuple[tuple[str, timedelta], ...] = (
    ("under a day", timedelta(days=1)),
    ("1-3 days", timedelta(days=3)),
    ("3-7 days", timedelta(days=7)),
    ("1-4 weeks", timedelta(days=28)),
)
OLDEST_BAND = "over 4 weeks"
# How far back the inbound volume looks (enough weeks to see a pattern, few enough to be
# about this term's rota).
VOLUME_WEEKS = 4
VOLUME_HOURS = range(7, 22)  # the hours shown; messages outside them are counted in "other"


@dataclass(frozen=True)
class StatusAges:
    status: str
    label: str
    bands: list[int]
    total: int


@dataclass(frozen=True)
class Workload:
    user: User
    open_assigned: int
    replies_today: int
    responses_this_week: int
    breached_this_week: int
    median_response: str  # working time, "40 min"; "" without responses this week


@dataclass(frozen=True)
class Dashboard:
    now: datetime
    target: str
    open_by_status: list[StatusAges]
    band_labels: list[str]
    band_totals: list[int]
    open_total: int
    due_within_hour: int
    overdue_now: int
    breached_today: int
    breached_week: int
    workload: list[Workload]
    unassigned_open: int
    volume_hours: list[int]
    volume: list[tuple[str, list[tuple[int, int]], int]]  # weekday, (count, shade 0-5) per
    # hour, messages outside the hours shown
    volume_max: int
    volume_total: int
    volume_since: datetime


def _local_midnight(moment: datetime) -> datetime:
    local = moment.astimezone(LONDON)
    return datetime.combine(local.date(), datetime.min.time(), LONDON)


def _open_by_status(now: datetime) -> list[StatusAges]:
    counts = {
        f"b{i}": Count("id", filter=Q(opened_at__gt=now - newer))
        for i, (_, newer) in enumerate(AGE_BANDS)
    }
    rows = {
        row["status"]: row
        for row in Case.objects.filter(status__in=OPEN_STATUSES)
        .values("status")
        .annotate(total=Count("id"), **counts)
        .order_by()
    }
    out = []
    for status in OPEN_STATUSES:
        row: dict[str, Any] = dict(rows.get(status.value, {}))
        cumulative = [int(row.get(f"b{i}", 0)) for i in range(len(AGE_BANDS))]
        total = int(row.get("total", 0))
        # Counts of "newer than" are cumulative; each band is the difference.
        bands = [b - a for a, b in zip([0, *cumulative], cumulative, strict=False)]
        bands.append(total - (cumulative[-1] if cumulative else 0))
        out.append(StatusAges(status.value, str(status.label), bands, total))
    return out


def _breaches(start: datetime, now: datetime) -> int:
    """Deadlines that passed since `start` without a reply in time: late replies, and cases
    still waiting past their due time."""
    late = Response.objects.filter(met=False, due_at__gte=start, due_at__lt=now).count()
    waiting = Case.objects.filter(
        status__in=OPEN_STATUSES, response_due_at__gte=start, response_due_at__lt=now
    ).count()
    return late + waiting


def _workload(today: datetime, week: datetime) -> tuple[list[Workload], int]:
    users = list(
        User.objects.filter(is_active=True, role__in=CASEWORK_ROLES).order_by(
            "first_name", "last_name", "username"
        )
    )
    open_counts = dict(
        Case.objects.filter(status__in=OPEN_STATUSES)
        .values_list("assigned_to")
        .annotate(n=Count("id"))
        .order_by()
    )
    replies = dict(
        Message.objects.filter(direction=Direction.OUTBOUND, at__gte=today, author__isnull=False)
        .exclude(send_state=SendState.CANCELLED)
        .values_list("author")
        .annotate(n=Count("id"))
        .order_by()
    )
    waits: dict[int, list[int]] = {}
    breached: dict[int, int] = {}
    for responder, seconds, met in Response.objects.filter(
        answered_at__gte=week, responder__isnull=False
    ).values_list("responder", "working_seconds", "met"):
        waits.setdefault(responder, []).append(seconds)
        breached[responder] = breached.get(responder, 0) + (not met)
    rows = [
        Workload(
            user=user,
            open_assigned=int(open_counts.get(user.pk, 0)),
            replies_today=int(replies.get(user.pk, 0)),
            responses_this_week=len(waits.get(user.pk, [])),
            breached_this_week=breached.get(user.pk, 0),
            median_response=format_working(timedelta(seconds=statistics.median(waits[user.pk])))
            if waits.get(user.pk)
            else "",
        )
        for user in users
    ]
    return rows, int(open_counts.get(None, 0))


def _volume(since: datetime) -> tuple[list[tuple[str, list[tuple[int, int]], int]], int, int]:
    grid = [[0] * len(VOLUME_HOURS) for _ in WEEKDAYS]
    outside = [0] * len(WEEKDAYS)
    rows = (
        Message.objects.filter(direction=Direction.INBOUND, at__gte=since)
        .annotate(
            weekday=ExtractIsoWeekDay("at", tzinfo=LONDON), hour=ExtractHour("at", tzinfo=LONDON)
        )
        .values_list("weekday", "hour")
        .annotate(n=Count("id"))
        .order_by()
    )
    first = VOLUME_HOURS[0]
    total = 0
    for weekday, hour, n in rows:
        total += n
        if hour in VOLUME_HOURS:
            grid[weekday - 1][hour - first] += n
        else:
            outside[weekday - 1] += n
    peak = max((n for row in grid for n in row), default=0)

    def shade(n: int) -> int:
        return 0 if n == 0 or peak == 0 else 1 + min(4, (5 * n - 1) // peak)

    shaded = [(WEEKDAYS[i], [(n, shade(n)) for n in grid[i]], outside[i]) for i in range(7)]
    return shaded, peak, total


def dashboard(*, now: datetime | None = None) -> Dashboard:
    """Everything the supervisor dashboard shows, as of `now` (default: this moment)."""
    now = now or timezone.now()
    calendar = current_calendar()
    today = _local_midnight(now)
    week = today - timedelta(days=today.weekday())
    by_status = _open_by_status(now)
    workload, unassigned = _workload(today, week)
    volume, peak, total = _volume(today - timedelta(weeks=VOLUME_WEEKS))
    within_hour = Case.objects.filter(
        status__in=OPEN_STATUSES,
        response_due_at__gte=now,
        response_due_at__lte=calendar.hours.add(now, timedelta(hours=1)),
    ).count()
    overdue = Case.objects.filter(status__in=OPEN_STATUSES, response_due_at__lt=now).count()
    bands = len(AGE_BANDS) + 1
    return Dashboard(
        now=now,
        target=format_working(calendar.target),
        open_by_status=by_status,
        band_labels=[label for label, _ in AGE_BANDS] + [OLDEST_BAND],
        band_totals=[sum(s.bands[i] for s in by_status) for i in range(bands)],
        open_total=sum(s.total for s in by_status),
        due_within_hour=within_hour,
        overdue_now=overdue,
        breached_today=_breaches(today, now),
        breached_week=_breaches(week, now),
        workload=workload,
        unassigned_open=unassigned,
        volume_hours=list(VOLUME_HOURS),
        volume=volume,
        volume_max=peak,
        volume_total=total,
        volume_since=today - timedelta(weeks=VOLUME_WEEKS),
    )
