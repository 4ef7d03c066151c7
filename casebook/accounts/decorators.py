from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from casebook.accounts.middleware import ROLES_ATTR

F = TypeVar("F", bound=Callable[..., object])


def roles(allowed: Iterable[str]) -> Callable[[F], F]:
    """Declare which roles may open a view; RoleRequiredByDefault refuses everyone else."""
    frozen = frozenset(allowed)

    def mark(view: F) -> F:
        setattr(view, ROLES_ATTR, frozen)
        return view

    return mark
