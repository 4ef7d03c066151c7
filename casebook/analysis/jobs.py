"""Reports built off the request path.

The web asks (do_request_report), the report worker builds (claim_next_job, run_job), the web
shows progress and then serves the files the worker wrote under REPORTS_DIR/jobs/<id>/. A
request only ever reads a row and streams a file: the memory and minutes a large report needs
are the worker's, one report at a time.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.utils import timezone

from casebook.accounts.models import User
from casebook.analysis.models import JobStatus, ReportJob
from casebook.analysis.outputs import FORMATS, base_name, write_outputs
from casebook.analysis.queries import CACHE_SECONDS, db_report, fingerprint, review_state
from casebook.analysis.tables import Period

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
# A running job whose worker has not written progress for this long is taken as abandoned.
STALE_AFTER = timedelta(minutes=10)
# At most this many unfinished reports per person: more would only queue behind each other.
MAX_UNFINISHED_PER_USER = 3
BODY_FILE = "body.html"


class TooManyReports(Exception):
    """The person already has MAX_UNFINISHED_PER_USER reports waiting or being built."""


def job_dir(job: ReportJob) -> Path:
    return Path(settings.REPORTS_DIR) / "jobs" / str(job.id)


def _params(period: Period, compare: Period | None, suppress_below: int | None) -> dict[str, Any]:
    return {
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "compare_start": compare.start.isoformat() if compare else None,
        "compare_end": compare.end.isoformat() if compare else None,
        "suppress_below": suppress_below,
    }


def job_periods(job: ReportJob) -> tuple[Period, Period | None, int | None]:
    p = job.params
    period = Period(date.fromisoformat(p["start"]), date.fromisoformat(p["end"]))
    compare = None
    if p.get("compare_start") and p.get("compare_end"):
        compare = Period(
            date.fromisoformat(p["compare_start"]), date.fromisoformat(p["compare_end"])
        )
    return period, compare, p.get("suppress_below")


def do_request_report(
    *, user: User, period: Period, compare: Period | None, suppress_below: int | None
) -> ReportJob:
    """The job for these parameters over the cases as they are now: an existing one (ready,
    or on its way), or a new queued one. Raises TooManyReports."""
    params = _params(period, compare, suppress_below)
    # The same question over the same cases and the same review decisions is the same
    # report; a finished one is reused for as long as the page's own cache would keep it.
    _, _, review_version = review_state(period)
    raw = json.dumps(params, sort_keys=True) + "|" + fingerprint() + "|" + review_version
    key = hashlib.sha256(raw.encode()).hexdigest()
    fresh = timezone.now() - timedelta(seconds=CACHE_SECONDS)
    existing = (
        ReportJob.objects.filter(key=key)
        .filter(Q(status__in=[JobStatus.QUEUED, JobStatus.RUNNING]) | Q(finished_at__gte=fresh))
        .exclude(status=JobStatus.FAILED)
        .order_by("-created_at")
        .first()
    )
    if existing is not None and (
        existing.status != JobStatus.DONE or (job_dir(existing) / BODY_FILE).exists()
    ):
        return existing
    unfinished = ReportJob.objects.filter(
        requested_by=user, status__in=[JobStatus.QUEUED, JobStatus.RUNNING]
    ).count()
    if unfinished >= MAX_UNFINISHED_PER_USER:
        raise TooManyReports(
            f"You already have {unfinished} reports being built. Please wait for one to finish."
        )
    return ReportJob.objects.create(key=key, params=params, requested_by=user)


def claim_next_job() -> ReportJob | None:
    """Take the oldest queued job (or an abandoned running one) for this worker, atomically."""
    now = timezone.now()
    stale = now - STALE_AFTER
    abandoned = ReportJob.objects.filter(status=JobStatus.RUNNING, heartbeat_at__lt=stale)
    abandoned.filter(attempts__gte=MAX_ATTEMPTS).update(
        status=JobStatus.FAILED,
        finished_at=now,
        error="The report worker stopped while building this report, several times.",
    )
    candidates = ReportJob.objects.filter(
        Q(status=JobStatus.QUEUED) | Q(status=JobStatus.RUNNING, heartbeat_at__lt=stale)
    ).order_by("created_at")
    for job in candidates.only("id", "status", "heartbeat_at")[:10]:
        claimed = ReportJob.objects.filter(
            pk=job.pk, status=job.status, heartbeat_at=job.heartbeat_at
        ).update(
            status=JobStatus.RUNNING,
            started_at=now,
            heartbeat_at=now,
            attempts=F("attempts") + 1,
            progress="Starting",
            percent=0,
        )
        if claimed:
            return ReportJob.objects.get(pk=job.pk)
    return None


def _progress(job: ReportJob, text: str, percent: int) -> None:
    ReportJob.objects.filter(pk=job.pk, status=JobStatus.RUNNING).update(
        progress=text[:120], percent=percent, heartbeat_at=timezone.now()
    )


def run_job(job: ReportJob, *, say: Callable[[str], None] = lambda _: None) -> None:
    """Build the report of a claimed job and write every format; never raises for a bad job."""
    from casebook.analysis.render.html import context as report_context

    def step(text: str, percent: int) -> None:
        _progress(job, text, percent)
        say(f"{job.id}: {text}")

    out = job_dir(job)
    try:
        period, compare, suppress_below = job_periods(job)
        step("Loading the cases, counting them and drawing the figures", 10)
        # The same report as everywhere else: with the reviewer's decisions and sign-off.
        report = db_report(period, compare, suppress_below=suppress_below)
        shares = {fmt: 40 + 12 * n for n, fmt in enumerate(FORMATS)}

        def rendering(line: str) -> None:
            fmt = line.rsplit(" ", 1)[-1]
            step(f"Writing the {fmt.upper()} file", shares.get(fmt, 90))

        if out.exists():
            shutil.rmtree(out)
        write_outputs(report, out, FORMATS, progress=rendering)
        step("Preparing the page", 95)
        body = render_to_string("analysis/_report_body.html", report_context(report))
        (out / BODY_FILE).write_text(body, encoding="utf-8")
        finished = ReportJob.objects.filter(pk=job.pk).update(
            status=JobStatus.DONE,
            progress="Ready",
            percent=100,
            base_name=base_name(report),
            finished_at=timezone.now(),
            heartbeat_at=timezone.now(),
        )
        if not finished:
            # Discarded while it was built (discard_jobs: an erasure): what it read may be gone.
            shutil.rmtree(out, ignore_errors=True)
            say(f"{job.id}: discarded while it was built")
            return
        say(f"{job.id}: done")
    except Exception as error:  # one bad report must not stop the worker
        log.exception("report job %s failed", job.id)
        ReportJob.objects.filter(pk=job.pk).update(
            status=JobStatus.FAILED,
            error=f"{type(error).__name__}: {error}"[:2000],
            finished_at=timezone.now(),
        )
        shutil.rmtree(out, ignore_errors=True)


def run_pending_jobs(*, say: Callable[[str], None] = lambda _: None) -> int:
    """Claim and build jobs until none is left; returns how many were built."""
    built = 0
    while (job := claim_next_job()) is not None:
        run_job(job, say=say)
        built += 1
    return built


def job_file(job: ReportJob, fmt: str) -> Path | None:
    """The written file of a finished job in format fmt, if it is there."""
    if job.status != JobStatus.DONE or fmt not in FORMATS or not job.base_name:
        return None
    path = job_dir(job) / f"{job.base_name}.{fmt}"
    return path if path.is_file() else None


def prune_jobs(*, older_than: timedelta = timedelta(days=7)) -> int:
    """Delete finished jobs (and their files) older than `older_than`; returns how many."""
    cutoff = timezone.now() - older_than
    old = list(
        ReportJob.objects.filter(created_at__lt=cutoff).filter(
            status__in=[JobStatus.DONE, JobStatus.FAILED]
        )
    )
    for job in old:
        shutil.rmtree(job_dir(job), ignore_errors=True)
    with transaction.atomic():
        deleted, _ = ReportJob.objects.filter(pk__in=[j.pk for j in old]).delete()
    return deleted


def discard_jobs() -> int:
    """Delete every web report, row and files, whatever its state; returns how many.

    For an erasure: a report built before it may quote the person (a sample redaction
    missed); reports are rebuilt on request from what is left. The rows go in the caller's
    transaction, the files once it commits; a worker building a discarded report removes
    what it wrote when it finds its row gone (run_job)."""
    ids = [str(pk) for pk in ReportJob.objects.values_list("pk", flat=True)]
    deleted, _ = ReportJob.objects.filter(pk__in=ids).delete()
    root = Path(settings.REPORTS_DIR) / "jobs"

    def purge() -> None:
        for job_id in ids:
            shutil.rmtree(root / job_id, ignore_errors=True)

    transaction.on_commit(purge)
    return deleted
