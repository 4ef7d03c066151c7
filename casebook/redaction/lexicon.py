"""Word lists the recognisers read: name gazetteers and words that must survive.

The lists are data files beside this module (one word a line, `#` starts a comment) so they
can be reviewed and extended without touching code. Loaded once, on first use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")


def read_words(name: str) -> frozenset[str]:
    """Lower-cased words of a data file, without comments and blank lines."""
    words: set[str] = set()
    with (DATA_DIR / name).open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.split("#", 1)[0].strip().lower()
            if line:
                words.add(line.replace("’", "'"))
    return frozenset(words)


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string (short lists kept in code)."""
    return frozenset(words.split())


@dataclass(frozen=True)
class Lexicon:
    first_names: frozenset[str]
    surnames: frozenset[str]
    ambiguous: frozenset[str]
    context_only: frozenset[str]
    protected: frozenset[str]
    must_survive: frozenset[str]


@cache
def lexicon() -> Lexicon:
    return Lexicon(
        first_names=read_words("first_names.txt"),
        surnames=read_words("surnames.txt"),
        ambiguous=read_words("ambiguous_names.txt"),
        context_only=read_words("context_only_names.txt"),
        protected=read_words("protected.txt"),
        must_survive=read_words("must_survive.txt"),
    )


@cache
def towns() -> frozenset[str]:
    """Lower-case names of towns (data/towns.txt, from GeoNames) and of the places in
    data/places.txt: not personal data, and the analysis reads them."""
    return read_words("towns.txt") | read_words("places.txt")


def trie_regex(words: Iterable[str], char: Callable[[str], str] = re.escape) -> str:
    """One regex alternation for a word list, shaped as a trie so matching stays fast for
    thousands of words; `char` gives each character's pattern (re.escape by default)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [char(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return pattern(trie)


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what \w matches


class WordStart:
    r"""A regex whose match starts where a word starts or ends (a leading ``\b``), searched
    several times faster than ``re.compile(r"\b" + body)`` and with the same matches.

    Why: Python's regex engine skips quickly to the places a pattern can start only when the
    pattern opens with its first characters; a leading ``\b`` hides them, so the engine tries
    the whole pattern at every position of the text. Here the body is compiled on its own and
    the boundary is checked at each place it matches. `pattern` is the equivalent regex.
    """

    __slots__ = ("body", "flags", "pattern")

    def __init__(self, body: str, flags: int = 0) -> None:
        self.body = re.compile(body, flags)
        self.flags = flags
        self.pattern = r"\b" + body

    @staticmethod
    def _boundary(text: str, pos: int, end: int) -> bool:
        before = pos > 0 and _is_word_char(text[pos - 1])
        after = pos < end and _is_word_char(text[pos])
        return before != after

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else min(endpos, len(text))
        search = self.body.search
        while True:
            m = search(text, pos, end)
            if m is None or self._boundary(text, m.start(), end):
                return m
            pos = m.start() + 1  # no match can start here: try the next place the body fits

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else min(endpos, len(text))
        m = self.body.match(text, pos, end)
        return m if m is not None and self._boundary(text, pos, end) else None

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else min(endpos, len(text))
        while pos <= end:
            m = self.search(text, pos, end)
            if m is None:
                return
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1


def word_start(pattern: str, flags: int = 0) -> WordStart:
    r"""`pattern`, which opens with ``\b`` (and has no top-level ``|``), as a WordStart."""
    if not pattern.startswith("\\b"):
        raise ValueError(f"pattern does not open with \\b: {pattern[:40]!r}")
    return WordStart(pattern[2:], flags)


# A compiled regex or a WordStart: what the recognisers search with.
Searchable = re.Pattern[str] | WordStart
