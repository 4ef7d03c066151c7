"""Signing in from Chromium: lockout, enrolling an authenticator, codes, recovery codes."""

from __future__ import annotations

from typing import Any

import pytest

from tests.accounts.totp import code_for_key
from tests.browser import scenario
from tests.browser.signin import _fresh_code, log_in

pytestmark = pytest.mark.browser


@pytest.fixture
def two_factor(settings: Any) -> None:
    settings.TWO_FACTOR_REQUIRED = True


def _password_step(page: Any, base: str, username: str, password: str) -> None:
    page.goto(f"{base}/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button:has-text('Log in')")
    page.wait_for_load_state()


def test_enrol_then_sign_in_with_a_code_then_with_a_recovery_code(
    live_server: Any, seeded: None, page: Any, two_factor: None
) -> None:
    scenario.build()
    base = live_server.url

    _password_step(page, base, "rowan", scenario.PASSWORD)
    assert "/account/two-factor/setup/" in page.url
    assert page.locator("img.qr").get_attribute("src", timeout=5000).startswith("data:image/svg")
    key = page.inner_text("#totp-key")
    page.fill("#id_code", "000000")
    page.click("button:has-text('Confirm')")
    page.wait_for_selector("text=That code did not match")
    page.wait_for_timeout(1500)  # one wrong code: the next try must wait a second
    page.fill("#id_code", code_for_key(key))
    page.click("button:has-text('Confirm')")
    page.wait_for_selector("#recovery-codes")
    codes = page.locator("#recovery-codes code").all_inner_texts()
    assert len(codes) == 10
    page.click("text=I have kept them: continue")
    page.wait_for_url(f"{base}/cases/")

    page.click("button:has-text('Log out')")
    page.goto(f"{base}/cases/")  # where we wanted to go
    page.fill("#id_username", "rowan")
    page.fill("#id_password", scenario.PASSWORD)
    page.click("button:has-text('Log in')")
    page.wait_for_url("**/account/two-factor/?next=*")
    assert page.locator("text=Enter your code").is_visible()
    page.goto(f"{base}/reports/")  # nothing else opens before the code
    assert "/account/two-factor/" in page.url
    page.fill("#id_code", _fresh_code("rowan"))
    page.click("button:has-text('Continue')")
    page.wait_for_url(f"{base}/reports/**")

    page.click("button:has-text('Log out')")
    _password_step(page, base, "rowan", scenario.PASSWORD)
    page.fill("#id_code", codes[3])
    page.click("button:has-text('Continue')")
    page.wait_for_selector("text=You logged in with a recovery code; 9 are left")


def test_lockout_after_five_wrong_passwords(live_server: Any, seeded: None, page: Any) -> None:
    scenario.build()
    base = live_server.url
    for _ in range(4):
        _password_step(page, base, "rowan", "not-the-password")
        assert page.locator("text=did not match").is_visible()
    _password_step(page, base, "rowan", "not-the-password")
    assert page.locator("text=It is locked for 15 minutes").is_visible()
    _password_step(page, base, "rowan", scenario.PASSWORD)
    assert page.locator("text=It is locked for 15 minutes").is_visible()
    assert "/login/" in page.url
    # Another account is unaffected.
    log_in(page, base, "kit")
    assert "/cases/" in page.url
