"""Logging in from a browser test, second factor included.

Under settings where two-factor sign-in is required (production mode, as on the real server
in CI, or a test that turns it on), an account with no authenticator enrols one from the
key on the setup page, and one with an authenticator types the app's current code.
"""

from __future__ import annotations

import time
from typing import Any

from tests.accounts.totp import code_for, code_for_key
from tests.browser import scenario


def _fresh_code(username: str) -> str:
    """A code the server has not seen yet: the same code is never accepted twice."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.get(user__username=username, confirmed=True)
    now_t = int((time.time() - device.t0) // device.step)
    if device.last_t >= now_t + 1:  # both this step's and the next one's are spent
        time.sleep(device.step - (time.time() - device.t0) % device.step + 0.5)
        now_t += 1
    return code_for(device, steps_ahead=max(0, device.last_t + 1 - now_t))


def log_in(page: Any, base: str, username: str, password: str = scenario.PASSWORD) -> None:
    """Log in and land on the page the login leads to, passing any second-factor step."""
    page.goto(f"{base}/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button:has-text('Log in')")
    page.wait_for_load_state()
    if "/account/two-factor/setup/" in page.url:
        key = page.inner_text("#totp-key")
        page.fill("#id_code", code_for_key(key))
        page.click("button:has-text('Confirm')")
        page.wait_for_selector("#recovery-codes")
        page.click("text=I have kept them: continue")
        page.wait_for_load_state()
    elif "/account/two-factor/" in page.url:
        page.fill("#id_code", _fresh_code(username))
        page.click("button:has-text('Continue')")
        page.wait_for_load_state()


def wait_for_report(page: Any, timeout: float = 180) -> None:
    """On a report's page, wait until the report worker has built it and it shows.

    Against the real server its own report worker builds it and the page refreshes itself;
    under the in-process test server there is no worker, so the test builds it here."""
    import os

    from playwright.sync_api import Error as PlaywrightError

    from casebook.analysis.jobs import run_pending_jobs

    deadline = time.monotonic() + timeout
    while page.locator("#job-progress").count():
        if time.monotonic() > deadline:
            raise AssertionError("the report was not built in time")
        if not os.environ.get("CASEBOOK_SERVER_URL"):
            # In-process the live server's threads share one in-memory SQLite database whose
            # tables lock without waiting: the page's own progress check during the build
            # could fail the job's writes. So the page is left while the job is built.
            url = page.url
            page.goto("about:blank")
            run_pending_jobs()
            page.goto(url)
            continue
        page.wait_for_timeout(500)
        try:
            page.reload()
        except PlaywrightError:
            # The progress page refreshes itself: a reload that meets its own navigation is
            # aborted, and the page it was going to is the one to look at.
            page.wait_for_load_state()
    page.wait_for_selector(".report")
