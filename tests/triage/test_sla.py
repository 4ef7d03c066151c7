"""The response clock as a pure state machine: table-driven histories."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from casebook.lib.working_hours import HELPLINE_HOURS, LONDON
from casebook.triage.sla import Event, replay

H3 = timedelta(hours=3)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LONDON)


def ev(when: str, kind: str, status: str = "") -> Event:
    return Event(at(when), kind, status)


@pytest.mark.parametrize(
    ("history", "due", "answers"),
    [
        # in, out within target
        ([ev("2022-03-01 10:00", "in"), ev("2022-03-01 12:00", "out")], None, [(True, 120)]),
        # in on Friday evening, answered Monday 11:30: 2 h 30 of working time
        ([ev("2022-03-04 19:00", "in"), ev("2022-03-07 11:30", "out")], None, [(True, 150)]),
        # still waiting
        ([ev("2022-03-01 15:00", "in")], "2022-03-02 10:00", []),
        # paused for a day while awaiting the enquirer: the paused time does not count
        (
            [
                ev("2022-03-01 09:00", "in"),
                ev("2022-03-01 10:00", "status", "awaiting"),
                ev("2022-03-02 10:00", "status", "open"),
                ev("2022-03-02 11:30", "out"),
            ],
            None,
            [(True, 150)],
        ),
        # resumed with 2 h left: due two working hours after resuming
        (
            [
                ev("2022-03-01 09:00", "in"),
                ev("2022-03-01 10:00", "status", "awaiting"),
                ev("2022-03-02 16:00", "status", "open"),
            ],
            "2022-03-03 10:00",
            [],
        ),
        # paused with 2 h left, then the enquirer writes: the case is open again and the
        # clock resumes from their message (as if the status had been changed by hand)
        (
            [
                ev("2022-03-01 09:00", "in"),
                ev("2022-03-01 10:00", "status", "awaiting"),
                ev("2022-03-02 16:00", "in"),
            ],
            "2022-03-03 10:00",
            [],
        ),
        # ... and answered the next morning: two working hours waited in all
        (
            [
                ev("2022-03-01 09:00", "in"),
                ev("2022-03-01 10:00", "status", "awaiting"),
                ev("2022-03-02 16:00", "in"),
                ev("2022-03-03 09:00", "out"),
            ],
            None,
            [(True, 120)],
        ),
        # paused while overdue: due at once when the enquirer writes
        (
            [
                ev("2022-03-01 09:00", "in"),
                ev("2022-03-01 13:00", "status", "awaiting"),
                ev("2022-03-02 16:00", "in"),
            ],
            "2022-03-02 16:00",
            [],
        ),
        # a late reply, then a second wait answered in time
        (
            [
                ev("2022-03-01 09:00", "in"),
                ev("2022-03-01 13:00", "out"),
                ev("2022-03-01 13:30", "in"),
                ev("2022-03-01 14:00", "out"),
            ],
            None,
            [(False, 240), (True, 30)],
        ),
        # closed while waiting: no verdict; a later message reopens it
        (
            [
                ev("2022-03-01 09:00", "in"),
                ev("2022-03-01 09:30", "status", "closed"),
                ev("2022-03-03 09:00", "in"),
            ],
            "2022-03-03 12:00",
            [],
        ),
    ],
)
def test_histories(history, due, answers) -> None:
    state, ended = replay(history, hours=HELPLINE_HOURS, target=H3)
    assert state.due_at == (at(due) if due else None)
    assert [(a.met, int(a.waited.total_seconds() // 60)) for a in ended] == answers


def test_reopened_until_answered() -> None:
    history = [
        ev("2022-03-01 09:00", "in"),
        ev("2022-03-01 10:00", "out"),
        ev("2022-03-01 10:05", "status", "closed"),
        ev("2022-03-08 09:00", "in"),
    ]
    state, _ = replay(history, hours=HELPLINE_HOURS, target=H3)
    assert state.reopened
    assert state.first_response == timedelta(hours=1)
    state, _ = replay([*history, ev("2022-03-08 09:10", "out")], hours=HELPLINE_HOURS, target=H3)
    assert not state.reopened


def test_unknown_event_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown event"):
        replay([ev("2022-03-01 09:00", "x")], hours=HELPLINE_HOURS, target=H3)
