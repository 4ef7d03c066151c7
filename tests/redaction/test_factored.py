"""factored.compile finds exactly what re.compile finds, with the same groups, from every
position, in ASCII text (its twin compiled with re.ASCII) and in any other (it only factors
alternations and reads ASCII text by ASCII's rules, so the engine does less)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebook.redaction import factored
from casebook.redaction.patterns import CUE, SAINT_SCHOOL, SCHOOL_CUE_RE

# Each pattern holds a case the factoring must get right: alternatives sharing a first
# character apart from each other, empty and shorter alternatives before longer ones, groups
# in a tail that is written out, fences (classes, look-arounds), case folding (ASCII letters,
# and "ſ" and the Kelvin sign, which fold onto "s" and "k"), inline flags and repeats; and
# patterns opening with a boundary or a look-around before a literal prefix or a set of first
# characters (which the search skips to).
PATTERNS: list[tuple[str, int]] = [
    (r"(?:pupils?|students?|a\s+(?:boy|girl))\s+(?:from|at)|attends|a\s+pupil|pu", 0),
    (r"a|ab|abc|b|ba|", 0),
    (r"ab|a|abc", 0),
    (r"(?:x|y|xy)(?P<g>\d+)|x1|(?P<h>y)2", 0),
    (r"(?:ab|\w+|ac)d|ad|a", 0),
    (r"(?<=ab|cd)e|(?<!x)ay|ae|(?=a)a\w", 0),
    (r"Ab|ab|aB|ſx|sx|Kx|kx|\u212ax|s", re.I),
    (r"(?i:ab|Ac)|aD|AB", 0),
    (r"(?-i:ab|AB)|Ac|ab", re.I),
    (r"(?:ab|ac)+|a(?:b|c)*?d|a", 0),
    (r"\b(?:at|attends|at\s+home)\b|\bat", 0),
    (r"(?P<a>x)(?:y|z)(?P=a)|xyx|xz", 0),
    (r"\b(?:at|attends)\b", 0),
    (r"\bat\s+home|\bab", 0),
    (r"(?<![\w@])\b(?:ab|ac|x)", 0),
    (r"(?<!x)(?=a)ab\w*", 0),
    (r"\bschool\b", 0),
    (r"\B(?P<x>ab)c", 0),
    (r"\b12\b", re.I),
    (r"\b(?:Ab|ac)", re.I),
    (r"\s+\S|[^\w\s]+|[\s\d]+x|[\S]y|[^\S]z", 0),
    (r"[^\W\d_]+|\W+|\d\D|\B_", 0),
    (r"(?i)[a-z]+ſ?|(?i:k)\w+|[^\W\d_]\b", 0),
    (CUE, 0),
    (CUE, re.I),
    (SCHOOL_CUE_RE.pattern, 0),
    (SAINT_SCHOOL, re.I),
    # No literal prefix and no set of first characters for `re`: a set read through
    # alternatives opening with classes, repetitions, optional parts and (?i:...).
    (r"[,(][ \t]*(?:st|saint)|\)[ \t]+(?:st|saint)", 0),
    (r"(?<![\w.@/#\-])[A-Z]{2,3}(?![\w.@/#\-]|\.\w)", 0),
    (r"\b(?i:user|tag|ſx)[ \t]+\w", 0),
    (r"(?:^|[.;\-–][ \t]+)(?:school|club)", 0),
    (r"(?:x|y)?[ab]c|(?i:K)z|(?>\d)\.|[^\W\d]b", 0),
    (r"\b(?:year|yr|s)[ \t]?\d{1,2}|(?:[^a-z]x|.y)", 0),
]

TEXTS = [
    "pupils from abc, students at x; a  boy from y, attends a pupil pu",
    "ab abc ba b a, abd acd ad axd aed cde xay ay ae abab acac abcd",
    "x12 y34 xy56 x1 y2 Ab AB aB sx SX ſx ſX Kx KX \u212ax kx s S ſ",
    "at home, attends, at\nhome; xyx xzx xyz username: bob_12 handle 'kai'",
    "AD aD Ad ACAB acab: from st aidan's, at Saint John's; school ( greythorne )",
    "schools school xschool 12 123 a12 12b xab @ab #ab abc cab",
    "a\x1cb \x1f\x1dc_d 1\x1e3 x\ty ,; kK ks \x1cx \x1dy \x1ez",
    "a\x1cb \x1f\x1dc_d 1²3 x\ty ,; kK ks \x1cx \x1dy \x1ez",
    "Hi, st (saint) x ABC.D (ABCD EF) user 12 TAG  x .school; club –club tag\tz ſx y",
    "yr 9 year10 s1 xy yc ac Kz kz 1. 2.2 xb _b AB, ab",
    "",
]


def _all_matches(regex: re.Pattern[str] | factored.Regex, text: str) -> list[object]:
    found: list[object] = [(m.span(), m.groups()) for m in regex.finditer(text)]
    for pos in range(len(text) + 1):
        for m in (regex.match(text, pos), regex.search(text, pos)):
            found.append(m and (m.span(), m.groups(), m.groupdict()))
    return found


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_same_matches_as_re_compile(pattern: str, flags: int) -> None:
    plain = re.compile(pattern, flags)
    fast = factored.compile(pattern, flags)
    assert (fast.pattern, fast.flags, fast.groupindex) == (
        plain.pattern,
        plain.flags,
        plain.groupindex,
    )
    for text in TEXTS:
        assert _all_matches(fast, text) == _all_matches(plain, text), text
        assert _all_matches(fast, text.upper()) == _all_matches(plain, text.upper()), text


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(
        st.text(alphabet="abcsxyKkſ\u212a12 ", min_size=1, max_size=3), min_size=1, max_size=6
    ),
    text=st.text(alphabet="abcsxyKkſ\u212a12 \n\x1c_²", max_size=30)
    | st.text(alphabet="abcsxyKk12 \n\x1c_", max_size=30),
    ignore_case=st.booleans(),
)
def test_generated_alternations(words: list[str], text: str, ignore_case: bool) -> None:
    pattern = (
        "|".join(re.escape(w) for w in words)
        + "|(?:"
        + "|".join(words[::-1])
        + r")x|\s\S|[^\W\d_]\d|\b\w"
    )
    flags = re.I if ignore_case else 0
    plain = re.compile(pattern, flags)
    fast = factored.compile(pattern, flags)
    assert _all_matches(fast, text) == _all_matches(plain, text)


@pytest.mark.parametrize(
    ("pattern", "flags", "ascii_twin"),
    [
        (r"[,(][ \t]*(?:st|saint)|\)[ \t]+(?:st|saint)", 0, False),
        (r"(?<![\w.@/#\-])[A-Z]{2,3}(?![\w.@/#\-]|\.\w)", 0, False),
        (r"\b(?i:user|tag)[ \t]+\w", 0, True),
        (r"(?:^|[.;\-–][ \t]+)(?:school|club)", re.M, False),
    ],
)
def test_first_characters_read_where_re_reads_none(
    pattern: str, flags: int, ascii_twin: bool
) -> None:
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]

    flags |= re.ASCII if ascii_twin else 0
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    assert code[0] == _constants.INFO and code[2] == 0  # re itself: no prefix, no set
    fast = factored._info_first_chars(parsed, flags, code, ascii_twin)
    assert fast[2] == _constants.SRE_INFO_CHARSET


def test_re_itself_is_left_as_it_was() -> None:
    # The parser shares the lists behind \s, \S, \d and \w between patterns: a twin must not
    # change them (bytes patterns read \s by ASCII's rules, without \x1c).
    for pattern in (r"\s", r"\S", r"\d\w", r"\s+\S|[^\W\d_]"):
        factored.compile(pattern).search("ascii text 12")
    assert re.compile(rb"\s(?#a pattern not cached)").fullmatch(b"\x1c") is None
    assert re.compile(r"\S(?#a pattern not cached)", re.ASCII).fullmatch("\x1c") is not None


def test_errors_are_re_errors() -> None:
    with pytest.raises(re.error):
        factored.compile(r"(?:ab|ac")


def _item(pattern: str, k: int = 0) -> tuple[object, object]:
    from re import _parser  # type: ignore[attr-defined]

    op, av = _parser.parse(pattern).data[k]
    return op, av


def _items(pattern: str) -> list[tuple[object, object]]:
    from re import _parser  # type: ignore[attr-defined]

    return list(_parser.parse(pattern).data)


@pytest.mark.parametrize(
    ("pattern", "k", "ignore_case", "kind", "inner", "case"),
    [
        ("a", 0, False, "char", [], False),
        ("[ab0-9\\w]", 0, False, "char", [], False),
        ("[^a]", 0, True, "char", [], True),
        (".", 0, False, "char", [], False),
        ("^", 0, False, "empty", [], False),
        ("\\b", 0, False, "empty", [], False),
        ("(?=ab)", 0, False, "empty", [], False),
        ("(?<!ab)", 0, False, "empty", [], False),
        ("(?i:ab)", 0, False, "all", ["ab"], True),
        ("(?-i:ab)", 0, True, "all", ["ab"], False),
        ("(?P<g>ab)", 0, False, "all", ["ab"], False),
        ("(?>ab)", 0, False, "all", ["ab"], False),
        ("ab|cd|", 0, False, "any", ["ab", "cd", ""], False),
        ("(?:ab)+", 0, False, "all", ["ab"], False),
        ("(?:ab){2,5}?", 0, False, "all", ["ab"], False),
        ("(?:ab)*", 0, True, "optional", ["ab"], True),
        ("(?:ab)??", 0, False, "optional", ["ab"], False),
        ("(?:ab)?+", 0, False, "optional", ["ab"], False),
        ("(a)\\1", 1, False, "unknown", [], False),
        ("(a)?(?(1)b|c)", 1, False, "unknown", [], False),
    ],
)
def test_parts_reads_each_shape_of_the_private_parser(
    pattern: str, k: int, ignore_case: bool, kind: str, inner: list[str], case: bool
) -> None:
    # factored._parts is the walker's one reader of re._parser's private tree: if a Python
    # release changes how an item holds its inner sequences, this fails here, by pattern.
    got = factored._parts(*_item(pattern, k), ignore_case)
    assert got == (kind, [_items(p) for p in inner], case), (
        f"re._parser's tree for {pattern!r} is not the shape factored._parts reads "
        f"(checked on CPython 3.11): got {got!r}"
    )


def test_an_item_the_walker_does_not_know_gives_no_first_characters() -> None:
    # The safe fallback: an opcode _parts does not know (here a back reference and a
    # conditional, standing for any new one) ends the walk with None, and the pattern keeps
    # the code `re` made for it, tried at every position.
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]

    assert factored._parts(object(), None, False)[0] == "unknown"
    for pattern in (r"(x)?\1y", r"(x)?(?(1)y|z)w"):
        parsed = _parser.parse(pattern)
        assert factored._first_chars(list(parsed.data), False, factored._unicode_leaf) is None
        assert factored._first_chars(list(parsed.data), False, factored._ascii_leaf) is None
        code = _compiler._code(parsed, 0)
        assert code[0] == _constants.INFO and code[2] == 0
        assert factored._info_first_chars(parsed, 0, code, False) == code
        plain, fast = re.compile(pattern), factored.compile(pattern)
        for text in ("xxy xy y zw xyw w", "XXY"):
            assert _all_matches(fast, text) == _all_matches(plain, text)


@pytest.mark.parametrize(
    ("pattern", "ignore_case", "unicode", "ascii"),
    [
        # One walk, two readings of the characters it reaches: class items for a Unicode
        # pattern (none under IGNORECASE), ASCII codes for a twin (both cases of a letter;
        # None: every ASCII character).
        (r"\b(?:ab|[xy]c)?d", False, "axyd", "axyd"),
        (r"(?i:k)z", False, None, "Kk"),
        (r"k(?-i:z)", True, None, "Kk"),
        (r"(?:ab)*+(?=q)\B.", False, None, None),
        (r"[^a]b", False, None, None),
    ],
)
def test_one_walk_reads_first_characters_for_both_forms(
    pattern: str, ignore_case: bool, unicode: str | None, ascii: str | None
) -> None:
    items = _items(pattern)
    found = factored._first_chars(items, ignore_case, factored._unicode_leaf)
    chars = None if found is None else "".join(chr(av) for _, av in found[0])
    assert chars == unicode
    twin = factored._first_chars(items, ignore_case, factored._ascii_leaf)
    assert twin is not None and not twin[1]
    codes = set(twin[0])
    assert (None if len(codes) == 128 else "".join(sorted(map(chr, codes)))) == (
        None if ascii is None else "".join(sorted(ascii))
    )
