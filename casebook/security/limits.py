"""A ceiling on the size of every request body, before anything reads it.

No page takes a file upload; the longest legitimate post is a note or reply (50,000
characters, under 1 MB however it is encoded). Django bounds form fields it keeps in memory
(DATA_UPLOAD_MAX_MEMORY_SIZE) but streams a multipart file part to disk whatever its size, so
the bound on a whole request is here: a body declared larger than REQUEST_MAX_BYTES is refused
with 413 unread (Django reads no body beyond its declared Content-Length, and none without
one). nginx holds the same ceiling in front.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBase


def declared_length(meta: dict[str, object]) -> int:
    """The request's Content-Length in bytes; 0 when absent, -1 when malformed."""
    raw = str(meta.get("CONTENT_LENGTH") or "").strip()
    if not raw:
        return 0
    return int(raw) if raw.isdigit() else -1


class RequestSizeLimit:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        length = declared_length(request.META)
        if length < 0 or length > settings.REQUEST_MAX_BYTES:
            return HttpResponse(
                "This request is too large.\n",
                status=413 if length > 0 else 400,
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
