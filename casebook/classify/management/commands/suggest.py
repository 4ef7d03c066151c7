"""`casebook suggest`: JSON Lines with a "text" key in, the same lines plus "suggestions" and
"risk_flags" out. See casebook/classify/jsonl.py for the line format."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from argparse import ArgumentParser
from pathlib import Path
from typing import IO, Any

from django.core.management.base import BaseCommand, CommandError

from casebook.classify.jsonl import suggest_lines
from casebook.classify.model import Suggester


class Command(BaseCommand):
    help = (
        'Suggest categories and risk flags for JSON Lines. Each input object needs a "text" '
        'string; the output adds "suggestions" ([{"category","score"}], every category, best '
        'first) and "risk_flags" ([{"flag","score"}], raised flags only), other keys unchanged. '
        "Uses the newest model from `casebook train` (or --model FILE); before any training, "
        "one built from the categories' definitions. A bad line is reported on stderr with its "
        "number and skipped; the rest are still written, and the command then exits with "
        "status 1."
    )

    requires_system_checks: list[str] = []

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--input", type=Path, help="read this file instead of stdin")
        parser.add_argument(
            "--output",
            type=Path,
            help="write this file instead of stdout (written in full, then moved into place)",
        )
        parser.add_argument("--model", type=Path, help="a model file written by casebook train")
        parser.add_argument(
            "--progress-every",
            type=int,
            default=10000,
            help="lines between progress reports on stderr (default 10000; 0 for none)",
        )

    def _model(self, path: Path | None) -> Suggester:
        if path is not None:
            if not path.is_file():
                raise CommandError(f"--model {path}: no such file")
            try:
                return Suggester.load(path)
            except (ValueError, OSError, EOFError) as error:
                raise CommandError(f"--model {path}: {error}") from None
        from casebook.classify.store import current_model

        return current_model()

    def handle(self, *args: Any, **options: Any) -> None:
        source: Path | None = options["input"]
        target: Path | None = options["output"]
        every: int = options["progress_every"]
        if source is not None and not source.is_file():
            raise CommandError(f"--input {source}: no such file")
        if target is not None and not target.parent.is_dir():
            raise CommandError(f"--output {target}: folder {target.parent} does not exist")
        model = self._model(options["model"])
        started = time.monotonic()

        def error(msg: str) -> None:
            self.stderr.write(msg)

        ending = "\r" if self.stderr.isatty() else "\n"

        def progress(n: int) -> None:
            rate = n / max(time.monotonic() - started, 1e-9)
            self.stderr.write(f"suggest: {n:,} lines ({rate:,.0f}/s)", ending=ending)
            self.stderr.flush()

        inp: IO[bytes] = source.open("rb") if source is not None else sys.stdin.buffer
        report = progress if every else None
        try:
            if target is None:

                def write(line: str) -> None:
                    self.stdout.write(line)

                result = suggest_lines(inp, model, write, error, report, every or 1)
            else:
                fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
                try:
                    with os.fdopen(fd, "w", encoding="utf-8") as out:

                        def write_file(line: str) -> None:
                            out.write(line + "\n")

                        result = suggest_lines(inp, model, write_file, error, report, every or 1)
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
