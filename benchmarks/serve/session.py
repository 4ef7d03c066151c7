"""Print a signed-in, second-factor-verified session cookie for the benchmark user.

Run with the server's own settings (the same SECRET_KEY and database): the load generator
sends this cookie, so every request is a practitioner's, through the whole middleware stack.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.serve.settings")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.test import Client  # noqa: E402
from django_otp import DEVICE_ID_SESSION_KEY  # noqa: E402
from django_otp.plugins.otp_totp.models import TOTPDevice  # noqa: E402

from casebook.accounts.models import User  # noqa: E402


def main() -> None:
    user = User.objects.get(username="queue-bench")
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, name="authenticator app", defaults={"confirmed": True}
    )
    client = Client()
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    print(f"{settings.SESSION_COOKIE_NAME}={session.session_key}")


if __name__ == "__main__":
    main()
