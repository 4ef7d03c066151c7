"""Must-survive classes the round on set F dealt with, each in sentences written afresh (not
F's): nationalities and languages, acronyms, towns known by a short name or standing before
a place word, and products and services named as such. Beside each, the names that must
still be redacted in the same positions."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.coverage import covered


def survives(text: str, word: str) -> bool:
    out = redact(text).text
    return word in out


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Nationalities and languages, alone or two together.
        ("Dad speaks Tigrinya and a little Amharic; an interpreter was booked.", "Tigrinya"),
        ("The boy is Eritrean and arrived in March.", "Eritrean"),
        ("Gran: Pashto speaker, no English.", "Pashto"),
        ("Mum asked for a Lithuanian interpreter for the meeting.", "Lithuanian"),
        ("she is half Jamaican half Polish", "Jamaican"),
        # Acronyms of services and checks, in capitals or not, after a word that makes them
        # a thing.
        ("He has an enhanced DBS and coaches the under 12s.", "DBS"),
        ("lad is known to yot and has an asbo", "yot"),
        ("Referred to MARAC after the second incident.", "MARAC"),
        ("Her EHCP review is next week.", "EHCP"),
        ("Her TA sits with her in maths.", "TA"),
        # Towns by their short name, and towns before a word that says they are places.
        ("They moved from Southend in the summer.", "Southend"),
        ("Group seen outside Bridlington bus station on Friday night.", "Bridlington"),
        ("Notes from the Tonypandy youth club session", "Tonypandy"),
        # Products and services where the text says so.
        ("She was chatting on Wizz, then they moved to Snapchat.", "Wizz"),
        ("He plays a game called ROBLOX TYCOON most nights.", "TYCOON"),
        ("an app called Hoop was on her phone", "Hoop"),
        ("Mum found the Kik account on the old tablet.", "Kik"),
        ("MY SON IS ON A GAME CALLED PIXEL QUEST", "PIXEL QUEST"),
        # Islands, a stone or metal before what is made of it, a London borough before a
        # place word, and everyday phrases with a name-like word in them.
        ("they went camping on the isle of arran in august", "isle of arran"),
        ("She lost her amber necklace at the party.", "amber necklace"),
        ("Referral from Hackney CAIT this morning.", "Hackney"),
        ("a group calling themselves paedo hunters filmed him", "paedo hunters"),
        ("CALLER: GRANDPARENT, NOT A PROFESSIONAL", "GRANDPARENT"),
        # A coding language, a public body's programme, a service known by its address.
        ("The after-school club teaches Python to year 8s.", "Python"),
        ("We used the Thinkuknow videos in PSHE.", "Thinkuknow"),
        ("he spends hours on character.ai every night", "character.ai"),
    ],
)
def test_must_survive_words_stay(text: str, word: str) -> None:
    assert survives(text, word), redact(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A title before a nationality word makes it a surname.
        ("Mr French, head of year, rang back.", "French"),
        # A person after "on" or before "account": a listed name or a possessive.
        ("The photos were sent on Kayleigh's phone.", "Kayleigh"),
        ("She was chatting on Snapchat with Tyler all night.", "Tyler"),
        ("Someone made a Jessica account to bully her.", "Jessica"),
        # A borough that is also a surname is kept only where the text says it is a place.
        ("Mr Sutton from the school rang.", "Sutton"),
        ("Jade said the photo was shared again.", "Jade"),
        # A short town name that is also a name is not taken as the town.
        ("I got a message from Ashton last night.", "Ashton"),
    ],
)
def test_names_in_the_same_positions_are_still_redacted(text: str, name: str) -> None:
    assert "PERSON" in covered(text, name)


@pytest.mark.parametrize(
    ("text", "address", "kept"),
    [
        # An address that runs on from a year group starts after it.
        ("Pupil: Year 8, Larchfield Rise, Otley", "Larchfield Rise", "Year 8"),
        ("spoke to head of year 11, 14 Mossbank Lane, keighley", "14 Mossbank Lane", "year 11"),
    ],
)
def test_an_address_after_a_year_group_leaves_the_year_group(
    text: str, address: str, kept: str
) -> None:
    assert "ADDRESS" in covered(text, address)
    assert kept in redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Will: u there\nWill: will u send it",
        "Chat log\nWill: hey\nTia: hi\nWill: will u send a pic",
    ],
)
def test_a_common_word_in_lower_case_beside_the_capitalised_name_stays(text: str) -> None:
    out = redact(text).text
    assert "will u send" in out, out
    assert "Will:" not in out, out  # the speaker called Will is still redacted


def test_a_year_group_repeated_before_a_postcode_stays() -> None:
    out = redact("Year 9, Year 9, LS6 2XA").text
    assert out == "Year 9, Year 9, {postcode}", out
