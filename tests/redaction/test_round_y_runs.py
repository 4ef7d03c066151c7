"""Round Y, speed: cues read in any case found from the lower case's word runs
(`FoldedRunStart`, and the school cues' RunStart for ASCII text) find exactly what their
regex's own `finditer` finds, on invented sentences, generated texts and every tuning text
(as written, lower-cased and in capitals)."""

from __future__ import annotations

import random

import pytest

from casebook.redaction import patterns
from casebook.redaction.lexicon import FoldedRunStart, lowered
from tests.redaction.test_found_from_anchors import TEXTS

INVENTED = [
    "Tamsin is in Year 9, St Aldhelm's and her brother in YR 6 at the heath.",
    "(Orrin, yr 7 quellbrook) and (y10, Holy Trinity); S3 saint brannoc's",
    "year9 at fernholt. YEAR 12 AT The Wend, y 4 at pellow; years 9 at x",
    "user Kx9bramble, USERNAME: no, Gamertag ghost77, logged in as Wyn_4, tag 9lives",
    "a user9 at, user  x9y, usertag 7a, superuser q1w2, user\tzz99",
    "pupils at Orchardleigh, y9s at brambleside, Y11 from Cotterell; the dsl at Ferncombe",
    "which school\nTilly: allerton grange. caller deb at Wexcombe, head of year 10 at Hale",
    "İzmir year 9, st ives; ſaint y٣ at x; Kelvin\u212a user9a",
    "",
    "y",
    "s1,",
]

FOLDED = [
    ("username after a cue", patterns.USER_CUE_TOKEN_RE),
    ("a year group then a school", patterns.YEAR_THEN_SCHOOL_RE),
    ("a year group at a school", patterns.YEAR_AT_RE),
]


def _generated(words: list[str], seed: str) -> list[str]:
    rng = random.Random(seed)
    pieces = [*words, " ", "  ", "\t", ", ", "(", ")", ".", "9", "12", "x", "St", "at", "\n"]
    out = []
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        out += [text, text.upper(), text.title()]
    return out


@pytest.mark.parametrize(("name", "folded"), FOLDED)
def test_folded_run_start_finds_what_the_regex_finds(name: str, folded: FoldedRunStart) -> None:
    words = sorted(w for w in folded.runs.firsts if not any(c.isdigit() for c in w))
    for text in [*INVENTED, *_generated(words, name), *TEXTS]:
        want = [(m.span(), m.groups()) for m in folded.regex.finditer(text)]
        assert [(m.span(), m.groups()) for m in folded.finditer(text)] == want, text


def test_folded_run_start_finds_the_invented_ones() -> None:
    found = [m.group("q") for m in patterns.USER_CUE_TOKEN_RE.finditer(INVENTED[3])]
    assert found == ["Kx9bramble", "ghost77", "Wyn_4", "9lives"]
    years = [m.group("p") for m in patterns.YEAR_THEN_SCHOOL_RE.finditer(INVENTED[1])]
    assert years == ["quellbrook", "Holy Trinity", "saint brannoc's"]
    at = [m.group("p") for m in patterns.YEAR_AT_RE.finditer(INVENTED[2])]
    assert at == ["fernholt", "The Wend", "pellow"]


def test_school_cues_from_runs_find_what_the_regex_finds() -> None:
    words = sorted(patterns.SCHOOL_CUE_RUNS_RE.firsts)
    texts = [*INVENTED, *_generated([*words, "from", "to", "at", "school", ":"], "cues"), *TEXTS]
    checked = 0
    for text in texts:
        low = lowered(text)
        if len(low) != len(text) or not low.isascii():
            continue
        want = [m.span() for m in patterns.SCHOOL_CUE_LOW_RE.finditer(low)]
        got = [m.span() for m in patterns.SCHOOL_CUE_RUNS_RE.finditer(low)]
        assert got == want, text
        assert want == [m.span() for m in patterns.SCHOOL_CUE_RE.finditer(text)], text
        checked += 1
    assert checked > 10_000


def test_school_cues_in_another_script_are_searched_whole() -> None:
    # "y٣" (an Arabic-Indic three) is a year group to \d: no run the RunStart lists.
    text = "her brother, y٣ at quellbrook"
    assert [m.group(0) for m in patterns.SCHOOL_CUE_LOW_RE.finditer(text)] == ["y٣ at "]
    assert list(patterns.SCHOOL_CUE_RUNS_RE.finditer(text)) == []
    found = patterns._schools_by_context(text, [])
    assert [text[e.start : e.end] for e in found] == ["quellbrook"]


STREETS = [
    "lives at 14 Pellow Gardens, Trevenna and works off Quay St, by Marsh End",
    "flat 6b, 91 gorse hill road; 3 wenlock st. 12, the rise; 40 x-y way, 7 tolly brae",
    "CAME FROM 22 ORRIN ROAD, THEN 5 Heol y Felin and Lôn Las, Rue Verte, Bryn estate",
    "Road works, Roadside; 9 roads; 4 parkway; 3 st's; 12 drive-by; Street, Lanes",
    "the 2 of them walked a long way home along the canal bank",
    "2\n walked the way",
    "",
]


def test_street_words_from_runs_find_what_the_regex_finds() -> None:
    runs = patterns.STREET_ANY_RE
    words = sorted(runs.firsts)
    for text in [*STREETS, *_generated([*words, "Pellow", "x"], "streets"), *TEXTS]:
        want = [m.span() for m in runs.regex.finditer(text)]
        assert [m.span() for m in runs.finditer(text)] == want, text


def test_no_lower_case_street_word_no_lower_case_street() -> None:
    gate = patterns.LOWER_STREET_WORD_RE
    words = sorted(gate.firsts)
    seen = 0
    for text in [*STREETS, *_generated([*words, "12", "gorse", "hill"], "lower"), *TEXTS]:
        if patterns.LOWER_STREET_RE.search(text):
            seen += 1
            assert gate.search(text) is not None, text
    assert seen > 100
    assert gate.search(STREETS[1]) is not None
    assert gate.search("2 bananas, 4 roadsides, Road, RD and a Lane") is None
    # "way" stands as a word but no house number before it on its line.
    assert gate.search(STREETS[5]) is not None and not patterns.LOWER_STREET_RE.search(STREETS[5])
