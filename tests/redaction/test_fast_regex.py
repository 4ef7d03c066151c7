"""WordStart and Anchored find exactly what the plain regex finds (they only search faster)."""

from __future__ import annotations

import re

import pytest

from casebook.redaction.lexicon import Anchored, WordStart, word_start

TEXTS = [
    "at the school at 9, sat at home; cat at-risk. At last at",
    "xsnap abc12 add me on snap mcgifter99 go.snap a_b snapchat: jo_b",
    "https://x.invalid/a and www.example.invalid, notwww.x and ftp://h/p",
    "Kai Moss 14/03/2011, 2010/08/17, 12014 and 2016-01-02 v2011",
    "",
    "at",
]


@pytest.mark.parametrize(
    ("fast", "plain"),
    [
        (word_start(r"\b(?:at|from)[ \t]+\w+"), r"\b(?:at|from)[ \t]+\w+"),
        (
            WordStart(r"(?:snap(?:chat)?)\b[ \t:]*(?P<t>\w+)", before=r"(?<![\w@./])"),
            r"(?<![\w@./])(?:snap(?:chat)?)\b[ \t:]*(?P<t>\w+)",
        ),
        (
            WordStart(r"(?:199\d|200\d|201[0-6])(?![\d/.\-]\d)", before=r"(?<!\d)"),
            r"(?<!\d)(?:199\d|200\d|201[0-6])(?![\d/.\-]\d)",
        ),
        (
            Anchored(r"\b(?:https?|ftp)://\S+|\bwww\.\S+"),
            r"\b(?:https?|ftp)://\S+|\bwww\.\S+",
        ),
        (Anchored(r"\b(?:at|sat)\b[ \t]+(?:home|last)"), r"\b(?:at|sat)\b[ \t]+(?:home|last)"),
    ],
)
def test_same_matches_as_the_plain_regex(fast: WordStart | Anchored, plain: str) -> None:
    regex = re.compile(plain)
    for text in TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in regex.finditer(text)]
        for pos in range(len(text) + 1):
            got = fast.search(text, pos)
            want = regex.search(text, pos)
            assert (got and got.span()) == (want and want.span()), (text, pos)


def test_a_pattern_without_a_leading_boundary_is_refused() -> None:
    with pytest.raises(ValueError):
        word_start(r"(?:at|from)")


def test_anchored_refuses_what_it_cannot_read() -> None:
    with pytest.raises(ValueError):
        Anchored(r"\bat", re.I)
    with pytest.raises(ValueError):
        Anchored(r"\b(?i:at|from) x")
