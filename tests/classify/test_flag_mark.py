"""Case.has_open_risk_flag (the queue's "flagged" mark) never drifts from the flags table:
every action that raises, confirms, clears or raises again a flag keeps it, and the data
migration fills it."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.db.models import Exists, F, OuterRef

from casebook.accounts.models import AuditEvent
from casebook.cases.actions import do_open_case
from casebook.cases.models import Case
from casebook.classify.actions import (
    do_assess_cases,
    do_assess_inbound,
    do_assess_message,
    do_review_flag,
)
from casebook.classify.models import ACTIVE_STATES, FlagState, RiskFlag
from casebook.demo.loader import generate_helpline

pytestmark = pytest.mark.django_db

RISKY = "Our Year 9 pupil told her tutor this morning that she wants to kill herself."
CALM = "A fake account is posting photos of our staff. How do we get it removed?"


def drifted() -> list[tuple[str, bool]]:
    """(reference, mark) of every case whose mark disagrees with its flags."""
    active = RiskFlag.objects.filter(case=OuterRef("pk"), state__in=ACTIVE_STATES)
    return list(
        Case.objects.annotate(flagged=Exists(active))
        .exclude(has_open_risk_flag=F("flagged"))
        .values_list("reference", "has_open_risk_flag")
    )


def marked(case: Case) -> bool:
    return Case.objects.filter(pk=case.pk, has_open_risk_flag=True).exists()


def test_every_flag_action_keeps_the_mark(enquirer: Any, practitioner: Any) -> None:
    risky = do_open_case(enquirer=enquirer, channel="email", subject="Worried", first_message=RISKY)
    calm = do_open_case(enquirer=enquirer, channel="email", subject="Fake", first_message=CALM)
    assert not marked(risky) and not marked(calm) and drifted() == []

    (flag,) = do_assess_message(message=risky.messages.get(), notify=False)
    assert marked(risky) and not marked(calm) and drifted() == []

    do_review_flag(flag=flag, actor=practitioner, confirm=False)  # cleared
    assert not marked(risky) and drifted() == []

    assert do_assess_inbound(messages=[(risky.pk, RISKY), (calm.pk, CALM)], notify=False) == 1
    assert marked(risky) and not marked(calm) and drifted() == []  # raised again

    flag.refresh_from_db()
    do_review_flag(flag=flag, actor=practitioner, confirm=True)
    assert marked(risky) and drifted() == []
    # The writes are audited as the flags' own events, no more.
    assert [e.action for e in AuditEvent.objects.filter(case=risky, action__startswith="risk.")
            .order_by("pk")] == ["risk.raised", "risk.cleared", "risk.raised_again",
                                 "risk.confirmed"]  # fmt: skip

    do_review_flag(flag=RiskFlag.objects.get(pk=flag.pk), actor=practitioner, confirm=False)
    assert do_assess_cases(cases=[risky, calm]) == 1  # a whole case read again
    assert marked(risky) and not marked(calm) and drifted() == []


def test_a_second_flag_cleared_leaves_the_case_marked(enquirer: Any, practitioner: Any) -> None:
    case = do_open_case(enquirer=enquirer, channel="email", subject="Worried", first_message=RISKY)
    (first,) = do_assess_message(message=case.messages.get(), notify=False)
    other = RiskFlag.objects.create(
        case=case, kind="sextortion", score=1, source="t", raised_at=first.raised_at
    )
    do_review_flag(flag=other, actor=practitioner, confirm=False)
    assert marked(case) and drifted() == []  # the first is still raised
    do_review_flag(flag=first, actor=practitioner, confirm=False)
    assert not marked(case) and drifted() == []


def test_a_generated_helpline_is_marked_as_its_flags_say() -> None:
    generate_helpline(cases=300, seed=5, start=date(2023, 1, 1), end=date(2024, 1, 1))
    assert Case.objects.filter(has_open_risk_flag=True).exists()
    assert drifted() == []


def test_the_migration_fills_the_mark_from_the_flags(enquirer: Any) -> None:
    from importlib import import_module

    from django.apps import apps

    fill = import_module("casebook.classify.migrations.0002_fill_has_open_risk_flag")
    flagged, cleared, calm = (
        do_open_case(enquirer=enquirer, channel="email", subject=s, first_message=CALM)
        for s in ("a", "b", "c")
    )
    for case, state in ((flagged, FlagState.CONFIRMED), (cleared, FlagState.CLEARED)):
        RiskFlag.objects.create(
            case=case, kind="self_harm", state=state, score=1, source="t", raised_at=case.opened_at
        )
    Case.objects.update(has_open_risk_flag=False)  # as before the migration
    fill.fill(apps, None)
    assert [marked(c) for c in (flagged, cleared, calm)] == [True, False, False]
    assert drifted() == []
