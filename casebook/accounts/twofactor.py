"""Two-factor sign-in: a TOTP authenticator app per account, with one-time recovery codes.

Outside demo and test mode (settings.TWO_FACTOR_REQUIRED) every account must pass a second
factor after its password before any page but the two-factor pages themselves and logging
out. An account with no authenticator yet is sent to enrol one; an account with one must
use it (or a recovery code) and cannot enrol another until it has. django-otp keeps the
devices, throttles wrong codes (each failure doubles the wait) and refuses a code twice.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import urlencode

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from casebook.accounts.middleware import PUBLIC_ATTR
from casebook.accounts.models import User

F = TypeVar("F", bound=Callable[..., Any])
EXEMPT_ATTR = "casebook_two_factor_exempt"
RECOVERY_DEVICE = "recovery codes"
AUTHENTICATOR = "authenticator app"
RECOVERY_CODES = 10
# Unambiguous characters only (no 0/O, 1/l/I): read off paper and typed by hand.
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def two_factor_exempt(view: F) -> F:
    """Mark a view that a signed-in account may open before passing its second factor."""
    setattr(view, EXEMPT_ATTR, True)
    return view


def is_verified(user: object) -> bool:
    """True if this request's account has passed its second factor (OTPMiddleware says)."""
    check = getattr(user, "is_verified", None)
    return bool(check()) if callable(check) else False


def confirmed_authenticator(user: User) -> TOTPDevice | None:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def new_recovery_code() -> str:
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(10))
    return f"{raw[:5]}-{raw[5:]}"


def normalise_code(code: str) -> str:
    """What people type: spaces, dashes and capitals are forgiven."""
    return "".join(ch for ch in code.lower() if ch.isalnum())


def do_replace_recovery_codes(*, user: User) -> list[str]:
    """Delete the account's recovery codes and make RECOVERY_CODES new ones; returns them.

    They are stored as typed, minus the dash, and shown exactly once."""
    codes = [new_recovery_code() for _ in range(RECOVERY_CODES)]
    with transaction.atomic():
        device, _ = StaticDevice.objects.get_or_create(
            user=user, name=RECOVERY_DEVICE, defaults={"confirmed": True}
        )
        device.token_set.all().delete()
        StaticToken.objects.bulk_create(
            StaticToken(device=device, token=normalise_code(code)) for code in codes
        )
    return codes


def do_confirm_authenticator(*, user: User, device: TOTPDevice) -> list[str]:
    """Make `device` the account's one authenticator (any older one stops working), give
    it fresh recovery codes, audit; returns the codes to show once."""
    from casebook.cases.actions import audit

    with transaction.atomic():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        codes = do_replace_recovery_codes(user=user)
        audit(actor=user, case=None, action="account.two_factor_enrolled")
    return codes


def recovery_codes_left(user: User) -> int:
    left: int = StaticToken.objects.filter(device__user=user, device__name=RECOVERY_DEVICE).count()
    return left


class RequireTwoFactor:
    """Deny by default: a signed-in account that has not passed its second factor may open
    only views marked two_factor_exempt (and public ones); everything else redirects it to
    enrol or verify, then back."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        return self.get_response(request)

    def process_view(
        self,
        request: HttpRequest,
        view_func: Callable[..., Any],
        view_args: tuple[Any, ...],
        view_kwargs: dict[str, Any],
    ) -> HttpResponse | None:
        if not settings.TWO_FACTOR_REQUIRED:
            return None
        if getattr(view_func, EXEMPT_ATTR, False) or getattr(view_func, PUBLIC_ATTR, True) is False:
            return None
        user = request.user
        if not isinstance(user, User) or is_verified(user):
            return None
        target = "two-factor-verify" if confirmed_authenticator(user) else "two-factor-setup"
        query = urlencode({"next": request.get_full_path()}) if request.method == "GET" else ""
        return redirect(f"{reverse(target)}?{query}" if query else reverse(target))
