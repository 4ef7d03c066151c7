"""Replies by SMTP to a real server: headers, threading back, retries, never twice."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from casebook.cases.models import Enquirer, Message, SendState
from casebook.cases.reply_actions import NoEmailAddress
from casebook.cases.reply_actions import do_queue_email_reply as do_send_reply
from casebook.intake.actions import Outcome, ingest_bytes
from casebook.intake.outbound import backoff, send_due, send_one

from .conftest import make_mail
from .smtp import free_port

pytestmark = [pytest.mark.django_db, pytest.mark.mail]


@pytest.fixture(autouse=True)
def _no_cancel_window(settings):
    # These tests are about sending; the cancel window has its own tests.
    settings.REPLY_CANCEL_SECONDS = 0


def _inbound_case(raw: bytes | None = None):
    result = ingest_bytes(raw or make_mail(message_id="<first@example-school.invalid>"), source="t")
    from casebook.cases.models import Case

    return Case.objects.get(reference=result.case_reference)


def test_reply_goes_out_with_reference_and_threading_headers(smtp_server, practitioner):
    case = _inbound_case()
    reply = do_send_reply(case=case, actor=practitioner, text="Thank you, we will report it.")
    assert reply.send_state == SendState.QUEUED and reply.message_id
    assert str(send_due()) == "1 sent, 0 failed (will retry), 0 gave up"

    [sent] = smtp_server.messages
    assert case.reference in sent["Subject"]
    assert sent["To"] == "t.mctestface@example-school.invalid"
    assert sent["Message-ID"] == reply.message_id
    assert sent["In-Reply-To"] == "<first@example-school.invalid>"
    assert sent["References"] == "<first@example-school.invalid>"
    assert "Auto-Submitted" not in sent
    assert sent.get_content().strip() == "Thank you, we will report it."
    reply.refresh_from_db()
    assert reply.send_state == SendState.SENT and reply.send_attempts == 1
    case.refresh_from_db()
    assert case.first_response_at is not None

    # The enquirer's answer threads back by In-Reply-To, whatever its subject.
    answer = make_mail(
        subject="thanks",
        message_id="<answer@example-school.invalid>",
        extra=(
            f"In-Reply-To: {reply.message_id}",
            f"References: {sent['References']} {reply.message_id}",
        ),
    )
    result = ingest_bytes(answer, source="t")
    assert result.outcome == Outcome.ADDED and result.case_reference == case.reference

    # A second reply answers the latest inbound message and carries the chain.
    second = do_send_reply(case=case, actor=practitioner, text="Done.")
    assert second.in_reply_to == "<answer@example-school.invalid>"
    assert second.references.split()[-1] == "<answer@example-school.invalid>"
    assert reply.message_id in second.references


def test_a_message_is_claimed_once_and_never_sent_twice(smtp_server, practitioner):
    case = _inbound_case()
    reply = do_send_reply(case=case, actor=practitioner, text="Once only")
    assert send_one(reply.pk) == SendState.SENT
    assert send_one(reply.pk) is None
    send_due()
    assert len(smtp_server.messages) == 1


def test_claimed_message_is_invisible_to_a_second_worker(smtp_server, practitioner):
    case = _inbound_case()
    reply = do_send_reply(case=case, actor=practitioner, text="x")
    # A worker claimed it (lease) and is still sending: another round must not touch it.
    Message.objects.filter(pk=reply.pk).update(
        next_attempt_at=timezone.now() + timedelta(minutes=5)
    )
    assert str(send_due()) == "0 sent, 0 failed (will retry), 0 gave up"
    assert smtp_server.messages == []


def test_failures_are_retried_with_backoff_and_visible(settings, practitioner):
    case = _inbound_case()
    reply = do_send_reply(case=case, actor=practitioner, text="Retry me")
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 2
    assert send_one(reply.pk) == SendState.FAILED
    reply.refresh_from_db()
    assert reply.send_state == SendState.FAILED
    assert "Connection refused" in reply.send_error or "Error" in reply.send_error
    assert reply.next_attempt_at is not None and reply.next_attempt_at > timezone.now()
    assert send_one(reply.pk) is None  # not due yet
    assert [backoff(n) for n in (1, 2, 3)] == [timedelta(minutes=m) for m in (1, 2, 4)]
    assert backoff(30) == timedelta(hours=6)


def test_failed_message_is_sent_when_the_server_is_back(smtp_server, settings, practitioner):
    case = _inbound_case()
    reply = do_send_reply(case=case, actor=practitioner, text="Eventually")
    good_port = settings.EMAIL_PORT
    settings.EMAIL_PORT = free_port()
    assert send_one(reply.pk) == SendState.FAILED
    settings.EMAIL_PORT = good_port
    Message.objects.filter(pk=reply.pk).update(next_attempt_at=timezone.now())
    assert send_one(reply.pk) == SendState.SENT
    reply.refresh_from_db()
    assert reply.send_attempts == 2 and reply.send_error == ""
    assert len(smtp_server.messages) == 1


def test_permanent_refusal_gives_up_at_once(smtp_server, practitioner):
    case = _inbound_case()
    smtp_server.refuse.add(case.enquirer.email)
    reply = do_send_reply(case=case, actor=practitioner, text="x")
    assert send_one(reply.pk) == SendState.GAVE_UP
    reply.refresh_from_db()
    assert "550" in reply.send_error and reply.next_attempt_at is None


def test_gives_up_after_max_attempts(settings, practitioner, monkeypatch):
    monkeypatch.setenv("SMTP_MAX_ATTEMPTS", "2")
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 2
    case = _inbound_case()
    reply = do_send_reply(case=case, actor=practitioner, text="x")
    assert send_one(reply.pk) == SendState.FAILED
    Message.objects.filter(pk=reply.pk).update(next_attempt_at=timezone.now())
    assert send_one(reply.pk) == SendState.GAVE_UP


def test_reply_needs_an_email_address(practitioner):
    enquirer = Enquirer.objects.create(name="Phone Only", phone="07700 900123")
    from casebook.cases.actions import do_open_case

    case = do_open_case(enquirer=enquirer, channel="phone", subject="call", first_message="x")
    with pytest.raises(NoEmailAddress):
        do_send_reply(case=case, actor=practitioner, text="x")
    assert not case.messages.filter(direction="out").exists()


def test_acknowledgement_to_new_enquirers_only(smtp_server):
    result = ingest_bytes(make_mail(), source="t", acknowledge=True)
    from casebook.cases.models import Case

    case = Case.objects.get(reference=result.case_reference)
    ack = case.messages.get(direction="out")
    assert ack.send_state == SendState.QUEUED and case.reference in ack.body_text
    assert case.first_response_at is None  # an automatic acknowledgement is not a response
    # replies to the case, automatic mail and no-reply senders get no acknowledgement
    ingest_bytes(
        make_mail(message_id="<2@x>", subject=f"Re: [{case.reference}]"),
        source="t",
        acknowledge=True,
    )
    ingest_bytes(
        make_mail(message_id="<3@x>", sender="noreply@example.invalid"),
        source="t",
        acknowledge=True,
    )
    ingest_bytes(
        make_mail(message_id="<4@x>", extra=("Auto-Submitted: auto-replied",)),
        source="t",
        acknowledge=True,
    )
    assert Message.objects.filter(direction="out").count() == 1
    send_due()
    [sent] = smtp_server.messages
    assert sent["Auto-Submitted"] == "auto-replied"
    assert sent["In-Reply-To"] == "<m1@example-school.invalid>"
    assert case.reference in sent["Subject"]


def test_sendmail_command_delivers_the_queue(smtp_server, practitioner, capsys):
    from django.core.management import call_command

    case = _inbound_case()
    do_send_reply(case=case, actor=practitioner, text="One")
    do_send_reply(case=case, actor=practitioner, text="Two")
    call_command("sendmail")
    assert "2 sent, 0 failed (will retry), 0 gave up" in capsys.readouterr().out
    assert sorted(m.get_content().strip() for m in smtp_server.messages) == ["One", "Two"]
    call_command("sendmail")
    assert "0 sent" in capsys.readouterr().out
    assert len(smtp_server.messages) == 2
