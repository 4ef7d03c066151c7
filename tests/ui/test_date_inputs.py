"""Every date input in the app renders the ISO value a browser's date picker needs.

A `<input type="date">` given the locale's 01/11/2025 shows empty and blocks a required field,
so each form field with a date or datetime-local input must render yyyy-mm-dd[Thh:mm].
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django import forms
from django.urls import reverse
from django.utils import timezone

import casebook
from casebook.analysis.forms import default_period
from casebook.widgets import DateInput, DateTimeLocalInput
from tests.conftest import PASSWORD

ISO = {
    "date": (date(2025, 11, 1), re.compile(r"^\d{4}-\d{2}-\d{2}$")),
    "datetime-local": (datetime(2025, 11, 1, 9, 5), re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")),
}


def _app_forms() -> list[type[forms.BaseForm]]:
    for info in pkgutil.walk_packages(casebook.__path__, "casebook."):
        leaf = info.name.rsplit(".", 1)[-1]
        if "migrations" in info.name or not any(k in leaf for k in ("form", "admin", "view")):
            continue
        importlib.import_module(info.name)
    found: list[type[forms.BaseForm]] = []
    todo: list[type[Any]] = [forms.BaseForm]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("casebook."):
                found.append(sub)
    return found


def _fields(form: type[forms.BaseForm]) -> dict[str, forms.Field]:
    fields: dict[str, forms.Field] = getattr(form, "base_fields", {})
    return fields


def _input_type(widget: forms.Widget) -> str:
    return str(widget.attrs.get("type") or getattr(widget, "input_type", ""))


def test_the_app_has_date_inputs_to_check() -> None:
    kinds = {
        _input_type(f.widget)
        for form in _app_forms()
        for f in _fields(form).values()
        if _input_type(f.widget) in ISO
    }
    assert kinds == {"date", "datetime-local"}


@pytest.mark.parametrize("form", _app_forms(), ids=lambda f: f"{f.__module__}.{f.__name__}")
def test_date_inputs_render_iso_values(form: type[forms.BaseForm]) -> None:
    for name, field in _fields(form).items():
        kind = _input_type(field.widget)
        if kind not in ISO:
            continue
        value, pattern = ISO[kind]
        shown = field.widget.format_value(value)
        assert shown and pattern.match(shown), f"{form.__name__}.{name} renders {shown!r}"
        # And what it renders is read back as the same value.
        cleaned = field.clean(shown)
        if isinstance(cleaned, datetime):
            cleaned = timezone.make_naive(cleaned) if timezone.is_aware(cleaned) else cleaned
        assert cleaned == value


@pytest.mark.parametrize(
    ("widget", "value", "expected"),
    [
        (DateInput(), date(2025, 11, 1), "2025-11-01"),
        (DateInput(), "2025-11-01", "2025-11-01"),  # bound data passes through
        (DateTimeLocalInput(), datetime(2025, 1, 2, 3, 4, 59), "2025-01-02T03:04"),
    ],
)
def test_shared_widgets(widget: forms.Widget, value: object, expected: str) -> None:
    assert widget.format_value(value) == expected


@pytest.mark.django_db
def test_reports_page_default_dates_are_iso(client: Any, analyst: Any, time_machine: Any) -> None:
    # The page and the test each read the clock: a running one can cross into a new month
    # between the two, and the default period with it.
    time_machine.move_to(
        datetime(2025, 11, 30, 23, 59, 59, tzinfo=ZoneInfo("Europe/London")), tick=False
    )
    assert client.login(username=analyst.username, password=PASSWORD)
    html = client.get(reverse("reports:index")).content.decode()
    start, end = default_period(timezone.localdate())
    assert f'type="date" name="start" value="{start.isoformat()}"' in html
    assert f'type="date" name="end" value="{end.isoformat()}"' in html
    assert "/20" not in re.sub(r'href="[^"]*"|src="[^"]*"', "", html)  # no 01/11/2025 anywhere
