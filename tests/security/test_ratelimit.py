"""The shared rate limit: atomic counting, windows, IPv6 networks, pruning."""

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


def test_prune_keeps_recent_windows():
    ratelimit.take(scope="t", client="a", limit=1, now=T0 - 3 * 86_400)
    ratelimit.take(scope="t", client="a", limit=1, now=T0)
    assert ratelimit.prune(now=T0) == 1
    assert RateCounter.objects.count() == 1
