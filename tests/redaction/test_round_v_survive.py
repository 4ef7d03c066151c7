"""Round V's must-survive words (issue 9): a quoted group's, page's, chat's or game's name
read word by word, its people alone redacted (names on the lists, an unlisted surname after a
first name); and the town after an address's street or a school's kind left as written (the
town lists, towns named like a street and islands from data/towns_more.txt, "FE" after a
college). Every sentence here is invented, and each class has hard negatives: a handle or a
display name in quotes stays whole, a street named like a town and a school named after its
town stay whole."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from casebook.redaction.lexicon import towns, towns_more
from casebook.redaction.patterns import quoted_name_people
from tests.redaction.coverage import covered, held_whole


def kept(text: str, phrase: str) -> bool:
    """Whether no entity found in text touches phrase (its first place)."""
    start = text.index(phrase)
    end = start + len(phrase)
    return not any(e.start < end and e.end > start for e in redact(text).entities)


def found(text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.type) for e in redact(text).entities]


SURVIVE = [
    # A quoted name of places, year groups and everyday words names nobody.
    ('Someone posted it in a Facebook group "Burgess Hill Dads Chat" last night.', "Dads Chat"),
    ('Someone posted it in a Facebook group "Burgess Hill Dads Chat" last night.', "Burgess Hill"),
    ('Someone posted it on a Facebook page "Ebbw Vale Dads Chat" last night.', "Ebbw Vale"),
    ('There is a WhatsApp group called "S2 besties" with an adult in it.', "S2 besties"),
    # People inside a quoted name: the name goes, the rest stays.
    ('They made a realm called "Tobias is a weirdo" about him.', "is a weirdo"),
    ('A boy made a game called "Priya\'s mansion" and invited her.', "mansion"),
    ('A profile named "Gareth Pembury – Headteacher" is asking for money.', "Headteacher"),
    ('THEY MADE A GROUP CALLED "KIERAN IS A [EXPLETIVE]" AND ADDED HIM.', "EXPLETIVE"),
    # The town after a street or an island after a place.
    ("He dropped her home at 8 Marlowe Road, Brierley Hill. Then he messaged.", "Brierley Hill"),
    ("She lives at Tigh an Uillt, Claddach, North Uist HS6 5AB with her gran.", "North Uist"),
    # The town after a school's kind, and a qualifier after a college.
    ("Her school is Glenmorran High Ballynahinch, she is in Year 11.", "Ballynahinch"),
    ("He is in Year 12 at Dunmore Vale College Enniskillen.", "Enniskillen"),
    ("I'm the safeguarding lead at Ashfleet Ridge College FE. Can you help?", "FE"),
]


@pytest.mark.parametrize(("text", "phrase"), SURVIVE)
def test_must_survive_words_are_left(text: str, phrase: str) -> None:
    assert kept(text, phrase), found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The people inside a quoted name still go.
        ('They made a realm called "Tobias is a weirdo" about him.', "Tobias"),
        ('A boy made a game called "Priya\'s mansion" and invited her.', "Priya"),
        ('A profile named "Gareth Pembury – Headteacher" is asking for money.', "Gareth Pembury"),
        ('THEY MADE A GROUP CALLED "KIERAN IS A [EXPLETIVE]" AND ADDED HIM.', "KIERAN"),
        # The street and the school before the town still go.
        (
            "He dropped her home at 8 Marlowe Road, Brierley Hill. Then he messaged.",
            "8 Marlowe Road",
        ),
        ("Her school is Glenmorran High Ballynahinch, she is in Year 11.", "Glenmorran High"),
        (
            "I'm the safeguarding lead at Ashfleet Ridge College FE. Can you help?",
            "Ashfleet Ridge College",
        ),
    ],
)
def test_names_inside_still_go(text: str, name: str) -> None:
    assert covered(text, name)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        # A handle-like name in quotes stays one username.
        ('He plays with a user called "xXslayXx" every night.', "xXslayXx"),
        ('someone on roblox named "bloxybabe17" messaged her', "bloxybabe17"),
        # A display name of a person and a number or a role word is the account's own.
        ('Her dad uses the account "Darren Okoye 2" to message her.', "Darren Okoye 2"),
        ('Fake profile: "Eleri Pughsley Head" is messaging parents.', "Eleri Pughsley Head"),
        # A page's title written in capitals throughout is a name someone chose.
        (
            'There is a Facebook page called "Mrs Pennock Is A Liar" about our teacher.',
            "Mrs Pennock Is A Liar",
        ),
        # A street named like a town, and a school named after its town.
        ("He lives at 12 Chester Road with his uncle.", "12 Chester Road"),
        ("She goes to Keswick School and is in Year 8.", "Keswick School"),
        # A district named like a street, alone after a shop's name, is the street.
        ("They met at Quickshop Express, Brixton Hill at 8.", "Quickshop Express, Brixton Hill"),
    ],
)
def test_hard_negatives_stay_whole(text: str, whole: str) -> None:
    assert held_whole(text, whole), found(text)


def test_a_quoted_group_name_of_a_person_alone_stays_whole() -> None:
    """A quoted name made only of a person's name is an account, not a group of words."""
    text = 'A page called "Kayla Brennan" keeps posting her photos.'
    start = text.index("Kayla")
    assert quoted_name_people(text, start, start + len("Kayla Brennan")) is None
    assert held_whole(text, "Kayla Brennan")


def test_towns_more_holds_street_named_towns_and_islands_only() -> None:
    more = towns_more()
    assert {"ebbw vale", "brierley hill", "north uist"} <= more
    assert not {"ebbw vale", "brierley hill"} & towns()  # towns() leaves them out
    assert "lewis" not in more  # "Isle of Lewis": a first name
    assert not any(name.endswith((" road", " street")) for name in more)
