"""What may be published from case text, and how a reviewer's decisions change it. Pure: no
Django.

- `sample_text` redacts an appendix sample with numbered placeholders ({name 1} ...), applies
  the reviewer's decisions (strings to hide as well, detected strings to show as written) and
  removes internal references (case references such as CB-2022-00012, ticket numbers).
- `distinct` drops near-duplicate samples (the same enquiry sent twice, a template letter).
- `published_words` builds the word counts of the word cloud from redacted subject headings:
  words that redaction takes out (names, schools, usernames) and place names never count.
- `fingerprint` is the digest of everything a reviewer signs off, so an approval holds only
  for the content that was approved.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from casebook.redaction import Entity, find_entities, numbered
from casebook.redaction.core import apply
from casebook.redaction.lexicon import read_words

# Internal references: Casebook's own case references, and ticket, log and crime numbers.
REFERENCE_RE = re.compile(
    r"\b[A-Z]{2,5}-\d{4}-\d{2,9}\b"
    r"|\b[A-Z]{2,5}-\d{5,}\b"
    r"|\b(?:ticket|ref|reference|case|incident|crime|log|job|call)[ \t]*"
    r"(?:no\.?|number|num|#|id)[ \t]*[:.]?[ \t]*[A-Za-z]{0,4}[\-/]?\d[\w\-/]{2,}"
    r"|\b(?:our|your|police|crime|case)?[ \t]*ref(?:erence)?[ \t]*[:.][ \t]*"
    r"[A-Za-z]{0,4}[\-/]?\d[\w\-/]*"
    r"|#\d{4,}\b",
    re.IGNORECASE,
)
REFERENCE_PLACEHOLDER = "{reference}"
EXTRA_PLACEHOLDER = "{redacted}"
WORD_RE = re.compile(r"[^\W_][\w'’\-]*")


@dataclass(frozen=True)
class ReviewEdits:
    """A reviewer's decisions for one report period.

    restore: per case reference, detected strings to show as written ("Hope" wrongly taken
    for a name); redact: per case reference, further strings to hide; hidden_words: words to
    leave out of the word clouds. Matching is case-insensitive on whole words.
    """

    restore: Mapping[str, frozenset[str]] = field(default_factory=dict)
    redact: Mapping[str, frozenset[str]] = field(default_factory=dict)
    hidden_words: frozenset[str] = frozenset()


NO_EDITS = ReviewEdits()


def scrub_references(text: str) -> str:
    return REFERENCE_RE.sub(REFERENCE_PLACEHOLDER, text)


def _occurrences(text: str, phrase: str) -> Iterable[tuple[int, int]]:
    pattern = r"(?<!\w)" + re.escape(phrase.strip()) + r"(?!\w)"
    for m in re.finditer(pattern, text, re.IGNORECASE):
        yield m.start(), m.end()


def sample_spans(
    text: str,
    restore: Iterable[str] = (),
    redact: Iterable[str] = (),
) -> tuple[list[Entity], list[tuple[int, int]]]:
    """Detected entities still hidden after the reviewer's restorations, and the extra spans
    the reviewer asked to hide (which win where the two overlap)."""
    shown = {r.casefold() for r in restore}
    entities = [e for e in find_entities(text) if text[e.start : e.end].casefold() not in shown]
    extra = sorted(
        {span for phrase in redact if phrase.strip() for span in _occurrences(text, phrase)}
    )
    merged: list[tuple[int, int]] = []
    for s, e in extra:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    kept = [e for e in entities if not any(s < e.end and e.start < x for s, x in merged)]
    return kept, merged


def sample_text(text: str, restore: Iterable[str] = (), redact: Iterable[str] = ()) -> str:
    """The text as the appendix shows it: numbered placeholders, the reviewer's decisions
    applied, internal references removed."""
    entities, extra = sample_spans(text, restore, redact)
    labels = numbered(text, entities)
    items: list[tuple[int, int, str]] = [
        (e.start, e.end, label) for e, label in zip(entities, labels, strict=True)
    ]
    items += [(s, e, EXTRA_PLACEHOLDER) for s, e in extra]
    items.sort()
    parts: list[str] = []
    pos = 0
    for s, e, label in items:
        parts.append(text[pos:s])
        parts.append(label)
        pos = e
    parts.append(text[pos:])
    return scrub_references("".join(parts))


def plain_redaction(text: str) -> str:
    """Redaction with the plain placeholders ({name}), for callers that want no numbers."""
    entities = find_entities(text)
    return scrub_references(apply(text, entities))


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = [w.casefold() for w in WORD_RE.findall(text)]
    if len(words) < 3:
        return {tuple(words)}
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


NEAR_DUPLICATE = 0.6
# A mail's greeting line and its closing lines, which the same enquiry sent twice varies
# ("Dear colleagues," / "Hello team,"; "Kind regards, ..." / "Many thanks, ...").
GREETING_RE = re.compile(r"\A[ \t]*[^\n,]{1,40},[ \t]*\n")
CLOSING_RE = re.compile(
    r"\n[ \t]*(?:(?:kind|best|warm|many|with)[ \t]+)?"
    r"(?:regards|thanks|wishes|thank[ \t]+you)\b[^\n]{0,25}\n[\s\S]*\Z",
    re.I,
)


def _body(text: str) -> str:
    """The text without its greeting line and its closing lines (GREETING_RE, CLOSING_RE)."""
    text = GREETING_RE.sub("", text.strip() + "\n", count=1)
    return CLOSING_RE.sub("", text, count=1)


def near_duplicate(a: str, b: str, threshold: float = NEAR_DUPLICATE) -> bool:
    """Do two texts' bodies (without greeting and sign-off) share most of their three-word
    runs (Jaccard >= threshold)? The same enquiry sent twice with another greeting and
    sign-off is one."""
    sa, sb = _shingles(_body(a)), _shingles(_body(b))
    if not sa or not sb:
        return a.strip() == b.strip()
    return len(sa & sb) / len(sa | sb) >= threshold


def distinct(texts: Sequence[str], shown: Sequence[str] = ()) -> list[int]:
    """Indexes of texts that are not near-duplicates of each other or of any already shown."""
    kept: list[int] = []
    chosen = list(shown)
    for i, text in enumerate(texts):
        if any(near_duplicate(text, other) for other in chosen):
            continue
        kept.append(i)
        chosen.append(text)
    return kept


def _places() -> frozenset[str]:
    return read_words("places.txt")


def published_words(
    subjects: Iterable[str],
    count: Callable[[Iterable[str]], Counter[str]],
    *,
    hidden: frozenset[str] = frozenset(),
    sample_per_word: int = 40,
) -> Counter[str]:
    """Word counts for the word cloud from redacted subject headings.

    `count` is the word counter (words.subject_words with its settings) and is first run on
    the headings as written, which is cheap; every word it keeps is then checked against the
    redaction of up to `sample_per_word` headings that contain it, and dropped if redaction
    takes it out of any of them. Place names (redaction keeps towns) and the reviewer's hidden
    words are dropped too. Checking only candidate words keeps this fast on a million
    headings, where redacting every heading would not be.
    """
    subjects = [s for s in subjects if s]
    counts = count(subjects)
    if not counts:
        return counts
    places = _places()
    by_word: dict[str, list[str]] = {w: [] for w in counts}
    for subject in dict.fromkeys(subjects):
        for word in {w.casefold() for w in WORD_RE.findall(subject)}:
            seen = by_word.get(word)
            if seen is not None and len(seen) < sample_per_word:
                seen.append(subject)
    keep: Counter[str] = Counter()
    for word, n in counts.items():
        low = word.casefold()
        if low in hidden or low in places:
            continue
        if any(_redacted_in(subject, low) for subject in by_word.get(low, ())):
            continue
        keep[word] = n
    return keep


def _redacted_in(subject: str, word: str) -> bool:
    for e in find_entities(subject):
        if word in {w.casefold() for w in WORD_RE.findall(subject[e.start : e.end])}:
            return True
    return False


def fingerprint(samples: Iterable[tuple[str, str]], words: Mapping[str, int]) -> str:
    """Digest of what is published from case text: (category, sample text) pairs and the
    word list. An approval records it; a later report with other content is a draft again."""
    payload = json.dumps(
        {"samples": sorted(samples), "words": sorted(words)}, ensure_ascii=False, sort_keys=True
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
