"""Every page, every role: who gets in, who is refused, where home sends people."""

from __future__ import annotations

import pytest
from django.urls import reverse

CASE_PAGES = ["case-detail", "case-add-call"]
CASE_POSTS = [
    "case-note",
    "case-reply",
    "case-status",
    "case-assign",
    "case-profile",
    "case-add-category",
    "case-remove-category",
    "case-platforms",
]


@pytest.fixture
def login(client):
    def as_(user):
        client.force_login(user)
        return client

    return as_


@pytest.mark.parametrize("persona", ["practitioner", "supervisor"])
def test_casework_users_open_queue_case_and_call_pages(request, login, case, persona):
    client = login(request.getfixturevalue(persona))
    assert client.get(reverse("case-queue")).status_code == 200
    assert client.get(reverse("case-new-phone")).status_code == 200
    for name in CASE_PAGES:
        assert client.get(reverse(name, args=[case.reference])).status_code == 200, name


@pytest.mark.parametrize("persona", ["analyst", "admin_user"])
def test_analysts_and_admins_see_no_case_pages(request, login, case, persona):
    client = login(request.getfixturevalue(persona))
    assert client.get(reverse("case-queue")).status_code == 403
    assert client.get(reverse("case-new-phone")).status_code == 403
    for name in CASE_PAGES:
        response = client.get(reverse(name, args=[case.reference]))
        assert response.status_code == 403, name
        assert case.subject.encode() not in response.content
    for name in CASE_POSTS:
        response = client.post(reverse(name, args=[case.reference]), {"note-text": "x"})
        assert response.status_code == 403, name
    assert case.messages.count() == 1


def test_anonymous_users_are_sent_to_login_and_see_nothing(client, case):
    for url in [reverse("case-queue"), reverse("case-detail", args=[case.reference])]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
    response = client.post(reverse("case-note", args=[case.reference]), {"note-text": "hi"})
    assert response.status_code == 302
    assert case.messages.count() == 1


@pytest.mark.parametrize(
    ("persona", "target"),
    [
        ("practitioner", "/cases/"),
        ("supervisor", "/cases/"),
        ("analyst", "/reports/"),
        ("admin_user", "/supervisor/"),
    ],
)
def test_home_sends_each_role_to_its_place(request, login, persona, target):
    response = login(request.getfixturevalue(persona)).get("/")
    assert response.status_code == 302
    assert response["Location"] == target


def test_case_pages_refuse_get_for_writes_and_post_for_reads(login, practitioner, case):
    client = login(practitioner)
    assert client.get(reverse("case-note", args=[case.reference])).status_code == 405
    assert client.post(reverse("case-detail", args=[case.reference])).status_code == 405


def test_unknown_case_is_404(login, practitioner, db):
    response = login(practitioner).get(reverse("case-detail", args=["CB-1999-99999"]))
    assert response.status_code == 404


def test_login_page_renders_and_logs_in(client, practitioner):
    from tests.conftest import PASSWORD

    assert client.get(reverse("login")).status_code == 200
    response = client.post(reverse("login"), {"username": "alice", "password": PASSWORD})
    assert response.status_code == 302
    response = client.get(response["Location"], follow=True)
    assert response.redirect_chain[-1][0] == "/cases/"
    assert b"Log out" in response.content


def test_logout_is_post_only(login, practitioner):
    client = login(practitioner)
    assert client.get(reverse("logout")).status_code == 405
    assert client.post(reverse("logout")).status_code == 302
    assert client.get(reverse("case-queue")).status_code == 302  # logged out: to login


def test_nav_shows_each_role_its_own_links(login, practitioner, supervisor):
    page = login(practitioner).get(reverse("case-queue")).content.decode()
    assert "Record a call" in page
    assert ">Reports<" not in page
    page = login(supervisor).get(reverse("case-queue")).content.decode()
    assert ">Reports<" in page


def test_csrf_is_enforced_on_case_edits(practitioner, case):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(practitioner)
    response = client.post(reverse("case-note", args=[case.reference]), {"note-text": "hi"})
    assert response.status_code == 403
    assert case.messages.count() == 1


def test_admin_is_for_staff_admins_only(login, admin_user, practitioner):
    assert login(admin_user).get("/admin/").status_code == 200
    assert login(admin_user).get("/admin/cases/category/").status_code == 200
    assert login(admin_user).get("/admin/accounts/auditevent/").status_code == 200
    assert login(practitioner).get("/admin/").status_code == 302  # to the admin login


def test_admin_shows_case_metadata_only_and_changes_only_what_it_may(login, admin_user, case):
    client = login(admin_user)
    page = client.get(f"/admin/cases/case/{case.pk}/change/").content.decode()
    assert case.reference in page
    assert case.subject not in page
    assert "A fake TikTok account is posting" not in page
    response = client.post(
        f"/admin/cases/case/{case.pk}/change/",
        {
            "status": "closed",  # read-only here: ignored
            "enquirer_type": case.enquirer_type,
            "setting_type": case.setting_type,
            "region": "UKM",
            "assigned_to": "",
            "loaded_version": case.version,
        },
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert (case.status, case.region) == ("new", "UKM")
    assert client.get(f"/admin/cases/case/{case.pk}/delete/").status_code == 403


def test_admin_edits_and_retires_categories_and_sets_roles(login, admin_user, practitioner):
    from casebook.cases.models import Category

    client = login(admin_user)
    apps = Category.objects.get(name="Apps")
    response = client.post(
        f"/admin/cases/category/{apps.pk}/change/",
        {"name": "Apps", "definition": "New wording.", "position": 3, "retired": "on"},
    )
    assert response.status_code == 302
    apps.refresh_from_db()
    assert (apps.definition, apps.retired) == ("New wording.", True)
    assert client.get(f"/admin/cases/category/{apps.pk}/delete/").status_code == 403
    page = client.get(f"/admin/accounts/user/{practitioner.pk}/change/").content.decode()
    assert 'name="role"' in page


def test_audit_log_is_read_only_in_admin(login, admin_user, case):
    from casebook.accounts.models import AuditEvent

    event = AuditEvent.objects.filter(case=case).first()
    assert event is not None
    client = login(admin_user)
    assert client.get(f"/admin/accounts/auditevent/{event.pk}/change/").status_code == 200
    assert client.post(f"/admin/accounts/auditevent/{event.pk}/change/", {}).status_code == 403
    assert client.get(f"/admin/accounts/auditevent/{event.pk}/delete/").status_code == 403
