"""The helpline's line to the platforms and to other services.

- Partner: a platform's entry in the partner directory (its routes, contacts, notes, and how
  many working days it gets to answer before the helpline chases it).
- Escalation: one reported item (a URL, an account or a post) on a case, with its route,
  the platform's reference and the outcome.
- Service and Referral: the directory of services the helpline refers or signposts to, and
  each referral or signpost made on a case.
- SavedReply: the shared library of replies with placeholders (see placeholders.py).
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from casebook.cases.models import Case, Category, Platform

DEFAULT_FOLLOW_UP_DAYS = 5


class RouteKind(models.TextChoices):
    PORTAL = "portal", "Partner portal"
    TRUSTED_FLAGGER = "trusted_flagger", "Trusted-flagger channel"
    EMAIL = "email", "Email"
    OTHER = "other", "Other route"


class Partner(models.Model):
    """A platform in the partner directory. Platforms without an entry get the defaults."""

    platform = models.OneToOneField(
        Platform, on_delete=models.CASCADE, primary_key=True, related_name="partner"
    )
    follow_up_working_days = models.PositiveSmallIntegerField(
        default=DEFAULT_FOLLOW_UP_DAYS,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text="Chase the platform when it has not answered within this many working days.",
    )
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["platform__name"]

    def __str__(self) -> str:
        return self.platform.name


class PartnerRoute(models.Model):
    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="routes")
    kind = models.CharField(max_length=16, choices=RouteKind.choices)
    address = models.CharField(
        max_length=500, blank=True, help_text="The portal's web address or the email address."
    )
    instructions = models.TextField(blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.address}" if self.address else self.kind


class PartnerContact(models.Model):
    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(max_length=200)
    role = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name


class ItemKind(models.TextChoices):
    URL = "url", "Link"
    ACCOUNT = "account", "Account"
    POST = "post", "Post"


class Outcome(models.TextChoices):
    PENDING = "", "Awaiting outcome"
    REMOVED = "removed", "Removed"
    RESTRICTED = "restricted", "Restricted or age-gated"
    SUSPENDED = "suspended", "Account suspended"
    DECLINED = "declined", "Declined"
    NO_RESPONSE = "no_response", "No response"
    WITHDRAWN = "withdrawn", "Withdrawn"


# Taken down: the content is gone, or its account is.
REMOVED_OUTCOMES = frozenset({Outcome.REMOVED.value, Outcome.SUSPENDED.value})
# The platform decided (so the item has a time to outcome that measures the platform).
DECIDED_OUTCOMES = frozenset(
    {o.value for o in (Outcome.REMOVED, Outcome.RESTRICTED, Outcome.SUSPENDED, Outcome.DECLINED)}
)
ITEM_MAX_CHARS = 2000


class Escalation(models.Model):
    """One item reported to a platform. Open while it has no outcome."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="escalations")
    platform = models.ForeignKey(Platform, on_delete=models.PROTECT, related_name="escalations")
    kind = models.CharField(max_length=8, choices=ItemKind.choices)
    item = models.CharField(max_length=ITEM_MAX_CHARS, help_text="The link or the handle.")
    category = models.ForeignKey(
        Category,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="escalations",
        help_text="The helpline category the item breaches.",
    )
    policy = models.CharField(
        max_length=200, blank=True, help_text="The platform policy the item breaches."
    )
    route = models.CharField(max_length=16, choices=RouteKind.choices)
    platform_reference = models.CharField(max_length=200, blank=True)
    escalated_at = models.DateTimeField(db_index=True)
    escalated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    outcome = models.CharField(max_length=12, choices=Outcome.choices, blank=True, default="")
    outcome_at = models.DateTimeField(null=True, blank=True)
    outcome_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Calendar days from escalation to outcome (London dates), kept so the report can count
    # half a million items by day in the database.
    outcome_days = models.PositiveIntegerField(null=True, blank=True)
    # When the platform is next chased if it has not answered; None once there is an outcome.
    follow_up_due_at = models.DateTimeField(null=True, blank=True)
    followed_up_at = models.DateTimeField(null=True, blank=True)
    follow_ups = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["escalated_at", "id"]
        indexes = [
            models.Index(fields=["case", "escalated_at"]),
            models.Index(fields=["outcome", "follow_up_due_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.case_id}:{self.platform_id}:{self.item[:40]}"

    @property
    def is_open(self) -> bool:
        return self.outcome == Outcome.PENDING


class Service(models.Model):
    """A service the helpline refers or signposts to (police, CEOP, NSPCC ...)."""

    name = models.CharField(max_length=100, unique=True)
    description = models.TextField(blank=True, help_text="What it is for and whom it helps.")
    phone = models.CharField(max_length=80, blank=True)
    website = models.CharField(max_length=300, blank=True)
    email = models.EmailField(blank=True)
    hours = models.CharField(max_length=200, blank=True, help_text="When it can be reached.")
    position = models.PositiveIntegerField(default=0)
    retired = models.BooleanField(default=False)

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    def contact_details(self) -> str:
        """One line for a reply: "Childline: 0800 1111, www.childline.org.uk (24 hours)"."""
        parts = [p for p in (self.phone, self.website, self.email) if p]
        line = f"{self.name}: {', '.join(parts)}" if parts else self.name
        return f"{line} ({self.hours})" if self.hours else line


class ReferralKind(models.TextChoices):
    REFERRAL = "referral", "Referral (we passed the case on)"
    SIGNPOST = "signpost", "Signpost (we told the enquirer about it)"


class Referral(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="referrals")
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="referrals")
    kind = models.CharField(max_length=8, choices=ReferralKind.choices)
    at = models.DateTimeField(db_index=True)
    reason = models.TextField()
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["case", "at"])]

    def __str__(self) -> str:
        return f"{self.case_id}:{self.service_id}@{self.at:%Y-%m-%d}"


class SavedReply(models.Model):
    """A reply in the shared library; placeholders are filled in on the case page."""

    title = models.CharField(max_length=120, unique=True)
    body = models.TextField()
    position = models.PositiveIntegerField(default=0)
    retired = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["position", "title"]
        verbose_name_plural = "saved replies"

    def __str__(self) -> str:
        return self.title
