"""Writes to cases. Every function is atomic, keyword-only, and writes an audit event."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from casebook.accounts.models import AuditEvent, User
from casebook.cases.models import (
    Case,
    CaseCategory,
    CasePlatform,
    Category,
    Channel,
    Direction,
    Enquirer,
    Message,
    Platform,
    PlatformSource,
    Provenance,
    ReferenceCounter,
    Status,
)
from casebook.partners.queries import open_item_count
from casebook.triage import service as triage


class StaleCaseError(Exception):
    """The case changed since the editor loaded it; their edit was not applied."""

    def __init__(self, case: Case) -> None:
        super().__init__(
            f"{case.reference} was changed by someone else while you were editing it. "
            "Your change was not saved: reload the case, check what changed and try again."
        )
        self.case = case


class StatusRefusedError(ValueError):
    """The status asked for contradicts the case's items open with platforms; nothing changed.
    The message says why, for the user."""


# While any item escalated to a platform is open, the case is escalated (casebook.partners:
# it goes back to open when the last item gets its outcome), or closed once the practitioner
# has confirmed closing it anyway. These statuses would hide the open items.
STATUSES_WITHOUT_OPEN_ITEMS = frozenset({Status.NEW, Status.OPEN, Status.AWAITING_ENQUIRER})


def _items_keep_escalated(open_items: int) -> str:
    plural = open_items > 1
    return (
        f"{open_items} item{'s' if plural else ''} escalated to platforms "
        f"{'are' if plural else 'is'} still waiting for an outcome, so the case stays "
        "escalated. Record the outcomes first (the case goes back to open with the last one), "
        "or close the case."
    )


def reopened_status(case: Case) -> Status:
    """The status a case that is worked on again takes: open, or escalated while it has items
    open with platforms."""
    return Status.ESCALATED if open_item_count(case) else Status.OPEN


def audit(*, actor: User | None, case: Case | None, action: str, **detail: Any) -> None:
    AuditEvent.objects.create(actor=actor, case=case, action=action, detail=detail)


def format_reference(year: int, number: int) -> str:
    return f"CB-{year}-{number:05d}"


def allocate_reference(*, year: int) -> str:
    """Next reference for the year, safe under concurrent writers (one conditional update)."""
    with transaction.atomic():
        ReferenceCounter.objects.get_or_create(year=year)
        ReferenceCounter.objects.filter(year=year).update(last=F("last") + 1)
        last = ReferenceCounter.objects.values_list("last", flat=True).get(year=year)
    return format_reference(year, last)


@dataclass(frozen=True)
class Contact:
    """Contact details as given with one enquiry (kept on its case as given)."""

    name: str = ""
    email: str = ""
    phone: str = ""
    organisation: str = ""

    @classmethod
    def of(cls, enquirer: Enquirer) -> Contact:
        return cls(
            name=enquirer.name,
            email=enquirer.email,
            phone=enquirer.phone,
            organisation=enquirer.organisation,
        )

    def case_fields(self) -> dict[str, str]:
        """The Case.contact_* values that keep these details on a case (cut to fit)."""
        return {
            "contact_name": self.name[:200],
            "contact_email": self.email.strip()[:254],
            "contact_phone": self.phone[:40],
            "contact_organisation": self.organisation[:200],
        }


def resolve_merged(enquirer: Enquirer) -> Enquirer:
    """The record a merged enquirer now lives on (itself if it was never merged)."""
    seen = {enquirer.pk}
    while enquirer.merged_into_id is not None:
        enquirer = Enquirer.objects.get(pk=enquirer.merged_into_id)
        if enquirer.pk in seen:  # a cycle cannot be made through the actions; stop anyway
            break
        seen.add(enquirer.pk)
    return enquirer


def find_or_create_enquirer(
    *, email: str = "", name: str = "", phone: str = "", **profile: str
) -> Enquirer:
    """The enquirer with this email address (any letter case), or a new one with these details.

    An existing record is never changed: what an enquiry says about its sender is kept on the
    case (Contact), and only a practitioner edits the record (see enquirer_actions).
    """
    enquirer = None
    if email.strip():
        enquirer = Enquirer.objects.filter(email__iexact=email.strip()).order_by("id").first()
    if enquirer is None:
        return Enquirer.objects.create(email=email.strip(), name=name, phone=phone, **profile)
    return resolve_merged(enquirer)


@transaction.atomic
def do_open_case(
    *,
    enquirer: Enquirer,
    channel: Channel | str,
    subject: str,
    first_message: str,
    opened_at: datetime | None = None,
    actor: User | None = None,
    categories: Iterable[Category] = (),
    provenance: Provenance = Provenance.ENQUIRER,
    message_id: str | None = None,
    body_html: str = "",
    first_message_direction: Direction = Direction.INBOUND,
    contact: Contact | None = None,
    profile: dict[str, str] | None = None,
) -> Case:
    """Open a case with its first message.

    `contact` is who wrote or called as they gave themselves (default: the enquirer record's
    details); `profile` the enquirer type, setting and region given with the enquiry (default:
    the record's, as a prefill). Neither changes the enquirer record.
    """
    opened_at = opened_at or timezone.now()
    contact = contact or Contact.of(enquirer)
    given = {
        "enquirer_type": enquirer.enquirer_type,
        "setting_type": enquirer.setting_type,
        "region": enquirer.region,
        **{k: v for k, v in (profile or {}).items() if v},
    }
    case = Case.objects.create(
        reference=allocate_reference(year=timezone.localtime(opened_at).year),
        subject=subject[:300],
        channel=channel,
        status=Status.NEW,
        opened_at=opened_at,
        last_activity_at=opened_at,
        enquirer=enquirer,
        **contact.case_fields(),
        **given,
    )
    Message.objects.create(
        case=case,
        direction=first_message_direction,
        at=opened_at,
        author=actor if first_message_direction != Direction.INBOUND else None,
        from_name=contact.name,
        from_email=contact.email.strip(),
        subject=subject[:300],
        body_text=first_message,
        body_html=body_html,
        message_id=message_id,
    )
    if first_message_direction == Direction.INBOUND:
        triage.note_inbound(case=case, at=opened_at, previous_status=None, status=case.status)
    CaseCategory.objects.bulk_create(
        CaseCategory(
            case=case, category=c, provenance=provenance, added_by=actor, added_at=opened_at
        )
        for c in categories
    )
    detect_platforms(case=case, text=f"{subject}\n{first_message}")
    audit(actor=actor, case=case, action="case.opened", channel=str(channel))
    return case


def detect_platforms(*, case: Case, text: str) -> list[Platform]:
    """Tag the platforms the text names (see casebook.lib.platforms for the matching)."""
    from casebook.lib.platforms import find_platforms

    platforms = list(Platform.objects.filter(retired=False))
    names = find_platforms(text, {p.name: p.aliases for p in platforms})
    found = [p for p in platforms if p.name in names]
    existing = set(case.platform_tags.values_list("platform_id", flat=True))
    CasePlatform.objects.bulk_create(
        CasePlatform(case=case, platform=p, source=PlatformSource.DETECTED)
        for p in found
        if p.pk not in existing
    )
    return found


def _bump(case: Case, *, expected_version: int | None) -> None:
    """Claim the next version of the case, or raise StaleCaseError if someone else did."""
    query = Case.objects.filter(pk=case.pk)
    if expected_version is not None:
        query = query.filter(version=expected_version)
    if query.update(version=F("version") + 1, updated_at=timezone.now()) != 1:
        case.refresh_from_db()
        raise StaleCaseError(case)
    case.refresh_from_db(fields=["version", "updated_at"])


def bump_case_version(case: Case, *, expected_version: int | None) -> None:
    """Claim the next version of the case (for actions in other modules); see _bump."""
    _bump(case, expected_version=expected_version)


@transaction.atomic
def do_add_note(*, case: Case, actor: User, text: str) -> Message:
    note = Message.objects.create(
        case=case, direction=Direction.NOTE, at=timezone.now(), author=actor, body_text=text
    )
    _bump(case, expected_version=None)  # notes never conflict: they only append
    audit(actor=actor, case=case, action="note.added", message=note.pk)
    return note


@transaction.atomic
def do_record_reply(
    *, case: Case, actor: User, text: str, at: datetime | None = None, send_state: str = ""
) -> Message:
    """Record a reply to the enquirer (sent by email elsewhere, or said on the phone)."""
    at = at or timezone.now()
    reply = Message.objects.create(
        case=case,
        direction=Direction.OUTBOUND,
        at=at,
        author=actor,
        from_name=actor.display_name(),
        subject=f"Re: {case.subject} [{case.reference}]"[:300],
        body_text=text,
        send_state=send_state,
    )
    fields: dict[str, Any] = {}
    if case.first_response_at is None:
        fields["first_response_at"] = at
    if case.status == Status.NEW:
        fields["status"] = Status.OPEN
    if fields:
        Case.objects.filter(pk=case.pk).update(**fields)
        for name, value in fields.items():
            setattr(case, name, value)
    _bump(case, expected_version=None)
    how = "email" if send_state else "phone"
    triage.note_reply(case=case, at=at, actor=actor, how=how, message=reply)
    audit(actor=actor, case=case, action="reply.recorded", message=reply.pk)
    return reply


@transaction.atomic
def do_change_status(*, case: Case, actor: User, status: Status, expected_version: int) -> None:
    """Set the case's status.

    Raises StaleCaseError if the case changed since expected_version, and StatusRefusedError
    for new, open or awaiting while items escalated to platforms are open (see
    STATUSES_WITHOUT_OPEN_ITEMS); nothing changes then.
    """
    # The version is claimed first: it locks the case row, as the partners' writes do, so no
    # item can be escalated or closed between the check below and the change.
    _bump(case, expected_version=expected_version)
    if status in STATUSES_WITHOUT_OPEN_ITEMS:
        open_items = open_item_count(case)
        if open_items:
            raise StatusRefusedError(_items_keep_escalated(open_items))
    old = case.status
    closed_at = timezone.now() if status == Status.CLOSED else None
    Case.objects.filter(pk=case.pk).update(status=status, closed_at=closed_at)
    case.status, case.closed_at = status, closed_at
    triage.note_status(case=case, old=old, new=status, at=timezone.now())
    audit(actor=actor, case=case, action="status.changed", old=old, new=str(status))


@transaction.atomic
def do_assign_case(
    *, case: Case, actor: User, assignee: User | None, expected_version: int
) -> None:
    _bump(case, expected_version=expected_version)
    old = case.assigned_to_id
    Case.objects.filter(pk=case.pk).update(assigned_to=assignee)
    case.assigned_to = assignee
    triage.note_assigned(case=case, assignee=assignee, actor=actor)
    audit(
        actor=actor,
        case=case,
        action="case.assigned",
        old=old,
        new=assignee.pk if assignee else None,
    )


@transaction.atomic
def do_add_category(
    *,
    case: Case,
    actor: User | None,
    category: Category,
    provenance: Provenance = Provenance.PRACTITIONER,
    expected_version: int | None = None,
) -> bool:
    """Tag the case; False if it already carried the category (its provenance is kept).

    With expected_version (an edit made on the case page) a case changed since raises
    StaleCaseError and nothing is tagged.
    """
    if expected_version is not None:
        _bump(case, expected_version=expected_version)
    _, created = CaseCategory.objects.get_or_create(
        case=case,
        category=category,
        defaults={"provenance": provenance, "added_by": actor, "added_at": timezone.now()},
    )
    if created:
        if expected_version is None:
            _bump(case, expected_version=None)
        audit(actor=actor, case=case, action="category.added", category=category.name)
    return created


@transaction.atomic
def do_remove_category(
    *, case: Case, actor: User, category: Category, expected_version: int | None = None
) -> bool:
    """Untag the case; False if it did not carry the category. See do_add_category."""
    if expected_version is not None:
        _bump(case, expected_version=expected_version)
    deleted, _ = CaseCategory.objects.filter(case=case, category=category).delete()
    if deleted:
        if expected_version is None:
            _bump(case, expected_version=None)
        audit(actor=actor, case=case, action="category.removed", category=category.name)
    return bool(deleted)


@transaction.atomic
def do_set_platforms(
    *,
    case: Case,
    actor: User,
    platforms: Iterable[Platform],
    expected_version: int | None = None,
) -> None:
    """Make the case's platforms exactly these; with expected_version, refuse a stale edit.

    Saving the platforms the case already has changes nothing (no new version, no event), so
    it cannot overwrite anyone and is never refused.
    """
    wanted = {p.pk: p for p in platforms}
    current = dict(case.platform_tags.values_list("platform_id", "source"))
    if set(wanted) == set(current):
        return
    _bump(case, expected_version=expected_version)
    old = sorted(case.platform_tags.values_list("platform__name", flat=True))
    CasePlatform.objects.filter(case=case).exclude(platform_id__in=wanted).delete()
    CasePlatform.objects.bulk_create(
        CasePlatform(case=case, platform=p, source=PlatformSource.PRACTITIONER)
        for pk, p in wanted.items()
        if pk not in current
    )
    audit(
        actor=actor,
        case=case,
        action="platforms.set",
        old=old,
        platforms=sorted(p.name for p in wanted.values()),
    )


@transaction.atomic
def do_update_profile(
    *,
    case: Case,
    actor: User,
    expected_version: int,
    also_enquirer: bool = False,
    **fields: str,
) -> None:
    """Record enquirer type, setting and region on the case, as at this enquiry.

    With also_enquirer the enquirer record takes them too (for their next cases), as an
    audited edit of the record (see enquirer_actions.do_update_enquirer).
    """
    allowed = {"enquirer_type", "setting_type", "region"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"not profile fields: {sorted(unknown)}")
    _bump(case, expected_version=expected_version)
    old = {f: getattr(case, f) for f in fields}
    Case.objects.filter(pk=case.pk).update(**fields)
    for name, value in fields.items():
        setattr(case, name, value)
    audit(actor=actor, case=case, action="profile.updated", old=old, new=fields)
    if also_enquirer:
        from casebook.cases.enquirer_actions import do_update_enquirer

        enquirer = Enquirer.objects.get(pk=case.enquirer_id)
        do_update_enquirer(
            enquirer=enquirer, actor=actor, expected_version=enquirer.version, details=fields
        )


def find_enquirer_for_call(*, email: str = "", phone: str = "") -> Enquirer | None:
    """The enquirer a caller most likely is: by email first, then by the exact phone number."""
    found = None
    if email.strip():
        found = Enquirer.objects.filter(email__iexact=email.strip()).order_by("id").first()
    if found is None and phone.strip():
        found = Enquirer.objects.filter(phone=phone.strip()).order_by("id").first()
    return resolve_merged(found) if found is not None else None


@transaction.atomic
def do_submit_enquiry(
    *,
    name: str,
    email: str,
    phone: str = "",
    organisation: str = "",
    enquirer_type: str = "",
    setting_type: str = "",
    region: str = "",
    subject: str,
    text: str,
    categories: Iterable[Category] = (),
) -> Case:
    """Open a web-form case with the enquirer's own categories, all or nothing.

    The details typed are kept on the case; an enquirer already known by this email address
    keeps their record as it is (a form anyone can post must not rename them).
    """
    profile = {"enquirer_type": enquirer_type, "setting_type": setting_type, "region": region}
    enquirer = find_or_create_enquirer(
        email=email, name=name, phone=phone, organisation=organisation, **profile
    )
    return do_open_case(
        enquirer=enquirer,
        channel=Channel.WEB,
        subject=subject,
        first_message=text,
        categories=categories,
        provenance=Provenance.ENQUIRER,
        contact=Contact(name=name, email=email, phone=phone, organisation=organisation),
        profile=profile,
    )


@transaction.atomic
def do_record_call(
    *,
    actor: User,
    case: Case | None = None,
    name: str = "",
    email: str = "",
    phone: str = "",
    organisation: str = "",
    enquirer_type: str = "",
    setting_type: str = "",
    region: str = "",
    subject: str = "",
    enquirer_words: str = "",
    note: str = "",
    categories: Iterable[Category] = (),
    at: datetime | None = None,
    answered: bool = False,
    answer: str = "",
) -> Case:
    """Record a phone call: open a phone case, or add the call to an existing case.

    What the caller said is stored as an inbound message (it is their enquiry); the
    practitioner's own observations go in an internal note. The practitioner handled the call,
    so an unassigned case becomes theirs and a new or waiting one is open; if they answered
    the caller (`answered`, or what they said in `answer`), that is recorded as a phone reply,
    which counts as a response. The caller's details are kept on a new case as given; an
    enquirer found by email or phone keeps their record unchanged.
    """
    at = at or timezone.now()
    if case is None:
        profile = {"enquirer_type": enquirer_type, "setting_type": setting_type, "region": region}
        enquirer = find_enquirer_for_call(email=email, phone=phone)
        if enquirer is None:
            enquirer = find_or_create_enquirer(
                email=email, name=name, phone=phone, organisation=organisation, **profile
            )
        case = do_open_case(
            enquirer=enquirer,
            channel=Channel.PHONE,
            subject=subject or "Phone call",
            first_message=enquirer_words,
            opened_at=at,
            actor=actor,
            categories=categories,
            provenance=Provenance.PRACTITIONER,
            contact=Contact(name=name, email=email, phone=phone, organisation=organisation),
            profile=profile,
        )
    else:
        call = Message.objects.create(
            case=case,
            direction=Direction.INBOUND,
            at=at,
            author=None,
            from_name=case.contact_name or case.enquirer.name,
            subject=subject or "Phone call",
            body_text=enquirer_words,
        )
        _bump(case, expected_version=None)  # a call only appends
        triage.note_inbound(case=case, at=at, previous_status=case.status, status=case.status)
        audit(actor=actor, case=case, action="call.recorded", message=call.pk)
        for category in categories:
            do_add_category(case=case, actor=actor, category=category)
    if case.assigned_to_id is None:
        do_assign_case(case=case, actor=actor, assignee=actor, expected_version=case.version)
    if case.status in {Status.NEW, Status.AWAITING_ENQUIRER, Status.CLOSED}:
        do_change_status(
            case=case, actor=actor, status=reopened_status(case), expected_version=case.version
        )
    if note.strip():
        do_add_note(case=case, actor=actor, text=note)
    if answered or answer.strip():
        do_record_reply(
            case=case, actor=actor, text=answer.strip() or "(Answered on the phone.)", at=at
        )
    return case
