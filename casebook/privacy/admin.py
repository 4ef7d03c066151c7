"""Admins set the retention policy and list the report periods whose text is preserved.
Holds, subject access and erasure have their own pages (casebook.privacy.views)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.contrib import admin
from django.http import HttpRequest

from casebook.accounts.models import User
from casebook.privacy.actions import do_set_policy
from casebook.privacy.models import PreservedReport, RetentionPolicy

if TYPE_CHECKING:
    PolicyModelAdmin = admin.ModelAdmin[RetentionPolicy]
    PreservedModelAdmin = admin.ModelAdmin[PreservedReport]
else:
    PolicyModelAdmin = admin.ModelAdmin
    PreservedModelAdmin = admin.ModelAdmin


@admin.register(RetentionPolicy)
class RetentionPolicyAdmin(PolicyModelAdmin):
    list_display = ("__str__", "enabled", "updated_at")
    fields = ("years", "enabled")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return not RetentionPolicy.objects.exists()

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def save_model(
        self, request: HttpRequest, obj: RetentionPolicy, form: Any, change: bool
    ) -> None:
        # Through the action, so the change is audited like every other.
        user = request.user
        assert isinstance(user, User)
        do_set_policy(actor=user, years=obj.years, enabled=obj.enabled)
        obj.pk = 1


@admin.register(PreservedReport)
class PreservedReportAdmin(PreservedModelAdmin):
    list_display = ("__str__", "period_start", "period_end", "captured_at")
    fields = ("label", "period_start", "period_end", "captured_at")
    readonly_fields = ("captured_at",)

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> tuple[str, ...]:
        # Once captured, the period is what was published: it cannot move.
        if obj is not None and obj.captured_at is not None:
            return ("label", "period_start", "period_end", "captured_at")
        return ("captured_at",)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return obj is None or obj.captured_at is None
