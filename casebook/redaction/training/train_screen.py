"""Train the learned screen (screen.py): a logistic model of whether a finding is personal data.

    .venv/bin/python -m casebook.redaction.training.train_screen [--cut 0.05] [--out PATH]

Rows: on every labelled blind set (devset/blind_*.jsonl), the candidates the redactor makes at
a looser threshold (`loose_findings`) and pseudo negatives made of the sets' capitalised
must-survive strings (`pseudo_rows`); held-out sets are scored on the redactor's own findings
(`findings`, benchmarks/redaction/screen_loso.py). A finding that overlaps a labelled span is
personal data (1); one that overlaps none is not (0): over a must-survive string of the set,
or over nothing the set names (the sets label every piece of personal data, so a finding
outside them is a false alarm; such findings count with weight NEITHER_WEIGHT). Full-batch
gradient descent with L2 on numpy, features as in screen.features; deterministic (no random
state). Writes data/screen_model.json (not committed: held out, the screen did not pay; see
screen.py).
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from casebook.redaction import namemodel
from casebook.redaction.core import Entity, resolve
from casebook.redaction.keep import cut_out, keep_spans, places_named_as_people
from casebook.redaction.names import find_people
from casebook.redaction.nobody import drop_nobody
from casebook.redaction.patterns import iter_structured
from casebook.redaction.scoring import DEVSET_DIR, MUST_SURVIVE_RE, Example, load
from casebook.redaction.screen import MODEL_PATH, features

NEITHER_WEIGHT = 0.5
WITH_PROBS = True
L2 = 0.3
MIN_COUNT = 2  # a feature seen in fewer training rows gets no weight


@dataclass(frozen=True)
class Row:
    """One finding of one example of one set, its features and its label."""

    set_name: str
    example_id: str
    entity: Entity
    features: tuple[str, ...]
    label: int  # 1 personal data, 0 not
    kind: str  # "gold", "survive" (over a must-survive string), "neither"


def blind_sets() -> list[Path]:
    return sorted(DEVSET_DIR.glob("blind_*.jsonl"))


def _survive_mask(ex: Example, gold: bytearray) -> bytearray:
    mask = bytearray(len(ex.text))
    spans = [(m.start(), m.end()) for m in MUST_SURVIVE_RE.finditer(ex.text)]
    for word in ex.must_survive:
        pattern = r"(?<!\w)" + re.escape(word) + r"(?!\w)"
        spans += [(m.start(), m.end()) for m in re.finditer(pattern, ex.text)]
    for a, b in spans:
        if gold.find(1, a, b) < 0:
            mask[a:b] = b"\x01" * (b - a)
    return mask


def label_of(e: Entity, gold: bytearray, survive: bytearray) -> tuple[int, str]:
    """(label, kind) of a finding: over a labelled span (a mask of the text) it is personal
    data (1, "gold"); else over a must-survive string it is not (0, "survive"); else it is a
    false alarm over nothing the set names (0, "neither")."""
    if gold.find(1, e.start, e.end) >= 0:
        return 1, "gold"
    if survive.find(1, e.start, e.end) >= 0:
        return 0, "survive"
    return 0, "neither"


# The name model's cut while loose candidates are made (its own is in name_model.json).
LOOSE_NAME_CUT = 0.25


Found = tuple[tuple[Entity, ...], list[Entity]]


def findings(text: str) -> Found:
    """find_entities' findings (sorted, non-overlapping) and the findings of the patterns
    among the candidates they were chosen from (the people finders made the rest): the same
    steps as find_entities (casebook/redaction/__init__.py; a test holds them equal), kept
    here so the redactor's path is unchanged while the screen is not in it."""
    keep = keep_spans(text)
    structured = resolve(cut_out(iter_structured(text), keep, text))
    masked = bytearray(len(text))
    for ent in structured:
        masked[ent.start : ent.end] = b"\x01" * (ent.end - ent.start)
    people = places_named_as_people(text, cut_out(find_people(text, masked, keep), keep, text))
    kept = drop_nobody(text, structured)
    return resolve((*kept, *drop_nobody(text, people))), kept


def loose_findings(text: str) -> Found:
    """Candidates at a looser threshold, for training: the findings of the patterns and the
    people finders with no keep list, nobody.py or places rule after them, and the name
    model's cut lowered to LOOSE_NAME_CUT, so the model sees the many candidates those rules
    and that cut turn away (most of them not personal data)."""
    structured = resolve(iter_structured(text))
    masked = bytearray(len(text))
    for ent in structured:
        masked[ent.start : ent.end] = b"\x01" * (ent.end - ent.start)
    m = namemodel.model()
    own = m.threshold
    object.__setattr__(m, "threshold", min(own, LOOSE_NAME_CUT))
    try:
        people = find_people(text, masked, ())
    finally:
        object.__setattr__(m, "threshold", own)
    return resolve((*structured, *people)), list(structured)


def rows_of(
    set_name: str, examples: Iterable[Example], loose: bool = False
) -> tuple[list[Row], dict[str, Found]]:
    """The labelled rows of a set, and per example its findings and the structured ones
    (so a held-out set can be scored without running the redactor again). With `loose`, the
    rows are loose_findings' candidates instead."""
    rows: list[Row] = []
    found_by_id: dict[str, Found] = {}
    for ex in examples:
        found, structured = (loose_findings if loose else findings)(ex.text)
        found_by_id[ex.id] = (found, structured)
        probs = (
            {t.start: p for t, p in namemodel.name_probabilities(ex.text)} if WITH_PROBS else None
        )
        gold = bytearray(len(ex.text))
        for g in ex.gold:
            gold[g.start : g.end] = b"\x01" * (g.end - g.start)
        survive = _survive_mask(ex, gold)
        for e in found:
            label, kind = label_of(e, gold, survive)
            feats = tuple(features(ex.text, e, e in structured, probs))
            rows.append(Row(set_name, ex.id, e, feats, label, kind))
    return rows, found_by_id


def pseudo_rows(set_name: str, examples: Iterable[Example], near: Sequence[Row]) -> list[Row]:
    """Negative rows made of the sets' own must-survive strings: each capitalised one outside
    every labelled span and every candidate in `near` (the set's loose rows) stands as a
    PERSON finding of the people finders, so the model sees thousands of capitalised words in
    context that are no one's name (the findings alone hold a few hundred)."""
    covered: dict[str, list[Entity]] = {}
    for r in near:
        covered.setdefault(r.example_id, []).append(r.entity)
    out: list[Row] = []
    for ex in examples:
        gold = bytearray(len(ex.text))
        for g in ex.gold:
            gold[g.start : g.end] = b"\x01" * (g.end - g.start)
        probs: dict[int, float] | None = None
        taken = covered.get(ex.id, [])
        for word in sorted(set(ex.must_survive)):
            if not word[:1].isupper():
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", ex.text):
                a, b = m.start(), m.end()
                if gold.find(1, a, b) >= 0 or any(e.start < b and a < e.end for e in taken):
                    continue
                if probs is None:
                    probs = {t.start: p for t, p in namemodel.name_probabilities(ex.text)}
                e = Entity(a, b, "PERSON")
                feats = tuple(features(ex.text, e, False, probs))
                out.append(Row(set_name, ex.id, e, feats, 0, "pseudo"))
    return out


def training_rows(set_name: str, examples: Sequence[Example]) -> list[Row]:
    """A set's rows for training: its loose candidates and its pseudo negatives."""
    loose = rows_of(set_name, examples, loose=True)[0]
    return loose + pseudo_rows(set_name, examples, loose)


def fit(
    rows: Sequence[Row], neither_weight: float = NEITHER_WEIGHT, l2: float = L2, steps: int = 300
) -> tuple[dict[str, float], float]:
    """Weights and bias of an L2 logistic model of the rows (full-batch gradient descent with
    Adam-style steps, from zero: deterministic)."""
    counts: dict[str, int] = {}
    for r in rows:
        for f in r.features:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    ri: list[int] = []
    ci: list[int] = []
    for k, r in enumerate(rows):
        for f in r.features:
            j = index.get(f)
            if j is not None:
                ri.append(k)
                ci.append(j)
    rr = np.array(ri, dtype=np.int64)
    cc = np.array(ci, dtype=np.int64)
    y = np.array([r.label for r in rows], dtype=np.float64)
    sw = np.array([neither_weight if r.kind == "neither" else 1.0 for r in rows])
    n, d = len(rows), len(vocab)
    w = np.zeros(d)
    b = 0.0
    mw = np.zeros(d)
    vw = np.zeros(d)
    mb = vb = 0.0
    lr, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    total = sw.sum()
    for t in range(1, steps + 1):
        z = np.bincount(rr, weights=w[cc], minlength=n) + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        resid = (p - y) * sw / total
        gw = np.bincount(cc, weights=resid[rr], minlength=d) + l2 * w / total
        gb = float(resid.sum())
        mw = beta1 * mw + (1 - beta1) * gw
        vw = beta2 * vw + (1 - beta2) * gw * gw
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb * gb
        corr1, corr2 = 1 - beta1**t, 1 - beta2**t
        w -= lr * (mw / corr1) / (np.sqrt(vw / corr2) + eps)
        b -= lr * (mb / corr1) / (np.sqrt(vb / corr2) + eps)
    weights = {f: round(float(v), 4) for f, v in zip(vocab, w, strict=True) if abs(v) >= 1e-3}
    return weights, round(b, 4)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cut", type=float, default=0.05)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    rows: list[Row] = []
    for path in blind_sets():
        rows += training_rows(path.stem, load(path))
    weights, bias = fit(rows)
    body = {
        "about": (
            "Weights of the learned screen (casebook/redaction/screen.py), written by "
            "casebook/redaction/training/train_screen.py from the loose candidates and pseudo "
            f"negatives of the labelled sets devset/blind_*.jsonl ({len(rows)} rows)."
        ),
        "bias": bias,
        "cut": args.cut,
        "weights": dict(sorted(weights.items())),
    }
    args.out.write_text(json.dumps(body, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(rows)} rows, {len(weights)} weights -> {args.out}")


if __name__ == "__main__":
    main()
