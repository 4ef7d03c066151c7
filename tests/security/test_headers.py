"""Every response carries the policy headers; pages and downloads are never stored."""

from __future__ import annotations

import pytest
from django.test import override_settings
from django.urls import reverse


def _csp(response) -> dict[str, str]:
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, _, value = part.strip().partition(" ")
        directives[name] = value
    return directives


@pytest.mark.django_db
def test_public_form_headers(client):
    response = client.get(reverse("enquire"))
    assert response.status_code == 200
    csp = _csp(response)
    assert csp["script-src"] == "'self'" and csp["style-src"] == "'self'"
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert csp["object-src"] == "'none'" and csp["frame-ancestors"] == "'none'"
    assert response["Cache-Control"] == "no-store, private"
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert "Strict-Transport-Security" not in response  # plain HTTP in tests


@pytest.mark.django_db
def test_case_page_and_queue_are_not_stored(client, practitioner, case):
    client.force_login(practitioner)
    for url in (reverse("case-queue"), reverse("case-detail", args=[case.reference])):
        response = client.get(url)
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]
        assert "Content-Security-Policy" in response


@pytest.mark.django_db
def test_admin_pages_are_not_stored(client, admin_user):
    client.force_login(admin_user)
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_login_redirects_are_not_stored(client):
    response = client.get(reverse("case-queue"))
    assert response.status_code == 302
    assert "no-store" in response["Cache-Control"]


@override_settings(
    SECURE_SSL_REDIRECT=True,
    SECURE_HSTS_SECONDS=31_536_000,
    SESSION_COOKIE_SECURE=True,
    CSRF_COOKIE_SECURE=True,
)
@pytest.mark.django_db
def test_behind_https_plain_http_is_redirected_and_hsts_sent(client):
    plain = client.get(reverse("enquire"))
    assert plain.status_code == 301 and plain["Location"].startswith("https://")
    secure = client.get(reverse("enquire"), secure=True)
    assert secure.status_code == 200
    assert secure["Strict-Transport-Security"].startswith("max-age=31536000")


def test_secure_cookies_setting_turns_on_redirect_hsts_and_host_cookies(monkeypatch):
    """The settings module itself: SECURE_COOKIES=true switches the whole HTTPS set on."""
    import importlib

    import casebook.settings as live

    monkeypatch.setenv("SECURE_COOKIES", "true")
    monkeypatch.setenv("SECRET_KEY", "x" * 50)
    fresh = importlib.reload(live)
    try:
        assert fresh.SECURE_SSL_REDIRECT is True
        assert fresh.SECURE_HSTS_SECONDS >= 31_536_000
        assert fresh.SESSION_COOKIE_SECURE and fresh.CSRF_COOKIE_SECURE
        assert fresh.SESSION_COOKIE_NAME.startswith("__Host-")
    finally:
        monkeypatch.delenv("SECURE_COOKIES")
        importlib.reload(live)
