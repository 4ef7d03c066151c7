"""Reads for the reports pages: the Report for periods, from the database.

A report takes seconds to draw, and the page, then each download, asks for the same one. It
is cached for a few minutes under its parameters plus a fingerprint of the cases (count, last
change, tag counts), so any edit to a case gives a fresh report rather than a stale one.
"""

from __future__ import annotations

import hashlib

from django.core.cache import cache
from django.db.models import Count, Max

from casebook.analysis.model import Report
from casebook.analysis.report import build_report, find_redactor
from casebook.analysis.sources import db_texts, load_facts
from casebook.analysis.tables import Period
from casebook.cases.models import Case, CaseCategory, CasePlatform
from casebook.partners.queries import partner_section
from casebook.privacy.preserve import preserved_lookup

CACHE_SECONDS = 600


def fingerprint() -> str:
    cases = Case.objects.aggregate(n=Count("pk"), changed=Max("updated_at"))
    tags = (CaseCategory.objects.count(), CasePlatform.objects.count())
    return f"{cases['n']}:{cases['changed']}:{tags}"


def db_report(
    period: Period,
    compare: Period | None,
    *,
    suppress_below: int | None = None,
    with_figures: bool = True,
) -> Report:
    raw = f"{period}|{compare}|{suppress_below}|{fingerprint()}"
    key = "analysis-report:" + hashlib.sha256(raw.encode()).hexdigest()
    for k in (f"{key}:figures", f"{key}:plain") if not with_figures else (f"{key}:figures",):
        cached = cache.get(k)
        if isinstance(cached, Report):
            return cached
    windows = [(period.start, period.end)]
    if compare is not None:
        windows.append((compare.start, compare.end))
    facts = load_facts(windows)
    report = build_report(
        facts,
        period,
        compare,
        suppress_below=suppress_below,
        texts=db_texts(facts),
        redactor=find_redactor(),
        with_figures=with_figures,
        preserved=preserved_lookup(),
        partners=partner_section(period.start, period.end),
    )
    cache.set(f"{key}:{'figures' if with_figures else 'plain'}", report, CACHE_SECONDS)
    return report
