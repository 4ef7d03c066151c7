"""The calendar admins set is the one the clock uses."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from casebook.lib.working_hours import LONDON
from casebook.triage.calendar import current_calendar, forget_cached_calendar, load_calendar
from casebook.triage.models import ClosureDay, HelplineCalendar, OpeningHours

pytestmark = pytest.mark.django_db


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LONDON)


def test_migration_seeds_monday_to_friday_nine_to_five_three_hours() -> None:
    calendar = load_calendar()
    assert calendar.target == timedelta(hours=3)
    assert calendar.hours.nation == "ENG"
    assert [w is not None for w in calendar.hours.week] == [True] * 5 + [False] * 2
    assert calendar.hours.add(at("2022-03-04 16:00"), calendar.target) == at("2022-03-07 11:00")


def test_admin_settings_reach_the_clock() -> None:
    row = HelplineCalendar.objects.get(pk=1)
    row.nation, row.target_minutes = "SCT", 120
    row.save()
    OpeningHours.objects.filter(calendar=row, weekday=4).update(closes=time(16, 30))
    OpeningHours.objects.create(calendar=row, weekday=5, opens=time(10), closes=time(12))
    ClosureDay.objects.create(calendar=row, day=date(2022, 3, 14), reason="Training day")
    calendar = load_calendar()
    assert calendar.target == timedelta(hours=2)
    # Friday 16:00: 30 min Friday, Saturday 10:00-11:30; Monday 14th is a closure day.
    assert calendar.hours.add(at("2022-03-11 16:00"), calendar.target) == at("2022-03-12 11:30")
    assert calendar.hours.add(at("2022-03-11 16:00"), timedelta(hours=3)) == at("2022-03-15 09:30")
    assert not calendar.hours.is_working_day(date(2022, 8, 1))  # Scottish bank holiday


def test_no_calendar_row_means_the_defaults() -> None:
    HelplineCalendar.objects.all().delete()
    calendar = load_calendar()
    assert calendar.target == timedelta(hours=3)
    assert calendar.hours.is_working_day(date(2022, 3, 7))


def test_cache_is_forgotten_on_demand() -> None:
    forget_cached_calendar()
    assert current_calendar().target == timedelta(hours=3)
    HelplineCalendar.objects.filter(pk=1).update(target_minutes=60)
    assert current_calendar().target == timedelta(hours=3)  # cached
    forget_cached_calendar()
    assert current_calendar().target == timedelta(hours=1)
    forget_cached_calendar()


def test_admin_edits_the_calendar(client, admin_user) -> None:
    client.force_login(admin_user)
    response = client.get("/admin/triage/helplinecalendar/1/change/")
    assert response.status_code == 200
    assert b"Opening hours" in response.content
    assert b"Closure days" in response.content
