"""Round AA, schools: a sixth form's centre, a nursery named by two words joined with "&",
and a second kind of setting joined on ("Nursery & Primary").

Invented settings; a public body joined to a nursery by "&" stays, and a youth centre is not
made a sixth form.
"""

from __future__ import annotations

import pytest

from casebook.redaction import find_entities, redact


def schools(text: str) -> list[str]:
    return [text[e.start : e.end] for e in find_entities(text) if e.type == "SCHOOL"]


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("She studies at Wexcombe Sixth Form Centre and works.", "Wexcombe Sixth Form Centre"),
        ("I teach at Ambleford Sixth Form Centre.", "Ambleford Sixth Form Centre"),
        ("I manage Pips & Puddles Nursery in Wigan.", "Pips & Puddles Nursery"),
        ("WE ARE AT BUTTONS & BOWS NURSERY IN LEEDS", "BUTTONS & BOWS NURSERY"),
        ("my son is at Cradley Fields Nursery & Primary", "Cradley Fields Nursery & Primary"),
        ("a practitioner at Hazelmere Nursery and Pre-School", "Hazelmere Nursery and Pre-School"),
    ],
)
def test_the_whole_setting_is_one_school(text: str, school: str) -> None:
    assert school in schools(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("referred to Early Help & Thornbury Nursery", "Early Help"),
        ("the sixth form centre is closed on Friday", "sixth form centre"),
        ("Our Sixth Form Centre has a new head", "Sixth Form Centre"),
    ],
)
def test_words_beside_a_setting_stay(text: str, kept: str) -> None:
    assert kept in redact(text).text
