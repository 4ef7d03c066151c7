"""The supervisor's dashboard lists raised flags nobody has reviewed yet, whether or not the
email about them went, most urgent kind first; people who may not see cases see no list."""

from __future__ import annotations

import re

import pytest

from casebook.cases.actions import do_open_case
from casebook.classify.actions import do_assess_message, do_review_flag
from casebook.classify.models import RiskFlag
from casebook.classify.queries import flags_awaiting_review

pytestmark = pytest.mark.django_db

SELF_HARM = "Her friends say she wants to kill herself after what was said in the group chat."
DANGER = "A 25-year-old man is meeting our Year 8 pupil at the station tonight."


def _flagged(enquirer, subject: str, text: str):
    case = do_open_case(enquirer=enquirer, channel="email", subject=subject, first_message=text)
    do_assess_message(message=case.messages.get(), notify=False)
    return case


def _rows(html: str) -> list[tuple[str, str]]:
    section = re.search(r'id="flags-awaiting-review".*?</section>', html, re.S)
    assert section is not None
    return re.findall(
        r'<tr class="flagged" data-flag="(\w+)"><th scope="row"><a href="/cases/([^/]+)/',
        section.group(0),
    )


def test_dashboard_lists_unreviewed_flags_most_urgent_first(client, supervisor, enquirer):
    first = _flagged(enquirer, "Worried", SELF_HARM)
    second = _flagged(enquirer, "Meeting tonight", DANGER)
    client.force_login(supervisor)
    html = client.get("/supervisor/").content.decode()
    assert _rows(html) == [
        ("immediate_danger", second.reference),
        ("self_harm", first.reference),
    ]
    assert "not emailed" in html  # raised without notifying: the dashboard still shows it


def test_reviewed_flags_leave_the_list(client, supervisor, practitioner, enquirer):
    case = _flagged(enquirer, "Worried", SELF_HARM)
    flag = RiskFlag.objects.get(case=case)
    do_review_flag(flag=flag, actor=practitioner, confirm=True)
    client.force_login(supervisor)
    html = client.get("/supervisor/").content.decode()
    assert _rows(html) == []
    assert "every raised flag has been confirmed or cleared" in html
    assert flags_awaiting_review().total == 0


def test_admins_see_the_dashboard_but_no_case_references(client, admin_user, enquirer):
    case = _flagged(enquirer, "Worried", SELF_HARM)
    client.force_login(admin_user)
    html = client.get("/supervisor/").content.decode()
    assert "flags-awaiting-review" not in html
    assert case.reference not in html


def test_the_list_is_bounded_and_counts_the_rest(enquirer):
    for i in range(3):
        _flagged(enquirer, f"Worried {i}", SELF_HARM)
    awaiting = flags_awaiting_review(limit=2)
    assert len(awaiting.flags) == 2 and awaiting.total == 3
