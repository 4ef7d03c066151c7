"""Reads for the privacy pages: the audit log with filters, holds, the retention overview."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time

from django.db.models import Q, QuerySet
from django.utils import timezone

from casebook.accounts.models import AuditEvent, User
from casebook.cases.models import Case, Enquirer
from casebook.lib.spreadsheet import SafeCsvWriter
from casebook.privacy.actions import (
    active_holds,
    closed_before,
    due_cases,
    get_policy,
    retention_cutoff,
)
from casebook.privacy.models import CaseAnonymisation, LegalHold, PreservedReport

LONDON_MIDNIGHT = time(0)


@dataclass(frozen=True)
class AuditFilters:
    """What the audit log is narrowed to. person: an enquirer id ("12") or an email address;
    case: a case reference; user: a username; action: an action or its prefix ("hold.");
    dates are London calendar days, both included."""

    person: str = ""
    case: str = ""
    user: str = ""
    action: str = ""
    start: date | None = None
    end: date | None = None

    def names_set(self) -> list[str]:
        """The names of the filters that are set, e.g. ["action", "start"]."""
        return sorted(k for k, v in vars(self).items() if v)

    def any(self) -> bool:
        return any((self.person, self.case, self.user, self.action, self.start, self.end))


def _midnight(d: date) -> datetime:
    return timezone.make_aware(datetime.combine(d, LONDON_MIDNIGHT))


def person_enquirer_ids(person: str) -> list[int]:
    person = person.strip()
    if person.isdigit():
        return [int(person)]
    if "@" in person:
        return list(Enquirer.objects.filter(email__iexact=person).values_list("pk", flat=True))
    return []


def audit_log(filters: AuditFilters) -> QuerySet[AuditEvent]:
    """Audit events matching every filter, newest first."""
    events = AuditEvent.objects.select_related("actor", "case")
    if filters.person:
        ids = person_enquirer_ids(filters.person)
        events = events.filter(Q(case__enquirer_id__in=ids) | Q(detail__enquirer__in=ids))
    if filters.case:
        events = events.filter(case__reference__iexact=filters.case.strip())
    if filters.user:
        events = events.filter(actor__username__iexact=filters.user.strip())
    if filters.action:
        action = filters.action.strip()
        if action.endswith("."):
            events = events.filter(action__startswith=action)
        else:
            events = events.filter(action=action)
    if filters.start:
        events = events.filter(at__gte=_midnight(filters.start))
    if filters.end:
        events = events.filter(at__lt=_midnight(date.fromordinal(filters.end.toordinal() + 1)))
    return events.order_by("-at", "-pk")


def action_names() -> list[str]:
    return sorted(set(AuditEvent.objects.values_list("action", flat=True).distinct()))


def usernames() -> list[str]:
    return list(User.objects.order_by("username").values_list("username", flat=True))


CSV_HEADER = ("at", "user", "case", "action", "detail")


class _Echo:
    def write(self, value: str) -> str:
        return value


def audit_csv_rows(events: QuerySet[AuditEvent]) -> Iterator[str]:
    """The events as CSV lines (header first); every cell neutralised so a spreadsheet
    never runs one as a formula."""
    import json

    writer = SafeCsvWriter(_Echo())
    yield writer.writerow(CSV_HEADER)
    for e in events.iterator(chunk_size=2000):
        row = (
            timezone.localtime(e.at).isoformat(),
            e.actor.username if e.actor else "",
            e.case.reference if e.case else "",
            e.action,
            json.dumps(e.detail, ensure_ascii=False, sort_keys=True),
        )
        yield writer.writerow(row)


@dataclass(frozen=True)
class Overview:
    years: int
    enabled: bool
    cutoff: datetime
    due: int
    held: list[LegalHold]
    anonymised: int
    periods: list[PreservedReport]


def overview() -> Overview:
    policy = get_policy()
    cutoff = retention_cutoff(timezone.now(), policy.years)
    return Overview(
        years=policy.years,
        enabled=policy.enabled,
        cutoff=cutoff,
        due=due_cases(cutoff).count(),
        held=list(
            active_holds()
            .filter(case__in=closed_before(cutoff))
            .select_related("case", "placed_by")
        ),
        anonymised=CaseAnonymisation.objects.count(),
        periods=list(PreservedReport.objects.order_by("-period_start")),
    )


def holds(active_only: bool = True) -> QuerySet[LegalHold]:
    rows = LegalHold.objects.select_related("case", "placed_by", "lifted_by")
    return rows.filter(lifted_at__isnull=True) if active_only else rows


def case_privacy(case: Case) -> tuple[CaseAnonymisation | None, LegalHold | None]:
    """A case's anonymisation (if done) and its active hold (if any)."""
    done = CaseAnonymisation.objects.filter(case=case).first()
    hold = active_holds().filter(case=case).select_related("placed_by").first()
    return done, hold
