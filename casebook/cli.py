"""The `casebook` command: Django's management commands under one name.

Casebook's own commands (demo, generate, report, reportworker, ingest, fetchmail, reparse,
sendmail, recompute_due_times, duewarnings, redact, suggest, train, retention, serve,
housekeeping) are management commands in their apps, each in the README's command table;
Django's (migrate, createsuperuser, ...) stay reachable.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casebook.settings")
    if len(args) > 1 and args[1] == "demo":
        os.environ.setdefault("CASEBOOK_MODE", "demo")
    from django.core.management import execute_from_command_line

    execute_from_command_line(args)


if __name__ == "__main__":
    main()
