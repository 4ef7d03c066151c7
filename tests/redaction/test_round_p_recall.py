"""Round P's classes of missed names (issue 9): settings named with their kind in short form
or for a place where only a setting stands, youth and sports settings, word names and
initials where a person stands. Every sentence is invented for these tables (no set's
text), and each class has hard negatives: the same cue words where nothing is named."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.coverage import covered


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        # A place's or a person's name and a kind in short form, after going there, "at",
        # "from" or a role in a bracket.
        ("my son goes to marston vale boys and gets the bus.", "marston vale boys"),
        ("u go kenwick girls?? i seen u on the bus", "kenwick girls"),
        ("new pics of mia from whitburn comp", "whitburn comp"),
        ("call from jo (DSL, brackenridge primary) re a year 5 girl.", "brackenridge primary"),
        ("she is 17 and still at holy cross grammar sixth form.", "holy cross grammar"),
        ("he moved to barnsley juniors last year.", "barnsley juniors"),
        # A caller's name in brackets after a role, then "from" the setting.
        ("caller: dsl (nina) from brantmoor park, bolton. a yr 8 boy", "brantmoor park"),
        # "Our Lady's" opens a school's name as "Our Lady of" does.
        ("girls from Our Lady's RC High were sent it.", "Our Lady's RC High"),
        # Youth zones, learning centres and communities, junior football clubs.
        ("notes from Ravensfield Youth Zone, Tues.", "Ravensfield Youth Zone"),
        ("from the head of Kelsey Brook Learning Centre (a PRU).", "Kelsey Brook Learning Centre"),
        ("pupils at Marlow Cross Learning Community in Kent.", "Marlow Cross Learning Community"),
        ("His club is Keldholme Town Juniors FC.", "Keldholme Town Juniors FC"),
        # A club where a child plays or trains, or the club a note names.
        ("my lad plays for Dunmore Athletic on sundays.", "Dunmore Athletic"),
        ("she trains with Harrowgate Rovers twice a week.", "Harrowgate Rovers"),
        ('coach "Dev", club Marsh Lane Rovers, Sam is 12.', "Marsh Lane Rovers"),
    ],
)
def test_settings_in_short_form_and_clubs_a_child_is_at(text: str, setting: str) -> None:
    assert "SCHOOL" in covered(text, setting)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("he is at school today and in sixth form next year.", "at school today"),
        ("he is at school today and in sixth form next year.", "sixth form"),
        ("she is in year 9 at the comp.", "at the comp"),
        ("she was at primary then. Year 9 now.", "at primary"),
        ("he goes to the local comp.", "the local comp"),
        ("messages from older girls and from two boys.", "from older girls and from two boys"),
        ("girls from leeds are in the chat.", "girls from leeds"),
        ("from DSL at Glenmoor primary dept.", "primary dept"),
        ("we go to marston vale boys toilets.", "boys toilets"),
        ("he supports Manchester United and watched Leeds United.", "Manchester United"),
        ("he supports Manchester United and watched Leeds United.", "Leeds United"),
        ("the Learning Centre is shut; the youth zone too.", "the Learning Centre is shut"),
        ("the Learning Centre is shut; the youth zone too.", "the youth zone"),
        ("mum (jess) from home rang.", "from home"),
        ("a gif from tiktok girls.", "tiktok girls"),
    ],
)
def test_setting_words_with_nothing_named_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out
