"""casebook reparse [--case REF | --all]: re-read stored originals with the current parser."""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError

from casebook.cases.models import Case
from casebook.intake.reparse import originals_for, reparse
from casebook.intake.storage import check_writable, describe_os_error


class Command(BaseCommand):
    # A data command: Django's system checks would import every view (and the report's
    # plotting and PDF stacks) first, seconds and over 100 MB before the first message.
    requires_system_checks: list[str] = []
    help = (
        "Re-read the stored original of every inbound message (of one case, or all) with the "
        "current parser and update what it derives: sender name and address, subject, text and "
        "attachments. Audited; messages that come out the same are left untouched."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--case", metavar="REF", help="only this case, e.g. CB-2022-00010")
        which.add_argument("--all", action="store_true", help="every stored original")

    def handle(self, *args: Any, **options: Any) -> None:
        reference = options["case"]
        if reference is not None:
            reference = reference.strip().upper()
            if not Case.objects.filter(reference=reference).exists():
                raise CommandError(f"no case {reference}")
        originals = originals_for(reference=reference)
        verbosity = int(options["verbosity"])
        tty = sys.stdout.isatty()

        def progress(done: int, total: int) -> None:
            if not verbosity:
                return
            if tty:
                self.stdout.write(f"\rre-read {done:,} of {total:,} originals", ending="")
            else:
                self.stdout.write(f"re-read {done:,} of {total:,} originals")
            self.stdout.flush()

        try:
            check_writable()
            summary = reparse(originals, progress=progress)
        except OSError as error:
            raise CommandError(f"reparse stopped: {describe_os_error(error)}") from None
        except DatabaseError as error:
            raise CommandError(
                f"reparse stopped: the database refused the write ({error})"
            ) from None
        if tty and verbosity:
            self.stdout.write("")
        self.stdout.write(str(summary))
        for pk, reason in summary.unreadable[:20]:
            self.stdout.write(f"  message {pk} is now unreadable: {reason}")
        if summary.missing:
            self.stdout.write(
                f"  originals missing from storage for messages {summary.missing[:20]}"
            )
