"""The service-level section: time to first response in working time, against the target,
by month, channel and enquirer type; the same numbers in JSON, XLSX, HTML and PDF."""

from __future__ import annotations

import io
import json
import math
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from django.core.management import call_command
from openpyxl import load_workbook

from casebook.analysis.csvinput import read_csv
from casebook.analysis.facts import FactsBuilder
from casebook.analysis.render.json import as_dict
from casebook.analysis.report import build_report
from casebook.analysis.service_levels import service_levels
from casebook.analysis.tables import Period
from tests.analysis.conftest import LONDON
from tests.analysis.helpers import VOCAB, fact

P = Period(date(2022, 1, 1), date(2022, 4, 1))
JSON_KEYS = {
    "target_working_hours",
    "cases",
    "answered",
    "within_target",
    "percent_within_target",
    "median_working_minutes",
    "p90_working_minutes",
    "by_month",
    "by_channel",
    "by_enquirer_type",
}
ROW_KEYS = {
    "label",
    "cases",
    "answered",
    "within_target",
    "percent_within_target",
    "median_working_minutes",
}


def facts_with(minutes: list[tuple[date, str, str, float | None]]):
    b = FactsBuilder(VOCAB, response_times=True)
    for i, (on, channel, etype, m) in enumerate(minutes):
        f = fact(ref=f"CB-{i}", on=on, channel=channel, enquirer_type=etype)
        b.add(
            reference=f.reference,
            opened_on=f.opened_on,
            channel=f.channel,
            enquirer_type=f.enquirer_type,
            setting_type=f.setting_type,
            region=f.region,
            first_response_minutes=m,
        )
    return b.build()


CASES = [
    (date(2022, 1, 5), "email", "teacher", 30.0),
    (date(2022, 1, 6), "email", "teacher", 200.0),  # late
    (date(2022, 2, 1), "phone", "police", 10.0),
    (date(2022, 2, 2), "web", "", None),  # never answered
    (date(2022, 3, 31), "email", "other", 180.0),  # exactly on target: within
    (date(2022, 4, 1), "email", "teacher", 5.0),  # after the period
]


def test_totals_and_breakdowns() -> None:
    levels = service_levels(facts_with(CASES), P, target_minutes=180)
    assert levels is not None
    assert (levels.cases, levels.answered, levels.within_target) == (5, 4, 3)
    assert levels.percent_within_target == 60.0
    assert levels.median_working_minutes == 105.0  # of 10, 30, 180, 200
    assert levels.p90_working_minutes == pytest.approx(194.0)  # 180 + 0.7 * 20
    assert levels.target_working_hours == 3
    assert [r.label for r in levels.by_month] == ["Jan 2022", "Feb 2022", "Mar 2022"]
    assert [(r.cases, r.within_target) for r in levels.by_month] == [(2, 1), (2, 1), (1, 1)]
    channel = {r.label: r for r in levels.by_channel}
    assert (channel["Email"].cases, channel["Email"].within_target) == (3, 2)
    assert channel["Web form"].answered == 0 and channel["Web form"].median_working_minutes is None
    assert (
        channel["Not recorded"].cases == 0 and channel["Not recorded"].percent_within_target is None
    )
    for rows in levels.breakdowns().values():
        assert sum(r.cases for r in rows) == levels.cases
        assert sum(r.within_target for r in rows) == levels.within_target
        assert sum(r.answered for r in rows) == levels.answered


def test_a_source_without_response_times_has_no_section() -> None:
    b = FactsBuilder(VOCAB)
    b.add_fact(fact())
    assert service_levels(b.build(), P, target_minutes=180) is None


def test_json_has_exactly_the_issue_keys_and_sums() -> None:
    report = build_report(facts_with(CASES), P, with_figures=False)
    data = json.loads(json.dumps(as_dict(report)))["service_levels"]
    assert set(data) == JSON_KEYS
    for name in ("by_month", "by_channel", "by_enquirer_type"):
        assert all(set(row) == ROW_KEYS for row in data[name])
        assert sum(row["cases"] for row in data[name]) == data["cases"] == 5
        assert sum(row["within_target"] for row in data[name]) == data["within_target"] == 3


def test_suppression_hides_small_rows_not_totals() -> None:
    report = build_report(facts_with(CASES), P, with_figures=False, suppress_below=3)
    data = as_dict(report)["service_levels"]
    assert data["cases"] == 5
    police = next(r for r in data["by_enquirer_type"] if r["label"] == "Police")
    assert police["cases"] is None and police["median_working_minutes"] is None


def test_csv_response_columns() -> None:
    text = (
        "reference,opened_at,channel,first_response_minutes,first_response_at\n"
        "A,2022-03-04T16:00,email,,2022-03-07T11:00\n"  # Friday 16:00 to Monday 11:00: 3 h
        "B,2022-03-01,phone,25,\n"
        "C,2022-03-01,web,,\n"
    )
    facts = read_csv(io.StringIO(text), VOCAB)
    assert facts.first_response_minutes is not None
    got = facts.first_response_minutes.tolist()
    assert got[:2] == [180.0, 25.0] and math.isnan(got[2])


@pytest.mark.django_db
def test_every_format_from_the_database(small_helpline, tmp_path: Path, practitioner) -> None:
    from casebook.cases import actions

    first, phone, late = small_helpline[:3]
    # 2021-11-01 00:05 (Monday): answered 10:00, one working hour.
    actions.do_record_reply(
        case=first, actor=practitioner, text="r", at=datetime(2021, 11, 1, 10, tzinfo=LONDON)
    )
    actions.do_record_reply(
        case=phone, actor=practitioner, text="r", at=phone.opened_at + timedelta(minutes=12)
    )
    # 2022-10-31 23:30: answered on Thursday 3 Nov at 13:00, 20 working hours later.
    actions.do_record_reply(
        case=late, actor=practitioner, text="r", at=datetime(2022, 11, 3, 13, tzinfo=LONDON)
    )
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "report", "--from", "2021-11-01", "--to", "2022-11-01", "--out", str(tmp_path),
        stdout=out, stderr=err,
    )  # fmt: skip
    [json_path] = tmp_path.glob("*.json")
    data = json.loads(json_path.read_text())["service_levels"]
    assert set(data) == JSON_KEYS
    assert (data["cases"], data["answered"], data["within_target"]) == (3, 3, 2)
    assert data["median_working_minutes"] == 60.0
    assert data["percent_within_target"] == pytest.approx(66.67)
    months = {r["label"]: r for r in data["by_month"]}
    assert months["Oct 2022"]["within_target"] == 0 and months["Oct 2022"]["cases"] == 1
    assert sum(r["cases"] for r in data["by_month"]) == 3

    wb = load_workbook(next(tmp_path.glob("*.xlsx")))
    sheet = wb["Service levels"]
    values = list(sheet.iter_rows(values_only=True))
    assert values[4][:3] == (3, 3, 2)
    assert values[4][3] == pytest.approx(2 / 3, abs=1e-4)

    page = next(tmp_path.glob("*.html")).read_text()
    assert 'id="service-levels"' in page and "66.7%" in page and "1 h 00" in page

    pdf = next(tmp_path.glob("*.pdf"))
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Service levels" in text and "66.7%" in text
