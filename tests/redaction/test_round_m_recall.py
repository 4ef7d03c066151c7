"""The round on set M's missed names and schools: a lower-case first name with its surname's
initial, and schools named for saints and bishops or by a bare name where the context says
school. Every sentence is invented for these tests; each table of names has a table of the
same shapes that must stay."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.coverage import held_whole, types_at


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A lower-case first name and an initial in a list or before an age.
        ("names given: rowan, ellis t and someone called tank", "ellis t"),
        ("Named: nadia, freya m, lottie.", "freya m"),
        ("boys there: dexter, callum j, and ryan", "callum j"),
        ("child: farhan q, 14, dob 2/2/12", "farhan q"),
        ("one of them (callum j) filmed it", "callum j"),
        # Capitalised, before "and" in a list.
        ("names given: Rowan, Ellis T and Dexter", "Ellis T"),
    ],
)
def test_a_first_name_and_its_initial_are_redacted_whole(text: str, name: str) -> None:
    assert held_whole(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Letters chat writes as words stay: "i", "a", "u", "x", "k", "n".
        ("tell freya i, will ring back", " i,"),
        ("love u freya x, speak soon", " x,"),
        ("i asked callum a, b and c", " a,"),
        ("told Dexter I and mum would come", " I "),
        ("ask callum n, his mum knows", " n,"),
    ],
)
def test_letters_used_as_words_after_a_name_stay(text: str, word: str) -> None:
    assert not types_at(text, text.index(word) + 1)


@pytest.mark.parametrize(
    ("text", "school"),
    [
        # A saint's name in the possessive standing alone.
        ("a man was filming at the gates of St Wilfrid's in Ripon", "St Wilfrid's"),
        ("pupils from Marshfield Academy and St Cuthbert's.", "St Cuthbert's"),
        ("fake accounts of staff - st aidan's, Thornbury", "st aidan's"),
        # A bishop's or saint's name, or a dedication, after a word of going there or a role.
        ("call from bishop fenwick - dave (it lead)", "bishop fenwick"),
        ("rev ola (chaplain, st thomas more). a pupil", "st thomas more"),
        ("enquirer (senco, holy rosary, lisburn) asks", "holy rosary"),
    ],
)
def test_schools_named_for_saints_and_bishops_are_redacted(text: str, school: str) -> None:
    assert "SCHOOL" in held_whole(text, school)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Days, churches, hospitals, streets and towns named for saints stay.
        ("the St Cuthbert's Day fair raised money", "St Cuthbert's"),
        ("paramedics said St Wilfrid's had a bed for her", "St Wilfrid's"),
        ("she was admitted, St Wilfrid's ward 4", "St Wilfrid's"),
        ("the choir sang in St Aidan's Cathedral", "St Aidan's"),
        ("a trip to St Ives, Cornwall", "St Ives"),
        ("the St Aidan's Road flats", "St Aidan's"),
        ("they met at the bishop's palace, then home", "bishop"),
    ],
)
def test_saints_days_hospitals_and_towns_stay(text: str, word: str) -> None:
    assert "SCHOOL" not in types_at(text, text.index(word))


@pytest.mark.parametrize(
    ("text", "school"),
    [
        # A line labelled as the school.
        ("Child: ronan (y7)\nSchool: mill view\nSummary: messages", "mill view"),
        ("SCHOOL: Castle Mead\nYP: y9", "Castle Mead"),
        # After a job or a pupil "at" it.
        ("Ms Pike is a cover supervisor at Wrenfield. Student is Year 8.", "Wrenfield"),
        ("a governor for safeguarding at Dunmoor Priory. Could you", "Dunmoor Priory"),
        ("accounts pretending to be staff at brook hill (dalton). list", "brook hill"),
    ],
)
def test_schools_labelled_or_after_a_job_there_are_redacted(text: str, school: str) -> None:
    assert "SCHOOL" in held_whole(text, school)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # What a note says of the school, and times, places and states after "at".
        ("School: informed\nPolice: not yet", "informed"),
        ("School: not known\nYP: y9", "not known"),
        ("School: n/a\nYP: y9", "n/a"),
        ("staff at home were told", "home"),
        ("pupils at risk, all of them", "risk"),
        ("staff at all levels.", "all levels"),
        ("teachers at parents evening.", "parents evening"),
        ("students at Leeds, and more", "Leeds"),
    ],
)
def test_notes_on_the_school_and_words_after_at_stay(text: str, word: str) -> None:
    assert "SCHOOL" not in types_at(text, text.index(word))


@pytest.mark.parametrize(
    ("text", "before"),
    [
        # A worker's initials heading a note, and a teacher's title and letter.
        ("Case note 03/02/26 - qd\nChild: y8", "03/02/26 - "),
        ("21/10/25 14:30 - wz\nCalled by a parent", "14:30 - "),
        ("CN 05/05/2025 (worker fj)\nCaller: a parent", "(worker "),
        ("dont tell miss p we talk lol", "miss "),
        ("which teacher likes which?? mr d + miss o", "mr "),
    ],
)
def test_initials_standing_for_a_person_are_redacted(text: str, before: str) -> None:
    assert "PERSON" in types_at(text, text.index(before) + len(before))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Note 12/03/25 - ok\nrang back", "ok"),
        ("rang 12/03/25 - tbc", "tbc"),
        ("i miss u so much", " u "),
        ("miss x", " x"),
        ("i miss my mum", "my"),
    ],
)
def test_words_after_a_heading_or_miss_stay(text: str, word: str) -> None:
    assert not types_at(text, text.index(word) + (1 if word.startswith(" ") else 0))


def test_a_school_and_its_kind_in_brackets_after_school_is_redacted() -> None:
    text = "mum advised school (hollow academy) should not search phone"
    assert "SCHOOL" in held_whole(text, "hollow academy")


@pytest.mark.parametrize(
    "text",
    ["the school (secondary academy) said", "school (the academy) rang", "school (local primary)"],
)
def test_a_kind_alone_in_brackets_after_school_stays(text: str) -> None:
    assert not any(e.type == "SCHOOL" for e in redact(text).entities)
