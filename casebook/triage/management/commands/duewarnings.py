"""casebook duewarnings [--loop]: email assignees and supervisors before a reply is late."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from casebook.triage.warnings import WARN_BEFORE, warn_due


class Command(BaseCommand):
    help = (
        f"Email the assignee and the supervisors when a case is {WARN_BEFORE.seconds // 60} "
        "working minutes from its due time (once per due time; safe to run on several machines)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--loop", action="store_true", help="keep checking until stopped")
        parser.add_argument(
            "--interval", type=float, default=60.0, help="seconds between rounds with --loop"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        while True:
            summary = warn_due()
            if summary.warned or summary.failed or not options["loop"]:
                self.stdout.write(str(summary))
            if not options["loop"]:
                return
            time.sleep(options["interval"])
