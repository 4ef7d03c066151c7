"""Due times on cases: the case actions call these as things happen.

The case actions (casebook.cases.actions) and mail intake call `note_inbound`, `note_reply`,
`note_status`, `note_assigned` and `note_seen` inside their own transactions; this module keeps
the response-clock columns on the case (response_due_at and friends) and writes a Response row
and an audit event when a reply ends a wait. The transitions themselves are pure (sla.py), and
the clock is the calendar admins set (calendar.py).

This module imports case models, never case actions, so the actions can import it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from casebook.accounts.models import AuditEvent, User
from casebook.cases.models import OPEN_STATUSES, Case, Message, SendState, Status
from casebook.triage import sla
from casebook.triage.calendar import current_calendar
from casebook.triage.models import Response, ResponseKind

CLOCK_FIELDS = (
    "response_waiting_since",
    "response_due_at",
    "response_paused_seconds",
    "first_response_seconds",
    "responses_answered",
    "reopened",
)


def state_of(case: Case) -> sla.ClockState:
    return sla.ClockState(
        waiting_since=case.response_waiting_since,
        due_at=case.response_due_at,
        paused_left=timedelta(seconds=case.response_paused_seconds)
        if case.response_paused_seconds is not None
        else None,
        first_response=timedelta(seconds=case.first_response_seconds)
        if case.first_response_seconds is not None
        else None,
        answered=case.responses_answered,
        reopened=case.reopened,
    )


def clock_fields(state: sla.ClockState) -> dict[str, Any]:
    """The case columns that hold a clock state."""
    return {
        "response_waiting_since": state.waiting_since,
        "response_due_at": state.due_at,
        "response_paused_seconds": int(state.paused_left.total_seconds())
        if state.paused_left is not None
        else None,
        "first_response_seconds": int(state.first_response.total_seconds())
        if state.first_response is not None
        else None,
        "responses_answered": state.answered,
        "reopened": state.reopened,
    }


def _save(case: Case, fields: dict[str, Any]) -> None:
    changed = {name: value for name, value in fields.items() if getattr(case, name) != value}
    if changed:
        Case.objects.filter(pk=case.pk).update(**changed)
        for name, value in changed.items():
            setattr(case, name, value)


def _fresh(case: Case) -> None:
    """Read the clock as committed: the calling action has already updated the case row (its
    version), so on PostgreSQL the row is locked and no concurrent writer can slip in between
    this read and our write."""
    case.refresh_from_db(fields=[*CLOCK_FIELDS, "last_inbound_at", "last_activity_at"])


def _later(a: datetime | None, b: datetime) -> datetime:
    return b if a is None or b > a else a


def note_inbound(*, case: Case, at: datetime, previous_status: str | None, status: str) -> None:
    """The enquirer wrote (or called) at `at`. `previous_status` is the case's status before
    the message (None for a new case), `status` after it (intake reopens closed cases)."""
    _fresh(case)
    calendar = current_calendar()
    state = sla.inbound(
        state_of(case),
        at,
        hours=calendar.hours,
        target=calendar.target,
        status=status,
        was_closed=previous_status == Status.CLOSED,
    )
    _save(
        case,
        {
            **clock_fields(state),
            "last_inbound_at": _later(case.last_inbound_at, at),
            "last_activity_at": _later(case.last_activity_at, at),
        },
    )


def note_inbound_many(
    arrivals: Iterable[tuple[Case, datetime]], *, reopened: Iterable[int] = ()
) -> None:
    """As note_inbound for messages stored in bulk (mail import), oldest first per case.

    Cases whose pk is in `reopened` were closed or awaiting before the batch and are open now.
    """
    was_reopened = set(reopened)
    by_case: dict[int, tuple[Case, list[datetime]]] = {}
    for case, at in arrivals:
        by_case.setdefault(case.pk, (case, []))[1].append(at)
    for pk, (case, moments) in by_case.items():
        previous = case.status
        for at in sorted(moments):
            status = Status.OPEN if pk in was_reopened else case.status
            note_inbound(case=case, at=at, previous_status=previous, status=status)
            previous = status


def note_reply(
    *, case: Case, at: datetime, actor: User | None, how: str, message: Message | None = None
) -> Response | None:
    """A reply went to the enquirer at `at` (`how`: "email" or "phone").

    Ends the wait, if one was running, and records it as met or breached.
    """
    _fresh(case)
    calendar = current_calendar()
    state, answer = sla.reply(state_of(case), at, hours=calendar.hours, target=calendar.target)
    _save(
        case,
        {
            **clock_fields(state),
            "due_warning_for": None,
            "last_activity_at": _later(case.last_activity_at, at),
        },
    )
    if answer is None:
        return None
    response = Response.objects.create(
        case=case,
        message=message,
        kind=ResponseKind.FIRST if answer.first else ResponseKind.NEXT,
        responder=actor,
        waiting_since=answer.waiting_since,
        due_at=answer.due_at,
        answered_at=at,
        working_seconds=int(answer.waited.total_seconds()),
        target_seconds=int(answer.target.total_seconds()),
        met=answer.met,
    )
    AuditEvent.objects.create(
        actor=actor,
        case=case,
        action="response.met" if answer.met else "response.breached",
        detail={
            "kind": response.kind,
            "how": how,
            "working_minutes": round(answer.waited.total_seconds() / 60, 1),
            "target_minutes": round(answer.target.total_seconds() / 60, 1),
        },
    )
    return response


def note_reply_cancelled(*, case: Case, message: Message) -> None:
    """An email reply was cancelled before it went: the wait it ended is open again."""
    response = Response.objects.filter(message=message).first()
    if response is None:
        return
    _fresh(case)
    due = response.due_at
    if due is None:  # it was answered while paused: resume with the full target from now
        calendar = current_calendar()
        due = calendar.hours.add(timezone.now(), calendar.target)
    since = response.waiting_since
    if case.response_waiting_since is not None:
        since = min(since, case.response_waiting_since)
        due = min(due, case.response_due_at or due)
    fields: dict[str, Any] = {
        "response_waiting_since": since,
        "response_due_at": due if case.status != Status.AWAITING_ENQUIRER else None,
        "responses_answered": max(0, case.responses_answered - 1),
    }
    if case.status == Status.AWAITING_ENQUIRER:
        fields["response_paused_seconds"] = response.target_seconds
    if response.kind == ResponseKind.FIRST:
        fields["first_response_seconds"] = None
    response.delete()
    _save(case, fields)
    AuditEvent.objects.create(
        actor=None, case=case, action="response.withdrawn", detail={"message": message.pk}
    )


def note_status(*, case: Case, old: str, new: str, at: datetime) -> None:
    """The case's status changed: awaiting the enquirer pauses the clock, closing stops it."""
    _fresh(case)
    calendar = current_calendar()
    state = sla.status_changed(state_of(case), old, new, at, hours=calendar.hours)
    _save(case, clock_fields(state))


def note_assigned(*, case: Case, assignee: User | None, actor: User | None) -> None:
    """A new assignee has not seen the case's messages yet, unless they assigned themselves."""
    seen = timezone.now() if assignee is not None and assignee == actor else None
    _save(case, {"assignee_seen_at": seen})


def note_seen(*, case: Case, user: User) -> bool:
    """The assignee opened the case: its new messages are no longer unseen. True if that
    cleared the marker."""
    if case.assigned_to_id != user.pk or not has_unseen(case):
        return False
    _save(case, {"assignee_seen_at": timezone.now()})
    AuditEvent.objects.create(actor=user, case=case, action="case.seen", detail={})
    return True


def has_unseen(case: Case) -> bool:
    """Whether the case has messages from the enquirer its assignee has not seen."""
    if case.assigned_to_id is None or case.last_inbound_at is None:
        return False
    return case.assignee_seen_at is None or case.last_inbound_at > case.assignee_seen_at


def unseen_q() -> Q:
    """The same as has_unseen, as a filter."""
    return Q(assigned_to__isnull=False, last_inbound_at__isnull=False) & (
        Q(assignee_seen_at__isnull=True) | Q(last_inbound_at__gt=F("assignee_seen_at"))
    )


def open_q() -> Q:
    return Q(status__in=OPEN_STATUSES)


def replayed(
    events: Iterable[sla.Event], *, first_status: str = Status.NEW
) -> tuple[dict[str, Any], list[sla.Answer]]:
    """Case columns and ended waits for a whole history at once (bulk loaders: the demo).

    The same transitions as the live hooks, on the current calendar.
    """
    calendar = current_calendar()
    ordered = sorted(events, key=lambda e: e.at)
    state, answers = sla.replay(
        ordered, hours=calendar.hours, target=calendar.target, first_status=first_status
    )
    inbound = [e.at for e in ordered if e.kind == "in"]
    talk = [e.at for e in ordered if e.kind in {"in", "out"}]
    fields = {
        **clock_fields(state),
        "last_inbound_at": inbound[-1] if inbound else None,
        "last_activity_at": talk[-1] if talk else None,
    }
    return fields, answers


def recompute_due_times(
    *, open_only: bool = True, chunk: int = 500, progress: Callable[[str], None] | None = None
) -> int:
    """Replay every (open) case's dialogue through the clock and store the result.

    Returns how many cases were written. Each chunk of cases is one transaction.
    """
    cases = Case.objects.filter(status__in=OPEN_STATUSES) if open_only else Case.objects.all()
    ids = list(cases.order_by("pk").values_list("pk", flat=True))
    done = 0
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        events: dict[int, list[sla.Event]] = {pk: [] for pk in part}
        for case_id, direction, at, author_id in (
            Message.objects.filter(case_id__in=part, direction__in=["in", "out"])
            .exclude(send_state=SendState.CANCELLED)
            .order_by("at", "pk")
            .values_list("case_id", "direction", "at", "author_id")
        ):
            if direction == "out" and author_id is None:
                continue  # the automatic acknowledgement is not a practitioner's reply
            events[case_id].append(sla.Event(at, direction))
        with transaction.atomic():
            for case in Case.objects.filter(pk__in=part).only("pk", "status", "closed_at"):
                history = events[case.pk]
                if case.status != Status.OPEN and history:
                    when = case.closed_at or history[-1].at
                    history.append(sla.Event(max(when, history[-1].at), "status", case.status))
                fields, _ = replayed(history)
                Case.objects.filter(pk=case.pk).update(**fields)
                done += 1
        if progress:
            progress(f"{done:,} of {len(ids):,} cases")
    return done
