"""Admin for the reference data admins manage (categories, platforms), and a careful way
into cases and enquirers. Case work happens in the case pages; here an admin can correct an
enquirer's details and a case's assignment and profile. Those edits go through the same
actions as the case pages: checked against concurrent edits (the version the form was
loaded with) and written to the audit log, so they show in the case's history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest

from casebook.accounts.models import User
from casebook.cases import enquirer_actions
from casebook.cases.actions import StaleCaseError
from casebook.cases.adminforms import (
    ADMIN_CSS,
    AliasesField,
    LabelledChangelist,
    normalise_alias,
)
from casebook.cases.models import Case, Category, Enquirer, Platform
from casebook.widgets import ADMIN_TEXT_OVERRIDES

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
    class Media:
        css = ADMIN_CSS

    list_display = ("name", "position", "retired", "definition")
    list_editable = ("position", "retired")
    list_filter = ("retired",)
    search_fields = ("name", "definition")
    formfield_overrides = ADMIN_TEXT_OVERRIDES

    def has_delete_permission(self, request: HttpRequest, obj: Category | None = None) -> bool:
        return False  # retire instead: old cases keep their tags


@admin.register(Platform)
class PlatformAdmin(LabelledChangelist, PlatformModelAdmin):
    class Media:
        css = ADMIN_CSS

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


class VersionedAdminForm(forms.ModelForm):  # type: ignore[type-arg]
    """Carries the version the admin loaded; a save over someone else's change is refused."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.fields["loaded_version"].initial = self.instance.version

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        current = (
            type(self.instance)
            .objects.filter(pk=self.instance.pk)
            .values_list("version", flat=True)
        )
        loaded = data.get("loaded_version")
        if self.instance.pk and loaded is not None and loaded not in current:
            raise ValidationError(
                "This record was changed by someone else since you opened it. Nothing was "
                "saved: open it again to see the change."
            )
        return data


def _actor(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)
    return user


@admin.register(Enquirer)
class EnquirerAdmin(EnquirerModelAdmin):
    form = VersionedAdminForm
    list_display = ("__str__", "email", "enquirer_type", "setting_type", "region", "created_at")
    list_filter = ("enquirer_type", "setting_type", "region")
    search_fields = ("email",)  # exact contact lookups for data requests; no name browsing
    show_full_result_count = False
    fields = (*Enquirer.DETAIL_FIELDS, "loaded_version")
    readonly_fields = ()

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # records come with enquiries

    def has_delete_permission(self, request: HttpRequest, obj: Enquirer | None = None) -> bool:
        return False  # enquirers go with their cases, through retention

    def save_model(self, request: HttpRequest, obj: Enquirer, form: Any, change: bool) -> None:
        # The form has set the new values on obj; the action needs the stored record.
        stored = Enquirer.objects.get(pk=obj.pk)
        loaded = form.cleaned_data.get("loaded_version") or stored.version
        try:
            enquirer_actions.do_update_enquirer(
                enquirer=stored,
                actor=_actor(request),
                expected_version=loaded,
                via_admin=True,
                details={name: form.cleaned_data[name] for name in Enquirer.DETAIL_FIELDS},
            )
        except enquirer_actions.StaleEnquirerError as error:
            messages.error(request, str(error))
        obj.refresh_from_db()


# What an admin may correct on a case; everything else is read-only here.
CASE_ADMIN_EDITABLE = ("assigned_to", "enquirer_type", "setting_type", "region")


@admin.register(Case)
class CaseAdmin(CaseModelAdmin):
    """Metadata only: the dialogue and subject stay in the case pages."""

    form = VersionedAdminForm
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
        *CASE_ADMIN_EDITABLE,
        "version",
        "loaded_version",
    )
    readonly_fields = tuple(f for f in fields if f not in {*CASE_ADMIN_EDITABLE, "loaded_version"})
    show_full_result_count = False
    list_select_related = ("assigned_to",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Case | None = None) -> bool:
        return False

    def save_model(self, request: HttpRequest, obj: Case, form: Any, change: bool) -> None:
        stored = Case.objects.get(pk=obj.pk)
        loaded = form.cleaned_data.get("loaded_version") or stored.version
        try:
            enquirer_actions.do_admin_change_case(
                case=stored,
                actor=_actor(request),
                expected_version=loaded,
                changes={name: form.cleaned_data[name] for name in CASE_ADMIN_EDITABLE},
            )
        except StaleCaseError as error:
            messages.error(request, str(error))
        obj.refresh_from_db()
