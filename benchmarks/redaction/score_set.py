"""Score a labelled set (JSON Lines) with Casebook's redactor, and optionally Presidio's.

    .venv/bin/python benchmarks/redaction/score_set.py PATH [--show 40]
    benchmarks/envs/presidio/bin/python benchmarks/redaction/score_set.py PATH --presidio

Each line: {"id", "text", "entities" or "spans": [{"start","end","type"}], "must_survive"?}.
Prints recall per type, recall on lower-case names, character precision, must-survive hits,
and the misses and false alarms (up to --show of each), so a first score on a blind set is
one command. With --presidio (run it with the Presidio virtualenv's Python, see
presidio_compare.py) the same set is scored with Presidio's default analyzer and with its PII
types only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from casebook.redaction import find_entities  # noqa: E402
from casebook.redaction.scoring import Score, load, score  # noqa: E402


def summary(name: str, s: Score) -> str:
    per_type = ", ".join(f"{t} {s.recall(t):.2f}" for t in sorted(s.total))
    return f"| {name} | {s.markdown_cells()} | {per_type} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", type=Path)
    parser.add_argument("--show", type=int, default=40, help="misses and false alarms to list")
    parser.add_argument("--presidio", action="store_true", help="also score Presidio")
    args = parser.parse_args()
    examples = load(args.path)
    spans = sum(len(ex.gold) for ex in examples)
    print(f"{args.path}: {len(examples)} texts, {spans} labelled spans")
    ours = score(examples, find_entities, keep=args.show)
    print(ours.table())
    print("\nmisses:")
    for m in ours.misses:
        print(f"  {m.example_id} {m.type}: {m.text!r}")
    print("false alarms (mostly outside labelled spans):")
    for m in ours.false_positives:
        print(f"  {m.example_id} {m.type}: {m.text!r}")
    print(f"must-survive redacted: {len(ours.violations)}, {ours.listed_violations} of them listed")
    for v in ours.violations[: args.show]:
        print(f"  {v.example_id}: {v.word!r} at {v.start}")
    print(
        "\n| redactor | recall (all) | PERSON | lower-case PERSON (n) | char precision "
        "| must-survive hits | recall by type |"
    )
    print(summary("casebook", ours))
    if args.presidio:
        from presidio_compare import PII_ONLY, presidio_analyzer

        presidio, _ = presidio_analyzer()
        default = score(examples, lambda text: presidio(text, None))
        pii = score(examples, lambda text: presidio(text, PII_ONLY))
        print(summary("presidio default", default))
        print(summary("presidio, PII types only", pii))


if __name__ == "__main__":
    main()
