"""The supervisor dashboard in a real browser."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from casebook.accounts.models import User
from tests.browser import scenario
from tests.browser.signin import log_in

pytestmark = pytest.mark.browser


def test_supervisor_sees_the_dashboard_and_follows_a_tile(
    live_server: Any, seeded: None, page: Any, screenshots: Path
) -> None:
    scenario.build()
    User.objects.create_user(
        username="sam", password=scenario.PASSWORD, role="supervisor", first_name="Sam"
    )
    log_in(page, live_server.url, "sam")  # the second factor too, where required
    page.wait_for_url(f"{live_server.url}/cases/")
    page.click("nav.mainnav >> text=Dashboard")
    page.wait_for_url(f"{live_server.url}/supervisor/")
    assert page.locator("h1").inner_text() == "Supervisor dashboard"
    assert page.locator("#open-by-status tbody tr").count() == 4
    assert page.locator("#workload tbody tr").count() == 3  # Rowan, Kit, Sam
    assert page.locator("#volume tbody tr").count() == 7
    page.screenshot(path=str(screenshots / "dashboard.png"), full_page=True)
    page.click("a.tile:has-text('overdue now')")
    page.wait_for_url("**/cases/?due=breached")
    assert page.locator("#id_due").input_value() == "breached"
