"""Forms of the privacy pages. Lookups by email address are posted, never put in a URL."""

from __future__ import annotations

from typing import Any

from django import forms

from casebook.privacy.queries import AuditFilters
from casebook.widgets import DateInput, Textarea


class PersonForm(forms.Form):
    enquirer = forms.IntegerField(
        required=False, min_value=1, label="Enquirer record number", help_text="As in the admin."
    )
    email = forms.EmailField(required=False, label="or email address")
    also = forms.CharField(
        required=False,
        max_length=2000,
        widget=Textarea(attrs={"rows": 3}),
        label="Also search for",
        help_text=(
            "Other names, email addresses, phone numbers or @handles the request gives, one a line."
        ),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if bool(data.get("enquirer")) == bool(data.get("email")):
            raise forms.ValidationError("Give an enquirer record number or an email address.")
        lines = [line.strip() for line in (data.get("also") or "").splitlines()]
        data["also"] = [line for line in lines if line][:50]
        return data


class EraseForm(forms.Form):
    reason = forms.CharField(
        widget=Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text="The request and its basis (date, how it came in). Do not name the person.",
    )
    mentions = forms.BooleanField(
        required=False,
        initial=True,
        label=(
            "Also remove their name, address, phone number and handles where other cases "
            "mention them"
        ),
    )
    confirm = forms.BooleanField(
        label="I understand this cannot be undone", error_messages={"required": "Tick to confirm."}
    )


class HoldForm(forms.Form):
    reference = forms.CharField(max_length=20, label="Case reference")
    reason = forms.CharField(
        widget=Textarea(attrs={"rows": 2}),
        max_length=2000,
        help_text="Which investigation, claim or order, and who asked.",
    )


class AuditFilterForm(forms.Form):
    person = forms.CharField(
        required=False, max_length=254, label="Person", help_text="Enquirer number or email"
    )
    case = forms.CharField(required=False, max_length=20, label="Case reference")
    user = forms.CharField(
        required=False,
        max_length=150,
        label="User",
        widget=forms.TextInput(attrs={"list": "audit-users"}),
    )
    action = forms.CharField(
        required=False,
        max_length=64,
        label="Action",
        help_text='Exact, or a prefix ending in "."',
        widget=forms.TextInput(attrs={"list": "audit-actions"}),
    )
    start = forms.DateField(required=False, label="From", widget=DateInput())
    end = forms.DateField(required=False, label="To", widget=DateInput())

    def filters(self) -> AuditFilters:
        d = self.cleaned_data
        return AuditFilters(
            person=d.get("person") or "",
            case=d.get("case") or "",
            user=d.get("user") or "",
            action=d.get("action") or "",
            start=d.get("start"),
            end=d.get("end"),
        )
