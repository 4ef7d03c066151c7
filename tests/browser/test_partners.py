"""Escalations, follow-ups and saved replies in a real browser (headless Chromium)."""

from __future__ import annotations

import importlib
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.utils import timezone

from casebook.cases.models import Direction, Platform, Status
from casebook.partners import actions
from casebook.partners.models import Escalation, Outcome
from tests.browser import scenario
from tests.browser.signin import log_in as sign_in

pytestmark = pytest.mark.browser


@pytest.fixture
def directory(seeded: None) -> None:
    """The seeded services, saved replies and partner entries (flushed with the live server)."""
    migration = importlib.import_module("casebook.partners.migrations.0002_seed_directory")
    migration.seed(apps, None)


def log_in(page: Any, live_server: Any, username: str = "rowan") -> None:
    # The live server's first page loads the whole app: slow on a busy machine.
    page.goto(f"{live_server.url}/login/", timeout=90_000)
    sign_in(page, live_server.url, username)  # the second factor too, where it is required
    page.wait_for_url("**/cases/")


def test_escalate_from_the_dialogue_record_outcome_follow_up_and_saved_reply(
    live_server: Any, directory: None, page: Any, screenshots: Path
) -> None:
    world = scenario.build()
    main = world.main_case
    instagram = Platform.objects.get(name="Instagram")
    log_in(page, live_server)
    page.goto(f"{live_server.url}/cases/{main.reference}/")

    # The handle in the enquirer's message is offered, with its platform already chosen.
    offered = page.locator(".offered-items li", has_text="@examplevale_dephead_real")
    assert offered.count() == 1
    assert offered.locator("select[name^='platform-']").input_value() == str(instagram.pk)
    offered.locator("button:has-text('Escalate')").click()
    page.wait_for_selector("text=Escalated to Instagram: @examplevale_dephead_real")
    open_row = page.locator("#escalations table.items tbody tr").first
    assert "@examplevale_dephead_real" in open_row.inner_text()
    assert page.locator(".offered-items li", has_text="@examplevale_dephead_real").count() == 0
    item = Escalation.objects.get(case=main)
    assert (item.platform, item.kind, item.escalated_by) == (
        instagram,
        "account",
        world.practitioner,
    )
    main.refresh_from_db()
    assert main.status == Status.ESCALATED
    page.screenshot(path=str(screenshots / "partners-escalated.png"), full_page=True)

    # Closing the case while the item is open asks first.
    page.select_option("#id_status-status", "closed")
    page.click("#workflow button:has-text('Change')")
    page.wait_for_selector("text=still waiting for an outcome")
    main.refresh_from_db()
    assert main.status == Status.ESCALATED

    # The platform answers: record the outcome.
    page.select_option(f"#outcome-{item.pk}", "removed")
    page.click(f"#escalation-{item.pk} button:has-text('Record')")
    page.wait_for_selector("text=Instagram: removed (@examplevale_dephead_real).")
    assert page.locator("summary:has-text('Items with an outcome (1)')").count() == 1
    item.refresh_from_db()
    assert item.outcome == Outcome.REMOVED
    main.refresh_from_db()
    assert main.status == Status.OPEN

    # A second item whose platform has not answered in time: a follow-up falls due.
    late = actions.do_escalate_item(
        case=main,
        actor=world.colleague,
        platform=Platform.objects.get(name="TikTok"),
        kind="url",
        item="https://www.tiktok.com/@examplevale_clips",
        at=timezone.now() - timedelta(days=14),
    )
    assert late.follow_up_due_at is not None and late.follow_up_due_at < timezone.now()
    page.goto(f"{live_server.url}/cases/")
    row = page.locator("table.queue tbody tr", has_text=main.reference)
    assert "Follow-up due" in row.inner_text()
    page.click("text=1 follow-up with platforms is overdue")
    page.wait_for_url("**/partners/follow-ups/")
    assert "https://www.tiktok.com/@examplevale_clips" in page.locator("table").inner_text()
    page.screenshot(path=str(screenshots / "partners-follow-ups.png"), full_page=True)
    page.click(f"text={main.reference}")
    page.wait_for_selector(f"#escalation-{late.pk}.overdue")
    page.click(f"#escalation-{late.pk} button:has-text('Chased')")
    page.wait_for_selector("text=Follow-up with TikTok recorded")
    late.refresh_from_db()
    assert late.follow_ups == 1 and late.follow_up_due_at > timezone.now()
    page.goto(f"{live_server.url}/cases/")
    assert "Follow-up due" not in page.locator("table.queue").inner_text()

    # A saved reply, filled in for this case, inserted into the reply box, edited and sent.
    page.goto(f"{live_server.url}/cases/{main.reference}/")
    page.select_option("#saved-reply-choice", label="Escalated to the platform")
    page.click("#saved-reply-insert")
    box = page.locator("textarea[name='reply-text']")
    assert box.is_visible()
    text = box.input_value()
    assert text.startswith("Dear Harriet,\n\nWe have reported the content to Instagram")
    assert f"({main.reference})" in text
    box.press("End")
    box.type("\n\nP.S. The account has already been removed.")
    page.click("button:has-text('Send email to')")
    page.wait_for_selector("text=P.S. The account has already been removed.")
    sent = main.messages.filter(direction=Direction.OUTBOUND).order_by("-pk").first()
    assert sent is not None
    body = sent.body_text.replace("\r\n", "\n")  # browsers send textareas with CRLF
    assert body.startswith("Dear Harriet,\n\nWe have reported the content to Instagram")
    assert body.endswith("P.S. The account has already been removed.")
    page.screenshot(path=str(screenshots / "partners-case.png"), full_page=True)
