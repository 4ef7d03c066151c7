"""Classes the round on set K dealt with, each in sentences written afresh (not K's), with
the same cue words left alone where no name follows them: lower-case first names after a
role in a club or youth group ("scout leader", "welfare officer")."""

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
