from __future__ import annotations

import string

import pytest

from casebook.cases.taxonomy import CATEGORIES
from casebook.demo import scenarios
from casebook.demo.scenarios import SCENARIOS
from casebook.lib.platforms import DEFAULT_PLATFORMS

SLOTS = {
    name: f"<{name}>"
    for name in [
        "platform",
        "a_platform",
        "A_platform",
        "handle",
        "handle2",
        "url",
        "url2",
        "staff",
        "staff_role",
        "child",
        "age",
        "year",
        "school",
        "town",
        "when",
        "since",
        "n",
        "views",
        "followers",
        "our",
        "phone",
        "other_phone",
        "money",
        "weekday",
        "ticket",
    ]
}


def templates(scenario: scenarios.Scenario) -> list[str]:
    texts = [*scenario.situations, *scenario.advice, *scenario.details, *scenario.notes]
    for options in (*scenario.subjects, *scenario.outcomes):
        texts.extend(options.split("|"))
    return texts


def test_every_category_has_a_story():
    names = {name for name, _ in CATEGORIES} - {"Social networks", "Online reputation"}
    assert names <= set(SCENARIOS)


@pytest.mark.parametrize("key", sorted(SCENARIOS))
def test_templates_use_only_known_slots(key):
    for text in templates(SCENARIOS[key]):
        used = {field for _, field, _, _ in string.Formatter().parse(text) if field}
        assert used <= set(SLOTS), (key, text)
        text.format_map(SLOTS)


@pytest.mark.parametrize("key", sorted(SCENARIOS))
def test_paired_scenarios_line_up_and_platforms_are_known(key):
    scenario = SCENARIOS[key]
    if scenario.paired:
        assert len(scenario.subjects) == len(scenario.situations) == len(scenario.outcomes)
    for weights in scenario.platforms.values():
        assert set(weights) <= set(DEFAULT_PLATFORMS)
