"""Round BM: what sets DA, DB, DC and DD showed, by kind (invented sentences).

Redacted: initials opening a list's line before a dash and a role or a place, perhaps
numbered ("SW – Headteacher, Brackenbury Infant School", "AO – HR, Coastline Academies", "2. DP
– Kirkby Lane Academy – cover supervisor"), wherever they recur; initials a note says stand
for someone ("a teaching assistant (referred to as MT)"); an everyday word answering a form's
field before an age or pronouns in brackets ("Concern: Bran (14, gay) has been seen").

Kept: a glossary's line, where the role's words spell the capitals ("SW – Social Worker"); a
post opening a line before a person's name or a place ("DSL – OYELARAN-JONES, Bukola", "GP –
Dr Ikenna Nwosu", "DSL - Eastbrook Moor High School"); an agenda's item ("5. AOB – Safer
Internet Day feedback"); a note's capitals before a dash ("- PND – GP aware"); a kind of
person answering a field ("Role: Child (age 14)").
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted

MINUTES = (
    "Attendees:\nDH – LADO (chair)\nSW – Headteacher, Brackenbury Infant School\n"
    "AO – HR, Coastline Academies\n\nSW confirmed the dates. AO will write today."
)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (MINUTES, "SW"),
        (MINUTES, "AO"),
        ("1. AK – Fenwick Primary – TA – Facebook comments\n2. DP – Kirkby Lane Academy", "DP"),
        ("Concern: Bran (14, gay) has been seen getting into cars at night.", "Bran"),
        (
            "The allegation relates to a teaching assistant (referred to as MT). A parent "
            "found that MT is a member of a Telegram channel.",
            "MT",
        ),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Abbreviations:\nSW – Social Worker\nTA – Teaching Assistant", "SW"),
        ("ROLE – NAME – PHONE\nDSL – OYELARAN-JONES, Bukola – 07700 900311", "DSL"),
        ("Contacts:\nGP – Dr Ikenna Nwosu (report only)", "GP"),
        ("Lorraine Mitchell\nDSL - Eastbrook Moor High School\n0113 496 0877", "DSL"),
        ("4. Staff training booked.\n5. AOB – Safer Internet Day feedback.", "AOB"),
        ("Notes:\n- PND – GP aware, seen at the maternity unit", "PND"),
        ("Name: Rosie\nRole: Child (age 14)\nMessage: my friend has", "Child"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
