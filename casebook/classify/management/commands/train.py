"""`casebook train`: fit the suggestion model on the helpline's tagged cases and save it as
the next version (see casebook.classify.store)."""

from __future__ import annotations

import time
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand

from casebook.cases.models import OPEN_STATUSES, Case
from casebook.classify import store
from casebook.classify.actions import do_assess_cases
from casebook.classify.model import MIN_CASES
from casebook.classify.training import train_from_database


class Command(BaseCommand):
    help = (
        "Train the category and risk-flag model on the helpline's tagged cases (with accepted "
        "and dismissed suggestions and reviewed flags), the seed corpus and the categories' "
        "definitions, and save it as the next version in CLASSIFY_MODEL_DIR. With fewer than "
        f"{MIN_CASES} tagged cases, only the definitions and the seed corpus are used."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--assess-open",
            action="store_true",
            help="then read every open case for risks with the new model (flags only added, "
            "never removed; supervisors are not emailed for these)",
        )

    def _say(self, line: str) -> None:
        self.stdout.write(f"[{time.monotonic() - self.started:6.1f}s] {line}")
        self.stdout.flush()

    started = 0.0

    def handle(self, *args: Any, **options: Any) -> None:
        self.started = time.monotonic()
        model = train_from_database(self._say)
        path = store.save_new_version(model)
        store.forget()
        meta = model.metadata
        self._say(
            f"Saved {meta['version']} to {path} ({meta['mode']} mode: {meta['cases']:,} cases, "
            f"{meta['seed_examples']:,} seed examples, {meta['dismissals']:,} with dismissals; "
            f"{meta['features']:,} features; fitted in {meta['training_seconds']:.1f} s)"
        )
        if options["assess_open"]:
            cases = Case.objects.filter(status__in=OPEN_STATUSES).only("pk", "reference")
            raised = do_assess_cases(cases=cases)
            self._say(f"Assessed {cases.count():,} open cases: {raised:,} risk flags raised")
