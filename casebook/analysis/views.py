"""The reports pages: pick periods, read the report, download every format.

Supervisors, analysts and admins only. The report holds aggregates and redacted sample text,
never a case's own words or an enquirer's details, so analysts see exactly what is published.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.utils import timezone

from casebook.accounts.decorators import roles
from casebook.accounts.models import REPORT_ROLES
from casebook.analysis.forms import PeriodForm, default_period
from casebook.analysis.outputs import FORMATS, base_name
from casebook.analysis.outputs import render as render_format
from casebook.analysis.queries import db_report
from casebook.analysis.render.html import context as report_context
from casebook.analysis.render.html import report_css, standalone_policy

CONTENT_TYPES = {
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}


def _form(query: QueryDict) -> PeriodForm:
    if "start" in query:
        return PeriodForm(query)
    start, end = default_period(timezone.localdate())
    return PeriodForm(initial={"start": start, "end": end})


@roles(REPORT_ROLES)
def index(request: HttpRequest) -> HttpResponse:
    form = _form(request.GET)
    ctx: dict[str, object] = {"form": form, "formats": FORMATS}
    if form.is_bound and form.is_valid():
        period, compare = form.periods()
        report = db_report(period, compare, suppress_below=form.cleaned_data.get("suppress_below"))
        ctx.update(report_context(report))
        ctx["query"] = request.GET.urlencode()
    return render(request, "analysis/page.html", ctx, status=400 if form.errors else 200)


@roles(REPORT_ROLES)
def download(request: HttpRequest, fmt: str) -> HttpResponse:
    form = PeriodForm(request.GET)
    if fmt not in FORMATS or not form.is_valid():
        return render(request, "analysis/page.html", {"form": form, "formats": FORMATS}, status=400)
    period, compare = form.periods()
    report = db_report(
        period,
        compare,
        suppress_below=form.cleaned_data.get("suppress_below"),
        # The JSON and XLSX carry no figures: skip drawing them.
        with_figures=fmt in {"html", "pdf"},
    )
    response = HttpResponse(render_format(report, fmt), content_type=CONTENT_TYPES[fmt])
    disposition = "inline" if fmt == "html" else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{base_name(report)}.{fmt}"'
    if fmt == "html":
        # The file's own policy, plus what only a header can say: never framed, and sandboxed
        # (an opaque origin with no script) even if the policy above were ever loosened.
        policy = standalone_policy(report_css(pdf=False))
        response["Content-Security-Policy"] = f"{policy}; frame-ancestors 'none'; sandbox"
    return response
