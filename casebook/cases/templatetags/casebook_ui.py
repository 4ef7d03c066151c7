"""Small template helpers for the case pages and the layout."""

from __future__ import annotations

from django import template
from django.urls import NoReverseMatch, reverse

register = template.Library()


@register.simple_tag
def reports_url() -> str:
    """The reports page, wherever the analysis app routes it."""
    try:
        return reverse("reports:index")
    except NoReverseMatch:
        return "/reports/"
