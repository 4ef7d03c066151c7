"""Casebook's URLs plus /bench/bare/: a view that renders a trivial template, behind the same
middleware and role check as the queue, so the difference is the queue's own work."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import include, path

from casebook.accounts.decorators import roles
from casebook.accounts.models import CASEWORK_ROLES


@roles(CASEWORK_ROLES)
def bare(request: HttpRequest) -> HttpResponse:
    return render(request, "bench_bare.html", {"name": request.user.get_username()})


urlpatterns = [
    path("bench/bare/", bare),
    path("", include("casebook.urls")),
]
