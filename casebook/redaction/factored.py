"""`compile(pattern, flags)`: `re.compile` with every alternation factored by its first
characters, so the engine tries each alternative only where its first character stands.

Why: Python's regex engine tries the alternatives of `(?:pupils?|students?|...|between)` one
after another at every place it looks, a test for each. The recognisers' cue lists have
dozens of alternatives, and these tests were the largest single cost of a redaction.
Factored as a trie (`p(?:upils?|arents?)|s(?:tudents?|taff)|...`) the engine reads one
character to choose among them.

The matches are the same, found in the same order: only alternatives that open with
different literal characters (which can never both match at one place) change places, an
alternative that opens with anything else (a class, a look-behind, an empty match) is a fence
that none moves across, and `(?:A|B)C` becomes `AC|BC`, which a backtracking engine tries in
the same order. Look-arounds are left as they are. Under IGNORECASE only ASCII letters are
factored, by their lower case (a non-ASCII literal is a fence: some fold onto ASCII ones).
The result is a real `re.Pattern`, its `.pattern` and `.flags` those of the source.
"""

from __future__ import annotations

import _sre as _sre_engine  # type: ignore[import-not-found]
import re
import sys
from collections.abc import Callable, Iterator
from re import _compiler as _sre_compile  # type: ignore[attr-defined]
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any, TypeVar

Item = tuple[Any, Any]

# (?:A|B)C is written out as AC|BC only while C is this small (in parsed items, counted
# through groups), so a long tail is not copied dozens of times: compiling stays quick.
_MAX_TAIL = 40


def compile(pattern: str, flags: int = 0) -> Regex:
    """`re.compile(pattern, flags)` with the same matches, its alternations factored, and a
    twin compiled for ASCII text (see `Regex`).

    Raises re.error as `re.compile` does.
    """
    return Regex(_compiled(pattern, int(flags), ascii_twin=False))


class Regex:
    """A compiled pattern and its twin for text that is all ASCII: the same matches.

    Why: with Unicode patterns the engine asks the Unicode database whether each character is
    a letter, a digit or a space (`\\w`, `\\d`, `[^\\W\\d_]`) and lower-cases by Unicode's
    tables under IGNORECASE; most enquiries are plain ASCII, where `re.ASCII` gives the same
    answers from a small table. `str.isascii()` costs nothing (CPython records it), so each
    call picks its twin. Where ASCII could differ the twin is the pattern itself: `\\s` also
    takes the separators \\x1c-\\x1f in Unicode (kept in the twin's classes; a pattern whose
    `\\S` sits among other items in a class has no twin), and under IGNORECASE a non-ASCII
    letter can fold onto an ASCII one ("ſ", the Kelvin sign: no twin). The twin is compiled
    with the pattern, at import for the module-level ones: compiled on first use, a pattern
    that few texts reach was compiled in the middle of a run of documents, where compiling
    costs far more than its searches.
    """

    __slots__ = ("ascii", "flags", "groupindex", "groups", "pattern", "unicode")

    def __init__(self, unicode: re.Pattern[str]) -> None:
        self.unicode = unicode
        self.pattern = unicode.pattern
        self.flags = unicode.flags
        self.groups = unicode.groups
        self.groupindex = unicode.groupindex
        try:
            self.ascii = _compiled(self.pattern, self.flags & ~re.UNICODE, ascii_twin=True)
        except (re.error, ValueError):
            self.ascii = unicode

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self.ascii if string.isascii() else self.unicode).search(string, pos, endpos)

    def for_text(self, string: str) -> re.Pattern[str]:
        """The compiled pattern that reads `string` (the twin for ASCII text): for a caller
        matching one text at many places, which then skips this class's call each time."""
        return self.ascii if string.isascii() else self.unicode

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self.ascii if string.isascii() else self.unicode).match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return (self.ascii if string.isascii() else self.unicode).fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return (self.ascii if string.isascii() else self.unicode).finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return (self.ascii if string.isascii() else self.unicode).findall(string, pos, endpos)

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        return (self.ascii if string.isascii() else self.unicode).split(string, maxsplit)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return (self.ascii if string.isascii() else self.unicode).sub(repl, string, count)


def _compiled(pattern: str, flags: int, ascii_twin: bool) -> re.Pattern[str]:
    parsed = _sre_parse.parse(pattern, flags | re.ASCII if ascii_twin else flags)
    ignore_case = bool(parsed.state.flags & re.IGNORECASE)
    if ascii_twin:
        flags |= re.ASCII
        if not _as_ascii(parsed.data, ignore_case):
            raise ValueError("no ASCII twin")
    parsed.data = _Factor(parsed.state).sequence(list(parsed.data), ignore_case)
    code = _info_past_assertions(parsed, flags, _sre_compile._code(parsed, flags))
    code = _info_first_chars(parsed, flags, code, ascii_twin)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    compiled: re.Pattern[str] = _sre_engine.compile(
        pattern,
        flags | parsed.state.flags,
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    return compiled


# Non-ASCII letters whose case folding reaches an ASCII letter under the engine's own rules.
_FOLDS_TO_ASCII = frozenset([0x130, 0x131, 0x17F, 0x212A])


def _folds_to_ascii(code: int) -> bool:
    if code < 128:
        return False
    char = chr(code)
    return code in _FOLDS_TO_ASCII or any(
        ord(c) < 128 for c in char.lower() + char.upper() + char.casefold()
    )


_MEMBERS: dict[tuple[Any, bool], list[int]] = {}


def _ascii_members(charset: tuple[Any, ...], ignore_case: bool) -> list[int]:
    """The ASCII characters a parsed character class takes, read from the class compiled with
    Unicode's rules."""
    key = (charset, ignore_case)
    if key not in _MEMBERS:
        state = _sre_parse.State()
        state.flags = re.UNICODE | (re.IGNORECASE if ignore_case else 0)
        regex = _sre_compile.compile(_sre_parse.SubPattern(state, [(_sre.IN, list(charset))]))
        _MEMBERS[key] = [c for c in range(128) if regex.match(chr(c))]
    return _MEMBERS[key]


def _as_ascii(items: Any, ignore_case: bool) -> bool:
    """Make parsed items (compiled with re.ASCII) match on ASCII text what they match
    without it, in place; False when that cannot be done."""
    for k, (op, av) in enumerate(items):
        if op is _sre.IN:
            # The class as the ASCII characters it takes under Unicode's rules: one bitmap
            # test per character instead of the categories' (and exact on ASCII text, \x1c-\x1f
            # and letters folding onto ASCII included). A new item: the parser shares the
            # lists of \s, \d and \w between all patterns.
            members = _ascii_members(tuple(av), ignore_case)
            items[k] = (op, [(_sre.LITERAL, c) for c in members])
        elif op in (_sre.LITERAL, _sre.NOT_LITERAL):
            if ignore_case and _folds_to_ascii(av):
                return False
        elif op is _sre.SUBPATTERN:
            inner_case = (ignore_case or bool(av[1] & re.IGNORECASE)) and not (
                av[2] & re.IGNORECASE
            )
            if not _as_ascii(av[3].data, inner_case):
                return False
        elif op is _sre.BRANCH:
            if not all(_as_ascii(alt.data, ignore_case) for alt in av[1]):
                return False
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            if not _as_ascii(av[2].data, ignore_case):
                return False
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            if not _as_ascii(av[1].data, ignore_case):
                return False
        elif op is _sre.ATOMIC_GROUP:
            if not _as_ascii(av.data, ignore_case):
                return False
        elif op is _sre.GROUPREF_EXISTS:
            if not all(_as_ascii(sub.data, ignore_case) for sub in av[1:] if sub is not None):
                return False
        elif op in (_sre.CATEGORY,):
            return False  # a category outside a class: not expected from the parser
    return True


class _Factor:
    def __init__(self, state: Any) -> None:
        self.state = state

    def sequence(self, items: list[Item], ignore_case: bool) -> list[Item]:
        """The items with every alternation inside them factored (look-arounds untouched)."""
        out: list[Item] = []
        for op, av in items:
            if op is _sre.BRANCH:
                out.extend(self.branch([list(alt.data) for alt in av[1]], ignore_case))
            elif op is _sre.SUBPATTERN:
                group, add_flags, del_flags, sub = av
                inner_case = (ignore_case or bool(add_flags & re.IGNORECASE)) and not (
                    del_flags & re.IGNORECASE
                )
                body = self.sub(self.sequence(list(sub.data), inner_case))
                out.append((op, (group, add_flags, del_flags, body)))
            elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
                low, high, sub = av
                out.append((op, (low, high, self.sub(self.sequence(list(sub.data), ignore_case)))))
            else:
                out.append((op, av))
        return out

    def sub(self, items: list[Item]) -> Any:
        return _sre_parse.SubPattern(self.state, items)

    def branch(self, alternatives: list[list[Item]], ignore_case: bool) -> list[Item]:
        """Items matching what `A|B|...` matches, in the same order, factored."""
        written: list[list[Item]] = []
        for alt in alternatives:
            written.extend(_written_out(alt))
        groups: list[tuple[Any, list[list[Item]]]] = []
        open_groups: dict[Any, list[list[Item]]] = {}
        for alt in written:
            key = _first_key(alt, ignore_case)
            if key is None:
                groups.append((None, [alt]))
                open_groups = {}  # a fence: nothing moves up past it
            elif key in open_groups:
                open_groups[key].append(alt)
            else:
                members = [alt]
                groups.append((key, members))
                open_groups[key] = members
        factored: list[list[Item]] = []
        for key, members in groups:
            if key is None or len(members) == 1:
                factored.extend(self.sequence(alt, ignore_case) for alt in members)
            else:
                rest = self.branch([alt[1:] for alt in members], ignore_case)
                factored.append([(_sre.LITERAL, key), *rest])
        if len(factored) == 1:
            return factored[0]
        return [(_sre.BRANCH, (None, [self.sub(alt) for alt in factored]))]


# Zero-width openings the engine's search cannot see past: a word boundary, a look-behind or a
# look-ahead.
_ASSERTIONS = (_sre.ASSERT, _sre.ASSERT_NOT)
_BOUNDARIES = (_sre.AT_BOUNDARY, _sre.AT_NON_BOUNDARY)


def _info_past_assertions(parsed: Any, flags: int, code: list[int]) -> list[int]:
    """The compiled code with its opening INFO block read past leading assertions.

    The engine's search skips ahead to a pattern's literal prefix or first-character set,
    from its INFO block; `re` leaves both out when the pattern opens with `\b` or a
    look-around, so such a pattern is tried at every position. Assertions consume nothing, so
    the first character a match consumes is still the body's: its prefix (matched again from
    the start: a prefix skip of 0) or character set is a true filter.
    """
    items = list(parsed.data)
    k = 0
    while k < len(items) and (
        items[k][0] in _ASSERTIONS or (items[k][0] is _sre.AT and items[k][1] in _BOUNDARIES)
    ):
        k += 1
    if k == 0 or k == len(items) or code[0] != _sre.INFO or code[2] != 0:
        return code
    flags = parsed.state.flags | flags
    low, high = parsed.getwidth()
    if low == 0:
        return code
    body = _sre_parse.SubPattern(parsed.state, items[k:])
    prefix, _skip, _all = _sre_compile._get_literal_prefix(body, flags)
    charset = None if prefix else _sre_compile._get_charset_prefix(body, flags)
    if not prefix and not charset:
        return code
    info: list[int] = [_sre.INFO, 0]
    info.append(_sre.SRE_INFO_PREFIX if prefix else _sre.SRE_INFO_CHARSET)
    info.append(min(low, _sre_compile.MAXCODE))
    info.append(min(high, _sre_compile.MAXCODE))
    if prefix:
        prefix = prefix[: _sre_compile.MAXCODE]
        info += [len(prefix), 0, *prefix]
        info += _sre_compile._generate_overlap_table(prefix)
    else:
        charset, hascased = _sre_compile._optimize_charset(charset)
        if hascased:
            return code
        _sre_compile._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return info + code[1 + code[1] :]


def _info_first_chars(parsed: Any, flags: int, code: list[int], ascii_twin: bool) -> list[int]:
    r"""The compiled code with a first-character set in its INFO block where `re` (and
    `_info_past_assertions`) gave it neither a literal prefix nor such a set.

    `re` reads a set only from a pattern opening with a class or with alternatives that each
    open with one literal; a pattern opening with a repetition (``[A-Z]{2,3}``), with
    alternatives opening with classes or words (``[,(][ \t]*st|\)[ \t]+st``), with optional
    parts or with ``(?i:...)`` was tried at every position of the text. Here the characters
    a match can consume first are read through groups, alternatives, repetitions and
    zero-width items (a match starting at a place consumes the character there first), and
    the search skips to them. Under IGNORECASE only the ASCII twin gets a set (both cases of
    each letter: the twin reads only ASCII text).
    """
    if code[0] != _sre.INFO or code[2] != 0:
        return code
    low, high = parsed.getwidth()
    if low == 0:
        return code
    flags = parsed.state.flags | flags
    ignore_case = bool(flags & re.IGNORECASE)
    if ascii_twin:
        found = _first_chars(list(parsed.data), ignore_case, _ascii_leaf)
        if found is None or found[1]:
            return code
        charset: list[Item] = [(_sre.LITERAL, c) for c in sorted(set(found[0]))]
    else:
        if ignore_case:
            return code
        items = _first_chars(list(parsed.data), ignore_case, _unicode_leaf)
        if items is None or items[1]:
            return code
        charset = items[0]
    if not charset:
        return code
    charset, hascased = _sre_compile._optimize_charset(charset)
    if hascased:
        return code
    info: list[int] = [_sre.INFO, 0, _sre.SRE_INFO_CHARSET]
    info.append(min(low, _sre_compile.MAXCODE))
    info.append(min(high, _sre_compile.MAXCODE))
    _sre_compile._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return info + code[1 + code[1] :]


_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_CHARACTERS = (_sre.LITERAL, _sre.NOT_LITERAL, _sre.IN, _sre.ANY)


def _parts(op: Any, av: Any, ignore_case: bool) -> tuple[str, list[list[Item]], bool]:
    """How one item of a parsed pattern is built, for `_first_chars`: (its kind, the item
    sequences inside it, whether IGNORECASE holds inside it). The kinds: "char" (consumes
    one character: a literal, a class, any character), "empty" (zero width: ``^``, ``\\b``,
    a look-around), "all" (a group: its one sequence), "any" (an alternation: one of its
    sequences), "optional" (a repetition that may repeat nothing), "unknown" (anything else:
    a back reference, a conditional).

    Why here: `re` gives no public parsed form, so this reads `re._parser`'s private one
    (`re._constants` opcodes, each item an (op, av) pair whose av holds its inner
    `SubPattern`s in a place that depends on op). Every such read of the walker is in this
    function, and `test_factored.py` checks each shape it expects, failing by name if a
    Python release changes one. Checked on CPython 3.11.2 and 3.11.7; other versions not.
    """
    if op in _CHARACTERS:
        return "char", [], ignore_case
    if op in _ZERO_WIDTH:
        return "empty", [], ignore_case
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        case = (ignore_case or bool(add_flags & re.IGNORECASE)) and not (del_flags & re.IGNORECASE)
        return "all", [list(sub.data)], case
    if op is _sre.ATOMIC_GROUP:
        return "all", [list(av.data)], ignore_case
    if op is _sre.BRANCH:
        return "any", [list(alt.data) for alt in av[1]], ignore_case
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return ("optional" if low == 0 else "all"), [list(sub.data)], ignore_case
    return "unknown", [], ignore_case


_T = TypeVar("_T")
# What a character item of a pattern can consume first, as `_first_chars` collects it (a
# list), read from the item's op and av under IGNORECASE or not; None when it is not read.
Leaf = Callable[[Any, Any, bool], list[_T] | None]


def _first_chars(
    items: list[Item], ignore_case: bool, leaf: Leaf[_T]
) -> tuple[list[_T], bool] | None:
    """(what `leaf` gives for every character item a match of parsed items can consume
    first, in pattern order; whether they can match consuming nothing), or None when one of
    those items is not read (`leaf` gives None, or `_parts` says "unknown")."""
    out: list[_T] = []
    for op, av in items:
        kind, inner, case = _parts(op, av, ignore_case)
        if kind == "char":
            chars = leaf(op, av, case)
            if chars is None:
                return None
            out.extend(chars)
            return out, False
        if kind == "unknown":
            return None
        nullable = kind != "all" and kind != "any"
        for sequence in inner:
            sub = _first_chars(sequence, case, leaf)
            if sub is None:
                return None
            out.extend(sub[0])
            nullable = nullable or sub[1]
        if not nullable:
            return out, False
    return out, True


def _unicode_leaf(op: Any, av: Any, ignore_case: bool) -> list[Item] | None:
    """Class items for a character item of a Unicode pattern: a literal, or a class of
    literals, ranges and categories (not negated); None for anything else and under
    IGNORECASE."""
    if ignore_case:
        return None
    if op is _sre.LITERAL:
        return [(op, av)]
    if op is _sre.IN and all(o in (_sre.LITERAL, _sre.RANGE, _sre.CATEGORY) for o, _ in av):
        return list(av)
    return None


_ASCII_LETTER_CASES = {c: [c, ord(chr(c).swapcase())] for c in range(128) if chr(c).isalpha()}
_ALL_ASCII = list(range(128))


def _ascii_leaf(op: Any, av: Any, ignore_case: bool) -> list[int] | None:
    """The ASCII characters a character item of an ASCII twin can consume (its classes are
    lists of ASCII literals, see `_as_ascii`): under IGNORECASE a letter stands for both its
    cases, and a literal outside ASCII never meets the twin's text. None for a class holding
    anything but literals."""
    if op is _sre.LITERAL:
        literals = [av]
    elif op is _sre.IN:
        if any(o is not _sre.LITERAL for o, _ in av):
            return None
        literals = [c for _, c in av]
    else:
        return _ALL_ASCII  # any character, or all but one
    out: list[int] = []
    for c in literals:
        if c < 128:
            out.extend(_ASCII_LETTER_CASES.get(c, [c]) if ignore_case else [c])
    return out


def _written_out(alt: list[Item]) -> list[list[Item]]:
    """(?:A|B)C as [AC, BC], recursively while an alternative opens with an alternation
    and C is small."""
    if alt and alt[0][0] is _sre.BRANCH and _size(alt[1:], _MAX_TAIL) <= _MAX_TAIL:
        out: list[list[Item]] = []
        for inner in alt[0][1][1]:
            out.extend(_written_out([*inner.data, *alt[1:]]))
        return out
    return [alt]


def _first_key(alt: list[Item], ignore_case: bool) -> int | None:
    """The literal character an alternative opens with (lower-cased under IGNORECASE), or
    None when it opens with anything else."""
    if not alt or alt[0][0] is not _sre.LITERAL:
        return None
    char: int = alt[0][1]
    if not ignore_case:
        return char
    if char >= 128:
        return None
    return ord(chr(char).lower())


def _size(items: Any, limit: int) -> int:
    """How many parsed items, counted through groups and alternations (up to past limit)."""
    total = 0
    for op, av in items:
        total += 1
        if op is _sre.BRANCH:
            for alt in av[1]:
                total += _size(alt.data, limit - total)
        elif op is _sre.SUBPATTERN:
            total += _size(av[3].data, limit - total)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            total += _size(av[2].data, limit - total)
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            total += _size(av[1].data, limit - total)
        if total > limit:
            break
    return total
