"""Reads for the partners pages, the case page's section and the report."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from django.db.models import (
    Count,
    Exists,
    F,
    Func,
    IntegerField,
    OuterRef,
    QuerySet,
    Subquery,
)
from django.utils import timezone

from casebook.accounts.models import User
from casebook.cases.models import Case, Category, Direction, Message, Platform
from casebook.partners import items as item_finder
from casebook.partners import placeholders
from casebook.partners.models import (
    DECIDED_OUTCOMES,
    REMOVED_OUTCOMES,
    Escalation,
    ItemKind,
    Outcome,
    Partner,
    Referral,
    RouteKind,
    SavedReply,
    Service,
)
from casebook.partners.stats import OutcomeScheme, PartnerSection, summarise


def active_platforms() -> QuerySet[Platform]:
    return Platform.objects.filter(retired=False).order_by("name")


def taggable_categories() -> QuerySet[Category]:
    return Category.objects.filter(retired=False).order_by("position", "name")


def active_services() -> QuerySet[Service]:
    return Service.objects.filter(retired=False).order_by("position", "name")


def active_saved_replies() -> QuerySet[SavedReply]:
    return SavedReply.objects.filter(retired=False).order_by("position", "title")


# ---- the case page -----------------------------------------------------------------------


@dataclass(frozen=True)
class ShownItem:
    """An escalation as the case page lists it: every text made once here, not by template
    filters per row (a case can carry hundreds of items)."""

    pk: int
    platform: str
    kind: str  # label
    item: str
    reference: str
    route: str  # label
    escalated: str  # "3 Mar 2022"
    by: str
    overdue: bool
    due: str  # "Mon 7 Dec", "" once there is an outcome
    follow_ups: int
    outcome: str  # code, "" while open
    outcome_label: str
    outcome_on: str
    days: int  # calendar days since escalation (open items) or to the outcome


@dataclass(frozen=True)
class OfferedItem:
    """A link or handle in the dialogue that is not escalated yet."""

    kind: str
    value: str
    platform_id: int | None


@dataclass(frozen=True)
class FilledReply:
    pk: int
    title: str
    text: str
    missing: tuple[str, ...]


@dataclass
class CaseSection:
    open_items: list[ShownItem]
    closed_items: list[ShownItem]
    offered: list[OfferedItem]
    referrals: list[Referral]
    overdue: int
    platforms: list[tuple[int, str]]  # (pk, name) of the platforms an item can be on
    services: list[Service]
    replies: list[FilledReply]


def _days(start: datetime, end: datetime) -> int:
    return (timezone.localtime(end).date() - timezone.localtime(start).date()).days


def case_escalations(case: Case) -> list[Escalation]:
    return list(
        Escalation.objects.filter(case=case)
        .select_related("platform", "category", "escalated_by", "outcome_by")
        .order_by("escalated_at", "id")
    )


ITEM_COLUMNS = (
    "pk",
    "platform_id",
    "kind",
    "item",
    "platform_reference",
    "route",
    "escalated_at",
    "escalated_by_id",
    "outcome",
    "outcome_at",
    "outcome_days",
    "follow_up_due_at",
    "follow_ups",
)


def _day(moment: datetime, tz: tzinfo | None = None) -> str:
    """'5 Mar 2026' in tz (the current time zone if not given)."""
    local = moment.astimezone(tz) if tz is not None else timezone.localtime(moment)
    return f"{local.day} {local:%b %Y}"


def _shown_items(case: Case, platform_names: dict[int, str], now: datetime) -> list[ShownItem]:
    """The case's items as plain rows: one query for them, one for the names of who escalated."""
    rows = list(
        Escalation.objects.filter(case=case)
        .order_by("escalated_at", "id")
        .values_list(*ITEM_COLUMNS)
    )
    user_ids = {row[7] for row in rows if row[7] is not None}
    users = {u.pk: u.display_name() for u in User.objects.filter(pk__in=user_ids)}
    kinds, routes, outcomes = dict(ItemKind.choices), dict(RouteKind.choices), dict(Outcome.choices)
    # Looked up once: timezone.localtime() per value was half of this function's time.
    tz = timezone.get_current_timezone()
    today = now.astimezone(tz).date()
    shown = []
    for pk, platform, kind, item, ref, route, at, by, outcome, out_at, days, due, chased in rows:
        overdue = not outcome and due is not None and due <= now
        due_text = ""
        if not outcome and due is not None:
            local = due.astimezone(tz)
            due_text = f"{local:%a} {local.day} {local:%b}"
        local_at = at.astimezone(tz)
        shown.append(
            ShownItem(
                pk=pk,
                platform=platform_names.get(platform, "?"),
                kind=kinds.get(kind, kind),
                item=item,
                reference=ref,
                route=routes.get(route, route),
                escalated=_day(local_at, tz),
                by=users.get(by, ""),
                overdue=overdue,
                due=due_text,
                follow_ups=chased,
                outcome=outcome,
                outcome_label=outcomes.get(outcome, outcome),
                outcome_on=_day(out_at, tz) if out_at else "",
                days=(days or 0) if outcome else (today - local_at.date()).days,
            )
        )
    return shown


PlatformRow = tuple[int, str, list[str] | None]


def _platform_table(
    rows: Sequence[PlatformRow],
) -> tuple[dict[str, tuple[str, ...]], dict[str, int]]:
    table = {
        name: tuple(a for a in (aliases or ()) if isinstance(a, str)) for _, name, aliases in rows
    }
    return table, {name: pk for pk, name, _ in rows}


def offered_items(
    messages: Iterable[Message],
    escalated: Iterable[str],
    case_platforms: Sequence[str],
    platforms: Sequence[PlatformRow],
) -> list[OfferedItem]:
    """Links and handles in what the enquirer wrote and in notes, not yet escalated.

    escalated: the items already escalated on the case. platforms: (pk, name, aliases) of
    the platforms an item may be on.
    """
    table, ids = _platform_table(platforms)
    done = {item.casefold().rstrip("/") for item in escalated}
    offered: list[OfferedItem] = []
    seen: set[str] = set()
    for message in messages:
        if message.direction == Direction.OUTBOUND:
            continue  # the helpline's own links (guidance pages) are not reported items
        text = f"{message.subject}\n{message.body_text}"
        for found in item_finder.find_items(text, table, case_platforms=case_platforms):
            key = found.value.casefold().rstrip("/")
            if key in done or key in seen:
                continue
            seen.add(key)
            offered.append(
                OfferedItem(
                    kind=found.kind,
                    value=found.value,
                    platform_id=ids.get(found.platform) if found.platform else None,
                )
            )
    return offered


def case_section(
    case: Case, messages: Iterable[Message], case_platforms: Sequence[str]
) -> CaseSection:
    """Everything the case page's partners section shows, in a fixed number of queries
    whatever the size of the case. case_platforms: names of the platforms the case is tagged
    with (the case page has them already)."""
    now = timezone.now()
    every: list[tuple[int, str, list[str] | None, bool]] = list(
        Platform.objects.order_by("name").values_list("pk", "name", "aliases", "retired")
    )
    names = {pk: name for pk, name, _, _ in every}
    platforms: list[PlatformRow] = [(pk, n, a) for pk, n, a, retired in every if not retired]
    items = _shown_items(case, names, now)
    open_items = [i for i in items if not i.outcome]
    closed_items = [i for i in items if i.outcome]
    referrals = list(
        Referral.objects.filter(case=case).select_related("service", "by").order_by("at", "id")
    )
    services = list(active_services())
    platform = items[-1].platform if items else (case_platforms[0] if case_platforms else "")
    return CaseSection(
        open_items=open_items,
        closed_items=closed_items,
        offered=offered_items(messages, [i.item for i in items], case_platforms, platforms),
        referrals=referrals,
        overdue=sum(1 for i in open_items if i.overdue),
        platforms=[(pk, name) for pk, name, _ in platforms],
        services=services,
        replies=filled_replies(case, platform=platform, services=services),
    )


def filled_replies(case: Case, *, platform: str, services: Iterable[Service]) -> list[FilledReply]:
    """The saved-reply library with this case's values filled in.

    platform: the platform {platform} stands for (the latest item's, else the first named).
    """
    details = {s.name: s.contact_details() for s in services}
    values = {
        "first_name": placeholders.first_name(case.enquirer.name),
        "case_reference": case.reference,
        "platform": platform,
    }
    out = []
    for reply in active_saved_replies():
        filled = placeholders.fill(reply.body, values, details)
        out.append(FilledReply(reply.pk, reply.title, filled.text, filled.missing))
    return out


def open_item_count(case: Case) -> int:
    return Escalation.objects.filter(case=case, outcome=Outcome.PENDING).count()


def cases_with_open_items(case_ids: Iterable[int]) -> set[int]:
    """Of these cases, those with an item still waiting for a platform's outcome."""
    ids = list(case_ids)
    if not ids:
        return set()
    return set(
        Escalation.objects.filter(case_id__in=ids, outcome=Outcome.PENDING)
        .values_list("case_id", flat=True)
        .distinct()
    )


# ---- the queue and the follow-ups page ---------------------------------------------------


def follow_up_overdue(now: datetime | None = None) -> Exists:
    """Whether the case (the outer query's row) has an open item whose follow-up is due at
    `now` (default: now): an expression to annotate cases with (the queue's marker)."""
    return Exists(
        Escalation.objects.filter(
            case=OuterRef("pk"),
            outcome=Outcome.PENDING,
            follow_up_due_at__lte=timezone.now() if now is None else now,
        )
    )


# The follow-ups page lists at most this many (the queue's banner gives the whole count).
FOLLOW_UPS_SHOWN = 500


def overdue_follow_ups(limit: int | None = None) -> list[Escalation]:
    """Open items whose platform has not answered in time, longest overdue first (at most
    `limit`, FOLLOW_UPS_SHOWN by default)."""
    limit = FOLLOW_UPS_SHOWN if limit is None else limit
    return list(
        Escalation.objects.filter(outcome=Outcome.PENDING, follow_up_due_at__lte=timezone.now())
        .select_related("case", "platform")
        .order_by("follow_up_due_at", "id")[:limit]
    )


def overdue_follow_up_count() -> int:
    return Escalation.objects.filter(
        outcome=Outcome.PENDING, follow_up_due_at__lte=timezone.now()
    ).count()


def overdue_follow_up_count_expression(now: datetime | None = None) -> Subquery:
    """overdue_follow_up_count() at `now` (default: now) as an uncorrelated subquery, to
    annotate another query with: the database counts once per query (PostgreSQL as an
    InitPlan, SQLite caches it), and the queue gets its banner's count in the round trip that
    reads its rows."""
    overdue = Escalation.objects.filter(
        outcome=Outcome.PENDING, follow_up_due_at__lte=timezone.now() if now is None else now
    ).order_by()
    # COUNT as a plain function, not an aggregate: no GROUP BY, one row.
    counted = overdue.annotate(total=Func(F("pk"), function="COUNT")).values("total")
    return Subquery(counted, output_field=IntegerField())


# ---- the directory -----------------------------------------------------------------------


@dataclass(frozen=True)
class DirectoryEntry:
    platform: Platform
    partner: Partner | None


def partner_directory() -> list[DirectoryEntry]:
    partners = {
        p.platform_id: p
        for p in Partner.objects.prefetch_related("routes", "contacts").select_related("platform")
    }
    return [DirectoryEntry(p, partners.get(p.pk)) for p in active_platforms()]


# ---- the report --------------------------------------------------------------------------

OUTCOME_SCHEME = OutcomeScheme(
    # Decisions first, then the rest, awaiting last: the order a reader asks about them.
    labels=[(str(code), str(label)) for code, label in Outcome.choices if code]
    + [(Outcome.PENDING.value, str(Outcome.PENDING.label))],
    removed=REMOVED_OUTCOMES,
    decided=DECIDED_OUTCOMES,
)


def _local_midnight(day: date) -> datetime:
    return timezone.make_aware(datetime(day.year, day.month, day.day))


def partner_section(start: date, end: date) -> PartnerSection:
    """Escalations and referrals made in [start, end) (London dates), counted by the database.

    Two grouped queries: half a million items arrive as one row per platform, outcome and
    day count.
    """
    window = {"gte": _local_midnight(start), "lt": _local_midnight(end)}
    escalations = (
        Escalation.objects.filter(escalated_at__gte=window["gte"], escalated_at__lt=window["lt"])
        .values_list("platform_id", "outcome", "outcome_days")
        .annotate(n=Count("id"))
        .order_by()
    )
    referrals = (
        Referral.objects.filter(at__gte=window["gte"], at__lt=window["lt"])
        .values_list("service_id")
        .annotate(n=Count("id"))
        .order_by()
    )
    # Grouped by id, named here: joining the names into the grouping costs more than it saves.
    platforms = dict(Platform.objects.values_list("pk", "name"))
    services = dict(Service.objects.values_list("pk", "name"))
    return summarise(
        ((platforms[p], o, d, n) for p, o, d, n in escalations),
        ((services[s], n) for s, n in referrals),
        OUTCOME_SCHEME,
    )
