"""The partners app's parts of other apps' pages: the case page's section and the queue's
follow-up markers, each included with one line."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import template

from casebook.cases.models import Case
from casebook.partners import queries
from casebook.partners.forms import OUTCOME_CHOICES
from casebook.partners.models import ItemKind, ReferralKind

register = template.Library()


@register.inclusion_tag("partners/_case_section.html", takes_context=True)
def partners_case_section(context: Any) -> dict[str, Any]:
    """Saved replies, escalations and referrals for the case page (needs `case` and `view`)."""
    case: Case = context["case"]
    view = context.get("view")
    messages = view.messages if view is not None else []
    tagged = [tag.platform.name for tag in view.platform_tags] if view is not None else []
    section = queries.case_section(case, messages, tagged)
    return {
        "case": case,
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
        "form_seen": context.get("form_seen"),
        "section": section,
        "platforms": section.platforms,
        "kinds": ItemKind.choices,
        "outcomes": OUTCOME_CHOICES,
        "services": section.services,
        "referral_kinds": ReferralKind.choices,
        "replies": section.replies,
    }


@register.simple_tag
def cases_with_overdue_follow_ups(cases: Iterable[Case]) -> set[int]:
    """{% cases_with_overdue_follow_ups page.cases as follow_ups_due %} in the queue."""
    return queries.cases_with_overdue_follow_ups(c.pk for c in cases)


@register.inclusion_tag("partners/_queue_follow_ups.html")
def follow_ups_banner() -> dict[str, Any]:
    """How many follow-ups with platforms are overdue, with a link to them."""
    return {"overdue": queries.overdue_follow_up_count()}
