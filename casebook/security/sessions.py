"""Session lifetimes: an idle timeout and an absolute lifetime for every signed-in session.

Django's own expiry only knows one age. Here a session records when its user logged in and
when it was last used; past SESSION_IDLE_SECONDS without a request, or SESSION_ABSOLUTE_SECONDS
after login, the user is logged out and the next page asks them to log in again. "Last used"
is written at most once a minute, so an active session is not saved on every request.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib import auth
from django.contrib.auth.signals import user_logged_in
from django.http import HttpRequest, HttpResponseBase

LOGIN_AT = "casebook.login_at"
SEEN_AT = "casebook.seen_at"
ENDED = "casebook.session_ended"
SEEN_RESOLUTION_SECONDS = 60


def _stamp_login(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    if request is not None and hasattr(request, "session"):
        now = int(time.time())
        request.session[LOGIN_AT] = now
        request.session[SEEN_AT] = now


def connect_signals() -> None:
    user_logged_in.connect(_stamp_login, dispatch_uid="casebook.security.stamp_login")


def expired_reason(*, now: int, login_at: int, seen_at: int, idle: int, absolute: int) -> str:
    """Why a session has ended ("idle", "absolute"), or "" while it is still good (seconds)."""
    if now - login_at >= absolute:
        return "absolute"
    if now - seen_at >= idle:
        return "idle"
    return ""


class SessionTimeouts:
    """Installed after AuthenticationMiddleware."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        session = request.session
        if session.get(auth.SESSION_KEY) is not None:
            now = int(time.time())
            login_at = session.get(LOGIN_AT)
            seen_at = session.get(SEEN_AT, login_at)
            reason = (
                "unstamped"  # a session from before these limits: start again
                if not isinstance(login_at, int) or not isinstance(seen_at, int)
                else expired_reason(
                    now=now,
                    login_at=login_at,
                    seen_at=seen_at,
                    idle=settings.SESSION_IDLE_SECONDS,
                    absolute=settings.SESSION_ABSOLUTE_SECONDS,
                )
            )
            if reason:
                auth.logout(request)
                request.session[ENDED] = reason
            elif now - seen_at >= SEEN_RESOLUTION_SECONDS:
                session[SEEN_AT] = now
        return self.get_response(request)
