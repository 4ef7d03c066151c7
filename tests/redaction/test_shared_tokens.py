"""The name rules read their words from the name model's tokens: the same words the rules'
own regexes (CAP_WORD_RE, _keep_re) find, on listed and generated text."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from casebook.redaction import namemodel, names
from casebook.redaction.lexicon import fold, lexicon
from casebook.redaction.namemodel import SPLIT_RE, TOKEN_RE, split, tokenize, zipf_table


def regex_words(text: str) -> list[names.Tok]:
    """names._tokens as it was written with the rules' regexes over the whole text: the
    definition the shared tokens must match."""
    keep = names._keep_words(lexicon())
    toks = []
    for m in names.CAP_WORD_RE.finditer(text):
        word = m.group()
        if not word[0].isupper():
            continue
        start, end = m.span()
        if word[-2:] in ("'s", "’s") and len(word) > 2:
            word, end = word[:-2], end - 2
        low = word.lower()
        if not low.isascii() or "’" in low:
            low = fold(word)
        toks.append(names.Tok(start, end, word, low, True))
    lowers = []
    for m in names._keep_re(lexicon()).finditer(text):
        start, end = m.span()
        word = m.group()
        lowers.append(names.Tok(start, end, word, word, False))
        if word in names.TITLES:
            after = names.AFTER_TITLE_RE.match(text, end)
            if (
                after is not None
                and after.group("w") not in keep
                and after.group("w") not in lexicon().protected
                and zipf_table().get(after.group("w"), 0.0) < names.AFTER_TITLE_MAX_ZIPF
            ):
                first = after.start("i") if after.group("i") else after.start("w")
                word = text[first : after.end("w")]
                lowers.append(names.Tok(first, after.end("w"), word, word, False))
    if lowers:
        lowers.sort(key=lambda t: t.start)
        joined: list[names.Tok] = []
        for t in lowers:
            prev = joined[-1] if joined else None
            if prev is not None and t.start == prev.end + 1 and text[prev.end] == "-":
                word = text[prev.start : t.end]
                joined[-1] = names.Tok(prev.start, t.end, word, word, False)
            else:
                joined.append(t)
        toks = sorted(toks + joined, key=lambda t: t.start)
    return toks


def shared_words(text: str) -> list[names.Tok]:
    return names._tokens(text, names._keep_words(lexicon()))


TEXTS = [
    "Hi Mia, mum tracey said o'Brien and O'BRIEN's mate McDonald-Smith rang",
    "sam2 2Sam _sam sam_ x²Sam ²sam émile-Zola Émile lily-grace and-Jo 'jo' -jo- jo",
    "ZOË’s note: jack, will and harding met Jan-Erik at Nørrebro; AN ALL CAPS LINE\n",
    "ms harding and mr p. o'donnell, pcso wragg2 rang dr. khan's",
    "",
    "jo",
]


def test_listed_texts() -> None:
    for text in TEXTS:
        assert shared_words(text) == regex_words(text), text


ALPHABET = "aAjJoOsSmMéÉ²1_-'’ ,.\n"
WORDS = st.sampled_from(
    ["jo", "sam", "mia", "and", "van", "Jo", "O'", "-", "2", " ", "lily", "ms ", "mr p. ", "pc"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(alphabet=ALPHABET, max_size=6), WORDS), max_size=12))
@example(["x²", "Sam"])
@example(["²-", "jo"])
def test_generated_texts(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert shared_words(text) == regex_words(text)


def test_split_is_tokenize_and_matches_the_token_regex() -> None:
    text = "Mia (Y9) said: o'Brien_2 rang\n07700 900123 — émile-Zola!"
    starts, ends, words = split(text)
    toks = tokenize(text, zipf_table())
    assert [(t.start, t.end, *w) for t, w in zip(toks, words, strict=True)] == toks
    assert [(t.start, t.end) for t in toks] == list(zip(starts, ends, strict=True))
    spans = [(t.start, t.end, t.text) for t in toks]
    assert spans == [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]
    assert len(SPLIT_RE.split(text)) == 2 * len(spans) + 1


def _split_tokens(text: str) -> list[tuple[int, int, str]]:
    parts = SPLIT_RE.split(text)
    assert "".join(parts) == text
    out, pos = [], 0
    for k, part in enumerate(parts):
        if k % 2:
            out.append((pos, pos + len(part), part))
        pos += len(part)
    return out


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(st.text(alphabet=ALPHABET, max_size=6), WORDS), max_size=12))
@example(["o'", "brien-", "-x"])
@example(["a’b’", "c-d"])
def test_split_gives_the_token_regex_tokens(pieces: list[str]) -> None:
    text = "".join(pieces)
    want = [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]
    assert _split_tokens(text) == want


def speaker_colon_by_token(words: list[namemodel.Word], start: int, end: int) -> int:
    """The chat line's speaker colon as it was written, one token at a time: the definition
    namemodel._speaker_colon's list searches must match."""
    count = 0
    for k in range(start, min(end, start + 24)):
        t = words[k]
        if t.word:
            count += 1
            if count > namemodel.SPEAKER_WORDS:
                return -1
        elif t.text == ":" and count and not (k + 1 < end and words[k + 1].shape == "d"):
            return k if k + 1 < end else -1
    return -1


CHAT_PIECES = ["Ruby", "ruby", "Mia Jones", "a b c d e f", ":", " : ", "20:15", "12", "\n", " "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CHAT_PIECES), max_size=40))
@example(["Dee", " ", "20:15", ":", " hi"])
@example(["a b c d e f", ":", " hi"])
def test_speaker_colon_matches_a_token_by_token_reading(pieces: list[str]) -> None:
    text = " ".join(pieces)
    words = split(text)[2]
    shapes = [w.shape for w in words]
    flags = [w.word for w in words]
    start = 0
    while start <= len(words):
        end = shapes.index("\n", start) if "\n" in shapes[start:] else len(words)
        want = speaker_colon_by_token(words, start, end)
        assert namemodel._speaker_colon(shapes, flags, start, end) == want, text
        start = end + 1
