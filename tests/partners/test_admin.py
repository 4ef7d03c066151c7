"""What admins keep: the platform list (aliases as lines), the partner directory, services and
saved replies; every editable input in lists and inlines has an accessible name."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from casebook.cases.adminforms import parse_aliases
from casebook.cases.models import Platform
from casebook.partners.models import Partner, PartnerRoute, SavedReply


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.mark.parametrize(
    ("text", "aliases"),
    [
        ("insta\nIG\n", ["insta", "ig"]),
        ("  Tik   Tok \n\n tik tok\nTIK-TOK", ["tik tok", "tik-tok"]),
        ("", []),
    ],
)
def test_parse_aliases(text, aliases):
    assert parse_aliases(text) == aliases


def test_parse_aliases_names_every_bad_line():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as error:
        parse_aliases("ok\n---\n" + "x" * 61)
    assert error.value.messages == [
        "Line 2: “---” has no letter or digit to match.",
        "Line 3: at most 60 characters.",
    ]


def test_platform_aliases_are_edited_one_per_line(admin_client):
    tiktok = Platform.objects.get(name="TikTok")
    url = reverse("admin:cases_platform_change", args=[tiktok.pk])
    page = admin_client.get(url).content.decode()
    assert re.search(r"<textarea[^>]*name=\"aliases\"[^>]*>\s*tiktok\ntik tok\n", page)
    response = admin_client.post(
        url, {"name": "TikTok", "aliases": "TikTok\n  Tik   Tok\n\nvm.tiktok.com\ntik tok"}
    )
    assert response.status_code == 302
    tiktok.refresh_from_db()
    assert tiktok.aliases == ["tiktok", "tik tok", "vm.tiktok.com"]


def test_an_alias_of_another_platform_is_refused_and_nothing_changes(admin_client):
    tiktok = Platform.objects.get(name="TikTok")
    before = list(tiktok.aliases)
    url = reverse("admin:cases_platform_change", args=[tiktok.pk])
    response = admin_client.post(url, {"name": "TikTok", "aliases": "tiktok\ninsta\nSnapchat"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "“insta” already stands for Instagram." in page
    assert "“snapchat” already stands for Snapchat." in page
    assert "tiktok\ninsta\nSnapchat" in page  # what was typed is kept
    tiktok.refresh_from_db()
    assert tiktok.aliases == before


def _unlabelled_inputs(page: str) -> list[str]:
    """Visible form controls with neither a <label for=...> nor an aria-label."""
    labelled = set(re.findall(r"<label[^>]*for=\"([^\"]+)\"", page))
    out = []
    for tag in re.findall(r"<(?:input|select|textarea)\b[^>]*>", page):
        if re.search(r"type=\"(hidden|submit|button)\"", tag) or "aria-label=" in tag:
            continue
        ident = re.search(r"id=\"([^\"]+)\"", tag)
        if ident and ident.group(1) in labelled:
            continue
        out.append(tag)
    return out


@pytest.mark.parametrize(
    "name", ["admin:cases_category_changelist", "admin:cases_platform_changelist"]
)
def test_editable_list_columns_have_accessible_names(admin_client, name):
    page = admin_client.get(reverse(name)).content.decode()
    assert 'aria-label="Retired of Snapchat"' in page or 'aria-label="Retired of Sexting"' in page
    editable = [t for t in _unlabelled_inputs(page) if re.search(r"name=\"form-\d+-", t)]
    assert editable == []


def test_services_and_saved_replies_lists_have_accessible_names(admin_client):
    for name in ("admin:partners_service_changelist", "admin:partners_savedreply_changelist"):
        page = admin_client.get(reverse(name)).content.decode()
        editable = [t for t in _unlabelled_inputs(page) if re.search(r"name=\"form-\d+-", t)]
        assert editable == [], name
        assert 'aria-label="Position of ' in page


def test_partner_directory_routes_inline(admin_client):
    tiktok = Platform.objects.get(name="TikTok")
    url = reverse("admin:partners_partner_change", args=[tiktok.pk])
    page = admin_client.get(url).content.decode()
    assert 'aria-label="Address of the new row"' in page
    routes = [t for t in _unlabelled_inputs(page) if "routes-0-" in t]
    assert routes == []
    data = {
        "follow_up_working_days": "3",
        "notes": "Answers within a day on the trusted-flagger channel.",
        "routes-TOTAL_FORMS": "1",
        "routes-INITIAL_FORMS": "0",
        "routes-0-position": "0",
        "routes-0-kind": "trusted_flagger",
        "routes-0-address": "https://partners.tiktok.invalid/report",
        "routes-0-instructions": "",
        "contacts-TOTAL_FORMS": "1",
        "contacts-INITIAL_FORMS": "0",
        "contacts-0-name": "Trust and Safety desk",
        "contacts-0-role": "",
        "contacts-0-email": "tns@tiktok.invalid",
        "contacts-0-phone": "",
        "contacts-0-notes": "",
    }
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    partner = Partner.objects.get(platform=tiktok)
    assert partner.follow_up_working_days == 3
    assert PartnerRoute.objects.get(partner=partner).kind == "trusted_flagger"
    assert partner.contacts.get().email == "tns@tiktok.invalid"


def test_saved_reply_with_an_unknown_placeholder_is_refused(admin_client):
    url = reverse("admin:partners_savedreply_add")
    response = admin_client.post(
        url,
        {"title": "Oops", "body": "Dear {firstname}, see {service:Nobody}", "position": "0"},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "{firstname} is not a placeholder" in page
    assert "there is no service called “Nobody”" in page
    assert not SavedReply.objects.filter(title="Oops").exists()
    response = admin_client.post(
        url,
        {"title": "Fine", "body": "Dear {first_name}, {service:Childline}", "position": "0"},
    )
    assert response.status_code == 302
    assert SavedReply.objects.filter(title="Fine").exists()


def test_the_directory_is_seeded(db):
    from casebook.partners.models import Service

    names = set(Service.objects.values_list("name", flat=True))
    for wanted in (
        "Police (emergency, 999)",
        "Police (non-emergency, 101)",
        "CEOP",
        "NSPCC Helpline",
        "Childline",
        "IWF",
        "Report Harmful Content",
        "Revenge Porn Helpline",
        "LADO",
        "Samaritans",
    ):
        assert wanted in names
    assert SavedReply.objects.count() >= 5
    assert Partner.objects.count() == Platform.objects.count()
