"""Each percentage is labelled with what it is a share of, in every format, and the published
report's Table 4 (secondary against primary schools) is one table, side by side."""

from __future__ import annotations

import io
import json
import re
from datetime import date
from typing import Any

import pytest
from openpyxl import load_workbook

from casebook.analysis.figures import make_figures
from casebook.analysis.render.html import render_html
from casebook.analysis.render.json import render_json
from casebook.analysis.render.xlsx import SHEET_NAMES, render_xlsx
from casebook.analysis.report import build_report
from casebook.analysis.tables import Period, Table

from .helpers import build, fact

P = Period(date(2021, 11, 1), date(2022, 11, 1))
Q = Period(date(2020, 1, 16), date(2021, 1, 23))


@pytest.fixture(scope="module")
def report():
    cases = [
        fact(
            ref="s1",
            setting_type="secondary",
            categories=("Social networks", "Sexting"),
            platforms=("TikTok",),
        ),
        fact(ref="s2", setting_type="secondary", categories=("Social networks",)),
        fact(ref="s3", setting_type="secondary", categories=("Online reputation",)),
        fact(ref="p1", setting_type="primary", categories=("Cyber bullying",)),
        fact(ref="n1", setting_type="not_a_school", categories=("Social networks",)),
        fact(ref="q1", on=date(2020, 6, 1), setting_type="primary"),
        fact(ref="q2", on=date(2020, 6, 2), setting_type="secondary"),
    ]
    return build_report(build(cases), P, Q, with_figures=False)


def _base(report, table: Table) -> int:
    """The count each table's percentages divide by, found from its rows' own numbers."""
    shares = {round(r.count * 100 / r.percent) for r in table.rows if r.percent}
    assert len(shares) == 1, table.key
    return shares.pop()


def test_percent_of_says_what_the_percentages_divide_by(report):
    t = report.tables
    expected = {
        "the period's cases": t.cases,
        "the primary school cases": t.setting_categories["primary"].covers,
        "the secondary school cases": t.setting_categories["secondary"].covers,
    }
    seen = set()
    for table in t.all():
        assert _base(report, table) == expected[table.percent_of], table.key
        seen.add(table.percent_of)
    assert seen == set(expected)
    # The setting-type table is about settings but its shares are of the period's cases.
    assert t.setting_type.percent_of == "the period's cases"


def test_json_says_what_each_table_is_a_share_of(report):
    info = json.loads(render_json(report))["table_info"]
    assert info["setting_type"]["percent_of"] == "the period's cases"
    assert info["setting_categories"]["primary"]["percent_of"] == "the primary school cases"


def test_figure_axes_say_what_the_bars_are_a_share_of(report):
    figs = make_figures(report)
    assert "% of the period’s cases" in figs["setting_type"].svg.replace("'", "’").replace(
        "&#39;", "’"
    )
    assert "setting’s" not in figs["setting_type"].svg.replace("&#39;", "’")
    both = figs["setting_categories"]
    assert "each setting" in both.svg and "Secondary schools (3 cases)" in both.svg
    assert "Sexting 1 / 0" in both.alt
    assert not {"setting_primary", "setting_secondary"} & set(figs)


def test_xlsx_setting_sheet_has_the_compared_period(report):
    wb = load_workbook(io.BytesIO(render_xlsx(report)))
    ws = wb[SHEET_NAMES["setting_type"]]
    head = [c.value for c in ws[4]]
    assert head[3:] == [f"Count {Q.label()}", f"% {Q.label()}"]
    assert "Percent of the period's cases" in ws["A2"].value
    rows: dict[Any, Any] = {r[0]: r for r in ws.iter_rows(min_row=5, values_only=True)}
    assert rows["Primary school"][1:] == (1, pytest.approx(1 / 5), 1, pytest.approx(1 / 2))
    # Every table with a compared period has its columns, on every sheet.
    for table in report.tables.all():
        if not table.key.startswith("setting_categories"):
            assert wb[SHEET_NAMES[table.key]].max_column >= 5, table.key


def test_xlsx_table_4_is_one_sheet_side_by_side(report):
    wb = load_workbook(io.BytesIO(render_xlsx(report)))
    ws = wb["Schools by category"]
    assert [c.value for c in ws[4]] == [
        "Category",
        "Count secondary schools",
        "% of the secondary school cases",
        "Count primary schools",
        "% of the primary school cases",
    ]
    rows: dict[Any, Any] = {r[0]: r[1:] for r in ws.iter_rows(min_row=5, values_only=True)}
    assert rows["Social networks"] == (2, pytest.approx(2 / 3), 0, 0)
    assert rows["Cyber bullying"] == (0, 0, 1, pytest.approx(1.0))
    assert "Primary by category" not in wb.sheetnames


def test_html_table_4_is_one_table_with_both_settings(report):
    html = render_html(report)
    section = html.split('id="setting-categories"')[1].split("</section>")[0]
    assert section.count("<table") == 1
    assert "Secondary schools" in section and "Primary schools" in section
    assert section.index("Secondary schools") < section.index("Primary schools")  # as published
    row = re.search(r"<th scope=\"row\">Social networks</th>(.*?)</tr>", section, re.S)
    assert row is not None
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", row.group(1))
    assert cells == ["2", "66.67%", "0", "0.00%"]
    assert "Percentages are of each setting's cases" in section.replace("&#x27;", "'")
    # The setting-type table is labelled with what its shares are of.
    setting = html.split('id="setting-type"')[1].split("</section>")[0].replace("&#x27;", "'")
    assert "Percentages are of the period's cases" in setting
    assert "Nature of enquiries from primary schools" not in html
