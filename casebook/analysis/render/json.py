"""The report as JSON, with the keys other tools read (see the report issue).

Suppressed counts (1 to N-1 with --suppress-below N) are written as "count": null,
"percent": null and "suppressed": "<N" (for the compared period: "compare_count": null,
"compare_percent": null, "compare_suppressed": "<N"). Zero is never suppressed.
"status" is "draft" until a supervisor signs the published text off ("approval" then says
who and when). Alongside the issue's keys, "table_info" says for each table how many cases it
covers and how many had no value recorded, and what its percentages are shares of
("percent_of").

"service_levels" (null when the input has no response times) holds exactly the keys
target_working_hours, cases, answered, within_target, percent_within_target,
median_working_minutes, p90_working_minutes, by_month, by_channel and by_enquirer_type; each
list holds rows with exactly label, cases, answered, within_target, percent_within_target and
median_working_minutes, and each list's cases and within_target add up to the totals. With
--suppress-below N, a row whose cases, answered or within_target is 1 to N-1 has those counts,
its percentage and its median as null (the totals are kept).
"""

from __future__ import annotations

import json
from typing import Any

from casebook.analysis.model import Report
from casebook.analysis.report import table_rows
from casebook.analysis.service_levels import LevelRow
from casebook.analysis.tables import Table
from casebook.partners.reporting import json_section


def _info(report: Report, t: Table) -> dict[str, Any]:
    return {
        "title": t.title,
        "covers": t.covers,
        "not_recorded": None if report.suppressed(t.not_recorded) else t.not_recorded,
        "compare_covers": t.compare_covers,
        "compare_not_recorded": None
        if report.suppressed(t.compare_not_recorded)
        else t.compare_not_recorded,
        "multi_label": t.multi_label,
        "note": t.note,
        "percent_of": t.percent_of,
    }


def _level_row(report: Report, row: LevelRow) -> dict[str, Any]:
    out: dict[str, Any] = {
        "label": row.label,
        "cases": row.cases,
        "answered": row.answered,
        "within_target": row.within_target,
        "percent_within_target": row.percent_within_target,
        "median_working_minutes": row.median_working_minutes,
    }
    if any(report.suppressed(out[k]) for k in ("cases", "answered", "within_target")):
        for key in ("cases", "answered", "within_target"):
            if report.suppressed(out[key]):
                out[key] = None
        out["percent_within_target"] = out["median_working_minutes"] = None
    return out


def service_levels_dict(report: Report) -> dict[str, Any] | None:
    levels = report.service_levels
    if levels is None:
        return None
    return {
        "target_working_hours": levels.target_working_hours,
        "cases": levels.cases,
        "answered": levels.answered,
        "within_target": levels.within_target,
        "percent_within_target": levels.percent_within_target,
        "median_working_minutes": levels.median_working_minutes,
        "p90_working_minutes": levels.p90_working_minutes,
        **{
            name: [_level_row(report, row) for row in rows]
            for name, rows in levels.breakdowns().items()
        },
    }


def as_dict(report: Report) -> dict[str, Any]:
    t = report.tables
    single = {
        name: getattr(t, name)
        for name in (
            "channel",
            "enquirer_type",
            "setting_type",
            "region",
            "categories",
            "platforms",
            "monthly",
        )
    }
    tables: dict[str, Any] = {name: table_rows(report, table) for name, table in single.items()}
    tables["setting_categories"] = {
        k: table_rows(report, v) for k, v in t.setting_categories.items()
    }
    info: dict[str, Any] = {name: _info(report, table) for name, table in single.items()}
    info["setting_categories"] = {k: _info(report, v) for k, v in t.setting_categories.items()}
    return {
        "period": {
            "from": t.period.start.isoformat(),
            "to": t.period.end.isoformat(),
            "cases": t.cases,
        },
        "compare": {
            "from": t.compare.start.isoformat(),
            "to": t.compare.end.isoformat(),
            "cases": t.compare_cases,
        }
        if t.compare is not None
        else None,
        "status": "draft" if report.draft else "approved",
        "approval": {"by": report.approval.by, "at": report.approval.at}
        if report.approval is not None
        else None,
        "suppress_below": report.suppress_below,
        "tables": tables,
        "table_info": info,
        "words": report.words,
        "compare_words": report.compare_words,
        "appendix": [
            {
                "category": a.category,
                "cases": a.cases,
                # No case reference: an internal reference is never published.
                "samples": [{"text": s.text} for s in a.samples],
            }
            for a in report.appendix
        ]
        if report.appendix is not None
        else None,
        "appendix_note": report.appendix_note,
        "service_levels": service_levels_dict(report),
        **json_section(report, report.partners),
    }


def render_json(report: Report) -> str:
    return json.dumps(as_dict(report), indent=2, ensure_ascii=False) + "\n"
