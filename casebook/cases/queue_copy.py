"""The queue's page statement answered from a per-process copy that PostgreSQL keeps fresh.

Each web worker (`casebook serve`) keeps the results of the queue's statement
(casebook.cases.queries._read_page) for the last few hundred keys it was asked: the user, their
role, the filters, the page's slice and the minute (the statement reads the clock: follow-ups
falling due, the overdue count). The copy is dropped whole as soon as anything the statement
reads changes:

- Statement-level triggers on every table the statement reads (migration
  cases.0015_queue_changed_notify) run `pg_notify('casebook_queue', '')` after each INSERT,
  UPDATE, DELETE or TRUNCATE. PostgreSQL delivers a notification when the writer's transaction
  commits (never for one rolled back), whichever process or program wrote.
- Each process LISTENs on a connection of its own, opened on the first queue request. At the
  start of each request that may use the copy, the notifications already delivered are read
  without waiting (libpq's non-blocking input); if any came, the copy is dropped.
- A result read from the database is stored only if no notification arrived between that
  request's first read of notifications and the store (a generation number): a result read
  just before a commit whose notification is still on its way is never kept.

So a page is never older than the last committed change by more than the time PostgreSQL takes
to deliver that change's notification to the listening connection. If the listening
connection cannot be opened, is lost or errs, the copy is off (every request reads the
database) until a new connection is listening, and the copy is dropped when it is.

Off (no copy, no listening connection) unless a served process turned it on (`enable()`,
called by `casebook serve`'s workers): tests, commands and the report worker read the database
every time. Off on SQLite, and when the QUEUE_COPY setting is "off".
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from psycopg import pq

CHANNEL = "casebook_queue"
# The listening connections' name in pg_stat_activity.
APPLICATION_NAME = "casebook queue copy"
# Results kept per process, least recently used dropped first. A page's result is its fifty
# rows' values (a few tens of kilobytes): a few megabytes at most.
SIZE = 256
# After a failed attempt to listen, the next is made no sooner than this (seconds): a
# database that refuses connections is not asked again on every queue request.
RETRY_SECONDS = 5.0

T = TypeVar("T")
log = logging.getLogger(__name__)


class QueueCopy:
    """Results of one statement by key, dropped whole on any notification on CHANNEL.

    `connect` opens the listening connection (a psycopg Connection in autocommit mode) or
    raises; by default one to Django's default database. Thread-safe (gthread workers)."""

    def __init__(self, *, size: int = SIZE, connect: Callable[[], Any] | None = None) -> None:
        self.size = size
        self._connect = connect or _listening_connection
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, Any] = OrderedDict()
        self._generation = 0
        self._listener: Any = None  # psycopg Connection, LISTENing
        self._pid = 0  # the process that opened it (never used across a fork)
        self._retry_at = 0.0
        # Set by the listening connection's notice handler: the server sends its goodbye
        # (FATAL: terminating connection ...) as a message that libpq reports as a notice while
        # the connection still looks OK, before the socket's end is read.
        self._noticed = False
        self.enabled = False
        self.hits = 0  # results served from the copy (tests and benchmarks read it)

    # -- the listening connection -----------------------------------------------------------

    def _drop_listener(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None and self._pid == os.getpid():
            with contextlib.suppress(Exception):  # already broken: nothing more to do
                listener.close()
        self._entries.clear()
        self._generation += 1

    def _listen(self) -> bool:
        """Open the listening connection if there is none (at most every RETRY_SECONDS);
        True if one is listening. A new one starts from an empty copy."""
        if self._listener is not None and self._pid == os.getpid():
            return True
        if self._listener is not None:  # inherited through a fork: not ours to read or close
            self._listener = None
        now = time.monotonic()
        if now < self._retry_at:
            return False
        listener = None
        try:
            listener = self._connect()
            listener.add_notice_handler(self._on_notice)
            listener.execute(f"LISTEN {CHANNEL}")
            # Behind a pooler that hands each statement to any server connection (PgBouncer's
            # transaction mode) LISTEN would not hold and no notification would come: refuse
            # a connection whose next statement does not see itself listening.
            channels = listener.execute("SELECT pg_listening_channels()").fetchall()
            if (CHANNEL,) not in channels:
                raise ConnectionError("LISTEN did not hold on this connection (a pooler?)")
        except Exception:
            if listener is not None:
                listener.close()
            log.warning(
                "queue copy: cannot listen for changes; reading the database", exc_info=True
            )
            self._retry_at = now + RETRY_SECONDS
            return False
        self._listener, self._pid, self._noticed = listener, os.getpid(), False
        # Everything kept before (nothing, or results from before a lost connection) goes.
        self._entries.clear()
        self._generation += 1
        return True

    def _drain(self) -> int | None:
        """Read the notifications delivered so far, without waiting; drop the copy if any came.
        The generation the copy is at, or None if it is off (no listening connection)."""
        if not self._listen():
            return None
        pgconn = self._listener.pgconn
        try:
            pgconn.consume_input()  # non-blocking: what the socket holds now, or nothing
            came = False
            while pgconn.notifies() is not None:
                came = True
            if self._noticed or pgconn.status != pq.ConnStatus.OK:
                raise ConnectionError("the listening connection is closing or not OK")
        except Exception:
            log.warning("queue copy: the listening connection failed", exc_info=True)
            self._drop_listener()
            self._retry_at = 0.0  # try again on the next request
            return None
        if came:
            self._entries.clear()
            self._generation += 1
        return self._generation

    def _on_notice(self, diagnostic: Any) -> None:
        # Nothing this connection runs (LISTEN) raises a notice: any is the server's goodbye or
        # trouble. Read under the lock, in _drain.
        self._noticed = True

    # -- the copy ---------------------------------------------------------------------------

    def get(self, key: Hashable, read: Callable[[], T]) -> T:
        """The result kept for `key` if there is one and nothing changed since it was read,
        else read() (stored for the next request if nothing changed while it ran). With the
        copy off, read() every time."""
        if not self.enabled:
            return read()
        with self._lock:
            generation = self._drain()
            if generation is not None and key in self._entries:
                self._entries.move_to_end(key)
                found: T = self._entries[key]
                self.hits += 1
                return found
        value = read()
        if generation is None:
            return value
        with self._lock:
            if self._drain() == generation:
                self._entries[key] = value
                self._entries.move_to_end(key)
                while len(self._entries) > self.size:
                    self._entries.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._generation += 1

    def close(self) -> None:
        """Stop listening and drop the copy (it stays enabled: the next request listens)."""
        with self._lock:
            self._drop_listener()
            self._retry_at = 0.0

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def listening(self) -> bool:
        return self._listener is not None and self._pid == os.getpid()


def _listening_connection() -> Any:
    """A new autocommit connection to Django's default database (its settings, its test
    database under tests), with TCP keepalives so a silently dead peer is noticed, named
    APPLICATION_NAME in pg_stat_activity."""
    import psycopg
    from django.db import connection

    params = dict(connection.get_connection_params())
    params.pop("context", None)  # Django's adapters: this connection reads no values
    params.pop("prepare_threshold", None)
    params.pop("cursor_factory", None)
    params["application_name"] = APPLICATION_NAME
    params.setdefault("connect_timeout", 5)  # a request waits at most this for it
    params.setdefault("keepalives", 1)
    params.setdefault("keepalives_idle", 30)
    params.setdefault("keepalives_interval", 10)
    params.setdefault("keepalives_count", 3)
    return psycopg.connect(autocommit=True, **params)


queue_copy = QueueCopy()


def enable() -> None:
    """Turn the copy on in this process if the settings allow it (PostgreSQL, QUEUE_COPY not
    "off"). Called by `casebook serve` before its workers start; the listening connection is
    opened by each worker on its first queue request."""
    from django.conf import settings
    from django.db import connection

    queue_copy.enabled = connection.vendor == "postgresql" and settings.QUEUE_COPY
