"""The pure helpers: audit details, one person's identifiers, CSV cells."""

from __future__ import annotations

import re

import pytest

from casebook.privacy.scrub import REMOVED, Identifiers, scrub_detail, sort_identifiers

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
        ("From: Example, Jane", ["Example, Jane"]),
        ("EXAMPLE,JANE", ["EXAMPLE,JANE"]),
        ("Example, Janet", []),
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


HANDLES = Identifiers.of(handles=["@jane_gazebo77", "@jo.b"])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("her account @jane_gazebo77 posted it", ["@jane_gazebo77"]),
        ("@JANE_GAZEBO77.", ["@JANE_GAZEBO77"]),
        ("see instagram.com/jane_gazebo77?hl=en", ["jane_gazebo77"]),
        ("jane_gazebo77 on TikTok", ["jane_gazebo77"]),
        ("@jane_gazebo777", []),
        ("@jane_gazebo77_fan", []),
        ("xjane_gazebo77", []),
        ("jane_gazebo77@mail.invalid", []),
        ("@jo.b said", ["@jo.b"]),
        ("jo.b said", []),  # short: only with its @
        ("@jo.bx", []),
    ],
)
def test_handles_found(text, found):
    assert HANDLES.find(text) == found


def test_handles_in_the_database_regex():
    # The database narrows with db_regex; it must not miss what pattern() finds.
    regex = HANDLES.db_regex()
    assert regex is not None
    for text in ("x @jane_gazebo77 y", "instagram.com/jane_gazebo77", "@jo.b"):
        assert re.search(regex, text, re.IGNORECASE), text
    assert Identifiers.of(handles=["not a handle", ""]).handles == ()


def test_sort_identifiers():
    assert sort_identifiers(
        [
            "Jane Q. Example",
            " @jane_gazebo77 ",
            "jane.home@mail.invalid",
            "07700 900 321",
            "+44 (0)20 7946 0999",
            "",
            "@",
            "Example, Jane",
        ]
    ) == (
        ["Jane Q. Example", "@", "Example, Jane"],
        ["jane.home@mail.invalid"],
        ["07700 900 321", "+44 (0)20 7946 0999"],
        ["@jane_gazebo77"],
    )
