"""Mail that did not go straight into a case, for admins: the quarantine and skipped mail.

Each message can be read safely in the admin (its header fields, its text, its attachments'
names; HTML only as extracted text, so no remote content is ever fetched), and acted on:
quarantined mail can be retried, released into a case or deleted; skipped automatic mail can be
imported after all (the admin judged it a person's), downloaded or deleted. Every action is
audited by the action functions.

Every post from these pages (the reading page's buttons, the list's bulk actions and the bulk
delete's confirmation) carries a one-time form token (casebook.cases.once), taken in the same
transaction as what it does: a double click or a resubmitted page acts once.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db import transaction
from django.db.models import QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.views.decorators.http import require_POST

from casebook.accounts.models import User
from casebook.cases import once
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
    """Read-only rows, acted on only through posts that carry a one-time form token."""

    # Both add {% form_token %} inside Django's forms (the list's action form, the bulk
    # delete's confirmation).
    change_list_template = "admin/intake/change_list.html"
    delete_selected_confirmation_template = "admin/intake/delete_selected_confirmation.html"
    read_url_name = ""  # the reading page, where a single message is acted on

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def refused(self, request: HttpRequest, *, back: str, done: str) -> HttpResponse | None:
        """Take the post's one-time token; a response instead if it cannot be acted on.

        Call inside the transaction of the action: a repeat goes to `done` (what the first
        post led to), an unusable token back to `back`, with nothing done.
        """
        try:
            once.consume(request)
        except once.AlreadyUsed:
            self.message_user(request, once.REPEAT_MESSAGE, messages.INFO)
            return HttpResponseRedirect(done)
        except once.TokenProblem as problem:
            self.message_user(
                request, f"{problem} Nothing was done: try again from this page.", messages.ERROR
            )
            return HttpResponseRedirect(back)
        return None

    def listing_url(self) -> str:
        opts = self.model._meta
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        if request.method != "POST":
            return super().changelist_view(request, extra_context)
        # Every post to the list is a bulk action (or the bulk delete's confirmation).
        listing = self.listing_url()
        with transaction.atomic():
            refused = self.refused(request, back=listing, done=listing)
            if refused is not None:
                return refused
            return super().changelist_view(request, extra_context)

    def delete_view(
        self, request: HttpRequest, object_id: str, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        # One message is deleted from its reading page (whose form carries a token).
        return HttpResponseRedirect(reverse(self.read_url_name, args=[int(object_id)]))


@admin.register(QuarantinedMessage)
class QuarantinedMessageAdmin(_ReadOnly):
    list_display = ["created_at", "reason", "summary", "source", "size"]
    list_display_links = ["created_at", "reason"]
    search_fields = ["reason", "summary", "source"]
    actions = ["retry"]
    read_url_name = "admin:intake_q_read"

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
        back = reverse("admin:intake_q_read", args=[pk])
        listing = self.listing_url()
        with transaction.atomic():
            refused = self.refused(request, back=back, done=listing)
            if refused is not None:
                return refused
            item = QuarantinedMessage.objects.select_for_update().filter(pk=pk).first()
            if item is None:
                self.message_user(
                    request, "That message is no longer in the quarantine.", messages.WARNING
                )
                return HttpResponseRedirect(listing)
            return self._act(request, item, back=back, listing=listing)

    def _act(
        self, request: HttpRequest, item: QuarantinedMessage, *, back: str, listing: str
    ) -> HttpResponse:
        user = request.user
        assert isinstance(user, User)
        what = request.POST.get("action", "")
        if what == "retry":
            result = do_retry_quarantined(item=item, actor=user)
            if result.outcome == Outcome.QUARANTINED:
                self.message_user(request, f"Still unreadable: {result.reason}", messages.WARNING)
                return HttpResponseRedirect(back)
            self.message_user(request, _outcome_line(result.outcome, result.case_reference))
            return HttpResponseRedirect(listing)
        if what == "delete":
            do_delete_quarantined(item=item, actor=user)
            self.message_user(request, "The quarantined message and its file were deleted.")
            return HttpResponseRedirect(listing)
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
                    return HttpResponseRedirect(back)
            message = do_release_quarantined(item=item, actor=user, case=case)
            self.message_user(
                request, f"Released into {message.case.reference}, with its original attached."
            )
            return HttpResponseRedirect(listing)
        self.message_user(request, "Unknown action.", messages.ERROR)
        return HttpResponseRedirect(back)

    @admin.action(description="Try to import the selected messages again")
    def retry(self, request: HttpRequest, queryset: QuerySet[QuarantinedMessage]) -> None:
        user = request.user
        stored = failed = 0
        for item in queryset:
            try:
                result = do_retry_quarantined(
                    item=item, actor=user if isinstance(user, User) else None
                )
            except StorageError:  # its file is gone: one bad item never stops the others
                failed += 1
                continue
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
    read_url_name = "admin:intake_s_read"

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
        user = request.user
        assert isinstance(user, User)
        listing = self.listing_url()
        with transaction.atomic():
            refused = self.refused(
                request, back=reverse("admin:intake_s_read", args=[pk]), done=listing
            )
            if refused is not None:
                return refused
            item = SkippedMail.objects.select_for_update().filter(pk=pk).first()
            if item is None:
                self.message_user(
                    request, "That message is no longer in skipped mail.", messages.WARNING
                )
            elif request.POST.get("action") == "import":
                result = do_import_skipped(item=item, actor=user)
                self.message_user(request, _outcome_line(result.outcome, result.case_reference))
            elif request.POST.get("action") == "delete":
                self.delete_model(request, item)
                self.message_user(request, "The skipped message and its file were deleted.")
        return HttpResponseRedirect(listing)

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
