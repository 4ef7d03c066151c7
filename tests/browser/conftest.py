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
