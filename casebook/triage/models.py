"""The helpline's calendar (set by admins) and the record of every response against its target.

Due times themselves live on the case (casebook.cases.models.Case.response_due_at), indexed
for the queue; this app computes them (service.py) from the calendar here.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from casebook.lib.working_hours import NATIONS, WEEKDAYS

DEFAULT_TARGET_MINUTES = 180


class HelplineCalendar(models.Model):
    """The one calendar (primary key 1): whose bank holidays, and the response target."""

    nation = models.CharField(
        max_length=3,
        choices=sorted(NATIONS.items()),
        default="ENG",
        help_text="Whose bank holidays the helpline closes on.",
    )
    target_minutes = models.PositiveIntegerField(
        default=DEFAULT_TARGET_MINUTES,
        help_text="Response target in working minutes (180 = three working hours).",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "helpline calendar"

    def __str__(self) -> str:
        return f"Calendar ({NATIONS.get(self.nation, self.nation)}, {self.target_minutes} min)"

    def clean(self) -> None:
        if self.target_minutes < 1:
            raise ValidationError({"target_minutes": "The target must be at least a minute."})


class OpeningHours(models.Model):
    """When the helpline is open on one weekday; a weekday without a row is closed."""

    calendar = models.ForeignKey(
        HelplineCalendar, on_delete=models.CASCADE, related_name="opening_hours"
    )
    weekday = models.PositiveSmallIntegerField(choices=list(enumerate(WEEKDAYS)))
    opens = models.TimeField()
    closes = models.TimeField()

    class Meta:
        ordering = ["weekday"]
        verbose_name_plural = "opening hours"
        constraints = [
            models.UniqueConstraint(fields=["calendar", "weekday"], name="one_row_per_weekday"),
            models.CheckConstraint(
                condition=models.Q(closes__gt=models.F("opens")), name="closes_after_opens"
            ),
        ]

    def __str__(self) -> str:
        return f"{WEEKDAYS[self.weekday]} {self.opens:%H:%M}-{self.closes:%H:%M}"

    def clean(self) -> None:
        if self.opens is not None and self.closes is not None and self.closes <= self.opens:
            raise ValidationError({"closes": "Closing time must be after opening time."})


class ClosureDay(models.Model):
    """A day the helpline is closed besides weekends and bank holidays (training, a move)."""

    calendar = models.ForeignKey(
        HelplineCalendar, on_delete=models.CASCADE, related_name="closure_days"
    )
    day = models.DateField()
    reason = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["day"]
        constraints = [
            models.UniqueConstraint(fields=["calendar", "day"], name="one_closure_per_day")
        ]

    def __str__(self) -> str:
        return f"{self.day:%d %b %Y} {self.reason}".strip()


class ResponseKind(models.TextChoices):
    FIRST = "first", "First response"
    NEXT = "next", "Next response"


class Response(models.Model):
    """One answered wait: from the enquirer's (earliest unanswered) message to the reply.

    Written when the reply is recorded, whether sent by email or given on the phone.
    working_seconds is the working time the enquirer waited; met says whether it was within
    the target in force at the time.
    """

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="responses")
    # The reply that ended the wait (a cancelled email reply takes its response back).
    message = models.OneToOneField(
        "cases.Message", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=5, choices=ResponseKind.choices)
    responder = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    waiting_since = models.DateTimeField()
    due_at = models.DateTimeField(null=True, blank=True)
    answered_at = models.DateTimeField()
    working_seconds = models.PositiveIntegerField()
    target_seconds = models.PositiveIntegerField()
    met = models.BooleanField()

    class Meta:
        indexes = [
            # By when answered, with what the supervisor dashboard reads of this week's
            # responses, so that it reads the index alone.
            models.Index(
                fields=["answered_at", "responder", "working_seconds", "met", "due_at"],
                name="response_answered",
            ),
            models.Index(fields=["due_at"]),
            models.Index(fields=["responder", "answered_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.case_id} {self.kind} {'met' if self.met else 'breached'}"


class InboundHour(models.Model):
    """How many messages from enquirers arrived in one clock hour: the supervisor dashboard's
    volume by weekday and hour reads a few hundred of these instead of every recent message.

    Kept by the database itself: triggers on the message table (migration 0002) count every
    inbound message added, moved or deleted, whichever code wrote it (case actions, mail
    intake's bulk inserts, the demo loader, a case's erasure), in the same transaction.
    `hour` is the start of the hour in UTC (London's offsets are whole hours, so each maps to
    one local hour). On PostgreSQL each hour has up to SLOTS rows, one per group of database
    sessions, so that concurrent writers rarely wait on one another's row; its count is their
    sum (a slot's count may be negative when a message counted in another slot is deleted).
    """

    SLOTS = 16

    hour = models.DateTimeField()
    slot = models.PositiveSmallIntegerField(default=0)
    messages = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["hour", "slot"], name="one_count_per_hour_and_slot")
        ]

    def __str__(self) -> str:
        return f"{self.hour:%Y-%m-%d %H:00} UTC: {self.messages}"


class OpenCaseCount(models.Model):
    """How many cases are open with one status and one assignee, and how many of them have a
    due time: the supervisor dashboard reads these few rows instead of every open case.

    Kept by the database itself, as InboundHour is: triggers on the case table (migration
    0003) count every case added, deleted, or whose status, assignee or due time changes,
    whichever code wrote it, in the same transaction. Only the open statuses are counted.
    `assignee` is the assignee's user id, 0 for nobody (a plain number, so that the one row
    per key can be found by the upsert; no foreign key). On PostgreSQL each key has up to
    SLOTS rows, one per group of database sessions, so that concurrent writers rarely wait on
    one another's row; the count is their sum (one slot's may be negative).
    """

    SLOTS = 16

    status = models.CharField(max_length=10)
    assignee = models.BigIntegerField(default=0)
    slot = models.PositiveSmallIntegerField(default=0)
    cases = models.IntegerField(default=0)
    with_due = models.IntegerField(default=0)  # of those, cases with a response due time

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["status", "assignee", "slot"], name="one_count_per_status_assignee_slot"
            )
        ]

    def __str__(self) -> str:
        return f"{self.status} / {self.assignee or 'nobody'}: {self.cases} ({self.with_due} due)"
