"""Actions added for the web UI: public enquiries and phone calls, each all-or-nothing."""

from __future__ import annotations

import pytest

from casebook.accounts.models import AuditEvent
from casebook.cases import actions
from casebook.cases.models import (
    Case,
    Category,
    Channel,
    Direction,
    Enquirer,
    Provenance,
    Status,
)


def test_submit_enquiry_opens_web_case_with_enquirer_provenance(db):
    apps = Category.objects.get(name="Apps")
    case = actions.do_submit_enquiry(
        name="Vera",
        email="vera@example.org",
        enquirer_type="police",
        region="UKN",
        subject="Question",
        text="About Snapchat maps",
        categories=[apps],
    )
    assert case.channel == Channel.WEB
    assert (case.enquirer_type, case.region) == ("police", "UKN")
    tag = case.category_tags.get()
    assert (tag.category, tag.provenance, tag.added_by) == (apps, Provenance.ENQUIRER, None)
    assert list(case.platforms.values_list("name", flat=True)) == ["Snapchat"]
    assert AuditEvent.objects.filter(case=case, action="case.opened").exists()


def test_submit_enquiry_saves_nothing_when_a_step_fails(db, monkeypatch):
    def broken(**kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(actions, "detect_platforms", broken)
    with pytest.raises(RuntimeError):
        actions.do_submit_enquiry(name="V", email="v@example.org", subject="s", text="t")
    assert Case.objects.count() == 0
    assert Enquirer.objects.count() == 0


def test_record_call_on_new_case_and_audit(practitioner):
    case = actions.do_record_call(
        actor=practitioner, name="Caller", phone="07700 900001", enquirer_words="Hi", note="n"
    )
    assert case.channel == Channel.PHONE
    assert case.subject == "Phone call"
    assert list(case.messages.values_list("direction", flat=True)) == [
        Direction.INBOUND,
        Direction.NOTE,
    ]
    assert AuditEvent.objects.filter(case=case, action="note.added").exists()


def test_record_call_on_existing_case_appends_and_bumps_version(case, practitioner):
    actions.do_assign_case(
        case=case, actor=practitioner, assignee=practitioner, expected_version=case.version
    )
    actions.do_change_status(
        case=case, actor=practitioner, status=Status.OPEN, expected_version=case.version
    )
    before = case.version
    actions.do_record_call(actor=practitioner, case=case, enquirer_words="Second call")
    case.refresh_from_db()
    assert case.version == before + 1
    assert case.messages.last().body_text == "Second call"
    assert AuditEvent.objects.filter(case=case, action="call.recorded").exists()


@pytest.mark.parametrize(
    ("email", "phone", "expected"),
    [
        ("A@Example.org", "", "by_email"),
        ("", "07700 900002", "by_phone"),
        ("other@example.org", "07700 900002", "by_phone"),
        ("", "", None),
        ("nobody@example.org", "07700 900999", None),
    ],
)
def test_find_enquirer_for_call(db, email, phone, expected):
    found = {
        "by_email": Enquirer.objects.create(email="a@example.org"),
        "by_phone": Enquirer.objects.create(phone="07700 900002"),
    }
    result = actions.find_enquirer_for_call(email=email, phone=phone)
    assert result == (found[expected] if expected else None)


def test_record_call_keeps_what_the_caller_said_on_the_case_not_the_record(practitioner):
    known = Enquirer.objects.create(name="Old", phone="07700 900003", region="UKM")
    case = actions.do_record_call(
        actor=practitioner,
        phone="07700 900003",
        name="New Name",
        organisation="Example Primary",
        region="UKL",
        enquirer_words="x",
    )
    assert case.enquirer == known
    known.refresh_from_db()
    assert (known.name, known.region, known.organisation) == ("Old", "UKM", "")
    assert (case.contact_name, case.contact_phone) == ("New Name", "07700 900003")
    assert (case.contact_organisation, case.region) == ("Example Primary", "UKL")
    assert case.messages.get().from_name == "New Name"


def test_a_recorded_call_is_the_practitioners_open_case(practitioner):
    case = actions.do_record_call(actor=practitioner, name="C", enquirer_words="Help")
    case.refresh_from_db()
    assert (case.assigned_to, case.status, case.first_response_at) == (
        practitioner,
        Status.OPEN,
        None,  # they listened, but the form does not say they answered
    )


@pytest.mark.parametrize(("answered", "answer"), [(True, ""), (False, "Told them to report it.")])
def test_a_call_they_answered_counts_as_a_response(practitioner, answered, answer):
    case = actions.do_record_call(
        actor=practitioner, name="C", enquirer_words="Help", answered=answered, answer=answer
    )
    case.refresh_from_db()
    reply = case.messages.get(direction=Direction.OUTBOUND)
    assert case.first_response_at == reply.at
    assert reply.body_text == (answer or "(Answered on the phone.)")
    assert reply.send_state == ""  # recorded, never emailed


def test_a_call_on_someone_elses_waiting_case_reopens_it_but_keeps_the_assignee(
    case, practitioner, other_practitioner
):
    actions.do_assign_case(
        case=case, actor=practitioner, assignee=other_practitioner, expected_version=case.version
    )
    actions.do_change_status(
        case=case,
        actor=practitioner,
        status=Status.AWAITING_ENQUIRER,
        expected_version=case.version,
    )
    actions.do_record_call(actor=practitioner, case=case, enquirer_words="Calling back")
    case.refresh_from_db()
    assert (case.assigned_to, case.status) == (other_practitioner, Status.OPEN)


def test_public_form_with_a_known_address_renames_nobody(enquirer):
    first = actions.do_open_case(enquirer=enquirer, channel="email", subject="s", first_message="x")
    later = actions.do_submit_enquiry(
        name="Someone Else",
        email=enquirer.email.upper(),
        phone="07700 900777",
        organisation="Other School",
        enquirer_type="parent",
        subject="s",
        text="t",
    )
    enquirer.refresh_from_db()
    assert later.enquirer == enquirer
    assert (enquirer.name, enquirer.phone, enquirer.organisation, enquirer.enquirer_type) == (
        "Testy McTestface",
        "",
        "",
        "teacher",
    )
    first.refresh_from_db()
    assert first.contact_name == "Testy McTestface"  # the earlier case keeps what it was given
    assert (later.contact_name, later.contact_phone, later.enquirer_type) == (
        "Someone Else",
        "07700 900777",
        "parent",
    )
    assert not AuditEvent.objects.filter(action="enquirer.updated").exists()
