"""Score every labelled set in casebook/redaction/devset/ and print one line each: recall,
PERSON recall, character precision and must-survive strings redacted, so that a round of
tuning can be checked against every tuning set before and after.

Run: .venv/bin/python benchmarks/redaction/score_devsets.py [--tree DIR] > after.txt
then `diff` two such outputs. `--tree` imports `casebook` from another checkout (the code
before a change); the sets are always this checkout's.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tree", type=Path, default=ROOT, help="checkout to import from")
    args = parser.parse_args()
    sys.path.insert(0, str(args.tree.resolve()))
    from casebook.redaction import redact
    from casebook.redaction.scoring import load, score

    for path in sorted((ROOT / "casebook" / "redaction" / "devset").glob("*.jsonl")):
        s = score(load(path), lambda t: redact(t).entities)
        print(
            f"{path.stem:16s} {s.overall_recall:.4f} {s.recall('PERSON'):.4f} "
            f"{s.char_precision:.4f} {len(s.violations):4d}",
            flush=True,
        )


if __name__ == "__main__":
    main()
