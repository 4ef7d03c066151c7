"""Time recording an outcome and rendering a case page with 200 escalated items.

Usage:

    CASEBOOK_MODE=test .venv/bin/python benchmarks/partners/bench_case.py [--items 200] [--runs 30]

Uses DATABASE_URL if set (a migrated database; the case it makes is deleted at the end),
else a fresh SQLite file under /tmp. The case gets --items items
(half still open, half with outcomes), 20 dialogue entries with links, and 10 referrals. Then,
through Django's test client (routing, middleware, one-time form token, action, template):

- record outcome: the POST of the case page's "Record" button for one open item (a new one
  each run), answered with a redirect;
- case page: the GET of the case page afterwards;
- both: the two together, as the practitioner sees them.

With --profile N, N more GETs of the case page run under cProfile afterwards and the costliest
calls are printed (own time, then cumulative).

Prints the median and 95th percentile of each (wall clock) and the median CPU time of this
process (less distorted when other jobs share the cores) as a Markdown table.
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

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casebook.settings")
os.environ.setdefault("CASEBOOK_MODE", "test")
FRESH = "DATABASE_URL" not in os.environ
if FRESH:
    os.environ["DATABASE_URL"] = "sqlite:////tmp/casebook-bench-partners.sqlite3"
    Path("/tmp/casebook-bench-partners.sqlite3").unlink(missing_ok=True)

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

from casebook.accounts.models import AuditEvent, User  # noqa: E402
from casebook.cases import actions as case_actions  # noqa: E402
from casebook.cases import once  # noqa: E402
from casebook.cases.models import Case, Enquirer, Message, Platform  # noqa: E402
from casebook.partners import actions  # noqa: E402
from casebook.partners.models import Service  # noqa: E402


def token(user: User, case: Case) -> str:
    last_message = (
        Message.objects.filter(case=case).order_by("-pk").values_list("pk", flat=True).first()
    )
    last_event = (
        AuditEvent.objects.filter(case=case).order_by("-pk").values_list("pk", flat=True).first()
    )
    seen = once.Seen.of(case, last_message=last_message or 0, last_event=last_event or 0)
    return once.issue(user_id=user.pk, case=case, seen=seen)


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="afterwards, profile N more GETs of the case page and print the costliest calls",
    )
    args = parser.parse_args()
    if FRESH:
        call_command("migrate", verbosity=0)
    user, _ = User.objects.get_or_create(
        username="bench-partners", defaults={"role": "practitioner", "first_name": "Bench"}
    )
    enquirer = Enquirer.objects.create(name="Bench Example", email="bench@example.invalid")
    case = case_actions.do_open_case(
        enquirer=enquirer,
        channel="email",
        subject="Fake TikTok accounts about staff",
        first_message="The accounts are https://tiktok.com/@bench_a and @bench_b on TikTok.",
    )
    for i in range(19):
        case_actions.do_add_note(
            case=case, actor=user, text=f"Another link: https://tiktok.com/@bench_note_{i}"
        )
    platforms = list(Platform.objects.filter(retired=False)[:6])
    items = []
    for i in range(args.items):
        items.append(
            actions.do_escalate_item(
                case=case,
                actor=user,
                platform=platforms[i % len(platforms)],
                kind="url",
                item=f"https://example.invalid/bench/{i}",
            )
        )
    open_items = items[: args.items // 2]
    for e in items[args.items // 2 :]:
        actions.do_record_outcome(escalation=e, actor=user, outcome="removed")
    for service in Service.objects.all()[:10]:
        actions.do_record_referral(
            case=case, actor=user, service=service, kind="signpost", reason="Benchmark"
        )
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]  # the test client's host
    client = Client()
    client.force_login(user)
    page_url = reverse("case-detail", args=[case.reference])
    act_url = reverse("partners-act", args=[case.reference])
    assert client.get(page_url).status_code == 200  # warm-up
    record, render, both, queries = [], [], [], []
    cpu_record, cpu_render = [], []
    runs = min(args.runs, len(open_items))
    for e in open_items[:runs]:
        data = {"record": str(e.pk), f"outcome-{e.pk}": "removed", "form_token": token(user, case)}
        t0, c0 = time.perf_counter(), time.process_time()
        response = client.post(act_url, data)
        t1, c1 = time.perf_counter(), time.process_time()
        assert response.status_code == 302, response.status_code
        with CaptureQueriesContext(connection) as captured:
            page = client.get(page_url)
        t2, c2 = time.perf_counter(), time.process_time()
        assert page.status_code == 200
        cpu_record.append((c1 - c0) * 1000)
        cpu_render.append((c2 - c1) * 1000)
        record.append((t1 - t0) * 1000)
        render.append((t2 - t1) * 1000)
        both.append((t2 - t0) * 1000)
        queries.append(len(captured))
    size = len(page.content)
    print(f"{connection.vendor}, {args.items} items, {runs} runs, page {size / 1024:.0f} KiB")
    print("| what | median ms | p95 ms | median CPU ms |")
    print("|---|---:|---:|---:|")
    for name, values, cpu in (
        ("record an outcome (POST)", record, cpu_record),
        (f"render the case page (GET, {queries[-1]} queries)", render, cpu_render),
        ("both", both, [a + b for a, b in zip(cpu_record, cpu_render, strict=True)]),
    ):
        print(
            f"| {name} | {statistics.median(values):.1f} | {p95(values):.1f} "
            f"| {statistics.median(cpu):.1f} |"
        )
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(args.profile):
            client.get(page_url)
        profiler.disable()
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(25)
        stats.sort_stats("cumulative").print_stats(40)
    if not FRESH:
        Case.objects.filter(pk=case.pk).delete()


if __name__ == "__main__":
    main()
