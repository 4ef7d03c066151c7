"""Logging in: the password step (throttled by django-axes), then the second factor."""

from __future__ import annotations

from typing import Any

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp import verify_token
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from casebook.accounts.decorators import roles
from casebook.accounts.forms import CodeForm
from casebook.accounts.models import Role, User
from casebook.accounts.twofactor import (
    AUTHENTICATOR,
    RECOVERY_DEVICE,
    confirmed_authenticator,
    do_confirm_authenticator,
    do_replace_recovery_codes,
    is_verified,
    normalise_code,
    recovery_codes_left,
    two_factor_exempt,
)
from casebook.cases.actions import audit
from casebook.security.sessions import ENDED

ALL_ROLES = Role.values

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
        ctx["two_factor_required"] = settings.TWO_FACTOR_REQUIRED
        return ctx


def locked_out(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials: Any = None
) -> HttpResponse:
    """django-axes calls this instead of logging in an account with too many failures."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    form = AuthenticationForm(request)
    return render(
        request,
        "registration/login.html",
        {
            "form": form,
            "locked_out": (
                "Too many failed attempts to log in to this account. It is locked for "
                f"{minutes} minutes; an administrator can unlock it sooner."
            ),
            "demo_mode": settings.MODE == "demo",
        },
        status=429,
    )


# ---- the second factor ---------------------------------------------------------------------


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # the role check has refused anonymous requests
    return user


def _next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse(settings.LOGIN_REDIRECT_URL)


def _recovery_page(request: HttpRequest, codes: list[str], *, first: bool) -> HttpResponse:
    return render(
        request,
        "accounts/recovery_codes.html",
        {"codes": codes, "first": first, "next": _next(request)},
    )


@two_factor_exempt
@roles(ALL_ROLES)
@require_http_methods(["GET", "POST"])
def two_factor_setup(request: HttpRequest) -> HttpResponse:
    """Enrol an authenticator app: scan the code (or type the key), confirm with one code.

    An account that already has an authenticator must pass it first: a stolen password alone
    can never add the thief's own device."""
    user = _user(request)
    if confirmed_authenticator(user) and not is_verified(user):
        return redirect(f"{reverse('two-factor-verify')}?next={reverse('account')}")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by(
        "-pk"
    ).first() or TOTPDevice.objects.create(user=user, name=AUTHENTICATOR, confirmed=False)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(normalise_code(form.cleaned_data["code"])):
            codes = do_confirm_authenticator(user=user, device=device)
            otp_login(request, device)
            return _recovery_page(request, codes, first=True)
        form.add_error(
            "code",
            "That code did not match. Check the time on your phone, then "
            "type the code it shows now.",
        )
    key = device.config_url.split("secret=", 1)[1].split("&", 1)[0]
    return render(
        request,
        "accounts/two_factor_setup.html",
        {
            "form": form,
            "qr": segno.make(device.config_url, error="m").svg_data_uri(scale=5, border=2),
            "key": " ".join(key[i : i + 4] for i in range(0, len(key), 4)),
            "next": _next(request),
            "replacing": confirmed_authenticator(user) is not None,
        },
        status=400 if form.errors else 200,
    )


@two_factor_exempt
@roles(ALL_ROLES)
@require_http_methods(["GET", "POST"])
def two_factor_verify(request: HttpRequest) -> HttpResponse:
    """The second step of logging in: a code from the app, or one recovery code."""
    user = _user(request)
    device = confirmed_authenticator(user)
    if device is None:
        return redirect(f"{reverse('two-factor-setup')}?next={_next(request)}")
    if is_verified(user):
        return redirect(_next(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = normalise_code(form.cleaned_data["code"])
        if code.isdigit() and len(code) == 6:
            matched = verify_token(user, device.persistent_id, code)
        else:
            recovery = StaticDevice.objects.filter(user=user, name=RECOVERY_DEVICE).first()
            matched = recovery and verify_token(user, recovery.persistent_id, code)
        if matched:
            otp_login(request, matched)
            if isinstance(matched, StaticDevice):
                left = recovery_codes_left(user)
                audit(actor=user, case=None, action="account.recovery_code_used", left=left)
                messages.warning(
                    request,
                    f"You logged in with a recovery code; {left} are left. If your phone is "
                    "lost, set up a new authenticator on your account page.",
                )
            return redirect(_next(request))
        form.add_error(
            "code",
            "That code did not work. Codes change every 30 seconds; after several wrong "
            "codes you must wait a little longer before each try.",
        )
    return render(
        request,
        "accounts/two_factor_verify.html",
        {"form": form, "next": _next(request)},
        status=400 if form.errors else 200,
    )


@roles(ALL_ROLES)
@require_http_methods(["GET", "POST"])
def account(request: HttpRequest) -> HttpResponse:
    """Your sign-in: the authenticator, recovery codes left, new codes, password change."""
    user = _user(request)
    if request.method == "POST" and request.POST.get("action") == "recovery-codes":
        if not is_verified(user):
            return redirect(f"{reverse('two-factor-verify')}?next={reverse('account')}")
        codes = do_replace_recovery_codes(user=user)
        audit(actor=user, case=None, action="account.recovery_codes_replaced")
        return _recovery_page(request, codes, first=False)
    return render(
        request,
        "accounts/account.html",
        {
            "authenticator": confirmed_authenticator(user),
            "codes_left": recovery_codes_left(user),
            "verified": is_verified(user),
            "two_factor_required": settings.TWO_FACTOR_REQUIRED,
        },
    )


@method_decorator(roles(ALL_ROLES), name="dispatch")
class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("account")

    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        messages.success(self.request, "Your password has been changed.")
        return response
