"""Mail that could not be read, kept whole so nothing an enquirer sent is lost."""

from __future__ import annotations

from django.db import models


class QuarantinedMessage(models.Model):
    """Raw bytes live in a file under ATTACHMENTS_DIR/quarantine, named by their sha256."""

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    source = models.CharField(max_length=500, help_text="File, mailbox or folder it came from")
    reason = models.TextField()
    sha256 = models.CharField(max_length=64, unique=True)  # the same bad mail is kept once
    size = models.PositiveBigIntegerField()
    storage_path = models.CharField(max_length=500)
    # A hint for the admin list; the raw file is the record.
    summary = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "quarantined message"

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.reason[:60]}"
