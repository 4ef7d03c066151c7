"""The queue's per-worker copy under the real server (two gunicorn workers, PostgreSQL): a change
made through one worker shows on the next queue pages, whichever worker answers them."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

from casebook.cases.queue_copy import APPLICATION_NAME
from tests.security.test_served import enquiry
from tests.served import Browserless, Served, serve

pytestmark = pytest.mark.postgres_only

SESSION = """
from django.conf import settings
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from casebook.accounts.models import User
user = User.objects.create_user(username="vera-invented", password="x" * 20, role="practitioner")
device = TOTPDevice.objects.create(user=user, name="authenticator app", confirmed=True)
client = Client()
client.force_login(user)
session = client.session
session[DEVICE_ID_SESSION_KEY] = device.persistent_id
session.save()
print(f"{settings.SESSION_COOKIE_NAME}={session.session_key}")
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        pytest.skip("PostgreSQL only: the copy is off on SQLite")
    with serve(tmp_path_factory.mktemp("served-queue"), workers=2) as served:
        yield served


def listening(server: Served) -> int:
    """How many sessions of the server's database LISTEN for the queue's changes."""
    import psycopg

    with psycopg.connect(server.env["DATABASE_URL"], autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND application_name = %s",
            [APPLICATION_NAME],
        ).fetchone()
    return int(row[0]) if row else 0


def test_a_change_through_one_worker_shows_on_both(server: Served) -> None:
    cookie = server.manage("shell", "-c", SESSION).strip().splitlines()[-1]
    name, _, value = cookie.partition("=")
    staff = Browserless(server.url)
    staff.cookies[name] = value
    public = Browserless(server.url)
    status, _, _ = public.request(
        "POST", "/enquire/", enquiry(public.hidden_fields("/enquire/"), 1)
    )
    assert status == 302, server.errors()

    def queue() -> str:
        status, headers, page = staff.request("GET", "/cases/")
        assert status == 200, server.errors()
        assert "no-store" in headers["cache-control"]
        return page

    # Both workers answer queue pages, and so listen and keep a copy (requests go to whichever
    # worker accepts first: ask until both have).
    for _ in range(200):
        assert "Parallel enquiry 1" in queue()
        if listening(server) == 2:
            break
    assert listening(server) == 2  # the two workers; not the report worker, nor commands
    for _ in range(10):
        assert "Parallel enquiry 1" in queue()
    status, _, _ = public.request(
        "POST", "/enquire/", enquiry(public.hidden_fields("/enquire/"), 2)
    )
    assert status == 302, server.errors()
    time.sleep(0.2)  # PostgreSQL's delivery of the notification to both workers
    for _ in range(20):
        assert "Parallel enquiry 2" in queue()
    # A signed-out request still gets no queue, copy or not.
    status, headers, _ = Browserless(server.url).request("GET", "/cases/")
    assert status == 302 and "/login/" in headers["location"]
