"""Escalations, referrals and the directories. Views orchestrate: validate, access, one action
or query, respond. A form with errors is shown again on its own page with what was typed, so
nothing is lost; success goes back to the case page's section."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import wraps
from typing import Any

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from casebook.accounts.decorators import roles
from casebook.accounts.models import CASEWORK_ROLES, User
from casebook.cases import once
from casebook.cases.access import access_case
from casebook.cases.models import Case
from casebook.partners import actions, forms, queries
from casebook.partners.models import Escalation


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # the role middleware refused everyone else
    return user


def access_escalation(case: Case, pk: int) -> Escalation:
    """An item of this case (never another case's, whatever the URL says)."""
    try:
        return Escalation.objects.select_related("platform", "category", "case").get(
            pk=pk, case=case
        )
    except Escalation.DoesNotExist:
        raise Http404("No such escalated item on this case") from None


def _back(case: Case, anchor: str = "escalations") -> HttpResponse:
    return redirect(f"{reverse('case-detail', args=[case.reference])}#{anchor}")


REPEAT_MESSAGE = "That form had already been sent: it was acted on once, not again."
CasePost = Callable[..., HttpResponse]


def _case_post(view: CasePost) -> CasePost:
    """A post about a case: one transaction that takes the form's one-time token and makes
    the write, so a double click acts once. GETs pass through with no submission."""

    @wraps(view)
    def wrapper(request: HttpRequest, reference: str, **kwargs: Any) -> HttpResponse:
        user = _user(request)
        if request.method != "POST":
            case = access_case(user, reference)
            return view(request, case, None, **kwargs)
        with transaction.atomic():
            case = access_case(user, reference, for_write=True)
            try:
                submission = once.consume(request, case=case)
            except once.AlreadyUsed:
                messages.info(request, REPEAT_MESSAGE)
                return _back(case)
            except once.TokenProblem as problem:
                submission = once.Submission(nonce="", problem=str(problem))
            return view(request, case, submission, **kwargs)

    return wrapper


def _problem(submission: once.Submission | None) -> str:
    if submission is not None and submission.problem:
        return (
            f"{submission.problem} Nothing was saved: your input is kept below; check it and "
            "send it again."
        )
    return ""


def _offered(post: Any) -> dict[str, str]:
    """The EscalateForm data of the found item whose Escalate button was pressed."""
    i = str(post.get("offer", ""))
    return {
        "esc-item": str(post.get(f"item-{i}", "")),
        "esc-kind": str(post.get(f"kind-{i}", "")),
        "esc-platform": str(post.get(f"platform-{i}", "")),
    }


@roles(CASEWORK_ROLES)
@require_http_methods(["GET", "POST"])
@_case_post
def escalate(request: HttpRequest, case: Case, submission: once.Submission | None) -> HttpResponse:
    """Record an item reported to a platform: one click on an item found in the dialogue
    (its row's fields), or the full form."""
    if submission is None:
        form = forms.EscalateForm(initial=request.GET.dict())
        return render(request, "partners/escalate.html", {"case": case, "form": form})
    posted = _offered(request.POST) if "offer" in request.POST else request.POST
    form = forms.EscalateForm(posted)
    if form.is_valid() and (problem := _problem(submission)):
        form.add_error(None, problem)
    elif form.is_valid():
        data = form.cleaned_data
        try:
            escalation = actions.do_escalate_item(
                case=case,
                actor=_user(request),
                platform=data["platform"],
                kind=data["kind"],
                item=data["item"],
                route=data["route"] or None,
                category=data["category"],
                policy=data["policy"],
                platform_reference=data["platform_reference"],
            )
        except actions.PartnerActionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"Escalated to {escalation.platform.name}: {escalation.item}")
            return _back(case)
    return render(request, "partners/escalate.html", {"case": case, "form": form}, status=400)


def _item_page(
    request: HttpRequest,
    escalation: Escalation,
    *,
    details: forms.EscalationDetailsForm | None = None,
    outcome: forms.OutcomeForm | None = None,
    status: int = 200,
) -> HttpResponse:
    e = escalation
    context = {
        "case": e.case,
        "e": e,
        "details_form": details
        or forms.EscalationDetailsForm(
            initial={
                "kind": e.kind,
                "item": e.item,
                "route": e.route,
                "category": e.category_id,
                "policy": e.policy,
                "platform_reference": e.platform_reference,
            }
        ),
        "outcome_form": outcome or forms.OutcomeForm(),
        "follow_up_days": actions.follow_up_days(e.platform),
    }
    return render(request, "partners/escalation.html", context, status=status)


@roles(CASEWORK_ROLES)
@require_http_methods(["GET", "POST"])
@_case_post
def escalation_detail(
    request: HttpRequest, case: Case, submission: once.Submission | None, pk: int
) -> HttpResponse:
    """One item: its details (editable), its outcome and its follow-ups."""
    escalation = access_escalation(case, pk)
    if submission is None:
        return _item_page(request, escalation)
    form = forms.EscalationDetailsForm(request.POST)
    if form.is_valid() and (problem := _problem(submission)):
        form.add_error(None, problem)
    elif form.is_valid():
        try:
            changed = actions.do_update_escalation(
                escalation=escalation, actor=_user(request), **form.cleaned_data
            )
        except actions.PartnerActionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Item saved." if changed else "Nothing to change.")
            return _back(case)
    return _item_page(request, escalation, details=form, status=400)


def _outcome(
    request: HttpRequest, escalation: Escalation, outcome: str, at: datetime | None
) -> str:
    """Record an outcome; the error to show, or "" when it was recorded."""
    try:
        actions.do_record_outcome(
            escalation=escalation, actor=_user(request), outcome=outcome, at=at
        )
    except actions.PartnerActionError as error:
        return str(error)
    messages.success(
        request,
        f"{escalation.platform.name}: {escalation.get_outcome_display().lower()} "
        f"({escalation.item}).",
    )
    return ""


def _follow_up(request: HttpRequest, escalation: Escalation) -> None:
    try:
        actions.do_record_follow_up(escalation=escalation, actor=_user(request))
    except actions.PartnerActionError as error:
        messages.error(request, str(error))
        return
    due = timezone.localtime(escalation.follow_up_due_at) if escalation.follow_up_due_at else None
    messages.success(
        request,
        f"Follow-up with {escalation.platform.name} recorded"
        + (f"; the next one falls due {due.day} {due:%b %Y %H:%M}." if due else "."),
    )


@roles(CASEWORK_ROLES)
@require_POST
@_case_post
def record_outcome(
    request: HttpRequest, case: Case, submission: once.Submission, pk: int
) -> HttpResponse:
    """The outcome form of the item's own page (with a date)."""
    escalation = access_escalation(case, pk)
    form = forms.OutcomeForm(request.POST)
    if form.is_valid() and (problem := _problem(submission)):
        form.add_error(None, problem)
    elif form.is_valid():
        error = _outcome(request, escalation, form.cleaned_data["outcome"], form.when())
        if not error:
            return _back(case)
        form.add_error(None, error)
    return _item_page(request, escalation, outcome=form, status=400)


@roles(CASEWORK_ROLES)
@require_POST
@_case_post
def record_follow_up(
    request: HttpRequest, case: Case, submission: once.Submission, pk: int
) -> HttpResponse:
    escalation = access_escalation(case, pk)
    if submission.problem:
        messages.error(request, _problem(submission))
    else:
        _follow_up(request, escalation)
    return _back(case)


@roles(CASEWORK_ROLES)
@require_POST
@_case_post
def act(request: HttpRequest, case: Case, submission: once.Submission) -> HttpResponse:
    """The case page's table of open items: the row's Record (outcome) or Chased button."""
    if submission.problem:
        messages.error(request, _problem(submission))
        return _back(case)
    pressed = request.POST.get("record") or request.POST.get("chase") or ""
    if not pressed.isdigit():
        messages.error(request, "Nothing was saved: no item was chosen.")
        return _back(case)
    escalation = access_escalation(case, int(pressed))
    if "chase" in request.POST:
        _follow_up(request, escalation)
        return _back(case)
    outcome = request.POST.get(f"outcome-{escalation.pk}", "")
    if outcome not in dict(forms.OUTCOME_CHOICES):
        messages.error(
            request, f"Nothing was saved: choose the outcome for {escalation.item} first."
        )
        return _back(case)
    error = _outcome(request, escalation, outcome, None)
    if error:
        messages.error(request, error)
    return _back(case)


@roles(CASEWORK_ROLES)
@require_http_methods(["GET", "POST"])
@_case_post
def refer(request: HttpRequest, case: Case, submission: once.Submission | None) -> HttpResponse:
    if submission is None:
        form = forms.ReferralForm(initial=request.GET.dict())
        return render(request, "partners/refer.html", {"case": case, "form": form})
    form = forms.ReferralForm(request.POST)
    if form.is_valid() and (problem := _problem(submission)):
        form.add_error(None, problem)
    elif form.is_valid():
        data = form.cleaned_data
        try:
            referral = actions.do_record_referral(
                case=case,
                actor=_user(request),
                service=data["service"],
                kind=data["kind"],
                reason=data["reason"],
            )
        except actions.PartnerActionError as error:
            form.add_error(None, str(error))
        else:
            what = "Referral" if referral.kind == "referral" else "Signpost"
            messages.success(request, f"{what} to {referral.service.name} recorded.")
            return _back(case, "referrals")
    return render(request, "partners/refer.html", {"case": case, "form": form}, status=400)


@roles(CASEWORK_ROLES)
@require_GET
def directory(request: HttpRequest) -> HttpResponse:
    """The partner directory and the services, for practitioners (admins edit them)."""
    context = {
        "entries": queries.partner_directory(),
        "services": list(queries.active_services()),
    }
    return render(request, "partners/directory.html", context)


@roles(CASEWORK_ROLES)
@require_GET
def follow_ups(request: HttpRequest) -> HttpResponse:
    """Items whose platform has not answered in time, longest overdue first."""
    return render(request, "partners/follow_ups.html", {"items": queries.overdue_follow_ups()})
