"""The counts of open cases per status and assignee (OpenCaseCount) always equal a count of the
cases themselves, whoever wrote, changed or removed them."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import datetime

import pytest
from django.db import connection, connections
from django.db.models import Sum

from casebook.accounts.models import User
from casebook.cases import actions
from casebook.cases.models import OPEN_STATUSES, Case, Status
from casebook.intake.actions import ingest_bytes
from casebook.lib.working_hours import LONDON
from casebook.triage.models import OpenCaseCount
from tests.intake.conftest import make_mail

Counts = dict[tuple[str, int], tuple[int, int]]


def recount() -> Counts:
    """The same numbers the slow way: every open case, by status and assignee (0: nobody)."""
    cases: Counter[tuple[str, int]] = Counter()
    due: Counter[tuple[str, int]] = Counter()
    for status, assignee, due_at in Case.objects.filter(status__in=OPEN_STATUSES).values_list(
        "status", "assigned_to", "response_due_at"
    ):
        key = (status, assignee or 0)
        cases[key] += 1
        due[key] += due_at is not None
    return {key: (n, due[key]) for key, n in cases.items()}


def kept() -> Counts:
    rows = (
        OpenCaseCount.objects.values_list("status", "assignee")
        .annotate(n=Sum("cases"), d=Sum("with_due"))
        .order_by()
    )
    return {(status, assignee): (n, d) for status, assignee, n, d in rows if n or d}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LONDON)


@pytest.mark.django_db
def test_every_writer_is_counted(enquirer, practitioner, other_practitioner) -> None:
    assert kept() == recount() == {}
    # New cases: the case actions (the web form, a call, a case opened by hand) ...
    web = actions.do_submit_enquiry(
        name="Testy McTestface",
        email="t.mctestface@example-school.invalid",
        subject="Fake account",
        text="Please help.",
    )
    call = actions.do_record_call(actor=practitioner, name="A Caller", enquirer_words="Hello")
    opened = actions.do_open_case(
        enquirer=enquirer,
        channel="email",
        subject="s",
        first_message="m",
        opened_at=at("2022-03-01 10:00"),
    )
    # ... and mail intake's multi-row inserts.
    ingest_bytes(make_mail(), source="t")
    assert kept() == recount()
    assert sum(n for n, _ in kept().values()) == 4
    # Assignment, a status that pauses the clock (no due time), a reply (no due time), closing.
    web.refresh_from_db()
    actions.do_assign_case(
        case=web, actor=practitioner, assignee=other_practitioner, expected_version=web.version
    )
    web.refresh_from_db()
    actions.do_change_status(
        case=web, actor=practitioner, status=Status.AWAITING_ENQUIRER, expected_version=web.version
    )
    opened.refresh_from_db()
    actions.do_record_reply(case=opened, actor=practitioner, text="Answered")
    call.refresh_from_db()
    actions.do_change_status(
        case=call, actor=practitioner, status=Status.CLOSED, expected_version=call.version
    )
    assert kept() == recount()
    # Mail to the case awaiting the enquirer reopens it (intake's bulk update), due again.
    ingest_bytes(
        make_mail(subject=f"Re: [{web.reference}]", message_id="<again@example.invalid>"),
        source="t",
    )
    web.refresh_from_db()
    assert web.status == Status.OPEN and web.response_due_at is not None
    assert kept() == recount()
    # A whole save that changes nothing counted, bulk inserts and a bulk update.
    web.refresh_from_db()
    web.subject = "Renamed"
    web.save()
    Case.objects.bulk_create(
        Case(
            reference=f"CB-2022-{9000 + i}",
            channel="email",
            status=Status.OPEN if i % 2 else Status.CLOSED,
            opened_at=at("2022-03-02 10:00"),
            enquirer=enquirer,
            response_due_at=at("2022-03-02 13:00") if i % 3 else None,
            assigned_to=practitioner if i % 4 else None,
        )
        for i in range(12)
    )
    assert kept() == recount()
    Case.objects.filter(reference__startswith="CB-2022-90").update(
        status=Status.ESCALATED, assigned_to=other_practitioner
    )
    Case.objects.filter(reference__startswith="CB-2022-900").update(response_due_at=None)
    assert kept() == recount()
    # The assignee's account removed: their cases become unassigned.
    User.objects.filter(pk=other_practitioner.pk).delete()
    assert kept() == recount()
    # Deleting cases.
    Case.objects.filter(reference__startswith="CB-2022-901").delete()
    Case.objects.get(pk=opened.pk).delete()
    assert kept() == recount()
    assert sum(n for n, _ in recount().values()) > 0
    assert any(due for _, due in recount().values())


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_concurrent_sessions_add_up(enquirer, practitioner) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("SQLite takes one writer at a time")
    cases = [
        Case.objects.create(
            reference=f"CB-2022-{i:05}",
            channel="email",
            status=Status.OPEN,
            opened_at=at("2022-03-01 09:00"),
            enquirer=enquirer,
            response_due_at=at("2022-03-01 12:00"),
        )
        for i in range(40)
    ]
    errors: list[BaseException] = []

    def work(part: list[Case]) -> None:
        # Opposite moves between the same keys in each session: no waits forever, no deadlock.
        try:
            for n, case in enumerate(part):
                Case.objects.filter(pk=case.pk).update(
                    status=Status.AWAITING_ENQUIRER if n % 2 else Status.ESCALATED,
                    assigned_to=practitioner if n % 3 else None,
                    response_due_at=None if n % 2 else case.response_due_at,
                )
                Case.objects.create(
                    reference=f"{case.reference}-x",
                    channel="email",
                    status=Status.NEW,
                    opened_at=case.opened_at,
                    enquirer_id=case.enquirer_id,
                )
        except BaseException as error:  # reported in the main thread
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work, args=(cases[n::4],)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert kept() == recount()
    assert sum(n for n, _ in kept().values()) == 80
