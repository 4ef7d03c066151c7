"""Choose each risk flag's model threshold from held-out readings of the blind sets.

    # 1. Read a set with a model trained without it (as `casebook train` would, on DATABASE_URL,
    #    the demo's by default), one row per (enquiry, flag):
    uv run python benchmarks/classify/thresholds.py read SET.jsonl ROWS.jsonl
    # 2. Pool the rows of several sets and choose:
    uv run python benchmarks/classify/thresholds.py choose ROWS.jsonl [ROWS.jsonl ...]

A row holds the truth, whether the rules raised the flag, the model's probability and whether
the model may raise it at all there (the text does not rule the risk out and has a word of it
outside teaching, fiction and denials, or has none and the model is sure: see
casebook.classify.model). The rules are tuned on every tuning set, so rows read with today's
rules show only what the rules already find: to see what the model adds on text the rules have
not been tuned on, read each blind set with the code as it stood when that set was first scored
(`git archive <commit> | tar -x -C DIR`, copy this file into DIR/benchmarks/classify and run it
there), with the set left out of training.

`choose` prints, per flag and threshold, the pooled recall and precision of rules and model
together, and picks the threshold that maximises F2 (recall weighted four times precision: a
missed child at risk costs more than a false flag a practitioner clears), ties going to the
threshold nearest the default (0.5).
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
CONFIDENT = 0.9  # as casebook.classify.model.CONFIDENT
DEFAULT = 0.5  # as casebook.classify.model.DEFAULT_RISK_THRESHOLD


def read(set_path: Path, out: Path) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casebook.settings")
    import django

    django.setup()
    from casebook.classify import corpus
    from casebook.classify.labels import RISK_FLAGS
    from casebook.classify.model import MAX_TEXT_CHARS, prepare, train
    from casebook.classify.rules import Reading, evidence, find_risks, ruled_out
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
    probabilities = model.risk_heads.probabilities(
        model.vectoriser.transform([prepare(item.text) for item in items])
    )
    heads = model.risk_heads.labels
    with out.open("w", encoding="utf-8") as handle:
        for k, item in enumerate(items):
            reading = Reading(item.text[:MAX_TEXT_CHARS])
            by_rule = {hit.flag for hit in find_risks("", reading)}
            absent = ruled_out("", reading)
            live, seen = evidence("", reading)
            for flag in RISK_FLAGS:
                gate = (
                    "absent"
                    if flag in absent
                    else "live"
                    if flag in live
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
                handle.write(json.dumps(row) + "\n")


def raised(row: dict[str, object], threshold: float) -> bool:
    p = float(row["p"])  # type: ignore[arg-type]
    gate = row["gate"]
    allowed = gate == "live" or (gate == "none" and p >= CONFIDENT)
    return bool(row["rule"]) or (allowed and p >= threshold)


def choose(paths: list[Path]) -> None:
    rows = [json.loads(line) for path in paths for line in path.read_text().splitlines()]
    chosen: dict[str, float] = {}
    for flag in sorted({row["flag"] for row in rows}):
        mine = [row for row in rows if row["flag"] == flag]
        best, best_f2 = DEFAULT, -1.0
        for t in GRID:
            tp = sum(1 for row in mine if row["truth"] and raised(row, t))
            fp = sum(1 for row in mine if not row["truth"] and raised(row, t))
            fn = sum(1 for row in mine if row["truth"]) - tp
            recall = tp / max(tp + fn, 1)
            precision = tp / max(tp + fp, 1)
            f2 = 5 * precision * recall / max(4 * precision + recall, 1e-9)
            print(
                f"{flag} t={t:.2f} recall={recall:.3f} precision={precision:.3f} "
                f"f2={f2:.3f} tp={tp} fp={fp} fn={fn}"
            )
            # Ties go to the threshold nearest the default: move only where the rows say so.
            if f2 > best_f2 + 1e-9 or (
                abs(f2 - best_f2) <= 1e-9 and abs(t - DEFAULT) < abs(best - DEFAULT)
            ):
                best, best_f2 = t, f2
        chosen[flag] = best
    print(json.dumps({"chosen": chosen, "rows": len(rows), "files": [p.name for p in paths]}))


def main() -> None:
    if len(sys.argv) >= 4 and sys.argv[1] == "read":
        read(Path(sys.argv[2]).resolve(), Path(sys.argv[3]))
    elif len(sys.argv) >= 3 and sys.argv[1] == "choose":
        choose([Path(p) for p in sys.argv[2:]])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
