"""A page's template rendered once per process, its per-request values joined in as text.

The queue's page is the same markup on every request but for values its view computes (the
filter form's values, the rows, the pager's links), the CSRF token and the viewer's name; which
markup it is depends only on a few facts: the viewer's role and flags, and the page's *shape*
(a search or not, rows or none, a previous or next page). Its template is rendered through the
engine once per process for each combination of those facts, with a marker where each
per-request value goes, and cut at the markers; a request then joins the kept pieces with its
own values. The base layout and the filter form through the template engine cost about 1 ms of
CPU per request (benchmarks/README.md, Serving); the join costs a few microseconds.

What a template rendered this way may read:

- `slot.NAME`: a value of the request, given by the view as HTML (escaped already). A name the
  view does not give raises ShellError, in a kept render as in a normal one.
- `shape.NAME`: a fact of the page the view gives (hashable: part of the key).
- `user`: in a kept render, a stand-in with `is_authenticated`, `is_anonymous`, `role`,
  `is_active`, `is_staff`, `works_cases`, `reads_reports`, `get_role_display` (all read from
  the real user and part of the key) and `display_name` (filled per request, escaped). Any
  other attribute raises ShellError: a layout that starts showing another fact of the user
  must add it here, and can never show one user's value to another.
- `request`: its `resolver_match.url_name` and `.namespace` (in the key); anything else raises
  ShellError.
- `csrf_token`: filled per request from django.middleware.csrf.get_token, as Django's context
  processor gives it (the CSRF cookie is then renewed on the response, as on any page with a
  form).
- `messages`: a request with messages to show is rendered through the engine as usual, so a
  kept render has none.

Besides those, a kept render's context holds nothing: a template that reads anything else
gets Django's empty value for a missing variable there, and a normal render (with the view's
whole context) would differ. tests/lib/test_shell.py renders pages both ways for several users
and compares them.

The kept text is keyed by the Template object (a reloaded template is another), the URL
resolver and script prefix ({% url %}), the static files storage ({% static %}), the viewer's
facts and the shape. Nothing a request's data decides is kept: its values are never part of a
key or of kept text.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable, Mapping
from typing import Any

from django.contrib.messages import get_messages
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.template.loader import get_template
from django.urls import get_resolver, get_script_prefix, get_urlconf
from django.utils.safestring import SafeString

KEPT_MAX = 512  # shells per process: a few roles times a few dozen shapes; beyond, not kept
_MARK = "\x00"  # never in a template's own text, nor in what its tags make of a marker
_kept: dict[tuple[Any, ...], tuple[tuple[str, str], ...]] = {}


class ShellError(RuntimeError):
    """A template asked a kept render for something it is not keyed by, or for a slot the view
    did not give. Not an AttributeError or KeyError: the template engine would swallow those
    and show nothing."""


class Slots(dict[str, SafeString]):
    """The view's per-request values by name, as HTML (marked safe: the template shows them as
    they are, in a normal render as in a kept one)."""

    def __init__(self, values: Mapping[str, str]) -> None:
        super().__init__({name: SafeString(value) for name, value in values.items()})

    def __missing__(self, name: str) -> str:
        raise ShellError(f"the view gives no slot {name!r}")


def _marker(name: str) -> SafeString:
    return SafeString(f"{_MARK}{name}{_MARK}")


class _Markers:
    """`slot` in a kept render: a marker for any name."""

    def __getitem__(self, name: str) -> SafeString:
        return _marker(f"slot.{name}")


class _Strict:
    """A stand-in that raises ShellError for any attribute it was not given."""

    _what = "object"

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy, pickle and friends probing for hooks
            raise AttributeError(name)
        raise ShellError(f"a kept render does not know {self._what}.{name}: add it to the key")


class _Match(_Strict):
    _what = "request.resolver_match"

    def __init__(self, url_name: str | None, namespace: str) -> None:
        self.url_name = url_name
        self.namespace = namespace


class _Request(_Strict):
    _what = "request"

    def __init__(self, match: _Match) -> None:
        self.resolver_match = match

    def __getattr__(self, name: str) -> Any:
        if name == "current_app":  # {% url %} asks, and falls back to the match's namespace
            raise AttributeError(name)
        return super().__getattr__(name)


class _User(_Strict):
    _what = "user"

    def __init__(self, facts: tuple[Any, ...]) -> None:
        (
            self.is_authenticated,
            self.is_anonymous,
            self.role,
            self.is_active,
            self.is_staff,
            self.works_cases,
            self.reads_reports,
            self._role_display,
        ) = facts

    def get_role_display(self) -> str:
        return str(self._role_display)

    def display_name(self) -> SafeString:
        return _marker("user.display_name")


def _user_facts(user: Any) -> tuple[Any, ...]:
    """What the key knows of the viewer (a signed-in casebook User)."""
    return (
        bool(user.is_authenticated),
        bool(user.is_anonymous),
        user.role,
        bool(user.is_active),
        bool(user.is_staff),
        bool(user.works_cases),
        bool(user.reads_reports),
        user.get_role_display(),
    )


def _cut(text: str) -> tuple[tuple[str, str], ...]:
    """The rendered text as (text, slot name) pairs; the last pair's name is empty."""
    parts = text.split(_MARK)
    if len(parts) % 2 == 0:
        raise ShellError("a marker was cut in two: the template changed a slot's value")
    return tuple(zip(parts[0::2], [*parts[1::2], ""], strict=True))


def render_kept(
    request: HttpRequest,
    template_name: str,
    *,
    shape: Any,
    slots: Mapping[str, str],
    context: Mapping[str, Any],
) -> HttpResponse:
    """The page of `template_name` for this request: `slots` (HTML by name) joined into its
    kept render for the viewer's facts and `shape`, rendered once per process for each key.
    `context` is what a normal render gets besides `slot` and `shape` (the view's values, for
    the messages case and for the test client's `response.context`). A request with messages
    to show, or without a signed-in user, is rendered through the engine as usual."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or get_messages(request):
        return render(request, template_name, _whole(context, slots, shape))
    template = get_template(template_name)
    match = request.resolver_match
    url_name, namespace = (match.url_name, match.namespace) if match else (None, "")
    facts = _user_facts(user)
    key = (
        getattr(template, "template", template),  # the engine's, kept by its cached loader
        get_resolver(get_urlconf()),
        get_script_prefix(),
        getattr(staticfiles_storage, "_wrapped", None),
        url_name,
        namespace,
        facts,
        shape,
    )
    pieces = _kept.get(key)
    if pieces is None:
        text = template.render(
            {
                "slot": _Markers(),
                "shape": shape,
                "user": _User(facts),
                "request": _Request(_Match(url_name, namespace)),
                "csrf_token": _marker("csrf_token"),
                "messages": (),
            }
        )
        pieces = _cut(text)
        if len(_kept) < KEPT_MAX:
            _kept[key] = pieces
    values = {f"slot.{name}": value for name, value in slots.items()}
    values["user.display_name"] = html.escape(str(user.display_name()))
    values["csrf_token"] = html.escape(get_token(request))
    try:
        page = "".join([text + values[name] if name else text for text, name in pieces])
    except KeyError as missing:
        raise ShellError(f"the view gives no slot {missing.args[0]!r}") from None
    _report_to_test_client(template, lambda: _whole(context, slots, shape))
    return HttpResponse(page)


def _whole(context: Mapping[str, Any], slots: Mapping[str, str], shape: Any) -> dict[str, Any]:
    """A normal render's context: the view's, its slots and shape."""
    return {**context, "slot": Slots(slots), "shape": shape}


def _report_to_test_client(template: Any, context: Callable[[], dict[str, Any]]) -> None:
    """As Django's test framework reports each template it renders (its instrumented render
    sends template_rendered; the test client keeps the context as `response.context`). Only
    when that framework is loaded: never in a served process."""
    signals = sys.modules.get("django.test.signals")
    if signals is not None:
        from django.template import Context

        inner = getattr(template, "template", template)
        signals.template_rendered.send(sender=inner, template=inner, context=Context(context()))
