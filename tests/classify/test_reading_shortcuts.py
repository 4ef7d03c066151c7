"""The shortcuts that make reading a text cheap give what the plain readings give.

Training reads every case once (casebook.classify.model.prepare), so these run 100,000 times a
training: line joins found break by break, word beginnings looked up per word, word families
found by set intersections. Each is compared with the plain version it replaced, on texts made
to sit on the edges (line lengths about 60, blanks and stops before breaks, ages and non-ages).
"""

from __future__ import annotations

import gc
import itertools
import random
import re

import pytest

from casebook.classify import model, rules


def _unwrap_by_pattern(text: str) -> str:
    first, newline, rest = text.partition("\n")
    return first + newline + rules.WRAPPED.sub(" ", rest)


def _edge_texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    bits = ["a", "b ", " ", "\t", "\n", ".", ";", "!", "(", "£", "-", "x" * 30, "y" * 59, "z" * 61]
    bits += [". \n", " \n", "\n\n", "\t\n", "\n ", "\n(", "\n-"]
    return ["".join(rng.choice(bits) for _ in range(rng.randrange(1, 30))) for _ in range(n)]


@pytest.mark.parametrize(
    "text",
    [
        "Subject\n" + "w" * 60 + "\nnext line",  # exactly 60 before the break: joined
        "Subject\n" + "w" * 59 + "\nnext line",  # 59: kept apart
        "Subject\n" + "w" * 59 + ".  \nnext",  # a stop, then blanks reaching 60
        "Subject\n" + "w" * 70 + ".\nNext sentence",  # a sentence ends: kept apart
        "Subject\n" + "w" * 70 + "  \t\n- a list item",  # a list item: kept apart
        "Subject\n" + "w" * 70 + "   \n  (an aside)",
        "S\n" + "\n".join("word " * 14 for _ in range(5)),  # a hard-wrapped paragraph
        "no break at all",
        "Subject only\n",
    ],
)
def test_unwrap_matches_the_pattern(text: str) -> None:
    assert rules.unwrap(text) == _unwrap_by_pattern(text)


def test_unwrap_matches_the_pattern_on_many_edge_texts() -> None:
    texts = _edge_texts(seed=7, n=20_000)
    assert any(rules.unwrap(t) != t for t in texts)  # some lines were joined
    assert [rules.unwrap(t) for t in texts] == [_unwrap_by_pattern(t) for t in texts]


def _all_cues() -> list[rules.Cue]:
    # type(), not isinstance(): isinstance asks a lazy object (a request's CSP nonce left by
    # another test in this worker) for its __class__, which evaluates it and raises.
    return [o for o in gc.get_objects() if type(o) is rules.Cue]


@pytest.mark.parametrize(
    "text",
    [
        "She said she wants to kill herself tonight and has the pills ready.",
        "I nearly died laughing; my mum will literally kill me if I fail.",
        "A fake account is attacking the head teacher, posts every day.",
        "Someone has pictures of him and wants £200 or he'll send them to everyone.",
        "The 14yo was meeting a man from Fortnite at the bus station at 6.",
    ],
)
def test_word_starts_gate_every_cue_as_all_beginnings_do(text: str) -> None:
    doc = text.lower()
    every_beginning = {w[:k] for w in set(re.findall(r"\w+", doc)) for k in range(2, 7)}
    known = rules.word_starts(doc)
    assert known <= every_beginning
    cues = _all_cues()
    assert len(cues) > 50
    opened = 0
    for cue in cues:
        for gate, _, _ in cue.parts:
            if gate is not None:
                assert gate.isdisjoint(known) == gate.isdisjoint(every_beginning)
                opened += not gate.isdisjoint(known)
        matches = [m.span() for m in cue.finditer(doc, known)]
        assert matches == [m.span() for m in cue.finditer(doc, every_beginning)]
    assert opened > 5


def test_a_cue_built_later_is_gated_on_its_own_words() -> None:
    doc = "the zyxwvut arrived"
    assert "zyxwvu" not in rules.word_starts(doc)
    cue = rules.Cue(r"\bzyxwvut\b")
    assert "zyxwvu" in rules.word_starts(doc)
    assert [m.group() for m in cue.finditer(doc, rules.word_starts(doc))] == ["zyxwvut"]


_AGE = re.compile(r"^(?:[4-9]|1[0-7])(?:yo|yrs?|y/o)?$")


def _families_word_by_word(doc: str) -> list[int]:
    found: set[int] = set()
    child = len(model._FAMILY_NAMES) - 1
    for word in model._TOKEN.findall(doc):
        hit = model._FAMILY_OF.get(word)
        if hit:
            found.update(hit)
        elif word in model._CHILD_WORDS or (word[0].isdigit() and _AGE.match(word)):
            found.add(child)
    named = sorted(found)
    return named + [model._PAIR_COLUMN[p] for p in itertools.combinations(named, 2)]


def test_families_match_a_word_by_word_reading() -> None:
    rng = random.Random(3)
    words = ["3", "4", "14", "17yo", "18", "12yrs", "9yr", "y9", "19yo", "pics", "child"]
    words += ["tonight", "pills", "pay", "naked", "goodbye", "meet", "£40", "x", "year", "'16"]
    docs = [" ".join(rng.choice(words) for _ in range(rng.randrange(0, 8))) for _ in range(5000)]
    docs += [model.prepare(t) for t in ("A 15 year old sent pics.", "Aged 18, not a child.")]
    assert any(model.families(d) for d in docs)
    assert [model.families(d) for d in docs] == [_families_word_by_word(d) for d in docs]


def test_heads_fitted_on_named_rows_are_those_fitted_on_a_copy_of_them() -> None:
    import numpy as np

    rng = random.Random(5)
    texts = [
        " ".join(
            rng.choice(["bullied", "account", "hacked", "fake", "nude", "photo", "game"])
            for _ in range(6)
        )
        for _ in range(300)
    ]
    labels = ["A", "B"]
    positive = [{"A"} if "hacked" in t else ({"B"} if "fake" in t else set()) for t in texts]
    negative = [{"B"} if i % 7 == 0 else set() for i in range(len(texts))]
    features = model._vectoriser(min_df=1).fit_transform(texts).tocsr()
    rows = np.asarray([i for i in range(len(texts)) if i % 3], dtype=np.int64)
    kept = rows.tolist()
    args = ([positive[i] for i in kept], [negative[i] for i in kept], np.ones(len(kept)))
    named = model._fit_heads(features, labels, *args, alpha=1e-4, seed=0, rows=rows)
    copied = model._fit_heads(features[rows], labels, *args, alpha=1e-4, seed=0)
    assert named.coef.nnz > 0
    assert (named.coef != copied.coef).nnz == 0
    assert np.array_equal(named.intercept, copied.intercept)
