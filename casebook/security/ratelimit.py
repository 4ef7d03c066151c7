"""Fixed-window rate limits that hold across processes and under concurrency.

Each use is counted by one atomic statement (INSERT ... ON CONFLICT DO UPDATE ... RETURNING,
on PostgreSQL and SQLite alike), and the count it returns decides: the first `limit` uses in
a window are allowed, every later one is refused. Twenty simultaneous requests therefore get
exactly `limit` allowances between them, whichever server process each one reaches, and a
restart forgets nothing.
"""

from __future__ import annotations

import ipaddress
import time

from django.db import connection, transaction

from casebook.security.models import RateCounter

_TABLE = RateCounter._meta.db_table


def client_key(address: str) -> str:
    """The unit a limit applies to: an IPv4 address, or an IPv6 address's /64 network.

    One household or phone usually holds a whole IPv6 /64, so counting single addresses
    would let it pick a fresh one for every request.
    """
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address[:64]
    if isinstance(ip, ipaddress.IPv6Address):
        return str(ipaddress.IPv6Network(f"{ip}/64", strict=False))
    return str(ip)


def _window_start(window_seconds: int, now: float | None) -> int:
    moment = int(time.time() if now is None else now)
    return moment - moment % window_seconds


def uses(*, scope: str, client: str, window_seconds: int = 3600, now: float | None = None) -> int:
    """How many uses the client has had in the current window (no change)."""
    row = (
        RateCounter.objects.filter(
            scope=scope, client=client, window_start=_window_start(window_seconds, now)
        )
        .values_list("count", flat=True)
        .first()
    )
    return int(row or 0)


def is_limited(
    *, scope: str, client: str, limit: int, window_seconds: int = 3600, now: float | None = None
) -> bool:
    """True if the client has used up its allowance in the current window (no change)."""
    return uses(scope=scope, client=client, window_seconds=window_seconds, now=now) >= limit


def take(
    *, scope: str, client: str, limit: int, window_seconds: int = 3600, now: float | None = None
) -> bool:
    """Count one use atomically; True if it is within the limit, False if it is refused."""
    start = _window_start(window_seconds, now)
    sql = (
        f"INSERT INTO {_TABLE} (scope, client, window_start, count) VALUES (%s, %s, %s, 1) "
        "ON CONFLICT (scope, client, window_start) "
        f"DO UPDATE SET count = {_TABLE}.count + 1 RETURNING count"
    )
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, [scope, client, start])
        row = cursor.fetchone()
    return row is not None and int(row[0]) <= limit


def prune(*, older_than_seconds: int = 2 * 86_400, now: float | None = None) -> int:
    """Delete counters of windows that began long ago; returns how many went."""
    cutoff = int(time.time() if now is None else now) - older_than_seconds
    deleted, _ = RateCounter.objects.filter(window_start__lt=cutoff).delete()
    return deleted
