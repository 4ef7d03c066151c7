"""Signed-in sessions end after the idle timeout and after the absolute lifetime."""

from __future__ import annotations

import pytest
from django.urls import reverse

from casebook.security import sessions


@pytest.mark.parametrize(
    ("now", "login_at", "seen_at", "expected"),
    [
        (1000, 1000, 1000, ""),
        (1000 + 1799, 1000, 1000, ""),  # 29:59 idle
        (1000 + 1800, 1000, 1000, "idle"),  # 30:00 idle
        (50_000, 10_000, 49_000, ""),  # active for 11 hours
        (10_000 + 43_200, 10_000, 10_000 + 43_100, "absolute"),  # 12 hours, though active
        (10_000 + 43_200, 10_000, 10_000, "absolute"),  # both: the absolute limit is named
    ],
)
def test_expired_reason(now, login_at, seen_at, expected):
    reason = sessions.expired_reason(
        now=now, login_at=login_at, seen_at=seen_at, idle=1800, absolute=43_200
    )
    assert reason == expected


def test_defaults(settings):
    assert settings.SESSION_IDLE_SECONDS == 30 * 60
    assert settings.SESSION_ABSOLUTE_SECONDS == 12 * 3600
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is True


class Clock:
    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    clock = Clock(1_700_000_000.0)
    monkeypatch.setattr("casebook.security.sessions.time.time", clock)
    return clock


@pytest.mark.django_db
def test_idle_session_is_logged_out(client, practitioner, clock):
    client.force_login(practitioner)
    queue = reverse("case-queue")
    assert client.get(queue).status_code == 200
    clock.now += 29 * 60
    assert client.get(queue).status_code == 200  # still in, and this counts as activity
    clock.now += 29 * 60
    assert client.get(queue).status_code == 200
    clock.now += 30 * 60
    response = client.get(queue)
    assert response.status_code == 302 and "/login/" in response["Location"]
    login_page = client.get(response["Location"])
    assert b"signed out after" in login_page.content
    assert client.get(queue).status_code == 302  # stays out


@pytest.mark.django_db
def test_active_session_ends_at_the_absolute_lifetime(client, practitioner, clock):
    client.force_login(practitioner)
    queue = reverse("case-queue")
    for _ in range(12 * 4 - 1):  # every 15 minutes for 11 h 45 min
        clock.now += 15 * 60
        assert client.get(queue).status_code == 200
    clock.now += 15 * 60
    response = client.get(queue)
    assert response.status_code == 302 and "/login/" in response["Location"]


@pytest.mark.django_db
def test_session_without_login_stamp_is_ended(client, practitioner):
    client.force_login(practitioner)
    session = client.session
    del session[sessions.LOGIN_AT]
    session.save()
    response = client.get(reverse("case-queue"))
    assert response.status_code == 302


@pytest.mark.django_db
def test_login_page_posts_set_the_stamp(client, practitioner, clock):
    from tests.conftest import PASSWORD

    response = client.post(
        reverse("login"), {"username": practitioner.username, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.session[sessions.LOGIN_AT] == int(clock.now)
