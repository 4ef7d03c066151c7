"""Round AH: what got through on sets AO to AR, by kind (invented sentences).

Redacted: initials a name is given in brackets after it, wherever they recur (though they spell
a word: "ON", "NB"); a word after a lower-case "mrs" or "madame"; a message in a chain signed
with an initial alone on a line; a first name in lower case where a chat message calls someone
by it; a junior team with its age group; alternative provision by its other
names; an address that takes in the flat and building before it, a Welsh article inside a
street's name, a house number and a rare name where someone lives; a quoted nickname between a
first name and a surname as one person; a first name's short form where the full name stands.
Kept: shops, rail lines and legends named like people, a public service inside "the", quoted
names of games, forms and series made of everyday words, "(AP)" after a setting, a street where
a shop or a mosque stands, a park people meet by, a police operation, "Will" opening a question.
"""

from __future__ import annotations

import re

import pytest

from casebook.redaction import find_entities, redact

CHAT = (
    "Typed up from the game chat (P6 girl, Lark Hollow Primary):\n"
    "Game name: GlitterDays2015 (Sunny Okoro-Pratt, P6).\n\n"
    "NightOwl_77: sunny where do u live\n"
    "GlitterDays2015: near the shops\n"
    "Mossy_Bear: dont tell ppl ur school sunny\n"
    "Ivy_theBaker: ur so annoying\n"
    "NightOwl_77: it was me, cry about it ivy\n"
    "NightOwl_77: its sunny today anyway"
)

CHAIN = (
    "Thanks, I'll ring the family in the morning.\n\n"
    "T\n\n"
    "> From: Ofelia Brandt\n"
    "> Sent: 04 March 2025 16:02\n"
    "> Subject: Year 8 group chat\n"
    ">\n"
    "> Can you call me back?\n"
    "> K"
)


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        (
            "Present: Orsolya Nagy (ON) interpreter; Rhian McAuley (RMcA) chair.\n"
            "Mum (via ON): she is scared. RMcA to write to the school.",
            "ON",
            "PERSON",
        ),
        (
            "Present: Orsolya Nagy (ON) interpreter; Rhian McAuley (RMcA) chair.\n"
            "Mum (via ON): she is scared. RMcA to write to the school.",
            "RMcA",
            "PERSON",
        ),
        (
            "Strategy meeting. Padraig O'Kelly (POK) SW.\nPOK: the family were targeted.",
            "POK",
            "PERSON",
        ),
        ("Attending: Nuala Boyce (NB) - Social Worker.\nNB: home visit today.", "NB", "PERSON"),
        ("will you tell his teacher mrs bright? i dont want him told off", "bright", "PERSON"),
        ("our french teacher madame dubois cos she says bon", "dubois", "PERSON"),
        (CHAIN, "T", "PERSON"),
        (CHAIN, "K", "PERSON"),
        (
            "He plays for Ashvale Rovers Juniors U12s. The scout",
            "Ashvale Rovers Juniors U12s",
            "SCHOOL",
        ),
        (
            "Head of Centre, Kestrel Learning Hub - ALTERNATIVE PROVISION",
            "Kestrel Learning Hub",
            "SCHOOL",
        ),
        (
            "Notes - Calder Moor Pupil Referral Service - strategy",
            "Calder Moor Pupil Referral Service",
            "SCHOOL",
        ),
        (
            "They posted our address (Flat 4, Linnet Court, 19 Hawthorn Avenue) on the story",
            "Flat 4, Linnet Court, 19 Hawthorn Avenue",
            "ADDRESS",
        ),
        (
            "got her address if anyone wants to have a word 4 Pen y Maes Avenue",
            "4 Pen y Maes Avenue",
            "ADDRESS",
        ),
        ("yeah the teacher lives on 31 Kirkwall Run", "31 Kirkwall Run", "ADDRESS"),
        ("i know where u live, 15 Newbattle, i seen ur house", "15 Newbattle", "ADDRESS"),
        ('a clip of Jess and Callum "Cal" Irvine kissing', 'Callum "Cal" Irvine', "PERSON"),
        (
            'Mr William "Billy" Steele - Designated Teacher',
            'William "Billy" Steele',
            "PERSON",
        ),
        ("Name: Kam (Kamaljeet Sandhu)\nPhone: 0113 496 0001", "Kam", "PERSON"),
        ('she talks about "Dev" and "Ash". We believe Dev may be Devinder Sahni', "Dev", "PERSON"),
    ],
)
def test_found_whole(text: str, secret: str, kind: str) -> None:
    found = [(e.start, e.end, e.type) for e in find_entities(text)]
    # Every occurrence standing as a word (a sign-off's letter: alone on its line).
    edge = r"(?m)^(?:> )?" if len(secret) == 1 else r"(?<![\w'’.\-])"
    starts = [m.start(1) for m in re.finditer(edge + "(" + re.escape(secret) + r")(?![\w])", text)]
    if len(secret) == 1:
        starts = [s for s in starts if text[s + 1 : s + 2] in ("\n", "")]
    assert starts
    for start in starts:
        assert (start, start + len(secret), kind) in found, (secret, found)


def test_a_chat_message_calling_someone_by_name() -> None:
    found = {(e.start, CHAT[e.start : e.end]) for e in find_entities(CHAT)}
    for needle in ("sunny where", "school sunny", "about it ivy"):
        word = needle.split()[0] if needle == "sunny where" else needle.split()[-1]
        start = CHAT.index(needle) + needle.index(word)
        assert (start, word) in found, (needle, found)


@pytest.mark.parametrize(
    ("text", "kept", "secret"),
    [
        ("he'll get me a hoodie from Jack Wills and he'll come up", "Jack Wills", ""),
        ("Mr Jack Wills - Head of Sixth Form", "Wills", "Jack"),
        ("He travelled on the Victoria line to Brixton", "Victoria line", ""),
        ("filmed at the Burger King near King's Cross station", "Burger King", ""),
        ("I went to the Citizens Advice at the library", "Citizens Advice", ""),
        (
            "GP has offered Mr Bell Employee Assistance Programme support",
            "Assistance Programme",
            "Bell",
        ),
        (
            'Year 10 set up a Google Form called "Best Teacher Awards" which',
            "Best Teacher Awards",
            "",
        ),
        ('Someone on a game called "Pet Simulator 99" told him', "Pet Simulator 99", ""),
        ("Sipho Dube, DSL, Gateway Learning Centre (AP), Lewisham", "(AP)", "Sipho"),
        ("We want to involve the Jamia on Leeds Road and the youth club", "Leeds Road", ""),
        ("a fight outside Greggs on Queen Street, Cardiff", "Greggs", "Queen Street"),
        ("one wrote see u tomorrow, meet by Hulme Park after school", "Hulme Park", ""),
        ("She lives on Foxglove Lane with her nan", "lives on", "Foxglove Lane"),
        ("Operation Wren is led by DC Jo Hartley", "Operation Wren", "Hartley"),
        ("(a) Will platforms have to check ages?\n(b) Will a poster work?", "Will a poster", ""),
        ("mr and mrs Okafor came in", "mr and mrs", "Okafor"),
    ],
)
def test_kept_beside_people(text: str, kept: str, secret: str) -> None:
    out = redact(text).text
    assert kept in out, out
    if secret:
        assert secret not in out, out
