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
