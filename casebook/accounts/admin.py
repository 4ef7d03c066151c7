"""Users (with their role) and the audit log, which nobody may edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.http import HttpRequest

from casebook.accounts.models import AuditEvent, User

# ModelAdmin is generic only in the type stubs; at run time it cannot be subscripted.
if TYPE_CHECKING:
    AuditEventModelAdmin = admin.ModelAdmin[AuditEvent]
    BaseUserAdmin = DjangoUserAdmin[User]
else:
    AuditEventModelAdmin = admin.ModelAdmin
    BaseUserAdmin = DjangoUserAdmin


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ("username", "first_name", "last_name", "role", "is_active", "is_staff")
    list_filter = ("role", "is_active", "is_staff")
    fieldsets = (
        *(DjangoUserAdmin.fieldsets or ()),
        ("Casebook", {"fields": ("role",)}),
    )
    add_fieldsets = (
        *DjangoUserAdmin.add_fieldsets,
        ("Casebook", {"fields": ("first_name", "last_name", "email", "role")}),
    )


@admin.register(AuditEvent)
class AuditEventAdmin(AuditEventModelAdmin):
    list_display = ("at", "actor", "case", "action")
    list_filter = ("action",)
    search_fields = ("=case__reference", "action")
    list_select_related = ("actor", "case")
    show_full_result_count = False
    readonly_fields = ("at", "actor", "case", "action", "detail")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
