"""Browser inputs that every form in the app uses: ISO date and time inputs, and textareas.

An `<input type="date">` accepts only an ISO value (yyyy-mm-dd), whatever the page's language;
Django's own DateInput renders the locale's format (01/11/2025 for en-GB), which the browser
discards, so the field shows empty and a required one blocks the form. These widgets always
render the ISO form the browser needs; the fields still accept what they accepted before.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.admin.widgets import AdminTextareaWidget
from django.db import models

ISO_DATE = "%Y-%m-%d"
ISO_DATETIME_LOCAL = "%Y-%m-%dT%H:%M"


class DateInput(forms.DateInput):
    """`<input type="date">` with an ISO value."""

    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs=attrs, format=ISO_DATE)


class DateTimeLocalInput(forms.DateTimeInput):
    """`<input type="datetime-local">` with an ISO value (wall-clock time, to the minute)."""

    input_type = "datetime-local"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs=attrs, format=ISO_DATETIME_LOCAL)


class Textarea(forms.Textarea):
    """A `<textarea>` whose submitted text has Unix line endings.

    Browsers submit a textarea's line breaks as CRLF (HTML's form encoding), so without this a
    reply or note typed in the browser is stored with CRLF while the same text from mail or the
    command line has LF: lengths, comparisons and diffs of the two disagree.
    """

    def value_from_datadict(self, data: Any, files: Any, name: str) -> Any:
        value = super().value_from_datadict(data, files, name)
        if isinstance(value, str):
            return value.replace("\r\n", "\n").replace("\r", "\n")
        return value


class AdminTextarea(AdminTextareaWidget, Textarea):
    """The admin's textarea (its look) with Unix line endings, as every other form has."""


# For a ModelAdmin or inline: `formfield_overrides = ADMIN_TEXT_OVERRIDES`.
ADMIN_TEXT_OVERRIDES: dict[type[models.Field[Any, Any]], dict[str, Any]] = {
    models.TextField: {"widget": AdminTextarea}
}
