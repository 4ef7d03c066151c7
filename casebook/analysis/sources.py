"""Where facts come from: the database (this module) or a CSV export (csvinput.py).

The label mapping lives here, in one place: the UI's choice labels and the taxonomy's
category names become a Vocabulary that the pure core receives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, time

import numpy as np
from django.db.models import CharField, Q
from django.db.models.functions import Cast

from casebook.analysis.facts import (
    DIMENSIONS,
    LONDON,
    Dimension,
    Facts,
    Vocabulary,
    from_columns,
    utc_text_to_london_days,
)
from casebook.cases.models import (
    Case,
    CaseCategory,
    CasePlatform,
    Category,
    Channel,
    Direction,
    EnquirerType,
    Message,
    Platform,
    Region,
    SettingType,
)
from casebook.lib.platforms import DEFAULT_PLATFORMS
from casebook.triage.calendar import current_calendar

CHUNK = 20_000


def _dimension(choices: list[tuple[str, str]], missing_label: str = "Not recorded") -> Dimension:
    pairs = [(str(c), str(label)) for c, label in choices]
    if "" not in dict(pairs):
        pairs.append(("", missing_label))
    return Dimension(tuple(c for c, _ in pairs), tuple(label for _, label in pairs))


def vocabulary() -> Vocabulary:
    """Every label the report can show, from the models' choices and the taxonomy tables."""
    platforms = list(Platform.objects.order_by("name").values_list("name", "aliases"))
    if not platforms:
        platforms = [(name, list(aliases)) for name, aliases in DEFAULT_PLATFORMS.items()]
    return Vocabulary(
        channel=_dimension(Channel.choices),
        enquirer_type=_dimension(EnquirerType.choices),
        setting_type=_dimension(SettingType.choices),
        region=_dimension(Region.choices),
        categories=tuple(
            Category.objects.order_by("position", "name").values_list("name", flat=True)
        ),
        platforms=tuple(name for name, _ in platforms),
        platform_aliases={name: tuple(aliases or ()) for name, aliases in platforms},
    )


def local_midnight(d: date) -> datetime:
    return datetime.combine(d, time(0), tzinfo=LONDON)


def load_facts(periods: Iterable[tuple[date, date]], *, vocab: Vocabulary | None = None) -> Facts:
    """Facts for every case opened in any of the half-open local-date periods.

    Four streamed queries (cases, category tags, platform tags, nothing per case); rows are
    matched to cases by id with a sorted-array search, so memory stays a few columns.
    """
    vocab = vocab or vocabulary()
    window = Q(pk__in=[])
    for start, end in periods:
        window |= Q(opened_at__gte=local_midnight(start), opened_at__lt=local_midnight(end))
    cases = Case.objects.filter(window).order_by("pk")
    index = {name: vocab.dimension(name).index() for name in DIMENSIONS}
    ids: list[int] = []
    reference: list[str] = []
    stamps: list[str] = []
    subject: list[str] = []
    codes: dict[str, list[int]] = {name: [] for name in DIMENSIONS}
    # opened_at comes back as UTC text and is converted in bulk (utc_text_to_london_days):
    # Django's per-row datetime conversion was most of the time at a million cases.
    rows = cases.values_list(
        "pk",
        "reference",
        Cast("opened_at", CharField()),
        "subject",
        "channel",
        "enquirer_type",
        "setting_type",
        "region",
        "first_response_seconds",
        Cast("first_response_at", CharField()),
    )
    lookups = list(index.values())
    minutes: list[float] = []
    late_stamps: dict[int, tuple[str, str]] = {}
    nan = float("nan")
    for pk, ref, opened_at, subj, *values, seconds, responded in rows.iterator(chunk_size=CHUNK):
        if seconds is not None:
            minutes.append(seconds / 60)
        else:
            minutes.append(nan)
            if responded is not None:  # answered before response clocks were kept
                late_stamps[len(minutes) - 1] = (opened_at, responded)
        ids.append(pk)
        reference.append(ref)
        stamps.append(opened_at)
        subject.append(subj)
        for column, value, lookup in zip(codes.values(), values, lookups, strict=True):
            # A value outside today's choices (an old code) counts as not recorded
            # rather than vanishing, so the totals still add up.
            column.append(lookup.get(value, lookup[""]))
    days = utc_text_to_london_days(stamps)
    del stamps
    response_minutes = np.asarray(minutes, dtype=np.float32)
    if late_stamps:
        hours = current_calendar().hours
        for i, (opened_text, responded_text) in late_stamps.items():
            start, end = _utc(opened_text), _utc(responded_text)
            response_minutes[i] = hours.working_time_between(start, end).total_seconds() / 60
    id_array = np.asarray(ids, dtype=np.int64)
    cat_ids = {
        pk: i
        for i, pk in enumerate(
            Category.objects.order_by("position", "name").values_list("pk", flat=True)
        )
    }
    plat_ids = {
        pk: i for i, pk in enumerate(Platform.objects.order_by("name").values_list("pk", flat=True))
    }
    if len(plat_ids) != len(vocab.platforms):
        plat_ids = {}
    category_pairs = _pairs(
        CaseCategory.objects.filter(case__in=cases).values_list("case_id", "category_id"),
        id_array,
        cat_ids,
    )
    platform_pairs = _pairs(
        CasePlatform.objects.filter(case__in=cases).values_list("case_id", "platform_id"),
        id_array,
        plat_ids,
    )
    facts = from_columns(
        vocab,
        reference=reference,
        opened_on=np.asarray(days, dtype=np.int32),
        codes={k: np.asarray(v, dtype=np.int16) for k, v in codes.items()},
        category_pairs=category_pairs,
        platform_pairs=platform_pairs,
        subject=subject,
        case_ids=id_array,
        first_response_minutes=response_minutes,
    )
    return facts


def _utc(text: str) -> datetime:
    """A timestamp as the database writes it as text ("2022-03-01 10:00:00+00" or naive
    UTC on SQLite)."""
    moment = datetime.fromisoformat(text[:19])
    return moment.replace(tzinfo=UTC)


def _pairs(
    rows: Iterable[tuple[int, int]], id_array: np.ndarray, columns: dict[int, int]
) -> np.ndarray:
    flat = np.fromiter(
        (x for case_id, tag_id in rows if tag_id in columns for x in (case_id, columns[tag_id])),
        dtype=np.int64,
    ).reshape(-1, 2)
    if not len(flat):
        return flat
    flat[:, 0] = np.searchsorted(id_array, flat[:, 0])
    return flat


def first_inbound_texts(case_ids: list[int]) -> dict[int, str]:
    """The first message from the enquirer on each case (appendix samples)."""
    out: dict[int, str] = {}
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start : start + 500]
        rows = (
            Message.objects.filter(case_id__in=chunk, direction=Direction.INBOUND)
            .order_by("case_id", "at", "pk")
            .values_list("case_id", "body_text")
        )
        for case_id, body in rows:
            out.setdefault(case_id, body)
    return out


def db_texts(facts: Facts) -> Callable[[list[int]], dict[int, str]] | None:
    """Row index -> first inbound message, fetched only for the rows asked about."""
    ids = facts.case_ids
    if ids is None:
        return None

    def fetch(rows: list[int]) -> dict[int, str]:
        by_id = first_inbound_texts([int(ids[i]) for i in rows])
        return {i: by_id.get(int(ids[i]), "") for i in rows}

    return fetch
