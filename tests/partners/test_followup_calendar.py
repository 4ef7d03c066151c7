"""Follow-ups are counted in the calendar admins set (casebook.triage), not a fixed one."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

import pytest

from casebook.lib.working_hours import LONDON
from casebook.partners import actions
from casebook.partners.models import Partner
from casebook.triage.calendar import forget_cached_calendar
from casebook.triage.models import ClosureDay, HelplineCalendar, OpeningHours

pytestmark = pytest.mark.django_db


def escalate(case, user, platform, at: datetime) -> Any:
    return actions.do_escalate_item(
        case=case,
        actor=user,
        platform=platform,
        kind="account",
        item="https://www.tiktok.com/@fake_staff",
        at=at,
    )


def calendar_changed() -> None:
    # What the admin site does after saving the calendar (the clock is cached per process).
    forget_cached_calendar()


def test_a_closure_day_moves_the_follow_up(case, practitioner, tiktok) -> None:
    Partner.objects.filter(platform=tiktok).update(follow_up_working_days=2)
    monday = datetime(2024, 6, 3, 10, 0, tzinfo=LONDON)
    ClosureDay.objects.create(calendar_id=1, day=date(2024, 6, 4), reason="Training day")
    calendar_changed()
    e = escalate(case, practitioner, tiktok, monday)
    # Tuesday is closed: Wednesday and Thursday are the two working days.
    assert e.follow_up_due_at == datetime(2024, 6, 6, 10, 0, tzinfo=LONDON)


def test_a_closure_day_moves_a_chased_follow_up(case, practitioner, tiktok) -> None:
    Partner.objects.filter(platform=tiktok).update(follow_up_working_days=1)
    e = escalate(case, practitioner, tiktok, datetime(2024, 6, 3, 10, 0, tzinfo=LONDON))
    assert e.follow_up_due_at == datetime(2024, 6, 4, 10, 0, tzinfo=LONDON)
    ClosureDay.objects.create(calendar_id=1, day=date(2024, 6, 5), reason="Office move")
    calendar_changed()
    actions.do_record_follow_up(
        escalation=e, actor=practitioner, at=datetime(2024, 6, 4, 11, 0, tzinfo=LONDON)
    )
    e.refresh_from_db()
    assert e.follow_up_due_at == datetime(2024, 6, 6, 11, 0, tzinfo=LONDON)


@pytest.mark.parametrize(
    ("nation", "due"),
    [
        # New Year's Day is a bank holiday everywhere; 2 January only in Scotland.
        ("ENG", datetime(2025, 1, 2, 10, 0, tzinfo=LONDON)),
        ("SCT", datetime(2025, 1, 3, 10, 0, tzinfo=LONDON)),
    ],
)
def test_the_calendar_s_bank_holidays_move_the_follow_up(
    case, practitioner, tiktok, nation, due
) -> None:
    Partner.objects.filter(platform=tiktok).update(follow_up_working_days=1)
    HelplineCalendar.objects.filter(pk=1).update(nation=nation)
    calendar_changed()
    e = escalate(case, practitioner, tiktok, datetime(2024, 12, 31, 10, 0, tzinfo=LONDON))
    assert e.follow_up_due_at == due


def test_the_calendar_s_opening_hours_apply(case, practitioner, tiktok) -> None:
    # Fridays close at 12:00: one working day after 15:00 on a Thursday is after Friday's
    # closing, so the follow-up falls due when the helpline opens on Monday.
    Partner.objects.filter(platform=tiktok).update(follow_up_working_days=1)
    OpeningHours.objects.filter(calendar_id=1, weekday=4).update(closes=time(12, 0))
    calendar_changed()
    e = escalate(case, practitioner, tiktok, datetime(2024, 6, 6, 15, 0, tzinfo=LONDON))
    assert e.follow_up_due_at == datetime(2024, 6, 10, 9, 0, tzinfo=LONDON)
