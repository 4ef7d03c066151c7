"""Choose each risk flag's model threshold from held-out readings of the blind sets.

    # 1. Read a set with a model trained without it (as `casebook train` would, on DATABASE_URL,
    #    the demo's by default), one row per (enquiry, flag):
    uv run python benchmarks/classify/thresholds.py read SET.jsonl ROWS.jsonl [--rules-from OLD]
    # 2. Pool the rows of several sets and choose:
    uv run python benchmarks/classify/thresholds.py choose [--min-precision P] ROWS.jsonl ...
    # 3. How the choice carries: each file scored with parameters chosen on the others:
    uv run python benchmarks/classify/thresholds.py holdout [--min-precision P] ROWS.jsonl ...

A row holds the truth, whether the rules raised the flag, the model's probability and whether
the model may raise it at all there (the text does not rule the risk out and has a word of it
outside teaching, fiction and denials, or has none and the model is sure: see
casebook.classify.model). The rules are tuned on every tuning set, so rows read with today's
rules show only what the rules already find: to see what the model adds on text the rules have
not been tuned on, read each blind set with the code as it stood when that set was first scored
(`git archive <commit> | tar -x -C DIR`, copy this file into DIR/benchmarks/classify and run it
there), with the set left out of training. `--rules-from OLD` keeps the rules' columns (rule,
gate) of such an earlier reading OLD and takes only the model's probability from today's code:
so a change to the model is judged on each set against the rules of that set's first score.

`choose` picks, per flag, the model's threshold and the higher levels it must reach where the
text has no word of the risk ("none") or only words in teaching, fiction or denials ("seen"):
the highest pooled recall of rules and model together at precision >= MIN_PRECISION (a missed
child at risk costs more than a false flag a practitioner clears), ties to higher precision,
then to the more cautious levels (casebook.classify.model.RISK_THRESHOLDS, RISK_CONFIDENT,
RISK_SEEN).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

GRID = (
    0.1,
    0.15,
    0.2,
    0.25,
    0.3,
    0.35,
    0.4,
    0.45,
    0.5,
    0.55,
    0.6,
    0.65,
    0.7,
    0.75,
    0.8,
    0.85,
    0.9,
    0.95,
)
DEFAULT = 0.5  # as casebook.classify.model.DEFAULT_RISK_THRESHOLD


def read(set_path: Path, out: Path, rules_from: Path | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casebook.settings")
    import django

    django.setup()
    from casebook.classify import corpus
    from casebook.classify.labels import RISK_FLAGS
    from casebook.classify.model import MAX_TEXT_CHARS, prepare, train
    from casebook.classify.rules import Reading, evidence, find_risks, ruled_out, taught
    from casebook.classify.scoring import read_set
    from casebook.classify.training import active_categories, examples_from_database

    categories = active_categories()
    cases = examples_from_database()
    # The set and any copy of it under the tuning folder stay out of training.
    files = [f for f in corpus.corpus_files() if f.name != set_path.name]
    files = [f for f in files if f.read_bytes() != set_path.read_bytes()]
    model = train(
        cases, categories=categories, seed_examples=corpus.seed_examples(categories, files)
    )
    items = read_set(set_path)
    docs = [prepare(item.text) for item in items]
    probabilities = model.risk_probabilities(docs, model.vectoriser.transform(docs))
    heads = model.risk_heads.labels
    earlier: dict[tuple[str, str], dict[str, object]] = {}
    if rules_from is not None:
        for line in rules_from.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            earlier[(str(row["id"]), str(row["flag"]))] = row
    with out.open("w", encoding="utf-8") as handle:
        for k, item in enumerate(items):
            reading = Reading(item.text[:MAX_TEXT_CHARS])
            by_rule = {hit.flag for hit in find_risks("", reading)}
            absent = ruled_out("", reading)
            live, seen = evidence("", reading)
            lessons = taught("", reading)
            for flag in RISK_FLAGS:
                gate = (
                    "absent"
                    if flag in absent
                    else "live"
                    if flag in live
                    else "taught"
                    if flag in lessons
                    else "seen"
                    if flag in seen
                    else "none"
                )
                row = {
                    "set": set_path.name,
                    "id": item.id,
                    "flag": flag,
                    "truth": flag in item.risk_flags,
                    "rule": flag in by_rule,
                    "p": round(float(probabilities[k, heads.index(flag)]), 5),
                    "gate": gate,
                }
                if rules_from is not None:
                    old = earlier[(item.id, flag)]  # KeyError: not a reading of this set
                    row["rule"], row["gate"] = old["rule"], old["gate"]
                handle.write(json.dumps(row) + "\n")


# Where the text has no word of the risk the rules know ("none"), or only words in teaching,
# fiction or a denial ("seen"), the model raises a flag only at or above a second, higher
# level; NEVER (above any probability) keeps it silent there.
NEVER = 1.01
GATE_GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, NEVER)
# Pooled, per flag: recall is maximised at or above this. The target on a fresh set is 0.8;
# 0.84 per flag gave a pooled held-out precision of 0.843 over sets A-H (0.82: 0.830).
MIN_PRECISION = 0.84
# The lowest level ("none") a flag may have where the text has no word of its risk. An indecent
# image flag withholds a case's attachments, so it is not raised on a text with no word of
# images below 0.5 (at 0.3 a child's self-harm sent with a photo attached was flagged as an
# indecent image too); held out over A-F the floor cost no recall.
NONE_FLOOR = {"indecent_image": 0.5}


Params = tuple[float, float, float]  # threshold, level where "none", level where "seen"


def raised(row: dict[str, object], params: Params) -> bool:
    threshold, confident, seen = params
    p = float(row["p"])  # type: ignore[arg-type]
    if row["rule"]:
        return True
    gate = row["gate"]
    if gate == "absent":
        return False
    if gate == "taught":  # words only in teaching or policy: the shipped level, not chosen here
        from casebook.classify.model import RISK_TAUGHT

        return p >= max(threshold, RISK_TAUGHT[str(row["flag"])])
    level = {"live": threshold, "none": confident, "seen": seen}[str(gate)]
    return p >= max(threshold, level)


def counts(rows: list[dict[str, object]], params: dict[str, Params]) -> tuple[int, int, int]:
    """True positives, false positives and false negatives of rules and model together."""
    tp = fp = fn = 0
    for row in rows:
        hit = raised(row, params[str(row["flag"])])
        truth = bool(row["truth"])
        tp += truth and hit
        fp += (not truth) and hit
        fn += truth and not hit
    return tp, fp, fn


def pick(
    rows: list[dict[str, object]],
    flag: str,
    *,
    verbose: bool = False,
    min_precision: float = MIN_PRECISION,
) -> Params:
    """The flag's parameters with the highest recall at pooled precision >= MIN_PRECISION;
    ties to higher precision, then to the more cautious parameters."""
    mine = [row for row in rows if row["flag"] == flag]
    best: tuple[tuple[float, ...], Params] | None = None
    for t in GRID:
        for confident in GATE_GRID:
            if confident < NONE_FLOOR.get(flag, 0.0):
                continue
            for seen in GATE_GRID:
                params = (t, confident, seen)
                tp, fp, fn = counts(mine, {flag: params})
                recall = tp / max(tp + fn, 1)
                precision = tp / max(tp + fp, 1)
                key = (
                    recall if precision >= min_precision else -1.0,
                    precision,
                    confident,
                    seen,
                    -abs(t - DEFAULT),
                )
                if best is None or key > best[0]:
                    best = (key, params)
    assert best is not None
    if verbose:
        tp, fp, fn = counts(mine, {flag: best[1]})
        print(
            f"{flag} {best[1]} recall={tp / max(tp + fn, 1):.3f} "
            f"precision={tp / max(tp + fp, 1):.3f} tp={tp} fp={fp} fn={fn}"
        )
    return best[1]


def _load(paths: list[Path]) -> dict[str, list[dict[str, object]]]:
    return {p.name: [json.loads(line) for line in p.read_text().splitlines()] for p in paths}


def choose(paths: list[Path], min_precision: float = MIN_PRECISION) -> None:
    rows = [row for part in _load(paths).values() for row in part]
    chosen = {
        flag: pick(rows, flag, verbose=True, min_precision=min_precision)
        for flag in sorted({str(r["flag"]) for r in rows})
    }
    print(json.dumps({"chosen": chosen, "rows": len(rows), "files": [p.name for p in paths]}))


def holdout(paths: list[Path], min_precision: float = MIN_PRECISION) -> None:
    """Each file scored with parameters chosen on the others: how the choice carries."""
    parts = _load(paths)
    total = [0, 0, 0]
    for held, rows in parts.items():
        others = [row for name, part in parts.items() if name != held for row in part]
        params = {
            flag: pick(others, flag, min_precision=min_precision)
            for flag in sorted({str(r["flag"]) for r in rows})
        }
        tp, fp, fn = counts(rows, params)
        total = [total[0] + tp, total[1] + fp, total[2] + fn]
        _print_counts(tp, fp, fn, held_out=held, params=params)
    _print_counts(*total, pooled=True)


def _print_counts(tp: int, fp: int, fn: int, **label: object) -> None:
    """One JSON line: recall and precision from the counts, after the label's keys."""
    recall = round(tp / max(tp + fn, 1), 3)
    precision = round(tp / max(tp + fp, 1), 3)
    print(
        json.dumps(
            {**label, "recall": recall, "precision": precision, "tp": tp, "fp": fp, "fn": fn}
        )
    )


def main() -> None:
    args = sys.argv[1:]
    min_precision = MIN_PRECISION
    if len(args) >= 3 and args[1] == "--min-precision":
        min_precision = float(args[2])
        args = [args[0], *args[3:]]
    if len(args) == 3 and args[0] == "read":
        read(Path(args[1]).resolve(), Path(args[2]))
    elif len(args) == 5 and args[0] == "read" and args[3] == "--rules-from":
        read(Path(args[1]).resolve(), Path(args[2]), Path(args[4]))
    elif len(args) >= 2 and args[0] == "choose":
        choose([Path(p) for p in args[1:]], min_precision)
    elif len(args) >= 2 and args[0] == "holdout":
        holdout([Path(p) for p in args[1:]], min_precision)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
