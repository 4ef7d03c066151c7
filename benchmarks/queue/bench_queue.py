"""Time the practitioners' queue page on a large helpline (PostgreSQL).

Usage (DATABASE_URL pointing at a migrated database holding cases from `casebook generate`):

    CASEBOOK_MODE=test .venv/bin/python benchmarks/queue/bench_queue.py --cases 1000000

If the database holds fewer than --cases cases, the cases there are copied (with their
statuses, channels, dates and categories, under new references) until it holds that many:
`casebook generate` writes whole dialogues and takes over an hour for a million cases on a
2-core machine, while the queue only reads the case rows and their tags. Each page is then
fetched through Django's test client (URL routing, middleware, query, template) --repeat times
after one warm-up, and the median and 95th percentile are printed as a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casebook.settings")
os.environ.setdefault("CASEBOOK_MODE", "test")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from casebook.accounts.models import User  # noqa: E402
from casebook.cases.models import Case, Category, Enquirer  # noqa: E402
from casebook.triage import dashboard  # noqa: E402

COPY_CASES = """
INSERT INTO cases_case (reference, subject, channel, status, opened_at, first_response_at,
    closed_at, assigned_to_id, enquirer_id, enquirer_type, setting_type, region, version,
    updated_at, response_waiting_since, response_due_at, response_paused_seconds,
    first_response_seconds, responses_answered, reopened, due_warning_for, last_inbound_at,
    last_activity_at, assignee_seen_at, contact_name, contact_email, contact_phone,
    contact_organisation)
SELECT 'X' || k || '-' || c.reference, c.subject, c.channel, c.status,
    c.opened_at + k * interval '1 minute', c.first_response_at, c.closed_at, c.assigned_to_id,
    c.enquirer_id, c.enquirer_type, c.setting_type, c.region, 1, now(),
    c.response_waiting_since + k * interval '1 minute',
    c.response_due_at + k * interval '1 minute', c.response_paused_seconds,
    c.first_response_seconds, c.responses_answered, c.reopened, NULL,
    c.last_inbound_at + k * interval '1 minute', c.last_activity_at + k * interval '1 minute',
    c.assignee_seen_at, c.contact_name, c.contact_email, c.contact_phone, c.contact_organisation
FROM cases_case c, generate_series(%(first)s, %(last)s) k
WHERE c.reference NOT LIKE 'X%%'
"""
# The dashboard reads message times (volume by hour, replies today) and response records; the
# copies get those too, without message text.
COPY_MESSAGES = """
INSERT INTO cases_message (case_id, direction, at, author_id, from_name, from_email, subject,
    body_text, body_html, in_reply_to, "references", send_state, send_attempts, send_error,
    to_email)
SELECT n.id, m.direction, m.at + k * interval '1 minute', m.author_id, '', '', '', '', '', '',
    '', m.send_state, m.send_attempts, '', ''
FROM cases_message m
JOIN cases_case o ON o.id = m.case_id AND o.reference NOT LIKE 'X%%'
JOIN generate_series(%(first)s, %(last)s) k ON true
JOIN cases_case n ON n.reference = 'X' || k || '-' || o.reference
WHERE m.direction IN ('in', 'out')
"""
COPY_RESPONSES = """
INSERT INTO triage_response (case_id, message_id, kind, responder_id, waiting_since, due_at,
    answered_at, working_seconds, target_seconds, met)
SELECT n.id, NULL, r.kind, r.responder_id, r.waiting_since + k * interval '1 minute',
    r.due_at + k * interval '1 minute', r.answered_at + k * interval '1 minute',
    r.working_seconds, r.target_seconds, r.met
FROM triage_response r
JOIN cases_case o ON o.id = r.case_id AND o.reference NOT LIKE 'X%%'
JOIN generate_series(%(first)s, %(last)s) k ON true
JOIN cases_case n ON n.reference = 'X' || k || '-' || o.reference
"""
COPY_TAGS = """
INSERT INTO cases_casecategory (case_id, category_id, provenance, added_by_id, added_at)
SELECT n.id, t.category_id, t.provenance, NULL, t.added_at
FROM cases_casecategory t
JOIN cases_case o ON o.id = t.case_id AND o.reference NOT LIKE 'X%%'
JOIN generate_series(%(first)s, %(last)s) k ON true
JOIN cases_case n ON n.reference = 'X' || k || '-' || o.reference
"""


def fill(target: int) -> None:
    if connection.vendor != "postgresql":
        sys.exit("the copy step uses PostgreSQL's generate_series; point DATABASE_URL at one")
    originals = Case.objects.exclude(reference__startswith="X").count()
    if originals == 0:
        sys.exit("no cases to copy: run `casebook generate --cases 20000` first")
    have = Case.objects.count()
    copies = max(0, -(-(target - have) // originals))
    first = (have - originals) // originals + 1
    started = time.monotonic()
    for start in range(first, first + copies, 10):
        params = {"first": start, "last": min(start + 9, first + copies - 1)}
        with connection.cursor() as cursor:
            cursor.execute(COPY_CASES, params)
            cursor.execute(COPY_TAGS, params)
            cursor.execute(COPY_MESSAGES, params)
            cursor.execute(COPY_RESPONSES, params)
        print(f"copied up to k={params['last']} ({time.monotonic() - started:.0f} s)", flush=True)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def bench_user() -> User:
    user, created = User.objects.get_or_create(
        username="queue-bench", defaults={"role": "practitioner", "first_name": "Bench"}
    )
    if created or not Case.objects.filter(assigned_to=user).exists():
        with connection.cursor() as cursor:
            # One case in a hundred is "mine", spread over the years (its replies too), and
            # one open case in ten is waiting to be picked up.
            cursor.execute(
                "UPDATE cases_case SET assigned_to_id = %s WHERE id %% 100 = 7", [user.pk]
            )
            cursor.execute(
                "UPDATE cases_message SET author_id = %s WHERE direction = 'out' "
                "AND author_id IS NOT NULL AND case_id %% 100 = 7",
                [user.pk],
            )
            cursor.execute(  # no parameters: "%" is the modulo, not a placeholder
                "UPDATE cases_case SET assigned_to_id = NULL "
                "WHERE status <> 'closed' AND id % 10 = 3"
            )
            cursor.execute("VACUUM ANALYZE cases_case")
    return user


class FixedClock:
    """Stands in for django.utils.timezone in the dashboard module: now() is a given moment,
    so the dashboard can be timed as at a busy afternoon whatever the time of the run."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


def last_friday_afternoon() -> datetime:
    """16:00 UTC on the last Friday before today: a day of replies, a week of responses."""
    today = datetime.now(UTC).date()
    friday = today - timedelta(days=(today.weekday() - 4) % 7 or 7)
    return datetime.combine(friday, clock_time(16), UTC)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--only", default="", help="time only pages whose label has this text")
    args = parser.parse_args()
    fill(args.cases)
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]  # the test client's host
    user = bench_user()
    practitioner = Client()
    practitioner.force_login(user)
    total = Case.objects.count()
    sexting = Category.objects.get(name="Sexting").pk
    social = Category.objects.get(name="Social networks").pk
    recent = (
        Case.objects.exclude(reference__startswith="X")
        .order_by("-opened_at")
        .values_list("reference", flat=True)[500]
    )
    email = Case.objects.order_by("-opened_at").values_list("enquirer__email", flat=True)[100]
    name = (
        Case.objects.order_by("-opened_at")
        .values_list("enquirer__name", flat=True)[200]
        .split()[-1]
    )
    phones = list(
        Enquirer.objects.exclude(phone="").order_by("-id").values_list("phone", flat=True)[:4]
    )
    phone = phones[-1] if phones else "0113 496 0000"
    supervisor, _ = User.objects.get_or_create(
        username="dashboard-bench", defaults={"role": "supervisor", "first_name": "Bench"}
    )
    boss = Client()
    boss.force_login(supervisor)
    variants = {
        "default (open, due first)": {},
        "last activity": {"order": "activity"},
        "due within the hour": {"due": "hour"},
        "breached": {"due": "breached"},
        "unassigned": {"assigned": "none"},
        "one practitioner, due first": {"assigned": str(user.pk)},
        "newest first": {"order": "newest"},
        "oldest first": {"order": "oldest"},
        "page 20": {"page": "20"},
        "all statuses": {"status": "all"},
        "closed": {"status": "closed"},
        "category Social networks": {"category": social},
        "category Sexting, all statuses": {"category": sexting, "status": "all"},
        "channel phone": {"channel": "phone"},
        "assigned to me": {"mine": "on"},
        "assigned to me, all statuses": {"mine": "on", "status": "all"},
        "search reference": {"q": recent, "status": "all"},
        "search enquirer email": {"q": email, "status": "all"},
        "search subject (common word)": {"q": "account", "status": "all"},
        "search subject (rare word)": {"q": "zebra", "status": "all"},
        "search partial reference": {"q": recent[3:12]},
        "search enquirer name": {"q": name},
        "search phone number": {"q": phone},
        "search @handle": {"q": "@examplehandle"},
        "supervisor dashboard": {"dashboard": "1"},
        "supervisor dashboard, as at last Friday 16:00 UTC": {"dashboard": "friday"},
    }
    variants = {k: v for k, v in variants.items() if args.only in k}
    print(f"{total:,} cases on {connection.vendor}; {args.repeat} runs each after a warm-up\n")
    # Wall time is what a practitioner waits; SQL is the database's share of it (as the
    # client sees it); Python CPU is this process's own work, which other load on the
    # machine does not inflate.
    print("| queue page | median ms | p95 ms | SQL ms | Python CPU ms | queries | rows |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for label, params in variants.items():
        url = "/cases/"
        client = boss if "dashboard" in params else practitioner
        dashboard.timezone = timezone  # type: ignore[assignment]
        if params.get("dashboard") == "friday":
            dashboard.timezone = FixedClock(last_friday_afternoon())  # type: ignore[assignment]
        if "dashboard" in params:
            url, params = "/supervisor/", {}
        if "q" in params:
            # Searches are posted once (the text is kept in the session), then shown by GET.
            response = client.post(url, params)
            url = response["Location"]
            params = {}
        response = client.get(url, params)
        assert response.status_code == 200, (label, response.status_code)
        timings, cpu, sql = [], [], []
        for _ in range(args.repeat):
            with CaptureQueriesContext(connection) as queries:
                started, started_cpu = time.perf_counter(), time.process_time()
                response = client.get(url, params)
                timings.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - started_cpu) * 1000)
            sql.append(sum(float(q["time"]) for q in queries.captured_queries) * 1000)
        rows = response.content.count(b'<td class="ref">')
        p95 = sorted(timings)[max(0, round(0.95 * len(timings)) - 1)]
        print(
            f"| {label} | {statistics.median(timings):.1f} | {p95:.1f} | "
            f"{statistics.median(sql):.1f} | {statistics.median(cpu):.1f} | "
            f"{len(queries.captured_queries)} | {rows} |"
        )


if __name__ == "__main__":
    main()
