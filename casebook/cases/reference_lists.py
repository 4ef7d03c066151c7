"""Reference lists the queue's filters show on every request, kept per process.

The category and caseworker selects are the same for every practitioner and change a few times
a year, yet reading them was two of the queue's queries on every page. Each list is read once
per process and read again when:
- a Category or User is saved or deleted in this process (signals, connected in
  CasesConfig.ready; also once the surrounding transaction commits, so a list read inside it
  is not kept);
- settings.REFERENCE_LISTS_MAX_AGE seconds have passed (60 by default): the other server
  processes see no signal of a change made here, and bulk updates send none, so a change
  reaches every process within that time. 0 reads them on every request (the browser tests
  against a real server, whose test process rewrites the categories under it between tests).

Only reference data lives here: never a case, and nothing whose content depends on who asks.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from casebook.accounts.models import CASEWORK_ROLES, User, display_name
from casebook.cases.models import Category

_clock = time.monotonic  # seconds; replaced in tests

T = TypeVar("T")


class ProcessCache(Generic[T]):
    """A value loaded on first use and again after clear() or REFERENCE_LISTS_MAX_AGE
    seconds (thread-safe: at worst two threads load it at once and the later one is kept)."""

    def __init__(self, load: Callable[[], T]) -> None:
        self._load = load
        self._value: T | None = None
        self._loaded_at = 0.0
        self._lock = threading.Lock()

    def get(self) -> T:
        value, loaded_at = self._value, self._loaded_at
        max_age = float(settings.REFERENCE_LISTS_MAX_AGE)
        if value is None or max_age <= 0 or _clock() - loaded_at > max_age:
            value = self._load()
            with self._lock:
                self._value, self._loaded_at = value, _clock()
        return value

    def clear(self) -> None:
        with self._lock:
            self._value = None


def _load_categories() -> list[tuple[int, str]]:
    return list(Category.objects.order_by("retired", "position", "name").values_list("pk", "name"))


def _load_caseworkers() -> list[tuple[str, str]]:
    rows = (
        User.objects.filter(is_active=True, role__in=CASEWORK_ROLES)
        .order_by("first_name", "last_name", "username")
        .values_list("pk", "first_name", "last_name", "username")
    )
    return [(str(pk), display_name(first, last, username)) for pk, first, last, username in rows]


categories: ProcessCache[list[tuple[int, str]]] = ProcessCache(_load_categories)
caseworkers: ProcessCache[list[tuple[str, str]]] = ProcessCache(_load_caseworkers)


def category_choices() -> list[tuple[int, str]]:
    """(id, name) of every category, retired ones last (the queue's category filter)."""
    return categories.get()


def caseworker_choices() -> list[tuple[str, str]]:
    """(id as text, display name) of every active practitioner and supervisor, by name (the
    queue's assignee filter)."""
    return caseworkers.get()


def _clearer(cache: ProcessCache[Any]) -> Callable[..., None]:
    def clear(**_: Any) -> None:
        cache.clear()
        transaction.on_commit(cache.clear)

    return clear


_clear_categories = _clearer(categories)
_clear_caseworkers = _clearer(caseworkers)


def connect() -> None:
    """Clear the lists when their rows change (called once, from CasesConfig.ready)."""
    for name, signal in (("save", post_save), ("delete", post_delete)):
        signal.connect(_clear_categories, sender=Category, dispatch_uid=f"queue-categories-{name}")
        signal.connect(_clear_caseworkers, sender=User, dispatch_uid=f"queue-caseworkers-{name}")


def clear_all() -> None:
    """Forget every list (tests, whose rolled-back transactions send no signal)."""
    categories.clear()
    caseworkers.clear()
