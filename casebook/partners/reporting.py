"""The escalations and referrals section in each report format, from one PartnerSection.

JSON keys (the report issue's contract):
  "escalations": {"items", "removed", "removal_rate", "median_days_to_outcome",
                  "by_platform": [{"label", "items", "removed", "removal_rate",
                                   "median_days_to_outcome"}],
                  "outcomes": [{"label", "count", "percent"}]}
  "referrals": [{"label", "count", "percent"}]
removal_rate and percent are percentages (unrounded); by_platform's items and removed, and the
outcomes' counts, add up to the totals. With --suppress-below N, a count from 1 to N-1 is
written as null with "suppressed": "<N" beside it (and the rates and medians built on it as
null), as in the other tables. Both keys are null when the report's cases came from a CSV
export, which carries no escalations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from openpyxl import Workbook
from openpyxl.styles import Font

from casebook.partners.stats import CountLine, PartnerSection, PlatformLine

TITLE_ESCALATIONS = "Escalations to platforms"
TITLE_REFERRALS = "Referrals and signposting"
DEFINITIONS = (
    "Items are the links, accounts and posts the helpline reported to platforms in the period "
    "(by the date each was escalated). Removed counts content removed and accounts suspended; "
    "the removal rate is removed items as a share of all items, those still awaiting an "
    "answer included. Days to outcome are calendar days from escalation to the platform's "
    "decision (removed, restricted, suspended or declined); items with no response or "
    "withdrawn are left out of the median."
)
REFERRAL_NOTE = (
    "Referrals (the helpline passed the case on) and signposts (the enquirer was told about "
    "the service) recorded in the period, by service; percentages are of all of them."
)


class Suppressing(Protocol):
    """What this needs of the Report: its suppression rule."""

    @property
    def suppress_below(self) -> int | None: ...

    def suppressed(self, count: int | None) -> bool: ...


# ---- JSON ---------------------------------------------------------------------------------


def _count_line(report: Suppressing, line: CountLine) -> dict[str, Any]:
    row: dict[str, Any] = {"label": line.label, "count": line.count, "percent": line.percent}
    if report.suppressed(line.count):
        row.update(count=None, percent=None, suppressed=f"<{report.suppress_below}")
    return row


def _platform_line(report: Suppressing, line: PlatformLine) -> dict[str, Any]:
    row: dict[str, Any] = {
        "label": line.label,
        "items": line.items,
        "removed": line.removed,
        "removal_rate": line.removal_rate,
        "median_days_to_outcome": line.median_days_to_outcome,
    }
    if report.suppressed(line.items):
        row.update(
            items=None,
            removed=None,
            removal_rate=None,
            median_days_to_outcome=None,
            suppressed=f"<{report.suppress_below}",
        )
    elif report.suppressed(line.removed):
        row.update(removed=None, removal_rate=None, removed_suppressed=f"<{report.suppress_below}")
    return row


def json_section(report: Suppressing, section: PartnerSection | None) -> dict[str, Any]:
    """{"escalations": ..., "referrals": ...} for the report's JSON."""
    if section is None:
        return {"escalations": None, "referrals": None}
    e = section.escalations
    escalations: dict[str, Any] = {
        "items": e.items,
        "removed": e.removed,
        "removal_rate": e.removal_rate,
        "median_days_to_outcome": e.median_days_to_outcome,
        "by_platform": [_platform_line(report, p) for p in e.by_platform],
        "outcomes": [_count_line(report, o) for o in e.outcomes],
    }
    if report.suppressed(e.items):
        escalations.update(
            items=None,
            removed=None,
            removal_rate=None,
            median_days_to_outcome=None,
            suppressed=f"<{report.suppress_below}",
        )
    elif report.suppressed(e.removed):
        escalations.update(removed=None, removal_rate=None)
    return {
        "escalations": escalations,
        "referrals": [_count_line(report, r) for r in section.referrals],
    }


# ---- HTML and PDF -------------------------------------------------------------------------


def _count(report: Suppressing, n: int) -> str:
    return f"<{report.suppress_below}" if report.suppressed(n) else f"{n:,}"


def _rate(report: Suppressing, n: int, rate: float | None) -> str:
    return "" if rate is None or report.suppressed(n) else f"{rate:.1f}%"


def _days(report: Suppressing, n: int, days: float | None) -> str:
    if days is None or report.suppressed(n):
        return "–"
    return f"{days:g}"


@dataclass(frozen=True)
class ShownRow:
    label: str
    cells: tuple[str, ...]


@dataclass(frozen=True)
class ShownSection:
    title: str
    referrals_title: str
    definitions: str
    referral_note: str
    items: str
    removed: str
    removal_rate: str
    median_days: str
    platforms: list[ShownRow]
    outcomes: list[ShownRow]
    referrals: list[ShownRow]
    referral_total: str


def shown_section(report: Suppressing, section: PartnerSection | None) -> ShownSection | None:
    """The section as the HTML and PDF show it (numbers formatted, suppression applied)."""
    if section is None:
        return None
    e = section.escalations
    return ShownSection(
        title=TITLE_ESCALATIONS,
        referrals_title=TITLE_REFERRALS,
        definitions=DEFINITIONS,
        referral_note=REFERRAL_NOTE,
        items=_count(report, e.items),
        removed=_count(report, e.removed),
        removal_rate=_rate(report, e.items, e.removal_rate) or "–",
        median_days=_days(report, e.items, e.median_days_to_outcome),
        platforms=[
            ShownRow(
                p.label,
                (
                    _count(report, p.items),
                    _count(report, p.removed),
                    _rate(report, p.items, p.removal_rate),
                    _days(report, p.items, p.median_days_to_outcome),
                ),
            )
            for p in e.by_platform
        ],
        outcomes=[
            ShownRow(o.label, (_count(report, o.count), _rate(report, o.count, o.percent)))
            for o in e.outcomes
        ],
        referrals=[
            ShownRow(r.label, (_count(report, r.count), _rate(report, r.count, r.percent)))
            for r in section.referrals
        ],
        referral_total=_count(report, section.referral_total),
    )


# ---- XLSX ---------------------------------------------------------------------------------

SHEET_ESCALATIONS = "Escalations"
SHEET_REFERRALS = "Referrals"


@dataclass(frozen=True)
class Fraction:
    """A share written as a fraction with a percent format (the spreadsheet shows 94.20%)."""

    value: float


def _cell(report: Suppressing, n: int) -> object:
    return f"<{report.suppress_below}" if report.suppressed(n) else n


def _fraction(report: Suppressing, n: int, percent: float | None) -> object:
    return None if percent is None or report.suppressed(n) else Fraction(percent / 100.0)


def xlsx_rows(report: Suppressing, section: PartnerSection) -> dict[str, list[list[object]]]:
    """Sheet name -> rows: numbers as numbers, shares as Fraction."""
    e = section.escalations
    escalations: list[list[object]] = [
        [TITLE_ESCALATIONS],
        [DEFINITIONS],
        [],
        ["Items escalated", _cell(report, e.items)],
        ["Removed", _cell(report, e.removed)],
        ["Removal rate", _fraction(report, e.items, e.removal_rate)],
        [
            "Median days to outcome",
            None if report.suppressed(e.items) else e.median_days_to_outcome,
        ],
        [],
        ["Platform", "Items", "Removed", "Removal rate", "Median days to outcome"],
    ]
    for p in e.by_platform:
        escalations.append(
            [
                p.label,
                _cell(report, p.items),
                _cell(report, p.removed),
                _fraction(report, p.items, p.removal_rate),
                None if report.suppressed(p.items) else p.median_days_to_outcome,
            ]
        )
    escalations += [[], ["Outcome", "Items", "% of items"]]
    for o in e.outcomes:
        escalations.append([o.label, _cell(report, o.count), _fraction(report, o.count, o.percent)])
    referrals: list[list[object]] = [
        [TITLE_REFERRALS],
        [REFERRAL_NOTE],
        [],
        ["Service", "Referrals and signposts", "%"],
    ]
    for r in section.referrals:
        referrals.append([r.label, _cell(report, r.count), _fraction(report, r.count, r.percent)])
    referrals.append(["All services", _cell(report, section.referral_total), Fraction(1.0)])
    return {SHEET_ESCALATIONS: escalations, SHEET_REFERRALS: referrals}


def add_xlsx_sheets(
    workbook: Workbook, report: Suppressing, section: PartnerSection | None
) -> None:
    """Append the Escalations and Referrals sheets (nothing when there is no section)."""
    if section is None:
        return
    for name, rows in xlsx_rows(report, section).items():
        ws = workbook.create_sheet(name)
        for row in rows:
            ws.append([c.value if isinstance(c, Fraction) else c for c in row])
            for cell, value in zip(ws[ws.max_row], row, strict=False):
                if isinstance(value, Fraction):
                    cell.number_format = "0.00%"
        ws["A1"].font = Font(bold=True, size=13)
        ws.column_dimensions["A"].width = 36
        for col in "BCDE":
            ws.column_dimensions[col].width = 18
