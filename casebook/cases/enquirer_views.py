"""Merging two enquirer records, and moving cases off a shared one.

Both list the cases they will affect before the practitioner confirms, and the confirmation
carries that list (and the records' versions): if anything changed in between, nothing happens
and the page shows the new state. Finding the other record is a post, not a link, so the
email address typed never reaches a URL.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from casebook.accounts.decorators import roles
from casebook.accounts.models import CASEWORK_ROLES, User
from casebook.cases import enquirer_actions, forms, once, queries
from casebook.cases.access import access_case
from casebook.cases.models import Case, Enquirer


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # the role middleware has refused anyone else
    return user


def _to_case(case: Case) -> HttpResponse:
    return redirect(f"{reverse('case-detail', args=[case.reference])}#enquirer")


def _merge_page(
    request: HttpRequest,
    case: Case,
    *,
    find_form: forms.MergeFindForm,
    candidates: list[queries.EnquirerSummary] | None = None,
    other: Enquirer | None = None,
    status: int = 200,
) -> HttpResponse:
    keep = queries.enquirer_summary(case.enquirer)
    context: dict[str, Any] = {
        "case": case,
        "keep": keep,
        "find_form": find_form,
        "candidates": candidates,
    }
    if other is not None:
        merge = queries.enquirer_summary(other, all_cases=True)
        context["merge"] = merge
        context["fill"] = [
            (queries.LABELS_OF_FIELDS.get(name, name), getattr(other, name))
            for name in Enquirer.DETAIL_FIELDS
            if not getattr(case.enquirer, name) and getattr(other, name)
        ]
        context["confirm_form"] = forms.MergeConfirmForm(
            initial={
                "other": other.pk,
                "keep_version": case.enquirer.version,
                "merge_version": other.version,
                "shown_cases": ",".join(c.reference for c in merge.cases),
            }
        )
    return render(request, "cases/enquirer_merge.html", context, status=status)


@roles(CASEWORK_ROLES)
@require_http_methods(["GET", "POST"])
def merge_enquirers(request: HttpRequest, reference: str) -> HttpResponse:
    """Merge another enquirer record into this case's: find it, see both, confirm."""
    user = _user(request)
    case = access_case(user, reference, for_write=True)
    step = request.POST.get("step", "") if request.method == "POST" else ""
    if step == "find":
        find_form = forms.MergeFindForm(request.POST)
        if not find_form.is_valid():
            return _merge_page(request, case, find_form=find_form, status=400)
        found = queries.find_enquirers(find_form.cleaned_data["query"], exclude=case.enquirer)
        if len(found) == 1:
            return _merge_page(request, case, find_form=find_form, other=found[0].enquirer)
        return _merge_page(
            request, case, find_form=find_form, candidates=found, status=200 if found else 404
        )
    if step == "preview":
        other = queries.mergeable_enquirer(request.POST.get("other", ""), exclude=case.enquirer)
        return _merge_page(request, case, find_form=forms.MergeFindForm(), other=other)
    if step == "confirm":
        return _confirm_merge(request, case)
    return _merge_page(request, case, find_form=forms.MergeFindForm())


def _confirm_merge(request: HttpRequest, case: Case) -> HttpResponse:
    form = forms.MergeConfirmForm(request.POST)
    with transaction.atomic():
        try:
            submission = once.consume(request, case=case)
        except once.AlreadyUsed:
            messages.info(request, "That merge had already been confirmed: it was done once.")
            return _to_case(case)
        except once.TokenProblem as problem:
            submission = once.Submission(nonce="", problem=str(problem))
        if not form.is_valid():
            messages.error(request, "The merge could not be read: please choose the record again.")
            return _merge_page(request, case, find_form=forms.MergeFindForm(), status=400)
        other = queries.mergeable_enquirer(str(form.cleaned_data["other"]), exclude=case.enquirer)
        if submission.problem:
            messages.error(
                request, f"{submission.problem} Nothing was merged: check and confirm again."
            )
            return _merge_page(
                request, case, find_form=forms.MergeFindForm(), other=other, status=400
            )
        try:
            moved = enquirer_actions.do_merge_enquirers(
                keep=case.enquirer,
                merge=other,
                actor=_user(request),
                keep_version=form.cleaned_data["keep_version"],
                merge_version=form.cleaned_data["merge_version"],
                shown_cases=form.shown_references(),
            )
        except enquirer_actions.StaleEnquirerError as error:
            messages.error(request, str(error))
            case.enquirer.refresh_from_db()
            other.refresh_from_db()
            return _merge_page(
                request, case, find_form=forms.MergeFindForm(), other=other, status=409
            )
    count = f"{len(moved)} case{'s' if len(moved) != 1 else ''}"
    messages.success(request, f"Records merged: {count} moved to {case.enquirer.label()}.")
    return _to_case(case)


@roles(CASEWORK_ROLES)
@require_http_methods(["GET", "POST"])
def split_case(request: HttpRequest, reference: str) -> HttpResponse:
    """Move this case (and any others chosen) off a shared record to a record of its own."""
    user = _user(request)
    case = access_case(user, reference, for_write=True)
    shared = case.enquirer
    choices = queries.split_choices(case)
    if request.method != "POST":
        form = forms.SplitForm(
            cases=choices,
            initial={
                "name": case.contact_name,
                "email": case.contact_email,
                "phone": case.contact_phone,
                "organisation": case.contact_organisation,
                "enquirer_type": case.enquirer_type,
                "setting_type": case.setting_type,
                "region": case.region,
                "cases": [case.pk],
                "enquirer_version": shared.version,
            },
        )
        return _split_page(request, case, form)
    form = forms.SplitForm(request.POST, cases=choices)
    with transaction.atomic():
        try:
            once.consume(request, case=case)
        except once.AlreadyUsed:
            messages.info(request, "That move had already been confirmed: it was done once.")
            return _to_case(case)
        except once.TokenProblem as problem:
            form.is_valid()
            messages.error(request, f"{problem} Nothing was moved: check and confirm again.")
            return _split_page(request, case, form, status=400)
        if not form.is_valid():
            return _split_page(request, case, form, status=400)
        try:
            person = enquirer_actions.do_split_cases(
                enquirer=shared,
                cases=list(form.cleaned_data["cases"]),
                actor=user,
                expected_version=form.cleaned_data["enquirer_version"],
                details=form.details(),
            )
        except enquirer_actions.StaleEnquirerError as error:
            messages.error(request, str(error))
            shared.refresh_from_db()
            fresh = forms.SplitForm(
                cases=queries.split_choices(case),
                initial={**form.cleaned_data, "enquirer_version": shared.version},
            )
            return _split_page(request, case, fresh, status=409)
    moved = len(form.cleaned_data["cases"])
    messages.success(
        request,
        f"{moved} case{'s' if moved != 1 else ''} moved to a new enquirer record, "
        f"{person.label()}.",
    )
    case.refresh_from_db()
    return _to_case(case)


def _split_page(
    request: HttpRequest, case: Case, form: forms.SplitForm, *, status: int = 200
) -> HttpResponse:
    context = {"case": case, "shared": queries.enquirer_summary(case.enquirer), "form": form}
    return render(request, "cases/enquirer_split.html", context, status=status)
