"""Reads for the reports pages: the Report for periods, from the database.

A report takes seconds to draw, and the page, then each download, asks for the same one. It
is cached for a few minutes under its parameters plus a fingerprint of the cases (count, last
change, tag counts), so any edit to a case gives a fresh report rather than a stale one.
"""

from __future__ import annotations

import hashlib
from datetime import date

from django.core.cache import cache
from django.db.models import Count, Max, Min
from django.utils import timezone

from casebook.analysis.model import Approval, Report
from casebook.analysis.models import ReportApproval, ReportReview
from casebook.analysis.publish import NO_EDITS, ReviewEdits
from casebook.analysis.report import build_report, find_redactor
from casebook.analysis.sources import db_texts, first_inbound_texts, load_facts
from casebook.analysis.tables import Period
from casebook.cases.models import Case, CaseCategory, CasePlatform
from casebook.partners.queries import partner_section
from casebook.privacy.preserve import preserved_lookup
from casebook.triage.calendar import current_calendar

CACHE_SECONDS = 600


def cases_on_record() -> tuple[date, date] | None:
    """The local dates the first and the last case were opened; None without cases."""
    span = Case.objects.aggregate(first=Min("opened_at"), last=Max("opened_at"))
    if span["first"] is None:
        return None
    return timezone.localdate(span["first"]), timezone.localdate(span["last"])


def fingerprint() -> str:
    cases = Case.objects.aggregate(n=Count("pk"), changed=Max("updated_at"))
    tags = (CaseCategory.objects.count(), CasePlatform.objects.count())
    return f"{cases['n']}:{cases['changed']}:{tags}"


def review_state(period: Period) -> tuple[ReviewEdits, tuple[str, Approval] | None, str]:
    """The reviewer's decisions for the period, its latest sign-off as (fingerprint,
    Approval), and a version string that changes whenever either does (for caching)."""
    review = ReportReview.objects.filter(period_start=period.start, period_end=period.end).first()
    latest = (
        ReportApproval.objects.filter(period_start=period.start, period_end=period.end)
        .select_related("approved_by")
        .first()
    )
    edits = NO_EDITS
    if review is not None:
        edits = ReviewEdits(
            restore={k: frozenset(v) for k, v in review.restore.items()},
            redact={k: frozenset(v) for k, v in review.redact.items()},
            hidden_words=frozenset(review.hidden_words),
        )
    approval = None
    if latest is not None:
        who = latest.approved_by
        name = (who.get_full_name() or who.username) if who is not None else "a former user"
        at = timezone.localtime(latest.approved_at).strftime("%Y-%m-%d %H:%M")
        approval = (latest.fingerprint, Approval(by=name, at=at))
    version = f"{review.updated_at.isoformat() if review else '-'}:{latest.pk if latest else '-'}"
    return edits, approval, version


def sample_sources(references: list[str]) -> dict[str, str]:
    """Case reference -> the enquirer's first message, as the appendix samples it (review)."""
    ids = dict(Case.objects.filter(reference__in=references).values_list("pk", "reference"))
    texts = first_inbound_texts(list(ids))
    return {ids[pk]: text for pk, text in texts.items()}


def db_report(
    period: Period,
    compare: Period | None,
    *,
    suppress_below: int | None = None,
    with_figures: bool = True,
) -> Report:
    edits, approval, version = review_state(period)
    raw = f"{period}|{compare}|{suppress_below}|{fingerprint()}|{version}"
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
        target_minutes=current_calendar().target.total_seconds() / 60,
        review=edits,
        approval=approval,
        preserved=preserved_lookup(),
        partners=partner_section(period.start, period.end),
    )
    cache.set(f"{key}:{'figures' if with_figures else 'plain'}", report, CACHE_SECONDS)
    return report
