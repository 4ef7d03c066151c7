"""Every URL in the URL conf, with every role and every method: nothing ships undecided.

Each named view must appear in DECISIONS below with the roles that may open it (or as public,
or as the admin site's), and must declare the same itself. Then every URL is requested as an
anonymous visitor and as each role, with every HTTP method: refused roles get 403 (or the
login page), allowed ones never 403, and nothing answers 500. With two-factor sign-in on, a
signed-in account that has not passed its second factor reaches only the sign-in pages.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from casebook.accounts.middleware import PUBLIC_ATTR, ROLES_ATTR
from casebook.accounts.twofactor import EXEMPT_ATTR

ALL = frozenset({"practitioner", "supervisor", "analyst", "admin"})
CASEWORK = frozenset({"practitioner", "supervisor"})
REPORTS = frozenset({"supervisor", "analyst", "admin"})
PUBLIC = "public"
ADMIN_SITE = "admin site"

# Adding a page? Add its decision here: who may open it.
DECISIONS: dict[str, object] = {
    "login": PUBLIC,
    "healthz": PUBLIC,
    "enquire": PUBLIC,
    "enquire-thanks": PUBLIC,
    "logout": ALL,
    "account": ALL,
    "password-change": ALL,
    "two-factor-verify": ALL,
    "two-factor-setup": ALL,
    "home": ALL,
    "reports:index": REPORTS,
    "reports:download": REPORTS,
    "reports:job": REPORTS,
    "reports:job-download": REPORTS,
    "reports:review": frozenset({"supervisor"}),
    "reports:review-action": frozenset({"supervisor"}),
    "triage:dashboard": frozenset({"supervisor", "admin"}),
    "attachment-download": CASEWORK,
    "case-queue": CASEWORK,
    "case-new-phone": CASEWORK,
    "case-detail": CASEWORK,
    "case-history": CASEWORK,
    "case-note": CASEWORK,
    "case-reply": CASEWORK,
    "case-cancel-email": CASEWORK,
    "case-status": CASEWORK,
    "case-assign": CASEWORK,
    "case-profile": CASEWORK,
    "case-add-category": CASEWORK,
    "case-remove-category": CASEWORK,
    "case-platforms": CASEWORK,
    "case-add-call": CASEWORK,
    "original-download": CASEWORK,
    "held-accept": CASEWORK,
    "held-move": CASEWORK,
    "partners-directory": CASEWORK,
    "partners-follow-ups": CASEWORK,
    "partners-escalate": CASEWORK,
    "partners-escalation": CASEWORK,
    "partners-outcome": CASEWORK,
    "partners-follow-up": CASEWORK,
    "partners-act": CASEWORK,
    "partners-refer": CASEWORK,
    "classify-accept": CASEWORK,
    "classify-dismiss": CASEWORK,
    "classify-review-flag": CASEWORK,
    "classify-withheld-attachment": CASEWORK,
    "classify-withheld-original": CASEWORK,
    "case-enquirer": CASEWORK,
    "enquirer-merge": CASEWORK,
    "enquirer-split": CASEWORK,
    "privacy-overview": frozenset({"admin"}),
    "privacy-holds": frozenset({"supervisor", "admin"}),
    "privacy-lift-hold": frozenset({"supervisor", "admin"}),
    "privacy-person": frozenset({"admin"}),
    "privacy-person-export": frozenset({"admin"}),
    "privacy-person-erase": frozenset({"admin"}),
    "privacy-audit": frozenset({"admin"}),
    "privacy-audit-csv": frozenset({"admin"}),
}
# Pages a signed-in account may open before its second factor.
BEFORE_SECOND_FACTOR = {"logout", "two-factor-verify", "two-factor-setup"}

METHODS = ["get", "post", "put", "patch", "delete", "head", "options"]
SAMPLES = {"int": "1", "str": "CB-2021-00001", "path": "1", "slug": "x", "uuid": str(uuid.uuid4())}


def _walk(resolver: URLResolver, prefix: str = "", ns: str = "") -> Iterator[tuple[str, str, Any]]:
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{ns}:{entry.namespace}" if ns and entry.namespace else entry.namespace or ns
            yield from _walk(entry, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern):
            name = f"{ns}:{entry.name}" if ns and entry.name else entry.name or ""
            yield prefix + str(entry.pattern), name, entry.callback


def _concrete(route: str) -> str:
    import re

    def fill(match: re.Match[str]) -> str:
        converter = match.group(1) or "str"
        return SAMPLES.get(converter, "x")

    path = re.sub(r"<(?:(\w+):)?\w+>", fill, route)
    path = path.lstrip("^").rstrip("$").replace("\\Z", "").replace("\\", "")
    return "/" + path


ROUTES = [
    (route, name, callback)
    for route, name, callback in _walk(get_resolver())
    if not route.startswith("admin/")
]
ADMIN_ROUTES = [
    (route, name) for route, name, _ in _walk(get_resolver()) if route.startswith("admin/")
]


def _decision(callback: Any) -> object:
    if getattr(callback, PUBLIC_ATTR, True) is False:
        return PUBLIC
    roles = getattr(callback, ROLES_ATTR, None)
    return frozenset(str(r) for r in roles) if roles is not None else None


@pytest.mark.parametrize(("route", "name", "callback"), ROUTES, ids=[r[1] for r in ROUTES])
def test_every_view_has_the_decision_in_the_table(route, name, callback):
    assert name, f"{route} has no URL name"
    assert name in DECISIONS, f"{name} ({route}) has no role decision in DECISIONS"
    assert _decision(callback) == DECISIONS[name], f"{name} declares {_decision(callback)}"


def test_the_table_names_only_real_views():
    assert set(DECISIONS) == {name for _, name, _ in ROUTES}


def test_only_the_sign_in_pages_skip_the_second_factor():
    exempt = {name for _, name, callback in ROUTES if getattr(callback, EXEMPT_ATTR, False)}
    assert exempt == BEFORE_SECOND_FACTOR


@pytest.fixture
def clients(make_user) -> dict[str, tuple[Any, Client]]:
    made: dict[str, tuple[Any, Client]] = {"anonymous": (None, Client())}
    for role in sorted(ALL):
        staff = role == "admin"
        user = make_user(f"walk-{role}", role, is_staff=staff, is_superuser=staff)
        made[role] = (user, Client())
    return made


def _request(client: Client, user: Any, method: str, path: str) -> Any:
    if user is not None:
        client.force_login(user)  # logout and session checks may have signed it out
    return getattr(client, method)(path)


@pytest.mark.django_db
def test_every_url_every_role_every_method(clients):
    problems = []
    for route, name, _ in ROUTES:
        path = _concrete(route)
        decision = DECISIONS[name]
        for who, (user, client) in clients.items():
            for method in METHODS:
                status = _request(client, user, method, path).status_code
                where = f"{method.upper()} {path} as {who}: {status}"
                if status >= 500:
                    problems.append(where)
                elif decision == PUBLIC:
                    continue
                elif who == "anonymous":
                    if status != 302:
                        problems.append(where + " (expected the login redirect)")
                elif who in decision:  # type: ignore[operator]
                    if status == 403:
                        problems.append(where + " (refused an allowed role)")
                elif status != 403:
                    problems.append(where + " (let in a refused role)")
    assert not problems, "\n".join(problems)


@pytest.mark.django_db
def test_every_admin_url_needs_staff(clients):
    problems = []
    for route, _ in ADMIN_ROUTES:
        path = _concrete(route)
        for who, (user, client) in clients.items():
            for method in METHODS:
                response = _request(client, user, method, path)
                status = response.status_code
                where = f"{method.upper()} {path} as {who}: {status}"
                if status >= 500:
                    problems.append(where)
                elif who != "admin" and path not in ("/admin/login/", "/admin/logout/"):
                    refused = status == 403 or (
                        status == 302 and "/login/" in response.get("Location", "")
                    )
                    if not refused and status not in (404, 405):
                        problems.append(where + " (a non-staff account got in)")
    assert not problems, "\n".join(problems)


@pytest.mark.django_db
def test_before_the_second_factor_only_the_sign_in_pages_open(clients, settings):
    settings.TWO_FACTOR_REQUIRED = True
    problems = []
    every = [(r, n) for r, n, _ in ROUTES] + ADMIN_ROUTES
    for who in ("practitioner", "admin"):
        user, client = clients[who]
        for route, name in every:
            path = _concrete(route)
            for method in ("get", "post"):
                response = _request(client, user, method, path)
                location = response.get("Location", "")
                held = response.status_code == 302 and "/account/two-factor/" in location
                open_anyway = (
                    DECISIONS.get(name) == PUBLIC
                    or name in BEFORE_SECOND_FACTOR
                    or path in ("/admin/login/", "/admin/logout/")
                )
                if not held and not open_anyway and response.status_code != 404:
                    problems.append(f"{method.upper()} {path} as {who}: {response.status_code}")
    assert not problems, "\n".join(problems)
