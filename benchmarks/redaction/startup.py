"""Start-up time of redaction: a fresh interpreter importing it and redacting one string.

Run: .venv/bin/python benchmarks/redaction/startup.py [--runs 7]
Target (issue 5): under 2 s. Times the exact command
    python -c "from casebook.redaction import redact; redact('x')"
and, for comparison, a bare interpreter.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def timed(code: str, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    bare = timed("pass", args.runs)
    full = timed("from casebook.redaction import redact; redact('x')", args.runs)
    print(f"bare interpreter: median {statistics.median(bare):.3f} s")
    print(f"import + redact('x'): median {statistics.median(full):.3f} s, max {max(full):.3f} s")


if __name__ == "__main__":
    main()
