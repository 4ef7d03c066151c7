"""The pure helpers: audit details, one person's identifiers, CSV cells."""

from __future__ import annotations

import pytest

from casebook.privacy.scrub import REMOVED, Identifiers, scrub_detail

CODES = frozenset({"open", "closed", "teacher", "UKK", "secondary"})


@pytest.mark.parametrize(
    ("detail", "expected"),
    [
        ({"message": 12}, {"message": 12}),
        ({"channel": "email", "source": "synthetic"}, {"channel": "email", "source": "synthetic"}),
        ({"old": "open", "new": "closed"}, {"old": "open", "new": "closed"}),
        ({"to": "jo@school.invalid", "message": 3}, {"to": REMOVED, "message": 3}),
        (
            {"old": {"enquirer_type": "teacher"}, "new": {"enquirer_type": "police"}},
            {"old": {"enquirer_type": "teacher"}, "new": {"enquirer_type": "police"}},
        ),
        (
            {"old": {"email": "a@b.invalid"}, "new": {"email": ""}},
            {"old": {"email": REMOVED}, "new": {"email": ""}},
        ),
        ({"old": "Jo Bloggs", "new": "Jo Smith"}, {"old": REMOVED, "new": REMOVED}),
        ({"old": ["teacher", "UKK"]}, {"old": ["teacher", "UKK"]}),
        ({"old": ["teacher", "Jo"]}, {"old": REMOVED}),
        ({"reason": "Jo asked", "empty": ""}, {"reason": REMOVED, "empty": ""}),
        (
            {"category": "Sexting", "platforms": ["TikTok"]},
            {"category": "Sexting", "platforms": ["TikTok"]},
        ),
        ({}, {}),
        ("free text", REMOVED),
    ],
)
def test_scrub_detail(detail, expected):
    assert scrub_detail(detail, CODES) == expected


PERSON = Identifiers.of(
    names=["Jane Example"], emails=["jane.example@school.invalid"], phones=["07700 900123"]
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Email jane.example@school.invalid today", ["jane.example@school.invalid"]),
        ("JANE.EXAMPLE@SCHOOL.INVALID", ["JANE.EXAMPLE@SCHOOL.INVALID"]),
        ("mail xjane.example@school.invalid", []),
        ("jane.example@school.invalidity", []),
        ("Dear Jane Example,", ["Jane Example"]),
        ("dear jane   example", ["jane   example"]),
        ("Jane Examples", []),
        ("Jane alone", []),
        ("call 07700 900123.", ["07700 900123"]),
        ("call 07700900123", ["07700900123"]),
        ("call 07700-900-123", ["07700-900-123"]),
        ("call +44 7700 900123", ["+44 7700 900123"]),
        ("call +44 (0)7700 900123", ["+44 (0)7700 900123"]),
        ("call 0044 7700 900123", ["0044 7700 900123"]),
        ("call 077009001234", []),
        ("ref 107700900123", []),
    ],
)
def test_identifiers_found(text, found):
    assert PERSON.find(text) == found


def test_identifiers_removed_and_counted():
    text = "Jane Example (jane.example@school.invalid, 07700 900123) wrote."
    assert PERSON.remove(text) == (f"{REMOVED} ({REMOVED}, {REMOVED}) wrote.", 3)


def test_single_word_names_and_short_numbers_are_not_used():
    weak = Identifiers.of(names=["Jane"], phones=["123"])
    assert not weak
    assert weak.pattern() is None
    assert weak.remove("Jane 123") == ("Jane 123", 0)


def test_non_uk_numbers():
    person = Identifiers.of(phones=["+33 6 12 34 56 78"])
    assert person.find("appelle +33 6 12 34 56 78 ou 33612345678") == [
        "+33 6 12 34 56 78",
        "33612345678",
    ]
