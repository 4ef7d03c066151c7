"""Time the report's escalations and referrals section for a million cases with 500,000
escalated items.

Usage:

    CASEBOOK_MODE=test .venv/bin/python benchmarks/partners/bench_report.py \
        [--cases 1000000] [--items 500000] [--runs 5]

Uses DATABASE_URL if set (a migrated database), else a fresh SQLite file under /tmp. If the
database holds fewer cases or items than asked, it adds them: bare case rows (one enquirer,
opened over 2021-2025) and items spread over them with the demo's outcome mix, written with
plain executemany INSERTs (the section reads only the items, their platforms and dates).
Then it times, --runs times, the section as the report builds it: the two grouped queries
(partner_section over the whole five years), and the section in JSON, HTML (shown rows) and
XLSX rows. Prints the median and the slowest run.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casebook.settings")
os.environ.setdefault("CASEBOOK_MODE", "test")
FRESH = "DATABASE_URL" not in os.environ
if FRESH:
    os.environ["DATABASE_URL"] = "sqlite:////tmp/casebook-bench-partners-report.sqlite3"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from casebook.cases.models import Case, Enquirer, Platform  # noqa: E402
from casebook.demo.escalations import OUTCOME_MIX  # noqa: E402
from casebook.partners.models import Escalation, Referral, Service  # noqa: E402
from casebook.partners.queries import partner_section  # noqa: E402
from casebook.partners.reporting import json_section, shown_section, xlsx_rows  # noqa: E402

START = datetime(2021, 1, 1, tzinfo=UTC)
SPAN_MINUTES = 5 * 365 * 24 * 60
BATCH = 20_000


class NoSuppression:
    suppress_below = None

    def suppressed(self, count: int | None) -> bool:
        return False


def _stamp(moment: datetime) -> object:
    if connection.vendor == "sqlite":
        return str(moment.astimezone(UTC).replace(tzinfo=None))
    return moment


def add_cases(wanted: int) -> None:
    have = Case.objects.count()
    if have >= wanted:
        return
    enquirer = Enquirer.objects.create(name="Bench", email="bench@example.invalid")
    quote = connection.ops.quote_name
    sql = (
        f"INSERT INTO {quote(Case._meta.db_table)} (reference, subject, channel, status, "
        "opened_at, enquirer_id, enquirer_type, setting_type, region, version, updated_at) "
        "VALUES (%s, '', 'email', 'closed', %s, %s, '', '', '', 1, %s)"
    )
    now = _stamp(datetime.now(UTC))
    for start in range(have, wanted, BATCH):
        rows = [
            (
                f"BENCH-{n:07d}",
                _stamp(START + timedelta(minutes=n * SPAN_MINUTES // wanted)),
                enquirer.pk,
                now,
            )
            for n in range(start, min(wanted, start + BATCH))
        ]
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.executemany(sql, rows)
        print(f"cases: {start + len(rows):,}", flush=True)


def add_items(wanted: int) -> None:
    have = Escalation.objects.count()
    if have >= wanted:
        return
    rng = random.Random(1)
    platforms = list(Platform.objects.values_list("pk", flat=True))
    weights = [30, 15, 10, 8, 5] + [1] * (len(platforms) - 5)
    case_ids = list(Case.objects.order_by("pk").values_list("pk", flat=True))
    outcomes = [o for o, _ in OUTCOME_MIX] + [""]
    shares = [p for _, p in OUTCOME_MIX] + [0.01]
    quote = connection.ops.quote_name
    sql = (
        f"INSERT INTO {quote(Escalation._meta.db_table)} (case_id, platform_id, kind, item, "
        "policy, route, platform_reference, escalated_at, outcome, outcome_at, outcome_days, "
        "follow_ups) VALUES (%s, %s, 'url', %s, '', 'portal', '', %s, %s, %s, %s, 0)"
    )
    for start in range(have, wanted, BATCH):
        rows = []
        for n in range(start, min(wanted, start + BATCH)):
            case = case_ids[n * len(case_ids) // wanted]
            at = START + timedelta(minutes=n * SPAN_MINUTES // wanted)
            outcome = rng.choices(outcomes, shares)[0]
            days = rng.choice((0, 1, 1, 1, 2, 2, 3, 5, 8, 20)) if outcome else None
            rows.append(
                (
                    case,
                    rng.choices(platforms, weights)[0],
                    f"https://example.invalid/{n}",
                    _stamp(at),
                    outcome,
                    _stamp(at + timedelta(days=days)) if days is not None else None,
                    days,
                )
            )
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.executemany(sql, rows)
        print(f"items: {start + len(rows):,}", flush=True)
    services = list(Service.objects.all())
    Referral.objects.bulk_create(
        Referral(
            case_id=case_ids[n * 7 % len(case_ids)],
            service=services[n % len(services)],
            kind="signpost",
            at=START + timedelta(minutes=n * SPAN_MINUTES // (wanted // 5)),
            reason="Benchmark",
        )
        for n in range(wanted // 5)
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--items", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if FRESH:
        call_command("migrate", verbosity=0)
    add_cases(args.cases)
    add_items(args.items)
    report = NoSuppression()
    times, query_times = [], []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        section = partner_section(date(2021, 1, 1), date(2026, 1, 1))
        t1 = time.perf_counter()
        json_section(report, section)
        shown_section(report, section)
        xlsx_rows(report, section)
        t2 = time.perf_counter()
        query_times.append(t1 - t0)
        times.append(t2 - t0)
    e = section.escalations
    print(
        f"{connection.vendor}: {Case.objects.count():,} cases, {e.items:,} items in the period, "
        f"{section.referral_total:,} referrals; removal rate {e.removal_rate:.1f}%, "
        f"median {e.median_days_to_outcome} days"
    )
    print(
        f"section: median {statistics.median(times):.2f} s, slowest {max(times):.2f} s "
        f"(queries median {statistics.median(query_times):.2f} s) over {args.runs} runs"
    )


if __name__ == "__main__":
    main()
