"""Reads about held messages (mail that waits for a practitioner's decision) for the queue:
how many are held and on which cases, whatever the queue's filters (a held message leaves its
case's status alone, so a closed case with one is not in the default list)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet

from casebook.intake.models import HeldMessage

BANNER_CASES = 10
# Held messages are a handful; past this many the banner says "more than" and marks rows
# from the oldest ones only.
READ_AT_MOST = 1000


@dataclass(frozen=True)
class HeldInQueue:
    count: int = 0
    more_than: bool = False  # count is a lower bound
    references: list[str] = field(default_factory=list)  # the first cases, oldest first
    more_cases: bool = False  # cases beyond those named
    case_ids: frozenset[int] = frozenset()  # of the listed cases, those with one


def held_rows_query() -> QuerySet[HeldMessage, tuple[Any, ...]]:
    """The held messages the banner reads, oldest first: (case id, case reference, held at,
    id) of at most READ_AT_MOST + 1 (the last two columns give the order, for a caller that
    reads these inside another query)."""
    return HeldMessage.objects.order_by("created_at", "pk").values_list(
        "message__case_id", "message__case__reference", "created_at", "pk"
    )[: READ_AT_MOST + 1]


def held_summary(rows: Sequence[tuple[int, str]], listed: set[int]) -> HeldInQueue:
    """The banner and row markers from held_rows_query()'s (case id, reference) pairs, in
    its order; `listed` is the ids of the cases on the page."""
    more_than = len(rows) > READ_AT_MOST
    rows = rows[:READ_AT_MOST]
    references = list(dict.fromkeys(reference for _, reference in rows))
    return HeldInQueue(
        count=len(rows),
        more_than=more_than,
        references=references[:BANNER_CASES],
        more_cases=len(references) > BANNER_CASES or more_than,
        case_ids=frozenset(case_id for case_id, _ in rows if case_id in listed),
    )
