"""Pages kept per process (casebook.lib.shell): the queue through a kept render is the page the
template engine gives for the same request, for each kind of viewer and page, each viewer sees
their own name and CSRF token, and a kept render refuses to show what it is not keyed by."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.template import engines
from django.test import Client
from django.utils import timezone

from casebook.cases import actions
from casebook.cases.models import Case, Category, Enquirer, Status
from casebook.lib import shell

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def cases(db: Any) -> list[Case]:
    """Three open cases and a closed one, a day apart, one tagged."""
    now = timezone.now()
    teacher = Enquirer.objects.create(name="Ima <Teacher>", email="ima@school.example.org")
    sexting = Category.objects.get(name="Sexting")
    made = []
    for i, status in enumerate([Status.NEW, Status.OPEN, Status.ESCALATED, Status.CLOSED]):
        case = actions.do_open_case(
            enquirer=teacher,
            channel="email",
            subject=f"Made-up matter {i} & <more>",
            first_message="text",
            opened_at=now - timedelta(days=5 - i),
            categories=[sexting] if i == 1 else [],
        )
        Case.objects.filter(pk=case.pk).update(status=status)
        made.append(case)
    return made


def _normal(client: Client, path: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The page through the template engine: render_kept renders normally when a request has
    messages, so say it has (the page's own messages come from the context processor)."""
    with monkeypatch.context() as patch:
        patch.setattr(shell, "get_messages", lambda request: [object()])
        response = client.get(path)
    assert response.status_code == 200
    return str(response.content.decode())


def _kept(client: Client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200
    return str(response.content.decode())


def _without_tokens(page: str) -> str:
    return TOKEN.sub('name="csrfmiddlewaretoken" value=""', page)


@pytest.mark.parametrize(
    ("role", "staff"), [("practitioner", False), ("supervisor", False), ("supervisor", True)]
)
def test_kept_queue_pages_equal_the_engines(
    cases: list[Case], make_user: Any, monkeypatch: pytest.MonkeyPatch, role: str, staff: bool
) -> None:
    user = make_user("viewer", role, is_staff=staff)
    user.first_name, user.last_name = '<Ada> & "Bo"', "O'Made-Up"
    user.save()
    client = Client()
    client.force_login(user)
    paths = [
        "/cases/",
        "/cases/?page=2",  # no rows, a previous page
        "/cases/?status=closed",  # the note on closed cases
        "/cases/?status=all&order=oldest",
        f"/cases/?category={Category.objects.get(name='Sexting').pk}&assigned=none",
    ]
    client.post("/cases/", {"q": "matter <1>", "order": "due"})  # a search kept in the session
    paths.append("/cases/?s=1")
    for path in paths:
        kept, normal = _kept(client, path), _normal(client, path, monkeypatch)
        assert TOKEN.search(kept) and TOKEN.search(normal)
        assert _without_tokens(kept) == _without_tokens(normal), path
        assert "&lt;Ada&gt; &amp; &quot;Bo&quot; O&#x27;Made-Up" in kept
    assert "matter &lt;1&gt;" in kept  # the search text, escaped
    assert ("Admin</a>" in kept) is staff


def test_each_viewer_sees_their_own_name_and_token(cases: list[Case], make_user: Any) -> None:
    first = make_user("made-up-one", "practitioner")
    second = make_user("made-up-two", "practitioner")
    seen = {}
    for user in (first, second):
        client = Client(enforce_csrf_checks=True)
        client.force_login(user)
        page = _kept(client, "/cases/")
        assert f">{user.display_name()}</a>" in page
        other = second if user == first else first
        assert f">{other.display_name()}</a>" not in page
        tokens = set(TOKEN.findall(page))
        assert len(tokens) == 1  # one masked token per page, in both forms
        # The page's token goes with this client's CSRF cookie: its filter form posts.
        (token,) = tokens
        assert client.post("/cases/", {"csrfmiddlewaretoken": token}).status_code == 302
        assert client.post("/cases/", {"csrfmiddlewaretoken": "x" * 64}).status_code == 403
        seen[user.pk] = token
    assert seen[first.pk] != seen[second.pk]


def test_a_render_is_kept_per_role_and_shape(
    cases: list[Case], make_user: Any, supervisor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shell, "_kept", {})
    one, two = make_user("made-up-one", "practitioner"), make_user("made-up-two", "practitioner")
    for user in (one, two, one):
        client = Client()
        client.force_login(user)
        _kept(client, "/cases/")
    assert len(shell._kept) == 1  # two practitioners, one shape: one render
    _kept(client, "/cases/?page=2")
    assert len(shell._kept) == 2  # another shape
    client.force_login(supervisor)
    _kept(client, "/cases/")
    assert len(shell._kept) == 3  # another role


def test_messages_are_shown_through_the_engine(cases: list[Case], practitioner: Any) -> None:
    client = Client()
    client.force_login(practitioner)
    client.post("/cases/", {"q": "x" * 1000})
    page = _kept(client, "/cases/")
    assert 'class="flash"' in page and "Nothing was searched" in page
    assert 'class="flash"' not in _kept(client, "/cases/")  # shown once


def test_a_kept_render_refuses_what_it_is_not_keyed_by(practitioner: Any) -> None:
    engine = engines["django"]
    user = shell._User(shell._user_facts(practitioner))
    request = shell._Request(shell._Match("case-queue", ""))
    context = {"user": user, "request": request, "slot": shell._Markers()}
    shown = engine.from_string(
        "{{ user.role }} {{ user.get_role_display }} {{ request.resolver_match.url_name }}"
    ).render(context)
    assert shown == "practitioner Practitioner case-queue"
    asked = ["{{ user.email }}", "{{ user.username }}", "{{ request.path }}", "{{ request.GET }}"]
    for text in asked:
        with pytest.raises(shell.ShellError):
            engine.from_string(text).render(context)
    # A slot the view does not give, in a normal render.
    with pytest.raises(shell.ShellError):
        engine.from_string("{{ slot.rows }}").render({"slot": shell.Slots({"search": ""})})
