"""Service levels: how fast the helpline first answered, in working time, against its target.

Pure: no Django. Reads the facts' first-response column (working minutes from the enquirer's
first message to the first reply, by email or phone; NaN when no reply was recorded) for the
cases opened in the period. Every breakdown (by month, channel, enquirer type) has a row for
each value including "Not recorded", so its `cases` and `within_target` add up to the totals.

Shares are of all the period's cases: a case never answered is not within the target.
Medians and the 90th percentile are of answered cases (linear interpolation, numpy's default),
in working minutes rounded to one decimal.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from casebook.analysis.facts import Facts
from casebook.analysis.tables import MONTH_NAMES, Mask, Period

Minutes = npt.NDArray[np.float64]


@dataclass(frozen=True)
class LevelRow:
    label: str
    cases: int
    answered: int
    within_target: int
    percent_within_target: float | None  # of the row's cases; None without cases
    median_working_minutes: float | None  # None without answered cases


@dataclass(frozen=True)
class ServiceLevels:
    target_working_hours: float
    cases: int
    answered: int
    within_target: int
    percent_within_target: float | None
    median_working_minutes: float | None
    p90_working_minutes: float | None
    by_month: list[LevelRow]
    by_channel: list[LevelRow]
    by_enquirer_type: list[LevelRow]

    def breakdowns(self) -> dict[str, list[LevelRow]]:
        return {
            "by_month": self.by_month,
            "by_channel": self.by_channel,
            "by_enquirer_type": self.by_enquirer_type,
        }


def _rounded(value: float | None, places: int) -> float | None:
    return None if value is None else round(float(value), places)


def _summary(minutes: Minutes, target: float) -> tuple[int, int, int, float | None, float | None]:
    cases = len(minutes)
    answered_minutes = minutes[~np.isnan(minutes)]
    answered = len(answered_minutes)
    within = int((answered_minutes <= target).sum())
    percent = 100.0 * within / cases if cases else None
    median = float(np.median(answered_minutes)) if answered else None
    return cases, answered, within, _rounded(percent, 2), _rounded(median, 1)


def _row(label: str, minutes: Minutes, target: float) -> LevelRow:
    cases, answered, within, percent, median = _summary(minutes, target)
    return LevelRow(label, cases, answered, within, percent, median)


def _by_codes(
    minutes: Minutes, codes: npt.NDArray[np.int16], labels: tuple[str, ...], target: float
) -> list[LevelRow]:
    return [_row(label, minutes[codes == i], target) for i, label in enumerate(labels)]


def service_levels(
    facts: Facts, period: Period, *, target_minutes: float, p: Mask | None = None
) -> ServiceLevels | None:
    """The section for the period, or None when the input has no response times."""
    column = facts.first_response_minutes
    if column is None:
        return None
    p = period.mask(facts) if p is None else p
    minutes: Minutes = np.asarray(column, dtype=np.float64)[p]
    cases, answered, within, percent, median = _summary(minutes, target_minutes)
    answered_minutes = minutes[~np.isnan(minutes)]
    p90 = float(np.percentile(answered_minutes, 90)) if answered else None

    months = period.months()
    month_index = facts.opened_on[p].astype("datetime64[D]").astype("datetime64[M]").astype(
        np.int64
    ) - ((months[0][0] - 1970) * 12 + months[0][1] - 1)
    by_month = [
        _row(f"{MONTH_NAMES[m - 1]} {y}", minutes[month_index == i], target_minutes)
        for i, (y, m) in enumerate(months)
    ]
    vocab = facts.vocab
    return ServiceLevels(
        target_working_hours=round(target_minutes / 60, 2),
        cases=cases,
        answered=answered,
        within_target=within,
        percent_within_target=percent,
        median_working_minutes=median,
        p90_working_minutes=_rounded(p90, 1),
        by_month=by_month,
        by_channel=_by_codes(
            minutes, facts.codes["channel"][p], vocab.channel.labels, target_minutes
        ),
        by_enquirer_type=_by_codes(
            minutes, facts.codes["enquirer_type"][p], vocab.enquirer_type.labels, target_minutes
        ),
    )
