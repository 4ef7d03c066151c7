"""Failed logins lock the account (django-axes); passwords must be long and uncommon."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def _post(client: Any, username: str, password: str, **extra: Any) -> Any:
    return client.post(reverse("login"), {"username": username, "password": password}, **extra)


def test_five_failures_lock_the_account_even_with_the_right_password(client, practitioner):
    for _ in range(4):
        response = _post(client, "alice", "wrong-password-here")
        assert response.status_code == 200
        assert b"did not match" in response.content
    locked = _post(client, "alice", "wrong-password-here")
    assert locked.status_code == 429
    assert b"locked for 15 minutes" in locked.content
    right = _post(client, "alice", PASSWORD)
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session


def test_lockout_follows_the_account_across_addresses(client, practitioner):
    for n in range(5):
        _post(client, "alice", "wrong-password-here", REMOTE_ADDR=f"198.51.100.{n}")
    assert _post(client, "alice", PASSWORD, REMOTE_ADDR="203.0.113.50").status_code == 429


def test_other_accounts_are_not_locked(client, practitioner, other_practitioner):
    for _ in range(5):
        _post(client, "alice", "wrong-password-here")
    response = _post(client, "bob", PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(other_practitioner.pk)


def test_the_lock_lifts_after_the_cool_off(client, practitioner, settings):
    from axes.models import AccessAttempt
    from django.utils import timezone

    for _ in range(5):
        _post(client, "alice", "wrong-password-here")
    AccessAttempt.objects.update(attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME)
    assert _post(client, "alice", PASSWORD).status_code == 302


def test_an_admin_unlocks_by_clearing_attempts(client, practitioner):
    from axes.utils import reset

    for _ in range(5):
        _post(client, "alice", "wrong-password-here")
    reset(username="alice")
    assert _post(client, "alice", PASSWORD).status_code == 302


def test_a_success_resets_the_count(client, practitioner):
    for _ in range(4):
        _post(client, "alice", "wrong-password-here")
    assert _post(client, "alice", PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        assert _post(client, "alice", "wrong-password-here").status_code == 200
    assert _post(client, "alice", PASSWORD).status_code == 302


def test_admin_login_is_throttled_too(client, admin_user):
    for _ in range(5):
        client.post("/admin/login/", {"username": "ada", "password": "wrong-password-here"})
    response = client.post("/admin/login/", {"username": "ada", "password": PASSWORD})
    assert response.status_code == 429


@pytest.mark.parametrize(
    ("password", "why"),
    [
        ("short-pw1", "too short"),
        ("elevenchars", "too short"),
        ("password1234", "too common"),
        ("123456789012", "entirely numeric"),
        ("alice.mctestface", "too similar"),
    ],
)
def test_weak_passwords_are_refused(password, why, make_user):
    user = make_user("alice.mctestface", "practitioner", email="alice.mctestface@example.invalid")
    with pytest.raises(ValidationError) as error:
        validate_password(password, user)
    assert any(why in message for message in error.value.messages), error.value.messages


def test_a_long_uncommon_password_is_accepted(make_user):
    user = make_user("alice", "practitioner")
    validate_password("walrus-teapot-harbour-9", user)


def test_admin_add_user_form_enforces_the_rules(client, admin_user):
    client.force_login(admin_user)
    response = client.post(
        reverse("admin:accounts_user_add"),
        {
            "username": "newbie",
            "password1": "short",
            "password2": "short",
            "usable_password": "true",
            "role": "practitioner",
        },
    )
    assert response.status_code == 200
    assert b"at least 12 characters" in response.content
