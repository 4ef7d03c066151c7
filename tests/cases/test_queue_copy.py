"""The queue's per-process copy (casebook.cases.queue_copy), on PostgreSQL: a committed change to
any table the queue's statement reads shows on the next queue request once PostgreSQL has
delivered its notification; a lost listening connection turns the copy off; users never share
a copy; the copy is bounded.

Each change test first checks that the page came from the copy (a hit): the change can only
show because the copy was dropped, which only a notification does (a table without its
trigger fails the test)."""

from __future__ import annotations

import re
import select
from collections.abc import Iterator
from datetime import timedelta

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from casebook.accounts.models import User
from casebook.cases import actions
from casebook.cases.models import (
    Case,
    CaseCategory,
    Category,
    Enquirer,
    Message,
    Platform,
    Provenance,
)
from casebook.cases.queries import (
    QueueFilters,
    QueuePage,
    QueueRow,
    _Shape,
    _statement,
    queue_page,
)
from casebook.cases.queue_copy import QueueCopy, queue_copy
from casebook.classify.models import FlagKind, FlagState, RiskFlag
from casebook.intake.models import HeldMessage
from casebook.partners.models import Escalation, ItemKind, Outcome, RouteKind

pytestmark = [pytest.mark.postgres_only, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _postgres() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: the copy is off on SQLite")


@pytest.fixture
def copy() -> Iterator[QueueCopy]:
    queue_copy.close()
    queue_copy.enabled = True
    yield queue_copy
    queue_copy.enabled = False
    queue_copy.close()


def delivered(copy: QueueCopy, timeout: float = 3.0) -> None:
    """Wait until something (a notification) has reached the listening connection, at most
    `timeout` seconds: the copy's guarantee holds once PostgreSQL has delivered it."""
    assert copy.listening
    select.select([copy._listener.pgconn.socket], [], [], timeout)


def page(user: User) -> QueuePage:
    return queue_page(user=user, filters=QueueFilters())


def from_the_copy(copy: QueueCopy, user: User) -> None:
    """Read the queue twice: the second time must come from the copy."""
    page(user)
    hits = copy.hits
    page(user)
    assert copy.hits == hits + 1, "the second page was not served from the copy"


@pytest.fixture
def case(enquirer: Enquirer, practitioner: User) -> Case:
    return actions.do_open_case(
        enquirer=enquirer, channel="email", subject="Invented subject", first_message="x"
    )


def row(user: User, case: Case) -> QueueRow:
    found = [r for r in page(user).rows if r.case.pk == case.pk]
    assert found, "the case is not on the queue's first page"
    return found[0]


def test_every_table_the_statement_reads_has_the_trigger() -> None:
    shape = _Shape(status="active", unassigned=False, order="due", values=())
    sql, _ = _statement(shape, 51)
    read = set(re.findall(r'(?:FROM|JOIN)\s+"(\w+)"', sql))
    assert {"cases_case", "cases_enquirer", "classify_riskflag"} <= read  # the pattern works
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE t.tgname LIKE '%%_queue_changed' AND NOT t.tgisinternal"
        )
        triggered = {name for (name,) in cursor.fetchall()}
    assert read <= triggered, read - triggered


def test_a_new_case_shows(copy, practitioner, enquirer, case):
    from_the_copy(copy, practitioner)
    new = actions.do_open_case(
        enquirer=enquirer, channel="email", subject="Another invented one", first_message="y"
    )
    delivered(copy)
    assert row(practitioner, new).case.pk == new.pk


def test_a_status_change_shows(copy, practitioner, case):
    from_the_copy(copy, practitioner)
    Case.objects.filter(pk=case.pk).update(status="awaiting")  # no signals: the trigger alone
    delivered(copy)
    assert row(practitioner, case).case.status == "awaiting"


def test_an_assignment_and_a_users_name_show(copy, practitioner, other_practitioner, case):
    from_the_copy(copy, practitioner)
    Case.objects.filter(pk=case.pk).update(assigned_to=other_practitioner)
    delivered(copy)
    assert row(practitioner, case).case.assignee == "Bob"
    from_the_copy(copy, practitioner)
    User.objects.filter(pk=other_practitioner.pk).update(first_name="Roberta")
    delivered(copy)
    assert row(practitioner, case).case.assignee == "Roberta"


def test_an_enquirers_name_shows(copy, practitioner, enquirer, case):
    Case.objects.filter(pk=case.pk).update(contact_name="", contact_email="")
    from_the_copy(copy, practitioner)
    Enquirer.objects.filter(pk=enquirer.pk).update(name="Invented Renamed")
    delivered(copy)
    assert row(practitioner, case).case.enquirer == "Invented Renamed"


def test_a_tag_added_and_removed_shows(copy, practitioner, case):
    category = Category.objects.create(name="Invented tag", position=1)
    from_the_copy(copy, practitioner)
    CaseCategory.objects.create(
        case=case, category=category, provenance=Provenance.PRACTITIONER, added_at=timezone.now()
    )
    delivered(copy)
    assert [t.name for t in row(practitioner, case).tags] == ["Invented tag"]
    from_the_copy(copy, practitioner)
    CaseCategory.objects.filter(case=case).delete()
    delivered(copy)
    assert list(row(practitioner, case).tags) == []


def test_a_renamed_category_shows(copy, practitioner, case):
    category = Category.objects.create(name="Invented tag", position=1)
    CaseCategory.objects.create(
        case=case, category=category, provenance=Provenance.PRACTITIONER, added_at=timezone.now()
    )
    from_the_copy(copy, practitioner)
    Category.objects.filter(pk=category.pk).update(name="Invented renamed tag")
    delivered(copy)
    assert [t.name for t in row(practitioner, case).tags] == ["Invented renamed tag"]


def flag(case: Case, kind: str) -> None:
    RiskFlag.objects.create(
        case=case,
        kind=kind,
        state=FlagState.RAISED,
        score=1.0,
        source="rule:invented",
        raised_at=timezone.now(),
    )


def test_a_risk_flag_shows(copy, practitioner, case):
    flag(case, FlagKind.SELF_HARM)
    Case.objects.filter(pk=case.pk).update(has_open_risk_flag=True)
    from_the_copy(copy, practitioner)
    before = row(practitioner, case).risks
    flag(case, FlagKind.SEXTORTION)
    delivered(copy)
    after = row(practitioner, case).risks
    assert len(after) == len(before) + 1


def test_a_held_message_shows(copy, practitioner, case):
    from_the_copy(copy, practitioner)
    before = page(practitioner).held
    assert before is not None and before.count == 0
    message = Message.objects.filter(case=case).get()
    HeldMessage.objects.create(message=message, reason="invented")
    delivered(copy)
    held = page(practitioner).held
    assert held is not None and held.count == 1 and case.pk in held.case_ids


def test_a_held_message_moved_to_another_case_shows(copy, practitioner, enquirer, case):
    other = actions.do_open_case(
        enquirer=enquirer, channel="email", subject="Another invented one", first_message="y"
    )
    message = Message.objects.filter(case=case).get()
    HeldMessage.objects.create(message=message, reason="invented")
    from_the_copy(copy, practitioner)
    Message.objects.filter(pk=message.pk).update(case=other)  # the messages' table alone
    delivered(copy)
    held = page(practitioner).held
    assert held is not None and held.case_ids == {other.pk}


def test_a_follow_up_falling_due_shows(copy, practitioner, case):
    platform = Platform.objects.first() or Platform.objects.create(name="Invented platform")
    from_the_copy(copy, practitioner)
    Escalation.objects.create(
        case=case,
        platform=platform,
        kind=ItemKind.values[0],
        item="https://invented.example/post/1",
        route=RouteKind.values[0],
        escalated_at=timezone.now() - timedelta(days=10),
        follow_up_due_at=timezone.now() - timedelta(days=1),
        outcome=Outcome.PENDING,
    )
    delivered(copy)
    assert row(practitioner, case).follow_up_due
    assert page(practitioner).overdue_follow_ups == 1


def test_a_change_through_the_queue_page_shows_on_the_next_request(
    copy, client, practitioner, case
):
    client.force_login(practitioner)
    url = reverse("case-queue")
    assert client.get(url).status_code == 200
    hits = copy.hits
    assert "Invented subject" in client.get(url).content.decode()
    assert copy.hits == hits + 1
    Case.objects.filter(pk=case.pk).update(subject="Invented subject, edited")
    delivered(copy)
    assert "Invented subject, edited" in client.get(url).content.decode()


def test_two_users_never_share_a_copy(copy, practitioner, other_practitioner, case):
    Case.objects.filter(pk=case.pk).update(assigned_to=practitioner)
    mine = QueueFilters(assignee="me")
    for user in (practitioner, other_practitioner, practitioner, other_practitioner):
        listed = queue_page(user=user, filters=mine).rows
        assert [r.case.pk for r in listed] == ([case.pk] if user == practitioner else [])
    assert len(copy) == 2


def test_a_lost_listening_connection_turns_the_copy_off(copy, practitioner, case):
    from_the_copy(copy, practitioner)
    pid = copy._listener.pgconn.backend_pid
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
    delivered(copy)  # the server's goodbye
    # A change no notification tells the copy of: the connection that would hear it is gone.
    Case.objects.filter(pk=case.pk).update(status="escalated")
    hits = copy.hits
    assert row(practitioner, case).case.status == "escalated"
    assert copy.hits == hits and len(copy) == 0
    # The next request listens again, from an empty copy.
    from_the_copy(copy, practitioner)
    assert copy.listening and copy._listener.pgconn.backend_pid != pid


def test_no_listening_connection_no_copy(practitioner, case):
    def refuse() -> object:
        raise OSError("invented failure")

    own = QueueCopy(connect=refuse)
    own.enabled = True
    reads = []
    for _ in range(3):
        own.get("key", lambda: reads.append(1))
    assert len(reads) == 3 and len(own) == 0 and own.hits == 0


def test_the_copy_is_bounded(copy, practitioner, case):
    copy.size = 5
    try:
        for number in range(1, 9):
            queue_page(user=practitioner, filters=QueueFilters(), page=number)
        assert len(copy) == 5
        # The most recently used are kept: page 8 comes from the copy, page 1 does not.
        hits = copy.hits
        queue_page(user=practitioner, filters=QueueFilters(), page=8)
        assert copy.hits == hits + 1
        queue_page(user=practitioner, filters=QueueFilters(), page=1)
        assert copy.hits == hits + 1
    finally:
        copy.size = 256


def test_off_unless_enabled(practitioner, case):
    assert not queue_copy.enabled  # tests, commands and the report worker: no copy
    page(practitioner)
    page(practitioner)
    assert len(queue_copy) == 0 and not queue_copy.listening
