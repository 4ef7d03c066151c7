"""Round CM: students' residences, a chat speaker's name in lower case, double-barrelled
initials before a task, a channel's name in brackets and a handle in capitals speaking in a
chat (part 1); volunteering groups, initials after a panel's case or in a list of pupils, and
handles opening numbered comments (part 2), by kind (invented sentences).

Part 1 (sets GN, GU, GV, GW and GX). Found: a student's residence after its block, flat,
floor or room ("Block D, Vauxhall Halls", "Room 22, Ashgrove Hall", "Block F, Hollybank
Student Village") or before its block ("halls (Wexley House, block C)"), whole; a capitalised
speaker's name written in lower case in the chat's messages ("Sonny: me n river" where "River:"
speaks); a double-barrelled surname's initials before a task ("LO-T to raise", "GA-W to send");
a channel's name in brackets after "channel", holding a word English seldom writes ("mum's
channel (Pikey Family Fun)"); a handle in capitals speaking twice in a chat ("SPOKES: nah").
And, as before, a room in a school's hall stays ("Room 3, Sports Hall"), as does the same word
after an article ("down by the river"), a role speaking in capitals ("DSL: noted") and a
channel named in everyday words ("channel (Family Fun Time)").

Part 2 (sets GY, GZ and HA). Found: a volunteering group named before "Youth Volunteers",
"Young Volunteers" or "Youth Den" ("Potteries Young Volunteers", "Parson Cross Youth Den");
initials in quotes after a panel's case by number, before a year group ('Case 1 – "MB", Y10'),
and in a list of pupils in brackets ("current pupils (KR, BM and one unidentified)"); a handle
opening a numbered comment ("3. realist99: maybe").
Kept: a public body's volunteers or a kind of setting named by kept words alone ("Police
Scotland Youth Volunteers", "a Welsh-medium playgroup"; not "The Hub Youth Club"); a platform
opening a numbered item ("3. KakaoTalk: Tomomi will ask"). And, as before, a word after a
postscript stays ("P.S. Sorry, one more thing").
"""

from __future__ import annotations

import re

import pytest

from casebook.redaction import find_entities
from tests.redaction.cases import assert_found_whole, assert_kept, assert_redacted

CHAT = (
    "Chase: where r u\nSonny: me n river at the ramps\nRiver: ye\nChase: theres a man filming\n"
    "Sonny: lol he gave river a tenner\nRiver: he said it was for petrol\nChase: down by the river"
)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Saffron Keel, 17, from Block D, Vauxhall Halls. The sender is known.", "Vauxhall"),
        ("I am living in Block F, Hollybank Student Village. A man messaged me.", "Hollybank"),
        (
            "a screenshot of her in her room at Room 22, Ashgrove Hall. Laptop was bought",
            "Ashgrove",
        ),
        ("he hasnt left his room in halls (Wexley House, block C) since fri", "Wexley House"),
        ("Next meeting: 6 weeks. GA-W to send notes to mum by email.", "GA-W"),
        ("Actions: LO-T to raise emergency housing review; AB to chase.", "LO-T"),
        ("2. Josh (Y7): mum's channel (Pikey Family Fun) posted his tutor's name", "Pikey"),
        (
            "rad.rhys_09: bring ur pegs\nSPOKES: nah ur not coming\nkxng_kofi: wat did i do\n"
            "SPOKES: u posted his crash vid",
            "SPOKES",
        ),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Saffron Keel, 17, from Block D, Vauxhall Halls. The sender", "Block D, Vauxhall Halls"),
        (
            "I am living in Block F, Hollybank Student Village. A man",
            "Block F, Hollybank Student Village",
        ),
        ("a screenshot of her room at Room 22, Ashgrove Hall. Laptop", "Room 22, Ashgrove Hall"),
        (
            "2. Josh (Y7): mum's channel (Pikey Family Fun) posted his tutor's name",
            "Pikey Family Fun",
        ),
    ],
)
def test_found_whole(text: str, span: str) -> None:
    assert_found_whole(text, span)


def test_speaker_in_lower_case() -> None:
    spans = [(e.start, e.end) for e in find_entities(CHAT) if CHAT[e.start : e.end] == "river"]
    starts = [m.start() for m in re.finditer(r"\briver\b", CHAT)]
    # "me n river" and "gave river" are the speaker; "down by the river" is the river.
    assert [s for s, _ in spans] == starts[:2]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Meet in Room 3, Sports Hall at 3pm for the assembly.", "Sports Hall"),
        (CHAT, "down by the river"),
        ("Mum: he's scared\nDSL: noted\nMum: thanks\nDSL: ok I will call", "DSL: noted"),
        ("her dad's channel (Family Fun Time) posts every week", "Family Fun Time"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


# Part 2, tuned on sets GY (admissions and exclusions), GZ (volunteering) and HA (money).
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "Olu Bankole, Volunteering Officer, Potteries Young Volunteers, 0151 496 0208",
            "Potteries",
        ),
        (
            "rich from a youth centre in sheffield (Parson Cross Youth Den), 0114 496 0364",
            "Parson Cross",
        ),
        ('Case 1 – "MB", Y10, excluded in Nov. A video shows MB in a balaclava.', "MB"),
        ("Two left last year. The others are current pupils (KR, BM and one unidentified).", "BM"),
        ("Comments:\n1. KateW: disgraceful\n3. realist99: maybe parents should try", "realist99"),
    ],
)
def test_found_part_2(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Training request: Police Scotland Youth Volunteers (Aberdeen) want input",
            "Police Scotland",
        ),
        ("Bethan\nMarlowe Fields Academy\nP.S. Sorry, one more thing. Since I wrote", "Sorry"),
        (
            "Actions:\n1. Guardianship: Mrs Lee to call.\n2. LINE: Hana to post a warning.\n"
            "3. KakaoTalk: Tomomi will ask the Korean parents.",
            "KakaoTalk",
        ),
        ("Sikh youth work: we are a Welsh-medium playgroup in Gwynedd", "Welsh-medium playgroup"),
    ],
)
def test_kept_part_2(text: str, kept: str) -> None:
    assert_kept(text, kept)


def test_named_hub_found() -> None:
    assert_found_whole(
        "Tash, senior youth worker, The Hub Youth Club, Ashford", "The Hub Youth Club"
    )
