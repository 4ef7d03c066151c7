"""The admin site leads to the rest of Casebook: an admin reaches the reports and the privacy
pages from every admin page, and every admin page carries Casebook's admin styles (underlined
breadcrumb links: axe's link-in-text-block)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.conftest import PASSWORD


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name, args",
    [
        ("admin:index", []),
        ("admin:cases_case_changelist", []),
        ("admin:accounts_user_changelist", []),
        ("admin:cases_category_changelist", []),
    ],
)
def test_every_admin_page_links_to_reports_and_privacy(client, admin_user, name, args):
    client.login(username=admin_user.username, password=PASSWORD)
    response = client.get(reverse(name, args=args))
    assert response.status_code == 200
    page = response.content.decode()
    assert f'<a href="{reverse("reports:index")}">Reports</a>' in page
    assert f'<a href="{reverse("privacy-overview")}">Privacy</a>' in page
    assert page.count("cases/admin") >= 1
    assert "Casebook administration" in page and "Django administration" not in page


@pytest.mark.django_db
def test_a_case_change_page_has_the_admin_styles(client, admin_user, case):
    client.login(username=admin_user.username, password=PASSWORD)
    page = client.get(reverse("admin:cases_case_change", args=[case.pk])).content.decode()
    assert 'href="/static/cases/admin' in page


@pytest.mark.django_db
def test_a_staff_account_without_report_access_gets_no_reports_link(client, make_user):
    from casebook.accounts.models import Role

    staff = make_user("pat", Role.PRACTITIONER, is_staff=True, is_superuser=True)
    client.login(username=staff.username, password=PASSWORD)
    page = client.get(reverse("admin:index")).content.decode()
    assert ">Reports</a>" not in page and ">Privacy</a>" not in page
    assert "View site" in page


@pytest.mark.django_db
def test_view_site_leads_an_admin_out_of_the_admin(client, admin_user):
    client.login(username=admin_user.username, password=PASSWORD)
    page = client.get(reverse("admin:index")).content.decode()
    assert '<a href="/">View site</a>' in page
    landing = client.get("/", follow=True)
    assert landing.status_code == 200
    assert landing.redirect_chain[-1][0] == reverse("triage:dashboard")
    assert not landing.redirect_chain[-1][0].startswith("/admin/")
