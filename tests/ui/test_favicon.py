"""Every kind of page names the site's icon, so browsers do not ask for /favicon.ico (a 404
and a console error on every page)."""

from __future__ import annotations

import pytest
from django.contrib.staticfiles import finders
from django.templatetags.static import static

from tests.conftest import PASSWORD

ICON = static("cases/favicon.svg")


def test_the_icon_is_a_static_file() -> None:
    found = finders.find("cases/favicon.svg")
    assert found is not None
    with open(found, encoding="utf-8") as svg:
        assert svg.read().startswith("<svg")


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/login/", "/enquire/", "/cases/", "/admin/"])
def test_every_kind_of_page_links_the_icon(client, admin_user, practitioner, path) -> None:
    user = admin_user if path == "/admin/" else practitioner
    if path not in ("/login/", "/enquire/"):
        client.login(username=user.username, password=PASSWORD)
    page = client.get(path).content.decode()
    assert f'<link rel="icon" href="{ICON}" type="image/svg+xml">' in page
