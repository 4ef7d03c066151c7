"""Logging in: the password step (throttled by django-axes), then the second factor."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.utils.decorators import method_decorator

from casebook.security.sessions import ENDED

ENDED_MESSAGES = {
    "idle": "You were signed out after {minutes} minutes without activity. Please log in again.",
    "absolute": "You were signed out because your session reached its {hours}-hour limit. "
    "Please log in again.",
    "unstamped": "Your session has ended. Please log in again.",
}


@method_decorator(login_not_required, name="dispatch")
class LoginView(auth_views.LoginView):
    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        ctx = super().get_context_data(**kwargs)
        reason = self.request.session.pop(ENDED, "")
        if reason in ENDED_MESSAGES:
            ctx["session_ended"] = ENDED_MESSAGES[reason].format(
                minutes=settings.SESSION_IDLE_SECONDS // 60,
                hours=settings.SESSION_ABSOLUTE_SECONDS // 3600,
            )
        ctx["demo_mode"] = settings.MODE == "demo"
        return ctx
