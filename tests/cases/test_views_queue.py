"""The queue: filters, search, order, pagination, and a bounded number of queries."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone

from casebook.cases import actions
from casebook.cases.models import OPEN_STATUSES, Case, Category, Enquirer, Status
from casebook.cases.queries import QueueFilters, queue_page


@pytest.fixture
def helpline(db, practitioner, other_practitioner):
    """Five cases with known differences, opened a day apart (c0 oldest)."""
    now = timezone.now()
    teacher = Enquirer.objects.create(name="Ima Teacher", email="ima@school.example.org")
    officer = Enquirer.objects.create(name="Pc Example", email="pc@police.example.org")
    sexting = Category.objects.get(name="Sexting")
    specs = [
        ("Fake account of head teacher", "email", teacher, Status.NEW, None, []),
        ("Nude image shared in year 9", "web", teacher, Status.OPEN, practitioner, [sexting]),
        ("Advice on device search", "phone", officer, Status.AWAITING_ENQUIRER, None, []),
        ("Threats in group chat", "email", officer, Status.ESCALATED, other_practitioner, []),
        ("Old closed matter", "email", teacher, Status.CLOSED, practitioner, [sexting]),
    ]
    cases = []
    for i, (subject, channel, enquirer, status, assignee, cats) in enumerate(specs):
        case = actions.do_open_case(
            enquirer=enquirer,
            channel=channel,
            subject=subject,
            first_message="text",
            opened_at=now - timedelta(days=10 - i),
            categories=cats,
        )
        Case.objects.filter(pk=case.pk).update(status=status, assigned_to=assignee)
        cases.append(Case.objects.get(pk=case.pk))
    return cases


def refs(response: Any) -> list[str]:
    return [c.reference for c in response.context["page"].cases]


@pytest.fixture
def get(client, practitioner):
    client.force_login(practitioner)

    def fetch(**params):
        if "q" in params:  # searches are posted, then shown by a redirect
            response = client.post(reverse("case-queue"), params, follow=True)
            assert params["q"] not in response.redirect_chain[-1][0]
        else:
            response = client.get(reverse("case-queue"), params)
        assert response.status_code == 200
        return response

    return fetch


def test_default_shows_open_cases_due_first(get, helpline):
    c = [x.reference for x in helpline]
    response = get()
    # All four were opened by an enquirer's message: the oldest is due first. The one
    # awaiting the enquirer (c2) was set so behind the clock's back here, so it is still due.
    assert refs(response) == [c[0], c[1], c[2], c[3]]
    assert '<option value="active" selected>' in response.content.decode()


def test_newest_first(get, helpline):
    c = [x.reference for x in helpline]
    assert refs(get(order="newest")) == [c[3], c[2], c[1], c[0]]


def test_oldest_first(get, helpline):
    c = [x.reference for x in helpline]
    assert refs(get(order="oldest")) == [c[0], c[1], c[2], c[3]]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"status": "all"}, [4, 3, 2, 1, 0]),  # may hold closed cases: newest first
        ({"status": "closed"}, [4]),
        ({"status": "awaiting"}, [2]),
        ({"status": "open"}, [1]),  # the one status, not "anything but closed"
        ({"status": "active", "order": "newest"}, [3, 2, 1, 0]),
        ({"channel": "email", "order": "newest"}, [3, 0]),
        ({"channel": "email", "status": "all"}, [4, 3, 0]),
        ({"mine": "on"}, [1]),
        ({"assigned": "me"}, [1]),
        ({"mine": "on", "status": "all"}, [4, 1]),
        ({"assigned": "none", "order": "newest"}, [2, 0]),
        ({"q": "device"}, [2]),
        ({"q": "FAKE ACCOUNT"}, [0]),
        ({"q": "pc@police.example.org"}, [3, 2]),
        ({"q": "PC@Police.example.org", "status": "all"}, [3, 2]),
        ({"q": "nobody@nowhere.example"}, []),
        ({"status": "bogus", "order": "newest"}, [3, 2, 1, 0]),  # bad values: the defaults
    ],
)
def test_filters_and_search(get, helpline, params, expected):
    assert refs(get(**params)) == [helpline[i].reference for i in expected]


@pytest.mark.parametrize("rare_limit", [5_000, 0])  # by id list, and by EXISTS
def test_filter_by_category(get, helpline, monkeypatch, rare_limit):
    monkeypatch.setattr("casebook.cases.queries.RARE_CATEGORY_TAGS", rare_limit)
    sexting = Category.objects.get(name="Sexting")
    assert refs(get(category=sexting.pk)) == [helpline[1].reference]
    assert refs(get(category=sexting.pk, status="all")) == [
        helpline[4].reference,
        helpline[1].reference,
    ]


def test_search_by_reference_finds_closed_cases_whatever_the_status_filter(get, helpline):
    closed = helpline[4].reference
    assert refs(get(q=closed.lower(), status="all")) == [closed]
    assert refs(get(q=closed)) == [closed]
    assert refs(get(q=closed, status="awaiting")) == [closed]


def test_rows_show_what_practitioners_need(get, helpline):
    page = get().content.decode()
    assert "Nude image shared in year 9" in page
    assert "Ima Teacher" in page
    assert "Awaiting enquirer" in page
    assert "Alice" in page  # assignee
    assert "Sexting" in page
    assert "Web form" in page


def test_pagination_by_offset_without_counting(practitioner, enquirer):
    now = timezone.now()
    for i in range(7):
        actions.do_open_case(
            enquirer=enquirer,
            channel="email",
            subject=f"case {i}",
            first_message="x",
            opened_at=now - timedelta(hours=i),
        )
    filters = QueueFilters()
    first = queue_page(user=practitioner, filters=filters, page=1, per_page=3)
    second = queue_page(user=practitioner, filters=filters, page=2, per_page=3)
    third = queue_page(user=practitioner, filters=filters, page=3, per_page=3)
    subjects = [c.subject for p in (first, second, third) for c in p.cases]
    # The pages, one after another, are the whole queue in its own order (due time first,
    # which depends on the time of day the test runs), each case once.
    whole = queue_page(user=practitioner, filters=filters, page=1, per_page=50)
    assert subjects == [c.subject for c in whole.cases]
    assert sorted(subjects) == [f"case {i}" for i in range(7)]
    assert (first.has_previous, first.has_next) == (False, True)
    assert (second.has_previous, second.has_next) == (True, True)
    assert (third.has_previous, third.has_next) == (True, False)


def test_pager_links_keep_the_filters(get, enquirer):
    for i in range(51):
        actions.do_open_case(enquirer=enquirer, channel="email", subject=f"s{i}", first_message="x")
    page = get(channel="email").content.decode()
    assert "channel=email&amp;page=2" in page
    assert len(refs(get(channel="email", page=2))) == 1


def test_queue_queries_do_not_grow_with_rows(
    get, enquirer, practitioner, django_assert_max_num_queries
):
    sexting = Category.objects.get(name="Sexting")
    for i in range(40):
        case = actions.do_open_case(
            enquirer=enquirer, channel="email", subject=f"s{i}", first_message="x"
        )
        actions.do_add_category(case=case, actor=practitioner, category=sexting)
        Case.objects.filter(pk=case.pk).update(assigned_to=practitioner)
    get()  # reads the category and caseworker lists, kept for the next requests
    # Session and user; flagged cases, the page's ids, its rows (with the follow-up marker and
    # banner count; with tags on PostgreSQL), tags elsewhere; held messages.
    with django_assert_max_num_queries(7):
        assert len(refs(get())) == 40


@pytest.mark.postgres_only
def test_on_postgresql_the_page_is_one_statement_kept_prepared(get, enquirer, practitioner):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if connection.vendor != "postgresql":
        pytest.skip("elsewhere the queue reads its parts in queries of their own")
    for i in range(3):
        actions.do_open_case(enquirer=enquirer, channel="email", subject=f"s{i}", first_message="x")
    get()  # reads the reference lists, kept for the next requests
    with CaptureQueriesContext(connection) as seen:
        assert len(refs(get())) == 3
    # Flagged cases, the page's ids and rows, held messages and the follow-up count: one read.
    reads = [q["sql"] for q in seen.captured_queries if "cases_case" in q["sql"]]
    assert len(reads) == 1, reads
    get()
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements WHERE NOT from_sql")
        prepared = [text for (text,) in cursor.fetchall()]
        cursor.execute("SHOW plan_cache_mode")
        (plan_mode,) = cursor.fetchone()
    # Parsed and planned once per connection: its constants are literals in the text (the
    # open statuses the queue's partial indexes are built on), so the generic plan is good.
    statement = [text for text in prepared if "walked AS MATERIALIZED" in text]
    assert len(statement) == 1, prepared
    assert all(f"'{status}'" in statement[0] for status in OPEN_STATUSES)
    assert plan_mode == "force_generic_plan"
    # A search's statement carries its text as a parameter and is never kept prepared.
    assert len(refs(get(q="s1"))) == 1
    get(q="s1")
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_prepared_statements WHERE NOT from_sql")
        (after,) = cursor.fetchone()
    assert after == len(prepared)


@pytest.mark.postgres_only
@pytest.mark.parametrize("status", ["new", "open", "closed"])
def test_on_postgresql_a_single_status_is_written_into_the_statement(status, get, helpline):
    """A status chosen in the filter is a literal of the prepared statement, not a parameter:
    the generic plan of "status = $1" could not use the open cases' partial indexes, and read
    the whole case table for a status with few cases."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("the statement is PostgreSQL's")
    expected = [c.reference for c in helpline if c.status == status]
    assert refs(get(status=status)) == expected
    assert refs(get(status=status)) == expected  # kept prepared from its second run
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements WHERE NOT from_sql")
        prepared = [text for (text,) in cursor.fetchall() if "walked AS MATERIALIZED" in text]
    assert len(prepared) == 1, prepared
    assert f""""cases_case"."status" = '{status}'""" in prepared[0]


def test_a_status_the_form_does_not_offer_matches_no_case(practitioner, helpline):
    # (The form turns such a value into the default; the query itself must not widen it.)
    assert queue_page(user=practitioner, filters=QueueFilters(status="bogus")).rows == []
    new = queue_page(user=practitioner, filters=QueueFilters(status="new"))
    assert [case.reference for case in new.cases] == [helpline[0].reference]


def test_statement_constants_are_written_in_as_escaped_literals():
    from casebook.cases.queries import _inline, _Slot

    sql, slots = _inline(
        "a = %s AND b = %s AND c LIKE '%%x' AND d = %s LIMIT %s",
        [_Slot("first"), "it's 100%", _Slot("now"), _Slot("walk")],
        {"walk": 51},
    )
    assert sql == "a = %s AND b = 'it''s 100%%' AND c LIKE '%%x' AND d = %s LIMIT 51"
    assert slots == [_Slot("first"), _Slot("now")]


@pytest.mark.parametrize(
    ("ago", "expected"),
    [
        (timedelta(seconds=30), "0 min"),
        (timedelta(minutes=59), "59 min"),
        (timedelta(hours=1), "1 h"),
        (timedelta(hours=47), "47 h"),
        (timedelta(days=2), "2 d"),
        (timedelta(days=13), "13 d"),
        (timedelta(days=14), "2 wk"),
        (timedelta(days=60), "8 wk"),
        (timedelta(days=61), "2 mo"),
        (timedelta(days=729), "23 mo"),
        (timedelta(days=731), "2 y"),
        (-timedelta(hours=3), "0 min"),  # a clock slightly ahead never shows a negative age
    ],
)
def test_age_is_compact(ago, expected):
    from casebook.cases.templatetags.casebook_ui import age

    assert age(timezone.now() - ago) == expected


def test_choice_labels():
    from casebook.cases.templatetags.casebook_ui import label

    assert label("awaiting", "status") == "Awaiting enquirer"
    assert label("web", "channel") == "Web form"
    assert label("", "enquirer_type") == "Not recorded"
    assert label("unknown-value", "status") == "unknown-value"


def test_search_text_stays_out_of_urls(client, practitioner, helpline):
    client.force_login(practitioner)
    email = "pc@police.example.org"
    response = client.post(reverse("case-queue"), {"q": email, "channel": "email"})
    assert response.status_code == 302
    location = response["Location"]
    assert "police" not in location
    assert "s=1" in location
    assert "channel=email" in location
    page = client.get(location)
    assert refs(page) == [helpline[3].reference]
    assert f'value="{email}"' in page.content.decode()  # the box still shows the search
    # A crafted URL cannot search, and a plain visit to the queue drops the search.
    assert len(refs(client.get(reverse("case-queue"), {"q": "device"}))) == 4
    assert len(refs(client.get(reverse("case-queue")))) == 4
    # An empty search clears it.
    response = client.post(reverse("case-queue"), {"q": ""}, follow=True)
    assert "s=1" not in response.redirect_chain[-1][0]


def test_search_pages_keep_the_search(client, practitioner, enquirer):
    client.force_login(practitioner)
    for i in range(52):
        actions.do_open_case(
            enquirer=enquirer, channel="email", subject=f"needle {i}", first_message="x"
        )
    actions.do_open_case(enquirer=enquirer, channel="email", subject="hay", first_message="x")
    response = client.post(reverse("case-queue"), {"q": "needle"}, follow=True)
    assert "s=1&amp;page=2" in response.content.decode()
    second = client.get(response.redirect_chain[-1][0] + "&page=2")
    assert [c.subject for c in second.context["page"].cases] == ["needle 1", "needle 0"]


def test_search_needs_csrf(practitioner, helpline):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(practitioner)
    assert client.post(reverse("case-queue"), {"q": "device"}).status_code == 403


def test_email_search_finds_addresses_stored_in_mixed_case(get, enquirer):
    mixed = Enquirer.objects.create(name="Mixed", email="Jo.Bloggs@Example.ORG")
    case = actions.do_open_case(enquirer=mixed, channel="email", subject="s", first_message="x")
    actions.do_open_case(enquirer=enquirer, channel="email", subject="other", first_message="x")
    for typed in ("jo.bloggs@example.org", "JO.BLOGGS@EXAMPLE.ORG", "Jo.Bloggs@Example.ORG"):
        assert refs(get(q=typed)) == [case.reference], typed


@pytest.mark.parametrize("per_page", [1, 2, 3, 4, 11])
def test_flagged_cases_first_then_the_rest_page_by_page(practitioner, enquirer, per_page):
    from casebook.classify.actions import mark_flagged_cases
    from casebook.classify.models import FlagState, RiskFlag

    now = timezone.now()
    cases = [
        actions.do_open_case(
            enquirer=enquirer,
            channel="email",
            subject=f"case {i}",
            first_message="x",
            opened_at=now - timedelta(hours=i),
        )
        for i in range(10)
    ]
    # Flags among the newer and the older cases; one cleared (no longer first), one on a
    # closed case (not in the queue at all).
    for i, state in [(1, FlagState.RAISED), (4, FlagState.CONFIRMED), (8, FlagState.RAISED)]:
        RiskFlag.objects.create(
            case=cases[i], kind="self_harm", state=state, score=1, source="t", raised_at=now
        )
    RiskFlag.objects.create(
        case=cases[6], kind="self_harm", state=FlagState.CLEARED, score=1, source="t", raised_at=now
    )
    RiskFlag.objects.create(
        case=cases[9], kind="self_harm", state=FlagState.RAISED, score=1, source="t", raised_at=now
    )
    Case.objects.filter(pk=cases[9].pk).update(status=Status.CLOSED)
    mark_flagged_cases(case_ids=[case.pk for case in cases])  # as the flags' actions do
    filters = QueueFilters(order="newest")
    seen, flags, number = [], [], 1
    while True:
        page = queue_page(user=practitioner, filters=filters, page=number, per_page=per_page)
        seen += [row.case.subject for row in page.rows]
        flags += [bool(row.risks) for row in page.rows]
        if not page.has_next:
            break
        number += 1
    expected = [1, 4, 8, 0, 2, 3, 5, 6, 7]
    assert seen == [f"case {i}" for i in expected]
    assert flags == [True] * 3 + [False] * 6
    assert number == -(-len(expected) // per_page)


def _notes_rendered(response: Any) -> set[str]:
    """Which of the queue's two note templates the page rendered."""
    notes = {"partners/_queue_follow_ups.html", "intake/_queue_held.html"}
    return {t.name for t in response.templates if t.name in notes}


def test_the_held_note_is_rendered_only_when_messages_are_held(get, enquirer, practitioner):
    from casebook.cases.models import Message
    from casebook.intake.models import HeldMessage

    case = actions.do_open_case(
        enquirer=enquirer, channel="email", subject="Held here", first_message="x"
    )
    page = get()
    assert "intake/_queue_held.html" not in _notes_rendered(page)
    assert "held for a decision" not in page.content.decode()
    HeldMessage.objects.create(
        message=Message.objects.filter(case=case).get(), reason="unknown sender"
    )
    page = get()
    assert "intake/_queue_held.html" in _notes_rendered(page)
    assert "1 message held for a decision" in page.content.decode()


@pytest.mark.postgres_only
def test_on_postgresql_the_follow_up_note_is_rendered_only_when_some_are_overdue(
    get, case, practitioner
):
    """The statement reads the overdue count with the rows; a count of zero renders no note
    (elsewhere the note's template reads the count itself, so it is always rendered)."""
    from django.db import connection

    from casebook.cases.models import Platform
    from casebook.partners import actions as partner_actions
    from casebook.partners.models import Escalation

    if connection.vendor != "postgresql":
        pytest.skip("the count comes with the rows on PostgreSQL only")
    escalation = partner_actions.do_escalate_item(
        case=case,
        actor=practitioner,
        platform=Platform.objects.get(name="TikTok"),
        kind="account",
        item="@x",
    )
    page = get()
    assert "partners/_queue_follow_ups.html" not in _notes_rendered(page)
    assert "with platforms" not in page.content.decode()
    Escalation.objects.filter(pk=escalation.pk).update(
        follow_up_due_at=timezone.now() - timedelta(minutes=1)
    )
    page = get()
    assert "partners/_queue_follow_ups.html" in _notes_rendered(page)
    assert "1 follow-up with platforms is overdue" in page.content.decode()


def test_row_links_follow_the_script_prefix(practitioner, helpline):
    """The case URL's parts are kept per URL configuration and script prefix: a server mounted
    under a prefix links to its own case pages, whichever was asked first."""
    from django.urls import get_script_prefix, set_script_prefix

    before = get_script_prefix()
    try:
        for prefix in ("/", "/helpline/", "/"):
            set_script_prefix(prefix)
            urls = [row.url for row in queue_page(user=practitioner, filters=QueueFilters()).rows]
            assert urls == [f"{prefix}cases/{c.reference}/" for c in helpline[:4]]
    finally:
        set_script_prefix(before)
