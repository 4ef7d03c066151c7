"""Storing mail: new cases, threading, duplicates, automatic mail, quarantine, attachments."""

from __future__ import annotations

import base64
import mailbox
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from casebook.accounts.models import AuditEvent
from casebook.cases.models import Attachment, Case, Enquirer, Message, Status
from casebook.intake.actions import Outcome, do_retry_quarantined, ingest_bytes
from casebook.intake.models import QuarantinedMessage
from casebook.intake.parsing import synthetic_message_id
from casebook.intake.storage import open_path

from .conftest import make_mail

pytestmark = pytest.mark.django_db


def test_new_mail_opens_an_email_case():
    result = ingest_bytes(make_mail(), source="test")
    assert result.outcome == Outcome.NEW_CASE
    case = Case.objects.get(reference=result.case_reference)
    assert case.channel == "email" and case.status == Status.NEW
    assert case.subject == "Fake account posting about staff"
    assert case.opened_at == datetime(2022, 4, 5, 9, 15, tzinfo=UTC)
    assert case.enquirer.email == "t.mctestface@example-school.invalid"
    assert case.enquirer.name == "Testy McTestface"
    message = case.messages.get()
    assert message.message_id == "<m1@example-school.invalid>"
    assert message.from_email == "t.mctestface@example-school.invalid"
    assert message.body_text.startswith("A fake account")


def test_known_enquirer_is_reused_case_insensitively(enquirer):
    mail = make_mail(sender="T McTestface <T.McTestface@Example-School.invalid>")
    result = ingest_bytes(mail, source="test")
    assert Case.objects.get(reference=result.case_reference).enquirer == enquirer
    assert Enquirer.objects.count() == 1


def test_same_message_twice_is_stored_once():
    assert ingest_bytes(make_mail(), source="a").outcome == Outcome.NEW_CASE
    assert ingest_bytes(make_mail(), source="b").outcome == Outcome.DUPLICATE
    assert Message.objects.count() == 1 and Case.objects.count() == 1


def test_mail_without_message_id_is_deduplicated_by_its_bytes():
    raw = make_mail(message_id=None)
    first = ingest_bytes(raw, source="a")
    assert first.message_id == synthetic_message_id(raw)
    assert ingest_bytes(raw, source="a").outcome == Outcome.DUPLICATE
    assert Message.objects.count() == 1


def test_reply_threads_by_in_reply_to(case):
    first = case.messages.get()
    first.message_id = "<original@example-school.invalid>"
    first.save()
    reply = make_mail(
        subject="no reference here",
        message_id="<reply@example-school.invalid>",
        extra=("In-Reply-To: <original@example-school.invalid>",),
    )
    result = ingest_bytes(reply, source="test")
    assert result.outcome == Outcome.ADDED and result.case_reference == case.reference
    assert case.messages.count() == 2
    assert AuditEvent.objects.filter(case=case, action="email.received").exists()


def test_reply_threads_by_references_when_in_reply_to_is_unknown(case):
    first = case.messages.get()
    first.message_id = "<root@example-school.invalid>"
    first.save()
    reply = make_mail(
        message_id="<r2@x.invalid>",
        extra=(
            "In-Reply-To: <unknown@elsewhere.invalid>",
            "References: <root@example-school.invalid> <unknown@elsewhere.invalid>",
        ),
    )
    assert ingest_bytes(reply, source="t").case_reference == case.reference


def test_reply_threads_by_reference_in_subject_and_reopens(case):
    Case.objects.filter(pk=case.pk).update(status=Status.CLOSED)
    version = Case.objects.get(pk=case.pk).version
    reply = make_mail(subject=f"Re: your enquiry [{case.reference}]", message_id="<s@x.invalid>")
    result = ingest_bytes(reply, source="t")
    assert result.outcome == Outcome.ADDED
    case.refresh_from_db()
    assert case.status == Status.OPEN and case.closed_at is None
    assert case.version == version + 1


def test_unknown_reference_opens_a_new_case(case):
    mail = make_mail(subject="Re: [CB-1999-99999]", message_id="<n@x.invalid>")
    assert ingest_bytes(mail, source="t").outcome == Outcome.NEW_CASE


@pytest.mark.parametrize(
    "extra",
    [
        ("Auto-Submitted: auto-replied",),
        ("X-Autoreply: yes",),
        ("Precedence: junk",),
    ],
)
def test_automatic_mail_does_not_open_a_case(extra):
    result = ingest_bytes(make_mail(extra=extra), source="t")
    assert result.outcome == Outcome.AUTOMATIC
    assert Case.objects.count() == 0


def test_out_of_office_threaded_to_a_case_is_kept_there_without_reopening(case):
    Case.objects.filter(pk=case.pk).update(status=Status.AWAITING_ENQUIRER)
    mail = make_mail(subject=f"Out of Office: Re: [{case.reference}]", message_id="<ooo@x>")
    assert ingest_bytes(mail, source="t").outcome == Outcome.ADDED
    case.refresh_from_db()
    assert case.status == Status.AWAITING_ENQUIRER
    assert case.messages.count() == 2


def test_bounce_finds_its_case_by_reference_in_the_returned_text(case):
    bounce = (
        b"From: Mail Delivery System <MAILER-DAEMON@mx.example.invalid>\r\n"
        b"Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <b@mx>\r\n\r\n"
        b"Your message could not be delivered.\r\n\r\nSubject: Re: help [" + case.reference.encode()
        + b"]\r\n"
    )  # fmt: skip
    assert ingest_bytes(bounce, source="t").outcome == Outcome.ADDED
    bounce2 = bounce.replace(case.reference.encode(), b"nothing").replace(b"<b@mx>", b"<c@mx>")
    assert ingest_bytes(bounce2, source="t").outcome == Outcome.AUTOMATIC


def test_unreadable_mail_is_quarantined_once_and_the_admin_can_retry(admin_user):
    raw = b"no headers, just words"
    result = ingest_bytes(raw, source="batch.mbox#3")
    assert result.outcome == Outcome.QUARANTINED and "no header" in result.reason
    assert ingest_bytes(raw, source="again").outcome == Outcome.QUARANTINED
    item = QuarantinedMessage.objects.get()
    assert item.source == "batch.mbox#3" and item.size == len(raw)
    assert open_path(item.storage_path).read_bytes() == raw
    assert do_retry_quarantined(item=item).outcome == Outcome.QUARANTINED
    assert QuarantinedMessage.objects.count() == 1


def test_oversized_mail_is_quarantined(monkeypatch):
    monkeypatch.setenv("INTAKE_MAX_MESSAGE_BYTES", "500")
    result = ingest_bytes(make_mail(body="x" * 1000), source="t")
    assert result.outcome == Outcome.QUARANTINED and "too large" in result.reason


def test_attachments_are_stored_by_hash_with_safe_names():
    pdf = b"%PDF-1.4 fake"
    body = (
        "--B\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
        "--B\r\nContent-Type: image/png\r\n"
        'Content-Disposition: attachment; filename="../../../etc/cron.d/evil"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n"
        f"{base64.b64encode(pdf).decode()}\r\n--B--\r\n"
    )
    raw = make_mail(
        extra=("MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="B"'), body=body
    )
    ingest_bytes(raw, source="t")
    attachment = Attachment.objects.get()
    assert attachment.filename == "evil"
    assert attachment.content_type == "application/pdf"  # sniffed, not the claimed png
    assert attachment.size == len(pdf)
    assert open_path(attachment.storage_path).read_bytes() == pdf
    assert ".." not in attachment.storage_path


def _mbox(tmp_path: Path, mails: list[bytes]) -> Path:
    path = tmp_path / "history.mbox"
    box = mailbox.mbox(path)
    for raw in mails:
        box.add(raw)
    box.close()
    return path


def test_ingest_command_reads_mbox_maildir_and_eml_and_is_safe_to_run_twice(tmp_path, capsys):
    m1 = make_mail(message_id="<a@x.invalid>")
    m2 = make_mail(message_id="<b@x.invalid>", extra=("In-Reply-To: <a@x.invalid>",))
    m3 = make_mail(message_id="<c@x.invalid>", sender="Other Person <other@example.invalid>")
    mbox_path = _mbox(tmp_path, [m1, m2, b"Subject: no sender\n\ngarbage"])
    maildir = mailbox.Maildir(tmp_path / "Maildir")
    maildir.add(m3)
    eml_dir = tmp_path / "emls"
    eml_dir.mkdir()
    (eml_dir / "one.eml").write_bytes(
        make_mail(message_id="<d@x.invalid>", extra=("Auto-Submitted: auto-replied",))
    )

    call_command("ingest", str(mbox_path), str(tmp_path / "Maildir"), str(eml_dir))
    out = capsys.readouterr().out
    assert (
        "5 messages: 2 new cases, 1 added to existing cases, 0 duplicates skipped, "
        "1 quarantined, 1 automatic (auto-reply/bounce) skipped"
    ) in out
    call_command("ingest", str(mbox_path), str(tmp_path / "Maildir"), str(eml_dir))
    out = capsys.readouterr().out
    assert "5 messages: 0 new cases, 0 added to existing cases, 3 duplicates skipped" in out
    assert Message.objects.count() == 3 and Case.objects.count() == 2


def test_ingest_command_refuses_missing_paths(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        call_command("ingest", str(tmp_path / "nope.mbox"))
