"""Recognisers that find a pattern's matches from a cheap anchor (a bracket, a listed word)
find exactly what the pattern's own `finditer` finds: on listed texts, on generated texts
built from the pieces the patterns read, and on every tuning text (as written, lower-cased
and in capitals)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from casebook.redaction import patterns
from casebook.redaction.lexicon import RunStart

DEVSET = Path(patterns.__file__).with_name("devset")

LISTED = [
    "Rhys-Owen Tallis (07/12/2008) and Mia (3rd March 2011)",
    "girl ayaan (2012-03-15), meeting  \t(2012-03-15 ), x(1/2/2010)(1/2/2010)",
    "O'Neill’s-x_y9 (first of may 2012) and (12 jan 2010) and 7 (1/1/2001)",
    "Kelvin\u212a (1/1/2001), \u017fam (1/1/2001), É (1/1/2001), ( (1/1/2001)",
    "",
    "(",
    "a(",
    "word (  \n 01/02/2003 )) again (04/05/2006)",
]

PIECES = [
    "Mia",
    "ayaan",
    "O'Neill",
    "x-y",
    "_z",
    "9a",
    "é",
    "\u212a",
    " ",
    "  ",
    "\t",
    "\n",
    "(",
    ")",
    "07/12/2008",
    "2012-03-15",
    "3rd March 2011",
    "first of may 2012",
    ",",
    ".",
    "’",
]


def _texts() -> list[str]:
    rng = random.Random(9)
    out = list(LISTED)
    out += ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    for path in sorted(DEVSET.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line)["text"]
                out += [text, text.lower(), text.upper()]
    return out


TEXTS = _texts()


@pytest.mark.parametrize("text", TEXTS[:40])
def test_bracket_dates_listed(text: str) -> None:
    want = [(m.span(), m.span("date")) for m in patterns.BRACKET_DATE_RE.finditer(text)]
    assert [(m.span(), m.span("date")) for m in patterns._bracket_dates(text)] == want


def test_bracket_dates_everywhere() -> None:
    for text in TEXTS:
        want = [(m.span(), m.span("date")) for m in patterns.BRACKET_DATE_RE.finditer(text)]
        assert [(m.span(), m.span("date")) for m in patterns._bracket_dates(text)] == want, text


def test_lowered_is_each_texts_own_lower_case() -> None:
    from casebook.redaction.lexicon import lowered

    a = "Mia ÉLODIE İzmir"
    b = "".join(["Mia ", "ÉLODIE", " İzmir"])  # equal, but another object
    for text in (a, a, b, "OTHER", a, "", b.upper(), TEXTS[-1], TEXTS[-1]):
        assert lowered(text) == text.lower()


def _keep_lists() -> list[tuple[str, object]]:
    from casebook.redaction import keep, names

    return [
        ("phrases", keep._phrase_re()),
        ("closed classes", keep._closed_words_re()),
        ("plant lists", keep.PLANT_LIST),
        ("username cues", patterns.CUE_LOW_RE),
        ("digits after a cue", patterns.DIGITS_USER_LOW_RE),
        ("after a platform", patterns.AFTER_PLATFORM_RE),
        ("saints' schools", patterns.SAINT_SCHOOL_LOW_RE),
        ("streets after a cue", patterns.CUED_ANY_CASE_RE),
        ("roles in call notes", names.SLOT_ROLE_RE),
        ("roles in clubs", names.CLUB_ROLE_RE),
        ("a name after a relation", names.RELATION_LOWER_RE),
        ("a name after a role in capitals", names.CAPS_ROLE_NAME_RE),
        ("'the boy is' and a name", names.CHILD_IS_NAME_AGE_RE),
        ("nicknames in capitals", names.CAPS_NICKNAME_RE),
        ("name labels", names.NAME_LABEL_LOW_RE),
        ("dotted initials", names.DOTTED_INITIALS_RE),
        ("an age then at", patterns.AGE_AT_RE),
        ("at a school then a year", patterns.AT_THEN_YEAR_RE),
        ("a flat in a block", patterns.FLAT_IN_BLOCK_RE),
        ("spoken phone numbers", patterns.SPOKEN_HINT_RE),
        ("titles before names", patterns.NAMED_HINT_RE),
        ("Welsh street words", patterns.WELSH_HINT_RE),
        ("named houses", patterns.NAMED_HOUSE_RE),
        ("kinds of school in lower case", patterns.LOWER_KIND_RE),
        # (the shapes that open with a class of letters are WordStarts, not RunStarts)
        *(
            (f"must-survive shape {k}", s)
            for k, s in enumerate(keep.SHAPE_RES)
            if isinstance(s, RunStart)
        ),
    ]


LIST_TEXTS = [
    "the metropolitan police and the met police, british-born, anti-british, x_british",
    "13 reasons why, 13reasons why, a13 reasons why, french, frenchman, french-canadian",
    "oak, ash and rowan class; willow,hazel & holly; oak,ash,elm. ash-oak, rowan_x, rowan",
    "usa@x, usa.com, u.s.a., uk’s, the uk. nhs england\tnhs  england",
    "Home: The Old Forge, Little Walden\n  placement : Briar House, West Bromwich\nlives:x",
    "lives with nan at Lime Tree House, Harrow\nHOME: Taigh na Mara, Stornoway lived at X, Y",
]


@pytest.mark.parametrize(("name", "runs"), _keep_lists())
def test_run_start_finds_what_the_regex_finds(name: str, runs: object) -> None:
    from casebook.redaction.lexicon import RunStart

    assert isinstance(runs, RunStart)
    rng = random.Random(name)
    words = sorted(runs.firsts)
    generated = [
        "".join(
            rng.choice(
                [*rng.sample(words, min(3, len(words))), " ", ", ", " and ", "-", "'", "x", "."]
            )
            for _ in range(12)
        )
        for _ in range(2000)
    ]
    for text in [*LIST_TEXTS, *generated, *TEXTS, *(t.lower() for t in TEXTS)]:
        want = [m.span() for m in runs.regex.finditer(text)]
        assert [m.span() for m in runs.finditer(text)] == want, text
        first = runs.regex.search(text)
        assert (first and first.span()) == (want[0] if want else None)
        got = runs.search(text)
        assert (got and got.span()) == (want[0] if want else None)


@pytest.mark.parametrize(
    ("pattern", "firsts"),
    [
        (r"\b(?:user\s?name|handle|psn(?:\s+id)?)\b\s*:", {"user", "username", "handle", "psn"}),
        (r"(?<![\w@])(?:snap(?:chat)?|kik)(?![\w])", {"snap", "snapchat", "kik"}),
        (r"\b(?:a|b)\b|\bab?c[ \t]+x", {"a", "b", "abc", "ac"}),
        (r"\bx[1-3](?:,|y)\Z", {"x1", "x2", "x3", "x1y", "x2y", "x3y"}),
        (r"(?m)(?:\b(?:lives?|at)\b|^[ \t]*home:)[ \t]*x", {"live", "lives", "at"}),
        (r"(?<=[a-z][ \t])(?:primary|high(?:[ \t]+school)?)\b", {"primary", "high"}),
    ],
)
def test_run_start_reads_the_first_runs(pattern: str, firsts: set[str]) -> None:
    from casebook.redaction.lexicon import run_start

    assert run_start(pattern).firsts == firsts


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:snap|kik)\b",  # nothing before: a match could start inside a word
        r"\bsnap",  # may end inside a word ("snapper")
        r"\bsnap[a-z]+\b",  # a long repetition of word characters
        r"\b(?i:snap)\b",  # every case of the letters
        r"\b(?:,|snap)\b",  # opens with no word character
        r"(?<=[ \t]x)snap\b",  # a word character may stand before it
    ],
)
def test_run_start_refuses_what_it_cannot_read(pattern: str) -> None:
    from casebook.redaction.lexicon import run_start

    with pytest.raises(ValueError):
        run_start(pattern)


def test_word_runs_keep_two_texts_apart() -> None:
    from casebook.redaction.lexicon import word_runs

    a, b = "Mia_2 went-to x9 É", "nothing"
    for text in (a, b, a, b, "", a, a.lower(), b):
        starts, runs = word_runs(text)
        want = [(m.start(), m.group(0)) for m in re.finditer(r"\w+", text)]
        assert list(zip(starts, runs, strict=True)) == want


TOWN_TEXTS = [
    "lives in leeds, near  york,bradford (\tkeighley nr. ilkley nr ilkley at-leeds",
    "x-in leeds, in,leeds outside hull via hull around hull across hull from hull, hull",
    "year 10 at thorpe hamlet, thornton, beverley (dsl) in king's lynn, in king’s lynn",
    "in\tin leeds, , leeds ( ( leeds _in leeds 9in leeds ín leeds in  \n leeds",
]


def test_town_cues_are_the_context_patterns() -> None:
    from casebook.redaction import keep

    firsts = keep._town_first_words()
    rng = random.Random(7)
    bits = ["in", "at", "nr.", "nr", "via", "outside", "x", ",", "(", " ", "\t", "-", "'", "_"]
    bits += [*rng.sample(sorted(firsts), 12), "king's", "king’s"]
    generated = ["".join(rng.choice(bits) for _ in range(14)) for _ in range(3000)]
    for text in [*TOWN_TEXTS, *generated, *(t.lower() for t in TEXTS)]:
        want = []
        for cue in keep.TOWN_CONTEXT_RE.finditer(text):
            first = keep.FIRST_WORD_RE.match(text, cue.end())
            if first is not None and first.group(0) in firsts:
                want.append((cue.start(), cue.end(), cue.group(0)))
        assert list(keep._town_cues(text, firsts)) == want, text


def _line_patterns() -> list[tuple[str, object]]:
    from casebook.redaction import keep, names

    return [
        ("chat speakers", patterns.SPEAKER_RE),
        ("display names", patterns.DISPLAY_NAME_RE),
        ("discord headers", patterns.DISCORD_HEADER_RE),
        ("club labels", patterns.CLUB_LABEL_RE),
        ("closings", names.CLOSING_RE),
        ("signed roles", names.SIGNED_ROLE_RE),
        ("speakers", names.SPEAKER_RE),
        ("place fields", keep.PLACE_FIELD_RE),
    ]


LINE_PIECES = [
    "\n",
    "\n\n",
    " ",
    "\t",
    "> ",
    "[19/02/2024, 21:14:07] ",
    "Ruby: ",
    "Ruby",
    "From: ",
    "Kind regards,\n",
    "Jo Bloggs\n",
    "Jo Bloggs, DSL",
    "Town: Leeds",
    "Club: Moston Juniors FC",
    "vexx.exe — Today at 21:14",
    "1. ",
    "x",
    ":",
]


@pytest.mark.parametrize(("name", "lines"), _line_patterns())
def test_line_start_finds_what_the_regex_finds(name: str, lines: object) -> None:
    from casebook.redaction.lexicon import LineStart

    assert isinstance(lines, LineStart)
    rng = random.Random(name)
    generated = ["".join(rng.choice(LINE_PIECES) for _ in range(10)) for _ in range(2000)]
    for text in [*generated, *TEXTS]:
        want = [m.span() for m in lines.regex.finditer(text)]
        assert [m.span() for m in lines.finditer(text)] == want, text


def test_line_start_refuses_what_it_cannot_read() -> None:
    from casebook.redaction.lexicon import LineStart

    for pattern, flags in [(r"^x", 0), (r"x^", re.M), (r"^[ \t]*", re.M), (r"a|^b", re.M)]:
        with pytest.raises(ValueError):
            LineStart(pattern, flags)


def test_the_name_models_split_gives_the_token_regex_tokens() -> None:
    from casebook.redaction.namemodel import SPLIT_RE, TOKEN_RE

    for text in TEXTS:
        assert SPLIT_RE.split(text)[1::2] == TOKEN_RE.findall(text), text


SHORT_TEXTS = [
    "jack (jack milburn, year 7), rich (richard oyelowo) and hope  (hope adeyinka yr 7 x)",
    "Jack (jack milburn) x9ab (abby lee) o'neil (o'neil smith) -jo (jo bloggs) jo(jo bloggs)",
    "(( jo (jo bl) jo (jo bloggs) (jo (jo bloggs)) ab (ab cd ef gh) é (é x)",
]


def test_short_then_full_names_from_brackets() -> None:
    from casebook.redaction import names

    rng = random.Random(3)
    bits = ["jo", "jack", " ", "  ", "\t", "(", ")", "jo bloggs", ",", "x9", "J", "'", "-", "yr 7"]
    generated = ["".join(rng.choice(bits) for _ in range(12)) for _ in range(3000)]
    for text in [*SHORT_TEXTS, *generated, *TEXTS, *(t.lower() for t in TEXTS)]:
        want = [(m.span(), m.span("n")) for m in names.SHORT_THEN_FULL_RE.finditer(text)]
        assert [(m.span(), m.span("n")) for m in names._short_then_full(text)] == want, text


def test_call_verbs_stand_after_the_blanks_they_were_found_with() -> None:
    from casebook.redaction import names

    written = re.compile(r"[ \t](?:rang|rung|called|phoned|emailed|asked)\b")
    extra = ["mo rang  rang\trung x-called called_ asked? phoned2 emailed", " rang rang"]
    for text in [*extra, *TEXTS, *(t.lower() for t in TEXTS)]:
        want = [m.start() for m in written.finditer(text)]
        assert [m.start() - 1 for m in names.SLOT_CALL_VERB_RE.finditer(text)] == want, text


def test_run_start_made_after_a_text_was_read_finds_its_matches() -> None:
    # The places of every RunStart are worked out together per text and kept for the last
    # texts: one made later (some are made on first use) must still be tried on a kept text.
    from casebook.redaction.lexicon import run_places, run_start

    text = "an ochre zebra met a quokka; ochre-zebra quokka"
    first = run_start(r"\b(?:ochre|quokka)\b")
    assert [m.span() for m in first.finditer(text)] == [(3, 8), (21, 27), (29, 34), (41, 47)]
    later = run_start(r"\bzebra[ \t]+met\b")
    assert run_places(text)[later.number] == [9, 35]
    assert [m.span() for m in later.finditer(text)] == [(9, 18)]
    assert [m.span() for m in first.finditer(text)] == [(3, 8), (21, 27), (29, 34), (41, 47)]


@pytest.mark.parametrize(
    "text",
    ["Mia O'Neill-Smith (Y10) at St_Aidan's, 07700 900123", "ÉMILIE Zoë ſam Kelvin\u212a", ""],
)
def test_word_runs_of_a_lower_case_are_its_own(text: str) -> None:
    # The lower case of an ASCII text takes its runs from the text's (lower-cased, the same
    # places): they must be what splitting the lower case itself gives.
    from casebook.redaction.lexicon import lowered, word_runs

    low = lowered(text)
    original = word_runs(text)
    got = word_runs(low)
    want = [(m.start(), m.group()) for m in re.finditer(r"\w+", low)]
    assert list(zip(*got, strict=True)) == want
    assert list(zip(*original, strict=True)) == [
        (m.start(), m.group()) for m in re.finditer(r"\w+", text)
    ]
