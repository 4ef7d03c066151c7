"""Round BU: what sets EC (deaf and disabled children), ED (Black Caribbean and West African
families) and EE (summer schools, camps and expeditions) showed, by kind (invented
sentences).

Found, each whole as one finding (none so before the round): a letter after a title standing
for a person; initials in brackets after a participant, an ambassador or a camper; a camp
named after "Camp" or before "Adventure Camp", an outdoor centre, an adventure playground.

Kept: deafness, disability and communication words ("Deaf", "BSL", "Tourette's", "RNIB"),
a pronoun after a lower-case title, a camp's post or a stadium after "Camp".
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_found_whole, assert_kept


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Please go and tell Mrs A or another adult leader at the campsite.", "A"),
        ("the leader is mrs a. i dont want anyone in trouble", "a"),
        ("Last year an ambassador (QZ) was followed by participants on TikTok.", "QZ"),
        ("son Kuba 14 just back from Camp Hollowbrook (Norfolk), 2 wks", "Camp Hollowbrook"),
        ("Camp is Sunnyvale Adventure Camp. Mum is driving up.", "Sunnyvale Adventure Camp"),
        ("Setting: Trevarrick Outdoor Centre – residential", "Trevarrick Outdoor Centre"),
        ("Host: Riverbank Adventure Play, Lewisham", "Riverbank Adventure Play"),
    ],
)
def test_found_whole(text: str, span: str) -> None:
    assert_found_whole(text, span)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("1. Tamara Essien (Year 11, Deaf, BSL)", "Deaf, BSL"),
        ("a 15-year-old Deaf girl was recorded", "Deaf"),
        ("Seb Allinson has Tourette's. Another pupil filmed him.", "Tourette's"),
        ("her mum works at RNIB and wants the messages kept", "RNIB"),
        ("i told mr i think on monday", "i think"),
        ("Thanks,\nJo Bell, Camp Safeguarding Lead\n", "Camp Safeguarding Lead"),
        ("Thanks,\nMorag Fairlie, Camp Director\n", "Camp Director"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
