"""Enquirer records change only by explicit, versioned, audited edits."""

from __future__ import annotations

import pytest

from casebook.accounts.models import AuditEvent
from casebook.cases import actions, enquirer_actions
from casebook.cases.models import Case, Enquirer, Status

pytestmark = pytest.mark.django_db


def _open(enquirer: Enquirer, subject: str = "s") -> Case:
    return actions.do_open_case(
        enquirer=enquirer, channel="email", subject=subject, first_message="x"
    )


def test_update_records_old_and_new_on_every_case_of_the_enquirer(enquirer, practitioner):
    first, second = _open(enquirer, "one"), _open(enquirer, "two")
    changed = enquirer_actions.do_update_enquirer(
        enquirer=enquirer,
        actor=practitioner,
        expected_version=enquirer.version,
        details={"name": "Testy McTestface", "phone": " 0113 496 0000 ", "organisation": "Ex"},
    )
    assert changed == {"phone": ("", "0113 496 0000"), "organisation": ("", "Ex")}
    enquirer.refresh_from_db()
    assert (enquirer.phone, enquirer.version) == ("0113 496 0000", 2)
    events = AuditEvent.objects.filter(action="enquirer.updated").order_by("case_id")
    assert [e.case for e in events] == [first, second]
    assert events[0].actor == practitioner
    assert events[0].detail == {
        "enquirer": enquirer.pk,
        "old": {"phone": "", "organisation": ""},
        "new": {"phone": "0113 496 0000", "organisation": "Ex"},
    }
    # The cases keep what was given with them.
    assert Case.objects.get(pk=first.pk).contact_phone == ""


def test_a_stale_enquirer_edit_changes_nothing(enquirer, practitioner, other_practitioner):
    loaded = enquirer.version
    enquirer_actions.do_update_enquirer(
        enquirer=enquirer, actor=practitioner, expected_version=loaded, details={"name": "A"}
    )
    stale = Enquirer.objects.get(pk=enquirer.pk)
    with pytest.raises(enquirer_actions.StaleEnquirerError, match="changed by someone else"):
        enquirer_actions.do_update_enquirer(
            enquirer=stale, actor=other_practitioner, expected_version=loaded, details={"name": "B"}
        )
    assert Enquirer.objects.get(pk=enquirer.pk).name == "A"


def test_no_change_writes_no_event(enquirer, practitioner):
    _open(enquirer)
    assert (
        enquirer_actions.do_update_enquirer(
            enquirer=enquirer,
            actor=practitioner,
            expected_version=enquirer.version,
            details={"name": enquirer.name},
        )
        == {}
    )
    assert not AuditEvent.objects.filter(action="enquirer.updated").exists()


def test_only_details_can_be_edited(enquirer, practitioner):
    with pytest.raises(ValueError, match="merged_into"):
        enquirer_actions.do_update_enquirer(
            enquirer=enquirer, actor=practitioner, expected_version=1, details={"merged_into": "2"}
        )


def test_email_and_public_form_and_calls_never_change_a_known_record(enquirer, practitioner):
    before = {f: getattr(enquirer, f) for f in Enquirer.DETAIL_FIELDS}
    actions.find_or_create_enquirer(email=enquirer.email, name="Renamed", phone="07700 900001")
    actions.do_submit_enquiry(
        name="Renamed", email=enquirer.email, region="UKN", subject="s", text="t"
    )
    actions.do_record_call(
        actor=practitioner, email=enquirer.email, name="Renamed", enquirer_words="x"
    )
    enquirer.refresh_from_db()
    assert {f: getattr(enquirer, f) for f in Enquirer.DETAIL_FIELDS} == before
    assert enquirer.version == 1


# ---- merging ------------------------------------------------------------------------------


def test_merge_moves_cases_fills_gaps_and_points_the_old_address_at_the_kept_record(
    enquirer, practitioner
):
    other = Enquirer.objects.create(
        name="T. McTestface", email="testy@home.example.invalid", phone="07700 900123"
    )
    kept_case, moved = _open(enquirer, "kept"), _open(other, "moved")
    refs = enquirer_actions.do_merge_enquirers(
        keep=enquirer,
        merge=other,
        actor=practitioner,
        keep_version=enquirer.version,
        merge_version=other.version,
        shown_cases=[moved.reference],
    )
    assert refs == [moved.reference]
    moved.refresh_from_db()
    assert moved.enquirer == enquirer and moved.version == 2
    assert moved.contact_email == "testy@home.example.invalid"  # as given, still
    enquirer.refresh_from_db()
    assert enquirer.phone == "07700 900123"  # a gap filled from the merged record
    assert enquirer.name == "Testy McTestface"  # what the kept record has stays
    other.refresh_from_db()
    assert other.merged_into == enquirer
    # Both cases' histories say what happened.
    for case in (kept_case, moved):
        event = AuditEvent.objects.get(case=case, action="enquirer.merged")
        assert event.detail["moved_cases"] == [moved.reference]
        assert event.detail["merged_details"]["email"] == "testy@home.example.invalid"
    # Mail and calls from the merged address now find the kept record.
    assert actions.find_or_create_enquirer(email="TESTY@home.example.invalid") == enquirer
    assert actions.find_enquirer_for_call(phone="07700 900123") == enquirer


def test_merge_refuses_when_the_cases_changed_since_they_were_listed(enquirer, practitioner):
    other = Enquirer.objects.create(email="other@example.invalid")
    shown = _open(other, "shown")
    _open(other, "arrived while the page was open")
    with pytest.raises(enquirer_actions.StaleEnquirerError, match="changed since they were listed"):
        enquirer_actions.do_merge_enquirers(
            keep=enquirer,
            merge=other,
            actor=practitioner,
            keep_version=enquirer.version,
            merge_version=other.version,
            shown_cases=[shown.reference],
        )
    assert Case.objects.filter(enquirer=other).count() == 2
    other.refresh_from_db()
    assert other.merged_into is None and other.version == 1


def test_merge_refuses_stale_versions_and_nonsense(enquirer, practitioner):
    other = Enquirer.objects.create(email="other@example.invalid")
    with pytest.raises(enquirer_actions.StaleEnquirerError):
        enquirer_actions.do_merge_enquirers(
            keep=enquirer,
            merge=other,
            actor=practitioner,
            keep_version=enquirer.version + 1,
            merge_version=other.version,
            shown_cases=[],
        )
    with pytest.raises(ValueError, match="itself"):
        enquirer_actions.do_merge_enquirers(
            keep=enquirer,
            merge=enquirer,
            actor=practitioner,
            keep_version=1,
            merge_version=1,
            shown_cases=[],
        )


# ---- splitting ----------------------------------------------------------------------------


def test_split_moves_the_chosen_cases_to_a_new_record(practitioner):
    mailbox = Enquirer.objects.create(name="DSL", email="dsl@school.example.invalid")
    cases = [
        actions.do_open_case(
            enquirer=mailbox,
            channel="email",
            subject=f"case {i}",
            first_message="x",
            contact=actions.Contact(name=name, email="dsl@school.example.invalid"),
        )
        for i, name in enumerate(["Ann Teacher", "Ben Head", "Ann Teacher"])
    ]
    ann = enquirer_actions.do_split_cases(
        enquirer=mailbox,
        cases=[cases[0], cases[2]],
        actor=practitioner,
        expected_version=mailbox.version,
        details={"name": "Ann Teacher", "email": "dsl@school.example.invalid"},
    )
    assert ann.pk != mailbox.pk and ann.name == "Ann Teacher"
    assert sorted(c.reference for c in ann.cases.all()) == [cases[0].reference, cases[2].reference]
    assert list(mailbox.cases.all()) == [cases[1]]
    event = AuditEvent.objects.get(case=cases[0], action="case.split")
    assert event.detail["from"] == mailbox.pk and event.detail["to"] == ann.pk
    # New mail from the shared address still goes to the shared record.
    assert actions.find_or_create_enquirer(email="dsl@school.example.invalid") == mailbox


def test_split_refuses_a_case_no_longer_on_the_record(enquirer, practitioner):
    case = _open(enquirer)
    elsewhere = Enquirer.objects.create(email="x@example.invalid")
    Case.objects.filter(pk=case.pk).update(enquirer=elsewhere)
    with pytest.raises(enquirer_actions.StaleEnquirerError):
        enquirer_actions.do_split_cases(
            enquirer=enquirer,
            cases=[case],
            actor=practitioner,
            expected_version=enquirer.version,
            details={"name": "N"},
        )
    assert Enquirer.objects.count() == 2


# ---- admin edits of a case -----------------------------------------------------------------


def test_admin_change_of_a_case_is_versioned_and_audited(case, admin_user, practitioner):
    enquirer_actions.do_admin_change_case(
        case=case,
        actor=admin_user,
        expected_version=case.version,
        changes={"assigned_to": practitioner, "region": "UKK"},  # region unchanged
    )
    case.refresh_from_db()
    assert case.assigned_to == practitioner and case.status == Status.NEW
    event = AuditEvent.objects.get(case=case, action="admin.changed")
    assert event.detail == {
        "old": {"assigned_to": None},
        "new": {"assigned_to": practitioner.pk},
        "via_admin": True,
    }
    with pytest.raises(actions.StaleCaseError):
        enquirer_actions.do_admin_change_case(
            case=case, actor=admin_user, expected_version=1, changes={"region": "UKM"}
        )
