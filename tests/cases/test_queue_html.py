"""The queue's rows and filter options as built in Python (casebook.cases.queue_html), and the
per-process reference lists behind its filter selects (casebook.cases.reference_lists)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.conf import settings
from django.urls import reverse

from casebook.cases import actions, queue_html, reference_lists
from casebook.cases.models import Case, Category, Enquirer, Status
from casebook.cases.queries import QueueCase, QueueRow, QueueTag

HOSTILE = [
    '<script>alert("x")</script>',
    '"><img src=x onerror=alert(1)>',
    "' onmouseover='alert(2)",
    "&lt;already escaped&gt; & <b>bold</b>",
]
NOW = datetime(2026, 3, 6, 12, 0, tzinfo=UTC)


def _row(text: str, **case_fields: object) -> QueueRow:
    fields: dict[str, object] = {
        "pk": 7,
        "reference": "CB-2026-7",
        "subject": text,
        "channel": "email",
        "status": "open",
        "opened_at": NOW - timedelta(days=3),
        "enquirer_type": "teacher",
        "response_due_at": None,
        "response_paused_seconds": None,
        "reopened": False,
        "last_activity_at": NOW - timedelta(hours=2),
        "assigned_to_id": 3,
        "unseen": True,
        "assignee": text,
        "enquirer": text,
    }
    fields.update(case_fields)
    return QueueRow(
        case=QueueCase(**fields),  # type: ignore[arg-type]
        tags=[QueueTag(name=text, by_enquirer=True), QueueTag(name="Sexting", by_enquirer=False)],
        url="/cases/CB-2026-7/",
        opened="3 Mar 2026 12:00",
        due=text,
        due_state="overdue",
        unseen=f"Not yet seen by {text}",
        risks=[text],
        follow_up_due=True,
    )


def _without_markup(html: str) -> str:
    """The text between tags and inside attribute values, unescaped: what a reader sees."""
    return re.sub(r"<[^>]*>", " ", html)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_in_every_cell_renders_inert(text):
    html = queue_html.queue_rows([_row(text)], held_case_ids={7}, now=NOW)
    # No tag or attribute but ours: every < and quote of the text arrives escaped.
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "onmouseover='" not in html and "onerror=alert(1)>" not in html
    tags = re.findall(r"<(\w+)", html)
    assert set(tags) <= {"tr", "td", "a", "span", "div"}
    # The text is all there, escaped once (subject, enquirer, assignee, due, tags, risk, marker).
    from django.utils.html import escape

    assert html.count(escape(text)) == 8
    assert '<span class="flag flag-held">Held message</span>' in html
    assert '<div class="marker-follow-up">Follow-up due</div>' in html


def test_row_markup_matches_the_queue_s_cells():
    plain = _row("Fake account", reopened=True, enquirer_type="", assignee="")
    plain.risks, plain.unseen, plain.due, plain.follow_up_due = [], "", "", False
    html = queue_html.queue_rows([plain], held_case_ids=set(), now=NOW)
    assert html.startswith(
        '<tr class=" reopened"><td class="ref"><a href="/cases/CB-2026-7/">CB-2026-7</a>'
        ' <span class="flag flag-reopened">Reopened</span></td>'
    )
    assert '<td class="subject"><a href="/cases/CB-2026-7/" tabindex="-1">Fake account</a>' in html
    assert '<span class="status status-open">Open</span><div class="sub">Email</div></td>' in html
    assert '<td class="due"><span class="sub">—</span><div class="sub">active 2 h ago</div>' in html
    assert '<td class="when">3 Mar 2026 12:00<div class="sub">3 d ago</div></td>' in html
    assert '<td class="assignee"><span class="sub">Unassigned</span></td>' in html
    assert (
        '<span class="tag tag-enquirer">Fake account</span><span class="tag">Sexting</span>' in html
    )
    assert "riskmark" not in html and "Held message" not in html and "Follow-up" not in html


def test_unknown_stored_values_are_shown_escaped():
    row = _row("x", status="<odd>", channel="<chan>", enquirer_type="<kind>")
    html = queue_html.queue_rows([row], held_case_ids=set(), now=NOW)
    assert "status-&lt;odd&gt;" in html and "&lt;chan&gt;" in html and "&lt;kind&gt;" in html
    assert "<odd>" not in html


@pytest.mark.parametrize(
    ("selected", "chosen"),
    [("b", "b"), (2, "2"), ("2", "2"), (None, None), ("", None), ("zz", None)],
)
def test_options_mark_the_selected_one(selected, chosen):
    html = queue_html.options([("a", "A"), ("b", "B"), (2, "Two")], selected)
    assert re.findall(r'<option value="([^"]*)" selected>', html) == ([chosen] if chosen else [])
    assert html.count("<option") == 3


def test_options_escape_values_and_labels():
    html = queue_html.options([('"><script>', "<i>name</i>")], None)
    assert html == '<option value="&quot;&gt;&lt;script&gt;">&lt;i&gt;name&lt;/i&gt;</option>'


def test_hostile_case_renders_inert_in_the_queue_page(client, practitioner):
    client.force_login(practitioner)
    category = Category.objects.create(name='<img src=x onerror="alert(3)">', position=99)
    enquirer = Enquirer.objects.create(name="<script>alert(4)</script>", email="")
    case = actions.do_open_case(
        enquirer=enquirer,
        channel="email",
        subject='"><svg onload=alert(5)>',
        first_message="text",
        categories=[category],
    )
    Case.objects.filter(pk=case.pk).update(assigned_to=practitioner)
    html = client.get(reverse("case-queue")).content.decode()
    assert case.reference in html
    for raw in ("<img src=x", "<script>alert(4)", "<svg onload"):
        assert raw not in html
    assert "&lt;script&gt;alert(4)&lt;/script&gt;" in html
    assert "&quot;&gt;&lt;svg onload=alert(5)&gt;" in html
    # In the row's tags and in the category filter's options alike.
    assert html.count("&lt;img src=x onerror=&quot;alert(3)&quot;&gt;") == 2


def _filter_options(html: str, select: str) -> list[str]:
    body = html.split(f'<select name="{select}"')[1].split("</select>")[0]
    return re.findall(r">([^<]*)</option>", body)


def test_filter_lists_follow_changes_to_categories_and_caseworkers(client, practitioner, make_user):
    client.force_login(practitioner)
    html = client.get(reverse("case-queue")).content.decode()
    assert "Online gambling" not in _filter_options(html, "category")
    assert "Zed" not in _filter_options(html, "assigned")
    category = Category.objects.create(name="Online gambling", position=99)
    zed = make_user("zed", "practitioner")
    html = client.get(reverse("case-queue")).content.decode()
    assert "Online gambling" in _filter_options(html, "category")
    assert "Zed" in _filter_options(html, "assigned")
    category.name = "Gambling online"
    category.save()
    zed.is_active = False
    zed.save()
    html = client.get(reverse("case-queue")).content.decode()
    assert "Gambling online" in _filter_options(html, "category")
    assert "Online gambling" not in _filter_options(html, "category")
    assert "Zed" not in _filter_options(html, "assigned")
    category.delete()
    html = client.get(reverse("case-queue")).content.decode()
    assert "Gambling online" not in _filter_options(html, "category")


def test_lists_changed_without_a_signal_are_read_again_after_max_age(db, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(reference_lists, "_clock", lambda: clock[0])
    reference_lists.clear_all()
    before = reference_lists.category_choices()
    # A bulk update, or a save in another server process, sends this process no signal.
    Category.objects.filter(name="Sexting").update(name="Sexting (image sharing)")
    clock[0] += settings.REFERENCE_LISTS_MAX_AGE - 1
    assert reference_lists.category_choices() == before
    clock[0] += 2
    names = [name for _, name in reference_lists.category_choices()]
    assert "Sexting (image sharing)" in names and "Sexting" not in names


def test_a_max_age_of_nought_reads_the_lists_on_every_request(db, settings):
    settings.REFERENCE_LISTS_MAX_AGE = 0
    reference_lists.clear_all()
    reference_lists.category_choices()
    Category.objects.filter(name="Sexting").update(name="Sexting (image sharing)")
    names = [name for _, name in reference_lists.category_choices()]
    assert "Sexting (image sharing)" in names and "Sexting" not in names


def test_the_lists_hold_no_case_data(db, practitioner, enquirer):
    actions.do_open_case(enquirer=enquirer, channel="email", subject="secret", first_message="x")
    Case.objects.update(status=Status.OPEN, assigned_to=practitioner)
    reference_lists.clear_all()
    categories = reference_lists.category_choices()
    caseworkers = reference_lists.caseworker_choices()
    assert all(isinstance(pk, int) and isinstance(name, str) for pk, name in categories)
    assert caseworkers == [(str(practitioner.pk), practitioner.display_name())]
    text = repr([categories, caseworkers])
    assert "secret" not in text and enquirer.name not in text
