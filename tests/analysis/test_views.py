"""The reports pages: who may open them, the page, and every download."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.urls import reverse

from tests.analysis.reports_web import fetch

QUERY = "start=2021-11-01&end=2022-11-01&compare_start=2020-01-16&compare_end=2021-01-23"


def login(client: Any, user: Any) -> Any:
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_practitioners_are_refused(client, practitioner, small_helpline):
    login(client, practitioner)
    assert client.get(reverse("reports:index")).status_code == 403
    assert client.get(reverse("reports:download", args=["json"]) + "?" + QUERY).status_code == 403


@pytest.mark.django_db
def test_anonymous_is_sent_to_login(client):
    response = client.get(reverse("reports:index"))
    assert response.status_code == 302 and "/login/" in response["Location"]


@pytest.mark.parametrize("persona", ["supervisor", "analyst", "admin_user"])
@pytest.mark.django_db
def test_report_roles_may_open_the_page(client, request, persona):
    login(client, request.getfixturevalue(persona))
    blank = client.get(reverse("reports:index"))
    assert blank.status_code == 200 and b"Show report" in blank.content


@pytest.mark.django_db
def test_the_page_shows_tables_and_figures_without_personal_data(client, analyst, small_helpline):
    login(client, analyst)
    page = fetch(client, reverse("reports:index") + "?" + QUERY)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Nature of enquiries" in html and "66.67%" in html
    assert "data:image/svg+xml;base64," in html  # figures on the page
    # Only aggregates and redacted text: no enquirer's name, email or phone number.
    assert "Jane Example" not in html and "07700 900123" not in html
    assert "example-school.invalid" not in html


@pytest.mark.django_db
def test_bad_periods_are_explained(client, analyst):
    login(client, analyst)
    page = client.get(reverse("reports:index") + "?start=2022-01-01&end=2021-01-01")
    assert page.status_code == 400
    assert b"must end after it starts" in page.content


@pytest.mark.django_db
def test_downloads_of_every_format(client, analyst, small_helpline):
    login(client, analyst)
    magic = {"json": b"{", "xlsx": b"PK", "pdf": b"%PDF", "html": b"<!doctype"}
    for fmt in ("json", "xlsx", "html", "pdf"):  # one report, drawn once and reused
        response = fetch(client, reverse("reports:download", args=[fmt]) + "?" + QUERY)
        assert response.status_code == 200
        assert response.content.startswith(magic[fmt])
        assert "report-2021-11-01-to-2022-11-01" in response["Content-Disposition"]
    data = json.loads(
        fetch(client, reverse("reports:download", args=["json"]) + "?" + QUERY).content
    )
    assert data["period"]["cases"] == 3


@pytest.mark.django_db
def test_an_edit_gives_a_fresh_report(client, analyst, small_helpline):
    from casebook.cases.actions import do_open_case

    login(client, analyst)
    url = reverse("reports:download", args=["json"]) + "?" + QUERY
    assert json.loads(fetch(client, url).content)["period"]["cases"] == 3
    do_open_case(
        enquirer=small_helpline[0].enquirer,
        channel="email",
        subject="Another",
        first_message="Another enquiry",
        opened_at=small_helpline[1].opened_at,
    )
    assert json.loads(fetch(client, url).content)["period"]["cases"] == 4


@pytest.mark.django_db
def test_unknown_format_is_refused(client, analyst):
    login(client, analyst)
    assert client.get(reverse("reports:download", args=["docx"]) + "?" + QUERY).status_code == 400


@pytest.mark.django_db
def test_report_download_html_is_sandboxed_with_its_own_policy(client, analyst, small_helpline):
    client.force_login(analyst)
    query = "start=2021-11-01&end=2022-11-01"
    response = fetch(client, reverse("reports:download", args=["html"]) + "?" + query)
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "sandbox" in policy and "default-src 'none'" in policy
    assert "script-src" not in policy and "unsafe" not in policy
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert '<meta http-equiv="Content-Security-Policy"' in html
    # The meta policy allows exactly the one stylesheet in the file, by its hash.
    import base64
    import hashlib
    import re
    from html import unescape

    style = re.search(r"<style>(.*?)</style>", html, re.DOTALL)
    assert style is not None
    css = style.group(1)
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in policy and f"'sha256-{digest}'" in unescape(html)


@pytest.mark.django_db
def test_a_report_is_built_off_the_request_path_with_progress(client, analyst, small_helpline):
    from casebook.analysis.jobs import claim_next_job, run_job
    from casebook.analysis.models import JobStatus, ReportJob

    login(client, analyst)
    asked = client.get(reverse("reports:index") + "?" + QUERY)
    assert asked.status_code == 302
    job = ReportJob.objects.get()
    assert asked["Location"] == reverse("reports:job", args=[job.pk])
    waiting = client.get(asked["Location"])
    assert waiting.status_code == 200
    assert b"Waiting for the report worker" in waiting.content
    # It watches its own progress from a script, not by reloading itself (WCAG 2.2.1).
    assert b'id="job-progress" data-poll-seconds="2"' in waiting.content
    assert b'http-equiv="refresh"' not in waiting.content
    assert b"Nature of enquiries" not in waiting.content
    # The same question again is the same job, not a second build.
    assert client.get(reverse("reports:index") + "?" + QUERY)["Location"] == asked["Location"]
    claimed = claim_next_job()
    assert claimed is not None and claimed.pk == job.pk
    assert claim_next_job() is None  # nobody else takes it
    job.refresh_from_db()
    assert job.status == JobStatus.RUNNING and job.attempts == 1
    run_job(claimed)
    job.refresh_from_db()
    assert job.status == JobStatus.DONE and job.percent == 100
    ready = client.get(asked["Location"])
    assert b"Nature of enquiries" in ready.content
    assert b'id="job-progress"' not in ready.content


@pytest.mark.django_db
def test_an_abandoned_job_is_claimed_again_then_given_up(small_helpline, analyst):
    from datetime import date, timedelta

    from django.utils import timezone

    from casebook.analysis.jobs import MAX_ATTEMPTS, claim_next_job, do_request_report
    from casebook.analysis.models import JobStatus, ReportJob
    from casebook.analysis.tables import Period

    job = do_request_report(
        user=analyst,
        period=Period(date(2021, 11, 1), date(2022, 11, 1)),
        compare=None,
        suppress_below=None,
    )
    for attempt in range(1, MAX_ATTEMPTS + 1):
        claimed = claim_next_job()
        assert claimed is not None and claimed.attempts == attempt
        # The worker dies: its heartbeat stops.
        ReportJob.objects.filter(pk=job.pk).update(heartbeat_at=timezone.now() - timedelta(hours=1))
    assert claim_next_job() is None
    job.refresh_from_db()
    assert job.status == JobStatus.FAILED and "stopped" in job.error


@pytest.mark.django_db
def test_a_failing_report_is_reported_not_raised(client, analyst, small_helpline, monkeypatch):
    from casebook.analysis import jobs
    from casebook.analysis.models import JobStatus, ReportJob

    login(client, analyst)
    asked = client.get(reverse("reports:index") + "?" + QUERY)

    def broken(*args: Any, **kwargs: Any) -> None:
        raise MemoryError("out of memory")

    monkeypatch.setattr("casebook.analysis.queries.load_facts", broken)
    assert jobs.run_pending_jobs() == 1
    assert ReportJob.objects.get().status == JobStatus.FAILED
    page = client.get(asked["Location"])
    assert b"could not be built" in page.content and b"out of memory" in page.content


@pytest.mark.django_db
def test_no_more_than_three_unfinished_reports_each(client, analyst, small_helpline):
    login(client, analyst)
    for year in (2019, 2020, 2021):
        assert (
            client.get(
                reverse("reports:index") + f"?start={year}-01-01&end={year}-06-01"
            ).status_code
            == 302
        )
    refused = client.get(reverse("reports:index") + "?start=2022-01-01&end=2022-06-01")
    assert refused.status_code == 429
    assert b"already have 3 reports being built" in refused.content


@pytest.mark.django_db
def test_huge_and_nonsense_periods_are_refused(client, analyst):
    from casebook.analysis.models import ReportJob

    login(client, analyst)
    for query in (
        "start=0001-01-01&end=9999-12-31",
        "start=2015-01-01&end=2022-01-01",
        "start=2021-01-01&end=2022-01-01&compare_start=1900-01-01&compare_end=1901-01-01",
    ):
        page = client.get(reverse("reports:index") + "?" + query)
        assert page.status_code == 400, query
    assert ReportJob.objects.count() == 0
    page = client.get(reverse("reports:index") + "?start=2015-01-01&end=2022-01-01")
    assert b"a report covers at most 731 days" in page.content
