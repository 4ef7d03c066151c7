"""The case page's privacy section: anonymised, on legal hold, or a form to place a hold."""

from __future__ import annotations

from typing import Any

from django import template

from casebook.accounts.models import Role
from casebook.cases.models import Case
from casebook.privacy.queries import case_privacy

register = template.Library()


@register.inclusion_tag("privacy/_case_privacy.html", takes_context=True)
def case_privacy_section(context: template.Context, case: Case) -> dict[str, Any]:
    request = context["request"]
    anonymisation, hold = case_privacy(case)
    return {
        "case": case,
        "anonymisation": anonymisation,
        "hold": hold,
        "may_hold": getattr(request.user, "role", None) in {Role.SUPERVISOR, Role.ADMIN},
        "next": request.get_full_path(),
        "csrf_token": context.get("csrf_token"),
    }
