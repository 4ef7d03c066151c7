"""Forms for the case pages, the phone-call form and the public enquiry form."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator

from casebook.cases import queries
from casebook.cases.models import Channel, EnquirerType, Region, SettingType, Status
from casebook.widgets import Textarea

NOTE_MAX_CHARS = 50_000

QUEUE_ORDER_CHOICES = [
    (queries.ORDER_DUE, "Due first"),
    (queries.ORDER_ACTIVITY, "Last activity"),
    (queries.ORDER_NEWEST, "Newest first"),
    (queries.ORDER_OLDEST, "Oldest first"),
]

QUEUE_STATUS_CHOICES = [
    (queries.STATUS_OPEN, "Open (not closed)"),
    *Status.choices,
    (queries.STATUS_ALL, "All"),
]


class QueueFilterForm(forms.Form):
    """The queue's GET parameters. Unknown or bad values fall back to the defaults, each on
    its own: a bad page number does not drop the status filter."""

    q = forms.CharField(required=False, max_length=queries.SEARCH_MAX_CHARS, label="Search")
    status = forms.ChoiceField(choices=QUEUE_STATUS_CHOICES, required=False)
    category = forms.ModelChoiceField(
        queryset=queries.all_categories(), required=False, empty_label="Any category"
    )
    channel = forms.ChoiceField(choices=[("", "Any channel"), *Channel.choices], required=False)
    mine = forms.BooleanField(required=False, label="Assigned to me")  # older links
    assigned = forms.CharField(required=False, max_length=20)
    due = forms.ChoiceField(
        choices=[
            (queries.DUE_ANY, "Any time"),
            (queries.DUE_WITHIN_HOUR, "Due within the hour"),
            (queries.DUE_BREACHED, "Breached (overdue)"),
        ],
        required=False,
    )
    order = forms.ChoiceField(choices=QUEUE_ORDER_CHOICES, required=False)
    page = forms.IntegerField(required=False, min_value=1, max_value=100_000)

    def _clean_data(self) -> dict[str, Any]:
        self.is_valid()
        return self.cleaned_data

    def search_too_long(self) -> bool:
        return len(str(self.data.get("q", ""))) > queries.SEARCH_MAX_CHARS

    def filters(self) -> queries.QueueFilters:
        data = self._clean_data()
        category = data.get("category")
        assigned = str(data.get("assigned") or "")
        if assigned not in {queries.ASSIGNED_ME, queries.ASSIGNED_NOBODY} and not (
            assigned.isdigit()
        ):
            assigned = queries.ASSIGNED_ANYONE
        if data.get("mine"):
            assigned = queries.ASSIGNED_ME
        return queries.QueueFilters(
            status=data.get("status") or queries.STATUS_OPEN,
            category_id=category.pk if category is not None else None,
            assignee=assigned,
            channel=data.get("channel") or "",
            search=data.get("q") or "",
            order=data.get("order") or queries.ORDER_DUE,
            due=data.get("due") or queries.DUE_ANY,
        )

    def url_params(self) -> dict[str, str]:
        """The filters (not the search text, not the page) as query parameters."""
        filters = self.filters()
        params = {
            "status": filters.status if filters.status != queries.STATUS_OPEN else "",
            "category": str(filters.category_id) if filters.category_id is not None else "",
            "channel": filters.channel,
            "assigned": filters.assignee,
            "due": filters.due,
            "order": filters.order if filters.order != queries.ORDER_DUE else "",
        }
        return {name: value for name, value in params.items() if value}

    def page_number(self) -> int:
        return self._clean_data().get("page") or 1


class _SharedFields(dict[str, forms.Field]):
    """A form's declared fields that each form uses as they are instead of deep-copying them
    (for a form that only reads its fields: QueueFilterForm)."""

    def __deepcopy__(self, memo: dict[int, Any]) -> _SharedFields:
        return self


# Django deep-copies every declared field for each form, so that one form may change its own;
# the queue's filter form never changes its fields (it only validates with them and reads
# their choices), and copying nine fields was most of its cost on every queue page.
QueueFilterForm.base_fields = _SharedFields(QueueFilterForm.base_fields)


class VersionedForm(forms.Form):
    """An edit that must not overwrite someone else's: it carries the version it was made on."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class NoteForm(forms.Form):
    prefix = "note"
    text = forms.CharField(
        label="Internal note",
        max_length=NOTE_MAX_CHARS,
        widget=Textarea(attrs={"rows": 4, "placeholder": "Only the team sees notes."}),
    )


class ReplyForm(forms.Form):
    """A reply: the practitioner presses the button for how it goes (no default method)."""

    prefix = "reply"
    SEND_EMAIL = "email"
    RECORD_PHONE = "phone"

    text = forms.CharField(
        label="Reply to the enquirer",
        max_length=NOTE_MAX_CHARS,
        widget=Textarea(attrs={"rows": 6}),
    )
    how = forms.ChoiceField(
        choices=[
            (SEND_EMAIL, "Send by email"),
            (RECORD_PHONE, "Record a reply given by phone"),
        ],
        error_messages={"required": "Choose whether to send the reply by email or record it."},
    )

    def __init__(self, *args: Any, email_to: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.email_to = email_to
        self.can_email = bool(email_to)
        self.cancel_seconds = max(0, int(settings.REPLY_CANCEL_SECONDS))
        how = self.fields["how"]
        assert isinstance(how, forms.ChoiceField)
        if not self.can_email:
            how.choices = [(self.RECORD_PHONE, "Record a reply given by phone")]


class StatusForm(VersionedForm):
    prefix = "status"
    status = forms.ChoiceField(choices=Status.choices)
    # Set once the user was told the case still has items open with platforms, and went on.
    close_with_open_items = forms.BooleanField(required=False, widget=forms.HiddenInput)


class CaseworkerField(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        return str(obj.display_name())


class AssignForm(VersionedForm):
    prefix = "assign"
    assignee = CaseworkerField(
        queryset=queries.casework_users(), required=False, empty_label="Nobody"
    )


class ProfileForm(VersionedForm):
    prefix = "profile"
    enquirer_type = forms.ChoiceField(choices=EnquirerType.choices, required=False)
    setting_type = forms.ChoiceField(choices=SettingType.choices, required=False, label="Setting")
    region = forms.ChoiceField(choices=Region.choices, required=False)
    also_enquirer = forms.BooleanField(
        required=False, label="Also save on the enquirer record (used for their next cases)"
    )


class EnquirerForm(forms.Form):
    """A practitioner's edit of the enquirer record, made on the version they saw."""

    prefix = "enquirer"
    name = forms.CharField(max_length=200, required=False)
    email = forms.EmailField(max_length=254, required=False)
    phone = forms.CharField(max_length=40, required=False)
    organisation = forms.CharField(max_length=200, required=False)
    enquirer_type = forms.ChoiceField(
        choices=EnquirerType.choices, required=False, label="Enquirer type"
    )
    setting_type = forms.ChoiceField(choices=SettingType.choices, required=False, label="Setting")
    region = forms.ChoiceField(choices=Region.choices, required=False)
    enquirer_version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def details(self) -> dict[str, str]:
        return {k: v for k, v in self.cleaned_data.items() if k != "enquirer_version"}


class AddCategoryForm(VersionedForm):
    prefix = "addcat"
    category = forms.ModelChoiceField(
        queryset=queries.taggable_categories(), empty_label="Choose a category"
    )


class RemoveCategoryForm(VersionedForm):
    prefix = "removecat"
    # Any category, retired or not: a retired tag can still be taken off a case.
    category = forms.ModelChoiceField(queryset=queries.all_categories())


class PlatformsForm(VersionedForm):
    prefix = "platforms"
    platforms = forms.ModelMultipleChoiceField(
        queryset=queries.active_platforms(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class _EnquirerFields(forms.Form):
    name = forms.CharField(max_length=200, required=False)
    email = forms.EmailField(max_length=254, required=False)
    phone = forms.CharField(max_length=40, required=False)
    organisation = forms.CharField(max_length=200, required=False)
    enquirer_type = forms.ChoiceField(
        choices=EnquirerType.choices, required=False, label="Enquirer type"
    )
    setting_type = forms.ChoiceField(choices=SettingType.choices, required=False, label="Setting")
    region = forms.ChoiceField(choices=Region.choices, required=False)


class PhoneCallForm(_EnquirerFields):
    """A call, typed while it happens: every field but what was said is optional."""

    subject = forms.CharField(max_length=300, required=False)
    enquirer_words = forms.CharField(
        label="What the caller said",
        max_length=NOTE_MAX_CHARS,
        widget=Textarea(attrs={"rows": 8}),
    )
    answered = forms.BooleanField(
        required=False,
        label="I answered the caller on this call",
        help_text="Counts as the case's response; an unanswered call just opens the case.",
    )
    answer = forms.CharField(
        label="What you told them (optional)",
        max_length=NOTE_MAX_CHARS,
        required=False,
        widget=Textarea(attrs={"rows": 3}),
    )
    note = forms.CharField(
        label="Internal note (optional)",
        max_length=NOTE_MAX_CHARS,
        required=False,
        widget=Textarea(attrs={"rows": 3}),
    )
    categories = forms.ModelMultipleChoiceField(
        queryset=queries.taggable_categories(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    # On an existing case the enquirer is already known.
    ENQUIRER_FIELDS = (
        "name",
        "email",
        "phone",
        "organisation",
        "enquirer_type",
        "setting_type",
        "region",
    )

    def __init__(self, *args: Any, existing_case: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if existing_case:
            for name in (*self.ENQUIRER_FIELDS, "subject"):
                del self.fields[name]


class EnquiryForm(_EnquirerFields):
    """The public form. Enquirers choose their own categories; their words are kept as typed."""

    name = forms.CharField(max_length=200, label="Your name")
    email = forms.EmailField(max_length=254, label="Your email")
    phone = forms.CharField(max_length=40, required=False, label="Phone (optional)")
    organisation = forms.CharField(
        max_length=200, required=False, label="School or organisation (optional)"
    )
    enquirer_type = forms.ChoiceField(
        choices=[("", "Choose your role"), *EnquirerType.choices[1:]], label="Your role"
    )
    setting_type = forms.ChoiceField(
        choices=[("", "Not sure / prefer not to say"), *SettingType.choices[1:]],
        required=False,
        label="Where you work",
    )
    region = forms.ChoiceField(
        choices=[("", "Not sure / prefer not to say"), *Region.choices[1:]], required=False
    )
    categories = forms.ModelMultipleChoiceField(
        queryset=queries.taggable_categories(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="What is it about? (tick any that apply)",
    )
    subject = forms.CharField(max_length=300, label="Subject")
    text = forms.CharField(label="Your enquiry", widget=Textarea(attrs={"rows": 10}))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Read per form so tests (and a changed setting) see the current limit.
        limit = settings.ENQUIRY_MAX_BODY_CHARS
        self.fields["text"].validators.append(
            MaxLengthValidator(
                limit,
                message=(
                    f"Your enquiry is too long: it can be at most {limit:,} characters "
                    "(it has %(show_value)s). Please shorten it; we can ask you for more later."
                ),
            )
        )
        # No maxlength attribute: the browser would silently cut a pasted enquiry short,
        # while the server's message lets the enquirer decide what to trim.
        self.fields["text"].help_text = f"At most {limit:,} characters."


class MergeFindForm(forms.Form):
    """The other record, by its email address or one of its case references."""

    query = forms.CharField(
        max_length=254,
        label="Email address or case reference of the other record",
        strip=True,
    )


class MergeConfirmForm(forms.Form):
    other = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    keep_version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    merge_version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    # The other record's case references as listed on the page, comma-separated.
    shown_cases = forms.CharField(widget=forms.HiddenInput, required=False, max_length=200_000)

    def shown_references(self) -> list[str]:
        return [r for r in self.cleaned_data["shown_cases"].split(",") if r]


class CaseChoiceField(forms.ModelMultipleChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        opened = obj.opened_at.strftime("%d %b %Y")
        return f"{obj.reference} · {opened} · {obj.subject or '(no subject)'}"


class SplitForm(EnquirerForm):
    """Which cases move off the shared record, and the details of the new record."""

    prefix = "split"

    def __init__(self, *args: Any, cases: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["cases"] = CaseChoiceField(
            queryset=cases,
            widget=forms.CheckboxSelectMultiple,
            label="Cases to move to the new record",
            error_messages={"required": "Choose at least one case to move."},
        )

    def details(self) -> dict[str, str]:
        return {
            k: v for k, v in self.cleaned_data.items() if k not in {"enquirer_version", "cases"}
        }
