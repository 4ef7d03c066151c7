"""Round AX: what sets BU and BV showed, by kind (invented sentences).

Redacted: children named in lower case with their ages in a form's field ("kids: liberty 13
and tiger 10") and where they recur; a person called Storm with a surname ("Young person:
Storm Quigley"); childcare settings and children's churches named so ("Rokeya's Rainbow
Childcare", "St Columba's Kids Church"). Kept: a named storm ("Storm Arwen"), the words of a
child's field that are no name ("Children: two girls aged 12", "Siblings: born 2011"), a
school's half-term ("Summer 1"), the month after a word of time ("since Jan").
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted

KIDS = "kids: saffron 13 and tiger 10\n\nmy son tiger says a lad asked him about saffron"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (KIDS, "saffron"),
        (KIDS, "tiger"),
        ("Young person: Storm Quigley\nDOB: 03/09/2010", "Storm Quigley"),
        ("Your setting: Home childminder (Rokeya's Rainbow Childcare)", "Childcare"),
        ("They go to Sunday school at St Columba's Kids Church in Sunderland.", "Kids Church"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Schools closed during Storm Arwen last year.", "Storm Arwen"),
        ("Children: two girls aged 12 (names held by the club)", "girls"),
        ("Siblings: born 2011 and 2014", "born"),
        ("Next meeting: Summer 1.", "Summer 1"),
        ("She has lived with her aunt in Rhyl since Jan.", "Jan"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
