"""The shared rate limit: atomic counting, windows anchored at a client's first use, IPv6
networks, pruning."""

from __future__ import annotations

import pytest

from casebook.security import ratelimit
from casebook.security.models import RateCounter

pytestmark = pytest.mark.django_db

T0 = 1_700_000_000 - 1_700_000_000 % 3600


def test_the_first_n_uses_are_allowed_then_refused():
    allowed = [ratelimit.take(scope="t", client="a", limit=3, now=T0 + i) for i in range(5)]
    assert allowed == [True, True, True, False, False]
    assert ratelimit.uses(scope="t", client="a", now=T0) == 5
    assert ratelimit.is_limited(scope="t", client="a", limit=3, now=T0)


def test_clients_scopes_and_windows_are_separate():
    for _ in range(2):
        ratelimit.take(scope="t", client="a", limit=2, now=T0)
    assert ratelimit.is_limited(scope="t", client="a", limit=2, now=T0 + 3599)
    assert not ratelimit.is_limited(scope="t", client="b", limit=2, now=T0)
    assert not ratelimit.is_limited(scope="u", client="a", limit=2, now=T0)
    assert not ratelimit.is_limited(scope="t", client="a", limit=2, now=T0 + 3600)
    assert ratelimit.take(scope="t", client="a", limit=2, now=T0 + 3600)


@pytest.mark.parametrize(
    ("address", "key"),
    [
        ("192.0.2.7", "192.0.2.7"),
        ("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"),
        ("2001:db8:1:2:ffff::1", "2001:db8:1:2::/64"),
        ("unknown", "unknown"),
    ],
)
def test_client_key(address, key):
    assert ratelimit.client_key(address) == key


def test_a_window_opens_at_the_first_use_not_on_the_hour():
    # Two uses just before the clock hour and one just after are in the same window.
    for second in (3590, 3595):
        assert ratelimit.take(scope="t", client="a", limit=2, now=T0 + second)
    assert not ratelimit.take(scope="t", client="a", limit=2, now=T0 + 3610)
    assert ratelimit.is_limited(scope="t", client="a", limit=2, now=T0 + 3590 + 3599)
    # An hour after the first use the window has closed; the next use opens a new one.
    assert not ratelimit.is_limited(scope="t", client="a", limit=2, now=T0 + 3590 + 3600)
    assert ratelimit.take(scope="t", client="a", limit=2, now=T0 + 3590 + 3600)
    assert ratelimit.uses(scope="t", client="a", now=T0 + 3590 + 3600) == 1
    assert RateCounter.objects.get().window_start == T0 + 3590 + 3600


def test_refused_uses_do_not_extend_the_window():
    for second in range(0, 3000, 500):
        ratelimit.take(scope="t", client="a", limit=1, now=T0 + second)
    assert ratelimit.take(scope="t", client="a", limit=1, now=T0 + 3600)


def test_prune_keeps_recent_windows():
    ratelimit.take(scope="t", client="a", limit=1, now=T0 - 3 * 86_400)
    ratelimit.take(scope="t", client="b", limit=1, now=T0)
    assert ratelimit.prune(now=T0) == 1
    assert list(RateCounter.objects.values_list("client", flat=True)) == ["b"]


@pytest.mark.django_db(transaction=True)
def test_the_migration_to_one_window_per_client_keeps_the_newest():
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    before = [("security", "0001_initial")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    try:
        old = MigrationExecutor(connection).loader.project_state(before).apps
        counter = old.get_model("security", "RateCounter")
        for client, start, count in [("a", T0, 5), ("a", T0 + 3600, 2), ("b", T0, 1)]:
            counter.objects.create(scope="enquiry", client=client, window_start=start, count=count)
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())  # 0002 and any later ones
    kept = RateCounter.objects.order_by("client").values_list("client", "window_start", "count")
    assert list(kept) == [("a", T0 + 3600, 2), ("b", T0, 1)]
