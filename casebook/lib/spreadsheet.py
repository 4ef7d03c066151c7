"""Text stays text in every spreadsheet and CSV file Casebook writes (pure: no Django).

Enquiry text is written by anyone. A cell that starts with "=", "+", "-" or "@" (or a tab or
carriage return before one) is a formula to Excel and LibreOffice when a CSV is opened, and
a formula can fetch URLs or run commands ("CSV injection"). So:

- CSV: `csv_cell` puts an apostrophe before such a value, which spreadsheets show as plain text
  (OWASP's advice); every CSV export writes through `SafeCsvWriter`.
- XLSX: openpyxl stores any string starting with "=" as a formula; `neutralise_formulas` turns
  every such cell back into a string cell after a workbook is built.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, Protocol

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A value as it may go into a CSV cell: text that would start a formula is escaped.

    Numbers stay numbers (a negative count is not a formula); only text is touched."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class _Writer(Protocol):
    def write(self, s: str, /) -> Any: ...


class SafeCsvWriter:
    """csv.writer, with every cell passed through csv_cell."""

    def __init__(self, stream: _Writer, **fmtparams: Any) -> None:
        self._writer = csv.writer(stream, **fmtparams)

    def writerow(self, row: Iterable[object]) -> Any:
        return self._writer.writerow([csv_cell(value) for value in row])

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.writerow(row)


def neutralise_formulas(workbook: Any) -> int:
    """Make every formula cell of an openpyxl workbook a plain string cell; returns how many.

    Casebook's workbooks hold no formulas of their own, so any formula came from text."""
    changed = 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"
                    changed += 1
    return changed
