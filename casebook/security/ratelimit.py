"""Rate limits that hold across processes, under concurrency and across a restart.

A client's window opens at its first counted use and lasts `window_seconds`; the first `limit`
uses inside it are allowed and every later one is refused until it closes. Windows are anchored
to the client, not to the clock: a client cannot spend one allowance just before the hour and a
second just after it, and a burst is judged the same whenever it arrives.

Each use is counted by one atomic statement (INSERT ... ON CONFLICT DO UPDATE ... RETURNING, on
PostgreSQL and SQLite alike) that either adds one to the open window or, when it has closed,
starts a new one at this use; the count it returns decides. Twenty simultaneous requests
therefore get exactly `limit` allowances between them, whichever server process each one
reaches, and a restart forgets nothing.
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


def _moment(now: float | None) -> int:
    return int(time.time() if now is None else now)


def uses(*, scope: str, client: str, window_seconds: int = 3600, now: float | None = None) -> int:
    """How many uses the client has had in its open window (0 if none is open; no change)."""
    row = (
        RateCounter.objects.filter(
            scope=scope, client=client, window_start__gt=_moment(now) - window_seconds
        )
        .values_list("count", flat=True)
        .first()
    )
    return int(row or 0)


def is_limited(
    *, scope: str, client: str, limit: int, window_seconds: int = 3600, now: float | None = None
) -> bool:
    """True if the client has used up its allowance in its open window (no change)."""
    return uses(scope=scope, client=client, window_seconds=window_seconds, now=now) >= limit


def take(
    *, scope: str, client: str, limit: int, window_seconds: int = 3600, now: float | None = None
) -> bool:
    """Count one use atomically; True if it is within the limit, False if it is refused.

    A window that began `window_seconds` or more before `now` (Unix seconds) has closed: this
    use opens a new one with a count of 1.
    """
    moment = _moment(now)
    closed = moment - window_seconds
    # Every SET expression reads the row as it was before the update (PostgreSQL and SQLite).
    sql = (
        f"INSERT INTO {_TABLE} (scope, client, window_start, count) VALUES (%s, %s, %s, 1) "
        "ON CONFLICT (scope, client) DO UPDATE SET "
        f"count = CASE WHEN {_TABLE}.window_start <= %s THEN 1 ELSE {_TABLE}.count + 1 END, "
        f"window_start = CASE WHEN {_TABLE}.window_start <= %s "
        f"THEN excluded.window_start ELSE {_TABLE}.window_start END "
        "RETURNING count"
    )
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, [scope, client, moment, closed, closed])
        row = cursor.fetchone()
    return row is not None and int(row[0]) <= limit


def prune(*, older_than_seconds: int = 2 * 86_400, now: float | None = None) -> int:
    """Delete counters whose window began long ago; returns how many went."""
    cutoff = _moment(now) - older_than_seconds
    deleted, _ = RateCounter.objects.filter(window_start__lt=cutoff).delete()
    return deleted
