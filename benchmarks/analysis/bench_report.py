"""Speed and memory of the annual analysis on synthetic facts of any size.

    CASEBOOK_MODE=test .venv/bin/python benchmarks/analysis/bench_report.py 10000 100000 1000000
    CASEBOOK_MODE=test .venv/bin/python benchmarks/analysis/bench_report.py --full 1000000

Without --full: builds columnar facts for N cases (two periods, realistic label mix) and times
the tables alone. With --full: also the whole report (tables, words, appendix with redaction,
every figure) and every format (HTML, PDF, XLSX, JSON, figures as PNG and SVG) written to a
temporary directory. Prints wall and CPU seconds and the peak resident memory of the process.
Run each --full size in its own process so the peak memory is that size's.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casebook.settings")
os.environ.setdefault("CASEBOOK_MODE", "test")
# Its own throwaway database (only the taxonomy is read from it).
os.environ.setdefault(
    "DATABASE_URL", f"sqlite:///{tempfile.gettempdir()}/casebook-bench-analysis.sqlite3"
)

P = (date(2021, 11, 1), date(2022, 11, 1))
Q = (date(2020, 1, 16), date(2021, 1, 23))
SUBJECTS = [
    "Fake TikTok account about staff",
    "tik tok videos of teachers",
    "Offensive comments on Instagram",
    "Snapchat images shared in year 9",
    "Advice please: online safety training",
    "Hello - concern about a YouTube channel",
    "Impersonation account on TikTok",
    "Facebook page criticising our school",
    "Roblox chat worry",
    "",
]
TEXTS = [
    "Hello, a fake TikTok account is posting videos about our staff. Jane Example, Head of "
    "Year, Example Academy, 07700 900123.",
    "Pupils have shared images on Snapchat and we need advice on what to do next.",
    "Could you recommend online safety training for our staff? Thanks, Sam Sample.",
]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def synthetic(n: int, seed: int = 2022):  # type: ignore[no-untyped-def]
    import django

    django.setup()
    from django.db import connection

    from casebook.analysis.facts import date_to_day, from_columns
    from casebook.analysis.sources import vocabulary

    # vocabulary() reads the taxonomy; a fresh in-memory test database has it after migrate.
    if connection.vendor == "sqlite":
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
    vocab = vocabulary()
    rng = np.random.default_rng(seed)
    # 8 in 9 cases in P, the rest in Q, like the published periods (4,078 and 518).
    in_p = rng.random(n) < 4078 / 4596
    start = np.where(in_p, date_to_day(P[0]), date_to_day(Q[0]))
    span = np.where(in_p, (P[1] - P[0]).days, (Q[1] - Q[0]).days)
    days = (start + (rng.random(n) * span).astype(np.int64)).astype(np.int32)
    codes = {}
    for name in ("channel", "enquirer_type", "setting_type", "region"):
        size = len(vocab.dimension(name).codes)
        weights = rng.random(size) ** 3 + 0.01
        codes[name] = rng.choice(size, n, p=weights / weights.sum()).astype(np.int16)
    k = len(vocab.categories)
    cat_weights = 0.8 ** np.arange(k)
    per_case = rng.integers(0, 4, n)  # 0 to 3 categories each
    rows = np.repeat(np.arange(n), per_case)
    cats = rng.choice(k, len(rows), p=cat_weights / cat_weights.sum())
    plat_rows = np.flatnonzero(rng.random(n) < 0.6)
    plats = rng.integers(0, len(vocab.platforms), len(plat_rows))
    subject_pool = np.array(SUBJECTS, dtype=object)
    subjects = subject_pool[rng.integers(0, len(SUBJECTS), n)].tolist()
    facts = from_columns(
        vocab,
        reference=[f"CB-{i:07d}" for i in range(n)],
        opened_on=days,
        codes=codes,
        category_pairs=np.stack([rows, cats], axis=1),
        platform_pairs=np.stack([plat_rows, plats], axis=1),
        subject=subjects,
    )
    return facts


def main(argv: list[str]) -> None:
    full = "--full" in argv
    sizes = [int(a) for a in argv if a.isdigit()] or [10_000, 100_000, 1_000_000]
    from casebook.analysis.tables import Period, build_tables

    period, compare = Period(*P), Period(*Q)
    print(
        f"{'cases':>10} {'facts s':>8} {'tables s':>9} {'tables cpu':>10}"
        + (f" {'report s':>9} {'formats s':>10} {'total cpu':>10}" if full else "")
        + f" {'peak MB':>8}"
    )
    for n in sizes:
        cpu0 = time.process_time()
        t0 = time.perf_counter()
        facts = synthetic(n)
        t1 = time.perf_counter()
        c1 = time.process_time()
        build_tables(facts, period, compare)
        t2 = time.perf_counter()
        c2 = time.process_time()
        line = f"{n:>10,} {t1 - t0:>8.2f} {t2 - t1:>9.2f} {c2 - c1:>10.2f}"
        if full:
            from casebook.analysis.outputs import FORMATS, write_outputs
            from casebook.analysis.report import build_report, find_redactor

            report = build_report(
                facts,
                period,
                compare,
                texts=lambda rows: {i: TEXTS[i % len(TEXTS)] for i in rows},
                redactor=find_redactor(),
            )
            t3 = time.perf_counter()
            with tempfile.TemporaryDirectory() as out:
                write_outputs(report, Path(out), FORMATS)
            t4 = time.perf_counter()
            line += f" {t3 - t2:>9.2f} {t4 - t3:>10.2f} {time.process_time() - cpu0:>10.2f}"
        print(line + f" {peak_mb():>8.0f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
