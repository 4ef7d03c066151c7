"""Redaction throughput in one process: enquiries of ~1 KB per second.

Run: .venv/bin/python benchmarks/redaction/throughput.py [--docs 3000] [--rounds 3]
Target (issue 5): at least 500 enquiries of ~1 KB per second.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import documents

from casebook.redaction import redact


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    docs = documents(args.docs)
    size = statistics.mean(len(d.encode("utf-8")) for d in docs)
    redact("warm up the word lists")
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(args.rounds):
        started, started_cpu = time.perf_counter(), time.process_time()
        for doc in docs:
            redact(doc)
        wall.append(len(docs) / (time.perf_counter() - started))
        cpu.append(len(docs) / (time.process_time() - started_cpu))
    # On a shared machine wall time includes waiting for a core; CPU time is the work done.
    print(f"documents: {len(docs)} of mean {size:.0f} bytes; rounds: {args.rounds}")
    print(f"docs/s (wall): median {statistics.median(wall):.0f}, best {max(wall):.0f}")
    print(f"docs/s (CPU):  median {statistics.median(cpu):.0f}, best {max(cpu):.0f}")
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
