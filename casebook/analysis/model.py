"""The Report and its parts: plain data that every renderer and the figures read.

Kept apart from `report` (which builds a Report) and `figures` (which draws one), so that
building may call drawing without the two modules importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from casebook.analysis.service_levels import ServiceLevels
from casebook.analysis.tables import Period, Tables
from casebook.partners.stats import PartnerSection

WORD_MIN_CASES = 5

WordCounts = dict[str, int]


@dataclass(frozen=True)
class Sample:
    """An appendix sample. `reference` is for the review page only and is never published."""

    reference: str
    text: str


@dataclass(frozen=True)
class Approval:
    """Who signed the report's published text off, and when (an ISO timestamp)."""

    by: str
    at: str


@dataclass(frozen=True)
class AppendixCategory:
    category: str
    cases: int
    samples: list[Sample]


@dataclass(frozen=True)
class PreservedText:
    """What a period's report showed from case text (word counts, appendix), captured before
    its cases were anonymised (casebook.privacy.preserve). Word counts hold every word of at
    least `word_min_cases` cases; the appendix was chosen with `appendix_min_cases`."""

    words: WordCounts
    word_min_cases: int
    appendix: list[AppendixCategory] | None
    appendix_note: str
    appendix_min_cases: int


@dataclass(frozen=True)
class Figure:
    name: str
    title: str
    alt: str
    svg: str
    png: bytes
    caption: str = ""


@dataclass(frozen=True)
class Report:
    tables: Tables
    suppress_below: int | None
    words: WordCounts
    compare_words: WordCounts | None
    appendix: list[AppendixCategory] | None
    appendix_note: str
    figures: dict[str, Figure] = field(default_factory=dict)
    source: str = "database"
    region_labels: dict[str, str] = field(default_factory=dict)  # code -> UI label
    word_min_cases: int = WORD_MIN_CASES
    service_levels: ServiceLevels | None = None
    # Escalations to platforms and referrals (from the database; None for a CSV export).
    partners: PartnerSection | None = None
    # Digest of the published text (appendix samples and word list), and the approval that
    # covers exactly this digest; without one every format is marked DRAFT.
    content_fingerprint: str = ""
    approval: Approval | None = None

    @property
    def draft(self) -> bool:
        return self.approval is None

    @property
    def period(self) -> Period:
        return self.tables.period

    @property
    def compare(self) -> Period | None:
        return self.tables.compare

    def suppressed(self, count: int | None) -> bool:
        """Counts from 1 to N-1 are withheld when publishing (zero is not disclosive)."""
        n = self.suppress_below
        return bool(n and count is not None and 1 <= count < n)

    def count_text(self, count: int | None) -> str:
        if count is None:
            return ""
        if self.suppressed(count):
            return f"<{self.suppress_below}"
        return f"{count:,}"

    def percent_text(self, count: int | None, percent: float | None) -> str:
        if count is None or percent is None:
            return ""
        if self.suppressed(count):
            return ""
        return f"{percent:.2f}%"
