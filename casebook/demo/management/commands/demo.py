"""`casebook demo`: a fresh demo database, the demo helpline, its report, and the web UI."""

from __future__ import annotations

import os
import time
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from casebook.cases.models import Case
from casebook.demo.loader import create_demo_users, load_demo_helpline
from casebook.intake.demo_originals import store_demo_originals

ADDRESS = "127.0.0.1:8000"


class Command(BaseCommand):
    help = (
        "Create the demo database (recreated on every run), load the synthetic helpline for "
        "2020-21 and 2021-22, write the 2021-22 report, and serve the web UI on "
        f"{ADDRESS} unless --no-serve is given."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--no-serve", action="store_true", help="stop after loading and reporting"
        )
        parser.add_argument(
            "--no-report", action="store_true", help="skip writing the 2021-22 report"
        )
        parser.add_argument("--seed", type=int, default=2022, help="random seed (default 2022)")

    def handle(self, *args: Any, **options: Any) -> None:
        self.started = started = time.monotonic()
        self._fresh_database()
        self._say("Creating the database tables")
        call_command("migrate", interactive=False, verbosity=0)
        self._say("Creating demo users")
        users = create_demo_users()
        self._say(f"Loading the demo helpline (seed {options['seed']})")
        summary = load_demo_helpline(seed=options["seed"], progress=self._say)
        self._say(
            f"Loaded {summary.cases:,} cases ({summary.messages:,} messages): "
            + ", ".join(f"{label} {n:,}" for label, n in summary.by_period.items())
        )
        store_demo_originals(progress=self._say)  # intake keeps every inbound original
        self._say("Training the suggestion model on the demo's tagged cases")
        call_command("train", "--assess-open", stdout=self.stdout)
        report_dir = None if options["no_report"] else self._write_report()
        self._say(f"Done in {time.monotonic() - started:.1f} s")
        self.stdout.write("")
        self.stdout.write("Demo logins (username / password):")
        for user in users:
            self.stdout.write(f"  {user.role:<13} {user.username:<14} {user.password}")
        if report_dir:
            self.stdout.write(f"Report: {report_dir}")
        if options["no_serve"]:
            return
        self.stdout.write(f"Serving the web UI at http://{ADDRESS}/ (Ctrl-C to stop)")
        call_command("serve", "--bind", ADDRESS)

    started = 0.0

    def _say(self, line: str) -> None:
        self.stdout.write(f"[{time.monotonic() - self.started:6.1f}s] {line}")
        self.stdout.flush()

    def _fresh_database(self) -> None:
        """Start from an empty database without ever wiping one somebody configured.

        The embedded SQLite file (used when DATABASE_URL is not set) is the demo's own and is
        recreated; any database named by DATABASE_URL must be empty.
        """
        database = settings.DATABASES["default"]
        embedded = "DATABASE_URL" not in os.environ
        if embedded and database["ENGINE"] == "django.db.backends.sqlite3":
            path = Path(str(database["NAME"]))
            connections.close_all()
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            path.parent.mkdir(parents=True, exist_ok=True)
            self._say(f"Recreated the demo database {path}")
            return
        call_command("migrate", interactive=False, verbosity=0)
        if Case.objects.exists():
            raise CommandError(
                "casebook demo loads into an empty database, and the one DATABASE_URL names "
                "already has cases; point it at an empty database, or unset it to use the "
                "demo's own SQLite file"
            )

    def _write_report(self) -> Path | None:
        out = Path(settings.REPORTS_DIR) / "2021-22"
        self._say(f"Writing the 2021-22 report (compared with 2020-21) to {out}")
        try:
            call_command(
                "report",
                "--from",
                "2021-11-01",
                "--to",
                "2022-11-01",
                "--compare-from",
                "2020-01-16",
                "--compare-to",
                "2021-01-23",
                "--out",
                str(out),
            )
        except CommandError as error:
            if "Unknown command" not in str(error):
                raise
            self._say("Report skipped: the report command is not available in this version")
            return None
        return out
