"""Word lists the recognisers read: name gazetteers and words that must survive.

The lists are data files beside this module (one word a line, `#` starts a comment) so they
can be reviewed and extended without touching code. Loaded once, on first use.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, compress
from pathlib import Path

# The regex engine's opcodes and a pattern's parsed form, read by Anchored.
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

from casebook.redaction import factored

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


# The last text lower-cased and its lower case: a text's recognisers ask for it some twenty
# times in a row. One pair, read and replaced whole (threads never see one text's lower case
# under another text); the text is held, so `is` cannot meet a new string at its address.
_LAST_LOWER: list[tuple[str, str]] = [("", "")]


def lowered(text: str) -> str:
    """text.lower(), worked out once for the last text asked."""
    last = _LAST_LOWER[0]
    if last[0] is text:
        return last[1]
    low = text.lower()
    _LAST_LOWER[0] = (text, low)
    return low


# Runs of word characters, split out with what lies between them (see word_runs).
WORD_RUN_SPLIT_RE = factored.compile(r"(\w+)")
# The last two texts asked and their runs (a text and its lower case are both read), newest
# first; the pair is read and replaced whole, so threads never see one text's runs under
# another text.
Runs = tuple[list[int], list[str]]
_LAST_RUNS: list[tuple[tuple[str, Runs], tuple[str, Runs]]] = [(("", ([], [])), ("", ([], [])))]


def word_runs(text: str) -> Runs:
    """The maximal runs of word characters (regex ``\\w+``) of text, as (their start offsets,
    their texts) in order; worked out once for each of the last two texts asked (the lists are
    shared: do not change them)."""
    newest, older = _LAST_RUNS[0]
    if newest[0] is text:
        return newest[1]
    if older[0] is text:
        return older[1]
    source, low = _LAST_LOWER[0]
    if low is text and source is not text and source.isascii():
        # The lower case of an ASCII text (lowered): the same runs at the same places,
        # lower-cased, since lower-casing ASCII keeps word characters word characters.
        kept = word_runs(source)
        found = (kept[0], list(map(str.lower, kept[1])))
        _LAST_RUNS[0] = ((text, found), (source, kept))
        return found
    # re.split and running sums of the pieces' lengths: the offsets come from C loops.
    parts = WORD_RUN_SPLIT_RE.split(text)
    found = (list(accumulate(map(len, parts)))[:-1:2], parts[1::2])
    _LAST_RUNS[0] = ((text, found), newest)
    return found


class RunStart:
    r"""A regex searched only where a run of word characters that is one of `firsts` starts:
    the same matches as ``regex.finditer(text)``.

    For a regex every match of which starts where a maximal run of word characters (``\w+``)
    starts, and that run is one of `firsts` (a word list's opening words, matched with ``\b``
    or a look-behind for a word character before it, and a character that is no word
    character after them). The caller vouches for that; a test holds each use to its regex.

    Why: a pattern opening with ``\b`` and a list of hundreds of words is tried at every letter
    of the text (each inside a word fails at ``\b``); the text's word runs are split out once
    (`word_runs`, shared by every such list) and a set lookup finds the few places to try.
    """

    __slots__ = ("firsts", "lines", "number", "regex")

    def __init__(self, regex: factored.Regex, firsts: Iterable[str], lines: bool = False) -> None:
        self.regex = regex
        self.firsts = frozenset(firsts)
        # Whether the regex may also match at a line's start (an alternative opening with a
        # multi-line ^): it is tried there too.
        self.lines = lines
        self.number = _register(self)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        places = run_places(text).get(self.number, ())
        if self.lines:
            places = sorted(set(places).union(line_starts(text)))
        return _matches_from(self.regex.for_text(text).match, text, places)

    def search(self, text: str) -> re.Match[str] | None:
        """The first match, as ``regex.search(text)``."""
        return next(self.finditer(text), None)


# Every RunStart made, by its number, and what their first words say together (see
# run_places): a word -> the numbers of the RunStarts it opens, and the words of them all.
# Rebuilt when a RunStart is added (some are made on first use); replaced whole.
_RUN_STARTS: list[RunStart] = []
FirstsIndex = tuple[int, dict[str, tuple[int, ...]], frozenset[str]]
_FIRSTS_INDEX: list[FirstsIndex] = [(0, {}, frozenset())]


def _register(run: RunStart) -> int:
    _RUN_STARTS.append(run)
    return len(_RUN_STARTS) - 1


def _firsts_index() -> FirstsIndex:
    index = _FIRSTS_INDEX[0]
    count = len(_RUN_STARTS)
    if index[0] == count:
        return index
    owners: dict[str, list[int]] = {}
    for number, run in enumerate(_RUN_STARTS[:count]):
        for word in run.firsts:
            owners.setdefault(word, []).append(number)
    index = (count, {w: tuple(n) for w, n in owners.items()}, frozenset(owners))
    _FIRSTS_INDEX[0] = index
    return index


# The last two texts asked and their places (see run_places), newest first, with the size of
# the index they were found with; the pair is read and replaced whole.
Places = dict[int, list[int]]
_LAST_PLACES: list[tuple[tuple[str, int, Places], tuple[str, int, Places]]] = [
    (("", 0, {}), ("", 0, {}))
]


def run_places(text: str) -> Places:
    """Where each RunStart may match in text: its number -> the ascending start offsets of the
    runs of word characters (`word_runs`) that are one of its `firsts` (no entry: none).

    Worked out once per text for every RunStart at once, for each of the last two texts asked
    (the lists are shared: do not change them): one set lookup per run finds the runs that
    open any of them, and only those are looked up word by word. Each RunStart testing every
    run against its own words cost more than all the matching it then did.
    """
    newest, older = _LAST_PLACES[0]
    count = len(_RUN_STARTS)
    if newest[0] is text and newest[1] == count:
        return newest[2]
    if older[0] is text and older[1] == count:
        return older[2]
    count, owners, union = _firsts_index()
    starts, runs = word_runs(text)
    places: Places = {}
    get = places.get
    for k in compress(range(len(runs)), map(union.__contains__, runs)):
        start = starts[k]
        for number in owners[runs[k]]:
            found = get(number)
            if found is None:
                places[number] = [start]
            else:
                found.append(start)
    _LAST_PLACES[0] = ((text, count, places), newest)
    return places


def run_start(pattern: str, flags: int = 0) -> RunStart:
    r"""`pattern` compiled as a RunStart, its `firsts` read from its parsed form.

    The pattern must open with ``\b`` or a look-behind for no word character, then read
    literal characters (through groups, alternatives and short repetitions) up to a character
    or an assertion that is no word character (a blank, ``[ \t]+``, ``(?![\w])``, ``\b``, the
    end). Raises ValueError for a pattern this cannot read (re.IGNORECASE, a class or a long
    repetition inside the first run, a way to end inside it).
    """
    parsed = _sre_parse.parse(pattern, flags)
    items = list(parsed.data)
    if parsed.state.flags & re.IGNORECASE or not items:
        raise ValueError(f"pattern does not open a run of word characters: {pattern[:40]!r}")
    # Alternatives opening the pattern are read one by one, with what follows them; one that
    # opens with a multi-line ^ is tried at every line's start instead.
    ways = (
        [list(alt.data) + items[1:] for alt in items[0][1][1]]
        if items[0][0] is _sre.BRANCH
        else [items]
    )
    firsts: set[str] = set()
    lines = False
    for way in ways:
        if way[0] == (_sre.AT, _sre.AT_BEGINNING) and parsed.state.flags & re.MULTILINE:
            lines = True
            continue
        if not _opens_a_run(*way[0]):
            raise ValueError(f"pattern does not open a run of word characters: {pattern[:40]!r}")
        opened, closed = _runs(way[1:], {""})
        if opened or "" in closed:
            raise ValueError(f"pattern's first run is not closed: {pattern[:40]!r}")
        firsts |= closed
    if lines and parsed.getwidth()[0] == 0:
        raise ValueError(f"pattern may match nothing at a line's start: {pattern[:40]!r}")
    return RunStart(factored.compile(pattern, flags), firsts, lines)


class FoldedRunStart:
    r"""A regex that reads its opening words in any case (re.IGNORECASE, or ``(?i:...)``
    around them), tried on an ASCII text only where a run of word characters whose lower case
    is one of `runs.firsts` starts: the same matches as ``regex.finditer(text)``.

    `firsts_pattern` is written in lower case, without IGNORECASE, and matches (with ``[0-9]``
    for ``\d``) at least where the regex's matches start: its first runs (`run_start`) are
    the lower case of every first run a match of the regex can open with. The caller vouches
    for that; a test holds each use to its regex. A text that is not all ASCII is searched
    whole (there ``\d`` and lower-casing reach beyond what the runs list).

    Why: `run_start` refuses IGNORECASE (its runs are looked up as written); the lower case's
    runs are split out for the lower-case RunStarts anyway, so looking these up there costs a
    few set lookups instead of a whole-text search.
    """

    __slots__ = ("regex", "runs")

    def __init__(self, regex: factored.Regex, firsts_pattern: str) -> None:
        self.regex = regex
        self.runs = run_start(firsts_pattern)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if not text.isascii():
            return self.regex.finditer(text)
        places = run_places(lowered(text)).get(self.runs.number, ())
        return _matches_from(self.regex.ascii.match, text, places)


WORD_CHAR_RE = re.compile(r"\w")
# Sets of first runs larger than this are refused (the walk would grow too slow).
_MAX_FIRST_RUNS = 20_000


def _no_word_char(item: tuple[Any, Any]) -> bool:
    """Whether a parsed class or character test can match only characters that are not word
    characters (False when it could match one, or is not understood)."""
    op, av = item
    if op is _sre.LITERAL:
        return not WORD_CHAR_RE.match(chr(av))
    if op is _sre.CATEGORY:
        return av is _sre.CATEGORY_SPACE
    if op is _sre.RANGE and av[1] - av[0] < 1000:
        return not any(WORD_CHAR_RE.match(chr(c)) for c in range(av[0], av[1] + 1))
    if op is _sre.IN:
        return all(_no_word_char(x) for x in av)
    return False


def _class_chars(items: list[tuple[Any, Any]]) -> list[str] | None:
    """The characters of a parsed class of literals and short ranges, or None."""
    chars: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            chars.append(chr(av))
        elif op is _sre.RANGE and av[1] - av[0] < 40:
            chars += [chr(c) for c in range(av[0], av[1] + 1)]
        else:
            return None
    return chars


def _is_word_class(item: tuple[Any, Any]) -> bool:
    r"""Whether a parsed item is a class that takes every word character (``[\w...]``)."""
    op, av = item
    return (
        op is _sre.IN
        and (_sre.CATEGORY, _sre.CATEGORY_WORD) in av
        and (
            _sre.NEGATE,
            None,
        )
        not in av
    )


def _opens_a_run(op: Any, av: Any) -> bool:
    if op is _sre.AT:
        return bool(av is _sre.AT_BOUNDARY)
    if op is _sre.ASSERT_NOT and av[0] == -1:
        data = list(av[1].data)
        return len(data) == 1 and _is_word_class(data[0])
    if op is _sre.ASSERT and av[0] == -1:
        # A look-behind whose last character is no word character: "(?<=[a-z][ \t])".
        data = list(av[1].data)
        return bool(data) and data[-1][0] in (_sre.LITERAL, _sre.IN) and _no_word_char(data[-1])
    return False


def _runs(items: list[tuple[Any, Any]], opened: set[str]) -> tuple[set[str], set[str]]:
    """Walk parsed items from the partial first runs `opened`: (runs still open after them,
    runs closed on the way). Raises ValueError for what it cannot read."""
    closed: set[str] = set()
    for op, av in items:
        if not opened:
            break
        if len(opened) + len(closed) > _MAX_FIRST_RUNS:
            raise ValueError("too many first runs")
        if op is _sre.LITERAL and WORD_CHAR_RE.match(chr(av)):
            opened = {p + chr(av) for p in opened}
        elif op in (_sre.LITERAL, _sre.IN) and _no_word_char((op, av)):
            closed |= opened
            opened = set()
        elif op is _sre.IN and (chars := _class_chars(av)) is not None:
            # A small class of listed characters ("(?:a|b)" is parsed as one): the word
            # characters extend the runs, any other closes them.
            if any(not WORD_CHAR_RE.match(c) for c in chars):
                closed |= opened
            opened = {p + c for p in opened for c in chars if WORD_CHAR_RE.match(c)}
        elif op is _sre.AT and av in (_sre.AT_BOUNDARY, _sre.AT_END, _sre.AT_END_STRING):
            if "" in opened:
                raise ValueError("an assertion before the first word character")
            closed |= opened
            opened = set()
        elif op is _sre.ASSERT_NOT and av[0] == 1:
            data = list(av[1].data)
            if len(data) == 1 and _is_word_class(data[0]):
                if "" in opened:
                    raise ValueError("an assertion before the first word character")
                closed |= opened
                opened = set()
            # any other negative look-ahead only narrows the matches
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            pass  # only narrows the matches
        elif op is _sre.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                raise ValueError("re.IGNORECASE inside the first run")
            opened, more = _runs(list(av[3].data), opened)
            closed |= more
        elif op is _sre.BRANCH:
            union: set[str] = set()
            for alt in av[1]:
                o, c = _runs(list(alt.data), opened)
                union |= o
                closed |= c
            opened = union
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            low, high, sub = av
            if high <= 3:
                taken: set[str] = set()
                current = opened
                for n in range(high + 1):
                    if n >= low:
                        taken |= current
                    if n == high or not current:
                        break
                    current, more = _runs(list(sub.data), current)
                    closed |= more
                opened = taken
            else:
                o, c = _runs(list(sub.data), opened)
                if o:
                    raise ValueError("a long repetition inside the first run")
                closed |= c
                if low > 0:
                    opened = set()
        else:
            raise ValueError(f"cannot read {op} inside the first run")
    return opened, closed


# The last text asked and the offsets where its lines start (see line_starts).
_LAST_LINES: list[tuple[str, list[int]]] = [("", [0])]


def line_starts(text: str) -> list[int]:
    """Offsets where text's lines start (0, and each place after a "\\n"), worked out once for
    the last text asked (the list is shared: do not change it)."""
    last = _LAST_LINES[0]
    if last[0] is text:
        return last[1]
    lengths = map(len, text.split("\n"))
    starts = [0, *accumulate(map((1).__add__, lengths))]
    starts.pop()
    _LAST_LINES[0] = (text, starts)
    return starts


class LineStart:
    r"""A regex opening with ``^`` under re.MULTILINE, tried only where a line starts: the same
    matches as ``regex.finditer(text)``.

    Why: the regex engine skips ahead only for a pattern that opens with literal characters
    or ``^`` without re.MULTILINE; one opening with a multi-line ``^`` is tried at every
    position of the text, to fail there unless a line starts. A text has a few dozen lines.
    """

    __slots__ = ("flags", "pattern", "regex")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        parsed = _sre_parse.parse(pattern, flags)
        items = list(parsed.data)
        if not (
            parsed.state.flags & re.MULTILINE
            and items
            and items[0] == (_sre.AT, _sre.AT_BEGINNING)
            and parsed.getwidth()[0] > 0
        ):
            raise ValueError(f"pattern does not open with a multi-line ^: {pattern[:40]!r}")
        self.regex = factored.compile(pattern, flags)
        self.pattern = pattern
        self.flags = self.regex.flags

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return _matches_from(self.regex.for_text(text).match, text, line_starts(text))


def _matches_from(
    match: Callable[[str, int], re.Match[str] | None], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """The matches of `match` tried at each of `starts` (ascending), as finditer finds them:
    none begins inside the one before (the patterns match at least one character)."""
    end = 0
    for start in starts:
        if start < end:
            continue
        m = match(text, start)
        if m is not None:
            end = m.end()
            yield m


def first_runs(phrases: Iterable[str]) -> frozenset[str]:
    r"""The run of word characters (``\w+``) each phrase opens with (RunStart's `firsts`).

    Raises ValueError for a phrase that does not open with a word character."""
    out = set()
    for phrase in phrases:
        m = FIRST_RUN_RE.match(phrase)
        if m is None:
            raise ValueError(f"phrase does not open with a word character: {phrase!r}")
        out.add(m.group(0))
    return frozenset(out)


FIRST_RUN_RE = factored.compile(r"\w+")


def read_plain_words(name: str) -> frozenset[str]:
    """The lines of a data file written one lower-case word a line, with `#` comment lines
    only at its head (a file a script writes, such as first_names_more.txt): read without
    read_words' per-line work, which costs tens of milliseconds at start-up for a long list."""
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and w[0] != "#")


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
    # First names of the SSA's counts that are no everyday word and no other list holds
    # (data/first_names_more.txt, written by training/more_names.py): tens of thousands, so
    # read apart from first_names, only where a lower-case word needs a listed name.
    more_first: frozenset[str]

    def any_first_name(self, word: str) -> bool:
        """Whether a lower-case word is on either first-name list (first_names, more_first),
        as written or without its accents ("théo", "zoë")."""
        if word in self.first_names or word in self.more_first:
            return True
        if word.isascii():
            return False
        bare = fold(word)
        return bare in self.first_names or bare in self.more_first


@cache
def nationalities() -> frozenset[str]:
    """The nationalities and languages of data/nationalities.txt, lower case, read once."""
    return read_words("nationalities.txt")


def fold(word: str) -> str:
    """A word in lower case without its accents ("Théo" -> "theo", "Zoë" -> "zoe")."""
    low = word.lower().replace("’", "'")
    if low.isascii():
        return low
    decomposed = unicodedata.normalize("NFKD", low)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def lexicon() -> Lexicon:
    return Lexicon(
        first_names=read_words("first_names.txt") | read_words("first_names_extra.txt"),
        surnames=read_words("surnames.txt"),
        ambiguous=read_words("ambiguous_names.txt") | read_words("ambiguous_names_extra.txt"),
        context_only=read_words("context_only_names.txt"),
        protected=read_words("protected.txt"),
        must_survive=read_words("must_survive.txt"),
        more_first=read_plain_words("first_names_more.txt"),
    )


@cache
def acronyms() -> frozenset[str]:
    """data/acronyms.txt's short forms of services, roles and processes, lower case ("lado",
    "mash", "ceop")."""
    return read_words("acronyms.txt")


@cache
def places_abroad() -> frozenset[str]:
    """Countries and cities abroad (data/countries.txt, data/cities_abroad*.txt), lower case."""
    return (
        read_words("cities_abroad.txt")
        | read_words("cities_abroad_more.txt")
        | read_words("countries.txt")
    )


@cache
def cities_abroad_travelled() -> frozenset[str]:
    """Cities abroad of 100,000 to 1,000,000 people (data/cities_abroad_more.txt,
    data/cities_abroad_small.txt), lower case: read only where words of a trip or an address
    say a place stands."""
    return read_words("cities_abroad_more.txt") | read_words("cities_abroad_small.txt")


@cache
def short_forms() -> frozenset[str]:
    """Both acronym lists (data/acronyms.txt, data/acronyms_more.txt), lower case: "IRD",
    "PPN" and "IRO" are a meeting, a notice and a post, not someone's initials."""
    return acronyms() | read_words("acronyms_more.txt")


@cache
def towns() -> frozenset[str]:
    """Lower-case names of towns (data/towns.txt, from GeoNames), of the places in
    data/places.txt, of the districts in data/districts.txt and of the villages in
    data/villages.txt: not personal data, and the analysis reads them."""
    names = (
        read_words("towns.txt")
        | read_words("places.txt")
        | read_words("districts.txt")
        | villages()
    )
    # GeoNames writes "Barrow in Furness" and "Stoke-on-Trent"; people write both ways.
    joined = {n.replace(" ", "-") for n in names if JOINED_TOWN_RE.search(n)}
    spaced = {n.replace("-", " ") for n in names if "-" in n}
    return names | joined | spaced


@cache
def towns_more() -> frozenset[str]:
    """Lower-case names of towns named like a street ("ebbw vale", "brierley hill") and of
    islands called "Isle of X" ("north uist"): data/towns_more.txt, from GeoNames. Places only
    after the comma that ends an address and inside a quoted group's name (towns() leaves
    them out, so that "Brixton Hill" anywhere else may be a street)."""
    return read_words("towns_more.txt")


@cache
def address_places() -> frozenset[str]:
    """Lower-case names of towns and villages the other lists leave out, named like a person,
    a street or a word ("kirkby stephen", "chew magna"): data/address_places.txt, from
    GeoNames. Places only as the last part of an address (nobody.address_without_town)."""
    return read_words("address_places.txt")


# A town named "X on Y", "X-in-Y", "X upon Y" ... (the joining words of towns.txt's names).
JOINED_TOWN_RE = factored.compile(r"[ \-](?:on|upon|in|under|by|le|la|de|next|the|super)[ \-]")


@cache
def villages() -> frozenset[str]:
    """Lower-case names of villages and small towns (data/villages.txt, from GeoNames) and of
    the areas of cities (data/districts.txt after CITY_AREAS_MARKER): places, but a school is
    often named after its village or area ("at Lochend", "Rushey Mead"), so "at X" does not
    keep them (keep.py)."""
    return read_words("villages.txt") | city_areas()


# The line of data/districts.txt after which the areas of cities stand (before it, London's
# boroughs, which "at X" keeps as it keeps towns).
CITY_AREAS_MARKER = "# areas of cities"


@cache
def city_areas() -> frozenset[str]:
    """Lower-case names of districts and neighbourhoods of UK cities (data/districts.txt)."""
    text = (DATA_DIR / "districts.txt").read_text(encoding="utf-8")
    _, _, areas = text.partition(CITY_AREAS_MARKER + "\n")
    return frozenset(
        w.strip().lower() for w in areas.split("\n") if w.strip() and not w.startswith("#")
    )


# The line of data/places.txt after which its cities and towns stand (before it, the UK's
# nations, regions and counties).
PLACES_TOWNS_MARKER = "# cities and towns"


@cache
def regions() -> frozenset[str]:
    """Lower-case names of the UK's nations, regions and counties (data/places.txt before
    PLACES_TOWNS_MARKER): "Wales", "Suffolk", "Lancs"."""
    text = (DATA_DIR / "places.txt").read_text(encoding="utf-8")
    head, _, _ = text.partition(PLACES_TOWNS_MARKER + "\n")
    return frozenset(
        w.strip().lower() for w in head.split("\n") if w.strip() and not w.startswith("#")
    )


@cache
def roles() -> frozenset[str]:
    """The roles of data/roles.txt, lower case ("teaching assistant", "headteacher")."""
    return read_words("roles.txt")


@cache
def areas() -> frozenset[str]:
    """Lower-case neighbourhoods and estates of towns (data/areas.txt): where someone lives
    after "from" (patterns._only_place), and no street alone (nobody.names_nobody)."""
    return read_words("areas.txt")


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


class WordStart:
    r"""A regex whose match starts where a word starts or ends (a leading ``\b``, or a given
    look-behind): ``\b`` (or the look-behind) and the body compiled as one regex by
    `factored.compile`, which lets the engine's search skip to the body's first characters
    past the boundary. `pattern` is that regex.

    Why: `re` itself does not look past a leading ``\b``, and tried such a pattern at every
    position; this class once searched for the body alone and checked the boundary in Python at
    each place it matched, which `factored.compile` now makes unnecessary (and slower: a body
    found inside a word cost a call from Python).
    """

    __slots__ = ("flags", "pattern", "regex")

    def __init__(self, body: str, flags: int = 0, before: str | None = None) -> None:
        # With `before` (a look-behind such as r"(?<![\w@])"), that is checked instead of \b.
        self.pattern = (r"\b" if before is None else before) + body
        self.flags = flags
        self.regex = factored.compile(self.pattern, flags)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.regex.search(text, pos, len(text) if endpos is None else endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.regex.match(text, pos, len(text) if endpos is None else endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text, pos, len(text) if endpos is None else endpos)


def word_start(pattern: str, flags: int = 0) -> WordStart:
    r"""`pattern`, which opens with ``\b`` (and has no top-level ``|``), as a WordStart."""
    if not pattern.startswith("\\b"):
        raise ValueError(f"pattern does not open with \\b: {pattern[:40]!r}")
    return WordStart(pattern[2:], flags)


class Anchored:
    r"""A regex searched only where one of its openings stands: the same matches as
    ``regex.finditer``, faster when the openings are few and rare (measure: with many
    openings the checks in Python cost more than they save).

    Why: the regex engine skips ahead only for a pattern that opens with literal characters;
    one opening with ``\b`` and groups of words (``\b(?:(?P<strong>user\s?name|...)|...)``) is
    tried at every position. The openings (the first `width` characters of every way the
    pattern can start, read from its parsed form) make a small pattern the engine does skip
    to, and the full pattern is tried only there.
    """

    __slots__ = ("first", "flags", "pattern", "regex")

    def __init__(self, pattern: str, flags: int = 0, width: int = 2) -> None:
        if flags & re.IGNORECASE:
            raise ValueError("Anchored reads literal openings: no re.IGNORECASE")
        self.regex = factored.compile(pattern, flags)
        self.pattern = pattern
        self.flags = flags
        parsed = _sre_parse.parse(pattern, flags)
        items = list(parsed.data)
        boundary = bool(items) and items[0] == (_sre.AT, _sre.AT_BOUNDARY)
        openings = _openings(items[1:] if boundary else items, width)
        if not openings or any(not o for o in openings):
            raise ValueError(f"pattern has no literal opening: {pattern[:40]!r}")
        body = "(?:" + "|".join(sorted("".join(o) for o in openings)) + ")"
        self.first: factored.Regex | WordStart = (
            WordStart(body, flags) if boundary else factored.compile(body, flags)
        )

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else min(endpos, len(text))
        search = self.first.search
        match = self.regex.match
        while pos <= end:
            cand = search(text, pos, end)
            if cand is None:
                return
            start = cand.start()
            m = match(text, start, end)
            if m is None:
                pos = start + 1
                continue
            yield m
            pos = m.end() if m.end() > start else start + 1

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)


_CATEGORIES = {
    _sre.CATEGORY_DIGIT: r"\d",
    _sre.CATEGORY_NOT_DIGIT: r"\D",
    _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_NOT_SPACE: r"\S",
    _sre.CATEGORY_WORD: r"\w",
    _sre.CATEGORY_NOT_WORD: r"\W",
}


def _char_class(items: list[tuple[Any, Any]]) -> str | None:
    """A parsed character set as a regex class, or None for a kind not handled."""
    parts = []
    for op, av in items:
        if op is _sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is _sre.RANGE:
            parts.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is _sre.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        elif op is _sre.NEGATE:
            parts.insert(0, "^")
        else:
            return None
    return "[" + "".join(parts) + "]"


Opening = tuple[str, ...]


def _openings(items: list[tuple[Any, Any]], k: int) -> set[Opening] | None:
    """The first k characters (as regex snippets) of every way the parsed items can match;
    shorter where a repetition or the end comes first. None when something is not handled."""
    done: set[Opening] = set()
    partial: set[Opening] = {()}
    for op, av in items:
        if not partial:
            break
        step = _item_openings(op, av, k)
        if step is None:
            return None
        nexts, closes = step
        grown: set[Opening] = set()
        for pre in partial:
            for o in nexts:
                joined = (pre + o)[:k]
                if len(joined) >= k or (closes and o):
                    done.add(joined)
                else:
                    grown.add(joined)
        partial = grown
    return done | partial


def _item_openings(op: Any, av: Any, k: int) -> tuple[set[Opening], bool] | None:
    """(openings of one item, whether nothing after it may be added to them)."""
    if op is _sre.LITERAL:
        return {(re.escape(chr(av)),)}, False
    if op is _sre.IN:
        cls = _char_class(list(av))
        return ({(cls,)}, False) if cls is not None else None
    if op is _sre.ANY:
        return {("(?s:.)",)}, False
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return {()}, False  # zero width: says nothing about the characters
    if op is _sre.SUBPATTERN:
        if av[1] & _sre.SRE_FLAG_IGNORECASE:
            return None  # "(?i:...)": the openings would need every case
        sub = _openings(list(av[3].data), k)
        return (sub, True) if sub is not None else None
    if op is _sre.BRANCH:
        out: set[Opening] = set()
        for alt in av[1]:
            sub = _openings(list(alt.data), k)
            if sub is None:
                return None
            out |= sub
        return out, True
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _high, item = av
        sub = _openings(list(item.data), k)
        if sub is None:
            return None
        return (sub if low >= 1 else sub | {()}), True
    return None


# What the recognisers search with: a compiled regex, a WordStart or an Anchored.
Searchable = re.Pattern[str] | factored.Regex | WordStart | Anchored
