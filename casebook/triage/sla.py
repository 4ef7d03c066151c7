"""The response clock of one case, as a pure state machine (no Django).

A case waits for the helpline from the enquirer's first unanswered message until a reply goes
to the enquirer (by email, or given on the phone). While it waits it has a due time: the
target's worth of working time after that message. Setting the case to "awaiting enquirer"
pauses the wait (the working time left is kept and the due time cleared); leaving that status
resumes it. The reply ends the wait and is recorded as met or breached. Closing a case ends
any wait without a verdict (nothing more is owed to the enquirer).

The service (service.py) applies these transitions to cases as they happen; the demo loader
replays whole synthetic dialogues through the same functions, so both agree by construction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from casebook.lib.working_hours import WorkingHours

# Status values as stored (casebook.cases.models.Status); kept as text to stay pure.
AWAITING = "awaiting"
CLOSED = "closed"


@dataclass(frozen=True)
class ClockState:
    waiting_since: datetime | None = None  # the earliest unanswered message from the enquirer
    due_at: datetime | None = None  # None when nothing is owed, or while paused
    paused_left: timedelta | None = None  # working time left when paused (negative: overdue)
    first_response: timedelta | None = None  # working time the first reply took
    answered: int = 0  # replies that ended a wait
    reopened: bool = False  # the enquirer wrote to a closed case and has not had a reply

    @property
    def waiting(self) -> bool:
        return self.waiting_since is not None


@dataclass(frozen=True)
class Answer:
    """One ended wait: how long (in working time) and whether within the target."""

    first: bool
    waiting_since: datetime
    due_at: datetime | None
    answered_at: datetime
    waited: timedelta
    target: timedelta

    @property
    def met(self) -> bool:
        return self.waited <= self.target


def time_left(hours: WorkingHours, now: datetime, due: datetime) -> timedelta:
    """Working time until due; negative (the working time overdue) once it has passed."""
    if now <= due:
        return hours.working_time_between(now, due)
    return -hours.working_time_between(due, now)


def _resumed(hours: WorkingHours, at: datetime, left: timedelta) -> datetime:
    """The due time of a paused wait resumed at `at` with `left` working time to go. An
    overdue wait stays overdue: due at once (the clock cannot go back in working time)."""
    return hours.add(at, left) if left > timedelta(0) else at


def inbound(
    state: ClockState,
    at: datetime,
    *,
    hours: WorkingHours,
    target: timedelta,
    status: str,
    was_closed: bool = False,
) -> ClockState:
    """A message from the enquirer arrived at `at`; `status` is the case's status after it."""
    reopened = state.reopened or was_closed
    if status == CLOSED:
        return state  # a message kept on a closed case (it stays closed) owes no reply
    if state.waiting:
        if status != AWAITING and state.due_at is None and state.paused_left is not None:
            # Paused while awaiting the enquirer, who has now written: the case is worked on
            # again, so the clock resumes from their message, as when the status is changed
            # by hand (status_changed).
            return replace(
                state,
                due_at=_resumed(hours, at, state.paused_left),
                paused_left=None,
                reopened=reopened,
            )
        return replace(state, reopened=reopened)  # the earlier message is still due first
    if status == AWAITING:
        return replace(state, waiting_since=at, due_at=None, paused_left=target, reopened=reopened)
    return replace(
        state,
        waiting_since=at,
        due_at=hours.add(at, target),
        paused_left=None,
        reopened=reopened,
    )


def reply(
    state: ClockState, at: datetime, *, hours: WorkingHours, target: timedelta
) -> tuple[ClockState, Answer | None]:
    """A reply went to the enquirer at `at`. Returns the new state and the ended wait, if any.

    The working time waited is the target less the time left, so time spent paused while
    awaiting the enquirer does not count.
    """
    if state.waiting_since is None:
        return state, None
    if state.due_at is not None:
        left = time_left(hours, at, state.due_at)
    else:
        left = state.paused_left if state.paused_left is not None else target
    waited = max(timedelta(0), target - left)
    first = state.first_response is None and state.answered == 0
    answer = Answer(
        first=first,
        waiting_since=state.waiting_since,
        due_at=state.due_at,
        answered_at=at,
        waited=waited,
        target=target,
    )
    return (
        ClockState(
            first_response=waited if first else state.first_response,
            answered=state.answered + 1,
        ),
        answer,
    )


def status_changed(
    state: ClockState, old: str, new: str, at: datetime, *, hours: WorkingHours
) -> ClockState:
    """The case's status changed from `old` to `new` at `at`."""
    if new == CLOSED:
        return replace(state, waiting_since=None, due_at=None, paused_left=None, reopened=False)
    if new == AWAITING and old != AWAITING and state.due_at is not None:
        return replace(state, due_at=None, paused_left=time_left(hours, at, state.due_at))
    if old == AWAITING and new != AWAITING and state.waiting and state.paused_left is not None:
        return replace(state, due_at=_resumed(hours, at, state.paused_left), paused_left=None)
    return state


@dataclass(frozen=True)
class Event:
    """One thing that happened to a case, for replaying a whole history."""

    at: datetime
    kind: str  # "in", "out" or "status"
    status: str = ""  # for "status": the new status


def replay(
    events: Iterable[Event], *, hours: WorkingHours, target: timedelta, first_status: str = "new"
) -> tuple[ClockState, list[Answer]]:
    """The state after a history of events (in time order) and every wait it ended."""
    state = ClockState()
    status = first_status
    answers: list[Answer] = []
    for event in events:
        if event.kind == "in":
            # As mail intake does: the enquirer's message reopens a closed case.
            was_closed = status == CLOSED
            status = "open" if status in {CLOSED, AWAITING} else status
            state = inbound(
                state, event.at, hours=hours, target=target, status=status, was_closed=was_closed
            )
        elif event.kind == "out":
            state, answer = reply(state, event.at, hours=hours, target=target)
            if answer is not None:
                answers.append(answer)
        elif event.kind == "status":
            state = status_changed(state, status, event.status, event.at, hours=hours)
            status = event.status
        else:
            raise ValueError(f"unknown event kind {event.kind!r}")
    return state, answers
