"""The report as one self-contained HTML file (figures embedded as data URIs), readable on a
phone and printable. The PDF is the same page with a cover and page furniture (pdf.py), and
the web UI shows the same body (views.py), so every format shows the same numbers.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

from casebook.analysis.model import Figure, Report
from casebook.analysis.service_levels import LevelRow
from casebook.analysis.tables import SETTINGS_COMPARED, TITLE_SETTINGS, Table
from casebook.partners.reporting import shown_section

INTROS = {
    "channel": "How enquirers reached the helpline.",
    "enquirer_type": "Who contacted the helpline, as recorded on each case.",
    "setting_type": "The kind of setting the enquirer works in. Enquirers outside schools, "
    "such as police or parents, often have no setting.",
    "region": "Where enquirers are based, by UK region.",
    "categories": "The nature of enquiries, by the helpline's categories.",
    "setting_categories.primary": "Categories of enquiries from primary schools.",
    "setting_categories.secondary": "Categories of enquiries from secondary schools.",
    "monthly": "Cases opened in each month.",
    "platforms": "Platforms and services named in the cases.",
}
FIGURE_FOR = {
    "channel": "channel",
    "enquirer_type": "enquirer_type",
    "setting_type": "setting_type",
    "region": "region_map",
    "categories": "categories",
    "monthly": "monthly",
    "platforms": "platforms",
}


# The heading of each table's first column (what its rows are).
ROW_HEADINGS = {
    "channel": "Channel",
    "enquirer_type": "Enquirer",
    "setting_type": "Setting",
    "region": "Region",
    "categories": "Category",
    "setting_categories.primary": "Category",
    "setting_categories.secondary": "Category",
    "monthly": "Month",
    "platforms": "Platform",
}


@dataclass(frozen=True)
class ShownRow:
    label: str
    count: str
    percent: str
    compare_label: str
    compare_count: str
    compare_percent: str


@dataclass(frozen=True)
class ShownTable:
    key: str
    anchor: str
    title: str
    heading: str
    intro: str
    note: str
    covers: str
    not_recorded: str
    compare_covers: str
    compare_not_recorded: str
    rows: list[ShownRow]
    has_compare: bool
    base: str
    figure: ShownFigure | None


@dataclass(frozen=True)
class ShownFigure:
    title: str
    alt: str
    src: str
    caption: str


def figure_src(fig: Figure, *, prefer_png: bool = False) -> str:
    if prefer_png:
        return "data:image/png;base64," + base64.b64encode(fig.png).decode()
    return "data:image/svg+xml;base64," + base64.b64encode(fig.svg.encode()).decode()


def shown_figure(report: Report, name: str, *, prefer_png: bool = False) -> ShownFigure | None:
    fig = report.figures.get(name)
    if fig is None:
        return None
    return ShownFigure(fig.title, fig.alt, figure_src(fig, prefer_png=prefer_png), fig.caption)


def shown_table(report: Report, table: Table, *, prefer_png: bool = False) -> ShownTable:
    has_compare = table.compare_covers is not None
    rows = [
        ShownRow(
            label=r.label or "–",
            count=report.count_text(r.count),
            percent=report.percent_text(r.count, r.percent),
            compare_label=r.compare_label or "",
            compare_count=report.count_text(r.compare_count),
            compare_percent=report.percent_text(r.compare_count, r.compare_percent),
        )
        for r in table.rows
    ]
    return ShownTable(
        key=table.key,
        anchor=table.key.replace(".", "-").replace("_", "-"),
        title=table.title,
        heading=ROW_HEADINGS.get(table.key, ""),
        intro=INTROS.get(table.key, ""),
        note=table.note,
        covers=f"{table.covers:,}",
        not_recorded=report.count_text(table.not_recorded),
        compare_covers=f"{table.compare_covers:,}" if table.compare_covers is not None else "",
        compare_not_recorded=report.count_text(table.compare_not_recorded),
        rows=rows,
        has_compare=has_compare,
        base=table.percent_of,
        figure=shown_figure(report, FIGURE_FOR.get(table.key, ""), prefer_png=prefer_png),
    )


@dataclass(frozen=True)
class ShownSetting:
    name: str  # "Secondary schools"
    covers: str
    percent_of: str


@dataclass(frozen=True)
class ShownSettingRow:
    label: str
    cells: list[tuple[str, str]]  # (count, percent) per setting, in ShownSettings.settings order


@dataclass(frozen=True)
class ShownSettings:
    """The published report's Table 4: secondary and primary schools side by side."""

    title: str
    intro: str
    settings: list[ShownSetting]
    rows: list[ShownSettingRow]
    note: str
    figure: ShownFigure | None


def shown_settings(report: Report, *, prefer_png: bool = False) -> ShownSettings:
    order = ["secondary", "primary"]  # as published
    tables = [report.tables.setting_categories[k] for k in order]
    labels = [r.label for r in tables[0].rows]
    rows = [
        ShownSettingRow(
            label=label,
            cells=[
                (
                    report.count_text(t.rows[i].count),
                    report.percent_text(t.rows[i].count, t.rows[i].percent),
                )
                for t in tables
            ],
        )
        for i, label in enumerate(labels)
    ]
    settings = [
        ShownSetting(
            name=SETTINGS_COMPARED[k] + "s",
            covers=f"{t.covers:,}",
            percent_of=t.percent_of,
        )
        for k, t in zip(order, tables, strict=True)
    ]
    bases = " and ".join(f"{s.name.lower()} {s.covers}" for s in settings)
    none = ", ".join(
        f"{report.count_text(t.not_recorded) or '0'} of the {s.name.lower()}' cases"
        for s, t in zip(settings, tables, strict=True)
    )
    return ShownSettings(
        title=TITLE_SETTINGS,
        intro="The nature of enquiries from secondary and from primary schools, side by side. "
        "Each percentage is a share of that setting's cases in the period, so the two columns "
        "compare despite their different volumes.",
        settings=settings,
        rows=rows,
        note=f"Cases: {bases}; with no category recorded: {none}. Percentages are of each "
        "setting's cases. A case can carry several categories, so a column adds up to more "
        "than 100%.",
        figure=shown_figure(report, "setting_categories", prefer_png=prefer_png),
    )


@dataclass(frozen=True)
class ShownLevelRow:
    label: str
    cases: str
    answered: str
    within_target: str
    percent: str
    median: str


@dataclass(frozen=True)
class ShownLevels:
    target: str
    cases: str
    answered: str
    within_target: str
    percent: str
    median: str
    p90: str
    # (anchor, title, the first column's heading, rows)
    breakdowns: list[tuple[str, str, str, list[ShownLevelRow]]]


def _minutes(value: float | None) -> str:
    if value is None:
        return "–"
    hours, minutes = divmod(round(value), 60)
    return f"{hours} h {minutes:02d}" if hours else f"{minutes} min"


def shown_levels(report: Report) -> ShownLevels | None:
    levels = report.service_levels
    if levels is None:
        return None

    def row(r: LevelRow) -> ShownLevelRow:
        hidden = any(report.suppressed(n) for n in (r.cases, r.answered, r.within_target))
        return ShownLevelRow(
            label=r.label or "–",
            cases=report.count_text(r.cases),
            answered=report.count_text(r.answered),
            within_target=report.count_text(r.within_target),
            percent=""
            if hidden
            else "–"
            if r.percent_within_target is None
            else f"{r.percent_within_target:.1f}%",
            median="" if hidden else _minutes(r.median_working_minutes),
        )

    titles = {
        "by_month": ("By month", "Month"),
        "by_channel": ("By channel", "Channel"),
        "by_enquirer_type": ("By type of enquirer", "Enquirer"),
    }
    return ShownLevels(
        target=f"{levels.target_working_hours:g}",
        cases=f"{levels.cases:,}",
        answered=f"{levels.answered:,}",
        within_target=f"{levels.within_target:,}",
        percent="–"
        if levels.percent_within_target is None
        else f"{levels.percent_within_target:.1f}%",
        median=_minutes(levels.median_working_minutes),
        p90=_minutes(levels.p90_working_minutes),
        breakdowns=[
            (f"service-levels-{name.replace('_', '-')}", *titles[name], [row(r) for r in rows])
            for name, rows in levels.breakdowns().items()
        ],
    )


def context(report: Report, *, prefer_png: bool = False) -> dict[str, object]:
    t = report.tables
    change = None
    if t.compare_cases:
        change = 100.0 * (t.cases - t.compare_cases) / t.compare_cases
    channels = [(r.label, report.count_text(r.count)) for r in t.channel.rows if r.count]
    return {
        "report": report,
        "period_label": report.period.label(),
        "compare_label": report.compare.label() if report.compare else "",
        "cases": f"{t.cases:,}",
        "compare_cases": f"{t.compare_cases:,}" if t.compare_cases is not None else "",
        "change": f"{change:+.0f}%" if change is not None else "",
        "channels": channels,
        "tables": {
            tb.key.replace("setting_categories.", "setting_"): shown_table(
                report, tb, prefer_png=prefer_png
            )
            for tb in t.all()
        },
        # Word clouds are pictures of text either way: the PNG is lighter than an SVG
        # wrapping the same bitmap, and the PDF renders it far faster.
        "words": shown_figure(report, "words", prefer_png=True),
        "compare_words": shown_figure(report, "compare_words", prefer_png=True),
        "settings": shown_settings(report, prefer_png=prefer_png),
        "suppress_below": report.suppress_below,
        "levels": shown_levels(report),
        "partners": shown_section(report, report.partners),
    }


def report_css(*, pdf: bool) -> str:
    """The report's stylesheets as one text, to inline in the file (the web page links them)."""
    names = (
        ["analysis/report.css"] if pdf else ["analysis/report.css", "analysis/report-screen.css"]
    )
    texts = []
    for name in names:
        found = finders.find(name)
        if not isinstance(found, str):
            raise FileNotFoundError(f"static file {name} is missing")
        texts.append(Path(found).read_text(encoding="utf-8"))
    return "\n".join(texts)


def standalone_policy(css: str) -> str:
    """The Content-Security-Policy of the self-contained report file.

    The file is opened from disk, mailed on and served as a download, far from our headers,
    so it carries its own policy in a meta element: no script at all, no requests anywhere,
    images only as data: URIs, and exactly the one inline stylesheet we wrote (by its hash).
    """
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    return (
        f"default-src 'none'; img-src data:; style-src 'sha256-{digest}'; "
        "base-uri 'none'; form-action 'none'"
    )


def render_html(report: Report) -> str:
    css = report_css(pdf=False)
    return render_to_string(
        "analysis/report.html",
        {
            **context(report),
            "standalone": True,
            "report_css": css,
            "report_policy": standalone_policy(css),
        },
    )
