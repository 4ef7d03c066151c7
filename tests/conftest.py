"""Shared fixtures: personas for each role, and a small seeded helpline."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("CASEBOOK_MODE", "test")

PASSWORD = "correct-horse-battery-staple"


def _login_with_a_request(login: Any) -> Any:
    """django-axes checks every authentication against the request it came with (its
    lockout is by account and address); the test client's login() sends none, so give it
    one, as the login page would."""

    def wrapped(self: Any, **credentials: Any) -> bool:
        if "request" not in credentials:
            from django.http import HttpRequest

            request = HttpRequest()
            request.META["REMOTE_ADDR"] = "127.0.0.1"
            credentials["request"] = request
        return bool(login(self, **credentials))

    return wrapped


def _patch_test_client_login() -> None:
    from django.test import Client

    if not getattr(Client.login, "casebook_with_request", False):
        Client.login = _login_with_a_request(Client.login)  # type: ignore[method-assign]
        Client.login.casebook_with_request = True  # type: ignore[attr-defined]


_patch_test_client_login()


def pytest_configure(config: pytest.Config) -> None:
    # WhiteNoise looks for the collected static files when its middleware starts, and warns
    # on every request handler of a fresh checkout (tests serve static files from the apps).
    from django.conf import settings

    Path(settings.STATIC_ROOT).mkdir(parents=True, exist_ok=True)


@pytest.fixture(autouse=True)
def _fresh_reference_lists() -> Iterator[None]:
    """The queue's per-process lists (categories, caseworkers) start empty in every test: a
    test's rolled-back rows send no signal to clear them."""
    yield
    from casebook.cases import reference_lists

    reference_lists.clear_all()


@pytest.fixture
def make_user(db):
    from casebook.accounts.models import User

    def make(username: str, role: str, **extra: Any) -> User:
        user = User.objects.create_user(
            username=username, password=PASSWORD, role=role, first_name=username.title(), **extra
        )
        return user

    return make


@pytest.fixture
def practitioner(make_user):
    return make_user("alice", "practitioner")


@pytest.fixture
def other_practitioner(make_user):
    return make_user("bob", "practitioner")


@pytest.fixture
def supervisor(make_user):
    return make_user("sam", "supervisor")


@pytest.fixture
def analyst(make_user):
    return make_user("ana", "analyst")


@pytest.fixture
def admin_user(make_user):
    return make_user("ada", "admin", is_staff=True, is_superuser=True)


@pytest.fixture
def enquirer(db):
    from casebook.cases.models import Enquirer

    return Enquirer.objects.create(
        name="Testy McTestface",
        email="t.mctestface@example-school.invalid",
        enquirer_type="teacher",
        setting_type="secondary",
        region="UKK",
    )


@pytest.fixture
def case(enquirer):
    from casebook.cases.actions import do_open_case

    return do_open_case(
        enquirer=enquirer,
        channel="email",
        subject="Fake TikTok account posting about staff",
        first_message="A fake TikTok account is posting about our staff. Please help.",
    )


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def _allow_orm_beside_playwright() -> Iterator[None]:
    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls are
    # still synchronous, so Django's guard against ORM use inside a loop would be a false alarm.
    old = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if old is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = old


# Playwright's sync API allows one running instance per thread: every browser test in the
# suite shares this one.
@pytest.fixture(scope="session")
def browser(_allow_orm_beside_playwright: None) -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed (scripts/ensure-system-packages installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def _fresh_calendar() -> Iterator[None]:
    """The helpline calendar is cached per process; each test reads its own database's."""
    from casebook.triage.calendar import forget_cached_calendar

    forget_cached_calendar()
    yield
    forget_cached_calendar()


# ---- against the real server ----------------------------------------------------------------
# scripts/test-served installs Casebook by the production recipe (deploy/install: PostgreSQL,
# gunicorn, WhiteNoise, a report worker), loads its settings file into this process and sets
# CASEBOOK_SERVER_URL. The browser tests then drive that server instead of pytest-django's
# in-process one, writing their data straight into its database (flushed after each test).
SERVER_URL = os.environ.get("CASEBOOK_SERVER_URL", "")


class _ExternalServer:
    """Stands in for pytest-django's live_server: the URL of the real server."""

    class _NoSettings:
        def enable(self) -> None: ...
        def disable(self) -> None: ...

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")
        self._live_server_modified_settings = self._NoSettings()

    def __str__(self) -> str:
        return self.url


if SERVER_URL:

    @pytest.fixture(scope="session")
    def django_db_setup() -> None:
        """The server's own database, migrated by the deploy: used as it is, not recreated."""

    @pytest.fixture(scope="session")
    def live_server() -> _ExternalServer:
        return _ExternalServer(SERVER_URL)
