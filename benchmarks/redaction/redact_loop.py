"""Redact N benchmark documents after 50 to warm up: a loop to count instructions with.

Run under callgrind twice and take the difference, which does not depend on the machine's
load (CPU seconds do, on two shared cores):

    valgrind --tool=callgrind --callgrind-out-file=/dev/null .venv/bin/python \\
        benchmarks/redaction/redact_loop.py 150 [--tree DIR]
    (the same with 0), then (first total - second total) / 150 instructions a document.

`--tree` imports `casebook` from another checkout (the code before a change).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("docs", type=int)
    parser.add_argument("--tree", type=Path, default=HERE.parents[1])
    args = parser.parse_args()
    sys.path.insert(0, str(args.tree.resolve()))
    sys.path.insert(1, str(HERE))
    from corpus import documents

    from casebook.redaction import redact

    docs = documents(50 + args.docs)
    redact("warm up the word lists")
    for doc in docs[:50]:
        redact(doc)
    for doc in docs[50:]:
        redact(doc)


if __name__ == "__main__":
    main()
