"""Redaction result types and the merge of recogniser findings into one redacted text.

Pure: no Django. Offsets are code-point offsets into the input string (Python `str` indices),
so they stay right for emoji and accented text.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

# Types in the order they win when two findings overlap with the same length: the more
# structured and certain recognisers first.
ENTITY_TYPES: tuple[str, ...] = (
    "EMAIL",
    "URL",
    "IP_ADDRESS",
    "PHONE",
    "POSTCODE",
    "DATE_OF_BIRTH",
    "USERNAME",
    "SCHOOL",
    "ADDRESS",
    "PERSON",
)

PLACEHOLDERS: dict[str, str] = {
    "PERSON": "{name}",
    "USERNAME": "{username}",
    "URL": "{url}",
    "EMAIL": "{email address}",
    "PHONE": "{phone}",
    "SCHOOL": "{school}",
    "ADDRESS": "{address}",
    "POSTCODE": "{postcode}",
    "IP_ADDRESS": "{ip address}",
    "DATE_OF_BIRTH": "{date of birth}",
}

_RANK = {t: i for i, t in enumerate(ENTITY_TYPES)}


class Entity(NamedTuple):
    """One piece of personal data: text[start:end] in the input is of this type.

    A named tuple (immutable, ordered by start, end, type): some 40 are made and sorted per
    text, and a tuple is made and compared in C, twice as fast as a frozen dataclass.
    """

    start: int
    end: int
    type: str


@dataclass(frozen=True)
class Redaction:
    """The redacted text and the entities found in the input it was made from."""

    text: str
    entities: tuple[Entity, ...]


def resolve(candidates: Iterable[Entity], text: str | None = None) -> tuple[Entity, ...]:
    """Keep a sorted, non-overlapping subset: longer findings win, then the surer type.

    With the text, a finding that overlaps a winner keeps the part of it outside the winner,
    trimmed to its words (a name running into a school's span found from the surname on:
    "Claudine" of "Ms Claudine Toussaint of Kirkdale ... Primary"), so that nothing a finder
    took is left unredacted; without it such a finding is dropped."""
    chosen: list[Entity] = []
    ordered = sorted(
        _joined_schools(candidates), key=lambda e: (e.start - e.end, _RANK[e.type], e.start)
    )
    if not ordered:
        return ()
    taken = bytearray(max(e.end for e in ordered))
    for ent in ordered:
        if ent.end <= ent.start:
            continue
        if taken.find(1, ent.start, ent.end) >= 0:
            if text is None:
                continue
            for part in _free_parts(text, ent, taken):
                chosen.append(part)
                taken[part.start : part.end] = b"\x01" * (part.end - part.start)
            continue
        chosen.append(ent)
        taken[ent.start : ent.end] = b"\x01" * (ent.end - ent.start)
    chosen.sort()
    return tuple(chosen)


def _joined_schools(candidates: Iterable[Entity]) -> list[Entity]:
    """candidates, with each two school names that overlap without one holding the other
    joined as well: "Wembley High" and "Technology College" read from their two kinds are
    "Wembley High Technology College"."""
    out = list(candidates)
    schools = sorted(e for e in out if e.type == "SCHOOL")
    for a, b in itertools.pairwise(schools):
        if a.start < b.start < a.end < b.end:
            out.append(Entity(a.start, b.end, "SCHOOL"))
    return out


_FREE_PART_RE = re.compile(r"[^\W_](?:.*[^\W_])?", re.S)


def _free_parts(text: str, ent: Entity, taken: bytearray) -> list[Entity]:
    """The runs of ent's span that no chosen finding holds, trimmed to a word character at
    each end, of two such characters at least and opening with a capital (a lower-case rest is
    more often a word the finding ran over: "yth" of "yth wkr rhys")."""
    parts = []
    pos = ent.start
    while pos < ent.end:
        if taken[pos]:
            pos += 1
            continue
        end = taken.find(1, pos, ent.end)
        end = ent.end if end < 0 else end
        m = _FREE_PART_RE.search(text, pos, end)
        if m is not None and m.group(0)[0].isupper() and sum(c.isalnum() for c in m.group(0)) >= 2:
            parts.append(Entity(m.start(), m.end(), ent.type))
        pos = end
    return parts


def apply(
    text: str, entities: tuple[Entity, ...], placeholders: Sequence[str] | None = None
) -> str:
    """Replace each (sorted, non-overlapping) entity with its placeholder.

    `placeholders`, when given, holds one placeholder per entity (see `numbered`); otherwise
    each type's plain placeholder ({name}, {school} ...) is used.
    """
    parts: list[str] = []
    pos = 0
    for k, ent in enumerate(entities):
        parts.append(text[pos : ent.start])
        parts.append(placeholders[k] if placeholders is not None else PLACEHOLDERS[ent.type])
        pos = ent.end
    parts.append(text[pos:])
    return "".join(parts)


NAME_WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# Words that say how someone is addressed, not who they are: "Mrs Adeyemi" and "Adeyemi" are
# one person.
ADDRESS_WORDS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lady",
        "lord",
        "pc",
        "dc",
        "ds",
        "di",
        "dci",
        "sgt",
        "sergeant",
        "insp",
        "inspector",
        "rev",
        "revd",
        "reverend",
        "father",
        "fr",
        "cllr",
        "councillor",
    ]
)


def _fold(word: str) -> str:
    low = unicodedata.normalize("NFKD", word.casefold().replace("’", "'"))
    return "".join(c for c in low if not unicodedata.combining(c))


def _person_key(mention: str) -> frozenset[str]:
    words = [_fold(w) for w in NAME_WORD_RE.findall(mention)]
    return frozenset(w for w in words if w not in ADDRESS_WORDS) or frozenset(words)


def _other_key(kind: str, mention: str) -> str:
    if kind in ("PHONE", "IP_ADDRESS"):
        return "".join(c for c in mention if c.isalnum())
    return " ".join(_fold(mention).split()).strip(".,;:")


# A person written by initials alone: "SW", "A.M.", "J.K".
INITIALS_MENTION_RE = re.compile(r"(?:[A-Z]\.?[ \t]?){2,4}")


def _initials_of(mention: str) -> str:
    """The initials a name of two words or more is written with in notes ("Sam Whitlock" ->
    "SW"; titles left out), or "" for a name of one word."""
    words = [w for w in NAME_WORD_RE.findall(mention) if _fold(w) not in ADDRESS_WORDS]
    return "".join(w[0].upper() for w in words) if len(words) >= 2 else ""


def numbered(text: str, entities: Sequence[Entity]) -> list[str]:
    """One numbered placeholder per entity: {name 1}, {name 2}, {school 1} ... per text.

    The same person keeps one number: mentions are compared as sets of folded words without
    titles, and a mention whose words are all in one earlier person's ("Przybylski" after
    "Jan Przybylski", "Jan Przybylski" after "Mr Przybylski") takes that person's number, as
    do initials that spell one earlier person's full name ("SW" after "PC Sam Whitlock"). When
    more than one earlier person fits ("Mia" after "Mia Jones" and "Mia Khan") the mention gets
    a number of its own rather than a guess. Other types are numbered by their folded text
    (phone numbers and IP addresses by their digits).
    """
    people: list[set[str]] = []
    initials: list[set[str]] = []
    others: dict[str, dict[str, int]] = {}
    out: list[str] = []
    for ent in entities:
        base = PLACEHOLDERS[ent.type][1:-1]
        mention = text[ent.start : ent.end]
        if ent.type == "PERSON":
            key = _person_key(mention)
            fits = []
            if INITIALS_MENTION_RE.fullmatch(mention):
                letters = "".join(c for c in mention if c.isalpha())
                fits = [i for i, spelt in enumerate(initials) if letters in spelt]
            if not fits:
                exact = [i for i, p in enumerate(people) if p == key]
                fits = exact or [i for i, p in enumerate(people) if key <= p or p <= key]
            if len(fits) == 1:
                number = fits[0] + 1
                people[fits[0]] |= key
            else:
                people.append(set(key))
                initials.append(set())
                number = len(people)
            if spelt := _initials_of(mention):
                initials[number - 1].add(spelt)
        else:
            seen = others.setdefault(ent.type, {})
            number = seen.setdefault(_other_key(ent.type, mention), len(seen) + 1)
        out.append(f"{{{base} {number}}}")
    return out


def recurrences(
    text: str, words: Iterable[str], before: str, after: str, masked: bytearray | None = None
) -> Iterator[tuple[int, int]]:
    """(start, end) of each word of `words` wherever it stands in text between the lookbehind
    `before` and the lookahead `after` (regex sources), where no character of `masked` is set
    (read as each is given, so a caller may mask what it takes): a name, a handle or initials
    found once, found again wherever the text writes them."""
    for word in words:
        for m in re.finditer(before + re.escape(word) + after, text):
            if masked is None or masked.find(1, m.start(), m.end()) < 0:
                yield m.span()


# Letters of the scripts other than Latin that families write names in: Greek, Cyrillic,
# Hebrew, Arabic, the Indic scripts (Devanagari to Malayalam, with their vowel signs), Thai,
# Ge'ez, Hangul, kana and Han, and the joiners Indic names hold.
OTHER_SCRIPT = (
    "\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff"
    "\u0e00-\u0e7f\u1100-\u11ff\u1200-\u139f\u200c\u200d\u3040-\u30ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
)
