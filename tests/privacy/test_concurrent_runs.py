"""Two retention workers at once on one PostgreSQL: every case is anonymised exactly once."""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from django.db import connection

from casebook.accounts.models import AuditEvent
from casebook.cases.actions import do_open_case
from casebook.cases.models import Case, Enquirer
from casebook.privacy.actions import do_run_retention

from .conftest import years_ago

pytestmark = [pytest.mark.postgres_only, pytest.mark.django_db(transaction=True)]

CASES = 60


def test_two_workers_share_the_work(db):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: SQLite runs one writer at a time")
    for i in range(CASES):
        enquirer = Enquirer.objects.create(name=f"Pat Parallel{i}", email=f"pat{i}@race.invalid")
        do_open_case(enquirer=enquirer, channel="email", subject=f"Race {i}", first_message="x")
    Case.objects.update(status="closed", closed_at=years_ago(7))
    results: list[Counter[str]] = []
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def worker() -> None:
        try:
            start.wait()
            results.append(do_run_retention(batch_size=7).counts)
        except BaseException as error:  # reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sum(r["case.anonymised"] for r in results) == CASES
    per_case = Counter(
        AuditEvent.objects.filter(action="case.anonymised").values_list("case_id", flat=True)
    )
    assert len(per_case) == CASES and set(per_case.values()) == {1}
    assert not Case.objects.exclude(subject="").exists()
    assert Enquirer.objects.count() == 1  # the placeholder
