"""Accepting and dismissing suggested categories in a real browser."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from casebook.accounts.models import User
from casebook.cases.actions import do_open_case
from casebook.cases.models import CaseCategory, Enquirer, Provenance
from casebook.classify.models import Decision, SuggestionDecision
from tests.browser.signin import log_in

pytestmark = pytest.mark.browser
PASSWORD = "browser-test-password-1"


@pytest.fixture(autouse=True)
def _no_saved_model(settings: Any, tmp_path: Path) -> None:
    from casebook.classify import store

    settings.CLASSIFY_MODEL_DIR = tmp_path / "models"
    store.forget()


def test_accept_and_dismiss_suggestions(
    live_server: Any, seeded: None, page: Any, screenshots: Path
) -> None:
    User.objects.create_user(
        username="rowan", password=PASSWORD, role="practitioner", first_name="Rowan"
    )
    enquirer = Enquirer.objects.create(name="Pat Example", email="pat@school.invalid")
    case = do_open_case(
        enquirer=enquirer,
        channel="email",
        subject="Roblox voice chat",
        first_message="My son plays Roblox and Fortnite with strangers on voice chat every night.",
    )
    log_in(page, live_server.url, "rowan", PASSWORD)  # the second factor too, where required
    page.goto(f"{live_server.url}/cases/{case.reference}/")
    items = page.locator(".suggestlist li")
    assert items.count() == 5
    first = items.nth(0).get_attribute("data-category")
    second = items.nth(1).get_attribute("data-category")
    page.screenshot(path=str(screenshots / "suggestions.png"), full_page=True)

    items.nth(0).locator("button.accept").click()
    page.wait_for_selector(f"text=Category “{first}” added (suggested).")
    assert first in page.locator("#categories").inner_text()
    tag = CaseCategory.objects.get(case=case, category__name=first)
    assert tag.provenance == Provenance.SUGGESTED

    page.locator(f'.suggestlist li[data-category="{second}"] button.dismiss').click()
    page.wait_for_selector(f"text=Suggestion “{second}” dismissed.")
    names = [
        page.locator(".suggestlist li").nth(i).get_attribute("data-category")
        for i in range(page.locator(".suggestlist li").count())
    ]
    assert first not in names and second not in names
    decisions = dict(SuggestionDecision.objects.values_list("category__name", "decision"))
    assert decisions == {first: Decision.ACCEPTED, second: Decision.DISMISSED}


def test_supervisor_follows_a_flag_from_the_dashboard_and_confirms_it(
    live_server: Any, seeded: None, page: Any, screenshots: Path
) -> None:
    from casebook.classify.actions import do_assess_message
    from casebook.classify.models import FlagState, RiskFlag

    User.objects.create_user(username="sam", password=PASSWORD, role="supervisor", first_name="Sam")
    enquirer = Enquirer.objects.create(name="Pat Example", email="pat@school.invalid")
    case = do_open_case(
        enquirer=enquirer,
        channel="email",
        subject="Worried about a pupil",
        first_message="Her friends say she wants to kill herself after the group chat.",
    )
    do_assess_message(message=case.messages.get(), notify=False)
    log_in(page, live_server.url, "sam", PASSWORD)
    page.goto(f"{live_server.url}/supervisor/")
    row = page.locator("#flags-awaiting-review tr[data-flag='self_harm']")
    assert case.reference in row.inner_text() and "not emailed" in row.inner_text()
    page.screenshot(path=str(screenshots / "dashboard-flags.png"), full_page=True)
    row.locator("a").click()
    page.wait_for_url(f"**/cases/{case.reference}/#classify")
    banner = page.locator(".riskbanner[data-flag='self_harm']")
    banner.locator("button:has-text('Confirm flag')").click()
    page.wait_for_selector("text=confirmed.")
    assert RiskFlag.objects.get(case=case).state == FlagState.CONFIRMED
    page.goto(f"{live_server.url}/supervisor/")
    assert page.locator("#flags-awaiting-review tbody tr").count() == 0
