"""Audit events in words (pure), and the case page's history built from the audit log."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from casebook.cases import actions, timeline
from casebook.cases.models import Category, Platform, Status
from casebook.cases.queries import LABELS, case_timeline

USERS = {1: "Rowan Ashby", 2: "Kit Marlowe"}

C = timeline.Change


@pytest.mark.parametrize(
    ("action", "detail", "what", "changes"),
    [
        ("case.opened", {"channel": "web"}, "Case opened (web)", ()),
        (
            "status.changed",
            {"old": "new", "new": "awaiting"},
            "Status changed",
            (C("Status", "New", "Awaiting enquirer"),),
        ),
        (
            "case.assigned",
            {"old": None, "new": 2},
            "Assignment changed",
            (C("Assigned to", "nobody", "Kit Marlowe"),),
        ),
        (
            "case.assigned",
            {"old": 1, "new": 99},
            "Assignment changed",
            (C("Assigned to", "Rowan Ashby", "user 99"),),
        ),
        ("category.added", {"category": "Sexting"}, "Category added: Sexting", ()),
        ("category.removed", {"category": "Sexting"}, "Category removed: Sexting", ()),
        (
            "platforms.set",
            {"old": ["TikTok"], "platforms": ["Roblox", "TikTok"]},
            "Platforms changed",
            (C("Platforms", "TikTok", "Roblox, TikTok"),),
        ),
        # written before "old" was kept:
        ("platforms.set", {"platforms": []}, "Platforms set: —", ()),
        (
            "profile.updated",
            {
                "old": {"region": "", "setting_type": "primary"},
                "new": {"region": "UKM", "setting_type": "primary"},
            },
            "Profile for this enquiry changed",
            (C("Region", "Unknown", "Scotland"),),  # unchanged fields are left out
        ),
        (
            "enquirer.updated",
            {
                "old": {"name": "H. Quill", "phone": ""},
                "new": {"name": "Harriet Quill", "phone": "0113 496 0471"},
            },
            "Enquirer record changed",
            (C("Name", "H. Quill", "Harriet Quill"), C("Phone", "—", "0113 496 0471")),
        ),
        (
            "admin.changed",
            {"old": {"assigned_to": 1}, "new": {"assigned_to": None}, "via_admin": True},
            "Changed in the admin site",
            (C("Assigned to", "Rowan Ashby", "nobody"),),
        ),
        (
            "email.send_failed",
            {"message": 3, "attempt": 2, "gave_up": False},
            "Email failed, attempt 2, will retry",
            (),
        ),
        (
            "email.send_failed",
            {"message": 3, "attempt": 8, "gave_up": True},
            "Email failed, attempt 8 (gave up)",
            (),
        ),
        ("email.received", {"message": 3, "automatic": True}, "Automatic reply received", ()),
        (
            "escalation.added",
            {"escalation": 4, "platform": "TikTok", "kind": "account", "route": "portal"},
            "Item escalated to TikTok (Account, Partner portal)",
            (),
        ),
        (
            "escalation.added",
            {"escalation": 4, "platform": "TikTok"},
            "Item escalated to TikTok",
            (),
        ),
        (
            "escalation.outcome",
            {"escalation": 4, "platform": "TikTok", "outcome": "restricted", "days": 3},
            "Outcome from TikTok after 3 days: Restricted or age-gated",
            (),
        ),
        (
            "escalation.outcome",
            {"escalation": 4, "platform": "X", "outcome": "removed", "days": 1},
            "Outcome from X after 1 day: Removed",
            (),
        ),
        (
            "escalation.outcome",
            {"escalation": 4, "platform": "X", "outcome": "declined", "days": None},
            "Outcome from X: Declined",
            (),
        ),
        (
            "escalation.followed_up",
            {"escalation": 4, "follow_ups": 2},
            "Platform chased (follow-up 2)",
            (),
        ),
        (
            "escalation.updated",
            {"escalation": 4, "fields": ["platform_reference", "policy"]},
            "Escalated item corrected (platform reference, policy)",
            (),
        ),
        ("referral.recorded", {"service": "CEOP"}, "Referral recorded: CEOP", ()),
        ("signpost.recorded", {"service": "Childline"}, "Signpost recorded: Childline", ()),
        ("something.new", {"x": 1}, "something.new", ()),  # unknown actions are still shown
    ],
)
def test_describe(action: str, detail: dict[str, Any], what: str, changes: tuple[Any, ...]):
    described = timeline.describe(action, detail, users=USERS, labels=LABELS)
    assert described.what == what
    assert described.changes == changes


def test_describe_links_dialogue_events_to_their_message():
    described = timeline.describe("note.added", {"message": 7}, users={}, labels=LABELS)
    assert described.message == 7
    assert timeline.describe("email.queued", {"message": "7"}, users={}, labels={}).message is None


def test_case_timeline_lists_every_change_newest_first(case, practitioner, other_practitioner):
    actions.do_change_status(
        case=case, actor=practitioner, status=Status.OPEN, expected_version=case.version
    )
    actions.do_assign_case(
        case=case, actor=practitioner, assignee=other_practitioner, expected_version=case.version
    )
    actions.do_add_category(
        case=case, actor=other_practitioner, category=Category.objects.get(name="Sexting")
    )
    actions.do_set_platforms(
        case=case, actor=other_practitioner, platforms=[Platform.objects.get(name="Roblox")]
    )
    entries = case_timeline(case)
    assert [e.what for e in entries] == [
        "Platforms changed",
        "Category added: Sexting",
        "Assignment changed",
        "Status changed",
        "Case opened (email)",
    ]
    assert [e.actor for e in entries] == ["Bob", "Bob", "Alice", "Alice", ""]
    assert entries[2].changes == (C("Assigned to", "nobody", "Bob"),)
    assert entries[0].changes == (C("Platforms", "TikTok", "Roblox"),)


def test_case_page_shows_the_history(client, case, practitioner):
    actions.do_change_status(
        case=case, actor=practitioner, status=Status.CLOSED, expected_version=case.version
    )
    client.force_login(practitioner)
    page = client.get(reverse("case-detail", args=[case.reference])).content.decode()
    history = page[page.index('id="history"') :]
    assert "Every change to this case (2)" in history
    assert "<del>New</del> → <ins>Closed</ins>" in history
    assert "Alice" in history
