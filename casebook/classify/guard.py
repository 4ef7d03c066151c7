"""The indecent-image rule for attachments, in one place.

While a case carries a raised or confirmed indecent_image flag, none of its attachments is
displayed, previewed or thumbnailed anywhere (an image can travel under any name or type),
and a download happens only after a practitioner confirms on a page of its own that they
mean to; the confirmation is audited and allows exactly one download, within five minutes.
The original .eml of a message carries its attachments, so it is withheld the same way.
Every view that serves or shows an attachment or an original asks here first.
"""

from __future__ import annotations

import time
from typing import Final, Literal

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from casebook.classify.queries import attachments_withheld

PERMIT_SECONDS = 300
_KEY = "casebook.withheld_download"

ATTACHMENT: Final = "attachment"
ORIGINAL: Final = "original"  # a message's .eml, keyed by the message's id
FileKind = Literal["attachment", "original"]
_CONFIRM_VIEW: dict[str, str] = {
    ATTACHMENT: "classify-withheld-attachment",
    ORIGINAL: "classify-withheld-original",
}


def may_display(case_id: int) -> bool:
    """Whether the case's attachments may be shown inline or as thumbnails at all."""
    return not attachments_withheld(case_id)


def permit_download(request: HttpRequest, pk: int, kind: FileKind = ATTACHMENT) -> None:
    """Allow one download of this file (an attachment's id, or a message's id for its
    original) by this session, for PERMIT_SECONDS."""
    request.session[_KEY] = {"kind": kind, "id": pk, "until": time.time() + PERMIT_SECONDS}


def withheld_download_redirect(
    request: HttpRequest, pk: int, case_id: int, kind: FileKind = ATTACHMENT
) -> HttpResponse | None:
    """None if the download may go ahead; otherwise the redirect to the confirmation page.

    A permit is used up by the download it allows, and allows only the file it names.
    """
    if not attachments_withheld(case_id):
        return None
    permit = request.session.pop(_KEY, None)
    if (
        isinstance(permit, dict)
        and permit.get("kind", ATTACHMENT) == kind
        and permit.get("id") == pk
        and float(permit.get("until", 0)) >= time.time()
    ):
        return None
    return redirect(_CONFIRM_VIEW[kind], pk=pk)
