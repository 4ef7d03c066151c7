"""Round W's speed changes keep what the redactor finds: the names that are only ever names are
read from a data file written at list-build time (data/first_names_not_only.txt), which must
agree with the word lists it was worked out from. Invented examples, with hard negatives."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from casebook.redaction.build_lists import build_not_only_names
from casebook.redaction.lexicon import read_plain_words
from casebook.redaction.namemodel import _caps, split, split_with_texts
from casebook.redaction.names import _only_names, only_names_from_lists
from tests.redaction.coverage import covered


def test_the_file_of_names_that_are_not_only_names_matches_the_lists() -> None:
    # Fails when a first-name list, protected.txt, must_survive.txt, a town list or the Zipf
    # table changed without `python -m casebook.redaction.build_lists --only-names`.
    assert sorted(read_plain_words("first_names_not_only.txt")) == build_not_only_names()


def test_the_names_read_at_start_are_those_worked_out_from_the_lists() -> None:
    assert _only_names() == only_names_from_lists()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My zosia too!! she said it first", "zosia"),
        ("said ekaterina had sent it to the whole group", "ekaterina"),
        ("then eilidh got the message at half ten", "eilidh"),
    ],
)
def test_a_lower_case_name_english_lacks_is_found_anywhere(text: str, name: str) -> None:
    assert "PERSON" in covered(text, name)


@pytest.mark.parametrize(
    "text",
    [
        # A name inside an address or a handle is not found alone.
        "the email came from zosia@example.invalid last night",
        "add me on snap: zosia_xx99 ok",
        # A town, and everyday words, in lower case.
        "she wants to visit london and the river again",
        "we talked about the weather and the garden all morning",
    ],
)
def test_no_bare_name_is_found_where_there_is_none(text: str) -> None:
    out = redact(text).text
    assert "{name}" not in out, out


SPEED_TEXTS = [
    "Hi, Zosia O'Neill-Brown said: 'Meet at 3.30?' and Ekaterina (Y9) said no",
    "MUM SAID CALL 07700 900123 NOW\n\nthanks\n— Priya",
    "²-jo and x_y were here. Then: Dr. Áine Ní Bhriain, 12, came; she's fine",
    "",
]


@pytest.mark.parametrize("text", SPEED_TEXTS)
def test_the_tokens_texts_are_their_words_texts(text: str) -> None:
    (_, _, words), texts = split_with_texts(text)
    assert words is split(text)[2]
    assert texts == [w.text for w in words]
    # Asked for a text other than the last one split, the tokens and texts are that text's.
    other = text + " Tilly"
    (_, _, others), other_texts = split_with_texts(other)
    assert other_texts == [w.text for w in others] == [w.text for w in split(other)[2]]
    assert other_texts[-1] == "Tilly"


@pytest.mark.parametrize("text", SPEED_TEXTS)
def test_the_capitalised_words_are_read_as_by_each_token(text: str) -> None:
    words = split(text)[2]
    shapes = [w.shape for w in words]
    anywhere = frozenset(w.low for w in words if w.shape == "Xx")
    inside = frozenset(
        w.low for k, w in enumerate(words) if k and w.shape == "Xx" and not words[k - 1].opener
    )
    assert _caps(words, shapes) == (inside, anywhere)
