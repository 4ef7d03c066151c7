"""Forms for escalations, outcomes and referrals on a case."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django import forms
from django.utils import timezone

from casebook.partners import queries
from casebook.partners.models import (
    ITEM_MAX_CHARS,
    ItemKind,
    Outcome,
    ReferralKind,
    RouteKind,
)
from casebook.widgets import Textarea

DATETIME_LOCAL = "%Y-%m-%dT%H:%M"
OUTCOME_CHOICES = [(code, label) for code, label in Outcome.choices if code]


class LocalDateTimeField(forms.DateTimeField):
    """A browser datetime-local input (London wall-clock time); empty means now."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_LOCAL)
    input_formats = [DATETIME_LOCAL, "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        super().__init__(input_formats=self.input_formats, **kwargs)


class EscalateForm(forms.Form):
    prefix = "esc"
    platform = forms.ModelChoiceField(
        queryset=queries.active_platforms(), empty_label="Choose the platform"
    )
    kind = forms.ChoiceField(choices=ItemKind.choices, initial=ItemKind.URL, label="The item is")
    item = forms.CharField(max_length=ITEM_MAX_CHARS, label="Link or handle")
    route = forms.ChoiceField(
        choices=[("", "The platform's usual route"), *RouteKind.choices], required=False
    )
    category = forms.ModelChoiceField(
        queryset=queries.taggable_categories(),
        required=False,
        empty_label="—",
        label="Breaches (helpline category)",
    )
    policy = forms.CharField(max_length=200, required=False, label="Breaches (platform policy)")
    platform_reference = forms.CharField(
        max_length=200, required=False, label="Platform's reference"
    )


class EscalationDetailsForm(forms.Form):
    prefix = "details"
    kind = forms.ChoiceField(choices=ItemKind.choices, label="The item is")
    item = forms.CharField(max_length=ITEM_MAX_CHARS, label="Link or handle")
    route = forms.ChoiceField(choices=RouteKind.choices)
    category = forms.ModelChoiceField(
        queryset=queries.taggable_categories(),
        required=False,
        empty_label="—",
        label="Breaches (helpline category)",
    )
    policy = forms.CharField(max_length=200, required=False, label="Breaches (platform policy)")
    platform_reference = forms.CharField(
        max_length=200, required=False, label="Platform's reference"
    )


class OutcomeForm(forms.Form):
    prefix = "outcome"
    outcome = forms.ChoiceField(choices=OUTCOME_CHOICES)
    at = LocalDateTimeField(label="When (leave empty for now)")

    def when(self) -> datetime | None:
        at: datetime | None = self.cleaned_data.get("at")
        if at is not None and timezone.is_naive(at):
            at = timezone.make_aware(at)
        return at


class ReferralForm(forms.Form):
    prefix = "ref"
    service = forms.ModelChoiceField(
        queryset=queries.active_services(), empty_label="Choose a service"
    )
    kind = forms.ChoiceField(
        choices=ReferralKind.choices, widget=forms.RadioSelect, initial=ReferralKind.SIGNPOST
    )
    reason = forms.CharField(max_length=5000, widget=Textarea(attrs={"rows": 3}), label="Why")
