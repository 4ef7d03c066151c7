"""EXPLAIN ANALYZE every query one page makes (PostgreSQL), to see where its SQL time goes.

Usage (DATABASE_URL pointing at the database bench_queue.py filled):

    CASEBOOK_MODE=test .venv/bin/python benchmarks/queue/explain.py /supervisor/
    CASEBOOK_MODE=test .venv/bin/python benchmarks/queue/explain.py "/cases/?order=due"
    CASEBOOK_MODE=test .venv/bin/python benchmarks/queue/explain.py /supervisor/ \
        --at 2026-11-27T16:00+00:00

--at shows the dashboard as at another moment (a weekday afternoon has today's replies and
this week's responses to count; early on a Monday there are none).

The page is fetched once through Django's test client (as the bench's users: a supervisor for
/supervisor/, the practitioner otherwise), then each SELECT it made is run again under
EXPLAIN (ANALYZE, BUFFERS) and printed, slowest first, with --plans the whole plan.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casebook.settings")
os.environ.setdefault("CASEBOOK_MODE", "test")

import django

django.setup()

from bench_queue import FixedClock  # noqa: E402  (this folder is on sys.path)
from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from casebook.accounts.models import User  # noqa: E402
from casebook.triage import dashboard  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url")
    parser.add_argument("--plans", action="store_true", help="print every plan in full")
    parser.add_argument("--at", type=datetime.fromisoformat, help="the dashboard's now")
    args = parser.parse_args()
    if args.at:
        dashboard.timezone = FixedClock(args.at)  # type: ignore[assignment]
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    username = "dashboard-bench" if args.url.startswith("/supervisor") else "queue-bench"
    client = Client()
    client.force_login(User.objects.get(username=username))
    client.get(args.url)  # warm-up
    with CaptureQueriesContext(connection) as queries:
        response = client.get(args.url)
    assert response.status_code == 200, response.status_code
    results = []
    with connection.cursor() as cursor:
        for query in queries.captured_queries:
            sql = query["sql"]
            if not sql.lstrip().upper().startswith("SELECT") or "django_session" in sql:
                continue
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
            plan = "\n".join(row[0] for row in cursor.fetchall())
            took = float(re.findall(r"Execution Time: ([\d.]+) ms", plan)[-1])
            results.append((took, float(query["time"]) * 1000, sql, plan))
    total = sum(r[0] for r in results)
    print(f"{len(results)} queries, {total:.1f} ms executing in all\n")
    for took, seen, sql, plan in sorted(results, reverse=True):
        print(f"--- {took:.1f} ms executing ({seen:.1f} ms as the page ran it)")
        print(sql[:600] + (" ..." if len(sql) > 600 else ""))
        if args.plans:
            print(plan)
        else:
            top = [line for line in plan.splitlines() if "Scan" in line or "Execution" in line]
            print("\n".join(top[:6]))
        print()


if __name__ == "__main__":
    main()
