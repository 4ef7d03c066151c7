"""A report's page while the report is built: it follows the build in place and shows the
report when ready, without reloading itself every few seconds (which throws a screen reader
back to the top: WCAG 2.2.1, axe's meta-refresh)."""

from __future__ import annotations

import os
import time
from typing import Any

import pytest
from django.core.cache import cache

from casebook.accounts.models import User
from tests.browser import scenario
from tests.browser.signin import log_in

pytestmark = pytest.mark.browser


def test_the_report_appears_by_itself(live_server: Any, seeded: None, page: Any) -> None:
    cache.clear()
    scenario.build()
    User.objects.create_user(username="sam", password=scenario.PASSWORD, role="supervisor")
    page.goto(f"{live_server.url}/login/", timeout=90_000)
    log_in(page, live_server.url, "sam")
    loads: list[str] = []
    page.on("load", lambda: loads.append(page.url))
    page.goto(f"{live_server.url}/reports/?start=2024-04-01&end=2025-04-01")
    page.wait_for_load_state()
    served = bool(os.environ.get("CASEBOOK_SERVER_URL"))
    if not served:
        # No report worker here: the job waits while the page watches (a page reloading
        # itself every two seconds would have loaded several times by now).
        assert page.locator("#job-progress").count() == 1
        assert page.locator('meta[http-equiv="refresh"]').count() == 0
        page.wait_for_timeout(5_000)
        assert len(loads) == 1
        from casebook.analysis.jobs import run_pending_jobs

        run_pending_jobs()
    deadline = time.monotonic() + 180
    while not page.locator(".report").count():  # no reload from here: the page's own doing
        assert time.monotonic() < deadline, "the report did not appear by itself"
        page.wait_for_timeout(250)
    assert page.locator("#job-progress").count() == 0
    assert len(loads) <= 2  # the page, then once more when the report is ready
