"""Storing incoming mail one message at a time, the quarantine, and what admins and
practitioners do with held, quarantined and skipped mail. Every write is audited.

What each message becomes is decided in casebook.intake.store (shared with the chunked
import); this module adds the one-message entry point used by `fetchmail`, and the actions
on mail that did not go straight into a case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db import DataError, IntegrityError, transaction
from django.utils import timezone

from casebook.accounts.models import User
from casebook.cases.actions import (
    allocate_reference,
    audit,
    detect_platforms,
    do_open_case,
    find_or_create_enquirer,
    reopened_status,
)
from casebook.cases.models import (
    Attachment,
    Case,
    Channel,
    Direction,
    Message,
    SendState,
    Status,
)
from casebook.intake.config import IntakeConfig
from casebook.intake.models import HeldMessage, MailOriginal, QuarantinedMessage, SkippedMail
from casebook.intake.parsing import ParsedMessage, ParseError, parse_message
from casebook.intake.storage import delete_unreferenced, open_path, store_bytes
from casebook.intake.store import (
    Incoming,
    IngestResult,
    Outcome,
    may_acknowledge,
    sender_contact,
    store_batch,
)
from casebook.triage import service as triage

__all__ = [
    "IngestResult",
    "Outcome",
    "Summary",
    "attachment_rows",
    "do_quarantine_message",
    "ingest_bytes",
    "may_acknowledge",
]


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
            f"{c[Outcome.AUTOMATIC]} automatic (auto-reply/bounce) skipped, "
            f"{c[Outcome.HELD]} held for a practitioner (unconfirmed sender)"
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
    return store_one(
        Incoming(source, raw, parsed, received_at or timezone.now()),
        config=config,
        acknowledge=acknowledge,
    )


def store_one(item: Incoming, *, config: IntakeConfig, acknowledge: bool) -> IngestResult:
    """store_batch for one message, with the two failures a batch of one can still meet."""
    try:
        return store_batch([item], config=config, acknowledge=acknowledge)[0]
    except IntegrityError:
        # Another importer stored the same message between our check and our insert: the
        # second attempt sees it and calls it a duplicate.
        try:
            return store_batch([item], config=config, acknowledge=acknowledge)[0]
        except IntegrityError:
            return do_quarantine_message(
                raw=item.raw,
                source=item.source,
                reason="another import stored a conflicting message at the same moment; "
                "retry it from the quarantine",
            )
    except DataError as error:  # a value the database refuses: keep the mail for a human
        return do_quarantine_message(
            raw=item.raw,
            source=item.source,
            reason=f"the database refused a value in it ({str(error).strip()[:200]})",
        )


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


def do_retry_quarantined(*, item: QuarantinedMessage, actor: User | None = None) -> IngestResult:
    """Try a quarantined message again (after a fix); it leaves the quarantine if stored."""
    raw = open_path(item.storage_path).read_bytes()
    config = IntakeConfig.from_env()
    try:
        parse_message(raw, max_bytes=config.max_message_bytes)
    except ParseError as error:
        if error.reason != item.reason:
            QuarantinedMessage.objects.filter(pk=item.pk).update(reason=error.reason)
        return IngestResult(Outcome.QUARANTINED, reason=error.reason)
    result = ingest_bytes(raw, source=item.source, config=config)
    if result.outcome != Outcome.QUARANTINED:
        audit(
            actor=actor,
            case=None,
            action="email.quarantine_retried",
            quarantine=item.pk,
            outcome=str(result.outcome),
            reference=result.case_reference,
        )
        _delete_quarantined(item)
    return result


def _delete_quarantined(item: QuarantinedMessage) -> None:
    path = item.storage_path
    item.delete()
    if not QuarantinedMessage.objects.filter(storage_path=path).exists():
        delete_unreferenced(path)


@transaction.atomic
def do_delete_quarantined(*, item: QuarantinedMessage, actor: User) -> None:
    """An admin decided this mail is not worth keeping: the row and its file go."""
    audit(
        actor=actor,
        case=None,
        action="email.quarantine_deleted",
        quarantine=item.pk,
        reason=item.reason,
        summary=item.summary,
    )
    _delete_quarantined(item)


@transaction.atomic
def do_release_quarantined(
    *, item: QuarantinedMessage, actor: User, case: Case | None = None
) -> Message:
    """Put mail the parser cannot fully read into a case (a new one if `case` is None).

    What can be read is shown (see casebook.intake.reading); the original stays attached.
    """
    from casebook.intake.reading import read_leniently

    raw = open_path(item.storage_path).read_bytes()
    view = read_leniently(raw)
    now = timezone.now()
    if case is None:
        enquirer = find_or_create_enquirer(email=view.from_address, name=view.from_name)
        case = do_open_case(
            enquirer=enquirer,
            channel=Channel.EMAIL,
            subject=view.subject or "(unreadable message released from the quarantine)",
            first_message=view.text,
            opened_at=view.date or item.created_at,
            actor=actor,
            contact=sender_contact(name=view.from_name, address=view.from_address),
        )
        message = case.messages.get()
    else:
        message = Message.objects.create(
            case=case,
            direction="in",
            at=view.date or item.created_at,
            from_name=view.from_name,
            from_email=view.from_address,
            subject=view.subject[:300],
            body_text=view.text,
        )
    MailOriginal.objects.create(
        message=message,
        sha256=item.sha256,
        size=item.size,
        storage_path=store_bytes(raw, kind="originals", suffix=".eml")[1],
        source=item.source,
        received_at=item.created_at,
        note=f"Released from the quarantine by {actor.display_name()}: {item.reason}"[:500],
    )
    audit(
        actor=actor,
        case=case,
        action="email.quarantine_released",
        message=message.pk,
        reason=item.reason,
        at=now.isoformat(),
    )
    _delete_quarantined(item)
    return message


@transaction.atomic
def do_import_skipped(*, item: SkippedMail, actor: User) -> IngestResult:
    """An admin judged a skipped message to be a person's: store it as if it were."""
    raw = open_path(item.storage_path).read_bytes()
    config = IntakeConfig.from_env()
    parsed = parse_message(raw, max_bytes=config.max_message_bytes)
    # Not automatic and not ours any more: the admin has decided.
    from dataclasses import replace

    parsed = replace(parsed, automatic_reason="")
    own = config.own_addresses - {parsed.from_address}
    config = replace(config, own_addresses=own)
    path = item.storage_path
    item.delete()
    result = store_batch(
        [Incoming(item.source, raw, parsed, item.received_at)], config=config, acknowledge=False
    )[0]
    audit(
        actor=actor,
        case=None,
        action="email.skipped_imported",
        message_id=parsed.message_id,
        outcome=str(result.outcome),
        reference=result.case_reference,
    )
    if not SkippedMail.objects.filter(storage_path=path).exists():
        delete_unreferenced(path)
    return result


def do_purge_skipped_mail(*, config: IntakeConfig | None = None) -> int:
    """Delete skipped automatic mail older than INTAKE_SKIPPED_KEEP_DAYS; returns how many."""
    config = config or IntakeConfig.from_env()
    cutoff = timezone.now() - timedelta(days=config.skipped_keep_days)
    old = list(SkippedMail.objects.filter(received_at__lt=cutoff).values_list("pk", "storage_path"))
    if not old:
        return 0
    with transaction.atomic():
        SkippedMail.objects.filter(pk__in=[pk for pk, _ in old]).delete()
        audit(
            actor=None,
            case=None,
            action="email.skipped_purged",
            count=len(old),
            keep_days=config.skipped_keep_days,
        )
    still_used = set(
        SkippedMail.objects.filter(storage_path__in=[p for _, p in old]).values_list(
            "storage_path", flat=True
        )
    )
    for _, path in old:
        if path not in still_used:
            delete_unreferenced(path)
    return len(old)


# --- held messages (unconfirmed sender) ------------------------------------------------------


@transaction.atomic
def do_accept_held_message(*, hold: HeldMessage, actor: User) -> Message:
    """The practitioner confirms the sender belongs on this case: it joins it properly."""
    message = hold.message
    case = Case.objects.select_for_update().get(pk=message.case_id)
    hold.delete()
    previous = status = case.status
    if case.status in {Status.AWAITING_ENQUIRER, Status.CLOSED}:
        # Escalated again, not open, if items are still open with platforms.
        status = reopened_status(case)
        audit(actor=actor, case=case, action="status.changed", old=case.status, new=status)
        Case.objects.filter(pk=case.pk).update(status=status, closed_at=None)
    # Held, it started no wait for a reply; now it is the enquirer's message like any other,
    # due from when it arrived, unless a practitioner has replied since (as a replay of the
    # case's dialogue counts it).
    replied_since = (
        Message.objects.filter(
            case=case, direction=Direction.OUTBOUND, at__gt=message.at, author__isnull=False
        )
        .exclude(send_state=SendState.CANCELLED)
        .exists()
    )
    if not replied_since:
        triage.note_inbound(case=case, at=message.at, previous_status=previous, status=status)
    detect_platforms(case=case, text=f"{message.subject}\n{message.body_text}")
    from casebook.cases.actions import _bump

    _bump(case, expected_version=None)
    audit(actor=actor, case=case, action="email.held_accepted", message=message.pk)
    return message


@transaction.atomic
def do_move_held_message(*, hold: HeldMessage, actor: User) -> Case:
    """The sender is not part of this case: their message opens a new case, linked by notes."""
    from casebook.cases.actions import do_add_note

    message = hold.message
    old_case = Case.objects.select_for_update().get(pk=message.case_id)
    enquirer = find_or_create_enquirer(email=message.from_email, name=message.from_name)
    new_case = Case.objects.create(
        reference=allocate_reference(year=timezone.localtime(message.at).year),
        subject=message.subject[:300],
        channel=Channel.EMAIL,
        status=Status.NEW,
        opened_at=message.at,
        enquirer=enquirer,
        **sender_contact(name=message.from_name, address=message.from_email).case_fields(),
        enquirer_type=enquirer.enquirer_type,
        setting_type=enquirer.setting_type,
        region=enquirer.region,
    )
    audit(actor=actor, case=new_case, action="case.opened", channel="email")
    Message.objects.filter(pk=message.pk).update(case=new_case)
    detect_platforms(case=new_case, text=f"{message.subject}\n{message.body_text}")
    hold.delete()
    do_add_note(
        case=new_case,
        actor=actor,
        text=f"Moved here from {old_case.reference}: the sender had quoted that case's "
        "reference but had not written on it before.",
    )
    do_add_note(
        case=old_case,
        actor=actor,
        text=f"A message from {message.from_email} quoting this case was moved to its own "
        f"case, {new_case.reference}.",
    )
    audit(
        actor=actor,
        case=old_case,
        action="email.held_moved",
        message=message.pk,
        to=new_case.reference,
    )
    audit(
        actor=actor,
        case=new_case,
        action="email.held_moved",
        message=message.pk,
        **{"from": old_case.reference},
    )
    return new_case
