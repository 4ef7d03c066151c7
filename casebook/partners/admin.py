"""Admin for what admins keep: the partner directory, the services directory and the saved
replies. Escalations and referrals belong to cases and are recorded on the case pages, where
every change is audited."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django import forms
from django.contrib import admin
from django.http import HttpRequest

from casebook.cases.adminforms import ADMIN_CSS, LabelledChangelist, LabelledRowForm
from casebook.partners import placeholders
from casebook.partners.models import (
    Partner,
    PartnerContact,
    PartnerRoute,
    SavedReply,
    Service,
)
from casebook.widgets import ADMIN_TEXT_OVERRIDES, Textarea

# ModelAdmin is generic only in the type stubs; at run time it cannot be subscripted.
if TYPE_CHECKING:
    PartnerModelAdmin = admin.ModelAdmin[Partner]
    ServiceModelAdmin = admin.ModelAdmin[Service]
    SavedReplyModelAdmin = admin.ModelAdmin[SavedReply]
    RouteInline = admin.TabularInline[PartnerRoute, Partner]
    ContactInline = admin.StackedInline[PartnerContact, Partner]
else:
    PartnerModelAdmin = admin.ModelAdmin
    ServiceModelAdmin = admin.ModelAdmin
    SavedReplyModelAdmin = admin.ModelAdmin
    RouteInline = admin.TabularInline
    ContactInline = admin.StackedInline


class PartnerRouteInline(RouteInline):
    model = PartnerRoute
    form = LabelledRowForm
    extra = 1
    fields = ("position", "kind", "address", "instructions")
    verbose_name = "escalation route"
    formfield_overrides = ADMIN_TEXT_OVERRIDES


class PartnerContactInline(ContactInline):
    model = PartnerContact
    extra = 0
    fields = (("name", "role"), ("email", "phone"), "notes")
    verbose_name = "contact"
    formfield_overrides = ADMIN_TEXT_OVERRIDES


@admin.register(Partner)
class PartnerAdmin(PartnerModelAdmin):
    class Media:
        css = ADMIN_CSS

    list_display = ("platform", "follow_up_working_days", "route_count", "contact_count")
    search_fields = ("platform__name",)
    fields = ("platform", "follow_up_working_days", "notes")
    inlines = (PartnerRouteInline, PartnerContactInline)
    formfield_overrides = ADMIN_TEXT_OVERRIDES
    list_select_related = ("platform",)

    @admin.display(description="routes")
    def route_count(self, obj: Partner) -> int:
        return obj.routes.count()

    @admin.display(description="contacts")
    def contact_count(self, obj: Partner) -> int:
        return obj.contacts.count()

    def get_readonly_fields(
        self, request: HttpRequest, obj: Partner | None = None
    ) -> tuple[str, ...]:
        return ("platform",) if obj is not None else ()


@admin.register(Service)
class ServiceAdmin(LabelledChangelist, ServiceModelAdmin):
    class Media:
        css = ADMIN_CSS

    list_display = ("name", "phone", "website", "hours", "position", "retired")
    list_editable = ("position", "retired")
    list_filter = ("retired",)
    search_fields = ("name", "description")
    formfield_overrides = ADMIN_TEXT_OVERRIDES

    def has_delete_permission(self, request: HttpRequest, obj: Service | None = None) -> bool:
        return False  # retire instead: old referrals keep their service


class SavedReplyForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = SavedReply
        fields = ("title", "body", "position", "retired")
        widgets = {"body": Textarea(attrs={"rows": 12})}

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        listed = ", ".join(
            f"{{{name}}} ({what})" for name, what in placeholders.PLACEHOLDERS.items()
        )
        self.fields["body"].help_text = (
            f"Placeholders: {listed}, and {{service:NAME}} for a service's contact details "
            "from the directory (e.g. {service:Childline}). They are filled in when the reply "
            "is inserted on a case, and the practitioner can edit the text before sending."
        )

    def clean_body(self) -> str:
        body: str = self.cleaned_data["body"]
        names = Service.objects.values_list("name", flat=True)
        problems = placeholders.problems(body, names)
        if problems:
            raise forms.ValidationError(problems)
        return body


@admin.register(SavedReply)
class SavedReplyAdmin(LabelledChangelist, SavedReplyModelAdmin):
    class Media:
        css = ADMIN_CSS

    form = SavedReplyForm
    list_display = ("title", "position", "retired", "updated_at")
    list_editable = ("position", "retired")
    list_filter = ("retired",)
    search_fields = ("title", "body")
