"""The phone-call form: open a phone case, or add a call to an existing one."""

from __future__ import annotations

import pytest
from django.urls import reverse

from casebook.cases.models import Case, Category, Channel, Direction, Enquirer, Provenance


@pytest.fixture
def client_for(client, practitioner):
    client.force_login(practitioner)
    return client


def test_new_call_opens_a_phone_case(client_for, practitioner):
    grooming = Category.objects.get(name="Grooming")
    response = client_for.post(
        reverse("case-new-phone"),
        {
            "name": "Dee Caller",
            "phone": "020 7946 0999",
            "enquirer_type": "social_worker",
            "setting_type": "not_a_school",
            "region": "UKD",
            "subject": "Adult contacting a child on Roblox",
            "enquirer_words": "An adult keeps messaging a child in my care on Roblox.",
            "note": "Caller sounded worried; advised on reporting.",
            "categories": [grooming.pk],
        },
    )
    case = Case.objects.get()
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("case-detail", args=[case.reference]))
    assert case.channel == Channel.PHONE
    assert case.enquirer_type == "social_worker"
    assert case.enquirer.phone == "020 7946 0999"
    kinds = list(case.messages.values_list("direction", "body_text"))
    assert kinds == [
        (Direction.INBOUND, "An adult keeps messaging a child in my care on Roblox."),
        (Direction.NOTE, "Caller sounded worried; advised on reporting."),
    ]
    tag = case.category_tags.get()
    assert (tag.category, tag.provenance, tag.added_by) == (
        grooming,
        Provenance.PRACTITIONER,
        practitioner,
    )
    assert list(case.platforms.values_list("name", flat=True)) == ["Roblox"]


def test_new_call_finds_the_enquirer_by_phone(client_for):
    known = Enquirer.objects.create(name="Known", phone="0113 496 0555")
    client_for.post(
        reverse("case-new-phone"),
        {"phone": "0113 496 0555", "enquirer_words": "Calling again about the same pupil."},
    )
    assert Case.objects.get().enquirer == known
    assert Enquirer.objects.count() == 1


def test_call_without_what_was_said_is_refused_and_keeps_fields(client_for):
    response = client_for.post(
        reverse("case-new-phone"),
        {"name": "Dee Caller", "note": "half-typed note", "enquirer_words": ""},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Dee Caller" in page
    assert "half-typed note" in page
    assert "Nothing has been saved yet" in page
    assert Case.objects.count() == 0


def test_further_call_adds_to_existing_case(client_for, case, practitioner):
    sexting = Category.objects.get(name="Sexting")
    page = client_for.get(reverse("case-add-call", args=[case.reference])).content.decode()
    assert 'name="email"' not in page  # the enquirer is known already
    response = client_for.post(
        reverse("case-add-call", args=[case.reference]),
        {"enquirer_words": "They rang to say the account is back.", "categories": [sexting.pk]},
    )
    assert response.status_code == 302
    messages = list(case.messages.values_list("direction", "body_text"))
    assert messages[-1] == (Direction.INBOUND, "They rang to say the account is back.")
    assert Case.objects.count() == 1
    assert case.categories.filter(pk=sexting.pk).exists()
    assert case.channel == Channel.EMAIL  # the case keeps the channel it came in by


def test_a_call_answered_on_the_phone_is_assigned_open_and_answered(client_for, practitioner):
    client_for.post(
        reverse("case-new-phone"),
        {
            "name": "Dee Caller",
            "enquirer_words": "A pupil is being threatened on WhatsApp.",
            "answered": "on",
            "answer": "Advised them to keep screenshots and report to the police.",
        },
    )
    case = Case.objects.get()
    assert (case.assigned_to, case.status) == (practitioner, "open")
    reply = case.messages.get(direction=Direction.OUTBOUND)
    assert reply.body_text == "Advised them to keep screenshots and report to the police."
    assert case.first_response_at == reply.at
    page = client_for.get(reverse("case-detail", args=[case.reference])).content.decode()
    assert "not yet" not in page.split("First response")[1][:200]


def test_the_call_form_asks_whether_they_answered(client_for):
    page = client_for.get(reverse("case-new-phone")).content.decode()
    assert "I answered the caller on this call" in page
    assert 'name="answer"' in page
