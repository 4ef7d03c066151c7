"""Every table of the annual report, for a period P optionally compared with a period Q.

Pure: no Django. Periods are half-open, [start, end) on the Europe/London date a case was
opened. Percentages are unrounded shares of the period's cases (for the primary and secondary
school category tables, of that setting's cases: each table's `percent_of` says which);
rounding is the renderers' business. Every table carries how many cases it covers and how
many had no value recorded, so its rows reconcile with the period's total:
for single-valued tables the rows (including "Not recorded") add up to the cases covered;
for categories and platforms a case can carry several labels, so rows add up to more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt

from casebook.analysis.facts import Facts, date_to_day, day_to_date

Mask = npt.NDArray[np.bool_]

SINGLE_TABLES = {
    "channel": "Contacts by channel",
    "enquirer_type": "Type of enquirer",
    "setting_type": "Type of setting",
    "region": "Region",
}
SETTINGS_COMPARED = {"primary": "Primary school", "secondary": "Secondary school"}
# The published report's Table 4: the two settings' category tables side by side.
TITLE_SETTINGS = "Nature of enquiries from primary and secondary schools"
MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # exclusive

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"the period must end after it starts ({self.start} .. {self.end})")

    def mask(self, facts: Facts) -> Mask:
        days = facts.opened_on
        result: Mask = (days >= date_to_day(self.start)) & (days < date_to_day(self.end))
        return result

    def months(self) -> list[tuple[int, int]]:
        """(year, month) of every calendar month the period touches, in order."""
        last = day_to_date(date_to_day(self.end) - 1)
        out = []
        y, m = self.start.year, self.start.month
        while (y, m) <= (last.year, last.month):
            out.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    def label(self) -> str:
        """For readers: the first and last day included, e.g. "1 Nov 2021 to 31 Oct 2022"."""
        last = day_to_date(date_to_day(self.end) - 1)
        return f"{self.start.day} {self.start:%b %Y} to {last.day} {last:%b %Y}"

    def __str__(self) -> str:
        return f"{self.start:%Y-%m-%d} to {self.end:%Y-%m-%d}"


@dataclass(frozen=True)
class Row:
    label: str
    count: int
    percent: float
    compare_count: int | None = None
    compare_percent: float | None = None
    # Only the monthly table uses this: the compared period's month on the same row.
    compare_label: str | None = None


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    rows: list[Row]
    covers: int  # cases in P the table is about (the percentage base)
    not_recorded: int  # of those, how many had no value
    compare_covers: int | None = None
    compare_not_recorded: int | None = None
    multi_label: bool = False
    note: str = ""
    # What each percentage is a share of, in words ("the period's cases"), for every label.
    percent_of: str = "the period's cases"


def _pct(count: int, base: int) -> float:
    return 100.0 * count / base if base else 0.0


def _bincount(codes: npt.NDArray[np.int16], mask: Mask, size: int) -> list[int]:
    counts: list[int] = np.bincount(codes[mask], minlength=size).tolist()
    return counts


def _rows(
    labels: list[str],
    counts: list[int],
    base: int,
    compare: list[int] | None,
    compare_base: int | None,
) -> list[Row]:
    rows = []
    for i, label in enumerate(labels):
        cc = compare[i] if compare is not None else None
        rows.append(
            Row(
                label=label,
                count=counts[i],
                percent=_pct(counts[i], base),
                compare_count=cc,
                compare_percent=_pct(cc, compare_base or 0) if cc is not None else None,
            )
        )
    return rows


def single_table(facts: Facts, name: str, p: Mask, q: Mask | None) -> Table:
    """Channel, enquirer type, setting type or region: one value per case. Every label is
    shown (even at zero), with "Not recorded" last so the rows add up to the total."""
    dim = facts.vocab.dimension(name)
    codes = facts.codes[name]
    size = len(dim.codes)
    counts = _bincount(codes, p, size)
    qcounts = _bincount(codes, q, size) if q is not None else None
    order = [i for i in range(size) if i != dim.missing] + [dim.missing]
    n_p = int(p.sum())
    n_q = int(q.sum()) if q is not None else None
    rows = _rows(
        [dim.labels[i] for i in order],
        [counts[i] for i in order],
        n_p,
        [qcounts[i] for i in order] if qcounts is not None else None,
        n_q,
    )
    return Table(
        key=name,
        title=SINGLE_TABLES[name],
        rows=rows,
        covers=n_p,
        not_recorded=counts[dim.missing],
        compare_covers=n_q,
        compare_not_recorded=qcounts[dim.missing] if qcounts is not None else None,
    )


def multi_table(
    key: str,
    title: str,
    labels: tuple[str, ...],
    matrix: npt.NDArray[np.bool_],
    p: Mask,
    q: Mask | None,
    note: str,
) -> Table:
    """Categories or platforms: each case counts once under each label it carries. Rows are
    sorted by P's volume (ties in vocabulary order); labels unused in both periods are left out."""
    counts: list[int] = matrix[p].sum(axis=0).tolist()
    qcounts: list[int] | None = matrix[q].sum(axis=0).tolist() if q is not None else None
    n_p = int(p.sum())
    n_q = int(q.sum()) if q is not None else None
    none_p = int((~matrix[p].any(axis=1)).sum())
    none_q = int((~matrix[q].any(axis=1)).sum()) if q is not None else None
    keep = [i for i in range(len(labels)) if counts[i] or (qcounts is not None and qcounts[i])]
    keep.sort(key=lambda i: (-counts[i], -(qcounts[i] if qcounts else 0), i))
    rows = _rows(
        [labels[i] for i in keep],
        [counts[i] for i in keep],
        n_p,
        [qcounts[i] for i in keep] if qcounts is not None else None,
        n_q,
    )
    return Table(
        key=key,
        title=title,
        rows=rows,
        covers=n_p,
        not_recorded=none_p,
        compare_covers=n_q,
        compare_not_recorded=none_q,
        multi_label=True,
        note=note,
    )


def monthly_table(facts: Facts, period: Period, p: Mask, compare: Period | None) -> Table:
    """Volume by calendar month. Row i holds P's i-th month beside Q's i-th month (so a year
    lines up with the year before); compare_label names Q's month."""

    def per_month(per: Period) -> tuple[list[str], list[int]]:
        months = per.months()
        days = facts.opened_on[per.mask(facts)]
        # Month index of each case: months since the period's first month.
        dates = days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
        first = (months[0][0] - 1970) * 12 + months[0][1] - 1
        counts: list[int] = np.bincount(dates - first, minlength=len(months)).tolist()
        return [f"{MONTH_NAMES[m - 1]} {y}" for y, m in months], counts

    labels, counts = per_month(period)
    n_p = int(p.sum())
    qlabels: list[str] = []
    qcounts: list[int] = []
    n_q: int | None = None
    if compare is not None:
        qlabels, qcounts = per_month(compare)
        n_q = sum(qcounts)
    rows = []
    for i in range(max(len(labels), len(qlabels))):
        count = counts[i] if i < len(labels) else 0
        cc: int | None = None
        if compare is not None:
            cc = qcounts[i] if i < len(qcounts) else 0
        rows.append(
            Row(
                label=labels[i] if i < len(labels) else "",
                count=count,
                percent=_pct(count, n_p),
                compare_count=cc,
                compare_percent=_pct(cc, n_q or 0) if cc is not None else None,
                compare_label=(qlabels[i] if i < len(qlabels) else "")
                if compare is not None
                else None,
            )
        )
    return Table(
        key="monthly",
        title="Volume by month",
        rows=rows,
        covers=n_p,
        not_recorded=0,
        compare_covers=n_q,
        compare_not_recorded=0 if compare is not None else None,
        note="Months are aligned by position: the first month of each period on the first row.",
    )


def setting_categories(facts: Facts, p: Mask, category_order: list[str]) -> dict[str, Table]:
    """For primary and secondary schools in P: each category's volume and its share of that
    setting's cases. Rows follow category_order; categories unused in both are left out."""
    dim = facts.vocab.setting_type
    codes = facts.codes["setting_type"]
    cat_index = {c: i for i, c in enumerate(facts.vocab.categories)}
    per_setting: dict[str, tuple[list[int], int, int]] = {}
    for code in SETTINGS_COMPARED:
        m = p & (codes == dim.codes.index(code)) if code in dim.codes else p & False
        sub = facts.categories[m]
        per_setting[code] = (
            sub.sum(axis=0).tolist(),
            int(m.sum()),
            int((~sub.any(axis=1)).sum()),
        )
    used = [c for c in category_order if any(per_setting[s][0][cat_index[c]] for s in per_setting)]
    out = {}
    for code, title in SETTINGS_COMPARED.items():
        counts, base, none = per_setting[code]
        out[code] = Table(
            key=f"setting_categories.{code}",
            title=f"Nature of enquiries from {title.lower()}s",
            rows=[
                Row(label=c, count=counts[cat_index[c]], percent=_pct(counts[cat_index[c]], base))
                for c in used
            ],
            covers=base,
            not_recorded=none,
            multi_label=True,
            note=f"Percent of {title.lower()} cases in the period; a case can carry several "
            "categories.",
            percent_of=f"the {title.lower()} cases",
        )
    return out


CATEGORY_NOTE = (
    "A case can carry several categories, so the counts add up to more than the number of "
    "cases; each percentage is a share of all the period's cases."
)
PLATFORM_NOTE = "Share of the period's cases that name each platform; a case can name several."


@dataclass(frozen=True)
class Tables:
    period: Period
    compare: Period | None
    cases: int
    compare_cases: int | None
    channel: Table
    enquirer_type: Table
    setting_type: Table
    region: Table
    categories: Table
    platforms: Table
    monthly: Table
    setting_categories: dict[str, Table]

    def all(self) -> list[Table]:
        """Every table, in the report's order."""
        return [
            self.channel,
            self.enquirer_type,
            self.setting_type,
            self.region,
            self.categories,
            self.setting_categories["primary"],
            self.setting_categories["secondary"],
            self.monthly,
            self.platforms,
        ]


def build_tables(facts: Facts, period: Period, compare: Period | None = None) -> Tables:
    p = period.mask(facts)
    q = compare.mask(facts) if compare is not None else None
    categories = multi_table(
        "categories",
        "Nature of enquiries",
        facts.vocab.categories,
        facts.categories,
        p,
        q,
        CATEGORY_NOTE,
    )
    return Tables(
        period=period,
        compare=compare,
        cases=int(p.sum()),
        compare_cases=int(q.sum()) if q is not None else None,
        channel=single_table(facts, "channel", p, q),
        enquirer_type=single_table(facts, "enquirer_type", p, q),
        setting_type=single_table(facts, "setting_type", p, q),
        region=single_table(facts, "region", p, q),
        categories=categories,
        platforms=multi_table(
            "platforms",
            "Platforms mentioned",
            facts.vocab.platforms,
            facts.platforms,
            p,
            q,
            PLATFORM_NOTE,
        ),
        monthly=monthly_table(facts, period, p, compare),
        setting_categories=setting_categories(facts, p, [r.label for r in categories.rows]),
    )
