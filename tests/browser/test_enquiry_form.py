"""The public enquiry form in a real browser: bad input first, then good."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache

from casebook.cases.models import Case, Channel, Provenance

pytestmark = pytest.mark.browser


def test_bad_then_good_public_enquiry(
    live_server: Any, seeded: None, page: Any, screenshots: Path
) -> None:
    cache.clear()  # a fresh rate-limit allowance
    page.goto(f"{live_server.url}/enquire/")
    page.fill("#id_name", "Morgan Example")
    page.fill("#id_email", "morgan@@not-an-address")
    page.select_option("#id_enquirer_type", label="Police")
    page.select_option("#id_region", label="Wales")
    page.check("label:has-text('Sextortion') input")
    page.fill("#id_subject", "Pupil threatened after sharing images")
    words = "A pupil is being told to pay or their images will be shared with classmates."
    page.fill("#id_text", words)
    page.click("button:has-text('Send enquiry')")

    page.wait_for_selector("text=has not been sent yet")
    assert "Enter a valid email address." in page.inner_text("body")
    # What was typed is all still there.
    assert page.input_value("#id_name") == "Morgan Example"
    assert page.input_value("#id_text") == words
    assert page.is_checked("label:has-text('Sextortion') input")
    assert page.input_value("#id_region") == "UKL"
    assert Case.objects.count() == 0
    page.screenshot(path=str(screenshots / "enquiry-error.png"), full_page=True)

    page.fill("#id_email", "morgan@police.example.org")
    page.click("button:has-text('Send enquiry')")
    page.wait_for_selector("text=we have your enquiry")
    case = Case.objects.get()
    assert page.inner_text("#reference") == case.reference
    assert words not in page.inner_text("body")
    assert case.channel == Channel.WEB
    assert case.enquirer.enquirer_type == "police"
    tag = case.category_tags.get()
    assert (tag.category.name, tag.provenance) == ("Sextortion", Provenance.ENQUIRER)
    page.screenshot(path=str(screenshots / "enquiry-thanks.png"))
