"""Attachment downloads: only to people allowed to see the case, always as a download."""

from __future__ import annotations

import logging

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest
from django.http.response import HttpResponseBase
from django.views.decorators.http import require_GET

from casebook.accounts.decorators import roles
from casebook.accounts.models import CASEWORK_ROLES, User
from casebook.cases.access import access_case, may_work_cases
from casebook.cases.actions import audit
from casebook.cases.models import Attachment
from casebook.classify.guard import withheld_download_redirect
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
    response["Cache-Control"] = "private, no-store"
    audit(actor=user, case=case, action="attachment.downloaded", attachment=pk)
    return response
