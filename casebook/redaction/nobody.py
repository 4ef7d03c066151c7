"""Findings that name no one, told by their kind rather than by a word list.

The recognisers find names, accounts and links by shape and context; some of what they find
is a place, a product, an acronym or a form's word written like a name. Each check here
looks at one finding (and a few characters around it), so the cost is per finding, not per
character of text:

- places by shape (PERSON findings): one word with a Welsh, Gaelic or Irish place-name
  element ("Llanishen", "Aberporth", "Ballykeel", "Inverurie") that no first-name or surname
  list holds; a word no list holds where a place stands: after a school's name and a comma
  ("Sacred Heart School, Camberwell"), after a street and a comma, after "a girl from",
  "moved to", "is originally from"; one with an English place-name ending ("-ton", "-ham",
  "-wick" ...) before a comma and a known town or county ("Camberwell, London"); two words
  where one says the other is a place ("Old Colwyn", "Llanbadarn Fawr", "Barry Island"), or
  a town and a word for its people ("kilkeel mums"); a town found alone as a school before a
  word for its people ("the "Larne lads" group");
- products and services: a word joined from everyday words in camel case where its sentence
  gives advice or a route to report ("report to meta, TakeItDown"; a gamer tag such as
  "OldManNarrator" stays an account), a short bare domain on a service's top-level domain
  ("ome.tv", "ask.fm");
- acronyms in capitals of three to six letters that no list holds as a name, in text that is
  not written in capitals ("POLIT", "IIOC");
- a form's answer that is an everyday word ("Name: Withheld"), and a heading word before a
  count or a bracket ("Comments (3):");
- a lower-case word after an article ("an ustadh"): a noun; a quoted lower-case description
  after an article or a quoted age ('a "streamer" on twitch', '"16yo"'); a school or club in
  lower case after "a" or "an" ("a small parish youth club"); a lower-case "ex-" compound
  before a name ("ex-bf jordan").

Each check reads a finding's whole text. A listed first name or surname vetoes every one of
them but the two-word places whose second word says so ("Barry Island": no one is called
Island).

Pure: no Django. `drop_nobody(text, entities)` gives the entities without these.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from casebook.redaction import factored
from casebook.redaction.core import ADDRESS_WORDS, ENTITY_TYPES, Entity
from casebook.redaction.keep import LAST_WORD_RE
from casebook.redaction.lexicon import lexicon, read_words, towns, villages, word_set
from casebook.redaction.namemodel import zipf_table

# Place-name elements that open Welsh, Gaelic, Scots and Irish places and no common first
# name or surname: llan (church), aber (river mouth), caer (fort), cwm (valley), pont
# (bridge), bally and baile (town), inver (river mouth), kil (church), strath (valley), auch
# (field), ystrad (vale), maes (field), blaen (head of a valley).
CELTIC_PLACE_RE = factored.compile(
    r"(?:Llan|Aber|Caer|Cwm|Pont[ay]|Pontll|Bally|Baile|Inver|Kil|Strath|Auch|Ystrad|"
    r"Maes|Blaen)(?=[a-z]{3})[a-z]+"
)
# Endings of English place names; surnames share them ("Ashton", "Crawford"), so a word
# with one is a place only before a comma and a known town or county (see _place_word).
ENGLISH_PLACE_RE = factored.compile(
    r"[A-Z][a-z]{2,}(?:ton|ham|by|thorpe|thorp|wick|wich|ford|bridge|minster|well|worth|"
    r"bury|borough|brough|stead|field|chester|caster|cester|mouth|pool|port|combe|sk|gate|"
    r"ley|don|den|hurst|holme|caster|ness)"
)
# A word after which the next word of two is a place: "Old Colwyn", "Upper Boat", and one
# before which it is: "Llanbadarn Fawr" (great), "Llanddewi Fach" (small), "Barry Island".
PLACE_FIRST_WORDS = word_set("old upper lower nether higher")
PLACE_LAST_WORDS = word_set(
    "fawr fach mawr fechan isaf uchaf island isle end bay mhor mòr mor beag bheag magna "
    "parva regis sands spa"
)
DISTRICT_LAST_WORDS = word_set("island isle end sands")
TITLES = ADDRESS_WORDS | word_set("pcso sgt insp det")
# What a place follows: a school or a street and a comma; "a girl from", "moved to".
SCHOOL_COMMA_BEFORE_RE = factored.compile(
    r"(?:School|College|Academy|Primary|High|Grammar|Infants|Juniors|Church|Mosque|Centre|"
    r"Club|Hall|Park)[ \t]*,[ \t]*\Z"
)
STREET_COMMA_BEFORE_RE = factored.compile(
    r"(?:\d+[A-Za-z]?[ \t]+(?:[A-Z][\w'’]*[ \t]+){0,3}(?:[A-Z][\w'’]*)|"
    r"(?:Heol|Ffordd|Stryd|Lôn|Lon)(?:[ \t]+[\w'’]+){1,3}|"
    r"(?:[A-Z][\w'’]*[ \t]+){1,3}(?:Road|Rd|Street|St|Lane|Avenue|Ave|Close|Drive|Way|Crescent|"
    r"Terrace|Grove|Gardens|Place|Court|Row|Walk|Mews|Parade|Square|Hill|View|Rise))"
    r"[ \t]*,[ \t]*\Z"
)
FROM_BEFORE_RE = factored.compile(
    r"(?<![\w'’\-])(?:(?:girl|girls|boy|boys|lad|lads|lass|man|men|woman|women|family|"
    r"families|someone|somebody|people|kids|children|person|friends?|mates?|gang|group|guys?|"
    r"teens?|cousins?|relatives|is|are|was|were|comes|came|originally)[ \t]+from|"
    r"(?:moved|moving|move|relocated)[ \t]+(?:back[ \t]+)?to|grew[ \t]+up[ \t]+in)[ \t]+\Z",
    re.I,
)
# After the place: the end of a clause, not a capitalised word (a surname) nor a possessive.
PLACE_AFTER_RE = factored.compile(r"[ \t]*(?:[.,;:!?)\"”\n]|\Z|[ \t]+[a-z0-9(])")
TOWN_AFTER_RE = factored.compile(r",[ \t]*(?P<t>[A-Z][\w'’]*(?:[ \t\-][A-Z][\w'’]*)?)(?![\w'’])")
# A camel-case word: "TakeItDown", "FaceSwap" (each part checked against everyday words).
CAMEL_RE = factored.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]+)+")
CAMEL_PART_RE = factored.compile(r"[A-Z][a-z]+")
# Camel-case words are gamer tags too ("OldManNarrator", "BaconHairBandit"): a product only
# where its sentence says it is one, advice given or a route to report ("offered: ...,
# report to meta, TakeItDown", "an app called FaceSwap"), and no word just before it says it
# is someone's name ("streams as", "a user called", "gamer tag is").
SERVICE_CUE_RE = factored.compile(
    r"\b(?:signposted|signpost|offered|advised|advice|report[ \t]+to|reported[ \t]+to|"
    r"report[ \t]+via|apps?|tools?|services?|websites?|sites?|platforms?|programmes?)\b",
    re.I,
)
NAME_CUE_BEFORE_RE = factored.compile(
    r"\b(?:as|called|named|user|username|account|handle|tag|gamertag|is|by|from|name)"
    r"[ \t]*[:'\"“‘]?[ \t]*\Z",
    re.I,
)
SENTENCE_BREAK_RE = factored.compile(r"[.!?\n][ \t]")
# A bare domain of a service, its name five characters or fewer, on a top-level domain that
# services use for their short names: "ome.tv", "ask.fm" ("bear.gg" is a gamer's name).
SHORT_DOMAIN_RE = factored.compile(r"[a-z0-9]{1,5}\.(?:tv|fm|me|ly|app|chat|live|io)", re.I)
PEOPLE_WORDS = word_set(
    "lad lads lass lasses girl girls boy boys kids mum mums mam mams dad dads parents "
    "families youth youths gang crew teen teens massive"
)
PEOPLE_AFTER_RE = factored.compile(r"[ \t]+(?P<w>[^\W\d_]+)")
ACRONYM_RE = factored.compile(r"[A-Z]{3,6}")
# A form's label before its answer: "Name: Withheld", "Role: Child (age 14)".
FIELD_BEFORE_RE = factored.compile(r"(?:^|\n)[ \t]*[A-Z][\w /]{1,24}:[ \t]*\Z")
FIELD_AFTER_RE = factored.compile(r"[ \t]*(?:\n|\Z|\()")
# A heading word before a count or a kind in brackets: "Comments (3):", "Screenshots (3)".
HEADING_AFTER_RE = factored.compile(r"[ \t]*\((?:\d{1,3}|[a-z][a-z ]{0,20})\)[ \t]*(?::|\n|from\b)")
LINE_START_BEFORE_RE = factored.compile(r"(?:^|\n)[ \t]*\Z")
# A former partner or friend written "ex-" and a lower-case word ("ex-bf", "ex-partner"): a
# relation, never a name's part.
EX_RELATION_RE = factored.compile(r"ex-[a-z]+(?:[ \t]+|\Z)")
OTHER_KINDS = frozenset(ENTITY_TYPES) - {"PERSON", "USERNAME", "SCHOOL", "URL", "ADDRESS"}
QUOTES = frozenset("\"“”'‘’")
AGE_RE = factored.compile(r"\d{1,2}[ \t]?(?:yo|y/o|yrs?[ \t]old|years?[ \t]old)")
INDEFINITE_BEFORE_RE = factored.compile(r"(?<![\w'’\-])(?:a|an|A|An)[ \t]+\Z")
ARTICLE_BEFORE_RE = factored.compile(r"(?<![\w'’\-])(?:a|an|the|An|The|A)[ \t]+\Z")
EVERYDAY_ZIPF = 3.0


@cache
def _listed() -> frozenset[str]:
    lex = lexicon()
    return lex.first_names | lex.surnames | lex.ambiguous | lex.context_only


@cache
def _counties() -> frozenset[str]:
    return read_words("places.txt") | towns()


def _listed_word(low: str) -> bool:
    return low in _listed() or low in _more_first()


@cache
def _more_first() -> frozenset[str]:
    return lexicon().more_first


def _zipf(low: str) -> float:
    return zipf_table().get(low, 0.0)


def celtic_place(word: str) -> bool:
    """Whether a capitalised word opens with a Welsh, Gaelic or Irish place-name element and
    is on no first-name or surname list ("Llanishen", "Ballykeel"; not "Kilroy" if listed)."""
    return CELTIC_PLACE_RE.fullmatch(word) is not None and not _listed_word(word.lower())


def _title_before(text: str, start: int) -> bool:
    before = LAST_WORD_RE.search(text, max(0, start - 14), start)
    return before is not None and before.group(1).lower() in TITLES


def _place_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], one capitalised word on no name list, is a place (see the
    module docstring)."""
    word = text[start:end]
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    if _listed_word(word.lower()) or _title_before(text, start):
        return False
    if end < len(text) and text[end] in "'’":
        return False  # "Llanover's": a person's, or a place's: left as found
    if CELTIC_PLACE_RE.fullmatch(word):
        return True
    if not PLACE_AFTER_RE.match(text, end):
        return False
    lo = max(0, start - 60)
    if (
        SCHOOL_COMMA_BEFORE_RE.search(text, lo, start)
        or STREET_COMMA_BEFORE_RE.search(text, lo, start)
        or FROM_BEFORE_RE.search(text, lo, start)
    ):
        return True
    town = TOWN_AFTER_RE.match(text, end)
    return (
        ENGLISH_PLACE_RE.fullmatch(word) is not None
        and town is not None
        and town.group("t").lower() in _counties()
    )


def _town_alone(text: str, start: int, end: int) -> bool:
    """A town (not a village: schools are named after villages) found alone as a school,
    before a word for people: "the "Larne lads" group" (a school named after it, "Larne
    Grammar", stands elsewhere). Not before the end of a clause: "SCHOOL: GREYSTONES", "(dsl
    greenhill)" are schools named for their towns."""
    low = text[start:end].lower()
    return (
        low in towns()
        and low not in villages()
        and (after := PEOPLE_AFTER_RE.match(text, end)) is not None
        and after.group("w").lower() in PEOPLE_WORDS
    )


def _two_word_place(words: list[str]) -> bool:
    """ "Old Colwyn", "Llanbadarn Fawr", "Barry Island": two capitalised words, one of which
    says the other is a place, and no first name after "Old" ("Old Tom")."""
    if len(words) != 2:
        return False
    first, last = words
    if not (first[:1].isupper() and last[:1].isupper()):
        return False
    first, last = first.lower(), last.lower()
    if first in PLACE_FIRST_WORDS:
        return not lexicon().any_first_name(last) and last not in _listed()
    return last in PLACE_LAST_WORDS


def _place_and_people(words: list[str]) -> bool:
    """A town or a Welsh or Gaelic place and a word for its people, in any case: "kilkeel
    mums", "Thirsk lads" (a group's name read as a person's)."""
    if len(words) != 2 or words[1].lower() not in PEOPLE_WORDS:
        return False
    low = words[0].lower()
    if lexicon().any_first_name(low) or low in _listed():
        return False
    return low in towns() or celtic_place(low.capitalize())


def _camel_product(word: str) -> bool:
    """ "TakeItDown", "FaceSwap": each part an everyday word and no name; not "MacLeod",
    "DeShawn", "JoJo"."""
    if CAMEL_RE.fullmatch(word) is None:
        return False
    parts = [p.lower() for p in CAMEL_PART_RE.findall(word)]
    return all(_zipf(p) >= EVERYDAY_ZIPF and not _listed_word(p) for p in parts)


def _service_before(text: str, start: int) -> bool:
    """Whether the sentence before `start` says a product or service is named there (see
    SERVICE_CUE_RE), and the words just before do not name someone."""
    lo = max(0, start - 120)
    window = text[lo:start]
    cut = max((m.end() for m in SENTENCE_BREAK_RE.finditer(window)), default=0)
    if NAME_CUE_BEFORE_RE.search(text, max(lo + cut, start - 20), start):
        return False
    return SERVICE_CUE_RE.search(text, lo + cut, start) is not None


def _acronym(text: str, start: int, end: int) -> bool:
    """An acronym in capitals that no list holds as a name, in text not written in capitals,
    not after a title or a capitalised word (a name's first part) and not written elsewhere
    in the text in lower or title case ("Kai ... KAI")."""
    word = text[start:end]
    if ACRONYM_RE.fullmatch(word) is None or _listed_word(word.lower()):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    if sum(c.isupper() for c in letters) * 2 > len(letters):
        return False  # a line in capitals: its names are in capitals too
    before = text[max(0, start - 30) : start].rstrip(" \t")
    last = before.split()[-1] if before.split() else ""
    if last[:1].isupper() and last[1:].islower() and last.isalpha():
        return False  # "Tomasz KRUK": a surname in capitals
    if _title_before(text, start):
        return False
    # Written elsewhere in lower or title case, it is a word or a name the text uses.
    return all(m.group(0).isupper() for m in re.finditer(r"\b" + word + r"\b", text, re.I))


def _form_word(text: str, start: int, end: int) -> bool:
    """A form's answer or a heading that is an everyday word and no name: "Name: Withheld",
    "Comments (3):"."""
    word = text[start:end]
    low = word.lower()
    if not word.isalpha() or _listed_word(low) or _zipf(low) < EVERYDAY_ZIPF:
        return False
    if FIELD_BEFORE_RE.search(text, max(0, start - 30), start) and FIELD_AFTER_RE.match(text, end):
        return True
    return bool(
        LINE_START_BEFORE_RE.search(text, max(0, start - 4), start)
        and HEADING_AFTER_RE.match(text, end)
    )


def _noun_after_article(text: str, start: int, end: int) -> bool:
    """A lower-case word after "a", "an" or "the" that no list holds: a noun ("an ustadh",
    "the ustadh's number")."""
    word = text[start:end]
    return (
        word.isalpha()
        and word.islower()
        and not _listed_word(word)
        and ARTICLE_BEFORE_RE.search(text, max(0, start - 5), start) is not None
    )


def _quoted_description(text: str, start: int, end: int) -> bool:
    """A quoted phrase in lower case that says what someone is, not who: everyday words after
    "a", "an" or "the" ('a "streamer" on twitch', 'a "trans mentor" on Discord'), or an age
    ('sent pics to "16yo"', 'a "17 year old" on Yubo'). Not a listed name ('a "kai"')."""
    if not (start > 0 and end < len(text) and text[start - 1] in QUOTES and text[end] in QUOTES):
        return False
    phrase = text[start:end]
    if AGE_RE.fullmatch(phrase):
        return True
    if not ARTICLE_BEFORE_RE.search(text, max(0, start - 6), start - 1):
        return False
    words = phrase.split()
    return all(
        w.isalpha() and w.islower() and not _listed_word(w) and _zipf(w) >= EVERYDAY_ZIPF
        for w in words
    )


def _described_school(text: str, start: int, end: int) -> bool:
    """A school or club in lower case after "a" or "an" is a kind of place, not its name:
    "we are a small parish youth club" ("the fir vale youth club" is one)."""
    return text[start:end].islower() and (
        INDEFINITE_BEFORE_RE.search(text, max(0, start - 5), start) is not None
    )


def names_nobody(text: str, ent: Entity) -> bool:
    """Whether a finding is a place, a product, an acronym or a form's word (see the module
    docstring), not a person's name, account or link."""
    kind = ent.type
    start, end = ent.start, ent.end
    if kind == "URL":
        return SHORT_DOMAIN_RE.fullmatch(text, start, end) is not None
    span = text[start:end]
    words = span.split()
    if kind == "ADDRESS":
        # "Ponders End", "Barry Island": a district named so, not a street (Welsh streets end
        # in "Isaf", "Uchaf": "Lôn Isaf", so those words are left out here).
        return (
            len(words) == 2 and words[0][:1].isupper() and words[1].lower() in DISTRICT_LAST_WORDS
        )
    if kind != "PERSON" and kind != "USERNAME" and kind != "SCHOOL":
        return False
    if len(words) == 1:
        # Every check of one word is vetoed by the name lists: most findings stop here.
        if _listed_word(span.lower()):
            return False
        if start and text[start - 1] in QUOTES and _quoted_description(text, start, end):
            return True
        if kind == "PERSON":
            return (
                _place_word(text, start, end)
                or (_camel_product(span) and _service_before(text, start))
                or _acronym(text, start, end)
                or _form_word(text, start, end)
                or _noun_after_article(text, start, end)
            )
        if kind == "SCHOOL":
            return _town_alone(text, start, end) or _described_school(text, start, end)
        return _camel_product(span) and _service_before(text, start)
    if start and text[start - 1] in QUOTES and _quoted_description(text, start, end):
        return True
    if kind == "SCHOOL":
        return _described_school(text, start, end)
    return kind == "PERSON" and (_two_word_place(words) or _place_and_people(words))


def drop_nobody(text: str, entities: Iterable[Entity]) -> list[Entity]:
    """The entities without those that name no one (names_nobody), and a name without the
    lower-case "ex-" compound before it ("ex-bf jordan" is "ex-bf {name}")."""
    out = []
    for e in entities:
        if e.type in OTHER_KINDS:
            out.append(e)  # an email, a phone number ...: nothing here reads them
            continue
        if e.type == "PERSON" and text.startswith("ex-", e.start):
            ex = EX_RELATION_RE.match(text, e.start, e.end)
            if ex is not None:
                if ex.end() >= e.end:
                    continue
                e = Entity(ex.end(), e.end, e.type)
        if not names_nobody(text, e):
            out.append(e)
    return out
