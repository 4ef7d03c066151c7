"""`casebook housekeeping`: the daily tidy-up (a systemd timer runs it; safe to run any time).

Deletes expired sessions, old rate-limit counters, login attempts past their cool-off, login
history and failure records older than LOGIN_HISTORY_DAYS, reports built for the web (with
their files) older than REPORT_JOB_DAYS, and skipped automatic mail (with its original) older
than INTAKE_SKIPPED_KEEP_DAYS (mail is fetched by `fetchmail --loop`, which never purges).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone

from casebook.analysis.jobs import prune_jobs
from casebook.intake.actions import do_purge_skipped_mail
from casebook.security import ratelimit

LOGIN_HISTORY_DAYS = 180
REPORT_JOB_DAYS = 7


class Command(BaseCommand):
    help = "Delete expired sessions, old rate-limit counters and old login records."

    def handle(self, *args: Any, **options: Any) -> None:
        from axes.models import AccessAttempt, AccessFailureLog, AccessLog

        call_command("clearsessions")
        counters = ratelimit.prune()
        jobs = prune_jobs(older_than=timedelta(days=REPORT_JOB_DAYS))
        skipped = do_purge_skipped_mail()
        now = timezone.now()
        attempts, _ = AccessAttempt.objects.filter(
            attempt_time__lt=now - settings.AXES_COOLOFF_TIME
        ).delete()
        history, _ = AccessLog.objects.filter(
            attempt_time__lt=now - timedelta(days=LOGIN_HISTORY_DAYS)
        ).delete()
        failures, _ = AccessFailureLog.objects.filter(
            attempt_time__lt=now - timedelta(days=LOGIN_HISTORY_DAYS)
        ).delete()
        history += failures
        self.stdout.write(
            f"expired sessions cleared; deleted {counters} rate-limit counters, "
            f"{attempts} stale login-attempt records, {history} login records older than "
            f"{LOGIN_HISTORY_DAYS} days, {jobs} web reports older than {REPORT_JOB_DAYS} days, "
            f"{skipped} skipped automatic mail past INTAKE_SKIPPED_KEEP_DAYS"
        )
