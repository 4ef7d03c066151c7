"""The reports pages: pick periods, read the report, download every format; and the review
page where a supervisor checks the published text (appendix samples with the detected spans
highlighted, the word list), hides more or restores a wrongly hidden word, and signs it off.

Reports: supervisors, analysts and admins. The report holds aggregates and redacted sample
text, never a case's own words or an enquirer's details, so analysts see exactly what is
published. Review: supervisors only, since it shows the samples' source text.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

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
from casebook.analysis.outputs import FORMATS, base_name
from casebook.analysis.outputs import render as render_format
from casebook.analysis.queries import db_report, review_state, sample_sources
from casebook.analysis.render.html import context as report_context
from casebook.analysis.render.html import report_css, standalone_policy
from casebook.redaction import PLACEHOLDERS

# Who signs a report's published text off: supervisors, who also see the cases themselves.
REVIEW_ROLES = frozenset({Role.SUPERVISOR})

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
