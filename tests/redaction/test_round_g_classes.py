"""Classes the round on set G dealt with, each in sentences written afresh (not G's): names
in call notes known by the slot they stand in (after a role, a caller or carer word, at a
note's start before a bracketed role), with the same words left alone where they stand as
words."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.coverage import covered, held_whole


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # After a role, a caller or carer word, "spoke to".
        ("mon am. youth worker bryony - lad in her group getting threats on snap.", "bryony"),
        ("caller gaz from the leisure centre, wants advice on a video.", "gaz"),
        ("foster carers wendell & june hart, boy placed last week.", "wendell"),
        ("spoke w/ teodora (dsl) about the group chat.", "teodora"),
        ("girl's ex is kieron, 17, sharing her pics.", "kieron"),
        # At a note's start, before a bracketed role or school, or "from X rang".
        ("09:10 - hazel (deputy head) re fake account of a teacher.", "hazel"),
        ("dot (foster carer) worried about tiktok lives at night.", "dot"),
        ("sandy from brookmead primary rang about a y4 group chat.", "sandy"),
        ("bernie @ the pru rang re a year 9 boy.", "bernie"),
        # Before a bracketed family role anywhere in the note.
        ("spoke to the girl, then to lorna (mum) who has the screenshots.", "lorna"),
        # A lower-case full name in brackets right after a short name.
        ("call from auntie chris (christine) about her niece.", "christine"),
    ],
)
def test_names_in_call_note_slots_are_redacted(text: str, name: str) -> None:
    assert "PERSON" in covered(text, name)


@pytest.mark.parametrize(
    ("text", "name", "word_left"),
    [
        # The name again where a verb follows it, the word after an article or "so".
        (
            "social worker heather - foster child out on the heather moor filming. "
            "heather says she will check his phone.",
            "heather says",
            "the heather moor",
        ),
        (
            "dusty (carer) rang. the phone was so dusty and cracked. dusty to send pics.",
            "dusty to send",
            "so dusty and",
        ),
        (
            "14:05 - sunny (pcso) re a lad filming at the park. sunny has spoken to him. "
            "a sunny day, lots of kids out.",
            "sunny has",
            "a sunny day",
        ),
    ],
)
def test_a_slot_name_is_redacted_again_but_not_the_word(
    text: str, name: str, word_left: str
) -> None:
    word = name.split()[0]
    for start in (text.index(word), text.index(name)):
        assert "PERSON" in held_whole(text, word, start), (start, redact(text).text)
    assert word_left in redact(text).text, redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "caller didnt give a name, said she works at a primary.",
        "caller wouldn't say which school.",
        "youth worker notes - thurs drop in.",
        "Ms Jane Doe (science) and Mr Ray Pike (office) were named.",
        "our technician tries to update the filter each week.",
        "caller unsure of the girl's age.",
    ],
)
def test_words_in_those_slots_that_are_no_names_stay(text: str) -> None:
    out = redact(text).text
    for word in ("didnt", "wouldn't", "notes", "science", "office", "tries", "unsure"):
        if word in text:
            assert word in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A name filling a labelled field, whatever its words mean elsewhere.
        ("Strategy meeting set.\nLADO: Drew Marsh. Next review in a week.", "Drew Marsh"),
        ("REFERRAL FORM\nFULL NAME: TRAN VAN MINH\nROLE: TEACHER", "TRAN VAN MINH"),
        ("CHILD'S NAME OKONJO, CHIDI\nAGE 13", "OKONJO, CHIDI"),
        ("I AM WORRIED. THE CARER IS BROOK SUMMERS. SHE WILL CALL.", "BROOK SUMMERS"),
        ("Setting: Hillcrest. SW: Ward, Grace. Phone after 2pm.", "Ward, Grace"),
        ("Case note - DSL R. Amis\nA pupil reports threats.", "R. Amis"),
        # Signed above a role, or beside one after a slash.
        ("Please advise.\n\nMarsh Taylor\nDesignated Safeguarding Lead", "Marsh Taylor"),
        ("Thanks for the quick reply.\nRobin Field / LADO", "Robin Field"),
    ],
)
def test_names_in_labelled_fields_and_above_roles_are_redacted(text: str, name: str) -> None:
    assert "PERSON" in covered(text, name)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("LADO CONSULTATION NOTE\nSetting: a primary school.", "CONSULTATION NOTE"),
        ("Contact: Police Scotland on 101.", "Police Scotland"),
        ("Name: Year 8 Group Chat\nMembers: 30", "Year 8 Group Chat"),
    ],
)
def test_labels_before_no_name_leave_the_words(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "school"),
    [
        # Named for a church dedication, after a word of going there or in brackets.
        ("a year 9 at corpus christi sent it round.", "corpus christi"),
        ("tues - kate (holy family infants) re a parent group chat", "holy family infants"),
        # A lower-case name before "community school", "primary school".
        ("dsl from larkhollow community school rang back.", "larkhollow community school"),
        # After "school is", "everyone at", "uniform from", a chat's "u still at", and where
        # a caller named at their setting rings from.
        ("My son's school is Ferndean Moor. He is 12.", "Ferndean Moor"),
        ("pay up or everyone at Ravenswick sees it", "Ravenswick"),
        ("a photo of her in uniform from Copperfold went round", "Copperfold"),
        ("rex_99: u still at brackley heath right?", "brackley heath"),
        ("caller jo at quillfield park - y8 boy threatened on snap.", "quillfield park"),
    ],
)
def test_schools_by_context_are_redacted(text: str, school: str) -> None:
    assert "SCHOOL" in covered(text, school)


def test_a_town_after_a_school_named_in_capitals_stays() -> None:
    text = "HIS SCHOOL IS ST BARNABAS DERBY. PLEASE HELP."
    assert "SCHOOL" in covered(text, "ST BARNABAS")
    assert "DERBY" in redact(text).text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # A house's name before its street.
        ("Boy lives with his gran, of Bryn Heulog, Mill Road, Bala.", "Bryn Heulog, Mill Road"),
        ("Staff home The Granary, Water Lane, Thirsk.", "The Granary, Water Lane"),
        ("placed at the old rectory, moor lane, hawes.", "the old rectory, moor lane"),
        # A flat in a named block.
        ("she told him she lives in FLAT 4 WORDSWORTH COURT", "FLAT 4 WORDSWORTH COURT"),
        ("moved to flat 12 linnet house last month", "flat 12 linnet house"),
        # A lower-case street after a word that says it is one.
        ("he knows her street name (tewit lane) and said he'd come.", "tewit lane"),
        ("told to take a bag to an address on st oswald's road.", "st oswald's road"),
        ("my neighbour lives next to the park on quarrendon way.", "quarrendon way"),
    ],
)
def test_addresses_without_numbers_are_redacted(text: str, address: str) -> None:
    assert "ADDRESS" in covered(text, address)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("She goes to the end of the road, then turns back.", "end of the road"),
        ("At the end, Mill Lane was closed.", "the end"),
        ("we are looking at a flat 2 bed house near my mum", "flat 2 bed house"),
    ],
)
def test_words_near_streets_that_are_no_address_stay(text: str, kept: str) -> None:
    assert kept in redact(text).text, redact(text).text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Districts named for no town, and a form's place field.
        ("Setting: Oakmere Primary, Calderdale", "Calderdale"),
        ("LOCATION OF SCHOOL\nTOWN: SUNDERLAND\nPHONE: 0191 498 0000", "SUNDERLAND"),
        ("Local authority: Tameside", "Tameside"),
        # School subjects as letters, a pandemic word, a platform's front page.
        ("Staff: Ms Ana Petrova (PSHE)", "PSHE"),
        ("videos from the lockdown-era classes are still up", "lockdown"),
        ("Searched www.instagram.com and found nothing else.", "www.instagram.com"),
        # A plant before what grows or is made of it, a stone before an anniversary.
        ("The Hazel trees by the gate were cut down.", "Hazel trees"),
        ("She asked for Rosemary oil for her hair.", "Rosemary oil"),
        ("Plans for the Pearl anniversary party.", "Pearl anniversary"),
        # Days, titles and places of more than one word; seasons after "our".
        ("Red Nose Day is on Friday, bring a pound.", "Red Nose Day"),
        ("The Puss in Boots panto trip is on Thursday.", "Puss in Boots"),
        ("They met at Canary Wharf after school.", "Canary Wharf"),
        ("Hi all, our Spring parents evening is next week.", "Spring"),
        ("Sorry, Miles away from the office today.", "Miles away from"),
        # A greeting's first word used as a verb.
        ("Hi, Hope all is well with you.", "Hope"),
        ("Hello, Will you be running the session again?", "Will"),
        ("Hi, Mark your diaries for the 12th.", "Mark"),
        ("Hiya, its Dee from the school office.", "Hiya"),
    ],
)
def test_round_g_must_survive_words_stay(text: str, word: str) -> None:
    out = redact(text).text
    assert word in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The same words where they are people.
        ("Happy 10th birthday to our Autumn!!!", "Autumn"),
        ("Hi Hope, thanks for the screenshots.", "Hope"),
        ("Hello, Will here from the school office.", "Will"),
        ("Hazel said the photo was shared again.", "Hazel"),
        ("Name: Pearl Okafor\nTown: Leeds", "Pearl Okafor"),
    ],
)
def test_the_same_words_as_names_are_still_redacted(text: str, name: str) -> None:
    assert "PERSON" in covered(text, name)


def test_a_listed_name_opening_chat_lines_is_a_speaker() -> None:
    text = "Grace 21:02: who is this\nUnknown 21:03: a friend\nGrace 21:05: grace period is over"
    out = redact(text).text
    assert out.startswith("{name} 21:02:"), out
    assert "\n{name} 21:05:" in out, out
    assert "grace period" in out, out


def test_one_label_line_is_no_speaker() -> None:
    out = redact("Mark: 7/10 for effort\nComments: good work").text
    assert out.startswith("Mark:"), out


def test_a_date_in_brackets_after_a_lower_case_name_is_a_date_of_birth() -> None:
    text = "boy kayden (2011-07-04) sent the pics. the meeting (2011-07-04) was moved."
    entities = redact(text).entities
    dates = [text[e.start : e.end] for e in entities if e.type == "DATE_OF_BIRTH"]
    assert dates == ["2011-07-04"], redact(text).text
    assert entities[-1].start < text.index("meeting"), redact(text).text


def test_a_discord_header_line_names_its_sender_as_written() -> None:
    text = (
        "#year9\nmoth.eater. — Today at 19:02\nwho has the pic\nSkyeRunner — Today at 19:03\nnot me"
    )
    out = redact(text).text
    assert "\n{username} — Today at 19:02" in out, out
    assert "moth" not in out, out
