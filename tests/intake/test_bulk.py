"""The chunked importer gives exactly the database the one-by-one path gives."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from casebook.accounts.models import AuditEvent
from casebook.cases.models import (
    Attachment,
    Case,
    CasePlatform,
    Enquirer,
    Message,
    ReferenceCounter,
    Status,
)
from casebook.intake.actions import Outcome, Summary, ingest_bytes
from casebook.intake.bulk import ingest_many
from casebook.intake.models import QuarantinedMessage, SkippedMail

from .conftest import make_mail

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def _generated(count: int) -> list[bytes]:
    spec = importlib.util.spec_from_file_location(
        "make_mbox", ROOT / "benchmarks" / "intake" / "make_mbox.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    mails: list[bytes] = module.build(count, 7)
    return mails


def _crafted() -> list[bytes]:
    pdf = "JVBERi0xLjQgZmFrZQ=="
    return [
        make_mail(message_id="<a@x.invalid>", body="Our pupils saw it on TikTok."),
        # the same message again within the batch: a duplicate
        make_mail(message_id="<a@x.invalid>", body="Our pupils saw it on TikTok."),
        # the same id on a different message (web-form relays): stored under a derived id
        make_mail(message_id="<a@x.invalid>", body="Another enquiry reusing the id."),
        make_mail(message_id="<b@x.invalid>", extra=("In-Reply-To: <a@x.invalid>",)),
        make_mail(message_id="<c@x.invalid>", extra=("In-Reply-To: <existing@x.invalid>",)),
        make_mail(message_id="<d@x.invalid>", subject="Re: [CB-2022-00042] still there"),
        make_mail(message_id="<e@x.invalid>", extra=("Auto-Submitted: auto-replied",)),
        make_mail(
            message_id="<f@x.invalid>",
            subject="Out of office",
            extra=("In-Reply-To: <b@x.invalid>",),
        ),
        make_mail(message_id="<existing@x.invalid>"),  # already stored before the batch
        make_mail(message_id=None, sender="Case Person <CASE.person@Example.invalid>"),
        make_mail(message_id="<g@x.invalid>", sender="Known Name <known@example.invalid>"),
        b"no headers at all",
        # quotes the reference the first new case of the batch gets
        make_mail(message_id="<i@x.invalid>", subject="Re: [CB-2022-00043] more"),
        make_mail(
            message_id="<h@x.invalid>",
            extra=('Content-Type: multipart/mixed; boundary="B"',),
            body="--B\r\nContent-Type: text/plain\r\n\r\nsee file\r\n--B\r\n"
            'Content-Type: application/pdf; name="r.pdf"\r\nContent-Transfer-Encoding: base64'
            f"\r\n\r\n{pdf}\r\n--B--\r\n",
        ),
    ]


def _start_state() -> None:
    """A closed case with a known message and reference, and a known enquirer."""
    from casebook.cases.actions import do_open_case

    AuditEvent.objects.all().delete()
    Attachment.objects.all().delete()
    Message.objects.all().delete()
    Case.objects.all().delete()
    Enquirer.objects.all().delete()
    QuarantinedMessage.objects.all().delete()
    SkippedMail.objects.all().delete()
    ReferenceCounter.objects.all().delete()
    Enquirer.objects.create(email="Case.Person@example.invalid", name="")
    Enquirer.objects.create(email="known@example.invalid", name="Old Name")
    ReferenceCounter.objects.create(year=2022, last=41)
    from datetime import UTC, datetime

    case = do_open_case(
        enquirer=Enquirer.objects.create(email="first@example.invalid", name="First"),
        channel="email",
        subject="earlier",
        first_message="x",
        message_id="<existing@x.invalid>",
        opened_at=datetime(2022, 3, 1, tzinfo=UTC),
    )
    Case.objects.filter(pk=case.pk).update(status=Status.CLOSED)


def _snapshot() -> dict[str, Any]:
    return {
        "cases": sorted(
            Case.objects.values_list(
                "reference", "subject", "status", "channel", "opened_at", "version",
                "enquirer__email", "enquirer__name", "closed_at", "contact_name", "contact_email",
                "response_waiting_since", "response_due_at", "reopened", "last_inbound_at",
            )
        ),
        "messages": sorted(
            Message.objects.values_list(
                "message_id", "case__reference", "direction", "at", "from_name", "from_email",
                "subject", "body_text", "body_html", "in_reply_to", "references",
            )
        ),
        "attachments": sorted(
            Attachment.objects.values_list(
                "message__message_id", "filename", "content_type", "size", "sha256", "inline"
            )
        ),
        "platforms": sorted(
            CasePlatform.objects.values_list("case__reference", "platform__name", "source")
        ),
        "audit": sorted(
            (e.case.reference if e.case else "", e.action, sorted(k for k in e.detail))
            for e in AuditEvent.objects.select_related("case")
        ),
        "enquirers": sorted(Enquirer.objects.values_list("email", "name")),
        "quarantine": sorted(QuarantinedMessage.objects.values_list("sha256", "reason")),
    }  # fmt: skip


def _one_by_one(mails: list[bytes]) -> Summary:
    summary = Summary()
    for index, raw in enumerate(mails):
        summary.add(ingest_bytes(raw, source=f"batch#{index}"))
    return summary


@pytest.mark.parametrize(("chunk_size", "parallel"), [(1, False), (3, True), (500, False)])
def test_crafted_batch_same_as_one_by_one(chunk_size, parallel):
    _start_state()
    expected_summary = _one_by_one(_crafted())
    expected = _snapshot()
    _start_state()
    mails = [(f"batch#{i}", raw) for i, raw in enumerate(_crafted())]
    summary = ingest_many(mails, chunk_size=chunk_size, parallel=parallel)
    assert summary.counts == expected_summary.counts
    assert _snapshot() == expected
    assert expected_summary.counts[Outcome.DUPLICATE] == 2
    assert Case.objects.get(messages__message_id="<c@x.invalid>").status == Status.OPEN
    assert Message.objects.get(message_id="<i@x.invalid>").case.reference == "CB-2022-00043"


def test_generated_history_same_as_one_by_one():
    mails = _generated(300)
    _start_state()
    expected_summary = _one_by_one(mails)
    expected = _snapshot()
    _start_state()
    summary = ingest_many(
        ((f"batch#{i}", raw) for i, raw in enumerate(mails)), chunk_size=64, parallel=True
    )
    assert summary.counts == expected_summary.counts
    assert _snapshot() == expected
    assert summary.counts[Outcome.NEW_CASE] > 100 and summary.counts[Outcome.ADDED] > 20


def test_a_chunk_the_database_refuses_is_redone_message_by_message(monkeypatch):
    from django.db import IntegrityError

    import casebook.intake.bulk as bulk

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise IntegrityError("simulated concurrent importer")

    monkeypatch.setattr(bulk, "store_batch", refuse)
    summary = ingest_many(
        [("a", make_mail(message_id="<1@x>")), ("b", make_mail(message_id="<2@x>"))]
    )
    assert summary.counts[Outcome.NEW_CASE] == 2
    assert Message.objects.count() == 2
