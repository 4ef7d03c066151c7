"""Codes an authenticator app would show, for tests."""

from __future__ import annotations

import time

from django_otp.oath import TOTP


def code_for(device: object, *, steps_ahead: int = 0) -> str:
    """The 6-digit code of a TOTPDevice now, or `steps_ahead` 30-second steps later (a code
    is refused twice, so a second login in the same half-minute uses the next one)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)  # type: ignore[attr-defined]
    totp.time = time.time() + steps_ahead * device.step  # type: ignore[attr-defined]
    return f"{totp.token():06d}"


def code_for_key(base32_key: str, *, steps_ahead: int = 0) -> str:
    """The code for a key as the setup page shows it (base32, in groups)."""
    import base64

    key = base64.b32decode(
        base32_key.replace(" ", "").upper() + "=" * (-len(base32_key.replace(" ", "")) % 8)
    )
    totp = TOTP(key, 30, 0, 6, 0)
    totp.time = time.time() + steps_ahead * 30
    return f"{totp.token():06d}"
