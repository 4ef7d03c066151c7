"""Re-reading stored originals with the current parser, so a parser fix repairs old cases.

What a message's original decides is re-derived: sender name and address, subject, text,
HTML and attachments (and the original's own record: its content digest, what was repaired).
The message's place (case, Message-ID, time, direction) and everything practitioners did
stay as they are; so does the enquirer record (a changed sender is reported and audited for
a person to look at). Messages whose derived fields come out the same are left untouched.

Speed: the files are read here and parsed in a worker process, chunk by chunk, while this
process writes the previous chunk with bulk updates (as `ingest` does).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import QuerySet

from casebook.accounts.models import AuditEvent, User
from casebook.cases.models import Attachment, Message
from casebook.intake.actions import attachment_rows
from casebook.intake.models import MailOriginal
from casebook.intake.parsing import PARSER_VERSION, ParsedMessage, parse_batch
from casebook.intake.storage import StorageError, open_path

CHUNK = 500
FIELDS = ("from_name", "from_email", "subject", "body_text", "body_html")


@dataclass
class ReparseSummary:
    read: int = 0
    changed: int = 0
    unchanged: int = 0
    unreadable: list[tuple[int, str]] = field(default_factory=list)  # (message pk, reason)
    missing: list[int] = field(default_factory=list)  # message pks whose file is gone
    senders_changed: list[int] = field(default_factory=list)

    def __str__(self) -> str:
        line = (
            f"{self.read} originals re-read: {self.changed} messages updated, "
            f"{self.unchanged} unchanged, {len(self.unreadable)} now unreadable (left as they "
            f"were), {len(self.missing)} originals missing"
        )
        if self.senders_changed:
            line += (
                f"; the sender changed on {len(self.senders_changed)} messages (check their "
                "cases' enquirers)"
            )
        return line


def originals_for(*, reference: str | None = None) -> QuerySet[MailOriginal]:
    originals = MailOriginal.objects.order_by("pk")
    if reference is not None:
        originals = originals.filter(message__case__reference=reference)
    return originals


def reparse(
    originals: QuerySet[MailOriginal],
    *,
    actor: User | None = None,
    progress: Callable[[int, int], None] | None = None,
    parallel: bool | None = None,
) -> ReparseSummary:
    """Re-derive every message in `originals` from its stored bytes; audited."""
    if parallel is None:
        parallel = (os.cpu_count() or 1) > 1
    total = originals.count()
    summary = ReparseSummary()
    chunks = _chunks(originals, summary)

    def write(parsed: list[tuple[str, bytes, ParsedMessage | str]]) -> None:
        _apply(parsed, summary, actor=actor)
        if progress:
            progress(summary.read, total)

    if not parallel:
        for chunk in chunks:
            write(parse_batch(chunk))
    else:
        with ProcessPoolExecutor(max_workers=1) as pool:
            pending: Future[list[tuple[str, bytes, ParsedMessage | str]]] | None = None
            for chunk in chunks:
                upcoming = pool.submit(parse_batch, chunk)
                if pending is not None:
                    write(pending.result())
                pending = upcoming
            if pending is not None:
                write(pending.result())
    AuditEvent.objects.create(
        actor=actor,
        case=None,
        action="email.reparse_run",
        detail={
            "read": summary.read,
            "changed": summary.changed,
            "unreadable": len(summary.unreadable),
            "missing": len(summary.missing),
            "parser_version": PARSER_VERSION,
        },
    )
    return summary


def _chunks(
    originals: QuerySet[MailOriginal], summary: ReparseSummary
) -> Iterator[list[tuple[str, bytes]]]:
    """(message pk as the source label, raw bytes), CHUNK at a time, by keyset pagination."""
    last = 0
    while True:
        rows = list(
            originals.filter(pk__gt=last).values_list("pk", "message_id", "storage_path")[:CHUNK]
        )
        if not rows:
            return
        last = rows[-1][0]
        batch = []
        for _, message_pk, path in rows:
            try:
                batch.append((str(message_pk), open_path(path).read_bytes()))
            except (StorageError, OSError):
                summary.missing.append(message_pk)
        yield batch


@transaction.atomic
def _apply(
    parsed: list[tuple[str, bytes, ParsedMessage | str]],
    summary: ReparseSummary,
    *,
    actor: User | None,
) -> None:
    pks = [int(source) for source, _, _ in parsed]
    messages = {m.pk: m for m in Message.objects.filter(pk__in=pks)}
    originals = {o.message_id: o for o in MailOriginal.objects.filter(message_id__in=pks)}
    attachments: dict[int, list[Attachment]] = {}
    for attachment in Attachment.objects.filter(message_id__in=pks).order_by("pk"):
        attachments.setdefault(attachment.message_id, []).append(attachment)
    changed_messages: list[Message] = []
    changed_originals: list[MailOriginal] = []
    new_attachments: list[Attachment] = []
    drop_attachments: list[int] = []
    events: list[AuditEvent] = []
    for source, _, result in parsed:
        summary.read += 1
        pk = int(source)
        message = messages.get(pk)
        if message is None:
            continue
        if isinstance(result, str):
            summary.unreadable.append((pk, result))
            continue
        new = {
            "from_name": result.from_name,
            "from_email": result.from_address,
            "subject": result.subject[:300],
            "body_text": result.text,
            "body_html": result.html,
        }
        fields = [name for name in FIELDS if getattr(message, name) != new[name]]
        if "from_email" in fields:
            summary.senders_changed.append(pk)
        old_files = [
            (a.sha256, a.filename, a.content_type, a.inline) for a in attachments.get(pk, [])
        ]
        new_files = [
            (_sha(a.data), a.filename, a.content_type, a.inline) for a in result.attachments
        ]
        if old_files != new_files:
            fields.append("attachments")
            drop_attachments.extend(a.pk for a in attachments.get(pk, []))
            new_attachments.extend(attachment_rows(message, result))
        original = originals.get(pk)
        if original is not None and (
            original.parser_version != PARSER_VERSION
            or original.content_digest != result.content_digest
            or original.defects != list(result.defects)
        ):
            original.parser_version = PARSER_VERSION
            original.content_digest = result.content_digest
            original.defects = list(result.defects)
            changed_originals.append(original)
        if not fields:
            summary.unchanged += 1
            continue
        summary.changed += 1
        for name in FIELDS:
            setattr(message, name, new[name])
        changed_messages.append(message)
        events.append(
            AuditEvent(
                actor=actor,
                case_id=message.case_id,
                action="email.reparsed",
                detail={"message": pk, "changed": fields},
            )
        )
    if changed_messages:
        Message.objects.bulk_update(changed_messages, list(FIELDS), batch_size=200)
    if changed_originals:
        MailOriginal.objects.bulk_update(
            changed_originals, ["parser_version", "content_digest", "defects"], batch_size=200
        )
    if drop_attachments:
        Attachment.objects.filter(pk__in=drop_attachments).delete()
    Attachment.objects.bulk_create(new_attachments)
    AuditEvent.objects.bulk_create(events)


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()
