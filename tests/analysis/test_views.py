"""The reports pages: who may open them, the page, and every download."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.urls import reverse

QUERY = "start=2021-11-01&end=2022-11-01&compare_start=2020-01-16&compare_end=2021-01-23"


def login(client: Any, user: Any) -> Any:
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_practitioners_are_refused(client, practitioner, small_helpline):
    login(client, practitioner)
    assert client.get(reverse("reports:index")).status_code == 403
    assert client.get(reverse("reports:download", args=["json"]) + "?" + QUERY).status_code == 403


@pytest.mark.django_db
def test_anonymous_is_sent_to_login(client):
    response = client.get(reverse("reports:index"))
    assert response.status_code == 302 and "/login/" in response["Location"]


@pytest.mark.parametrize("persona", ["supervisor", "analyst", "admin_user"])
@pytest.mark.django_db
def test_report_roles_may_open_the_page(client, request, persona):
    login(client, request.getfixturevalue(persona))
    blank = client.get(reverse("reports:index"))
    assert blank.status_code == 200 and b"Show report" in blank.content


@pytest.mark.django_db
def test_the_page_shows_tables_and_figures_without_personal_data(client, analyst, small_helpline):
    login(client, analyst)
    page = client.get(reverse("reports:index") + "?" + QUERY)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Nature of enquiries" in html and "66.67%" in html
    assert "data:image/svg+xml;base64," in html  # figures on the page
    # Only aggregates and redacted text: no enquirer's name, email or phone number.
    assert "Jane Example" not in html and "07700 900123" not in html
    assert "example-school.invalid" not in html


@pytest.mark.django_db
def test_bad_periods_are_explained(client, analyst):
    login(client, analyst)
    page = client.get(reverse("reports:index") + "?start=2022-01-01&end=2021-01-01")
    assert page.status_code == 400
    assert b"must end after it starts" in page.content


@pytest.mark.django_db
def test_downloads_of_every_format(client, analyst, small_helpline):
    login(client, analyst)
    magic = {"json": b"{", "xlsx": b"PK", "pdf": b"%PDF", "html": b"<!doctype"}
    for fmt in ("json", "xlsx", "html", "pdf"):  # one report, drawn once and reused
        response = client.get(reverse("reports:download", args=[fmt]) + "?" + QUERY)
        assert response.status_code == 200
        assert response.content.startswith(magic[fmt])
        assert "report-2021-11-01-to-2022-11-01" in response["Content-Disposition"]
    data = json.loads(client.get(reverse("reports:download", args=["json"]) + "?" + QUERY).content)
    assert data["period"]["cases"] == 3


@pytest.mark.django_db
def test_an_edit_gives_a_fresh_report(client, analyst, small_helpline):
    from casebook.cases.actions import do_open_case

    login(client, analyst)
    url = reverse("reports:download", args=["json"]) + "?" + QUERY
    assert json.loads(client.get(url).content)["period"]["cases"] == 3
    do_open_case(
        enquirer=small_helpline[0].enquirer,
        channel="email",
        subject="Another",
        first_message="Another enquiry",
        opened_at=small_helpline[1].opened_at,
    )
    assert json.loads(client.get(url).content)["period"]["cases"] == 4


@pytest.mark.django_db
def test_unknown_format_is_refused(client, analyst):
    login(client, analyst)
    assert client.get(reverse("reports:download", args=["docx"]) + "?" + QUERY).status_code == 400


@pytest.mark.django_db
def test_report_download_html_is_sandboxed_with_its_own_policy(client, analyst, small_helpline):
    client.force_login(analyst)
    query = "start=2021-11-01&end=2022-11-01"
    response = client.get(reverse("reports:download", args=["html"]) + "?" + query)
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "sandbox" in policy and "default-src 'none'" in policy
    assert "script-src" not in policy and "unsafe" not in policy
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert '<meta http-equiv="Content-Security-Policy"' in html
    # The meta policy allows exactly the one stylesheet in the file, by its hash.
    import base64
    import hashlib
    import re
    from html import unescape

    style = re.search(r"<style>(.*?)</style>", html, re.DOTALL)
    assert style is not None
    css = style.group(1)
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in policy and f"'sha256-{digest}'" in unescape(html)
