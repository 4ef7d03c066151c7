"""casebook ingest PATH...: import .eml files, mbox files and Maildir folders."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from casebook.intake.actions import IngestResult, Outcome
from casebook.intake.bulk import ingest_many
from casebook.intake.config import IntakeConfig
from casebook.intake.sources import SourceError, iter_path


class Command(BaseCommand):
    help = (
        "Import mail from .eml files, mbox files and Maildir folders (directories are searched). "
        "Safe to run twice: mail already stored is skipped by its Message-ID."
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
        config = IntakeConfig.from_env()
        tty = sys.stdout.isatty()
        verbosity = int(options["verbosity"])

        def report(result: IngestResult, source: str) -> None:
            if result.outcome == Outcome.QUARANTINED:
                self.stdout.write(f"quarantined {source}: {result.reason}")
            elif verbosity > 1:
                self.stdout.write(f"{result.outcome} {result.case_reference} {source}")
            done[0] += 1
            if tty and verbosity:
                self.stdout.write(f"\r{done[0]} messages", ending="")
            elif verbosity and done[0] % 1000 == 0:
                self.stdout.write(f"{done[0]} messages")

        done = [0]
        messages = (item for path in paths for item in iter_path(path))
        try:
            summary = ingest_many(
                messages, config=config, acknowledge=options["acknowledge"], on_result=report
            )
        except SourceError as error:
            raise CommandError(str(error)) from None
        if tty and verbosity:
            self.stdout.write("")
        self.stdout.write(str(summary))
