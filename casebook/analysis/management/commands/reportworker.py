"""`casebook reportworker [--loop]`: build the reports people asked for on the web.

One job at a time, claimed with a conditional update so that several workers (on several
machines) never build the same one. Without --loop it builds what is queued and exits.
"""

from __future__ import annotations

import signal
import time
from argparse import ArgumentParser
from types import FrameType
from typing import Any

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from casebook.analysis.jobs import claim_next_job, run_job, run_pending_jobs

IDLE_SECONDS = 1.0


class Command(BaseCommand):
    help = "Build the reports asked for on the web (one at a time); --loop keeps waiting for more."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--loop", action="store_true", help="keep running, polling for work")

    def handle(self, *args: Any, **options: Any) -> None:
        say = self.stdout.write
        if not options["loop"]:
            built = run_pending_jobs(say=say)
            say(f"built {built} report(s)")
            return
        stopping = False

        def stop(signum: int, frame: FrameType | None) -> None:
            nonlocal stopping
            stopping = True  # finish the report in hand, then exit

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        say("report worker waiting for jobs")
        self.stdout.flush()
        while not stopping:
            close_old_connections()  # a restarted database is survived between jobs
            job = claim_next_job()
            if job is None:
                time.sleep(IDLE_SECONDS)
                continue
            run_job(job, say=say)
            self.stdout.flush()
