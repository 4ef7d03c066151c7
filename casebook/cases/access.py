"""The one place that decides who may see or change a case.

Views never query Case themselves: they ask access_case() for it, so the rule lives here
and nowhere else.
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404

from casebook.accounts.models import User
from casebook.cases.models import Case


def may_work_cases(user: User | AnonymousUser) -> bool:
    """Practitioners and supervisors read and change cases; nobody else sees them."""
    return isinstance(user, User) and user.works_cases


def access_case(user: User | AnonymousUser, reference: str, *, for_write: bool = False) -> Case:
    """The case with this reference, if the user may see it (and change it, for_write).

    Refuses with 403 before looking the case up, so whether a reference exists is only
    revealed to people allowed to work cases.
    """
    if not may_work_cases(user):
        raise PermissionDenied
    # Today every casework user may read and write every case; for_write is where a
    # narrower rule (e.g. closed cases read-only for practitioners) would go.
    try:
        return Case.objects.select_related("enquirer", "assigned_to").get(reference=reference)
    except Case.DoesNotExist:
        raise Http404("No such case") from None
