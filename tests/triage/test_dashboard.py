"""The supervisor dashboard: who may see it, and that its numbers add up."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from casebook.cases import actions
from casebook.cases.models import Case, Status
from casebook.lib.working_hours import LONDON
from casebook.triage.dashboard import dashboard

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("who", "status"),
    [("practitioner", 403), ("analyst", 403), ("supervisor", 200), ("admin_user", 200)],
)
def test_supervisors_and_admins_only(client, request, who, status) -> None:
    client.force_login(request.getfixturevalue(who))
    assert client.get("/supervisor/").status_code == status


def test_numbers(enquirer, practitioner, other_practitioner) -> None:
    now = datetime(2022, 3, 2, 12, 0, tzinfo=LONDON)  # a Wednesday
    fresh = actions.do_open_case(
        enquirer=enquirer,
        channel="email",
        subject="a",
        first_message="m",
        opened_at=now - timedelta(minutes=5),
    )
    old = actions.do_open_case(
        enquirer=enquirer,
        channel="email",
        subject="b",
        first_message="m",
        opened_at=now - timedelta(days=10),
    )
    # The old case's deadline passed an hour ago (as if its clock had been paused).
    Case.objects.filter(pk=old.pk).update(
        assigned_to=practitioner, status=Status.OPEN, response_due_at=now - timedelta(hours=1)
    )
    old.refresh_from_db()
    Case.objects.filter(pk=fresh.pk).update(response_due_at=now + timedelta(minutes=20))
    actions.do_record_reply(case=old, actor=practitioner, text="Late", at=now)
    board = dashboard(now=now + timedelta(seconds=1))
    by_status = {row.status: row for row in board.open_by_status}
    assert by_status["new"].bands[0] == 1 and by_status["new"].total == 1
    assert by_status["open"].bands[3] == 1  # 1-4 weeks old
    assert board.open_total == 2 == sum(board.band_totals)
    assert board.due_within_hour == 1
    assert board.overdue_now == 0
    assert board.breached_today == board.breached_week == 1
    alice = next(w for w in board.workload if w.user == practitioner)
    assert (alice.open_assigned, alice.replies_today, alice.responses_this_week) == (1, 1, 1)
    assert alice.breached_this_week == 1
    assert alice.median_response == "4 h"
    assert board.unassigned_open == 1
    assert board.volume_total == 2
    wednesday = next(cells for day, cells, _ in board.volume if day == "Wednesday")
    assert wednesday[11 - 7] == (1, 5)  # 11:55, the busiest hour: darkest shade


def test_empty_helpline() -> None:
    board = dashboard(now=datetime(2022, 3, 1, 10, tzinfo=LONDON))
    assert board.open_total == 0 and board.volume_total == 0 and board.volume_max == 0


def test_open_cases_counted_by_status_assignee_and_due_time(
    enquirer, practitioner, other_practitioner
) -> None:
    now = datetime(2022, 3, 3, 16, 30, tzinfo=LONDON)  # a Thursday, half an hour before closing
    rows = [
        # status, assignee, due (None: nothing owed)
        (Status.OPEN, practitioner, datetime(2022, 3, 3, 10, 0)),  # late since this morning
        (Status.ESCALATED, other_practitioner, datetime(2022, 2, 28, 12, 0)),  # since Monday
        (Status.NEW, None, datetime(2022, 2, 25, 12, 0)),  # since last week
        (Status.OPEN, practitioner, datetime(2022, 3, 3, 17, 10)),  # within the working hour
        (Status.OPEN, other_practitioner, datetime(2022, 3, 4, 10, 0)),  # tomorrow
        (Status.AWAITING_ENQUIRER, None, None),
        (Status.CLOSED, practitioner, datetime(2022, 3, 3, 10, 0)),  # not open: not counted
    ]
    for i, (status, assignee, due) in enumerate(rows):
        case = actions.do_open_case(
            enquirer=enquirer,
            channel="email",
            subject=f"case {i}",
            first_message="m",
            opened_at=now - timedelta(days=i),
        )
        Case.objects.filter(pk=case.pk).update(
            status=status,
            assigned_to=assignee,
            response_due_at=due.replace(tzinfo=LONDON) if due else None,
        )
    board = dashboard(now=now)
    totals = {row.status: row.total for row in board.open_by_status}
    assert totals == {"new": 1, "open": 3, "awaiting": 1, "escalated": 1}
    assert board.open_total == 6
    assert board.overdue_now == 3
    assert (board.breached_today, board.breached_week) == (1, 2)
    # 16:30 plus a working hour is 09:30 on Friday: 17:10 today falls within it.
    assert board.due_within_hour == 1
    assert board.unassigned_open == 2
    load = {w.user: w.open_assigned for w in board.workload}
    assert (load[practitioner], load[other_practitioner]) == (2, 2)
