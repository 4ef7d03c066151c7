"""One-time form tokens: each form post acts once, whatever the browser sends again."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import signing
from django.core.cache import cache
from django.test import Client
from django.urls import resolve, reverse
from django.utils import timezone

from casebook.accounts.models import AuditEvent
from casebook.cases import actions, once
from casebook.cases.models import Case, Direction, Enquirer, Message, UsedFormToken
from tests.cases.conftest import current_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def client_for(client, practitioner):
    client.force_login(practitioner)
    return client


def url(name: str, case: Case) -> str:
    return reverse(name, args=[case.reference])


def test_the_case_page_gives_every_form_a_distinct_token(client_for, case, practitioner):
    actions.do_record_reply(case=case, actor=practitioner, text="x")
    page = client_for.get(url("case-detail", case)).content.decode()
    forms = page.count('<form method="post"')
    tokens = [part.split('"', 1)[0] for part in page.split(f'name="{once.FIELD}" value="')[1:]]
    # Every form but the log-out button carries one, and no two are alike.
    assert len(tokens) == forms - 1
    assert len(set(tokens)) == len(tokens)


def test_a_note_posted_twice_is_added_once(client_for, case):
    data = {
        "note-text": "Rang the school.",
        once.FIELD: current_token(client_for, url("case-note", case)),
    }
    first = client_for.post(url("case-note", case), data)
    second = client_for.post(url("case-note", case), data, follow=True)
    assert first.status_code == 302
    assert "That form had already been sent: it was acted on once, not again." in (
        second.content.decode()
    )
    assert case.messages.filter(direction=Direction.NOTE).count() == 1
    assert AuditEvent.objects.filter(case=case, action="note.added").count() == 1


def test_an_email_reply_double_clicked_is_queued_once(client_for, case):
    data = {
        "reply-text": "We have reported it.",
        "reply-how": "email",
        once.FIELD: current_token(client_for, url("case-reply", case)),
    }
    client_for.post(url("case-reply", case), data)
    client_for.post(url("case-reply", case), data)
    assert case.messages.filter(direction=Direction.OUTBOUND).count() == 1


def test_missing_forged_or_foreign_tokens_change_nothing_and_keep_the_input(
    client_for, case, enquirer, other_practitioner
):
    other = actions.do_open_case(enquirer=enquirer, channel="email", subject="o", first_message="o")
    foreign_case = current_token(client_for, url("case-note", other))
    someone_else = once.issue(user_id=other_practitioner.pk, case=case)
    for token, reason in [
        (None, "The form was sent without its token."),
        ("garbage", "The form token is not valid."),
        (foreign_case, "This form belongs to another case."),
        (someone_else, "This form was issued to someone else."),
    ]:
        data = (
            {"note-text": "Keep me"}
            if token is None
            else {"note-text": "Keep me", once.FIELD: token}
        )
        response = client_for.post(url("case-note", case), data, no_token=True)
        assert response.status_code == 400
        page = response.content.decode()
        assert reason in page and "Keep me" in page
    assert not case.messages.filter(direction=Direction.NOTE).exists()


def test_an_expired_token_is_refused(client_for, case, monkeypatch):
    token = current_token(client_for, url("case-note", case))
    monkeypatch.setattr(once, "MAX_AGE", timedelta(seconds=-1))
    response = client_for.post(url("case-note", case), {"note-text": "x", once.FIELD: token})
    assert response.status_code == 400
    assert "This page was open too long" in response.content.decode()


def test_a_failed_action_does_not_use_up_the_token(client_for, case, monkeypatch):
    data = {
        "note-text": "Second try works",
        once.FIELD: current_token(client_for, url("case-note", case)),
    }

    def broken(**kwargs: object) -> None:
        raise RuntimeError("database went away")

    monkeypatch.setattr(actions, "do_add_note", broken)
    client_for.raise_request_exception = False
    assert client_for.post(url("case-note", case), data).status_code == 500
    monkeypatch.undo()
    assert client_for.post(url("case-note", case), data).status_code == 302
    assert case.messages.filter(body_text="Second try works").count() == 1


def test_old_nonces_are_pruned(client_for, case):
    UsedFormToken.objects.create(nonce="ancient", used_at=timezone.now() - timedelta(days=3))
    UsedFormToken.objects.create(nonce="recent", used_at=timezone.now() - timedelta(hours=2))
    client_for.post(url("case-note", case), {"note-text": "x"})
    assert set(UsedFormToken.objects.values_list("nonce", flat=True)) - {"recent"} != set()
    assert not UsedFormToken.objects.filter(nonce="ancient").exists()
    assert UsedFormToken.objects.filter(nonce="recent").exists()


# ---- the public form and the phone form ----------------------------------------------------


def _enquiry(**extra: object) -> dict[str, object]:
    return {
        "name": "Vera Example",
        "email": "v.example@school.example.org",
        "enquirer_type": "teacher",
        "subject": "Fake account",
        "text": "A fake account posts about staff.",
        **extra,
    }


def _thanks_reference(location: str) -> str:
    """The case reference a thank-you page's address carries (checked as the page checks it)."""
    from casebook.cases.views import ENQUIRY_TOKEN_MAX_AGE, ENQUIRY_TOKEN_SALT

    match = resolve(location)
    assert match.url_name == "enquire-thanks", location
    return str(
        signing.loads(match.kwargs["token"], salt=ENQUIRY_TOKEN_SALT, max_age=ENQUIRY_TOKEN_MAX_AGE)
    )


def test_the_public_form_sent_twice_opens_one_case_and_thanks_twice(db):
    cache.clear()
    browser = Client()
    page = browser.get(reverse("enquire")).content.decode()
    token = page.split(f'name="{once.FIELD}" value="')[1].split('"')[0]
    first = browser.post(reverse("enquire"), _enquiry(**{once.FIELD: token}))
    second = browser.post(reverse("enquire"), _enquiry(**{once.FIELD: token}))
    assert first.status_code == second.status_code == 302
    # The same thank-you page, for the one case's reference. (Its address is signed with the
    # second it was made in, so the two addresses differ when a second ends between the posts.)
    thanked = [_thanks_reference(r["Location"]) for r in (first, second)]
    assert thanked == [Case.objects.get().reference] * 2
    cache.clear()


def test_the_public_form_without_a_token_keeps_what_was_typed(db):
    cache.clear()
    response = Client().post(reverse("enquire"), _enquiry())
    assert response.status_code == 400
    page = response.content.decode()
    assert "open too long" in page and "A fake account posts about staff." in page
    assert Case.objects.count() == 0
    cache.clear()


def test_a_phone_call_saved_twice_is_recorded_once(client_for):
    path = reverse("case-new-phone")
    data = {
        "name": "Caller",
        "phone": "07700 900456",
        "enquirer_words": "Worried about a group chat.",
        once.FIELD: current_token(client_for, path),
    }
    first = client_for.post(path, data)
    second = client_for.post(path, data)
    case = Case.objects.get()
    assert first["Location"].startswith(url("case-detail", case))
    assert second["Location"] == url("case-detail", case)
    assert Message.objects.filter(direction=Direction.INBOUND).count() == 1
    assert Enquirer.objects.count() == 1
