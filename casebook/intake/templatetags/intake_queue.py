"""The queue's view of held messages (mail that waits for a practitioner's decision).

    {% held_in_queue page.cases page.held as held %}{% include "intake/_queue_held.html" %}

says how many messages are held and on which cases, whatever the queue's filters (a held
message leaves its case's status alone, so a closed case with one is not in the default
list), and `held.case_ids` marks the listed rows that have one. One query, unless the page
read them with its rows already (`page.held`, PostgreSQL: held_rows_query() inside the
queue's statement).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from django import template

from casebook.intake.queries import HeldInQueue, held_rows_query, held_summary

register = template.Library()


class _Listed(Protocol):
    """A case as a page lists it (a Case, or the queue's row of one)."""

    @property
    def pk(self) -> int: ...


@register.simple_tag
def held_in_queue(cases: Iterable[_Listed], known: HeldInQueue | None = None) -> HeldInQueue:
    """What the page says of held messages: `known` when the page read it already, else read
    here."""
    if known is not None:
        return known
    rows = [(case_id, reference) for case_id, reference, _, _ in held_rows_query()]
    return held_summary(rows, {c.pk for c in cases})
