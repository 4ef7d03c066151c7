"""Headless Chromium against pytest-django's live server.

live_server runs on a transactional database that is flushed between tests, which also
empties the taxonomy the migrations seeded; `seeded` puts it back.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def _allow_orm_beside_playwright() -> Iterator[None]:
    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls are
    # still synchronous, so Django's guard against ORM use inside a loop would be a false alarm.
    old = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if old is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = old


# Module scope, not session: Playwright's sync API allows one running instance per thread, and
# other test packages start their own; each module closes its browser before the next starts.
@pytest.fixture(scope="module")
def browser(_allow_orm_beside_playwright: None) -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed (scripts/ensure-system-packages installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-GB")
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def seeded(live_server: Any, settings: Any) -> None:
    from casebook.cases.models import Category, Platform
    from casebook.cases.taxonomy import CATEGORIES
    from casebook.lib.platforms import DEFAULT_PLATFORMS

    for position, (name, definition) in enumerate(CATEGORIES):
        Category.objects.get_or_create(
            name=name, defaults={"definition": definition, "position": position}
        )
    for name, aliases in DEFAULT_PLATFORMS.items():
        Platform.objects.get_or_create(name=name, defaults={"aliases": aliases})


@pytest.fixture
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go: $CASEBOOK_SCREENSHOTS, or a fresh temporary directory."""
    target = os.environ.get("CASEBOOK_SCREENSHOTS")
    path = Path(target) if target else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path
