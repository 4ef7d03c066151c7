"""Originals a practitioner can download, and held messages they accept or move."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.test import Client

from casebook.accounts.models import AuditEvent, User
from casebook.cases.models import Case, Message, Status
from casebook.classify.queries import attachments_withheld
from casebook.intake.actions import Outcome, ingest_bytes
from casebook.intake.models import HeldMessage
from casebook.lib.working_hours import LONDON
from casebook.security.headers import NO_STORE

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
    assert response["Cache-Control"] == NO_STORE  # from the headers middleware
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


def _queue_row(page: str, reference: str) -> str:
    """The queue table's row of this case ("" when it is not listed)."""
    body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0] if "<tbody>" in page else ""
    rows = [r for r in body.split("<tr") if f">{reference}</a>" in r]
    return rows[0] if rows else ""


def test_held_messages_are_visible_in_the_queue(practitioner, case):
    from casebook.cases.actions import do_open_case

    queue = "/cases/"
    before = _client(practitioner).get(queue).content.decode()
    assert "held for a decision" not in before
    message = _held(case)
    # The case is closed, so the default queue does not list it: the banner names it.
    page = _client(practitioner).get(queue).content.decode()
    assert "1 message held for a decision" in page
    assert f'href="/cases/{case.reference}/#held">{case.reference}</a>' in page
    assert _queue_row(page, case.reference) == ""
    # Where the case is listed, its row is marked.
    Case.objects.filter(pk=case.pk).update(status=Status.OPEN)
    other = do_open_case(
        enquirer=case.enquirer, channel="phone", subject="Unrelated", first_message="x"
    )
    page = _client(practitioner).get(queue).content.decode()
    assert "Held message" in _queue_row(page, case.reference)
    assert _queue_row(page, other.reference) and "Held message" not in _queue_row(
        page, other.reference
    )
    # Decided: no banner, no marker.
    accepted = post_from_page(
        _client(practitioner), f"/cases/{case.reference}/", f"/mail/messages/{message.pk}/accept/"
    )
    assert accepted.status_code == 302 and not HeldMessage.objects.exists()
    page = _client(practitioner).get(queue).content.decode()
    assert "held for a decision" not in page
    assert "Held message" not in _queue_row(page, case.reference)


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


@pytest.mark.parametrize(
    ("name", "repair"),
    [
        (
            "05-boundary-not-found.eml",
            "malformed: the declared MIME boundary is never used; read with the one used",
        ),
        ("08-broken-header-folding.eml", "broken header folding repaired"),
    ],
)
def test_repair_notes_are_shown_beside_the_message(practitioner, name, repair):
    from pathlib import Path

    from casebook.intake.models import MailOriginal

    raw = (Path(__file__).parent / "data" / "cases-mail" / name).read_bytes()
    result = ingest_bytes(raw, source="t")
    message = Message.objects.get(message_id=result.message_id)
    assert repair in MailOriginal.objects.get(message=message).defects
    page = _client(practitioner).get(f"/cases/{result.case_reference}/").content.decode()
    # In the message's own block, before the next message (or the end of the dialogue).
    block = page.split(f'id="m{message.pk}"', 1)[1]
    notes = block.split('class="mail-repairs"', 1)[1].split("</div>", 1)[0]
    assert "Notes from reading this email" in notes and f"<li>{repair}</li>" in notes
    # The original follows the notes; if the text raised an indecent-image flag (a child
    # threatened over a photo does), the original, images and all, is behind the deliberate
    # confirmation page rather than a one-click download.
    after = block.split("</ul></div>", 1)[1].split("</article>", 1)[0]
    withheld = attachments_withheld(message.case_id)
    direct = f'href="/mail/messages/{message.pk}/original/"'
    confirm = f'href="/messages/{message.pk}/original/withheld/"'
    assert (direct in after) is not withheld
    assert (confirm in after) is withheld


def test_a_message_read_without_repairs_has_no_note(practitioner):
    result = ingest_bytes(make_mail(subject="Clean mail"), source="t")
    page = _client(practitioner).get(f"/cases/{result.case_reference}/").content.decode()
    assert "mail-repairs" not in page


def test_winmail_dat_is_a_labelled_download_with_its_note(practitioner):
    import base64

    from casebook.intake.parsing import TNEF_NOTE

    from .tnef import build_tnef

    winmail = build_tnef(
        subject="Chat log",
        body="Log attached.",
        files=[("chat-log.txt", b"18:02 someone: delete it now\n")],
    )
    raw = make_mail(
        subject="Evidence from Outlook",
        message_id="<tnef-1@example-school.invalid>",
        extra=("MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="t"'),
        body="--t\r\nContent-Type: text/plain\r\n\r\nPlease see the attachment.\r\n--t\r\n"
        "Content-Type: application/ms-tnef; name=winmail.dat\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.b64encode(winmail).decode()
        + "\r\n--t--\r\n",
    )
    result = ingest_bytes(raw, source="t")
    message = Message.objects.get(message_id=result.message_id)
    attachment = message.attachments.get()
    page = _client(practitioner).get(f"/cases/{result.case_reference}/").content.decode()
    block = page.split(f'id="m{message.pk}"', 1)[1]
    assert "Please see the attachment." in block
    listed = block.split('aria-label="Attachments"', 1)[1].split("</ul>", 1)[0]
    assert f"/mail/attachments/{attachment.pk}/" in listed and ">winmail.dat</a>" in listed
    assert "Outlook winmail.dat, not unpacked (see the note below)" in listed
    assert f"<li>{TNEF_NOTE}</li>" in block
    download = _client(practitioner).get(f"/mail/attachments/{attachment.pk}/")
    assert b"".join(download.streaming_content) == winmail  # type: ignore[attr-defined]


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
