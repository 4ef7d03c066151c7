"""The report as JSON, with the keys other tools read (see the report issue).

Suppressed counts (1 to N-1 with --suppress-below N) are written as "count": null,
"percent": null and "suppressed": "<N" (for the compared period: "compare_count": null,
"compare_percent": null, "compare_suppressed": "<N"). Zero is never suppressed.
Alongside the issue's keys, "table_info" says for each table how many cases it covers and
how many had no value recorded, and what its percentages are shares of ("percent_of").
"""

from __future__ import annotations

import json
from typing import Any

from casebook.analysis.model import Report
from casebook.analysis.report import table_rows
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
        "suppress_below": report.suppress_below,
        "tables": tables,
        "table_info": info,
        "words": report.words,
        "compare_words": report.compare_words,
        "appendix": [
            {
                "category": a.category,
                "cases": a.cases,
                "samples": [{"reference": s.reference, "text": s.text} for s in a.samples],
            }
            for a in report.appendix
        ]
        if report.appendix is not None
        else None,
        "appendix_note": report.appendix_note,
        **json_section(report, report.partners),
    }


def render_json(report: Report) -> str:
    return json.dumps(as_dict(report), indent=2, ensure_ascii=False) + "\n"
