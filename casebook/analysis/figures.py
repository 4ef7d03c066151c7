"""The report's figures, as SVG (crisp in the PDF and the page) and PNG (spreadsheets, slides).

Pure: no Django. Every figure is drawn from the Report's tables, so a figure can never show a
number the tables do not. Suppressed counts are drawn as an empty bar labelled "<N", and
suppressed regions are hatched grey on the map.
"""

from __future__ import annotations

import io
import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.collections import PatchCollection
from matplotlib.colors import Normalize
from matplotlib.patches import Polygon

from casebook.analysis.model import Figure, Report
from casebook.analysis.tables import TITLE_SETTINGS, Row, Table

DATA = Path(__file__).parent / "data"
ATTRIBUTION = (
    "Source: Office for National Statistics licensed under the Open Government Licence v.3.0. "
    "Contains OS data © Crown copyright and database right 2018."
)
INK = "#1f2937"
MUTED = "#6b7280"
P_COLOUR = "#0f5c8c"
Q_COLOUR = "#e39b3c"
SUPPRESSED = "#d1d5db"

plt.rcParams.update(
    {
        # Text stays text: selectable, small files, and a PDF four times faster than with
        # glyph outlines. DejaVu Sans ships with matplotlib and is embedded in the PDF.
        "svg.fonttype": "none",
        "svg.hashsalt": "casebook",  # stable element ids, reproducible files
        "font.family": "DejaVu Sans",
        "font.size": 9,
        "axes.edgecolor": "#9ca3af",
        "axes.labelcolor": INK,
        "xtick.color": MUTED,
        "ytick.color": INK,
        "axes.spines.top": False,
        "axes.spines.right": False,
    }
)


def _save(fig: Any, name: str, title: str, alt: str, caption: str = "") -> Figure:
    svg = io.StringIO()
    fig.savefig(svg, format="svg", bbox_inches="tight", metadata={"Date": None})
    png = io.BytesIO()
    fig.savefig(png, format="png", dpi=150, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    return Figure(
        name=name, title=title, alt=alt, svg=svg.getvalue(), png=png.getvalue(), caption=caption
    )


def _period_names(report: Report) -> tuple[str, str | None]:
    return report.period.label(), report.compare.label() if report.compare else None


def bars(
    report: Report,
    table: Table,
    *,
    name: str,
    title: str,
    max_rows: int = 25,
    series_names: tuple[str, str | None] | None = None,
    alt: str | None = None,
) -> Figure:
    """Horizontal bars of each row's share, P beside Q (or the two `series_names`: a row's
    count and compare_count), labelled with the count; the axis says what the share is of."""
    rows = table.rows[:max_rows]
    has_q = any(r.compare_count is not None for r in rows)
    p_name, q_name = series_names or _period_names(report)
    # Two bars a row need room for two count labels, one above the other, that do not touch.
    height = max(1.6, (0.32 if has_q else 0.24) * len(rows) + 0.8)
    fig, ax = plt.subplots(figsize=(7.2, height))
    ys = list(range(len(rows)))
    bar_h = 0.4 if has_q else 0.62
    series = [(p_name, P_COLOUR, [(r.count, r.percent) for r in rows], -bar_h / 2 if has_q else 0)]
    if has_q:
        series.append(
            (
                q_name or "",
                Q_COLOUR,
                [(r.compare_count or 0, r.compare_percent or 0.0) for r in rows],
                bar_h / 2,
            )
        )
    top = max([pct for _, _, vals, _ in series for _, pct in vals] + [1.0])
    for label, colour, vals, offset in series:
        widths = [0.0 if report.suppressed(c) else pct for c, pct in vals]
        ax.barh([y + offset for y in ys], widths, height=bar_h, color=colour, label=label)
        for y, (c, _pct), w in zip(ys, vals, widths, strict=True):
            text = report.count_text(c)
            ax.text(w + top * 0.01, y + offset, text, va="center", fontsize=7, color=MUTED)
    ax.set_yticks(ys, [r.label for r in rows])
    ax.invert_yaxis()
    ax.set_xlim(0, top * 1.15)
    ax.set_xlabel(f"% of {table.percent_of}")
    ax.grid(axis="x", color="#e5e7eb", linewidth=0.6)
    ax.set_axisbelow(True)
    if has_q:
        ax.legend(frameon=False, loc="lower left", bbox_to_anchor=(0, 1.0), ncols=2, fontsize=8)
    if alt is None:
        alt = f"{title}: " + "; ".join(f"{r.label} {report.count_text(r.count)}" for r in rows)
    return _save(fig, name, title, alt)


def setting_categories(report: Report) -> Figure:
    """Table 4 as one picture: each category's share of secondary school cases beside its share
    of primary school cases (as the published report sets the two settings side by side)."""
    sec = report.tables.setting_categories["secondary"]
    pri = report.tables.setting_categories["primary"]
    rows = [
        Row(
            label=s.label,
            count=s.count,
            percent=s.percent,
            compare_count=p.count,
            compare_percent=p.percent,
        )
        for s, p in zip(sec.rows, pri.rows, strict=True)
    ]
    both = Table(
        key="setting_categories",
        title=TITLE_SETTINGS,
        rows=rows,
        covers=sec.covers,
        not_recorded=sec.not_recorded,
        percent_of="each setting's cases",
    )
    names = (f"Secondary schools ({sec.covers:,} cases)", f"Primary schools ({pri.covers:,} cases)")
    alt = f"{TITLE_SETTINGS}, cases (secondary / primary): " + "; ".join(
        f"{r.label} {report.count_text(r.count)} / {report.count_text(r.compare_count)}"
        for r in rows
    )
    return bars(
        report, both, name="setting_categories", title=TITLE_SETTINGS, series_names=names, alt=alt
    )


def monthly(report: Report) -> Figure:
    table = report.tables.monthly
    p_name, q_name = _period_names(report)
    fig, ax = plt.subplots(figsize=(7.2, 2.8))
    xs = list(range(len(table.rows)))
    has_q = report.compare is not None
    w = 0.4 if has_q else 0.7
    pc = [0 if report.suppressed(r.count) else r.count for r in table.rows]
    ax.bar([x - (w / 2 if has_q else 0) for x in xs], pc, width=w, color=P_COLOUR, label=p_name)
    if has_q:
        qc = [
            0 if report.suppressed(r.compare_count) else (r.compare_count or 0) for r in table.rows
        ]
        ax.bar([x + w / 2 for x in xs], qc, width=w, color=Q_COLOUR, label=q_name)
        ax.legend(frameon=False, loc="lower left", bbox_to_anchor=(0, 1.0), ncols=2, fontsize=8)

    def short(label: str | None) -> str:
        return f"{label[:3]} {label[-2:]}" if label else ""

    labels = [short(r.label) + (f"\n{short(r.compare_label)}" if has_q else "") for r in table.rows]
    ax.set_xticks(xs, labels, fontsize=6.5)
    ax.tick_params(axis="x", colors=MUTED)
    ax.set_ylabel("Cases")
    ax.grid(axis="y", color="#e5e7eb", linewidth=0.6)
    ax.set_axisbelow(True)
    alt = "Cases per month: " + "; ".join(
        f"{r.label} {report.count_text(r.count)}" for r in table.rows if r.label
    )
    return _save(fig, "monthly", "Volume by month", alt)


@lru_cache(maxsize=1)
def regions() -> list[tuple[str, str, list[list[tuple[float, float]]]]]:
    """(code, name, rings) of the 12 regions, projected to a flat map (equirectangular, scaled
    at 54.5 N, which is close enough for a picture of the UK)."""
    raw = json.loads((DATA / "uk-regions-itl1.geojson").read_text())
    k = math.cos(math.radians(54.5))
    out = []
    for f in raw["features"]:
        rings = [[(x * k, y) for x, y in poly[0]] for poly in f["geometry"]["coordinates"]]
        out.append((f["properties"]["code"], f["properties"]["name"], rings))
    return out


def region_map(report: Report, labels_by_code: dict[str, str]) -> Figure:
    """Two maps, P and Q, coloured by each region's share of cases with a known UK region,
    on one shared scale so the colours compare."""
    table = report.tables.region
    by_label = {r.label: r for r in table.rows}
    p_name, q_name = _period_names(report)
    panels: list[tuple[str, dict[str, tuple[int, float]]]] = []
    for which, title in (("p", p_name), ("q", q_name)):
        if which == "q" and report.compare is None:
            continue
        values: dict[str, tuple[int, float]] = {}
        known = 0
        for code, label in labels_by_code.items():
            r = by_label.get(label)
            c = (r.count if which == "p" else r.compare_count or 0) if r else 0
            values[code] = (c, 0.0)
            known += c
        values = {code: (c, 100.0 * c / known if known else 0.0) for code, (c, _) in values.items()}
        panels.append((title or "", values))
    top = max([pct for _, v in panels for c, pct in v.values() if not report.suppressed(c)] + [1.0])
    norm = Normalize(vmin=0, vmax=top)
    cmap = plt.get_cmap("YlGnBu")
    fig, axes = plt.subplots(1, len(panels), figsize=(3.6 * len(panels), 5.2))
    axes = list(axes) if len(panels) > 1 else [axes]
    for ax, (title, values) in zip(axes, panels, strict=True):
        patches, colours, hatched = [], [], []
        for code, _name, rings in regions():
            c, pct = values.get(code, (0, 0.0))
            for ring in rings:
                poly = Polygon(ring, closed=True)
                if report.suppressed(c):
                    hatched.append(poly)
                else:
                    patches.append(poly)
                    colours.append(cmap(norm(pct)))
        ax.add_collection(
            PatchCollection(patches, facecolor=colours, edgecolor="white", linewidth=0.4)
        )
        if hatched:
            ax.add_collection(
                PatchCollection(
                    hatched, facecolor=SUPPRESSED, edgecolor="white", hatch="////", linewidth=0.4
                )
            )
        ax.set_xlim(-8.8 * math.cos(math.radians(54.5)), 2.0 * math.cos(math.radians(54.5)))
        ax.set_ylim(49.8, 60.95)
        ax.set_aspect("equal")
        ax.axis("off")
        ax.set_title(title, fontsize=10, color=INK)
    bar = fig.colorbar(
        plt.cm.ScalarMappable(norm=norm, cmap=cmap),
        ax=axes,
        orientation="horizontal",
        fraction=0.04,
        pad=0.02,
    )
    bar.set_label("% of the period's cases with a known UK region", fontsize=8)
    note = ATTRIBUTION
    if report.suppress_below:
        note = f"Hatched: fewer than {report.suppress_below} cases. " + note
    fig.text(0.5, 0.005, note, ha="center", va="bottom", fontsize=5.5, color=MUTED, wrap=True)
    alt = "Map of the 12 UK regions shaded by share of cases: " + "; ".join(
        f"{r.label} {report.count_text(r.count)}" for r in table.rows
    )
    return _save(fig, "region_map", "Cases by region", alt, caption=ATTRIBUTION)


CLOUD_COLOURS = ("#0f5c8c", "#1e3a5f", "#2a7ab0", "#b45309", "#374151", "#0e7490")


def _word_colour(word: str, *args: Any, **kwargs: Any) -> str:
    # By the word itself, not at random: the same word has the same colour in both clouds.
    return CLOUD_COLOURS[sum(word.encode()) % len(CLOUD_COLOURS)]


def word_cloud(words: dict[str, int], *, name: str, title: str) -> Figure:
    """A deterministic word cloud (fixed seed, bundled font) of subject-heading words."""
    from wordcloud import WordCloud

    fig, ax = plt.subplots(figsize=(7.2, 3.6))
    ax.axis("off")
    if words:
        cloud = WordCloud(
            width=1200,
            height=600,
            background_color="white",
            random_state=2022,
            color_func=_word_colour,
            prefer_horizontal=0.95,
            max_words=80,
            relative_scaling=0.5,
        ).generate_from_frequencies(words)
        ax.imshow(cloud.to_array(), interpolation="bilinear")
    else:
        ax.text(0.5, 0.5, "Too few subject headings to show", ha="center", va="center", color=MUTED)
    top = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    alt = f"{title}. Most frequent words: " + ", ".join(f"{w} ({c})" for w, c in top)
    return _save(fig, name, title, alt)


def make_figures(report: Report) -> dict[str, Figure]:
    t = report.tables
    mapped = {code for code, _, _ in regions()}
    region_codes = {c: label for c, label in report.region_labels.items() if c in mapped}
    figs = [
        bars(report, t.channel, name="channel", title="Contacts by channel"),
        bars(report, t.enquirer_type, name="enquirer_type", title="Type of enquirer"),
        bars(report, t.setting_type, name="setting_type", title="Type of setting"),
        region_map(report, region_codes),
        word_cloud(
            report.words, name="words", title="Subject headings, " + _period_names(report)[0]
        ),
    ]
    if report.compare_words is not None:
        figs.append(
            word_cloud(
                report.compare_words,
                name="compare_words",
                title="Subject headings, " + (_period_names(report)[1] or ""),
            )
        )
    figs += [
        bars(report, t.categories, name="categories", title="Nature of enquiries"),
        setting_categories(report),
        monthly(report),
        bars(report, t.platforms, name="platforms", title="Platforms mentioned"),
    ]
    return {f.name: f for f in figs}
