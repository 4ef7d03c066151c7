"""Originals a practitioner can download, and held messages they accept or move."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.test import Client

from casebook.accounts.models import AuditEvent, User
from casebook.cases.models import Case, Message, Status
from casebook.intake.actions import Outcome, ingest_bytes
from casebook.intake.models import HeldMessage
from casebook.lib.working_hours import LONDON

from ..conftest import PASSWORD
from .conftest import make_mail
from .pageforms import hidden_fields, post_from_page

pytestmark = pytest.mark.django_db


def _client(user) -> Client:
    client = Client()
    assert client.login(username=user.username, password=PASSWORD)
    return client


def test_practitioner_downloads_the_original_eml(practitioner, analyst):
    raw = make_mail(subject="Original please")
    result = ingest_bytes(raw, source="t")
    message = Message.objects.get(message_id=result.message_id)
    page = _client(practitioner).get(f"/cases/{result.case_reference}/")
    assert f"/mail/messages/{message.pk}/original/".encode() in page.content
    response = _client(practitioner).get(f"/mail/messages/{message.pk}/original/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == raw  # type: ignore[attr-defined]
    assert response["Cache-Control"] == "private, no-store"
    assert response["Content-Type"] == "application/octet-stream"
    assert 'attachment; filename="' in response["Content-Disposition"]
    assert response["Content-Disposition"].endswith(f'-message-{message.pk}.eml"')
    assert AuditEvent.objects.filter(action="original.downloaded", actor=practitioner).exists()
    assert _client(analyst).get(f"/mail/messages/{message.pk}/original/").status_code == 403


def test_a_message_without_an_original_has_no_download(practitioner, case):
    message = case.messages.get()
    assert _client(practitioner).get(f"/mail/messages/{message.pk}/original/").status_code == 404


def _held(case) -> Message:
    case.status = Status.CLOSED
    case.save()
    stranger = make_mail(
        sender="Someone Else <someone@elsewhere.invalid>",
        subject=f"Re: {case.reference.lower()}",
        message_id="<stranger@elsewhere.invalid>",
        body="Add this to the case please.",
    )
    result = ingest_bytes(stranger, source="t")
    assert result.outcome == Outcome.HELD
    return Message.objects.get(message_id="<stranger@elsewhere.invalid>")


def test_held_message_is_shown_marked_and_does_not_reopen(practitioner, case):
    message = _held(case)
    case.refresh_from_db()
    assert case.status == Status.CLOSED and message.case == case
    page = _client(practitioner).get(f"/cases/{case.reference}/").content.decode()
    assert "Held: unconfirmed sender" in page
    assert "someone@elsewhere.invalid has not written on this case before" in page
    assert f"/mail/messages/{message.pk}/accept/" in page


def test_accepting_a_held_message_joins_and_reopens_the_case(practitioner, case):
    message = _held(case)
    response = post_from_page(
        _client(practitioner), f"/cases/{case.reference}/", f"/mail/messages/{message.pk}/accept/"
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == Status.OPEN
    assert not HeldMessage.objects.exists()
    assert AuditEvent.objects.filter(action="email.held_accepted", actor=practitioner).exists()
    # The sender now counts as someone who writes on this case.
    again = make_mail(
        sender="someone@elsewhere.invalid",
        subject=f"Re: {case.reference}",
        message_id="<stranger2@elsewhere.invalid>",
    )
    assert ingest_bytes(again, source="t").outcome == Outcome.ADDED


def test_moving_a_held_message_opens_a_linked_case(practitioner, case):
    message = _held(case)
    response = post_from_page(
        _client(practitioner), f"/cases/{case.reference}/", f"/mail/messages/{message.pk}/move/"
    )
    message.refresh_from_db()
    new_case = message.case
    assert new_case != case and response["Location"] == f"/cases/{new_case.reference}/"
    assert new_case.enquirer.email == "someone@elsewhere.invalid"
    assert new_case.messages.filter(direction="in").get() == message
    assert case.reference in new_case.messages.get(direction="note").body_text
    assert new_case.reference in case.messages.get(direction="note").body_text
    assert Case.objects.get(pk=case.pk).status == Status.CLOSED
    assert AuditEvent.objects.filter(action="email.held_moved").count() == 2


@pytest.mark.parametrize(
    ("act", "event", "events", "cases"),
    [("accept", "email.held_accepted", 1, 2), ("move", "email.held_moved", 2, 3)],
)
def test_held_message_forms_act_only_with_their_one_time_token(
    practitioner, case, act, event, events, cases
):
    message = _held(case)
    client = _client(practitioner)
    action = f"/mail/messages/{message.pk}/{act}/"
    page = client.get(f"/cases/{case.reference}/").content.decode()
    token = hidden_fields(page, action=action)["form_token"][0]

    for refused in ({}, {"form_token": "forged"}):
        response = client.post(action, refused, follow=True)
        assert "Nothing was done" in response.content.decode()
        assert HeldMessage.objects.filter(message=message).exists()
    # A token minted for another case's page is not this form's.
    other = Case.objects.create(
        reference="CB-2022-09999", channel="email", opened_at=case.opened_at, enquirer=case.enquirer
    )
    from casebook.cases import once

    alien = once.issue(user_id=practitioner.pk, case=other)
    response = client.post(action, {"form_token": alien}, follow=True)
    assert "another case" in response.content.decode()
    assert HeldMessage.objects.filter(message=message).exists()

    # The page's own token acts, once: a second post of the same form changes nothing.
    assert client.post(action, {"form_token": token}).status_code == 302
    assert not HeldMessage.objects.filter(message=message).exists()
    again = client.post(action, {"form_token": token}, follow=True).content.decode()
    assert "no longer held" in again
    assert AuditEvent.objects.filter(action=event).count() == events
    assert Case.objects.count() == cases  # this case, the other one, and any moved-to case


def test_only_casework_roles_may_resolve_holds(analyst, case):
    message = _held(case)
    assert _client(analyst).post(f"/mail/messages/{message.pk}/accept/").status_code == 403
    assert HeldMessage.objects.filter(message=message).exists()


def test_forwarded_message_is_shown_labelled_on_the_case_page(practitioner):
    from pathlib import Path

    raw = Path(__file__).parent / "data" / "cases-mail" / "09-forwarded-as-attachment.eml"
    result = ingest_bytes(raw.read_bytes(), source="t")
    page = _client(practitioner).get(f"/cases/{result.case_reference}/").content.decode()
    assert 'aria-label="Forwarded message"' in page
    assert "<p>Threatening text here.</p>" in page
    assert "From: anonymous &lt;throwaway@mail.invalid&gt;" in page
    assert "&lt;p&gt;" not in page and "&lt;br&gt;" not in page
    assert "original.eml" in page and "forwarded email" in page


def record_reply(case, practitioner, when: datetime) -> Message:
    from casebook.cases.actions import do_record_reply

    case.refresh_from_db()
    return do_record_reply(case=case, actor=practitioner, text="Called back.", at=when)


def closed(case: Case, practitioner: User) -> Case:
    """The case closed by a practitioner: no wait is running any more."""
    from casebook.cases.actions import do_change_status

    do_change_status(
        case=case, actor=practitioner, status=Status.CLOSED, expected_version=case.version
    )
    case.refresh_from_db()
    assert case.response_waiting_since is None
    return case


def test_an_accepted_held_message_is_due_like_any_other(practitioner, case):
    message = _held(closed(case, practitioner))
    case.refresh_from_db()
    assert case.response_due_at is None  # held, it owes nothing yet
    accept = f"/mail/messages/{message.pk}/accept/"
    post_from_page(_client(practitioner), f"/cases/{case.reference}/", accept)
    case.refresh_from_db()
    # Tuesday 5 April 2022 10:15 BST, plus three working hours.
    assert case.response_waiting_since == message.at
    assert case.response_due_at == datetime(2022, 4, 5, 13, 15, tzinfo=LONDON)
    assert case.reopened  # it came to a closed case: to the top of the queue


def test_a_held_message_answered_since_owes_no_reply(practitioner, case):
    message = _held(closed(case, practitioner))
    reply = record_reply(case, practitioner, message.at + timedelta(hours=1))
    accept = f"/mail/messages/{message.pk}/accept/"
    post_from_page(_client(practitioner), f"/cases/{case.reference}/", accept)
    case.refresh_from_db()
    assert reply.at > message.at
    assert case.response_waiting_since is None and case.response_due_at is None
