from __future__ import annotations

import pytest


@pytest.fixture
def tiktok(db):
    from casebook.cases.models import Platform

    return Platform.objects.get(name="TikTok")


@pytest.fixture
def instagram(db):
    from casebook.cases.models import Platform

    return Platform.objects.get(name="Instagram")


@pytest.fixture
def childline(db):
    from casebook.partners.models import Service

    return Service.objects.get(name="Childline")


@pytest.fixture
def client():
    """Posts carry a fresh one-time form token, as after loading the page (see tests.cases)."""
    from tests.cases.conftest import TokenClient

    return TokenClient()
