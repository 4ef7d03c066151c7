"""A small helpline in the database: cases in 2021-22 and 2020-21 with known tags."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

LONDON = ZoneInfo("Europe/London")

# (opened, channel, enquirer type, setting, region, categories, subject, first message)
CASES = [
    (
        datetime(2021, 11, 1, 0, 5, tzinfo=LONDON),  # first minute of P, local time
        "email",
        "teacher",
        "secondary",
        "UKK",
        ["Social networks", "Online reputation"],
        "Fake TikTok account about staff",
        "Hello, a fake TikTok account is posting about our head teacher Jane Example. "
        "Call me on 07700 900123.",
    ),
    (
        datetime(2022, 3, 3, 10, tzinfo=LONDON),
        "phone",
        "police",
        "",
        "UKI",
        ["Sexting"],
        "Images shared on Snapchat",
        "Officer asking about nude images shared among pupils on Snapchat.",
    ),
    (
        datetime(2022, 10, 31, 23, 30, tzinfo=LONDON),  # last minutes of P (BST ended 30 Oct)
        "email",
        "",
        "primary",
        "",
        ["Social networks", "Cyber bullying", "Online reputation"],
        "tik tok video of teacher",
        "Pupils made a tik tok video mocking a teacher.",
    ),
    (
        datetime(2022, 11, 1, 0, 0, tzinfo=LONDON),  # first minute after P: excluded
        "email",
        "teacher",
        "secondary",
        "UKK",
        ["Gaming"],
        "Roblox chat",
        "Question about Roblox chat.",
    ),
    (
        datetime(2020, 6, 1, 9, tzinfo=LONDON),
        "email",
        "teacher",
        "secondary",
        "UKK",
        ["Media literacy education"],
        "Online safety training",
        "Could you recommend training for staff?",
    ),
]


def open_cases(rows: list[tuple[Any, ...]]) -> list[Any]:
    from casebook.cases.actions import do_open_case
    from casebook.cases.models import Category, Enquirer

    cases = []
    for i, (at, channel, etype, setting, region, cats, subject, text) in enumerate(rows):
        enquirer = Enquirer.objects.create(
            name=f"Enquirer {i}",
            email=f"enquirer{i}@example-school.invalid",
            enquirer_type=etype,
            setting_type=setting,
            region=region,
        )
        cases.append(
            do_open_case(
                enquirer=enquirer,
                channel=channel,
                subject=subject,
                first_message=text,
                opened_at=at,
                categories=Category.objects.filter(name__in=cats),
            )
        )
    return cases


@pytest.fixture
def small_helpline(db):
    return open_cases(CASES)
