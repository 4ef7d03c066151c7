"""Scores of a model on a labelled set. Pure: no Django.

A set is JSON Lines of {"id", "subject", "text", "categories": [...], "risk_flags": [...]}.
Category quality is the share of items with at least one category whose true category (any
of them) is among the top k suggestions. Risk quality is recall and precision of the raised
flags, counted per (item, flag) pair, overall and per flag.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casebook.classify.labels import RISK_FLAGS
from casebook.classify.model import Assessment, Suggester


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    categories: tuple[str, ...]
    risk_flags: tuple[str, ...]


def read_set(path: Path) -> list[Item]:
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        record: dict[str, Any] = json.loads(line)
        subject = str(record.get("subject") or "")
        text = f"{subject}\n{record['text']}" if subject else str(record["text"])
        items.append(
            Item(
                id=str(record.get("id", number)),
                text=text,
                categories=tuple(record.get("categories") or ()),
                risk_flags=tuple(record.get("risk_flags") or ()),
            )
        )
    return items


@dataclass
class FlagScore:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def recall(self) -> float:
        found = self.true_positives + self.false_negatives
        return self.true_positives / found if found else 1.0

    @property
    def precision(self) -> float:
        raised = self.true_positives + self.false_positives
        return self.true_positives / raised if raised else 1.0


@dataclass
class Scores:
    items: int
    with_categories: int
    top1: float
    top3: float
    top5: float
    flags: FlagScore
    per_flag: dict[str, FlagScore]
    misses: list[tuple[str, tuple[str, ...], list[str]]] = field(default_factory=list)
    flag_errors: list[tuple[str, str, str]] = field(default_factory=list)  # id, kind, FP/FN

    def as_dict(self) -> dict[str, Any]:
        def flag(f: FlagScore) -> dict[str, Any]:
            return {
                "recall": round(f.recall, 3),
                "precision": round(f.precision, 3),
                "tp": f.true_positives,
                "fp": f.false_positives,
                "fn": f.false_negatives,
            }

        return {
            "items": self.items,
            "with_categories": self.with_categories,
            "top1": round(self.top1, 3),
            "top3": round(self.top3, 3),
            "top5": round(self.top5, 3),
            "risk": flag(self.flags),
            "per_flag": {k: flag(v) for k, v in self.per_flag.items()},
        }


def score(items: Sequence[Item], assessments: Iterable[Assessment]) -> Scores:
    hits = {1: 0, 3: 0, 5: 0}
    with_categories = 0
    overall = FlagScore()
    per_flag = {flag: FlagScore() for flag in RISK_FLAGS}
    misses = []
    errors = []
    for item, assessment in zip(items, assessments, strict=True):
        if item.categories:
            with_categories += 1
            for k in hits:
                hits[k] += bool(set(assessment.top(k)) & set(item.categories))
            if not set(assessment.top(3)) & set(item.categories):
                misses.append((item.id, item.categories, assessment.top(3)))
        raised = {s.label for s in assessment.risk_flags}
        truth = set(item.risk_flags)
        for flag in RISK_FLAGS:
            counts = per_flag[flag]
            if flag in raised and flag in truth:
                counts.true_positives += 1
                overall.true_positives += 1
            elif flag in raised:
                counts.false_positives += 1
                overall.false_positives += 1
                errors.append((item.id, flag, "FP"))
            elif flag in truth:
                counts.false_negatives += 1
                overall.false_negatives += 1
                errors.append((item.id, flag, "FN"))
    n = max(with_categories, 1)
    return Scores(
        items=len(items),
        with_categories=with_categories,
        top1=hits[1] / n,
        top3=hits[3] / n,
        top5=hits[5] / n,
        flags=overall,
        per_flag=per_flag,
        misses=misses,
        flag_errors=errors,
    )


def score_model(model: Suggester, items: Sequence[Item]) -> Scores:
    return score(items, model.assess_many([item.text for item in items]))
