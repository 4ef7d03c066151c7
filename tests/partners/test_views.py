"""The case page's partners section, its forms, the queue marker and the directories."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from casebook.cases import actions as case_actions
from casebook.cases.models import Case, Status
from casebook.lib.working_hours import LONDON
from casebook.partners import actions
from casebook.partners.models import Escalation, Outcome, Referral


@pytest.fixture
def logged_in(client, practitioner):
    client.force_login(practitioner)
    return client


@pytest.fixture
def reported(case, practitioner):
    case_actions.do_add_note(
        case=case,
        actor=practitioner,
        text="Links from the school: https://www.tiktok.com/@fake_staff_acc and the video "
        "https://www.tiktok.com/@fake_staff_acc/video/7251234567890 ; also on Instagram "
        "as @fake.staff.acc",
    )
    return case


def page(client, case) -> str:
    response = client.get(reverse("case-detail", args=[case.reference]))
    assert response.status_code == 200
    return str(response.content.decode())


def test_links_and_handles_in_the_dialogue_are_offered(logged_in, reported):
    html = page(logged_in, reported)
    assert "Found in the dialogue" in html
    for item in (
        "https://www.tiktok.com/@fake_staff_acc",
        "https://www.tiktok.com/@fake_staff_acc/video/7251234567890",
        "@fake.staff.acc",
    ):
        assert f"<code>{item}</code>" in html
    # Offered as text, never as a link to the content.
    assert 'href="https://www.tiktok.com' not in html


def test_one_click_escalates_the_offered_item(logged_in, reported, tiktok, practitioner):
    response = logged_in.post(
        reverse("partners-escalate", args=[reported.reference]),
        {
            "offer": "1",
            "item-1": "https://www.tiktok.com/@fake_staff_acc/video/7251234567890",
            "kind-1": "post",
            "platform-1": str(tiktok.pk),
        },
    )
    assert response.status_code == 302
    assert response["Location"].endswith("#escalations")
    e = Escalation.objects.get(case=reported)
    assert (e.kind, e.platform, e.escalated_by) == ("post", tiktok, practitioner)
    assert Case.objects.get(pk=reported.pk).status == Status.ESCALATED
    html = page(logged_in, reported)
    assert "1 open" in html
    # No longer offered, now listed.
    assert html.count("7251234567890</code>") == 1


def test_one_click_without_a_platform_shows_the_form_with_the_item_kept(logged_in, reported):
    response = logged_in.post(
        reverse("partners-escalate", args=[reported.reference]),
        {"offer": "0", "item-0": "@fake.staff.acc", "kind-0": "account", "platform-0": ""},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="@fake.staff.acc"' in html
    assert not Escalation.objects.exists()


def test_record_outcome_and_chase_from_the_case_page(logged_in, case, practitioner, tiktok):
    e = actions.do_escalate_item(
        case=case, actor=practitioner, platform=tiktok, kind="account", item="@someone"
    )
    url = reverse("partners-act", args=[case.reference])
    response = logged_in.post(url, {"chase": str(e.pk)})
    assert response.status_code == 302
    e.refresh_from_db()
    assert e.follow_ups == 1
    # Record without choosing an outcome: nothing changes, and the page says so.
    logged_in.post(url, {"record": str(e.pk)})
    assert Escalation.objects.get(pk=e.pk).is_open
    response = logged_in.post(url, {"record": str(e.pk), f"outcome-{e.pk}": "removed"})
    assert response.status_code == 302
    e.refresh_from_db()
    assert e.outcome == Outcome.REMOVED
    assert Case.objects.get(pk=case.pk).status == Status.OPEN
    html = page(logged_in, case)
    assert "Items with an outcome (1)" in html


def test_the_item_page_records_a_dated_outcome(logged_in, case, practitioner, tiktok, time_machine):
    # Days are counted between local dates, and "4 days ago" and "1 day ago" are 24-hour days:
    # in the first hour after midnight in the days after the clocks go forward the two are
    # four dates apart, not three. A June morning, and the clock stands still.
    time_machine.move_to(datetime(2024, 6, 13, 10, 0, tzinfo=LONDON), tick=False)
    e = actions.do_escalate_item(
        case=case,
        actor=practitioner,
        platform=tiktok,
        kind="account",
        item="@someone",
        at=timezone.now() - timedelta(days=4),
    )
    item_url = reverse("partners-escalation", args=[case.reference, e.pk])
    assert "Record the outcome" in logged_in.get(item_url).content.decode()
    when = timezone.localtime(timezone.now() - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    response = logged_in.post(
        reverse("partners-outcome", args=[case.reference, e.pk]),
        {"outcome-outcome": "suspended", "outcome-at": when},
    )
    assert response.status_code == 302
    e.refresh_from_db()
    assert e.outcome == "suspended"
    assert e.outcome_days == 3


def test_an_item_of_another_case_is_not_found(logged_in, case, enquirer, practitioner, tiktok):
    other = case_actions.do_open_case(
        enquirer=enquirer, channel="email", subject="Other", first_message="Other"
    )
    e = actions.do_escalate_item(
        case=other, actor=practitioner, platform=tiktok, kind="account", item="@x"
    )
    response = logged_in.get(reverse("partners-escalation", args=[case.reference, e.pk]))
    assert response.status_code == 404
    response = logged_in.post(
        reverse("partners-act", args=[case.reference]),
        {"record": str(e.pk), f"outcome-{e.pk}": "removed"},
    )
    assert response.status_code == 404
    assert Escalation.objects.get(pk=e.pk).is_open


def test_closing_with_open_items_asks_first(logged_in, case, practitioner, tiktok):
    actions.do_escalate_item(
        case=case, actor=practitioner, platform=tiktok, kind="account", item="@x"
    )
    case.refresh_from_db()
    url = reverse("case-status", args=[case.reference])
    response = logged_in.post(url, {"status-status": "closed", "status-version": case.version})
    assert response.status_code == 409
    html = response.content.decode()
    assert "1 item escalated to platforms is still waiting for an outcome" in html
    assert 'name="status-close_with_open_items" value="True"' in html
    assert Case.objects.get(pk=case.pk).status == Status.ESCALATED
    response = logged_in.post(
        url,
        {
            "status-status": "closed",
            "status-version": case.version,
            "status-close_with_open_items": "True",
        },
    )
    assert response.status_code == 302
    assert Case.objects.get(pk=case.pk).status == Status.CLOSED


def test_closing_without_open_items_does_not_ask(logged_in, case):
    url = reverse("case-status", args=[case.reference])
    response = logged_in.post(url, {"status-status": "closed", "status-version": case.version})
    assert response.status_code == 302
    assert Case.objects.get(pk=case.pk).status == Status.CLOSED


def test_referral_from_the_case_page(logged_in, case, childline, practitioner):
    url = reverse("partners-refer", args=[case.reference])
    response = logged_in.post(
        url, {"ref-service": str(childline.pk), "ref-kind": "signpost", "ref-reason": ""}
    )
    assert response.status_code == 400
    assert not Referral.objects.exists()
    response = logged_in.post(
        url,
        {"ref-service": str(childline.pk), "ref-kind": "signpost", "ref-reason": "Pupil upset"},
    )
    assert response.status_code == 302
    referral = Referral.objects.get(case=case)
    assert (referral.service, referral.by, referral.kind) == (childline, practitioner, "signpost")
    html = page(logged_in, case)
    assert "Pupil upset" in html


def test_saved_replies_are_filled_for_the_case(logged_in, case, practitioner, tiktok):
    actions.do_escalate_item(
        case=case, actor=practitioner, platform=tiktok, kind="account", item="@x"
    )
    html = page(logged_in, case)
    assert "Dear Testy,\n\nWe have reported the content to TikTok" in html
    assert f"The helpline team ({case.reference})" in html
    assert "Childline: 0800 1111, www.childline.org.uk (24 hours)" in html
    assert "{first_name}" not in html


def test_overdue_follow_ups_show_in_the_queue(logged_in, case, practitioner, tiktok):
    e = actions.do_escalate_item(
        case=case, actor=practitioner, platform=tiktok, kind="account", item="@x"
    )
    queue = logged_in.get(reverse("case-queue")).content.decode()
    assert "Follow-up due" not in queue
    Escalation.objects.filter(pk=e.pk).update(
        follow_up_due_at=timezone.now() - timedelta(minutes=1)
    )
    queue = logged_in.get(reverse("case-queue")).content.decode()
    assert "Follow-up due" in queue
    assert "1 follow-up with platforms is overdue" in queue
    listing = logged_in.get(reverse("partners-follow-ups")).content.decode()
    assert case.reference in listing
    assert "@x" in listing


def test_directory_page_lists_routes_and_services(logged_in):
    html = logged_in.get(reverse("partners-directory")).content.decode()
    assert "TikTok" in html
    assert "Childline" in html
    assert "0800 1111" in html


@pytest.mark.parametrize("name", ["partners-directory", "partners-follow-ups"])
def test_analysts_may_not_open_casework_pages(client, analyst, name):
    client.force_login(analyst)
    assert client.get(reverse(name)).status_code == 403


def test_analysts_may_not_escalate(client, analyst, case, tiktok):
    client.force_login(analyst)
    response = client.post(
        reverse("partners-escalate", args=[case.reference]),
        {"esc-platform": str(tiktok.pk), "esc-kind": "url", "esc-item": "https://x.invalid/"},
    )
    assert response.status_code == 403
    assert not Escalation.objects.exists()


def test_case_page_queries_do_not_grow_with_items_or_referrals(
    logged_in, case, practitioner, tiktok, childline, django_assert_max_num_queries
):
    def count() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            page(logged_in, case)
        return len(queries)

    actions.do_escalate_item(
        case=case, actor=practitioner, platform=tiktok, kind="account", item="@first"
    )
    few = count()
    for i in range(25):
        e = actions.do_escalate_item(
            case=case, actor=practitioner, platform=tiktok, kind="account", item=f"@acc{i}"
        )
        if i % 2:
            actions.do_record_outcome(escalation=e, actor=practitioner, outcome="removed")
        actions.do_record_referral(
            case=case, actor=practitioner, service=childline, kind="signpost", reason=f"r{i}"
        )
    assert count() == few
