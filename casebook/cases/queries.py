"""Reads for the case pages. Views call these; they never build Case querysets themselves."""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any, Protocol

from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.fields import ArrayField
from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import (
    BigIntegerField,
    BooleanField,
    CharField,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
    Window,
)
from django.db.models import Case as DbCase
from django.db.models.expressions import RawSQL
from django.db.models.functions import Replace
from django.http import Http404
from django.urls import get_resolver, get_script_prefix, get_urlconf, reverse
from django.utils import timezone

from casebook.accounts.models import CASEWORK_ROLES, AuditEvent, User, display_name
from casebook.cases import timeline
from casebook.cases.models import (
    OPEN_STATUSES,
    Case,
    CaseCategory,
    CasePlatform,
    CategoriesVersion,
    Category,
    Channel,
    Enquirer,
    EnquirerType,
    Message,
    Platform,
    Provenance,
    Region,
    SettingType,
    Status,
)
from casebook.cases.queue_copy import queue_copy
from casebook.cases.templatetags.casebook_ui import age_at
from casebook.classify.queries import (
    active_flag_kinds_array,
    active_flags_by_case,
    flag_labels,
)
from casebook.intake.queries import HeldInQueue, held_rows_query, held_summary
from casebook.lib.working_hours import WorkingClock, format_working
from casebook.partners.models import ItemKind, Outcome, RouteKind
from casebook.partners.queries import follow_up_overdue, overdue_follow_up_count_expression
from casebook.triage.calendar import current_calendar
from casebook.triage.service import unseen_q

REFERENCE_RE = re.compile(r"^CB-\d{4}-\d{1,9}$", re.IGNORECASE)
QUEUE_PAGE_SIZE = 50

# Not a Status value: Status.OPEN is "open", one of the statuses this one covers.
STATUS_OPEN = "active"  # any status but closed
STATUS_ALL = "all"


# Orders: the two working orders use the due and activity indexes over open cases.
ORDER_DUE, ORDER_ACTIVITY, ORDER_NEWEST, ORDER_OLDEST = "due", "activity", "newest", "oldest"
ORDERS = (ORDER_DUE, ORDER_ACTIVITY, ORDER_NEWEST, ORDER_OLDEST)
# Assignee filter: anyone, me, nobody, or one practitioner's id as text.
ASSIGNED_ANYONE, ASSIGNED_ME, ASSIGNED_NOBODY = "", "me", "none"
# Due filter.
DUE_ANY, DUE_WITHIN_HOUR, DUE_BREACHED = "", "hour", "breached"
SEARCH_MAX_CHARS = 254
# A name matching more enquirers than this is too broad to list every case of.
NAME_SEARCH_LIMIT = 5_000


@dataclass(frozen=True)
class QueueFilters:
    status: str = STATUS_OPEN  # STATUS_OPEN, STATUS_ALL or one Status value
    category_id: int | None = None
    assignee: str = ASSIGNED_ANYONE
    channel: str = ""
    search: str = ""
    order: str = ORDER_DUE
    due: str = DUE_ANY

    @property
    def mine(self) -> bool:
        return self.assignee == ASSIGNED_ME

    @property
    def oldest_first(self) -> bool:
        return self.order == ORDER_OLDEST

    @property
    def searching(self) -> bool:
        return bool(self.search.strip())

    @property
    def open_only(self) -> bool:
        """Whether only open cases can match: the working orders apply to them alone.

        A search looks at every status (a reference must find its case even when closed).
        """
        return not self.searching and (
            self.status == STATUS_OPEN or self.status in {s.value for s in OPEN_STATUSES}
        )

    @property
    def effective_order(self) -> str:
        """Due and activity orders sort open cases; a list that may hold closed cases (a
        search, the closed or all filter) is shown newest first instead."""
        if self.order in {ORDER_DUE, ORDER_ACTIVITY} and not self.open_only:
            return ORDER_NEWEST
        return self.order


@dataclass(frozen=True, slots=True)
class QueueTag:
    name: str
    by_enquirer: bool


@dataclass(slots=True)  # not frozen: a frozen dataclass's __init__ costs twice the time
class QueueCase:
    """A case as the queue lists it: the values of one row of the page's query, not a model
    instance (building fifty of those, with their enquirer and assignee, was a third of the
    page's cost)."""

    pk: int
    reference: str
    subject: str
    channel: str
    status: str
    opened_at: datetime
    enquirer_type: str
    response_due_at: datetime | None
    response_paused_seconds: int | None
    reopened: bool
    last_activity_at: datetime | None
    assigned_to_id: int | None
    unseen: bool  # the assignee has not seen the enquirer's latest messages
    assignee: str  # the assignee's display name; "" when unassigned
    enquirer: str  # the contact's or enquirer's name, else an email address or phone number


@dataclass(slots=True)
class QueueRow:
    """A case as the queue shows it; link and date are made here once per page, not by
    template tags once per row (the queue's rendering is most of its cost)."""

    case: QueueCase
    tags: Sequence[QueueTag]  # shared between rows and pages: never changed
    url: str
    opened: str
    due: str = ""  # "due in 40 min", "overdue 1 h 10", "paused"
    due_state: str = ""  # "", "soon", "overdue", "paused"
    unseen: str = ""  # the marker's text when the assignee has not seen new messages
    risks: list[str] = field(default_factory=list)  # labels of raised or confirmed risk flags
    follow_up_due: bool = False  # an item open with a platform is due a follow-up


@dataclass
class QueuePage:
    rows: list[QueueRow]
    number: int
    has_next: bool
    per_page: int = QUEUE_PAGE_SIZE
    # Follow-ups with platforms overdue (the banner), read with the rows; None on an empty
    # page, where the banner reads it itself.
    overdue_follow_ups: int | None = None
    # Held messages (the banner and row markers), read with the rows on PostgreSQL; None
    # where the banner reads them itself.
    held: HeldInQueue | None = None
    previous_number: int = field(init=False)
    next_number: int = field(init=False)

    def __post_init__(self) -> None:
        self.previous_number = self.number - 1
        self.next_number = self.number + 1

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def cases(self) -> list[QueueCase]:
        return [row.case for row in self.rows]


def _enquirers_with_email(email: str) -> list[int]:
    """Ids of the enquirers with this address, in any letter case.

    Looked up before the case query, as a short list: as a subquery the planner expects
    thousands of matching cases and walks the whole case table newest first (2 s on a million
    cases). The exact spellings go through the email index; only if they find nobody does the
    case-insensitive scan run.
    """
    found = Enquirer.objects.filter(email__in={email, email.lower()})
    if not found.exists():
        found = Enquirer.objects.filter(email__iexact=email)
    # A merged record keeps no cases: they are on the record it was merged into.
    return [
        pk for pair in found.values_list("pk", "merged_into_id") for pk in pair if pk is not None
    ]


# Up to this many tags, a category's cases are looked up by id (see _rare_category_cases).
RARE_CATEGORY_TAGS = 5_000


def _rare_category_cases(category_id: int) -> list[int] | None:
    """The ids of the cases carrying the category if it is rare, else None: the form that
    keeps the queue fast at any size.

    The queue walks cases newest first and stops after a page. For a common category that walk
    meets tagged cases at once, so an EXISTS per case is cheapest. A rare category (Sexting is
    0.4% of cases) can be years back in the walk, one index probe per case passed: measured
    1.3 s on a million cases. Its few case ids, checked by hash instead, take 15 ms.
    """
    tags = CaseCategory.objects.filter(category_id=category_id)
    if tags[: RARE_CATEGORY_TAGS + 1].count() > RARE_CATEGORY_TAGS:
        return None
    return list(tags.values_list("case_id", flat=True))


PARTIAL_REFERENCE_RE = re.compile(r"^(CB-?)?\d{2,}(-\d*)?$|^CB-\d{0,4}-?$", re.IGNORECASE)
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^\+?[\d\s().-]{6,}$")


def phone_digits(field: str = "phone") -> Replace:
    """The phone number without spaces, dashes, dots or brackets, as the database computes it
    (the same expression as the index on enquirers' phone numbers)."""
    expr: F | Replace = F(field)
    for sep in (" ", "-", "(", ")", "."):
        expr = Replace(expr, Value(sep), Value(""))
    assert isinstance(expr, Replace)
    return expr


def _phone_variants(text: str) -> set[str]:
    digits = re.sub(r"[\s().-]", "", text)
    variants = {digits}
    if digits.startswith("+44"):
        variants.add("0" + digits[3:])
    elif digits.startswith("0"):
        variants.add("+44" + digits[1:])
    return variants


def _matching_enquirers(text: str) -> list[int]:
    """Enquirers the search text names: by email, phone number or a part of their name."""
    ids: set[int] = set()
    if EMAIL_RE.match(text):
        ids.update(_enquirers_with_email(text))
    if PHONE_RE.match(text) and sum(c.isdigit() for c in text) >= 6:
        ids.update(
            Enquirer.objects.alias(digits=phone_digits())
            .filter(digits__in=_phone_variants(text))
            .values_list("pk", flat=True)[:NAME_SEARCH_LIMIT]
        )
    if len(text) >= 3 and "@" not in text and not text.isdigit():
        ids.update(
            Enquirer.objects.filter(name__icontains=text)
            .order_by("-pk")
            .values_list("pk", flat=True)[:NAME_SEARCH_LIMIT]
        )
    return sorted(ids)


def _ids_q(field: str, ids: list[int]) -> Q:
    if connection.vendor == "postgresql":
        # One array parameter plans in a fraction of the time of thousands of IN (...) ones.
        column = f'"{Case._meta.db_table}"."{field}"'
        return Q(RawSQL(f"{column} = ANY(%s)", (ids,), BooleanField()))
    return Q(**{f"{field}__in": ids})


def search_q(text: str) -> Q:
    """Cases the search text finds, whatever their status: a whole or partial reference, words
    of the subject (a handle such as @name too), the enquirer's email, phone number or name."""
    text = text.strip()
    if REFERENCE_RE.match(text):
        return Q(reference=text.upper())
    found = Q(subject__icontains=text)
    if PARTIAL_REFERENCE_RE.match(text):
        found |= Q(reference__icontains=text)
    enquirers = _matching_enquirers(text)
    if enquirers:
        found |= _ids_q("enquirer_id", enquirers)
    return found


@dataclass(frozen=True)
class _Shape:
    """Which filters a queue request has, and how: what its SQL's text depends on (the values
    themselves are parameters, _filter_values)."""

    # STATUS_OPEN, STATUS_ALL, a Status value (written into the SQL as a literal), or "one"
    # for another single status (a parameter: it matches nothing the form allows)
    status: str
    unassigned: bool
    order: str  # the effective order
    values: tuple[str, ...]  # the names of the filters' values present, sorted


_SHAPE_STATUSES = frozenset((STATUS_OPEN, STATUS_ALL, *Status.values))


def _filter_values(*, user: User, filters: QueueFilters) -> tuple[_Shape, dict[str, Any]]:
    """The request's filter shape and the values the filters compare with, by name (not for a
    search: its SQL depends on the text)."""
    values: dict[str, Any] = {}
    # A single status is part of the shape, as a constant: the generic plan of "status = $1"
    # cannot use the open cases' partial indexes (a seq scan of the million cases for "New",
    # 0.2 s), and a status's own plan knows how common it is. The form allows only these.
    status = filters.status if filters.status in _SHAPE_STATUSES else "one"
    if status == "one":
        values["status"] = filters.status
    if filters.assignee == ASSIGNED_ME:
        values["assignee"] = user.pk
    elif filters.assignee.isdigit():
        values["assignee"] = int(filters.assignee)
    if filters.due == DUE_BREACHED:
        values["due_before"] = timezone.now()
    elif filters.due == DUE_WITHIN_HOUR:
        now = timezone.now()
        values["due_from"] = now
        # An hour of working time: at 16:30 on a Friday, that runs into Monday morning.
        values["due_to"] = current_calendar().hours.add(now, timedelta(hours=1))
    if filters.channel:
        values["channel"] = filters.channel
    if filters.category_id is not None:
        ids = _rare_category_cases(filters.category_id)
        if ids is None:
            values["category"] = filters.category_id
        else:
            values["category_ids"] = ids
    shape = _Shape(
        status=status,
        unassigned=filters.assignee == ASSIGNED_NOBODY,
        order=filters.effective_order,
        values=tuple(sorted(values)),
    )
    return shape, values


def _queue_cases(shape: _Shape, values: dict[str, Any], search: Q | None = None) -> QuerySet[Case]:
    """The queue's cases in its order: the filters of `shape` with `values` (a search's own
    condition comes as `search`, and replaces the status filter)."""
    cases = Case.objects.all()
    if search is not None:
        cases = cases.filter(search)
    elif shape.status == STATUS_OPEN:
        cases = cases.filter(status__in=OPEN_STATUSES)
    elif shape.status == "one":
        cases = cases.filter(status=values["status"])
    elif shape.status != STATUS_ALL:
        cases = cases.filter(status=shape.status)
    if shape.unassigned:
        cases = cases.filter(assigned_to__isnull=True)
    if "assignee" in values:
        cases = cases.filter(assigned_to_id=values["assignee"])
    if "due_before" in values:
        cases = cases.filter(response_due_at__lt=values["due_before"])
    if "due_from" in values:
        cases = cases.filter(
            response_due_at__gte=values["due_from"], response_due_at__lte=values["due_to"]
        )
    if "channel" in values:
        cases = cases.filter(channel=values["channel"])
    if "category" in values:
        tags = CaseCategory.objects.filter(category_id=values["category"], case=OuterRef("pk"))
        cases = cases.filter(Exists(tags))
    if "category_ids" in values:
        cases = cases.filter(_ids_q("id", values["category_ids"]))
    order = shape.order
    if order == ORDER_DUE:
        return cases.order_by(F("reopened").desc(), F("response_due_at").asc(nulls_last=True), "id")
    if order == ORDER_ACTIVITY:
        return cases.order_by(F("reopened").desc(), F("last_activity_at").desc(), "-id")
    if order == ORDER_OLDEST:
        return cases.order_by("opened_at", "id")
    return cases.order_by("-opened_at", "-id")


def _queue_queryset(*, user: User, filters: QueueFilters) -> QuerySet[Case]:
    shape, values = _filter_values(user=user, filters=filters)
    return _queue_cases(shape, values, search_q(filters.search) if filters.searching else None)


# What a queue row shows, read as one tuple per case (QueueCase's own fields, the names the
# assignee and enquirer are shown by, the follow-up marker and the banner's count).
QUEUE_VALUES = (
    "pk",
    "reference",
    "subject",
    "channel",
    "status",
    "opened_at",
    "enquirer_type",
    "response_due_at",
    "response_paused_seconds",
    "reopened",
    "last_activity_at",
    "assigned_to_id",
    "unseen",
    "assigned_to__first_name",
    "assigned_to__last_name",
    "assigned_to__username",
    "contact_name",
    "enquirer__name",
    "contact_email",
    "enquirer__email",
    "enquirer__phone",
    "follow_up_due",
    "overdue_follow_ups",
)
# QueueCase's fields up to `unseen` are the first values of a row, in the same order: a row
# makes its QueueCase by position.
_CASE_FIELDS = QUEUE_VALUES.index("unseen") + 1
if tuple(f.name for f in fields(QueueCase))[:_CASE_FIELDS] != QUEUE_VALUES[:_CASE_FIELDS]:
    raise AssertionError("QueueCase's first fields are not the queue row's first values")
_case_of: Callable[..., QueueCase] = QueueCase  # called with a row's values by position


def _tags_array() -> ArraySubquery:
    """The case's category tags as an array of codes: the category's id times two, plus one if
    the enquirer chose it. Read from the tags' own index, with no join with the categories and
    no sort per row (named and put in the categories' order by category_tags(); joining and
    sorting per row was most of PostgreSQL's work on the queue's rows)."""
    tags = (
        CaseCategory.objects.filter(case=OuterRef("pk"))
        .order_by()
        .annotate(
            code=ExpressionWrapper(
                F("category_id") * 2
                + DbCase(When(provenance=Provenance.ENQUIRER, then=Value(1)), default=Value(0)),
                output_field=BigIntegerField(),
            )
        )
    )
    return ArraySubquery(tags.values("code"))


class _CategoryTags:
    """Every category's two tags (chosen by the enquirer or not) by code (see _tags_array),
    each with the key that puts tags in the categories' order (position, then name), kept per
    process with the categories' version (cases.CategoriesVersion) they were read at.

    The queue's statement reads the version with its rows, so a change to the categories made
    anywhere (another process, the admin, a bulk update, raw SQL) is seen by the next page,
    which reads them again. Only reference data: the same for every user.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._version: int | None = None
        self._by_code: dict[int, tuple[tuple[int, str], QueueTag]] = {}
        # The tags of each combination of codes seen, in order (a page repeats a few dozen).
        self._named: dict[tuple[int, ...], tuple[QueueTag, ...]] = {}

    def _load(self) -> tuple[int | None, dict[int, tuple[tuple[int, str], QueueTag]]]:
        # One statement: the version and the names from the same snapshot.
        sql = (
            f"SELECT (SELECT version FROM {CategoriesVersion._meta.db_table} WHERE id = 1), "
            f"c.id, c.name, c.position FROM (SELECT 1) AS one "
            f"LEFT JOIN {Category._meta.db_table} AS c ON TRUE"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql)
            found = cursor.fetchall()
        by_code: dict[int, tuple[tuple[int, str], QueueTag]] = {}
        for _, pk, name, position in found:
            if pk is not None:
                key = (position, name)
                by_code[pk * 2] = (key, QueueTag(name=name, by_enquirer=False))
                by_code[pk * 2 + 1] = (key, QueueTag(name=name, by_enquirer=True))
        return found[0][0], by_code

    def at(self, version: int | None, codes: Sequence[int] = ()) -> _Namer:
        """The tags by code as of `version` or later (read again when the kept ones are of
        another version, or lack one of `codes`). A version of None (the row missing) is
        never kept: the tags are read every time."""
        with self._lock:
            kept, by_code, named = self._version, self._by_code, self._named
        if version is None or kept != version or any(c not in by_code for c in codes):
            loaded, by_code = self._load()
            named = {}
            if loaded is not None:
                with self._lock:
                    self._version, self._by_code, self._named = loaded, by_code, named
        return _Namer(by_code, named)


category_tags = _CategoryTags()


@dataclass(frozen=True, slots=True)
class _Namer:
    by_code: dict[int, tuple[tuple[int, str], QueueTag]]
    named: dict[tuple[int, ...], tuple[QueueTag, ...]]  # kept with by_code

    def __call__(self, codes: Sequence[int]) -> tuple[QueueTag, ...]:
        """The tags of these codes in the categories' order (a code no category has any
        more, a tag removed with its category since the page was read, is left out)."""
        key = tuple(codes)
        tags = self.named.get(key)
        if tags is None:
            found = [self.by_code[code] for code in codes if code in self.by_code]
            found.sort(key=_by_key)
            tags = tuple(tag for _, tag in found)
            if len(self.named) < 10_000:  # combinations seen; a bound all the same
                self.named[key] = tags
        return tags


def _by_key(item: tuple[tuple[int, str], QueueTag]) -> tuple[int, str]:
    return item[0]


def _page_queryset(
    ids: Q, now: datetime, with_flags: bool, with_count: bool = True
) -> QuerySet[Case]:
    """The page's rows (the cases `ids` selects) with what they show; on PostgreSQL their tags
    (and, with_flags, risk flags) as arrays too. with_count: each row also carries the
    banner's overdue follow-up count."""
    rows = Case.objects.filter(ids).annotate(
        unseen=ExpressionWrapper(unseen_q(), output_field=BooleanField()),
        follow_up_due=follow_up_overdue(now),
    )
    if with_count:
        rows = rows.annotate(overdue_follow_ups=overdue_follow_up_count_expression(now))
    if connection.vendor != "postgresql":
        return rows
    return rows.annotate(
        tags=_tags_array(),
        # Flags are rare: only a page with flagged cases asks for them, and only for the
        # cases marked flagged.
        risk_kinds=(
            DbCase(
                When(_flagged_q(), then=active_flag_kinds_array()),
                default=Value(None),
                output_field=ArrayField(CharField()),
            )
            if with_flags
            else Value(None, output_field=ArrayField(CharField()))
        ),
    )


_ARRAYS = ("tags", "risk_kinds")


def _page_values(ids: list[int]) -> list[tuple[Any, ...]]:
    """The rows of these cases as tuples (QUEUE_VALUES), without their tags and flags (the
    caller reads those in queries of their own): the queue's reads other than PostgreSQL's."""
    rows = _page_queryset(Q(pk__in=ids), timezone.now(), False)
    return list(rows.values_list(*QUEUE_VALUES))


# ---- the queue's page in one statement (PostgreSQL) -----------------------------------------
#
# One round trip reads the risk-flagged cases first, the page's ids, their rows with tags and
# flags, the held messages and the overdue follow-up count. Its text is compiled through the
# ORM once per filter shape (_Shape) with stand-in values, which are found again among the
# compiled parameters; each request passes its own values as parameters. Compiling the three
# queries through the ORM on every request cost more CPU than PostgreSQL spent running them.

_STATEMENT = """WITH
flagged AS MATERIALIZED (SELECT ARRAY({flagged}) AS ids),
walked AS MATERIALIZED (SELECT ARRAY({walked} LIMIT %s) AS ids),
page AS MATERIALIZED (
  SELECT (flagged.ids || ARRAY(
    SELECT w.id FROM unnest(walked.ids) WITH ORDINALITY AS w(id, n)
    WHERE w.id <> ALL(flagged.ids) ORDER BY w.n
  ))[%s:%s] AS ids
  FROM flagged, walked
),
held AS (
  SELECT array_agg(h.case_id ORDER BY h.at, h.id) AS case_ids,
    array_agg(h.reference ORDER BY h.at, h.id) AS refs
  FROM ({held}) AS h(case_id, reference, at, id)
)
SELECT CASE WHEN row_number() OVER () = 1 THEN page.ids END,
  CASE WHEN row_number() OVER () = 1 THEN held.case_ids END,
  CASE WHEN row_number() OVER () = 1 THEN held.refs END,
  CASE WHEN row_number() OVER () = 1 THEN ({overdue}) END,
  CASE WHEN row_number() OVER () = 1 THEN ({categories}) END,
  r.*
FROM page CROSS JOIN held LEFT JOIN ({rows}) AS r ON TRUE"""
# page.ids, held case ids, held references, overdue follow-ups, the categories' version: on
# one row of the result only (the one whose overdue count is not NULL), the others have NULLs
# there. Repeated on each of the fifty rows they were most of the bytes PostgreSQL wrote and
# psycopg parsed (the page's 51 ids alone were 632 of a row's 1,010 bytes; the held
# messages' ids and references, up to 1,001 of each, would be far more).
_META_COLUMNS = 5
_OVERDUE_COLUMN = 3

# Stand-ins for the values while a statement is compiled (none equals a value a query of the
# queue compiles from its constants).
_MARKS: dict[str, Any] = {
    "status": "\x1equeue-status",
    "assignee": -7_000_001,
    "due_before": datetime(1901, 1, 1, 1, 1, 1, 1, tzinfo=UTC),
    "due_from": datetime(1901, 1, 2, 1, 1, 1, 1, tzinfo=UTC),
    "due_to": datetime(1901, 1, 3, 1, 1, 1, 1, tzinfo=UTC),
    "channel": "\x1equeue-channel",
    "category": -7_000_002,
    "category_ids": [-7_000_003],
    # The statement's own values: the moment, how far to walk, the page's slice.
    "now": datetime(1901, 2, 3, 4, 5, 6, 789012, tzinfo=UTC),
    "walk": -7_000_004,
    "first": -7_000_005,
    "last": -7_000_006,
    "per_page": -7_000_007,
}
_SLOT_TYPES = (int, str, datetime)


@dataclass(frozen=True)
class _Slot:
    name: str  # a _MARKS key: the request's value goes here


def _slot_of(param: Any) -> Any:
    """The slot a compiled parameter stands for, or the parameter itself (a constant)."""
    for name, mark in _MARKS.items():
        if param is mark or (
            type(param) is type(mark) and isinstance(mark, _SLOT_TYPES) and param == mark
        ):
            return _Slot(name)
    return param


def _compile_statement(
    shape: _Shape, values: dict[str, Any], search: Q | None
) -> tuple[str, list[Any]]:
    """The statement's text and its parameters (constants, or _Slot for a value to fill)."""
    cases = _queue_cases(shape, values, search)
    parts: dict[str, Any] = {
        "flagged": cases.filter(_flagged_q()).values_list("pk", flat=True),
        "walked": cases.values_list("pk", flat=True),
        "held": held_rows_query(),
        "overdue": overdue_follow_up_count_expression(_MARKS["now"]).query,
        "categories": CategoriesVersion.objects.filter(pk=1).values("version"),
        "rows": _page_queryset(
            Q(
                RawSQL(
                    f'"{Case._meta.db_table}"."id" = '
                    "ANY(ARRAY(SELECT unnest(page.ids[1:%s]) FROM page))",
                    (_MARKS["per_page"],),
                    BooleanField(),
                )
            ),
            _MARKS["now"],
            with_flags=True,
            with_count=False,
        ).values_list(*QUEUE_VALUES[:-1], *_ARRAYS),
    }
    texts: dict[str, str] = {}
    params: dict[str, tuple[Any, ...]] = {}
    for name, query in parts.items():
        texts[name], params[name] = getattr(query, "query", query).sql_with_params()
    sql = _STATEMENT.format(**texts)
    # In the order of their places in _STATEMENT.
    ordered = [
        *params["flagged"],
        *params["walked"],
        _MARKS["walk"],
        _MARKS["first"],
        _MARKS["last"],
        *params["held"],
        *params["overdue"],
        *params["categories"],
        *params["rows"],
    ]
    return sql, [_slot_of(p) for p in ordered]


@functools.lru_cache(maxsize=128)
def _statement(shape: _Shape, walk: int) -> tuple[str, list[_Slot]]:
    """_compile_statement for a filter shape and a walk's length, once per process, with its
    constants (the open statuses, flag states, the walk's LIMIT ...) written into the text as
    literals, so that only the request's own values are parameters.

    Why: PostgreSQL then plans the prepared statement once (a generic plan) and the planner
    still sees what decides the plan: the statuses that match the queue's partial indexes and
    how many rows the walk reads. With those as parameters too the generic plan sorted every
    open case (0.2-0.7 s on a million) and each request had to be planned again (1-1.4 ms of
    PostgreSQL's CPU). The constants come from this code, never from a request (a search's
    text stays a parameter: searches use _compile_statement alone).
    """
    sql, template = _compile_statement(shape, {name: _MARKS[name] for name in shape.values}, None)
    found = {p.name for p in template if isinstance(p, _Slot)}
    expected = {*shape.values, "now", "walk", "first", "last", "per_page"}
    if found != expected:  # a stand-in the ORM changed, or a constant taken for one
        raise AssertionError(f"the queue's statement has slots {found}, not {expected}")
    return _inline(sql, template, {"walk": walk})


def _inline(sql: str, template: list[Any], given: dict[str, Any]) -> tuple[str, list[_Slot]]:
    """The statement with its constants, and the slots named in `given`, written in as SQL
    literals (escaped by psycopg, "%" doubled for the placeholder syntax); the slots left."""
    from psycopg import sql as psql

    pieces = re.split(r"(%%|%s)", sql)
    slots: list[_Slot] = []
    params = iter(template)
    out = []
    for piece in pieces:
        if piece != "%s":
            out.append(piece)
            continue
        param = next(params)
        if isinstance(param, _Slot) and param.name not in given:
            slots.append(param)
            out.append(piece)
            continue
        value = given[param.name] if isinstance(param, _Slot) else param
        out.append(psql.Literal(value).as_string(None).replace("%", "%%"))
    if next(params, None) is not None:
        raise AssertionError("the queue's statement has more parameters than placeholders")
    return "".join(out), slots


@functools.cache
def _statement_cursor_class() -> Any:
    from django.db.backends.postgresql import base

    cursor: Any = base.ServerBindingCursor  # psycopg 3's, with Django's callproc

    class StatementCursor(cursor):  # type: ignore[misc]
        """Binds parameters on the server (so the statement can be prepared) and reads
        results in binary: half the CPU of parsing the fifty rows' text."""

        _query: Any  # psycopg's record of the last run, which Django's query log reads
        prepare: bool | None = None  # psycopg's own choice (prepare_threshold) unless False

        def execute(self, query: Any, params: Any = None, **options: Any) -> Any:
            options.setdefault("binary", True)
            if self.prepare is False:
                options.setdefault("prepare", False)
            result = super().execute(query, params, **options)
            if self._query is None:
                # A prepared run keeps no query text, which Django's query log reads from
                # here (connection.queries, CaptureQueriesContext): give it the statement's.
                self._query = _logged(query)
            return result

    return StatementCursor


@functools.lru_cache(maxsize=128)
def _logged(query: str) -> Any:
    """What Django's PostgreSQL backend reads a run's SQL from (`.query`, bytes)."""
    return SimpleNamespace(query=query.encode())


def _statement_rows(sql: str, params: list[Any], *, prepare: bool = True) -> list[tuple[Any, ...]]:
    """Runs the statement on a cursor that binds its parameters on the server, so psycopg can
    keep it prepared: after DATABASES' OPTIONS["prepare_threshold"] runs on a connection,
    PostgreSQL parses it once (Django's own cursors bind on the client and never prepare)."""
    from django.db.backends.postgresql.psycopg_any import register_tzloader
    from psycopg.postgres import types
    from psycopg.pq import Format

    db: Any = connection  # the PostgreSQL wrapper, whose cursors Django makes as below
    db.ensure_connection()
    raw: Any = _statement_cursor_class()(db.connection)
    # As Django's create_cursor. (Binary datetimes come in the session's time zone, which
    # Django sets to the connection's.)
    loader = db.connection.adapters.get_loader(types["timestamptz"].oid, Format.TEXT)
    if db.timezone != loader.timezone:
        register_tzloader(db.timezone, raw)
    # Django's wrapper around it: query logging, execute_wrapper hooks, error translation.
    with db._prepare_cursor(raw) as cursor:
        if not prepare:
            raw.prepare = False  # read by StatementCursor.execute
        cursor.execute(sql, params)
        rows: list[tuple[Any, ...]] = cursor.fetchall()
        return rows


def _flagged_q() -> Q:
    """Cases with a raised or confirmed risk flag: the case's own mark (kept from the flags by
    casebook.classify.actions.mark_flagged_cases), found through its partial index."""
    return Q(has_open_risk_flag=True)


def _flagged_first(cases: QuerySet[Case], start: int, count: int) -> tuple[list[int], set[int]]:
    """Ids of cases[start:start+count], with risk-flagged cases before all others, and which
    of those ids are flagged.

    Flags are rare, so the flagged cases of the queue are found first as a short list; each
    part keeps the queue's own order. The unflagged part is the queue's own query, read far
    enough to leave the flagged ids out here: with "id NOT IN (flagged)" in it the planner
    expects the next unflagged case within a few rows, and where flags cluster among recent
    cases of one category it walked 400,000 older cases for five rows (9 s on a million).
    """
    flagged = list(cases.filter(_flagged_q()).values_list("pk", flat=True))
    if not flagged:
        return list(cases.values_list("pk", flat=True)[start : start + count]), set()
    head = flagged[start : start + count]
    need = count - len(head)
    if need <= 0:
        return head, set(head)
    skip = max(0, start - len(flagged))
    leave_out = set(flagged)
    walked = cases.values_list("pk", flat=True)[: skip + need + len(flagged)]
    rest = [pk for pk in walked if pk not in leave_out]
    return head + rest[skip : skip + need], set(head)


_PageRead = tuple[list[int], list[tuple[Any, ...]], HeldInQueue, int, int | None]


def _read_page(user: User, filters: QueueFilters, start: int, per_page: int) -> _PageRead:
    """The queue's statement for cases [start, start + per_page] (one more than the page, to
    know whether there is a next): (those ids in the queue's order, the rows of the first
    per_page as QUEUE_VALUES and _ARRAYS, the held messages, the overdue follow-up count, the
    categories' version).

    In a web worker, from the process's copy (casebook.cases.queue_copy) when nothing the
    statement reads has changed since it was read for the same key: the user and their role,
    the filters, the slice and the minute (the statement reads the clock: follow-ups falling
    due, the overdue count, show within the minute). A search or a due filter (whose values
    depend on the text, the moment and the working-hours calendar) always reads the
    database."""
    if not queue_copy.enabled or filters.searching or filters.due:
        return _read_page_from_database(user, filters, start, per_page)
    minute = timezone.now().replace(second=0, microsecond=0)
    key = (user.pk, user.role, filters, start, per_page, minute)
    ids, rows, held, overdue, categories_version = queue_copy.get(
        key, lambda: _read_page_from_database(user, filters, start, per_page)
    )
    # The caller's own lists: the kept ones are never changed.
    return list(ids), list(rows), held, overdue, categories_version


def _read_page_from_database(
    user: User, filters: QueueFilters, start: int, per_page: int
) -> _PageRead:
    """_read_page's statement, run."""
    shape, values = _filter_values(user=user, filters=filters)
    walk = start + per_page + 1  # enough, however many of them are flagged (see below)
    template: Sequence[Any]
    if filters.searching:
        # A search's SQL depends on its text (a reference, words, enquirers found first): it
        # is planned for its own values and never kept prepared.
        sql, template = _compile_statement(shape, values, search_q(filters.search))
    else:
        sql, template = _statement(shape, walk)
    values.update(
        now=timezone.now(), walk=walk, first=start + 1, last=start + per_page + 1, per_page=per_page
    )
    result = _statement_rows(
        sql,
        [values[p.name] if isinstance(p, _Slot) else p for p in template],
        prepare=not filters.searching,
    )
    # The page is flagged cases first, then the walked cases not flagged. The walk need not
    # be longer than the page's end: at most len(flagged) of its cases are left out, and the
    # flagged ones come first.
    meta = next(row for row in result if row[_OVERDUE_COLUMN] is not None)
    ids, held_ids, held_refs, overdue, categories_version = meta[:_META_COLUMNS]
    count_at = _META_COLUMNS + len(QUEUE_VALUES) - 1
    rows = [
        (*row[_META_COLUMNS:count_at], overdue, *row[count_at:])
        for row in result
        if row[_META_COLUMNS] is not None
    ]
    held = held_summary(list(zip(held_ids or (), held_refs or (), strict=True)), set(ids))
    return list(ids), rows, held, overdue, categories_version


@functools.lru_cache(maxsize=16)
def _case_url_parts(resolver: object, script_prefix: str) -> tuple[str, str]:
    """A case page's URL around its reference, (before, after): every case URL is this one
    with another reference in it. Once per URL configuration (`resolver`, Django's for the
    request's urlconf) and script prefix, the two things reverse() reads: reversing it for
    every page cost 0.07 ms of CPU."""
    prefix, suffix = reverse("case-detail", args=["CB-0"]).split("CB-0")
    return prefix, suffix


def queue_page(
    *, user: User, filters: QueueFilters, page: int = 1, per_page: int = QUEUE_PAGE_SIZE
) -> QueuePage:
    """One page of the queue.

    No COUNT(*): on a million cases counting costs more than the page itself, so we fetch one
    row beyond the page to know whether there is a next one.
    """
    page = max(1, page)
    start = (page - 1) * per_page
    tags: dict[int, Sequence[QueueTag]] = {}
    risks: dict[int, list[str]] = {}
    held = None
    overdue: int | None = None
    if connection.vendor == "postgresql":
        ids, values, held, overdue, categories_version = _read_page(user, filters, start, per_page)
        has_next = len(ids) > per_page
        ids = ids[:per_page]
        if not ids:
            return QueuePage(
                rows=[], number=page, has_next=has_next, overdue_follow_ups=overdue, held=held
            )
        named = category_tags.at(categories_version, [c for row in values for c in row[-2]])
        for row in values:
            marked, kinds = row[-2:]
            tags[row[0]] = named(marked) if marked else ()
            if kinds:
                risks[row[0]] = flag_labels(kinds)
    else:
        # Find the page's ids on the case table alone, then load those rows with what they
        # show: joined into the search, enquirers and users can tempt the planner into
        # hashing whole tables before it sorts.
        ids, flagged = _flagged_first(
            _queue_queryset(user=user, filters=filters), start, per_page + 1
        )
        has_next = len(ids) > per_page
        ids = ids[:per_page]
        if not ids:
            return QueuePage(rows=[], number=page, has_next=has_next)
        values = _page_values(ids)
        listed: dict[int, list[QueueTag]] = {}
        for case_id, name, provenance in (
            CaseCategory.objects.filter(case_id__in=ids)
            .order_by("category__position", "category__name")
            .values_list("case_id", "category__name", "provenance")
        ):
            listed.setdefault(case_id, []).append(
                QueueTag(name=name, by_enquirer=provenance == Provenance.ENQUIRER)
            )
        tags.update(listed)
        # Only the flagged cases have flags to show: no query for a page without them.
        risks = active_flags_by_case(flagged) if flagged else {}
    by_pk = {row[0]: row for row in values}
    prefix, suffix = _case_url_parts(get_resolver(get_urlconf()), get_script_prefix())
    rows = []
    # One clock and one time zone for the page: every countdown and date is worked out from
    # them (timezone.localtime() and the working-hours walk per row were a third of this loop).
    now = timezone.now()
    clock = current_calendar().hours.clock(now)
    zone = timezone.get_current_timezone()
    assignees: dict[str, str] = {}  # by username: names made once a page
    url_of = f"{prefix}{{}}{suffix}".format
    for pk in ids:
        found = by_pk.get(pk)
        if found is None:
            continue  # deleted since its id was read
        row = found
        (first, last, username, contact_name, enquirer_name, contact_email, enquirer_email) = row[
            _CASE_FIELDS : _CASE_FIELDS + 7
        ]
        if username:
            assignee = assignees.get(username)
            if assignee is None:
                assignee = assignees[username] = display_name(first, last, username)
        else:
            assignee = ""
        # The first values of a row are QueueCase's first fields, in order (_CASE_FIELDS).
        case = _case_of(
            *row[: _CASE_FIELDS - 1],
            bool(row[_CASE_FIELDS - 1]),  # unseen
            assignee,
            contact_name
            or enquirer_name
            or contact_email
            or enquirer_email
            or row[_CASE_FIELDS + 7]  # the enquirer's phone
            or "",
        )
        opened = case.opened_at.astimezone(zone)
        due, due_state = countdown(case, clock=clock)
        rows.append(
            QueueRow(
                case,
                tags.get(pk, ()),
                url_of(case.reference),
                # "3 Feb 2026 09:05", as strftime's "%b %Y %H:%M" writes it (English month
                # names: the C locale), at a third of its cost.
                f"{opened.day} {_MONTHS[opened.month]} {opened.year} "
                f"{opened.hour:02d}:{opened.minute:02d}",
                due,
                due_state,
                _unseen_marker(case, user) if case.unseen else "",
                risks.get(pk, []),
                bool(row[_CASE_FIELDS + 8]),  # follow_up_due
            )
        )
        overdue = row[_CASE_FIELDS + 9]
    return QueuePage(
        rows=rows, number=page, has_next=has_next, overdue_follow_ups=overdue, held=held
    )


_MONTHS = (
    "",
    *("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
)

# Beyond this, a countdown is given in calendar time: working time over weeks means little
# to the reader and costs a walk over every day in between.
COUNTDOWN_WORKING_DAYS = timedelta(days=7)


class _Owed(Protocol):
    """What a countdown reads: a Case or a QueueCase."""

    @property
    def response_due_at(self) -> datetime | None: ...
    @property
    def status(self) -> str: ...
    @property
    def response_paused_seconds(self) -> int | None: ...


def countdown(case: _Owed, *, clock: WorkingClock) -> tuple[str, str]:
    """The row's countdown at clock.now and its state: ("due in 40 min", "soon"),
    ("overdue 1 h 10", "overdue"), ("paused", "paused") while awaiting the enquirer, ("", "")
    if nothing is owed. Times are working time (the helpline calendar's clock), so a reply due
    at 10:00 on Monday is "due in 1 h" at 16:00 on Friday."""
    due = case.response_due_at
    if due is None:
        if case.status == Status.AWAITING_ENQUIRER and case.response_paused_seconds is not None:
            return "paused", "paused"
        return "", ""
    now = clock.now
    if abs(due - now) > COUNTDOWN_WORKING_DAYS:
        return (f"overdue {age_at(due, now)}", "overdue") if due < now else ("due later", "")
    if due >= now:
        left = clock.until(due)
        return f"due in {format_working(left)}", "soon" if left <= timedelta(hours=1) else ""
    late = clock.since(due)
    return (f"overdue {format_working(late)}" if late else "overdue"), "overdue"


def _unseen_marker(case: QueueCase, user: User) -> str:
    if not case.unseen:
        return ""
    if case.assigned_to_id == user.pk:
        return "New message"
    return f"Not yet seen by {case.assignee}" if case.assignee else ""


@dataclass(frozen=True)
class TimelineEntry:
    """One audit event as the case page shows it."""

    pk: int
    at: datetime
    actor: str  # who did it: a user's name, or "" for the system (mail worker, intake)
    what: str
    changes: tuple[timeline.Change, ...]
    message: int | None
    via_admin: bool
    kind: str


@dataclass
class CaseView:
    """Everything the case page shows besides the case row itself."""

    messages: list[Message]
    category_tags: list[CaseCategory]
    platform_tags: list[CasePlatform]
    timeline: list[TimelineEntry] = field(default_factory=list)  # the latest, newest first
    timeline_total: int = 0  # every audit event of the case (the history page lists them all)
    latest_event_id: int = 0  # the case's newest audit event, shown or not
    other_cases: list[Case] = field(default_factory=list)  # the enquirer's others, newest first
    other_cases_total: int = 0
    contact_differs: bool = False  # the details given with the case differ from the record

    @property
    def last_message_id(self) -> int:
        return max((m.pk for m in self.messages), default=0)

    @property
    def last_event_id(self) -> int:
        return max(self.latest_event_id, max((e.pk for e in self.timeline), default=0))

    @property
    def timeline_more(self) -> int:
        """How many audit events the case page leaves to the history page."""
        return max(0, self.timeline_total - len(self.timeline))


def case_view(case: Case) -> CaseView:
    others, total = other_cases(case)
    messages = list(
        Message.objects.filter(case=case)
        .select_related("author", "original", "hold")  # intake: raw .eml, unconfirmed sender
        .prefetch_related("attachments")
        .order_by("at", "id")
    )
    tags = list(
        CaseCategory.objects.filter(case=case)
        .select_related("category", "added_by")
        .order_by("category__position", "category__name")
    )
    platforms = list(
        CasePlatform.objects.filter(case=case).select_related("platform").order_by("platform__name")
    )
    # The latest events, each also carrying how many the case has and the newest id (window
    # functions run before the LIMIT): one query.
    latest = list(
        _events(case).annotate(events_total=Window(Count("pk")), events_last=Window(Max("pk")))[
            :HISTORY_SHOWN
        ]
    )
    return CaseView(
        messages=messages,
        category_tags=tags,
        platform_tags=platforms,
        timeline=describe_events(latest),
        timeline_total=getattr(latest[0], "events_total", 0) if latest else 0,
        latest_event_id=getattr(latest[0], "events_last", 0) if latest else 0,
        other_cases=others,
        other_cases_total=total,
        contact_differs=_contact_differs(case),
    )


OTHER_CASES_SHOWN = 20


def other_cases(case: Case, *, limit: int = OTHER_CASES_SHOWN) -> tuple[list[Case], int]:
    """The enquirer's other cases, newest first (at most limit), and how many there are."""
    others = Case.objects.filter(enquirer_id=case.enquirer_id).exclude(pk=case.pk)
    shown = list(
        others.only("reference", "subject", "status", "opened_at").order_by("-opened_at")[:limit]
    )
    total = len(shown) if len(shown) < limit else others.count()
    return shown, total


def _contact_differs(case: Case) -> bool:
    record = case.enquirer
    given = {
        "name": case.contact_name,
        "email": case.contact_email,
        "phone": case.contact_phone,
        "organisation": case.contact_organisation,
    }
    return any(
        value and value.strip().lower() != getattr(record, name).strip().lower()
        for name, value in given.items()
    )


LABELS_OF_FIELDS = {name: label.lower() for name, label in timeline.FIELD_NAMES.items()}

LABELS: timeline.Labels = {
    "status": dict(Status.choices),
    "enquirer_type": dict(EnquirerType.choices),
    "setting_type": dict(SettingType.choices),
    "region": dict(Region.choices),
    "channel": dict(Channel.choices),
    "item_kind": dict(ItemKind.choices),  # escalated items (the partners app)
    "route": dict(RouteKind.choices),
    "outcome": dict(Outcome.choices),
}


# The case page shows this many of the latest audit events; the history page shows them all.
# Each escalated item and each outcome writes one, so a busy case carries hundreds.
HISTORY_SHOWN = 30
HISTORY_PAGE_SIZE = 100


def _events(case: Case) -> QuerySet[AuditEvent]:
    return AuditEvent.objects.filter(case=case).select_related("actor").order_by("-at", "-id")


def case_timeline(
    case: Case, *, after_event: int = 0, limit: int | None = None
) -> list[TimelineEntry]:
    """The case's audit events after the one with id after_event, newest first (the latest
    limit of them if given), in words (see casebook.cases.timeline)."""
    events = _events(case).filter(pk__gt=after_event)
    return describe_events(list(events if limit is None else events[:limit]))


def history_page(
    case: Case, number: str | int | None
) -> tuple[Page[AuditEvent], list[TimelineEntry]]:
    """One page of the case's history, newest first (HISTORY_PAGE_SIZE events a page), and
    its entries in words. A missing or bad page number gives the first page, one past the
    end the last (Paginator.get_page)."""
    page = Paginator(_events(case), HISTORY_PAGE_SIZE).get_page(number)
    return page, describe_events(list(page.object_list))


def describe_events(events: Sequence[AuditEvent]) -> list[TimelineEntry]:
    """Audit events (actor selected) in words, in the order given."""
    user_ids = {
        int(value)
        for event in events
        if event.action in {"case.assigned", "admin.changed"}
        for value in _assignee_ids(event.detail)
    }
    users = {u.pk: u.display_name() for u in User.objects.filter(pk__in=user_ids)}
    entries = []
    for event in events:
        described = timeline.describe(event.action, event.detail, users=users, labels=LABELS)
        entries.append(
            TimelineEntry(
                pk=event.pk,
                at=event.at,
                actor=event.actor.display_name() if event.actor else "",
                what=described.what,
                changes=described.changes,
                message=described.message,
                via_admin=described.via_admin,
                kind=described.kind,
            )
        )
    return entries


def _assignee_ids(detail: dict[str, Any]) -> list[int]:
    values = [detail.get("old"), detail.get("new")]
    for side in ("old", "new"):
        nested = detail.get(side)
        if isinstance(nested, dict):
            values.append(nested.get("assigned_to"))
    return [v for v in values if isinstance(v, int)]


def dialogue_since(case: Case, last_seen: int) -> list[Message]:
    """Dialogue entries added to the case after the one with id last_seen (oldest first)."""
    return list(
        Message.objects.filter(case=case, pk__gt=last_seen)
        .select_related("author")
        .order_by("at", "id")
    )


def outbound_message(case: Case, pk: int) -> Message:
    """One of the case's replies to the enquirer; 404 for anything else."""
    message = Message.objects.filter(case=case, pk=pk, direction="out").first()
    if message is None:
        raise Http404("No such reply on this case")
    message.case = case
    return message


def taggable_categories() -> QuerySet[Category]:
    """Categories a practitioner or enquirer can choose today (retired ones stay on old cases)."""
    return Category.objects.filter(retired=False).order_by("position", "name")


def all_categories() -> QuerySet[Category]:
    return Category.objects.order_by("position", "name")


def active_platforms() -> QuerySet[Platform]:
    return Platform.objects.filter(retired=False).order_by("name")


def casework_users() -> QuerySet[User]:
    return User.objects.filter(is_active=True, role__in=CASEWORK_ROLES).order_by(
        "first_name", "last_name", "username"
    )


# ---- enquirer records: merging and splitting ----------------------------------------------


@dataclass
class EnquirerSummary:
    """An enquirer record with its cases, as the merge and split pages list them."""

    enquirer: Enquirer
    cases: list[Case]  # newest first
    total: int


MERGE_CASES_SHOWN = 500


def enquirer_summary(enquirer: Enquirer, *, all_cases: bool = False) -> EnquirerSummary:
    """The record and its cases (all of them with all_cases, as a merge will move them all)."""
    cases = Case.objects.filter(enquirer=enquirer).only(
        "reference", "subject", "status", "opened_at", "channel"
    )
    total = cases.count()
    limit = total if all_cases else min(total, MERGE_CASES_SHOWN)
    return EnquirerSummary(
        enquirer=enquirer, cases=list(cases.order_by("-opened_at")[:limit]), total=total
    )


def _anonymised_placeholder() -> int:
    """The blank record every anonymised case points at: never offered for a merge."""
    from casebook.privacy.engine import placeholder_id

    return placeholder_id() or 0


def find_enquirers(query: str, *, exclude: Enquirer) -> list[EnquirerSummary]:
    """Records (not merged ones) with this email address, or the record of this case."""
    query = query.strip()
    if REFERENCE_RE.match(query):
        found = Enquirer.objects.filter(cases__reference=query.upper())
    else:
        found = Enquirer.objects.filter(email__iexact=query)
    found = found.filter(merged_into=None).exclude(pk=exclude.pk).order_by("id").distinct()
    found = found.exclude(pk=_anonymised_placeholder())
    return [enquirer_summary(e, all_cases=True) for e in found[:20]]


def mergeable_enquirer(pk: str, *, exclude: Enquirer) -> Enquirer:
    """The record with this id, if it can be merged into `exclude`'s; 404 otherwise."""
    found = (
        Enquirer.objects.filter(pk=int(pk), merged_into=None)
        .exclude(pk__in=[exclude.pk, _anonymised_placeholder()])
        .first()
        if pk.isdigit()
        else None
    )
    if found is None:
        raise Http404("No such enquirer record to merge")
    return found


SPLIT_CASES_OFFERED = 200


def split_choices(case: Case) -> QuerySet[Case]:
    """The cases of this case's record that can move with it: the newest few hundred."""
    newest = (
        Case.objects.filter(enquirer_id=case.enquirer_id)
        .order_by("-opened_at")
        .values_list("pk", flat=True)[:SPLIT_CASES_OFFERED]
    )
    ids = {*newest, case.pk}
    return Case.objects.filter(pk__in=ids, enquirer_id=case.enquirer_id).order_by("-opened_at")


# ---- a stale edit, kept and brought up to date ----------------------------------------------


def loaded_values(case: Case, *, after_event: int, of_enquirer: bool = False) -> dict[str, Any]:
    """What the fields changed since the page was rendered (audit events after after_event)
    were at that time: per field, the old value of its first change. Platforms are ids.

    of_enquirer: the enquirer record's details instead of the case's own fields.
    """
    actions = {"enquirer.updated"} if of_enquirer else {"profile.updated", "platforms.set"}
    loaded: dict[str, Any] = {}
    events = AuditEvent.objects.filter(case=case, pk__gt=after_event, action__in=actions)
    for event in events.order_by("pk"):
        old = event.detail.get("old")
        if event.action == "platforms.set" and isinstance(old, list):
            names = set(old)
            ids = Platform.objects.filter(name__in=names).values_list("pk", flat=True)
            loaded.setdefault("platforms", list(ids))
        elif isinstance(old, dict):
            for field_name, value in old.items():
                loaded.setdefault(field_name, value)
    return loaded


def rebase_edit(
    *, submitted: dict[str, Any], current: dict[str, Any], loaded: dict[str, Any]
) -> dict[str, Any]:
    """A refused edit brought up to date: the user's changes on top of the current values.

    A field someone else changed meanwhile (it is in `loaded`, with the value the user's page
    had) keeps the new value unless the user changed it too. A list field (platforms) keeps
    the user's additions and removals, applied to the current list.
    """
    kept = dict(submitted)
    for name, before in loaded.items():
        if name not in submitted or name not in current:
            continue
        mine, now = submitted[name], current[name]
        if isinstance(before, list):
            mine_ids = {getattr(v, "pk", v) for v in mine}
            added, removed = mine_ids - set(before), set(before) - mine_ids
            kept[name] = sorted((set(now) | added) - removed)
        elif mine == before:
            kept[name] = now
    return kept
