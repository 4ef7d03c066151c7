"""Suggestion speed and training cost.

    uv run python benchmarks/classify/bench.py [--cases 100000] [--texts 5000]

1. Builds N synthetic tagged cases with the demo's generator (pure: no database), each the
   subject and first inbound message, as `casebook train` reads a case.
2. Trains on them in a fresh process (seed corpus and definitions included) and reports
   wall time and that process's peak resident memory.
3. Scores the first --texts of them with the trained model in one process, in blocks of
   256 as `casebook suggest` does, and reports suggestions a second.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def build(n: int, path: Path) -> None:
    from casebook.demo.calibration import spec_2020_21, spec_2021_22
    from casebook.demo.generator import generate_period

    written, seed = 0, 0
    with path.open("w") as out:
        while written < n:
            for spec in (spec_2020_21(), spec_2021_22()):
                for case in generate_period(spec, random.Random(seed)):
                    first = next((m.body for m in case.messages if m.direction == "in"), "")
                    cats = [name for name, _ in case.categories]
                    if not cats:
                        continue
                    out.write(json.dumps({"text": f"{case.subject}\n{first}", "c": cats}) + "\n")
                    written += 1
                    if written == n:
                        return
                seed += 1


def train_child(data: Path, model_path: Path) -> None:
    from casebook.cases.taxonomy import CATEGORIES
    from casebook.classify.corpus import seed_examples
    from casebook.classify.model import Example, train

    cats = dict(CATEGORIES)
    examples = [
        Example(text=r["text"], categories=tuple(r["c"])) for r in map(json.loads, data.open())
    ]
    started = time.perf_counter()
    model = train(examples, categories=cats, seed_examples=seed_examples(cats))
    seconds = time.perf_counter() - started
    model.save(model_path)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {"cases": len(examples), "train_seconds": round(seconds, 1), "peak_mb": round(peak_mb)}
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--texts", type=int, default=5000)
    parser.add_argument("--train-child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.train_child:
        train_child(*args.train_child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        data, model_path = Path(tmp) / "cases.jsonl", Path(tmp) / "model.joblib"
        build(args.cases, data)
        child = subprocess.run(
            [sys.executable, __file__, "--train-child", str(data), str(model_path)],
            check=True,
            capture_output=True,
            text=True,
        )
        training = json.loads(child.stdout.strip().splitlines()[-1])
        from casebook.classify.model import Suggester

        model = Suggester.load(model_path)
        texts = [json.loads(line)["text"] for line in data.open()][: args.texts]
        model.assess_many(texts[:10])  # warm up
        started = time.perf_counter()
        for i in range(0, len(texts), 256):
            model.assess_many(texts[i : i + 256])
        rate = len(texts) / (time.perf_counter() - started)
        print(
            json.dumps(
                {**training, "suggest_texts": len(texts), "suggestions_per_second": round(rate)}
            )
        )


if __name__ == "__main__":
    main()
