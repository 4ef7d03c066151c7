"""The sending worker: delivers the replies queued by casebook.cases.reply_actions.

A reply is a Message with send_state QUEUED, due at next_attempt_at (a practitioner's reply
waits out its cancel window first). `casebook sendmail` claims due messages with a
conditional update (the claim pushes next_attempt_at forward, a lease, and counts the
attempt), sends, then marks them SENT; failures are retried with backoff and the error is
kept on the message for the case page. A claimed message is invisible to other workers, so
two workers never send it twice. Only a crash after the SMTP server accepted the message and
before it was marked sent leads to a second delivery, with the same Message-ID, when the lease
expires.
"""

from __future__ import annotations

import smtplib
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.utils import timezone

from casebook.cases.actions import audit
from casebook.cases.models import Case, Direction, Message, SendState
from casebook.cases.reply_actions import (
    NoEmailAddress,
    do_queue_acknowledgement,
    new_message_id,
    subject_with_reference,
)
from casebook.intake.config import IntakeConfig

LEASE = timedelta(minutes=10)
MAX_BACKOFF = timedelta(hours=6)


def queue_acknowledgement(*, case: Case) -> Message:
    """The editable acknowledgement (templates/intake/acknowledgement.txt) to a new enquirer."""
    body = render_to_string(
        "intake/acknowledgement.txt", {"case": case, "name": case.enquirer.name}
    ).strip()
    return do_queue_acknowledgement(case=case, body=body)


# --- the sending worker ----------------------------------------------------------------


@dataclass
class SendSummary:
    sent: int = 0
    failed: int = 0
    gave_up: int = 0

    def __str__(self) -> str:
        return f"{self.sent} sent, {self.failed} failed (will retry), {self.gave_up} gave up"


def _due(now: datetime) -> Q:
    return Q(direction=Direction.OUTBOUND, send_state__in=[SendState.QUEUED, SendState.FAILED]) & (
        Q(next_attempt_at__lte=now) | Q(next_attempt_at=None)
    )


def send_due(*, limit: int = 100) -> SendSummary:
    summary = SendSummary()
    ids = list(
        Message.objects.filter(_due(timezone.now()))
        .order_by("next_attempt_at", "id")
        .values_list("pk", flat=True)[:limit]
    )
    for pk in ids:
        state = send_one(pk)
        if state == SendState.SENT:
            summary.sent += 1
        elif state == SendState.FAILED:
            summary.failed += 1
        elif state == SendState.GAVE_UP:
            summary.gave_up += 1
    return summary


def backoff(attempts: int) -> timedelta:
    """1, 2, 4, 8 ... minutes, at most MAX_BACKOFF."""
    return min(timedelta(minutes=2 ** max(attempts - 1, 0)), MAX_BACKOFF)


def send_one(pk: int) -> str | None:
    """Claim, send and mark one message; None if someone else has it or it is not due."""
    now = timezone.now()
    claimed = Message.objects.filter(_due(now), pk=pk).update(
        next_attempt_at=now + LEASE, send_attempts=F("send_attempts") + 1
    )
    if not claimed:
        return None
    message = Message.objects.select_related("case", "case__enquirer").get(pk=pk)
    config = IntakeConfig.from_env()
    try:
        build_email(message).send(fail_silently=False)
    except Exception as error:  # any failure is kept on the message and retried
        permanent = _is_permanent(error)
        gave_up = permanent or message.send_attempts >= config.send_max_attempts
        state = SendState.GAVE_UP if gave_up else SendState.FAILED
        Message.objects.filter(pk=pk, send_attempts=message.send_attempts).update(
            send_state=state,
            send_error=f"{type(error).__name__}: {error}"[:2000],
            next_attempt_at=None if gave_up else now + backoff(message.send_attempts),
        )
        audit(
            actor=None,
            case=message.case,
            action="email.send_failed",
            message=pk,
            attempt=message.send_attempts,
            gave_up=gave_up,
        )
        return state
    Message.objects.filter(pk=pk, send_attempts=message.send_attempts).update(
        send_state=SendState.SENT, send_error="", next_attempt_at=None
    )
    audit(actor=None, case=message.case, action="email.sent", message=pk)
    return SendState.SENT


def _is_permanent(error: Exception) -> bool:
    """5xx answers (unknown recipient, refused content) will not get better by retrying."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        return 500 <= error.smtp_code < 600
    return isinstance(error, NoEmailAddress)


def build_email(message: Message) -> EmailMessage:
    case = message.case
    # The address chosen when the reply was queued; rows queued before it was kept have none.
    to = message.to_email or case.enquirer.email
    if not to:
        raise NoEmailAddress(case)
    headers = {"Message-ID": message.message_id or new_message_id()}
    if message.in_reply_to:
        headers["In-Reply-To"] = message.in_reply_to
    if message.references:
        headers["References"] = message.references
    if message.author_id is None:
        headers["Auto-Submitted"] = "auto-replied"  # RFC 3834: the acknowledgement
    return EmailMessage(
        subject=subject_with_reference(case, message.subject or f"Re: {case.subject}"),
        body=message.body_text,
        from_email=settings.HELPLINE_FROM_EMAIL,
        to=[to],
        headers=headers,
        connection=get_connection(timeout=settings.EMAIL_TIMEOUT),
    )
