"""The due-warning worker: once per due time, to the assignee and the supervisors, claimed
with a conditional update, and nothing of the enquiry in the email."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from casebook.accounts.models import AuditEvent
from casebook.cases import actions
from casebook.cases.models import Case
from casebook.triage import warnings

pytestmark = pytest.mark.django_db


@pytest.fixture
def coming_due(enquirer, practitioner, supervisor):
    practitioner.email = "alice@casebook.invalid"
    practitioner.save()
    supervisor.email = "sam@casebook.invalid"
    supervisor.save()
    case = actions.do_open_case(
        enquirer=enquirer, channel="email", subject="Secret subject", first_message="Secret"
    )
    Case.objects.filter(pk=case.pk).update(
        assigned_to=practitioner, response_due_at=timezone.now() + timedelta(minutes=10)
    )
    return Case.objects.get(pk=case.pk)


def test_warns_assignee_and_supervisor_once_per_due_time(coming_due) -> None:
    summary = warnings.warn_due()
    assert summary.warned == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert sorted(message.to) == ["alice@casebook.invalid", "sam@casebook.invalid"]
    assert coming_due.reference in message.subject
    assert "Secret" not in f"{message.subject}\n{message.body}"  # no enquiry content
    assert "Testy" not in message.body
    assert f"/cases/{coming_due.reference}/" in message.body
    assert warnings.warn_due().warned == 0  # claimed: not again
    assert len(mail.outbox) == 1
    assert AuditEvent.objects.filter(case=coming_due, action="due.warned").count() == 1
    # A new due time (the next message) is warned about afresh.
    Case.objects.filter(pk=coming_due.pk).update(
        response_due_at=timezone.now() + timedelta(minutes=5)
    )
    assert warnings.warn_due().warned == 1


def test_a_second_worker_loses_the_claim(coming_due) -> None:
    now = timezone.now()
    horizon = warnings._horizon(now)
    assert warnings.warn_one(coming_due.pk, now=now, horizon=horizon) == "warned"
    assert warnings.warn_one(coming_due.pk, now=now, horizon=horizon) == ""
    assert len(mail.outbox) == 1


def test_not_yet_near_or_already_late_is_not_warned(coming_due) -> None:
    Case.objects.filter(pk=coming_due.pk).update(
        response_due_at=timezone.now() + timedelta(days=30)
    )
    assert warnings.warn_due().warned == 0
    Case.objects.filter(pk=coming_due.pk).update(
        response_due_at=timezone.now() - timedelta(minutes=1)
    )
    assert warnings.warn_due().warned == 0


def test_a_failed_send_gives_the_claim_back(coming_due, monkeypatch) -> None:
    def refuse(self, fail_silently=False):
        raise OSError("connection refused")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    assert warnings.warn_due().failed == 1
    coming_due.refresh_from_db()
    assert coming_due.due_warning_for is None
    monkeypatch.undo()
    assert warnings.warn_due().warned == 1


def test_command_runs_one_round(coming_due, capsys) -> None:
    call_command("duewarnings")
    assert "1 warned" in capsys.readouterr().out
