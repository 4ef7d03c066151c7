"""Admins read quarantined and skipped mail safely and act on it: retry, release, delete,
import. Reasons are plain words."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from casebook.accounts.models import AuditEvent
from casebook.cases.models import Case, Message
from casebook.intake.actions import Outcome, ingest_bytes
from casebook.intake.models import MailOriginal, QuarantinedMessage, SkippedMail
from casebook.intake.storage import open_path

from .conftest import make_mail
from .pageforms import forms_on, hidden_fields, post_from_page

pytestmark = pytest.mark.django_db

NO_SENDER = (
    b"Subject: Lost sender\r\nContent-Type: multipart/alternative; boundary=a\r\n\r\n"
    b"--a\r\nContent-Type: text/html\r\n\r\n<p>who sent <b>this</b>?"
    b'<img src="https://tracker.invalid/pixel.gif"></p>\r\n'
    b"--a\r\nContent-Type: application/pdf; name=report.pdf\r\n\r\n%PDF-1.4 x\r\n--a--\r\n"
)


def _admin(admin_user) -> Client:
    client = Client()
    client.force_login(admin_user)
    return client


def test_admin_lists_quarantined_mail_with_its_reason(admin_user):
    ingest_bytes(NO_SENDER, source="inbox.mbox#9")
    response = _admin(admin_user).get("/admin/intake/quarantinedmessage/")
    assert response.status_code == 200
    assert b"it has no sender address" in response.content
    assert b"Lost sender" in response.content
    assert b"inbox.mbox#9" in response.content


def test_admin_reads_a_quarantined_message_safely(admin_user):
    ingest_bytes(NO_SENDER, source="t")
    item = QuarantinedMessage.objects.get()
    page = _admin(admin_user).get(
        f"/admin/intake/quarantinedmessage/{item.pk}/change/", follow=True
    )
    html = page.content.decode()
    assert "Lost sender" in html  # the Subject header field
    assert "who sent this?" in html  # the text, from the HTML, as words
    assert "report.pdf" in html  # the attachment list
    assert "tracker.invalid" not in html and "<b>this</b>" not in html
    original = _admin(admin_user).get(f"/admin/intake/quarantinedmessage/{item.pk}/original/")
    assert b"".join(original.streaming_content) == NO_SENDER  # type: ignore[attr-defined]
    assert "no-store" in original["Cache-Control"]


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (NO_SENDER, "it has no sender address (the From line is missing or has none)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "an Outlook .msg file"),
        (b"just some words", "it has no header fields, so it is not an email message"),
        (b"   \r\n  ", "the message is empty"),
    ],
)
def test_reasons_name_the_cause_in_plain_words(raw, reason):
    result = ingest_bytes(raw, source="t")
    assert result.outcome == Outcome.QUARANTINED and reason in result.reason
    assert "Error" not in result.reason and "Exception" not in result.reason


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
    response = post_from_page(
        _admin(admin_user),
        "/admin/intake/quarantinedmessage/",
        "/admin/intake/quarantinedmessage/",
        {"action": "retry", "_selected_action": [item.pk]},
        form_id="changelist-form",
        follow=True,
    )
    assert b"1 imported, 0 still unreadable" in response.content
    assert not QuarantinedMessage.objects.exists()
    message = Message.objects.get(message_id="<m1@example-school.invalid>")
    assert open_path(MailOriginal.objects.get(message=message).storage_path).read_bytes() == raw


def test_release_into_a_new_case_and_into_an_existing_one(admin_user, case):
    ingest_bytes(NO_SENDER, source="t")
    item = QuarantinedMessage.objects.get()
    client = _admin(admin_user)

    def act(data: dict[str, str], **kwargs: Any) -> Any:
        page = f"/admin/intake/quarantinedmessage/{item.pk}/read/"
        action = f"/admin/intake/quarantinedmessage/{item.pk}/act/"
        return post_from_page(client, page, action, data, **kwargs)

    act({"action": "release-new"})
    assert not QuarantinedMessage.objects.exists()
    new = Case.objects.exclude(pk=case.pk).get()
    released = new.messages.get()
    assert released.subject == "Lost sender" and "who sent this?" in released.body_text
    kept = MailOriginal.objects.get(message=released)
    assert open_path(kept.storage_path).read_bytes() == NO_SENDER
    assert "Released from the quarantine" in kept.note

    ingest_bytes(NO_SENDER + b" ", source="t2")
    item = QuarantinedMessage.objects.get()
    bad = act({"action": "release-into", "reference": "CB-1999-00001"}, follow=True)
    assert b"No case has that reference" in bad.content and QuarantinedMessage.objects.exists()
    act({"action": "release-into", "reference": case.reference.lower()})
    assert case.messages.count() == 2
    assert AuditEvent.objects.filter(action="email.quarantine_released").count() == 2


def test_delete_removes_the_row_and_its_file(admin_user):
    ingest_bytes(NO_SENDER, source="t")
    item = QuarantinedMessage.objects.get()
    path = open_path(item.storage_path)
    client = _admin(admin_user)
    page = f"/admin/intake/quarantinedmessage/{item.pk}/read/"
    # The reading page's three forms each carry a one-time token.
    html = client.get(page).content.decode()
    acting = [f for f in forms_on(html) if f["action"].endswith("/act/")]
    assert len(acting) == 3 and all("form_token" in f["hidden"] for f in acting)
    post_from_page(client, page, page.replace("/read/", "/act/"), {"action": "delete"})
    assert not QuarantinedMessage.objects.exists() and not path.exists()
    assert AuditEvent.objects.filter(action="email.quarantine_deleted").exists()


def test_skipped_mail_is_listed_readable_and_importable(admin_user):
    raw = make_mail(subject="Automatic reply: we are closed", message_id="<auto@x.invalid>")
    assert ingest_bytes(raw, source="inbox#3").outcome == Outcome.AUTOMATIC
    client = _admin(admin_user)
    listing = client.get("/admin/intake/skippedmail/").content.decode()
    assert "t.mctestface@example-school.invalid" in listing
    assert "Automatic reply: we are closed" in listing and "an auto-reply" in listing
    item = SkippedMail.objects.get()
    page = client.get(f"/admin/intake/skippedmail/{item.pk}/change/", follow=True)
    assert b"A fake account is posting" in page.content
    original = client.get(f"/admin/intake/skippedmail/{item.pk}/original/")
    assert b"".join(original.streaming_content) == raw  # type: ignore[attr-defined]
    post_from_page(
        client,
        f"/admin/intake/skippedmail/{item.pk}/read/",
        f"/admin/intake/skippedmail/{item.pk}/act/",
        {"action": "import"},
    )
    assert not SkippedMail.objects.exists()
    assert Message.objects.get(message_id="<auto@x.invalid>").case.subject.startswith("Automatic")
    assert AuditEvent.objects.filter(action="email.skipped_imported").exists()


def test_skipped_mail_is_kept_for_the_configured_period(monkeypatch):
    from datetime import timedelta

    from django.utils import timezone

    from casebook.intake.actions import do_purge_skipped_mail

    ingest_bytes(make_mail(extra=("Auto-Submitted: auto-replied",)), source="t")
    item = SkippedMail.objects.get()
    path = open_path(item.storage_path)
    monkeypatch.setenv("INTAKE_SKIPPED_KEEP_DAYS", "30")
    SkippedMail.objects.update(received_at=timezone.now() - timedelta(days=29))
    assert do_purge_skipped_mail() == 0
    SkippedMail.objects.update(received_at=timezone.now() - timedelta(days=31))
    assert do_purge_skipped_mail() == 1
    assert not SkippedMail.objects.exists() and not path.exists()


@pytest.mark.parametrize(
    ("kind", "data"),
    [
        ("quarantinedmessage", {"action": "delete"}),
        ("quarantinedmessage", {"action": "release-new"}),
        ("quarantinedmessage", {"action": "retry"}),
        ("skippedmail", {"action": "import"}),
        ("skippedmail", {"action": "delete"}),
    ],
)
def test_admin_message_actions_need_their_one_time_token_and_act_once(admin_user, kind, data):
    if kind == "quarantinedmessage":
        ingest_bytes(NO_SENDER, source="t")
        model: type[QuarantinedMessage] | type[SkippedMail] = QuarantinedMessage
    else:
        ingest_bytes(make_mail(extra=("Auto-Submitted: auto-replied",)), source="t")
        model = SkippedMail
    item = model.objects.get()
    client = _admin(admin_user)
    action = f"/admin/intake/{kind}/{item.pk}/act/"
    for refused in ({}, {"form_token": "forged"}):
        response = client.post(action, {**data, **refused}, follow=True)
        assert "Nothing was done" in response.content.decode()
        assert model.objects.filter(pk=item.pk).exists()
    events = AuditEvent.objects.count()

    html = client.get(f"/admin/intake/{kind}/{item.pk}/read/").content.decode()
    token = hidden_fields(html, action=action, pressing=("action", data["action"]))["form_token"][0]
    first = client.post(action, {**data, "form_token": token}, follow=True)
    assert "Nothing was done" not in first.content.decode()
    after_first = (AuditEvent.objects.count(), Case.objects.count(), Message.objects.count())
    if data["action"] != "retry":  # NO_SENDER stays unreadable on a retry
        assert not model.objects.filter(pk=item.pk).exists()
        assert after_first[0] > events
    again = client.post(action, {**data, "form_token": token}, follow=True)
    assert "already been sent" in again.content.decode()
    assert (AuditEvent.objects.count(), Case.objects.count(), Message.objects.count()) == (
        after_first
    )


@pytest.mark.parametrize("kind", ["quarantinedmessage", "skippedmail"])
def test_bulk_actions_in_the_lists_need_their_one_time_token(admin_user, kind):
    if kind == "quarantinedmessage":
        ingest_bytes(NO_SENDER, source="t")
        ingest_bytes(NO_SENDER + b" ", source="t2")
        model: type[QuarantinedMessage] | type[SkippedMail] = QuarantinedMessage
    else:
        ingest_bytes(make_mail(extra=("Auto-Submitted: auto-replied",)), source="t")
        ingest_bytes(
            make_mail(message_id="<m2@x.invalid>", extra=("Auto-Submitted: auto-replied",)),
            source="t",
        )
        model = SkippedMail
    pks = list(model.objects.values_list("pk", flat=True))
    client = _admin(admin_user)
    listing = f"/admin/intake/{kind}/"
    chosen = {"action": "delete_selected", "_selected_action": pks}

    refused = client.post(listing, chosen, follow=True)
    assert "Nothing was done" in refused.content.decode()
    # Django's confirmation page asks again, and its form carries a fresh token.
    confirm = post_from_page(client, listing, listing, chosen, form_id="changelist-form")
    assert confirm.status_code == 200
    html = confirm.content.decode()
    assert "Are you sure" in html and model.objects.count() == 2
    confirming = [f for f in forms_on(html) if "post" in f["hidden"]]
    assert len(confirming) == 1 and "form_token" in confirming[0]["hidden"]
    yes = {k: v if len(v) > 1 else v[0] for k, v in confirming[0]["hidden"].items()}
    assert client.post(listing, {**yes, "form_token": "forged"}).status_code == 302
    assert model.objects.count() == 2
    client.post(listing, yes)
    assert not model.objects.exists()
    deleted = (
        "email.quarantine_deleted" if kind == "quarantinedmessage" else "email.skipped_deleted"
    )
    assert AuditEvent.objects.filter(action=deleted).count() == 2
    again = client.post(listing, yes, follow=True)
    assert "already been sent" in again.content.decode()


def test_the_single_delete_page_leads_to_the_reading_page(admin_user):
    ingest_bytes(NO_SENDER, source="t")
    item = QuarantinedMessage.objects.get()
    client = _admin(admin_user)
    response = client.post(f"/admin/intake/quarantinedmessage/{item.pk}/delete/", {"post": "yes"})
    assert response["Location"] == f"/admin/intake/quarantinedmessage/{item.pk}/read/"
    assert QuarantinedMessage.objects.filter(pk=item.pk).exists()
