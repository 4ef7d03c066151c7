"""Round BT: what sets DZ (gambling, loot boxes, scams and money mules), EA (sports clubs and
coaches) and EB (livestreaming and cyberflashing) showed, by kind (invented sentences).

Found, each whole as one finding (none so before the round): a junior team by its sport after
"Youth", "Girls" or "Junior", named by two capitalised words, a town's perhaps; a squad, a
cheerleading or basketball team, a cricket club ("CC"), a fitness or jiu-jitsu club, a boxing
hub; a date in brackets after a person found, an adult's date of birth too; a streamer's code
after "code"; a house number on a one-word street ending in "way" or "gate"; a chat's speaker
after a bare time; a flat in a mill.

Kept: a mail's "CC:" line, a governing body's youth team, a code that is a town or a word
before digits, a date in brackets after no one, a bot speaking in a chat, a public figure
named in training ("Barry Bennell"), a device's word in a quoted device name.
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_found_whole, assert_kept


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Liban plays for Easton Stars Youth Football on Sundays.",
            "Easton Stars Youth Football",
        ),
        ("From: Welfare Officer, Brent Valley Youth Badminton\n", "Brent Valley Youth Badminton"),
        (
            "Nottingham Panthers Junior Ice Hockey — Concern Recording Form",
            "Nottingham Panthers Junior Ice Hockey",
        ),
        ("welfare officer (Peckham Panthers Basketball)\n", "Peckham Panthers Basketball"),
        ("the dads of Wickham Park CC colts", "Wickham Park CC"),
        (
            "investigating an adult, Terence Haworth (08/02/1969), a former coach",
            "08/02/1969",
        ),
        ("lucas_fc_07: use code BONUSBRADZ for free 5 quid", "BONUSBRADZ"),
        ("Zofia Kaminska (16) of 31 Queensway, Ely, lost £2,650", "31 Queensway"),
        ("has moved to Flat 2, 15 Stricklandgate, Kendal.", "Flat 2, 15 Stricklandgate"),
        ("19:02 sneakysam_gaming: back\n19:03 NottsNinja: W stream\n", "NottsNinja"),
        ("Home: Flat 9, Cavendish Mill, Ashton-under-Lyne", "Flat 9, Cavendish Mill"),
    ],
)
def test_found_whole(text: str, span: str) -> None:
    assert_found_whole(text, span)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("CC: Rob Tait\nSubject: minutes", "CC:"),
        ("the England Youth Football team and youth workers", "England Youth Football"),
        ("new members use code BOLTON50 or code SECRET1", "BOLTON50"),
        ("the match (15/04/1989) was replayed", "15/04/1989"),
        ("17:40 Kitt3nK1ng: hi\n17:41 AutoMod: blocked keyword\n", "AutoMod"),
        ("I read about the Barry Bennell case and now I worry.", "Barry Bennell"),
        ('AirDrop names showed as "Marcus\'s iPhone"?', "iPhone"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
