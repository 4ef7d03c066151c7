"""Score each tuning set with a model trained without it.

    uv run python benchmarks/classify/holdout.py a b c

For each named set (casebook/classify/tuning/blind_<x>.jsonl) trains the model as `casebook
train` would on the database (DATABASE_URL; the demo's by default), with the shipped corpus
less that set, and prints its scores (one JSON object a line) and its flag errors on stderr.
The rules were tuned on every tuning set, so these say how the model reads a set it has not
learnt, not how new text will score: only a blind set says that.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casebook.settings")
    import django

    django.setup()
    from casebook.classify import corpus
    from casebook.classify.model import train
    from casebook.classify.scoring import read_set, score_model
    from casebook.classify.training import active_categories, examples_from_database

    names = sys.argv[1:] or ["a", "b", "c"]
    categories = active_categories()
    cases = examples_from_database()
    for name in names:
        held = corpus.TUNING_DIR / f"blind_{name}.jsonl"
        if not held.is_file():
            sys.exit(f"no tuning set {held}")
        files = [f for f in corpus.corpus_files() if f != held]
        model = train(
            cases, categories=categories, seed_examples=corpus.seed_examples(categories, files)
        )
        scores = score_model(model, read_set(held))
        print(json.dumps({"held_out": held.name, "cases": len(cases), **scores.as_dict()}))
        for item_id, flag, kind in scores.flag_errors:
            print(f"{held.name} {kind} {item_id}: {flag}", file=sys.stderr)


if __name__ == "__main__":
    main()
