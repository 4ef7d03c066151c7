"""The queue follows the response target: due order, countdowns, filters, markers; and its
search finds a case by reference, name, phone or email whatever the status filter."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from casebook.cases import actions
from casebook.cases.models import Case, Enquirer, Status
from casebook.cases.queries import countdown
from casebook.lib.working_hours import LONDON
from casebook.triage.calendar import current_calendar


def refs(response) -> list[str]:
    return [c.reference for c in response.context["page"].cases]


@pytest.fixture
def get(client, practitioner):
    client.force_login(practitioner)

    def fetch(**params):
        if "q" in params:
            response = client.post(reverse("case-queue"), params, follow=True)
        else:
            response = client.get(reverse("case-queue"), params)
        assert response.status_code == 200
        return response

    return fetch


def _open(enquirer, subject: str, *, hours_ago: float) -> Case:
    return actions.do_open_case(
        enquirer=enquirer,
        channel="email",
        subject=subject,
        first_message="text",
        opened_at=timezone.now() - timedelta(hours=hours_ago),
    )


@pytest.fixture
def people(db):
    return (
        Enquirer.objects.create(
            name="Harriet Quill", email="h.quill@vale.example.org", phone="0113 496 0471"
        ),
        Enquirer.objects.create(name="Oswin Pike", email="o.pike@police.example.org"),
    )


def test_search_finds_closed_cases_by_name_phone_email_and_partial_reference(
    get, people, practitioner
):
    harriet, oswin = people
    closed = _open(harriet, "Old matter", hours_ago=400)
    Case.objects.filter(pk=closed.pk).update(status=Status.CLOSED)
    other = _open(oswin, "Group chat threats", hours_ago=1)
    for query in (
        "Harriet",
        "quill",
        "01134960471",
        "0113 496 0471",
        "+44 113 496 0471",
        "H.Quill@vale.example.org",
        closed.reference[3:],  # "2026-00001": a partial reference
    ):
        assert refs(get(q=query)) == [closed.reference], query
        assert refs(get(q=query, status="awaiting")) == [closed.reference], query
    assert refs(get(q="Pike")) == [other.reference]


def test_a_handle_in_a_subject_is_found(get, people):
    case = _open(people[0], "Account @vale_dephead_real posting edited photos", hours_ago=2)
    assert refs(get(q="@vale_dephead_real")) == [case.reference]


def test_a_search_too_long_says_so_instead_of_showing_everything(get, people):
    _open(people[0], "Something", hours_ago=1)
    response = get(q="x" * 300)
    page = response.content.decode()
    assert "Nothing was searched" in page
    assert "at most 254" in page


def test_reopened_cases_come_first_then_due_order(get, people, practitioner):
    harriet, oswin = people
    older = _open(harriet, "Due first", hours_ago=2)
    newer = _open(oswin, "Due later", hours_ago=1)
    Case.objects.filter(pk=newer.pk).update(reopened=True)
    assert refs(get()) == [newer.reference, older.reference]
    page = get().content.decode()
    assert "Reopened" in page


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2024, 6, 12, 11, 0, tzinfo=LONDON),  # a Wednesday morning: open
        datetime(2024, 6, 14, 16, 50, tzinfo=LONDON),  # Friday, the hour runs into Monday
        datetime(2024, 6, 15, 3, 0, tzinfo=LONDON),  # a Saturday night: closed
    ],
    ids=["open", "friday-closing", "closed"],
)
def test_filters_unassigned_practitioner_due_within_hour_and_breached(
    get, people, practitioner, other_practitioner, time_machine, moment
):
    # An hour of working time from any moment reaches at least an hour of calendar time
    # ahead, so a case due in 20 minutes is "within the hour" open or closed.
    time_machine.move_to(moment, tick=False)
    harriet, oswin = people
    now = timezone.now()
    breached = _open(harriet, "Late", hours_ago=1)
    soon = _open(oswin, "Soon", hours_ago=1)
    later = _open(oswin, "Later", hours_ago=0)
    Case.objects.filter(pk=breached.pk).update(response_due_at=now - timedelta(minutes=70))
    Case.objects.filter(pk=soon.pk).update(
        response_due_at=now + timedelta(minutes=20), assigned_to=other_practitioner
    )
    Case.objects.filter(pk=later.pk).update(response_due_at=now + timedelta(days=10))
    assert refs(get(due="breached")) == [breached.reference]
    assert refs(get(due="hour")) == [soon.reference]
    assert refs(get(assigned="none")) == [breached.reference, later.reference]
    assert refs(get(assigned=str(other_practitioner.pk))) == [soon.reference]
    page = get().content.decode()
    assert "overdue" in page


def test_countdown_in_working_time(db) -> None:
    calendar = current_calendar()
    friday = datetime(2022, 3, 4, 16, 0, tzinfo=LONDON)
    clock = calendar.hours.clock(friday)  # one clock for every row of a page
    case = Case(status=Status.OPEN, response_due_at=datetime(2022, 3, 7, 9, 40, tzinfo=LONDON))
    assert countdown(case, clock=clock) == ("due in 1 h 40", "")
    case.response_due_at = datetime(2022, 3, 4, 16, 20, tzinfo=LONDON)
    assert countdown(case, clock=clock) == ("due in 20 min", "soon")
    case.response_due_at = datetime(2022, 3, 4, 14, 50, tzinfo=LONDON)
    assert countdown(case, clock=clock) == ("overdue 1 h 10", "overdue")
    case.response_due_at = None
    case.status, case.response_paused_seconds = Status.AWAITING_ENQUIRER, 600
    assert countdown(case, clock=clock) == ("paused", "paused")
    case.status, case.response_paused_seconds = Status.OPEN, None
    assert countdown(case, clock=clock) == ("", "")
    # Beyond a week either way: calendar time, counted to the clock's moment.
    case.response_due_at = datetime(2022, 2, 18, 16, 0, tzinfo=LONDON)
    assert countdown(case, clock=clock) == ("overdue 2 wk", "overdue")
    case.response_due_at = datetime(2022, 3, 14, 16, 0, tzinfo=LONDON)
    assert countdown(case, clock=clock) == ("due later", "")


def test_unseen_marker_until_the_assignee_opens_the_case(
    client, people, practitioner, other_practitioner
):
    case = _open(people[0], "New message", hours_ago=1)
    actions.do_assign_case(
        case=case, actor=other_practitioner, assignee=practitioner, expected_version=case.version
    )
    client.force_login(practitioner)
    assert "New message</span>" in client.get(reverse("case-queue")).content.decode()
    client.get(reverse("case-detail", args=[case.reference]))
    assert "New message</span>" not in client.get(reverse("case-queue")).content.decode()


def test_keyboard_script_is_a_static_file_and_there_is_a_skip_link(get, people):
    _open(people[0], "Anything", hours_ago=1)
    page = get().content.decode()
    assert 'href="#queue-results"' in page
    assert "cases/queue.js" in page
    assert "<script>" not in page and " onclick=" not in page
