"""`casebook generate --cases N`: add a synthetic helpline of any size (for benchmarks)."""

from __future__ import annotations

import time
from argparse import ArgumentParser
from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from casebook.demo.loader import generate_helpline


class Command(BaseCommand):
    help = (
        "Add N synthetic cases (with enquirers, dialogue and tags) opened between --from and "
        "--to, with the 2021-22 mix of enquiries. References continue from the existing ones."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--cases", type=int, required=True, help="how many cases to add")
        parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
        parser.add_argument(
            "--from", dest="start", default="2021-01-01", help="first day (default 2021-01-01)"
        )
        parser.add_argument(
            "--to", dest="end", default="2026-01-01", help="day after the last (default 2026-01-01)"
        )
        parser.add_argument(
            "--batch-size", type=int, default=5000, help="cases per transaction (default 5000)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            start, end = date.fromisoformat(options["start"]), date.fromisoformat(options["end"])
        except ValueError as error:
            raise CommandError(f"dates must look like 2022-11-01: {error}") from error
        if options["cases"] < 1:
            raise CommandError("--cases must be at least 1")
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be at least 1")
        if end <= start:
            raise CommandError("--to must be after --from")
        started = time.monotonic()

        def progress(line: str) -> None:
            self.stdout.write(f"{line} ({time.monotonic() - started:.0f} s)")
            self.stdout.flush()

        try:
            summary = generate_helpline(
                cases=options["cases"],
                seed=options["seed"],
                start=start,
                end=end,
                batch_size=options["batch_size"],
                progress=progress,
            )
        except LookupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Added {summary.cases:,} cases, {summary.enquirers:,} enquirers and "
            f"{summary.messages:,} messages in {time.monotonic() - started:.1f} s"
        )
