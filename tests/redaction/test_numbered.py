"""Numbered placeholders: {name 1}, {name 2} ... per text, one number per person."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command

from casebook.redaction import Entity, numbered, redact


def labels(text: str, *mentions: str) -> list[str]:
    """Placeholders for the given PERSON mentions (found left to right in text)."""
    spans = []
    pos = 0
    for m in mentions:
        start = text.index(m, pos)
        spans.append(Entity(start, start + len(m), "PERSON"))
        pos = start + len(m)
    return numbered(text, spans)


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        # Surname alone after the full name, and with a title: one person.
        (
            "Jan Przybylski sent it. Przybylski admitted it to Mrs Adeyemi; Mr Przybylski left.",
            ("Jan Przybylski", "Przybylski", "Adeyemi", "Przybylski"),
            ["{name 1}", "{name 1}", "{name 2}", "{name 1}"],
        ),
        # The full name after the first name alone takes the first name's number.
        ("Mia said Mia Thompson was", ("Mia", "Mia Thompson"), ["{name 1}", "{name 1}"]),
        # Two people share a first name: "Mia" alone cannot be told apart, so it gets its own.
        (
            "Mia Jones and Mia Khan; Mia",
            ("Mia Jones", "Mia Khan", "Mia"),
            ["{name 1}", "{name 2}", "{name 3}"],
        ),
        # Case and accents do not make a new person.
        ("ZOË BELL and Zoe Bell", ("ZOË BELL", "Zoe Bell"), ["{name 1}", "{name 1}"]),
        # Initials that spell one earlier person's full name are that person; initials that
        # spell two people's are neither.
        (
            "PC Sam Whitlock and Wen Guo came. Update (SW): done. Nurse (WG) to call. A.M. noted.",
            ("Sam Whitlock", "Wen Guo", "SW", "WG", "A.M."),
            ["{name 1}", "{name 2}", "{name 1}", "{name 2}", "{name 3}"],
        ),
        (
            "Sam Wood and Sara Walsh met; SW agreed.",
            ("Sam Wood", "Sara Walsh", "SW"),
            ["{name 1}", "{name 2}", "{name 3}"],
        ),
    ],
)
def test_people_keep_one_number(text, mentions, expected) -> None:
    assert labels(text, *mentions) == expected


def test_other_types_are_numbered_by_their_own_text() -> None:
    text = "Ring 07700 900123, then 07700900123, then 07700 900456; bo@x.invalid"
    result = redact(text, numbered_placeholders=True)
    assert result.text == "Ring {phone 1}, then {phone 1}, then {phone 2}; {email address 1}"


def test_numbered_and_plain_find_the_same_entities() -> None:
    text = "Dr Priya Raman said Raman told Leo Ortiz-Blake, aged 12, about it."
    plain, counted = redact(text), redact(text, numbered_placeholders=True)
    assert plain.entities == counted.entities
    assert plain.text.count("{name}") == 3
    assert counted.text == "Dr {name 1} said {name 1} told {name 2}, aged 12, about it."


def test_command_numbered_adds_placeholders(tmp_path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"text": "Dr Priya Raman said Raman would call.", "n": 1}) + "\n",
        encoding="utf-8",
    )
    target = tmp_path / "out.jsonl"
    call_command("redact", "--numbered", "--input", str(source), "--output", str(target))
    row = json.loads(target.read_text(encoding="utf-8"))
    assert row["n"] == 1
    assert row["redacted"] == "Dr {name 1} said {name 1} would call."
    assert [e["placeholder"] for e in row["entities"]] == ["{name 1}", "{name 1}"]
