"""The demo helpline's line to the platforms and to other services: escalated items with their
outcomes, and referrals and signposts. Pure: no Django (the loader writes the rows).

Illustrative, not calibrated to a published table. The rates are modelled on the same
helpline's 2023-24 report: 4,064 URLs reported in the year, 94.2% of them removed. The demo's
2021-22 period has 4,078 cases, so it reports about one item per case (ITEMS_PER_CASE), spread
over the cases about content on a platform (several items on some), and 94.2% of items are
removed (content removed or account suspended); platforms answer most items within a day or
two, a few after weeks. Referrals and signposts go with the categories
(grooming and sextortion to CEOP and the police, nude images to Report Remove, fraud to Action
Fraud ...) at rates chosen to look like a helpline's, not taken from any report.

Nothing here touches the random stream that builds the cases: the plan has its own seeded
generator, so every figure the demo reproduces stays exactly as it was.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from casebook.demo import people
from casebook.lib.working_hours import HELPLINE_HOURS, LONDON
from casebook.partners.followup import add_working_days
from casebook.partners.items import find_items, url_kind

REPORTED_ITEMS_2023_24 = 4_064
REMOVED_SHARE_2023_24 = 0.942
CASES_2021_22 = 4_078
ITEMS_PER_CASE = REPORTED_ITEMS_2023_24 / CASES_2021_22

# Cases about content on a platform: the ones a helpline escalates.
CONTENT_CATEGORIES = frozenset(
    {
        "Social networks",
        "Online reputation",
        "Cyber bullying",
        "Potentially harmful content",
        "Repeated harassment",
        "Sexting",
        "Sexual harassment",
        "Sextortion",
        "Hate speech/racism",
        "Grooming",
        "Peer-on-peer abuse",
        "Websites",
    }
)
# Items per escalated case: most cases report one or two, a few report many.
ITEMS_PER_ESCALATED_CASE = ((1, 0.50), (2, 0.24), (3, 0.12), (4, 0.06), (6, 0.05), (10, 0.03))
# Outcomes of answered items; removed + suspended = REMOVED_SHARE_2023_24.
OUTCOME_MIX = (
    ("removed", 0.880),
    ("suspended", 0.062),
    ("restricted", 0.018),
    ("declined", 0.025),
    ("no_response", 0.010),
    ("withdrawn", 0.005),
)
REFERENCE_PREFIX = {"TikTok": "TT", "Instagram": "IG", "Facebook": "FB", "YouTube": "YT"}
# category -> [(service, probability)] of a signpost or referral on a case carrying it.
SERVICES_FOR: dict[str, tuple[tuple[str, float], ...]] = {
    "Grooming": (("CEOP", 0.55), ("Police (non-emergency, 101)", 0.30), ("NSPCC Helpline", 0.15)),
    "Sextortion": (
        ("CEOP", 0.45),
        ("Police (non-emergency, 101)", 0.35),
        ("Report Remove", 0.30),
        ("Revenge Porn Helpline", 0.10),
    ),
    "Sexting": (("Report Remove", 0.40), ("Childline", 0.20), ("CEOP", 0.10)),
    "Sexual harassment": (("Police (non-emergency, 101)", 0.25), ("Childline", 0.10)),
    "Peer-on-peer abuse": (("NSPCC Helpline", 0.20), ("Police (non-emergency, 101)", 0.15)),
    "Repeated harassment": (
        ("Police (non-emergency, 101)", 0.30),
        ("Report Harmful Content", 0.15),
    ),
    "Online reputation": (("Report Harmful Content", 0.06), ("Education Support", 0.03)),
    "Social networks": (("Report Harmful Content", 0.03),),
    "Cyber bullying": (("Report Harmful Content", 0.10), ("Childline", 0.08)),
    "Potentially harmful content": (("Report Harmful Content", 0.25), ("IWF", 0.04)),
    "Hate speech/racism": (("Police (non-emergency, 101)", 0.20), ("Report Harmful Content", 0.15)),
    "E-crime": (("Action Fraud", 0.50), ("Police (non-emergency, 101)", 0.15)),
    "Love, relationships and sexuality": (("Childline", 0.15),),
}
REASONS: dict[str, str] = {
    "CEOP": "Possible grooming or sexual abuse of a child online: reported to CEOP.",
    "Police (non-emergency, 101)": "Possible offence: the school to report it to the local police.",
    "NSPCC Helpline": "Child protection advice for the school beyond online safety.",
    "Report Remove": "Nude image of a young person: they can ask for it to be removed.",
    "Revenge Porn Helpline": "An adult's intimate image shared without consent.",
    "Childline": "The young person needs someone to talk to in confidence.",
    "Report Harmful Content": "Harmful content a platform has not acted on after reports.",
    "Education Support": "Wellbeing support for the member of staff targeted.",
    "IWF": "Possible child sexual abuse imagery: report to the IWF.",
    "Action Fraud": "Fraud: to be reported to Action Fraud.",
}


@dataclass(frozen=True)
class DemoCase:
    """What the plan needs of a loaded case."""

    pk: int
    opened_at: datetime
    first_response_at: datetime | None
    closed_at: datetime | None
    status: str
    worker: int | None
    categories: tuple[str, ...]
    platforms: tuple[str, ...]
    text: str  # the enquirer's messages and the notes


@dataclass(frozen=True)
class ItemPlan:
    case: int
    platform: str
    kind: str
    item: str
    category: str | None
    escalated_at: datetime
    by: int | None
    outcome: str  # "" while open
    outcome_at: datetime | None
    outcome_days: int | None
    reference: str
    follow_up_due_at: datetime | None


@dataclass(frozen=True)
class ReferralPlan:
    case: int
    service: str
    kind: str
    at: datetime
    reason: str
    by: int | None


def _pick(rng: random.Random, table: Sequence[tuple[object, float]]) -> object:
    roll = rng.random() * sum(p for _, p in table)
    for value, p in table:
        roll -= p
        if roll < 0:
            return value
    return table[-1][0]


def _days(start: datetime, end: datetime) -> int:
    return (end.astimezone(LONDON).date() - start.astimezone(LONDON).date()).days


def _answer_delay(rng: random.Random) -> timedelta:
    """How long a platform takes: most within a day or two, a few much longer."""
    hours = _pick(rng, ((8, 0.15), (30, 0.35), (60, 0.25), (120, 0.15), (300, 0.08), (700, 0.02)))
    assert isinstance(hours, int)
    return timedelta(minutes=rng.randint(20, hours * 60))


def _items_for(
    rng: random.Random,
    case: DemoCase,
    count: int,
    platforms: Mapping[str, Sequence[str]],
) -> list[tuple[str, str, str]]:
    """(platform, kind, item) for count items: the case's own links and handles first."""
    own = case.platforms[0]
    found = [
        (item.platform or own, item.kind, item.value)
        for item in find_items(case.text, platforms, case_platforms=case.platforms)
        if (item.platform or own) in platforms
    ]
    out = found[:count]
    while len(out) < count:
        account = people.handle(rng)
        url = people.link(rng, own, account)
        if not url.startswith("http"):
            url = "https://" + url
        out.append((own, url_kind(url, own), url))
    return out


def plan(
    cases: Sequence[DemoCase],
    platforms: Mapping[str, Sequence[str]],
    follow_up_days: Mapping[str, int],
    rng: random.Random,
    *,
    now: datetime,
) -> tuple[list[ItemPlan], list[ReferralPlan]]:
    """Escalated items and referrals for the loaded cases (see the module's note on rates).

    platforms: name -> aliases of the platforms items can be on. follow_up_days: platform ->
    working days before an open item's follow-up falls due.
    """
    target = round(len(cases) * ITEMS_PER_CASE)
    eligible = [
        c
        for c in cases
        if c.platforms
        and c.platforms[0] in platforms
        and c.first_response_at is not None
        and CONTENT_CATEGORIES.intersection(c.categories)
    ]
    # Escalated cases first: each of them has an item still waiting for the platform.
    rng.shuffle(eligible)
    eligible.sort(key=lambda c: c.status != "escalated")
    items: list[ItemPlan] = []
    counts: dict[int, int] = {}
    while len(items) < target and eligible:
        for case in eligible:
            if len(items) >= target:
                break
            n = _pick(rng, ITEMS_PER_ESCALATED_CASE)
            assert isinstance(n, int)
            n = min(n, target - len(items))
            start = counts.get(case.pk, 0)
            chosen = _items_for(rng, case, start + n, platforms)[start:]
            counts[case.pk] = start + n
            for i, (platform, kind, item) in enumerate(chosen):
                items.append(_item(rng, case, platform, kind, item, i, follow_up_days, now))
    referrals = [r for case in cases for r in _referrals(rng, case)]
    return items, referrals


def _item(
    rng: random.Random,
    case: DemoCase,
    platform: str,
    kind: str,
    item: str,
    index: int,
    follow_up_days: Mapping[str, int],
    now: datetime,
) -> ItemPlan:
    assert case.first_response_at is not None
    escalated = HELPLINE_HOURS.add(case.first_response_at, timedelta(minutes=rng.randint(2, 90)))
    if case.closed_at is not None and escalated > case.closed_at:
        escalated = case.first_response_at
    prefix = REFERENCE_PREFIX.get(platform, "REF")
    reference = f"{prefix}-{rng.randrange(10**7, 10**8)}" if rng.random() < 0.85 else ""
    category = next((c for c in case.categories if c in CONTENT_CATEGORIES), None)
    if case.status == "escalated" and index == 0:
        due = add_working_days(HELPLINE_HOURS, escalated, follow_up_days.get(platform, 5))
        return ItemPlan(
            case.pk, platform, kind, item, category, escalated, case.worker, "", None, None,
            reference, due,
        )  # fmt: skip
    outcome = _pick(rng, OUTCOME_MIX)
    assert isinstance(outcome, str)
    # The platform answers in its own time: often after the case was closed (the helpline
    # closes once the enquirer has its advice, and records the answer when it comes).
    answered = min(escalated + _answer_delay(rng), now)
    return ItemPlan(
        case.pk, platform, kind, item, category, escalated, case.worker, outcome, answered,
        _days(escalated, answered), reference, None,
    )  # fmt: skip


def _referrals(rng: random.Random, case: DemoCase) -> list[ReferralPlan]:
    if case.first_response_at is None:
        return []
    chosen: dict[str, None] = {}
    for category in case.categories:
        for service, p in SERVICES_FOR.get(category, ()):
            if rng.random() < p:
                chosen[service] = None
    at = case.first_response_at
    return [
        ReferralPlan(
            case=case.pk,
            service=service,
            kind="referral" if rng.random() < 0.2 else "signpost",
            at=at,
            reason=REASONS.get(service, "Signposted to the service."),
            by=case.worker,
        )
        for service in chosen
    ]
