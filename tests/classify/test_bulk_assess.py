"""Messages stored in bulk are read for risks as they are stored, like those saved one by one."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core import mail

from casebook.accounts.models import AuditEvent, Role, User
from casebook.cases.models import Case, Direction, Message
from casebook.classify.actions import do_assess_inbound
from casebook.classify.models import FlagState, RiskFlag
from casebook.classify.store import current_model
from casebook.demo.loader import generate_helpline
from casebook.intake.bulk import ingest_many
from tests.intake.conftest import make_mail

pytestmark = pytest.mark.django_db

RISKY = "Our Year 9 pupil told her tutor this morning that she wants to kill herself."
CALM = "A fake account is posting photos of our staff. How do we get it removed?"


def _supervisor() -> User:
    return User.objects.create_user(
        username="sup", email="sup@casebook.invalid", role=Role.SUPERVISOR, password="x"
    )


def test_bulk_ingest_flags_the_risky_message_and_notifies_once(
    django_capture_on_commit_callbacks: Any,
) -> None:
    _supervisor()
    mails = [
        ("a.eml", make_mail(message_id="<a@x.invalid>", subject="Worried", body=RISKY)),
        ("b.eml", make_mail(message_id="<b@x.invalid>", subject="Fake account", body=CALM)),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        ingest_many(mails, parallel=False)
    risky = Message.objects.get(message_id="<a@x.invalid>").case
    calm = Message.objects.get(message_id="<b@x.invalid>").case
    flag = RiskFlag.objects.get(case=risky)
    assert (flag.kind, flag.state) == ("self_harm", FlagState.RAISED)
    assert flag.source.startswith("rule:self_harm")
    assert not RiskFlag.objects.filter(case=calm).exists()
    assert AuditEvent.objects.filter(case=risky, action="risk.raised").count() == 1
    assert [m.to for m in mail.outbox if "flagged" in m.subject] == [["sup@casebook.invalid"]]
    assert RiskFlag.objects.get(pk=flag.pk).supervisor_notified_at is not None


def test_batch_raises_again_what_was_cleared_and_leaves_the_rest(case: Case) -> None:
    cleared = RiskFlag.objects.create(
        case=case,
        kind="self_harm",
        score=0.9,
        source="rule:x",
        raised_at=case.opened_at,
        state=FlagState.CLEARED,
    )
    confirmed_case = Case.objects.create(
        reference="CB-2022-09999",
        subject="Other",
        channel="email",
        opened_at=case.opened_at,
        enquirer=case.enquirer,
    )
    confirmed = RiskFlag.objects.create(
        case=confirmed_case,
        kind="self_harm",
        score=0.9,
        source="rule:x",
        raised_at=case.opened_at,
        state=FlagState.CONFIRMED,
    )
    raised = do_assess_inbound(
        messages=[(case.pk, RISKY), (confirmed_case.pk, RISKY), (case.pk, CALM)], notify=False
    )
    assert raised == 1
    cleared.refresh_from_db()
    confirmed.refresh_from_db()
    assert cleared.state == FlagState.RAISED and cleared.reviewed_at is None
    assert confirmed.state == FlagState.CONFIRMED
    assert AuditEvent.objects.filter(case=case, action="risk.raised_again").count() == 1
    assert not AuditEvent.objects.filter(case=confirmed_case, action__startswith="risk.").exists()


def test_generated_cases_are_assessed_as_they_are_loaded() -> None:
    generate_helpline(cases=500, seed=5, start=date(2023, 1, 1), end=date(2024, 1, 1))
    model = current_model()
    # Each inbound message is read on its own as it is stored (its subject, or the case's,
    # and its body): the cases flagged are those with a message that carries a risk. (A
    # case's whole text read at once may differ: the model reads words of two messages
    # together.)
    expected = set()
    rows = Message.objects.filter(direction=Direction.INBOUND).values_list(
        "case_id", "case__subject", "subject", "body_text"
    )
    for case_id, case_subject, subject, body in rows:
        if model.assess(f"{subject or case_subject}\n{body}").risk_flags:
            expected.add(case_id)
    assert expected, "some generated cases carry a risk"
    flagged = set(RiskFlag.objects.values_list("case_id", flat=True))
    assert flagged == expected
