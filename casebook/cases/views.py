"""Case pages. Views orchestrate: validate, access, one action or query, respond."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from casebook.accounts.decorators import roles
from casebook.accounts.models import Role


@roles(Role.values)
def home(request: HttpRequest) -> HttpResponse:
    return redirect("admin:index")
