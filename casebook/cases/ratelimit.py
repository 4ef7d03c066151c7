"""A small fixed-window rate limit kept in the cache (per client address, per hour)."""

from __future__ import annotations

import time

from django.core.cache import cache


def _key(scope: str, client: str, window_seconds: int) -> str:
    window = int(time.time()) // window_seconds
    return f"ratelimit:{scope}:{client}:{window}"


def is_limited(*, scope: str, client: str, limit: int, window_seconds: int = 3600) -> bool:
    """True if the client has already used up its allowance in the current window."""
    return int(cache.get(_key(scope, client, window_seconds), 0)) >= limit


def record_hit(*, scope: str, client: str, window_seconds: int = 3600) -> int:
    """Count one use; returns the count in the current window."""
    key = _key(scope, client, window_seconds)
    # add() is a no-op when the key exists, so two racing first hits both end up counted.
    cache.add(key, 0, timeout=window_seconds + 60)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window_seconds + 60)
        return 1
