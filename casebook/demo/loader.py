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
from dataclasses import dataclass, field
from datetime import date
from itertools import islice

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
    Enquirer,
    Message,
    Platform,
    PlatformSource,
    ReferenceCounter,
    SendState,
)
from casebook.demo.calibration import PeriodSpec, scaled, spec_2020_21, spec_2021_22
from casebook.demo.generator import NOTE, OUTBOUND, PRACTITIONERS, CaseSpec, generate_period

Progress = Callable[[str], None]

MESSAGE_ID_DOMAIN = "demo.casebook.invalid"
BATCH_SIZE = 2000


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


def create_demo_users() -> list[DemoUser]:
    """Create (or reset) one demo user per role, with the fixed demo passwords."""
    for demo in DEMO_USERS:
        user, _ = User.objects.get_or_create(username=demo.username)
        user.role = demo.role
        user.first_name, user.last_name = demo.first_name, demo.last_name
        user.email = f"{demo.username}@casebook.invalid"
        user.is_staff = user.is_superuser = demo.admin
        user.is_active = True
        user.set_password(demo.password)
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


def _lookup_ids(model: type[Category] | type[Platform], names: Iterable[str]) -> dict[str, int]:
    wanted = set(names)
    found = dict(model.objects.filter(name__in=wanted).values_list("name", "id"))
    missing = wanted - set(found)
    if missing:
        raise LookupError(
            f"{model._meta.verbose_name_plural} missing from the database: {sorted(missing)}; "
            "run `casebook migrate` to seed them"
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

        self.categories = _lookup_ids(Category, CATEGORY_COUNTS)
        self.platforms = _lookup_ids(Platform, DEFAULT_PLATFORMS)
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
        for spec, enquirer in zip(batch, enquirers, strict=True):
            year = timezone.localtime(spec.opened_at).year
            reference = format_reference(year, next_number[year])
            next_number[year] += 1
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
                    enquirer_type=spec.enquirer.enquirer_type,
                    setting_type=spec.enquirer.setting_type,
                    region=spec.enquirer.region,
                )
            )
        Case.objects.bulk_create(cases)
        messages: list[Message] = []
        tags: list[CaseCategory] = []
        mentions: list[CasePlatform] = []
        events: list[AuditEvent] = []
        for spec, case in zip(batch, cases, strict=True):
            worker = self.users[spec.practitioner]
            messages.extend(self._messages(spec, case, worker))
            for name, provenance in spec.categories:
                by_practitioner = provenance == "practitioner"
                tags.append(
                    CaseCategory(
                        case=case,
                        category_id=self.categories[name],
                        provenance=provenance,
                        added_by=worker if by_practitioner else None,
                        added_at=(spec.first_response_at or spec.opened_at)
                        if by_practitioner
                        else spec.opened_at,
                    )
                )
            mentions.extend(
                CasePlatform(
                    case=case, platform_id=self.platforms[name], source=PlatformSource.DETECTED
                )
                for name in spec.platforms
            )
            events.append(
                AuditEvent(
                    case=case,
                    actor=None,
                    action="case.opened",
                    detail={"channel": spec.channel, "source": "synthetic"},
                )
            )
        Message.objects.bulk_create(messages)
        CaseCategory.objects.bulk_create(tags)
        CasePlatform.objects.bulk_create(mentions)
        AuditEvent.objects.bulk_create(events)
        summary.cases += len(cases)
        summary.enquirers += len(enquirers)
        summary.messages += len(messages)

    @staticmethod
    def _messages(spec: CaseSpec, case: Case, worker: User | None) -> Iterator[Message]:
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
            yield Message(
                case=case,
                direction=m.direction,
                at=m.at,
                author=worker if m.by_practitioner else None,
                from_name=(worker.display_name() if worker else "") if outbound else m.from_name,
                from_email=m.from_email,
                subject=m.subject[:300],
                body_text=m.body,
                message_id=message_id,
                in_reply_to=thread[-1] if message_id and thread else "",
                references=" ".join(thread[-10:]) if message_id else "",
                send_state=SendState.SENT if outbound and by_email else SendState.NOT_APPLICABLE,
                send_attempts=1 if outbound and by_email else 0,
            )
            if message_id:
                thread.append(message_id)


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
