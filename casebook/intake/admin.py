"""Mail that did not go straight into a case, for admins: the quarantine and skipped mail.

Each message can be read safely in the admin (its header fields, its text, its attachments'
names; HTML only as extracted text, so no remote content is ever fetched), and acted on:
quarantined mail can be retried, released into a case or deleted; skipped automatic mail can be
imported after all (the admin judged it a person's), downloaded or deleted. Every action is
audited by the action functions.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.views.decorators.http import require_POST

from casebook.accounts.models import User
from casebook.cases.actions import audit
from casebook.cases.models import Case
from casebook.intake.actions import (
    Outcome,
    do_delete_quarantined,
    do_import_skipped,
    do_release_quarantined,
    do_retry_quarantined,
)
from casebook.intake.models import QuarantinedMessage, SkippedMail
from casebook.intake.parsing import normalise_reference
from casebook.intake.reading import read_leniently
from casebook.intake.storage import StorageError, delete_unreferenced, open_path


def _download(request: HttpRequest, storage_path: str, name: str, what: str) -> FileResponse:
    try:
        file_path = open_path(storage_path)
    except StorageError:
        raise Http404("The original is missing from storage") from None
    response = FileResponse(
        file_path.open("rb"),
        as_attachment=True,
        filename=name,
        content_type="application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    user = request.user
    audit(
        actor=user if isinstance(user, User) else None,
        case=None,
        action="email.original_downloaded",
        what=what,
    )
    return response


def _reading_context(storage_path: str) -> dict[str, Any]:
    try:
        raw = open_path(storage_path).read_bytes()
    except StorageError as error:
        return {"missing": str(error)}
    return {"view": read_leniently(raw)}


class _ReadOnly(admin.ModelAdmin):  # type: ignore[type-arg]
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(QuarantinedMessage)
class QuarantinedMessageAdmin(_ReadOnly):
    list_display = ["created_at", "reason", "summary", "source", "size"]
    list_display_links = ["created_at", "reason"]
    search_fields = ["reason", "summary", "source"]
    actions = ["retry"]

    def get_urls(self) -> list[URLPattern]:
        own = [
            path("<int:pk>/read/", self.admin_site.admin_view(self.read), name="intake_q_read"),
            path(
                "<int:pk>/original/",
                self.admin_site.admin_view(self.original),
                name="intake_q_original",
            ),
            path(
                "<int:pk>/act/",
                self.admin_site.admin_view(require_POST(self.act)),
                name="intake_q_act",
            ),
        ]
        return own + super().get_urls()

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        return HttpResponseRedirect(reverse("admin:intake_q_read", args=[int(object_id)]))

    def read(self, request: HttpRequest, pk: int) -> HttpResponse:
        item = get_object_or_404(QuarantinedMessage, pk=pk)
        context = {
            **self.admin_site.each_context(request),
            "title": "Quarantined message",
            "item": item,
            "kind": "quarantine",
            "opts": self.model._meta,
            **_reading_context(item.storage_path),
        }
        return TemplateResponse(request, "admin/intake/read_message.html", context)

    def original(self, request: HttpRequest, pk: int) -> FileResponse:
        item = get_object_or_404(QuarantinedMessage, pk=pk)
        return _download(request, item.storage_path, f"quarantined-{pk}.eml", f"quarantine {pk}")

    def act(self, request: HttpRequest, pk: int) -> HttpResponse:
        item = get_object_or_404(QuarantinedMessage, pk=pk)
        user = request.user
        assert isinstance(user, User)
        back = HttpResponseRedirect(reverse("admin:intake_q_read", args=[pk]))
        listing = HttpResponseRedirect(reverse("admin:intake_quarantinedmessage_changelist"))
        what = request.POST.get("action", "")
        if what == "retry":
            result = do_retry_quarantined(item=item, actor=user)
            if result.outcome == Outcome.QUARANTINED:
                self.message_user(request, f"Still unreadable: {result.reason}", messages.WARNING)
                return back
            self.message_user(request, _outcome_line(result.outcome, result.case_reference))
            return listing
        if what == "delete":
            do_delete_quarantined(item=item, actor=user)
            self.message_user(request, "The quarantined message and its file were deleted.")
            return listing
        if what in {"release-new", "release-into"}:
            case = None
            if what == "release-into":
                reference = normalise_reference(request.POST.get("reference", ""))
                case = Case.objects.filter(reference=reference).first() if reference else None
                if case is None:
                    self.message_user(
                        request,
                        "No case has that reference; nothing was released.",
                        messages.ERROR,
                    )
                    return back
            message = do_release_quarantined(item=item, actor=user, case=case)
            self.message_user(
                request, f"Released into {message.case.reference}, with its original attached."
            )
            return listing
        self.message_user(request, "Unknown action.", messages.ERROR)
        return back

    @admin.action(description="Try to import the selected messages again")
    def retry(self, request: HttpRequest, queryset: QuerySet[QuarantinedMessage]) -> None:
        user = request.user
        stored = failed = 0
        for item in queryset:
            result = do_retry_quarantined(item=item, actor=user if isinstance(user, User) else None)
            if result.outcome == Outcome.QUARANTINED:
                failed += 1
            else:
                stored += 1
        self.message_user(
            request,
            f"{stored} imported, {failed} still unreadable.",
            messages.SUCCESS if not failed else messages.WARNING,
        )

    def delete_model(self, request: HttpRequest, obj: QuarantinedMessage) -> None:
        user = request.user
        assert isinstance(user, User)
        do_delete_quarantined(item=obj, actor=user)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[QuarantinedMessage]) -> None:
        for item in queryset:
            self.delete_model(request, item)


def _outcome_line(outcome: Outcome, reference: str) -> str:
    where = f" ({reference})" if reference else ""
    return f"Imported: {outcome}{where}."


@admin.register(SkippedMail)
class SkippedMailAdmin(_ReadOnly):
    list_display = ["received_at", "sender", "subject", "reason", "source"]
    list_display_links = ["received_at", "subject"]
    search_fields = ["sender", "subject", "reason"]
    list_filter = ["reason"]

    def get_urls(self) -> list[URLPattern]:
        own = [
            path("<int:pk>/read/", self.admin_site.admin_view(self.read), name="intake_s_read"),
            path(
                "<int:pk>/original/",
                self.admin_site.admin_view(self.original),
                name="intake_s_original",
            ),
            path(
                "<int:pk>/act/",
                self.admin_site.admin_view(require_POST(self.act)),
                name="intake_s_act",
            ),
        ]
        return own + super().get_urls()

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        return HttpResponseRedirect(reverse("admin:intake_s_read", args=[int(object_id)]))

    def read(self, request: HttpRequest, pk: int) -> HttpResponse:
        item = get_object_or_404(SkippedMail, pk=pk)
        context = {
            **self.admin_site.each_context(request),
            "title": "Skipped automatic mail",
            "item": item,
            "kind": "skipped",
            "opts": self.model._meta,
            **_reading_context(item.storage_path),
        }
        return TemplateResponse(request, "admin/intake/read_message.html", context)

    def original(self, request: HttpRequest, pk: int) -> FileResponse:
        item = get_object_or_404(SkippedMail, pk=pk)
        return _download(request, item.storage_path, f"skipped-{pk}.eml", f"skipped {pk}")

    def act(self, request: HttpRequest, pk: int) -> HttpResponse:
        item = get_object_or_404(SkippedMail, pk=pk)
        user = request.user
        assert isinstance(user, User)
        if request.POST.get("action") == "import":
            result = do_import_skipped(item=item, actor=user)
            self.message_user(request, _outcome_line(result.outcome, result.case_reference))
        elif request.POST.get("action") == "delete":
            self.delete_model(request, item)
            self.message_user(request, "The skipped message and its file were deleted.")
        return HttpResponseRedirect(reverse("admin:intake_skippedmail_changelist"))

    def delete_model(self, request: HttpRequest, obj: SkippedMail) -> None:
        user = request.user
        path_ = obj.storage_path
        audit(
            actor=user if isinstance(user, User) else None,
            case=None,
            action="email.skipped_deleted",
            message_id=obj.message_id,
            reason=obj.reason,
        )
        obj.delete()
        if not SkippedMail.objects.filter(storage_path=path_).exists():
            delete_unreferenced(path_)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[SkippedMail]) -> None:
        for item in queryset:
            self.delete_model(request, item)
