"""Slots the rules read themselves where the name model, trained with the real sets counted
twice (train.REAL_WEIGHT), moved: a house's name after "lives in", a word found alone before a
word that says it is a place, a name as the object of "texts", a virtue paired with another,
and a form's label before a score. Invented examples, with hard negatives."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.coverage import covered


@pytest.mark.parametrize(
    ("text", "house"),
    [
        ("Ms Quarrie lives in Oakbank, Sedbergh Road, Kendal.", "Oakbank"),
        ("her nan lives in Thornlea, Mill Lane and has the laptop", "Thornlea"),
        ("the boy is living in Hawthorn Rise, Brook Street, Anytown", "Hawthorn Rise"),
    ],
)
def test_a_house_name_after_lives_in_before_its_street_goes(text: str, house: str) -> None:
    assert "ADDRESS" in covered(text, house)


def test_a_town_after_lives_in_before_a_street_stays() -> None:
    out = redact("she lives in Kendal, Sedbergh Road").text
    assert out.startswith("she lives in Kendal, "), out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('Screenshot 2: "Pentrefoel Fawr" under her story', "Pentrefoel Fawr"),
        ("the party was at Carrigbrack Island last summer", "Carrigbrack Island"),
    ],
)
def test_a_word_before_a_place_word_stays(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


def test_a_name_after_a_title_before_a_place_word_still_goes() -> None:
    assert "PERSON" in covered("Mr Quarrie Island rang about it", "Quarrie")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("then emily texts drew", "drew"),
        ("so she messages dawn.", "dawn"),
        ("he texts kacper every night", "kacper"),
    ],
)
def test_a_name_as_the_object_of_texts_goes(text: str, name: str) -> None:
    assert "PERSON" in covered(text, name)


def test_the_texts_as_a_noun_keep_their_verb() -> None:
    out = redact("The texts rose sharply after the video went round.").text
    assert "rose sharply" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Regards,\nMs Patel\n\nFaith and hope are two of our school values.",
        "Joy and pride in our community - that is what the fair is for.",
    ],
)
def test_a_virtue_paired_with_another_is_a_word(text: str) -> None:
    first = text.split("\n")[-1].split()[0]
    out = redact(text).text
    assert first in out, out


def test_a_name_paired_with_a_name_still_goes() -> None:
    assert "PERSON" in covered("Update from the club.\nGrace and Tom went home early.", "Grace")


def test_a_form_label_before_a_score_is_no_speaker() -> None:
    out = redact("Mark: 7/10 for effort\nComments: good work").text
    assert out.startswith("Mark: 7/10"), out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mark: 7 pm?\nMark: ok see u there", "Mark"),
        ("Jo: hi\nMark: 7pm?\nJo: ok", "Mark"),
    ],
)
def test_a_speaker_before_a_number_still_goes(text: str, name: str) -> None:
    out = redact(text).text
    assert f"\n{name}:" not in out and not out.startswith(f"{name}:"), out
