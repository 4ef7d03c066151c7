"""The privacy pages: who may open them, holds from the case page, subject access and
erasure through the browser's forms, the audit log with filters and a safe CSV."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import timedelta
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone

from casebook.accounts.models import AuditEvent
from casebook.cases.actions import audit
from casebook.cases.models import Enquirer
from casebook.privacy.models import LegalHold
from casebook.security.headers import NO_STORE

from .conftest import ingest_case

pytestmark = pytest.mark.django_db

EMAIL = "vera.viewtest@school.invalid"


@pytest.fixture
def vera(db):
    return ingest_case(
        sender=f"Vera Viewtest <{EMAIL}>",
        subject="Worried about a group chat",
        body="Vera Viewtest here, about a group chat.",
        message_id="<vera-1@school.invalid>",
        attachment=("chat.txt", b"the chat log"),
    )


def login(client: Any, user: Any) -> Any:
    client.force_login(user)
    return client


ADMIN_PAGES = ["privacy-overview", "privacy-person", "privacy-audit", "privacy-audit-csv"]


@pytest.mark.parametrize("name", ADMIN_PAGES)
def test_only_admins_open_the_privacy_pages(
    client, name, practitioner, supervisor, analyst, admin_user
):
    url = reverse(name)
    for user in (practitioner, supervisor, analyst):
        assert login(client, user).get(url).status_code == 403
    assert login(client, admin_user).get(url).status_code == 200


def test_holds_page_for_supervisors_and_admins_only(client, practitioner, supervisor, admin_user):
    url = reverse("privacy-holds")
    assert login(client, practitioner).get(url).status_code == 403
    assert login(client, supervisor).get(url).status_code == 200
    assert login(client, admin_user).get(url).status_code == 200


def test_supervisor_holds_and_lifts_from_the_case_page(client, supervisor, vera):
    login(client, supervisor)
    page = reverse("case-detail", args=[vera.reference])
    assert "Place a hold" in client.get(page).content.decode()
    response = client.post(
        reverse("privacy-holds"),
        {"reference": vera.reference, "reason": "Police request 77", "next": page},
    )
    assert response.status_code == 302 and response["Location"] == page
    hold = LegalHold.objects.get(case=vera)
    shown = client.get(page).content.decode()
    assert "Legal hold" in shown and "Police request 77" in shown
    # Off-site "next" is ignored.
    response = client.post(
        reverse("privacy-lift-hold", args=[hold.pk]), {"next": "https://evil.invalid/"}
    )
    assert response["Location"] == reverse("privacy-holds")
    hold.refresh_from_db()
    assert hold.lifted_at is not None


def test_practitioner_sees_a_hold_but_cannot_place_one(client, practitioner, supervisor, vera):
    login(client, practitioner)
    page = client.get(reverse("case-detail", args=[vera.reference])).content.decode()
    assert "Place a hold" not in page
    assert (
        client.post(
            reverse("privacy-holds"), {"reference": vera.reference, "reason": "x"}
        ).status_code
        == 403
    )


def test_hold_on_unknown_reference_says_so(client, admin_user):
    login(client, admin_user)
    response = client.post(reverse("privacy-holds"), {"reference": "CB-1999-00001", "reason": "x"})
    assert response.status_code == 400
    assert "No case has this reference" in response.content.decode()


def test_find_export_and_erase_a_person(
    client, admin_user, vera, django_capture_on_commit_callbacks
):
    login(client, admin_user)
    response = client.post(reverse("privacy-person"), {"email": EMAIL})
    assert response.status_code == 302
    assert EMAIL not in response["Location"]
    page = client.get(reverse("privacy-person")).content.decode()
    assert vera.reference in page and "Download the subject access export" in page
    download = client.post(reverse("privacy-person-export"))
    assert download["Content-Type"] == "application/zip"
    assert download["Cache-Control"] == NO_STORE
    with zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content))) as z:
        assert f"cases/{vera.reference}/case.json" in z.namelist()
        assert any(z.read(n) == b"the chat log" for n in z.namelist())
    event = AuditEvent.objects.get(action="subject_access.exported")
    assert event.actor == admin_user and event.detail["enquirer"] == vera.enquirer_id
    assert EMAIL not in str(event.detail)
    # Erasure needs the confirmation.
    refused = client.post(reverse("privacy-person-erase"), {"reason": "Letter of 3 May"})
    assert refused.status_code == 400
    assert Enquirer.objects.filter(email=EMAIL).exists()
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(
            reverse("privacy-person-erase"),
            {"reason": "Letter of 3 May", "mentions": "on", "confirm": "on"},
        )
    assert done.status_code == 302
    assert not Enquirer.objects.filter(email=EMAIL).exists()
    assert "Erased: 1 cases anonymised" in client.get(reverse("privacy-person")).content.decode()
    case_page = client.get(reverse("privacy-audit"))
    assert "person.erased" in case_page.content.decode()


def test_the_request_can_add_identifiers_to_search_for(
    client, admin_user, vera, practitioner, django_capture_on_commit_callbacks
):
    from casebook.cases.actions import do_add_note

    other = ingest_case(
        sender="Omar Other <omar.other@elsewhere.invalid>",
        subject="A copied account",
        body="Someone copied @vera_viewtest_22 and posts as her.",
        message_id="<omar-view@elsewhere.invalid>",
    )
    do_add_note(case=other, actor=practitioner, text="Vera V. Viewtest rang about it.")
    login(client, admin_user)
    client.post(
        reverse("privacy-person"),
        {"email": EMAIL, "also": "@vera_viewtest_22\nVera V. Viewtest\n\n"},
    )
    page = client.get(reverse("privacy-person")).content.decode()
    assert "@vera_viewtest_22" in page and "Vera V. Viewtest" in page
    assert other.reference in page.split("Other cases naming them", 1)[1]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("privacy-person-erase"),
            {"reason": "Letter of 3 May", "mentions": "on", "confirm": "on"},
        )
    from casebook.cases.models import Message

    texts = " ".join(Message.objects.filter(case=other).values_list("body_text", flat=True))
    assert "vera_viewtest_22" not in texts and "Vera V. Viewtest" not in texts
    assert "Someone copied [removed] and posts as her." in texts


def test_erasure_blocked_by_hold_is_explained(client, admin_user, supervisor, vera):
    from casebook.privacy.actions import do_place_hold

    do_place_hold(case=vera, actor=supervisor, reason="Court order")
    login(client, admin_user)
    client.post(reverse("privacy-person"), {"email": EMAIL})
    page = client.get(reverse("privacy-person")).content.decode()
    assert "Erasure is blocked" in page
    refused = client.post(
        reverse("privacy-person-erase"), {"reason": "Letter", "confirm": "on", "mentions": "on"}
    )
    assert refused.status_code == 400 and "legal hold" in refused.content.decode()
    assert Enquirer.objects.filter(email=EMAIL).exists()


def test_person_form_needs_exactly_one_way_to_find(client, admin_user):
    login(client, admin_user)
    assert client.post(reverse("privacy-person"), {}).status_code == 400
    response = client.post(reverse("privacy-person"), {"enquirer": "999999"})
    assert response.status_code == 400 and "No enquirer record" in response.content.decode()


@pytest.fixture
def events(vera, practitioner, supervisor, make_user):
    odd = make_user("@SUM(1+1)", "practitioner")
    audit(actor=odd, case=vera, action='=HYPERLINK("http://x.invalid")', note="-1+2")
    audit(actor=supervisor, case=None, action="hold.placed", hold=1)
    old = AuditEvent.objects.create(
        actor=practitioner, case=vera, action="status.changed", detail={}
    )
    AuditEvent.objects.filter(pk=old.pk).update(at=timezone.now() - timedelta(days=40))
    return odd


def filtered(client: Any, **filters: str) -> str:
    """The table of the audit log page after filtering."""
    client.post(reverse("privacy-audit"), filters)
    page = client.get(reverse("privacy-audit")).content.decode()
    return str(page.split("<tbody>", 1)[1])


def test_audit_log_filters(client, admin_user, events, vera, supervisor):
    login(client, admin_user)
    page = filtered(client, user=supervisor.username)
    assert "hold.placed" in page and "case.opened" not in page
    page = filtered(client, case=vera.reference)
    assert "case.opened" in page and "hold.placed" not in page
    page = filtered(client, action="hold.")
    assert "hold.placed" in page and "case.opened" not in page
    page = filtered(client, person=EMAIL)
    assert "case.opened" in page and "hold.placed" not in page
    page = filtered(client, person=str(vera.enquirer_id))
    assert "case.opened" in page
    today = timezone.localdate()
    page = filtered(
        client,
        start=(today - timedelta(days=50)).isoformat(),
        end=(today - timedelta(days=30)).isoformat(),
    )
    assert "status.changed" in page and "case.opened" not in page
    # The filter's values are not in the page's address.
    client.post(reverse("privacy-audit"), {"person": EMAIL})
    assert EMAIL not in client.get(reverse("privacy-audit")).request["QUERY_STRING"]


def test_audit_csv_never_holds_a_formula(client, admin_user, events):
    login(client, admin_user)
    response = client.get(reverse("privacy-audit-csv"))
    assert response["Content-Type"].startswith("text/csv")
    assert response["Cache-Control"] == NO_STORE
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == ["at", "user", "case", "action", "detail"]
    cells = [cell for row in rows[1:] for cell in row]
    assert "'@SUM(1+1)" in cells
    assert '\'=HYPERLINK("http://x.invalid")' in cells
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert AuditEvent.objects.filter(action="audit.exported", actor=admin_user).exists()


def test_audit_csv_follows_the_filters(client, admin_user, events, supervisor):
    login(client, admin_user)
    client.post(reverse("privacy-audit"), {"user": supervisor.username})
    body = b"".join(client.get(reverse("privacy-audit-csv")).streaming_content).decode()
    rows = list(csv.reader(io.StringIO(body)))[1:]
    assert rows and {r[1] for r in rows} == {supervisor.username}
    # The export is recorded with the filter's name, not its value.
    exported = AuditEvent.objects.get(action="audit.exported")
    assert exported.detail == {"fields": ["user"]}


def test_overview_shows_the_policy(client, admin_user, vera):
    login(client, admin_user)
    page = client.get(reverse("privacy-overview")).content.decode()
    assert "6 years" in page and "Due now" in page


def test_admin_sets_the_retention_policy_in_the_admin_site(client, admin_user, practitioner):
    from casebook.privacy.actions import get_policy

    policy = get_policy()
    url = reverse("admin:privacy_retentionpolicy_change", args=[policy.pk])
    assert login(client, practitioner).get(url).status_code in (302, 403)
    login(client, admin_user)
    response = client.post(url, {"years": "8", "enabled": "on"})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert (get_policy().years, get_policy().enabled) == (8, True)
    event = AuditEvent.objects.get(action="retention.policy")
    assert event.actor == admin_user
    assert event.detail == {
        "old": {"years": 6, "enabled": True},
        "new": {"years": 8, "enabled": True},
    }
    assert "8 years" in client.get(reverse("privacy-overview")).content.decode()
