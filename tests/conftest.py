"""Shared fixtures: personas for each role, and a small seeded helpline."""

from __future__ import annotations

import os
from typing import Any

import pytest

os.environ.setdefault("CASEBOOK_MODE", "test")

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def make_user(db):
    from casebook.accounts.models import User

    def make(username: str, role: str, **extra: Any) -> User:
        user = User.objects.create_user(
            username=username, password=PASSWORD, role=role, first_name=username.title(), **extra
        )
        return user

    return make


@pytest.fixture
def practitioner(make_user):
    return make_user("alice", "practitioner")


@pytest.fixture
def other_practitioner(make_user):
    return make_user("bob", "practitioner")


@pytest.fixture
def supervisor(make_user):
    return make_user("sam", "supervisor")


@pytest.fixture
def analyst(make_user):
    return make_user("ana", "analyst")


@pytest.fixture
def admin_user(make_user):
    return make_user("ada", "admin", is_staff=True, is_superuser=True)


@pytest.fixture
def enquirer(db):
    from casebook.cases.models import Enquirer

    return Enquirer.objects.create(
        name="Testy McTestface",
        email="t.mctestface@example-school.invalid",
        enquirer_type="teacher",
        setting_type="secondary",
        region="UKK",
    )


@pytest.fixture
def case(enquirer):
    from casebook.cases.actions import do_open_case

    return do_open_case(
        enquirer=enquirer,
        channel="email",
        subject="Fake TikTok account posting about staff",
        first_message="A fake TikTok account is posting about our staff. Please help.",
    )
