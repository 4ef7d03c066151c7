"""Round AT: what sets BO and BP showed, by kind (invented sentences).

Redacted: an adult's date of birth on a line that says date of birth, a call log's taker's
initials beside its time, a name before an age in brackets that is also a town, a lower-case
title's letter before a dash, a Welsh phone extension, links on the names reserved for
examples, a high school written "HS", a school "of" two subjects, youth theatres, Sunday
clubs, madrasahs and young musicians' groups, who removed whom from a group chat. Kept: a
motto closing a signature in a mail chain, a uniformed group's unit or section, a chat's
verb after a lower-case name ("spreadin", "aint"), "don't", "gonna", "Blessings" closing a
message, a smart speaker listed with another, the quotes round a speaker's handle, a post's
other-language half in a signature.
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted

CHAT = "[19:01] Tayo: hi\n[19:02] Bisi: hey\n[19:03] Tayo: ok\n"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Date of birth of adult: 03.04.1986\nHome address: withheld", "03.04.1986"),
        ("QK 14:25 — Mr Quayle (dad), Blackburn\n- daughter 13", "QK"),
        ("15:35 ZM — Chidi Okeke (Head of Year 8)\n- worried about", "ZM"),
        ("a young person (Ash, 14, he/him) was outed on Insta", "Ash"),
        ("a teacher at my school (miss q — miss quayle who teaches art)", "q"),
        ("Safeguarding Officer\n01632 960 614 est. 308\n", "308"),
        ("she found a page, link fans.example.invalid/quinn_b, with her face", "quinn_b"),
        ("Depute Head, Quarrymill HS\n", "Quarrymill"),
        ("his school Quendon School of Art and Design and his", "Art and Design"),
        ("Minutes: Safeguarding panel – Riverside Youth Theatre\nPresent:", "Riverside"),
        ("I help at St Quentin's Sunday Club in Dundee (ages 5-11).", "Sunday Club"),
        ("Please see the Hillside Madrassa timetable for May", "Hillside"),
        ("a tutor from Quarrington Young Musicians (Saturday music centre)", "Quarrington"),
        (CHAT + "[19:05] Quade B removed Zola.K\n", "Zola.K"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('Ciara\nDSL\n01632 960 598\n"Ad astra per aspera"\n\nFrom: Ola\nSent: Monday', "astra"),
        ("Is it OK for Young Leaders to run an account that younger Cubs follow?", "younger Cubs"),
        ("the leader has been adding Cubs on Fortnite and Xbox", "adding Cubs"),
        ("our unit (Kelty Guides) and the Beaver Scouts", "Beaver Scouts"),
        ("cx: lol\nmia.rosee: her and tyler spreadin that pic\njx: wat\nmia.rosee: ok", "spreadin"),
        ("nah corey aint that funny", "aint"),
        ("My daughter don't want to go to college.", "don't"),
        ("my mum is gonna kill me", "gonna"),
        ("Please help me.\nBlessings, Joy", "Blessings"),
        ("baby monitors and smart speakers (Alexa, Google Nest) being hacked", "Alexa"),
        ('"Sgt_Bricktop": oi\n"Sgt_Bricktop": shut up\n"Jakub_10": hi', '"{username}": oi'),
        ("Catrin\nYouth Work Manager | Rheolwr Gwaith Ieuenctid\nYMCA", "Rheolwr Gwaith"),
        ("Thanks\nDafydd\nSwyddog Diogelu | Safeguarding Officer\n01632 960 222", "Swyddog"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
