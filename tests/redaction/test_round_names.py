"""The names round: a big list of first names (the US SSA's baby-name counts, less every
everyday English word, `data/first_names_more.txt`), read for lower-case names that no
hand-written list held. Sentences written afresh for these tests, with everyday words that
are also given names left alone."""

from __future__ import annotations

from collections import Counter

import pytest

from casebook.redaction import redact
from casebook.redaction.lexicon import lexicon, read_words, towns
from casebook.redaction.namemodel import zipf_table
from casebook.redaction.training import more_names
from tests.redaction.coverage import covered


def test_the_big_list_holds_thousands_of_names_and_no_other_lists_words() -> None:
    lex = lexicon()
    more = lex.more_first
    assert len(more) > 10_000
    assert all(len(n) >= more_names.MIN_LENGTH and n.isascii() and n.isalpha() for n in more)
    assert more == read_words("first_names_more.txt")  # as read_plain_words reads it
    others = lex.first_names | lex.ambiguous | lex.context_only | lex.protected | lex.must_survive
    assert not more & others
    assert not more & towns()
    assert not more & read_words("countries.txt")
    table = zipf_table()
    assert all(table.get(n, 0.0) < more_names.MAX_ZIPF for n in more)


@pytest.mark.parametrize("word", ["will", "hope", "rose", "mark", "bill", "treasure", "infant"])
def test_everyday_words_that_are_also_given_names_are_not_in_the_big_list(word: str) -> None:
    assert word not in lexicon().more_first


def test_the_filter_keeps_names_and_drops_words_by_babies_against_frequency() -> None:
    # Invented counts: a word is written far more often than babies are given it.
    counts = Counter(
        {"zelphine": 6, "wayneford": 350_000, "tresor": 5_000, "al": 9_000, "placeton": 900}
    )
    zipf = {"wayneford": 4.4, "tresor": 4.2, "al": 3.0}
    kept = more_names.select(counts, zipf, skip=frozenset({"placeton"}))
    assert kept == ["wayneford", "zelphine"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Lower-case first names English writes only as names, after a person cue.
        ("new kid trevor lives near the park, the others pick on him", "trevor"),
        ("her cousin nigel got the same message last night", "nigel"),
        ("girlfriend valerie says the account is fake", "valerie"),
        ("dad steve, who is 41, has the phone now", "steve"),
    ],
)
def test_lower_case_names_of_the_big_list_after_a_cue_are_redacted(text: str, name: str) -> None:
    assert "PERSON" in covered(text, name)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # The same cues before everyday words.
        ("the new kid will be at the park later", "will be at the park"),
        ("her cousin hopes the messages stop", "cousin hopes"),
        ("my son, 13, was added to a group chat", "son, 13"),
        # Words that are also given names, written as words.
        ("the club is a safe haven for the younger ones", "safe haven"),
        ("it was a miracle nobody shared it further", "a miracle nobody"),
        ("the treasure hunt app asks for your location", "treasure hunt"),
        ("she moved up from the infant school last year", "infant school"),
        ("a grace period of two weeks applies to the report", "grace period"),
    ],
)
def test_everyday_words_after_those_cues_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A listed first name in lower case before a bracket that opens with a role.
        ("ref from maureen (sw, Kent) about the images", "maureen"),
        ("call from lorraine (parent, Leeds): son on an app", "lorraine"),
        ("update from trevor (childminder) re the photos", "trevor"),
        # After a coach or a safeguarding role written as a title.
        ("LADO lorraine says it meets the threshold", "lorraine"),
        ("coach trevor asked the lads for pics", "trevor"),
        ("coach kenny's been messaging the u14s", "kenny"),
    ],
)
def test_lower_case_names_beside_roles_are_redacted(text: str, name: str) -> None:
    assert "PERSON" in covered(text, name)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # The same brackets and roles after words that are no names.
        ("the coach driver (head of transport) said no", "coach driver"),
        ("the coach trip (parent helpers needed) is off", "coach trip"),
        ("LADO threshold met, referral made", "LADO threshold met"),
        ("the mum (parent, Leeds) rang twice", "the mum"),
        ("spoke to the head (dsl) today", "the head"),
        ("sports coach training (teacher led) cancelled", "sports coach training"),
        ("the coach's bag was left on the pitch", "the coach's bag"),
    ],
)
def test_words_beside_those_roles_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A caller saying who they are and where from, with a first name that is also a word.
        ("hi, its hope again from the nursery on park road", "hope"),
        ("i'm faith from the pupil referral unit, quick question", "faith"),
        ("this is joy here from st anne's about a parent", "joy"),
    ],
)
def test_word_names_of_callers_introducing_themselves_are_redacted(text: str, name: str) -> None:
    assert "PERSON" in covered(text, name)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("its summer from june to august at the club", "summer from june"),
        ("its may from the 3rd that the club reopens", "may from the 3rd"),
        ("i'm hopeful from what the school said", "hopeful from"),
        ("it's joy he feels, from what his mum says", "joy he feels"),
    ],
)
def test_words_after_a_self_introduction_that_are_no_names_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # In capitals: a first name of the big list after a person cue.
        ("MY SON WAS CONTACTED BY HIS BIRTH DAD TREVOR ON FACEBOOK.", "TREVOR"),
        ("A GIRL CALLED MAUREEN ADDED HIM TO THE GROUP.", "MAUREEN"),
        # A listed surname standing first, before one no list holds.
        ("I THINK ITS A LAD CALLED REID OSTERBERG. PLS HELP", "REID OSTERBERG"),
        # A surname English hardly writes is still part of the name.
        ("A LAD CALLED DANIEL HIGGINBOTHAM KEEPS MESSAGING HER.", "DANIEL HIGGINBOTHAM"),
    ],
)
def test_names_in_capitals_after_a_cue_are_redacted(text: str, name: str) -> None:
    assert "PERSON" in covered(text, name)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # In capitals, the everyday words after a name are no part of it.
        ("A GIRL CALLED MAUREEN ADDED HIM TO THE GROUP.", "ADDED HIM"),
        ("A BOY CALLED ME NAMES ON THE BUS.", "CALLED ME NAMES"),
    ],
)
def test_words_after_names_in_capitals_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A lower-case name of the big list that the text treats as a person's.
        ("then trevor blocked him but the messages carried on", "trevor"),
        ("girls in the pics: ruby, poppy and maureen", "maureen"),
        ("karl's mum rang the school", "karl"),
    ],
)
def test_lower_case_names_of_the_big_list_standing_as_names_are_redacted(
    text: str, name: str
) -> None:
    assert "PERSON" in covered(text, name)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Words of the big list after a determiner, and as words.
        ("we walked up the glen and it started raining", "the glen and"),
        ("she showed the lance corporal her id", "lance corporal"),
        ("the sterling silver chain was taken", "sterling silver"),
    ],
)
def test_words_of_the_big_list_used_as_words_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out
