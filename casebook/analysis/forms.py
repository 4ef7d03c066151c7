"""The period picker of the reports page."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.conf import settings
from django.utils import timezone

from casebook.analysis.periods import period_problems
from casebook.analysis.tables import Period
from casebook.widgets import DateInput


def default_period(today: date) -> tuple[date, date]:
    """The last twelve whole months."""
    end = today.replace(day=1)
    return end.replace(year=end.year - 1), end


class PeriodForm(forms.Form):
    start = forms.DateField(label="From", widget=DateInput())
    end = forms.DateField(label="To (not included)", widget=DateInput())
    compare_start = forms.DateField(label="Compare from", required=False, widget=DateInput())
    compare_end = forms.DateField(
        label="Compare to (not included)",
        required=False,
        widget=DateInput(),
    )
    suppress_below = forms.IntegerField(
        label="Hide counts below",
        help_text="Optional. 5 shows counts from 1 to 4 as <5.",
        required=False,
        min_value=2,
        max_value=100,
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        today, max_days = timezone.localdate(), settings.REPORT_MAX_DAYS
        start, end = data.get("start"), data.get("end")
        if start and end:
            for problem in period_problems(start, end, today=today, max_days=max_days):
                self.add_error("end", problem)
        cs, ce = data.get("compare_start"), data.get("compare_end")
        if bool(cs) != bool(ce):
            self.add_error("compare_end", "Give both compare dates, or neither.")
        elif cs and ce:
            for problem in period_problems(cs, ce, today=today, max_days=max_days):
                self.add_error("compare_end", problem.replace("The period", "The compared period"))
        return data

    def periods(self) -> tuple[Period, Period | None]:
        d = self.cleaned_data
        compare = None
        if d.get("compare_start") and d.get("compare_end"):
            compare = Period(d["compare_start"], d["compare_end"])
        return Period(d["start"], d["end"]), compare
