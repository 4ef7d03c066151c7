"""Escalations, outcomes, follow-ups and referrals: the writes and what they keep true."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from django.utils import timezone

from casebook.accounts.models import AuditEvent
from casebook.cases import actions as case_actions
from casebook.cases.models import Case, Status
from casebook.lib.working_hours import LONDON
from casebook.partners import actions
from casebook.partners.actions import PartnerActionError
from casebook.partners.models import Escalation, Outcome, Partner, PartnerRoute, RouteKind


def escalate(case, user, platform, item="https://www.tiktok.com/@fake_staff", **kw) -> Any:
    return actions.do_escalate_item(
        case=case, actor=user, platform=platform, kind="account", item=item, **kw
    )


def test_escalating_an_item_makes_the_case_escalated_and_audits(case, practitioner, tiktok):
    version = case.version
    e = escalate(case, practitioner, tiktok, platform_reference=" T-123 ")
    case.refresh_from_db()
    assert case.status == Status.ESCALATED
    assert case.version > version
    assert e.is_open
    assert e.platform_reference == "T-123"
    assert e.escalated_by == practitioner
    assert e.route == RouteKind.PORTAL  # no route in the directory: the partner portal
    events = list(AuditEvent.objects.filter(case=case).values_list("action", flat=True))
    assert "escalation.added" in events
    assert "status.changed" in events


def test_route_defaults_to_the_platform_s_first_route(case, practitioner, tiktok):
    partner = Partner.objects.get(platform=tiktok)
    PartnerRoute.objects.create(partner=partner, kind=RouteKind.TRUSTED_FLAGGER, position=0)
    PartnerRoute.objects.create(partner=partner, kind=RouteKind.EMAIL, position=1)
    assert escalate(case, practitioner, tiktok).route == RouteKind.TRUSTED_FLAGGER


def test_the_same_open_item_is_not_escalated_twice(case, practitioner, tiktok, instagram):
    escalate(case, practitioner, tiktok, item="https://tiktok.com/@x")
    with pytest.raises(PartnerActionError, match="already escalated to TikTok"):
        escalate(case, practitioner, tiktok, item="HTTPS://TIKTOK.COM/@x")
    # To another platform, or once the first has an outcome, it may be.
    escalate(case, practitioner, instagram, item="https://tiktok.com/@x")
    assert Escalation.objects.filter(case=case).count() == 2


@pytest.mark.parametrize("item", ["", "   ", "x" * 2001])
def test_bad_items_are_refused_and_nothing_is_saved(case, practitioner, tiktok, item):
    with pytest.raises(PartnerActionError):
        escalate(case, practitioner, tiktok, item=item)
    assert not Escalation.objects.exists()
    assert Case.objects.get(pk=case.pk).status == Status.NEW


def test_follow_up_due_after_the_platform_s_working_days(case, practitioner, tiktok):
    Partner.objects.filter(platform=tiktok).update(follow_up_working_days=2)
    monday = datetime(2024, 6, 3, 10, 0, tzinfo=LONDON)
    e = escalate(case, practitioner, tiktok, at=monday)
    assert e.follow_up_due_at == datetime(2024, 6, 5, 10, 0, tzinfo=LONDON)
    # Chased on the Thursday: due again two working days later (the Monday).
    thursday = datetime(2024, 6, 6, 15, 0, tzinfo=LONDON)
    actions.do_record_follow_up(escalation=e, actor=practitioner, at=thursday)
    e.refresh_from_db()
    assert e.follow_ups == 1
    assert e.followed_up_at == thursday
    assert e.follow_up_due_at == datetime(2024, 6, 10, 15, 0, tzinfo=LONDON)


def test_outcome_closes_the_item_and_the_last_one_reopens_the_case(
    case, practitioner, other_practitioner, tiktok, instagram
):
    start = timezone.now() - timedelta(days=3)
    first = escalate(case, practitioner, tiktok, at=start)
    second = escalate(case, practitioner, instagram, item="@someone", at=start)
    actions.do_record_outcome(escalation=first, actor=other_practitioner, outcome="removed")
    first.refresh_from_db()
    assert first.outcome == Outcome.REMOVED
    assert first.outcome_by == other_practitioner
    assert first.follow_up_due_at is None
    assert (
        first.outcome_days
        == (timezone.localtime(first.outcome_at).date() - timezone.localtime(start).date()).days
    )
    assert Case.objects.get(pk=case.pk).status == Status.ESCALATED  # one item still open
    actions.do_record_outcome(escalation=second, actor=practitioner, outcome="declined")
    assert Case.objects.get(pk=case.pk).status == Status.OPEN
    outcomes = AuditEvent.objects.filter(case=case, action="escalation.outcome")
    assert sorted(e.detail["outcome"] for e in outcomes) == ["declined", "removed"]


def test_an_outcome_recorded_twice_keeps_the_first(case, practitioner, other_practitioner, tiktok):
    e = escalate(case, practitioner, tiktok)
    stale = Escalation.objects.get(pk=e.pk)
    actions.do_record_outcome(escalation=e, actor=practitioner, outcome="removed")
    with pytest.raises(PartnerActionError, match="already has an outcome"):
        actions.do_record_outcome(escalation=stale, actor=other_practitioner, outcome="declined")
    assert Escalation.objects.get(pk=e.pk).outcome == Outcome.REMOVED


def test_outcome_dates_must_make_sense(case, practitioner, tiktok):
    at = timezone.now() - timedelta(days=1)
    e = escalate(case, practitioner, tiktok, at=at)
    with pytest.raises(PartnerActionError, match="before the item was escalated"):
        actions.do_record_outcome(
            escalation=e, actor=practitioner, outcome="removed", at=at - timedelta(hours=1)
        )
    with pytest.raises(PartnerActionError, match="future"):
        actions.do_record_outcome(
            escalation=e, actor=practitioner, outcome="removed", at=timezone.now() + timedelta(1)
        )
    with pytest.raises(PartnerActionError, match="Choose an outcome"):
        actions.do_record_outcome(escalation=e, actor=practitioner, outcome="")
    assert Escalation.objects.get(pk=e.pk).is_open


def test_nothing_to_chase_once_answered(case, practitioner, tiktok):
    e = escalate(case, practitioner, tiktok)
    actions.do_record_outcome(escalation=e, actor=practitioner, outcome="withdrawn")
    with pytest.raises(PartnerActionError, match="nothing to chase"):
        actions.do_record_follow_up(escalation=e, actor=practitioner)


def test_escalating_on_a_closed_case_reopens_it_as_escalated(case, practitioner, tiktok):
    case_actions.do_change_status(
        case=case, actor=practitioner, status=Status.CLOSED, expected_version=case.version
    )
    escalate(case, practitioner, tiktok)
    case.refresh_from_db()
    assert (case.status, case.closed_at) == (Status.ESCALATED, None)


def test_update_escalation_changes_only_what_changed(case, practitioner, tiktok):
    e = escalate(case, practitioner, tiktok)
    changed = actions.do_update_escalation(
        escalation=e,
        actor=practitioner,
        kind="post",
        item=e.item,
        category=None,
        policy="Impersonation",
        route=e.route,
        platform_reference="",
    )
    assert changed == ["kind", "policy"]
    assert AuditEvent.objects.get(case=case, action="escalation.updated").detail["fields"] == [
        "kind",
        "policy",
    ]


def test_referral_needs_a_reason_and_is_audited(case, practitioner, childline):
    with pytest.raises(PartnerActionError, match="reason"):
        actions.do_record_referral(
            case=case, actor=practitioner, service=childline, kind="signpost", reason=" "
        )
    referral = actions.do_record_referral(
        case=case,
        actor=practitioner,
        service=childline,
        kind="signpost",
        reason="Pupil needs someone to talk to",
    )
    assert referral.by == practitioner
    assert AuditEvent.objects.filter(case=case, action="signpost.recorded").count() == 1
