"""Round AA, recall: a name field filled in lower case, a name after "Bill", a "Surname,
Forename" field that ends at a column's gap, a table's bar or a mail address, initials after
names, nicknames inside names, sign-offs on the last sentence's line, and people named like
towns.

Invented sentences: a form's name field whose value is written in lower case is taken whole
("name: dora quigley"), up to the first everyday word ("sue from the office" -> "sue"), and not
when it names no one ("not given"); the word after a capitalised first name "Bill" is not part
of a law's name ("Bill Treharne"), while a law's name stays whole; "PELLINGTON, Reece" in a
form's field is one person (one numbered placeholder), two places or subjects are no one;
an initial closing a quoted name ('"Nadia F"') or before "is", "should" is part of the name;
a nickname between forename and surname ('Philippa "Pip" Aldous') makes one person with them;
a name signed after the last sentence on the same line ("... Thanks, Olamiju") is its writer;
a town's name after a family word or between commas after a word for a person ("mum Shelley",
"A colleague, Moira, opened it") is a person, and stays a town where a town stands.
"""

from __future__ import annotations

import pytest

from casebook.redaction import find_entities, redact


def people(text: str) -> list[str]:
    return [text[e.start : e.end] for e in find_entities(text) if e.type == "PERSON"]


def redact_text(text: str) -> str:
    return redact(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("name: dora quigley\nemail: dq@example.org", "dora quigley"),
        ("Name: carol hedge\nPhone: 07700 900318", "carol hedge"),
        ("Name: gary bush\nArea: Leeds", "gary bush"),
        ("Your name: imelda brook-tansley, parent", "imelda brook-tansley"),
        ("Child's name: kyle bramwell (yr 8)", "kyle bramwell"),
        ("Full name: tess marchbank", "tess marchbank"),
    ],
)
def test_a_lower_case_name_field_is_taken_whole(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("Your name: sue from the office\nRole: TA", "sue", "from the office"),
        ("name: gemma at the front desk", "gemma", "at the front desk"),
    ],
)
def test_a_lower_case_name_field_stops_at_an_everyday_word(text: str, name: str, kept: str) -> None:
    assert name in people(text)
    assert not any(kept in p for p in people(text))


@pytest.mark.parametrize(
    "text",
    [
        "Name: not given\nArea: Dudley",
        "name: anon",
        "Your name: prefer not to say",
        "name: unknown, parent",
        "Display name: sunny days\nFollowers: 212",
        "Group name: year nine chat",
    ],
)
def test_a_name_field_that_names_no_one_stays(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Parents Bill Treharne and Nia Morgan were told.", "Bill Treharne"),
        ("I spoke to Bill Ashcombe this morning.", "Bill Ashcombe"),
        ("Cc: Bill Oyelaran, Deputy Head", "Bill Oyelaran"),
    ],
)
def test_the_word_after_bill_is_a_surname(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Online Safety Bill Committee met in March.",
        "under the Online Safety Act Ofcom can fine a platform",
        "see the Children Act 1989 and Working Together",
    ],
)
def test_a_law_and_the_word_after_it_stay(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Child: PELLINGTON, Reece  DOB: 02/03/2012", "PELLINGTON, Reece"),
        ("Name: ASANTE-BOYD, Kezia\tYear 8", "ASANTE-BOYD, Kezia"),
        ("Pupil: Marchetti, Luca | Year: 9 | Tutor: 9R", "Marchetti, Luca"),
        ("Staff - Quennell, Doreen 14:22  session ended", "Quennell, Doreen"),
        ("From: Okereke, Tobenna <t.okereke@example.org>", "Okereke, Tobenna"),
    ],
)
def test_a_surname_forename_field_is_one_person(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Location: Mansfield, Nottinghamshire  Date: Tuesday",
        "Platforms: Snapchat, Instagram  and TikTok",
        "Area: Leeds, Bradford  (West Yorkshire)",
        "Year 9 - Maths, English  homework club",
        "Subject: Urgent, Please  read before Friday",
    ],
)
def test_two_items_of_a_field_are_no_one(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('her contacts show "Nadia F" and "Mum"', "Nadia F"),
        ('a bitmoji "Corey T" at the skate park', "Corey T"),
        ('photos of "ruby d" and "maya" went round', "ruby d"),
        ("lol imogen h should just leave", "imogen h"),
        ("its jude p isnt it", "jude p"),
    ],
)
def test_an_initial_after_a_name_is_taken_with_it(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('a group called "Plan B" on WhatsApp', "Plan B"),
        ('the "Vitamin D" leaflet for parents', "Vitamin D"),
        ("omg kai u should see it", "u should"),
    ],
)
def test_a_letter_that_is_no_initial_stays(text: str, kept: str) -> None:
    assert kept in redact_text(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Name: Philippa "Pip" Aldous, DSL.', 'Philippa "Pip" Aldous'),
        ("NAME: OLUWASEUN ('SHEUN') ADEYEMI", "OLUWASEUN ('SHEUN') ADEYEMI"),
        ("the boy, Dominic “Dom” Achterberg, is 14", "Dominic “Dom” Achterberg"),
    ],
)
def test_a_nickname_between_forename_and_surname_is_one_person(text: str, name: str) -> None:
    assert name in people(text)


def test_a_nickname_inside_a_name_keeps_one_number() -> None:
    text = 'Name: Philippa "Pip" Aldous, DSL. Pip said Philippa Aldous will call.'
    out = redact(text, numbered_placeholders=True).text
    assert out == "Name: {name 1}, DSL. {name 1} said {name 1} will call.", out


def test_names_in_a_list_with_a_quoted_one_stay_apart() -> None:
    assert people('Sam, "Jo" and Ali were in the chat.') == ["Sam", "Jo", "Ali"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Is the app safe for Year 7? Thanks, Olamiju", "Olamiju"),
        ("He has blocked them now. Thanks, Dervla", "Dervla"),
        ("Any advice welcome. Cheers, Tegwen", "Tegwen"),
        ("I will ring on Monday. - Morfudd", "Morfudd"),
        ("Please advise.\nMany thanks, Jem", "Jem"),
    ],
)
def test_a_sign_off_after_the_last_sentence_names_its_writer(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can you help us? Thanks, All",
        "See you at the training. Cheers, Team",
        "Please ring back. Thanks, Leeds",
        "Any advice? Thanks, DSL",
        "Subject: Online safety - Bala",
        "Detached session, Wednesday evening, Craigmillar.",
    ],
)
def test_a_sign_off_or_heading_that_names_no_one_stays(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("His mum Shelley rang the office.", "Shelley"),
        ("Jayden's dad Preston wants it taken down.", "Preston"),
        ("A colleague, Moira, opened the link.", "Moira"),
        ("another learner, Brandon, airdropped the photo", "Brandon"),
        ("a Year 8 boy, Oakley, was added to the group", "Oakley"),
        ("Ash (15, they/them) was added to the group", "Ash"),
        ("Spoke to Shelley (14) about the photos", "Shelley"),
    ],
)
def test_a_person_named_like_a_town_in_a_persons_slot(text: str, name: str) -> None:
    assert name in people(text)


def test_the_rest_of_the_text_follows_the_slot_but_a_place_stays() -> None:
    text = "Ash (15) says the man lives in Ash. Ash is scared."
    assert redact_text(text) == "{name} (15) says the man lives in Ash. {name} is scared."


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("his mum in Leigh rang the office", "Leigh"),
        ("pupils from Leeds, Bradford and Wakefield", "Leeds, Bradford and Wakefield"),
        ("schools in Moira, Lurgan and Lisburn", "Moira"),
        ("she lives near Stanley now", "Stanley"),
    ],
)
def test_a_town_in_a_places_slot_stays(text: str, kept: str) -> None:
    assert kept in redact_text(text)
