"""Against the real server (gunicorn, several worker processes, its own database).

The rate limit must hold when twenty posts arrive at once and are spread over processes,
and TRUSTED_PROXIES must decide whose address counts; static files come hashed and
compressed from WhiteNoise; the headers are the same as under the test client.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.served import Browserless, Served, serve

LIMIT = 5


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    with serve(
        tmp_path_factory.mktemp("served"),
        workers=3,
        env={"ENQUIRY_RATE_LIMIT_PER_HOUR": str(LIMIT), "CACHE_IN_DB": "false"},
    ) as served:
        yield served


def enquiry(hidden: dict[str, str], n: int) -> dict[str, str]:
    return {
        **hidden,
        "name": "Vera Example",
        "email": f"v.example{n}@school.example.org",
        "enquirer_type": "teacher",
        "setting_type": "secondary",
        "region": "UKE",
        "subject": f"Parallel enquiry {n}",
        "text": "A fake account is posting pictures of staff.",
    }


def post_in_parallel(server: Served, count: int, headers: dict[str, str]) -> Counter[int]:
    barrier = threading.Barrier(count)
    statuses: list[int] = []
    lock = threading.Lock()

    def one(n: int) -> None:
        own = Browserless(server.url)
        hidden = own.hidden_fields("/enquire/")  # each its own form, as twenty people would
        barrier.wait()
        status, _, _ = own.request("POST", "/enquire/", enquiry(hidden, n), headers)
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=one, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return Counter(statuses)


def case_count(server: Served) -> int:
    out = server.manage(
        "shell", "-c", "from casebook.cases.models import Case; print(Case.objects.count())"
    )
    return int(out.strip().splitlines()[-1])


def test_twenty_parallel_posts_get_exactly_the_limit(server: Served) -> None:
    before = case_count(server)
    statuses = post_in_parallel(server, 20, {"X-Forwarded-For": "203.0.113.10"})
    assert statuses == Counter({302: LIMIT, 429: 20 - LIMIT}), (statuses, server.errors())
    assert case_count(server) - before == LIMIT
    # Another client behind the same proxy still has its whole allowance.
    other = post_in_parallel(server, 3, {"X-Forwarded-For": "203.0.113.11"})
    assert other == Counter({302: 3}), (other, server.errors())


def test_the_limit_survives_a_restart_of_every_worker(server: Served) -> None:
    import os
    import signal
    import time

    first = post_in_parallel(server, LIMIT, {"X-Forwarded-For": "203.0.113.20"})
    assert first == Counter({302: LIMIT}), (first, server.errors())
    os.kill(server.process.pid, signal.SIGHUP)  # gunicorn replaces every worker
    time.sleep(3)
    after = post_in_parallel(server, 2, {"X-Forwarded-For": "203.0.113.20"})
    assert after == Counter({429: 2}), (after, server.errors())


def test_a_client_cannot_pick_its_address(server: Served) -> None:
    # Connecting from 127.0.0.1 (a trusted proxy here), the address is the last hop the
    # proxy appended; whatever the client put before it is ignored.
    spoofs = [{"X-Forwarded-For": f"198.51.100.{n}, 203.0.113.30"} for n in range(LIMIT + 2)]
    statuses: Counter[int] = Counter()
    for n, headers in enumerate(spoofs):
        client = Browserless(server.url)
        hidden = client.hidden_fields("/enquire/")
        status, _, _ = client.request("POST", "/enquire/", enquiry(hidden, 100 + n), headers)
        statuses[status] += 1
    assert statuses == Counter({302: LIMIT, 429: 2}), (statuses, server.errors())


def test_static_files_are_hashed_compressed_and_cached(server: Served) -> None:
    client = Browserless(server.url)
    status, headers, page = client.request("GET", "/login/")
    assert status == 200
    assert "no-store" in headers["cache-control"]
    assert "script-src 'self'" in headers["content-security-policy"]
    css = re.search(r'href="(/static/cases/casebook\.[0-9a-f]{12}\.css)"', page)
    assert css, "the stylesheet link has no content hash"
    status, headers, _ = client.request("GET", css.group(1), headers={"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers.get("content-encoding") == "gzip"
    assert "immutable" in headers["cache-control"]
    assert headers["content-type"].startswith("text/css")


def test_health_and_log(server: Served) -> None:
    status, _, body = Browserless(server.url).request("GET", "/healthz/")
    assert (status, body) == (200, "ok\n")
    assert "Booting worker" in Path(server.log).read_text()


def test_database_connections_are_kept_between_requests(server: Served) -> None:
    """Each worker keeps its PostgreSQL connection (CONN_MAX_AGE): after twenty requests the
    sessions that answered them are still open, and still there twenty requests later."""
    import os

    admin_url = os.environ.get("DATABASE_URL", "")
    if not admin_url.startswith("postgres"):
        pytest.skip("PostgreSQL only: SQLite has no server sessions")
    import psycopg

    database = server.env["DATABASE_URL"].rsplit("/", 1)[1]

    def health_sessions() -> set[tuple[int, object]]:
        for _ in range(20):
            assert Browserless(server.url).request("GET", "/healthz/")[0] == 200
        with psycopg.connect(admin_url, autocommit=True) as conn:
            rows = conn.execute(
                "SELECT pid, backend_start FROM pg_stat_activity "
                "WHERE datname = %s AND query = 'SELECT 1' AND state = 'idle'",
                [database],
            ).fetchall()
        return {(int(pid), started) for pid, started in rows}

    first = health_sessions()
    assert first, "no connection outlived its request"
    assert first <= health_sessions()  # the same sessions answered the next twenty too
