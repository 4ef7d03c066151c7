"""Every textarea in the app's forms hands its text on with Unix line endings (browsers post
CRLF), so text typed in a page and text from mail or the command line compare alike."""

from __future__ import annotations

from django import forms

from casebook.widgets import Textarea
from tests.ui.test_date_inputs import _app_forms, _fields


def _textareas() -> list[tuple[str, forms.Widget]]:
    return [
        (f"{form.__module__}.{form.__qualname__}.{name}", field.widget)
        for form in _app_forms()
        for name, field in _fields(form).items()
        if isinstance(field.widget, forms.Textarea)
    ]


def test_the_app_has_textareas_to_check() -> None:
    names = {name for name, _ in _textareas()}
    assert "casebook.cases.forms.ReplyForm.text" in names
    assert "casebook.cases.forms.NoteForm.text" in names


def test_every_textarea_normalises_line_endings() -> None:
    plain = [name for name, widget in _textareas() if not isinstance(widget, Textarea)]
    assert plain == []


def test_the_textarea_turns_crlf_and_cr_into_lf() -> None:
    widget = Textarea()
    data = {"t": "one\r\ntwo\rthree\nfour"}
    assert widget.value_from_datadict(data, {}, "t") == "one\ntwo\nthree\nfour"
    assert widget.value_from_datadict({}, {}, "t") is None
