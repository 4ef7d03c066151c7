"""Score a suggestion model on a labelled set (blind or tuning): top-k category hit rate,
risk-flag recall and precision overall and per flag.

    uv run python benchmarks/classify/score.py SET.jsonl [--model var/models/suggest-v0001.joblib]
        [--show-errors]

Without --model: the newest model in var/models. Prints one JSON object of scores.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from casebook.classify.model import Suggester  # noqa: E402
from casebook.classify.scoring import read_set, score_model  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("set", type=Path)
    parser.add_argument("--model", type=Path)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    path = args.model
    if path is None:
        found = sorted((ROOT / "var" / "models").glob("suggest-v*.joblib"))
        if not found:
            sys.exit("no model: run `casebook demo --no-serve` or `casebook train` first")
        path = found[-1]
    model = Suggester.load(path)
    scores = score_model(model, read_set(args.set))
    result = {"set": str(args.set), "model": path.name, **scores.as_dict()}
    print(json.dumps(result, indent=2))
    if args.show_errors:
        for item_id, truth, top3 in scores.misses:
            print(f"miss {item_id}: {list(truth)} -> {top3}", file=sys.stderr)
        for item_id, flag, kind in scores.flag_errors:
            print(f"{kind} {item_id}: {flag}", file=sys.stderr)


if __name__ == "__main__":
    main()
