"""The demo helpline's escalations and referrals: realistic rates, consistent with the cases,
and no change to the cases themselves."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
from django.db.models import Count, Max, Q

from casebook.cases.models import Case, CaseCategory, CasePlatform, Status
from casebook.demo.escalation_loader import load_demo_escalations
from casebook.demo.escalations import ITEMS_PER_CASE, REMOVED_SHARE_2023_24
from casebook.demo.loader import create_demo_users, generate_helpline
from casebook.partners.models import REMOVED_OUTCOMES, Escalation, Outcome, Referral

NOW = datetime(2026, 1, 15, 12, tzinfo=UTC)


def fingerprint() -> tuple[object, ...]:
    return (
        list(Case.objects.order_by("pk").values_list("pk", "status", "closed_at", "version")),
        CaseCategory.objects.count(),
        CasePlatform.objects.count(),
    )


@pytest.fixture
def helpline(db):
    create_demo_users()
    generate_helpline(cases=1500, seed=5, start=datetime(2022, 1, 1).date(), end=NOW.date())


def test_rates_look_like_the_helpline_s(helpline):
    before = fingerprint()
    items, referrals = load_demo_escalations(seed=1, now=NOW)
    assert fingerprint() == before  # the cases are untouched
    cases = Case.objects.count()
    assert items == Escalation.objects.count() == round(cases * ITEMS_PER_CASE)
    assert referrals == Referral.objects.count()
    assert 0.05 * cases < referrals < 0.5 * cases
    answered = Escalation.objects.exclude(outcome=Outcome.PENDING)
    removed = answered.filter(outcome__in=REMOVED_OUTCOMES).count()
    assert removed / items == pytest.approx(REMOVED_SHARE_2023_24, abs=0.02)
    # Items are answered after they are escalated, and not in the future.
    assert not answered.filter(outcome_at__lt=models_f("escalated_at")).exists()
    assert not answered.filter(outcome_at__gt=NOW).exists()
    assert answered.filter(outcome_days__isnull=True).count() == 0


def models_f(name: str):
    from django.db.models import F

    return F(name)


def test_a_case_is_escalated_while_an_item_is_open(helpline):
    load_demo_escalations(seed=1, now=NOW)
    open_cases = set(
        Escalation.objects.filter(outcome=Outcome.PENDING).values_list("case_id", flat=True)
    )
    statuses = set(Case.objects.filter(pk__in=open_cases).values_list("status", flat=True))
    assert statuses <= {Status.ESCALATED}
    # Every open item has its follow-up date.
    assert not Escalation.objects.filter(
        outcome=Outcome.PENDING, follow_up_due_at__isnull=True
    ).exists()
    escalated_with_platform = (
        Case.objects.filter(status=Status.ESCALATED)
        .annotate(n=Count("escalations", filter=Q(escalations__outcome="")))
        .aggregate(most=Max("n"))
    )
    assert escalated_with_platform["most"] is None or escalated_with_platform["most"] >= 1


def test_same_seed_same_escalations(helpline):
    load_demo_escalations(seed=3, now=NOW)
    first = list(Escalation.objects.order_by("pk").values_list("case_id", "item", "outcome"))
    Escalation.objects.all().delete()
    Referral.objects.all().delete()
    load_demo_escalations(seed=3, now=NOW)
    again = list(Escalation.objects.order_by("pk").values_list("case_id", "item", "outcome"))
    assert first == again


def test_plan_is_pure_and_uses_its_own_random_stream():
    from casebook.demo.escalations import DemoCase, plan
    from casebook.lib.platforms import DEFAULT_PLATFORMS

    case = DemoCase(
        pk=1,
        opened_at=datetime(2022, 3, 1, 9, tzinfo=UTC),
        first_response_at=datetime(2022, 3, 1, 10, tzinfo=UTC),
        closed_at=datetime(2022, 3, 4, 10, tzinfo=UTC),
        status="closed",
        worker=None,
        categories=("Online reputation",),
        platforms=("TikTok",),
        text="The account is https://tiktok.com/@fake_head_teacher please help",
    )
    rng = random.Random(9)
    items, _ = plan([case] * 3, DEFAULT_PLATFORMS, {}, rng, now=NOW)
    assert items[0].item == "https://tiktok.com/@fake_head_teacher"
    assert all(i.platform == "TikTok" for i in items)
    assert all(i.outcome_at is not None and i.escalated_at <= i.outcome_at <= NOW for i in items)


def test_a_demo_case_s_history_is_dated_when_things_happened(helpline):
    from casebook.accounts.models import AuditEvent

    load_demo_escalations(seed=1, now=NOW)
    opened = {e.case_id: e.at for e in AuditEvent.objects.filter(action="case.opened")}
    assert opened == dict(Case.objects.values_list("pk", "opened_at"))
    added = AuditEvent.objects.filter(action="escalation.added")
    outcomes = AuditEvent.objects.filter(action="escalation.outcome")
    assert added.count() == Escalation.objects.count()
    assert outcomes.count() == Escalation.objects.exclude(outcome_at=None).count() > 0
    items = {e.pk: e for e in Escalation.objects.all()}
    for event in added:
        item = items[event.detail["escalation"]]
        assert event.at == item.escalated_at
        assert (event.detail["kind"], event.detail["route"]) == (item.kind, item.route)
    for event in outcomes:
        item = items[event.detail["escalation"]]
        assert event.at == item.outcome_at and event.actor_id == item.outcome_by_id
        assert (event.detail["outcome"], event.detail["days"]) == (item.outcome, item.outcome_days)
