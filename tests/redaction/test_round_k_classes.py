"""Classes the round on set K dealt with, each in sentences written afresh (not K's), with
the same cue words left alone where no name follows them: lower-case first names after a
role in a club or youth group ("scout leader", "welfare officer"); dates of birth with the
month in another language ("born 9 octombrie 2011")."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.coverage import covered


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # After a role in a club or youth group, written as a title.
        ("welfare officer maureen told the parents on sunday.", "maureen"),
        ("scout leader yvonne asked about the camp pictures.", "yvonne"),
        ("safeguarding officer kath informed.", "kath"),
        ("district commissioner sandra aware of the photos.", "sandra"),
    ],
)
def test_names_after_club_roles_are_redacted(text: str, name: str) -> None:
    assert "PERSON" in covered(text, name)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Nouns after the same roles.
        ("the scout leader badge was taken from her bag.", "scout leader badge"),
        ("she did the youth leader course last spring.", "youth leader course"),
        ("the group leader role has been vacant since june.", "group leader role"),
        ("welfare officer post advertised again.", "welfare officer post"),
    ],
)
def test_words_after_those_cues_that_are_no_names_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Our son Tavi, born 9 octombrie 2011, was sent a link.", "9 octombrie 2011"),
        ("dob 21 lutego 2010 (mum's note in polish)", "21 lutego 2010"),
        ("born 4 Tachwedd 2012 according to the form", "4 Tachwedd 2012"),
        ("she was born on 17 junio 2013.", "17 junio 2013"),
    ],
)
def test_dates_of_birth_with_months_in_other_languages_are_redacted(text: str, date: str) -> None:
    assert "DATE_OF_BIRTH" in covered(text, date)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # No birth cue: a date in another language is an ordinary date.
        ("we met on 9 octombrie 2011 at the park.", "9 octombrie 2011"),
        ("the trip is in mars 2012, per the letter.", "mars 2012"),
    ],
)
def test_dates_in_other_languages_without_a_birth_cue_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out
