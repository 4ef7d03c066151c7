"""Rate-limit counters, kept in the database so that every server process shares them."""

from __future__ import annotations

from django.db import models


class RateCounter(models.Model):
    """Uses of one scope (e.g. "enquiry") by one client in one fixed time window."""

    scope = models.CharField(max_length=40)
    client = models.CharField(max_length=64)
    window_start = models.BigIntegerField(help_text="Unix time the window began")
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["scope", "client", "window_start"], name="ratecounter_unique_window"
            )
        ]
        indexes = [models.Index(fields=["window_start"])]

    def __str__(self) -> str:
        return f"{self.scope} {self.client} @{self.window_start}: {self.count}"
