"""Word lists the recognisers read: name gazetteers and words that must survive.

The lists are data files beside this module (one word a line, `#` starts a comment) so they
can be reviewed and extended without touching code. Loaded once, on first use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
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
