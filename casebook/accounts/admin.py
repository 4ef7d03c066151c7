"""Users (with their role) and the audit log, which nobody may edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.http import HttpRequest
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from casebook.accounts.models import AuditEvent, User

# ModelAdmin is generic only in the type stubs; at run time it cannot be subscripted.
if TYPE_CHECKING:
    AuditEventModelAdmin = admin.ModelAdmin[AuditEvent]
    BaseUserAdmin = DjangoUserAdmin[User]
    DeviceModelAdmin = admin.ModelAdmin[Any]
else:
    AuditEventModelAdmin = admin.ModelAdmin
    BaseUserAdmin = DjangoUserAdmin
    DeviceModelAdmin = admin.ModelAdmin


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


# Two-factor devices: an admin can see who has one and remove it (a lost phone: the account
# enrols again at its next login), but never read a key or a recovery code, which would let
# the admin sign in as that person. django-otp's own admin pages show both, so they go.
for _model in (TOTPDevice, StaticDevice):
    if admin.site.is_registered(_model):
        admin.site.unregister(_model)


class _DeviceAdmin(DeviceModelAdmin):
    list_display = ("user", "name", "confirmed", "last_used_at")
    list_filter = ("confirmed",)
    search_fields = ("user__username",)
    fields = ("user", "name", "confirmed", "last_used_at")
    readonly_fields = fields

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


admin.site.register(TOTPDevice, _DeviceAdmin)
admin.site.register(StaticDevice, _DeviceAdmin)
