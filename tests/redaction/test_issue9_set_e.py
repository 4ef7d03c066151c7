"""Classes that got through on blind set E (a tuning set now: its floors are in
test_tuning_sets.py), one table per class, written afresh (not E's sentences), so each row
checks that a class is handled, not that one sentence is."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.coverage import covered


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # An initial without its full stop where the name ends: a chat speaker, a list item.
        ("[09:12, 03/03/2024] Tobi K: did u see it", "Tobi K"),
        ("Named: Orla (Year 9), Keziah M (Year 9) and Bartek.", "Keziah M"),
        ("The two boys were Ethan and Callum P.", "Callum P"),
        # A family word or "Big" written as part of the name.
        ('Someone calling himself "Uncle Gethin" messaged her.', "Uncle Gethin"),
        ('SHE SAYS "BIG KEL" OFFERS HER LIFTS AFTER SCHOOL', "BIG KEL"),
        ('the lads call him "Little Tyrone" on the group', "Little Tyrone"),
    ],
)
def test_names_with_an_initial_or_a_family_word(text: str, name: str) -> None:
    assert "PERSON" in covered(text, name)


@pytest.mark.parametrize(
    "text",
    [
        'They watched "Big Brother" and sang "Little Mix" songs.',
        "Students in set B (maths) sat paper 2 with Year 9.",
        "I told her uncle I would ring back.",
    ],
)
def test_family_words_and_letters_that_stay(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    ("text", "school"),
    [
        # A school's bare name after a role at it, "u go" in a chat, "school =" in a note.
        ("Spoke to the parent governor at Ashcombe Rise about the post.", "Ashcombe Rise"),
        ("Mr Dale, head of year 10 at the willows, rang back.", "the willows"),
        ("tilly_x: u go brackley fields?", "brackley fields"),
        ("zac's school = thornwood. mum to call back", "thornwood"),
        # Where a child moved from, and where to.
        ("she moved from st bede's to harrowgate hill academy in may", "harrowgate hill academy"),
    ],
)
def test_schools_by_their_bare_name_where_context_says_school(text: str, school: str) -> None:
    assert "SCHOOL" in covered(text, school)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # A house known by its name, with the town or postcode after it.
        ("Home: Ty Gwyn, Aberaeron\nConcern: contact from an adult", "Ty Gwyn"),
        ("The boy lives with his aunt at Willow Barn, Malton YO17 9ZZ.", "Willow Barn"),
        ("Placement: The Old Rectory, Ledbury\nSocial worker: Ms Adair", "The Old Rectory"),
        # A lower-case street after who the child lives with.
        ("lad lives w his gran on pennine street, halifax", "pennine street"),
    ],
)
def test_named_houses_and_lower_case_streets(text: str, address: str) -> None:
    assert "ADDRESS" in covered(text, address)


@pytest.mark.parametrize(
    "text",
    [
        "We go there on Fridays; do u go on roblox much?",
        "She lives at Hebden Bridge, West Yorkshire, with her dad.",
        "Home: Leeds, West Yorkshire",
        "The head of year at the school rang back.",
    ],
)
def test_school_and_address_cues_that_name_nothing(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        'She replied "Will do, cheers" and hung up.',
        'The bio has a "Grace note" gag about the teacher.',
        'The poster says "Faith in the future" in big letters.',
    ],
)
def test_an_everyday_word_opening_a_quoted_phrase_is_no_name(text: str) -> None:
    assert redact(text).text == text


def test_a_quoted_name_alone_is_still_a_name() -> None:
    assert "PERSON" in covered('Her nickname at school is "Hope" and she is 13.', "Hope")


@pytest.mark.parametrize(
    "text",
    [
        # A listed everyday word opening a sentence or a quoted phrase, before a preposition
        # the noun governs or "do": the noun, not a name.
        'The poster says "Faith in the future" in big letters.',
        "Faith in the system is low among parents. We will write to them.",
        'The banner read "Hope in humanity" above the stage.',
        'Her bio says "Justice for staff" in capitals.',
        "Joy of joys, the licence renewal came through.",
        'The assembly is about "Dawn of the deepfake" this term.',
        "Thanks for the call. Will do the walkthrough on Friday.",
    ],
)
def test_an_everyday_noun_opening_before_its_preposition_is_no_name(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A name opening a quoted message or a sentence before a verb, a place or a group
        # stays a name, as the labelled sets mark it ("Pearl in Year 5", "Grace from HR").
        ('She was sent "Jess is a liar" by a group.', "Jess"),
        ('The message said "Kayla in year 9 sent it" and nothing else.', "Kayla"),
        ('The text says "Ruby from Lakeside is a liar" on the group.', "Ruby"),
        ("Spoke to the DSL. Hope in the office has the screenshots.", "Hope"),
        ("Spoke to the DSL. Hope in Year 8 said a man messaged her.", "Hope"),
        ("Spoke to the DSL. Grace from HR will join the meeting.", "Grace"),
        ("Spoke to the DSL. Joy in our office has the screenshots.", "Joy"),
    ],
)
def test_a_name_opening_before_a_place_or_a_verb_stays_a_name(text: str, name: str) -> None:
    assert "PERSON" in covered(text, name)
