"""`casebook housekeeping` removes what has expired and keeps the rest."""

from __future__ import annotations

import io
import time
from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone

from casebook.security import ratelimit
from casebook.security.models import RateCounter

pytestmark = pytest.mark.django_db


def test_housekeeping(client, practitioner):
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    client.force_login(practitioner)
    Session.objects.create(
        session_key="old", session_data="", expire_date=timezone.now() - timedelta(days=1)
    )
    ratelimit.take(scope="t", client="a", limit=1, now=time.time() - 5 * 86_400)
    ratelimit.take(scope="t", client="b", limit=1)
    old = timezone.now() - timedelta(days=400)
    AccessAttempt.objects.create(
        username="x",
        ip_address="192.0.2.1",
        user_agent="",
        attempt_time=old,
        get_data="",
        post_data="",
        http_accept="",
        path_info="",
        failures_since_start=3,
    )
    AccessAttempt.objects.create(
        username="y",
        ip_address="192.0.2.1",
        user_agent="",
        attempt_time=timezone.now(),
        get_data="",
        post_data="",
        http_accept="",
        path_info="",
        failures_since_start=1,
    )
    AccessAttempt.objects.filter(username="x").update(attempt_time=old)  # auto_now_add
    AccessLog.objects.create(username="x", ip_address="192.0.2.1", user_agent="", attempt_time=old)
    AccessLog.objects.filter(username="x").update(attempt_time=old)
    for username in ("x", "y"):
        AccessFailureLog.objects.create(
            username=username, ip_address="192.0.2.1", user_agent="", locked_out=False
        )
    AccessFailureLog.objects.filter(username="x").update(attempt_time=old)
    out = io.StringIO()
    call_command("housekeeping", stdout=out)
    assert not Session.objects.filter(session_key="old").exists()
    assert Session.objects.count() == 1  # the live one
    assert list(RateCounter.objects.values_list("client", flat=True)) == ["b"]
    assert list(AccessAttempt.objects.values_list("username", flat=True)) == ["y"]
    assert not AccessLog.objects.filter(username="x").exists()
    assert list(AccessFailureLog.objects.values_list("username", flat=True)) == ["y"]
    assert "deleted 1 rate-limit counters" in out.getvalue()
