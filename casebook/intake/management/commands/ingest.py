"""casebook ingest PATH...: import .eml files, mbox files and Maildir folders."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import OperationalError

from casebook.intake.actions import IngestResult, Outcome, do_purge_skipped_mail
from casebook.intake.bulk import ingest_many
from casebook.intake.config import IntakeConfig
from casebook.intake.sources import SourceError, iter_path
from casebook.intake.storage import check_writable, describe_os_error
from casebook.lib.env import ConfigError


class Command(BaseCommand):
    # A data command: Django's system checks would import every view (and the report's
    # plotting and PDF stacks) first, seconds and over 100 MB before the first message.
    requires_system_checks: list[str] = []
    help = (
        "Import mail from .eml files, mbox files and Maildir folders (directories are searched). "
        "Safe to run twice: a message already stored is skipped. Files that are not mail are "
        "named and skipped."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument(
            "--acknowledge",
            action="store_true",
            help="send the acknowledgement to enquirers of new cases (off: history imports)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        paths: list[Path] = options["paths"]
        for path in paths:
            if not path.exists():
                raise CommandError(f"{path}: no such file or directory")
        try:
            config = IntakeConfig.from_env()
        except ConfigError as error:
            raise CommandError(str(error)) from None
        tty = sys.stdout.isatty()
        verbosity = int(options["verbosity"])
        done = [0]

        def report(result: IngestResult, source: str) -> None:
            if result.outcome == Outcome.QUARANTINED:
                self.stdout.write(f"quarantined {source}: {result.reason}")
            elif result.outcome == Outcome.HELD and verbosity:
                self.stdout.write(f"held on {result.case_reference} {source}: {result.reason}")
            elif verbosity > 1:
                self.stdout.write(f"{result.outcome} {result.case_reference} {source}")
            done[0] += 1
            if tty and verbosity:
                self.stdout.write(f"\r{done[0]} messages", ending="")
            elif verbosity and done[0] % 1000 == 0:
                self.stdout.write(f"{done[0]} messages")

        def skipped(path: Path, why: str) -> None:
            self.stdout.write(f"skipped {path}: {why}")

        messages = (item for path in paths for item in iter_path(path, on_skip=skipped))
        try:
            check_writable()
            do_purge_skipped_mail(config=config)
            summary = ingest_many(
                messages, config=config, acknowledge=options["acknowledge"], on_result=report
            )
        except SourceError as error:
            raise CommandError(str(error)) from None
        except OSError as error:
            raise CommandError(self._stopped(describe_os_error(error), done[0])) from None
        except OperationalError as error:  # SQLite: "database or disk is full", locked, ...
            why = f"the database refused the write ({error})"
            raise CommandError(self._stopped(why, done[0])) from None
        if tty and verbosity:
            self.stdout.write("")
        self.stdout.write(str(summary))

    @staticmethod
    def _stopped(why: str, done: int) -> str:
        return (
            f"ingest stopped: {why}. {done} messages were stored whole before it; nothing of "
            "the batch being written was saved. Run ingest again once fixed (stored mail is "
            "skipped)."
        )
