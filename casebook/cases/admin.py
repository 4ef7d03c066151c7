"""Admin for the reference data admins manage (categories, platforms) and a read-only look
at cases and enquirers. Case work itself happens in the case pages, where every change is
audited and checked against concurrent edits; the admin therefore cannot change cases.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django import forms
from django.contrib import admin
from django.http import HttpRequest

from casebook.cases.adminforms import AliasesField, LabelledChangelist, normalise_alias
from casebook.cases.models import Case, Category, Enquirer, Platform

# ModelAdmin is generic only in the type stubs; at run time it cannot be subscripted.
if TYPE_CHECKING:
    CategoryModelAdmin = admin.ModelAdmin[Category]
    PlatformModelAdmin = admin.ModelAdmin[Platform]
    EnquirerModelAdmin = admin.ModelAdmin[Enquirer]
    CaseModelAdmin = admin.ModelAdmin[Case]
else:
    CategoryModelAdmin = admin.ModelAdmin
    PlatformModelAdmin = admin.ModelAdmin
    EnquirerModelAdmin = admin.ModelAdmin
    CaseModelAdmin = admin.ModelAdmin


class PlatformForm(forms.ModelForm):  # type: ignore[type-arg]
    aliases = AliasesField()

    class Meta:
        model = Platform
        fields = ("name", "aliases", "retired")

    def clean_aliases(self) -> list[str]:
        aliases: list[str] = self.cleaned_data["aliases"]
        taken: dict[str, str] = {}
        for pk, name, others in Platform.objects.values_list("pk", "name", "aliases"):
            if pk == self.instance.pk:
                continue
            taken[normalise_alias(name)] = name
            for alias in others or ():
                taken.setdefault(normalise_alias(str(alias)), name)
        clashes = [f"“{a}” already stands for {taken[a]}." for a in aliases if a in taken]
        if clashes:
            raise forms.ValidationError(clashes)
        return aliases


@admin.register(Category)
class CategoryAdmin(LabelledChangelist, CategoryModelAdmin):
    list_display = ("name", "position", "retired", "definition")
    list_editable = ("position", "retired")
    list_filter = ("retired",)
    search_fields = ("name", "definition")

    def has_delete_permission(self, request: HttpRequest, obj: Category | None = None) -> bool:
        return False  # retire instead: old cases keep their tags


@admin.register(Platform)
class PlatformAdmin(LabelledChangelist, PlatformModelAdmin):
    form = PlatformForm
    list_display = ("name", "alias_list", "retired")
    list_editable = ("retired",)
    list_filter = ("retired",)
    search_fields = ("name",)

    def has_delete_permission(self, request: HttpRequest, obj: Platform | None = None) -> bool:
        return False  # retire instead: old cases keep their tags

    @admin.display(description="aliases")
    def alias_list(self, obj: Platform) -> str:
        return ", ".join(str(a) for a in obj.aliases or ())


@admin.register(Enquirer)
class EnquirerAdmin(EnquirerModelAdmin):
    list_display = ("__str__", "email", "enquirer_type", "setting_type", "region", "created_at")
    list_filter = ("enquirer_type", "setting_type", "region")
    search_fields = ("email",)  # exact contact lookups for data requests; no name browsing
    show_full_result_count = False

    def has_delete_permission(self, request: HttpRequest, obj: Enquirer | None = None) -> bool:
        return False  # enquirers go with their cases, through retention


@admin.register(Case)
class CaseAdmin(CaseModelAdmin):
    """Metadata only: the dialogue and subject stay in the case pages."""

    list_display = ("reference", "channel", "status", "opened_at", "assigned_to")
    list_filter = ("status", "channel")
    search_fields = ("=reference",)
    fields = (
        "reference",
        "channel",
        "status",
        "opened_at",
        "first_response_at",
        "closed_at",
        "assigned_to",
        "enquirer_type",
        "setting_type",
        "region",
        "version",
    )
    readonly_fields = fields
    show_full_result_count = False
    list_select_related = ("assigned_to",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Case | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Case | None = None) -> bool:
        return False
