"""A practitioner's day in a real browser: log in, filter the queue, work a case."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from casebook.cases.models import CaseCategory, Direction, Provenance
from tests.browser import scenario
from tests.browser.signin import log_in

pytestmark = pytest.mark.browser


def test_log_in_filter_open_case_add_category_and_note(
    live_server: Any, seeded: None, page: Any, screenshots: Path
) -> None:
    world = scenario.build()
    main = world.main_case

    page.goto(f"{live_server.url}/cases/")
    assert "/login/" in page.url  # not logged in yet
    log_in(page, live_server.url, "rowan")
    page.wait_for_url(f"{live_server.url}/cases/")
    assert page.locator("table.queue tbody tr").count() == 8  # every case but the closed one
    page.screenshot(path=str(screenshots / "queue.png"), full_page=True)

    # Filter: escalated social-network cases.
    page.select_option("#id_status", "escalated")
    page.select_option("#id_category", label="Social networks")
    page.click("button:has-text('Filter')")
    page.wait_for_url("**/cases/?*status=escalated*")
    rows = page.locator("table.queue tbody tr")
    assert rows.count() == 1
    assert main.reference in rows.first.inner_text()

    # Search by subject finds it too, and opens it.
    page.fill("#id_q", "impersonating")
    page.select_option("#id_status", "active")
    page.select_option("#id_category", "")
    page.click("button:has-text('Filter')")
    page.wait_for_url("**s=1*")
    assert "impersonating" not in page.url  # search text stays out of URLs
    assert page.locator("table.queue tbody tr").count() == 1
    page.click(f"text={main.reference}")
    page.wait_for_url(f"**/cases/{main.reference}/")

    dialogue = page.locator(".dialogue .msg")
    assert dialogue.count() == 3
    assert "@examplevale_dephead_real" in dialogue.nth(0).inner_text()
    assert "msg-out" in (dialogue.nth(1).get_attribute("class") or "")
    assert "msg-note" in (dialogue.nth(2).get_attribute("class") or "")

    # Add a category.
    page.select_option("#id_addcat-category", label="Cyber bullying")
    page.click("#categories button:has-text('Add')")
    page.wait_for_selector("text=Category “Cyber bullying” added.")
    tags = page.locator("#categories .taglist li")
    assert tags.count() == 3
    text = page.locator("#categories").inner_text()
    assert "Cyber bullying" in text
    assert "Added by Rowan Ashby" in text
    assert text.count("Chosen by the enquirer") == 2

    # Add a note.
    page.click("summary:has-text('Add an internal note')")
    page.fill("#id_note-text", "Instagram confirmed removal at 14:05; told the school.")
    page.click("button:has-text('Add note')")
    page.wait_for_selector("text=Note added.")
    last = page.locator(".dialogue .msg").last
    assert "Instagram confirmed removal at 14:05" in last.inner_text()
    assert "Rowan Ashby" in last.inner_text()
    assert "msg-note" in (last.get_attribute("class") or "")
    page.screenshot(path=str(screenshots / "case-page.png"), full_page=True)

    # The database agrees with the page.
    tag = CaseCategory.objects.get(case=main, category__name="Cyber bullying")
    assert (tag.provenance, tag.added_by) == (Provenance.PRACTITIONER, world.practitioner)
    assert main.messages.filter(
        direction=Direction.NOTE, body_text__startswith="Instagram confirmed"
    ).exists()


def test_stale_status_change_in_two_tabs(
    live_server: Any, seeded: None, browser: Any, screenshots: Path
) -> None:
    world = scenario.build()
    main = world.main_case
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    first, second = context.new_page(), context.new_page()
    log_in(first, live_server.url, "rowan")
    first.wait_for_url("**/cases/")
    url = f"{live_server.url}/cases/{main.reference}/"
    first.goto(url)
    second.goto(url)
    first.select_option("#id_status-status", "awaiting")
    first.click("#workflow button:has-text('Change')")
    first.wait_for_selector("text=Status changed to Awaiting enquirer.")
    second.select_option("#id_status-status", "closed")
    second.click("#workflow button:has-text('Change')")
    second.wait_for_selector("text=changed by someone else")
    assert second.locator("#id_status-status").input_value() == "closed"  # choice kept
    main.refresh_from_db()
    assert main.status == "awaiting"
    context.close()
