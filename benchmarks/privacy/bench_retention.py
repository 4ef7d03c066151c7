"""Time a retention run that anonymises every case of a synthetic helpline.

Usage:

    CASEBOOK_MODE=test .venv/bin/python benchmarks/privacy/bench_retention.py [--cases 20000]

Uses DATABASE_URL if set (a migrated, empty database), else a fresh SQLite file under /tmp.
Generates the cases (`casebook generate`: messages, notes, tags, platforms), closes them all
eight years ago, then times `do_run_retention()` (claiming each case, emptying its dialogue,
deleting its enquirer record, auditing) and a second, idle run. Prints cases per second.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casebook.settings")
os.environ.setdefault("CASEBOOK_MODE", "test")
if "DATABASE_URL" not in os.environ:
    db = Path("/tmp/casebook-bench-retention.sqlite3")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{db}"

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.utils import timezone  # noqa: E402

from casebook.cases.models import Case, Message  # noqa: E402
from casebook.demo.loader import generate_helpline  # noqa: E402
from casebook.privacy.actions import do_run_retention  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=20_000)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    if not Case.objects.exists():
        generate_helpline(cases=args.cases, seed=1)
    Case.objects.update(status="closed", closed_at=timezone.now() - timedelta(days=8 * 366))
    cases, messages = Case.objects.count(), Message.objects.count()
    t0 = time.perf_counter()
    result = do_run_retention()
    elapsed = time.perf_counter() - t0
    t1 = time.perf_counter()
    do_run_retention()
    idle = time.perf_counter() - t1
    done = result.counts["case.anonymised"]
    print(f"{os.environ['DATABASE_URL'].split(':')[0]}: {cases:,} cases, {messages:,} messages")
    print(f"anonymised {done:,} cases in {elapsed:.1f} s: {done / elapsed:,.0f} cases/s")
    print(f"a second run with nothing due: {idle:.2f} s")


if __name__ == "__main__":
    main()
