"""casebook ingest PATH...: import .eml files, mbox files and Maildir folders."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from casebook.intake.actions import Outcome, Summary, ingest_bytes
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
        summary = Summary()
        tty = sys.stdout.isatty()
        verbosity = int(options["verbosity"])
        try:
            for path in paths:
                for source, raw in iter_path(path):
                    result = ingest_bytes(
                        raw, source=source, acknowledge=options["acknowledge"], config=config
                    )
                    summary.add(result)
                    if result.outcome == Outcome.QUARANTINED:
                        self.stdout.write(f"quarantined {source}: {result.reason}")
                    elif verbosity > 1:
                        self.stdout.write(f"{result.outcome} {result.case_reference} {source}")
                    if tty and verbosity:
                        self.stdout.write(f"\r{summary.total} messages", ending="")
                    elif verbosity and summary.total % 1000 == 0:
                        self.stdout.write(f"{summary.total} messages")
        except SourceError as error:
            raise CommandError(str(error)) from None
        if tty and verbosity:
            self.stdout.write("")
        self.stdout.write(str(summary))
