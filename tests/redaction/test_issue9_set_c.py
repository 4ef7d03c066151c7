"""Classes of personal data that got through on blind set C, and words that were lost there,
one table per class. The examples are written afresh (not C's sentences), so each row checks
that a class is handled, not that one sentence is."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.coverage import covered


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # "Surname, Forename" as an item of its own: chat speakers, logs, staff lists.
        ("Okafor, Tunde  09:12\nHas anyone seen the post?", "Okafor, Tunde"),
        ("Okafor, Tunde [09:12 AM]: has anyone seen it?", "Okafor, Tunde"),
        ("Reported by: Lindqvist, Maren (Head of Year 8)", "Lindqvist, Maren"),
        ("Staff named: van Dijk, Lotte; bin Yusof, Amir; Ní Bhriain, Orla", "bin Yusof, Amir"),
        ("Staff named: van Dijk, Lotte; bin Yusof, Amir; Ní Bhriain, Orla", "Ní Bhriain, Orla"),
        ("Staff list:\n- Carmody, F. (Maths)\n- Esterhuizen, Pieta (PE)", "Carmody, F."),
        ("Staff list:\n- Carmody, F. (Maths)\n- Esterhuizen, Pieta (PE)", "Esterhuizen, Pieta"),
        # The forename found once stands for the person later on.
        ("Esterhuizen, Pieta 10:02\nok\nGreaves, Sam 10:04\nPieta can you ring them?", "Pieta"),
    ],
)
def test_people(text: str, span: str) -> None:
    assert "PERSON" in covered(text, span)


def test_a_greeting_and_a_name_are_not_one_name() -> None:
    text = "Thanks, Anna\nSee below."
    assert all(not text[e.start : e.end].startswith("Thanks") for e in redact(text).entities)


@pytest.mark.parametrize(
    ("text", "town", "gone"),
    [
        ("She lives at 6 Plover Walk, Kettering, NN15 9ZZ.", "Kettering", "Plover Walk"),
        ("Home: 14 Dale View, Ludlow SY8 9ZZ", "Ludlow", "Dale View"),
        ("address: the mill house, 4 chapel lane, nr ludlow", "ludlow", "chapel lane"),
        ("A pupil at Carrowdore College (Banbridge) was added.", "Banbridge", "Carrowdore"),
        ("The family moved here from Carrickfergus in May.", "Carrickfergus", ""),
    ],
)
def test_towns_survive_beside_what_is_redacted(text: str, town: str, gone: str) -> None:
    out = redact(text).text
    assert town in out, out
    assert not gone or gone not in out, out


def test_a_person_named_like_a_town_is_still_a_person() -> None:
    assert "Preston" not in redact("We heard from Preston Hale on Monday.").text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Two listed first names joined by a hyphen, in lower case.
        ("[20:01] bex: has anyone seen what rosie-mae posted", "rosie-mae"),
        # A name found once in lower case is the same name later, even a common one.
        ("dad says his son ollie is in year 6. not sure if ollie has a phone", "ollie"),
        # The word after a title or "pcso", in no list.
        ("call with pcso whitcombe about the group chat, whitcombe will ring", "whitcombe"),
        ("spoke to ms achterberg today", "achterberg"),
    ],
)
def test_lower_case_names_are_gone(text: str, name: str) -> None:
    out = redact(text).text
    assert name not in out, out


@pytest.mark.parametrize(
    "text",
    [
        # A role used as a title ends a sentence here.
        "We told our PCSO. Do we need to tell the school?",
        # Welsh and Irish words of notes and mail.
        "Annwyl Linell Gymorth,\nMae cyfrif ffug ar Instagram.\nDiolch,\n(Dirprwy Bennaeth)",
        "nodyn: galwad gan y pennaeth cynorthwyol, wedi rhoi cyngor",
        "Dia duit, the múinteoir says the daltaí are fine.",
        # Roles, clubs, bands, drugs, saints' days, rivers, plural platforms.
        "Our caretaker and the Depute Head spoke to the Named Person.",
        "He supports Crystal Palace and listens to Wolf Alice.",
        "The police did dawn raids over crystal meth.",
        "On St David's Day the school by the River Taff closed.",
        "She posts TikToks every night.",
    ],
)
def test_words_that_must_survive(text: str) -> None:
    assert redact(text).text == text


def test_an_address_field_ends_at_an_aside() -> None:
    out = redact("address: 9 fenwick close (as written) - he lives there").text
    assert out == "address: {address} (as written) - he lives there", out


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        # Schools: "PS" for a primary school; lower-case kinds with "rc"/"ce"/"of"; "high".
        ("She moved to Carnlough Road PS in P5.", "Carnlough Road PS", "SCHOOL"),
        ("Both are at Kilbride of Strathmore PS now.", "Kilbride of Strathmore PS", "SCHOOL"),
        ("rang from st ninian's rc high re a pupil", "st ninian's rc high", "SCHOOL"),
        ("a yr 8 at holmewood ce primary has the video", "holmewood ce primary", "SCHOOL"),
        (
            "s2 girl at braeside of kinloch academy was sent it",
            "braeside of kinloch academy",
            "SCHOOL",
        ),
        ("cb from the dsl at thornhaugh high about it", "thornhaugh high", "SCHOOL"),
        # Usernames in quotes or after "user", shaped like handles.
        ("the Fortnite tag 'bravoboi2011' keeps messaging", "bravoboi2011", "USERNAME"),
        (
            "an Instagram page 'kentmumsexposedteachers' posted it",
            "kentmumsexposedteachers",
            "USERNAME",
        ),
        ("a page called 'lily.m.sl*g' was made", "lily.m.sl*g", "USERNAME"),
        ("logged in as user 19hartleyj at the time", "19hartleyj", "USERNAME"),
        # Contacts and dates spelt out.
        (
            "ring oh seven seven double oh, nine hundred, two two one",
            "oh seven seven double oh, nine hundred, two two one",
            "PHONE",
        ),
        (
            "it's seven seven double oh nine double oh, four five six",
            "seven seven double oh nine double oh, four five six",
            "PHONE",
        ),
        (
            "plus four four seven seven zero zero nine zero zero one two three",
            "plus four four seven seven zero zero nine zero zero one two three",
            "PHONE",
        ),
        (
            "write to amy underscore rees at example dot invalid",
            "amy underscore rees at example dot invalid",
            "EMAIL",
        ),
        (
            "or sam at brook hyphen lane dot invalid",
            "sam at brook hyphen lane dot invalid",
            "EMAIL",
        ),
        ("a girl (initials R.K., born 2010) told us", "2010", "DATE_OF_BIRTH"),
        ("dob the third of June twenty-twelve", "the third of June twenty-twelve", "DATE_OF_BIRTH"),
    ],
)
def test_structured(text: str, span: str, kind: str) -> None:
    assert kind in covered(text, span)


@pytest.mark.parametrize(
    "text",
    [
        "It was so high up that a very high number of pupils saw it from the high school.",
        "PS: call me back. PS. She is fine.",
        "They were sharing 'jokes' at '9pm', not '1st' thing.",
        "One two three four five six seven eight nine ten.",
    ],
)
def test_structured_negatives(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A capitalised word before a sure name, at a sentence start; a rare one after a name.
        ("Rebel Okonkwo (Year 9) was sent it.", "Rebel Okonkwo"),
        ("Nadia Osei 09:14: morning\nKit Fenwright 09:15: on it", "Kit Fenwright"),
        # Lower-case initials and particles, and a title with an initial.
        ("logged by: s. adeyemi-cole", "s. adeyemi-cole"),
        ("please ring mr t. mcgillivray back", "t. mcgillivray"),
        ("call w/ yusuf bin salleh (dad) re the group", "yusuf bin salleh"),
    ],
)
def test_more_people(text: str, span: str) -> None:
    assert "PERSON" in covered(text, span)


def test_a_sentence_word_before_a_name_stays() -> None:
    assert redact("Ask Boswell about it.").text == "Ask {name} about it."


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("the sw is niamh at the LA, she will call back", "niamh", "the sw is"),
        (
            "caller: tamsin, youth worker (not school). tamsin will phone 101 later.",
            "tamsin",
            "caller",
        ),
        ("He lives at 2/1, 17 Dowanhill Brae, G12 8ZZ (top flat).", "Dowanhill", "top flat"),
        (
            "address given by mum: the granary, mill lane, little cowden, nr ludlow. "
            "postcode sy8 9zz",
            "little cowden",
            "ludlow",
        ),
        ("Attends Braemoor Academy, S3. Lives 37 Station Road, M14 5QT.", "Braemoor", "Attends"),
        ("Attends Braemoor Academy, S3. Lives 37 Station Road, M14 5QT.", "Station Road", "Lives"),
    ],
)
def test_what_goes_and_what_stays(text: str, gone: str, kept: str) -> None:
    out = redact(text).text
    assert gone not in out and kept in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A doubtful word followed by a year group or an age, in a lower-case note.
        ("dsl at the infants re sky yr 2 whose dad is streaming him", "sky"),
        ("the lad is rocky 14 and he has the video", "rocky"),
    ],
)
def test_a_year_group_or_age_after_a_word_makes_it_a_name(text: str, name: str) -> None:
    out = redact(text).text
    assert name not in out, out


def test_an_age_after_an_everyday_word_changes_nothing() -> None:
    text = "we spoke to the class 14 times about it and the year 9 group chat"
    assert redact(text).text == text
