"""A busy helpline's writes during a serving benchmark: one open case's status changed (open
and awaiting in turn, so it stays in the queue) every PERIOD seconds, each in its own
transaction, until stopped (SIGTERM); then prints how many changes were committed.

    python benchmarks/serve/writer.py [PERIOD]      (DATABASE_URL names the database; 0.1)

Each change commits an UPDATE of the cases table, so every process listening for the queue's
changes (casebook.cases.queue_copy) drops its copy ten times a second.
"""

from __future__ import annotations

import os
import signal
import sys
import time

import psycopg


def main() -> None:
    period = float(sys.argv[1]) if len(sys.argv) > 1 else 0.1
    stop = False

    def on_term(signum: int, frame: object) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, on_term)
    writes = 0
    with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True) as conn:
        row = conn.execute(
            "SELECT max(id) FROM cases_case WHERE status IN ('open', 'awaiting')"
        ).fetchone()
        if row is None or row[0] is None:
            raise SystemExit("no open or awaiting case to change")
        case_id = row[0]
        next_at = time.monotonic()
        while not stop:
            conn.execute(
                "UPDATE cases_case SET status = CASE status WHEN 'open' THEN 'awaiting' "
                "ELSE 'open' END WHERE id = %s",
                [case_id],
            )
            writes += 1
            next_at += period
            time.sleep(max(0.0, next_at - time.monotonic()))
    print(f"{writes} status changes of case {case_id}")


if __name__ == "__main__":
    main()
