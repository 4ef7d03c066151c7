"""axe-core on every main page, at desktop width and on a 390 px phone: no serious or critical
violation. At phone width each page is also screenshotted, and the page itself must not be
wider than the screen (a wide table scrolls inside its own box instead).

axe is bundled by axe-playwright-python; nothing is fetched. The pages are every page a user
reaches from the navigation, for each role, plus the sign-in and two-factor pages, the public
enquiry form and the error pages. The partners' own pages have their own check as well
(test_partners_a11y.py).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from casebook.accounts.models import User
from casebook.cases.models import Platform
from casebook.partners import actions as partner_actions
from casebook.privacy.actions import do_place_hold
from tests.accounts.totp import code_for_key
from tests.browser import scenario
from tests.browser.signin import log_in, wait_for_report
from tests.browser.test_partners_a11y import problems

pytestmark = pytest.mark.browser

WIDTHS = {"desktop": 1400, "phone": 390}


@pytest.fixture(params=list(WIDTHS))
def width(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def context(browser: Any, width: str) -> Iterator[Any]:
    context = browser.new_context(
        viewport={"width": WIDTHS[width], "height": 900},
        locale="en-GB",
        # The standalone report forbids every script (its policy and a sandbox); axe needs one.
        bypass_csp=True,
    )
    context.set_default_timeout(20_000)
    yield context
    context.close()


@pytest.fixture
def world(seeded: None) -> scenario.Scenario:
    migration = importlib.import_module("casebook.partners.migrations.0002_seed_directory")
    migration.seed(apps, None)  # the partner directory, as a new install has it
    world = scenario.build()
    for username, role, staff in (
        ("sam", "supervisor", False),
        ("ada", "admin", True),
        ("kim", "practitioner", False),
    ):
        User.objects.create_user(
            username=username,
            password=scenario.PASSWORD,
            role=role,
            first_name=username.title(),
            is_staff=staff,
            is_superuser=staff,
        )
    return world


class Checker:
    """Visits pages as one user, collecting each page's serious or critical violations."""

    def __init__(self, context: Any, base: str, width: str, shots: Path) -> None:
        self.page = context.new_page()
        self.base = base
        self.width = width
        self.shots = shots
        self.found: dict[str, list[str]] = {}
        self.visited: list[str] = []

    def log_in(self, username: str) -> None:
        # The live server's first page loads the whole app: slow on a busy machine.
        self.page.goto(f"{self.base}/login/", timeout=90_000)
        log_in(self.page, self.base, username)  # the second factor too, where required

    def check(self, name: str, path: str | None = None) -> None:
        """Check the page at `path` (or the one the browser is on) under `name`."""
        if path is not None:
            response = self.page.goto(f"{self.base}{path}")
            assert response is not None and response.status < 500, (name, path)
        self.page.wait_for_load_state()
        self.visited.append(name)
        bad = problems(self.page)
        self.page.screenshot(path=str(self.shots / f"{self.width}-{name}.png"), full_page=True)
        if self.width == "phone":
            # The page scrolls down, never sideways: what does not fit scrolls in its own box.
            overflow = self.page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            if overflow > 0:
                bad.append(f"the page is {overflow}px wider than the phone's screen")
        if bad:
            self.found[name] = bad


def test_every_main_page(
    live_server: Any, world: scenario.Scenario, context: Any, width: str, screenshots: Path
) -> None:
    cache.clear()  # fresh rate-limit allowances for the logins and the enquiry form
    base = live_server.url
    main = world.main_case
    escalation = partner_actions.do_escalate_item(
        case=main,
        actor=world.practitioner,
        platform=Platform.objects.get(name="Instagram"),
        kind="account",
        item="@examplevale_dephead_real",
    )
    supervisor = User.objects.get(username="sam")
    do_place_hold(case=world.cases[3], actor=supervisor, reason="Police investigation")
    today = timezone.localdate()
    recent = f"start={today - timedelta(days=365)}&end={today + timedelta(days=1)}"
    checkers: list[Checker] = []

    def checker() -> Checker:
        checkers.append(Checker(context, base, width, screenshots))
        return checkers[-1]

    public = checker()
    public.check("login", "/login/")
    p = public.page
    p.fill("#id_username", "nobody")
    p.fill("#id_password", "not-the-password")
    p.click("button:has-text('Log in')")
    p.wait_for_load_state()
    public.check("login-failed")
    public.check("enquiry-form", reverse("enquire"))
    p.click("button:has-text('Send enquiry')")  # nothing filled in: the errors show
    p.wait_for_load_state()
    public.check("enquiry-form-errors")
    p.fill("#id_name", "Morgan Example")
    p.fill("#id_email", "morgan@police.example.org")
    p.select_option("#id_enquirer_type", label="Police")
    p.fill("#id_subject", "Pupil threatened after sharing images")
    p.fill("#id_text", "A pupil is being told to pay or their images will be shared.")
    p.click("button:has-text('Send enquiry')")
    p.wait_for_selector("text=we have your enquiry")
    public.check("enquiry-thanks")
    public.check("not-found", "/no-such-page/")

    work = checker()
    work.log_in("rowan")
    work.check("queue", reverse("case-queue"))
    work.check("queue-search", f"{reverse('case-queue')}?q=Instagram")
    work.check("queue-no-match", f"{reverse('case-queue')}?q=nothing+like+this")
    work.check("case", reverse("case-detail", args=[main.reference]))
    work.check("case-new", reverse("case-detail", args=[world.cases[1].reference]))
    work.check("phone-call", reverse("case-new-phone"))
    work.check("add-call", reverse("case-add-call", args=[main.reference]))
    work.check("escalate", reverse("partners-escalate", args=[main.reference]))
    work.check("escalation", reverse("partners-escalation", args=[main.reference, escalation.pk]))
    work.check("refer", reverse("partners-refer", args=[main.reference]))
    work.check("partner-directory", reverse("partners-directory"))
    work.check("follow-ups", reverse("partners-follow-ups"))
    work.check("account", reverse("account"))
    work.check("password-change", reverse("password-change"))
    work.check("forbidden", reverse("reports:index"))
    work.page.close()

    # A new account's two-factor pages: enrolling, a wrong code, the recovery codes, then
    # the code step of the next sign-in.
    enrol = checker()
    e = enrol.page
    e.goto(f"{base}/login/", timeout=90_000)
    e.fill("#id_username", "kim")
    e.fill("#id_password", scenario.PASSWORD)
    e.click("button:has-text('Log in')")
    e.wait_for_load_state()
    enrol.check("two-factor-setup", reverse("two-factor-setup"))
    e.fill("#id_code", "000000")
    e.click("button:has-text('Confirm')")
    e.wait_for_load_state()
    enrol.check("two-factor-setup-wrong-code")
    e.wait_for_timeout(1500)  # django-otp makes the next try wait a second after a wrong code
    e.fill("#id_code", code_for_key(e.inner_text("#totp-key")))
    e.click("button:has-text('Confirm')")
    e.wait_for_selector("#recovery-codes")
    enrol.check("recovery-codes")
    e.click("text=I have kept them: continue")
    e.wait_for_load_state()
    e.click("button:has-text('Log out')")
    e.wait_for_load_state()
    e.fill("#id_username", "kim")
    e.fill("#id_password", scenario.PASSWORD)
    e.click("button:has-text('Log in')")
    e.wait_for_load_state()
    enrol.check("two-factor-verify", reverse("two-factor-verify"))
    e.close()

    sup = checker()
    sup.log_in("sam")
    sup.check("dashboard", reverse("triage:dashboard"))
    # The reports page opens with the last twelve months filled in, and they submit.
    sup.check("reports", reverse("reports:index"))
    sup.page.click("button:has-text('Show report')")
    sup.page.wait_for_url(re.compile(r".*/reports/jobs/[0-9a-f-]+/$"))
    if sup.page.locator("#job-progress").count():  # always, unless a worker was quicker
        sup.check("report-building")
    wait_for_report(sup.page)
    sup.check("report-default-period")
    sup.page.goto(f"{base}{reverse('reports:index')}?{recent}")
    wait_for_report(sup.page)
    sup.check("report")
    html_link = sup.page.locator("a.button", has_text="HTML").get_attribute("href")
    sup.check("report-review", f"{reverse('reports:review')}?{recent}")
    sup.check("report-html", html_link)
    sup.check("legal-holds", reverse("privacy-holds"))
    sup.page.close()

    admin = checker()
    admin.log_in("ada")
    admin.check("admin", reverse("admin:index"))
    admin.check("admin-cases", reverse("admin:cases_case_changelist"))
    admin.check("admin-case", reverse("admin:cases_case_change", args=[main.pk]))
    admin.check("admin-users", reverse("admin:accounts_user_changelist"))
    admin.check("privacy", reverse("privacy-overview"))
    admin.check("privacy-holds", reverse("privacy-holds"))
    admin.check("privacy-person", reverse("privacy-person"))
    admin.page.fill("#id_email", "h.quill@examplevale-academy.example.org")
    admin.page.click("button:has-text('Find')")
    admin.page.wait_for_selector("#found")
    admin.check("privacy-person-found")
    admin.check("privacy-audit", reverse("privacy-audit"))

    visited = [name for c in checkers for name in c.visited]
    assert (
        len(set(visited) - {"report-building"})
        == len(visited) - visited.count("report-building")
        == 41
    )
    found = {name: bad for c in checkers for name, bad in c.found.items()}
    assert not found, "\n".join(f"{name}: {bad}" for name, bads in found.items() for bad in bads)
