"""Admins see quarantined mail in the Django admin and can try it again."""

from __future__ import annotations

import pytest
from django.test import Client

from casebook.cases.models import Message
from casebook.intake.actions import Outcome, ingest_bytes
from casebook.intake.models import QuarantinedMessage
from casebook.intake.storage import open_path

from .conftest import make_mail

pytestmark = pytest.mark.django_db


def _admin(admin_user) -> Client:
    client = Client()
    client.force_login(admin_user)
    return client


def test_admin_lists_quarantined_mail_with_its_reason(admin_user):
    ingest_bytes(b"Subject: Lost sender\r\n\r\nwho sent this?", source="inbox.mbox#9")
    response = _admin(admin_user).get("/admin/intake/quarantinedmessage/")
    assert response.status_code == 200
    assert b"no sender address" in response.content
    assert b"Lost sender" in response.content
    assert b"inbox.mbox#9" in response.content


def test_practitioners_cannot_see_the_quarantine(practitioner):
    client = Client()
    client.force_login(practitioner)
    response = client.get("/admin/intake/quarantinedmessage/")
    assert response.status_code in {302, 403}


def test_retry_imports_mail_once_it_can_be_read(admin_user, monkeypatch):
    monkeypatch.setenv("INTAKE_MAX_MESSAGE_BYTES", "100")
    raw = make_mail(body="x" * 200)
    assert ingest_bytes(raw, source="t").outcome == Outcome.QUARANTINED
    item = QuarantinedMessage.objects.get()
    assert open_path(item.storage_path).read_bytes() == raw
    monkeypatch.setenv("INTAKE_MAX_MESSAGE_BYTES", "100000")  # the admin raised the limit
    response = _admin(admin_user).post(
        "/admin/intake/quarantinedmessage/",
        {"action": "retry", "_selected_action": [item.pk]},
        follow=True,
    )
    assert b"1 imported, 0 still unreadable" in response.content
    assert not QuarantinedMessage.objects.exists()
    assert Message.objects.filter(message_id="<m1@example-school.invalid>").exists()
