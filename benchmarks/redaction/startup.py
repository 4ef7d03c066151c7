"""Start-up time of redaction: a fresh interpreter importing it and redacting one string.

Run: .venv/bin/python benchmarks/redaction/startup.py [--runs 7]
Target (issue 5): under 2 s. Times the exact command
    python -c "from casebook.redaction import redact; redact('x')"
and, for comparison, a bare interpreter.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def timed(code: str, runs: int) -> tuple[list[float], list[float]]:
    """Wall times and CPU times (user + system) of `runs` fresh interpreters."""
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
        wall.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    bare, bare_cpu = timed("pass", args.runs)
    full, full_cpu = timed("from casebook.redaction import redact; redact('x')", args.runs)
    print(
        f"bare interpreter: wall median {statistics.median(bare):.3f} s, "
        f"CPU median {statistics.median(bare_cpu):.3f} s"
    )
    print(
        f"import + redact('x'): wall median {statistics.median(full):.3f} s "
        f"(max {max(full):.3f} s), CPU median {statistics.median(full_cpu):.3f} s"
    )
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
