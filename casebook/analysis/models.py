"""Models of this app: a reviewer's decisions on a report period's published text, and the
sign-offs that make a report publishable."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class ReportReview(models.Model):
    """Decisions on the text a report publishes for one period [start, end).

    restore / redact: {case reference: [strings]} shown as written or hidden as well in that
    case's appendix sample; hidden_words: words left out of the word clouds. Changed only by
    `casebook.analysis.actions`, each change audited.
    """

    period_start = models.DateField()
    period_end = models.DateField()
    restore = models.JSONField(default=dict, blank=True)
    redact = models.JSONField(default=dict, blank=True)
    hidden_words = models.JSONField(default=list, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["period_start", "period_end"], name="one_review_per_report_period"
            )
        ]

    def __str__(self) -> str:
        return f"review {self.period_start}..{self.period_end}"


class ReportApproval(models.Model):
    """A supervisor's sign-off of exactly the published text with this fingerprint. Kept for
    every approval ever given (the latest one for a period counts)."""

    period_start = models.DateField()
    period_end = models.DateField()
    fingerprint = models.CharField(max_length=64)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-approved_at", "-pk"]
        indexes = [models.Index(fields=["period_start", "period_end", "-approved_at"])]

    def __str__(self) -> str:
        return f"approval {self.period_start}..{self.period_end} {self.fingerprint[:8]}"
