"""Admin form pieces shared by the apps' admin pages.

- LabelledRowForm: inputs in a changelist's editable columns and in tabular inlines have no
  <label> (the column header is not one), so screen readers announce "edit text" with no
  name, and axe reports it as critical. Each input gets an aria-label naming the column and
  the row ("Position of Sexting").
- AliasesField: a platform's spellings, one per line, instead of raw JSON.
"""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.http import HttpRequest

from casebook.widgets import Textarea

ALIAS_MAX_CHARS = 60


class LabelledRowForm(forms.ModelForm):  # type: ignore[type-arg]
    """A ModelForm whose inputs name themselves after their column and row."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        instance = self.instance
        row = str(instance) if instance is not None and instance.pk else "the new row"
        for name, field in self.fields.items():
            label = field.label or name.replace("_", " ").capitalize()
            field.widget.attrs.setdefault("aria-label", f"{label} of {row}")


# Admin styles that keep these pages accessible (see cases/static/cases/admin.css).
ADMIN_CSS = {"all": ("cases/admin.css",)}


class LabelledChangelist:
    """A ModelAdmin mixin: editable changelist columns whose inputs carry names."""

    def get_changelist_form(self, request: HttpRequest, **kwargs: Any) -> Any:
        kwargs.setdefault("form", LabelledRowForm)
        return super().get_changelist_form(request, **kwargs)  # type: ignore[misc]


def normalise_alias(text: str) -> str:
    """Lower case, single spaces, no surrounding space: how matching sees an alias anyway."""
    return " ".join(text.split()).casefold()


def parse_aliases(text: str) -> list[str]:
    """One alias per line, normalised, duplicates and blank lines dropped, order kept.

    Raises ValidationError listing every bad line (too long, or no letter or digit).
    """
    aliases: list[str] = []
    errors: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        alias = normalise_alias(line)
        if not alias:
            continue
        if len(alias) > ALIAS_MAX_CHARS:
            errors.append(f"Line {number}: at most {ALIAS_MAX_CHARS} characters.")
        elif not re.search(r"\w", alias):
            errors.append(f"Line {number}: “{alias}” has no letter or digit to match.")
        elif alias not in aliases:
            aliases.append(alias)
    if errors:
        raise ValidationError(errors)
    return aliases


class AliasesWidget(Textarea):
    def format_value(self, value: Any) -> str | None:
        if isinstance(value, list | tuple):
            return "\n".join(str(v) for v in value)
        shown: str | None = super().format_value(value)
        return shown


class AliasesField(forms.Field):
    """A list of aliases edited as lines of text."""

    widget = AliasesWidget

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "help_text",
            "Other spellings enquirers use, one per line (for example “insta” or “tik tok”). "
            "Matching ignores letter case and extra spaces.",
        )
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("rows", 6)

    def to_python(self, value: Any) -> list[str]:
        if value in (None, ""):
            return []
        if isinstance(value, list):
            value = "\n".join(str(v) for v in value)
        return parse_aliases(str(value))
