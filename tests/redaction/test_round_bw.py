"""Round BW: what sets EH (school tablets and monitoring apps), EI (tutors and school
transport) and EJ (Northern Ireland and faith communities) showed, by kind (invented
sentences).

Found, each whole as one finding (none so before the round): a tutoring agency named before
"Tutors" or "Tutoring".

Kept: a word written with a hyphen after a school's cue ("go to co-ordinate"), an age
written short ("12-y-o"), a rav's title, words of faith settings' classes, feasts and
patrols, greetings of faiths named with name-like words (each fails before the round), and
"private tuition", no tutoring agency.
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_found_whole, assert_kept


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Yours sincerely,\nFelicity Warburton\nDirector, Chiltern Tutors Ltd", "Chiltern Tutors"),
        ("Her maths lessons are with NorthStar Tutoring this term.", "NorthStar Tutoring"),
    ],
)
def test_found_whole(text: str, span: str) -> None:
    assert_found_whole(text, span)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("i will go to co-ordinate it with the school", "co-ordinate"),
        ("Concern: 12-y-o girl has been messaging a man on Snapchat.", "12-y-o"),
        ("The caller will speak to Rav Pinchas before acting.", "Rav"),
        ("Shomrim have been contacted (community patrol).", "Shomrim"),
        ("At our gurdwara's Sunday Gurmat class the children use tablets.", "Gurmat"),
        ("Thanks and Chag Sameach in advance!", "Chag Sameach"),
        ("She has private tuition on Mondays after school.", "private tuition"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
