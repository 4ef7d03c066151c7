"""Classes of personal data that got through on blind set C, and words that were lost there,
one table per class. The examples are written afresh (not C's sentences), so each row checks
that a class is handled, not that one sentence is."""

from __future__ import annotations

import pytest

from casebook.redaction import redact


def covered(text: str, span: str) -> list[str]:
    """Types of the entities over span, when they redact at least 90% of its characters."""
    start = text.index(span)
    end = start + len(span)
    entities = redact(text).entities
    chars = sum(max(0, min(e.end, end) - max(e.start, start)) for e in entities)
    assert chars >= 0.9 * len(span), (span, [(text[e.start : e.end], e.type) for e in entities])
    return [e.type for e in entities if e.start < end and e.end > start]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # "Surname, Forename" as an item of its own: chat speakers, logs, staff lists.
        ("Okafor, Tunde  09:12\nHas anyone seen the post?", "Okafor, Tunde"),
        ("Okafor, Tunde [09:12 AM]: has anyone seen it?", "Okafor, Tunde"),
        ("Reported by: Lindqvist, Maren (Head of Year 8)", "Lindqvist, Maren"),
        ("Staff named: van Dijk, Lotte; bin Yusof, Amir; Ní Bhriain, Orla", "bin Yusof, Amir"),
        ("Staff named: van Dijk, Lotte; bin Yusof, Amir; Ní Bhriain, Orla", "Ní Bhriain, Orla"),
        ("Staff list:\n- Carmody, F. (Maths)\n- Esterhuizen, Pieta (PE)", "Carmody, F."),
        ("Staff list:\n- Carmody, F. (Maths)\n- Esterhuizen, Pieta (PE)", "Esterhuizen, Pieta"),
        # The forename found once stands for the person later on.
        ("Esterhuizen, Pieta 10:02\nok\nGreaves, Sam 10:04\nPieta can you ring them?", "Pieta"),
    ],
)
def test_people(text: str, span: str) -> None:
    assert "PERSON" in covered(text, span)


def test_a_greeting_and_a_name_are_not_one_name() -> None:
    text = "Thanks, Anna\nSee below."
    assert all(not text[e.start : e.end].startswith("Thanks") for e in redact(text).entities)


@pytest.mark.parametrize(
    ("text", "town", "gone"),
    [
        ("She lives at 6 Plover Walk, Kettering, NN15 9ZZ.", "Kettering", "Plover Walk"),
        ("Home: 14 Dale View, Ludlow SY8 9ZZ", "Ludlow", "Dale View"),
        ("address: the mill house, 4 chapel lane, nr ludlow", "ludlow", "chapel lane"),
        ("A pupil at Carrowdore College (Banbridge) was added.", "Banbridge", "Carrowdore"),
        ("The family moved here from Carrickfergus in May.", "Carrickfergus", ""),
    ],
)
def test_towns_survive_beside_what_is_redacted(text: str, town: str, gone: str) -> None:
    out = redact(text).text
    assert town in out, out
    assert not gone or gone not in out, out


def test_a_person_named_like_a_town_is_still_a_person() -> None:
    assert "Preston" not in redact("We heard from Preston Hale on Monday.").text
