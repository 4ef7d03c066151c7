from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404

from casebook.cases.access import access_case


@pytest.mark.parametrize("persona", ["practitioner", "supervisor"])
@pytest.mark.parametrize("for_write", [False, True])
def test_casework_roles_get_the_case(request, case, persona, for_write):
    user = request.getfixturevalue(persona)
    got = access_case(user, case.reference, for_write=for_write)
    assert got.pk == case.pk
    assert got.enquirer.email == case.enquirer.email


@pytest.mark.parametrize("persona", ["analyst", "admin_user"])
def test_other_roles_are_refused_even_for_existing_cases(request, case, persona):
    user = request.getfixturevalue(persona)
    with pytest.raises(PermissionDenied):
        access_case(user, case.reference)


def test_refusal_does_not_reveal_whether_a_reference_exists(analyst, case):
    # Same answer for a real and an invented reference.
    for reference in (case.reference, "CB-1999-99999"):
        with pytest.raises(PermissionDenied):
            access_case(analyst, reference)


def test_anonymous_and_inactive_users_are_refused(case, practitioner):
    with pytest.raises(PermissionDenied):
        access_case(AnonymousUser(), case.reference)
    practitioner.is_active = False
    with pytest.raises(PermissionDenied):
        access_case(practitioner, case.reference)


def test_unknown_reference_is_404_for_casework_users(practitioner, db):
    with pytest.raises(Http404):
        access_case(practitioner, "CB-1999-99999")
