"""The case page shows the latest changes; the history page lists every one, a page at a time.

A busy case carries hundreds of audit events (each escalated item and each outcome writes one),
so the case page stops at queries.HISTORY_SHOWN and links to the full history.
"""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from casebook.accounts.models import AuditEvent
from casebook.cases import actions
from casebook.cases.queries import HISTORY_PAGE_SIZE, HISTORY_SHOWN


def add_events(case, actor, count: int) -> None:
    """count more audit events on the case, told apart by their text: "Event 1" is the oldest."""
    for n in range(1, count + 1):
        actions.audit(actor=actor, case=case, action="category.added", category=f"Event {n}")


def shown(html: str) -> list[str]:
    """The numbers of the "Event N" entries in the history list of a page, in page order."""
    start = html.index('id="history"')
    return re.findall(r"Category added: Event (\d+)<", html[start:])


def case_page(client, case) -> str:
    html: str = client.get(reverse("case-detail", args=[case.reference])).content.decode()
    return html


def history(client, case, query: str = ""):
    return client.get(reverse("case-history", args=[case.reference]) + query)


def test_case_page_shows_the_latest_changes_and_links_to_the_rest(client, case, practitioner):
    add_events(case, practitioner, HISTORY_SHOWN + 10)  # and "Case opened": 41 events
    client.force_login(practitioner)
    page = case_page(client, case)
    total = HISTORY_SHOWN + 11
    assert shown(page) == [str(n) for n in range(HISTORY_SHOWN + 10, 10, -1)]
    assert "Case opened" not in page[page.index('id="history"') :]
    assert f"The latest {HISTORY_SHOWN} of {total} changes" in page
    link = reverse("case-history", args=[case.reference])
    assert f'<a href="{link}">Full history: all {total} changes</a>' in page


def test_case_page_shows_a_short_history_whole_without_a_link(client, case, practitioner):
    add_events(case, practitioner, HISTORY_SHOWN - 1)
    client.force_login(practitioner)
    page = case_page(client, case)
    assert shown(page) == [str(n) for n in range(HISTORY_SHOWN - 1, 0, -1)]
    assert f"Every change to this case ({HISTORY_SHOWN})" in page
    assert "Case opened" in page[page.index('id="history"') :]
    assert reverse("case-history", args=[case.reference]) not in page


def test_the_whole_dialogue_stays_on_the_case_page(client, case, practitioner):
    for n in range(40):
        actions.do_add_note(case=case, actor=practitioner, text=f"Note number {n} of forty")
    client.force_login(practitioner)
    page = case_page(client, case)
    assert all(f"Note number {n} of forty" in page for n in range(40))


def test_history_page_lists_every_change_newest_first(client, case, practitioner):
    add_events(case, practitioner, HISTORY_SHOWN + 10)
    client.force_login(practitioner)
    response = history(client, case)
    assert response.status_code == 200
    page = response.content.decode()
    assert shown(page) == [str(n) for n in range(HISTORY_SHOWN + 10, 0, -1)]
    assert "Case opened (email)" in page
    assert f"{HISTORY_SHOWN + 11} changes" in page
    assert 'rel="next"' not in page  # one page holds them all
    assert f'href="{reverse("case-detail", args=[case.reference])}"' in page


def test_history_page_pages_a_long_history(client, case, practitioner):
    extra = 25
    add_events(case, practitioner, HISTORY_PAGE_SIZE + extra)  # with "Case opened": two pages
    client.force_login(practitioner)
    first = history(client, case).content.decode()
    second = history(client, case, "?page=2").content.decode()
    assert shown(first) == [str(n) for n in range(HISTORY_PAGE_SIZE + extra, extra, -1)]
    assert shown(second) == [str(n) for n in range(extra, 0, -1)]
    assert "Case opened (email)" in second and "Case opened" not in first
    assert '<a rel="next" href="?page=2">' in first
    assert '<a rel="prev" href="?page=1">' in second and 'rel="next"' not in second
    # A bad or too-large page number shows the first or last page rather than an error.
    assert shown(history(client, case, "?page=x").content.decode()) == shown(first)
    assert shown(history(client, case, "?page=99").content.decode()) == shown(second)


def test_history_links_dialogue_entries_to_the_case_page(client, case, practitioner):
    note = actions.do_add_note(case=case, actor=practitioner, text="A note")
    client.force_login(practitioner)
    page = history(client, case).content.decode()
    url = reverse("case-detail", args=[case.reference])
    assert f'<a href="{url}#m{note.pk}">' in page
    # On the case page itself the link stays within the page.
    assert f'<a href="#m{note.pk}">' in case_page(client, case)


def test_history_shows_only_this_case(client, case, practitioner, enquirer):
    other = actions.do_open_case(
        enquirer=enquirer, channel="web", subject="Another", first_message="Another case."
    )
    actions.audit(actor=practitioner, case=other, action="category.added", category="Elsewhere")
    client.force_login(practitioner)
    page = history(client, case).content.decode()
    assert "Elsewhere" not in page and "Case opened (web)" not in page
    assert AuditEvent.objects.filter(case=case).count() == 1
    assert "1 change" in page


@pytest.mark.parametrize("role", ["analyst", "admin_user"])
def test_history_page_is_for_casework_roles_only(client, case, role, request):
    client.force_login(request.getfixturevalue(role))
    assert history(client, case).status_code == 403


def test_history_page_needs_sign_in(client, case):
    response = history(client, case)
    assert response.status_code == 302 and "login" in response["Location"]


def test_history_of_no_such_case_is_404(client, practitioner):
    client.force_login(practitioner)
    assert client.get(reverse("case-history", args=["CB-2020-99999"])).status_code == 404


def test_supervisor_sees_the_history(client, case, supervisor):
    client.force_login(supervisor)
    assert history(client, case).status_code == 200
