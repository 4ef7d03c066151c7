"""Suggested categories accepted or dismissed, risk flags reviewed, withheld attachments."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from casebook.accounts.decorators import roles
from casebook.accounts.models import CASEWORK_ROLES, User
from casebook.cases.access import access_case
from casebook.cases.models import Attachment, Case, Message
from casebook.classify import actions, guard, queries
from casebook.classify.forms import ReviewFlagForm, SuggestionForm, WithheldDownloadForm
from casebook.classify.labels import RISK_LABELS


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # the role middleware has refused everyone else
    return user


def _back(reference: str, anchor: str = "classify") -> HttpResponse:
    return redirect(f"{reverse('case-detail', args=[reference])}#{anchor}")


@roles(CASEWORK_ROLES)
@require_POST
def accept_suggestion(request: HttpRequest, reference: str) -> HttpResponse:
    user = _user(request)
    case = access_case(user, reference, for_write=True)
    form = SuggestionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "That suggestion could not be accepted: it is no longer offered.")
        return _back(case.reference)
    data = form.cleaned_data
    added = actions.do_accept_suggestion(
        case=case,
        actor=user,
        category=data["category"],
        score=data["score"],
        model_version=data["model_version"],
    )
    if added:
        messages.success(request, f"Category “{data['category']}” added (suggested).")
    else:
        messages.info(request, f"The case already has the category “{data['category']}”.")
    return _back(case.reference, "categories")


@roles(CASEWORK_ROLES)
@require_POST
def dismiss_suggestion(request: HttpRequest, reference: str) -> HttpResponse:
    user = _user(request)
    case = access_case(user, reference, for_write=True)
    form = SuggestionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "That suggestion could not be dismissed: it is no longer offered.")
        return _back(case.reference)
    data = form.cleaned_data
    actions.do_dismiss_suggestion(
        case=case,
        actor=user,
        category=data["category"],
        score=data["score"],
        model_version=data["model_version"],
    )
    messages.success(request, f"Suggestion “{data['category']}” dismissed.")
    return _back(case.reference)


@roles(CASEWORK_ROLES)
@require_POST
def review_flag(request: HttpRequest, reference: str, pk: int) -> HttpResponse:
    user = _user(request)
    case = access_case(user, reference, for_write=True)
    flag = queries.flag_for_review(case, pk)
    form = ReviewFlagForm(request.POST)
    if flag is None or not form.is_valid():
        raise Http404("No such flag on this case")
    confirm = form.cleaned_data["decision"] == ReviewFlagForm.CONFIRM
    try:
        actions.do_review_flag(flag=flag, actor=user, confirm=confirm)
    except actions.AlreadyReviewed:
        messages.error(request, "Someone else reviewed this flag meanwhile; see its state below.")
        return _back(case.reference)
    label = RISK_LABELS[flag.kind]
    messages.success(request, f"Flag “{label}” {'confirmed' if confirm else 'cleared'}.")
    return _back(case.reference)


@roles(CASEWORK_ROLES)
@require_http_methods(["GET", "POST"])
def withheld_attachment(request: HttpRequest, pk: int) -> HttpResponse:
    """The deliberate step before downloading an attachment of an indecent-image case."""
    user = _user(request)
    attachment = Attachment.objects.select_related("message__case").filter(pk=pk).first()
    if attachment is None:
        raise Http404("No such attachment")
    case = access_case(user, attachment.message.case.reference)

    def record() -> None:
        actions.record_withheld_download(attachment=attachment, actor=user, case=case)

    detail = f"{attachment.content_type}, {filesizeformat(attachment.size)}"
    return _confirm_withheld(
        request, case, guard.ATTACHMENT, pk, attachment.filename, detail, record
    )


@roles(CASEWORK_ROLES)
@require_http_methods(["GET", "POST"])
def withheld_original(request: HttpRequest, pk: int) -> HttpResponse:
    """The deliberate step before downloading the original .eml (it carries the attachments)
    of a message on an indecent-image case."""
    user = _user(request)
    message = Message.objects.select_related("case").filter(pk=pk, original__isnull=False).first()
    if message is None:
        raise Http404("No original is kept for this message")
    case = access_case(user, message.case.reference)

    def record() -> None:
        actions.record_withheld_original_download(message_id=pk, actor=user, case=case)

    filename = f"{case.reference}-message-{pk}.eml"
    detail = "the email as received, with every attachment inside it"
    return _confirm_withheld(request, case, guard.ORIGINAL, pk, filename, detail, record)


def _confirm_withheld(
    request: HttpRequest,
    case: Case,
    kind: guard.FileKind,
    pk: int,
    filename: str,
    detail: str,
    record: Callable[[], None],
) -> HttpResponse:
    """Show the confirmation page; on a ticked form audit it, permit one download and go."""
    name = "attachment-download" if kind == guard.ATTACHMENT else "original-download"
    download = reverse(name, args=[pk])
    if guard.may_display(case.pk):
        return redirect(download)  # not withheld (any more): the ordinary download
    form = WithheldDownloadForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        record()
        guard.permit_download(request, pk, kind)
        return redirect(download)
    status = 400 if request.method == "POST" else 200
    context = {"case": case, "filename": filename, "detail": detail, "form": form}
    return render(request, "classify/withheld_file.html", context, status=status)
