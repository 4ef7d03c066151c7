"""The supervisor dashboard. Supervisors and admins only."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from casebook.accounts.decorators import roles
from casebook.accounts.models import Role
from casebook.triage.dashboard import dashboard

DASHBOARD_ROLES = frozenset({Role.SUPERVISOR, Role.ADMIN})


@roles(DASHBOARD_ROLES)
@require_GET
def supervisor_dashboard(request: HttpRequest) -> HttpResponse:
    return render(request, "triage/dashboard.html", {"board": dashboard()})
