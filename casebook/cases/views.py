"""Case pages. Views orchestrate: validate, access, one action or query, respond."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from functools import wraps
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core import signing
from django.db import transaction
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from casebook.accounts.decorators import roles
from casebook.accounts.models import CASEWORK_ROLES, Role, User
from casebook.cases import (
    actions,
    enquirer_actions,
    forms,
    once,
    queries,
    queue_html,
    reference_lists,
    reply_actions,
)
from casebook.cases.access import access_case, may_work_cases
from casebook.cases.models import Case, Channel, Enquirer, Status
from casebook.cases.templatetags.casebook_ui import reports_url
from casebook.lib import shell
from casebook.partners import queries as partner_queries
from casebook.security import ratelimit
from casebook.security.clientip import client_address
from casebook.triage import service as triage

ENQUIRY_TOKEN_SALT = "casebook.enquiry.confirmation"
ENQUIRY_TOKEN_MAX_AGE = timedelta(days=1)


def _user(request: HttpRequest) -> User:
    # The role middleware has already refused anonymous users on every view that calls this.
    user = request.user
    assert isinstance(user, User)
    return user


@roles(Role.values)
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    if may_work_cases(user):
        return redirect("case-queue")
    if user.role == Role.ANALYST:
        return redirect(reports_url())
    # Admins land on the workload dashboard, the app's side of their work; the admin site is
    # one link away, and its "View site" (this page) must not lead back into the admin.
    return redirect("triage:dashboard")


# ---- the queue ---------------------------------------------------------------------------


QUEUE_SEARCH_KEY = "casebook.queue_search"


@roles(CASEWORK_ROLES)
@require_http_methods(["GET", "POST"])
def queue(request: HttpRequest) -> HttpResponse:
    """The queue. Filters live in the URL; search text does not.

    Search text is often an enquirer's email address or words from a subject, so it is posted,
    kept in the session, and the URL only says that a search is on (s=1): it never reaches
    access logs, browser history or a shared link.
    """
    if request.method == "POST":
        form = forms.QueueFilterForm(request.POST)
        params = form.url_params()
        search = form.filters().search
        if form.search_too_long():
            messages.error(
                request,
                f"Nothing was searched: search text can be at most {queries.SEARCH_MAX_CHARS} "
                f"characters, and yours had {len(request.POST.get('q', '')):,}. "
                "Shorten it (a reference, name, email or a few words) and search again.",
            )
        if search:
            request.session[QUEUE_SEARCH_KEY] = search
            params["s"] = "1"
        else:
            request.session.pop(QUEUE_SEARCH_KEY, None)
        return redirect(f"{reverse('case-queue')}?{urlencode(params)}")
    data = request.GET.copy()
    data.pop("q", None)
    if data.get("s") == "1":
        data["q"] = str(request.session.get(QUEUE_SEARCH_KEY, ""))
    form = forms.QueueFilterForm(data)
    filters = form.filters()
    page = queries.queue_page(user=_user(request), filters=filters, page=form.page_number())
    choices = {
        "status": forms.QUEUE_STATUS_CHOICES,
        "channel": Channel.choices,
        # Reference lists kept per process (reference_lists): no query on most pages.
        "categories": reference_lists.category_choices(),
        "order": forms.QUEUE_ORDER_CHOICES,
        "due": form.fields["due"].choices,  # type: ignore[attr-defined]
        "caseworkers": reference_lists.caseworker_choices(),
    }
    shape, slots = queue_html.page_values(request, filters, page, choices, timezone.now())
    # The layout and the filter form rendered once per process for each role and shape, the
    # request's values joined in (casebook.lib.shell).
    return shell.render_kept(
        request,
        "cases/queue.html",
        shape=shape,
        slots=slots,
        context={"filters": filters, "page": page},
    )


# ---- the case page and its edits ---------------------------------------------------------

# A second post of a form already acted on (a double click, a resubmitted page).
REPEAT_MESSAGE = "That form had already been sent: it was acted on once, not again."


def _draft_key(case: Case) -> str:
    return f"casebook.reply_draft.{case.reference}"


def _enquirer_form(case: Case, *, given: bool = False) -> forms.EnquirerForm:
    """The record's edit form as the record is; with given, filled with what this case was
    given instead (blanks keep the record's value)."""
    record = case.enquirer
    initial: dict[str, object] = {name: getattr(record, name) for name in Enquirer.DETAIL_FIELDS}
    if given:
        snapshot = {
            "name": case.contact_name,
            "email": case.contact_email,
            "phone": case.contact_phone,
            "organisation": case.contact_organisation,
        }
        initial.update({k: v for k, v in snapshot.items() if v})
    initial["enquirer_version"] = record.version
    return forms.EnquirerForm(initial=initial)


def _case_forms(case: Case, view: queries.CaseView) -> dict[str, Form]:
    tagged = {tag.category_id for tag in view.category_tags}
    add_category = forms.AddCategoryForm(initial={"version": case.version})
    field = add_category.fields["category"]
    field.queryset = field.queryset.exclude(pk__in=tagged)  # type: ignore[attr-defined]
    return {
        "note_form": forms.NoteForm(),
        "reply_form": forms.ReplyForm(email_to=reply_actions.reply_address(case)),
        "status_form": forms.StatusForm(initial={"status": case.status, "version": case.version}),
        "assign_form": forms.AssignForm(
            initial={"assignee": case.assigned_to_id, "version": case.version}
        ),
        "profile_form": forms.ProfileForm(
            initial={
                "enquirer_type": case.enquirer_type,
                "setting_type": case.setting_type,
                "region": case.region,
                "version": case.version,
            }
        ),
        "add_category_form": add_category,
        "enquirer_form": _enquirer_form(case),
        "platforms_form": forms.PlatformsForm(
            initial={
                "platforms": [tag.platform_id for tag in view.platform_tags],
                "version": case.version,
            }
        ),
    }


def _render_case(
    request: HttpRequest,
    case: Case,
    *,
    bound: dict[str, Form] | None = None,
    status: int = 200,
    changed_since: once.Seen | None = None,
    open_panel: str = "",
) -> HttpResponse:
    """The case page. With changed_since, what changed after the page the user posted from
    was rendered is listed at the top and new dialogue entries are marked."""
    view = queries.case_view(case)
    context: dict[str, object] = {"case": case, "view": view, "Status": Status}
    context.update(_case_forms(case, view))
    draft = request.session.pop(_draft_key(case), None)
    if draft and not bound:
        context["reply_form"] = forms.ReplyForm(
            initial={"text": draft}, email_to=reply_actions.reply_address(case)
        )
        context["reply_open"] = True
    context.update(bound or {})
    context["open_panel"] = open_panel
    if request.method == "GET" and request.GET.get("enquirer") == "given":
        context["enquirer_form"] = _enquirer_form(case, given=True)
        context["open_panel"] = "enquirer_form"
    context["form_seen"] = once.Seen.of(
        case, last_message=view.last_message_id, last_event=view.last_event_id
    )
    if changed_since is not None:
        context["changed_since"] = queries.case_timeline(case, after_event=changed_since.last_event)
        context["new_messages"] = {m.pk for m in view.messages if m.pk > changed_since.last_message}
    # Rendered lazily, after the view returns: a refused post's page is not rendered inside
    # its transaction (on SQLite that holds the database's one write lock).
    return TemplateResponse(request, "cases/case_detail.html", context, status=status)


def _back_to_case(case: Case, anchor: str = "") -> HttpResponse:
    url = reverse("case-detail", args=[case.reference])
    return redirect(f"{url}#{anchor}" if anchor else url)


# (request, case, submission, **URL arguments besides the reference) -> response
CasePost = Callable[..., HttpResponse]


def _case_post(view: CasePost) -> Callable[..., HttpResponse]:
    """A post from the case page: one transaction that takes the form's one-time token and
    makes the edit. A repeated post goes back to the case and changes nothing; a post whose
    token is unusable reaches the view with submission.problem set, to be shown, not acted on.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, reference: str, **kwargs: Any) -> HttpResponse:
        user = _user(request)
        with transaction.atomic():
            case = access_case(user, reference, for_write=True)
            try:
                submission = once.consume(request, case=case)
            except once.AlreadyUsed:
                messages.info(request, REPEAT_MESSAGE)
                return _back_to_case(case)
            except once.TokenProblem as problem:
                submission = once.Submission(nonce="", problem=str(problem))
            return view(request, case, submission, **kwargs)

    return wrapper


def _refused(
    request: HttpRequest, case: Case, submission: once.Submission, name: str, form: Form
) -> HttpResponse | None:
    """The response when the form cannot be acted on (invalid, or an unusable token)."""
    if not form.is_valid():
        return _render_case(request, case, bound={name: form}, status=400)
    if submission.problem:
        messages.error(
            request,
            f"{submission.problem} Nothing was saved: your input is kept below; "
            "check the case and send it again.",
        )
        return _render_case(request, case, bound={name: form}, status=400)
    return None


def _stale(
    request: HttpRequest,
    error: actions.StaleCaseError,
    name: str,
    form: Form,
    submission: once.Submission,
) -> HttpResponse:
    """Show the current case with the user's choice kept, ready to save again on purpose.

    What the user left as it was takes the other person's new value, so saving again keeps
    both people's changes (see queries.rebase_edit).
    """
    messages.error(request, f"{error} Your choice is kept below.")
    case = error.case
    current = _current_values(case, name)
    kept = queries.rebase_edit(
        submitted=form.cleaned_data,
        current=current,
        loaded=queries.loaded_values(case, after_event=submission.seen.last_event),
    )
    fresh = type(form)(initial={**kept, "version": case.version})
    return _render_case(
        request,
        case,
        bound={name: fresh},
        status=409,
        changed_since=submission.seen,
        open_panel=name,
    )


def _current_values(case: Case, name: str) -> dict[str, Any]:
    """The case's values now, for the fields of the form called name."""
    if name == "profile_form":
        return {f: getattr(case, f) for f in ("enquirer_type", "setting_type", "region")}
    if name == "platforms_form":
        return {"platforms": list(case.platform_tags.values_list("platform_id", flat=True))}
    return {}


def _dialogue_moved_on(
    request: HttpRequest, case: Case, submission: once.Submission, name: str, form: Form, what: str
) -> HttpResponse | None:
    """Refuse to act on a reply or note written on a page the dialogue has moved past.

    The page comes back with the new entries marked and the text kept; sending again from it
    (a new token, which has seen them) goes through.
    """
    new = queries.dialogue_since(case, submission.seen.last_message)
    if not new:
        return None
    count = f"{len(new)} new entr{'y' if len(new) == 1 else 'ies'}"
    messages.warning(
        request,
        f"Not {what} yet: the dialogue has {count} since you opened this page (marked below). "
        f"Read {'it' if len(new) == 1 else 'them'}, then press the button again to go ahead.",
    )
    return _render_case(
        request, case, bound={name: form}, status=409, changed_since=submission.seen
    )


@roles(CASEWORK_ROLES)
@require_GET
def case_detail(request: HttpRequest, reference: str) -> HttpResponse:
    user = _user(request)
    case = access_case(user, reference)
    triage.note_seen(case=case, user=user)  # clears the queue's new-message marker
    return _render_case(request, case)


@roles(CASEWORK_ROLES)
@require_GET
def case_history(request: HttpRequest, reference: str) -> HttpResponse:
    """Every change to the case, newest first, a page at a time (?page=N); the case page
    shows only the latest."""
    case = access_case(_user(request), reference)
    page, entries = queries.history_page(case, request.GET.get("page"))
    return render(
        request, "cases/case_history.html", {"case": case, "page": page, "entries": entries}
    )


@roles(CASEWORK_ROLES)
@require_POST
@_case_post
def case_note(request: HttpRequest, case: Case, submission: once.Submission) -> HttpResponse:
    form = forms.NoteForm(request.POST)
    refused = _refused(request, case, submission, "note_form", form) or _dialogue_moved_on(
        request, case, submission, "note_form", form, "added"
    )
    if refused:
        return refused
    note = actions.do_add_note(case=case, actor=_user(request), text=form.cleaned_data["text"])
    messages.success(request, "Note added.")
    return _back_to_case(case, f"m{note.pk}")


@roles(CASEWORK_ROLES)
@require_POST
@_case_post
def case_reply(request: HttpRequest, case: Case, submission: once.Submission) -> HttpResponse:
    user = _user(request)
    form = forms.ReplyForm(request.POST, email_to=reply_actions.reply_address(case))
    refused = _refused(request, case, submission, "reply_form", form)
    if refused:
        return refused
    text = form.cleaned_data["text"]
    if form.cleaned_data["how"] == forms.ReplyForm.SEND_EMAIL:
        moved_on = _dialogue_moved_on(request, case, submission, "reply_form", form, "sent")
        if moved_on:
            return moved_on
        reply = reply_actions.do_queue_email_reply(case=case, actor=user, text=text)
        seconds = int(reply_actions.cancel_window().total_seconds())
        messages.success(
            request,
            f"Reply to {reply.to_email} queued: it goes in {seconds} seconds, "
            "and can be cancelled until then.",
        )
    else:
        reply = actions.do_record_reply(case=case, actor=user, text=text)
        messages.success(request, "Phone reply recorded.")
    return _back_to_case(case, f"m{reply.pk}")


@roles(CASEWORK_ROLES)
@require_POST
@_case_post
def case_cancel_email(
    request: HttpRequest, case: Case, submission: once.Submission, pk: int
) -> HttpResponse:
    message = queries.outbound_message(case, pk)
    if submission.problem:
        messages.error(request, f"{submission.problem} The reply was not cancelled: try again.")
        return _back_to_case(case, f"m{message.pk}")
    try:
        reply_actions.do_cancel_queued_email(message=message, actor=_user(request))
    except reply_actions.TooLateToCancel as error:
        messages.error(request, str(error))
        return _back_to_case(case, f"m{message.pk}")
    # The text goes back into the reply box on the next view of the case, to edit or resend.
    request.session[_draft_key(case)] = message.body_text
    messages.success(request, "Reply cancelled: it will not be sent. Its text is in the reply box.")
    return _back_to_case(case, "reply")


@roles(CASEWORK_ROLES)
@require_POST
@_case_post
def case_status(request: HttpRequest, case: Case, submission: once.Submission) -> HttpResponse:
    form = forms.StatusForm(request.POST)
    refused = _refused(request, case, submission, "status_form", form)
    if refused:
        return refused
    asked = _ask_before_closing(case, form)
    if asked is not None:
        return _render_case(request, case, bound={"status_form": asked}, status=409)
    try:
        actions.do_change_status(
            case=case,
            actor=_user(request),
            status=Status(form.cleaned_data["status"]),
            expected_version=form.cleaned_data["version"],
        )
    except actions.StaleCaseError as error:
        return _stale(request, error, "status_form", form, submission)
    except actions.StatusRefusedError as error:
        case.refresh_from_db()  # the action's version bump was rolled back
        kept = forms.StatusForm({"status-status": case.status, "status-version": case.version})
        kept.is_valid()
        kept.add_error(None, str(error))
        return _render_case(request, case, bound={"status_form": kept}, status=409)
    messages.success(request, f"Status changed to {case.get_status_display()}.")
    return _back_to_case(case, "workflow")


def _ask_before_closing(case: Case, form: forms.StatusForm) -> forms.StatusForm | None:
    """Closing a case with items still open with platforms asks first: the form to confirm."""
    data = form.cleaned_data
    if data["status"] != Status.CLOSED or data["close_with_open_items"]:
        return None
    open_items = partner_queries.open_item_count(case)
    if not open_items:
        return None
    confirm = forms.StatusForm(
        {
            "status-status": Status.CLOSED,
            "status-version": data["version"],
            "status-close_with_open_items": "True",
        }
    )
    confirm.is_valid()
    confirm.add_error(
        None,
        f"{open_items} item{'s' if open_items > 1 else ''} escalated to platforms "
        f"{'are' if open_items > 1 else 'is'} still waiting for an outcome. Press Change "
        "again to close the case anyway, or record the outcomes first.",
    )
    return confirm


@roles(CASEWORK_ROLES)
@require_POST
@_case_post
def case_assign(request: HttpRequest, case: Case, submission: once.Submission) -> HttpResponse:
    user = _user(request)
    form = forms.AssignForm(request.POST)
    refused = _refused(request, case, submission, "assign_form", form)
    if refused:
        return refused
    assignee: User | None = form.cleaned_data["assignee"]
    try:
        actions.do_assign_case(
            case=case,
            actor=user,
            assignee=assignee,
            expected_version=form.cleaned_data["version"],
        )
    except actions.StaleCaseError as error:
        return _stale(request, error, "assign_form", form, submission)
    if assignee is None:
        messages.success(request, "Case unassigned.")
    else:
        who = "you" if assignee == user else assignee.display_name()
        messages.success(request, f"Case assigned to {who}.")
    return _back_to_case(case, "workflow")


@roles(CASEWORK_ROLES)
@require_POST
@_case_post
def case_profile(request: HttpRequest, case: Case, submission: once.Submission) -> HttpResponse:
    form = forms.ProfileForm(request.POST)
    refused = _refused(request, case, submission, "profile_form", form)
    if refused:
        return refused
    data = form.cleaned_data
    try:
        actions.do_update_profile(
            case=case,
            actor=_user(request),
            expected_version=data["version"],
            also_enquirer=data["also_enquirer"],
            enquirer_type=data["enquirer_type"],
            setting_type=data["setting_type"],
            region=data["region"],
        )
    except actions.StaleCaseError as error:
        return _stale(request, error, "profile_form", form, submission)
    except enquirer_actions.StaleEnquirerError as error:
        messages.error(request, str(error))
        return _render_case(request, case, status=409, changed_since=submission.seen)
    messages.success(request, "Enquirer profile saved.")
    return _back_to_case(case, "enquirer")


@roles(CASEWORK_ROLES)
@require_POST
@_case_post
def case_enquirer(request: HttpRequest, case: Case, submission: once.Submission) -> HttpResponse:
    """A practitioner's explicit edit of the enquirer record (all their cases share it)."""
    form = forms.EnquirerForm(request.POST)
    refused = _refused(request, case, submission, "enquirer_form", form)
    if refused:
        return refused
    try:
        changed = enquirer_actions.do_update_enquirer(
            enquirer=case.enquirer,
            actor=_user(request),
            expected_version=form.cleaned_data["enquirer_version"],
            details=form.details(),
        )
    except enquirer_actions.StaleEnquirerError as error:
        messages.error(request, f"{error} Your changes are kept below.")
        record = error.enquirer
        kept = queries.rebase_edit(
            submitted=form.details(),
            current={f: getattr(record, f) for f in Enquirer.DETAIL_FIELDS},
            loaded=queries.loaded_values(
                case, after_event=submission.seen.last_event, of_enquirer=True
            ),
        )
        fresh = forms.EnquirerForm(initial={**kept, "enquirer_version": record.version})
        return _render_case(
            request,
            case,
            bound={"enquirer_form": fresh},
            status=409,
            changed_since=submission.seen,
            open_panel="enquirer_form",
        )
    if changed:
        names = ", ".join(queries.LABELS_OF_FIELDS.get(f, f) for f in changed)
        messages.success(request, f"Enquirer record saved ({names} changed).")
    else:
        messages.info(request, "Nothing to save: the enquirer record already had these details.")
    return _back_to_case(case, "enquirer")


@roles(CASEWORK_ROLES)
@require_POST
@_case_post
def case_add_category(
    request: HttpRequest, case: Case, submission: once.Submission
) -> HttpResponse:
    form = forms.AddCategoryForm(request.POST)
    refused = _refused(request, case, submission, "add_category_form", form)
    if refused:
        return refused
    category = form.cleaned_data["category"]
    try:
        added = actions.do_add_category(
            case=case,
            actor=_user(request),
            category=category,
            expected_version=form.cleaned_data["version"],
        )
    except actions.StaleCaseError as error:
        return _stale(request, error, "add_category_form", form, submission)
    if added:
        messages.success(request, f"Category “{category}” added.")
    else:
        messages.info(request, f"The case already has the category “{category}”.")
    return _back_to_case(case, "categories")


@roles(CASEWORK_ROLES)
@require_POST
@_case_post
def case_remove_category(
    request: HttpRequest, case: Case, submission: once.Submission
) -> HttpResponse:
    form = forms.RemoveCategoryForm(request.POST)
    if not form.is_valid():
        messages.error(request, "That category could not be removed: it does not exist.")
        return _back_to_case(case, "categories")
    category = form.cleaned_data["category"]
    if submission.problem:
        messages.error(request, f"{submission.problem} “{category}” was not removed: try again.")
        return _back_to_case(case, "categories")
    try:
        removed = actions.do_remove_category(
            case=case,
            actor=_user(request),
            category=category,
            expected_version=form.cleaned_data["version"],
        )
    except actions.StaleCaseError as error:
        messages.error(request, f"{error} “{category}” was not removed.")
        return _render_case(request, error.case, status=409, changed_since=submission.seen)
    if removed:
        messages.success(request, f"Category “{category}” removed.")
    else:
        messages.info(request, f"The case did not have the category “{category}”.")
    return _back_to_case(case, "categories")


@roles(CASEWORK_ROLES)
@require_POST
@_case_post
def case_platforms(request: HttpRequest, case: Case, submission: once.Submission) -> HttpResponse:
    form = forms.PlatformsForm(request.POST)
    refused = _refused(request, case, submission, "platforms_form", form)
    if refused:
        return refused
    try:
        actions.do_set_platforms(
            case=case,
            actor=_user(request),
            platforms=form.cleaned_data["platforms"],
            expected_version=form.cleaned_data["version"],
        )
    except actions.StaleCaseError as error:
        return _stale(request, error, "platforms_form", form, submission)
    messages.success(request, "Platforms saved.")
    return _back_to_case(case, "platforms")


# ---- phone calls -------------------------------------------------------------------------


@roles(CASEWORK_ROLES)
@require_http_methods(["GET", "POST"])
def phone_call(request: HttpRequest, reference: str | None = None) -> HttpResponse:
    """A new phone case, or (with a reference) a further call on an existing case."""
    user = _user(request)
    case = access_case(user, reference, for_write=True) if reference else None
    form = forms.PhoneCallForm(request.POST or None, existing_case=case is not None)
    context = {"form": form, "case": case}
    if request.method != "POST":
        return render(request, "cases/phone_call.html", context)
    with transaction.atomic():
        try:
            submission = once.consume(request, case=case)
        except once.AlreadyUsed as repeat:
            messages.info(request, REPEAT_MESSAGE)
            done = repeat.result or (case.reference if case else "")
            return redirect("case-detail", done) if done else redirect("case-queue")
        except once.TokenProblem as problem:
            form.is_valid()
            messages.error(request, f"{problem} Nothing was saved: check the call and save again.")
            return TemplateResponse(request, "cases/phone_call.html", context, status=400)
        if not form.is_valid():
            return TemplateResponse(request, "cases/phone_call.html", context, status=400)
        case = actions.do_record_call(actor=user, case=case, **form.cleaned_data)
        submission.remember(case.reference)
    messages.success(request, f"Call recorded on {case.reference}.")
    return _back_to_case(case, "dialogue-end")


# ---- the public enquiry form -------------------------------------------------------------


ENQUIRY_LIMITED = (
    "We have received several enquiries from your network in the last hour, so this one was "
    "not sent. Please try again later, or email the helpline directly."
)
ENQUIRY_REPEATED = "This form was already sent. Please check it and send again."
ENQUIRY_STALE = (
    "This page was open too long for us to accept it safely. What you typed is kept below: "
    "please press Send enquiry again."
)


def _thanks(reference: str) -> HttpResponse:
    # The confirmation URL carries only the signed reference, never the enquiry itself.
    token = signing.dumps(reference, salt=ENQUIRY_TOKEN_SALT)
    return redirect("enquire-thanks", token=token)


@login_not_required
@require_http_methods(["GET", "POST"])
def enquire(request: HttpRequest) -> HttpResponse:
    # Bound on every POST, even an empty one (an unbound form cannot carry errors).
    form = forms.EnquiryForm(request.POST if request.method == "POST" else None)
    if request.method != "POST":
        return render(request, "cases/enquire.html", {"form": form})
    # The transaction holds only the writes: on SQLite it holds the database's one write lock,
    # so the page is rendered after it commits, and parallel posts wait for each other briefly.
    with transaction.atomic():
        reference, refusal = _take_enquiry(request, form)
    if reference:
        return _thanks(reference)
    form.is_valid()  # so the page shows what was typed, cleaned
    if refusal:
        form.add_error(None, refusal)
    status = 429 if refusal == ENQUIRY_LIMITED else 400
    return render(request, "cases/enquire.html", {"form": form}, status=status)


def _take_enquiry(request: HttpRequest, form: forms.EnquiryForm) -> tuple[str, str]:
    """Consume the form's token and open the case: (reference, "") or ("", why refused).

    An invalid form gives ("", ""): its own errors say why. Call inside a transaction.
    """
    try:
        submission = once.consume(request)
    except once.AlreadyUsed as repeat:
        # The same form sent again (a double click, a reload): one enquiry, one case.
        return (repeat.result, "") if repeat.result else ("", ENQUIRY_REPEATED)
    except once.TokenProblem:
        return "", ENQUIRY_STALE
    # The client as the trusted proxies report it (TRUSTED_PROXIES). Invalid forms cost
    # nothing; each valid one takes a slot atomically, so parallel posts cannot overrun.
    client = ratelimit.client_key(client_address(request))
    limit = settings.ENQUIRY_RATE_LIMIT_PER_HOUR
    if ratelimit.is_limited(scope="enquiry", client=client, limit=limit):
        return "", ENQUIRY_LIMITED
    if not form.is_valid():
        return "", ""
    if not ratelimit.take(scope="enquiry", client=client, limit=limit):
        return "", ENQUIRY_LIMITED
    data = form.cleaned_data
    case = actions.do_submit_enquiry(
        name=data["name"],
        email=data["email"],
        phone=data["phone"],
        organisation=data["organisation"],
        enquirer_type=data["enquirer_type"],
        setting_type=data["setting_type"],
        region=data["region"],
        subject=data["subject"],
        text=data["text"],
        categories=data["categories"],
    )
    submission.remember(case.reference)
    return case.reference, ""


@login_not_required
@require_GET
def enquire_thanks(request: HttpRequest, token: str) -> HttpResponse:
    try:
        reference = signing.loads(token, salt=ENQUIRY_TOKEN_SALT, max_age=ENQUIRY_TOKEN_MAX_AGE)
    except signing.BadSignature:
        raise Http404("This confirmation link is not valid or has expired.") from None
    return render(request, "cases/enquire_thanks.html", {"reference": reference})
