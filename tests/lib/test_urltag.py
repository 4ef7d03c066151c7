"""{% url %} keeps the URLs of names without arguments, and otherwise is Django's tag."""

from __future__ import annotations

from typing import Any

import pytest
from django.http import HttpRequest, HttpResponse
from django.template import Context, Engine, engines
from django.test import RequestFactory, override_settings
from django.urls import NoReverseMatch, path, reverse, set_script_prefix

from casebook.lib import urltag


def render(source: str, **context: Any) -> str:
    return str(engines["django"].from_string(source).render(context))


def test_urls_are_djangos_with_and_without_arguments() -> None:
    assert render("{% url 'case-queue' %}") == reverse("case-queue")
    assert render("{% url 'case-queue' %}") == reverse("case-queue")  # kept, the same
    assert render("{% url 'case-detail' ref %}", ref="CB-2024-00001") == reverse(
        "case-detail", args=["CB-2024-00001"]
    )
    assert render("{% url 'case-queue' as there %}[{{ there }}]") == f"[{reverse('case-queue')}]"
    with pytest.raises(NoReverseMatch):
        render("{% url 'no-such-page' %}")


def test_the_script_prefix_and_the_url_conf_are_part_of_what_is_kept() -> None:
    plain = render("{% url 'case-queue' %}")
    set_script_prefix("/helpline/")
    try:
        assert render("{% url 'case-queue' %}") == "/helpline" + plain
    finally:
        set_script_prefix("/")
    with override_settings(ROOT_URLCONF=__name__):
        assert render("{% url 'case-queue' %}") == "/elsewhere/"
    assert render("{% url 'case-queue' %}") == plain


def test_escaped_as_django_escapes_it() -> None:
    engine = Engine(builtins=["casebook.lib.urltag"])
    request = RequestFactory().get("/")
    with override_settings(ROOT_URLCONF=__name__):
        template = engine.from_string("{% url 'odd' %}")
        assert template.render(Context({"request": request}, autoescape=False)) == "/a&b/"
        assert render("{% url 'odd' %}") == "/a&amp;b/"
    assert len(urltag._kept) <= urltag.URLS_KEPT


def nowhere(request: HttpRequest) -> HttpResponse:
    return HttpResponse()


urlpatterns = [
    path("elsewhere/", nowhere, name="case-queue"),
    path("a&b/", nowhere, name="odd"),
]
