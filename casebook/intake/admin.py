from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from casebook.intake.actions import Outcome, do_retry_quarantined
from casebook.intake.models import QuarantinedMessage


@admin.register(QuarantinedMessage)
class QuarantinedMessageAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["created_at", "reason", "summary", "source", "size"]
    search_fields = ["reason", "summary", "source"]
    readonly_fields = [
        "created_at", "source", "reason", "sha256", "size", "storage_path", "summary"
    ]  # fmt: skip
    actions = ["retry"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    @admin.action(description="Try to import the selected messages again")
    def retry(self, request: HttpRequest, queryset: QuerySet[QuarantinedMessage]) -> None:
        stored = failed = 0
        for item in queryset:
            result = do_retry_quarantined(item=item)
            if result.outcome == Outcome.QUARANTINED:
                failed += 1
            else:
                stored += 1
        self.message_user(
            request,
            f"{stored} imported, {failed} still unreadable.",
            messages.SUCCESS if not failed else messages.WARNING,
        )
