"""Classes of personal data that got through on blind set B, and words that were lost there,
one table per class. The examples are written afresh (not B's sentences), so each row checks
that a class is handled, not that one sentence is."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from casebook.redaction.keep import keep_spans
from tests.redaction.coverage import covered


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # Initials standing for people, dotted or bare.
        ("Pupil: D.K. (Year 10) was sent the link. D.K. told her tutor.", "D.K."),
        ("The two involved were Lucas Ferreira and P.J. Okonedo.", "P.J. Okonedo"),
        ("Victim: B.McD., aged 13, at the bus stop.", "B.McD."),
        ("Young person: Tobi R. (M, 14) lives with nan.\nTR has deleted the app.", "TR"),
        ("Subject: Tobi R. (M, 14)", "Tobi R."),
        ("Siblings: G.H. (4) and E.H. (9)", "E.H."),
        # Names in lower case with no cue, and names that are also words.
        ("mum says blessing (y8) and honour (y10) got the same link", "honour"),
        ("the dsl is wren at the office", "wren"),
        # A name's other words in lower-case text.
        ("worried the girl is marisol quintero-hale from year 9", "marisol quintero-hale"),
        # Particles.
        ("Her carer is Anouk van den Berg, who lives nearby.", "Anouk van den Berg"),
        # "Surname, Forename" on reply and speaker lines.
        ("On 3 May 2024 at 09:12, Ashworth, Delyth wrote:\n> see below", "Ashworth, Delyth"),
        ("[14:55] Oyelaran, Tomi\n   I've rung the parent", "Oyelaran, Tomi"),
        # A word English knows, or a doubtful one, written right beside a name is part of it.
        ("The girls are Treena Lovell and Rush Boswell.", "Rush Boswell"),
        ("Then Reno Ashdown posted it on the group.", "Reno Ashdown"),
    ],
)
def test_people(text: str, span: str) -> None:
    assert "PERSON" in covered(text, span) or "USERNAME" in covered(text, span)


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        (
            "call from the office at thornbury meadows primary about a yr 3",
            "thornbury meadows primary",
            "SCHOOL",
        ),
        ("two lads from ysgol bro taf were in the group", "ysgol bro taf", "SCHOOL"),
        ("She moved to Ysgol y Waun Deg last term.", "Ysgol y Waun Deg", "SCHOOL"),
        ("Both boys attend Our Lady & St Bede's now.", "Our Lady & St Bede's", "SCHOOL"),
        ("it started with girls from st cuthberts", "st cuthberts", "SCHOOL"),
        # Lower case, a less common word before a word schools are named with.
        ("my two are at castle hill juniors and love it", "castle hill juniors", "SCHOOL"),
        # A child's age, then where they go: "amira 13 at hollin vale".
        ("girl amira 13 at hollin vale got the messages", "hollin vale", "SCHOOL"),
        ("Our Jaden, 12 at Ravensmoor, was added.", "Ravensmoor", "SCHOOL"),
        ("Pupils at Bishop Justus were added.", "Bishop Justus", "SCHOOL"),
        (
            "Staff at Queen Mary's Grammar School are aware; QMGS have told parents.",
            "QMGS",
            "SCHOOL",
        ),
        # The town stays (set C; the issue): see test_issue9_set_c.py.
        (
            "The home is Bryn Hyfryd, Lôn Isaf, Abergele, LL22 7PQ.",
            "Bryn Hyfryd, Lôn Isaf",
            "ADDRESS",
        ),
        ("he said she lives on wisteria drive and he'll go round", "wisteria drive", "ADDRESS"),
        ("Flat 4, 17 Heol Pant, Pontypridd", "Flat 4, 17 Heol Pant", "ADDRESS"),
        ("[19:02] night.crawler_: u there", "night.crawler_", "USERNAME"),
        ("[19:03] moth.exe: send it", "moth.exe", "USERNAME"),
        ("the profile says Jessie🌙 with a moon", "Jessie🌙", "USERNAME"),
        (
            "Posted by u/a_very_long_throwaway_name_99 today",
            "u/a_very_long_throwaway_name_99",
            "USERNAME",
        ),
        ('She talks to "Cousin Mo" on snapchat every night.', "Cousin Mo", "USERNAME"),
        ("Child: Kai Mensah (born 04/2012)", "04/2012", "DATE_OF_BIRTH"),
        ("dob 3 mar 11 for the younger one", "3 mar 11", "DATE_OF_BIRTH"),
        ("Name | DOB | School\nAlia Noor | 02/09/2011 | Fairfield", "02/09/2011", "DATE_OF_BIRTH"),
        (
            "date of birth the ninth of May twenty eleven",
            "ninth of May twenty eleven",
            "DATE_OF_BIRTH",
        ),
        (
            "ring me on oh one six three two nine six oh oh four four please",
            "oh one six three two nine six oh oh four four",
            "PHONE",
        ),
        (
            "Write to him at ben dot archer at example dot com instead.",
            "ben dot archer at example dot com",
            "EMAIL",
        ),
        ("Main office 01632 960 118 / ext 42 after ten", "01632 960 118 / ext 42", "PHONE"),
    ],
)
def test_structured(text: str, span: str, kind: str) -> None:
    assert kind in covered(text, span)


@pytest.mark.parametrize(
    "text",
    [
        "Greater Manchester Police and Dyfed-Powys Police both use Report Remove.",
        "It is an offence under s.67A of the Sexual Offences Act 2003 and the Online Safety "
        "Act 2023.",
        "When Storm Ciarán hit, the school in King's Lynn closed early.",
        "The report calls her Child B throughout; Pupil 2 is her brother.",
        "Are Wizz-type apps and 'Squid Game'-style challenges covered?",
        "They pay each other on Monzo and Revolut and post on Bluesky.",
        "The Online Child Sexual Abuse and Exploitation team will visit.",
        "Our Year 8 class walked along the River Thames on New Year's Eve.",
        "The firmware on the access point is 6.2.1.4 now.",
        'A WhatsApp group called "year 9 chat" was set up.',
        "Senior Practitioner\nBehaviour and Attendance",
    ],
)
def test_words_that_must_survive(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        # A number and words before a street word are not an address when the words belong
        # to a sentence: an age and "both at", "being ... outside".
        "twins aged 7 both at moor hill most days",
        "she was 14 being followed outside st marys",
    ],
)
def test_sentences_are_not_lower_case_addresses(text: str) -> None:
    assert "ADDRESS" not in [e.type for e in redact(text).entities]


@pytest.mark.parametrize(
    "text",
    [
        "He was 15 at the time and 16 at the next party.",
        "Meet at 4 at the park, back by 6 at the latest.",
        "She is in Year 9 at the moment.",
    ],
)
def test_ages_and_times_before_at_name_no_school(text: str) -> None:
    assert redact(text).text == text


def test_keep_spans_cover_whole_phrases() -> None:
    text = "Avon and Somerset Police told Storm Jocelyn fans in St Albans."
    spans = [text[s:e] for s, e in keep_spans(text)]
    assert spans == ["Avon and Somerset Police", "Storm Jocelyn", "St Albans"]


def test_a_person_called_storm_is_still_a_person() -> None:
    assert redact("Storm Whitlock (Y9) posted it.").text == "{name} (Y9) posted it."
