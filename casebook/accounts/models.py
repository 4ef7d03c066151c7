"""Users with one role each, and the audit log of every change to a case."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models


class Role(models.TextChoices):
    PRACTITIONER = "practitioner", "Practitioner"
    SUPERVISOR = "supervisor", "Supervisor"
    ANALYST = "analyst", "Analyst"
    ADMIN = "admin", "Admin"


# Roles that work cases (read full case text, reply, tag).
CASEWORK_ROLES = frozenset({Role.PRACTITIONER, Role.SUPERVISOR})
# Roles that read reports (aggregates and redacted text only for analysts).
REPORT_ROLES = frozenset({Role.SUPERVISOR, Role.ANALYST, Role.ADMIN})


def display_name(first_name: str, last_name: str, username: str) -> str:
    """How a user is named on pages: the full name, else the username (for rows read as
    plain values, where there is no User to ask)."""
    return f"{first_name} {last_name}".strip() or username


class User(AbstractUser):
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.PRACTITIONER)

    @property
    def works_cases(self) -> bool:
        return self.is_active and self.role in CASEWORK_ROLES

    @property
    def reads_reports(self) -> bool:
        return self.is_active and self.role in REPORT_ROLES

    def display_name(self) -> str:
        return display_name(self.first_name, self.last_name, self.username)


class AuditEvent(models.Model):
    """Who did what to which case, and when. Written by actions, never edited."""

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    case = models.ForeignKey(
        "cases.Case", null=True, blank=True, on_delete=models.CASCADE, related_name="audit_events"
    )
    action = models.CharField(max_length=64)
    detail = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["case", "at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor} {self.action}"
