"""Queueing an email reply, its cancel window, and the worker's side of that window."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from casebook.accounts.models import AuditEvent
from casebook.cases import actions, reply_actions
from casebook.cases.models import Case, Direction, Enquirer, Message, SendState, Status
from casebook.intake import outbound

pytestmark = pytest.mark.django_db


def test_queued_reply_carries_everything_the_worker_needs(case, practitioner, settings):
    settings.REPLY_CANCEL_SECONDS = 60
    Message.objects.filter(case=case).update(message_id="<first@example-school.invalid>")
    before = timezone.now()
    reply = reply_actions.do_queue_email_reply(case=case, actor=practitioner, text="We can help.")
    reply.refresh_from_db()
    assert reply.direction == Direction.OUTBOUND and reply.send_state == SendState.QUEUED
    assert reply.to_email == case.enquirer.email
    assert reply.message_id and reply.message_id.endswith("@casebook.invalid>")
    assert reply.in_reply_to == "<first@example-school.invalid>"
    assert reply.references == "<first@example-school.invalid>"
    assert case.reference in reply.subject
    assert reply.next_attempt_at is not None
    assert reply.next_attempt_at >= before + timedelta(seconds=60)
    case.refresh_from_db()
    assert case.first_response_at == reply.at and case.status == Status.OPEN
    assert AuditEvent.objects.filter(case=case, action="email.queued").exists()


def test_worker_leaves_a_reply_alone_during_its_cancel_window(case, practitioner, settings):
    settings.REPLY_CANCEL_SECONDS = 60
    reply = reply_actions.do_queue_email_reply(case=case, actor=practitioner, text="Wait")
    assert outbound.send_one(reply.pk) is None  # not due: still cancellable
    assert str(outbound.send_due()) == "0 sent, 0 failed (will retry), 0 gave up"
    reply.refresh_from_db()
    assert reply.send_attempts == 0 and reply.send_state == SendState.QUEUED


def test_cancel_within_the_window_stops_the_send_and_the_first_response(
    case, practitioner, settings, mailoutbox
):
    settings.REPLY_CANCEL_SECONDS = 60
    reply = reply_actions.do_queue_email_reply(case=case, actor=practitioner, text="Oops")
    reply_actions.do_cancel_queued_email(message=reply, actor=practitioner)
    reply.refresh_from_db()
    assert reply.send_state == SendState.CANCELLED and reply.next_attempt_at is None
    case.refresh_from_db()
    assert case.first_response_at is None  # a cancelled reply is no response
    # Past the window the worker still sends nothing.
    Message.objects.filter(pk=reply.pk).update(next_attempt_at=timezone.now())
    assert outbound.send_one(reply.pk) is None
    assert mailoutbox == []
    event = AuditEvent.objects.get(case=case, action="email.cancelled")
    assert event.actor == practitioner and event.detail == {"message": reply.pk}


def test_cancel_keeps_an_earlier_real_response(case, practitioner, settings):
    settings.REPLY_CANCEL_SECONDS = 60
    phone = actions.do_record_reply(case=case, actor=practitioner, text="Said on the phone")
    reply = reply_actions.do_queue_email_reply(case=case, actor=practitioner, text="Oops")
    reply_actions.do_cancel_queued_email(message=reply, actor=practitioner)
    case.refresh_from_db()
    assert case.first_response_at == phone.at


def test_cancel_loses_to_a_worker_that_has_taken_the_message(
    case, practitioner, settings, mailoutbox
):
    settings.REPLY_CANCEL_SECONDS = 0
    reply = reply_actions.do_queue_email_reply(case=case, actor=practitioner, text="Gone")
    assert outbound.send_one(reply.pk) == SendState.SENT
    with pytest.raises(reply_actions.TooLateToCancel):
        reply_actions.do_cancel_queued_email(message=reply, actor=practitioner)
    reply.refresh_from_db()
    assert reply.send_state == SendState.SENT
    assert len(mailoutbox) == 1
    assert not AuditEvent.objects.filter(action="email.cancelled").exists()


def test_a_claimed_message_cannot_be_cancelled_mid_send(case, practitioner, settings):
    settings.REPLY_CANCEL_SECONDS = 0
    reply = reply_actions.do_queue_email_reply(case=case, actor=practitioner, text="x")
    # The worker's claim: a lease and one attempt counted, before it talks to SMTP.
    Message.objects.filter(pk=reply.pk).update(send_attempts=1)
    with pytest.raises(reply_actions.TooLateToCancel):
        reply_actions.do_cancel_queued_email(message=reply, actor=practitioner)


def test_recipient_is_fixed_when_queued(case, practitioner, settings, mailoutbox):
    settings.REPLY_CANCEL_SECONDS = 0
    reply = reply_actions.do_queue_email_reply(case=case, actor=practitioner, text="x")
    Enquirer.objects.filter(pk=case.enquirer_id).update(email="someone.else@example.invalid")
    assert outbound.send_one(reply.pk) == SendState.SENT
    assert mailoutbox[0].to == ["t.mctestface@example-school.invalid"]


def test_no_address_records_nothing(practitioner):
    enquirer = Enquirer.objects.create(name="Phone Only", phone="07700 900123")
    case = actions.do_open_case(
        enquirer=enquirer, channel="phone", subject="call", first_message="x"
    )
    with pytest.raises(reply_actions.NoEmailAddress):
        reply_actions.do_queue_email_reply(case=case, actor=practitioner, text="x")
    assert not Message.objects.filter(case=case, direction=Direction.OUTBOUND).exists()
    assert Case.objects.get(pk=case.pk).first_response_at is None


def test_acknowledgement_goes_at_once_and_is_no_response(case, settings):
    settings.REPLY_CANCEL_SECONDS = 600
    ack = outbound.queue_acknowledgement(case=case)
    assert ack.next_attempt_at is not None and ack.next_attempt_at <= timezone.now()
    case.refresh_from_db()
    assert case.first_response_at is None
