"""The case record: who asked, about what, the whole dialogue, and how it was tagged.

Enquirer type, setting and region are recorded on each case as they were at the time of the
enquiry (an annual report must not change when an enquirer later moves school), and so are the
contact details given with it (name, email, phone, organisation). The Enquirer row is the
person as the helpline knows them: it changes only when a practitioner edits it (audited,
versioned), never because a form or an email said something else; its profile prefills the
next case.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Channel(models.TextChoices):
    EMAIL = "email", "Email"
    PHONE = "phone", "Phone"
    WEB = "web", "Web form"


class Status(models.TextChoices):
    NEW = "new", "New"
    OPEN = "open", "Open"
    AWAITING_ENQUIRER = "awaiting", "Awaiting enquirer"
    ESCALATED = "escalated", "Escalated"
    CLOSED = "closed", "Closed"


OPEN_STATUSES = (Status.NEW, Status.OPEN, Status.AWAITING_ENQUIRER, Status.ESCALATED)


class EnquirerType(models.TextChoices):
    NOT_RECORDED = "", "Not recorded"
    TEACHER = "teacher", "Teacher"
    OTHER_SCHOOL_STAFF = "other_school_staff", "Other school staff"
    POLICE = "police", "Police"
    SOCIAL_WORKER = "social_worker", "Social worker"
    LOCAL_AUTHORITY = "local_authority", "Local authority"
    CHARITY = "charity", "Charity/NGO"
    OTHER_PROFESSIONAL = "other_professional", "Other professional"
    PARENT = "parent", "Parent"
    GENERAL_PUBLIC = "general_public", "General public"
    OTHER = "other", "Other/not specified"


class SettingType(models.TextChoices):
    NOT_RECORDED = "", "Not recorded"
    NURSERY = "nursery", "Nursery / early years"
    PRIMARY = "primary", "Primary school"
    SECONDARY = "secondary", "Secondary school"
    ALL_THROUGH = "all_through", "All-through school"
    SPECIAL = "special", "Special school"
    ALTERNATIVE = "alternative", "Alternative provision"
    FURTHER_EDUCATION = "further_education", "Further education college"
    INDEPENDENT = "independent", "Independent school"
    NOT_A_SCHOOL = "not_a_school", "Not a school"


class Region(models.TextChoices):
    """The 12 UK ITL1 regions (codes as in the ONS boundaries), outside the UK, unknown."""

    UNKNOWN = "", "Unknown"
    NORTH_EAST = "UKC", "North East"
    NORTH_WEST = "UKD", "North West"
    YORKSHIRE = "UKE", "Yorkshire and The Humber"
    EAST_MIDLANDS = "UKF", "East Midlands"
    WEST_MIDLANDS = "UKG", "West Midlands"
    EAST = "UKH", "East of England"
    LONDON = "UKI", "London"
    SOUTH_EAST = "UKJ", "South East"
    SOUTH_WEST = "UKK", "South West"
    WALES = "UKL", "Wales"
    SCOTLAND = "UKM", "Scotland"
    NORTHERN_IRELAND = "UKN", "Northern Ireland"
    OUTSIDE_UK = "OUT", "Outside the UK"


class Enquirer(models.Model):
    name = models.CharField(max_length=200, blank=True)
    email = models.EmailField(max_length=254, blank=True, db_index=True)
    phone = models.CharField(max_length=40, blank=True)
    organisation = models.CharField(max_length=200, blank=True)
    enquirer_type = models.CharField(max_length=32, choices=EnquirerType.choices, blank=True)
    setting_type = models.CharField(max_length=32, choices=SettingType.choices, blank=True)
    region = models.CharField(max_length=3, choices=Region.choices, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Optimistic concurrency, as on Case: an edit made against an older version is refused.
    version = models.PositiveIntegerField(default=1)
    # Set when a practitioner merged this record into another: it keeps no cases, and mail
    # from its address goes to the record it was merged into.
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="merged_from"
    )

    # The fields a practitioner edits (and the admin site shows).
    DETAIL_FIELDS = (
        "name",
        "email",
        "phone",
        "organisation",
        "enquirer_type",
        "setting_type",
        "region",
    )

    def __str__(self) -> str:
        return self.name or self.email or self.phone or f"Enquirer {self.pk}"

    def label(self) -> str:
        """Name and address, for lists where two records must be told apart."""
        parts = [p for p in (self.name, self.email or self.phone) if p]
        return " · ".join(parts) or f"Enquirer {self.pk}"


class Category(models.Model):
    """One of the helpline's categories. Retired categories stay on old cases."""

    name = models.CharField(max_length=100, unique=True)
    definition = models.TextField(blank=True)
    position = models.PositiveIntegerField(default=0)
    retired = models.BooleanField(default=False)

    class Meta:
        ordering = ["position", "name"]
        verbose_name_plural = "categories"

    def __str__(self) -> str:
        return self.name


class CategoriesVersion(models.Model):
    """One row (id 1) whose version changes in the same transaction as any insert, update,
    delete or truncation of the categories, by triggers (migration 0013): whoever keeps the
    categories' names in memory reads it beside its own query and knows whether they are
    current. Every writer is covered (the admin, bulk updates, raw SQL). On PostgreSQL a new
    version comes from a sequence, so it never repeats, even after the row is truncated."""

    version = models.BigIntegerField()

    class Meta:
        verbose_name = "categories version"

    def __str__(self) -> str:
        return f"categories version {self.version}"


class Platform(models.Model):
    """A platform or service enquirers mention; aliases are matched in case text."""

    name = models.CharField(max_length=60, unique=True)
    aliases = models.JSONField(default=list, blank=True)
    retired = models.BooleanField(default=False)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Case(models.Model):
    reference = models.CharField(max_length=20, unique=True)
    subject = models.CharField(max_length=300, blank=True)
    channel = models.CharField(max_length=8, choices=Channel.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.NEW)
    opened_at = models.DateTimeField(db_index=True)
    first_response_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_cases",
    )
    enquirer = models.ForeignKey(Enquirer, on_delete=models.PROTECT, related_name="cases")
    # The contact details given with this enquiry, kept as given (the enquirer record may
    # differ, or change later).
    contact_name = models.CharField(max_length=200, blank=True)
    contact_email = models.CharField(max_length=254, blank=True)
    contact_phone = models.CharField(max_length=40, blank=True)
    contact_organisation = models.CharField(max_length=200, blank=True)
    enquirer_type = models.CharField(max_length=32, choices=EnquirerType.choices, blank=True)
    setting_type = models.CharField(max_length=32, choices=SettingType.choices, blank=True)
    region = models.CharField(max_length=3, choices=Region.choices, blank=True)
    # Optimistic concurrency: every edit bumps this; an edit made against an older
    # version is refused rather than silently overwriting someone else's change.
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)
    categories = models.ManyToManyField(Category, through="CaseCategory", related_name="cases")
    platforms = models.ManyToManyField(Platform, through="CasePlatform", related_name="cases")
    # The response clock, kept by casebook.triage.service (see casebook/triage/sla.py).
    response_waiting_since = models.DateTimeField(null=True, blank=True)
    response_due_at = models.DateTimeField(null=True, blank=True)
    response_paused_seconds = models.IntegerField(null=True, blank=True)
    first_response_seconds = models.PositiveIntegerField(null=True, blank=True)
    responses_answered = models.PositiveIntegerField(default=0)
    reopened = models.BooleanField(default=False)
    due_warning_for = models.DateTimeField(null=True, blank=True)
    last_inbound_at = models.DateTimeField(null=True, blank=True)
    last_activity_at = models.DateTimeField(null=True, blank=True)
    assignee_seen_at = models.DateTimeField(null=True, blank=True)
    # True while the case has a raised or confirmed risk flag: a copy of what the flags table
    # says, kept by casebook.classify.actions (mark_flagged_cases) for the queue, which puts
    # these cases first and would otherwise look through the flags on every request.
    has_open_risk_flag = models.BooleanField(default=False, db_default=False)

    class Meta:
        indexes = [
            models.Index(fields=["status", "opened_at"]),
            models.Index(fields=["assigned_to", "status", "opened_at"]),
            models.Index(fields=["channel", "opened_at"]),
            # The queue's two working orders, over open cases only (a few percent of a
            # million): reopened first, then by due time or by last activity. No NULLS
            # clauses (SQLite refuses them in an index): PostgreSQL puts nulls last in an
            # ascending index, and last_activity_at is always set.
            models.Index(
                models.F("reopened").desc(),
                models.F("response_due_at").asc(),
                models.F("id").asc(),
                condition=models.Q(status__in=OPEN_STATUSES),
                name="case_queue_due",
            ),
            models.Index(
                models.F("reopened").desc(),
                models.F("last_activity_at").desc(),
                models.F("id").desc(),
                condition=models.Q(status__in=OPEN_STATUSES),
                name="case_queue_activity",
            ),
            # The queue's newest- and oldest-first orders over open cases (backward and
            # forward): through the opened_at index the newest open case can be thousands of
            # closed ones back.
            models.Index(
                fields=["opened_at", "id"],
                condition=models.Q(status__in=OPEN_STATUSES),
                name="case_queue_opened",
            ),
            models.Index(fields=["response_due_at"], name="case_response_due"),
            # The few flagged cases, found without reading the others; by status, because
            # closed cases keep their flags: the queue's open flagged cases are a few dozen
            # among the thousands a helpline's history gathers.
            models.Index(
                fields=["status", "id"],
                condition=models.Q(has_open_risk_flag=True),
                name="case_flagged_by_status",
            ),
        ]

    def __str__(self) -> str:
        return self.reference


class Provenance(models.TextChoices):
    ENQUIRER = "enquirer", "Chosen by enquirer"
    PRACTITIONER = "practitioner", "Added by practitioner"
    SUGGESTED = "suggested", "Suggested, accepted by practitioner"


class CaseCategory(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="category_tags")
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="case_tags")
    provenance = models.CharField(max_length=12, choices=Provenance.choices)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    added_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["case", "category"], name="one_tag_per_category")
        ]
        indexes = [models.Index(fields=["category", "case"])]

    def __str__(self) -> str:
        return f"{self.case_id}:{self.category_id}"


class PlatformSource(models.TextChoices):
    DETECTED = "detected", "Detected in text"
    PRACTITIONER = "practitioner", "Added by practitioner"


class CasePlatform(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="platform_tags")
    platform = models.ForeignKey(Platform, on_delete=models.PROTECT, related_name="case_tags")
    source = models.CharField(max_length=12, choices=PlatformSource.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["case", "platform"], name="one_tag_per_platform")
        ]

    def __str__(self) -> str:
        return f"{self.case_id}:{self.platform_id}"


class Direction(models.TextChoices):
    INBOUND = "in", "From enquirer"
    OUTBOUND = "out", "Reply to enquirer"
    NOTE = "note", "Internal note"


class SendState(models.TextChoices):
    NOT_APPLICABLE = "", "-"
    QUEUED = "queued", "Queued"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed, will retry"
    GAVE_UP = "gave_up", "Failed"
    CANCELLED = "cancelled", "Cancelled, not sent"


class Message(models.Model):
    """One entry in a case's dialogue. body_text and body_html are stored as received."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="messages")
    direction = models.CharField(max_length=4, choices=Direction.choices)
    at = models.DateTimeField(db_index=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    from_name = models.CharField(max_length=200, blank=True)
    from_email = models.CharField(max_length=254, blank=True)
    subject = models.CharField(max_length=300, blank=True)
    body_text = models.TextField(blank=True)
    body_html = models.TextField(blank=True)
    # Email threading; unique when present so the same message is never stored twice.
    message_id = models.CharField(max_length=500, null=True, blank=True, unique=True)
    in_reply_to = models.CharField(max_length=500, blank=True)
    references = models.TextField(blank=True)
    # Outbound delivery. to_email is the address chosen when the reply was queued, so a
    # later change to the enquirer record never redirects mail already written.
    to_email = models.CharField(max_length=254, blank=True)
    send_state = models.CharField(
        max_length=10, choices=SendState.choices, blank=True, default=SendState.NOT_APPLICABLE
    )
    send_attempts = models.PositiveIntegerField(default=0)
    send_error = models.TextField(blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["at", "id"]
        indexes = [
            models.Index(fields=["case", "at"]),
            models.Index(fields=["send_state", "next_attempt_at"]),
            # Each practitioner's replies by time (the supervisor dashboard's replies today),
            # without visiting the rows of the day's messages.
            models.Index(
                fields=["author", "at"],
                condition=models.Q(direction="out", author__isnull=False)
                & ~models.Q(send_state="cancelled"),
                name="message_replies_by_author",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.case_id}:{self.direction}@{self.at:%Y-%m-%d %H:%M}"


class Attachment(models.Model):
    """A file that came with a message, stored outside the database."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")
    filename = models.CharField(max_length=255)
    content_type = models.CharField(max_length=127)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    storage_path = models.CharField(max_length=500)
    inline = models.BooleanField(default=False)

    def __str__(self) -> str:
        return self.filename


class ReferenceCounter(models.Model):
    """Last reference number issued per year; bumped with a conditional update."""

    year = models.PositiveIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.year}: {self.last}"


class UsedFormToken(models.Model):
    """A form post that has been acted on (see casebook.cases.once): a second post of the same
    form finds its nonce here and does nothing. Rows older than the tokens' lifetime go."""

    nonce = models.CharField(max_length=40, primary_key=True)
    used_at = models.DateTimeField(db_index=True)
    # What the first post produced (e.g. the reference of the case it opened), so a repeat
    # can be sent to the same place.
    result = models.CharField(max_length=300, blank=True)

    def __str__(self) -> str:
        return self.nonce
