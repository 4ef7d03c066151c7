"""The case page and its edits, through the test client."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from casebook.accounts.models import AuditEvent
from casebook.cases import actions
from casebook.cases.models import (
    Case,
    CaseCategory,
    Category,
    Direction,
    Enquirer,
    Platform,
    Provenance,
    SendState,
    Status,
)


@pytest.fixture
def client_for(client, practitioner):
    client.force_login(practitioner)
    return client


def url(name: str, case: Case) -> str:
    return reverse(name, args=[case.reference])


def test_case_page_shows_dialogue_oldest_first_and_distinguishes_kinds(
    client_for, case, practitioner
):
    actions.do_add_note(case=case, actor=practitioner, text="Checked the account: still live.")
    actions.do_record_reply(case=case, actor=practitioner, text="We have reported it for you.")
    page = client_for.get(url("case-detail", case)).content.decode()
    first = page.index("A fake TikTok account is posting")
    note = page.index("Checked the account: still live.")
    reply = page.index("We have reported it for you.")
    assert first < note < reply
    assert 'class="msg msg-in"' in page
    assert 'class="msg msg-note"' in page
    assert 'class="msg msg-out"' in page
    assert "Alice" in page  # the note's and reply's author
    assert case.enquirer.email in page
    assert "TikTok" in page  # detected platform


def test_message_text_is_escaped(client_for, enquirer):
    case = actions.do_open_case(
        enquirer=enquirer,
        channel="email",
        subject="<b>bold</b> subject",
        first_message="<script>alert('x')</script> please help",
    )
    page = client_for.get(url("case-detail", case)).content.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page
    assert "<b>bold</b>" not in page


def test_add_note_appends_and_redirects_with_message(client_for, case):
    response = client_for.post(
        url("case-note", case), {"note-text": "Called school back."}, follow=True
    )
    assert response.status_code == 200
    assert "Note added." in response.content.decode()
    note = case.messages.get(direction=Direction.NOTE)
    assert note.body_text == "Called school back."
    assert AuditEvent.objects.filter(case=case, action="note.added").exists()


def test_a_note_typed_in_a_browser_is_stored_with_unix_line_endings(client_for, case):
    # Browsers submit a textarea's line breaks as CRLF.
    client_for.post(
        url("case-note", case), {"note-text": "Rang the school.\r\nNo answer.\rLeft a message."}
    )
    note = case.messages.get(direction=Direction.NOTE)
    assert note.body_text == "Rang the school.\nNo answer.\nLeft a message."


def test_empty_note_is_refused_and_too_long_note_keeps_its_text(client_for, case):
    response = client_for.post(url("case-note", case), {"note-text": ""})
    assert response.status_code == 400
    long_text = "word " * 10_001  # over the 50,000 character limit
    response = client_for.post(url("case-note", case), {"note-text": long_text})
    assert response.status_code == 400
    assert long_text.strip()[:200] in response.content.decode()
    assert case.messages.count() == 1


def test_reply_to_email_case_is_queued_for_sending(client_for, case):
    response = client_for.post(
        url("case-reply", case), {"reply-text": "We can help.", "reply-how": "email"}, follow=True
    )
    assert "Reply to t.mctestface@example-school.invalid queued" in response.content.decode()
    reply = case.messages.get(direction=Direction.OUTBOUND)
    assert reply.send_state == SendState.QUEUED
    case.refresh_from_db()
    assert case.first_response_at is not None
    assert case.status == Status.OPEN


def test_reply_without_email_is_recorded_as_phone_reply(client_for, practitioner):
    enquirer = Enquirer.objects.create(name="Caller", phone="07700 900123")
    case = actions.do_open_case(
        enquirer=enquirer, channel="phone", subject="Call", first_message="Hello"
    )
    # Even a forged "email" choice cannot send mail to nobody.
    response = client_for.post(url("case-reply", case), {"reply-text": "Hi", "reply-how": "email"})
    assert response.status_code == 400
    response = client_for.post(url("case-reply", case), {"reply-text": "Hi", "reply-how": "phone"})
    assert response.status_code == 302
    reply = case.messages.get(direction=Direction.OUTBOUND)
    assert reply.send_state == SendState.NOT_APPLICABLE


def test_change_status_and_assign(client_for, case, practitioner, other_practitioner):
    response = client_for.post(
        url("case-status", case), {"status-status": "escalated", "status-version": case.version}
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == Status.ESCALATED
    client_for.post(
        url("case-assign", case),
        {"assign-assignee": other_practitioner.pk, "assign-version": case.version},
    )
    case.refresh_from_db()
    assert case.assigned_to == other_practitioner
    response = client_for.post(
        url("case-assign", case), {"assign-assignee": "", "assign-version": case.version}
    )
    case.refresh_from_db()
    assert case.assigned_to is None


def test_cannot_assign_to_an_analyst(client_for, case, analyst):
    response = client_for.post(
        url("case-assign", case), {"assign-assignee": analyst.pk, "assign-version": case.version}
    )
    assert response.status_code == 400
    case.refresh_from_db()
    assert case.assigned_to is None


def test_stale_status_edit_is_refused_with_a_clear_message_and_the_choice_kept(
    client_for, case, other_practitioner
):
    loaded = case.version  # the page as the first practitioner loaded it
    actions.do_change_status(
        case=case,
        actor=other_practitioner,
        status=Status.AWAITING_ENQUIRER,
        expected_version=loaded,
    )
    response = client_for.post(
        url("case-status", case), {"status-status": "closed", "status-version": loaded}
    )
    assert response.status_code == 409
    page = response.content.decode()
    assert "changed by someone else" in page
    assert "was not saved" in page
    assert '<option value="closed" selected>' in page  # their choice, ready to resubmit
    case.refresh_from_db()
    assert case.status == Status.AWAITING_ENQUIRER
    assert f'name="status-version" value="{case.version}"' in page
    # Submitting again, knowingly, on the current version works.
    client_for.post(
        url("case-status", case), {"status-status": "closed", "status-version": case.version}
    )
    case.refresh_from_db()
    assert case.status == Status.CLOSED


def test_stale_profile_edit_does_not_overwrite(client_for, case, other_practitioner):
    loaded = case.version
    actions.do_update_profile(
        case=case, actor=other_practitioner, expected_version=loaded, region="UKI"
    )
    response = client_for.post(
        url("case-profile", case),
        {
            "profile-enquirer_type": "police",
            "profile-setting_type": "",
            "profile-region": "UKM",
            "profile-version": loaded,
        },
    )
    assert response.status_code == 409
    assert "changed by someone else" in response.content.decode()
    case.refresh_from_db()
    assert (case.region, case.enquirer_type) == ("UKI", "teacher")


def test_notes_from_a_stale_page_are_never_lost(client_for, case, other_practitioner):
    actions.do_change_status(
        case=case, actor=other_practitioner, status=Status.OPEN, expected_version=case.version
    )
    client_for.post(url("case-note", case), {"note-text": "Typed on an old page."})
    assert case.messages.filter(body_text="Typed on an old page.").exists()


@pytest.mark.parametrize("also_enquirer", [False, True])
def test_profile_edit_updates_the_case_and_the_record_only_if_asked(
    client_for, case, also_enquirer
):
    data = {
        "profile-enquirer_type": "police",
        "profile-setting_type": "not_a_school",
        "profile-region": "UKM",
        "profile-version": case.version,
    }
    if also_enquirer:
        data["profile-also_enquirer"] = "on"
    client_for.post(url("case-profile", case), data)
    case.refresh_from_db()
    assert (case.enquirer_type, case.setting_type, case.region) == (
        "police",
        "not_a_school",
        "UKM",
    )
    assert Enquirer.objects.get(pk=case.enquirer_id).region == ("UKM" if also_enquirer else "UKK")
    assert AuditEvent.objects.filter(action="enquirer.updated").exists() == also_enquirer


def test_categories_add_remove_and_show_provenance(client_for, enquirer, practitioner):
    sexting = Category.objects.get(name="Sexting")
    grooming = Category.objects.get(name="Grooming")
    case = actions.do_open_case(
        enquirer=enquirer,
        channel="web",
        subject="Images shared",
        first_message="Pupils are sharing images.",
        categories=[sexting],
        provenance=Provenance.ENQUIRER,
    )
    response = client_for.post(
        url("case-add-category", case),
        {"addcat-category": grooming.pk, "addcat-version": case.version},
        follow=True,
    )
    page = response.content.decode()
    assert "Category “Grooming” added." in page
    assert "Chosen by the enquirer" in page
    assert "Added by Alice" in page
    tag = CaseCategory.objects.get(case=case, category=grooming)
    assert (tag.provenance, tag.added_by) == (Provenance.PRACTITIONER, practitioner)
    # The add list offers only categories the case does not have yet.
    add_select = page[page.index('name="addcat-category"') :]
    add_select = add_select[: add_select.index("</select>")]
    assert f'value="{grooming.pk}"' not in add_select
    version = Case.objects.get(pk=case.pk).version
    client_for.post(
        url("case-remove-category", case),
        {"removecat-category": sexting.pk, "removecat-version": version},
    )
    assert list(case.categories.values_list("name", flat=True)) == ["Grooming"]


def test_retired_categories_cannot_be_added(client_for, case):
    retired = Category.objects.create(name="Old category", retired=True)
    response = client_for.post(
        url("case-add-category", case),
        {"addcat-category": retired.pk, "addcat-version": case.version},
    )
    assert response.status_code == 400
    assert not case.categories.exists()


def test_set_platforms(client_for, case):
    roblox = Platform.objects.get(name="Roblox")
    snapchat = Platform.objects.get(name="Snapchat")
    client_for.post(
        url("case-platforms", case),
        {"platforms-platforms": [roblox.pk, snapchat.pk], "platforms-version": case.version},
    )
    assert sorted(case.platforms.values_list("name", flat=True)) == ["Roblox", "Snapchat"]


def test_case_page_query_count_does_not_grow_with_the_dialogue(
    client_for, case, practitioner, django_assert_max_num_queries
):
    for i in range(30):
        actions.do_add_note(case=case, actor=practitioner, text=f"note {i}")
    with django_assert_max_num_queries(26):  # 6 of them: risk flags and suggestions
        assert client_for.get(url("case-detail", case)).status_code == 200


def test_supervisor_can_work_cases_too(client, supervisor, case):
    client.force_login(supervisor)
    client.post(url("case-note", case), {"note-text": "Supervisor note"})
    assert Case.objects.get(pk=case.pk).messages.filter(body_text="Supervisor note").exists()


def test_assign_to_me_button(client_for, case, practitioner):
    page = client_for.get(url("case-detail", case)).content.decode()
    assert "Assign to me" in page
    client_for.post(
        url("case-assign", case),
        {"assign-assignee": practitioner.pk, "assign-version": case.version},
    )
    page = client_for.get(url("case-detail", case)).content.decode()
    assert "Assign to me" not in page
    assert Case.objects.get(pk=case.pk).assigned_to == practitioner


@pytest.mark.parametrize(
    ("channel", "email"),
    [("email", "a@example.org"), ("phone", "a@example.org"), ("phone", "")],
)
def test_reply_box_is_collapsed_and_each_button_says_what_it_does(client_for, channel, email):
    enquirer = Enquirer.objects.create(name="E", email=email)
    case = actions.do_open_case(enquirer=enquirer, channel=channel, subject="s", first_message="x")
    page = client_for.get(url("case-detail", case)).content.decode()
    assert '<details class="card" id="reply">' in page  # not open until asked for
    assert " checked" not in page.split('id="reply"')[1].split("</details>")[0]  # no default
    buttons = re.findall(
        r'<button type="submit" name="reply-how" value="(\w+)"[^>]*>([^<]+)<', page
    )
    expected = [("phone", "Record phone reply")]
    if email:
        expected.insert(0, ("email", f"Send email to {email}"))
    assert buttons == expected


def test_reply_without_a_chosen_method_is_refused_with_the_text_kept(client_for, case):
    response = client_for.post(url("case-reply", case), {"reply-text": "Kept text"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Choose whether to send the reply by email or record it." in page
    assert "Kept text" in page
    assert not case.messages.filter(direction=Direction.OUTBOUND).exists()


def test_cancel_a_queued_reply_puts_its_text_back_in_the_reply_box(client_for, case, settings):
    settings.REPLY_CANCEL_SECONDS = 60
    client_for.post(url("case-reply", case), {"reply-text": "Sent too soon", "reply-how": "email"})
    reply = case.messages.get(direction=Direction.OUTBOUND)
    page = client_for.get(url("case-detail", case)).content.decode()
    cancel = reverse("case-cancel-email", args=[case.reference, reply.pk])
    assert f'action="{cancel}"' in page and "Cancel sending" in page
    response = client_for.post(cancel, follow=True)
    page = response.content.decode()
    assert "Reply cancelled: it will not be sent." in page
    assert '<details class="card" id="reply" open>' in page
    assert re.search(r">\s*Sent too soon</textarea>", page)
    assert "Cancelled, not sent" in page
    reply.refresh_from_db()
    assert reply.send_state == SendState.CANCELLED
    # A second cancel (the button pressed again on an old page) says it is too late.
    response = client_for.post(cancel, follow=True)
    assert "Too late to cancel" in response.content.decode()


def test_cancel_refuses_messages_of_other_cases(client_for, case, enquirer, practitioner):
    other = actions.do_open_case(enquirer=enquirer, channel="email", subject="o", first_message="o")
    from casebook.cases.reply_actions import do_queue_email_reply

    reply = do_queue_email_reply(case=other, actor=practitioner, text="x")
    response = client_for.post(reverse("case-cancel-email", args=[case.reference, reply.pk]))
    assert response.status_code == 404
    reply.refresh_from_db()
    assert reply.send_state == SendState.QUEUED
