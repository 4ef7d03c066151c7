"""The quality targets of the redaction issue, asserted on the committed labelled sets."""

from __future__ import annotations

import json

import pytest

from casebook.redaction import ENTITY_TYPES, find_entities
from casebook.redaction.devset import build
from casebook.redaction.scoring import DEVSET_DIR, load, score

SETS = ["dev", "heldout", "unseen"]


@pytest.fixture(scope="module", params=SETS)
def result(request):
    return request.param, score(load(DEVSET_DIR / f"{request.param}.jsonl"), find_entities)


def test_recall_is_at_least_098_for_every_type(result) -> None:
    name, s = result
    low = {t: round(s.recall(t), 3) for t in ENTITY_TYPES if s.recall(t) < 0.98}
    assert not low, f"{name}: recall below 0.98 for {low}; misses: {s.misses[:10]}"


def test_character_precision_is_at_least_090(result) -> None:
    name, s = result
    assert s.char_precision >= 0.90, f"{name}: {s.false_positives[:10]}"


def test_must_survive_words_are_never_redacted(result) -> None:
    name, s = result
    assert s.violations == [], f"{name}: {s.violations[:10]}"


def test_dev_set_is_big_enough_and_covers_every_type() -> None:
    examples = load(DEVSET_DIR / "dev.jsonl")
    assert len(examples) >= 300
    assert {g.type for ex in examples for g in ex.gold} == set(ENTITY_TYPES)
    held = load(DEVSET_DIR / "heldout.jsonl")
    assert {g.type for ex in held for g in ex.gold} == set(ENTITY_TYPES)


def test_committed_sets_match_their_sources() -> None:
    """The committed JSON Lines are exactly what the generator and the marked source give."""
    for rows, path in (
        (build.build(), build.OUT),
        (build.heldout(), build.HELDOUT_OUT),
        (build.heldout(build.UNSEEN_SRC, "unseen"), build.UNSEEN_OUT),
        (build.heldout(build.CLASSES_SRC, "classes"), build.CLASSES_OUT),
    ):
        committed = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert committed == rows


def test_labels_point_at_text() -> None:
    for name in SETS:
        for ex in load(DEVSET_DIR / f"{name}.jsonl"):
            for g in ex.gold:
                span = ex.text[g.start : g.end]
                assert span and span == span.strip(), (ex.id, span)
