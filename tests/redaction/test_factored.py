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
