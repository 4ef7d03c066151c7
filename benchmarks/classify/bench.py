"""Suggestion speed and training cost.

    uv run python benchmarks/classify/bench.py [--cases 100000] [--texts 5000]

1. Builds N tagged cases in memory: the demo generator's two published periods (about
   9,000 cases, each the subject and first inbound message, as `casebook train` reads a
   case), recombined to N (a subject and body of one case with a sentence of another of the
   same first category, so the vocabulary grows as a real helpline's does). Seconds, not the
   minutes a database load would take.
2. Trains on them in a fresh process (seed corpus and definitions included) and reports
   wall time, CPU time and that process's peak resident memory.
3. Scores the first --texts of them with the trained model in one process, in blocks of
   256 as `casebook suggest` does, and reports suggestions a second (wall clock and per CPU
   second: on a shared, loaded machine the second is the fairer measure of the code).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def build(n: int, path: Path, seed: int = 0) -> int:
    """Write n synthetic tagged cases to path as JSON Lines; returns how many base cases."""
    from casebook.demo.calibration import spec_2020_21, spec_2021_22
    from casebook.demo.generator import generate_period

    base: list[tuple[str, str, list[str]]] = []
    for spec in (spec_2020_21(), spec_2021_22()):
        for case in generate_period(spec, random.Random(seed)):
            first = next((m.body for m in case.messages if m.direction == "in"), "")
            cats = [name for name, _ in case.categories]
            if cats and first:
                base.append((case.subject, first, cats))
    by_category: dict[str, list[int]] = defaultdict(list)
    for i, (_, _, cats) in enumerate(base):
        by_category[cats[0]].append(i)
    rng = random.Random(seed)
    with path.open("w") as out:
        for k in range(n):
            subject, body, cats = base[k % len(base)]
            if k >= len(base):  # recombined: another case's sentence of the same category
                other = base[rng.choice(by_category[cats[0]])][1]
                sentences = [s for s in other.split(". ") if s.strip()]
                body = f"{body} {rng.choice(sentences)}. Ref {rng.randrange(10**6)}."
            out.write(json.dumps({"text": f"{subject}\n{body}", "c": cats}) + "\n")
    return len(base)


def train_child(data: Path, model_path: Path) -> None:
    from casebook.cases.taxonomy import CATEGORIES
    from casebook.classify.corpus import seed_examples
    from casebook.classify.model import Example, train

    cats = dict(CATEGORIES)
    examples = [
        Example(text=r["text"], categories=tuple(r["c"])) for r in map(json.loads, data.open())
    ]
    started, cpu = time.perf_counter(), time.process_time()
    model = train(examples, categories=cats, seed_examples=seed_examples(cats))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    model.save(model_path)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "cases": len(examples),
                "train_seconds": round(seconds, 1),
                "train_cpu_seconds": round(cpu, 1),
                "peak_mb": round(peak_mb),
                "features": model.metadata["features"],
            }
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
        started = time.perf_counter()
        base = build(args.cases, data)
        built = round(time.perf_counter() - started, 1)
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
        started, cpu = time.perf_counter(), time.process_time()
        for i in range(0, len(texts), 256):
            model.assess_many(texts[i : i + 256])
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        print(
            json.dumps(
                {
                    "built_seconds": built,
                    "base_cases": base,
                    **training,
                    "suggest_texts": len(texts),
                    "suggestions_per_second": round(len(texts) / wall),
                    "suggestions_per_cpu_second": round(len(texts) / cpu),
                    "load_average": round(os.getloadavg()[0], 1),
                }
            )
        )


if __name__ == "__main__":
    main()
