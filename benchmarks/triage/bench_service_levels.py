"""Time the report's service-level section for a million cases.

    CASEBOOK_MODE=test .venv/bin/python benchmarks/triage/bench_service_levels.py 1000000
    DATABASE_URL=postgres://... .venv/bin/python benchmarks/triage/bench_service_levels.py --db

Without --db: synthetic columnar facts for N cases over one year (realistic channel and
enquirer mix, 3% unanswered, waits drawn like the demo's), then the section (totals, median,
90th percentile, by month, channel and enquirer type) and its JSON, timed over 5 runs.
With --db: every case in the database (after benchmarks/queue/run.sh, a million on
PostgreSQL): the four columns the section needs read in one streamed query, the facts built,
the section computed; wall and CPU seconds and peak memory.
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casebook.settings")
os.environ.setdefault("CASEBOOK_MODE", "test")

P = (date(2021, 11, 1), date(2022, 11, 1))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def synthetic(n: int) -> None:
    from casebook.analysis.facts import Dimension, Vocabulary, date_to_day, from_columns
    from casebook.analysis.model import Report
    from casebook.analysis.render.json import service_levels_dict
    from casebook.analysis.service_levels import service_levels
    from casebook.analysis.tables import Period, build_tables

    vocab = Vocabulary(
        channel=Dimension(("email", "phone", "web", ""), ("Email", "Phone", "Web form", "-")),
        enquirer_type=Dimension(
            ("", "teacher", "police", "parent", "other"),
            ("Not recorded", "Teacher", "Police", "Parent", "Other"),
        ),
        setting_type=Dimension(("",), ("Not recorded",)),
        region=Dimension(("",), ("Unknown",)),
        categories=(),
        platforms=(),
    )
    rng = np.random.default_rng(2022)
    span = (P[1] - P[0]).days
    days = (date_to_day(P[0]) + rng.integers(0, span, n)).astype(np.int32)
    minutes = np.where(
        rng.random(n) < 0.86, rng.uniform(8, 170, n), rng.uniform(180, 1400, n)
    ).astype(np.float32)
    minutes[rng.random(n) < 0.03] = np.nan
    codes = {
        "channel": rng.choice(4, n, p=[0.9, 0.05, 0.05, 0.0]).astype(np.int16),
        "enquirer_type": rng.choice(5, n, p=[0.02, 0.8, 0.05, 0.05, 0.08]).astype(np.int16),
        "setting_type": np.zeros(n, np.int16),
        "region": np.zeros(n, np.int16),
    }
    facts = from_columns(
        vocab,
        reference=[""] * n,
        opened_on=days,
        codes=codes,
        category_pairs=np.zeros((0, 2), np.int64),
        platform_pairs=np.zeros((0, 2), np.int64),
        first_response_minutes=minutes,
    )
    period = Period(*P)
    tables = build_tables(facts, period)
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        levels = service_levels(facts, period, target_minutes=180)
        report = Report(tables, None, {}, None, None, "", service_levels=levels)
        service_levels_dict(report)
        timings.append(time.perf_counter() - started)
    assert levels is not None and levels.cases == n
    print(
        f"{n:,} synthetic cases: section median {statistics.median(timings):.3f} s, "
        f"max {max(timings):.3f} s; {levels.percent_within_target}% within target, "
        f"peak {peak_mb():.0f} MB"
    )


def from_database() -> None:
    import django

    django.setup()
    from django.db import connection

    from casebook.analysis.facts import from_columns, utc_text_to_london_days
    from casebook.analysis.service_levels import service_levels
    from casebook.analysis.sources import vocabulary
    from casebook.analysis.tables import Period
    from casebook.cases.models import Case

    vocab = vocabulary()
    started, cpu = time.perf_counter(), time.process_time()
    index = {name: vocab.dimension(name).index() for name in ("channel", "enquirer_type")}
    stamps: list[str] = []
    channel: list[int] = []
    etype: list[int] = []
    minutes: list[float] = []
    nan = float("nan")
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT opened_at::text, channel, enquirer_type, first_response_seconds "
            f"FROM {Case._meta.db_table}"
        )
        while rows := cursor.fetchmany(50_000):
            for opened, ch, et, seconds in rows:
                stamps.append(opened)
                channel.append(index["channel"].get(ch, index["channel"][""]))
                etype.append(index["enquirer_type"].get(et, index["enquirer_type"][""]))
                minutes.append(nan if seconds is None else seconds / 60)
    n = len(stamps)
    days = utc_text_to_london_days(stamps)
    loaded = time.perf_counter() - started
    zeros = np.zeros(n, np.int16)
    facts = from_columns(
        vocab,
        reference=[""] * n,
        opened_on=days,
        codes={
            "channel": np.asarray(channel, np.int16),
            "enquirer_type": np.asarray(etype, np.int16),
            "setting_type": zeros,
            "region": zeros,
        },
        category_pairs=np.zeros((0, 2), np.int64),
        platform_pairs=np.zeros((0, 2), np.int64),
        first_response_minutes=np.asarray(minutes, np.float32),
    )
    first, last = int(days.min()), int(days.max()) + 1
    from casebook.analysis.facts import day_to_date

    period = Period(day_to_date(first), day_to_date(last))
    levels = service_levels(facts, period, target_minutes=180)
    assert levels is not None
    print(
        f"{n:,} cases on {connection.vendor}: read {loaded:.1f} s, section and read "
        f"{time.perf_counter() - started:.1f} s wall, {time.process_time() - cpu:.1f} s CPU, "
        f"peak {peak_mb():.0f} MB; {levels.answered:,} answered, "
        f"{levels.percent_within_target}% within target, {len(levels.by_month)} months"
    )


if __name__ == "__main__":
    if "--db" in sys.argv:
        from_database()
    else:
        import django

        django.setup()
        for arg in sys.argv[1:] or ["1000000"]:
            synthetic(int(arg))
