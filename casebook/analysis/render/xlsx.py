"""The report as a workbook: a contents sheet, then one sheet per table (primary and secondary
schools share one, side by side as published), numbers as numbers.

Percentages are stored as fractions with a percent number format, so a spreadsheet shows
81.78% and computes with 0.8178...; suppressed cells hold the text "<N".
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from casebook.analysis.model import Report
from casebook.analysis.service_levels import LevelRow
from casebook.analysis.tables import SETTINGS_COMPARED, TITLE_SETTINGS, Table
from casebook.lib.spreadsheet import neutralise_formulas
from casebook.partners.reporting import add_xlsx_sheets

HEAD = Font(bold=True, color="FFFFFF")
HEAD_FILL = PatternFill("solid", fgColor="0F5C8C")
SHEET_NAMES = {
    "channel": "Channel",
    "enquirer_type": "Enquirer type",
    "setting_type": "Setting type",
    "region": "Region",
    "categories": "Categories",
    "setting_categories.primary": "Schools by category",
    "setting_categories.secondary": "Schools by category",
    "monthly": "Monthly",
    "platforms": "Platforms",
}


def _cells(report: Report, count: int | None, percent: float | None) -> tuple[object, object]:
    if count is None:
        return None, None
    if report.suppressed(count):
        return f"<{report.suppress_below}", None
    return count, (percent or 0.0) / 100.0


DRAFT_MARK = "DRAFT – not approved for publication"


def _table_sheet(ws: Worksheet, report: Report, table: Table) -> None:
    p_label = report.period.label()
    q_label = report.compare.label() if report.compare else None
    ws.append([f"{table.title} ({DRAFT_MARK})" if report.draft else table.title])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(
        [
            f"{table.covers:,} cases covered, {report.count_text(table.not_recorded)} with no "
            f"value recorded. Percent of {table.percent_of}. {table.note}".strip()
        ]
    )
    ws.append([])
    monthly = table.key == "monthly"
    head = ["Month" if monthly else "Label", f"Count {p_label}", f"% {p_label}"]
    if q_label and table.compare_covers is not None:
        if monthly:
            head.append(f"Month {q_label}")
        head += [f"Count {q_label}", f"% {q_label}"]
    ws.append(head)
    for cell in ws[4]:
        cell.font = HEAD
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for r in table.rows:
        row: list[object] = [r.label, *_cells(report, r.count, r.percent)]
        if len(head) > 3:
            if monthly:
                row.append(r.compare_label)
            row += list(_cells(report, r.compare_count, r.compare_percent))
        ws.append(row)
    for col in ("C", "E") if not monthly else ("C", "F"):
        for cell in ws[col][4:]:
            cell.number_format = "0.00%"
    ws.column_dimensions["A"].width = 36
    for col in "BCDEF":
        ws.column_dimensions[col].width = 18
    ws.freeze_panes = "B5"


def _settings_sheet(ws: Worksheet, report: Report) -> None:
    """The published report's Table 4: secondary and primary schools side by side."""
    order = ["secondary", "primary"]
    tables = [report.tables.setting_categories[k] for k in order]
    ws.append([f"{TITLE_SETTINGS} ({DRAFT_MARK})" if report.draft else TITLE_SETTINGS])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(
        [
            f"{report.period.label()}. Percent of each setting's cases: "
            + ", ".join(
                f"{SETTINGS_COMPARED[k].lower()}s {t.covers:,}"
                for k, t in zip(order, tables, strict=True)
            )
            + ". A case can carry several categories."
        ]
    )
    ws.append([])
    head = ["Category"]
    for k, t in zip(order, tables, strict=True):
        name = SETTINGS_COMPARED[k]
        head += [f"Count {name.lower()}s", f"% of {t.percent_of}"]
    ws.append(head)
    for cell in ws[4]:
        cell.font = HEAD
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for i, first in enumerate(tables[0].rows):
        row: list[object] = [first.label]
        for t in tables:
            row += list(_cells(report, t.rows[i].count, t.rows[i].percent))
        ws.append(row)
    for col in ("C", "E"):
        for cell in ws[col][4:]:
            cell.number_format = "0.00%"
    ws.column_dimensions["A"].width = 36
    for col in "BCDE":
        ws.column_dimensions[col].width = 18
    ws.freeze_panes = "B5"


def _level_cells(report: Report, row: LevelRow) -> list[object]:
    counts = [row.cases, row.answered, row.within_target]
    hidden = any(report.suppressed(n) for n in counts)
    shown: list[object] = [
        f"<{report.suppress_below}" if report.suppressed(n) else n for n in counts
    ]
    percent = (
        None if hidden or row.percent_within_target is None else row.percent_within_target / 100
    )
    median = None if hidden else row.median_working_minutes
    return [row.label, *shown, percent, median]


def _service_levels_sheet(ws: Worksheet, report: Report) -> None:
    levels = report.service_levels
    assert levels is not None
    ws.append(["Service levels: time to first response, in working time"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(
        [
            f"Target {levels.target_working_hours:g} working hours. Within target: share of all "
            "the period's cases answered within it (an unanswered case is not). Medians and the "
            "90th percentile are of answered cases, in working minutes."
        ]
    )
    ws.append([])
    ws.append(
        [
            "Cases",
            "Answered",
            "Within target",
            "% within target",
            "Median minutes",
            "90th percentile minutes",
        ]
    )
    ws.append(
        [
            levels.cases,
            levels.answered,
            levels.within_target,
            None if levels.percent_within_target is None else levels.percent_within_target / 100,
            levels.median_working_minutes,
            levels.p90_working_minutes,
        ]
    )
    ws.cell(row=ws.max_row, column=4).number_format = "0.00%"
    for title, rows in (
        ("By month", levels.by_month),
        ("By channel", levels.by_channel),
        ("By enquirer type", levels.by_enquirer_type),
    ):
        ws.append([])
        ws.append(
            [title, "Cases", "Answered", "Within target", "% within target", "Median minutes"]
        )
        for cell in ws[ws.max_row]:
            cell.font = HEAD
            cell.fill = HEAD_FILL
        for row in rows:
            ws.append(_level_cells(report, row))
            ws.cell(row=ws.max_row, column=5).number_format = "0.00%"
    ws.column_dimensions["A"].width = 30
    for col in "BCDEF":
        ws.column_dimensions[col].width = 16


def render_xlsx(report: Report) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Contents"
    ws.append([f"Helpline analysis – {DRAFT_MARK}" if report.draft else "Helpline analysis"])
    ws["A1"].font = Font(bold=True, size=14, color="B91C1C" if report.draft else None)
    if report.approval is not None:
        ws.append(["Approved for publication by", report.approval.by, "on", report.approval.at])
    ws.append(["Period", report.period.label(), "Cases", report.tables.cases])
    if report.compare:
        ws.append(["Compared with", report.compare.label(), "Cases", report.tables.compare_cases])
    if report.suppress_below:
        ws.append(
            [
                "Counts from 1 to",
                report.suppress_below - 1,
                "are shown as",
                f"<{report.suppress_below}",
            ]
        )
    ws.append([])
    ws.append(["Sheet", "Table", "Cases covered", "No value recorded"])
    for table in report.tables.all():
        not_recorded = _cells(report, table.not_recorded, 0.0)[0]
        sheet = SHEET_NAMES[table.key]
        ws.append([sheet, table.title, table.covers, not_recorded])
        if table.key.startswith("setting_categories."):
            # Both settings share one sheet, side by side as published.
            if sheet not in wb.sheetnames:
                _settings_sheet(wb.create_sheet(sheet), report)
        else:
            _table_sheet(wb.create_sheet(sheet), report, table)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 40
    if report.service_levels is not None:
        ws.append(["Service levels", "Time to first response, in working time"])
        _service_levels_sheet(wb.create_sheet("Service levels"), report)
    if report.appendix:
        ap = wb.create_sheet("Appendix")
        if report.draft:
            ap.append([DRAFT_MARK])
        ap.append(["Category", "Sample enquiry (redacted)"])
        for a in report.appendix:
            for s in a.samples:
                ap.append([a.category, s.text])
        ap.column_dimensions["B"].width = 100
    add_xlsx_sheets(wb, report, report.partners)
    # Text is text: a label or sample that starts with "=" must not become a formula.
    neutralise_formulas(wb)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
