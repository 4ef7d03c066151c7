"""`casebook redact`: JSON Lines with a "text" key in, the same lines plus "redacted" and
"entities" out. See casebook/redaction/jsonl.py for the line format."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from argparse import ArgumentParser
from pathlib import Path
from typing import IO, Any

from django.core.management.base import BaseCommand, CommandError

from casebook.redaction.jsonl import redact_lines


class Command(BaseCommand):
    help = (
        'Redact personal data from JSON Lines. Each input object needs a "text" string; the '
        'output adds "redacted" (text with placeholders such as {name}) and "entities" '
        '([{"start","end","type"}], code-point offsets into "text"), other keys unchanged. '
        "A bad line is reported on stderr with its number and skipped; the rest are still "
        "written, and the command then exits with status 1."
    )

    # Redaction needs no database, so skip the checks that would look for one.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--input", type=Path, help="read this file instead of stdin")
        parser.add_argument(
            "--output",
            type=Path,
            help="write this file instead of stdout (written in full, then moved into place)",
        )
        parser.add_argument(
            "--numbered",
            action="store_true",
            help="numbered placeholders per text ({name 1}, {name 2} ...; one person keeps one "
            'number) and a "placeholder" key on each entity',
        )
        parser.add_argument(
            "--progress-every",
            type=int,
            default=10000,
            help="lines between progress reports on stderr (default 10000; 0 for none)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        source: Path | None = options["input"]
        target: Path | None = options["output"]
        every: int = options["progress_every"]
        numbered: bool = options["numbered"]
        if source is not None and not source.is_file():
            raise CommandError(f"--input {source}: no such file")
        if target is not None and not target.parent.is_dir():
            raise CommandError(f"--output {target}: folder {target.parent} does not exist")
        started = time.monotonic()

        def error(msg: str) -> None:
            self.stderr.write(msg)

        # On a terminal the progress line rewrites itself; otherwise one line per report.
        ending = "\r" if self.stderr.isatty() else "\n"

        def progress(n: int) -> None:
            rate = n / max(time.monotonic() - started, 1e-9)
            self.stderr.write(f"redact: {n:,} lines ({rate:,.0f}/s)", ending=ending)
            self.stderr.flush()

        inp: IO[bytes] = source.open("rb") if source is not None else sys.stdin.buffer
        try:
            if target is None:

                def write(line: str) -> None:
                    self.stdout.write(line)

                result = redact_lines(
                    inp, write, error, progress if every else None, every or 1, numbered=numbered
                )
            else:
                # Write beside the target and rename, so a crash never leaves half a file.
                fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
                try:
                    with os.fdopen(fd, "w", encoding="utf-8") as out:

                        def write_file(line: str) -> None:
                            out.write(line + "\n")

                        result = redact_lines(
                            inp,
                            write_file,
                            error,
                            progress if every else None,
                            every or 1,
                            numbered=numbered,
                        )
                    os.replace(tmp, target)
                except BaseException:
                    Path(tmp).unlink(missing_ok=True)
                    raise
        finally:
            if source is not None:
                inp.close()
        if result.skipped:
            raise CommandError(
                f"{result.skipped} bad line(s) skipped, {result.written} written "
                "(see the messages above)"
            )
