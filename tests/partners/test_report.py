"""The report's escalations and referrals section: the database's counts, and the section in
HTML, PDF, XLSX and JSON with the issue's keys."""

from __future__ import annotations

import json
import subprocess
from datetime import date, datetime
from io import StringIO

import pytest
from django.core.management import call_command
from openpyxl import load_workbook

from casebook.cases.models import Platform
from casebook.lib.working_hours import LONDON
from casebook.partners import actions
from casebook.partners.models import Escalation
from casebook.partners.queries import partner_section
from tests.analysis.reports_web import fetch

ESCALATION_KEYS = {
    "items",
    "removed",
    "removal_rate",
    "median_days_to_outcome",
    "by_platform",
    "outcomes",
}


def at(day: str, hour: int = 11) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=LONDON)


@pytest.fixture
def escalated(case, practitioner, childline):
    """Items escalated in March 2022 (and two outside the period), some with outcomes."""
    tiktok = Platform.objects.get(name="TikTok")
    instagram = Platform.objects.get(name="Instagram")
    plan = [
        # platform, escalated, outcome, outcome date
        (tiktok, "2022-03-01", "removed", "2022-03-02"),
        (tiktok, "2022-03-01", "removed", "2022-03-04"),
        (tiktok, "2022-03-07", "declined", "2022-03-17"),
        (tiktok, "2022-03-08", "", None),
        (instagram, "2022-03-02", "suspended", "2022-03-03"),
        (instagram, "2022-03-03", "no_response", "2022-04-20"),
        (instagram, "2022-03-31", "removed", "2022-04-01"),
        # Outside [2022-03-01, 2022-04-01): the first at midnight on the end date.
        (tiktok, "2022-04-01", "removed", "2022-04-02"),
        (tiktok, "2022-02-28", "removed", "2022-03-01"),
    ]
    for i, (platform, day, outcome, when) in enumerate(plan):
        e = actions.do_escalate_item(
            case=case,
            actor=practitioner,
            platform=platform,
            kind="url",
            item=f"https://example.invalid/{i}",
            at=at(day, 0 if day == "2022-04-01" else 11),
        )
        if outcome:
            actions.do_record_outcome(
                escalation=e, actor=practitioner, outcome=outcome, at=at(str(when))
            )
    for day, service in (("2022-03-05", childline), ("2022-03-06", childline)):
        r = actions.do_record_referral(
            case=case, actor=practitioner, service=service, kind="signpost", reason="x"
        )
        type(r).objects.filter(pk=r.pk).update(at=at(day))
    return case


def test_section_counts_the_period_s_items(escalated):
    section = partner_section(date(2022, 3, 1), date(2022, 4, 1))
    e = section.escalations
    assert (e.items, e.removed) == (7, 4)  # 3 removed + 1 suspended
    assert e.removal_rate == pytest.approx(400 / 7)
    # Decided: days 1, 3, 10 (TikTok), 1, 1 (Instagram) -> 1, 1, 1, 3, 10.
    assert e.median_days_to_outcome == 1
    by = {p.label: p for p in e.by_platform}
    assert (by["TikTok"].items, by["TikTok"].removed) == (4, 2)
    assert by["TikTok"].median_days_to_outcome == 3
    assert (by["Instagram"].items, by["Instagram"].removed) == (3, 2)
    counts = {o.label: o.count for o in e.outcomes}
    assert counts["Awaiting outcome"] == 1 and counts["No response"] == 1
    assert [(r.label, r.count) for r in section.referrals] == [("Childline", 2)]
    # The database agrees, counted another way.
    assert (
        e.items
        == Escalation.objects.filter(
            escalated_at__gte=at("2022-03-01", 0), escalated_at__lt=at("2022-04-01", 0)
        ).count()
    )


def run_report(tmp_path, *extra: str) -> None:
    call_command(
        "report",
        "--from",
        "2022-03-01",
        "--to",
        "2022-04-01",
        "--out",
        str(tmp_path),
        *extra,
        stdout=StringIO(),
        stderr=StringIO(),
    )


def test_every_format_carries_the_section(escalated, tmp_path):
    run_report(tmp_path)
    [json_path] = tmp_path.glob("*.json")
    data = json.loads(json_path.read_text())
    esc = data["escalations"]
    assert set(esc) == ESCALATION_KEYS
    assert (esc["items"], esc["removed"]) == (7, 4)
    assert esc["removal_rate"] == pytest.approx(400 / 7)
    assert all(
        set(p) == {"label", "items", "removed", "removal_rate", "median_days_to_outcome"}
        for p in esc["by_platform"]
    )
    assert all(set(o) == {"label", "count", "percent"} for o in esc["outcomes"])
    assert sum(p["items"] for p in esc["by_platform"]) == esc["items"]
    assert sum(p["removed"] for p in esc["by_platform"]) == esc["removed"]
    assert sum(o["count"] for o in esc["outcomes"]) == esc["items"]
    assert data["referrals"] == [{"label": "Childline", "count": 2, "percent": 100.0}]

    [html] = tmp_path.glob("*.html")
    page = html.read_text()
    assert "Escalations to platforms" in page and "Referrals and signposting" in page
    assert "57.1%" in page  # 4 of 7 removed

    [xlsx] = tmp_path.glob("*.xlsx")
    wb = load_workbook(xlsx)
    sheet = {r[0]: r[1:] for r in wb["Escalations"].iter_rows(values_only=True) if r[0]}
    assert sheet["Items escalated"][0] == 7
    assert sheet["Removal rate"][0] == pytest.approx(4 / 7)
    assert sheet["TikTok"][:2] == (4, 2)
    referrals = {r[0]: r[1:] for r in wb["Referrals"].iter_rows(values_only=True) if r[0]}
    assert referrals["Childline"][0] == 2

    [pdf] = tmp_path.glob("*.pdf")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Escalations to platforms" in text
    assert "Referrals and signposting" in text


def test_small_counts_are_suppressed_in_the_section(escalated, tmp_path):
    run_report(tmp_path, "--suppress-below", "3", "--format", "json,xlsx")
    data = json.loads(next(tmp_path.glob("*.json")).read_text())
    outcomes = {o["label"]: o for o in data["escalations"]["outcomes"]}
    assert outcomes["Declined"] == {
        "label": "Declined",
        "count": None,
        "percent": None,
        "suppressed": "<3",
    }
    assert outcomes["Restricted or age-gated"]["count"] == 0  # zero is not disclosive
    assert data["referrals"][0]["count"] is None
    assert "2" not in json.dumps(data["referrals"])
    wb = load_workbook(next(tmp_path.glob("*.xlsx")))
    referrals = {r[0]: r[1:] for r in wb["Referrals"].iter_rows(values_only=True) if r[0]}
    assert referrals["Childline"][0] == "<3"


@pytest.mark.django_db
def test_a_csv_report_has_no_section(tmp_path, escalated):
    from tests.analysis.test_command import CSV_HEADER

    csv = tmp_path / "cases.csv"
    csv.write_text(CSV_HEADER + "X-1,2022-03-02,email,teacher,secondary,UKK,Sexting,Hi,\n")
    out = tmp_path / "out"
    call_command(
        "report",
        "--from",
        "2022-03-01",
        "--to",
        "2022-04-01",
        "--input",
        str(csv),
        "--format",
        "json",
        "--out",
        str(out),
        stdout=StringIO(),
        stderr=StringIO(),
    )
    data = json.loads(next(out.glob("*.json")).read_text())
    assert data["escalations"] is None and data["referrals"] is None


def test_reports_page_shows_the_section(client, supervisor, escalated):
    client.force_login(supervisor)
    # The report worker builds it; fetch plays the worker's part as well as the browser's.
    page = fetch(client, "/reports/?start=2022-03-01&end=2022-03-31")
    assert page.status_code == 200, page.content[:500]
    html = page.content.decode()
    assert "Escalations to platforms" in html
    assert "Referrals and signposting" in html
