"""Warn before a breach: an email to the assignee and the supervisors when a case is
WARN_BEFORE of working time from its due time.

`casebook duewarnings` is a one-job worker: it finds cases coming due, claims each with a
conditional update (due_warning_for := response_due_at, only where it is not already that),
then sends. Several workers can run against one database; a claimed case is never warned twice
for the same due time, and a new due time (the next message) is warned about afresh. If sending
fails, the claim is given back so the next round tries again.

The email carries no enquiry content (subject, names, words): only the reference, the due
time, the assignee's name and a link; the case page itself asks for a login.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db.models import F, QuerySet
from django.urls import reverse
from django.utils import timezone

from casebook.accounts.models import AuditEvent, Role, User
from casebook.cases.models import OPEN_STATUSES, Case
from casebook.lib.working_hours import LONDON, format_working
from casebook.triage.calendar import current_calendar

WARN_BEFORE = timedelta(minutes=30)
log = logging.getLogger(__name__)


@dataclass
class WarnSummary:
    warned: int = 0
    failed: int = 0
    no_recipient: int = 0

    def __str__(self) -> str:
        return (
            f"{self.warned} warned, {self.failed} failed (will retry), "
            f"{self.no_recipient} with nobody to tell"
        )


def _horizon(now: datetime) -> datetime:
    return current_calendar().hours.add(now, WARN_BEFORE)


def _coming_due(now: datetime, horizon: datetime) -> QuerySet[Case]:
    return Case.objects.filter(
        status__in=OPEN_STATUSES, response_due_at__gt=now, response_due_at__lte=horizon
    ).exclude(due_warning_for=F("response_due_at"))


def warn_due(*, limit: int = 200, now: datetime | None = None) -> WarnSummary:
    """One round: warn about every case coming due within WARN_BEFORE of working time."""
    now = now or timezone.now()
    horizon = _horizon(now)
    summary = WarnSummary()
    ids = list(
        _coming_due(now, horizon).order_by("response_due_at").values_list("pk", flat=True)[:limit]
    )
    for pk in ids:
        outcome = warn_one(pk, now=now, horizon=horizon)
        if outcome == "warned":
            summary.warned += 1
        elif outcome == "failed":
            summary.failed += 1
        elif outcome == "nobody":
            summary.no_recipient += 1
    return summary


def recipients(case: Case) -> list[str]:
    """The assignee and every active supervisor with an email address, once each."""
    people = list(User.objects.filter(is_active=True, role=Role.SUPERVISOR).exclude(email=""))
    if case.assigned_to is not None and case.assigned_to.is_active and case.assigned_to.email:
        people.insert(0, case.assigned_to)
    seen: dict[str, None] = {}
    for person in people:
        seen.setdefault(person.email.strip().lower(), None)
    return list(seen)


def build_warning(case: Case, to: list[str], *, now: datetime) -> EmailMessage:
    assert case.response_due_at is not None
    due = case.response_due_at.astimezone(LONDON)
    left = current_calendar().hours.working_time_between(now, case.response_due_at)
    who = case.assigned_to.display_name() if case.assigned_to else "nobody (unassigned)"
    url = settings.SITE_URL.rstrip("/") + reverse("case-detail", args=[case.reference])
    body = (
        f"{case.reference} is due for a reply at {due:%H:%M} on {due:%A %d %B} "
        f"(in {format_working(left)} of working time).\n\n"
        f"Assigned to: {who}\n"
        f"Open the case: {url}\n\n"
        "This is an automatic warning from Casebook, sent once per due time."
    )
    return EmailMessage(
        subject=f"{case.reference} due in {format_working(left)}",
        body=body,
        from_email=settings.HELPLINE_FROM_EMAIL,
        to=to,
        headers={"Auto-Submitted": "auto-generated"},
        connection=get_connection(timeout=settings.EMAIL_TIMEOUT),
    )


def warn_one(pk: int, *, now: datetime, horizon: datetime) -> str:
    """Claim, send, and record one warning: "warned", "failed", "nobody", or "" if another
    worker claimed it first or it is no longer coming due."""
    claimed = _coming_due(now, horizon).filter(pk=pk).update(due_warning_for=F("response_due_at"))
    if not claimed:
        return ""
    case = Case.objects.select_related("assigned_to").get(pk=pk)
    to = recipients(case)
    if not to:
        AuditEvent.objects.create(
            case=case, action="due.warning_unsent", detail={"reason": "nobody to tell"}
        )
        return "nobody"
    try:
        build_warning(case, to, now=now).send(fail_silently=False)
    except Exception as error:  # any failure: give the claim back for the next round
        Case.objects.filter(pk=pk, due_warning_for=case.due_warning_for).update(
            due_warning_for=None
        )
        log.warning("due warning for %s not sent: %s", case.reference, error)
        return "failed"
    AuditEvent.objects.create(
        case=case,
        action="due.warned",
        detail={
            "due": case.response_due_at.isoformat() if case.response_due_at else None,
            "to": len(to),
        },
    )
    return "warned"
