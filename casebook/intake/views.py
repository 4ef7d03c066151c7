"""Attachment and original downloads (only to people allowed to see the case, always as a
download), and what practitioners do with held messages."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from casebook.accounts.decorators import roles
from casebook.accounts.models import CASEWORK_ROLES, User
from casebook.cases import once
from casebook.cases.access import access_case, may_work_cases
from casebook.cases.actions import audit
from casebook.cases.models import Attachment, Case, Message
from casebook.classify.guard import ORIGINAL, withheld_download_redirect
from casebook.intake.actions import do_accept_held_message, do_move_held_message
from casebook.intake.models import HeldMessage, MailOriginal
from casebook.intake.storage import StorageError, open_path

log = logging.getLogger(__name__)

# Types a browser could run or render as a page are served as opaque bytes.
_ACTIVE_TYPES = {"text/html", "image/svg+xml", "application/xhtml+xml", "text/xml"}


@roles(CASEWORK_ROLES)
@require_GET
def download_attachment(request: HttpRequest, pk: int) -> HttpResponseBase:
    user = request.user
    if not isinstance(user, User) or not may_work_cases(user):
        raise PermissionDenied
    attachment = Attachment.objects.select_related("message__case").filter(pk=pk).first()
    if attachment is None:
        raise Http404("No such attachment")
    case = access_case(user, attachment.message.case.reference)
    if (withheld := withheld_download_redirect(request, pk, case.pk)) is not None:
        return withheld  # an indecent-image case: a deliberate, audited step first
    try:
        path = open_path(attachment.storage_path)
    except StorageError as error:
        log.error("attachment %s unavailable: %s", attachment.pk, error)
        raise Http404("The file is missing from storage") from None
    content_type = attachment.content_type or "application/octet-stream"
    if content_type in _ACTIVE_TYPES or not content_type.isascii():
        content_type = "application/octet-stream"
    response = FileResponse(
        path.open("rb"), as_attachment=True, filename=attachment.filename, content_type=content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    audit(actor=user, case=case, action="attachment.downloaded", attachment=pk)
    return response


@roles(CASEWORK_ROLES)
@require_GET
def download_original(request: HttpRequest, pk: int) -> HttpResponseBase:
    """The raw .eml a message arrived as: to people allowed to see its case, never cached.

    On an indecent-image case it carries the withheld attachments, so it takes the same
    deliberate, audited step first.
    """
    user = request.user
    if not isinstance(user, User) or not may_work_cases(user):
        raise PermissionDenied
    original = MailOriginal.objects.select_related("message__case").filter(message_id=pk).first()
    if original is None:
        raise Http404("No original is kept for this message")
    case = access_case(user, original.message.case.reference)
    if (withheld := withheld_download_redirect(request, pk, case.pk, ORIGINAL)) is not None:
        return withheld
    try:
        path = open_path(original.storage_path)
    except StorageError as error:
        log.error("original of message %s unavailable: %s", pk, error)
        raise Http404("The original is missing from storage") from None
    response = FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=f"{case.reference}-message-{pk}.eml",
        content_type="application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    audit(actor=user, case=case, action="original.downloaded", message=pk)
    return response


HeldAction = Callable[[HeldMessage, User], Case]


def _resolve_hold(request: HttpRequest, pk: int, act: HeldAction) -> HttpResponse:
    """One transaction: lock the hold, take the form's one-time token, act, go to the case.

    A hold already resolved (a double click, or a colleague was quicker) is reported, not an
    error; a post without a usable token does nothing and says why.
    """
    user = request.user
    if not isinstance(user, User) or not may_work_cases(user):
        raise PermissionDenied
    with transaction.atomic():
        message = Message.objects.select_related("case").filter(pk=pk).first()
        if message is None:
            raise Http404("No such message")
        case = access_case(user, message.case.reference, for_write=True)
        hold = HeldMessage.objects.select_for_update().filter(message=message).first()
        if hold is None:
            messages.info(
                request, "That message is no longer held: someone has already dealt with it."
            )
            return _to_message(message)
        try:
            once.consume(request, case=case)
        except once.AlreadyUsed:
            messages.info(request, once.REPEAT_MESSAGE)
            return _to_message(message)
        except once.TokenProblem as problem:
            messages.error(request, f"{problem} Nothing was done: press the button again.")
            return redirect(f"{reverse('case-detail', args=[case.reference])}#held")
        destination = act(hold, user)
    if destination.pk == case.pk:
        messages.success(
            request, f"The message from {message.from_email} is now part of this case."
        )
        return _to_message(message)
    messages.success(request, f"The message was moved to a new case, {destination.reference}.")
    return redirect("case-detail", destination.reference)


def _to_message(message: Message) -> HttpResponse:
    return redirect(f"{reverse('case-detail', args=[message.case.reference])}#m{message.pk}")


def _accept(hold: HeldMessage, user: User) -> Case:
    return do_accept_held_message(hold=hold, actor=user).case


def _move(hold: HeldMessage, user: User) -> Case:
    return do_move_held_message(hold=hold, actor=user)


@roles(CASEWORK_ROLES)
@require_POST
def accept_held(request: HttpRequest, pk: int) -> HttpResponse:
    return _resolve_hold(request, pk, _accept)


@roles(CASEWORK_ROLES)
@require_POST
def move_held(request: HttpRequest, pk: int) -> HttpResponse:
    return _resolve_hold(request, pk, _move)
