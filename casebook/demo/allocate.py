"""Exact allocation: split totals into quotas and hand out labels so every count is met.

Pure: no Django. Randomness comes from the caller's random.Random, so a seed fixes the result.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

K = TypeVar("K")


def largest_remainder(weights: Mapping[K, float], total: int) -> dict[K, int]:
    """Integer quotas proportional to weights that add up to exactly `total`."""
    if total < 0:
        raise ValueError("total must not be negative")
    weight_sum = sum(weights.values())
    if weight_sum <= 0:
        raise ValueError("weights must add up to more than zero")
    exact = {k: total * w / weight_sum for k, w in weights.items()}
    quotas = {k: math.floor(v) for k, v in exact.items()}
    short = total - sum(quotas.values())
    # Ties broken by the order of the mapping, so the result is deterministic.
    by_remainder = sorted(exact, key=lambda k: exact[k] - quotas[k], reverse=True)
    for k in by_remainder[:short]:
        quotas[k] += 1
    return quotas


def shuffled_quota(quotas: Mapping[K, int], rng: random.Random) -> list[K]:
    """One label per item, exactly quotas[label] of each, in random order."""
    items = [k for k, n in quotas.items() for _ in range(n)]
    rng.shuffle(items)
    return items


def weighted_sample(
    candidates: Sequence[int], weights: Sequence[float], k: int, rng: random.Random
) -> list[int]:
    """k distinct candidates, each drawn with probability proportional to its weight.

    Efraimidis-Spirakis: the k largest keys u ** (1 / w) form a weighted sample without
    replacement.
    """
    if k <= 0:
        return []
    if k >= len(candidates):
        return list(candidates)
    keys = [(rng.random() ** (1.0 / w), c) for c, w in zip(candidates, weights, strict=True)]
    keys.sort(reverse=True)
    return [c for _, c in keys[:k]]


def allocate_labels(
    size: int,
    counts: Mapping[str, int],
    rng: random.Random,
    affinity: Callable[[str, int], float] | None = None,
) -> list[set[str]]:
    """Give `size` items sets of labels so that exactly counts[label] items carry each label.

    Labels are handed out largest first. Each label takes at least as many still-unlabelled
    items as needed for the remaining labels to cover the rest, so every item ends up with
    at least one label whenever the counts allow it (sum of counts >= size); beyond that,
    items are drawn at random, weighted by affinity(label, item) when given.
    """
    for label, count in counts.items():
        if not 0 <= count <= size:
            raise ValueError(f"{label}: {count} items asked for, only {size} available")
    labels: list[set[str]] = [set() for _ in range(size)]
    uncovered = set(range(size))
    order = sorted(counts, key=lambda name: (-counts[name], name))
    remaining_budget = sum(counts.values())
    everyone = list(range(size))
    for label in order:
        count = counts[label]
        remaining_budget -= count
        must_cover = min(count, max(0, len(uncovered) - remaining_budget))

        def weight(item: int, label: str = label) -> float:
            return affinity(label, item) if affinity else 1.0

        pool = sorted(uncovered)
        chosen = weighted_sample(pool, [weight(i) for i in pool], must_cover, rng)
        chosen_set = set(chosen)
        rest = [i for i in everyone if i not in chosen_set]
        chosen += weighted_sample(rest, [weight(i) for i in rest], count - must_cover, rng)
        for item in chosen:
            labels[item].add(label)
            uncovered.discard(item)
    return labels
