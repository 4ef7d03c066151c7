"""Case pages. Views orchestrate: validate, access, one action or query, respond."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core import signing
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from casebook.accounts.decorators import roles
from casebook.accounts.models import CASEWORK_ROLES, Role, User
from casebook.cases import actions, forms, queries, reply_actions
from casebook.cases.access import access_case, may_work_cases
from casebook.cases.models import Case, Channel, Status
from casebook.cases.templatetags.casebook_ui import reports_url
from casebook.security import ratelimit
from casebook.security.clientip import client_address

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
    return redirect("admin:index")


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
    context = {
        "filters": filters,
        "page": page,
        "status_choices": forms.QUEUE_STATUS_CHOICES,
        "channel_choices": Channel.choices,
        "categories": queries.category_choices(),
    }
    return render(request, "cases/queue.html", context)


# ---- the case page and its edits ---------------------------------------------------------


def _draft_key(case: Case) -> str:
    return f"casebook.reply_draft.{case.reference}"


def _case_forms(case: Case, view: queries.CaseView) -> dict[str, Form]:
    tagged = {tag.category_id for tag in view.category_tags}
    add_category = forms.AddCategoryForm()
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
        "platforms_form": forms.PlatformsForm(
            initial={"platforms": [tag.platform_id for tag in view.platform_tags]}
        ),
    }


def _render_case(
    request: HttpRequest, case: Case, *, bound: dict[str, Form] | None = None, status: int = 200
) -> HttpResponse:
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
    return render(request, "cases/case_detail.html", context, status=status)


def _back_to_case(case: Case, anchor: str = "") -> HttpResponse:
    url = reverse("case-detail", args=[case.reference])
    return redirect(f"{url}#{anchor}" if anchor else url)


def _stale(
    request: HttpRequest, error: actions.StaleCaseError, name: str, form: Form
) -> HttpResponse:
    """Show the current case with the user's choice kept, ready to save again on purpose."""
    messages.error(request, f"{error} Your choice is kept below.")
    case = access_case(_user(request), error.case.reference, for_write=True)
    fresh = type(form)(initial={**form.cleaned_data, "version": case.version})
    return _render_case(request, case, bound={name: fresh}, status=409)


@roles(CASEWORK_ROLES)
@require_GET
def case_detail(request: HttpRequest, reference: str) -> HttpResponse:
    return _render_case(request, access_case(_user(request), reference))


@roles(CASEWORK_ROLES)
@require_POST
def case_note(request: HttpRequest, reference: str) -> HttpResponse:
    user = _user(request)
    case = access_case(user, reference, for_write=True)
    form = forms.NoteForm(request.POST)
    if not form.is_valid():
        return _render_case(request, case, bound={"note_form": form}, status=400)
    actions.do_add_note(case=case, actor=user, text=form.cleaned_data["text"])
    messages.success(request, "Note added.")
    return _back_to_case(case, "dialogue-end")


@roles(CASEWORK_ROLES)
@require_POST
def case_reply(request: HttpRequest, reference: str) -> HttpResponse:
    user = _user(request)
    case = access_case(user, reference, for_write=True)
    form = forms.ReplyForm(request.POST, email_to=reply_actions.reply_address(case))
    if not form.is_valid():
        return _render_case(request, case, bound={"reply_form": form}, status=400)
    text = form.cleaned_data["text"]
    if form.cleaned_data["how"] == forms.ReplyForm.SEND_EMAIL:
        reply = reply_actions.do_queue_email_reply(case=case, actor=user, text=text)
        seconds = int(reply_actions.cancel_window().total_seconds())
        messages.success(
            request,
            f"Reply to {reply.to_email} queued: it goes in {seconds} seconds, "
            "and can be cancelled until then.",
        )
    else:
        actions.do_record_reply(case=case, actor=user, text=text)
        messages.success(request, "Phone reply recorded.")
    return _back_to_case(case, "dialogue-end")


@roles(CASEWORK_ROLES)
@require_POST
def case_cancel_email(request: HttpRequest, reference: str, pk: int) -> HttpResponse:
    user = _user(request)
    case = access_case(user, reference, for_write=True)
    message = queries.outbound_message(case, pk)
    try:
        reply_actions.do_cancel_queued_email(message=message, actor=user)
    except reply_actions.TooLateToCancel as error:
        messages.error(request, str(error))
        return _back_to_case(case, f"m{message.pk}")
    # The text goes back into the reply box on the next view of the case, to edit or resend.
    request.session[_draft_key(case)] = message.body_text
    messages.success(request, "Reply cancelled: it will not be sent. Its text is in the reply box.")
    return _back_to_case(case, "reply")


@roles(CASEWORK_ROLES)
@require_POST
def case_status(request: HttpRequest, reference: str) -> HttpResponse:
    user = _user(request)
    case = access_case(user, reference, for_write=True)
    form = forms.StatusForm(request.POST)
    if not form.is_valid():
        return _render_case(request, case, bound={"status_form": form}, status=400)
    try:
        actions.do_change_status(
            case=case,
            actor=user,
            status=Status(form.cleaned_data["status"]),
            expected_version=form.cleaned_data["version"],
        )
    except actions.StaleCaseError as error:
        return _stale(request, error, "status_form", form)
    messages.success(request, f"Status changed to {case.get_status_display()}.")
    return _back_to_case(case)


@roles(CASEWORK_ROLES)
@require_POST
def case_assign(request: HttpRequest, reference: str) -> HttpResponse:
    user = _user(request)
    case = access_case(user, reference, for_write=True)
    form = forms.AssignForm(request.POST)
    if not form.is_valid():
        return _render_case(request, case, bound={"assign_form": form}, status=400)
    assignee: User | None = form.cleaned_data["assignee"]
    try:
        actions.do_assign_case(
            case=case,
            actor=user,
            assignee=assignee,
            expected_version=form.cleaned_data["version"],
        )
    except actions.StaleCaseError as error:
        return _stale(request, error, "assign_form", form)
    if assignee is None:
        messages.success(request, "Case unassigned.")
    else:
        who = "you" if assignee == user else assignee.display_name()
        messages.success(request, f"Case assigned to {who}.")
    return _back_to_case(case)


@roles(CASEWORK_ROLES)
@require_POST
def case_profile(request: HttpRequest, reference: str) -> HttpResponse:
    user = _user(request)
    case = access_case(user, reference, for_write=True)
    form = forms.ProfileForm(request.POST)
    if not form.is_valid():
        return _render_case(request, case, bound={"profile_form": form}, status=400)
    data = form.cleaned_data
    try:
        actions.do_update_profile(
            case=case,
            actor=user,
            expected_version=data["version"],
            enquirer_type=data["enquirer_type"],
            setting_type=data["setting_type"],
            region=data["region"],
        )
    except actions.StaleCaseError as error:
        return _stale(request, error, "profile_form", form)
    messages.success(request, "Enquirer profile saved.")
    return _back_to_case(case, "enquirer")


@roles(CASEWORK_ROLES)
@require_POST
def case_add_category(request: HttpRequest, reference: str) -> HttpResponse:
    user = _user(request)
    case = access_case(user, reference, for_write=True)
    form = forms.AddCategoryForm(request.POST)
    if not form.is_valid():
        return _render_case(request, case, bound={"add_category_form": form}, status=400)
    category = form.cleaned_data["category"]
    if actions.do_add_category(case=case, actor=user, category=category):
        messages.success(request, f"Category “{category}” added.")
    else:
        messages.info(request, f"The case already has the category “{category}”.")
    return _back_to_case(case, "categories")


@roles(CASEWORK_ROLES)
@require_POST
def case_remove_category(request: HttpRequest, reference: str) -> HttpResponse:
    user = _user(request)
    case = access_case(user, reference, for_write=True)
    form = forms.RemoveCategoryForm(request.POST)
    if not form.is_valid():
        messages.error(request, "That category could not be removed: it does not exist.")
        return _back_to_case(case, "categories")
    category = form.cleaned_data["category"]
    if actions.do_remove_category(case=case, actor=user, category=category):
        messages.success(request, f"Category “{category}” removed.")
    else:
        messages.info(request, f"The case did not have the category “{category}”.")
    return _back_to_case(case, "categories")


@roles(CASEWORK_ROLES)
@require_POST
def case_platforms(request: HttpRequest, reference: str) -> HttpResponse:
    user = _user(request)
    case = access_case(user, reference, for_write=True)
    form = forms.PlatformsForm(request.POST)
    if not form.is_valid():
        return _render_case(request, case, bound={"platforms_form": form}, status=400)
    actions.do_set_platforms(case=case, actor=user, platforms=form.cleaned_data["platforms"])
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
    if request.method == "POST":
        if form.is_valid():
            case = actions.do_record_call(actor=user, case=case, **form.cleaned_data)
            messages.success(request, f"Call recorded on {case.reference}.")
            return _back_to_case(case, "dialogue-end")
        return render(request, "cases/phone_call.html", {"form": form, "case": case}, status=400)
    return render(request, "cases/phone_call.html", {"form": form, "case": case})


# ---- the public enquiry form -------------------------------------------------------------


def _enquiry_limited(request: HttpRequest, form: forms.EnquiryForm) -> HttpResponse:
    form.add_error(
        None,
        "We have received several enquiries from your network in the last hour, so this "
        "one was not sent. Please try again later, or email the helpline directly.",
    )
    return render(request, "cases/enquire.html", {"form": form}, status=429)


@login_not_required
@require_http_methods(["GET", "POST"])
def enquire(request: HttpRequest) -> HttpResponse:
    form = forms.EnquiryForm(request.POST or None)
    if request.method != "POST":
        return render(request, "cases/enquire.html", {"form": form})
    # The client as the trusted proxies report it (TRUSTED_PROXIES). Invalid forms cost
    # nothing; each valid one takes a slot atomically, so parallel posts cannot overrun.
    client = ratelimit.client_key(client_address(request))
    limit = settings.ENQUIRY_RATE_LIMIT_PER_HOUR
    if ratelimit.is_limited(scope="enquiry", client=client, limit=limit):
        form.is_valid()  # so the page shows what was typed, cleaned
        return _enquiry_limited(request, form)
    if not form.is_valid():
        return render(request, "cases/enquire.html", {"form": form}, status=400)
    if not ratelimit.take(scope="enquiry", client=client, limit=limit):
        return _enquiry_limited(request, form)
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
    # The confirmation URL carries only the signed reference, never the enquiry itself.
    token = signing.dumps(case.reference, salt=ENQUIRY_TOKEN_SALT)
    return redirect("enquire-thanks", token=token)


@login_not_required
@require_GET
def enquire_thanks(request: HttpRequest, token: str) -> HttpResponse:
    try:
        reference = signing.loads(token, salt=ENQUIRY_TOKEN_SALT, max_age=ENQUIRY_TOKEN_MAX_AGE)
    except signing.BadSignature:
        raise Http404("This confirmation link is not valid or has expired.") from None
    return render(request, "cases/enquire_thanks.html", {"reference": reference})
