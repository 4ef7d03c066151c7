"""Models of this app: a reviewer's decisions on a report period's published text, the
sign-offs that make a report publishable, and report jobs (a report asked for on the web,
built by the report worker off the request path)."""

from __future__ import annotations

import uuid

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


class JobStatus(models.TextChoices):
    QUEUED = "queued", "Waiting for the report worker"
    RUNNING = "running", "Being built"
    DONE = "done", "Ready"
    FAILED = "failed", "Failed"


class ReportJob(models.Model):
    """One report for one set of parameters over one state of the cases (its `key`).

    `casebook reportworker` claims queued jobs with a conditional update, so several workers
    on several machines never build the same job twice; a job whose worker stops beating its
    heart is claimed again, up to MAX_ATTEMPTS times.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    key = models.CharField(max_length=64, db_index=True)
    params = models.JSONField(help_text="start, end, compare_start, compare_end, suppress_below")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    status = models.CharField(max_length=10, choices=JobStatus.choices, default=JobStatus.QUEUED)
    progress = models.CharField(max_length=120, blank=True)
    percent = models.PositiveSmallIntegerField(default=0)
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(blank=True)
    base_name = models.CharField(max_length=120, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    started_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self) -> str:
        return f"report {self.params.get('start')}..{self.params.get('end')} ({self.status})"

    @property
    def finished(self) -> bool:
        return self.status in {JobStatus.DONE, JobStatus.FAILED}
