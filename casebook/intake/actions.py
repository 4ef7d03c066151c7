"""Storing incoming mail: one message, one transaction, one outcome.

Automatic mail (auto-replies, out-of-office notices, bounces) never opens a case. When it
threads to a known case it is stored there, so a practitioner sees that a reply bounced or
that the enquirer is away; otherwise it is counted and dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from django.db import DataError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from casebook.cases.actions import (
    Contact,
    audit,
    detect_platforms,
    do_open_case,
    find_or_create_enquirer,
)
from casebook.cases.models import Attachment, Case, Channel, Direction, Message, Status
from casebook.intake.config import IntakeConfig
from casebook.intake.models import QuarantinedMessage
from casebook.intake.parsing import ParsedMessage, ParseError, parse_message
from casebook.intake.storage import store_bytes
from casebook.intake.threading import find_case


class Outcome(StrEnum):
    NEW_CASE = "new case"
    ADDED = "added to existing case"
    DUPLICATE = "duplicate skipped"
    QUARANTINED = "quarantined"
    AUTOMATIC = "automatic mail skipped"


@dataclass(frozen=True)
class IngestResult:
    outcome: Outcome
    case_reference: str = ""
    message_id: str = ""
    reason: str = ""


@dataclass
class Summary:
    counts: dict[Outcome, int] = field(default_factory=lambda: dict.fromkeys(Outcome, 0))

    def add(self, result: IngestResult) -> None:
        self.counts[result.outcome] += 1

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def __str__(self) -> str:
        c = self.counts
        return (
            f"{self.total} messages: {c[Outcome.NEW_CASE]} new cases, "
            f"{c[Outcome.ADDED]} added to existing cases, "
            f"{c[Outcome.DUPLICATE]} duplicates skipped, {c[Outcome.QUARANTINED]} quarantined, "
            f"{c[Outcome.AUTOMATIC]} automatic (auto-reply/bounce) skipped"
        )


def ingest_bytes(
    raw: bytes,
    *,
    source: str,
    received_at: datetime | None = None,
    acknowledge: bool = False,
    config: IntakeConfig | None = None,
) -> IngestResult:
    """Store one raw message. Commits before returning, so the caller may then mark it done."""
    config = config or IntakeConfig.from_env()
    try:
        parsed = parse_message(raw, max_bytes=config.max_message_bytes)
    except ParseError as error:
        return do_quarantine_message(raw=raw, source=source, reason=error.reason)
    if Message.objects.filter(message_id=parsed.message_id).exists():
        return IngestResult(Outcome.DUPLICATE, message_id=parsed.message_id)
    try:
        return do_store_message(
            parsed=parsed,
            source=source,
            received_at=received_at or timezone.now(),
            acknowledge=acknowledge,
        )
    except IntegrityError:
        # Another importer stored the same Message-ID between our check and our insert.
        if Message.objects.filter(message_id=parsed.message_id).exists():
            return IngestResult(Outcome.DUPLICATE, message_id=parsed.message_id)
        raise
    except DataError as error:  # a value the database refuses: keep the mail for a human
        return do_quarantine_message(raw=raw, source=source, reason=f"cannot store: {error}")


@transaction.atomic
def do_store_message(
    *, parsed: ParsedMessage, source: str, received_at: datetime, acknowledge: bool = False
) -> IngestResult:
    at = parsed.date or received_at
    if at > received_at + timedelta(days=1):
        at = received_at  # a sender's clock in the future must not reorder the case
    case = find_case(parsed)
    message: Message | None = None
    if case is None and parsed.is_automatic:
        return IngestResult(Outcome.AUTOMATIC, message_id=parsed.message_id)
    if case is None:
        enquirer = find_or_create_enquirer(email=parsed.from_address, name=parsed.from_name)
        case = do_open_case(
            enquirer=enquirer,
            channel=Channel.EMAIL,
            subject=parsed.subject,
            first_message=parsed.text,
            opened_at=at,
            message_id=parsed.message_id,
            body_html=parsed.html,
            contact=Contact(name=parsed.from_name, email=parsed.from_address),
        )
        # do_open_case took the sender from the enquirer; threading headers are ours to add.
        if parsed.in_reply_to or parsed.references:
            Message.objects.filter(message_id=parsed.message_id).update(
                in_reply_to=parsed.in_reply_to, references=" ".join(parsed.references)
            )
        outcome = Outcome.NEW_CASE
    else:
        message = Message.objects.create(
            case=case,
            direction=Direction.INBOUND,
            at=at,
            from_name=parsed.from_name,
            from_email=parsed.from_address,
            subject=parsed.subject,
            body_text=parsed.text,
            body_html=parsed.html,
            message_id=parsed.message_id,
            in_reply_to=parsed.in_reply_to,
            references=" ".join(parsed.references),
        )
        _note_reply_on_case(case, automatic=parsed.is_automatic)
        if not parsed.is_automatic:
            detect_platforms(case=case, text=f"{parsed.subject}\n{parsed.text}")
        audit(
            actor=None,
            case=case,
            action="email.received",
            message=message.pk,
            automatic=parsed.is_automatic,
        )
        outcome = Outcome.ADDED
    if parsed.attachments:
        if message is None:
            message = Message.objects.get(message_id=parsed.message_id)
        Attachment.objects.bulk_create(attachment_rows(message, parsed))
    if outcome == Outcome.NEW_CASE and acknowledge and may_acknowledge(parsed):
        from casebook.intake.outbound import queue_acknowledgement

        queue_acknowledgement(case=case)
    return IngestResult(outcome, case_reference=case.reference, message_id=parsed.message_id)


def _note_reply_on_case(case: Case, *, automatic: bool) -> None:
    """An enquirer's answer puts a waiting or closed case back in the practitioners' queue."""
    fields: dict[str, object] = {}
    if not automatic and case.status in {Status.AWAITING_ENQUIRER, Status.CLOSED}:
        fields = {"status": Status.OPEN, "closed_at": None}
        audit(actor=None, case=case, action="status.changed", old=case.status, new=Status.OPEN)
    Case.objects.filter(pk=case.pk).update(
        version=F("version") + 1, updated_at=timezone.now(), **fields
    )


_NO_REPLY = re.compile(r"^(no-?reply|do-?not-?reply|mailer-daemon|postmaster|bounces?)[+@-]?")


def may_acknowledge(parsed: ParsedMessage) -> bool:
    """Never answer machines: that is how mail loops start."""
    return not parsed.is_automatic and not _NO_REPLY.match(parsed.from_address)


def attachment_rows(message: Message, parsed: ParsedMessage) -> list[Attachment]:
    """Store each attachment's bytes on disk and return its (unsaved) database row."""
    rows = []
    for item in parsed.attachments:
        digest, path = store_bytes(item.data)
        rows.append(
            Attachment(
                message=message,
                filename=item.filename,
                content_type=item.content_type,
                size=len(item.data),
                sha256=digest,
                storage_path=path,
                inline=item.inline,
            )
        )
    return rows


_SUMMARY_HEADER = re.compile(rb"^(From|Subject):[ \t]*(.{0,200})", re.MULTILINE | re.IGNORECASE)


@transaction.atomic
def do_quarantine_message(*, raw: bytes, source: str, reason: str) -> IngestResult:
    """Keep mail we cannot read, whole, for an admin; the same bytes are kept once."""
    digest, path = store_bytes(raw, kind="quarantine", suffix=".eml")
    summary = " | ".join(
        f"{m.group(1).decode()}: {m.group(2).decode('utf-8', 'replace').strip()}"
        for m in _SUMMARY_HEADER.finditer(raw[:16384])
    )
    summary = summary.replace("\x00", "")[:300]
    item, created = QuarantinedMessage.objects.get_or_create(
        sha256=digest,
        defaults={
            "source": source[:500],
            "reason": reason,
            "size": len(raw),
            "storage_path": path,
            "summary": summary,
        },
    )
    if created:
        audit(actor=None, case=None, action="email.quarantined", quarantine=item.pk, reason=reason)
    return IngestResult(Outcome.QUARANTINED, reason=reason)


def do_retry_quarantined(*, item: QuarantinedMessage) -> IngestResult:
    """Try a quarantined message again (after a fix); it leaves the quarantine if stored."""
    from casebook.intake.storage import open_path

    raw = open_path(item.storage_path).read_bytes()
    config = IntakeConfig.from_env()
    try:
        parse_message(raw, max_bytes=config.max_message_bytes)
    except ParseError as error:
        return IngestResult(Outcome.QUARANTINED, reason=error.reason)
    result = ingest_bytes(raw, source=item.source, config=config)
    if result.outcome != Outcome.QUARANTINED:
        item.delete()
    return result
