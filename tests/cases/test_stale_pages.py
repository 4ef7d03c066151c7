"""Edits made on a page that has gone out of date: refused with what changed, never lost."""

from __future__ import annotations

import pytest
from django.urls import reverse

from casebook.cases import actions, once, reply_actions
from casebook.cases.models import Case, Category, Direction, Platform
from tests.cases.conftest import current_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def client_for(client, practitioner):
    client.force_login(practitioner)
    return client


def url(name: str, case: Case) -> str:
    return reverse(name, args=[case.reference])


def test_reply_on_a_page_the_dialogue_has_moved_past_waits_for_confirmation(
    client_for, case, other_practitioner
):
    token = current_token(client_for, url("case-reply", case))
    # While the page is open a colleague answers.
    colleague = reply_actions.do_queue_email_reply(
        case=case, actor=other_practitioner, text="Bob already answered this."
    )
    data = {"reply-text": "My answer", "reply-how": "email", once.FIELD: token}
    response = client_for.post(url("case-reply", case), data)
    assert response.status_code == 409
    page = response.content.decode()
    assert "Not sent yet: the dialogue has 1 new entry since you opened this page" in page
    assert f'class="msg msg-out msg-new" id="m{colleague.pk}"' in page
    assert "New since you opened the page" in page
    assert "My answer" in page  # kept in the reply box
    assert "Changed since you opened this page" in page
    assert "Email reply queued to t.mctestface@example-school.invalid" in page
    assert case.messages.filter(direction=Direction.OUTBOUND).count() == 1
    # Pressing the button again, from the page that showed the new entry, sends.
    fresh = page.split(f'action="{url("case-reply", case)}"')[1]
    token = fresh.split(f'name="{once.FIELD}" value="')[1].split('"')[0]
    response = client_for.post(url("case-reply", case), {**data, once.FIELD: token})
    assert response.status_code == 302
    assert case.messages.filter(direction=Direction.OUTBOUND).count() == 2


def test_note_on_a_page_the_dialogue_has_moved_past_waits_too(client_for, case, practitioner):
    token = current_token(client_for, url("case-note", case))
    actions.do_record_call(actor=practitioner, case=case, enquirer_words="They rang again.")
    response = client_for.post(url("case-note", case), {"note-text": "N", once.FIELD: token})
    assert response.status_code == 409
    assert "Not added yet" in response.content.decode()
    assert not case.messages.filter(direction=Direction.NOTE).exists()


def test_a_phone_reply_is_recorded_even_if_the_dialogue_moved_on(client_for, case, practitioner):
    # It was already said on the phone: there is nothing to hold back.
    token = current_token(client_for, url("case-reply", case))
    actions.do_add_note(case=case, actor=practitioner, text="meanwhile")
    data = {"reply-text": "Told them on the phone", "reply-how": "phone", once.FIELD: token}
    assert client_for.post(url("case-reply", case), data).status_code == 302


def test_two_platform_edits_at_once_lose_neither_silently(client_for, case, other_practitioner):
    roblox, snapchat = Platform.objects.get(name="Roblox"), Platform.objects.get(name="Snapchat")
    loaded = case.version
    token = current_token(client_for, url("case-platforms", case))
    actions.do_set_platforms(
        case=case, actor=other_practitioner, platforms=[roblox], expected_version=loaded
    )
    response = client_for.post(
        url("case-platforms", case),
        {"platforms-platforms": [snapchat.pk], "platforms-version": loaded, once.FIELD: token},
    )
    assert response.status_code == 409
    page = response.content.decode()
    assert "changed by someone else" in page
    assert "Platforms changed" in page and "TikTok" in page  # what the colleague did
    assert sorted(case.platforms.values_list("name", flat=True)) == ["Roblox"]
    # The kept choice is offered at the new version: saving it now is deliberate.
    assert f'name="platforms-version" value="{Case.objects.get(pk=case.pk).version}"' in page


@pytest.mark.parametrize("name", ["case-add-category", "case-remove-category"])
def test_category_edits_on_a_stale_page_are_refused(client_for, case, practitioner, name):
    sexting = Category.objects.get(name="Sexting")
    actions.do_add_category(case=case, actor=practitioner, category=sexting)
    loaded = Case.objects.get(pk=case.pk).version
    actions.do_add_note(case=case, actor=practitioner, text="bumps the version")
    prefix = "addcat" if name == "case-add-category" else "removecat"
    category = Category.objects.get(name="Grooming") if prefix == "addcat" else sexting
    response = client_for.post(
        url(name, case), {f"{prefix}-category": category.pk, f"{prefix}-version": loaded}
    )
    assert response.status_code == 409
    assert "changed by someone else" in response.content.decode()
    assert list(case.categories.values_list("name", flat=True)) == ["Sexting"]


def test_stale_actions_raise_and_change_nothing(case, practitioner):
    loaded = case.version
    actions.do_add_note(case=case, actor=practitioner, text="x")
    stale = Case.objects.get(pk=case.pk)
    stale.version = loaded
    grooming = Category.objects.get(name="Grooming")
    with pytest.raises(actions.StaleCaseError):
        actions.do_add_category(
            case=stale, actor=practitioner, category=grooming, expected_version=loaded
        )
    with pytest.raises(actions.StaleCaseError):
        actions.do_set_platforms(
            case=stale, actor=practitioner, platforms=[], expected_version=loaded
        )
    assert not case.categories.exists()
    assert list(case.platforms.values_list("name", flat=True)) == ["TikTok"]


@pytest.mark.parametrize(
    ("submitted", "current", "loaded", "kept"),
    [
        # Someone changed region; I changed type: both survive.
        (
            {"enquirer_type": "police", "region": "UKK"},
            {"enquirer_type": "teacher", "region": "UKM"},
            {"region": "UKK"},
            {"enquirer_type": "police", "region": "UKM"},
        ),
        # We both changed region: mine is kept, for me to decide.
        ({"region": "UKL"}, {"region": "UKM"}, {"region": "UKK"}, {"region": "UKL"}),
        # Nothing changed meanwhile in my fields: my values as sent.
        ({"name": "A"}, {"name": "B"}, {}, {"name": "A"}),
        # Lists: my additions and removals applied to the current list.
        (
            {"platforms": [1, 3]},
            {"platforms": [1, 2]},
            {"platforms": [1]},
            {"platforms": [1, 2, 3]},
        ),
        ({"platforms": []}, {"platforms": [1, 2]}, {"platforms": [1]}, {"platforms": [2]}),
    ],
)
def test_rebase_edit(submitted, current, loaded, kept):
    from casebook.cases.queries import rebase_edit

    assert rebase_edit(submitted=submitted, current=current, loaded=loaded) == kept


def test_a_refused_platform_edit_is_offered_again_with_both_changes(
    client_for, case, other_practitioner
):
    roblox, snapchat = Platform.objects.get(name="Roblox"), Platform.objects.get(name="Snapchat")
    loaded = case.version
    token = current_token(client_for, url("case-platforms", case))
    actions.do_set_platforms(
        case=case,
        actor=other_practitioner,
        platforms=[*case.platforms.all(), roblox],
        expected_version=loaded,
    )
    tiktok = case.platforms.get(name="TikTok")
    response = client_for.post(
        url("case-platforms", case),
        {
            "platforms-platforms": [tiktok.pk, snapchat.pk],
            "platforms-version": loaded,
            once.FIELD: token,
        },
    )
    page = response.content.decode()
    checked = {
        p.name
        for p in Platform.objects.all()
        if f'value="{p.pk}" id="id_platforms-platforms_' in page
        and "checked" in page.split(f'name="platforms-platforms" value="{p.pk}"')[1].split(">")[0]
    }
    assert checked == {"TikTok", "Roblox", "Snapchat"}


def test_saving_the_platforms_a_case_has_changes_nothing(case, practitioner):
    before = case.version
    actions.do_set_platforms(
        case=case, actor=practitioner, platforms=list(case.platforms.all()), expected_version=1
    )
    case.refresh_from_db()
    assert case.version == before
    assert not case.audit_events.filter(action="platforms.set").exists()
