"""Finding everything held about one person, for subject access and erasure.

A person is found from an enquirer record or an email address. What is theirs:
- their cases: every case whose enquirer is one of their records;
- their correspondence: messages from or to their address on other people's cases;
- mentions: other rows (another case's dialogue, a note, a referral reason) whose text names
  them by full name, address or phone number; listed, and on erasure replaced;
- stored mail kept apart from cases that is from them or names them;
- audit events about their cases or naming them.
Reads only; writes are in actions.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q, QuerySet, TextField
from django.db.models.functions import Cast

from casebook.accounts.models import AuditEvent
from casebook.cases.models import Case, Direction, Enquirer, Message
from casebook.privacy import engine
from casebook.privacy.registry import CASE_DATA, MAIL_STORES, CaseRows, MailStore
from casebook.privacy.scrub import Identifiers, sort_identifiers

# Columns that only ever hold machine identifiers or codes: never searched for mentions.
NOT_FREE_TEXT = frozenset({"message_id", "in_reply_to", "references", "send_error"})


class PersonNotFound(Exception):
    pass


@dataclass(frozen=True)
class Mention:
    """A row outside the person's own cases whose text names them."""

    model: str  # "cases.Message"
    pk: Any
    case_id: int | None
    reference: str
    columns: tuple[str, ...]


@dataclass(frozen=True)
class StoredMail:
    store: MailStore
    pk: Any
    path: str


@dataclass
class Person:
    asked: str  # "enquirer 12" or "an email address": how the request found them
    enquirers: list[Enquirer]
    identifiers: Identifiers
    cases: list[Case]
    correspondence: list[Message]
    mentions: list[Mention] = field(default_factory=list)
    mail: list[StoredMail] = field(default_factory=list)

    @property
    def case_ids(self) -> list[int]:
        return [c.pk for c in self.cases]

    @property
    def enquirer_ids(self) -> list[int]:
        return [e.pk for e in self.enquirers]

    @property
    def emails(self) -> tuple[str, ...]:
        return self.identifiers.emails

    def is_empty(self) -> bool:
        return not (
            self.enquirers or self.cases or self.correspondence or self.mentions or self.mail
        )


def _emails_match(column: str, emails: Iterable[str]) -> Q:
    q = Q(pk__in=[])
    for email in emails:
        q |= Q(**{f"{column}__iexact": email})
    return q


def find_person(
    *, enquirer_id: int | None = None, email: str = "", also: Iterable[str] = ()
) -> Person:
    """Everything held about the person with this enquirer record or email address.

    also: other identifiers their request gives, one per item (names, email addresses,
    phone numbers, "@handles"; scrub.sort_identifiers): searched for too, and an address
    among them finds the cases and mail from it.

    Raises PersonNotFound for an enquirer id that does not exist; an address nobody used
    gives an empty Person (the answer to the request is then "nothing held")."""
    email = email.strip()
    also_names, also_emails, also_phones, also_handles = sort_identifiers(also)
    if enquirer_id is not None:
        enquirers = list(Enquirer.objects.filter(pk=enquirer_id))
        if not enquirers:
            raise PersonNotFound(f"No enquirer record {enquirer_id}.")
        asked = f"enquirer {enquirer_id}"
    else:
        enquirers = (
            list(Enquirer.objects.filter(email__iexact=email).order_by("pk")) if email else []
        )
        asked = "an email address"
    placeholder = engine.placeholder_id()
    enquirers = [e for e in _family(enquirers) if e.pk != placeholder]
    emails = (
        {e.email for e in enquirers if e.email} | ({email} if email else set()) | set(also_emails)
    )
    family_ids = {e.pk for e in enquirers}
    # Their cases: on their records, or where they gave their address as the contact (a
    # shared record, such as a school's safeguarding mailbox).
    cases = list(
        Case.objects.filter(Q(enquirer__in=enquirers) | _emails_match("contact_email", emails))
        .exclude(enquirer_id=placeholder or 0)
        .select_related("enquirer")
        .order_by("opened_at", "pk")
    )
    correspondence = list(
        Message.objects.filter(
            _emails_match("from_email", emails) | _emails_match("to_email", emails)
        )
        .exclude(case__in=cases)
        .select_related("case")
        .order_by("at", "pk")
    )
    # The names they signed their own mail with count as theirs too.
    own_names = Message.objects.filter(
        Q(case__in=cases) | Q(pk__in=[m.pk for m in correspondence]),
        direction=Direction.INBOUND,
    ).exclude(from_name="")
    names = {e.name for e in enquirers} | set(
        _emails_names(own_names.values_list("from_name", "from_email"), emails)
    )
    given = [(c.contact_name, c.contact_phone) for c in cases if c.enquirer_id not in family_ids]
    names |= {n for n, _ in given if n}
    identifiers = Identifiers.of(
        names=names | set(also_names),
        emails=emails,
        phones=[e.phone for e in enquirers if e.phone] + [p for _, p in given if p] + also_phones,
        handles=also_handles,
    )
    person = Person(
        asked=asked,
        enquirers=enquirers,
        identifiers=identifiers,
        cases=cases,
        correspondence=correspondence,
    )
    person.mentions = find_mentions(
        identifiers, exclude_cases=person.case_ids, exclude_messages=[m.pk for m in correspondence]
    )
    person.mail = find_mail(identifiers)
    return person


def _family(found: list[Enquirer]) -> list[Enquirer]:
    """The records and every record merged into them or that they were merged into: one
    person, however many records they had."""
    family = {e.pk: e for e in found}
    frontier = set(family)
    while frontier:
        more = Enquirer.objects.filter(
            Q(merged_into__in=frontier) | Q(merged_from__in=frontier)
        ).exclude(pk__in=family)
        frontier = set()
        for e in more:
            family[e.pk] = e
            frontier.add(e.pk)
    return sorted(family.values(), key=lambda e: e.pk)


def _emails_names(rows: Iterable[tuple[str, str]], emails: set[str]) -> Iterable[str]:
    lowered = {e.lower() for e in emails}
    for name, address in rows:
        if not address or address.lower() in lowered:
            yield name


def _mention_columns(rows: CaseRows) -> list[str]:
    model = rows.model_class()
    return [
        c
        for c in rows.blank
        if c not in NOT_FREE_TEXT
        and model._meta.get_field(c).get_internal_type() in {"CharField", "TextField"}
    ]


def find_mentions(
    identifiers: Identifiers,
    *,
    exclude_cases: Iterable[int] = (),
    exclude_messages: Iterable[int] = (),
) -> list[Mention]:
    """Rows of CASE_DATA outside these cases (and messages) whose free text names the
    person. The database narrows with a regular expression; Python confirms each hit."""
    regex = identifiers.db_regex()
    pattern = identifiers.pattern()
    if regex is None or pattern is None:
        return []
    exclude_cases = list(exclude_cases)
    exclude_messages = set(exclude_messages)
    found: list[Mention] = []
    for rows in CASE_DATA:
        columns = _mention_columns(rows)
        if not columns:
            continue
        model = rows.model_class()
        q = Q(pk__in=[])
        for column in columns:
            q |= Q(**{f"{column}__iregex": regex})
        case_path = "pk" if rows.to_case == "pk" else rows.to_case
        hits: QuerySet[Any] = model._default_manager.filter(q).exclude(
            **{f"{case_path}__in": exclude_cases}
        )
        for values in hits.values("pk", case_path, *columns).iterator():
            if rows.model == "cases.Message" and values["pk"] in exclude_messages:
                continue
            matched = tuple(c for c in columns if pattern.search(str(values[c] or "")))
            if matched:
                case_id = values[case_path]
                found.append(Mention(rows.model, values["pk"], case_id, "", matched))
    references = dict(
        Case.objects.filter(pk__in={m.case_id for m in found}).values_list("pk", "reference")
    )
    return [
        Mention(m.model, m.pk, m.case_id, references.get(m.case_id or 0, ""), m.columns)
        for m in found
    ]


def find_mail(identifiers: Identifiers) -> list[StoredMail]:
    """Stored mail kept apart from cases that is from the person or names them (its columns
    or the raw bytes of its file)."""
    regex = identifiers.db_regex()
    out = []
    for store in MAIL_STORES:
        model = store.model_class()
        for pk, path, *values in model._default_manager.values_list(
            "pk", store.file, *store.senders, *store.text
        ).iterator():
            text = " ".join(str(v or "") for v in values)
            if regex is None:
                continue
            if identifiers.find(text):
                out.append(StoredMail(store, pk, path))
                continue
            data = engine.file_bytes(path) if path else None
            if data is not None and engine.mail_mentions(data, identifiers):
                out.append(StoredMail(store, pk, path))
    return out


def audit_events(person: Person) -> QuerySet[AuditEvent]:
    """Audit events about the person's cases, about them (subject access, erasure), or whose
    detail names them."""
    q = Q(case__in=person.case_ids) | Q(detail__enquirer__in=person.enquirer_ids)
    regex = person.identifiers.db_regex()
    events = AuditEvent.objects.all()
    if regex is not None:
        events = events.annotate(detail_text=Cast("detail", TextField()))
        q |= Q(detail_text__iregex=regex)
    return events.filter(q).select_related("actor", "case").order_by("at", "pk")
