"""Dates of birth written year first, and addresses whose house has a name and whose street
has no number (issue 9). Every sentence is invented for these tables; each class has hard
negatives: the same shapes where no one's birth or home is written."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.coverage import covered, held_whole


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Pupil Tomasz Invented, Y9, born 2011.04.17, lives with mum.", "2011.04.17"),
        ("16-year-old girl, Ruth Madeup, 2010/02/26, targeted on Snapchat.", "2010/02/26"),
        ("dob 2012-3-8 (per the referral form)", "2012-3-8"),
        ("DOB: 2019.11.02, nursery age.", "2019.11.02"),
        ("Name: Example Child (2008/12/31)", "2008/12/31"),
        # An ISO date straight after an age or a name is a birth too.
        ("sw re ekaterina 13 2011-02-09 from romania, lives w aunt", "2011-02-09"),
        ("Pupil: Ayomide (2010-05-14), Year 9", "2010-05-14"),
    ],
)
def test_dates_of_birth_written_year_first(text: str, date: str) -> None:
    assert covered(text, date) == ["DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Dates of events, not births: recent years, academic years, versions, references.
        ("The incident was reported on 2024/02/26 to the police.", "2024/02/26"),
        ("Figures for 2015-16 and 2014/15 are in the annex.", "2015-16"),
        ("Figures for 2015-16 and 2014/15 are in the annex.", "2014/15"),
        ("Update the app to version 2013.06.09 or later.", "2013.06.09"),
        # An ISO date after an event's noun or a verb is a system's date of an event.
        ("Exported 2012-03-04 by the records system.", "2012-03-04"),
        ("Report dated 2015-06-01, filed.", "2015-06-01"),
        # Not a real month or day: no date at all.
        ("Case ref 2011/14/40 is closed.", "2011/14/40"),
    ],
)
def test_year_first_numbers_that_are_no_birth_date_stay(text: str, kept: str) -> None:
    redacted = redact(text).text
    assert kept in redacted, redacted


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # A house's name, then a street with no number, before a place and a postcode.
        (
            "Mum has a new address (The Old Forge, Church Lane, Great Fakeham, NR99 1ZZ).",
            "The Old Forge, Church Lane",
        ),
        # "lives" with no "at", then a house's name and its street.
        ("Morgan lives Ty Gwyn, Lodge Road, Caerleon.", "Ty Gwyn, Lodge Road"),
    ],
)
def test_named_houses_and_numberless_streets_in_an_address(text: str, address: str) -> None:
    assert held_whole(text, address) == ["ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "They moved to Rose Cottage, Station Road, Nether Madeup, GL54 9ZZ last year.",
            "Rose Cottage, Station Road",
        ),
        ("the boy is staying Bryn Awel, Heol Fawr, with his nan.", "Bryn Awel, Heol Fawr"),
    ],
)
def test_named_houses_before_a_street_are_redacted(text: str, address: str) -> None:
    assert "ADDRESS" in covered(text, address)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # The village after the street is a place and stays, as a town does.
        (
            "Mum has a new address (The Old Forge, Church Lane, Great Fakeham, NR99 1ZZ).",
            "Great Fakeham",
        ),
        # Protected words before a postcode, with no street word: an office, not a home.
        ("Write to the Safeguarding Team, Civic Centre, LS1 9ZZ.", "Safeguarding Team"),
        # "lives" before a person and a sentence that names a street in passing.
        ("He lives with Tom Invented, Mill Road is where they meet.", "lives with"),
    ],
)
def test_places_and_offices_near_an_address_stay(text: str, kept: str) -> None:
    redacted = redact(text).text
    assert kept in redacted, redacted


@pytest.mark.parametrize(
    ("text", "school"),
    [
        # A namesake's title opens the name.
        (
            "Contact the CPD lead, Sir Ambrose Invented High School, Beccles.",
            "Sir Ambrose Invented",
        ),
        ("She is in year 8 at Bishop Madeup's Academy.", "Bishop Madeup's Academy"),
        # Two kinds joined by "and" or "&" before the school word.
        ("Class Teacher, Year 4\nGreenbrook Infant and Junior School", "Greenbrook Infant and"),
        ("a parent at Westmoor Primary & Nursery School rang", "Westmoor Primary & Nursery"),
        # A capital "The" inside a sentence or a bracket.
        ("a DSL in a PRU (The Causeway Learning Centre, Ipswich).", "The Causeway Learning"),
    ],
)
def test_schools_with_a_namesake_two_kinds_or_the(text: str, school: str) -> None:
    start = text.index(school)
    assert any(
        e.type == "SCHOOL" and e.start <= start and e.end >= start + len(school)
        for e in redact(text).entities
    ), redact(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "and" between a service and a school: the service stays.
        ("Also Early Help and Junior School staff came.", "Early Help"),
        # A "The" that opens a sentence is the sentence's, not the school's.
        ("The Oakfield Academy DSL rang.", "The "),
        # A title alone before the school word names no namesake.
        ("Sir said the High School was shut.", "Sir said"),
    ],
)
def test_words_before_a_school_that_stay(text: str, kept: str) -> None:
    redacted = redact(text).text
    assert kept in redacted, redacted


@pytest.mark.parametrize(
    ("text", "school"),
    [
        # A saint's school in a hurried note, without the apostrophe.
        ("son 13 yrs, st josephs in wigan. sextortion via insta", "st josephs"),
        # The church a school belongs to after its name.
        ("training req from the dsl at st peter's ce - a twilight session", "st peter's ce"),
        ("Parent at St Anne's RC, year 6.", "St Anne's RC"),
    ],
)
def test_saints_schools_without_an_apostrophe_or_with_their_church(text: str, school: str) -> None:
    assert held_whole(text, school) == ["SCHOOL"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("they moved from st helens last year", "st helens"),
        ("a day trip to st albans with the class", "st albans"),
        ("the st patricks day disco photos", "st patricks day"),
        # Not a saint's name before the "s".
        ("the 1st ends of the month", "st ends"),
    ],
)
def test_towns_and_days_named_for_saints_stay(text: str, kept: str) -> None:
    redacted = redact(text).text
    assert kept in redacted, redacted


@pytest.mark.parametrize(
    ("text", "school"),
    [
        # "girls"/"boys" after "from", with a name English does not know.
        ("spoke w/ the deputy from kelsmoor girls - re staff impersonation", "kelsmoor girls"),
        # A bishop's school, the sentence going on after it.
        ("short call. a TA from bishop fairwether asking how to report", "bishop fairwether"),
    ],
)
def test_settings_after_from(text: str, school: str) -> None:
    assert held_whole(text, school) == ["SCHOOL"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("pics from leeds girls and other boys", "leeds girls"),
        ("screenshots from two girls in year 9", "two girls"),
        ("messages from the popular girls", "popular girls"),
    ],
)
def test_girls_and_boys_after_from_who_are_no_setting(text: str, kept: str) -> None:
    redacted = redact(text).text
    assert kept in redacted, redacted


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Asking as DSL of Kelsworth Modern.", "Kelsworth Modern"),
        ("I am the Headteacher of Hazelmere Down.", "Hazelmere Down"),
        ("our senco of brackwater vale. she rang", "brackwater vale"),
    ],
)
def test_a_post_a_school_has_one_of(text: str, school: str) -> None:
    assert held_whole(text, school) == ["SCHOOL"]


@pytest.mark.parametrize(
    "text",
    [
        "She is Head of Religious Studies.",
        "He is Head of Upper School and DSL of Year 7.",
        "I am DSL of a small primary.",
    ],
)
def test_departments_and_year_groups_after_a_post_stay(text: str) -> None:
    assert not [e for e in redact(text).entities if e.type == "SCHOOL"], redact(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aunty Nkechi: who is this man messaging her?", "Nkechi"),
        ("I spoke to Uncle Tobiah yesterday.", "Tobiah"),
        ("Nan Perpetua rang the school.", "Perpetua"),
    ],
)
def test_a_kin_word_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    start = text.index(name)
    people = [(e.start, e.end) for e in redact(text).entities if e.type == "PERSON"]
    assert (start, start + len(name)) in people, redact(text).text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("From: DS Imelda Invented <imelda.invented@police.invalid>\nSubject: x", "DS"),
        ("Caller: Rev. Ottoline Madeup, church safeguarding officer", "Rev"),
        ("Aunty Nkechi: who is this man messaging her?", "Aunty"),
    ],
)
def test_a_title_before_a_name_stays(text: str, title: str) -> None:
    assert redact(text).text.count(title) == text.count(title), redact(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("session notes - girls group\n- eilidh + morlaith talked about the trend", "morlaith"),
        ("which one? dafydd or glynwen? the handle is mr.x", "glynwen"),
    ],
)
def test_a_word_english_does_not_know_joined_to_a_lower_case_name(text: str, name: str) -> None:
    assert held_whole(text, name) == ["PERSON"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("spoke to jess and leeds police", "leeds"),
        ("jess and the others", "others"),
        ("jess and snapchat", "snapchat"),
    ],
)
def test_towns_words_and_platforms_joined_to_a_name_stay(text: str, kept: str) -> None:
    redacted = redact(text).text
    assert kept in redacted, redacted


def test_a_kin_word_inside_a_quoted_alias_is_part_of_it() -> None:
    text = 'FROM A MAN CALLING HIMSELF "UNCLE TOBIAH" SAYING HE KNOWS HER DAD.'
    assert held_whole(text, "UNCLE TOBIAH") == ["PERSON"]


def test_slang_before_a_lower_case_name_stays() -> None:
    text = 'Poll: "who\'s the biggest sket, chantelle or precious"'
    assert "sket" in redact(text).text, redact(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gosia: My zosia too!! She was scared to sleep", "zosia"),
        ("the girls said ekaterina had sent it on", "ekaterina"),
    ],
)
def test_a_lower_case_word_that_is_only_ever_a_name(text: str, name: str) -> None:
    assert held_whole(text, name) == ["PERSON"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Handles, addresses and links keep their own types.
        ("email zosia.k@example.org or @ekaterina_x", "zosia.k@example.org"),
        # Ordinary and rare English words, slang and places stay.
        ("she said the peng ting was sus, innit, in wythenshawe", "peng ting was sus"),
    ],
)
def test_words_near_names_english_lacks_stay(text: str, kept: str) -> None:
    entities = redact(text).entities
    start = text.index(kept)
    people = [e for e in entities if e.type == "PERSON" and e.start < start + len(kept)]
    assert not [e for e in people if e.end > start], redact(text).text


def test_handles_opening_a_transcripts_lines() -> None:
    text = (
        "[Roblox chat]\nxXsleepyKittenXx: do u want robux\nKaiaPlays_09: yes\n"
        "brambleghostt: add me\nMum: who is that"
    )
    types = {text[e.start : e.end]: e.type for e in redact(text).entities}
    assert types.get("xXsleepyKittenXx") == "USERNAME", types
    assert types.get("brambleghostt") == "USERNAME", types
    assert "Mum" not in types, types


def test_one_label_and_colon_is_no_transcript() -> None:
    text = "From: DfE\nSubject: guidance"
    assert not [e for e in redact(text).entities if e.type == "USERNAME"], redact(text).text


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Reported by Challwood High School for Boys, Luton.", "Challwood High School for Boys"),
        ("DSL, Bournhurst School for Girls", "Bournhurst School for Girls"),
    ],
)
def test_schools_for_boys_or_girls(text: str, school: str) -> None:
    assert held_whole(text, school) == ["SCHOOL"]


def test_a_district_before_its_city_stays() -> None:
    text = "fri. the mentor, Grangetown Cardiff. yr 7 boy getting messages"
    assert "Grangetown Cardiff" in redact(text).text, redact(text).text


def test_a_speakers_handle_named_again_in_the_transcript() -> None:
    text = (
        "Discord #general\nbrambleghostt: anyone in VC\nKaiaPlays_09: ye\n"
        "KaiaPlays_09: dm brambleghostt"
    )
    last = text.rindex("brambleghostt")
    assert any(e.start == last and e.type == "USERNAME" for e in redact(text).entities)


def test_a_district_before_a_street_word_is_no_city_pair() -> None:
    text = "ethan is Ethan Invented, Year 7, Brockley Grove. Discord account deleted."
    assert "Brockley Grove" not in redact(text).text, redact(text).text
