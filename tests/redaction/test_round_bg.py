"""Round BG: what sets CO and CP showed, by kind (invented sentences).

Redacted: initials a key gives a name ("RS = Rachel Sayer", "Advisors: JO Jenna Okwu; MR
Matthew Roebuck") wherever they recur, a post's short form too ("GP Grace Pollard" makes
every "GP" of that text hers); "Surname, Forename" as one name in a table's cell, between
pipes, tabs or a CSV row's quotes ('"Nwachukwu, Ebube","9"', "55012|Hussain, Mehreen|"), and
with a forename that is also a town ("Kilpatrick, Moira"); a group's name unquoted after
"called" and closed by emoji ("a group chat called We Hate Tilly 🤮"), and a group's name
holding a word of a name found elsewhere in the text ('Kaden set up ... "Kaden's Squad 🔥"'),
whole, as one account's name; a playlist's name in quotes ('a Spotify playlist called "For
Anouk 🎵"'); a school's name opening with a compass point ("North Star Primary", "South
Bank Academy"), or with a street's name before a kind of school ("Ford Park Community
College"), or holding its specialisms ("Camborne Science and International Academy"); a
person named with a title in brackets after a school, as a person ("Camborne Academy (Ms
Hollie Vosper)"); initials after a record's adviser, author or tutor ("Advisor: KS", "Tutor:
JRW", "Prepared by: TL"); "Surname, Forename" after "from" ("Call from DOLAN, Siobhan"), or
with a forename that is also a word after a surname English hardly writes ("Thackeray,
Bill"); a first name and a surname English hardly writes, with no cue ("Jacqueline Strand
rang"), and a first name before a surname found alone ("Officer Deborah Ansell"); a
lower-case first name that is also a word, given with an age ("i'm hope im 14", "its grace
12") or asked about ("whos tiffany", "who is jodie?"); a school network's login, the
year of entry, the surname and initials ("24HAYESJ"); a quoted group's name holding a
person found, its cue after it ('"Gill Haworth Must Go" (page)', '"Rimmer Rats" group chat')
or an account's short form before it ('the "lacey rae is a rat" acct'); a first name opening
a numbered item before a colon ("3. Marc: vape selling").

Kept: a post's short form in capitals before a club named for its town ("CWO, Cwmbran
Wanderers JFC"), a street and its town ("Mill Lane, Moira"), a quoted phrase in another
language ('said "Дякую, що вислухали"'), a group named for a year group and everyday words
("Y7 Baddies 😈"), a group's name whose only name word in lower case is a common word
('"harry potter fans"'), a region before a school's kind ("the North East Primary
heads"), a city abroad before a comma and a name ("from Shenzhen, Zhou Yiran"), a thing's
name in quotes ('"Genesis Crystals"'), a church's name before "church", a word before a
number that is no age ("i'm tired 24 7"), "will" after "whos", a town's or a
neighbourhood's group named before its cue ('"Preston Mums Chat" group'), a trend's name
before a platform ('"Hot Girl Summer" TikTok ranking').
"""

from __future__ import annotations

import pytest

from casebook.redaction import find_entities
from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("RS logged it, reported to TikTok\n\nRS = Rachel Sayer, DSL", "RS"),
        ("RS logged it, reported to TikTok. RS = Rachel Sayer, DSL.", "RS"),
        ("escalated\tMR\nAdvisors: JO Jenna Okwu; MR Matthew Roebuck; SA Sadia Akhtar", "MR"),
        (
            "OS-4,2024-10-08,GP,Daisy Crowthorne,4C\nStaff: TF Tom Faraday; GP Grace Pollard",
            "GP",
        ),
        ('"Nwachukwu, Ebube","9","9KL","2024-11-04","Misuse of technology"', "Nwachukwu, Ebube"),
        ("55012|Hussain, Mehreen|A Level Psychology|14-Oct-24|Online", "Hussain, Mehreen"),
        ("Kilpatrick, Moira     | Deputy Head / DDSL       | 07700 900002", "Kilpatrick, Moira"),
        ("Chronology > Child: Nowak-Evans, Pola > Cwmbran Park Primary", "Nowak-Evans, Pola"),
        (
            "someone has made a group chat on whatsapp called We Hate Tilly 🤮 and added 40",
            "We Hate Tilly 🤮",
        ),
        ("she put it on a private story called zeyneps exposed 😂 and added loads", "zeyneps"),
        (
            'Kaden set up a Snapchat group "Kaden\'s Squad 🔥" with the U14 players.',
            "Kaden's Squad",
        ),
        ('mum found a Spotify playlist called "For Anouk 🎵" on her phone', "For Anouk 🎵"),
        (
            'Tanaka was added to a snapchat group called "tanaka is a tramp" last week.',
            "tanaka is a tramp",
        ),
        ("Lorna Fitzgerald-Obi DSL Ford Park Community College, plymouth", "Ford Park"),
        (
            "Staff member at Camborne Science and International Academy (Ms Hollie Vosper)",
            "Camborne",
        ),
        ("| North Star Primary, Gateshead | Y6 girl", "North Star Primary"),
        ("she goes to South Bank Academy now", "South Bank Academy"),
        ("-04-02T10:14:09Z | Channel: Phone | Advisor: KS\nCaller role: DSL", "KS"),
        ("Shola | Year 11 | Tutor: JRW\n\nDate | Time | Event", "JRW"),
        ('"Thackeray, Bill","9","9KL","2024-11-04"', "Thackeray, Bill"),
        ("19:22 Call from DOLAN, Siobhan (mother) 0113 496 0629.", "DOLAN, Siobhan"),
        ("Name | Role | Signed\nJacqueline Strand | Family Support Practitioner | ✓", "Jacqueline"),
        ("Jacqueline Strand rang the office today.", "Jacqueline Strand"),
        ("recorded by Club Welfare Officer Deborah Ansell\nDate: 17/03/25", "Deborah Ansell"),
        ("i'm hope im 14 and someone has made a group chat about me", "hope"),
        ("hi its grace 12 from year 7, can u help", "grace"),
        ("her: can i go to the party\nme: whos tiffany\nher: from insta", "tiffany"),
        ("who is jodie? she keeps messaging him", "jodie"),
        ("03/02/2025 10:14  | 24HAYESJ     | TH-LIB-07 | Self-harm | 5", "24HAYESJ"),
        (
            '4|Nov 20|Mrs Gill Haworth|Facebook|"Gill Haworth Must Go" (page)|Parent-run page',
            "Gill Haworth Must Go",
        ),
        (
            'lacey-rae (8F): still getting msgs from the "lacey rae is a rat" acct',
            "lacey rae is a rat",
        ),
        (
            'Ellie Rimmer (Y9) says that "Rimmer Rats" group chat on Snapchat mocks her',
            "Rimmer Rats",
        ),
        ("2. Lily: harassment, resolved\n3. Marc: vape selling via snap story", "Marc"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Diolch,\nGareth\nCWO, Cwmbran Wanderers JFC\n029 2018 0554", "CWO"),
        ("They met at Mill Lane, Moira, after school.", "Moira"),
        ("a group called Y7 Baddies 😈 lol", "Y7 Baddies"),
        ("i'm tired 24 7 and the school wont help", "tired"),
        ("whos will\nidk", "will"),
        ("The library ordered 22CHAPTERS boxes for the reading week.", "22CHAPTERS"),
        ('Preston Lowe posted in the "Preston Mums Chat" group last night.', "Mums Chat"),
        ("1. Note: this is policy\n2. Action: call back\n- Summary: fine", "Summary"),
        ('Rich says the "Hot Girl Summer" TikTok ranking is back; Summer saw it.', "Hot Girl"),
        ('A student from Shenzhen, Zhou Yiran (known as "Ivy"), boards here.', "Shenzhen"),
        ('Now he has sent him money for "Genesis Crystals" in the game.', "Genesis Crystals"),
        ("a youth baptism service at an Elim Pentecostal church, streamed", "Elim Pentecostal"),
        ("schools in the North East Primary heads group", "North East"),
        (
            'Harry sent it to the snapchat group "harry potter fans 🪄" on Friday.',
            "harry potter fans",
        ),
        ('Mum said "Дякую, що вислухали" after we talked, and cried.', "Дякую, що вислухали"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


def test_person_in_brackets_after_school_is_a_person() -> None:
    text = "Staff member at Camborne Academy (Ms Hollie Vosper) targeted by a fake account."
    found = {text[e.start : e.end]: e.type for e in find_entities(text)}
    assert found.get("Hollie Vosper") == "PERSON", found
