"""casebook sendmail [--loop]: deliver queued replies by SMTP, retrying failures."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from casebook.intake.outbound import send_due


class Command(BaseCommand):
    help = "Send queued replies (SMTP_* settings); failures are retried with backoff."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--loop", action="store_true", help="keep sending until stopped")
        parser.add_argument(
            "--interval", type=float, default=10.0, help="seconds between rounds with --loop"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        while True:
            summary = send_due()
            if summary.sent or summary.failed or summary.gave_up or not options["loop"]:
                self.stdout.write(str(summary))
            if not options["loop"]:
                return
            time.sleep(options["interval"])
