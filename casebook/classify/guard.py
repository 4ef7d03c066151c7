"""The indecent-image rule for attachments, in one place.

While a case carries a raised or confirmed indecent_image flag, none of its attachments is
displayed, previewed or thumbnailed anywhere (an image can travel under any name or type),
and a download happens only after a practitioner confirms on a page of its own that they
mean to; the confirmation is audited and allows exactly one download, within five minutes.
Every view that serves or shows an attachment asks here first.
"""

from __future__ import annotations

import time

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from casebook.classify.queries import attachments_withheld

PERMIT_SECONDS = 300
_KEY = "casebook.withheld_download"


def may_display(case_id: int) -> bool:
    """Whether the case's attachments may be shown inline or as thumbnails at all."""
    return not attachments_withheld(case_id)


def permit_download(request: HttpRequest, attachment_id: int) -> None:
    """Allow one download of this attachment by this session, for PERMIT_SECONDS."""
    request.session[_KEY] = {"id": attachment_id, "until": time.time() + PERMIT_SECONDS}


def withheld_download_redirect(
    request: HttpRequest, attachment_id: int, case_id: int
) -> HttpResponse | None:
    """None if the download may go ahead; otherwise the redirect to the confirmation page.

    A permit is used up by the download it allows.
    """
    if not attachments_withheld(case_id):
        return None
    permit = request.session.pop(_KEY, None)
    if (
        isinstance(permit, dict)
        and permit.get("id") == attachment_id
        and float(permit.get("until", 0)) >= time.time()
    ):
        return None
    return redirect("classify-withheld-attachment", pk=attachment_id)
