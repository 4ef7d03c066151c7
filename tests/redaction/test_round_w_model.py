"""What the rules read themselves where the name model, trained with sets W and X too, moved:
the first of a list of names ("Willow, Hazel and Rowan") is a name on the model's even odds
when the two after it are. Invented examples, with hard negatives."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.coverage import covered


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Willow, Hazel and Rowan sent the pictures to the group.", "Willow"),
        ("Honey, Priya and Tomasz were added to the chat.", "Honey"),
        ("Later Willow, Hazel, Rowan all replied.", "Willow"),
    ],
)
def test_the_head_of_a_list_of_names_is_a_name(text: str, name: str) -> None:
    assert "PERSON" in covered(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Snapchat, Hazel and Rowan all came up in the meeting.", "Snapchat"),
        ("Monday, Hazel and Rowan came in to see the DSL.", "Monday"),
        ("Reading, Hazel and Rowan are on the list.", "Reading"),
    ],
)
def test_a_word_that_is_no_name_before_a_list_of_names_stays(text: str, word: str) -> None:
    out = redact(text).text
    assert out.startswith(word + ", "), out
