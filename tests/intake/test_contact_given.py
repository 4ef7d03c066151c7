"""Every case that mail opens keeps the sender's details as the message gave them (the
per-case contact snapshot), never the enquirer record's: new mail, a held message moved to
its own case, a quarantined message released into a new case, skipped mail imported."""

from __future__ import annotations

import pytest

from casebook.cases.models import Case, Enquirer, Status
from casebook.intake.actions import (
    Outcome,
    do_import_skipped,
    do_move_held_message,
    do_release_quarantined,
    ingest_bytes,
)
from casebook.intake.models import HeldMessage, QuarantinedMessage, SkippedMail

from .conftest import make_mail

pytestmark = pytest.mark.django_db

ADDRESS = "dsl@example-school.invalid"
GIVEN = f'"Smith, Jo (Safeguarding Lead)" <{ADDRESS}>'


@pytest.fixture
def known(db) -> Enquirer:
    """A record that already exists for the address, with other details than the mail gives."""
    return Enquirer.objects.create(
        name="Jo Smith", email=ADDRESS.upper(), phone="01632 960000", organisation="Old School"
    )


def _snapshot(case: Case) -> tuple[str, str, str, str]:
    case.refresh_from_db()
    return (case.contact_name, case.contact_email, case.contact_phone, case.contact_organisation)


EXPECTED = ("Smith, Jo (Safeguarding Lead)", ADDRESS, "", "")


def _unchanged(known: Enquirer) -> None:
    known.refresh_from_db()
    assert (known.name, known.phone, known.organisation) == (
        "Jo Smith",
        "01632 960000",
        "Old School",
    )


def test_new_mail_keeps_the_sender_as_given(known):
    result = ingest_bytes(make_mail(sender=GIVEN), source="t")
    case = Case.objects.get(reference=result.case_reference)
    assert case.enquirer == known and _snapshot(case) == EXPECTED
    _unchanged(known)


def test_a_held_message_moved_to_a_new_case_keeps_its_sender_as_given(known, case, admin_user):
    case.status = Status.CLOSED
    case.save()
    held = make_mail(sender=GIVEN, subject=f"Re: {case.reference}", message_id="<h@x.invalid>")
    assert ingest_bytes(held, source="t").outcome == Outcome.HELD
    new_case = do_move_held_message(hold=HeldMessage.objects.get(), actor=admin_user)
    assert new_case.enquirer == known and _snapshot(new_case) == EXPECTED
    _unchanged(known)


def test_a_quarantined_message_released_into_a_new_case_keeps_its_sender(
    known, admin_user, monkeypatch
):
    monkeypatch.setenv("INTAKE_MAX_MESSAGE_BYTES", "100")  # too big: quarantined, yet readable
    assert ingest_bytes(make_mail(sender=GIVEN), source="t").outcome == Outcome.QUARANTINED
    message = do_release_quarantined(item=QuarantinedMessage.objects.get(), actor=admin_user)
    assert message.case.enquirer == known and _snapshot(message.case) == EXPECTED
    # The message itself shows who wrote it, not the record's name.
    assert (message.from_name, message.from_email) == EXPECTED[:2]
    _unchanged(known)


def test_skipped_mail_imported_after_all_keeps_its_sender(known, admin_user):
    raw = make_mail(sender=GIVEN, extra=("Auto-Submitted: auto-replied",))
    assert ingest_bytes(raw, source="t").outcome == Outcome.AUTOMATIC
    result = do_import_skipped(item=SkippedMail.objects.get(), actor=admin_user)
    assert result.outcome == Outcome.NEW_CASE
    case = Case.objects.get(reference=result.case_reference)
    assert case.enquirer == known and _snapshot(case) == EXPECTED
    _unchanged(known)
