"""The supervisor's view: what is open and how old, what is due or late, who carries what, and
when enquiries arrive. Reads only; a fixed handful of aggregate queries whatever the size of
the helpline: one pass over a small index of the open cases, the per-hour counts of inbound
messages (InboundHour), and this week's responses and today's replies by time.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db.models import Count, Q, Sum
from django.utils import timezone

from casebook.accounts.models import CASEWORK_ROLES, User
from casebook.cases.models import OPEN_STATUSES, Case, Direction, Message, SendState
from casebook.lib.working_hours import LONDON, WEEKDAYS, format_working
from casebook.triage.calendar import current_calendar
from casebook.triage.models import InboundHour, Response

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


@dataclass(frozen=True)
class OpenCases:
    """What one pass over the open cases counts (see _open_cases)."""

    by_status: list[StatusAges]
    by_assignee: dict[int | None, int]  # open cases per assignee id (None: unassigned)
    due_within_hour: int
    overdue_now: int
    waiting_late_today: int  # still waiting, past a due time that fell today
    waiting_late_week: int


def _open_cases(
    now: datetime, *, hour_ahead: datetime, today: datetime, week: datetime
) -> OpenCases:
    """Open cases by status and assignee, with their ages and due times counted: one query.

    It reads only the small index of open cases that holds these four columns
    (cases.Case case_open_summary), so it costs the same however many closed cases there are.
    Counted by status (never null), not by id: the id is not in that index.
    """
    counted = "status"
    counts = {
        f"b{i}": Count(counted, filter=Q(opened_at__gt=now - newer))
        for i, (_, newer) in enumerate(AGE_BANDS)
    }
    # Plain dicts: the band columns are named at run time.
    rows: list[dict[str, Any]] = [
        dict(row)
        for row in Case.objects.filter(status__in=OPEN_STATUSES)
        .values("status", "assigned_to")
        .annotate(
            total=Count(counted),
            within_hour=Count(
                counted, filter=Q(response_due_at__gte=now, response_due_at__lte=hour_ahead)
            ),
            overdue=Count(counted, filter=Q(response_due_at__lt=now)),
            late_today=Count(
                counted, filter=Q(response_due_at__gte=today, response_due_at__lt=now)
            ),
            late_week=Count(counted, filter=Q(response_due_at__gte=week, response_due_at__lt=now)),
            **counts,
        )
        .order_by()
    ]
    by_status = []
    for status in OPEN_STATUSES:
        mine = [row for row in rows if row["status"] == status.value]
        cumulative = [sum(int(r[f"b{i}"]) for r in mine) for i in range(len(AGE_BANDS))]
        total = sum(int(r["total"]) for r in mine)
        # Counts of "newer than" are cumulative; each band is the difference.
        bands = [b - a for a, b in zip([0, *cumulative], cumulative, strict=False)]
        bands.append(total - (cumulative[-1] if cumulative else 0))
        by_status.append(StatusAges(status.value, str(status.label), bands, total))
    by_assignee: dict[int | None, int] = {}
    for row in rows:
        by_assignee[row["assigned_to"]] = by_assignee.get(row["assigned_to"], 0) + row["total"]
    return OpenCases(
        by_status=by_status,
        by_assignee=by_assignee,
        due_within_hour=sum(int(r["within_hour"]) for r in rows),
        overdue_now=sum(int(r["overdue"]) for r in rows),
        waiting_late_today=sum(int(r["late_today"]) for r in rows),
        waiting_late_week=sum(int(r["late_week"]) for r in rows),
    )


def _late_replies(*, today: datetime, week: datetime, now: datetime) -> tuple[int, int]:
    """Replies that went after their due time, for deadlines that fell today and this week."""
    late = Response.objects.filter(met=False, due_at__gte=week, due_at__lt=now)
    found = late.aggregate(
        today=Count("id", filter=Q(due_at__gte=today)), week=Count("id", filter=Q(due_at__gte=week))
    )
    return int(found["today"]), int(found["week"])


def _workload(
    today: datetime, week: datetime, open_counts: dict[int | None, int]
) -> list[Workload]:
    users = list(
        User.objects.filter(is_active=True, role__in=CASEWORK_ROLES).order_by(
            "first_name", "last_name", "username"
        )
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
    return [
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


def inbound_by_hour(since: datetime) -> dict[datetime, int]:
    """Messages from enquirers per hour from `since` on: {start of the hour (UTC): count}.

    Read from the per-hour counts the database keeps (InboundHour), a few hundred rows for four
    weeks however busy the helpline; hours without messages are left out.
    """
    rows = (
        InboundHour.objects.filter(hour__gte=since)
        .values_list("hour")
        .annotate(n=Sum("messages"))
        .order_by()
    )
    return {hour: int(n) for hour, n in rows if n}


def _volume(since: datetime) -> tuple[list[tuple[str, list[tuple[int, int]], int]], int, int]:
    grid = [[0] * len(VOLUME_HOURS) for _ in WEEKDAYS]
    outside = [0] * len(WEEKDAYS)
    first = VOLUME_HOURS[0]
    total = 0
    for hour_start, n in inbound_by_hour(since).items():
        # London's offsets from UTC are whole hours: a UTC hour is one local hour.
        local = hour_start.astimezone(LONDON)
        weekday, hour = local.weekday(), local.hour
        total += n
        if hour in VOLUME_HOURS:
            grid[weekday][hour - first] += n
        else:
            outside[weekday] += n
    peak = max((n for row in grid for n in row), default=0)

    def shade(n: int) -> int:
        return 0 if n == 0 or peak == 0 else 1 + min(4, (5 * n - 1) // peak)

    shaded = [(WEEKDAYS[i], [(n, shade(n)) for n in grid[i]], outside[i]) for i in range(7)]
    return shaded, peak, total


def dashboard(*, now: datetime | None = None) -> Dashboard:
    """Everything the supervisor dashboard shows, as of `now` (default: this moment).

    Breached today / this week: deadlines that fell in that time and passed without a reply in
    time, whether the reply went late (a Response not met) or the case is still waiting.
    """
    now = now or timezone.now()
    calendar = current_calendar()
    today = _local_midnight(now)
    week = today - timedelta(days=today.weekday())
    open_cases = _open_cases(
        now, hour_ahead=calendar.hours.add(now, timedelta(hours=1)), today=today, week=week
    )
    late_today, late_week = _late_replies(today=today, week=week, now=now)
    volume, peak, total = _volume(today - timedelta(weeks=VOLUME_WEEKS))
    by_status = open_cases.by_status
    bands = len(AGE_BANDS) + 1
    return Dashboard(
        now=now,
        target=format_working(calendar.target),
        open_by_status=by_status,
        band_labels=[label for label, _ in AGE_BANDS] + [OLDEST_BAND],
        band_totals=[sum(s.bands[i] for s in by_status) for i in range(bands)],
        open_total=sum(s.total for s in by_status),
        due_within_hour=open_cases.due_within_hour,
        overdue_now=open_cases.overdue_now,
        breached_today=late_today + open_cases.waiting_late_today,
        breached_week=late_week + open_cases.waiting_late_week,
        workload=_workload(today, week, open_cases.by_assignee),
        unassigned_open=int(open_cases.by_assignee.get(None, 0)),
        volume_hours=list(VOLUME_HOURS),
        volume=volume,
        volume_max=peak,
        volume_total=total,
        volume_since=today - timedelta(weeks=VOLUME_WEEKS),
    )
