"""Kinds of false alarm round P dealt with, by mechanism rather than by word (casebook/
redaction/nobody.py): places in a place's slot or a council's form, brands and services before
their noun or where one is named, groups, chats and gangs named by their last word, roles,
festivals, forces' acronyms and everyday words at a line's start. Every sentence is invented
(no set's text), and each class has hard negatives: a real (invented) name in the same slot
still goes."""

from __future__ import annotations

import pytest

from casebook.redaction import find_entities, redact
from casebook.redaction.core import Entity
from casebook.redaction.nobody import drop_nobody


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # 1. Places: a position word and a word, a council's or borough's form, a county's
        # abbreviation, a word in a place's slot.
        ("he goes to the youth club in Nether Wallop on fridays", "Wallop"),
        ("Comhairle nan Eilean Siar have a safeguarding team", "Eilean Siar"),
        ("Comhairle nan Eilean Siar have a safeguarding team", "Comhairle"),
        ("Family: Quist family, 4 Marram Court, Dune Street, Tower Hamlets E2 9ZZ", "Tower"),
        ("she moved to a foster placement in Lincs last month", "Lincs"),
        ("his dad lives in Strathdrummond and he visits at weekends", "Strathdrummond"),
        ("the family in Dunbrack have been told", "Dunbrack"),
        ("Kilmory police have been informed", "Kilmory"),
        # 2. Brands and services: before their noun, where a service is named.
        ("he sent her a Louis Vuitton bag to the house", "Louis Vuitton"),
        ("he sent her a Marco Bellini jacket for her birthday", "Marco Bellini"),
        ("we gave the family info on Lantern Harbour and the school nurse", "Lantern Harbour"),
        ("she uses the Wizz app to talk to strangers", "Wizz"),
        # 3. Groups, chats, stories and gangs named by their last word.
        ('Can you explain "Close Friends" vs "Private Story" on Snapchat?', "Private Story"),
        ('sent a link to a group called "Year 8 Tings" with older lads in it', "Year 8 Tings"),
        ('added to Facebook group "Brackwell Year 5 Chat" by another parent', "Year 5 Chat"),
        ('bullied by a group calling themselves "Tregarth Mafia"', "Tregarth Mafia"),
        ("the Moss Side Crew have been threatening him", "Moss Side Crew"),
        ("posted in a gc called the mcr mandem", "mandem"),
        # 4. Roles, festivals, forces' acronyms, everyday words at a line's start.
        ("Our governor, Reverend Pellam Quist-Ober, asked at the FGB.", "Reverend"),
        ("I'm Hugo Thistlewood-Bray, Bursar, Fenwick Hall.", "Bursar"),
        ("the threats began during Ramadan and stopped after Eid", "Ramadan"),
        ("it happened around Diwali at her uncle's house", "Diwali"),
        ("Do I go to the PSNI or is there no point?", "PSNI"),
        ("pc ormerod from gmp rang about a girl at the school", "gmp"),
        ("Hello, I am Tomek's father.\nToday somebody made an account with his photos", "Today"),
        ("Img attached of the messages", "Img"),
    ],
)
def test_no_one_stays(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 1. A person after "with" or "to", a surname after a title, a listed name after a
        # position word: still names.
        ("she moved in with Ross after the split", "Ross"),
        ("the boy moved to Mr Haversham's class", "Haversham"),
        ("Upper Tom said hi to her", "Tom"),
        ("Ms Dufresne-Okoro lives in Oakbank, Sedbergh Road, Kendal.", "Oakbank"),
        # 2. A named person signposted, a person's account, a name before a noun.
        ("I referred to Ms Penhallow for advice", "Penhallow"),
        ("she was referred to Tamsin Coyle at the LA", "Tamsin Coyle"),
        ("signposted to Mr Oduya the head of year", "Oduya"),
        ("someone logged into Kerenza's account", "Kerenza"),
        # 3. A group named after a person keeps the person's name.
        ("Ellis Crew sent the video to everyone", "Ellis"),
        ('a group called "Kayleigh Year 9 Chat" is sharing it', "Kayleigh"),
        # A school's name inside a group's name is still a school.
        ('added to Facebook group "Brackwell Year 5 Chat" by another parent', "Brackwell"),
        # 4. A surname after a title of faith; a name at a line's start; an everyday word
        # that the text uses as a name elsewhere.
        ("Reverend Okafor rang about a choir member", "Okafor"),
        ("Our governor, Reverend Pellam Quist-Ober, asked at the FGB.", "Quist-Ober"),
        ("Bev rang at 10 about her daughter", "Bev"),
        ("Action taken by: Cash, Delroy (Head of Year 11)\nCash has confirmed it.", "Cash has"),
        ("Rabbi Feldstein called about a pupil", "Feldstein"),
    ],
)
def test_name_still_goes(text: str, name: str) -> None:
    out = redact(text).text
    assert name not in out, out


def _finding(text: str, words: str, kind: str) -> Entity:
    start = text.index(words)
    return Entity(start, start + len(words), kind)


# The checks on one finding, whatever recogniser found it: (text, finding, its type, what
# is left of it, None where it names no one).
@pytest.mark.parametrize(
    ("text", "words", "kind", "left"),
    [
        # Groups: dropped, or cut to the school or listed name before a year group.
        ('a group called "Year 7 Tings" with older lads', "Year 7 Tings", "USERNAME", None),
        ('vs "Private Story" on Snapchat', "Private Story", "USERNAME", None),
        ('group calling themselves "Tregarth Mafia".', "Tregarth Mafia", "PERSON", None),
        (
            'added to group "Brackwell Year 4 Chat" by a parent',
            "Brackwell Year 4 Chat",
            "USERNAME",
            ("Brackwell", "SCHOOL"),
        ),
        (
            'added to group "Kayleigh Year 4 Chat" by a parent',
            "Kayleigh Year 4 Chat",
            "USERNAME",
            ("Kayleigh", "PERSON"),
        ),
        ("Ellis Crew sent the video", "Ellis Crew", "PERSON", ("Ellis Crew", "PERSON")),
        # A lower-case everyday word with an adjective's, adverb's or abstract noun's ending
        # after a role; a lower-case name in the same slot, and a surname with such an
        # ending the lists do not hold, still go.
        ("mum tearful but calmer by the end", "tearful", "PERSON", None),
        ("sw referral - quick one about a boy", "referral", "PERSON", None),
        ("discuss with LADO informally, remove post", "informally", "PERSON", None),
        ("mum tamsin but calmer by the end", "tamsin", "PERSON", ("tamsin", "PERSON")),
        ("sw harding rang about a boy", "harding", "PERSON", ("harding", "PERSON")),
        ("the carer tennant rang about a boy", "tennant", "PERSON", ("tennant", "PERSON")),
        # A function word in capitals; initials and short names in capitals still go.
        ("PLEASE WHAT ELSE CAN I DO NOW", "DO", "PERSON", None),
        ("A LADY AT ST BRIDGET'S RANG", "AT", "PERSON", None),
        ("MY SON AL WAS SENT IT", "AL", "PERSON", ("AL", "PERSON")),
        ("MESSAGES FROM TJ ABOUT IT", "TJ", "PERSON", ("TJ", "PERSON")),
        # A photo's file name; a username that only starts like one still goes.
        ("IMG_2231.JPG - chat log from Roblox", "IMG_2231.JPG", "USERNAME", None),
        ("PXL_20240312_1822 shows the DM", "PXL_20240312_1822", "USERNAME", None),
        (
            "added by img_queen_09 on snap",
            "img_queen_09",
            "USERNAME",
            ("img_queen_09", "USERNAME"),
        ),
        # A year group and everyday words; a name beside a year group still goes.
        ('Group chat: "Dads of Year 3 ⚽" (Messenger)', "Dads of Year 3 ⚽", "USERNAME", None),
        (
            'Group chat: "Tamsin Year 3" (Messenger)',
            "Tamsin Year 3",
            "USERNAME",
            ("Tamsin Year 3", "USERNAME"),
        ),
        # A brand before its noun; a person's name before "account" is still theirs.
        ("sent her a Louis Vuitton bag", "Louis Vuitton", "PERSON", None),
        (
            "someone made a Tamsin account to bully her",
            "Tamsin",
            "PERSON",
            ("Tamsin", "PERSON"),
        ),
        (
            "someone made a Tamsin Coyle account to bully her",
            "Tamsin Coyle",
            "PERSON",
            ("Tamsin Coyle", "PERSON"),
        ),
        # A service where one is named, and a listed name in the same slot.
        (
            "Helpline to send info on Revenge Porn Helpline + Lantern Refuge.",
            "Lantern Refuge",
            "PERSON",
            None,
        ),
        (
            "Helpline to send info on Revenge Porn Helpline + Tamsin Coyle.",
            "Tamsin Coyle",
            "PERSON",
            ("Tamsin Coyle", "PERSON"),
        ),
        # A title of faith cut from a school's or a person's finding; a bishop's school kept.
        (
            "Our governor, Reverend Pellam Quist, asked.",
            "Reverend Pellam Quist",
            "SCHOOL",
            ("Pellam Quist", "PERSON"),
        ),
        (
            "pupils at Bishop Challoner were told",
            "Bishop Challoner",
            "SCHOOL",
            ("Bishop Challoner", "SCHOOL"),
        ),
        # Councils, forces, boroughs at an address's end (a vale there is a locality).
        ("Comhairle nan Eilean Siar have a team", "Eilean Siar", "PERSON", None),
        ("Do I go to the PSNI or not?", "the PSNI", "SCHOOL", None),
        (
            "Flat 2, Dune Street, Tower Hamlets E2 9ZZ",
            "Flat 2, Dune Street, Tower Hamlets",
            "ADDRESS",
            ("Flat 2, Dune Street", "ADDRESS"),
        ),
        (
            "Linnet Lane, Brinsford Vale, Rotherham",
            "Linnet Lane, Brinsford Vale",
            "ADDRESS",
            ("Linnet Lane, Brinsford Vale", "ADDRESS"),
        ),
    ],
)
def test_one_finding(text: str, words: str, kind: str, left: tuple[str, str] | None) -> None:
    out = [
        (text[e.start : e.end], e.type) for e in drop_nobody(text, [_finding(text, words, kind)])
    ]
    assert out == ([left] if left else []), out


def test_school_in_group_name_is_a_school() -> None:
    text = 'My daughter Mila (Year 4) was added to Facebook group "Brackwell Year 4 Chat".'
    found = {(text[e.start : e.end], e.type) for e in find_entities(text)}
    assert ("Brackwell", "SCHOOL") in found, found


def test_title_of_faith_cut_from_a_person() -> None:
    text = "Our governor, Reverend Pellam Quist-Ober, asked at the FGB."
    found = [(text[e.start : e.end], e.type) for e in find_entities(text)]
    assert ("Pellam Quist-Ober", "PERSON") in found, found
