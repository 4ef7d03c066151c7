"""axe-core in Chromium on the admin pages and casework pages the partners work touches: no
serious or critical violation (axe is bundled by axe-playwright-python; nothing is fetched)."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from django.apps import apps
from django.urls import reverse

from casebook.accounts.models import User
from casebook.cases.models import Category, Platform
from casebook.partners import actions
from casebook.partners.models import Partner, SavedReply, Service
from tests.browser import scenario
from tests.browser.signin import log_in as sign_in

pytestmark = pytest.mark.browser

BAD = {"serious", "critical"}


def problems(page: Any, context: object = None) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, context=context)
    return [
        f"{v['impact']}: {v['id']} ({v['help']}) at "
        + ", ".join(str(n["target"]) for n in v["nodes"][:3])
        for v in results.response["violations"]
        if v["impact"] in BAD
    ]


@pytest.fixture
def directory(seeded: None) -> None:
    migration = importlib.import_module("casebook.partners.migrations.0002_seed_directory")
    migration.seed(apps, None)


def log_in(page: Any, live_server: Any, username: str, password: str) -> None:
    # The live server's first page loads the whole app: slow on a busy machine.
    page.goto(f"{live_server.url}/login/", timeout=90_000)
    sign_in(page, live_server.url, username, password)  # the second factor too, where required


def test_admin_pages_have_no_serious_violations(live_server: Any, directory: None, page: Any):
    User.objects.create_user(
        username="ada", password=scenario.PASSWORD, role="admin", is_staff=True, is_superuser=True
    )
    log_in(page, live_server, "ada", scenario.PASSWORD)
    tiktok = Platform.objects.get(name="TikTok")
    pages = [
        reverse("admin:cases_category_changelist"),
        reverse("admin:cases_platform_changelist"),
        reverse("admin:cases_platform_change", args=[tiktok.pk]),
        reverse("admin:partners_partner_changelist"),
        reverse("admin:partners_partner_change", args=[Partner.objects.get(platform=tiktok).pk]),
        reverse("admin:partners_service_changelist"),
        reverse("admin:partners_service_change", args=[Service.objects.first().pk]),  # type: ignore[union-attr]
        reverse("admin:partners_savedreply_changelist"),
        reverse("admin:partners_savedreply_change", args=[SavedReply.objects.first().pk]),  # type: ignore[union-attr]
    ]
    found = {}
    for path in pages:
        page.goto(f"{live_server.url}{path}")
        assert page.locator("#content").count() == 1, path
        bad = problems(page)
        if bad:
            found[path] = bad
    assert found == {}
    assert Category.objects.exists()


def test_casework_pages_have_no_serious_violations(live_server: Any, directory: None, page: Any):
    world = scenario.build()
    main = world.main_case
    e = actions.do_escalate_item(
        case=main,
        actor=world.practitioner,
        platform=Platform.objects.get(name="Instagram"),
        kind="account",
        item="@examplevale_dephead_real",
    )
    actions.do_record_referral(
        case=main,
        actor=world.practitioner,
        service=Service.objects.get(name="Childline"),
        kind="signpost",
        reason="Pupils upset",
    )
    log_in(page, live_server, "rowan", scenario.PASSWORD)
    pages = [
        reverse("case-detail", args=[main.reference]),
        reverse("partners-escalation", args=[main.reference, e.pk]),
        reverse("partners-escalate", args=[main.reference]),
        reverse("partners-refer", args=[main.reference]),
        reverse("partners-directory"),
        reverse("partners-follow-ups"),
    ]
    # On the case page, the sections this work adds (the rest belongs to other checks).
    page.goto(f"{live_server.url}{pages[0]}")
    ours = {"include": [["#saved-replies"], ["#escalations"], ["#referrals"]]}
    found = {pages[0]: problems(page, ours)}
    for path in pages[1:]:
        page.goto(f"{live_server.url}{path}")
        found[path] = problems(page)
    assert {path: bad for path, bad in found.items() if bad} == {}
