"""Due times on cases, kept by the case actions and mail intake as things happen."""

from __future__ import annotations

from datetime import datetime

import pytest
from django.utils import timezone

from casebook.accounts.models import AuditEvent
from casebook.cases import actions
from casebook.cases.models import Case, Channel, Status
from casebook.intake.actions import ingest_bytes
from casebook.intake.bulk import ingest_many
from casebook.lib.working_hours import LONDON
from casebook.triage import service
from casebook.triage.models import Response, ResponseKind
from tests.intake.conftest import make_mail

pytestmark = pytest.mark.django_db


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LONDON)


def open_case(enquirer, when: str, channel: str = Channel.EMAIL) -> Case:
    return actions.do_open_case(
        enquirer=enquirer,
        channel=channel,
        subject="Fake account",
        first_message="Please help.",
        opened_at=at(when),
    )


def test_first_inbound_sets_the_due_time_in_working_hours(enquirer) -> None:
    case = open_case(enquirer, "2022-03-04 16:00")  # a Friday
    case.refresh_from_db()
    assert case.response_waiting_since == at("2022-03-04 16:00")
    assert case.response_due_at == at("2022-03-07 11:00")
    assert case.last_inbound_at == case.last_activity_at == at("2022-03-04 16:00")


def test_friday_1659_before_a_bank_holiday_monday(enquirer) -> None:
    case = open_case(enquirer, "2022-08-26 16:59")
    assert case.response_due_at == at("2022-08-30 11:59")


def test_a_phone_reply_meets_the_target_and_is_recorded(enquirer, practitioner) -> None:
    case = open_case(enquirer, "2022-03-01 10:00")
    actions.do_record_reply(
        case=case, actor=practitioner, text="Called back.", at=at("2022-03-01 12:30")
    )
    case.refresh_from_db()
    assert case.response_due_at is None and case.response_waiting_since is None
    assert case.first_response_seconds == 150 * 60
    response = Response.objects.get(case=case)
    assert (response.kind, response.met, response.working_seconds) == (
        ResponseKind.FIRST,
        True,
        150 * 60,
    )
    assert response.responder == practitioner
    event = AuditEvent.objects.get(case=case, action="response.met")
    assert event.detail["how"] == "phone"


def test_a_late_reply_is_breached_in_working_time(enquirer, practitioner) -> None:
    case = open_case(enquirer, "2022-03-04 15:00")  # Friday 15:00, due Monday 10:00
    actions.do_record_reply(case=case, actor=practitioner, text="Sorry.", at=at("2022-03-07 10:30"))
    response = Response.objects.get(case=case)
    assert not response.met
    assert response.working_seconds == 3 * 3600 + 30 * 60  # 2 h Friday, 1 h 30 Monday
    assert AuditEvent.objects.filter(case=case, action="response.breached").exists()


def test_next_response_due_after_each_new_inbound(enquirer, practitioner) -> None:
    case = open_case(enquirer, "2022-03-01 10:00")
    actions.do_record_reply(case=case, actor=practitioner, text="Hi", at=at("2022-03-01 11:00"))
    actions.do_record_call(
        actor=practitioner, case=case, enquirer_words="Me again", at=at("2022-03-01 16:00")
    )
    case.refresh_from_db()
    assert case.response_due_at == at("2022-03-02 11:00")
    # A second message while waiting does not move the due time.
    actions.do_record_call(
        actor=practitioner, case=case, enquirer_words="And again", at=at("2022-03-02 09:30")
    )
    case.refresh_from_db()
    assert case.response_due_at == at("2022-03-02 11:00")
    actions.do_record_reply(case=case, actor=practitioner, text="Ok", at=at("2022-03-02 10:00"))
    kinds = list(Response.objects.filter(case=case).order_by("id").values_list("kind", "met"))
    assert kinds == [(ResponseKind.FIRST, True), (ResponseKind.NEXT, True)]
    case.refresh_from_db()
    assert case.first_response_seconds == 3600  # the first response, not the latest


def test_awaiting_the_enquirer_pauses_the_clock_and_closing_stops_it(enquirer, practitioner):
    now = timezone.now()
    case = actions.do_open_case(
        enquirer=enquirer, channel="email", subject="s", first_message="m", opened_at=now
    )
    assert case.response_due_at is not None
    actions.do_change_status(
        case=case,
        actor=practitioner,
        status=Status.AWAITING_ENQUIRER,
        expected_version=case.version,
    )
    case.refresh_from_db()
    assert case.response_due_at is None
    assert case.response_paused_seconds is not None
    assert 0 < case.response_paused_seconds <= 3 * 3600
    actions.do_change_status(
        case=case, actor=practitioner, status=Status.OPEN, expected_version=case.version
    )
    case.refresh_from_db()
    assert case.response_due_at is not None and case.response_paused_seconds is None
    actions.do_change_status(
        case=case, actor=practitioner, status=Status.CLOSED, expected_version=case.version
    )
    case.refresh_from_db()
    assert case.response_due_at is None and case.response_waiting_since is None
    assert not Response.objects.filter(case=case).exists()  # closing is no verdict


def test_mail_to_a_closed_case_reopens_it_to_the_top(practitioner) -> None:
    ingest_bytes(make_mail(message_id="<a@x.invalid>"), source="t")
    case = Case.objects.get()
    assert case.response_due_at is not None
    actions.do_record_reply(case=case, actor=practitioner, text="Done")
    actions.do_change_status(
        case=case, actor=practitioner, status=Status.CLOSED, expected_version=case.version
    )
    follow_up = make_mail(
        message_id="<b@x.invalid>",
        subject=f"Re: Fake account [{case.reference}]",
        extra=("In-Reply-To: <a@x.invalid>",),
    )
    ingest_bytes(follow_up, source="t")
    case.refresh_from_db()
    assert case.status == Status.OPEN
    assert case.reopened
    assert case.response_due_at is not None
    actions.do_record_reply(case=case, actor=practitioner, text="Reply")
    case.refresh_from_db()
    assert not case.reopened


def test_automatic_mail_owes_no_reply(practitioner) -> None:
    ingest_bytes(make_mail(message_id="<a@x.invalid>"), source="t")
    case = Case.objects.get()
    actions.do_record_reply(case=case, actor=practitioner, text="Hello")
    auto = make_mail(
        message_id="<auto@x.invalid>",
        subject="Out of office",
        extra=("In-Reply-To: <a@x.invalid>", "Auto-Submitted: auto-replied"),
    )
    ingest_bytes(auto, source="t")
    case.refresh_from_db()
    assert case.response_due_at is None


def test_bulk_import_sets_the_same_due_times() -> None:
    mails = [
        make_mail(message_id="<a@x.invalid>"),
        make_mail(message_id="<b@x.invalid>", extra=("In-Reply-To: <a@x.invalid>",)),
    ]
    ingest_many(((f"m{i}", m) for i, m in enumerate(mails)), parallel=False)
    case = Case.objects.get()
    # Tuesday 5 April 2022 10:15 BST: due 13:15 the same day.
    assert case.response_due_at == at("2022-04-05 13:15")
    assert case.last_inbound_at == at("2022-04-05 10:15")


def test_unseen_marker_per_assignee(enquirer, practitioner, other_practitioner) -> None:
    case = open_case(enquirer, "2022-03-01 10:00")
    assert not service.has_unseen(case)  # nobody assigned
    actions.do_assign_case(
        case=case, actor=practitioner, assignee=other_practitioner, expected_version=case.version
    )
    assert service.has_unseen(case)
    assert not service.note_seen(case=case, user=practitioner)  # not the assignee
    assert service.note_seen(case=case, user=other_practitioner)
    case.refresh_from_db()
    assert not service.has_unseen(case)
    assert Case.objects.filter(service.unseen_q()).count() == 0
    actions.do_record_call(actor=practitioner, case=case, enquirer_words="More", at=timezone.now())
    case.refresh_from_db()
    assert service.has_unseen(case)
    assert Case.objects.filter(service.unseen_q()).count() == 1


def test_a_cancelled_email_reply_takes_its_response_back(enquirer, practitioner) -> None:
    from casebook.cases import reply_actions

    case = open_case(enquirer, "2022-03-01 10:00")
    due = case.response_due_at
    reply = reply_actions.do_queue_email_reply(case=case, actor=practitioner, text="Hello")
    case.refresh_from_db()
    assert case.response_due_at is None
    assert Response.objects.filter(case=case).count() == 1
    reply_actions.do_cancel_queued_email(message=reply, actor=practitioner)
    case.refresh_from_db()
    assert case.response_due_at == due
    assert case.response_waiting_since == at("2022-03-01 10:00")
    assert case.first_response_seconds is None
    assert not Response.objects.filter(case=case).exists()


def test_recompute_rebuilds_clocks_from_the_dialogue(enquirer, practitioner) -> None:
    from django.core.management import call_command

    waiting = open_case(enquirer, "2022-03-04 16:00")
    answered = open_case(enquirer, "2022-03-01 10:00")
    actions.do_record_reply(case=answered, actor=practitioner, text="r", at=at("2022-03-01 10:30"))
    expected = {
        c.pk: (c.response_due_at, c.first_response_seconds)
        for c in Case.objects.filter(pk__in=[waiting.pk, answered.pk])
    }
    Case.objects.update(
        response_due_at=None, response_waiting_since=None, first_response_seconds=None
    )
    call_command("recompute_due_times")
    call_command("recompute_due_times")  # twice: the same
    got = {
        c.pk: (c.response_due_at, c.first_response_seconds)
        for c in Case.objects.filter(pk__in=[waiting.pk, answered.pk])
    }
    assert got == expected
    assert got[waiting.pk][0] == at("2022-03-07 11:00")
    assert got[answered.pk][1] == 30 * 60
