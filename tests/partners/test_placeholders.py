"""Saved replies' placeholders."""

from __future__ import annotations

import pytest

from casebook.partners.placeholders import fill, first_name, problems

SERVICES = {"Childline": "Childline: 0800 1111, www.childline.org.uk (24 hours)"}


def test_fill_every_placeholder() -> None:
    filled = fill(
        "Dear {first_name}, ref {case_reference}. {platform} removed it. {service:childline}",
        {"first_name": "Harriet", "case_reference": "CB-2024-00012", "platform": "TikTok"},
        SERVICES,
    )
    assert filled.text == (
        "Dear Harriet, ref CB-2024-00012. TikTok removed it. "
        "Childline: 0800 1111, www.childline.org.uk (24 hours)"
    )
    assert filled.missing == ()


def test_missing_values_become_visible_markers() -> None:
    filled = fill(
        "Dear {first_name}, {platform} and {service:Samaritans}.",
        {"first_name": "", "case_reference": "CB-1"},
        SERVICES,
    )
    assert filled.text == "Dear [first name], [platform] and [Samaritans contact details]."
    assert filled.missing == ("[first name]", "[platform]", "[Samaritans contact details]")


def test_text_that_is_not_a_placeholder_is_left_alone() -> None:
    assert fill("Use {curly} braces {}", {}, {}).text == "Use {curly} braces {}"


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("Dear {first_name}", []),
        ("{service:Childline} {service: childline }", []),
        ("Dear {firstname}", ["{firstname} is not a placeholder"]),
        ("{service:Nope}", ["there is no service called “Nope”"]),
        ("{service}", ["needs a service's name"]),
        ("{platform:TikTok}", ["{platform:TikTok} is not a placeholder"]),
    ],
)
def test_problems(template: str, expected: list[str]) -> None:
    found = problems(template, ["Childline"])
    assert len(found) == len(expected)
    for message, wanted in zip(found, expected, strict=True):
        assert wanted in message


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("Harriet Quill", "Harriet"),
        ("Dr. Jo Bloggs", "Jo"),
        ("PC Sam Example", "Sam"),
        ("Mrs Smith", "Smith"),
        ("  ", ""),
        ("", ""),
        ("someone@example.org", ""),
        ("user123", ""),
    ],
)
def test_first_name(name: str, first: str) -> None:
    assert first_name(name) == first
