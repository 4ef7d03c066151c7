from __future__ import annotations

import random
from collections import Counter

import pytest

from casebook.demo.allocate import allocate_labels, largest_remainder, shuffled_quota


@pytest.mark.parametrize(
    ("weights", "total", "expected"),
    [
        ({"a": 1, "b": 1}, 10, {"a": 5, "b": 5}),
        ({"a": 1, "b": 1, "c": 1}, 10, {"a": 4, "b": 3, "c": 3}),
        ({"a": 2, "b": 1}, 0, {"a": 0, "b": 0}),
        ({"a": 0.5, "b": 0.25, "c": 0.25}, 7, {"a": 3, "b": 2, "c": 2}),
        ({"x": 3461, "y": 617}, 4078, {"x": 3461, "y": 617}),
    ],
)
def test_largest_remainder_adds_up_exactly(weights, total, expected):
    assert largest_remainder(weights, total) == expected


def test_largest_remainder_refuses_nonsense():
    with pytest.raises(ValueError):
        largest_remainder({"a": 0}, 3)
    with pytest.raises(ValueError):
        largest_remainder({"a": 1}, -1)


def test_shuffled_quota_has_each_label_exactly():
    items = shuffled_quota({"email": 7, "phone": 2, "web": 0}, random.Random(1))
    assert Counter(items) == Counter({"email": 7, "phone": 2})


@pytest.mark.parametrize(
    ("size", "counts", "uncovered"),
    [
        (10, {"a": 6, "b": 5}, 0),  # enough labels: everybody gets one
        (10, {"a": 3, "b": 3}, 4),  # too few: only as many left bare as must be
        (5, {"a": 5, "b": 5, "c": 1}, 0),
        (568, {"x": 116, "y": 83, "z": 38, "w": 145}, 568 - 382),
        (3401, {"sn": 3147, "or": 2945, "cb": 347, "small": 28}, 0),
    ],
)
def test_allocate_labels_meets_every_count_and_covers_what_it_can(size, counts, uncovered):
    labels = allocate_labels(size, counts, random.Random(7))
    assert len(labels) == size
    got = Counter(label for item in labels for label in item)
    assert got == Counter({k: v for k, v in counts.items() if v})
    assert sum(1 for item in labels if not item) == uncovered


def test_allocate_labels_follows_affinity():
    # Items 0-49 strongly prefer "rare"; with 20 to hand out, nearly all go there.
    labels = allocate_labels(
        100,
        {"common": 100, "rare": 20},
        random.Random(3),
        affinity=lambda label, item: 50.0 if label == "rare" and item < 50 else 1.0,
    )
    rare_items = [i for i, item in enumerate(labels) if "rare" in item]
    assert len(rare_items) == 20
    assert sum(1 for i in rare_items if i < 50) >= 17


def test_allocate_labels_refuses_impossible_counts():
    with pytest.raises(ValueError, match="only 3 available"):
        allocate_labels(3, {"a": 4}, random.Random(1))
