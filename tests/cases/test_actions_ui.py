"""Actions added for the web UI: public enquiries and phone calls, each all-or-nothing."""

from __future__ import annotations

import pytest

from casebook.accounts.models import AuditEvent
from casebook.cases import actions
from casebook.cases.models import Case, Category, Channel, Direction, Enquirer, Provenance


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


def test_record_call_refreshes_known_enquirer(practitioner):
    known = Enquirer.objects.create(name="Old", phone="07700 900003")
    actions.do_record_call(
        actor=practitioner, phone="07700 900003", name="New Name", region="UKL", enquirer_words="x"
    )
    known.refresh_from_db()
    assert (known.name, known.region) == ("New Name", "UKL")
