"""The queue's view of held messages (mail that waits for a practitioner's decision).

{% held_messages_banner %} says how many messages are held and on which cases, whatever the
queue's filters (a held message leaves its case's status alone, so a closed case with one is
not in the default list); {% cases_with_held_messages page.cases as held_cases %} marks the
rows that have one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import template

from casebook.cases.models import Case
from casebook.intake.models import HeldMessage

register = template.Library()

BANNER_CASES = 10


@register.simple_tag
def cases_with_held_messages(cases: Iterable[Case]) -> set[int]:
    """Of these cases, the ids of those with a held message."""
    ids = [c.pk for c in cases]
    if not ids:
        return set()
    return set(
        HeldMessage.objects.filter(message__case_id__in=ids).values_list(
            "message__case_id", flat=True
        )
    )


@register.inclusion_tag("intake/_queue_held.html")
def held_messages_banner() -> dict[str, Any]:
    """How many messages are held, and the first cases they wait on (oldest first)."""
    count = HeldMessage.objects.count()
    references: list[str] = []
    more = False
    if count:
        oldest_first = HeldMessage.objects.order_by("created_at", "pk").values_list(
            "message__case__reference", flat=True
        )
        for reference in oldest_first[:500]:
            if reference in references:
                continue
            if len(references) == BANNER_CASES:
                more = True
                break
            references.append(reference)
    return {"count": count, "references": references, "more": more}
