from __future__ import annotations

from datetime import datetime

import pytest

from casebook.accounts.models import AuditEvent
from casebook.cases import actions
from casebook.cases.models import Case, Category, Direction, Provenance, Status
from casebook.lib.working_hours import LONDON


def test_open_case_allocates_sequential_references_and_snapshots_profile(enquirer, time_machine):
    # References count per year: the clock stands still on the year's last second, or a new
    # year between the two cases would number the second 00001 again.
    time_machine.move_to(datetime(2026, 12, 31, 23, 59, 59, tzinfo=LONDON), tick=False)
    first = actions.do_open_case(
        enquirer=enquirer, channel="email", subject="One", first_message="Hello"
    )
    second = actions.do_open_case(
        enquirer=enquirer, channel="phone", subject="Two", first_message="Hello again"
    )
    year = first.opened_at.year
    assert first.reference == f"CB-{year}-00001"
    assert second.reference == f"CB-{year}-00002"
    assert first.enquirer_type == "teacher"
    assert first.region == "UKK"
    assert list(first.messages.values_list("direction", flat=True)) == [Direction.INBOUND]


def test_open_case_detects_platforms_and_audits(case):
    assert list(case.platforms.values_list("name", flat=True)) == ["TikTok"]
    assert AuditEvent.objects.filter(case=case, action="case.opened").count() == 1


def test_stale_edit_is_refused_and_changes_nothing(case, practitioner, other_practitioner):
    loaded_version = case.version
    actions.do_change_status(
        case=case, actor=practitioner, status=Status.OPEN, expected_version=loaded_version
    )
    stale = Case.objects.get(pk=case.pk)
    stale.version = loaded_version  # the second editor loaded the page before the first saved
    with pytest.raises(actions.StaleCaseError, match="changed by someone else"):
        actions.do_change_status(
            case=stale,
            actor=other_practitioner,
            status=Status.CLOSED,
            expected_version=loaded_version,
        )
    assert Case.objects.get(pk=case.pk).status == Status.OPEN


def test_reply_sets_first_response_once(case, practitioner):
    reply = actions.do_record_reply(case=case, actor=practitioner, text="We can help.")
    later = actions.do_record_reply(case=case, actor=practitioner, text="Any news?")
    case.refresh_from_db()
    assert case.first_response_at == reply.at
    assert case.first_response_at != later.at
    assert case.status == Status.OPEN


def test_category_keeps_first_provenance(case, practitioner):
    social = Category.objects.get(name="Social networks")
    assert actions.do_add_category(
        case=case, actor=None, category=social, provenance=Provenance.ENQUIRER
    )
    assert not actions.do_add_category(case=case, actor=practitioner, category=social)
    tag = case.category_tags.get()
    assert tag.provenance == Provenance.ENQUIRER
    assert actions.do_remove_category(case=case, actor=practitioner, category=social)
    assert not case.category_tags.exists()


def test_seeded_taxonomy_has_the_22_categories(db):
    assert Category.objects.count() == 22
