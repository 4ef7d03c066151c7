"""The public enquiry form: no login, validation that keeps what was typed, rate limit."""

from __future__ import annotations

import pytest
from django.core import signing
from django.test import Client
from django.urls import reverse

from casebook.cases.models import Case, CaseCategory, Category, Channel, Enquirer, Provenance
from casebook.cases.views import ENQUIRY_TOKEN_SALT


def good_data(**overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "name": "Vera Example",
        "email": "v.example@school.example.org",
        "phone": "0113 496 0123",
        "organisation": "Example Academy",
        "enquirer_type": "teacher",
        "setting_type": "secondary",
        "region": "UKE",
        "subject": "Pupils sharing a fake account",
        "text": "A fake account is posting pictures of staff, run by @not_a_real_user.",
    }
    data.update(overrides)
    return data


def test_form_is_public_and_lists_only_current_categories(client, db):
    Category.objects.filter(name="Apps").update(retired=True)
    response = client.get(reverse("enquire"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Sexting" in page
    assert ">Apps<" not in page and " Apps</label>" not in page
    assert "csrfmiddlewaretoken" in page


def test_good_input_opens_a_web_case_with_enquirer_chosen_categories(client, db):
    cats = list(Category.objects.filter(name__in=["Sexting", "Social networks"]))
    response = client.post(reverse("enquire"), good_data(categories=[c.pk for c in cats]))
    assert response.status_code == 302
    case = Case.objects.get()
    assert case.channel == Channel.WEB
    assert case.subject == "Pupils sharing a fake account"
    assert (case.enquirer_type, case.setting_type, case.region) == ("teacher", "secondary", "UKE")
    assert case.enquirer.email == "v.example@school.example.org"
    assert case.enquirer.organisation == "Example Academy"
    tags = CaseCategory.objects.filter(case=case)
    assert sorted(t.category.name for t in tags) == ["Sexting", "Social networks"]
    assert {t.provenance for t in tags} == {Provenance.ENQUIRER}
    assert {t.added_by for t in tags} == {None}
    assert case.messages.get().body_text == good_data()["text"]
    # The confirmation page shows the reference and nothing of the enquiry.
    location = response["Location"]
    assert case.subject.split()[0] not in location
    assert "example" not in location.lower()
    thanks = client.get(location)
    assert thanks.status_code == 200
    page = thanks.content.decode()
    assert case.reference in page
    assert "fake account" not in page


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"email": "not-an-email"}, "Enter a valid email address."),
        ({"name": ""}, "This field is required."),
        ({"enquirer_type": ""}, "This field is required."),
        ({"enquirer_type": "astronaut"}, "Select a valid choice."),
        ({"subject": ""}, "This field is required."),
        ({"text": ""}, "This field is required."),
        ({"categories": ["999999"]}, "Select a valid choice."),
    ],
)
def test_bad_input_is_refused_keeps_what_was_typed_and_saves_nothing(client, db, overrides, error):
    data = good_data(**overrides)
    response = client.post(reverse("enquire"), data)
    assert response.status_code == 400
    page = response.content.decode()
    assert error in page
    assert "has not been sent yet" in page
    assert "check the fields marked below" in page
    assert "A fake account is posting pictures of staff" in page or data["text"] == ""
    assert "Example Academy" in page
    assert Case.objects.count() == 0
    assert Enquirer.objects.count() == 0


def test_oversized_enquiry_is_refused_with_the_limit_and_text_kept(client, db, settings):
    settings.ENQUIRY_MAX_BODY_CHARS = 1_000
    text = "x" * 1_001
    response = client.post(reverse("enquire"), good_data(text=text))
    assert response.status_code == 400
    page = response.content.decode()
    assert "too long" in page
    assert "at most 1,000 characters" in page
    assert text in page
    assert Case.objects.count() == 0
    response = client.post(reverse("enquire"), good_data(text="x" * 1_000))
    assert response.status_code == 302


def test_csrf_is_required(db):
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("enquire"), good_data())
    assert response.status_code == 403
    assert Case.objects.count() == 0


def test_rate_limit_per_address(client, db, settings):
    settings.ENQUIRY_RATE_LIMIT_PER_HOUR = 2
    for i in range(2):
        response = client.post(reverse("enquire"), good_data(subject=f"s{i}"))
        assert response.status_code == 302
    response = client.post(reverse("enquire"), good_data(subject="third"))
    assert response.status_code == 429
    page = response.content.decode()
    assert "try again later" in page
    assert "third" in page  # what was typed is kept
    assert "What you typed is kept." in page
    assert "check the fields marked below" not in page  # no field is wrong
    assert Case.objects.count() == 2
    # Another address is not affected.
    response = client.post(reverse("enquire"), good_data(), REMOTE_ADDR="192.0.2.7")
    assert response.status_code == 302


def test_invalid_submissions_do_not_use_up_the_allowance(client, db, settings):
    settings.ENQUIRY_RATE_LIMIT_PER_HOUR = 1
    for _ in range(3):
        assert client.post(reverse("enquire"), good_data(email="bad")).status_code == 400
    assert client.post(reverse("enquire"), good_data()).status_code == 302


@pytest.mark.parametrize(
    "token",
    ["nonsense", signing.dumps("CB-2022-00001", salt="wrong")],
    ids=["nonsense", "wrong-salt"],  # the signed token holds a timestamp: not a stable id
)
def test_forged_confirmation_tokens_are_404(client, db, token):
    assert client.get(reverse("enquire-thanks", args=[token])).status_code == 404


def test_confirmation_token_is_signed_reference(client, db):
    token = signing.dumps("CB-2022-00042", salt=ENQUIRY_TOKEN_SALT)
    response = client.get(reverse("enquire-thanks", args=[token]))
    assert "CB-2022-00042" in response.content.decode()


def test_existing_enquirer_is_reused_by_email(client, db):
    Enquirer.objects.create(name="Vera Example", email="V.Example@school.example.org")
    client.post(reverse("enquire"), good_data())
    assert Enquirer.objects.count() == 1
    case = Case.objects.get()
    assert case.region == "UKE"  # as given, on the case
    assert case.enquirer.region == ""  # the record changes only by a practitioner's edit


def test_the_limit_uses_the_address_the_trusted_proxy_reports(client, db, settings):
    settings.ENQUIRY_RATE_LIMIT_PER_HOUR = 1
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    via_proxy = {"REMOTE_ADDR": "127.0.0.1"}
    first = client.post(
        reverse("enquire"), good_data(), HTTP_X_FORWARDED_FOR="203.0.113.1", **via_proxy
    )
    assert first.status_code == 302
    # Another client behind the same proxy has its own allowance...
    other = client.post(
        reverse("enquire"), good_data(), HTTP_X_FORWARDED_FOR="203.0.113.2", **via_proxy
    )
    assert other.status_code == 302
    # ...and the first cannot get round its limit by sending its own X-Forwarded-For.
    spoofed = client.post(
        reverse("enquire"),
        good_data(),
        HTTP_X_FORWARDED_FOR="198.51.100.99, 203.0.113.1",
        **via_proxy,
    )
    assert spoofed.status_code == 429


def test_a_direct_client_cannot_claim_an_address(client, db, settings):
    settings.ENQUIRY_RATE_LIMIT_PER_HOUR = 1
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    direct = {"REMOTE_ADDR": "203.0.113.5"}
    assert client.post(reverse("enquire"), good_data(), **direct).status_code == 302
    again = client.post(
        reverse("enquire"), good_data(), HTTP_X_FORWARDED_FOR="198.51.100.1", **direct
    )
    assert again.status_code == 429


def test_an_empty_post_is_a_clear_400_not_a_crash(client, db):
    response = client.post(reverse("enquire"), {}, no_token=True)
    assert response.status_code == 400
