"""The supervisor's view: what is open and how old, what is due or late, who carries what, and
when enquiries arrive. Reads only; a fixed handful of queries whose cost does not grow with the
size of the helpline: the counts the database keeps of open cases (OpenCaseCount) and of
inbound messages per hour (InboundHour), the open cases that are recent or due this week, this
week's responses and today's replies (index ranges on their times), and the practitioners.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db.models import BooleanField, Count, ExpressionWrapper, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from casebook.accounts.models import CASEWORK_ROLES, User
from casebook.cases.models import OPEN_STATUSES, Case, Direction, Message, SendState
from casebook.lib.working_hours import LONDON, WEEKDAYS, format_working
from casebook.triage.calendar import current_calendar
from casebook.triage.models import InboundHour, OpenCaseCount, Response

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
    """The open cases counted (see _open_cases)."""

    by_status: list[StatusAges]
    by_assignee: dict[int | None, int]  # open cases per assignee id (None: unassigned)
    due_within_hour: int
    overdue_now: int
    waiting_late_today: int  # still waiting, past a due time that fell today
    waiting_late_week: int


def _open_cases(
    now: datetime, *, hour_ahead: datetime, today: datetime, week: datetime
) -> OpenCases:
    """Open cases by status and assignee, with their ages and due times: two queries, whose
    cost does not grow with the number of open cases.

    Totals come from the counts the database keeps per status and assignee (OpenCaseCount).
    Ages and due times are counted on the few open cases that can fall in a band or a due-time
    count: opened in the last four weeks (older ones are all in the oldest band), or due from
    the start of this week on. Overdue is the cases with a due time less those not yet due.
    """
    totals: dict[str, int] = {}
    by_assignee: dict[int | None, int] = {}
    with_due = 0
    for status, assignee, cases, due in (
        OpenCaseCount.objects.values_list("status", "assignee")
        .annotate(cases=Sum("cases"), due=Sum("with_due"))
        .order_by()
    ):
        totals[status] = totals.get(status, 0) + int(cases)
        key = int(assignee) or None
        by_assignee[key] = by_assignee.get(key, 0) + int(cases)
        with_due += int(due)
    newer = {
        f"b{i}": Count("id", filter=Q(opened_at__gt=now - age))
        for i, (_, age) in enumerate(AGE_BANDS)
    }
    oldest_band = now - AGE_BANDS[-1][1]
    # Plain dicts: the band columns are named at run time.
    rows: dict[str, dict[str, Any]] = {
        row["status"]: dict(row)
        for row in Case.objects.filter(status__in=OPEN_STATUSES)
        .filter(Q(opened_at__gt=oldest_band) | Q(response_due_at__gte=week))
        .values("status")
        .annotate(
            within_hour=Count(
                "id", filter=Q(response_due_at__gte=now, response_due_at__lte=hour_ahead)
            ),
            not_yet_due=Count("id", filter=Q(response_due_at__gte=now)),
            late_today=Count("id", filter=Q(response_due_at__gte=today, response_due_at__lt=now)),
            late_week=Count("id", filter=Q(response_due_at__gte=week, response_due_at__lt=now)),
            **newer,
        )
        .order_by()
    }
    by_status = []
    for status in OPEN_STATUSES:
        row = rows.get(status.value, {})
        cumulative = [int(row.get(f"b{i}", 0)) for i in range(len(AGE_BANDS))]
        total = totals.get(status.value, 0)
        # Counts of "newer than" are cumulative; each band is the difference.
        bands = [b - a for a, b in zip([0, *cumulative], cumulative, strict=False)]
        bands.append(total - (cumulative[-1] if cumulative else 0))
        by_status.append(StatusAges(status.value, str(status.label), bands, total))

    def summed(name: str) -> int:
        return sum(int(row[name]) for row in rows.values())

    return OpenCases(
        by_status=by_status,
        by_assignee=by_assignee,
        due_within_hour=summed("within_hour"),
        # Never below nought: the two reads are not one snapshot.
        overdue_now=max(0, with_due - summed("not_yet_due")),
        waiting_late_today=summed("late_today"),
        waiting_late_week=summed("late_week"),
    )


@dataclass(frozen=True)
class Responses:
    """This week's answered waits (see _responses)."""

    late_today: int  # replies that went after a due time that fell today
    late_week: int  # ... that fell this week
    waits: dict[int, list[int]]  # responder id -> working seconds of each wait they ended
    breached: dict[int, int]  # responder id -> how many of those were late


def _responses(*, today: datetime, week: datetime, now: datetime) -> Responses:
    """The responses given this week, read once for both the late replies and each
    practitioner's responses. A reply late for a deadline this week went after that deadline,
    so it is among them. Lateness is worked out by the database: a flag is cheaper to read
    than a time (thousands of rows a week on a large helpline)."""
    late_today = late_week = 0
    waits: dict[int, list[int]] = {}
    breached: dict[int, int] = {}
    late = Q(met=False, due_at__gte=week, due_at__lt=now)
    for responder, seconds, met, late_this_week, late_for_today in (
        Response.objects.filter(answered_at__gte=week, answered_at__lte=now)
        .annotate(
            late_week=ExpressionWrapper(late, output_field=BooleanField()),
            late_today=ExpressionWrapper(late & Q(due_at__gte=today), output_field=BooleanField()),
        )
        .values_list("responder", "working_seconds", "met", "late_week", "late_today")
    ):
        late_week += bool(late_this_week)
        late_today += bool(late_for_today)
        if responder is not None:
            waits.setdefault(responder, []).append(seconds)
            breached[responder] = breached.get(responder, 0) + (not met)
    return Responses(late_today, late_week, waits, breached)


def _workload(
    *, today: datetime, now: datetime, open_counts: dict[int | None, int], responses: Responses
) -> list[Workload]:
    # Replies today counted per practitioner in the same query (an index range of their
    # replies each: cases.Message message_replies_by_author).
    replies_today = (
        Message.objects.filter(
            author=OuterRef("pk"),
            author__isnull=False,
            direction=Direction.OUTBOUND,
            at__gte=today,
            at__lte=now,
        )
        .exclude(send_state=SendState.CANCELLED)
        .order_by()
        .values("author")
        .annotate(n=Count("*"))  # not the id: it is not in that index
        .values("n")
    )
    users = list(
        User.objects.filter(is_active=True, role__in=CASEWORK_ROLES)
        .annotate(replies_today=Coalesce(Subquery(replies_today), 0))
        .order_by("first_name", "last_name", "username")
    )
    waits = responses.waits
    return [
        Workload(
            user=user,
            open_assigned=int(open_counts.get(user.pk, 0)),
            replies_today=int(user.replies_today),
            responses_this_week=len(waits.get(user.pk, [])),
            breached_this_week=responses.breached.get(user.pk, 0),
            median_response=format_working(timedelta(seconds=statistics.median(waits[user.pk])))
            if waits.get(user.pk)
            else "",
        )
        for user in users
    ]


def inbound_by_hour(since: datetime, until: datetime | None = None) -> dict[datetime, int]:
    """Messages from enquirers per hour from `since` (to `until`, if given): {start of the
    hour (UTC): count}.

    Read from the per-hour counts the database keeps (InboundHour), a few hundred rows for four
    weeks however busy the helpline; hours without messages are left out.
    """
    hours = InboundHour.objects.filter(hour__gte=since)
    if until is not None:
        hours = hours.filter(hour__lte=until)
    rows = hours.values_list("hour").annotate(n=Sum("messages")).order_by()
    return {hour: int(n) for hour, n in rows if n}


def _volume(
    since: datetime, *, until: datetime | None = None
) -> tuple[list[tuple[str, list[tuple[int, int]], int]], int, int]:
    grid = [[0] * len(VOLUME_HOURS) for _ in WEEKDAYS]
    outside = [0] * len(WEEKDAYS)
    first = VOLUME_HOURS[0]
    total = 0
    for hour_start, n in inbound_by_hour(since, until).items():
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
    responses = _responses(today=today, week=week, now=now)
    since = today - timedelta(weeks=VOLUME_WEEKS)
    volume, peak, total = _volume(since, until=now)
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
        breached_today=responses.late_today + open_cases.waiting_late_today,
        breached_week=responses.late_week + open_cases.waiting_late_week,
        workload=_workload(
            today=today, now=now, open_counts=open_cases.by_assignee, responses=responses
        ),
        unassigned_open=int(open_cases.by_assignee.get(None, 0)),
        volume_hours=list(VOLUME_HOURS),
        volume=volume,
        volume_max=peak,
        volume_total=total,
        volume_since=since,
    )
