"""Admins set the calendar: opening hours per weekday, the nation, the target, closure days."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.contrib import admin
from django.http import HttpRequest

from casebook.triage.calendar import forget_cached_calendar
from casebook.triage.models import ClosureDay, HelplineCalendar, OpeningHours

if TYPE_CHECKING:
    CalendarModelAdmin = admin.ModelAdmin[HelplineCalendar]
    HoursInline = admin.TabularInline[OpeningHours, HelplineCalendar]
    ClosureInline = admin.TabularInline[ClosureDay, HelplineCalendar]
else:
    CalendarModelAdmin = admin.ModelAdmin
    HoursInline = admin.TabularInline
    ClosureInline = admin.TabularInline


class OpeningHoursInline(HoursInline):
    model = OpeningHours
    extra = 0
    max_num = 7


class ClosureDayInline(ClosureInline):
    model = ClosureDay
    extra = 1


@admin.register(HelplineCalendar)
class HelplineCalendarAdmin(CalendarModelAdmin):
    list_display = ("__str__", "nation", "target_minutes", "updated_at")
    inlines = [OpeningHoursInline, ClosureDayInline]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return not HelplineCalendar.objects.exists()  # there is one calendar

    def has_delete_permission(
        self, request: HttpRequest, obj: HelplineCalendar | None = None
    ) -> bool:
        return False

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        forget_cached_calendar()
