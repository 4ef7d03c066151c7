"""Scores a redactor against a labelled set: recall per type, character precision, and the
must-survive check. Pure: works for any `text -> spans` function (ours, or Presidio's in the
benchmark), so the comparison uses one yardstick.

- A gold span is caught when at least 90% of its characters are redacted (by any type:
  what matters for a leak is that the characters are gone).
- Character precision is the share of redacted characters that lie inside gold spans.
- A must-survive word (data/must_survive.txt, plus "Year 1" to "Year 13") occurring outside
  every gold span must not lose a single character; so must each string an example lists in
  its own "must_survive".
- A leading title inside a gold PERSON span ("mrs achterberg", "Mr Abimbola") may be kept:
  the span is scored without it, as sets written elsewhere label the title in and the
  redactor keeps it ("Mrs {name}"), which the issue accepts.
- A trailing town inside a gold ADDRESS span ("27 Gasworks Lane, Accrington") may be kept:
  the span is scored without it, as sets written elsewhere label the town in and the issue
  asks that towns survive (a town of data/towns.txt or data/places.txt).
- Lower-case names (PERSON spans written without a capital, "kacper nowak") are also counted
  on their own, as `lower_person`, because capitals are the easiest cue and they lack it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from casebook.redaction.core import ENTITY_TYPES, Entity
from casebook.redaction.lexicon import DATA_DIR, towns

DEVSET_DIR = Path(__file__).with_name("devset")
TRAILING_TOWN_RE = re.compile(r",[ \t]*([^,\n]+?)[ \t]*\Z")


def _fold_town(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split())


CAUGHT_SHARE = 0.9
LEADING_BIRTH_CUE_RE = re.compile(
    r"(?:d\.?o\.?b\b\.?|date\s+of\s+birth|born(?:\s+on)?|birthday)(?![a-z])\s*[:\-–=]?\s*", re.I
)
LEADING_TITLE_RE = re.compile(
    r"(?:mr|mrs|ms|miss|mx|dr|prof|sir|pc|dc|ds|sgt|rev|cllr|sister|sr)\.?\s+(?=\w)", re.I
)


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    gold: tuple[Entity, ...]
    must_survive: tuple[str, ...] = ()


@dataclass(frozen=True)
class Miss:
    example_id: str
    type: str
    text: str


@dataclass(frozen=True)
class Violation:
    """A must-survive string redacted: `listed` when it is on data/must_survive.txt's list
    (or a year group), not only on its example's own "must_survive"."""

    example_id: str
    word: str
    start: int
    listed: bool = False


@dataclass
class Score:
    caught: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    redacted_chars: int = 0
    redacted_gold_chars: int = 0
    misses: list[Miss] = field(default_factory=list)
    false_positives: list[Miss] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)

    lower_person_caught: int = 0
    lower_person_total: int = 0

    @property
    def listed_violations(self) -> int:
        """Must-survive words redacted that data/must_survive.txt lists (or year groups)."""
        return sum(v.listed for v in self.violations)

    @property
    def lower_person_recall(self) -> float:
        total = self.lower_person_total
        return self.lower_person_caught / total if total else 1.0

    def recall(self, kind: str) -> float:
        total = self.total.get(kind, 0)
        return self.caught.get(kind, 0) / total if total else 1.0

    @property
    def overall_recall(self) -> float:
        total = sum(self.total.values())
        return sum(self.caught.values()) / total if total else 1.0

    @property
    def char_precision(self) -> float:
        if not self.redacted_chars:
            return 1.0
        return self.redacted_gold_chars / self.redacted_chars

    def markdown_cells(self) -> str:
        """The headline measures as Markdown table cells: recall | PERSON | lower-case
        PERSON (n) | character precision | must-survive words redacted."""
        return (
            f"{self.overall_recall:.3f} | {self.recall('PERSON'):.3f} | "
            f"{self.lower_person_recall:.3f} ({self.lower_person_total}) | "
            f"{self.char_precision:.3f} | {len(self.violations)}"
        )

    def table(self) -> str:
        lines = [f"{'type':<15}{'gold':>6}{'caught':>8}{'recall':>8}"]
        for kind in ENTITY_TYPES:
            if self.total.get(kind):
                lines.append(
                    f"{kind:<15}{self.total[kind]:>6}{self.caught.get(kind, 0):>8}"
                    f"{self.recall(kind):>8.3f}"
                )
        lines.append(f"{'all':<15}{sum(self.total.values()):>6}{'':>8}{self.overall_recall:>8.3f}")
        if self.lower_person_total:
            lines.append(
                f"{'PERSON (lower)':<15}{self.lower_person_total:>6}"
                f"{self.lower_person_caught:>8}{self.lower_person_recall:>8.3f}"
            )
        lines.append(f"character precision {self.char_precision:.3f}")
        lines.append(
            f"must-survive violations {len(self.violations)} "
            f"({self.listed_violations} on data/must_survive.txt's list)"
        )
        return "\n".join(lines)


def load(path: Path) -> list[Example]:
    """Examples from JSON Lines: {"id", "text", "entities": [{"start","end","type"}]}.

    The spans may also be under "spans" (as in sets written elsewhere), and an example may
    list strings that must survive under "must_survive". Raises ValueError naming the line
    when a span does not fit its text or has an unknown type.
    """
    examples = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            row = json.loads(line)
            spans = row.get("entities", row.get("spans", []))
            gold = tuple(Entity(e["start"], e["end"], e["type"]) for e in spans)
            for g in gold:
                if not 0 <= g.start < g.end <= len(row["text"]) or g.type not in ENTITY_TYPES:
                    raise ValueError(f"{path.name} line {number}: bad span {g}")
            keep = tuple(str(w) for w in row.get("must_survive", ()))
            examples.append(Example(str(row.get("id", number)), row["text"], gold, keep))
    return examples


def _must_survive_re() -> re.Pattern[str]:
    words = []
    with (DATA_DIR / "must_survive.txt").open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.split("#", 1)[0].strip()
            if line:
                words.append(re.escape(line))
    words.sort(key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(words) + r"|Year\s+1[0-3]|Year\s+[1-9])\b", re.I)


MUST_SURVIVE_RE = _must_survive_re()


def _mask(length: int, spans: Iterable[Entity]) -> bytearray:
    mask = bytearray(length)
    for s in spans:
        mask[s.start : s.end] = b"\x01" * (s.end - s.start)
    return mask


def score(
    examples: Sequence[Example], find: Callable[[str], Sequence[Entity]], *, keep: int = 50
) -> Score:
    """Score find (text -> predicted spans) on examples; keep up to `keep` misses per list."""
    result = Score()
    for ex in examples:
        predicted = find(ex.text)
        pred_mask = _mask(len(ex.text), predicted)
        gold_mask = _mask(len(ex.text), ex.gold)
        for g in ex.gold:
            result.total[g.type] = result.total.get(g.type, 0) + 1
            start = g.start
            end = g.end
            if g.type == "PERSON":
                title = LEADING_TITLE_RE.match(ex.text, g.start, g.end)
                if title is not None:
                    start = title.end()
            elif g.type == "DATE_OF_BIRTH":
                cue = LEADING_BIRTH_CUE_RE.match(ex.text, g.start, g.end)
                if cue is not None and cue.end() < g.end:
                    start = cue.end()
            elif g.type == "ADDRESS":
                town = TRAILING_TOWN_RE.search(ex.text, g.start, g.end)
                if town is not None and _fold_town(town.group(1)) in towns():
                    end = town.start()
            covered = sum(pred_mask[start:end])
            hit = covered >= CAUGHT_SHARE * (end - start)
            if g.type == "PERSON" and not any(c.isupper() for c in ex.text[g.start : g.end]):
                result.lower_person_total += 1
                result.lower_person_caught += hit
            if hit:
                result.caught[g.type] = result.caught.get(g.type, 0) + 1
            elif len(result.misses) < keep:
                result.misses.append(Miss(ex.id, g.type, ex.text[g.start : g.end]))
        result.redacted_chars += sum(pred_mask)
        result.redacted_gold_chars += sum(p & g for p, g in zip(pred_mask, gold_mask, strict=True))
        for p in predicted:
            outside = sum(1 for k in range(p.start, p.end) if not gold_mask[k])
            if outside > (p.end - p.start) / 2 and len(result.false_positives) < keep:
                result.false_positives.append(Miss(ex.id, p.type, ex.text[p.start : p.end]))
        seen: set[int] = set()
        for m in MUST_SURVIVE_RE.finditer(ex.text):
            if any(gold_mask[m.start() : m.end()]):
                continue
            if any(pred_mask[m.start() : m.end()]):
                seen.add(m.start())
                result.violations.append(Violation(ex.id, m.group(0), m.start(), listed=True))
        for word in ex.must_survive:
            for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", ex.text):
                if m.start() in seen or any(gold_mask[m.start() : m.end()]):
                    continue
                if any(pred_mask[m.start() : m.end()]):
                    seen.add(m.start())
                    result.violations.append(Violation(ex.id, m.group(0), m.start()))
    return result
