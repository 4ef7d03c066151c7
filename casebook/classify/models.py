"""Risk flags on cases, and what practitioners did with suggested categories.

Both feed the next training (casebook.classify.training): an accepted suggestion is a tag
with provenance "suggested"; a dismissal is a negative example for that category; a
confirmed flag is a positive example, a cleared one a negative.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from casebook.classify.labels import RISK_FLAGS, RISK_LABELS


class FlagKind(models.TextChoices):
    IMMEDIATE_DANGER = "immediate_danger", RISK_LABELS["immediate_danger"]
    SELF_HARM = "self_harm", RISK_LABELS["self_harm"]
    SEXTORTION = "sextortion", RISK_LABELS["sextortion"]
    INDECENT_IMAGE = "indecent_image", RISK_LABELS["indecent_image"]


assert set(FlagKind.values) == set(RISK_FLAGS)


class FlagState(models.TextChoices):
    RAISED = "raised", "Raised, not yet reviewed"
    CONFIRMED = "confirmed", "Confirmed by a practitioner"
    CLEARED = "cleared", "Cleared by a practitioner"


# Flags that still mark the case: a banner, the top of the queue, attachments withheld.
ACTIVE_STATES = (FlagState.RAISED, FlagState.CONFIRMED)


class RiskFlag(models.Model):
    """One kind of risk on one case. Raised by the text (rule or model), reviewed by a person."""

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="risk_flags")
    kind = models.CharField(max_length=20, choices=FlagKind.choices)
    state = models.CharField(max_length=10, choices=FlagState.choices, default=FlagState.RAISED)
    score = models.FloatField()
    # "rule:<name>" or "model:<version>": what raised it, for the practitioner and the audit.
    source = models.CharField(max_length=80)
    excerpt = models.CharField(max_length=200, blank=True)
    raised_at = models.DateTimeField()
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    supervisor_notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "kind"], name="one_flag_per_kind")]
        indexes = [models.Index(fields=["state", "case"])]

    def __str__(self) -> str:
        return f"{self.case_id}:{self.kind}:{self.state}"

    @property
    def active(self) -> bool:
        return self.state in ACTIVE_STATES


class Decision(models.TextChoices):
    ACCEPTED = "accepted", "Accepted"
    DISMISSED = "dismissed", "Dismissed"


class SuggestionDecision(models.Model):
    """A practitioner accepted or dismissed a suggested category on a case."""

    case = models.ForeignKey(
        "cases.Case", on_delete=models.CASCADE, related_name="suggestion_decisions"
    )
    category = models.ForeignKey(
        "cases.Category", on_delete=models.CASCADE, related_name="suggestion_decisions"
    )
    decision = models.CharField(max_length=10, choices=Decision.choices)
    score = models.FloatField()
    model_version = models.CharField(max_length=40)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    decided_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["case", "category"], name="one_decision_per_category")
        ]

    def __str__(self) -> str:
        return f"{self.case_id}:{self.category_id}:{self.decision}"
