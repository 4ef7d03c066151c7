"""Storing parsed mail: what each message becomes, decided and written for a batch at once.

One engine serves both `fetchmail` (a batch of one, committed before the message is marked
on the server) and `ingest` (batches of hundreds, written with a handful of bulk queries).
For each message, in order:

1. A duplicate is the same message, not the same id: same Message-ID and same content
   (sender, date, body) is skipped; same id with different content is stored under a
   derived id, with a note on its original.
2. Mail from the helpline's own addresses is skipped (listed for admins, never a case).
3. Threading: a known Message-ID in In-Reply-To/References; else a stored reply that was
   waiting for this very message (mail arrives out of order); else a case reference in the
   subject (or, for bounces, in the returned text).
4. Automatic mail (auto-replies, bounces, receipts) joins a case it threads to without
   reopening it, and is otherwise skipped (listed for admins); it never opens a case and is
   never acknowledged.
5. A message whose only link is a subject reference, from a sender who has never written on
   that case, is held on the case for a practitioner to accept or move; it does not reopen
   it.
6. Everything else joins its case (reopening a waiting or closed one) or opens a new case.

Every stored message keeps its raw bytes (MailOriginal), every skipped one too (SkippedMail).
Files are written before the transaction commits: a failure leaves at most an unreferenced
file that the next import of the same bytes reuses, never a row without its file.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from django.db import transaction
from django.db.models import F
from django.db.models.functions import Lower
from django.utils import timezone

from casebook.accounts.models import AuditEvent
from casebook.cases.actions import Contact, format_reference, resolve_merged
from casebook.cases.models import (
    Attachment,
    Case,
    CasePlatform,
    Channel,
    Direction,
    Enquirer,
    Message,
    Platform,
    PlatformSource,
    ReferenceCounter,
    Status,
)
from casebook.intake import fastinsert
from casebook.intake.config import IntakeConfig
from casebook.intake.models import AwaitedParent, HeldMessage, MailOriginal, SkippedMail
from casebook.intake.parsing import (
    PARSER_VERSION,
    ParsedMessage,
    derived_message_id,
    references_in,
)
from casebook.intake.storage import store_bytes
from casebook.lib.platforms import find_platforms
from casebook.partners.queries import cases_with_open_items
from casebook.triage import service as triage

log = logging.getLogger(__name__)


class Outcome(StrEnum):
    NEW_CASE = "new case"
    ADDED = "added to existing case"
    DUPLICATE = "duplicate skipped"
    QUARANTINED = "quarantined"
    AUTOMATIC = "automatic mail skipped"
    HELD = "held: unconfirmed sender"


@dataclass(frozen=True)
class IngestResult:
    outcome: Outcome
    case_reference: str = ""
    message_id: str = ""
    reason: str = ""


@dataclass
class Incoming:
    source: str
    raw: bytes
    parsed: ParsedMessage
    received_at: datetime


_REOPEN = {Status.AWAITING_ENQUIRER, Status.CLOSED}
_NO_REPLY_PREFIXES = ("noreply", "no-reply", "donotreply", "do-not-reply", "mailer-daemon",
                      "postmaster", "bounce")  # fmt: skip


def sender_contact(*, name: str, address: str) -> Contact:
    """The contact details a message gives: its sender's display name and address, as given.

    Every case that mail opens keeps them (Case.contact_*: new mail, a held message moved to
    its own case, a quarantined message released into a new case, skipped mail imported after
    all); the enquirer record is never changed by mail.
    """
    return Contact(name=name, email=address)


def may_acknowledge(parsed: ParsedMessage) -> bool:
    """Never answer machines: that is how mail loops start."""
    local = parsed.from_address.split("@", 1)[0]
    return not parsed.is_automatic and not local.startswith(_NO_REPLY_PREFIXES)


def held_reason(parsed: ParsedMessage, reference: str) -> str:
    return (
        f"{parsed.from_address} has not written on this case before; the message names "
        f"{reference} only in its subject"
    )[:300]


@transaction.atomic
def store_batch(
    items: list[Incoming], *, config: IntakeConfig, acknowledge: bool = False
) -> list[IngestResult]:
    """Decide and write what each message becomes; one transaction for the whole batch.

    Raises IntegrityError if a concurrent importer stored one of these messages first (the
    caller redoes the batch message by message), OSError if a file cannot be written (the
    transaction is rolled back: nothing of the batch is saved).
    """
    return _Batch(items, config=config, acknowledge=acknowledge).run()


class _Batch:
    def __init__(self, items: list[Incoming], *, config: IntakeConfig, acknowledge: bool):
        self.items = items
        self.config = config
        self.acknowledge = acknowledge
        self.own = config.own_addresses
        self.results: list[IngestResult] = []
        self.new_cases: list[Case] = []
        self.new_enquirers: list[Enquirer] = []
        self.messages: list[tuple[Message, Incoming, str]] = []  # message, item, note
        self.added: list[tuple[Case, Message, bool]] = []
        self.held: list[tuple[Message, str]] = []
        self.reopened: dict[int, tuple[Case, str]] = {}
        self.platform_texts: list[tuple[Case, str]] = []
        self.skipped: list[tuple[Incoming, str]] = []
        self.awaiting: list[tuple[Message, str]] = []
        self.rethreaded: list[tuple[Case, Message]] = []
        self.to_acknowledge: list[Case] = []
        self.references = _ReferenceBlock()

    # --- lookups, one query each -----------------------------------------------------------

    def _load(self) -> None:
        parsed = [item.parsed for item in self.items]
        ids = {p.message_id for p in parsed}
        ids |= {derived_message_id(p.message_id, p.content_digest) for p in parsed}
        self.stored: dict[str, str | None] = {}
        for message_id, digest, direction in Message.objects.filter(message_id__in=ids).values_list(
            "message_id", "original__content_digest", "direction"
        ):
            # Our own outbound mail and messages stored before originals were kept have no
            # digest: the same id is then the same message, as it always was.
            if message_id is not None:
                self.stored[message_id] = digest if direction == Direction.INBOUND else None
        self.already_skipped = set(
            SkippedMail.objects.filter(message_id__in=ids).values_list("message_id", flat=True)
        )
        thread_ids = {i for p in parsed for i in p.thread_ids[:20]}
        self.by_message_id: dict[str, Case] = {
            m.message_id: m.case
            for m in Message.objects.filter(message_id__in=thread_ids).select_related("case")
            if m.message_id
        }
        self.awaited: dict[str, Case] = {
            a.referenced_id: a.message.case
            for a in AwaitedParent.objects.filter(
                referenced_id__in={p.message_id for p in parsed}
            ).select_related("message__case")
        }
        wanted = {r for p in parsed for r in _references(p)}
        self.by_reference = {c.reference: c for c in Case.objects.filter(reference__in=wanted)}
        self.writers: set[tuple[int, str]] = set()
        if self.by_reference:
            cases = list(self.by_reference.values())
            self.writers = {
                (case_id, email.lower())
                for case_id, email in Message.objects.filter(
                    case__in=cases, direction=Direction.INBOUND
                ).values_list("case_id", "from_email")
            }
            self.writers |= {(c.pk, c.enquirer.email.lower()) for c in cases}
        emails = {p.from_address for p in parsed}
        self.enquirers: dict[str, Enquirer] = {}
        for row in (
            Enquirer.objects.annotate(lower_email=Lower("email"))
            .filter(lower_email__in=emails)
            .order_by("-id")  # the oldest wins, as in find_or_create_enquirer
        ):
            self.enquirers[row.email.lower()] = resolve_merged(row)

    # --- decisions ---------------------------------------------------------------------------

    def run(self) -> list[IngestResult]:
        self._load()
        seen: dict[str, tuple[Case, str]] = {}  # stored in this batch: id -> (case, digest)
        waiting: dict[str, Case] = {}  # ids awaited by messages earlier in this batch
        for item in self.items:
            self.results.append(self._decide(item, seen, waiting))
        self._write()
        by_id = {m.message_id: m.case for m, _, _ in self.messages}
        return [
            IngestResult(r.outcome, by_id[r.message_id].reference, r.message_id, r.reason)
            if r.message_id in by_id and r.outcome != Outcome.DUPLICATE
            else r
            for r in self.results
        ]

    def _decide(
        self, item: Incoming, seen: dict[str, tuple[Case, str]], waiting: dict[str, Case]
    ) -> IngestResult:
        parsed = item.parsed
        message_id, note = parsed.message_id, ""
        known = self._known_digest(message_id, seen)
        if known is not _ABSENT:
            if known is None or known == parsed.content_digest:
                return IngestResult(Outcome.DUPLICATE, message_id=message_id)
            derived = derived_message_id(message_id, parsed.content_digest)
            if self._known_digest(derived, seen) is not _ABSENT:
                return IngestResult(Outcome.DUPLICATE, message_id=derived)
            note = (
                f"Its Message-ID {message_id} was already used by a different message; "
                f"stored as {derived}."
            )[:500]
            message_id = derived
        if message_id in self.already_skipped:
            return IngestResult(Outcome.AUTOMATIC, message_id=message_id, reason="listed before")
        if parsed.from_address in self.own:
            return self._skip(item, message_id, "sent from the helpline's own address")
        case, how = self._thread(parsed, seen, waiting)
        if parsed.is_automatic:
            if case is None or (how == "reference" and not self._wrote_on(case, parsed)):
                return self._skip(item, message_id, parsed.automatic_reason)
            return self._add(item, message_id, case, note, seen, held="", rethread=False)
        if case is not None and how == "reference" and not self._wrote_on(case, parsed):
            reference = case.reference
            return self._add(
                item, message_id, case, note, seen, held=held_reason(parsed, reference)
            )
        if case is not None:
            return self._add(item, message_id, case, note, seen, held="", rethread=how == "child")
        return self._open(item, message_id, note, seen, waiting)

    def _known_digest(self, message_id: str, seen: dict[str, tuple[Case, str]]) -> object:
        if message_id in seen:
            return seen[message_id][1]
        return self.stored.get(message_id, _ABSENT)

    def _thread(
        self, parsed: ParsedMessage, seen: dict[str, tuple[Case, str]], waiting: dict[str, Case]
    ) -> tuple[Case | None, str]:
        for message_id in parsed.thread_ids:
            if message_id in seen:
                return seen[message_id][0], "thread"
            if message_id in self.by_message_id:
                return self.by_message_id[message_id], "thread"
        if parsed.message_id in waiting:
            return waiting[parsed.message_id], "child"
        if parsed.message_id in self.awaited:
            return self.awaited[parsed.message_id], "child"
        for reference in _references(parsed):
            if reference in self.by_reference:
                return self.by_reference[reference], "reference"
        return None, ""

    def _wrote_on(self, case: Case, parsed: ParsedMessage) -> bool:
        if parsed.is_bounce:
            return True  # a bounce of our reply names the case in the returned text
        email = parsed.from_address.lower()
        if case.pk is None:
            return case.enquirer.email.lower() == email
        return (case.pk, email) in self.writers

    def _skip(self, item: Incoming, message_id: str, reason: str) -> IngestResult:
        self.skipped.append((item, reason))
        self.already_skipped.add(message_id)
        return IngestResult(Outcome.AUTOMATIC, message_id=message_id, reason=reason)

    @staticmethod
    def _at(item: Incoming) -> datetime:
        at = item.parsed.date or item.received_at
        if at > item.received_at + timedelta(days=1):
            at = item.received_at  # a sender's clock in the future must not reorder the case
        return at

    def _message(
        self, item: Incoming, message_id: str, case: Case, name: str, email: str
    ) -> Message:
        parsed = item.parsed
        return Message(
            case=case,
            direction=Direction.INBOUND,
            at=self._at(item),
            from_name=name,
            from_email=email,
            subject=parsed.subject[:300],
            body_text=parsed.text,
            body_html=parsed.html,
            message_id=message_id,
            in_reply_to=parsed.in_reply_to,
            references=" ".join(parsed.references),
        )

    def _add(
        self,
        item: Incoming,
        message_id: str,
        case: Case,
        note: str,
        seen: dict[str, tuple[Case, str]],
        *,
        held: str,
        rethread: bool = False,
    ) -> IngestResult:
        parsed = item.parsed
        message = self._message(item, message_id, case, parsed.from_name, parsed.from_address)
        self.messages.append((message, item, note))
        self.added.append((case, message, parsed.is_automatic))
        seen[message_id] = (case, parsed.content_digest)
        if held:
            self.held.append((message, held))
            return IngestResult(Outcome.HELD, message_id=message_id, reason=held)
        if case.pk is not None:
            self.writers.add((case.pk, parsed.from_address))
        if rethread:
            self.rethreaded.append((case, message))
        if not parsed.is_automatic:
            self.platform_texts.append((case, f"{parsed.subject}\n{parsed.text}"))
            if case.pk and case.status in _REOPEN and case.pk not in self.reopened:
                self.reopened[case.pk] = (case, case.status)
        return IngestResult(Outcome.ADDED, message_id=message_id)

    def _open(
        self,
        item: Incoming,
        message_id: str,
        note: str,
        seen: dict[str, tuple[Case, str]],
        waiting: dict[str, Case],
    ) -> IngestResult:
        parsed = item.parsed
        enquirer = self.enquirers.get(parsed.from_address)
        if enquirer is None:
            enquirer = Enquirer(email=parsed.from_address, name=parsed.from_name)
            self.enquirers[parsed.from_address] = enquirer
            self.new_enquirers.append(enquirer)
        # A known record is never changed by mail: the sender's details as given are kept on
        # the case (contact_*), and only a practitioner edits the record.
        at = self._at(item)
        case = Case(
            reference=self.references.next(timezone.localtime(at).year),
            subject=parsed.subject[:300],
            channel=Channel.EMAIL,
            status=Status.NEW,
            opened_at=at,
            enquirer=enquirer,
            **sender_contact(name=parsed.from_name, address=parsed.from_address).case_fields(),
            enquirer_type=enquirer.enquirer_type,
            setting_type=enquirer.setting_type,
            region=enquirer.region,
        )
        message = self._message(item, message_id, case, parsed.from_name, parsed.from_address)
        self.new_cases.append(case)
        self.by_reference[case.reference] = case  # later mail in this batch may quote it
        self.messages.append((message, item, note))
        seen[message_id] = (case, parsed.content_digest)
        for parent in parsed.thread_ids[:20]:  # a reply whose parent has not arrived yet
            waiting.setdefault(parent, case)
            self.awaiting.append((message, parent))
        self.platform_texts.append((case, f"{parsed.subject}\n{parsed.text}"))
        if self.acknowledge and may_acknowledge(parsed):
            self.to_acknowledge.append(case)
        return IngestResult(Outcome.NEW_CASE, message_id=message_id)

    # --- writing -----------------------------------------------------------------------------

    def _write(self) -> None:
        from casebook.intake.actions import attachment_rows

        originals = []
        attachments: list[Attachment] = []
        for message, item, note in self.messages:
            digest, path = store_bytes(item.raw, kind="originals", suffix=".eml")
            originals.append((message, item, note, digest, path))
            attachments.extend(attachment_rows(message, item.parsed))
        skipped_rows = []
        for item, reason in self.skipped:
            digest, path = store_bytes(item.raw, kind="skipped", suffix=".eml")
            skipped_rows.append(_skipped_row(item, reason, digest, path))

        fastinsert.insert(self.new_enquirers)
        self.references.claim()
        for case, _, _ in self.added:
            if case.pk is None:  # every message added to a case bumps its version
                case.version += 1
        # bulk_create fills in foreign keys from related objects saved since they were set.
        fastinsert.insert(self.new_cases)
        fastinsert.insert([m for m, _, _ in self.messages])
        _assess([m for m, _, _ in self.messages])
        fastinsert.insert(
            [
                MailOriginal(
                    message=message,
                    sha256=digest,
                    size=len(item.raw),
                    storage_path=path,
                    source=item.source[:500],
                    received_at=item.received_at,
                    content_digest=item.parsed.content_digest,
                    note=note,
                    defects=list(item.parsed.defects),
                    parser_version=PARSER_VERSION,
                )
                for message, item, note, digest, path in originals
            ],
            returning=False,
        )
        fastinsert.insert(attachments, returning=False)
        SkippedMail.objects.bulk_create(skipped_rows, ignore_conflicts=True)
        HeldMessage.objects.bulk_create(
            HeldMessage(message=message, reason=reason) for message, reason in self.held
        )
        in_batch = {m.message_id for m, _, _ in self.messages}
        AwaitedParent.objects.bulk_create(
            AwaitedParent(message=message, referenced_id=parent)
            for message, parent in self.awaiting
            if parent not in in_batch
        )
        _tag_platforms(self.platform_texts)
        new_pks = {c.pk for c in self.new_cases}
        _touch_existing_cases(self.added, self.reopened, new_pks)
        # Due times: what the enquirer wrote (not automatic mail, not held mail) starts or
        # continues the case's wait for a reply.
        quiet = {id(m) for _, m, automatic in self.added if automatic}
        quiet |= {id(m) for m, _ in self.held}
        triage.note_inbound_many(
            ((m.case, m.at) for m, _, _ in self.messages if id(m) not in quiet),
            reopened=self.reopened,
        )
        events = [
            AuditEvent(case=c, action="case.opened", detail={"channel": "email"})
            for c in self.new_cases
        ]
        held_ids = {m.pk for m, _ in self.held}
        for case, message, automatic in self.added:
            held = message.pk in held_ids
            events.append(
                AuditEvent(
                    case=case,
                    action="email.held" if held else "email.received",
                    detail={"message": message.pk, "automatic": automatic},
                )
            )
        for message, _, note, _, _ in originals:
            if note:
                events.append(
                    AuditEvent(
                        case=message.case,
                        action="email.derived_id",
                        detail={"message": message.pk, "note": note},
                    )
                )
        events += self._rethread()
        events += [
            AuditEvent(
                case=None,
                action="email.skipped",
                detail={"message_id": row.message_id, "reason": row.reason},
            )
            for row in skipped_rows
        ]
        fastinsert.insert(events, returning=False)
        if self.to_acknowledge:
            from casebook.intake.outbound import queue_acknowledgement

            for case in self.to_acknowledge:
                queue_acknowledgement(case=case)

    def _rethread(self) -> list[AuditEvent]:
        """A parent that arrived after its reply: its case now starts where the parent did."""
        events = []
        for case, message in self.rethreaded:
            AwaitedParent.objects.filter(referenced_id=message.message_id).delete()
            if case.pk is None or message.at >= case.opened_at:
                continue
            Case.objects.filter(pk=case.pk).update(opened_at=message.at, subject=message.subject)
            events.append(
                AuditEvent(
                    case=case,
                    action="case.rethreaded",
                    detail={
                        "message": message.pk,
                        "old_opened_at": case.opened_at.isoformat(),
                        "old_subject": case.subject,
                    },
                )
            )
            case.opened_at, case.subject = message.at, message.subject
        return events


_ABSENT = object()


def _references(parsed: ParsedMessage) -> list[str]:
    refs = [parsed.case_reference] if parsed.case_reference else []
    if parsed.is_bounce:
        refs += references_in(parsed.text)
    return refs


def _skipped_row(item: Incoming, reason: str, digest: str, path: str) -> SkippedMail:
    parsed = item.parsed
    return SkippedMail(
        received_at=item.received_at,
        source=item.source[:500],
        message_id=parsed.message_id,
        sender=parsed.from_address[:254],
        sender_name=parsed.from_name[:200],
        subject=parsed.subject[:300],
        reason=reason[:300],
        sha256=digest,
        size=len(item.raw),
        storage_path=path,
    )


class _ReferenceBlock:
    """Case references for a batch, numbered as the cases are met, claimed at the end.

    The year's counter row is locked when first read (SQLite's IMMEDIATE transactions hold
    the write lock already), so the numbers handed out here are the ones the claim takes; if
    the counter moved anyway, the claim fails and the batch is redone message by message.
    """

    def __init__(self) -> None:
        self.start: dict[int, int] = {}
        self.used: Counter[int] = Counter()

    def next(self, year: int) -> str:
        if year not in self.start:
            ReferenceCounter.objects.get_or_create(year=year)
            self.start[year] = (
                ReferenceCounter.objects.select_for_update()
                .values_list("last", flat=True)
                .get(year=year)
            )
        self.used[year] += 1
        return format_reference(year, self.start[year] + self.used[year])

    def claim(self) -> None:
        from django.db import IntegrityError

        for year, count in self.used.items():
            claimed = ReferenceCounter.objects.filter(year=year, last=self.start[year]).update(
                last=self.start[year] + count
            )
            if claimed != 1:
                raise IntegrityError(f"reference counter for {year} moved during the import")


def _tag_platforms(texts: list[tuple[Case, str]]) -> None:
    if not texts:
        return
    platforms = list(Platform.objects.filter(retired=False))
    aliases = {p.name: p.aliases for p in platforms}
    by_name = {p.name: p for p in platforms}
    existing = set(
        CasePlatform.objects.filter(case__in=[c for c, _ in texts if c.pk]).values_list(
            "case_id", "platform_id"
        )
    )
    rows = []
    for case, text in texts:
        for name in find_platforms(text, aliases):
            key = (case.pk, by_name[name].pk)
            if key not in existing:
                existing.add(key)
                rows.append(
                    CasePlatform(case=case, platform=by_name[name], source=PlatformSource.DETECTED)
                )
    fastinsert.insert(rows, returning=False)


def _touch_existing_cases(
    added: list[tuple[Case, Message, bool]],
    reopened: dict[int, tuple[Case, str]],
    new_case_pks: set[int],
) -> None:
    """Bump existing cases' versions once per message added; reopen the waiting ones."""
    per_case = Counter(c.pk for c, _, _ in added if c.pk not in new_case_pks)
    by_count: dict[int, list[int]] = defaultdict(list)
    for pk, count in per_case.items():
        by_count[count].append(pk)
    now = timezone.now()
    for count, pks in by_count.items():
        Case.objects.filter(pk__in=pks).update(version=F("version") + count, updated_at=now)
    if reopened:
        # A case with items still open with platforms comes back as escalated, as the
        # partners' writes keep it (casebook.partners.actions).
        escalated = cases_with_open_items(reopened)
        status = {pk: Status.ESCALATED if pk in escalated else Status.OPEN for pk in reopened}
        for new in (Status.OPEN, Status.ESCALATED):
            pks = [pk for pk, s in status.items() if s == new]
            if pks:
                Case.objects.filter(pk__in=pks).update(status=new, closed_at=None)
        AuditEvent.objects.bulk_create(
            AuditEvent(case=case, action="status.changed", detail={"old": old, "new": status[pk]})
            for pk, (case, old) in reopened.items()
        )


def _assess(messages: list[Message]) -> None:
    """Read the batch's inbound messages for risks (bulk_create sends no signal)."""
    from casebook.classify.actions import do_assess_inbound
    from casebook.classify.training import message_text

    inbound = [
        (m.case_id, message_text(m.subject or m.case.subject, m.body_text, m.body_html))
        for m in messages
        if m.direction == Direction.INBOUND
    ]
    try:
        do_assess_inbound(messages=inbound)
    except Exception:  # a failed assessment must never lose the messages it reads
        log.exception("risk assessment failed for %d stored messages", len(inbound))
