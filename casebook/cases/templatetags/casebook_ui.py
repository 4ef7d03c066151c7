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
    """age(moment) as seen at `now` (a page showing many ages reads the clock once)."""
    seconds = max(0.0, (now - moment).total_seconds())
    minutes = seconds / 60
    for unit, size, upto in (
        ("min", 1, 60),
        ("h", 60, 48 * 60),
        ("d", 24 * 60, 14 * 24 * 60),
        ("wk", 7 * 24 * 60, 61 * 24 * 60),
        ("mo", 30.44 * 24 * 60, 730 * 24 * 60),
    ):
        if minutes < upto:
            return f"{int(minutes // size)} {unit}"
    return f"{int(minutes // (365.25 * 24 * 60))} y"
