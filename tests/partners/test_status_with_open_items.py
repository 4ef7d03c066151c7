"""A case is escalated while any item is open with a platform: the status form, phone calls
and mail keep it so (closing still asks first: see test_views)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from casebook.accounts.models import AuditEvent
from casebook.cases import actions as case_actions
from casebook.cases.models import Case, Status
from casebook.intake.actions import do_accept_held_message, ingest_bytes
from casebook.intake.models import HeldMessage
from casebook.partners import actions
from tests.intake.conftest import make_mail

pytestmark = pytest.mark.django_db


@pytest.fixture
def logged_in(client, practitioner):
    client.force_login(practitioner)
    return client


@pytest.fixture
def escalated(case, practitioner, tiktok):
    item = actions.do_escalate_item(
        case=case, actor=practitioner, platform=tiktok, kind="account", item="@fake_staff"
    )
    case.refresh_from_db()
    assert case.status == Status.ESCALATED
    return item


@pytest.mark.parametrize("status", ["new", "open", "awaiting"])
def test_the_status_form_refuses_to_hide_open_items(logged_in, case, escalated, status) -> None:
    version = case.version
    url = reverse("case-status", args=[case.reference])
    response = logged_in.post(url, {"status-status": status, "status-version": version})
    assert response.status_code == 409
    html = response.content.decode()
    assert "1 item escalated to platforms is still waiting for an outcome" in html
    assert "so the case stays escalated" in html
    # Nothing changed, and the form offers the case as it is, at its current version.
    case.refresh_from_db()
    assert (case.status, case.version) == (Status.ESCALATED, version)
    assert f'name="status-version" value="{version}"' in html
    assert '<option value="escalated" selected>' in html
    assert not AuditEvent.objects.filter(
        case=case, action="status.changed", detail__new=status
    ).exists()


def test_the_action_refuses_too(case, practitioner, escalated) -> None:
    with pytest.raises(case_actions.StatusRefusedError, match="still waiting for an outcome"):
        case_actions.do_change_status(
            case=case, actor=practitioner, status=Status.OPEN, expected_version=case.version
        )
    assert Case.objects.get(pk=case.pk).status == Status.ESCALATED


def test_once_the_last_outcome_is_in_any_status_goes(logged_in, case, practitioner, escalated):
    actions.do_record_outcome(escalation=escalated, actor=practitioner, outcome="removed")
    case.refresh_from_db()
    assert case.status == Status.OPEN
    url = reverse("case-status", args=[case.reference])
    response = logged_in.post(url, {"status-status": "awaiting", "status-version": case.version})
    assert response.status_code == 302
    assert Case.objects.get(pk=case.pk).status == Status.AWAITING_ENQUIRER


def test_closed_with_open_items_then_a_call_comes_back_escalated(
    case, practitioner, escalated
) -> None:
    case_actions.do_change_status(
        case=case, actor=practitioner, status=Status.CLOSED, expected_version=case.version
    )
    case.refresh_from_db()
    case_actions.do_record_call(actor=practitioner, case=case, enquirer_words="Any news?")
    assert Case.objects.get(pk=case.pk).status == Status.ESCALATED


def test_closed_with_open_items_then_mail_comes_back_escalated(
    case, practitioner, escalated
) -> None:
    case_actions.do_change_status(
        case=case, actor=practitioner, status=Status.CLOSED, expected_version=case.version
    )
    reply = make_mail(subject=f"Re: your enquiry [{case.reference}]", message_id="<s@x.invalid>")
    ingest_bytes(reply, source="t")
    case.refresh_from_db()
    assert (case.status, case.closed_at) == (Status.ESCALATED, None)
    event = AuditEvent.objects.filter(case=case, action="status.changed").latest("pk")
    assert event.detail == {"old": "closed", "new": "escalated"}


def test_closed_without_open_items_mail_reopens_as_open(case, practitioner) -> None:
    case_actions.do_change_status(
        case=case, actor=practitioner, status=Status.CLOSED, expected_version=case.version
    )
    reply = make_mail(subject=f"Re: your enquiry [{case.reference}]", message_id="<t@x.invalid>")
    ingest_bytes(reply, source="t")
    assert Case.objects.get(pk=case.pk).status == Status.OPEN


def test_accepting_held_mail_on_a_closed_case_with_open_items_escalates_it(
    case, practitioner, escalated
) -> None:
    case_actions.do_change_status(
        case=case, actor=practitioner, status=Status.CLOSED, expected_version=case.version
    )
    stranger = make_mail(
        sender="Someone Else <someone@elsewhere.invalid>",
        subject=f"Re: {case.reference}",
        message_id="<held@elsewhere.invalid>",
    )
    ingest_bytes(stranger, source="t")
    do_accept_held_message(hold=HeldMessage.objects.get(), actor=practitioner)
    assert Case.objects.get(pk=case.pk).status == Status.ESCALATED
    event = AuditEvent.objects.filter(case=case, action="status.changed").latest("pk")
    assert event.detail == {"old": "closed", "new": "escalated"}
