"""Replies to enquirers by email: written here, sent later by `casebook sendmail`.

Queueing a reply creates the outbound Message in state QUEUED with everything the worker needs
(recipient, Message-ID, In-Reply-To, References, subject carrying the case reference), in the
case's transaction. The worker (casebook.intake.outbound) only sends what is queued.

A practitioner's reply waits REPLY_CANCEL_SECONDS (default 60) before the worker may take it,
so a reply sent by mistake can be cancelled; cancelling is a conditional update that loses
to a worker that has already claimed the message, never the other way round.
"""

from __future__ import annotations

from datetime import timedelta
from email.utils import make_msgid

from django.conf import settings
from django.db import transaction
from django.db.models import Min
from django.utils import timezone

from casebook.accounts.models import User
from casebook.cases.actions import audit, bump_case_version, do_record_reply
from casebook.cases.models import Case, Direction, Message, SendState
from casebook.triage import service as triage


class NoEmailAddress(ValueError):
    def __init__(self, case: Case) -> None:
        super().__init__(f"{case.reference}: the enquirer has no email address to reply to")


class TooLateToCancel(Exception):
    """The worker has already taken the message (or it was never queued)."""

    def __init__(self, message: Message) -> None:
        super().__init__(
            "Too late to cancel: the mail worker has already started sending this reply."
        )
        self.message = message


def reply_address(case: Case) -> str:
    """Where an email reply on this case goes: the address given with this enquiry, or else
    the enquirer record's (a phone case may have neither)."""
    return (case.contact_email or case.enquirer.email).strip()


def new_message_id() -> str:
    domain = settings.HELPLINE_FROM_EMAIL.rpartition("@")[2] or "casebook.invalid"
    return make_msgid(domain=domain)


def thread_headers(case: Case) -> tuple[str, str]:
    """In-Reply-To and References answering the enquirer's latest message (at most 20 ids)."""
    last = (
        case.messages.filter(direction=Direction.INBOUND)
        .exclude(message_id=None)
        .order_by("-at", "-id")
        .first()
    )
    if last is None or not last.message_id:
        return "", ""
    references = [*last.references.split(), last.message_id][-20:]
    return last.message_id, " ".join(references)


def subject_with_reference(case: Case, subject: str) -> str:
    """The subject with the case reference in it (how the enquirer's answer finds the case)."""
    subject = " ".join(subject.split())
    if case.reference not in subject:
        subject = f"{subject} [{case.reference}]".strip()
    return subject[:300]


def cancel_window() -> timedelta:
    return timedelta(seconds=max(0, int(settings.REPLY_CANCEL_SECONDS)))


def _queue(message: Message, *, case: Case, to: str, delay: timedelta) -> None:
    in_reply_to, references = thread_headers(case)
    fields = {
        "message_id": new_message_id(),
        "in_reply_to": in_reply_to,
        "references": references,
        "subject": subject_with_reference(case, message.subject),
        "from_email": settings.HELPLINE_FROM_EMAIL,
        "to_email": to,
        "send_state": SendState.QUEUED,
        "next_attempt_at": timezone.now() + delay,
    }
    Message.objects.filter(pk=message.pk).update(**fields)
    for name, value in fields.items():
        setattr(message, name, value)


@transaction.atomic
def do_queue_email_reply(*, case: Case, actor: User, text: str) -> Message:
    """Record a practitioner's reply and queue it for the enquirer's address.

    The worker may send it once the cancel window has passed. Raises NoEmailAddress when the
    case has no address to write to (nothing is recorded then).
    """
    to = reply_address(case)
    if not to:
        raise NoEmailAddress(case)
    reply = do_record_reply(case=case, actor=actor, text=text, send_state=SendState.QUEUED)
    _queue(reply, case=case, to=to, delay=cancel_window())
    audit(actor=actor, case=case, action="email.queued", message=reply.pk, to=to)
    return reply


@transaction.atomic
def do_queue_acknowledgement(*, case: Case, body: str) -> Message:
    """Queue the automatic acknowledgement to a new enquirer, to go at once.

    It is not a practitioner's response, so it does not set the case's first response time.
    """
    to = reply_address(case)
    if not to:
        raise NoEmailAddress(case)
    message = Message.objects.create(
        case=case,
        direction=Direction.OUTBOUND,
        at=timezone.now(),
        from_name="Helpline",
        subject=f"Re: {case.subject}",
        body_text=body,
    )
    _queue(message, case=case, to=to, delay=timedelta(0))
    audit(actor=None, case=case, action="acknowledgement.queued", message=message.pk)
    return message


@transaction.atomic
def do_cancel_queued_email(*, message: Message, actor: User) -> None:
    """Stop a queued reply before the worker takes it; raises TooLateToCancel otherwise.

    The reply stays in the dialogue, marked cancelled, and no longer counts as the case's first
    response.
    """
    cancelled = Message.objects.filter(
        pk=message.pk,
        direction=Direction.OUTBOUND,
        send_state=SendState.QUEUED,
        send_attempts=0,
    ).update(send_state=SendState.CANCELLED, next_attempt_at=None)
    if not cancelled:
        message.refresh_from_db()
        raise TooLateToCancel(message)
    message.send_state, message.next_attempt_at = SendState.CANCELLED, None
    case = message.case
    first = (
        Message.objects.filter(case=case, direction=Direction.OUTBOUND, author__isnull=False)
        .exclude(send_state=SendState.CANCELLED)
        .aggregate(first=Min("at"))["first"]
    )
    if first != case.first_response_at:
        Case.objects.filter(pk=case.pk).update(first_response_at=first)
        case.first_response_at = first
    bump_case_version(case, expected_version=None)
    triage.note_reply_cancelled(case=case, message=message)
    audit(actor=actor, case=case, action="email.cancelled", message=message.pk)
