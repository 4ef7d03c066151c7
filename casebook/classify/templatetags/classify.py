"""{% classify_panel case as panel %}: the suggestions and risk flags shown on a case page;
{% flags_awaiting_review request.user as awaiting %}: raised flags on the supervisor's dashboard.

Tags rather than view context so each page carries its section with one include line.
"""

from __future__ import annotations

from django import template
from django.contrib.auth.models import AnonymousUser

from casebook.accounts.models import User
from casebook.cases.access import may_work_cases
from casebook.cases.models import Case
from casebook.classify import queries
from casebook.classify.queries import AwaitingReview, CasePanel, case_panel

register = template.Library()


@register.simple_tag
def classify_panel(case: Case) -> CasePanel:
    return case_panel(case)


@register.simple_tag
def flags_awaiting_review(user: User | AnonymousUser) -> AwaitingReview | None:
    """Raised flags awaiting review; None for anyone who may not see cases (an admin)."""
    return queries.flags_awaiting_review() if may_work_cases(user) else None
