"""Retention policy, legal holds, which cases have been anonymised, and the report text kept
for published periods when their cases are anonymised.

Changed only by `casebook.privacy.actions` (every change audited), except the policy and the
list of report periods, which admins edit in the admin site.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

DEFAULT_RETENTION_YEARS = 6


class RetentionPolicy(models.Model):
    """The one retention policy (row 1): cases are anonymised `years` after they closed."""

    years = models.PositiveSmallIntegerField(
        default=DEFAULT_RETENTION_YEARS,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text="A closed case is anonymised this many years after it was closed.",
    )
    enabled = models.BooleanField(
        default=True, help_text="Untick to stop `casebook retention` changing anything."
    )
    # The enquirer every anonymised case points at: Case.enquirer cannot be empty, and the
    # real enquirer row goes once none of its cases still needs it.
    placeholder_enquirer = models.OneToOneField(
        "cases.Enquirer", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "retention policy"
        verbose_name_plural = "retention policy"

    def __str__(self) -> str:
        return f"Anonymise cases {self.years} years after closing"


class AnonymisationCause(models.TextChoices):
    RETENTION = "retention", "Retention policy"
    ERASURE = "erasure", "Erasure request"


class CaseAnonymisation(models.Model):
    """A case whose personal data is gone. Inserting this row is how a worker claims the
    case: a second worker's insert fails on the primary key, so no case is done twice."""

    case = models.OneToOneField(
        "cases.Case", primary_key=True, on_delete=models.CASCADE, related_name="anonymisation"
    )
    at = models.DateTimeField()
    cause = models.CharField(max_length=10, choices=AnonymisationCause.choices)

    class Meta:
        verbose_name = "anonymised case"

    def __str__(self) -> str:
        return f"case {self.case_id} anonymised {self.at:%Y-%m-%d} ({self.cause})"


class LegalHold(models.Model):
    """While a hold is active (not lifted) its case is neither anonymised nor erased."""

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="legal_holds")
    reason = models.TextField()
    placed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    placed_at = models.DateTimeField()
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    lifted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-placed_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["case"], condition=Q(lifted_at__isnull=True), name="one_active_hold"
            )
        ]

    def __str__(self) -> str:
        state = "lifted" if self.lifted_at else "active"
        return f"hold on case {self.case_id} ({state})"

    @property
    def active(self) -> bool:
        return self.lifted_at is None


class PreservedReport(models.Model):
    """A report period whose published text survives anonymisation.

    Word clouds and the appendix of sample enquiries are made from case text, which
    anonymisation removes. Just before the first case of a listed period is anonymised, the
    period's word counts and appendix are captured here, exactly as the report showed them,
    and the report for that period uses them from then on. Nothing else of the text is kept.
    """

    period_start = models.DateField(help_text="First day of the period.")
    period_end = models.DateField(help_text="The day after the last day (periods are half-open).")
    label = models.CharField(max_length=100, blank=True, help_text="e.g. 2021-22")
    captured_at = models.DateTimeField(null=True, blank=True)
    words = models.JSONField(null=True, blank=True)
    word_min_cases = models.PositiveIntegerField(null=True, blank=True)
    appendix = models.JSONField(null=True, blank=True)
    appendix_note = models.TextField(blank=True)
    appendix_min_cases = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["-period_start"]
        verbose_name = "preserved report period"
        constraints = [
            models.UniqueConstraint(
                fields=["period_start", "period_end"], name="one_preserved_report_per_period"
            ),
            models.CheckConstraint(
                condition=Q(period_end__gt=models.F("period_start")),
                name="preserved_period_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.label or f"{self.period_start} to {self.period_end}"
