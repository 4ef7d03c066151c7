"""Privacy pages: retention overview, legal holds, subject access, erasure, the audit log.

Admins for everything; supervisors also place and lift legal holds (from the case page or
the holds page). A person is looked up by a posted form and kept in the session, so an
email address never appears in a URL, an access log or the browser history.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import FileResponse, HttpRequest, HttpResponse, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from casebook.accounts.decorators import roles
from casebook.accounts.models import Role, User
from casebook.cases.models import Case
from casebook.privacy import queries
from casebook.privacy.actions import (
    ErasureBlocked,
    HoldError,
    do_erase_person,
    do_export_person,
    do_lift_hold,
    do_place_hold,
    do_record_audit_export,
)
from casebook.privacy.forms import AuditFilterForm, EraseForm, HoldForm, PersonForm
from casebook.privacy.models import LegalHold
from casebook.privacy.person import Person, PersonNotFound, find_person

ADMINS = {Role.ADMIN}
HOLD_ROLES = {Role.ADMIN, Role.SUPERVISOR}
PERSON_KEY = "casebook.privacy.person"
AUDIT_KEY = "casebook.privacy.audit_filters"
PAGE_SIZE = 50


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # the role middleware has refused everyone else
    return user


@roles(ADMINS)
@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    return render(request, "privacy/overview.html", {"overview": queries.overview()})


# ---- legal holds ---------------------------------------------------------------------------


def _back(request: HttpRequest, fallback: str) -> HttpResponse:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(fallback)


@roles(HOLD_ROLES)
@require_http_methods(["GET", "POST"])
def holds(request: HttpRequest) -> HttpResponse:
    """Active holds, and the form to place one (also posted from the case page, with next)."""
    form = HoldForm(request.POST or None)
    if request.method == "POST":
        placed = form.is_valid() and _place_hold(request, form)
        if placed:
            messages.success(request, f"{placed} is on legal hold.")
            return _back(request, reverse("privacy-holds"))
        if request.POST.get("next"):  # from the case page: say why there
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, str(error))
            return _back(request, reverse("privacy-holds"))
    lifted = queries.holds(active_only=False).filter(lifted_at__isnull=False)
    # A page at a time, like every list: holds accumulate (a litigation can hold hundreds).
    active = queries.holds().order_by("-placed_at", "-pk")
    page = Paginator(active, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "privacy/holds.html",
        {"form": form, "holds": page, "lifted": lifted.order_by("-lifted_at")[:20]},
        status=400 if form.errors else 200,
    )


def _place_hold(request: HttpRequest, form: HoldForm) -> str:
    """The reference of the case now on hold, or "" with the form's errors set."""
    case = Case.objects.filter(reference__iexact=form.cleaned_data["reference"].strip()).first()
    if case is None:
        form.add_error("reference", "No case has this reference.")
        return ""
    try:
        do_place_hold(case=case, actor=_user(request), reason=form.cleaned_data["reason"])
    except HoldError as error:
        form.add_error(None, str(error))
        return ""
    return case.reference


@roles(HOLD_ROLES)
@require_POST
def lift_hold(request: HttpRequest, pk: int) -> HttpResponse:
    hold = get_object_or_404(LegalHold.objects.select_related("case"), pk=pk)
    try:
        do_lift_hold(hold=hold, actor=_user(request))
    except HoldError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"The legal hold on {hold.case.reference} is lifted.")
    return _back(request, reverse("privacy-holds"))


# ---- subject access and erasure ----------------------------------------------------------


def _person_from_session(request: HttpRequest) -> Person | None:
    asked: dict[str, Any] | None = request.session.get(PERSON_KEY)
    if not asked:
        return None
    try:
        return find_person(
            enquirer_id=asked.get("enquirer"),
            email=asked.get("email", ""),
            also=asked.get("also", []),
        )
    except PersonNotFound:
        return None


@roles(ADMINS)
@require_http_methods(["GET", "POST"])
def person(request: HttpRequest) -> HttpResponse:
    """Find a person; show what is held about them, with the export and erasure forms."""
    if request.method == "POST":
        form = PersonForm(request.POST)
        if form.is_valid():
            try:
                find_person(
                    enquirer_id=form.cleaned_data["enquirer"],
                    email=form.cleaned_data["email"] or "",
                    also=form.cleaned_data["also"],
                )
            except PersonNotFound as error:
                form.add_error("enquirer", str(error))
            else:
                request.session[PERSON_KEY] = {
                    "enquirer": form.cleaned_data["enquirer"],
                    "email": form.cleaned_data["email"] or "",
                    "also": form.cleaned_data["also"],
                }
                return redirect("privacy-person")
        return render(request, "privacy/person.html", {"form": form}, status=400)
    found = _person_from_session(request) if request.GET.get("new") is None else None
    if request.GET.get("new") is not None:
        request.session.pop(PERSON_KEY, None)
    return render(
        request,
        "privacy/person.html",
        {
            "form": PersonForm(),
            "person": found,
            "erase_form": EraseForm(initial={"mentions": True}),
            "held": _held(found),
        },
    )


def _held(found: Person | None) -> list[str]:
    if found is None:
        return []
    return [h.case.reference for h in queries.holds().filter(case_id__in=found.case_ids)]


@roles(ADMINS)
@require_POST
def person_export(request: HttpRequest) -> HttpResponseBase:
    found = _person_from_session(request)
    if found is None:
        messages.error(request, "Look the person up again: the search has expired.")
        return redirect("privacy-person")
    handle, _ = do_export_person(actor=_user(request), person=found)
    who = found.enquirer_ids[0] if found.enquirer_ids else "address"
    name = f"subject-access-{timezone.localdate():%Y%m%d}-{who}.zip"
    return FileResponse(handle, as_attachment=True, filename=name, content_type="application/zip")


@roles(ADMINS)
@require_POST
def person_erase(request: HttpRequest) -> HttpResponse:
    found = _person_from_session(request)
    if found is None:
        messages.error(request, "Look the person up again: the search has expired.")
        return redirect("privacy-person")
    form = EraseForm(request.POST)
    if form.is_valid():
        # This session names the person too (the lookup, perhaps an audit filter): drop that
        # first, so erasure does not end the admin's own session; restored if it fails.
        saved = {k: request.session.pop(k) for k in (PERSON_KEY, AUDIT_KEY) if k in request.session}
        request.session.save()
        try:
            result = do_erase_person(
                actor=_user(request),
                person=found,
                reason=form.cleaned_data["reason"],
                mentions=form.cleaned_data["mentions"],
            )
        except ErasureBlocked as error:
            request.session.update(saved)
            form.add_error(None, str(error))
        except ValueError as error:
            request.session.update(saved)
            form.add_error("reason", str(error))
        else:
            c = result.counts
            messages.success(
                request,
                f"Erased: {c['case.anonymised']} cases anonymised, "
                f"{c['correspondence.message.emptied']} messages on other cases emptied, "
                f"{c['mention.removed']} mentions removed, {c['mail.deleted']} stored mail "
                f"items and {c['files.deleted']} files deleted.",
            )
            return redirect("privacy-person")
    return render(
        request,
        "privacy/person.html",
        {"form": PersonForm(), "person": found, "erase_form": form, "held": _held(found)},
        status=400,
    )


# ---- the audit log -----------------------------------------------------------------------


def _filters(request: HttpRequest) -> tuple[AuditFilterForm, queries.AuditFilters]:
    stored: dict[str, str] = request.session.get(AUDIT_KEY, {})
    form = AuditFilterForm(stored or None)
    if form.is_bound and form.is_valid():
        return form, form.filters()
    return AuditFilterForm(), queries.AuditFilters()


@roles(ADMINS)
@require_http_methods(["GET", "POST"])
def audit_log(request: HttpRequest) -> HttpResponse:
    """The audit log, newest first, filtered by person, case, user, action and date."""
    if request.method == "POST":
        form = AuditFilterForm(request.POST)
        if "clear" in request.POST:
            request.session.pop(AUDIT_KEY, None)
            return redirect("privacy-audit")
        if form.is_valid():
            request.session[AUDIT_KEY] = {k: str(v or "") for k, v in form.cleaned_data.items()}
            return redirect("privacy-audit")
        return render(request, "privacy/audit.html", {"form": form}, status=400)
    form, filters = _filters(request)
    page = Paginator(queries.audit_log(filters), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "privacy/audit.html",
        {
            "form": form,
            "filtered": filters.any(),
            "page": page,
            "actions": queries.action_names(),
            "users": queries.usernames(),
        },
    )


@roles(ADMINS)
@require_GET
def audit_csv(request: HttpRequest) -> StreamingHttpResponse:
    _, filters = _filters(request)
    do_record_audit_export(actor=_user(request), filters=filters.names_set())
    response = StreamingHttpResponse(
        queries.audit_csv_rows(queries.audit_log(filters)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="audit-log-{timezone.localdate():%Y%m%d}.csv"'
    )
    return response
