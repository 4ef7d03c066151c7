"""`casebook reparse`: stored originals re-read with the current parser, audited."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from casebook.accounts.models import AuditEvent
from casebook.cases.models import Attachment, Message
from casebook.intake.actions import ingest_bytes
from casebook.intake.demo_originals import demo_email
from casebook.intake.models import MailOriginal
from casebook.intake.storage import open_path

pytestmark = pytest.mark.django_db

CASES = Path(__file__).parent / "data" / "cases-mail"


def _ingest(name: str) -> Message:
    raw = next(CASES.glob(f"{name}*")).read_bytes()
    result = ingest_bytes(raw, source=name)
    return Message.objects.get(message_id=result.message_id)


def _damage(message: Message) -> None:
    """What an older parser stored: mojibake, an empty body, no attachments."""
    Message.objects.filter(pk=message.pk).update(
        subject="Pupil\x92s photo", body_text="", from_name="wrong"
    )
    Attachment.objects.filter(message=message).delete()


def test_reparse_all_repairs_what_an_older_parser_derived(capsys):
    m01, m04 = _ingest("01"), _ingest("04")
    _damage(m01)
    _damage(m04)
    call_command("reparse", "--all")
    out = capsys.readouterr().out
    assert "2 originals re-read: 2 messages updated, 0 unchanged" in out
    m01.refresh_from_db()
    m04.refresh_from_db()
    assert m04.subject == "Pupil’s photo shared – advice" and m04.from_name == "Sam Test"
    assert m04.body_text.startswith("The pupil’s photo")
    assert [a.filename for a in m01.attachments.all()] == ["Zoë chat 2.png"]
    events = AuditEvent.objects.filter(action="email.reparsed")
    assert {e.detail["message"] for e in events} == {m01.pk, m04.pk}
    assert "attachments" in events.get(detail__message=m01.pk).detail["changed"]
    assert AuditEvent.objects.filter(action="email.reparse_run").get().detail["changed"] == 2
    # A second run finds nothing to do and writes no per-message events.
    call_command("reparse", "--all")
    assert "0 messages updated, 2 unchanged" in capsys.readouterr().out
    assert AuditEvent.objects.filter(action="email.reparsed").count() == 2


def test_reparse_one_case_only(capsys):
    m01, m04 = _ingest("01"), _ingest("04")
    _damage(m01)
    _damage(m04)
    call_command("reparse", "--case", m04.case.reference.lower())
    assert "1 originals re-read: 1 messages updated" in capsys.readouterr().out
    m01.refresh_from_db()
    assert m01.body_text == ""


def test_reparse_reports_missing_originals_and_unknown_cases(capsys):
    m04 = _ingest("04")
    open_path(MailOriginal.objects.get(message=m04).storage_path).unlink()
    call_command("reparse", "--all")
    assert "1 originals missing" in capsys.readouterr().out
    with pytest.raises(CommandError, match="no case CB-1999-00001"):
        call_command("reparse", "--case", "CB-1999-00001")
    with pytest.raises(CommandError):
        call_command("reparse")  # one of --case / --all is required


def test_demo_originals_read_back_as_the_messages_they_stand_for(case):
    message = case.messages.get()
    message.message_id = "<demo-1@demo.casebook.invalid>"
    message.from_name = "Öztürk, Elif"
    message.subject = "Pupil’s photo – advice"
    message.body_text = "Line one.\nLine two, “quoted”."
    from casebook.intake.parsing import parse_message

    parsed = parse_message(demo_email(message))
    assert (parsed.from_name, parsed.from_address) == (message.from_name, message.from_email)
    assert (parsed.subject, parsed.text) == (message.subject, message.body_text)
