"""The queue in a real browser: due order, keyboard shortcuts, the skip link, and a phone."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.browser import scenario
from tests.browser.signin import log_in

pytestmark = pytest.mark.browser


def _log_in(page: Any, base: str) -> None:
    log_in(page, base, "rowan")  # the second factor too, where required
    page.wait_for_url(f"{base}/cases/")


def test_queue_keyboard_skip_link_and_countdowns(
    live_server: Any, seeded: None, page: Any, screenshots: Path
) -> None:
    scenario.build()
    _log_in(page, live_server.url)
    page.goto(f"{live_server.url}/cases/")
    rows = page.locator("table.queue tbody tr")
    assert rows.count() >= 5
    assert page.locator("#id_order").input_value() == "due"
    assert page.locator(".countdown").count() >= 1  # every new enquiry has a countdown

    # The skip link is the first thing a keyboard reaches on the page after the top bar.
    page.focus("body")
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('skip')"):
            break
    assert page.evaluate("document.activeElement.textContent") == "Skip to the cases"
    page.keyboard.press("Enter")
    # The fragment navigation lands after the key press returns: wait for it (on a loaded
    # machine the URL was read before it had changed).
    page.wait_for_url(re.compile(r"/cases/#queue-results$"), timeout=10_000)

    # j, j, k: the second row is current; o opens it.
    page.keyboard.press("j")
    page.keyboard.press("j")
    page.keyboard.press("j")
    page.keyboard.press("k")
    current = page.locator("table.queue tbody tr.current")
    assert current.count() == 1
    second_ref = rows.nth(1).locator("td.ref a").inner_text()
    assert current.locator("td.ref a").inner_text() == second_ref
    page.screenshot(path=str(screenshots / "queue-due.png"), full_page=True)
    page.keyboard.press("o")
    page.wait_for_url(f"**/cases/{second_ref}/")

    # Typing in the search box is never taken as a shortcut.
    page.goto(f"{live_server.url}/cases/")
    page.fill("#id_q", "job")
    assert page.locator("table.queue tbody tr.current").count() == 0


def test_queue_at_phone_width(live_server: Any, seeded: None, browser: Any, screenshots: Path):
    scenario.build()
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-GB")
    page = context.new_page()
    try:
        _log_in(page, live_server.url)
        page.goto(f"{live_server.url}/cases/")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"the page scrolls sideways: {width}px"
        logout = page.locator("header.topbar button:has-text('Log out')")
        box = logout.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
        table = page.locator("table.queue").bounding_box()
        assert table is not None and table["width"] <= 390
        first_ref = page.locator("table.queue tbody tr td.ref a").first.bounding_box()
        assert first_ref is not None and first_ref["x"] + first_ref["width"] <= 390
        page.screenshot(path=str(screenshots / "queue-390.png"), full_page=True)
    finally:
        context.close()
