"""Two-factor sign-in: enrolment, login with a code, recovery codes, and what it guards."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import pytest
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from casebook.accounts.models import AuditEvent
from casebook.accounts.twofactor import do_replace_recovery_codes, recovery_codes_left
from tests.accounts.totp import code_for
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _required(settings: Any) -> None:
    settings.TWO_FACTOR_REQUIRED = True


@pytest.fixture(autouse=True)
def _one_code_step(time_machine: Any) -> None:
    """The clock stands still, 10 s into a 30-second code step: which code is spent and which
    is the app's next one must not change because a step ended between two requests (and the
    throttle's wait must not run out on a slow machine)."""
    time_machine.move_to(datetime(2026, 3, 4, 10, 0, 10, tzinfo=UTC), tick=False)


def log_in(client: Any, user: Any) -> Any:
    response = client.post(reverse("login"), {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    return response


def enrol(client: Any, user: Any) -> tuple[TOTPDevice, list[str]]:
    page = client.get(reverse("two-factor-setup"))
    assert page.status_code == 200
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    done = client.post(reverse("two-factor-setup"), {"code": code_for(device)})
    assert done.status_code == 200
    codes = re.findall(r"<code>([a-z0-9]{5}-[a-z0-9]{5})</code>", done.content.decode())
    device.refresh_from_db()
    return device, codes


def test_a_new_account_must_enrol_before_anything_else(client, practitioner):
    log_in(client, practitioner)
    queue = client.get(reverse("case-queue"))
    assert queue.status_code == 302
    assert queue["Location"].startswith(reverse("two-factor-setup"))
    assert "next=%2Fcases%2F" in queue["Location"]
    for url in (reverse("reports:index"), reverse("admin:index"), reverse("account")):
        assert client.get(url).status_code == 302
    page = client.get(queue["Location"])
    html = page.content.decode()
    assert 'src="data:image/svg+xml' in html  # the QR code, an inline image
    assert re.search(r'id="totp-key">([A-Z2-7]{4} ?)+<', html)
    assert "no-store" in page["Cache-Control"]


def test_enrolment_confirms_with_a_code_and_shows_ten_recovery_codes(client, practitioner):
    log_in(client, practitioner)
    device, codes = enrol(client, practitioner)
    assert device.confirmed
    assert len(codes) == 10 and len(set(codes)) == 10
    assert recovery_codes_left(practitioner) == 10
    assert client.get(reverse("case-queue")).status_code == 200  # verified in this session
    assert AuditEvent.objects.filter(actor=practitioner, action="account.two_factor_enrolled")


def test_a_wrong_code_does_not_enrol(client, practitioner):
    log_in(client, practitioner)
    client.get(reverse("two-factor-setup"))
    response = client.post(reverse("two-factor-setup"), {"code": "000000"})
    assert response.status_code == 400
    assert b"did not match" in response.content
    assert not TOTPDevice.objects.filter(user=practitioner, confirmed=True).exists()
    assert client.get(reverse("case-queue")).status_code == 302


def test_login_asks_for_the_code_and_accepts_it_once(client, practitioner):
    log_in(client, practitioner)
    device, _ = enrol(client, practitioner)
    client.post(reverse("logout"))
    log_in(client, practitioner)
    queue = client.get(reverse("case-queue"))
    assert queue["Location"].startswith(reverse("two-factor-verify"))
    # The code used for enrolment is spent; the app's next one works.
    assert client.post(reverse("two-factor-verify"), {"code": code_for(device)}).status_code == 400
    device.refresh_from_db()
    device.throttling_failure_count = 0
    device.throttling_failure_timestamp = None
    device.save()
    done = client.post(
        reverse("two-factor-verify"), {"code": code_for(device, steps_ahead=1), "next": "/cases/"}
    )
    assert done.status_code == 302 and done["Location"] == "/cases/"
    assert client.get(reverse("case-queue")).status_code == 200


def test_wrong_codes_are_throttled(client, practitioner):
    log_in(client, practitioner)
    device, _ = enrol(client, practitioner)
    client.post(reverse("logout"))
    log_in(client, practitioner)
    for _ in range(3):
        assert client.post(reverse("two-factor-verify"), {"code": "123456"}).status_code == 400
    # Even the right code is refused while the throttle's wait runs.
    right = client.post(reverse("two-factor-verify"), {"code": code_for(device, steps_ahead=1)})
    assert right.status_code == 400
    device.refresh_from_db()
    assert device.throttling_failure_count >= 1  # later tries fell inside the wait


def test_a_recovery_code_works_once(client, practitioner):
    log_in(client, practitioner)
    _, codes = enrol(client, practitioner)
    client.post(reverse("logout"))
    log_in(client, practitioner)
    done = client.post(reverse("two-factor-verify"), {"code": codes[0].upper().replace("-", " ")})
    assert done.status_code == 302
    assert recovery_codes_left(practitioner) == 9
    page = client.get(done["Location"], follow=True)
    assert b"9 are left" in page.content
    client.post(reverse("logout"))
    log_in(client, practitioner)
    assert client.post(reverse("two-factor-verify"), {"code": codes[0]}).status_code == 400


def test_new_recovery_codes_replace_the_old(client, practitioner):
    log_in(client, practitioner)
    _, old = enrol(client, practitioner)
    page = client.post(reverse("account"), {"action": "recovery-codes"})
    new = re.findall(r"<code>([a-z0-9]{5}-[a-z0-9]{5})</code>", page.content.decode())
    assert len(new) == 10 and not set(new) & set(old)
    assert StaticToken.objects.filter(device__user=practitioner).count() == 10


def test_a_stolen_password_cannot_enrol_a_second_authenticator(client, practitioner):
    log_in(client, practitioner)
    enrol(client, practitioner)
    client.post(reverse("logout"))
    log_in(client, practitioner)  # the password, but not the phone
    response = client.get(reverse("two-factor-setup"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("two-factor-verify"))
    assert TOTPDevice.objects.filter(user=practitioner).count() == 1


def test_logout_and_public_pages_need_no_second_factor(client, practitioner):
    log_in(client, practitioner)
    assert client.get(reverse("enquire")).status_code == 200
    assert client.post(reverse("logout")).status_code == 302
    assert "_auth_user_id" not in client.session


def test_the_next_parameter_cannot_leave_the_site(client, practitioner):
    log_in(client, practitioner)
    device, _ = enrol(client, practitioner)
    client.post(reverse("logout"))
    log_in(client, practitioner)
    done = client.post(
        reverse("two-factor-verify"),
        {"code": code_for(device, steps_ahead=1), "next": "https://evil.example/"},
    )
    assert done.status_code == 302 and done["Location"] == "/"


def test_admins_can_remove_a_device_but_not_read_its_key(client, admin_user, practitioner):
    client.force_login(admin_user)
    device = TOTPDevice.objects.create(user=practitioner, name="authenticator app")
    do_replace_recovery_codes(user=practitioner)
    session = client.session
    from django_otp import DEVICE_ID_SESSION_KEY

    own = TOTPDevice.objects.create(user=admin_user, name="authenticator app")
    session[DEVICE_ID_SESSION_KEY] = own.persistent_id
    session.save()
    change = client.get(reverse("admin:otp_totp_totpdevice_change", args=[device.pk]))
    assert change.status_code == 200
    assert device.key not in change.content.decode()
    tokens = client.get(reverse("admin:otp_static_staticdevice_changelist")).content.decode()
    for token in StaticToken.objects.values_list("token", flat=True):
        assert token not in tokens
    delete = client.post(
        reverse("admin:otp_totp_totpdevice_delete", args=[device.pk]), {"post": "yes"}
    )
    assert delete.status_code == 302
    assert not TOTPDevice.objects.filter(pk=device.pk).exists()


def test_demo_mode_says_two_factor_is_off(client, settings):
    settings.TWO_FACTOR_REQUIRED = False
    settings.MODE = "demo"
    page = client.get(reverse("login")).content.decode()
    assert "Demo mode: two-factor sign-in is not required here" in page


def test_production_requires_it(settings, monkeypatch):
    import importlib

    import casebook.settings as live

    # monkeypatch puts both back afterwards (a SECRET_KEY left behind would change what
    # later tests of `casebook serve` see).
    monkeypatch.setenv("CASEBOOK_MODE", "production")
    monkeypatch.setenv("SECRET_KEY", "s" * 50)
    try:
        assert importlib.reload(live).TWO_FACTOR_REQUIRED is True
        monkeypatch.delenv("CASEBOOK_MODE")
        assert importlib.reload(live).TWO_FACTOR_REQUIRED is True  # production by default
    finally:
        monkeypatch.undo()
        importlib.reload(live)
