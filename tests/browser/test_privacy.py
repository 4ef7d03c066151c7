"""The privacy pages in Chromium, under the site's Content-Security-Policy: an admin finds a
person, downloads their export and erases them; a supervisor puts a case on legal hold from
the case page. Screenshots go to `screenshots` for a person to look at."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.browser.signin import log_in
from tests.conftest import SERVER_URL

pytestmark = pytest.mark.browser

PASSWORD = "correct-horse-battery-staple"


def _log_in(page: Any, base: str, username: str) -> None:
    log_in(page, base, username, PASSWORD)  # the second factor too, where it is required


def test_privacy_pages_in_the_browser(
    live_server: Any, seeded: None, page: Any, screenshots: Path, settings: Any, tmp_path: Path
) -> None:
    from casebook.accounts.models import User
    from casebook.cases.actions import do_open_case
    from casebook.cases.models import Enquirer
    from casebook.privacy.models import LegalHold

    if not SERVER_URL:  # against the real server, its own attachments folder
        settings.ATTACHMENTS_DIR = tmp_path / "attachments"
    User.objects.create_user(
        username="ada", password=PASSWORD, role="admin", is_staff=True, is_superuser=True
    )
    User.objects.create_user(username="sam", password=PASSWORD, role="supervisor")
    enquirer = Enquirer.objects.create(
        name="Bea Browser", email="bea.browser@school.invalid", phone="07700 900777"
    )
    case = do_open_case(
        enquirer=enquirer,
        channel="email",
        subject="Group chat",
        first_message="Bea Browser asking about a group chat.",
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

    _log_in(page, base, "sam")
    page.goto(f"{base}/cases/{case.reference}/")
    page.click("summary:has-text('Legal hold')")
    page.fill("#hold-reason", "Police investigation, officer's request of 2 May")
    page.click("button:has-text('Place a hold')")
    page.wait_for_load_state()
    assert page.locator("#privacy h2").inner_text() == "Legal hold"
    page.locator("#privacy").screenshot(path=str(screenshots / "privacy-case-hold.png"))
    assert LegalHold.objects.filter(case=case, lifted_at__isnull=True).exists()
    page.click("button:has-text('Lift the hold')")
    page.wait_for_load_state()
    page.click("button:has-text('Log out')")

    _log_in(page, base, "ada")  # admins land in the admin site
    page.goto(f"{base}/admin/privacy/retentionpolicy/")
    page.click("a:has-text('Retention overview')")
    page.wait_for_load_state()
    assert page.locator("nav.mainnav a[aria-current=page]").inner_text() == "Privacy"
    page.screenshot(path=str(screenshots / "privacy-overview.png"), full_page=True)
    page.click("a:has-text('Subject access and erasure')")
    page.fill("#id_email", "bea.browser@school.invalid")
    page.click("button:has-text('Find')")
    page.wait_for_load_state()
    assert "bea.browser" not in page.url
    assert case.reference in page.locator("#found").inner_text()
    with page.expect_download() as download:
        page.click("button:has-text('Download the subject access export')")
    assert download.value.suggested_filename.endswith(".zip")
    page.screenshot(path=str(screenshots / "privacy-person.png"), full_page=True)
    page.fill("#id_reason", "Erasure request by letter of 3 May, Article 17")
    page.check("#id_confirm")
    page.click("button:has-text('Erase')")
    page.wait_for_load_state()
    assert "Erased: 1 cases anonymised" in page.locator(".flash").inner_text()
    page.click("a:has-text('Audit log')")
    page.fill("#id_action", "person.")
    page.click("button:has-text('Filter')")
    page.wait_for_load_state()
    assert "person.erased" in page.locator("table.audit").inner_text()
    page.screenshot(path=str(screenshots / "privacy-audit.png"), full_page=True)
    assert not Enquirer.objects.filter(email="bea.browser@school.invalid").exists()
    assert violations == [], violations
