"""casebook retention [--dry-run] [--loop]: apply the retention policy.

A one-job worker: run it from cron or a systemd timer (daily is plenty), on one machine or
several; cases are claimed one at a time, so two runs at once never anonymise a case twice.
"""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError

from casebook.privacy.actions import do_run_retention


class Command(BaseCommand):
    help = (
        "Anonymise cases closed more than the retention policy's years ago (not those on "
        "legal hold), and delete old mail kept apart from cases. --dry-run only says what "
        "it would do."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="count what would change; change nothing"
        )
        parser.add_argument("--loop", action="store_true", help="run again every --interval")
        parser.add_argument(
            "--interval", type=float, default=86400.0, help="seconds between runs with --loop"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        while True:
            try:
                result = do_run_retention(dry_run=options["dry_run"], progress=self._progress)
            except DatabaseError as error:
                raise CommandError(f"retention stopped: {error}") from None
            for line in result.lines():
                self.stdout.write(line)
            if not options["loop"] or options["dry_run"]:
                return
            time.sleep(options["interval"])

    def _progress(self, message: str) -> None:
        self.stderr.write(message)
