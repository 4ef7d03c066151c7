"""Load the demo helpline's escalations, referrals and partner directory (see escalations.py
for what they are modelled on). Runs after the cases are in, reading them back, so the cases
and every figure they give stay exactly as the calibration made them."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from casebook.accounts.models import AuditEvent
from casebook.cases.models import (
    Case,
    CaseCategory,
    CasePlatform,
    Category,
    Direction,
    Message,
    Platform,
)
from casebook.demo.escalations import DemoCase, plan
from casebook.demo.rows import Rows
from casebook.partners.models import (
    DEFAULT_FOLLOW_UP_DAYS,
    Escalation,
    Partner,
    PartnerContact,
    PartnerRoute,
    Referral,
    RouteKind,
    Service,
)

Progress = Callable[[str], None]
CHUNK = 2000

# Invented directory entries: the routes a helpline would keep, at plainly invented addresses.
DEMO_ROUTES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "TikTok": (
        (RouteKind.TRUSTED_FLAGGER, "https://partners.tiktok.invalid/flag", "Priority queue."),
        (RouteKind.EMAIL, "safety@tiktok.invalid", "Escalations the portal cannot take."),
    ),
    "Instagram": (
        (RouteKind.PORTAL, "https://partners.instagram.invalid/report", "Use the UK queue."),
    ),
    "Facebook": ((RouteKind.PORTAL, "https://partners.facebook.invalid/report", ""),),
    "Snapchat": ((RouteKind.TRUSTED_FLAGGER, "https://partners.snapchat.invalid/", ""),),
    "YouTube": ((RouteKind.TRUSTED_FLAGGER, "https://partners.youtube.invalid/flag", ""),),
    "X/Twitter": ((RouteKind.EMAIL, "uk-safety@x.invalid", "Slow to answer: chase early."),),
}
DEMO_FOLLOW_UP_DAYS = {"X/Twitter": 3, "Roblox": 3, "Discord": 4}


def _directory() -> None:
    for platform in Platform.objects.all():
        partner, _ = Partner.objects.get_or_create(platform=platform)
        days = DEMO_FOLLOW_UP_DAYS.get(platform.name, DEFAULT_FOLLOW_UP_DAYS)
        if partner.follow_up_working_days != days:
            partner.follow_up_working_days = days
            partner.save(update_fields=["follow_up_working_days"])
        routes = DEMO_ROUTES.get(platform.name, ())
        if routes and not partner.routes.exists():
            PartnerRoute.objects.bulk_create(
                PartnerRoute(partner=partner, kind=k, address=a, instructions=i, position=n)
                for n, (k, a, i) in enumerate(routes)
            )
            PartnerContact.objects.create(
                partner=partner,
                name=f"{platform.name} UK safety team (demo)",
                role="Trust and safety",
                email=f"uk-safety@{platform.name.lower().replace('/', '')}.invalid",
            )


def _cases() -> list[DemoCase]:
    cats: dict[int, list[str]] = defaultdict(list)
    for case_id, name in CaseCategory.objects.values_list("case_id", "category__name").iterator(
        chunk_size=CHUNK
    ):
        cats[case_id].append(name)
    plats: dict[int, list[str]] = defaultdict(list)
    for case_id, name in CasePlatform.objects.order_by("platform__name").values_list(
        "case_id", "platform__name"
    ):
        plats[case_id].append(name)
    texts: dict[int, list[str]] = defaultdict(list)
    wanted = list(plats)
    for start in range(0, len(wanted), CHUNK):
        rows = (
            Message.objects.filter(case_id__in=wanted[start : start + CHUNK])
            .exclude(direction=Direction.OUTBOUND)
            .order_by("case_id", "at", "pk")
            .values_list("case_id", "subject", "body_text")
        )
        for case_id, subject, body in rows:
            texts[case_id].append(f"{subject}\n{body}")
    return [
        DemoCase(
            pk=pk,
            opened_at=opened,
            first_response_at=first,
            closed_at=closed,
            status=status,
            worker=worker,
            categories=tuple(sorted(cats[pk])),
            platforms=tuple(plats[pk]),
            text="\n\n".join(texts[pk]),
        )
        for pk, opened, first, closed, status, worker in Case.objects.order_by("pk")
        .values_list(
            "pk", "opened_at", "first_response_at", "closed_at", "status", "assigned_to_id"
        )
        .iterator(chunk_size=CHUNK)
    ]


def load_demo_escalations(
    *, seed: int = 2022, now: datetime | None = None, progress: Progress | None = None
) -> tuple[int, int]:
    """Escalations and referrals for every case in the database; returns their numbers."""
    say = progress or (lambda _line: None)
    now = now or timezone.now()
    with transaction.atomic():
        _directory()
        aliases = {
            name: [str(a) for a in (al or ())]
            for name, al in Platform.objects.filter(retired=False).values_list("name", "aliases")
        }
        days = dict(Partner.objects.values_list("platform__name", "follow_up_working_days"))
        items, referrals = plan(_cases(), aliases, days, random.Random(f"{seed}:partners"), now=now)
        platform_ids = dict(Platform.objects.values_list("name", "pk"))
        category_ids = dict(Category.objects.values_list("name", "pk"))
        service_ids = dict(Service.objects.values_list("name", "pk"))
        created = Escalation.objects.bulk_create(
            (
                Escalation(
                    case_id=i.case,
                    platform_id=platform_ids[i.platform],
                    kind=i.kind,
                    item=i.item,
                    category_id=category_ids.get(i.category) if i.category else None,
                    route=_route(i.platform),
                    platform_reference=i.reference,
                    escalated_at=i.escalated_at,
                    escalated_by_id=i.by,
                    outcome=i.outcome,
                    outcome_at=i.outcome_at,
                    outcome_by_id=i.by if i.outcome else None,
                    outcome_days=i.outcome_days,
                    follow_up_due_at=i.follow_up_due_at,
                )
                for i in items
            ),
            batch_size=CHUNK,
        )
        Referral.objects.bulk_create(
            (
                Referral(
                    case_id=r.case,
                    service_id=service_ids[r.service],
                    kind=r.kind,
                    at=r.at,
                    reason=r.reason,
                    by_id=r.by,
                )
                for r in referrals
                if r.service in service_ids
            ),
            batch_size=CHUNK,
        )
        # Dated when each thing happened, with the details the real actions record, so a demo
        # case's history reads as the helpline's would (bulk_create would stamp them all now).
        events = Rows(AuditEvent, ("case_id", "actor_id", "action", "detail", "at"))
        for e, plan_item in zip(created, items, strict=True):
            synthetic = {"escalation": e.pk, "platform": plan_item.platform, "source": "synthetic"}
            events.add(
                e.case_id,
                e.escalated_by_id,
                "escalation.added",
                {**synthetic, "kind": str(e.kind), "route": str(e.route)},
                e.escalated_at,
            )
            if e.outcome_at is not None:
                events.add(
                    e.case_id,
                    e.outcome_by_id,
                    "escalation.outcome",
                    {**synthetic, "outcome": str(e.outcome), "days": e.outcome_days},
                    e.outcome_at,
                )
            if len(events.rows) >= CHUNK:
                events.flush()
        events.flush()
    say(f"escalated {len(items):,} items and recorded {len(referrals):,} referrals and signposts")
    return len(items), len(referrals)


_ROUTES: dict[str, str] = {}


def _route(platform: str) -> str:
    if not _ROUTES:
        for name, routes in DEMO_ROUTES.items():
            _ROUTES[name] = str(routes[0][0])
    return _ROUTES.get(platform, RouteKind.PORTAL.value)
