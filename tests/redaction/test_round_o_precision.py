"""Kinds of false alarm round O dealt with, by mechanism rather than by word (casebook/
redaction/nobody.py and the shapes in keep.py and patterns.py): places by their shape or slot,
games, apps and services written like names, acronyms in capitals, title-case roles and
notices, form words and nouns written like names. Every sentence is written afresh (no set's
text), and each class has hard negatives: a real (invented) name in the same slot still goes."""

from __future__ import annotations

import pytest

from casebook.redaction import find_entities, redact
from casebook.redaction.core import Entity
from casebook.redaction.nobody import celtic_place, names_nobody


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # 1. Places by shape: a Welsh, Gaelic or Irish place-name element, on no name list.
        ('Bitmoji shown at "9 Heol Las, Llanwenarth"\nCaption: found u', "Llanwenarth"),
        ('Bitmoji shown at "9 Heol Las, Ballydrennan"\nCaption: found u', "Ballydrennan"),
        ('Screenshot 2: "Aberporthwy" under her story', "Aberporthwy"),
        ('Screenshot 2: "Invercaddle" under her story', "Invercaddle"),
        # ... or a word no list holds, where a place stands: after a school and a comma,
        # after "a man from", "is originally from".
        ("Question from the DSL at St Anne's Catholic School, Thornwick: how?", "Thornwick"),
        ("girl said a man from Oxmoorby messaged her", "Oxmoorby"),
        ("the girl is originally from Hexley", "Hexley"),
        # Two words, one of which says the other is a place.
        ('Screenshot 2: "Pentrefoel Fawr" under her story', "Pentrefoel Fawr"),
        ("messages arranging a pick up from Hollins End station car park", "Hollins End"),
        # A town alone before a word for its people, with a school of its name elsewhere.
        ('a Snapchat group called "Selby lads" which boys from Selby High are in', "Selby lads"),
        # A group named after its town or a Welsh place.
        ('a Facebook group called "Thirsk Parents Unfiltered" is sharing it', "Thirsk"),
        ('the Discord server "Llanfarian Gamers" has 40 members', "Llanfarian Gamers"),
        # 2. Games, apps and services written like names.
        ('he has been playing a game called "Gravel Quest" every night', "Gravel Quest"),
        ('she used an app called "Blurface Pro" to make it', "Blurface Pro"),
        ("advised: block, report to the platform, StopItNow, Childline.", "StopItNow"),
        ('she met him on an omegle-type site ("yo.tv") by "kel". yp shannon, 13', "yo.tv"),
        # 3. Acronyms in capitals, title-case roles and notices, school subjects.
        ("DS Orla Penhaligon, CSEIT, Northshire Police. Just a heads up.", "CSEIT"),
        ("advised: do not forward, KIOC is evidence, keep the phone.", "KIOC"),
        ("SW asked about a Child Arrangements Order equivalent in NI.", "Arrangements Order"),
        ("Name: Morwenna Quist\nJob title: Pupil Support Teacher\nSchool: Anytown High", "Support"),
        ("resources for the yr 8 pshe.", "pshe"),
        # 4. Form words and nouns written like names.
        ("Name: Undisclosed\nRole: Parent", "Undisclosed"),
        ("Name: Mila\nRole: Child (age 12)\nMessage: hi", "Child"),
        ("Replies (4): lol, same, reported", "Replies"),
        ("An ustadh (teacher) has been WhatsApping girls", "ustadh"),
        # 5. A quoted description or age, and a group's name of "the" and slang.
        ('she has been sending money to a "gamer" on twitch for shoutouts', '"gamer"'),
        ('she sent pics to "15yo" on snap and now thinks hes older', "15yo"),
        ('asked by a "16 year old" on Yubo to go live', "16 year old"),
        ('a whatsapp gc called "the gyaldem" sharing pics of a yr 9 girl', "the gyaldem"),
        ("we are a tiny parish youth club in Anytown. Ross (youth lead) can help.", "youth club"),
        ("her ex-bf posted it on snap", "ex-bf"),
        ("getting messages from ex-bf tiernan oakes who is 19", "ex-bf"),
    ],
)
def test_no_one_stays(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The same slots with a real name: the name still goes.
        ("a message from Oxmoorby Tresidder said she was scared", "Tresidder"),
        # A game "called" something with a name in it is left to the name rules.
        ('a game called "Puddle Knight" that his mate Roan Knight made', "Roan Knight"),
        ("Query from the DSL at Holy Cross RC Primary, Mrs Quenby: do we report?", "Quenby"),
        ("a message from Tamsin said she was scared", "Tamsin"),
        ("Kenzie Barrowcliffe is a local girl from the estate.", "Kenzie Barrowcliffe"),
        ("Dear Mr Thornwick, thank you for your call.", "Thornwick"),
        ("Regards,\nMs Llewelyn-Parry", "Llewelyn-Parry"),
        # A group named after a person, or a person's fan club, is still someone's.
        ('a group chat called "Miss Okonedo fan club" - it is about me', "Okonedo"),
        ('a Snapchat group called "Jolene Farrier Fans" mocking her', "Jolene Farrier"),
        # A gamer tag in camel case is an account, not a product.
        ("He streams on Twitch as MoonlitBadger and asks kids to add him.", "MoonlitBadger"),
        ("a user called CopperKettleKing sent the messages", "CopperKettleKing"),
        # A name written in capitals in a mixed-case text, or in a capitals line.
        ("Pupil: Tomasz KRUK, Year 9", "KRUK"),
        ("NAME: KEZIA DROMGOOLE\nROLE: PARENT", "DROMGOOLE"),
        # A form's answer that is a name, and a lower-case name after "the" in a name slot.
        ("Name: Marisol\nRole: Child (age 12)", "Marisol"),
        ("Name: Elowen Tresidder\nRole: Parent", "Elowen Tresidder"),
        # A quoted name after "a" is still an account; "the" and a first name is someone's.
        ('she has been sending money to a "dazza" on twitch for shoutouts', "dazza"),
        ('she has been sending money to a "Tink" on twitch for shoutouts', "Tink"),
        ('a group chat on snap called "the kezia crew" sharing pics of a yr 9 girl', "kezia"),
        # A Welsh street named "Lower Lane" or "Upper Lane" is still an address.
        ("she lives at Tŷ Coch, Lôn Uchaf with her nan", "Lôn Uchaf"),
        ("she lives at Bryn Hyfryd, Lôn Isaf, Abergele with her nan", "Lôn Isaf"),
        # The name after an "ex-" compound still goes.
        ("getting messages from ex-bf tiernan oakes who is 19", "tiernan oakes"),
        # A named club in lower case after "the" is still a school's or a club's name.
        ("we are the fernlow vale youth club in Anytown. Ross (youth lead) can help.", "fernlow"),
        # Two words where the first is "Old" and the second a first name is a nickname.
        ("the man they call Old Gideon gave them vapes", "Gideon"),
    ],
)
def test_names_in_the_same_slots_still_go(text: str, name: str) -> None:
    out = redact(text).text
    assert name not in out, out


@pytest.mark.parametrize(
    ("word", "place"),
    [
        ("Llanwenarth", True),
        ("Aberporthwy", True),
        ("Ballydrennan", True),
        ("Invercaddle", True),
        ("Strathbeggan", True),
        # Too short after the element, or a listed name.
        ("Kilo", False),
        ("Ballard", False),
        ("Killian", False),
        ("Thornwick", False),
    ],
)
def test_celtic_place_shape(word: str, place: bool) -> None:
    assert celtic_place(word) is place


def test_short_domain_is_a_service_but_a_long_one_or_a_gamer_domain_is_not() -> None:
    text = 'site ("yo.tv") and her page jolenefarrierart.tv and his tag fox.gg'
    starts = {w: text.index(w) for w in ("yo.tv", "jolenefarrierart.tv", "fox.gg")}
    assert names_nobody(text, Entity(starts["yo.tv"], starts["yo.tv"] + 5, "URL"))
    long = Entity(starts["jolenefarrierart.tv"], starts["jolenefarrierart.tv"] + 19, "URL")
    assert not names_nobody(text, long)
    assert not names_nobody(text, Entity(starts["fox.gg"], starts["fox.gg"] + 6, "URL"))


def test_a_place_found_by_shape_leaves_the_name_beside_it() -> None:
    text = "Orlaith Fennimore (14) lives in Llanwenarth with her dad."
    found = {text[e.start : e.end] for e in find_entities(text)}
    assert "Orlaith Fennimore" in found
    assert "Llanwenarth" not in found
