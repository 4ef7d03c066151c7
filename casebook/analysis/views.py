"""The reports pages: pick periods, watch the report being built, read it, download it; and
the review page where a supervisor checks the published text (appendix samples with the
detected spans highlighted, the word list), hides more or restores a wrongly hidden word, and
signs it off.

Reports: supervisors, analysts and admins. The report holds aggregates and redacted sample
text, never a case's own words or an enquirer's details, so analysts see exactly what is
published. Review: supervisors only, since it shows the samples' source text. A report for
reading is built by the report worker (casebook.analysis.jobs), never inside a request: the
page asks for it, shows its progress, then shows it; downloads stream the worker's files.
"""

from __future__ import annotations

import html
import re
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from django.contrib import messages
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    QueryDict,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_POST

from casebook.accounts.decorators import roles
from casebook.accounts.models import REPORT_ROLES, Role, User
from casebook.analysis import publish
from casebook.analysis.actions import (
    ApprovalOutOfDate,
    do_approve_report,
    do_redact_sample_text,
    do_restore_sample_text,
    do_set_word_hidden,
)
from casebook.analysis.forms import PeriodForm, default_period
from casebook.analysis.jobs import (
    BODY_FILE,
    TooManyReports,
    do_request_report,
    job_dir,
    job_file,
    job_periods,
)
from casebook.analysis.models import JobStatus, ReportJob
from casebook.analysis.outputs import FORMATS
from casebook.analysis.queries import (
    cases_on_record,
    db_report,
    review_state,
    sample_sources,
)
from casebook.redaction import PLACEHOLDERS

# Who signs a report's published text off: supervisors, who also see the cases themselves.
REVIEW_ROLES = frozenset({Role.SUPERVISOR})

CONTENT_TYPES = {
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}
_META_POLICY = re.compile(rb'<meta http-equiv="Content-Security-Policy" content="([^"]+)"')


def _form(query: QueryDict) -> PeriodForm:
    if "start" in query:
        return PeriodForm(query)
    start, end = default_period(timezone.localdate())
    return PeriodForm(initial={"start": start, "end": end})


def _on_record(form: PeriodForm) -> dict[str, object]:
    """When the cases on record begin and end, for choosing a period; and, when the period
    on the form holds none of them, the twelve months up to the last case instead."""
    span = cases_on_record()
    if span is None:
        return {}
    first, last = span
    start, end = form.initial.get("start"), form.initial.get("end")
    if form.is_bound and form.is_valid():
        start, end = form.cleaned_data["start"], form.cleaned_data["end"]
    ctx: dict[str, object] = {"on_record": span}
    if isinstance(start, date) and isinstance(end, date) and (last < start or first >= end):
        month_after_last = (last.replace(day=1) + timedelta(days=32)).replace(day=1)
        ctx["suggested_period"] = default_period(month_after_last)
    return ctx


def _request_job(request: HttpRequest, form: PeriodForm) -> ReportJob | HttpResponse:
    period, compare = form.periods()
    user = request.user
    assert isinstance(user, User)
    try:
        return do_request_report(
            user=user,
            period=period,
            compare=compare,
            suppress_below=form.cleaned_data.get("suppress_below"),
        )
    except TooManyReports as error:
        form.add_error(None, str(error))
        return render(request, "analysis/page.html", {"form": form, "formats": FORMATS}, status=429)


@roles(REPORT_ROLES)
@require_GET
def index(request: HttpRequest) -> HttpResponse:
    """The period picker; a chosen period goes to its report's page."""
    form = _form(request.GET)
    if form.is_bound and form.is_valid():
        job = _request_job(request, form)
        if isinstance(job, HttpResponse):
            return job
        return redirect("reports:job", job_id=job.pk)
    status = 400 if form.errors else 200
    ctx = {"form": form, "formats": FORMATS, **_on_record(form)}
    return render(request, "analysis/page.html", ctx, status=status)


def _job_form(job: ReportJob) -> PeriodForm:
    period, compare, suppress_below = job_periods(job)
    return PeriodForm(
        initial={
            "start": period.start,
            "end": period.end,
            "compare_start": compare.start if compare else None,
            "compare_end": compare.end if compare else None,
            "suppress_below": suppress_below,
        }
    )


@roles(REPORT_ROLES)
@require_GET
def job(request: HttpRequest, job_id: uuid.UUID) -> HttpResponse:
    """A report's page: its progress while the worker builds it, then the report itself."""
    report_job = get_object_or_404(ReportJob, pk=job_id)
    form = _job_form(report_job)
    ctx: dict[str, object] = {"form": form, "formats": FORMATS, "job": report_job}
    ctx.update(_on_record(form))
    if report_job.status == JobStatus.DONE:
        body = job_dir(report_job) / BODY_FILE
        if not body.is_file():
            raise Http404("This report's files have been removed; ask for it again.")
        # Written by our own template (autoescaped) in the worker: safe as it stands.
        ctx["report_body"] = mark_safe(body.read_text(encoding="utf-8"))
    elif report_job.status == JobStatus.QUEUED:
        waited = (timezone.now() - report_job.created_at).total_seconds()
        ctx["worker_missing"] = waited > 60
    return render(request, "analysis/page.html", ctx)


@roles(REPORT_ROLES)
@require_GET
def job_download(request: HttpRequest, job_id: uuid.UUID, fmt: str) -> FileResponse:
    report_job = get_object_or_404(ReportJob, pk=job_id)
    path = job_file(report_job, fmt)
    if path is None:
        raise Http404("This report is not ready in that format.")
    response = FileResponse(
        path.open("rb"),
        content_type=CONTENT_TYPES[fmt],
        as_attachment=fmt != "html",
        filename=path.name,
    )
    if fmt == "html":
        # The file's own policy (its meta element), plus what only a header can say: never
        # framed, and sandboxed (an opaque origin, no script) even if it were loosened.
        with path.open("rb") as head:
            found = _META_POLICY.search(head.read(4096))
        policy = html.unescape(found.group(1).decode()) if found else "default-src 'none'"
        response["Content-Security-Policy"] = f"{policy}; frame-ancestors 'none'; sandbox"
    return response


@roles(REPORT_ROLES)
@require_GET
def download(request: HttpRequest, fmt: str) -> HttpResponse:
    """A format by its periods (a link that lasts): the file when ready, else its page."""
    form = PeriodForm(request.GET)
    if fmt not in FORMATS or not form.is_valid():
        return render(request, "analysis/page.html", {"form": form, "formats": FORMATS}, status=400)
    report_job = _request_job(request, form)
    if isinstance(report_job, HttpResponse):
        return report_job
    if job_file(report_job, fmt) is None:
        return redirect("reports:job", job_id=report_job.pk)
    return redirect(reverse("reports:job-download", args=[report_job.pk, fmt]))


# --- review and sign-off -------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    kind: str  # plain, detected (hidden by redaction), extra (hidden by the reviewer), restored
    text: str
    label: str = ""


@dataclass(frozen=True)
class ReviewItem:
    category: str
    reference: str
    segments: list[Segment]
    published: str


def _segments(source: str, restore: frozenset[str], redact: frozenset[str]) -> list[Segment]:
    """The sample's source text cut into plain runs and highlighted spans for the reviewer."""
    hidden, extra = publish.sample_spans(source, restore, redact)
    shown_again = [e for e in publish.sample_spans(source)[0] if e not in hidden]
    marks = [(e.start, e.end, "detected", PLACEHOLDERS[e.type]) for e in hidden]
    marks += [(s, e, "extra", "hidden by a reviewer") for s, e in extra]
    marks += [
        (e.start, e.end, "restored", "shown by a reviewer")
        for e in shown_again
        if not any(s < e.end and e.start < x for s, x in extra)
    ]
    marks.sort()
    out: list[Segment] = []
    pos = 0
    for start, end, kind, label in marks:
        if start < pos:
            continue
        if start > pos:
            out.append(Segment("plain", source[pos:start]))
        out.append(Segment(kind, source[start:end], label))
        pos = end
    if pos < len(source):
        out.append(Segment("plain", source[pos:]))
    return out


def _review_form(query: QueryDict) -> PeriodForm:
    return _form(query)


@roles(REVIEW_ROLES)
def review(request: HttpRequest) -> HttpResponse:
    form = _review_form(request.GET)
    ctx: dict[str, object] = {"form": form}
    if form.is_bound and form.is_valid():
        period, compare = form.periods()
        report = db_report(
            period,
            compare,
            suppress_below=form.cleaned_data.get("suppress_below"),
            with_figures=False,
        )
        edits, _, _ = review_state(period)
        samples = [(a.category, s) for a in report.appendix or [] for s in a.samples]
        sources = sample_sources([s.reference for _, s in samples])
        items = [
            ReviewItem(
                category=category,
                reference=s.reference,
                segments=_segments(
                    sources.get(s.reference, ""),
                    edits.restore.get(s.reference, frozenset()),
                    edits.redact.get(s.reference, frozenset()),
                ),
                published=s.text,
            )
            for category, s in samples
        ]
        words = sorted(report.words.items(), key=lambda kv: (-kv[1], kv[0]))
        ctx.update(
            report=report,
            items=items,
            words=words,
            hidden_words=sorted(edits.hidden_words),
            period_label=report.period.label(),
            compare_label=report.compare.label() if report.compare else "",
            query=request.GET.urlencode(),
        )
    return render(request, "analysis/review.html", ctx, status=400 if form.errors else 200)


@require_POST
@roles(REVIEW_ROLES)
def review_action(request: HttpRequest) -> HttpResponse:
    """One reviewer decision (hide, show, leave a word out, put it back, approve), then back
    to the review page."""
    query = QueryDict(request.POST.get("next", ""))
    form = PeriodForm(query)
    if not form.is_valid():
        return HttpResponseBadRequest("The report period is missing or wrong.")
    period, compare = form.periods()
    action = request.POST.get("action", "")
    text = request.POST.get("text", "").strip()[:200]
    reference = request.POST.get("reference", "")
    user = request.user
    assert isinstance(user, User)
    report = db_report(
        period, compare, suppress_below=form.cleaned_data.get("suppress_below"), with_figures=False
    )
    references = {s.reference for a in report.appendix or [] for s in a.samples}
    try:
        if action in ("redact", "restore"):
            if reference not in references:
                return HttpResponseBadRequest("That case is not one of this report's samples.")
            do = do_redact_sample_text if action == "redact" else do_restore_sample_text
            do(period=period, actor=user, reference=reference, text=text)
        elif action in ("hide-word", "show-word"):
            do_set_word_hidden(period=period, actor=user, word=text, hidden=action == "hide-word")
        elif action == "approve":
            do_approve_report(
                period=period,
                actor=user,
                fingerprint=request.POST.get("fingerprint", ""),
                current=report.content_fingerprint,
            )
            messages.success(request, "Approved: every format of this report is now final.")
        else:
            return HttpResponseBadRequest("Unknown action.")
    except (ValueError, ApprovalOutOfDate) as error:
        messages.error(request, str(error))
    return redirect(f"{reverse('reports:review')}?{query.urlencode()}")
