"""Round AO: what sets BE and BF showed, by kind (invented sentences).

Redacted: numbered units with a district in brackets or in lower case, water polo clubs and
RUFCs; chat speakers named once in a chat, or twice where no list holds the name; a teacher
whose first name ends a kept phrase ("Ms Rachel" the show). Kept: in a text written in
capitals, everyday words found as a person ("VERY SHAKEN") and streets or schools with a
function word inside ("SPAIN UNTIL THE END"); children's homes' regulations, the Brownies'
Owls, learners, "open Qs", identity words.
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "he is in 4th Quarrenby (St Odo's) Explorer Scout Unit now",
            "4th Quarrenby (St Odo's) Explorer Scout Unit",
        ),
        ("our 8th chesterfield scouts group camp", "8th chesterfield scouts"),
        (
            "she swims for Quarrenby Stingrays Water Polo Club",
            "Quarrenby Stingrays Water Polo Club",
        ),
        ("the coach at Quarrenby Minis & Juniors RUFC", "Quarrenby Minis & Juniors RUFC"),
        (
            "Martha: have you seen the page?\nNigel: No what\nMartha: someone copied it\n"
            "Martha: ok",
            "Nigel",
        ),
        (
            "Shauna: are you safe?\nQuenby: at my nans\nShauna: ok stay there\nQuenby: ok",
            "Quenby",
        ),
        ("Note from HoY (Ms Rachel Quarrendon): The teacher is", "Rachel"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the 1st aid kit scouts use is in the hut", "aid kit"),
        ("on the 3rd of may scouts went camping", "of may"),
        ("Staff: hi\nVisitor: we will\nStaff: ok\nVisitor: fine", "Visitor"),
        ("I TOLD THEM WE WILL SUPPORT SPAIN UNTIL THE END. SHE WAS VERY SHAKEN.", "VERY SHAKEN"),
        ("I TOLD THEM WE WILL SUPPORT SPAIN UNTIL THE END. SHE WAS VERY SHAKEN.", "UNTIL THE END"),
        ("my toddler watches Ms Rachel on YouTube every morning", "Ms Rachel"),
        ("A Reg 40 notification went to Ofsted last night.", "Reg 40"),
        ("Brown Owl rang the parents of the Brownies", "Brown Owl"),
        ("2 learners filmed without consent in the toilets", "learners"),
        ("reassured her that open Qs are fine", "open Qs"),
        ("they said he is non binary and called him baby girl", "non binary"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
