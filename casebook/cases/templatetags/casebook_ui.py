"""Small template helpers for the case pages and the layout.

The queue renders fifty rows per request, so the per-row helpers here are deliberately
cheaper than Django's general ones (get_FOO_display rebuilds its choices dict per call,
timesince does calendar arithmetic).
"""

from __future__ import annotations

from datetime import datetime

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from casebook.cases.models import Channel, EnquirerType, Region, SettingType, Status

register = template.Library()

LABELS: dict[str, dict[str, str]] = {
    "status": dict(Status.choices),
    "channel": dict(Channel.choices),
    "enquirer_type": dict(EnquirerType.choices),
    "setting_type": dict(SettingType.choices),
    "region": dict(Region.choices),
}


@register.simple_tag
def reports_url() -> str:
    """The reports page, wherever the analysis app routes it."""
    try:
        return reverse("reports:index")
    except NoReverseMatch:
        return "/reports/"


@register.filter
def label(value: str, kind: str) -> str:
    """The human label of a stored choice: {{ case.status|label:"status" }}."""
    return LABELS[kind].get(value, value)


@register.filter
def age(moment: datetime | None) -> str:
    """How long ago, compactly: "40 min", "7 h", "3 d", "5 wk", "4 mo", "2 y"."""
    if moment is None:
        return ""
    return age_at(moment, timezone.now())


def age_at(moment: datetime, now: datetime) -> str:
    """age(moment) as seen at `now` (a page showing many ages reads the clock once): under an
    hour in minutes, under two days in hours, under two weeks in days, under 61 days in weeks,
    under two years in months of 30.44 days, then in years of 365.25 days; never negative.

    (Written out rather than as a loop over a table of units: the queue calls it a hundred
    times a page.)"""
    minutes = (now - moment).total_seconds() / 60
    if minutes < 60:
        return f"{int(minutes // 1) if minutes > 0 else 0} min"
    if minutes < 2_880:  # 48 h
        return f"{int(minutes // 60)} h"
    if minutes < 20_160:  # 14 d
        return f"{int(minutes // 1_440)} d"
    if minutes < 87_840:  # 61 d
        return f"{int(minutes // 10_080)} wk"
    if minutes < 1_051_200:  # 730 d
        return f"{int(minutes // (30.44 * 24 * 60))} mo"
    return f"{int(minutes // (365.25 * 24 * 60))} y"
