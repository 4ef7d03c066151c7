"""Every main page runs under the Content-Security-Policy without a single violation.

Chromium reports each blocked script, style or image on the console; a page that needs
something the policy forbids (an inline script, a style attribute, a remote font) fails here.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser import scenario
from tests.browser.signin import log_in, wait_for_report

pytestmark = pytest.mark.browser


def _log_in(page: Any, base: str, username: str) -> None:
    log_in(page, base, username)  # the second factor too, where it is required


def test_main_pages_have_no_policy_violations(live_server: Any, seeded: None, page: Any) -> None:
    from casebook.accounts.models import User

    world = scenario.build()
    User.objects.create_user(
        username="ada", password=scenario.PASSWORD, role="admin", is_staff=True, is_superuser=True
    )
    violations: list[str] = []
    page.on(
        "console",
        lambda msg: (
            violations.append(f"{page.url}: {msg.text}")
            if "Content Security Policy" in msg.text
            else None
        ),
    )
    base = live_server.url
    visited = []

    def visit(path: str) -> None:
        response = page.goto(base + path)
        assert response is not None and response.status < 400, path
        assert "Content-Security-Policy" in {k.title(): v for k, v in response.headers.items()}
        visited.append(path)

    visit("/enquire/")
    visit("/login/")
    _log_in(page, base, "rowan")
    visit("/cases/")
    visit(f"/cases/{world.main_case.reference}/")
    page.click("summary:has-text('Edit platforms')")
    visit("/cases/new/phone/")
    page.click("button:has-text('Log out')")
    _log_in(page, base, "ada")
    from datetime import date, timedelta

    today = date.today()
    query = f"start={today - timedelta(days=700)}&end={today + timedelta(days=30)}"
    visit(f"/reports/?{query}")  # the report's page: waiting, then the report
    wait_for_report(page)
    assert page.locator("img[src^='data:image/svg+xml']").count() > 0
    visit("/admin/")
    visit("/admin/accounts/user/")
    visit("/admin/accounts/user/add/")
    visit(f"/admin/accounts/user/{world.practitioner.pk}/change/")
    visit("/admin/cases/category/")
    assert violations == [], violations

    # The self-contained report: its own stricter policy, and its styles still apply.
    response = page.goto(f"{base}/reports/download/html/?{query}")
    assert response is not None and response.status == 200
    assert violations == [], violations
    # The inline stylesheet (allowed by its hash) was applied: the masthead is blue.
    background = page.evaluate(
        "getComputedStyle(document.querySelector('.masthead')).backgroundColor"
    )
    assert background == "rgb(15, 92, 140)"
    assert len(visited) == 11
