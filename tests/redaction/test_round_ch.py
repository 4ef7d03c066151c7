"""Round CH: what sets FR (foster and residential care), FS (Sri Lankan Tamil, Nepali,
Filipino and Keralan families) and FT (police and youth justice) showed, by kind (invented
sentences).

Found (each fails before the round): a child named by one letter and its stop in brackets,
and wherever the text writes it again ("a resident (J.) found ... talk with J. in key work");
an officer's name in capitals after rank and collar number ("PC 1187 FORSYTH"); an initial
and a surname after "Signed", a full stop after them ("Signed D. Chambers."); a children's
home named by its house in a text about residential care that says so by a
resident, an RSW, a night or home manager, a care home or key work ("nights at Oak Tree
House", "night manager, Redbrook House"); a home named in a "Home:" field of such a text.
Kept: a child looked-after review, a children's home's responsible individual and the
Children's Reporter; video-chat apps (Hago, Azar); a police station named by its street
("at Trinity Road Police Station") and a railway station named by its district ("Wembley Park
station"); rugby league and football clubs named like places
("Wigan Warriors", "Crewe Alexandra"); Tamil and Keralan festivals, rites and words ("Thai
Pongal", "First Holy Communion", "Aiyo", "akka"); a month after a day's ordinal ("Tuesday 14th
May"); "name" before "is" and a name ("my name is ..."); a junior side's age group with a hyphen
("(Under-15s)").
And, as before, a girl called May stays redacted ("May said she was scared"), and a person
named before "station manager".
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("A resident (J.) found her Facebook. Plan: talk with J. in key work.", "J."),
        ("Our lad, 14 (D.), told us last night that a man messaged him.", "D."),
        ("Hi it's Gloria from nights at Oak Tree House. A resident was offered money.", "Oak Tree"),
        ("16:40 call from the night manager, Redbrook House, Sheffield, about a girl.", "Redbrook"),
        (
            "Supervision notes\nHome: Willowbrook\nDiscussed: a resident sent a request.",
            "Willowbrook",
        ),
        ("Pocket notebook entry - PC 1187 FORSYTH, Kent Police\nSat 1615hrs.", "FORSYTH"),
        ("She was given a copy. Signed D. Chambers. Witnessed by the officer.", "D. Chambers"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("DK to raise the online safety plan at the next Child Looked After review.", "Looked"),
        ("Referrer: Grace Obi, Responsible Individual, Sunrise Homes", "Responsible Individual"),
        ("Given his age this goes to the Children's Reporter (SCRA).", "Children's Reporter"),
        ('She chats to a boy "Kai" on Hago most nights. Hago is blocked now.', "on Hago"),
        ("He will be interviewed at Trinity Road Police Station on Thursday.", "Trinity Road"),
        ("The clip shows a real fight at Wembley Park station last week.", "Wembley Park"),
        ("Her partner plays for Wigan Warriors' amateur side.", "Wigan Warriors"),
        ("He wore a Crewe Alexandra hoodie on the CCTV.", "Crewe Alexandra"),
        ("Photos from Thai Pongal at the temple were posted with captions.", "Thai Pongal"),
        ("Photos of our kids from First Holy Communion were taken from the page.", "First Holy"),
        ("Reshma P: Aiyo. She is only 12 no", "Aiyo"),
        ("Thulasi: oh hi akka\nNimmi: i need a favour", "akka"),
        ("YOT notes - school liaison visit, Tuesday 14th May\nAttended the school.", "May"),
        ("As-salamu alaykum, my name is Nadia Hussain. My daughter is in Year 8.", "my name is"),
        (
            "Setting: Ashton Town Juniors FC (Under-15s)\nReferrer: club welfare officer",
            "Under-15s",
        ),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


def test_station_manager_redacted() -> None:
    """The round's guard: a person named before a station's word is no station."""
    assert_redacted("Jordan Smith station manager said the CCTV is kept.", "Jordan Smith")


def test_girl_called_may_redacted() -> None:
    """The round's guard: a month standing as a girl's name, no day's ordinal before it."""
    assert_redacted("May said she was scared to go back to the home.", "May")
