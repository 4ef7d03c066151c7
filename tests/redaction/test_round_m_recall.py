"""The round on set M's missed names and schools: a lower-case first name with its surname's
initial, and schools named for saints and bishops or by a bare name where the context says
school. Every sentence is invented for these tests; each table of names has a table of the
same shapes that must stay."""

from __future__ import annotations

import pytest

from casebook.redaction import redact


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
    start = text.index(name)
    ents = redact(text).entities
    assert any(e.start <= start and e.end >= start + len(name) for e in ents), ents


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
    start = text.index(word) + 1
    ents = redact(text).entities
    assert not any(e.start <= start < e.end for e in ents), ents
