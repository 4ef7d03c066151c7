from __future__ import annotations

from django import forms

from casebook.cases.models import Category


class SuggestionForm(forms.Form):
    category = forms.ModelChoiceField(queryset=Category.objects.filter(retired=False))
    score = forms.FloatField(min_value=0.0, max_value=1.0)
    model_version = forms.CharField(max_length=40)


class ReviewFlagForm(forms.Form):
    CONFIRM = "confirm"
    CLEAR = "clear"
    decision = forms.ChoiceField(choices=[(CONFIRM, "Confirm"), (CLEAR, "Clear")])


class WithheldDownloadForm(forms.Form):
    understood = forms.BooleanField(
        required=True,
        label="I need this file for the case, and I will not copy, forward or keep it beyond "
        "what the case and the law require.",
    )
