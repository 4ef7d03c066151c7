"""The span checks of coverage.py answer different questions: together over 90% of a span's
characters (`covered`), one entity holding it all (`held_whole`), one character (`types_at`).
Read against entities given here, not found by redaction."""

from __future__ import annotations

import pytest

from casebook.redaction.core import Entity, Redaction
from tests.redaction import coverage

TEXT = "Maria Oakley, Greyfield Academy"


@pytest.fixture(autouse=True)
def _given_entities(monkeypatch: pytest.MonkeyPatch) -> None:
    # An invented name in two pieces, and a school.
    entities = (Entity(0, 5, "PERSON"), Entity(6, 12, "PERSON"), Entity(14, 31, "SCHOOL"))
    monkeypatch.setattr(coverage, "redact", lambda text: Redaction(text, entities))


def test_a_span_in_two_entities_is_covered_but_not_held_whole() -> None:
    assert coverage.covered(TEXT, "Maria Oakley") == ["PERSON", "PERSON"]
    assert coverage.held_whole(TEXT, "Maria Oakley") == []
    assert coverage.held_whole(TEXT, "Oakley") == ["PERSON"]
    assert coverage.held_whole(TEXT, "Academy") == ["SCHOOL"]


def test_covered_asserts_most_characters_and_held_whole_all() -> None:
    with pytest.raises(AssertionError):
        coverage.covered(TEXT, "Oakley, Greyfield")  # 6 + 9 of 17 characters
    assert coverage.held_whole(TEXT, "y, G") == []


def test_types_at_reads_one_character() -> None:
    assert coverage.types_at(TEXT, 0) == ["PERSON"]
    assert coverage.types_at(TEXT, 5) == []  # the space between the pieces
    assert coverage.types_at(TEXT, 12) == []
    assert coverage.types_at(TEXT, 30) == ["SCHOOL"]
    with pytest.raises(IndexError):
        coverage.types_at(TEXT, len(TEXT))


def test_held_whole_reads_the_span_where_it_is_told() -> None:
    text = "Maria Oakley and Oakley"
    assert coverage.held_whole(text, "Oakley") == ["PERSON"]  # its first place, 6
    assert coverage.held_whole(text, "Oakley", 17) == ["SCHOOL"]  # the given 14 to 31
    with pytest.raises(ValueError):
        coverage.held_whole(text, "Oakley", 3)
