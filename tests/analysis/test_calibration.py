"""THE calibration test: the report on the demo helpline reproduces the published figures.

The oracle is data/published-figures.json (a copy of the published report's tables). Counts
must match exactly and percentages to two decimals; the setting-by-category table is checked
in its consistent reading (see the note in the file).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.db import transaction

from casebook.analysis.render.json import as_dict
from casebook.analysis.report import build_report, find_redactor
from casebook.analysis.sources import db_texts, load_facts
from casebook.analysis.tables import Period

pytest.importorskip("casebook.demo.loader")

FIGURES = json.loads((Path(__file__).parent / "data" / "published-figures.json").read_text())
P_LABEL, Q_LABEL = "2021-22", "2020-21"

pytestmark = pytest.mark.django_db


def period(label: str) -> Period:
    p = FIGURES["periods"][label]
    return Period(date.fromisoformat(p["from"]), date.fromisoformat(p["to"]))


@pytest.fixture(scope="module")
def report_json(django_db_setup, django_db_blocker):
    from casebook.demo.loader import load_demo_helpline

    with django_db_blocker.unblock(), transaction.atomic():
        load_demo_helpline(seed=2022)
        p, q = period(P_LABEL), period(Q_LABEL)
        facts = load_facts([(p.start, p.end), (q.start, q.end)])
        report = build_report(
            facts, p, q, texts=db_texts(facts), redactor=find_redactor(), with_figures=False
        )
        yield as_dict(report)
        transaction.set_rollback(True)


def rows(table: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["label"]: r for r in table}


def pct(count: int, base: int) -> float:
    return round(100 * count / base, 2)


def test_totals(report_json):
    assert report_json["period"]["cases"] == FIGURES["periods"][P_LABEL]["cases"] == 4078
    assert report_json["compare"]["cases"] == FIGURES["periods"][Q_LABEL]["cases"] == 518


def test_channel(report_json):
    channel = rows(report_json["tables"]["channel"])
    total = FIGURES["periods"][P_LABEL]["cases"]
    for name, count in FIGURES["channel"][P_LABEL].items():
        row = channel[{"email": "Email", "phone": "Phone"}[name]]
        assert row["count"] == count
        assert round(row["percent"], 2) == pct(count, total)


@pytest.mark.parametrize("column", [0, 1])
def test_enquirer_types_both_years(report_json, column):
    label = FIGURES["enquirer_type"]["columns"][column]
    total = FIGURES["periods"][label]["cases"]
    table = rows(report_json["tables"]["enquirer_type"])
    key, pkey = ("count", "percent") if column == 0 else ("compare_count", "compare_percent")
    for name, counts in FIGURES["enquirer_type"]["rows"].items():
        assert table[name][key] == counts[column], name
        assert round(table[name][pkey], 2) == pct(counts[column], total), name
    # The published rows add up to fewer than the cases: the rest had no type recorded.
    assert table["Not recorded"][key] == total - FIGURES["enquirer_type"]["row_sums"][label]
    info = report_json["table_info"]["enquirer_type"]
    assert info["covers" if column == 0 else "compare_covers"] == total


@pytest.mark.parametrize("column", [0, 1])
def test_categories_both_years(report_json, column):
    label = FIGURES["categories"]["columns"][column]
    total = FIGURES["periods"][label]["cases"]
    table = rows(report_json["tables"]["categories"])
    key, pkey = ("count", "percent") if column == 0 else ("compare_count", "compare_percent")
    for name, counts in FIGURES["categories"]["rows"].items():
        if counts[column] == 0 and name not in table:
            continue  # a category unused in both periods is left out of the table
        assert table[name][key] == counts[column], name
        assert round(table[name][pkey], 2) == pct(counts[column], total), name
    order = [r["label"] for r in report_json["tables"]["categories"]]
    volumes = [table[n]["count"] for n in order]
    assert volumes == sorted(volumes, reverse=True)


@pytest.mark.parametrize("setting", ["secondary", "primary"])
def test_primary_and_secondary_per_category(report_json, setting):
    spec = FIGURES["setting_categories"]
    column = spec["columns"].index(setting)
    expected = {**spec["as_printed"], **spec["consistent_reading"]}
    expected.pop("note")
    base = FIGURES["setting"][P_LABEL][setting]
    table = rows(report_json["tables"]["setting_categories"][setting])
    assert report_json["table_info"]["setting_categories"][setting]["covers"] == base
    for name, counts in expected.items():
        got = table.get(name, {"count": 0, "percent": 0.0})
        assert got["count"] == counts[column], name
        assert round(got["percent"], 2) == pct(counts[column], base), name


def test_appendix_is_redacted_and_typical(report_json):
    appendix = report_json["appendix"]
    if appendix is None:
        pytest.skip("redaction is not installed: the appendix is left out")
    names = [a["category"] for a in appendix]
    expected = [n for n, c in FIGURES["categories"]["rows"].items() if c[0] >= 10]
    assert sorted(names) == sorted(expected)
    for a in appendix:
        assert 2 <= len(a["samples"]) <= 4, a["category"]
        for s in a["samples"]:
            assert "@" not in s["text"] and "http" not in s["text"]
