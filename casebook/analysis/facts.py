"""One tidy row per case, stored as columns so a million cases stay small and fast.

Pure: no Django. The database loader (sources.py) and the CSV reader (csvinput.py) both fill a
FactsBuilder; tables.py reads the finished Facts. Single-valued fields (channel, enquirer type,
setting type, region) are small integer codes into a Vocabulary; categories and platforms are
boolean matrices (cases x labels), so "a case with three categories counts once in each" is a
column sum. A million cases with 22 categories and 20 platforms take about 60 MB.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import numpy.typing as npt

LONDON = ZoneInfo("Europe/London")
EPOCH = date(1970, 1, 1)

# The single-valued dimensions of a case, in the order the report shows them.
DIMENSIONS = ("channel", "enquirer_type", "setting_type", "region")


@dataclass(frozen=True)
class Dimension:
    """Codes and UI labels of one single-valued field. Code "" means not recorded."""

    codes: tuple[str, ...]
    labels: tuple[str, ...]

    def __post_init__(self) -> None:
        if "" not in self.codes:
            raise ValueError("a dimension needs a not-recorded code ''")

    @property
    def missing(self) -> int:
        return self.codes.index("")

    def index(self) -> dict[str, int]:
        return {c: i for i, c in enumerate(self.codes)}


@dataclass(frozen=True)
class Vocabulary:
    """Every label the report can show. Built from the Django choices in one place
    (sources.vocabulary()) and passed into the pure core."""

    channel: Dimension
    enquirer_type: Dimension
    setting_type: Dimension
    region: Dimension
    categories: tuple[str, ...]
    platforms: tuple[str, ...]
    # Spellings of each platform, used to keep platform names whole in word clouds.
    platform_aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def dimension(self, name: str) -> Dimension:
        dim: Dimension = getattr(self, name)
        return dim


@dataclass(frozen=True)
class CaseFact:
    """One case as the analysis sees it (for readers and tests; storage is columnar)."""

    reference: str
    opened_on: date
    channel: str
    enquirer_type: str
    setting_type: str
    region: str
    categories: tuple[str, ...]
    platforms: tuple[str, ...]
    subject: str = ""


Codes = npt.NDArray[np.int16]
Flags = npt.NDArray[np.bool_]
Days = npt.NDArray[np.int32]


@dataclass(frozen=True)
class Facts:
    vocab: Vocabulary
    reference: list[str]
    opened_on: Days  # days since 1970-01-01 of the Europe/London local date
    codes: dict[str, Codes]  # DIMENSIONS -> code index per case
    categories: Flags  # (cases, len(vocab.categories))
    platforms: Flags  # (cases, len(vocab.platforms))
    subject: list[str]
    # First inbound message per case, when the source has it (CSV); else empty.
    text: list[str]
    # Database ids (sorted), so the appendix can fetch message text for DB input.
    case_ids: npt.NDArray[np.int64] | None = None
    # Working minutes from the first message to the first reply (NaN: none recorded); None
    # when the source has no response times at all (a CSV without them).
    first_response_minutes: npt.NDArray[np.float32] | None = None

    def __len__(self) -> int:
        return len(self.reference)

    def row(self, i: int) -> CaseFact:
        v = self.vocab
        return CaseFact(
            reference=self.reference[i],
            opened_on=day_to_date(int(self.opened_on[i])),
            channel=v.channel.codes[self.codes["channel"][i]],
            enquirer_type=v.enquirer_type.codes[self.codes["enquirer_type"][i]],
            setting_type=v.setting_type.codes[self.codes["setting_type"][i]],
            region=v.region.codes[self.codes["region"][i]],
            categories=tuple(np.asarray(v.categories)[self.categories[i]].tolist()),
            platforms=tuple(np.asarray(v.platforms)[self.platforms[i]].tolist()),
            subject=self.subject[i],
        )


def date_to_day(d: date) -> int:
    return (d - EPOCH).days


def day_to_date(n: int) -> date:
    return date.fromordinal(EPOCH.toordinal() + n)


def local_date(at: datetime) -> date:
    """The Europe/London calendar date of an aware datetime (naive means London time)."""
    if at.tzinfo is None:
        return at.date()
    return at.astimezone(LONDON).date()


def _offset(utc_second: int) -> int:
    offset = datetime.fromtimestamp(utc_second, UTC).astimezone(LONDON).utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


def utc_text_to_london_days(stamps: Sequence[str]) -> Days:
    """Europe/London dates (days since 1970-01-01) of UTC times written as text
    ("2022-03-27 00:59:59.5+00" or "2022-03-27 00:59:59"), converted in bulk.

    The clock's offset is looked up once per distinct UTC hour (London changes offset only on
    the hour), so a million cases cost a few thousand zoneinfo calls, not a million.
    """
    if not stamps:
        return np.zeros(0, dtype=np.int32)
    seconds = np.array([s[:19] for s in stamps], dtype="datetime64[s]").astype(np.int64)
    hours, where = np.unique(seconds // 3600, return_inverse=True)
    offsets = np.array([_offset(int(h) * 3600) for h in hours], dtype=np.int64)
    days: Days = ((seconds + offsets[where]) // 86400).astype(np.int32)
    return days


class UnknownValue(ValueError):
    """A value that is not in the vocabulary (a CSV typo, a category that does not exist)."""


class FactsBuilder:
    """Collects cases one at a time; build() returns compact columns."""

    def __init__(self, vocab: Vocabulary, *, response_times: bool = False) -> None:
        self.vocab = vocab
        self._response_times = response_times
        self._minutes: list[float] = []
        self._index = {name: vocab.dimension(name).index() for name in DIMENSIONS}
        self._cat_index = {c: i for i, c in enumerate(vocab.categories)}
        self._plat_index = {p: i for i, p in enumerate(vocab.platforms)}
        self.reference: list[str] = []
        self._days: list[int] = []
        self._codes: dict[str, list[int]] = {name: [] for name in DIMENSIONS}
        self._cat_pairs: list[tuple[int, int]] = []
        self._plat_pairs: list[tuple[int, int]] = []
        self.subject: list[str] = []
        self.text: list[str] = []

    def check(
        self,
        *,
        channel: str,
        enquirer_type: str,
        setting_type: str,
        region: str,
        categories: Iterable[str] = (),
        platforms: Iterable[str] = (),
    ) -> None:
        """Raise UnknownValue naming the first value outside the vocabulary."""
        values = {
            "channel": channel,
            "enquirer_type": enquirer_type,
            "setting_type": setting_type,
            "region": region,
        }
        for name, value in values.items():
            if value not in self._index[name]:
                raise UnknownValue(f"unknown {name.replace('_', ' ')} {value!r}")
        for c in categories:
            if c not in self._cat_index:
                raise UnknownValue(f"unknown category {c!r}")
        for p in platforms:
            if p not in self._plat_index:
                raise UnknownValue(f"unknown platform {p!r}")

    def add(
        self,
        *,
        reference: str,
        opened_on: date,
        channel: str,
        enquirer_type: str,
        setting_type: str,
        region: str,
        categories: Iterable[str] = (),
        platforms: Iterable[str] = (),
        subject: str = "",
        text: str = "",
        first_response_minutes: float | None = None,
    ) -> int:
        """Append one case and return its row index. Raises UnknownValue before changing
        anything, so a bad case never half-lands."""
        categories = tuple(categories)
        platforms = tuple(platforms)
        self.check(
            channel=channel,
            enquirer_type=enquirer_type,
            setting_type=setting_type,
            region=region,
            categories=categories,
            platforms=platforms,
        )
        i = len(self.reference)
        self.reference.append(reference)
        self._days.append(date_to_day(opened_on))
        self._codes["channel"].append(self._index["channel"][channel])
        self._codes["enquirer_type"].append(self._index["enquirer_type"][enquirer_type])
        self._codes["setting_type"].append(self._index["setting_type"][setting_type])
        self._codes["region"].append(self._index["region"][region])
        self._cat_pairs.extend((i, self._cat_index[c]) for c in categories)
        self._plat_pairs.extend((i, self._plat_index[p]) for p in platforms)
        self.subject.append(subject)
        self.text.append(text)
        self._minutes.append(
            float("nan") if first_response_minutes is None else float(first_response_minutes)
        )
        return i

    def add_fact(self, fact: CaseFact, *, text: str = "") -> int:
        return self.add(
            reference=fact.reference,
            opened_on=fact.opened_on,
            channel=fact.channel,
            enquirer_type=fact.enquirer_type,
            setting_type=fact.setting_type,
            region=fact.region,
            categories=fact.categories,
            platforms=fact.platforms,
            subject=fact.subject,
            text=text,
        )

    def build(self) -> Facts:
        n = len(self.reference)
        return Facts(
            vocab=self.vocab,
            reference=self.reference,
            opened_on=np.asarray(self._days, dtype=np.int32),
            codes={k: np.asarray(v, dtype=np.int16) for k, v in self._codes.items()},
            categories=flags(n, len(self.vocab.categories), self._cat_pairs),
            platforms=flags(n, len(self.vocab.platforms), self._plat_pairs),
            subject=self.subject,
            text=self.text,
            first_response_minutes=np.asarray(self._minutes, dtype=np.float32)
            if self._response_times
            else None,
        )


def flags(n: int, width: int, pairs: Sequence[tuple[int, int]] | npt.NDArray[Any]) -> Flags:
    """A (n, width) boolean matrix with True at each (row, column) pair; repeats are harmless."""
    out = np.zeros((n, width), dtype=np.bool_)
    arr = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    if len(arr):
        out[arr[:, 0], arr[:, 1]] = True
    return out


def from_columns(
    vocab: Vocabulary,
    *,
    reference: list[str],
    opened_on: Days,
    codes: dict[str, Codes],
    category_pairs: npt.NDArray[Any],
    platform_pairs: npt.NDArray[Any],
    subject: list[str] | None = None,
    text: list[str] | None = None,
    case_ids: npt.NDArray[np.int64] | None = None,
    first_response_minutes: npt.NDArray[np.float32] | None = None,
) -> Facts:
    """Facts straight from arrays (the fast path for the database loader and benchmarks)."""
    n = len(reference)
    for name in DIMENSIONS:
        if len(codes[name]) != n:
            raise ValueError(f"{name} has {len(codes[name])} values for {n} cases")
    return Facts(
        vocab=vocab,
        reference=reference,
        opened_on=np.asarray(opened_on, dtype=np.int32),
        codes={k: np.asarray(codes[k], dtype=np.int16) for k in DIMENSIONS},
        categories=flags(n, len(vocab.categories), category_pairs),
        platforms=flags(n, len(vocab.platforms), platform_pairs),
        subject=subject if subject is not None else [""] * n,
        text=text if text is not None else [""] * n,
        case_ids=case_ids,
        first_response_minutes=None
        if first_response_minutes is None
        else np.asarray(first_response_minutes, dtype=np.float32),
    )
