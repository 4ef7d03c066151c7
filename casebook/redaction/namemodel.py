"""A statistical recogniser of person names: a logistic-regression token classifier.

Why: word lists and cue words only catch names someone thought of. This classifier scores
every word that could be a name from signals that carry over to names nobody listed: how
common the word is in English (from `wordfreq`, frozen into `data/english_zipf.txt`), its
capitals set against the capitals of the whole text (lower-case notes, ALL-CAPS forms), where
it stands (line start, sentence start, a one-line sign-off, a "Name:" field, a chat speaker),
its neighbouring words, punctuation and titles, its ending, accents, and whether the gazetteers
know it. The weights are trained by `casebook/redaction/training/train.py` on synthetic text
and the committed labelled sets, and committed as `data/name_model.json` (deterministic,
loaded once, offline).

Pure Python, no Django. `name_probabilities(text)` gives (start, end, p) for each word it
scored; `names.find_people` turns those into spans beside the rule-based recogniser.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, repeat
from operator import attrgetter
from pathlib import Path
from typing import Any, NamedTuple, cast

from casebook.redaction import factored
from casebook.redaction.lexicon import DATA_DIR, Lexicon, fold, lexicon, read_words, word_set

MODEL_PATH = DATA_DIR / "name_model.json"
ZIPF_PATH = DATA_DIR / "english_zipf.txt"

# Words, numbers, single punctuation marks and line breaks, in order.
TOKEN_RE = factored.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+|\n|[^\w\s]")
TITLES = word_set(
    "mr mrs ms miss mx dr prof professor sir dame lady lord pc dc ds di dci sgt sergeant "
    "insp inspector rev revd reverend fr cllr councillor master mstr"
)
# Lower-case words this common are never scored unless a gazetteer knows them as a name.
COMMON_ZIPF = 4.5
VERY_COMMON_ZIPF = 5.0
CONTEXT_ZIPF = 4.0  # a word this common is a feature by itself ("called", "from")


def _word_classes(classes: dict[str, str]) -> dict[str, str]:
    """{class: "word word ..."} -> {word: class}."""
    return {w: name for name, words in classes.items() for w in words.split()}


# Classes of neighbour that decide whether a word English knows stands as a name: who a name
# is to the writer, how one greets or addresses a person, and what people do and say. A class
# is a feature joined with the word's shape and whether it is a listed first name, so what it
# learns carries to names and words no set showed it ("told dawn", "its robbie from").
CUE_BEFORE = _word_classes(
    {
        "kin": "mum mam mom dad nan nana nanna gran granny grandma grandad grandpa uncle auntie "
        "aunty aunt brother bro sister sis cousin son daughter stepdad stepmum step-dad step-mum "
        "friend mate bestie bf gf boyfriend girlfriend pupil student lad boy girl kid child "
        "sibling twin nephew niece partner husband wife ex coach",
        "greet": "hey hi hiya hello dear thanks thank cheers ta caller named called aka its it's "
        "im i'm love bye night morning",
        "social": "with and told tell telling ask asked asking text texted message messaged ring "
        "rang call phone phoned emailed met meet saw see seen blocked added adding invited "
        "about by re",
        "det": "the a an no some any this that these those of at be been being very such more "
        "most much in on into",
    }
)
CUE_AFTER = _word_classes(
    {
        "act": "said says say saying told tells asked asks texted texts messaged messages sent "
        "sends posted posts shared shares rang rings called calls admitted admits added adds "
        "left wants wanted thinks thought knows knew reckons reported reports made makes runs "
        "ran started starts screenshotted replied replies laughed cried was is has had does "
        "did will would can could",
        "from": "from who whose",
        "and": "and or",
    }
)
CLOSINGS = word_set(
    "thanks thank regards wishes cheers best sincerely faithfully thx ta love x xx many kind"
)


# A word as the neighbour of a scored word: its _ctx, its shape, frequency bucket and lists
# (None for a number or a mark), and its cue class (_cue) on that side. That is everything the
# neighbour features read of it, so one tuple stands for it in the keys of the context scores.
NbKey = tuple[str, str, bool, bool]
Neighbour = tuple[str, NbKey | None, str]
NO_NEIGHBOUR: Neighbour = ("<none>", None, "")


class Token(NamedTuple):
    """A word, number, punctuation mark or line break (a tuple: made for every token of every
    text, and a tuple is made several times faster than a class instance)."""

    start: int
    end: int
    text: str  # as written, a trailing full stop removed
    low: str  # folded: lower case, no accents, straight apostrophe
    word: bool
    zipf: float
    shape: str
    zb: str  # frequency bucket (_zb)
    ctx: str  # how it appears as a neighbour's feature (_ctx)
    cand: bool  # candidate(): whether the model scores it at all
    before: Neighbour  # what it gives the features of the word after it (see _scored)
    after: Neighbour  # what it gives the features of the word before it
    caplow: str  # low when the shape is Xx, else "" (see _caps)
    opener: bool  # whether a word after it may be capitalised for that alone (see _caps)


class Word(NamedTuple):
    """A Token without its offsets: what a spelling is wherever it stands, made once per
    spelling and shared by every token of it (see split)."""

    text: str
    low: str
    word: bool
    zipf: float
    shape: str
    zb: str
    ctx: str
    cand: bool
    before: Neighbour
    after: Neighbour
    caplow: str
    opener: bool


def shape_of(word: str) -> str:
    """X (ALL CAPS), Xx (capitalised), x (lower), xX (McLeod, NicLeòid), A / a (one letter)."""
    if len(word) == 1:
        return "A" if word.isupper() else "a"
    if word.isupper():
        return "X"
    if word.islower():
        return "x"
    if word[0].isupper():
        rest = word[1:].replace("-", "").replace("'", "").replace("’", "")
        return "Xx" if rest.islower() or not any(c.isupper() for c in rest[1:]) else "xX"
    return "xX"


@cache
def zipf_table() -> dict[str, float]:
    """Lower-case English words and their Zipf frequency (log10 per billion words)."""
    # One line per frequency: "3.7<TAB>word word word ...", so loading is a few C-level
    # splits rather than 90,000 Python-level ones (start-up time).
    table: dict[str, float] = {}
    for line in ZIPF_PATH.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            value, words = line.split("\t", 1)
            table.update(dict.fromkeys(words.split(), float(value)))
    return table


WORD_PART_SPLIT_RE = factored.compile(r"['\-]")


def zipf_of(low: str, table: dict[str, float]) -> float:
    if low.endswith("'s") and len(low) > 3:
        low = low[:-2]  # "Dad's" is as common as "dad"
    z = table.get(low)
    if z is not None:
        return z
    if "-" in low or "'" in low:
        parts = [p for p in WORD_PART_SPLIT_RE.split(low) if len(p) > 1]
        return min((table.get(p, 0.0) for p in parts), default=0.0)
    return 0.0


# What a word looks like does not depend on where it stands: worked out once per spelling.
_WORD_INFO: dict[str, Word] = {}
_WORD_INFO_MAX = 200_000
# (spelling, text case) -> summed weight of the word's own features (see _scored).
_WORD_SCORE: dict[tuple[str, str], float] = {}


def _info(raw: str, table: dict[str, float]) -> Word:
    info = _WORD_INFO.get(raw)
    if info is None:
        if raw[0].isalpha():
            low = fold(raw)
            z = zipf_of(low, table)
            sh = shape_of(raw)
            zb = _zb(z)
            ctx = _word_ctx(low, z, sh)
            g = gazetteers(lexicon())
            nb = (sh, zb, low in g.first, low in g.surname)
            # candidate(), worked out here once per spelling rather than per token.
            cand = not (
                z >= COMMON_ZIPF
                and low not in g.first
                and (sh == "x" or (z >= VERY_COMMON_ZIPF and low not in g.surname))
            )
            before = (ctx, nb, CUE_BEFORE.get(low, ""))
            after = (ctx, nb, CUE_AFTER.get(low, ""))
            caplow = low if sh == "Xx" else ""
            opener = raw in SENTENCE_OPENERS
            info = Word(raw, low, True, z, sh, zb, ctx, cand, before, after, caplow, opener)
        else:
            if raw[0].isdigit():
                low, sh, ctx = raw, "d", _digits_ctx(raw)
            else:
                low, sh, ctx = raw, raw, raw if raw != "\n" else "<nl>"
            side = (ctx, None, "")
            opener = raw in SENTENCE_OPENERS
            info = Word(raw, low, False, 0.0, sh, "0", ctx, False, side, side, "", opener)
        if len(_WORD_INFO) >= _WORD_INFO_MAX:
            _WORD_INFO.clear()
        _WORD_INFO[raw] = info
    return info


def _digits_ctx(raw: str) -> str:
    """A number as a neighbour: a phone number's opening ("dawn 07700 ..."), a year, or a
    small number (an age, a year group, a time)."""
    if raw[0] == "0" and len(raw) >= 3:
        return "<tel>"
    if len(raw) == 4:
        return "<d4>"
    return "<d>" if len(raw) <= 2 else "<d3>"


# TOKEN_RE as the separator of re.split: the tokens at odd places, what lies between them
# (white space other than line breaks, "_") at even places. Its words are written so that a
# word with no ' ’ or - joined on (most words) is taken without entering the repetition that
# joins parts (the regex engine sets one up, with an allocation, each time it enters it):
# the same tokens (tests/redaction/test_shared_tokens.py).
_LETTERS = r"[^\W\d_]"
SPLIT_RE = factored.compile(
    rf"({_LETTERS}++(?!['’\-]{_LETTERS})|{_LETTERS}+(?:['’\-]{_LETTERS}+)*+|\d+|\n|[^\w\s])"
)


# A text's tokens as three lists: their starts, their ends and their Words.
Split = tuple[list[int], list[int], list[Word]]


def _split(text: str, table: dict[str, float]) -> Split:
    return _split_texts(text, table)[0]


def _split_texts(text: str, table: dict[str, float]) -> tuple[Split, list[str]]:
    """_split's tokens and the tokens' texts (each its Word's `text`)."""
    # re.split and running sums of the pieces' lengths rather than finditer's match objects:
    # the offsets come from C loops, and nothing is made per token (a spelling's Word is
    # shared).
    parts = SPLIT_RE.split(text)
    offsets = list(accumulate(map(len, parts)))
    raws = parts[1::2]
    words: list[Word | None] = list(map(_WORD_INFO.get, raws))
    if None in words:
        words = [w or _info(raw, table) for w, raw in zip(words, raws, strict=True)]
    return (offsets[:-1:2], offsets[1::2], cast(list[Word], words)), raws


# The last text split, its tokens and their texts: the name rules (names.py) read the same
# tokens as the model, right after it, rather than scanning the text again. One triple, read
# and replaced whole, so threads never see one text's tokens under another text.
_LAST_SPLIT: list[tuple[str, Split, list[str]]] = [("", ([], [], []), [])]


def split(text: str) -> Split:
    """The tokens of text (TOKEN_RE's matches) as (starts, ends, words), kept for the last
    text asked (the lists are shared: do not change them)."""
    return split_with_texts(text)[0]


def split_with_texts(text: str) -> tuple[Split, list[str]]:
    """split(text) and its tokens' texts in order (each its Word's `text`), read together from
    the one kept triple, so a thread never gets one text's tokens with another's texts: a loop
    over every token that reads only its text reads these strings rather than an attribute of
    each Word (the lists are shared: do not change them)."""
    last = _LAST_SPLIT[0]
    if last[0] is text:
        return last[1], last[2]
    found, raws = _split_texts(text, zipf_table())
    _LAST_SPLIT[0] = (text, found, raws)
    return found, raws


def tokenize(text: str, table: dict[str, float]) -> list[Token]:
    """The tokens of text in order (TOKEN_RE's matches with their offsets)."""
    starts, ends, words = _split(text, table)
    return _tokens_of(starts, ends, words)


def _tokens_of(starts: list[int], ends: list[int], words: list[Word]) -> list[Token]:
    new = tuple.__new__
    return [new(Token, (s, e, *word)) for s, e, word in zip(starts, ends, words, strict=True)]


def text_case(toks: list[Word]) -> str:
    """L (almost no capitals: a hurried note), U (mostly ALL CAPS: a form), N otherwise."""
    return _case_of([t.shape for t in toks])


def _case_of(shapes: list[str]) -> str:
    """text_case from the tokens' shapes: a word of two letters or more has one of X, Xx, xX
    and x; a one-letter word, a number, a mark and a line break none of them."""
    upper = shapes.count("X")
    words = upper + shapes.count("Xx") + shapes.count("xX") + shapes.count("x")
    if not words:
        return "N"
    caps = words - shapes.count("x")
    if upper > 0.5 * words:
        return "U"
    if caps <= max(1, 0.04 * words):
        return "L"
    return "N"


def _zb(z: float) -> str:
    """Frequency bucket: 0 (unknown), then whole Zipf units."""
    return "0" if z <= 0 else str(min(7, int(z)))


@dataclass(frozen=True)
class Gazetteers:
    first: frozenset[str]
    # The big list's names (lexicon.more_first) that `first` lacks. The model was trained
    # without them (no feature reads them: retrained with them, it lost lower-case names
    # held out, see the benchmarks README); they count as listed where a cut asks whether a
    # lower-case word is a listed name (_cut, the lower-case repeats, a neighbour's check).
    # Which words are scored at all (candidate) stays as trained.
    more: frozenset[str]
    surname: frozenset[str]
    ambiguous: frozenset[str]
    protected: frozenset[str]
    places: frozenset[str]


@cache
def gazetteers(lex: Lexicon) -> Gazetteers:

    # The model's features read the lists it was trained with: the *_extra.txt names are the
    # rules' only (see first_names_extra.txt).
    return Gazetteers(
        first=read_words("first_names.txt"),
        more=lex.more_first,  # holds no name of first_names.txt (more_names.py leaves them out)
        surname=lex.surnames,
        ambiguous=read_words("ambiguous_names.txt") | lex.context_only,
        protected=lex.protected | lex.must_survive,
        places=read_words("places.txt"),
    )


def _ctx(t: Token | None) -> str:
    """How a neighbour appears as a feature: common words and titles as themselves, others by
    shape and frequency (so no rare word, and no name, is learnt by heart)."""
    return "<none>" if t is None else t.ctx


def _word_ctx(low: str, zipf: float, shape: str) -> str:
    if low in TITLES:
        return "<title>"
    if zipf >= CONTEXT_ZIPF:
        return low
    return f"<{shape}{_zb(zipf)}>"


def candidate(t: Token, g: Gazetteers) -> bool:
    if not t.word:
        return False
    # Lower-case common words are never names; nor are very common words whatever their
    # capitals ("I'd", "The"), unless a gazetteer knows them as names.
    return not (
        t.zipf >= COMMON_ZIPF
        and t.low not in g.first
        and (t.shape == "x" or (t.zipf >= VERY_COMMON_ZIPF and t.low not in g.surname))
    )


def word_features(t: Token, case: str, g: Gazetteers) -> list[str]:
    """The features of a word that do not depend on where it stands: its shape against the
    text's case, its frequency, the gazetteers that know it, its spelling."""
    low = t.low
    sh = t.shape
    zb = _zb(t.zipf)
    f = ["b", f"s={sh}|{case}", f"z={zb}", f"zs={zb}|{sh}|{case}"]
    if t.zipf >= CONTEXT_ZIPF:
        f.append(f"w={low}")
        f.append(f"ws={low}|{sh}")
    elif len(low) >= 4:
        f.append(f"suf={low[-3:]}")
    if low in g.first:
        f.append(f"fn|{sh}|{case}")
    if low in g.surname:
        f.append(f"sn|{sh}|{case}")
    if low in g.ambiguous:
        f.append(f"amb|{sh}")
    if low in g.protected:
        f.append(f"prot|{sh}")
    if low in g.places:
        f.append(f"place|{sh}")
    if not t.text.isascii() and t.zipf < KNOWN_WORD_ZIPF:
        f.append("accent")
    if "-" in low:
        f.append(f"hyph|{sh}")
    if "'" in low:
        f.append("apos")
    # Spelling and frequency read without the name lists, which carry to names no list
    # holds: endings and openings of a word English hardly knows ("-ska", "-ovic", "Kac-"),
    # its length, its frequency in half Zipf units.
    if t.zipf < CONTEXT_ZIPF:
        if len(low) >= 3:
            f.append(f"suf2={low[-2:]}|{sh}")
        if len(low) >= 6:
            f.append(f"suf4={low[-4:]}")
        if len(low) >= 4:
            f.append(f"pre3={low[:3]}")
    f.append(f"len={min(len(low), 12)}|{sh}")
    f.append(f"zh={int(t.zipf * 2)}|{sh}|{case}")
    return f


def context_features(
    toks: list[Token],
    i: int,
    case: str,
    g: Gazetteers,
    line_words: list[int],
    line_first: list[bool],
    line_last: list[bool],
    cap_mid: frozenset[str],
    line_lower: list[bool] | None = None,
    roles: list[str] | None = None,
    cap_any: frozenset[str] | None = None,
) -> list[str]:
    """The features of word token i that come from where it stands: neighbours, punctuation,
    its line (its words, its place on it, whether it is written without capitals), and the
    rest of the text."""
    t = toks[i]
    sh = t.shape
    n = len(toks)
    p1 = toks[i - 1] if i > 0 else None
    p2 = toks[i - 2] if i > 1 else None
    n1 = toks[i + 1] if i + 1 < n else None
    n2 = toks[i + 2] if i + 2 < n else None
    c_p1, c_p2, c_n1, c_n2 = _ctx(p1), _ctx(p2), _ctx(n1), _ctx(n2)
    f = [
        f"p1={c_p1}",
        f"n1={c_n1}",
        f"p2={c_p2}",
        f"n2={c_n2}",
        f"p12={c_p2}|{c_p1}",
        f"n12={c_n1}|{c_n2}",
        f"p1s={c_p1}|{sh}|{case}",
        f"n1s={c_n1}|{sh}|{case}",
        f"lw={min(line_words[i], 6)}|{case}",
    ]
    first_on_line = line_first[i]
    if first_on_line:
        f.append(f"ls|{sh}|{case}")
    if line_last[i]:
        f.append(f"le|{sh}")
    if line_lower is not None and line_lower[i] and case != "L":
        f.append(f"lowline|{sh}|{_zb(t.zipf)}")
    if first_on_line and line_words[i] <= 3:
        f.append(f"short_line|{sh}|{_zb(t.zipf)}")
    if (p1 is not None and p1.text in ".!?\n:") or p1 is None:
        f.append(f"ss|{sh}|{_zb(t.zipf)}")
    if t.low in cap_mid and sh != "Xx":
        f.append("cap_elsewhere")
    fn = "f" if t.low in g.first else "-"
    if sh == "x" and cap_any is not None and t.low in cap_any:
        f.append(f"capany|{fn}|{case}")
    if roles is not None and roles[i]:
        f.append(f"chat={roles[i]}|{sh}|{fn}|{_zb(t.zipf)}")
    pc = _cue(p1, CUE_BEFORE)
    if pc:
        f.append(f"pc={pc}|{sh}|{fn}")
    nc = _cue(n1, CUE_AFTER)
    if nc:
        f.append(f"nc={nc}|{sh}|{fn}")
    for nb, tag in ((p1, "p"), (n1, "n")):
        if nb is not None and nb.word:
            if nb.low in g.first:
                f.append(f"{tag}fn")
            if nb.low in g.surname:
                f.append(f"{tag}sn")
            f.append(f"{tag}shape={nb.shape}|{_zb(nb.zipf)}|{sh}")
    return f


def features(
    toks: list[Token],
    i: int,
    case: str,
    g: Gazetteers,
    line_words: list[int],
    line_first: list[bool],
    line_last: list[bool],
    cap_mid: frozenset[str],
    line_lower: list[bool] | None = None,
    roles: list[str] | None = None,
    cap_any: frozenset[str] | None = None,
) -> list[str]:
    """All feature names of word token i (see the module docstring for the signals)."""
    return word_features(toks[i], case, g) + context_features(
        toks, i, case, g, line_words, line_first, line_last, cap_mid, line_lower, roles, cap_any
    )


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    threshold: float


@cache
def model() -> Model:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return Model(weights=data["weights"], threshold=float(data["threshold"]))


def use_weights(path: Path) -> None:
    """Score with the weights file at path from now on (benchmarks comparing models), and
    forget every score kept from the weights before."""
    global MODEL_PATH
    MODEL_PATH = path
    model.cache_clear()
    _WORD_SCORE.clear()
    _LEFT_SCORE.clear()
    _RIGHT_SCORE.clear()
    _LINE_SCORE.clear()


Layout = tuple[list[int], list[bool], list[bool], list[bool], list[str]]
# A chat or transcript line: at most this many words before its first colon that is not part
# of a time ("[19/02/2024, 21:14:07] Ruby:", "Dee 20:15:", "xanax_angel:").
SPEAKER_WORDS = 4


_SHAPE = attrgetter("shape")
_IS_WORD = attrgetter("word")
# Shapes of words with a capital: a line with none of them is written without capitals.
CAPITAL_SHAPES = frozenset(("X", "Xx", "xX", "A"))


def _layout(toks: list[Word], shapes: list[str] | None = None) -> Layout:
    """Per token: words on its line, whether it is the line's first word, its last, whether
    its line is written without capitals, and its part of a chat line ("s": the speaker
    before the colon, "m": the message after it, "": not a chat line). `shapes`: each token's
    shape, when already at hand."""
    n = len(toks)
    if shapes is None:
        shapes = list(map(_SHAPE, toks))
    flags = list(map(_IS_WORD, toks))
    words_on_line = [0] * n
    first = [False] * n
    last = [False] * n
    lower = [False] * n
    roles = [""] * n
    # Line by line, between line-break tokens (list operations in C rather than a Python
    # step per token: this runs on every token of every text). A line break's shape is
    # itself; a line is lower case when none of its shapes has a capital.
    start = 0
    while start <= n:
        try:
            end = shapes.index("\n", start)
        except ValueError:
            end = n
        if end > start:
            line = flags[start:end]
            count = line.count(True)
            words_on_line[start:end] = [count] * (end - start)
            if CAPITAL_SHAPES.isdisjoint(shapes[start:end]):
                lower[start:end] = [True] * (end - start)
            if count:
                first[start + line.index(True)] = True
                last[end - 1 - line[::-1].index(True)] = True
                colon = _speaker_colon(shapes, flags, start, end)
                if colon > 0:
                    roles[start:colon] = ["s"] * (colon - start)
                    roles[colon + 1 : end] = ["m"] * (end - colon - 1)
        start = end + 1
    return words_on_line, first, last, lower, roles


def _speaker_colon(shapes: list[str], flags: list[bool], start: int, end: int) -> int:
    """The index of the colon that ends a chat line's speaker, or -1: among the line's first
    24 tokens (start to end: `shapes` and `flags`, each token's shape and whether it is a
    word, as _layout has them), the first colon with a word before it and no number after it,
    if at most SPEAKER_WORDS words come before it and a token after it. Found by list
    searches in C (a colon's shape is ":"; most lines have none) rather than a step per token.
    """
    limit = min(end, start + 24)
    k = start
    while True:
        try:
            k = shapes.index(":", k, limit)
        except ValueError:
            return -1
        words = flags[start:k].count(True)
        if words > SPEAKER_WORDS:
            return -1
        if words and not (k + 1 < end and shapes[k + 1] == "d"):
            return k if k + 1 < end else -1
        k += 1


# After these a capital says nothing: sentence ends, a line break, a colon, quotes, brackets
# and dashes. A token is an opener when its text is found in this string (as the test was
# written: `text not in SENTENCE_OPENERS`).
SENTENCE_OPENERS = ".!?\n:\"'“‘([-–"


def _caps(toks: list[Word], shapes: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(words written capitalised inside a sentence somewhere in the text, words written with
    a capital (not in capitals) somewhere in it): each a capitalised word's low, the first
    where the token before it is no opener (see Word.opener). `shapes`: each token's shape.

    Only a word of two letters or more has the shape Xx (its caplow is its low; any other
    token's is ""): those few are picked out by one comprehension over the shapes, which costs
    half what chains of `map(attrgetter)` and `compress` over every token did."""
    capitalised = [k for k, sh in enumerate(shapes) if sh == "Xx"]
    mid = frozenset([toks[k].low for k in capitalised if k and not toks[k - 1].opener])
    return mid, frozenset([toks[k].low for k in capitalised])


Caps = tuple[frozenset[str], frozenset[str]]


def _context(text: str) -> tuple[Split, str, Gazetteers, Layout, Caps]:
    """What scoring a text's words reads besides each word: its tokens, its case, the
    gazetteers, each token's line and the words written with capitals somewhere."""
    found = split(text)
    words = found[2]
    shapes = list(map(_SHAPE, words))
    caps = _caps(words, shapes)
    return found, _case_of(shapes), gazetteers(lexicon()), _layout(words, shapes), caps


def prepare(text: str) -> tuple[list[Token], str, Gazetteers, Layout, Caps]:
    (starts, ends, words), case, g, layout, caps = _context(text)
    return _tokens_of(starts, ends, words), case, g, layout, caps


def iter_features(text: str) -> Iterable[tuple[int, Token, list[str]]]:
    """(index, token, features) for each candidate word: the training script reads this."""
    toks, case, g, (lw, lf, ll, lo, ro), (cap_mid, cap_any) = prepare(text)
    for i, t in enumerate(toks):
        if candidate(t, g):
            yield i, t, features(toks, i, case, g, lw, lf, ll, cap_mid, lo, ro, cap_any)


def name_probabilities(text: str, masked: bytearray | None = None) -> list[tuple[Token, float]]:
    """Each candidate word not inside `masked` with the model's probability that it is part of
    a person's name."""
    return _scored(text, masked)[0]


def _scored(text: str, masked: bytearray | None) -> tuple[list[tuple[Token, float]], str]:
    m = model()
    wget = m.weights.get
    (starts, ends, words), case, g, (lw, lf, ll, lo, ro), (cap_mid, cap_any) = _context(text)
    first = g.first
    out: list[tuple[Token, float]] = []
    append = out.append
    last = len(words) - 1
    exp = math.exp
    new = tuple.__new__
    word_scores = _WORD_SCORE
    left_scores = _LEFT_SCORE
    right_scores = _RIGHT_SCORE
    line_scores = _LINE_SCORE
    # candidate(t, g) is worked out once per spelling (Word.cand); a Token is made only for
    # the words scored.
    for i in [k for k, w in enumerate(words) if w.cand]:
        start, end = starts[i], ends[i]
        if masked is not None and masked.find(1, start, end) >= 0:
            continue
        t: Token = new(Token, (start, end, *words[i]))
        # A word's own features score the same wherever it stands: summed once per spelling.
        key = (t.text, case)
        base = word_scores.get(key)
        if base is None:
            own = word_features(t, case, g)
            base = sum(map(wget, own, repeat(0.0, len(own))))
            _remember(word_scores, key, base)
        # The context features in three groups (the words before, the words after, the line),
        # each summed once per distinct context: the same features context_features gives.
        # A neighbour stands in the keys by what those features read of it (Token.before,
        # Token.after).
        sh = t.shape
        zb = t.zb
        fn = t.low in first
        if i > 1:
            left_key = (words[i - 1].before, words[i - 2].ctx, sh, case, zb, fn)
        elif i == 1:
            left_key = (words[0].before, "<none>", sh, case, zb, fn)
        else:
            left_key = (NO_NEIGHBOUR, "<none>", sh, case, zb, fn)
        left = left_scores.get(left_key)
        if left is None:
            left = _side_score("p", left_key, wget)
            _remember(left_scores, left_key, left)
        if i < last - 1:
            right_key = (words[i + 1].after, words[i + 2].ctx, sh, case, zb, fn)
        elif i < last:
            right_key = (words[i + 1].after, "<none>", sh, case, zb, fn)
        else:
            right_key = (NO_NEIGHBOUR, "<none>", sh, case, zb, fn)
        right = right_scores.get(right_key)
        if right is None:
            right = _side_score("n", right_key, wget)
            _remember(right_scores, right_key, right)
        line_key = (
            lw[i],
            lf[i],
            ll[i],
            lo[i] and case != "L",
            sh != "Xx" and t.low in cap_mid,
            sh,
            case,
            zb,
            ro[i],
            sh == "x" and t.low in cap_any,
            fn,
        )
        line = line_scores.get(line_key)
        if line is None:
            line = _line_score(line_key, wget)
            _remember(line_scores, line_key, line)
        score = base + left + right + line
        append((t, 1.0 / (1.0 + exp(-max(-30.0, min(30.0, score))))))
    return out, case


_CACHE_MAX = 200_000
# Summed weights of the context features per distinct context (see _scored).
_LEFT_SCORE: dict[tuple[object, ...], float] = {}
_RIGHT_SCORE: dict[tuple[object, ...], float] = {}
_LINE_SCORE: dict[tuple[object, ...], float] = {}


def _remember(cache: dict[Any, float], key: Any, value: float) -> None:
    if len(cache) >= _CACHE_MAX:
        cache.clear()
    cache[key] = value


def _side_score(tag: str, key: tuple[Any, ...], wget: Callable[[str, float], float]) -> float:
    """The weights of context_features' features of the words on one side (tag "p": the two
    before, and whether a sentence starts here; "n": the two after)."""
    (c1, nb, cue), c2, sh, case, zb, fn = key
    if tag == "p":
        f = [f"p1={c1}", f"p2={c2}", f"p12={c2}|{c1}", f"p1s={c1}|{sh}|{case}"]
        if c1 in (".", "!", "?", "<nl>", ":", "<none>"):
            f.append(f"ss|{sh}|{zb}")
    else:
        f = [f"n1={c1}", f"n2={c2}", f"n12={c1}|{c2}", f"n1s={c1}|{sh}|{case}"]
    if cue:
        f.append(f"{tag}c={cue}|{sh}|{'f' if fn else '-'}")
    if nb is not None:
        nb_shape, nb_zb, in_first, in_surname = nb
        if in_first:
            f.append(f"{tag}fn")
        if in_surname:
            f.append(f"{tag}sn")
        f.append(f"{tag}shape={nb_shape}|{nb_zb}|{sh}")
    return sum(wget(x, 0.0) for x in f)


def _line_score(key: tuple[Any, ...], wget: Callable[[str, float], float]) -> float:
    """The weights of context_features' features of the word's line and of the rest of the
    text."""
    words, first_on_line, last_on_line, lowline, cap_elsewhere, sh, case, zb, role, capany, fn = key
    listed = "f" if fn else "-"
    f = [f"lw={min(words, 6)}|{case}"]
    if first_on_line:
        f.append(f"ls|{sh}|{case}")
    if last_on_line:
        f.append(f"le|{sh}")
    if lowline:
        f.append(f"lowline|{sh}|{zb}")
    if first_on_line and words <= 3:
        f.append(f"short_line|{sh}|{zb}")
    if cap_elsewhere:
        f.append("cap_elsewhere")
    if capany:
        f.append(f"capany|{listed}|{case}")
    if role:
        f.append(f"chat={role}|{sh}|{listed}|{zb}")
    return sum(wget(x, 0.0) for x in f)


def _cue(t: Token | None, classes: dict[str, str]) -> str:
    return classes.get(t.low, "") if t is not None and t.word else ""


PARTICLE_SPLIT_RE = factored.compile(r"[\s\-']+")
PARTICLE_GAP_RE = factored.compile(r"[\s\-'’\w]+")
PARTICLE_WORDS = word_set(
    "van von de der den da di du la le bin bint ibn al el ap o ni nic mac an t"
)
HEADER_LINE_RE = factored.compile(r"(?im)^[ \t>]*(?:from|to|cc|bcc|sent\s+by|reply-to)[ \t]*:")


def model_spans(
    text: str, masked: bytearray, threshold: float | None = None
) -> tuple[list[tuple[int, int]], dict[int, float]]:
    """Spans of names by the model, and each scored word's probability by its start offset.

    Words the model marks are joined into one name across single spaces and hyphens, across
    particles ("Niamh de Búrca", "Mac an t-Saoir"), and across the comma of a "Surname,
    Forename" mail header. Protected words (platforms, public bodies, roles, calendar words)
    are never marked, whatever the score.
    """
    m = model()
    cut = m.threshold if threshold is None else threshold
    g = gazetteers(lexicon())
    scored, case = _scored(text, masked)
    shouting = case == "U"
    probs = {t.start: p for t, p in scored}

    def allowed(t: Token) -> bool:
        return not (
            t.low in TITLES
            or (len(t.low) == 1 and t.end < len(text) and text[t.end].isdigit())
            or (_base(t.low) in g.protected and t.low not in g.first)
            or (t.low[-1:] == "s" and t.low[:-1] in g.protected and t.low not in g.first)
            or (t.low not in g.first and _beside_organisation(text, t))
            or (t.low in MONTH_ABBREVIATIONS and _next_to_number(text, t))
            or (t.low in CALENDAR_NAMES and _calendar_word(text, t))
            or (t.low in g.places and place_context(text, t.start, t.end))
            or VERSION_AFTER_RE.match(text, t.end) is not None
            or (t.shape == "x" and common_adverb(t.low, g))
            or (t.shape == "x" and t.low in VERB_FORM_NAMES and _verb_after_subject(text, t))
            or (t.shape == "x" and t.low in MODAL_NAMES and BARE_VERB_AFTER_RE.match(text, t.end))
            or noun_opening(text, t, g)
            or (t.low in g.ambiguous and _score_label(text, t, g))
        )

    # A word before a year group or an age needs less in a text written without capitals,
    # where the model's scores run low: "re sky yr 2".
    age_cut = min(cut, AGE_OR_YEAR_LOWER_CUT) if case == "L" else cut
    # A word English knows needs more than one nobody has heard of ("Signposted" at a
    # sentence start against "Kacper"). The checks of context run only on words the score
    # would mark, which are few.
    marked = [
        t
        for t, p in scored
        # _cut is never below cut: most words are ruled out by the first test alone.
        if p >= age_cut
        and (
            (p >= cut and p >= _cut(t, cut, shouting, g, _mid_sentence(text, t.start)))
            or AGE_OR_YEAR_AFTER_RE.match(text, t.end) is not None
        )
        and allowed(t)
    ]
    # The same rare word elsewhere in the text is the same name, whatever its score there; a
    # common word ("Hope", "will") is judged where it stands.
    # A lower-case repeat of a word English knows counts only on a line written without
    # capitals: "Poppy (Y5) made the poppy badge" keeps the badge.
    rare = {_base(t.low) for t in marked if t.zipf < REPEAT_RARE_ZIPF and len(t.low) > 1}
    if rare:
        chosen = {t.start for t in marked}
        marked = [
            t
            for t, _ in scored
            if t.start in chosen
            or (
                _base(t.low) in rare
                and allowed(t)
                and not (t.shape == "x" and after_determiner(text, t.start))
                and (
                    t.shape != "x"
                    or t.zipf < LOWER_REPEAT_ZIPF
                    or (_base(t.low) in g.first and _base(t.low) not in g.ambiguous)
                    or _base(t.low) in g.more
                    or _lower_line(text, t.start)
                )
            )
        ]
    marked = _with_neighbours(text, scored, marked, cut, allowed, g)
    # A single letter is a name only as an initial beside a name ("chloe r", "J. Okafor").
    marked = [
        t
        for k, t in enumerate(marked)
        if len(t.low) > 1
        or (k > 0 and text[marked[k - 1].end : t.start] in (" ", ". "))
        or (k + 1 < len(marked) and text[t.end : marked[k + 1].start] in (" ", ". "))
    ]
    spans: list[tuple[int, int]] = []
    for t in marked:
        if spans:
            s, e = spans[-1]
            gap = text[e : t.start]
            if gap in (" ", "-", "\u00a0") or (
                len(gap) <= 12
                and (particles := [w for w in PARTICLE_SPLIT_RE.split(fold(gap).strip(" -'")) if w])
                and all(w in PARTICLE_WORDS for w in particles)
                and PARTICLE_GAP_RE.fullmatch(gap) is not None
                and " " in gap
            ):
                spans[-1] = (s, t.end)
                continue
            if gap == ", " and _header_line(text, s):
                spans[-1] = (s, t.end)
                continue
        spans.append((t.start, t.end))
    return spans, probs


def _with_neighbours(
    text: str,
    scored: list[tuple[Token, float]],
    marked: list[Token],
    cut: float,
    allowed: Callable[[Token], bool],
    g: Gazetteers,
) -> list[Token]:
    """Marked words and the words written beside them, in the same case, that the model
    gives a fair score: "Cash Boswell", "zhou haoran". A word English knows needs a clear
    score on its own; standing next to a name it needs only the model's even odds, and a
    capitalised word in mid-sentence right before a name ("and Rush Boswell") less still,
    since English capitalises little there that is not a name, and what it does (platforms,
    roles, places, titles) `allowed` rules out. A capitalised neighbour must stand in
    mid-sentence: "Ask Boswell" keeps "Ask"."""
    if not marked:
        return marked
    chosen = {t.start for t in marked}
    probs_of = {t.start: p for t, p in scored}
    by_end = {t.end: t for t in marked}
    by_start = {t.start: t for t in marked}
    more = []
    for t, p in scored:
        if t.start in chosen or p < NEIGHBOUR_BEFORE_CUT or len(t.low) < 2:
            continue
        before = by_end.get(t.start - 1)
        after = by_start.get(t.end + 1)
        if before is not None and text[before.end : t.start] != " ":
            before = None
        if after is not None and text[t.end : after.start] != " ":
            after = None
        if t.shape == "x":
            # Before a name, a word English knows a little ("zhou haoran"); after one, only
            # a word it hardly knows, since verbs follow names ("okafor rang back").
            listed = t.low in g.first or t.low in g.more or t.low in g.surname
            ok = p >= cut and (
                (after is not None and after.shape == "x" and (t.zipf < REPEAT_RARE_ZIPF or listed))
                or (
                    before is not None
                    and before.shape == "x"
                    and (t.zipf < LOWER_KNOWN_ZIPF or listed)
                )
            )
        elif t.shape in ("Xx", "xX") and _mid_sentence(text, t.start):
            capitalised_after = after is not None and after.shape in ("Xx", "xX")
            capitalised_before = before is not None and before.shape in ("Xx", "xX")
            # After a name, a capitalised word English hardly knows is its surname ("Tom
            # Fairclough", "Jamie-Lee Dutton").
            ok = (capitalised_after and p >= NEIGHBOUR_BEFORE_CUT) or (
                capitalised_before
                and (p >= cut or (t.zipf < RARE_SURNAME_ZIPF and p >= NEIGHBOUR_BEFORE_CUT))
            )
        elif t.shape in ("Xx", "xX"):
            # At a sentence start, before a sure name, on even odds: "Ace Adebanjo (Year 11)".
            ok = (
                after is not None
                and after.shape in ("Xx", "xX")
                and p >= cut
                and probs_of.get(after.start, 0.0) >= SURE_NAME
            )
        else:
            ok = False
        # At the head of a list of names, on even odds: "Willow, Hazel and Rowan sent ...".
        if not ok and p >= cut and t.shape != "x":
            ok = _heads_list_of_names(text, t, by_start)
        if ok and allowed(t):
            more.append(t)
    if not more:
        return marked
    return sorted(marked + more, key=lambda t: t.start)


def _heads_list_of_names(text: str, t: Token, by_start: dict[int, Token]) -> bool:
    """Is `t` followed by ", " and a marked name that is itself followed by " and " or ", "
    and another marked name, all three in one shape? "Willow, Hazel and Rowan"."""
    second = by_start.get(t.end + 2) if text.startswith(", ", t.end) else None
    if second is None or second.shape != t.shape:
        return False
    for joint in (" and ", ", "):
        if text.startswith(joint, second.end):
            third = by_start.get(second.end + len(joint))
            return third is not None and third.shape == t.shape
    return False


# A lower-case word in -ly whose stem English uses often is an adverb, not a surname: "rose
# sharply", "went badly", "replied quickly". Listed names in -ly stay names ("kelly", "emily",
# "lily", "beverly"), as do stems English seldom uses ("nelly", "shelly").
ADVERB_STEM_ZIPF = 4.0
ADVERB_STEM_MIN = 3


def common_adverb(low: str, g: Gazetteers) -> bool:
    """Is `low` (folded) an English adverb in -ly made from a common word and no listed name?

    Stems tried: "sharp|ly", "happ|ily" -> "happy", "gent|ly" -> "gentle", "basic|ally".
    Zipf frequencies come from english_zipf.txt (wordfreq); ADVERB_STEM_ZIPF is the bar.
    """
    if len(low) < ADVERB_STEM_MIN + 2 or not low.endswith("ly"):
        return False
    if low in g.first or low in g.more:
        return False
    table = zipf_table()
    stems = [low[:-2], low[:-1] + "e"]
    if low.endswith("ily"):
        stems.append(low[:-3] + "y")
    if low.endswith("ally"):
        stems.append(low[:-4])
    return any(
        len(stem) >= ADVERB_STEM_MIN and table.get(stem, 0.0) >= ADVERB_STEM_ZIPF for stem in stems
    )


# Listed first names that are also past tenses of verbs. Written in lower case after a plural
# noun subject and before an adverb in -ly they are the verb: "reports of sextortion rose
# sharply", "the kids drew quietly"; "i met rose" keeps its name. Not at a sentence's end:
# a verb in -s reads as a plural noun there ("then emily texts drew.") and the name would leak.
VERB_FORM_NAMES = word_set("rose drew")
PLURAL_SUBJECT_BEFORE_RE = factored.compile(
    r"(?<![\w'’])(?P<n>[A-Za-z]{3,}[^sui'’\W]s)(?:[ \t]+of[ \t]+[a-z]+)?[ \t]+\Z"
)
NOT_PLURAL_SUBJECTS = word_set(
    "thanks cheers wants needs says tells asks gives sends messages calls"
)
VERB_FORM_ADVERB_RE = factored.compile(r"[ \t]+(?P<a>[a-z]+)")
PLURAL_STEM_ZIPF = 3.5


def _verb_after_subject(text: str, t: Token) -> bool:
    """Does the lower-case verb-form name `t` stand between a plural noun subject ("numbers",
    "reports of sextortion") and an adverb in -ly ("sharply")?"""
    before = PLURAL_SUBJECT_BEFORE_RE.search(text, max(0, t.start - 40), t.start)
    if before is None:
        return False
    noun = fold(before.group("n"))
    if noun in NOT_PLURAL_SUBJECTS or zipf_table().get(noun[:-1], 0.0) < PLURAL_STEM_ZIPF:
        return False
    adverb = VERB_FORM_ADVERB_RE.match(text, t.end)
    return adverb is not None and common_adverb(adverb.group("a"), gazetteers(lexicon()))


# Listed first names that are also modal verbs. In lower case before a bare verb they are the
# modal: "her brother will be at the meeting", "it may have been shared". The verbs are those
# a modal most often governs; "not" is left out, because "told will not to post it" names him.
MODAL_NAMES = word_set("will may can must shall")
BARE_VERB_AFTER_RE = factored.compile(
    r"[ \t]+(?:be|have|need|get|go|come|call|ring|phone|speak|send|take|make|see|know|help|"
    r"contact|do|keep|attend|meet|look|ask|tell|try|also|still|probably|never|definitely|"
    r"hopefully)\b"
)


# A word followed by a year group or an age is as likely a name as the model says, whatever
# English makes of the word: "re rocky yr 2", "placement kenzie 14".
AGE_OR_YEAR_AFTER_RE = factored.compile(
    r"[ \t]*(?:\([ \t]*)?(?:yr|year|y)[ \t]?\d{1,2}\b|,?[ \t]+\d{1,2}\b(?![:./\d])"
)
# A word before a version number names software, not a person: "firmware v10.2", "Build v3.1".
# The score such a word needs in a text written without capitals (model_spans).
AGE_OR_YEAR_LOWER_CUT = 0.4
VERSION_AFTER_RE = factored.compile(r"[ \t]+[vV]\d+(?:\.\d+)+\b")
NEIGHBOUR_BEFORE_CUT = 0.2
RARE_SURNAME_ZIPF = 3.0
SURE_NAME = 0.9
REPEAT_RARE_ZIPF = 4.0
# A lower-case repeat of a name after an article or an intensifier is the word: "holly
# (carer) ... cut the holly bush", "robin saw a robin", "the phone was so dusty". Not after
# "this", "that" or "is": "hey is this ama", "her name is ama".
DETERMINER_END_RE = factored.compile(r"\b(?:a|an|the|some|no|very|so|too|quite|really)[ \t]+\Z")


def after_determiner(text: str, start: int) -> bool:
    """Does an article or an intensifier stand just before `start` ("the", "so")?"""
    return DETERMINER_END_RE.search(text, max(0, start - 8), start) is not None


LOWER_REPEAT_ZIPF = 3.0


def _lower_line(text: str, pos: int) -> bool:
    """Is the line around pos written without capitals (a chat line, a hurried note)?"""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)]
    return line == line.lower()


KNOWN_WORD_ZIPF = 2.0
KNOWN_WORD_CUT = 0.5
EVERYDAY_WORD_ZIPF = 3.5  # "rang", "Logged": everyday words need a clear score
EVERYDAY_WORD_CUT = 0.7
LOWER_COMMON_CUT = 0.9
NEVER = 2.0  # above any probability
LOWER_KNOWN_ZIPF = 3.0
LOWER_LISTED_CUT = 0.7


# In ALL-CAPS text every word looks like a name; a word English knows needs more there.
SHOUTED_KNOWN_ZIPF = 3.5
SHOUTED_KNOWN_CUT = 0.8
# Words that end or start the name of an organisation or a role: a word beside one is part
# of that name ("Revenge Porn Helpline", "Helpline Practitioner"), not a person's.
ORGANISATION_WORDS = word_set(
    "helpline helplines team council services service police trust centre center foundation "
    "charity partnership unit officer practitioner worker board network project university "
    "hospital clinic line act bill fund campaign commission commissioner agency"
)
# Of those, the words that only close a name (a law's: "Online Safety Bill", "Children Act"):
# the word after one starts something else ("Bill Hartigan", a person).
CLOSING_ORGANISATION_WORDS = word_set("act bill")
ORG_NEIGHBOUR_RE = factored.compile(r"[ \t]([A-Za-z]+)")
ORG_BEFORE_RE = factored.compile(r"([A-Za-z]+)[ \t]\Z")


def _cut(t: Token, cut: float, shouting: bool, g: Gazetteers, mid: bool) -> float:
    """The score a word needs: more for words English knows, unless a listed name stands
    capitalised (an ambiguous one, "Summer", only in mid-sentence: "told Summer that")."""
    if t.zipf < KNOWN_WORD_ZIPF:
        return cut
    if t.shape == "Xx" and t.low in g.first and not shouting and (t.low not in g.ambiguous or mid):
        return cut  # "told Summer that": a listed name, capitalised, needs no more
    listed = t.low in g.first or t.low in g.more
    if t.shape == "x" and listed and not shouting and t.zipf >= EVERYDAY_WORD_ZIPF:
        # A listed first name in lower case that is also a word ("dawn", "frank", "grace"):
        # the model's context features (chat lines, "told", "hey", "says") decide it.
        return max(cut, LOWER_LISTED_CUT)
    if t.shape == "x" and not listed:
        if t.zipf >= REPEAT_RARE_ZIPF:
            # "café" alone on a line is a word, not a name; "reed" may be a surname.
            return max(cut, LOWER_COMMON_CUT) if t.low in g.surname else NEVER
        if t.zipf >= LOWER_KNOWN_ZIPF and t.low not in g.surname:
            return max(cut, EVERYDAY_WORD_CUT)  # "firmware", "hashed", "priv"
    if shouting and t.zipf >= SHOUTED_KNOWN_ZIPF:
        return max(cut, SHOUTED_KNOWN_CUT)
    if t.zipf >= EVERYDAY_WORD_ZIPF:
        return max(cut, EVERYDAY_WORD_CUT)
    return max(cut, KNOWN_WORD_CUT)


QUOTED_PHRASE_ON_RE = factored.compile(r"[\w'’\-]*,?[ \t]+[a-z]")


def _mid_sentence(text: str, start: int) -> bool:
    """Is start inside a sentence? Not at the opening of a quoted phrase ('a "Grace note"')."""
    if start > 0 and text[start - 1] in '"“‘' and QUOTED_PHRASE_ON_RE.match(text, start):
        return False
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘([*•-":
        i -= 1
    return i >= 0 and text[i] not in ".!?\n:;>"


# A listed name that is also an everyday noun, opening a sentence or a quoted phrase, is the
# noun when what follows is what follows the noun and never a person: a preposition the noun
# governs ("Justice for staff", "Joy of joys", "Dawn of the deepfake"; the labelled sets mark
# no name before "of" or "for") or "do" ("Will do"). "in" and "from" follow people too ("Pearl
# in Year 5", "Grace from HR", '"Ruby from Lakeside is ..."'), so "in" counts only after a
# noun that governs it ("Faith in the future", "Hope in humanity"), and not before a year
# group, a form or a person's place ("Faith in 9K", "Hope in Year 8", "Joy in our office").
NOUN_COMPLEMENT_AFTER_RE = factored.compile(r"[ \t]+(?:of|for|do)\b")
IN_NOUNS = word_set("faith hope joy pride trust")
IN_COMPLEMENT_AFTER_RE = factored.compile(
    r"[ \t]+in[ \t]+(?!(?:y|yr|year|form|class|set|group|tutor|reception|nursery|our|my|his|"
    r"her|their|your|the[ \t]+(?:office|class|team|group|form|year|same|staff|school))\b)"
    r"(?![A-Za-z]?\d)(?=[^\W\d_])",
    re.I,
)


# Nouns of the same kind joined to it, in lower case: "Faith and hope are two of our values",
# "Joy and pride" (in a text written with capitals a lower-case "hope" is the noun, and so
# is the word it is paired with; "Grace and tom" pairs a name).
PAIRED_NOUNS = IN_NOUNS | word_set("love peace charity grace mercy honour honor patience")
PAIRED_NOUN_AFTER_RE = factored.compile(r"[ \t]+(?:and|or|&)[ \t]+(?P<w>[a-z]+)(?![\w'’\-])")


# A form's field before a number or a score: "Mark: 7/10 for effort", "Grade: 4".
SCORE_AFTER_LABEL_RE = factored.compile(r":[ \t]*\d")


LINE_LABEL_RE = factored.compile(r"^[ \t]*([A-Z][a-z]+)[ \t]*:", re.M)


def _score_label(text: str, t: Token, g: Gazetteers) -> bool:
    """Is the capitalised word `t` a form's label, opening its line before a colon and a
    number, where no other line opens with it or a listed first name ("Mark: 7/10 for
    effort\nComments: good"), rather than a chat's speaker ("Mark: 7 pm?\nMark: ok",
    "Jo: hi\nMark: 7pm?")?"""
    if t.shape != "Xx" or (t.start and text[t.start - 1] != "\n"):
        return False
    if SCORE_AFTER_LABEL_RE.match(text, t.end) is None:
        return False
    for m in LINE_LABEL_RE.finditer(text):
        if m.start(1) != t.start and (m.group(1).lower() == t.low or m.group(1).lower() in g.first):
            return False
    return True


def noun_opening(text: str, t: Token, g: Gazetteers) -> bool:
    """Is the capitalised listed everyday word `t`, opening a sentence or a quoted phrase, the
    noun rather than a name, by the word after it ("Justice for", "Will do", "Faith in the")
    or a lower-case noun of its kind joined to it ("Faith and hope")?"""
    if t.shape != "Xx" or t.low not in g.ambiguous or _mid_sentence(text, t.start):
        return False
    if NOUN_COMPLEMENT_AFTER_RE.match(text, t.end) is not None:
        return True
    if t.low in PAIRED_NOUNS:
        pair = PAIRED_NOUN_AFTER_RE.match(text, t.end)
        if pair is not None and pair.group("w") in PAIRED_NOUNS:
            return True
    return t.low in IN_NOUNS and IN_COMPLEMENT_AFTER_RE.match(text, t.end) is not None


def _beside_organisation(text: str, t: Token) -> bool:
    after = ORG_NEIGHBOUR_RE.match(text, t.end)
    if (
        after is not None
        and after.group(1)[0].isupper()
        and after.group(1).lower() in ORGANISATION_WORDS
    ):
        return True
    before = ORG_BEFORE_RE.search(text, max(0, t.start - 20), t.start)
    return (
        before is not None
        and before.group(1)[0].isupper()
        and before.group(1).lower() in ORGANISATION_WORDS
        and before.group(1).lower() not in CLOSING_ORGANISATION_WORDS
    )


def _base(low: str) -> str:
    return low[:-2] if low.endswith("'s") and len(low) > 2 else low


MONTH_ABBREVIATIONS = word_set("jan feb mar apr jun jul aug sep sept oct nov dec")
NUMBER_NEAR_RE = factored.compile(r"[\s,./\-]{0,3}\d")


NUMBER_BEFORE_RE = factored.compile(r"\d[\s,./\-]{0,3}\Z")


def _next_to_number(text: str, t: Token) -> bool:
    """ "11 Jan 2024", "Jan 12": a month, not Jan the person."""
    before = text[max(0, t.start - 4) : t.start]
    return bool(NUMBER_BEFORE_RE.search(before) or NUMBER_NEAR_RE.match(text, t.end))


MONTH_NAMES = word_set(
    "january february march april may june july august september october november december"
)
# A day's ordinal before the month: "Tuesday 14th May", "the 3rd of June".
ORDINAL_BEFORE_RE = factored.compile(r"\b\d{1,2}(?:st|nd|rd|th)[ \t]+(?:of[ \t]+)?\Z")
# A timeline's items, each opened by a month: "- April: moved to Instagram", "- May: requested
# images" (two or more such labels; a chat's "May: hi" is a person).
MONTH_LABEL_RE = factored.compile(
    r"^[ \t]*[-•*–][ \t]*(?:" + "|".join(sorted(m.capitalize() for m in MONTH_NAMES)) + r")[ \t]*:",
    re.M,
)


def _month_labels(text: str, start: int) -> bool:
    """Whether the month at text[start] opens one of two or more of a timeline's items."""
    labels = [m.end() for m in MONTH_LABEL_RE.finditer(text)]
    return len(labels) >= 2 and any(m > start and m - start <= 10 for m in labels)


CALENDAR_BESIDE_RE = factored.compile(
    r"(?:\b(?:in|on|by|until|till|since|from|of|during|early|late|mid|next|last|this|every|"
    r"before|after|end|start|beginning|and|or|to|between)[ \t]+\Z)"
    r"|(?:(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)[ \t]+(?:and|or|to|-|–)[ \t]+\Z)",
    re.I,
)
MONTH_AFTER_RE = factored.compile(
    r"[ \t]+(?:and|or|to|-|–)[ \t]+(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b|[ \t]+(?:half[ \t-]*term|term|holidays?)\b"
    # "summer from June to August", "spring until the 3rd": a span of time, not a person.
    r"|[ \t]+(?:from|until|till|through)[ \t]+(?:the[ \t]+)?(?:\d|(?:january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b)",
    re.I,
)


PLACE_BEFORE_RE = factored.compile(
    r"\b(?:from|in|to|near|at|around|across|outside|into|of|via|through)[ \t]+\Z", re.I
)
NAME_AFTER_RE = factored.compile(r"[ \t]+[A-Z][a-z]")


def place_context(text: str, start: int, end: int) -> bool:
    """ "moved here from Devon", "drove down from Preston": text[start:end] names a place,
    unless a surname follows ("from Devon Ashe")."""
    return bool(
        PLACE_BEFORE_RE.search(text, max(0, start - 12), start)
        and not NAME_AFTER_RE.match(text, end)
    )


CALENDAR_NAMES = MONTH_NAMES | word_set("summer autumn spring winter easter christmas")


def _calendar_word(text: str, t: Token) -> bool:
    """ "in May and June", "June half term": a month, not June the person."""
    return bool(
        CALENDAR_BESIDE_RE.search(text, max(0, t.start - 24), t.start)
        or MONTH_AFTER_RE.match(text, t.end)
        or (text[t.end : t.end + 1] == ":" and _month_labels(text, t.start))
        or ORDINAL_BEFORE_RE.search(text, max(0, t.start - 10), t.start)
        or (
            t.low in SEASONS
            and SEASON_OWNER_RE.search(text, max(0, t.start - 8), t.start) is not None
            and SEASON_NOUN_AFTER_RE.match(text, t.end) is not None
        )
    )


# "our Autumn online safety evening": a season after "our", "your" or "their" and before a
# lower-case word ("Happy 10th to our Summer!!!" is a girl; "our May" may be a sister, so
# months are left out).
SEASONS = word_set("summer autumn spring winter")
SEASON_OWNER_RE = factored.compile(r"\b(?:our|your|their)[ \t]+\Z", re.I)
SEASON_NOUN_AFTER_RE = factored.compile(r"[ \t]+[a-z]")


# Lines where "Surname, Forename" names one person: quoted-reply headers ("On 17/10/2023
# 11:20, Loveday, Rafaela wrote:") and chat or Teams speaker lines ("[10:03] Dhesi, Harpreet").
WROTE_LINE_RE = factored.compile(r"[ \t>]*On\b[^\n]{0,80}\bwrote:?[ \t]*$", re.I | re.M)
SPEAKER_LINE_RE = factored.compile(
    r"[ \t>]*(?:\[[^\]\n]{3,24}\][ \t]*)?[^\W\d_][\w'’\-]*,[ \t]+[^\W\d_][\w'’\-]*[ \t]*$", re.M
)


def _header_line(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return (
        HEADER_LINE_RE.match(text, line_start) is not None
        or WROTE_LINE_RE.match(text, line_start) is not None
        or SPEAKER_LINE_RE.match(text, line_start) is not None
    )
