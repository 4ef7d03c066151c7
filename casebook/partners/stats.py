"""The report's section on escalations and referrals. Pure: no Django.

Built from small grouped counts (the database does the counting), so a year of half a million
escalated items arrives here as a few hundred rows:

- escalation rows (platform, outcome code, days to outcome or None, number of items);
- referral rows (service, number of referrals and signposts).

Definitions, as the report states them:
- items: every item escalated in the period (by the London date it was escalated);
- removed: items whose content was removed or whose account was suspended;
- removal rate: removed as a percentage of items (items still awaiting an answer count as
  not removed);
- days to outcome: calendar days from escalation to the platform's decision; the median is
  over items with a decision (removed, restricted, suspended, declined), not over items that
  had no response or were withdrawn.
Percentages are unrounded; rounding is the renderers' business.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

EscalationRow = tuple[str, str, int | None, int]  # platform, outcome, days or None, items
ReferralRow = tuple[str, int]  # service, referrals


@dataclass(frozen=True)
class CountLine:
    label: str
    count: int
    percent: float


@dataclass(frozen=True)
class PlatformLine:
    label: str
    items: int
    removed: int
    removal_rate: float | None  # percent; None when the platform had no items
    median_days_to_outcome: float | None  # None when no item had a decision


@dataclass(frozen=True)
class EscalationSummary:
    items: int
    removed: int
    removal_rate: float | None
    median_days_to_outcome: float | None
    by_platform: list[PlatformLine]
    outcomes: list[CountLine]


@dataclass(frozen=True)
class PartnerSection:
    escalations: EscalationSummary
    referrals: list[CountLine]
    referral_total: int


@dataclass(frozen=True)
class OutcomeScheme:
    """Outcome codes and labels (from the model's choices) and which count as what."""

    labels: Sequence[tuple[str, str]]  # (code, label) in the order the table shows them
    removed: frozenset[str]
    decided: frozenset[str]


def weighted_median(pairs: Iterable[tuple[int, int]]) -> float | None:
    """Median of values given as (value, how many times); None when there are none.

    With an even number of values, the mean of the two middle ones.
    """
    table = sorted((v, n) for v, n in pairs if n > 0)
    total = sum(n for _, n in table)
    if not total:
        return None
    lower_rank, upper_rank = (total - 1) // 2, total // 2
    lower = upper = None
    seen = 0
    for value, n in table:
        if lower is None and seen + n > lower_rank:
            lower = value
        if seen + n > upper_rank:
            upper = value
            break
        seen += n
    assert lower is not None and upper is not None
    return (lower + upper) / 2


def _percent(part: int, whole: int) -> float | None:
    return 100.0 * part / whole if whole else None


def summarise(
    escalations: Iterable[EscalationRow],
    referrals: Iterable[ReferralRow],
    scheme: OutcomeScheme,
) -> PartnerSection:
    """The section from grouped counts. Platforms most escalated first; every outcome of the
    scheme is listed (zero included), so the outcomes always add up to the items."""
    items_by: dict[str, int] = defaultdict(int)
    removed_by: dict[str, int] = defaultdict(int)
    days_by: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    outcome_counts: dict[str, int] = defaultdict(int)
    known = {code for code, _ in scheme.labels}
    for platform, outcome, days, n in escalations:
        if outcome not in known:
            raise ValueError(f"outcome {outcome!r} is not in the outcome scheme")
        items_by[platform] += n
        outcome_counts[outcome] += n
        if outcome in scheme.removed:
            removed_by[platform] += n
        if outcome in scheme.decided and days is not None:
            days_by[platform][days] += n
    items = sum(items_by.values())
    removed = sum(removed_by.values())
    every_day: dict[int, int] = defaultdict(int)
    for table in days_by.values():
        for days, n in table.items():
            every_day[days] += n
    by_platform = [
        PlatformLine(
            label=platform,
            items=n,
            removed=removed_by[platform],
            removal_rate=_percent(removed_by[platform], n),
            median_days_to_outcome=weighted_median(days_by[platform].items()),
        )
        for platform, n in sorted(items_by.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    outcomes = [
        CountLine(
            label=label,
            count=outcome_counts[code],
            percent=_percent(outcome_counts[code], items) or 0.0,
        )
        for code, label in scheme.labels
    ]
    referral_counts: dict[str, int] = defaultdict(int)
    for service, n in referrals:
        referral_counts[service] += n
    referral_total = sum(referral_counts.values())
    referral_lines = [
        CountLine(label=service, count=n, percent=_percent(n, referral_total) or 0.0)
        for service, n in sorted(referral_counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return PartnerSection(
        escalations=EscalationSummary(
            items=items,
            removed=removed,
            removal_rate=_percent(removed, items),
            median_days_to_outcome=weighted_median(every_day.items()),
            by_platform=by_platform,
            outcomes=outcomes,
        ),
        referrals=referral_lines,
        referral_total=referral_total,
    )
