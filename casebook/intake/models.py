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


class MailOriginal(models.Model):
    """The bytes an inbound message arrived as, so a better parser can re-read it.

    The file lives under ATTACHMENTS_DIR/originals, named by its sha256 (the same bytes are
    stored once). `casebook reparse` re-derives the message's text, names and attachments
    from it.
    """

    message = models.OneToOneField(
        "cases.Message", on_delete=models.CASCADE, related_name="original"
    )
    sha256 = models.CharField(max_length=64, db_index=True)
    size = models.PositiveBigIntegerField()
    storage_path = models.CharField(max_length=500)
    source = models.CharField(max_length=500, blank=True)
    received_at = models.DateTimeField()
    # sha256 of sender, date and body: "the same message" whatever its Message-ID says
    content_digest = models.CharField(max_length=64, blank=True)
    note = models.CharField(max_length=500, blank=True)  # e.g. stored under a derived id
    defects = models.JSONField(default=list, blank=True)  # what the parser repaired
    parser_version = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = "original message"

    def __str__(self) -> str:
        return f"original of message {self.message_id}"


class SkippedMail(models.Model):
    """Automatic mail (auto-replies, bounces, receipts, our own mail) that opened no case.

    Listed for admins with the reason, and kept for INTAKE_SKIPPED_KEEP_DAYS, so nothing is
    dropped without trace and a misjudged message can still be imported.
    """

    received_at = models.DateTimeField(db_index=True)
    source = models.CharField(max_length=500, blank=True)
    message_id = models.CharField(max_length=500, unique=True)
    sender = models.CharField(max_length=254, blank=True)
    sender_name = models.CharField(max_length=200, blank=True)
    subject = models.CharField(max_length=300, blank=True)
    reason = models.CharField(max_length=300)
    sha256 = models.CharField(max_length=64)
    size = models.PositiveBigIntegerField()
    storage_path = models.CharField(max_length=500)

    class Meta:
        ordering = ["-received_at"]
        verbose_name = "skipped automatic mail"
        verbose_name_plural = "skipped automatic mail"

    def __str__(self) -> str:
        return f"{self.sender}: {self.subject[:60]}"


class HeldMessage(models.Model):
    """A message linked to a case only by a reference in its subject, from a sender who has
    never written on that case: shown on the case, marked, until a practitioner accepts it or
    moves it to a new case. It neither joins nor reopens the case meanwhile."""

    message = models.OneToOneField("cases.Message", on_delete=models.CASCADE, related_name="hold")
    reason = models.CharField(max_length=300)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"held message {self.message_id}"


class AwaitedParent(models.Model):
    """A Message-ID that an inbound message answers but that has not arrived yet.

    When the parent arrives after its reply (mail is not delivered in order), it joins the
    reply's case instead of opening another.
    """

    message = models.ForeignKey("cases.Message", on_delete=models.CASCADE, related_name="+")
    referenced_id = models.CharField(max_length=500, db_index=True)

    def __str__(self) -> str:
        return self.referenced_id
