"""A case with hundreds of escalated items in a real browser (headless Chromium): the case
page shows the latest history with a link to the full history page, and each open item's
follow-up date stands clear of its "Chased" button at desktop and phone width."""

from __future__ import annotations

import importlib
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.utils import timezone

from casebook.accounts.models import AuditEvent
from casebook.cases.models import Platform
from casebook.cases.queries import HISTORY_PAGE_SIZE, HISTORY_SHOWN
from casebook.partners import actions
from tests.browser import scenario
from tests.browser.signin import log_in as sign_in

pytestmark = pytest.mark.browser

ITEMS = 120  # escalations (half answered): with the outcomes, about 180 audit events


@pytest.fixture
def directory(seeded: None) -> None:
    migration = importlib.import_module("casebook.partners.migrations.0002_seed_directory")
    migration.seed(apps, None)


def apart(a: dict[str, float], b: dict[str, float], gap: float = 4) -> bool:
    """Whether box b (Playwright's x, y, width, height) stands at least gap pixels to the right
    of box a or below it: not overlapping, and not touching either."""
    return b["x"] >= a["x"] + a["width"] + gap or b["y"] >= a["y"] + a["height"] + gap


def test_busy_case_history_and_follow_ups(
    live_server: Any, directory: None, page: Any, screenshots: Path
) -> None:
    world = scenario.build()
    case = world.main_case
    platforms = list(Platform.objects.filter(retired=False).order_by("name")[:4])
    now = timezone.now()
    items = [
        actions.do_escalate_item(
            case=case,
            actor=world.practitioner,
            platform=platforms[n % len(platforms)],
            kind="url",
            item=f"https://video.example.invalid/watch/{n:04d}",
            # The older ones are overdue for a follow-up, the newer ones due later.
            at=now - timedelta(days=20 if n < 10 else 1),
        )
        for n in range(ITEMS)
    ]
    for item in items[ITEMS // 2 :]:
        actions.do_record_outcome(escalation=item, actor=world.practitioner, outcome="removed")
    total = AuditEvent.objects.filter(case=case).count()
    assert total > HISTORY_PAGE_SIZE

    page.goto(f"{live_server.url}/login/", timeout=90_000)
    sign_in(page, live_server.url, "rowan")
    page.wait_for_url("**/cases/")
    page.goto(f"{live_server.url}/cases/{case.reference}/")

    # The history card holds the latest entries and a link to the rest.
    history = page.locator("#history")
    history.locator("summary").click()
    assert history.locator("ol.timeline > li").count() == HISTORY_SHOWN
    assert f"The latest {HISTORY_SHOWN} of {total} changes" in history.inner_text()
    assert "Outcome from" in history.inner_text()  # the items' events in words
    history.screenshot(path=str(screenshots / "busy-case-history-card.png"))

    # Every open item's follow-up date and its button stand apart.
    def check_follow_ups(width: str) -> None:
        rows = page.locator("#escalations table.items tbody tr:has(button[name='chase'])")
        assert rows.count() == ITEMS // 2
        for n in (0, 9, 10, ITEMS // 2 - 1):  # overdue and due, first and last
            row = rows.nth(n)
            due = row.locator(".due-when").bounding_box()
            button = row.locator("button[name='chase']").bounding_box()
            assert due and button, width
            assert apart(due, button), (width, n, due, button)
            assert due["height"] < 3 * button["height"], (width, n, due)  # not one word a line

    check_follow_ups("desktop")
    page.locator("#escalations").screenshot(path=str(screenshots / "busy-case-escalations.png"))
    page.screenshot(path=str(screenshots / "busy-case.png"), full_page=True)

    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    check_follow_ups("phone")
    page.locator("#escalations table.items").first.screenshot(
        path=str(screenshots / "busy-case-escalations-phone.png")
    )

    # The full history, a page at a time, newest first.
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.click(f"text=Full history: all {total} changes")
    page.wait_for_url(f"**/cases/{case.reference}/history/")
    assert page.locator("ol.timeline > li").count() == HISTORY_PAGE_SIZE
    page.screenshot(path=str(screenshots / "busy-case-history.png"), full_page=True)
    page.click("a[rel='next']")
    page.wait_for_url("**/history/?page=2")
    assert page.locator("ol.timeline > li").count() == total - HISTORY_PAGE_SIZE
    assert "Case opened" in page.locator("ol.timeline > li").last.inner_text()
    page.click(f"h1 a:has-text('{case.reference}')")
    page.wait_for_url(f"**/cases/{case.reference}/")
