"""Load the synthetic helpline into the database: demo users, both published periods, and
helplines of any size for benchmarks.

Rows go in with bulk_create in batches (no per-case queries), each batch in one transaction,
so a failure never leaves half a batch behind. References come from ReferenceCounter with
one conditional update per year per batch, so they never collide with existing cases.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from itertools import islice

from django.contrib.auth.hashers import PBKDF2PasswordHasher, make_password
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from casebook.accounts.models import AuditEvent, Role, User
from casebook.cases.actions import format_reference
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
    ReferenceCounter,
    SendState,
)
from casebook.classify.actions import do_assess_inbound
from casebook.demo.calibration import PeriodSpec, scaled, spec_2020_21, spec_2021_22
from casebook.demo.escalation_loader import load_demo_escalations
from casebook.demo.generator import (
    INBOUND,
    NOTE,
    OUTBOUND,
    PRACTITIONERS,
    CaseSpec,
    generate_period,
)
from casebook.demo.rows import Rows
from casebook.privacy.models import PreservedReport
from casebook.triage.models import Response, ResponseKind
from casebook.triage.service import replayed
from casebook.triage.sla import Answer, Event

Progress = Callable[[str], None]

MESSAGE_ID_DOMAIN = "demo.casebook.invalid"
BATCH_SIZE = 2000
MESSAGE_COLUMNS = (
    "case_id",
    "direction",
    "at",
    "author_id",
    "from_name",
    "from_email",
    "subject",
    "body_text",
    "message_id",
    "in_reply_to",
    "references",
    "send_state",
    "send_attempts",
)


@dataclass(frozen=True)
class DemoUser:
    username: str
    role: str
    first_name: str
    last_name: str
    password: str
    admin: bool = False


# Plainly invented staff; the passwords are public and only ever used for the demo.
DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("practitioner", Role.PRACTITIONER, "Robin", "Example", "demo-practitioner-2022"),
    DemoUser("practitioner2", Role.PRACTITIONER, "Jess", "Sample", "demo-practitioner2-2022"),
    DemoUser("practitioner3", Role.PRACTITIONER, "Kit", "Placeholder", "demo-practitioner3-2022"),
    DemoUser("supervisor", Role.SUPERVISOR, "Sam", "Specimen", "demo-supervisor-2022"),
    DemoUser("analyst", Role.ANALYST, "Ana", "Tally", "demo-analyst-2022"),
    DemoUser("admin", Role.ADMIN, "Ada", "Admin", "demo-admin-2022", admin=True),
)
# Who works the demo cases: generator practitioner index -> username.
CASEWORKERS = ("practitioner", "practitioner2", "practitioner3", "supervisor")
assert len(CASEWORKERS) == PRACTITIONERS


@dataclass
class LoadSummary:
    cases: int = 0
    messages: int = 0
    enquirers: int = 0
    by_period: dict[str, int] = field(default_factory=dict)
    escalations: int = 0
    referrals: int = 0


class _DemoPasswordHasher(PBKDF2PasswordHasher):
    iterations = 20_000


def _passwords() -> Iterator[str]:
    return (demo.password for demo in DEMO_USERS)


def create_demo_users() -> list[DemoUser]:
    """Create (or reset) one demo user per role, with the fixed demo passwords."""
    # These passwords are published, so a full-strength hash would only slow the demo down:
    # hash with fewer rounds; Django re-hashes at full strength on the first login.
    hasher = _DemoPasswordHasher()
    with ThreadPoolExecutor(max_workers=2) as pool:
        hashes = list(
            pool.map(lambda password: make_password(password, hasher=hasher), _passwords())
        )
    for demo, hashed in zip(DEMO_USERS, hashes, strict=True):
        user, _ = User.objects.get_or_create(username=demo.username)
        user.role = demo.role
        user.first_name, user.last_name = demo.first_name, demo.last_name
        user.email = f"{demo.username}@casebook.invalid"
        user.is_staff = user.is_superuser = demo.admin
        user.is_active = True
        user.password = hashed
        user.save()
    return list(DEMO_USERS)


def _caseworkers() -> list[User | None]:
    """The users the generated casework is shared between (demo staff when they exist)."""
    by_name = {u.username: u for u in User.objects.filter(username__in=CASEWORKERS)}
    if len(by_name) == len(CASEWORKERS):
        return [by_name[name] for name in CASEWORKERS]
    others = list(
        User.objects.filter(is_active=True, role__in=[Role.PRACTITIONER, Role.SUPERVISOR]).order_by(
            "id"
        )[:PRACTITIONERS]
    )
    if not others:
        return [None] * PRACTITIONERS
    return [others[i % len(others)] for i in range(PRACTITIONERS)]


def _category_ids(names: Iterable[str]) -> dict[str, int]:
    wanted = set(names)
    found = dict(Category.objects.filter(name__in=wanted).values_list("name", "id"))
    missing = wanted - set(found)
    if missing:
        raise LookupError(
            f"categories missing from the database: {sorted(missing)}; the synthetic "
            "helpline needs the seeded taxonomy (run `casebook migrate`)"
        )
    return found


def _take_references(years: Counter[int]) -> dict[int, int]:
    """First number of a fresh run of references per year (counter bumped by the run's size)."""
    first: dict[int, int] = {}
    for year, count in sorted(years.items()):
        ReferenceCounter.objects.get_or_create(year=year)
        ReferenceCounter.objects.filter(year=year).update(last=F("last") + count)
        last = ReferenceCounter.objects.values_list("last", flat=True).get(year=year)
        first[year] = last - count + 1
    return first


class _Writer:
    """Turns CaseSpecs into rows, one batch at a time."""

    def __init__(self) -> None:
        from casebook.demo.calibration import CATEGORY_COUNTS
        from casebook.lib.platforms import DEFAULT_PLATFORMS

        self.categories = _category_ids(CATEGORY_COUNTS)
        # Platforms an admin has renamed or removed are simply not tagged (the text still
        # names them); categories must all be there, as the figures depend on them.
        self.platforms = dict(
            Platform.objects.filter(name__in=DEFAULT_PLATFORMS).values_list("name", "id")
        )
        self.users = _caseworkers()

    def write(self, batch: Sequence[CaseSpec], summary: LoadSummary) -> None:
        with transaction.atomic():
            self._write(batch, summary)

    def _write(self, batch: Sequence[CaseSpec], summary: LoadSummary) -> None:
        years = Counter(timezone.localtime(spec.opened_at).year for spec in batch)
        next_number = _take_references(years)
        enquirers = Enquirer.objects.bulk_create(
            Enquirer(
                name=s.enquirer.name,
                email=s.enquirer.email,
                phone=s.enquirer.phone,
                organisation=s.enquirer.organisation,
                enquirer_type=s.enquirer.enquirer_type,
                setting_type=s.enquirer.setting_type,
                region=s.enquirer.region,
            )
            for s in batch
        )
        cases = []
        waits: list[list[Answer]] = []
        for spec, enquirer in zip(batch, enquirers, strict=True):
            year = timezone.localtime(spec.opened_at).year
            reference = format_reference(year, next_number[year])
            next_number[year] += 1
            clock, answers = replayed(_events(spec))
            waits.append(answers)
            cases.append(
                Case(
                    reference=reference,
                    subject=spec.subject[:300],
                    channel=spec.channel,
                    status=spec.status,
                    opened_at=spec.opened_at,
                    first_response_at=spec.first_response_at,
                    closed_at=spec.closed_at,
                    assigned_to=self.users[spec.practitioner],
                    enquirer=enquirer,
                    contact_name=enquirer.name,
                    contact_email=enquirer.email,
                    contact_phone=enquirer.phone,
                    contact_organisation=enquirer.organisation,
                    enquirer_type=spec.enquirer.enquirer_type,
                    setting_type=spec.enquirer.setting_type,
                    region=spec.enquirer.region,
                    **clock,
                )
            )
        Case.objects.bulk_create(cases)
        messages = Rows(Message, MESSAGE_COLUMNS)
        tags = Rows(
            CaseCategory, ("case_id", "category_id", "provenance", "added_by_id", "added_at")
        )
        mentions = Rows(CasePlatform, ("case_id", "platform_id", "source"))
        events = Rows(AuditEvent, ("case_id", "actor_id", "action", "detail", "at"))
        responses = Rows(Response, RESPONSE_COLUMNS)
        inbound: list[tuple[int, str]] = []
        for spec, case, answers in zip(batch, cases, waits, strict=True):
            worker = self.users[spec.practitioner]
            worker_id = worker.pk if worker else None
            worker_name = worker.display_name() if worker else ""
            self._messages(messages, spec, case, worker_id, worker_name)
            inbound.extend(
                (case.pk, f"{m.subject or spec.subject}\n{m.body}")
                for m in spec.messages
                if m.direction == Direction.INBOUND
            )
            for name, provenance in spec.categories:
                by_practitioner = provenance == "practitioner"
                tags.add(
                    case.pk,
                    self.categories[name],
                    provenance,
                    worker_id if by_practitioner else None,
                    (spec.first_response_at or spec.opened_at)
                    if by_practitioner
                    else spec.opened_at,
                )
            for name in spec.platforms:
                if name in self.platforms:
                    mentions.add(case.pk, self.platforms[name], PlatformSource.DETECTED.value)
            events.add(
                case.pk,
                None,
                "case.opened",
                {"channel": spec.channel, "source": "synthetic"},
                spec.opened_at,
            )
            for a in answers:
                responses.add(
                    case.pk,
                    ResponseKind.FIRST.value if a.first else ResponseKind.NEXT.value,
                    worker_id,
                    a.waiting_since,
                    a.due_at,
                    a.answered_at,
                    int(a.waited.total_seconds()),
                    int(a.target.total_seconds()),
                    a.met,
                )
        summary.messages += messages.flush()
        responses.flush()
        tags.flush()
        mentions.flush()
        events.flush()
        # Every inbound message is read for risks as it is stored, this path included.
        do_assess_inbound(messages=inbound, notify=False)
        summary.cases += len(cases)
        summary.enquirers += len(enquirers)

    @staticmethod
    def _messages(
        rows: Rows, spec: CaseSpec, case: Case, worker_id: int | None, worker_name: str
    ) -> None:
        by_email = spec.channel in {Channel.EMAIL, Channel.WEB}
        thread: list[str] = []
        for number, m in enumerate(spec.messages):
            emailed = (
                by_email and m.direction != NOTE and not (number == 0 and spec.channel == "web")
            )
            message_id = (
                f"<{case.reference.lower()}.{number}@{MESSAGE_ID_DOMAIN}>" if emailed else None
            )
            outbound = m.direction == OUTBOUND
            sent = outbound and by_email
            rows.add(
                case.pk,
                m.direction,
                m.at,
                worker_id if m.by_practitioner else None,
                worker_name if outbound else m.from_name,
                m.from_email,
                m.subject[:300],
                m.body,
                message_id,
                thread[-1] if message_id and thread else "",
                " ".join(thread[-10:]) if message_id else "",
                SendState.SENT.value if sent else SendState.NOT_APPLICABLE.value,
                1 if sent else 0,
            )
            if message_id:
                thread.append(message_id)


RESPONSE_COLUMNS = (
    "case_id",
    "kind",
    "responder_id",
    "waiting_since",
    "due_at",
    "answered_at",
    "working_seconds",
    "target_seconds",
    "met",
)


def _events(spec: CaseSpec) -> list[Event]:
    """The case's history as the response clock sees it: messages, then its last status."""
    kinds = {INBOUND: "in", OUTBOUND: "out"}
    events = [Event(m.at, kinds[m.direction]) for m in spec.messages if m.direction in kinds]
    if spec.status == "closed" and spec.closed_at is not None:
        events.append(Event(spec.closed_at, "status", "closed"))
    elif spec.status != "open" and spec.messages:
        events.append(Event(spec.messages[-1].at, "status", spec.status))
    return events


def _batches(items: Iterable[CaseSpec], size: int) -> Iterator[list[CaseSpec]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def demo_periods() -> tuple[PeriodSpec, PeriodSpec]:
    return spec_2020_21(), spec_2021_22()


def load_demo_helpline(*, seed: int = 2022, progress: Progress | None = None) -> LoadSummary:
    """Load both published periods into the current (migrated, seeded) database.

    Creates the demo users first if they are missing, so the casework has practitioners.
    """
    say = progress or (lambda _line: None)
    if User.objects.filter(username__in=CASEWORKERS).count() != len(CASEWORKERS):
        create_demo_users()
    summary = LoadSummary()
    every: list[CaseSpec] = []
    for spec in demo_periods():
        cases = generate_period(spec, random.Random(f"{seed}:{spec.label}"))
        summary.by_period[spec.label] = len(cases)
        every.extend(cases)
        say(f"generated {len(cases):,} cases for {spec.label}")
    every.sort(key=lambda c: c.opened_at)  # references follow the order cases were opened
    writer = _Writer()
    with transaction.atomic():
        for batch in _batches(every, BATCH_SIZE):
            writer.write(batch, summary)
            say(f"saved {summary.cases:,} of {len(every):,} cases")
        # Both periods are published: their report text outlives their cases' anonymisation.
        for spec in demo_periods():
            PreservedReport.objects.get_or_create(
                period_start=spec.start, period_end=spec.end, defaults={"label": spec.label}
            )
    # Escalations and referrals come after, from what was saved, with their own random
    # stream: the cases (and every figure the demo reproduces) are the same with or without.
    summary.escalations, summary.referrals = load_demo_escalations(seed=seed, progress=say)
    return summary


def generate_helpline(
    *,
    cases: int,
    seed: int = 1,
    start: date = date(2021, 1, 1),
    end: date = date(2026, 1, 1),
    batch_size: int = 5000,
    progress: Progress | None = None,
) -> LoadSummary:
    """Add `cases` synthetic cases opened in [start, end), with the 2021-22 mix of cases."""
    if cases < 0:
        raise ValueError("the number of cases must not be negative")
    if end <= start:
        raise ValueError("the end date must be after the start date")
    say = progress or (lambda _line: None)
    writer = _Writer()
    summary = LoadSummary()
    base = spec_2021_22()
    done = 0
    number = 0
    while done < cases:
        size = min(batch_size, cases - done)
        label = f"generated-{number}"
        spec = scaled(base, cases=size, start=start, end=end, label=label)
        batch = generate_period(spec, random.Random(f"{seed}:generate:{number}"))
        writer.write(batch, summary)
        done += size
        number += 1
        say(f"saved {done:,} of {cases:,} cases")
    summary.by_period["generated"] = done
    return summary
