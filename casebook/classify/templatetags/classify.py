"""{% case_panel case as panel %}: the suggestions and risk flags shown on a case page.

A tag rather than view context so the case page carries this section with one include line.
"""

from __future__ import annotations

from django import template

from casebook.cases.models import Case
from casebook.classify.queries import CasePanel, case_panel

register = template.Library()


@register.simple_tag
def classify_panel(case: Case) -> CasePanel:
    return case_panel(case)
