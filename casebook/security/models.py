"""Rate-limit counters, kept in the database so that every server process shares them."""

from __future__ import annotations

from django.db import models


class RateCounter(models.Model):
    """Uses of one scope (e.g. "enquiry") by one client in its open window (one row each)."""

    scope = models.CharField(max_length=40)
    client = models.CharField(max_length=64)
    window_start = models.BigIntegerField(help_text="Unix time of the first use in the window")
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["scope", "client"], name="ratecounter_one_window_per_client"
            )
        ]
        indexes = [models.Index(fields=["window_start"])]

    def __str__(self) -> str:
        return f"{self.scope} {self.client} @{self.window_start}: {self.count}"
