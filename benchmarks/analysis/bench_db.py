"""The database path of the analysis: load facts for two periods, then the tables.

    DATABASE_URL=sqlite:////path/to/generated.sqlite3 CASEBOOK_MODE=test \\
        .venv/bin/python benchmarks/analysis/bench_db.py [FROM TO COMPARE_FROM COMPARE_TO]

Point it at a database filled by `casebook generate --cases N`. Without dates it takes the
latest full year of cases as P and the year before as Q. Only reads.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casebook.settings")
os.environ.setdefault("CASEBOOK_MODE", "test")


def main(argv: list[str]) -> None:
    import django

    django.setup()
    from django.db.models import Max, Min

    from casebook.analysis.sources import load_facts
    from casebook.analysis.tables import Period, build_tables
    from casebook.cases.models import Case

    if len(argv) == 4:
        p = Period(date.fromisoformat(argv[0]), date.fromisoformat(argv[1]))
        q = Period(date.fromisoformat(argv[2]), date.fromisoformat(argv[3]))
    else:
        span = Case.objects.aggregate(first=Min("opened_at"), last=Max("opened_at"))
        last = span["last"].date()
        end = date(last.year, last.month, 1)
        p = Period(end.replace(year=end.year - 1), end)
        q = Period(end.replace(year=end.year - 2), p.start)
    t0, c0 = time.perf_counter(), time.process_time()
    facts = load_facts([(p.start, p.end), (q.start, q.end)])
    t1, c1 = time.perf_counter(), time.process_time()
    tables = build_tables(facts, p, q)
    t2, c2 = time.perf_counter(), time.process_time()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"P {p}: {tables.cases:,} cases; Q {q}: {tables.compare_cases:,} cases")
    print(f"load facts: {t1 - t0:.1f} s wall, {c1 - c0:.1f} s CPU ({len(facts):,} cases)")
    print(f"tables:     {t2 - t1:.2f} s wall, {c2 - c1:.2f} s CPU")
    print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main(sys.argv[1:])
