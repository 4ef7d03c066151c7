"""CPU per request of the bare page and the queue, in-process, with a cProfile of the queue.

Usage (DATABASE_URL naming a PostgreSQL database filled as benchmarks/serve/run.sh fills it, so
the `queue-bench` practitioner exists; 20,000 cases from `casebook generate` are enough):

    DATABASE_URL=postgres://casebook@127.0.0.1:55403/prof20k .venv/bin/python \
        benchmarks/serve/cpu_profile.py [--repeat 30] [--profile] [PATH ...]

Each page goes through Django's test client (URL routing, every middleware, the view, its
queries and the template; no HTTP) in production settings, signed in and second-factor verified
as under wrk. Prints, per page, the CPU time of this process per request (the Python side of the
SQL included), the CPU time of the PostgreSQL backend serving it (read from /proc: the server
must run on this machine), the wall time and the number of queries. With --statements, the
beginning of each statement a page sends (every query through Django's connection). With
--profile, a cProfile of the last page's requests sorted by cumulative and by own time, and its
raw stats in var/serve-queue.prof (for snakeviz or pstats).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.serve.settings")
# The server's own mode: production settings (no debug, cached templates, second factor on).
os.environ.setdefault("CASEBOOK_MODE", "production")
os.environ.setdefault("SECRET_KEY", "benchmark-secret-key-for-profiling-only-0123456789")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django_otp import DEVICE_ID_SESSION_KEY  # noqa: E402
from django_otp.plugins.otp_totp.models import TOTPDevice  # noqa: E402

from casebook.accounts.models import User  # noqa: E402

PAGES = ["/bench/bare/", "/cases/"]


def signed_in_client() -> Client:
    user = User.objects.get(username="queue-bench")
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, name="authenticator app", defaults={"confirmed": True}
    )
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def backend_cpu() -> float:
    """Seconds of CPU the PostgreSQL backend of this process's connection has used (NaN when
    it is not readable: another database, or a server elsewhere)."""
    if connection.vendor != "postgresql":
        return float("nan")
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(
    client: Client, path: str, repeat: int, statements: list[str] | None = None
) -> tuple[float, float, float, int]:
    """(median CPU ms, database CPU ms per request, median wall ms, queries) of `repeat`
    requests after three warm-ups; the statements of one request appended to `statements`."""
    for _ in range(3):
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
    queries: list[str] = []

    def record(run: Any, sql: str, *rest: Any) -> Any:
        queries.append(sql)
        return run(sql, *rest)

    with connection.execute_wrapper(record):
        client.get(path)
    if statements is not None:
        statements.extend(queries)
    cpu, wall = [], []
    db0 = backend_cpu()
    for _ in range(repeat):
        c0, w0 = time.process_time(), time.perf_counter()
        client.get(path)
        cpu.append((time.process_time() - c0) * 1000)
        wall.append((time.perf_counter() - w0) * 1000)
    db = (backend_cpu() - db0) / repeat * 1000  # the kernel counts in ticks: a mean, not a median
    return statistics.median(cpu), db, statistics.median(wall), len(queries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", default=PAGES)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--statements", action="store_true", help="list each page's statements")
    parser.add_argument("--lines", type=int, default=40, help="rows of each profile listing")
    args = parser.parse_args()
    client = signed_in_client()
    print(f"database {connection.vendor} {settings.DATABASES['default']['NAME']}")
    print("| page | CPU ms (median) | database CPU ms (mean) | wall ms (median) | queries |")
    print("|---|---:|---:|---:|---:|")
    sent: dict[str, list[str]] = {}
    for path in args.paths:
        sent[path] = []
        cpu, db, wall, queries = measure(client, path, args.repeat, sent[path])
        print(f"| {path} | {cpu:.1f} | {db:.2f} | {wall:.1f} | {queries} |")
    if args.statements:
        for path, statements in sent.items():
            print(f"\n{path}:")
            for sql in statements:
                print("  " + " ".join(sql.split())[:150])
    if args.profile:
        profiler = cProfile.Profile(time.process_time)  # CPU time, as the table above
        profiler.enable()
        for _ in range(args.repeat):
            client.get(args.paths[-1])
        profiler.disable()
        out = Path(settings.VAR_DIR) / "serve-queue.prof"
        profiler.dump_stats(out)
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(args.lines)
        stats.sort_stats("tottime").print_stats(args.lines)
        print(f"raw stats: {out}")


if __name__ == "__main__":
    main()
