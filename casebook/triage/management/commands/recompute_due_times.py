"""casebook recompute_due_times [--all]: rebuild cases' response clocks from their dialogue.

For cases that existed before due times were kept, or after the calendar changed: each case's
messages (and its current status) are replayed through the same transitions the live hooks use.
Open cases only unless --all. Safe to run twice; it writes only the case's clock columns.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from casebook.triage.service import recompute_due_times


class Command(BaseCommand):
    help = "Rebuild response due times from each case's messages (open cases unless --all)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--all", action="store_true", help="closed cases too")

    def handle(self, *args: Any, **options: Any) -> None:
        done = recompute_due_times(
            open_only=not options["all"], progress=lambda line: self.stderr.write(line)
        )
        self.stdout.write(f"{done:,} cases recomputed")
