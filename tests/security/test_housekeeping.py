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


def test_housekeeping(client, practitioner, settings, tmp_path):
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    settings.ATTACHMENTS_DIR = tmp_path / "attachments"
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
    # Skipped automatic mail past INTAKE_SKIPPED_KEEP_DAYS (90 by default) goes, the rest stays.
    from casebook.intake.actions import ingest_bytes
    from casebook.intake.models import SkippedMail

    for n in (1, 2):
        ingest_bytes(
            b"From: Pat Test <pat.test@school.invalid>\r\nSubject: Automatic reply: away\r\n"
            b"Auto-Submitted: auto-replied\r\nMessage-ID: <ooo-%d@school.invalid>\r\n\r\n"
            b"I am away.\r\n" % n,
            source="test",
        )
    old_mail = SkippedMail.objects.get(message_id="<ooo-1@school.invalid>")
    assert (tmp_path / "attachments" / old_mail.storage_path).is_file()
    SkippedMail.objects.filter(pk=old_mail.pk).update(
        received_at=timezone.now() - timedelta(days=91)
    )
    out = io.StringIO()
    call_command("housekeeping", stdout=out)
    assert list(SkippedMail.objects.values_list("message_id", flat=True)) == [
        "<ooo-2@school.invalid>"
    ]
    assert "1 skipped automatic mail" in out.getvalue()
    assert not (tmp_path / "attachments" / old_mail.storage_path).exists()
    assert not Session.objects.filter(session_key="old").exists()
    assert Session.objects.count() == 1  # the live one
    assert list(RateCounter.objects.values_list("client", flat=True)) == ["b"]
    assert list(AccessAttempt.objects.values_list("username", flat=True)) == ["y"]
    assert not AccessLog.objects.filter(username="x").exists()
    assert list(AccessFailureLog.objects.values_list("username", flat=True)) == ["y"]
    assert "deleted 1 rate-limit counters" in out.getvalue()
