"""casebook fetchmail [--loop]: read the helpline's IMAP mailbox (settings: IMAP_* variables)."""

from __future__ import annotations

import errno
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from casebook.intake.actions import IngestResult, Outcome
from casebook.intake.config import ImapConfig, IntakeConfig
from casebook.intake.imap import MailboxError, fetch_once
from casebook.intake.storage import describe_os_error
from casebook.lib.env import ConfigError

_STORAGE_ERRNOS = {errno.ENOSPC, errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR}


class Command(BaseCommand):
    help = (
        "Store new mail from the IMAP mailbox, then move it to IMAP_PROCESSED_FOLDER (or flag "
        "it). Safe to run twice and to kill: mail is marked only after it is stored."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--loop", action="store_true", help="keep polling until stopped")
        parser.add_argument(
            "--interval", type=float, default=60.0, help="seconds between polls with --loop"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            config = ImapConfig.from_env()
            intake = IntakeConfig.from_env()
        except ConfigError as error:
            raise CommandError(str(error)) from None
        verbosity = int(options["verbosity"])

        def report(result: IngestResult, index: int, total: int) -> None:
            if verbosity and (result.outcome == Outcome.QUARANTINED or verbosity > 1):
                self.stdout.write(f"[{index}/{total}] {result.outcome} {result.reason}".rstrip())
            elif verbosity:
                ref = f" {result.case_reference}" if result.case_reference else ""
                self.stdout.write(f"[{index}/{total}] {result.outcome}{ref}")
            self.stdout.flush()

        while True:
            try:
                summary = fetch_once(config, intake=intake, on_result=report)
            except OSError as error:
                if error.filename is None and error.errno not in _STORAGE_ERRNOS:
                    raise CommandError(f"the connection to the mailbox failed: {error}") from None
                # attachments folder unwritable, disk full: stop cleanly
                raise CommandError(
                    f"fetchmail stopped: {describe_os_error(error)}; the message being stored "
                    "was not saved and stays on the server"
                ) from None
            except MailboxError as error:
                if not options["loop"]:
                    raise CommandError(str(error)) from None
                self.stderr.write(str(error))
            else:
                if summary.total or not options["loop"]:
                    self.stdout.write(str(summary))
            if not options["loop"]:
                return
            time.sleep(options["interval"])
