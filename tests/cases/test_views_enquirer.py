"""The enquirer on the case page: as given, the record, its edits, merges and splits."""

from __future__ import annotations

import pytest
from django.urls import reverse

from casebook.accounts.models import AuditEvent
from casebook.cases import actions, once
from casebook.cases.models import Case, Enquirer

pytestmark = pytest.mark.django_db


@pytest.fixture
def client_for(client, practitioner):
    client.force_login(practitioner)
    return client


def url(name: str, case: Case) -> str:
    return reverse(name, args=[case.reference])


def _token_in(page: str, action: str) -> str:
    form = page.split(f'action="{action}"')[1] if action else page.split("<form")[-1]
    return form.split(f'name="{once.FIELD}" value="')[1].split('"')[0]


def test_case_page_shows_details_as_given_beside_the_record(client_for, enquirer):
    case = actions.do_submit_enquiry(
        name="Testy M.", email=enquirer.email, phone="07700 900321", subject="s", text="t"
    )
    page = client_for.get(url("case-detail", case)).content.decode()
    given = page[page.index('class="kv contact-given"') :]
    given = given[: given.index("</dl>")]
    record = page[page.index('class="kv contact-record"') :]
    record = record[: record.index("</dl>")]
    assert "Testy M." in given and "07700 900321" in given
    assert "Testy McTestface" in record and "07700 900321" not in record
    assert "The details given with this enquiry differ from the record." in page
    # The link fills the record's edit form with them, for the practitioner to save or not.
    page = client_for.get(url("case-detail", case) + "?enquirer=given").content.decode()
    edit = page[page.index('id="enquirer-edit"') :]
    assert edit.startswith('id="enquirer-edit" open>')
    assert 'value="Testy M."' in edit and 'value="07700 900321"' in edit


def test_practitioner_edits_the_record_and_every_case_shows_it(client_for, case, enquirer):
    other = actions.do_open_case(enquirer=enquirer, channel="web", subject="o", first_message="o")
    data = {f"enquirer-{f}": getattr(enquirer, f) for f in Enquirer.DETAIL_FIELDS}
    data.update({"enquirer-name": "Testy Mc Testface", "enquirer-enquirer_version": "1"})
    response = client_for.post(url("case-enquirer", case), data, follow=True)
    assert "Enquirer record saved (name changed)." in response.content.decode()
    enquirer.refresh_from_db()
    assert (enquirer.name, enquirer.version) == ("Testy Mc Testface", 2)
    page = client_for.get(url("case-detail", other)).content.decode()
    history = page[page.index('id="history"') :]
    assert "Enquirer record changed" in history
    assert "<del>Testy McTestface</del> → <ins>Testy Mc Testface</ins>" in history


def test_a_stale_record_edit_keeps_the_input_and_says_what_changed(
    client_for, case, enquirer, other_practitioner
):
    from casebook.cases import enquirer_actions

    path = url("case-enquirer", case)
    token = once.issue(
        user_id=int(client_for.session["_auth_user_id"]),
        case=case,
        seen=once.Seen(version=case.version, last_message=0, last_event=10**9),
    )
    enquirer_actions.do_update_enquirer(
        enquirer=enquirer,
        actor=other_practitioner,
        expected_version=1,
        details={"phone": "0113 496 0999"},
    )
    data = {f"enquirer-{f}": getattr(enquirer, f) or "" for f in Enquirer.DETAIL_FIELDS}
    data.update({"enquirer-name": "Mine", "enquirer-phone": "", "enquirer-enquirer_version": "1"})
    response = client_for.post(path, {**data, once.FIELD: token})
    assert response.status_code == 409
    page = response.content.decode()
    assert "changed by someone else" in page
    assert 'value="Mine"' in page  # kept
    assert 'name="enquirer-enquirer_version" value="2"' in page  # saving again is deliberate
    assert Enquirer.objects.get(pk=enquirer.pk).name == "Testy McTestface"


def test_case_page_lists_the_enquirers_other_cases(client_for, case, enquirer):
    others = [
        actions.do_open_case(
            enquirer=enquirer, channel="email", subject=f"Other {i}", first_message="x"
        )
        for i in range(3)
    ]
    stranger = Enquirer.objects.create(email="s@example.invalid")
    actions.do_open_case(
        enquirer=stranger, channel="email", subject="Not theirs", first_message="x"
    )
    page = client_for.get(url("case-detail", case)).content.decode()
    section = page[page.index('id="other-cases"') :]
    section = section[: section.index("</section>")]
    for other in others:
        assert other.reference in section
    assert case.reference not in section and "Not theirs" not in section


def test_merge_lists_the_cases_before_confirming_then_merges(client_for, case, enquirer):
    other = Enquirer.objects.create(name="Testy", email="testy@home.example.invalid")
    theirs = actions.do_open_case(enquirer=other, channel="email", subject="T", first_message="x")
    path = url("enquirer-merge", case)
    page = client_for.post(path, {"step": "find", "query": "TESTY@home.example.invalid"})
    text = page.content.decode()
    assert "What merging will do" in text
    assert f'This case moves to this record: <span class="ref">{theirs.reference}</span>' in text
    assert Case.objects.get(pk=theirs.pk).enquirer == other  # nothing yet
    confirm = {
        "step": "confirm",
        "other": other.pk,
        "keep_version": enquirer.version,
        "merge_version": other.version,
        "shown_cases": theirs.reference,
        once.FIELD: _token_in(text, ""),
    }
    response = client_for.post(path, confirm, follow=True)
    assert "Records merged: 1 case moved to Testy McTestface" in response.content.decode()
    assert Case.objects.get(pk=theirs.pk).enquirer == enquirer
    # Confirming twice (a double click) merges once.
    response = client_for.post(path, confirm, follow=True)
    assert "That merge had already been confirmed" in response.content.decode()
    assert AuditEvent.objects.filter(action="enquirer.merged", case=theirs).count() == 1


def test_merge_finds_by_case_reference_and_says_when_nothing_matches(client_for, case):
    path = url("enquirer-merge", case)
    response = client_for.post(path, {"step": "find", "query": "nobody@example.invalid"})
    assert response.status_code == 404
    assert "No other record has that email address or case reference." in (
        response.content.decode()
    )
    other = Enquirer.objects.create(email="o@example.invalid")
    theirs = actions.do_open_case(enquirer=other, channel="email", subject="T", first_message="x")
    response = client_for.post(path, {"step": "find", "query": theirs.reference.lower()})
    assert "What merging will do" in response.content.decode()


def test_split_moves_this_case_to_its_own_record(client_for, practitioner):
    mailbox = Enquirer.objects.create(name="Safeguarding", email="dsl@school.example.invalid")
    mine = actions.do_open_case(
        enquirer=mailbox,
        channel="email",
        subject="Mine",
        first_message="x",
        contact=actions.Contact(name="Ann Teacher", email="dsl@school.example.invalid"),
    )
    theirs = actions.do_open_case(
        enquirer=mailbox, channel="email", subject="Theirs", first_message="x"
    )
    path = url("enquirer-split", mine)
    page = client_for.get(path).content.decode()
    assert 'value="Ann Teacher"' in page  # the new record starts from what was given
    assert theirs.reference in page
    box = page.split(f'name="split-cases" value="{mine.pk}"')[1].split(">")[0]
    assert "checked" in box
    data = {
        "split-name": "Ann Teacher",
        "split-email": "dsl@school.example.invalid",
        "split-cases": [mine.pk],
        "split-enquirer_version": mailbox.version,
        once.FIELD: _token_in(page, ""),
    }
    response = client_for.post(path, data, follow=True)
    assert "1 case moved to a new enquirer record, Ann Teacher" in response.content.decode()
    mine.refresh_from_db()
    assert mine.enquirer.name == "Ann Teacher" and mine.enquirer != mailbox
    assert Case.objects.get(pk=theirs.pk).enquirer == mailbox


def test_split_without_a_case_chosen_moves_nothing(client_for, case, enquirer):
    actions.do_open_case(enquirer=enquirer, channel="email", subject="2", first_message="x")
    path = url("enquirer-split", case)
    response = client_for.post(path, {"split-name": "X", "split-enquirer_version": 1})
    assert response.status_code == 400
    assert "Choose at least one case to move." in response.content.decode()
    assert Enquirer.objects.count() == 1


def test_admin_edit_of_an_enquirer_is_audited_and_shown_on_the_case(
    client, admin_user, practitioner, case, enquirer
):
    client.force_login(admin_user)
    data = {f: getattr(enquirer, f) for f in Enquirer.DETAIL_FIELDS}
    data.update({"phone": "0113 496 0555", "loaded_version": enquirer.version})
    response = client.post(f"/admin/cases/enquirer/{enquirer.pk}/change/", data)
    assert response.status_code == 302
    enquirer.refresh_from_db()
    assert (enquirer.phone, enquirer.version) == ("0113 496 0555", 2)
    event = AuditEvent.objects.get(case=case, action="enquirer.updated")
    assert event.actor == admin_user and event.detail["via_admin"] is True
    # A second admin tab, loaded before that save, is refused rather than overwriting it.
    data.update({"phone": "0113 496 0666", "loaded_version": 1})
    response = client.post(f"/admin/cases/enquirer/{enquirer.pk}/change/", data)
    assert "changed by someone else since you opened it" in response.content.decode()
    assert Enquirer.objects.get(pk=enquirer.pk).phone == "0113 496 0555"
    client.force_login(practitioner)
    page = client.get(url("case-detail", case)).content.decode()
    assert "(admin site)" in page and "<ins>0113 496 0555</ins>" in page


def test_queue_finds_merged_cases_by_the_old_address_and_shows_names_as_given(
    client_for, case, enquirer, practitioner
):
    from casebook.cases import enquirer_actions

    other = Enquirer.objects.create(name="Old Record", email="old@example.invalid")
    theirs = actions.do_open_case(
        enquirer=other,
        channel="email",
        subject="Sent from the old address",
        first_message="x",
        contact=actions.Contact(name="Given Name", email="old@example.invalid"),
    )
    enquirer_actions.do_merge_enquirers(
        keep=enquirer,
        merge=other,
        actor=practitioner,
        keep_version=enquirer.version,
        merge_version=other.version,
        shown_cases=[theirs.reference],
    )
    response = client_for.post(reverse("case-queue"), {"q": "OLD@example.invalid"}, follow=True)
    page = response.content.decode()
    assert theirs.reference in page and case.reference in page  # the kept record's cases
    assert "Given Name" in page
