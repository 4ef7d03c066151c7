"""A verb or an adverb read as a lower-case name (issue 9, precision): an English adverb in
-ly after a listed first name is no surname, and a listed first name that is also a past
tense is the verb between a plural noun subject and an adverb in -ly. Every
sentence is invented; each class has hard negatives, real names in the same slots."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from casebook.redaction.lexicon import lexicon
from casebook.redaction.namemodel import common_adverb, gazetteers


def names_in(text: str) -> list[str]:
    return [text[e.start : e.end] for e in redact(text).entities if e.type == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "it rose sharply",
        "the number of reports rose sharply",
        "Reports of sextortion rose sharply over the summer",
        "calls to the line rose steadily",
        "the kids drew quietly while we talked",
        "prices rose quickly in the spring",
        "it went badly for him at school",
    ],
)
def test_verb_or_adverb_is_no_name(text: str) -> None:
    assert names_in(text) == [], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("i spoke to rose kelly about it", "rose kelly"),
        ("i met rose yesterday", "rose"),
        ("thanks rose", "rose"),
        ("messaged rose directly after school", "rose"),
        ("my friend kelly riley messaged me", "kelly riley"),
        ("chat with emily after class", "emily"),
        ("lily said hi to me", "lily"),
        ("beverly messaged the group", "beverly"),
        ("bradley called again", "bradley"),
        ("drew told me not to worry", "drew"),
        # A verb in -s before a name at a sentence's end is no plural subject.
        ("then emily texts drew", "drew"),
        ("mum texts rose.", "rose"),
    ],
)
def test_names_in_the_same_slots_stay_names(text: str, name: str) -> None:
    found = names_in(text)
    assert any(name in f for f in found), (text, found)


@pytest.mark.parametrize(
    ("word", "adverb"),
    [
        ("sharply", True),
        ("quickly", True),
        ("badly", True),
        ("happily", True),
        ("gently", True),
        ("basically", True),
        ("kelly", False),
        ("emily", False),
        ("lily", False),
        ("beverly", False),
        ("riley", False),
        ("bradley", False),
        ("nelly", False),
    ],
)
def test_common_adverb(word: str, adverb: bool) -> None:
    assert common_adverb(word, gazetteers(lexicon())) is adverb


@pytest.mark.parametrize(
    "text",
    [
        "her brother will be at the meeting",
        "his mum will ring us back tomorrow",
        "it may have been shared in the group chat",
        "the school will contact the parents",
        "we can probably get it taken down",
    ],
)
def test_modal_before_a_bare_verb_is_no_name(text: str) -> None:
    assert names_in(text) == [], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("we met will and his mum", "will"),
        ("will said he was scared", "will"),
        ("her brother will jones was added", "will jones"),
    ],
)
def test_modal_name_before_no_bare_verb_is_still_a_name(text: str, name: str) -> None:
    assert name in names_in(text), text
