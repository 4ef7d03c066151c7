"""Writes for escalations, follow-ups and referrals. Atomic, keyword-only, audited.

Every write locks the case row first, so two practitioners recording on one case at once are
serialised rather than interleaved, and keeps the case's status in step with its items: a
case is escalated while any item is open, and goes back to open when the last item gets its
outcome (status changes go through casebook.cases.actions.do_change_status, like any other).
"""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from casebook.accounts.models import User
from casebook.cases.actions import audit, do_change_status
from casebook.cases.models import Case, Category, Platform, Status
from casebook.partners.clock import follow_up_due
from casebook.partners.models import (
    DEFAULT_FOLLOW_UP_DAYS,
    ITEM_MAX_CHARS,
    Escalation,
    ItemKind,
    Outcome,
    Partner,
    Referral,
    ReferralKind,
    RouteKind,
    Service,
)


class PartnerActionError(ValueError):
    """The write was refused and nothing changed; the message says why, for the user."""


def follow_up_days(platform: Platform) -> int:
    """Working days the platform has to answer before it is chased (its directory entry's)."""
    days = (
        Partner.objects.filter(platform=platform)
        .values_list("follow_up_working_days", flat=True)
        .first()
    )
    return days or DEFAULT_FOLLOW_UP_DAYS


def default_route(platform: Platform) -> str:
    """The platform's first route in the directory, else the partner portal."""
    kind = (
        Partner.objects.filter(platform=platform)
        .values_list("routes__kind", flat=True)
        .order_by("routes__position", "routes__id")
        .first()
    )
    return kind or RouteKind.PORTAL.value


def _lock(case: Case) -> Case:
    """Lock the case row for the rest of the transaction and refresh what we rely on."""
    locked = Case.objects.select_for_update().only("version", "status").get(pk=case.pk)
    case.version, case.status = locked.version, locked.status
    return case


def _touch(case: Case) -> None:
    """A new version of the case (its items changed), as notes do: never a conflict."""
    Case.objects.filter(pk=case.pk).update(version=F("version") + 1, updated_at=timezone.now())
    case.refresh_from_db(fields=["version", "updated_at"])


def _set_status(case: Case, actor: User, status: Status) -> None:
    if case.status == status:
        _touch(case)
        return
    do_change_status(case=case, actor=actor, status=status, expected_version=case.version)


def _clean_item(item: str) -> str:
    item = " ".join(item.split())
    if not item:
        raise PartnerActionError("Give the item's link or handle.")
    if len(item) > ITEM_MAX_CHARS:
        raise PartnerActionError(
            f"That link is too long to record ({len(item):,} characters; at most "
            f"{ITEM_MAX_CHARS:,})."
        )
    return item


def _london_day(moment: datetime) -> int:
    return timezone.localtime(moment).date().toordinal()


@transaction.atomic
def do_escalate_item(
    *,
    case: Case,
    actor: User,
    platform: Platform,
    kind: ItemKind | str,
    item: str,
    route: RouteKind | str | None = None,
    category: Category | None = None,
    policy: str = "",
    platform_reference: str = "",
    at: datetime | None = None,
) -> Escalation:
    """Record one item reported to a platform; the case becomes escalated.

    Raises PartnerActionError if the same item is already open with that platform on this
    case (one record per reported item), or the item is empty or too long.
    """
    item = _clean_item(item)
    _lock(case)
    duplicate = Escalation.objects.filter(
        case=case, platform=platform, item__iexact=item, outcome=Outcome.PENDING
    ).exists()
    if duplicate:
        raise PartnerActionError(f"{item} is already escalated to {platform.name} on this case.")
    at = at or timezone.now()
    escalation = Escalation.objects.create(
        case=case,
        platform=platform,
        kind=ItemKind(kind),
        item=item,
        category=category,
        policy=policy.strip(),
        route=RouteKind(route) if route else default_route(platform),
        platform_reference=platform_reference.strip(),
        escalated_at=at,
        escalated_by=actor,
        follow_up_due_at=follow_up_due(at, follow_up_days(platform)),
    )
    _set_status(case, actor, Status.ESCALATED)
    audit(
        actor=actor,
        case=case,
        action="escalation.added",
        escalation=escalation.pk,
        platform=platform.name,
        kind=str(escalation.kind),
        route=escalation.route,
    )
    return escalation


EDITABLE = ("kind", "item", "category", "policy", "route", "platform_reference")


@transaction.atomic
def do_update_escalation(
    *,
    escalation: Escalation,
    actor: User,
    kind: ItemKind | str,
    item: str,
    category: Category | None,
    policy: str,
    route: RouteKind | str,
    platform_reference: str,
) -> list[str]:
    """Correct an item's details (not its outcome); returns the names of the fields changed."""
    case = _lock(escalation.case)
    new = {
        "kind": ItemKind(kind).value,
        "item": _clean_item(item),
        "category": category,
        "policy": policy.strip(),
        "route": RouteKind(route).value,
        "platform_reference": platform_reference.strip(),
    }
    changed = [name for name, value in new.items() if getattr(escalation, name) != value]
    if not changed:
        return []
    for name in changed:
        setattr(escalation, name, new[name])
    escalation.save(update_fields=changed)
    _touch(case)
    audit(
        actor=actor,
        case=case,
        action="escalation.updated",
        escalation=escalation.pk,
        fields=changed,
    )
    return changed


@transaction.atomic
def do_record_outcome(
    *,
    escalation: Escalation,
    actor: User,
    outcome: Outcome | str,
    at: datetime | None = None,
) -> Escalation:
    """Record the platform's answer (or that there was none, or that we withdrew the item).

    When this was the case's last open item and the case is escalated, it goes back to open.
    Raises PartnerActionError if the item already has an outcome (someone else recorded it
    first: theirs is kept), if outcome is "awaiting", or if `at` is before the escalation or
    in the future.
    """
    outcome = Outcome(outcome)
    if outcome == Outcome.PENDING:
        raise PartnerActionError("Choose an outcome.")
    now = timezone.now()
    at = at or now
    if at < escalation.escalated_at:
        raise PartnerActionError("The outcome cannot be dated before the item was escalated.")
    if at > now:
        raise PartnerActionError("The outcome cannot be dated in the future.")
    case = _lock(escalation.case)
    days = _london_day(at) - _london_day(escalation.escalated_at)
    claimed = Escalation.objects.filter(pk=escalation.pk, outcome=Outcome.PENDING).update(
        outcome=outcome.value,
        outcome_at=at,
        outcome_by=actor,
        outcome_days=days,
        follow_up_due_at=None,
    )
    if claimed != 1:
        escalation.refresh_from_db()
        raise PartnerActionError(
            f"This item already has an outcome ({escalation.get_outcome_display()}), recorded "
            "by someone else; it was kept."
        )
    escalation.refresh_from_db()
    still_open = Escalation.objects.filter(case=case, outcome=Outcome.PENDING).exists()
    if not still_open and case.status == Status.ESCALATED:
        _set_status(case, actor, Status.OPEN)
    else:
        _touch(case)
    audit(
        actor=actor,
        case=case,
        action="escalation.outcome",
        escalation=escalation.pk,
        platform=escalation.platform.name,
        outcome=outcome.value,
        days=days,
    )
    return escalation


@transaction.atomic
def do_record_follow_up(
    *, escalation: Escalation, actor: User, at: datetime | None = None
) -> Escalation:
    """The platform was chased; the next follow-up falls due N working days from now.

    Raises PartnerActionError if the item already has an outcome.
    """
    case = _lock(escalation.case)
    escalation.refresh_from_db()
    if not escalation.is_open:
        raise PartnerActionError("This item already has an outcome: there is nothing to chase.")
    at = at or timezone.now()
    escalation.followed_up_at = at
    escalation.follow_ups += 1
    escalation.follow_up_due_at = follow_up_due(at, follow_up_days(escalation.platform))
    escalation.save(update_fields=["followed_up_at", "follow_ups", "follow_up_due_at"])
    _touch(case)
    audit(
        actor=actor,
        case=case,
        action="escalation.followed_up",
        escalation=escalation.pk,
        follow_ups=escalation.follow_ups,
    )
    return escalation


@transaction.atomic
def do_record_referral(
    *,
    case: Case,
    actor: User,
    service: Service,
    kind: ReferralKind | str,
    reason: str,
    at: datetime | None = None,
) -> Referral:
    """Record that the case was referred, or the enquirer signposted, to a service."""
    reason = reason.strip()
    if not reason:
        raise PartnerActionError("Say why: a referral or signpost needs a reason.")
    _lock(case)
    referral = Referral.objects.create(
        case=case,
        service=service,
        kind=ReferralKind(kind),
        at=at or timezone.now(),
        reason=reason,
        by=actor,
    )
    _touch(case)
    audit(
        actor=actor,
        case=case,
        action=f"{referral.kind}.recorded",
        referral=referral.pk,
        service=service.name,
    )
    return referral
