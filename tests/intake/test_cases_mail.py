"""End to end: the helpline's collection of failing mail, ingested in file-name order.

The collection lives beside the project in ../shared/cases/mail/ (its README says what must
happen to each file); every row of its table is checked here, through `casebook ingest` of the
whole folder, then a second run that must add nothing. Where the shared folder is present the
test ingests it as it is; a clean clone without it uses the committed copy in
tests/intake/data/cases-mail/, which must then match it file for file.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.core.management import call_command

from casebook.accounts.models import AuditEvent
from casebook.cases.actions import do_open_case
from casebook.cases.models import Attachment, Case, Enquirer, Message, ReferenceCounter, Status
from casebook.intake.models import HeldMessage, MailOriginal, SkippedMail
from casebook.intake.outbound import queue_acknowledgement
from casebook.intake.storage import open_path

pytestmark = pytest.mark.django_db

COPY = Path(__file__).parent / "data" / "cases-mail"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "cases" / "mail"
CASES = SHARED if SHARED.is_dir() else COPY


@pytest.mark.skipif(not SHARED.is_dir(), reason="no ../shared/cases/mail beside this clone")
def test_the_committed_copy_is_the_shared_collection():
    shared = {p.name: p.read_bytes() for p in SHARED.iterdir() if p.is_file()}
    copy = {p.name: p.read_bytes() for p in COPY.iterdir() if p.is_file()}
    assert sorted(copy) == sorted(shared)
    assert [name for name in shared if copy[name] != shared[name]] == []


@pytest.fixture
def existing_case(db):
    """CB-2022-00010, Chris Test's closed case, for the reference kinds (15a/15b)."""
    enquirer = Enquirer.objects.create(name="Chris Test", email="chris.test@school.invalid")
    case = do_open_case(
        enquirer=enquirer,
        channel="email",
        subject="Fake account",
        first_message="First enquiry.",
        opened_at=datetime(2022, 11, 1, 9, 0, tzinfo=UTC),
        message_id="<first15@school.invalid>",
    )
    Case.objects.filter(pk=case.pk).update(reference="CB-2022-00010", status=Status.CLOSED)
    ReferenceCounter.objects.filter(year=2022).update(last=10)
    case.refresh_from_db()
    return case


def _by_id(message_id: str) -> Message:
    return Message.objects.select_related("case").get(message_id=message_id)


def test_the_whole_folder(existing_case, settings, capsys, monkeypatch):
    monkeypatch.setenv("HELPLINE_FROM_EMAIL", "helpline@casebook.invalid")
    call_command("ingest", str(CASES), "--acknowledge")
    out = capsys.readouterr().out
    assert f"skipped {CASES / 'README.md'}: not a mail file (.md suffix)" in out

    # 01: raw 8-bit UTF-8 attachment name
    m01 = _by_id("<m01@school.invalid>")
    assert [a.filename for a in m01.attachments.all()] == ["Zoë chat 2.png"]
    # 02: "Surname, Forename" encoded
    m02 = _by_id("<m02@council.invalid>")
    assert (m02.from_name, m02.from_email) == ("Öztürk, Elif", "e.ozturk@council.invalid")
    assert m02.case.enquirer.email == "e.ozturk@council.invalid"
    # 03: an address inside the display name is never the sender
    m03 = _by_id("<m03@elsewhere.invalid>")
    assert m03.from_email == "someone@elsewhere.invalid"
    assert m03.case.enquirer.email == "someone@elsewhere.invalid"
    assert not Enquirer.objects.filter(email__iexact="dsl@realschool.invalid").exists()
    # 04: windows-1252 labelled iso-8859-1, no C1 controls anywhere
    m04 = _by_id("<m04@school.invalid>")
    assert m04.subject == m04.case.subject == "Pupil’s photo shared – advice"
    assert not any("\x80" <= c <= "\x9f" for c in m04.subject + m04.body_text)
    # 05: a boundary that is never used: the text is kept
    m05 = _by_id("<m05@home.invalid>")
    assert "threatening to share a photo of my son" in m05.body_text
    assert any("malformed" in d for d in MailOriginal.objects.get(message=m05).defects)
    # 06: two enquiries sharing a Message-ID are both stored
    forms = Message.objects.filter(from_email="noreply@forms.invalid").order_by("at")
    assert [m.body_text.splitlines()[0] for m in forms] == [
        "Name: Test Teacher A",
        "Name: Test Teacher B",
    ]
    assert forms[0].message_id == "<form@forms.invalid>"
    assert forms[1].message_id != forms[0].message_id
    assert "already used by a different message" in MailOriginal.objects.get(message=forms[1]).note
    # 07: one message through two aliases, no Message-ID: stored once
    assert Message.objects.filter(from_email="kim.test@school.invalid").count() == 1
    # 08: broken header folding
    m08 = _by_id("<m08@school.invalid>")
    assert (m08.from_email, m08.subject) == ("lee.test@school.invalid", "Re: our earlier call")
    assert m08.at == datetime(2022, 11, 11, 14, 0, tzinfo=UTC)
    assert m08.body_text == "Following our call, here are the account names."
    # 09: forwarded as an attachment: byte-exact .eml, text shown
    m09 = _by_id("<m09@school.invalid>")
    eml = m09.attachments.get(content_type="message/rfc822")
    data = open_path(eml.storage_path).read_bytes()
    assert data in (CASES / "09-forwarded-as-attachment.eml").read_bytes()
    assert b"X-Originating-IP: [203.0.113.7]" in data and data.startswith(b"Received:")
    assert "Threatening text here." in m09.body_text
    # 10/11: GBK behind gb2312; ISO-2022-JP with NEC's extension
    assert _by_id("<m10@home.invalid>").body_text == "家長來信：學校帳號被盜用"
    assert _by_id("<m11@mail.invalid>").body_text == "① first point"
    # 12a: an unescaped From line does not split the message; 12b: a BOM
    mb1 = _by_id("<mb1@school.invalid>")
    assert mb1.body_text.endswith("Last line of the first message.")
    assert _by_id("<mb2@school.invalid>").subject == "two"
    assert _by_id("<mb3@school.invalid>").subject == "one"
    # 13: auto-replies open nothing, are listed, keep their originals, never acknowledged
    for n in range(130, 136):
        assert not Message.objects.filter(message_id=f"<m13{n - 130}@school.invalid>").exists()
    skipped = SkippedMail.objects.filter(sender="pat.test@school.invalid")
    assert skipped.count() == 6
    assert all("auto-reply" in s.reason for s in skipped)
    assert all(open_path(s.storage_path).read_bytes().startswith(b"From: Pat") for s in skipped)
    assert not Enquirer.objects.filter(email="pat.test@school.invalid").exists()
    # 14: our own address never opens a case
    own = SkippedMail.objects.get(message_id="<m14@casebook.invalid>")
    assert own.reason == "sent from the helpline's own address"
    assert not Enquirer.objects.filter(email="helpline@casebook.invalid").exists()
    # 15a: a lower-case reference threads into the existing case (and reopens it)
    m15a = _by_id("<m15a@school.invalid>")
    assert m15a.case == existing_case
    existing_case.refresh_from_db()
    assert existing_case.status == Status.OPEN
    # 15b: a stranger quoting the reference is held on the case, not joined
    m15b = _by_id("<m15b@elsewhere.invalid>")
    assert m15b.case == existing_case
    hold = HeldMessage.objects.get(message=m15b)
    assert "nobody@elsewhere.invalid has not written on this case" in hold.reason
    # 16: a reply that arrives before its parent: one case, starting with the parent
    reply, parent = _by_id("<m16-reply@school.invalid>"), _by_id("<m16-parent@school.invalid>")
    assert reply.case == parent.case
    assert parent.case.subject == "Group chat sharing images"
    assert parent.case.opened_at == datetime(2022, 11, 15, 9, 0, tzinfo=UTC)
    # 17: opaque-signed S/MIME: the signed text shown, the signature kept
    m17 = Message.objects.get(from_email="officer.test@police.invalid")
    assert m17.body_text == "A pupil is being groomed through a gaming chat; details below."
    assert list(m17.attachments.values_list("filename", flat=True)) == ["smime.p7m"]

    # Every stored inbound message keeps its raw original, byte for byte.
    inbound = Message.objects.filter(direction="in").exclude(case=existing_case, at__lt=m15a.at)
    assert MailOriginal.objects.filter(message__in=inbound).count() == inbound.count()
    original = MailOriginal.objects.get(message=m04)
    raw04 = (CASES / "04-cp1252-bytes-labelled-iso-8859-1.eml").read_bytes()
    assert open_path(original.storage_path).read_bytes() == raw04
    # Acknowledgements went to people only: never to auto-replies, our own mail or forms.
    acknowledged = set(
        Message.objects.filter(send_state="queued").values_list("case__enquirer__email", flat=True)
    )
    assert "pat.test@school.invalid" not in acknowledged
    assert "helpline@casebook.invalid" not in acknowledged
    assert "noreply@forms.invalid" not in acknowledged
    assert "e.ozturk@council.invalid" in acknowledged

    counts = (
        Message.objects.count(),
        Case.objects.count(),
        Attachment.objects.count(),
        SkippedMail.objects.count(),
        AuditEvent.objects.count(),
    )
    call_command("ingest", str(CASES))
    out = capsys.readouterr().out
    assert " 0 new cases, 0 added to existing cases" in out
    assert (
        Message.objects.count(),
        Case.objects.count(),
        Attachment.objects.count(),
        SkippedMail.objects.count(),
        AuditEvent.objects.count(),
    ) == counts


def test_auto_reply_threading_into_a_closed_case_does_not_reopen_it(existing_case):
    from casebook.intake.actions import ingest_bytes

    raw = (
        (CASES / "13b-auto-reply-no-headers.eml")
        .read_bytes()
        .replace(b"MIME-Version: 1.0", b"In-Reply-To: <first15@school.invalid>")
    )
    result = ingest_bytes(raw, source="t")
    assert result.case_reference == "CB-2022-00010"
    existing_case.refresh_from_db()
    assert existing_case.status == Status.CLOSED


def test_acknowledgement_is_queued_for_a_person(db):
    # The fixture above relies on queue_acknowledgement marking replies "queued".
    enquirer = Enquirer.objects.create(email="p@x.invalid")
    case = do_open_case(enquirer=enquirer, channel="email", subject="s", first_message="m")
    queue_acknowledgement(case=case)
    assert Message.objects.filter(case=case, send_state="queued").exists()
