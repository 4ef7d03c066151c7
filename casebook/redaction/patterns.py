"""Recognisers for structured personal data: emails, links, IPs, phones, postcodes, dates of
birth, usernames, schools and street addresses.

Each recogniser is `(text) -> list[Entity]`. Patterns and cue words are module data so they
read as a specification; validation that a regex cannot express (digit counts, octet ranges)
lives in small functions next to them.
"""

from __future__ import annotations

import itertools
import re
import string
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache
from importlib import resources

from casebook.redaction import factored
from casebook.redaction.core import ADDRESS_WORDS, OTHER_SCRIPT, Entity, recurrences
from casebook.redaction.lexicon import (
    Anchored,
    FoldedRunStart,
    Lexicon,
    LineStart,
    RunStart,
    Searchable,
    WordStart,
    acronyms,
    areas,
    lexicon,
    lowered,
    nationalities,
    places_abroad,
    read_words,
    regions,
    roles,
    run_start,
    towns,
    towns_more,
    trie_regex,
    word_set,
    word_start,
)
from casebook.redaction.namemodel import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    TITLES,
    zipf_of,
    zipf_table,
)

Recogniser = Callable[[str], list[Entity]]


def _lower(text: str) -> str | None:
    """text.lower() when it keeps every offset (it does unless "İ" and the like occur).

    Case-insensitive patterns run on this with case-sensitive regexes: several times faster
    than re.I, and matches map back to the original text by offset.
    """
    low = lowered(text)
    return low if len(low) == len(text) else None


def _ci_finditer(
    fast: Searchable | RunStart, slow: Searchable, text: str
) -> Iterator[re.Match[str]]:
    low = _lower(text)
    return fast.finditer(low) if low is not None else slow.finditer(text)


TRAILING_PUNCT = ".,;:!?)]}'\"”’>"

# --- EMAIL ---------------------------------------------------------------------------------
# Found from each "@": the local part is matched backwards from it, the domain forwards.
EMAIL_LOCAL_RE = factored.compile(r"[\w.%+'-]{1,64}\Z")
EMAIL_DOMAIN_RE = factored.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"
)


# An address spelt out to get past filters: "jaz dot morrow at mail dot invalid",
# "jo.b [at] example [dot] com".
DOT = r"[ \t]*[\(\[]?[ \t]*dot[ \t]*[\)\]]?[ \t]*"
# Joiners spelt out inside an address: "dee underscore mcintyre", "oakfield hyphen primary".
SPELT_JOIN = r"|[ \t]+(?:underscore|hyphen|dash)[ \t]+"
SPELT_EMAIL_RE = factored.compile(
    r"\b[a-z0-9][\w\-]*(?:(?:"
    + DOT
    + SPELT_JOIN
    + r"|\.)[\w\-]+)*[ \t]*[\(\[]?[ \t]*(?:at|@)[ \t]*[\)\]]?[ \t]*"
    r"[a-z0-9][\w\-]*(?:(?:" + DOT + SPELT_JOIN + r"|\.)[a-z0-9][\w\-]*)+\b"
)
# The names RFC 2606 and RFC 6761 reserve for examples and tests (and mDNS's "local"), which
# no registry sells but which stand for a real address in invented or redacted text:
# "onlyfans.example.invalid/x".
RESERVED_TLDS = frozenset({"invalid", "example", "test", "local", "localhost"})


SPELT_DOT_SPLIT_RE = factored.compile(r"dot|\.|[ \t\(\)\[\]]+")


def _known_tld(word: str) -> bool:
    """Whether a lower-case word is a top-level domain: a public suffix's or a reserved one."""
    return word in RESERVED_TLDS or word in public_suffix_tlds()


def _spelt_emails(text: str) -> list[Entity]:
    low = _lower(text)
    if low is None or "dot" not in low:
        return []
    found: list[Entity] = []
    pos = 0
    while (m := SPELT_EMAIL_RE.search(low, pos)) is not None:
        value = m.group(0)
        last = SPELT_DOT_SPLIT_RE.split(value)[-1]
        spelt = " dot" in value or "[dot]" in value or "(dot)" in value
        if spelt and _known_tld(last):
            found.append(Entity(m.start(), m.end(), "EMAIL"))
            pos = m.end()
            continue
        # Not an address from here ("him at jaz dot morrow ..."): try from the next word.
        nxt = low.find(" ", m.start() + 1)
        pos = m.end() if nxt < 0 else nxt + 1
    return found


# An address read out as speech-to-text writes it, its words apart, after a word saying an
# address comes: "email me sandra mccallion seventy two at example dot com", "or rowan at
# hackney pioneers dot example dot org", "my email's d underscore pritchard seventy at ...".
SPOKEN_EMAIL_RE = factored.compile(
    r"(?:\b(?P<cue>e-?mail(?:['’]s|[ \t]+(?:is|me|address(?:[ \t]+is)?|them|us))?"
    r"(?:[ \t]+it['’]?s)?)|\bor|\band)[ \t]*[:\-]?[ \t]+"
    r"(?P<e>(?P<local>[a-z0-9]+(?:(?:[ \t]+(?:dot|underscore|hyphen|dash))?[ \t]+[a-z0-9]+){0,6}?)"
    r"[ \t]+at[ \t]+[a-z0-9]+(?:[ \t]+(?!dot\b)[a-z0-9]+){0,3}(?:[ \t]+dot[ \t]+[a-z0-9]+)+)"
)


# A word this common before an address read out is the sentence's ("on", "it", "was").
SPOKEN_LOCAL_MAX_ZIPF = 5.5


def _spoken_emails(low: str) -> list[Entity]:
    """Addresses read out word by word (SPOKEN_EMAIL_RE) in the lower-cased text, ending in a
    real or reserved top-level domain; after "or" or "and" the local part is of two words at
    most ("or rowan at ...")."""
    found: list[Entity] = []
    pos = 0
    while (m := SPOKEN_EMAIL_RE.search(low, pos)) is not None:
        last = m.group("e").rsplit(None, 1)[-1]
        if (m.group("cue") is None and len(m.group("local").split()) > 2) or not _known_tld(last):
            pos = m.start("e")  # "or email lee harrop ...": the cue may stand inside
            continue
        start = m.start("e")
        # Sentence words before the address are none of it: "email on it was domkowal09 at".
        for word in m.group("local").split()[:-1]:
            if zipf_of(word, zipf_table()) < SPOKEN_LOCAL_MAX_ZIPF:
                break
            start = low.index(" ", start) + 1
            while low[start] in " \t":
                start += 1
        found.append(Entity(start, m.end("e"), "EMAIL"))
        pos = m.end()
    return found


def find_emails(text: str) -> list[Entity]:
    found: list[Entity] = _spelt_emails(text)
    if " dot " in text and " at " in text and (low := _lower(text)) is not None:
        found += _spoken_emails(low)
    at = text.find("@")
    while at >= 0:
        local = EMAIL_LOCAL_RE.search(text, max(0, at - 64), at)
        domain = EMAIL_DOMAIN_RE.match(text, at + 1)
        if local is not None and domain is not None:
            start = local.start()
            while start < at and not text[start].isalnum():
                start += 1  # "(jo@x.uk" or "'jo@x.uk": the local part starts at a letter
            if start < at:
                found.append(Entity(start, domain.end(), "EMAIL"))
        at = text.find("@", at + 1)
    return found


# --- URL -----------------------------------------------------------------------------------
SCHEME_URL = r"\b(?:https?|ftp)://[^\s<>\"'\[\]{}]+|\bwww\.[^\s<>\"'\[\]{}]+"
SCHEME_URL_RE = factored.compile(SCHEME_URL, re.I)
SCHEME_URL_LOW_RE = Anchored(SCHEME_URL)
TLDS = (
    "com|net|org|uk|io|ly|be|gg|me|tv|app|co|info|biz|link|xyz|page|site|online|ie|eu|us|de"
    "|fr|social|live|chat|club|fm|to|cc|ai|so"
)
TLD_SET = frozenset(TLDS.split("|"))
BARE_URL = (
    r"[a-z0-9](?<![\w@.\-/][a-z0-9])(?:[a-z0-9\-]*[a-z0-9])?\.(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)*(?:"
    + TLDS
    + r")\b(/[^\s<>\"'\[\]{}]*)?"
)
BARE_URL_RE = factored.compile(BARE_URL, re.I)
BARE_URL_LOW_RE = factored.compile(BARE_URL)
# A platform's or public body's bare home address says nothing about a person; the analysis
# may keep it. A path after it (tiktok.com/@name) is another matter.
PUBLIC_DOMAINS = frozenset(
    {
        "tiktok.com",
        "instagram.com",
        "facebook.com",
        "snapchat.com",
        "youtube.com",
        "roblox.com",
        "x.com",
        "twitter.com",
        "discord.com",
        "whatsapp.com",
        "google.com",
        "gov.uk",
        "www.gov.uk",
        "nspcc.org.uk",
        "childline.org.uk",
        "ceop.police.uk",
        "swgfl.org.uk",
        "saferinternet.org.uk",
        "reportharmfulcontent.com",
        "iwf.org.uk",
        "report.iwf.org.uk",
        "ofsted.gov.uk",
    }
)


def _trim_url(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in TRAILING_PUNCT:
        # Keep a closing bracket that belongs to the link itself, as in Wikipedia links.
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break
        end -= 1
    return end


TLD_ANCHOR_RE = factored.compile(r"\.(?:" + TLDS + r")\b", re.I)
HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")


def _bare_urls(text: str) -> Iterator[re.Match[str]]:
    """Bare links, found from their ".com" / ".uk" ... and matched from the host's start.

    Anchoring on the top-level domain is much faster than trying the pattern at every word.
    """
    low = _lower(text)
    subject, regex = (low, BARE_URL_LOW_RE) if low is not None else (text, BARE_URL_RE)
    done = -1
    for anchor in TLD_ANCHOR_RE.finditer(subject):
        start = anchor.start()
        if start < done:
            continue
        while start > 0 and subject[start - 1] in HOST_CHARS:
            start -= 1
        m = regex.match(subject, start)
        if m is not None and m.end() >= anchor.end():
            done = m.end()
            yield m


@cache
def public_suffix_tlds() -> frozenset[str]:
    """Top-level labels of the public-suffix list shipped inside the publicsuffixlist wheel
    (read from the package, never fetched), and the reserved ones (RESERVED_TLDS)."""
    data = resources.files("publicsuffixlist").joinpath("public_suffix_list.dat")
    tlds = set()
    for raw in data.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        label = line.rsplit(".", 1)[-1].lstrip("!*.")
        if label.isascii() and label.isalnum():
            tlds.add(label.lower())
    return frozenset(tlds | RESERVED_TLDS)


# A host with a path, on any suffix: "linktr.ee/jade", "fansly.example.tv/x". Found from the
# "/" after a dotted host.
HOST_PATH_ANCHOR_RE = factored.compile(r"\.([a-z]{2,24})/")


def _links_on_any_suffix(text: str) -> list[Entity]:
    low = _lower(text)
    if low is None or "/" not in low:
        return []
    found: list[Entity] = []
    tlds = public_suffix_tlds()
    for anchor in HOST_PATH_ANCHOR_RE.finditer(low):
        if anchor.group(1) not in tlds:
            continue
        start = anchor.start()
        while start > 0 and low[start - 1] in HOST_CHARS:
            start -= 1
        if start > 0 and low[start - 1] in "@/:":
            continue  # inside an email, or a link with a scheme (found already)
        if start == anchor.start() or not low[start].isalnum():
            continue
        end = anchor.end()
        while end < len(text) and not text[end].isspace() and text[end] not in "<>\"'[]{}":
            end += 1
        end = _trim_url(text, start, end)
        if not _platform_front_page(text[start:end]):
            found.append(Entity(start, end, "URL"))
    return found


# A platform's front page, or one of its own help pages, whose paths no account can take
# ("instagram.com/hacked", "tiktok.com/safety", "facebook.com/help").
FRONT_PAGE_RE = factored.compile(
    r"(?:(?:https?|ftp)://)?(?:www\.|m\.)?(?P<host>[^/\s]+)"
    r"(?:/(?:hacked|help|safety|privacy|legal|terms|support|hc|community-guidelines))?/?\Z",
    re.I,
)


def _platform_front_page(url: str) -> bool:
    m = FRONT_PAGE_RE.match(url)
    return m is not None and m.group("host").lower() in PUBLIC_DOMAINS


def find_urls(text: str) -> list[Entity]:
    found: list[Entity] = _links_on_any_suffix(text)
    for m in _ci_finditer(SCHEME_URL_LOW_RE, SCHEME_URL_RE, text):
        end = _trim_url(text, m.start(), m.end())
        if _platform_front_page(text[m.start() : end]):
            continue  # "www.tiktok.com", "https://www.instagram.com/": no one's page
        found.append(Entity(m.start(), end, "URL"))
    for m in _bare_urls(text):
        end = _trim_url(text, m.start(), m.end())
        host_end = m.start(1) if m.group(1) else m.end()
        host = text[m.start() : host_end]
        path = text[m.start(1) : end] if m.group(1) else ""
        if _platform_front_page(text[m.start() : end]):
            continue  # "instagram.com", "instagram.com/hacked": no one's page
        if len(path) <= 1:
            # A bare host: only an unknown lower-case site counts (keeps "e.g. Ofsted.Com"
            # typos and public services out).
            if not host.lower().startswith("www.") and any(c.isupper() for c in host):
                continue
            end = host_end
        found.append(Entity(m.start(), end, "URL"))
    return found


# --- IP ADDRESS ----------------------------------------------------------------------------
IPV4_RE = factored.compile(r"\d(?<![\d.]\d)\d{0,2}\.(?:\d{1,3}\.){2}\d{1,3}(?!\.?\d)")
CIDR_SUFFIX_RE = factored.compile(r"/\d{1,2}(?!\d)")
IPV6_RE = factored.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")


# Dotted numbers after these words are versions and builds, not addresses.
VERSION_BEFORE_RE = factored.compile(
    r"(?:\bv|\bver\.?|\bversion|\bbuild|\bfirmware|\brelease|\bupdate|\bios|\bandroid|"
    r"\bapp|\bpatch|\bsoftware|\bclient)\s*:?\s*\Z",
    re.I,
)


# Further back in the same sentence, these words make a dotted number a version ("Firmware on
# the access point is 6.2.1.4"), unless the sentence speaks of an IP address.
VERSION_SENTENCE_RE = factored.compile(
    r"\b(?:firmware|version|build|update|updated|release|patch|software|driver|ios|android|"
    r"app|appliance|router\s+model|os)\b",
    re.I,
)
IP_WORDS_RE = factored.compile(r"\b(?:ip|address|addresses|logged|login|logins|accessed)\b", re.I)


def _sentence_before(text: str, start: int) -> str:
    """The sentence's text before `start`, at most 80 characters of it."""
    begin = max(0, start - 80)
    for stop in (". ", "\n", "? ", "! "):
        k = text.rfind(stop, begin, start)
        if k >= 0:
            begin = max(begin, k + 1)
    return text[begin:start]


def find_ips(text: str) -> list[Entity]:
    found: list[Entity] = []
    for m in IPV4_RE.finditer(text):
        if CIDR_SUFFIX_RE.match(text, m.end()):
            continue  # "198.51.100.0/24": a range of a network, not one device's address
        before = VERSION_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
        sentence = _sentence_before(text, m.start())
        # A version unless the sentence speaks of an address ("Server IP shown in the
        # Minecraft client: 192.0.2.146"); a version the sentence alone suggests opens with a
        # number below 100 ("Android 12.0.1.5", not a login log's "Android – 198.51.100.77").
        if (
            before or (VERSION_SENTENCE_RE.search(sentence) and int(m.group(0).split(".")[0]) < 100)
        ) and not IP_WORDS_RE.search(sentence):
            continue
        if all(int(part) <= 255 for part in m.group(0).split(".")):
            found.append(Entity(m.start(), m.end(), "IP_ADDRESS"))
    if "::" not in text and text.count(":") < 7:
        return found
    for m in IPV6_RE.finditer(text):
        s = m.group(0)
        # Times like 10:30:15 look similar; a real IPv6 address has 8 groups or "::".
        if ("::" in s and len(s) > 3 and any(c.isalnum() for c in s)) or s.count(":") == 7:
            found.append(Entity(m.start(), m.end(), "IP_ADDRESS"))
    return found


# --- PHONE ---------------------------------------------------------------------------------
# A UK number: +44 / 0044 / (0 / 0, then digits with spaces, dashes, dots or brackets.
# Validated by digit count afterwards (10 or 11 national digits), so loose here.
# No look-behind at the front (it would stop the regex engine skipping ahead to a "+", "0"
# or "("): find_phones checks the character before a match instead.
# Inside a number: digits, spaces, dashes and brackets; never a dot, tab or line break (those
# are decimals and table cells).
UK_PHONE_RE = factored.compile(r"(?:\+ ?44|0044|\(0|0)[\d \u00a0\-()]{8,17}\d")
INTL_PHONE_RE = factored.compile(r"\+(?!44)[1-9]\d{0,2}[\d \u00a0\-()]{6,16}\d")


def _phone_end(text: str, start: int, end: int, international: bool) -> int | None:
    """End of the longest prefix of text[start:end] that is a whole phone number."""
    span = text[start:end]
    # National digit count: "+44" / "0044" stand for the leading 0, and "+44 (0)" writes it
    # twice, so both adjust the raw count of digits.
    skip = 0
    if not international:
        if span.startswith("+"):
            skip = 1
        elif span.startswith("0044"):
            skip = 3
    digits = 0
    gap = 0
    best: int | None = None
    for i, ch in enumerate(span):
        if ch.isdigit():
            digits += 1
            gap = 0
            n = digits - skip - (1 if skip and "(0)" in span[: i + 1] else 0)
            if (international and 8 <= n <= 15) or (not international and n in (10, 11)):
                best = start + i + 1
        else:
            gap += 1
            if gap > 3:
                break
    return best


# An extension after a number belongs to it: "ext. 204", "x31", ", extension 2210", Welsh
# "est. 207".
EXTENSION_RE = factored.compile(
    r"(?:\s*[,/\-–(])?\s*(?:ext\.?|extn\.?|extension|est\.|estyniad|x)\s*:?\s*\d{1,5}\b\)?", re.I
)
# An extension written alone is a person's own line, as a number is: "ring jodie's ext 2291",
# "Network Manager – ext 301", "Ext. 2204".
BARE_EXTENSION_RE = factored.compile(
    r"(?<![\w.])(?:ext|extn|extension)\.?[ \t]*:?[ \t]*\d{2,5}(?![\w])", re.I
)
DOTTED_PHONE_RE = WordStart(r"0\d{3,4}\.\d{3}\.\d{3,4}(?!\w|\.\d)", before=r"(?<![\w.])")
# Numbers of services, not of people: freephone (0800, 0808), non-geographic (03, 0845,
# 0870) and the 116 helplines. Childline's 0800 1111 and the NSPCC's 0808 800 5000 must
# stay readable in the analysis.
PUBLIC_PHONE_RE = factored.compile(r"(?:\+44\s*\(?0?\)?\s*|0)(?:80[08]|3\d\d|845|870)|116")


def _public_number(number: str) -> bool:
    return PUBLIC_PHONE_RE.match(number.lstrip("(")) is not None


DIGIT_WORDS = {
    "oh": "0",
    "o": "0",
    "zero": "0",
    "nought": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
# The number words, each list once: the rules below are made from them.
UNIT_WORDS = tuple(w for w, d in DIGIT_WORDS.items() if d != "0")
TEENS = {
    "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
    "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
}  # fmt: skip
TENS = {
    "twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8,
    "ninety": 9,
}  # fmt: skip
SPOKEN_UNITS = "(?:" + "|".join(UNIT_WORDS) + ")"
# A digit's word, "o" aside: "oh", "zero", "nought", "one" ... "nine".
_SPOKEN_DIGITS = "|".join(w for w in DIGIT_WORDS if w != "o")
# A number read out: "oh seven seven oh oh nine oh oh three four one", "zero seven seven double
# oh nine ...", with digits mixed in.
SPOKEN_PHONE_RE = factored.compile(
    r"\b(?:plus[ \t]+)?(?:(?:" + _SPOKEN_DIGITS + r"|double|"
    r"triple|treble|hundred|\d{1,5})[ \t,\-]+){7,}"
    r"(?:" + _SPOKEN_DIGITS + r"|hundred|\d{1,5})\b"
)
# "oh seven ...", "seven seven double oh ..." (a mobile without its 0), "plus four four ...".
SPOKEN_HINT_RE = run_start(
    r"\b(?:(?:oh|zero|nought)[ \t,\-]+(?:seven|one|two|eight|three)|seven[ \t,\-]+seven|"
    r"plus[ \t]+four[ \t,\-]+four)\b"
)


PHONE_WORD_SPLIT_RE = factored.compile(r"[ \t,\-]+")
# An extension read out after the number, inside PHONE as the brief settles: "... extension
# two one four", "ext two three".
SPOKEN_EXTENSION_RE = factored.compile(
    r"[ \t,]+(?:extension|ext\.?|x)(?:[ \t]+(?:oh|zero|one|two|three|four|five|six|seven|"
    r"eight|nine|\d{1,5})){1,5}\b"
)


def _spoken_phones(text: str) -> list[Entity]:
    low = _lower(text)
    if low is None or SPOKEN_HINT_RE.search(low) is None:
        return []
    found = []
    for m in SPOKEN_PHONE_RE.finditer(low):
        digits = ""
        repeat = 1
        for word in PHONE_WORD_SPLIT_RE.split(m.group(0)):
            if word in ("double", "triple", "treble"):
                repeat = 2 if word == "double" else 3
                continue
            if word == "plus":
                continue
            digit = "00" if word == "hundred" else word if word.isdigit() else DIGIT_WORDS[word]
            digits += digit * repeat
            repeat = 1
        if (
            # Twelve digits read out from 0 is a landline with a digit said twice.
            (digits.startswith("0") and 10 <= len(digits) <= 12)
            or (digits.startswith("7") and len(digits) == 10)
            or (digits.startswith("44") and len(digits) == 12)
        ):
            ext = SPOKEN_EXTENSION_RE.match(low, m.end())
            found.append(Entity(m.start(), ext.end() if ext else m.end(), "PHONE"))
    return found


def find_phones(text: str) -> list[Entity]:
    found = _find_phones(text) + _spoken_phones(text)
    found += [Entity(m.start(), m.end(), "PHONE") for m in DOTTED_PHONE_RE.finditer(text)]
    out = []
    for ent in found:
        if _public_number(text[ent.start : ent.end]):
            continue
        ext = EXTENSION_RE.match(text, ent.end)
        out.append(Entity(ent.start, ext.end(), "PHONE") if ext else ent)
    if "ext" in text or "Ext" in text or "EXT" in text:
        for m in BARE_EXTENSION_RE.finditer(text):
            if not any(e.start < m.end() and m.start() < e.end for e in out):
                out.append(Entity(m.start(), m.end(), "PHONE"))
    return out


def _find_phones(text: str) -> list[Entity]:
    found: list[Entity] = []
    for regex, intl in ((UK_PHONE_RE, False), (INTL_PHONE_RE, True)):
        pos = 0
        # Search again from the end of each number: the loose pattern can run on into the
        # next number ("07700 900123 07700 900456"), and that one must be found too.
        if intl and "+" not in text:
            continue
        while (m := regex.search(text, pos)) is not None:
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_+"):
                pos = m.start() + 1
                continue
            end = _phone_end(text, m.start(), m.end(), intl)
            if end is None or (text[m.start()] == "(" and ")" not in text[m.start() : end]):
                pos = m.start() + 1
                continue
            run = end
            while run < len(text) and text[run].isdigit():
                run += 1
            if run - end > 1:
                pos = run  # a longer number ("0113496055812345"): a reference, not a phone
                continue
            # A number never ends inside a group of digits: a twelfth digit is the writer's
            # ("01530 496 0142").
            found.append(Entity(m.start(), run, "PHONE"))
            end = run
            pos = end
    return found


# --- POSTCODE ------------------------------------------------------------------------------
# Upper case with or without the space ("LS6 2XA", "EH89YL"); lower case only with it.
POSTCODE_RE = factored.compile(
    r"[A-Z](?<!\w[A-Z])[A-Z]?\d[A-Z\d]?\s?\d[A-Z]{2}\b|[a-z](?<!\w[a-z])[a-z]?\d[a-z\d]?\s\d[a-z]{2}\b"
)


# Every postcode ends in digit + two letters: find those first (fast), then look back.
INWARD_RE = factored.compile(r"\d[A-Za-z]{2}\b")
# An Eircode, Ireland's postcode of one dwelling: a routing key (a letter and two digits, or
# "D6W") and four characters of a set without B, G, I, J, L, M, O, Q, S, U, Z ("F26 K2X7",
# "D02X285"), letters and digits mixed (Ordnance Survey Ireland, Eircode's format).
EIRCODE_RE = factored.compile(
    r"(?<![\w'’\-])(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?"
    r"(?=[0-9AC-FHKNPRTV-Y]{0,3}[0-9])(?=[0-9AC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])"
    r"[0-9AC-FHKNPRTV-Y]{4}(?![\w'’\-])"
)


def find_postcodes(text: str) -> list[Entity]:
    found: list[Entity] = []
    for inward in INWARD_RE.finditer(text):
        m = POSTCODE_RE.search(text, max(0, inward.start() - 5), inward.end())
        if m is not None and m.end() == inward.end() and (not found or found[-1].end <= m.start()):
            found.append(Entity(m.start(), m.end(), "POSTCODE"))
    eircodes = [
        Entity(m.start(), m.end(), "POSTCODE")
        for m in EIRCODE_RE.finditer(text)
        if not any(f.start < m.end() and m.start() < f.end for f in found)
    ]
    if eircodes:
        found = sorted([*found, *eircodes])
    spoken = _spoken_postcodes(text)
    if spoken:
        found = sorted(
            [
                *found,
                *(e for e in spoken if not any(f.start < e.end and e.start < f.end for f in found)),
            ]
        )
    return found


# A postcode read out, as speech-to-text writes it: letters alone or in pairs, numbers in
# words ("BD seven two QP", "S N two five seven A W", "M sixteen nine Q P"); after the word
# "postcode", letters' names too and the outward half alone ("postcode given as em three four
# ell pee", "postcode is FY eight one").
SPOKEN_POSTCODE_START_RE = factored.compile(
    r"(?<![\w'’])[A-Z]{1,2}(?:[ \t][A-Z])?[ \t]+(?i:oh|zero|"
    + "|".join((*UNIT_WORDS, *TEENS, *TENS))
    + r")\b"
)
POSTCODE_CUE_RE = factored.compile(
    r"\bpost[ \t]?code(?:[ \t]+(?:is|was|given|as|it['’]s|its|of))*[ \t]*:?[ \t]*", re.I
)
SPOKEN_TOKEN_RE = factored.compile(r"[ \t]*([A-Za-z]+|\d+)")
LETTER_NAMES = {
    "ay": "A", "bee": "B", "see": "C", "cee": "C", "dee": "D", "ee": "E", "ef": "F",
    "eff": "F", "gee": "G", "aitch": "H", "haitch": "H", "eye": "I", "jay": "J", "kay": "K",
    "el": "L", "ell": "L", "em": "M", "en": "N", "pee": "P", "cue": "Q", "queue": "Q",
    "ar": "R", "ess": "S", "tee": "T", "you": "U", "vee": "V", "ex": "X", "why": "Y",
    "zed": "Z", "zee": "Z",
}  # fmt: skip
SPOKEN_POSTCODE_FULL_RE = factored.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
SPOKEN_POSTCODE_OUTWARD_RE = factored.compile(r"[A-Z]{1,2}\d[A-Z\d]?")
# The UK's postcode areas (Royal Mail), so that "I one" or "A two" is no outward code.
POSTCODE_AREAS = word_set(
    "AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT "
    "DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L "
    "LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA "
    "SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS "
    "WV YO ZE"
)


def _read_out(text: str, start: int, cued: bool) -> tuple[str, list[int]]:
    """The characters a read-out postcode from start spells, and the text offset at which
    each character's word ends: capitals one or two at a time, digits and number words
    ("sixteen", "twenty five"), and after a cue letters' names and lower-case letters."""
    chars = ""
    ends: list[int] = []
    pos = start
    while len(chars) < 8 and (m := SPOKEN_TOKEN_RE.match(text, pos)) is not None:
        word = m.group(1)
        low = word.lower()
        if word.isdigit() or (word.isupper() and len(word) <= 2):
            part = word
        elif low in DIGIT_WORDS:
            part = DIGIT_WORDS[low] if chars else "O"
        elif low in TEENS:
            part = TEENS[low]
        elif low in TENS:
            unit = SPOKEN_TOKEN_RE.match(text, m.end())
            if unit is not None and unit.group(1).lower() in DIGIT_WORDS.keys() - {"oh", "o"}:
                m = unit
                part = f"{TENS[low]}{DIGIT_WORDS[unit.group(1).lower()]}"
            else:
                part = f"{TENS[low]}0"
        elif cued and (low in LETTER_NAMES or len(word) == 1):
            part = LETTER_NAMES.get(low, word.upper())
        else:
            break
        chars += part
        ends += [m.end()] * len(part)
        pos = m.end()
    return chars, ends


def _spoken_postcodes(text: str) -> list[Entity]:
    """Postcodes read out (SPOKEN_POSTCODE_START_RE, POSTCODE_CUE_RE), each found as far as
    its words spell a whole postcode, or, after the cue, its outward half."""
    starts = [(m.start(), False) for m in SPOKEN_POSTCODE_START_RE.finditer(text)]
    if "ostcode" in text or "OSTCODE" in text or "ost code" in text:
        starts += [(m.end(), True) for m in POSTCODE_CUE_RE.finditer(text)]
    found: list[Entity] = []
    for start, cued in sorted(starts):
        if found and start < found[-1].end:
            continue
        chars, ends = _read_out(text, start, cued)
        # The longest reading that ends on a whole word ("M sixteen nine Q P I am": not "I").
        for cut in range(len(chars), 2, -1):
            if cut < len(chars) and ends[cut - 1] == ends[cut]:
                continue
            m = SPOKEN_POSTCODE_FULL_RE.fullmatch(chars, 0, cut) or (
                SPOKEN_POSTCODE_OUTWARD_RE.fullmatch(chars, 0, cut) if cued else None
            )
            if m is not None:
                area = chars[: len(chars) - len(chars.lstrip(string.ascii_uppercase))]
                if cued or area in POSTCODE_AREAS:
                    found.append(Entity(start, ends[cut - 1], "POSTCODE"))
                break
    return found


# --- DATE OF BIRTH -------------------------------------------------------------------------
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# Months in the other languages families write dates of birth in (Welsh, Polish, Romanian,
# Spanish, Portuguese, French, Italian; Polish in the genitive a date uses and the nominative),
# read only after a birth cue: "born 15 martie 2012", "dob 3 lutego 2011", "born 2 Medi 2010".
FOREIGN_MONTH = (
    r"(?:ionawr|chwefror|mawrth|ebrill|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr"
    r"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[sś]nia|pa[zź]dziernika"
    r"|listopada|grudnia|stycze[nń]|luty|marzec|kwiecie[nń]|czerwiec|lipiec|sierpie[nń]"
    r"|wrzesie[nń]|pa[zź]dziernik|listopad|grudzie[nń]"
    r"|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    r"|janeiro|fevereiro|mar[cç]o|maio|junho|julho|setembro|outubro|novembro|dezembro"
    r"|janvier|f[eé]vrier|mars|avril|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|mai)\b"
)
MONTH_ANY = r"(?:" + FOREIGN_MONTH + r"|" + MONTH + r")"
ORDINAL_WORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"twenty[\s\-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|"
    r"thirty[\s\-]first)"
)
NUMBER_WORD = "(?:" + "|".join((*UNIT_WORDS, *TEENS)) + r"|twenty(?:[\s\-]" + SPOKEN_UNITS + r")?)"
# "two thousand and nine", "twenty eleven", "nineteen ninety-eight"
YEAR_WORDS = (
    r"(?:two\s+thousand(?:\s+and)?(?:\s+"
    + NUMBER_WORD
    + r")?|twenty[\s\-]+"
    + NUMBER_WORD
    + r"|nineteen\s+(?:eighty|ninety)(?:[\s\-]"
    + SPOKEN_UNITS
    + r")?)"
)
YEAR = r"(?:\d{4}\b|'\d{2}\b|’\d{2}\b|" + YEAR_WORDS + r"\b)"
# A date written year first, as forms and several countries write it: the same separator
# twice, a real month and day ("2013.06.09", "2011/02/26", "2012-3-8").
YEAR_FIRST_SEPARATORS = {
    sep: rf"{sep}(?:0?[1-9]|1[0-2]){sep}(?:0?[1-9]|[12]\d|3[01])\b" for sep in ("/", r"\.", "-")
}
YEAR_FIRST_REST = "(?:" + "|".join(YEAR_FIRST_SEPARATORS.values()) + ")"
YEAR_FIRST_DATE = r"(?:19|20)\d{2}" + YEAR_FIRST_REST
DATE = (
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})\b"
    r"|" + YEAR_FIRST_DATE + r"|\d{1,2}-" + MONTH + r"-(?:\d{4}|\d{2})\b"
    r"|(?:\d{1,2}(?:st|nd|rd|th)?|"
    + ORDINAL_WORD
    + r")(?:\s+of)?\s+"
    + MONTH_ANY
    + r"(?:,?\s+"
    + YEAR
    + r")?"
    r"|" + MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+" + YEAR + r")?)"
)
DOB = (
    r"\b(?:d\.?o\.?b\b\.?|date\s+of\s+birth|born(?:\s+on)?|birthday(?:\s+is)?|b\.)"
    # Whose: "Date of birth of child: 17/06/2021", "DOB of young person: ...".
    r"(?:\s+of\s+(?:the\s+)?(?:child|young\s+person|yp|cyp|pupil|student|baby|son|daughter))?"
    r"\s*(?:[:\-–=]|is|was|of|as)?\s*(?:on\s+|the\s+)?(?P<date>" + DATE + ")"
)
# On a line that says "DOB" (or born, birthday), every later full date is a date of birth:
# "DOBs: Kian 3/7/09, Lexi 9th Feb '11".
DOB_LINE_CUE_RE = factored.compile(
    r"\b(?:d\.?o\.?b|dobs|date\s+of\s+birth|dates\s+of\s+birth)\b", re.I
)
FULL_DATE = (
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})\b|"
    + YEAR_FIRST_DATE
    + r"|\d{1,2}-"
    + MONTH
    + r"-(?:\d{4}|\d{2})\b"
    r"|(?:\d{1,2}(?:st|nd|rd|th)?|"
    + ORDINAL_WORD
    + r")(?:\s+of)?\s+"
    + MONTH
    + r",?\s+"
    + YEAR
    + r")"
)
FULL_DATE_RE = factored.compile(FULL_DATE, re.I)
# A full date in brackets straight after a name, with a birth year of a child or young adult:
# "Rhys-Owen Tallis (07/12/2008)".
BRACKET_HINT_RE = factored.compile(r"\(\s*\d")
BRACKET_DATE_RE = factored.compile(
    r"[A-Za-z][\w'’\-]*\s*\(\s*(?P<date>" + FULL_DATE + r")\s*\)", re.I
)
DOB_RE = factored.compile(DOB, re.I)
# BRACKET_DATE_RE's opening letter (the same test, re.I included).
BRACKET_LEAD_RE = factored.compile(r"[A-Za-z]", re.I)


def _bracket_dates(text: str) -> Iterator[re.Match[str]]:
    """BRACKET_DATE_RE.finditer(text): the same matches, found from each "(".

    Why: the pattern opens with a letter, so the engine tried it at every letter of the text,
    and each word was read to its end and back before "(" failed to follow. A match holds one
    "(" and starts at the first letter of the run of word characters (and ' ’ -) before it,
    past white space; the rest of the match is the same from every letter of that run, so
    the pattern is tried once per bracket, at that letter.
    """
    end = 0
    bracket = text.find("(")
    while bracket >= 0:
        stop = bracket
        while stop > end and text[stop - 1].isspace():  # \s, as the engine tests it
            stop -= 1
        run = stop
        while run > end and (text[run - 1].isalnum() or text[run - 1] in "_'’-"):
            run -= 1
        lead = BRACKET_LEAD_RE.search(text, run, stop) if run < stop else None
        if lead is not None:
            m = BRACKET_DATE_RE.match(text, lead.start())
            if m is not None:
                end = m.end()
                yield m
        bracket = text.find("(", bracket + 1)


# After a birth cue, dates written short or partly: "dob 7 jan 12", "born 11/2011",
# "born March 2011".
DOB_PARTIAL = (
    r"\b(?:d\.?o\.?b\b\.?|date\s+of\s+birth|born(?:\s+(?:on|in))?|birthday(?:\s+is)?|b\.)"
    r"\s*(?:[:\-–=]|is|was|of|as)?\s*(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH + r"\s+\d{2}\b"
    r"|(?:0?[1-9]|1[0-2])[/.\-](?:19|20)\d{2}\b|" + MONTH + r",?\s+(?:19|20)\d{2}\b"
    # A year alone after "born": "(initials L.T., born 2008)".
    r"|(?<=born\s)(?:19|20)\d{2}\b(?![/.\-]\d)|(?<=born\sin\s)(?:19|20)\d{2}\b(?![/.\-]\d))"
)
DOB_PARTIAL_RE = factored.compile(DOB_PARTIAL, re.I)
# A table whose header names a birth-date column: "Name | DOB | Date of incident".
TABLE_SPLIT_RE = factored.compile(r"[ \t]*(?:\||\t)[ \t]*")
DOB_LOW_RE = word_start(DOB)


DIGIT_RUN_RE = factored.compile(r"\d+")


# Years of birth: a child's or a young adult's where no cue says birth; anyone's after one on
# the same line ("Date of birth of adult: 17.11.1989").
EARLIEST_BIRTH_YEAR = 1990
CUED_EARLIEST_BIRTH_YEAR = 1920


def _birth_year(date: str, earliest: int = EARLIEST_BIRTH_YEAR) -> bool:
    """Whether the date's year (two digits read as 20xx) falls from `earliest` to 2020."""
    digits = DIGIT_RUN_RE.findall(date)
    if not digits:
        return False
    year = int(digits[-1] if len(digits[-1]) == 4 or len(digits) > 1 else digits[0])
    if len(digits[-1]) == 4:
        year = int(digits[-1])
    elif len(digits[0]) == 4:
        year = int(digits[0])
    else:
        year = 2000 + int(digits[-1])
    return earliest <= year <= 2020


# A date written the Chinese, Japanese or Korean way: "2011年3月8日", "2011년 3월 8일".
CJK_DATE_RE = factored.compile(
    r"(?P<y>(?:19|20)\d\d)[ \t]?(?:年[ \t]?\d{1,2}[ \t]?月[ \t]?\d{1,2}[ \t]?日"
    r"|년[ \t]?\d{1,2}[ \t]?월[ \t]?\d{1,2}[ \t]?일)"
)
# Birth in those languages: 出生 (born), 生日 (birthday), 生年月日, 생년월일, 출생, 生まれ.
CJK_BIRTH_RE = factored.compile(r"出生|生日|生年月日|誕生日|生まれ|생년월일|출생|생일")
# Years a child's or young adult's birth falls in.
CJK_BIRTH_YEARS = range(1990, 2026)


def _cjk_birth_dates(text: str, cued: bool) -> list[Entity]:
    """Dates in Chinese, Japanese or Korean form from a birth year (1990-2025), where the text
    says birth in English ("born", "DOB") or in one of those languages."""
    if not (cued or CJK_BIRTH_RE.search(text)):
        return []
    return [
        Entity(m.start(), m.end(), "DATE_OF_BIRTH")
        for m in CJK_DATE_RE.finditer(text)
        if int(m.group("y")) in CJK_BIRTH_YEARS
    ]


def find_dates_of_birth(text: str) -> list[Entity]:
    found = []
    for m in _ci_finditer(DOB_LOW_RE, DOB_RE, text):
        start = m.start("date")
        if text[max(0, start - 4) : start].lower() == "the " and (
            not text[start].isdigit() or ORDINAL_START_RE.match(text, start)
        ):
            start -= 4  # "the first of December ...", "the 3rd of June 2011": the words of it
        found.append(Entity(start, m.end("date"), "DATE_OF_BIRTH"))
    low = lowered(text)
    cued = "dob" in low or "d.o.b" in low or "birth" in low or "born" in low
    for cue in DOB_LINE_CUE_RE.finditer(text) if cued else ():
        line_end = text.find("\n", cue.end())
        line_end = len(text) if line_end < 0 else line_end
        for m in FULL_DATE_RE.finditer(text, cue.end(), line_end):
            if _birth_year(m.group(0), CUED_EARLIEST_BIRTH_YEAR):  # an adult's too
                found.append(Entity(m.start(), m.end(), "DATE_OF_BIRTH"))
    if cued:
        found += [
            Entity(m.start("date"), m.end("date"), "DATE_OF_BIRTH")
            for m in DOB_PARTIAL_RE.finditer(text)
        ]
        found += _dob_columns(text)
    if "年" in text or "년" in text:
        found += _cjk_birth_dates(text, cued)
    found += _uncued_birth_dates(text, found)
    for m in _bracket_dates(text) if BRACKET_HINT_RE.search(text) else ():
        if (m.group(0)[0].isupper() or _rare_word_before(m.group(0))) and _birth_year(
            m.group("date")
        ):
            found.append(Entity(m.start("date"), m.end("date"), "DATE_OF_BIRTH"))
    return found


# A full date in brackets right after a person's name: their date of birth, an adult's too
# ("an adult, Terence Haworth (08/02/1969), a former coach", "Dean Marchetti (15.06.1985)").
PERSON_BRACKET_DATE_RE = factored.compile(r"[ \t]*\([ \t]*(?P<date>" + FULL_DATE + r")[ \t]*\)")


def with_birth_dates_after_people(text: str, found: list[Entity]) -> list[Entity]:
    """found with the dates of birth in brackets after the people in it
    (PERSON_BRACKET_DATE_RE, a year from CUED_EARLIEST_BIRTH_YEAR to 2020) as DATE_OF_BIRTH
    spans (code points), where nothing is found there yet."""
    if "(" not in text:
        return found
    added = []
    for k, e in enumerate(found):
        if e.type != "PERSON" or text[e.end : e.end + 3].lstrip(" \t")[:1] != "(":
            continue
        m = PERSON_BRACKET_DATE_RE.match(text, e.end)
        if (
            m is not None
            and _birth_year(m.group("date"), CUED_EARLIEST_BIRTH_YEAR)
            and (k + 1 == len(found) or found[k + 1].start >= m.end())
        ):
            added.append(Entity(m.start("date"), m.end("date"), "DATE_OF_BIRTH"))
    return sorted([*found, *added]) if added else found


def _rare_word_before(match: str) -> bool:
    """The word before a bracketed date, written in lower case, is one English hardly knows
    (a name in a hurried note: "girl ayaan (2012-03-15)"), not "meeting (2012-03-15)"."""

    word = re.split(r"\s*\(", match, maxsplit=1)[0].lower()
    return zipf_of(word, zipf_table()) < 3.0


# A full date whose year is a child's or a young adult's birth year, long before the events
# an enquiry reports, is a date of birth without a cue: "Kai Moss 14/03/2011", an answer
# "19/03/2010" to "Do we have his DOB?", "(2010/08/17)". Found from the year (fast).
BIRTH_YEAR_RE = WordStart(
    r"(?:199\d|200\d|201[0-6])(?:(?![\d/.\-]\d)|(?=" + YEAR_FIRST_REST + r"(?![/.\-]\d)))",
    before=r"(?<!\d)",
)
ORDINAL_START_RE = factored.compile(r"\d{1,2}(?:st|nd|rd|th)\b", re.I)


ISO_DATE_LEAD_RE = factored.compile(r"([A-Za-z][\w'’\-]*|\d{1,2})[ \t,(]*\Z")


def _person_before_iso_date(text: str, start: int) -> bool:
    """Whether a person stands just before an ISO date at start, so that it is a birth: an age
    ("ekaterina 13 2011-02-09"), a listed name or a word English hardly knows ("Ayomide
    (2010-05-14)"); not an event's noun ("the meeting (2011-07-04)", "Exported 2012-03-04")."""

    lead = ISO_DATE_LEAD_RE.search(text, max(0, start - 30), start)
    if lead is None:
        return False
    word = lead.group(1)
    if word.isdigit():
        return int(word) <= 25
    low = word.lower()
    lex = lexicon()
    if low in lex.protected:
        return False
    return lex.any_first_name(low) or low in lex.surnames or zipf_of(low, zipf_table()) < 3.0


def _uncued_birth_dates(text: str, found: list[Entity]) -> list[Entity]:
    out: list[Entity] = []
    for year in BIRTH_YEAR_RE.finditer(text):
        ys, ye = year.span()
        if any(e.start <= ys < e.end for e in found):
            continue
        m = FULL_DATE_RE.match(text, ys)  # "2010/08/17"
        if m is None or m.end() <= ye:
            m = None
            for cand in FULL_DATE_RE.finditer(text, max(0, ys - 30), ye):
                if cand.end() == ye:
                    m = cand
                    break
        if m is None or VERSION_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if m.start() == ys and text[ye : ye + 1] == "-" and not _person_before_iso_date(text, ys):
            continue  # "the meeting (2011-07-04)": a system's date of an event
        start = m.start()
        if text[max(0, start - 4) : start].lower() == "the " and ORDINAL_START_RE.match(
            text, start
        ):
            start -= 4
        out.append(Entity(start, m.end(), "DATE_OF_BIRTH"))
    return out


def _dob_columns(text: str) -> list[Entity]:
    found: list[Entity] = []
    column = None
    pos = 0
    for line in text.split("\n"):
        if "|" in line or "\t" in line:
            cells = TABLE_SPLIT_RE.split(line.strip())
            if column is None:
                for k, cell in enumerate(cells):
                    if DOB_LINE_CUE_RE.fullmatch(cell.strip(" :*")):
                        column = k
            elif column < len(cells):
                m = FULL_DATE_RE.search(line)
                # the cell of the birth-date column, found by counting separators
                parts = list(TABLE_SPLIT_RE.finditer(line))
                if column == 0:
                    cell_start, cell_end = 0, parts[0].start() if parts else len(line)
                elif column <= len(parts):
                    cell_start = parts[column - 1].end()
                    cell_end = parts[column].start() if column < len(parts) else len(line)
                else:
                    cell_start = cell_end = 0
                m = FULL_DATE_RE.search(line, cell_start, cell_end)
                if m is not None:
                    found.append(Entity(pos + m.start(), pos + m.end(), "DATE_OF_BIRTH"))
        else:
            column = None
        pos += len(line) + 1
    return found


# --- USERNAME ------------------------------------------------------------------------------
# A hyphen inside as YouTube's handles have it ("@user-xk2mf8pq").
HANDLE_RE = factored.compile(r"@(?<![\w@./]@)[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_])?")
# A Cash App $cashtag: "$" and a letter, unlike a sum ("$50", "US$20") or a currency ("$USD").
CASHTAG_RE = factored.compile(r"(?<![\w$])\$(?![A-Z]{3}\b)[A-Za-z][A-Za-z0-9_]{2,19}\b")
# The platforms whose word before "name" cues an account's name: "Facebook name".
NAME_PLATFORMS = r"facebook|fb|insta(?:gram)?|tiktok|snap(?:chat)?|messenger|whatsapp"
# Cues after which the next token is a username. Strong cues accept any token that is not an
# ordinary word; weak ones (a platform name before "is") need a token that looks made up.
STRONG_CUE = (
    r"(?:user\s?name|handle|gamer\s?tag|screen\s?name|display\s+name|account\s+name|"
    r"acct\s+name|"
    # a review's and an order's name, and a platform's: 'his review name is "JF Waterhead"',
    # 'His name on the order is "J. Fairbanks"', 'Facebook name "Mindaugas Taksi LT"'
    r"review\s+name|name\s+on\s+(?:the\s+|his\s+|her\s+)?(?:order|booking|receipt)|"
    r"(?:" + NAME_PLATFORMS + r")\s+name|"
    r"profile\s+name|ign|psn(?:\s+id)?|discord\s+tag)\b"
    # the platform after the name's word: 'account name on Messenger is "Lorri Pick"'
    r"(?:\s+on\s+(?:snap(?:chat)?|insta(?:gram)?|tiktok|facebook|messenger|whatsapp|discord|"
    r"twitter|x|threads|youtube|twitch|roblox|xbox|vinted|ebay|depop))?"
    r"\s*(?:(?:is|was)\b|:|=|-)?"
    r"|(?:goes|go|went|going)\s+by(?:\s+the\s+name)?|(?:called|named|calls)\s+(?:him|her|them)sel(?:f|ves)"
    r"|(?:page|account|profile|channel|group|server|chat|site|story|username)"
    r"\s+(?:is\s+|was\s+)?(?:called|named|titled)"
)
WEAK_CUE = (
    r"(?:snap(?:chat)?|insta(?:gram)?|tiktok|tik\s+tok|discord|roblox|xbox|twitter|twitch|"
    r"youtube|kik|telegram|facebook|fb|yubo|steam|fortnite)\b(?:\s+(?:name|id|account|handle)\b)?"
    # "add him on snap its djmitchmixes"
    r"\s*(?:(?:is|was|it['’]?s)\b|:|=|-)"
    r"|(?:on|via|from)\s+(?:snap(?:chat)?|insta(?:gram)?|tiktok|discord|roblox|kik|xbox|twitter|"
    r"depop|vinted|ebay|etsy|facebook|youtube|twitch|telegram)"
    r"\s+(?:as|under)"
)
CUE = (
    r"\b(?:(?P<strong>" + STRONG_CUE + r")|(?P<weak>" + WEAK_CUE + r"))\s*"
    r"(?:(?P<q>[\"“‘'])(?P<quoted>[^\"”’'\n]{1,40})[\"”’']"
    r"|(?P<tok>[\w][\w.\-]*[\w]|\w))"
)
CUE_RE = factored.compile(CUE, re.I)
# Each alternative opens with a word after \\b (tried only where one stands).
CUE_LOW_RE = run_start(CUE)
HANDLE_VERB_BEFORE_RE = factored.compile(
    r"\b(?i:to|we|they|you|i|can|could|should|would|will|how|not|best|who)[ \t]+\Z"
)
# A token this long after a weak cue that no word list knows is a handle however it looks.
WEAK_CUE_UNKNOWN_MIN_LEN = 8
# The cues of STRONG_CUE that name an account as it shows: 'FB name "Big Mick Littlehey"',
# 'review name is "JF Waterhead"', 'account name on Messenger is "Lorri Pick"'.
ACCOUNT_NAME_CUE_RE = factored.compile(
    r"^(?:" + NAME_PLATFORMS + r"|review)\b"
    r"|\bname[ \t]+on[ \t]"
)
NEXT_TITLE_WORD_RE = factored.compile(r"[ \t]+([A-Z0-9][\w'’\-]*)")
# Countries' letters that close an account's name of title-case words: "Yonas Eritrea UK".
ACCOUNT_NAME_TAILS = frozenset({"UK", "USA", "US", "IE", "NG", "GH", "PL", "RO", "EU"})
# A word in lower case this common after a cue (not a field's colon) is the sentence going on,
# not a handle.
CUE_WORD_MIN_ZIPF = 4.0
COMMON_WORDS = word_set(
    "a an the this that his her their my our your private public now deleted closed gone "
    "fake new old same one not also still being really very just blocked banned down up on "
    "off open down it its there here full all no yes anonymous unknown different above below "
    "earlier previously"
)


def _looks_made_up(tok: str) -> bool:
    return any(c.isdigit() or c in "_." for c in tok) or (
        any(c.isupper() for c in tok[1:]) and any(c.islower() for c in tok)
    )


# A bare word shaped like a username wherever it stands: snake_case or dotted with a digit
# ("oakfield_gossip", "real__kitten", "jess.b2010", "yr8.spill"). File names and
# abbreviations are not.
SHAPE_RE = factored.compile(
    r"_*[^\W\d_](?<![\w@./\-][^\W\d_])[^\W_]*(?:(?:\.|_+)[^\W_]+)*_*(?![\w@/]|\.\w)"
)
FILE_EXTENSIONS = word_set(
    "pdf doc docx jpg jpeg png gif mp4 mov txt csv xls xlsx zip exe html htm heic webp ppt pptx"
)
# A word with letters then two or more digits ("zak99", "jayden2011") is a username only
# after a cue, since "covid19" and "year10" are ordinary.
DIGITS_USER = (
    r"\b(?:called|named|by|username|user|handle|as|account|profile)\s+"
    r"(?P<u>[A-Za-z][A-Za-z]{2,}\d{2,})\b"
)
DIGITS_USER_RE = factored.compile(DIGITS_USER, re.I)
DIGITS_USER_LOW_RE = run_start(DIGITS_USER)


# Letters and digits mixed inside a word, as people write usernames: "Tr1ckyV1c", "b4ll3r".
LEET_RE = factored.compile(
    r"[A-Za-z](?<![\w@./\-][A-Za-z])(?=[A-Za-z0-9]*[A-Za-z]\d+[A-Za-z])[A-Za-z0-9]{4,}\b"
)


HANDLE_PART_SPLIT_RE = factored.compile(r"[._]")


# A streamer's or gamer's tag after a dot: "Vex.TTV", "GhostyBoi.exe", "kaiden.yt".
HANDLE_SUFFIXES = word_set("ttv tv yt fn gg exe")
# Letters and a year of birth or two digits: "SurfDude2009", "CALLUMD2011", "BigDaz99".
LETTERS_DIGITS_RE = factored.compile(r"([A-Za-z]{3,})((?:19[89]|20[0-2])\d|\d{2})")
LETTERS_ANY_DIGITS_RE = factored.compile(r"([A-Za-z]{3,})(\d{1,6})")
# Letters English writes this often or more, before three digits or more, are a word and a
# number ("room101", "level100"); less often, a handle ("Viper9938").
HANDLE_WORD_DIGITS_MAX_ZIPF = 4.5
HANDLE_WORD_MAX_ZIPF = 3.0


def _name_then_digits(letters: str, digits: str) -> bool:
    """Letters and digits run together as people make handles: words run together in
    capitals ("ShadowByte696"), a first name with digits or a gamer's "x" ("Jess123",
    "Ryanx77", "Joshx123"), a word English hardly knows with digits ("lilhuw23",
    "realgrzegorz0"), or a word it writes less than often with three digits or more
    ("Viper9938"); not a kept word, a product, a month, a post or a reference in capitals
    ("iPhone15", "Windows11", "May2024", "covid19", "room101", "HoY9", "NFRC471766")."""
    low = letters.lower()
    lex = lexicon()
    if (
        letters.isupper()  # a reference or a service's line: "NFRC471766", "HOPELINE247"
        or low in lex.protected
        or low in _brands()
        or low in MONTH_NAMES
        or low in MONTH_ABBREVIATIONS
    ):
        return False
    if CAMEL_INSIDE_RE.search(letters) is not None and letters[0].isupper():
        return len(letters) >= 5  # not a post's short form: "HoY9"
    base = low[:-1] if low.endswith("x") and len(low) > 3 else low
    if (
        lex.any_first_name(base)
        and base not in lex.ambiguous
        and base not in lex.protected
        and (len(digits) >= 2 or base != low)
    ):
        return True
    if len(low) >= 4 and _made_up_word(letters):
        return True
    return len(digits) >= 3 and zipf_of(low, zipf_table()) < HANDLE_WORD_DIGITS_MAX_ZIPF


def _made_up_word(word: str) -> bool:
    """A word English hardly knows and no list keeps (not "Covid", "Setup", "FIFA")."""

    low = word.lower()
    return zipf_of(low, zipf_table()) < HANDLE_WORD_MAX_ZIPF and low not in lexicon().protected


# One letter after a dot that is no word of its own ("a", "i", "u"): "dazza.m", "harv.d".
HANDLE_INITIALS = frozenset("bcdefghjklmnopqrstvwxyz")
HANDLE_LETTERS_RE = factored.compile(r"[A-Za-z]+")
# Two letters after the dot are rarer than this as a word ("OC", "xo"; not "he", "so", "jr").
HANDLE_TAIL_MAX_ZIPF = 4.0


def _name_and_initial(parts: list[str]) -> bool:
    """A name and an initial or two letters English has no word for, dotted, in one case:
    "dazza.m", "harv.d", "AMBERRR.OC"; not "home.he" (run-on words), "Mrs.P", "U.K", "e.g"."""
    if len(parts) != 2 or not all(HANDLE_LETTERS_RE.fullmatch(p) for p in parts):
        return False
    name, tail = parts
    if len(name) < 3 or not ((name + tail).islower() or (name + tail).isupper()):
        return False
    if name.lower() in ADDRESS_WORDS or name.lower() in ("st", "etc", "no", "vs"):
        return False
    low = tail.lower()
    if len(low) == 1:
        return low in HANDLE_INITIALS

    return (
        len(low) == 2
        and low not in TLD_SET
        and low not in FILE_EXTENSIONS
        and zipf_of(low, zipf_table()) < HANDLE_TAIL_MAX_ZIPF
    )


def _sentence_handle(parts: list[str]) -> bool:
    """Words of a sentence joined by dots into one account name, in one case, or of four
    words or more in any: "ACHESON.IS.A.CREEP", "mr.k.is.a.fraud", "Jo.the.big.Dog"; not an
    acronym ("U.S.A") nor a link's host."""
    if len(parts) < 3 or not all(HANDLE_LETTERS_RE.fullmatch(p) for p in parts):
        return False
    joined = "".join(parts)
    if not (joined.islower() or joined.isupper() or len(parts) >= 4):
        return False  # four words or more may mix cases: "Dan.the.man.Kent"
    last = parts[-1].lower()
    if last in TLD_SET or last in FILE_EXTENSIONS:
        return False
    return sum(len(p) >= 3 for p in parts) >= 2


def _username_shape(tok: str) -> bool:
    parts = HANDLE_PART_SPLIT_RE.split(tok.strip("_"))
    if "_" in tok:
        return True
    if (
        len(parts) == 2
        and parts[1].lower() in HANDLE_SUFFIXES
        and len(parts[0]) >= 2
        and (
            (parts[0][0].isupper() and CAMEL_INSIDE_RE.search(parts[0])) or _made_up_word(parts[0])
        )
    ):
        return True  # "Vex.TTV", "GhostyBoi.exe", "vexx.exe"; not "Setup.exe", "virus.exe"
    if _name_and_initial(parts) or _sentence_handle(parts):
        return True
    if len(parts) == 1 and (m := LETTERS_DIGITS_RE.fullmatch(tok)):
        letters, digits = m.groups()
        camel = CAMEL_INSIDE_RE.search(letters) is not None and letters[0].isupper()
        # Or words run together in lower case that English has no word for:
        # "prestonratings25" (not "windows10", "password123").
        run_on = letters.islower() and len(letters) >= 8 and _made_up_word(letters)
        return (
            camel
            or run_on
            or (len(digits) == 4 and letters.isupper() and _made_up_word(letters))
            or _name_then_digits(letters, digits)
        )
    if len(parts) == 1 and (m := LETTERS_ANY_DIGITS_RE.fullmatch(tok)):
        return _name_then_digits(*m.groups())
    if parts[-1].lower() in FILE_EXTENSIONS or all(len(p) <= 2 for p in parts):
        return False
    if parts[-1].lower() in TLD_SET:
        # A domain ("tiktok.com"): the link recogniser decides about those.
        return False
    if len(parts) < 2:
        return False
    # Digits, a long lower-case run, or capitals inside a part ("NightOwl.Runes").
    return (
        any(c.isdigit() for c in tok)
        or (tok.islower() and len(tok) >= 8)
        or any(CAMEL_INSIDE_RE.search(p) for p in parts)
    )


CAMEL_INSIDE_RE = factored.compile(r"[a-z][A-Z]")


# A first name and a surname or a place with a number, in quotes: a display name ('message
# from buyer "Kevin Lloyd 441"'); the first word a listed first name (not '"Year 9 2024"').
QUOTED_NAME_NUMBER_RE = factored.compile(
    r"[\"“](?P<q>(?P<f>[A-Z][a-z]+)(?:[ \t]+[A-Z][a-z]+){1,2}[ \t]+\d{2,4})[\"”]"
)
# A quoted name after "by" / "called" / "as" / "alias" / "name was" / "the name" / "nickname":
# 'posted by "Concerned Parent 22"', 'the device name was "Ghost"', 'under the name "Honest
# Customer 2024"', 'his nickname "Buzz"' (not 'was "scouted"'; not 'they call him "Polish
# rat"', an insult, which stays).
QUOTED_NAME_RE = factored.compile(
    r"[\"“](?:(?<=\bby\s.)|(?<=\bas\s.)|(?<=\balias\s.)|(?<=\bcalled\s.)|(?<=\bnamed\s.)|"
    r"(?<=\bname\swas\s.)|(?<=\bprofile\swas\s.)|(?<=\baccount\swas\s.)|(?<=\bthe\sname\s.)|"
    r"(?<=\bnickname\s.))"
    r"(?P<q>[^\"”\n]{2,40})[\"”]"
)


# Inside a would-be username: "." or "_" between letters or digits, or a digit after a
# letter. Words are found from these (fast) and then judged whole.
# One character class first, so the regex engine can skip ahead to it.
ODD_CHAR_RE = factored.compile(
    r"[._\d](?:(?<=[A-Za-z0-9][._])(?=[A-Za-z0-9])|(?<=_)|(?<=[A-Za-z]\d))"
)
USERNAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._")
# A run of USERNAME_CHARS, matched forward in the text and, for the run before a place,
# forward in the reversed text.
USERNAME_RUN_RE = factored.compile(r"[\w.]*")
LEET_WORD_RE = factored.compile(r"(?=[A-Za-z0-9]*[A-Za-z]\d+[A-Za-z])[A-Za-z][A-Za-z0-9]{4,}")


# "v10.2.0.7", "v.345.0.0".
VERSION_RE = factored.compile(r"[vV]\.?\d+(?:\.\d+)+")
INITIALS_SHAPE_RE = factored.compile(r"[A-Z]\.(?:(?:Mc|Mac|O')?[A-Z][a-z]{0,2}\.?)+")


# A crew, a drill collective or its channel named by its postcode district: "a drill video by
# SE18 Bandoe", "the channel N16 ShottaTV", "LS7 Gang Gang". Not a Scottish year group ("S2
# Baddies", "P7 Pals") nor a place ("NW1 Camden").
POSTCODE_CREW_RE = WordStart(
    r"(?P<d>(?P<a>[A-Z]{1,2})\d{1,2}[A-Z]?)[ \t]+(?P<w>[A-Z][\w'’]*)(?:[ \t]+(?P<x>[A-Z][\w'’]*))?"
    r"(?![\w'’\-])",
    before=r"(?<![\w'’@#/\-])",
)
CREW_WORDS = word_set("gang gangz crew squad mandem youngers younginz olders opps block side")
# A word this common after a district is no crew's ("M1 Motorway", "B12 Community Centre").
CREW_WORD_MAX_ZIPF = 3.0


def _postcode_crews(text: str) -> list[Entity]:
    """Crews named by a postcode district and one or two words each a crew's word
    (CREW_WORDS) or rarer than CREW_WORD_MAX_ZIPF and kept by no list, as USERNAME spans
    (code points)."""
    table = zipf_table()
    lex = lexicon()
    places = towns()

    def crew_word(w: str) -> bool:
        low = w.lower()
        return low in CREW_WORDS or (
            table.get(low, 0.0) < CREW_WORD_MAX_ZIPF
            and low not in lex.protected
            and low not in lex.must_survive
            and low not in places
            and not w.isupper()
        )

    found = []
    for m in POSTCODE_CREW_RE.finditer(text):
        area, district = m.group("a"), m.group("d")
        if area not in POSTCODE_AREAS or (area in ("S", "P") and len(district) == 2):
            continue
        if not crew_word(m.group("w")):
            continue
        end = m.end("x") if m.group("x") and crew_word(m.group("x")) else m.end("w")
        found.append(Entity(m.start("d"), end, "USERNAME"))
    return found


# A streamer's or a seller's code in capitals after "code": it names its owner ("use code
# BONUSBRADZ", "code HOGGY gets u 3 free cases"); not a word or a town before digits ("code
# RED", "code BOLTON50", "code SECRET1"), an acronym or a security code's digits.
PROMO_CODE_RE = factored.compile(r"\b(?i:code)[ \t]+(?P<c>[A-Z][A-Z0-9]{3,15})(?![\w'’@\-])")
PROMO_CODE_MAX_ZIPF = 3.0


def _promo_codes(text: str) -> list[Entity]:
    """Codes after "code" (PROMO_CODE_RE) that no list keeps and English hardly knows, as
    USERNAME spans (code points)."""
    table = zipf_table()
    protected = lexicon().protected
    found = []
    for m in PROMO_CODE_RE.finditer(text):
        low = m.group("c").lower()
        letters = low.rstrip("0123456789")  # "BOLTON50", "SECRET1": a town's, a word's
        if (
            table.get(letters, 0.0) < PROMO_CODE_MAX_ZIPF
            and letters not in protected
            and letters not in towns()
            and low not in acronyms()
        ):
            found.append(Entity(m.start("c"), m.end("c"), "USERNAME"))
    return found


def _odd_words(text: str) -> Iterator[tuple[int, int]]:
    """Spans of username-shaped words: snake_case, dotted with digits, or l33t."""
    done = -1
    n = len(text)
    backwards = ""
    run = USERNAME_RUN_RE.for_text(text).match
    for m in ODD_CHAR_RE.finditer(text):
        if m.start() < done:
            continue
        if not backwards:
            backwards = text[::-1]
        back = run(backwards, n - m.start())
        ahead = run(text, m.end())
        assert back is not None and ahead is not None  # a starred class matches anywhere
        start = m.start() - len(back.group())
        end = done = ahead.end()
        while end > start and text[end - 1] == ".":
            end -= 1  # the full stop of the sentence
        before = text[start - 1] if start else " "
        after = text[end] if end < n else " "
        if before.isalnum() or before in "@/-" or after.isalnum() or after in "@/":
            continue  # part of an email, a link or a longer non-ASCII word
        word = text[start:end]
        if VERSION_RE.fullmatch(word) or INITIALS_SHAPE_RE.fullmatch(word):
            continue  # "v10.2.0.7"; "B.McD" (initials are a person's, found elsewhere)
        if (SHAPE_RE.fullmatch(word) and _username_shape(word)) or LEET_WORD_RE.fullmatch(word):
            yield start, end


# Reddit users ("u/throwaway_lakeside"), Discord tags ("grimwald#4471"), Riot IDs with their
# tagline ("n0va#EUW", "kittyk4t#meow"), and CamelCase names of three or more parts
# ("OldManNarrator"), which no ordinary word has.
REDDIT_RE = factored.compile(r"(?<![\w/])u/[A-Za-z0-9_\-]{3,40}\b")
DISCORD_TAG_RE = factored.compile(
    r"(?<![\w@#])(?:[A-Za-z0-9_.]{2,32}#\d{4}|[A-Za-z0-9_.]{3,16}#[A-Za-z0-9]{2,6})(?![\w#])"
)
# Whether a text may hold one ("[a-z][A-Z][a-z]*[A-Z]" somewhere), with the search skipping
# to capitals rather than trying every lower-case letter; only searched for.
CAMEL_HINT_RE = factored.compile(r"(?<=[a-z])[A-Z](?:[a-z]*[A-Z]|(?<=x[A-Z])[a-z]{3})")
# Also two parts and a capital run ("MiloPlaysMC", "ProScoutUK"), one word with a
# streamer's or gamer's tag ("CalebOMG", "KaiYT"), and a gamer's "x" before one.
CAMEL_RE = factored.compile(
    # Three parts or more, perhaps a capital after them ("LiveWithLewisT", "StudyWithMissJ").
    r"(?<![\w@/.])(?:(?:[A-Z][a-z]+){3,}[A-Z]?|(?:[A-Z][a-z]+){2,}[A-Z]{2,4}"
    r"|[A-Z][a-z]{2,}(?:YT|TTV|GG|MC|XD|OMG|LOL|FN|RBX)"
    # A gamer's "x" before a capitalised word: "xSwitchbladez", "xNovaKillz"; or "xX" and
    # "Xx" around words: "xXSavageStormXx", "xXLilYtXx".
    r"|x[A-Z][a-z]{3,}(?:[A-Z][a-z]+)*z?|xX[A-Za-z]{3,}Xx)\d*(?![\w@])"
)
# A name of two capitalised parts where the text says an account stands: "the channel
# KingKairo", "Uploader CroydonPrankz", "user (DeaconBuildz)", "the other player was
# ToxicTegz", "Creator account: DerwentDestroyer", 'a Fortnite friend, "DerryDealz"'. Not a
# Scottish or Irish surname ("McLeod", "MacNeil") nor a kept word (CAMEL_CUE_RE's match is
# checked against the lists).
CAMEL_CUE_RE = factored.compile(
    r"\b(?i:channel|uploader|user|username|account|acct|creator|player|gamer|gamertag|reader|"
    r"someone|streamer|sender|owner|moderator|admin|handle|profile|friend|avatar|mod|"
    # Who put something up: "It was uploaded by BuildMasterB", "posted by KingKairo".
    r"(?:uploaded|posted|shared|created|made|started|run|owned)[ \t]+by)s?"
    r"(?:[ \t]+(?i:id|name|was|is))?[ \t]*,?[ \t]*[:(]?[ \t]*[\"“]?"
    # Two capitalised parts or more, a capital or digits after them ("BuildMasterB").
    r"(?P<u>(?!(?:Mc|Mac|Nic|De|Di|Da|La|Le|Van|Von|Fitz|Du)[A-Z])[A-Z][a-z]+"
    r"(?:[A-Z][a-z]+){1,3}(?:[A-Z]|[0-9]{1,4})?)"
    r"(?![\w@'’\-])"
)
# A gamer's tag after "in-game" or "IGN", in brackets or before a comma: "Zara Mahmood
# (in-game zmah)", "IGN: Kestrel_Fox"; not a word English knows ("in-game currency)").
IN_GAME_WORD_MAX_ZIPF = 3.0
# "IGN" as a word in any case (not the letters inside "sign" or "foreign").
IN_GAME_HINT_RE = factored.compile(r"\b(?i:ign)\b")
IN_GAME_NAME_RE = factored.compile(
    r"\b(?i:in-game|ign)(?:[ \t]+(?i:name|tag))?[ \t]*:?[ \t]+"
    r"(?P<u>[A-Za-z0-9_.]{3,24})(?=[ \t]*(?:[),;]|\Z))"
)
# A name of two capitalised parts run together with no cue word before it, shaped as people
# make handles: a listed first name and a word ("HanaHeals", "ZakAttack", "MaisieMoonbeam"),
# a word and a gamer's or a channel's word ("KearneyGaming", "PebbleAdmin"), or standing alone
# in brackets after a name or in quotes after a dash ("Owen (PebbleAdmin)", "a guy on discord
# (ViperLoans)", '- Hana – "HanaHeals"'). Not a surname's prefix ("McLeod", "DeShawn"), nor a
# brand or a kept word ("YouTube", "WhatsApp", "PlayStation").
CAMEL_TWO_RE = factored.compile(
    r"(?<![\w@/.'’\-])(?P<u>(?!(?:Mc|Mac|Nic|De|Di|Da|La|Le|Van|Von|Fitz|Du|Al|El)[A-Z])"
    r"(?P<a>[A-Z][a-z]+)(?P<b>[A-Z][a-z]+))(?![\w@'’\-])"
)
CAMEL_TWO_BRACKETED_RE = factored.compile(r"(?:\([ \t]*|[–—\-:][ \t]*[\"“])\Z")
CAMEL_TWO_CLOSED_RE = factored.compile(r"[ \t]*[)\"”]")
# The word before such a bracket or dash: a person's first name or a platform ("Owen
# (PebbleAdmin)", "on discord (ViperLoans)"), not a thing's ("USB sticks (SanDisk)").
CAMEL_TWO_OWNER_RE = factored.compile(r"([A-Za-z]+)[ \t]*\Z")
GAMER_WORDS = word_set(
    "gaming gamer games plays builds streams stream clips edits vlogs admin official tv live "
    "yt ttv mods"
)
# A parents' chat's speaker, a display name saying whose parent they are: "Jodie (Lacey's
# mum): has anyone else's kid been added", "Sam (Ivy's dad):". The whole name is the account's.
KIN_SPEAKER_RE = LineStart(
    r"^[ \t]*(?P<u>[A-Z][a-z'’\-]+(?:[ \t]+[A-Z][a-z'’\-]*\.?)?[ \t]*\([A-Z][a-z'’\-]+['’]s[ \t]+"
    r"(?:mum|mam|mom|mummy|dad|daddy|nan|nana|gran|grandma|grandad|step-?mum|step-?dad|carer|"
    r"auntie|aunt|uncle|big[ \t]+sis|sister|brother)\))[ \t]*:",
    re.M,
)
# A quoted name after a channel, profile, page or group: 'channel "Kernow Scraps"'.
QUOTED_AFTER_RE = factored.compile(
    r"\b(?:channel|profile|page|group|account|server|chat)\b[^\n\"“]{0,12}"
    r"[\"“](?P<q>[A-Z0-9][^\"”\n]{1,40})[\"”]",
    re.I,
)


# A tutor's or a profile's display name, quoted after the lessons or the listing: 'on Preply
# with "Ustadh Kareem"', 'Tutor "Dr Alex B - Biology":', 'Profile "Dr Fatima B - Physics
# Teacher"', 'her name on the site is "Teacher Bella UK"'. The whole name is the account's,
# the subject and the title with the person (see _tutor_display_names).
TUTOR_CUE = (
    r"\b(?:tutors?|tutoring|tuition|lessons?|profile|listing|name[ \t]+on[ \t]+(?:the[ \t]+)?"
    r"(?:site|app|platform))\b"
)
TUTOR_CUE_RE = factored.compile(TUTOR_CUE, re.I)
TUTOR_DISPLAY_RE = factored.compile(
    TUTOR_CUE + r"[^\n\"“.!?]{0,25}?[\"“](?P<q>[^\"”\n]{3,40})[\"”]", re.I
)
# One word after a dash closing a display name: a post ("– Headteacher") or a subject.
TUTOR_DASH_RE = factored.compile(r"[ \t][\-–—][ \t]+([A-Za-z]+)\Z")
# Words of a display name that are no name's: a dash, "&", "+", "11+", an emoji, a script.
TUTOR_NAME_WORD_RE = factored.compile(r"[^\s\-–—&+|/]+")
# Honorifics tutors put before their names on a listing: "Ustadh Kareem", "Monsieur Julien".
TUTOR_TITLES = word_set(
    "teacher tutor coach ustadh ustadha ustaz sheikh monsieur madame mademoiselle señora senora "
    "señor senor signora signor frau herr maestro maestra sensei laoshi"
)


def _tutor_display_names(text: str) -> list[Entity]:
    """Tutors' and profiles' display names quoted after TUTOR_DISPLAY_RE's cue, as USERNAME
    spans: two words or more, each capitalised (or a digit, a mark, another script), holding
    a listed first name or a title (TUTOR_TITLES, namemodel.TITLES) and no description ("Just
    Chatting", "Beginner French")."""
    found = []
    lex = lexicon()
    for m in TUTOR_DISPLAY_RE.finditer(text):
        words = TUTOR_NAME_WORD_RE.findall(m.group("q"))
        if len(words) < 2 or not all(
            w[0].isupper() or not w[0].isascii() or w[0].isdigit() for w in words
        ):
            continue
        lows = [w.lower().rstrip(".") for w in words]
        dash = TUTOR_DASH_RE.search(m.group("q"))
        if dash is not None and dash.group(1).lower() in roles():
            continue  # '"Gareth Pembury – Headteacher"': a name and a post, found apart
        if any(w in TUTOR_TITLES or w in TITLES for w in lows) or any(
            lex.any_first_name(w) and w not in lex.protected for w in lows
        ):
            found.append(Entity(m.start("q"), m.end("q"), "USERNAME"))
    return found


EMOJI = "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2700-\u27bf\ufe0f]"
# A chat line's speaker: "[21:04] vxlkyrie_: u up", "[14/02/2023, 19:22:10] ellie: ...",
# "wraith.exe: whos the new girl". A speaker shaped like a username is one, whatever it ends in.
SPEAKER_RE = LineStart(
    r"^[ \t>]*(?:\[[^\]\n]{3,24}\][ \t]*"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?[ \t]+(?:-[ \t]+)?)?"
    r"(?P<u>[A-Za-z0-9_][\w.\-]{1,30}[\w])[ \t]*:[ \t]",
    re.M,
)
# A name decorated with emoji, no space between: "Ella🍒", "🦋mia🦋".
EMOJI_NAME_RE = factored.compile(
    r"(?<![\w@])(?:" + EMOJI + r"+[A-Za-z][\w.]{1,20}" + EMOJI + r"*"
    r"|[A-Za-z](?<![\w@][A-Za-z])[\w.]{1,20}" + EMOJI + r"+)"
)
# A display name just before a handle at the start of a line: "Starlight Models UK ✨
# @starlight.models.ldn", "From: Luca Scapigliati @lucascaps_09".
DISPLAY_NAME_RE = LineStart(
    r"^[ \t>*•\-]*(?:(?:From|To|Sender|Account|Profile)[ \t]*:[ \t]*|\d{1,2}[.)][ \t]+)?"
    r"(?P<d>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,3}(?:[ \t]*" + EMOJI + r"+)?)"
    r"[ \t]+(?=@[A-Za-z0-9_])",
    re.M,
)
# A quoted name given as an account on a platform: '"Auntie Jules" on facebook'.
PASSIVE_BEFORE_RE = factored.compile(r"\b(?i:was|were|been|being|got|get|gets)[ \t]+\Z")
QUOTED_ON_PLATFORM_RE = factored.compile(
    r"[\"“‘'](?P<q>[^\"”’'\n]{2,40})[\"”’'][ \t]+(?:on[ \t]+|\([ \t]*)"
    r"(?:facebook|fb|instagram|insta|ig|snap(?:chat)?|tiktok|discord|twitter|x|youtube|roblox|whatsapp|telegram|kik|twitch|"
    r"reddit|threads|bluesky|xbox|psn|steam|yubo|wizz)\b",
    re.I,
)


LETTER_OR_DIGIT_RUN_RE = factored.compile(r"[A-Za-z]+|\d+")


def _everyday_words(name: str) -> bool:
    """A quoted group or chat name in lower case made only of a year group and everyday words
    ("year 8 rates") names nobody; capitals make it a name someone chose."""
    if name != name.lower():
        return False

    table = zipf_table()
    words = LETTER_OR_DIGIT_RUN_RE.findall(name)
    first = lexicon().first_names
    return bool(words) and all(
        (w.isdigit() and k > 0 and words[k - 1].lower() in ("year", "yr", "y"))
        or w.lower() in ("year", "yr", "y")
        or (table.get(w.lower(), 0.0) >= QUOTED_EVERYDAY_MIN_ZIPF and w.lower() not in first)
        for k, w in enumerate(words)
    )


# A word in lower case in quotes English writes this often is a word, not a handle ("scam"
# 3.6, "banter" 3.3, "vile" 3.7; not "jadebxx", "voidmothh").
QUOTED_EVERYDAY_MIN_ZIPF = 3.0


GROUP_BEFORE_RE = factored.compile(
    r"\b(?:group|chat|gc|server|channel|realm|page|community)\b[^\n\"“]{0,40}\Z", re.I
)


# A quoted name after what people name together: a group, a server, a game, a form, a
# series or a project ('a Google Form called "Best Teacher Awards"').
QUOTED_GROUP_RE = factored.compile(
    r"\b(?:group|chat|gc|server|channel|realm|community|game|form|series|project|quiz|"
    r"campaign|challenge|trend|playlist|podcast|poll|tournament|competition|groups|chats|"
    r"servers|channels|pages)\b"
    r"[^\n\"“.!?]{0,30}?"
    r"[\"“](?P<q>[^\"”\n]{2,40})[\"”]",
    re.I,
)


def group_names_of_nobody(text: str) -> list[tuple[int, int]]:
    """Spans of quoted group, chat and server names that name nobody ("Year 7 Gamers",
    "Lunchtime Chess Club"): words to keep, as keep.py keeps a platform's name."""
    if '"' not in text and "“" not in text:
        return []
    return [
        m.span("q")
        for m in QUOTED_GROUP_RE.finditer(text)
        if _group_nobody(text, m.start("q"), m.end("q"))
    ]


def _group_nobody(text: str, start: int, end: int) -> bool:
    """_names_nobody for text[start:end], unless one of its less common words stands elsewhere
    in the text too ("Linden Heath Free School ... a page called "Linden Heath parents speak
    out""): then it names a school or person the text is about."""
    name = text[start:end]
    if POSSESSOR_RE.search(name) or not _names_nobody(name):
        return False  # "Jace's Chill Zone": someone's
    if "_" in name and " " not in name:
        return False  # "clifton_rejects": a handle, whoever it names

    table = zipf_table()
    rest = text[:start] + " " + text[end:]
    rest_low = rest.lower()
    words = LETTER_OR_DIGIT_RUN_RE.findall(name)
    places = _group_places(words)
    for w in words:
        low = w.lower()
        zipf = table.get(low, 0.0)
        if low in places or len(w) < 3 or not w.isalpha() or zipf >= 4.5:
            continue
        # A word English knows is looked for as written ("Fights" is not "filming fights").
        word, where = (w, rest) if zipf >= GROUP_WORD_AS_WRITTEN_ZIPF else (low, rest_low)
        if re.search(r"(?<![\w.@/])" + re.escape(word) + r"(?![\w])", where):
            return False
    return True


GROUP_WORD_AS_WRITTEN_ZIPF = 3.0
# A capitalised word with a possessive's "s" that is no pronoun: "Jace's" (not "Who's").
POSSESSOR_RE = factored.compile(
    r"\b(?!(?:Who|What|It|That|There|Here|Let|He|She|Where|How)['’])[A-Z][a-z]+['’]s\b"
)


# The lists' unions, made once rather than per text (some 1,400 words each).
@cache
def _people_words() -> frozenset[str]:
    """First names and surnames on the lists."""
    lex = lexicon()
    return lex.first_names | lex.surnames


@cache
def _listed_words() -> frozenset[str]:
    """First names and surnames on the lists, and the words listed as names only in context."""
    lex = lexicon()
    return lex.first_names | lex.surnames | lex.ambiguous | lex.context_only


def _names_nobody(name: str) -> bool:
    """A group, chat or server's name in any case made only of everyday words, year groups,
    forms and services ("Year 5 Besties", "Y11 Leavers 25", "Rate Our Teachers", "Nightwatch
    SMP", "the bunker"): it names nobody, so it is no account to hide. A word that is a first
    name or surname on our lists, or one English hardly knows ("Saltmarsh"), makes it a name
    someone chose; a word written together from two everyday words ("Nightwatch") is everyday.
    After a lower-case "the", any lower-case word on no name list is the group's own word,
    slang included ("the mandem", "the bunker"): a person is not called "the" anything.
    """

    table = zipf_table()
    lex = lexicon()
    listed = _listed_words()
    words = LETTER_OR_DIGIT_RUN_RE.findall(name)
    places = _group_places(words)
    slang = len(words) > 1 and words[0] == "the"
    if (
        len(words) > 1
        and words[0].lower() in KIN_NICKNAME_WORDS
        and lex.any_first_name(words[1].lower())
    ):
        return False  # "Big Mike", "auntie bev": a chat with someone, by a nickname
    if _holds_school(words):
        return False  # "Todmorden High Fails": a school's name is in it

    # A year group or a form first ("Y8 Ballers", "6C besties 4eva"): the class's own chat,
    # its other words anything on no name list, slang included.
    # (The runs split "Y8" as "Y", "8" and "6C" as "6", "C".)
    year_first = len(words) > 2 and (
        (words[0].lower() in ("y", "yr", "year", "p", "s") and words[1].isdigit())
        or (words[0].isdigit() and len(words[1]) == 1 and words[1].isupper())
    )
    # A surname that is an everyday word English writes often ("Park Estate Neighbours")
    # counts as the word beside another everyday word on no list; not a first name ("Lee's
    # Legends", "summer is a skank").
    plain = [
        low
        for w in words
        if w.isalpha()
        and len(w) >= 3
        and (low := w.lower()) not in listed
        and low not in ("the", "and")
    ]

    def everyday(w: str) -> bool:
        if w in places:
            return True  # "Thirsk Mums Uncensored", "Derry School Run Watch": a town's group
        if w in listed:
            return (
                not lex.any_first_name(w)
                and table.get(w, 0.0) >= GROUP_LISTED_WORD_MIN_ZIPF
                and any(table.get(p, 0.0) >= GROUP_WORD_MIN_ZIPF for p in plain)
            )
        if year_first and w.isalpha() and not lex.any_first_name(w):
            return True
        if table.get(w, 0.0) >= GROUP_WORD_MIN_ZIPF or w in lex.protected or w in acronyms():
            return True
        if YEAR_WORD_RE.fullmatch(w):
            return True  # "P7 girlies", "Y11 Leavers": a year group written as one word
        if w.endswith("ies") and table.get(w[:-1], 0.0) >= GROUP_WORD_MIN_ZIPF:
            return True  # "girlies", "besties": a pet word's plural, which English writes less
        return any(
            table.get(w[:k], 0.0) >= 4.0 and table.get(w[k:], 0.0) >= 4.0
            for k in range(3, len(w) - 2)
        )

    return (
        bool(words)
        and any(w.isalpha() for w in words)
        and all(
            w.isdigit()
            or w.lower() in ("year", "yr", "y", "class", "form", "the")
            or (len(w) == 1 and k > 0 and words[k - 1].isdigit())
            or everyday(w.lower())
            or (
                slang
                and w.isalpha()
                and w.islower()
                and w not in listed
                and not lex.any_first_name(w)
            )
            for k, w in enumerate(words)
        )
    )


GROUP_WORD_MIN_ZIPF = 2.5
GROUP_LISTED_WORD_MIN_ZIPF = 4.5
# A school's kind in a group's name after a capitalised word that is no kind: a school's name
# ("Todmorden High Fails", "Oakfield Academy Leaks"), not "School Run Watch" or "Year 7 High".
GROUP_SCHOOL_KINDS = frozenset(("School", "High", "Academy", "Primary", "College", "Grammar"))


def _holds_school(words: list[str]) -> bool:
    """Whether a group's name words hold a school's or a junior team's name: a capitalised
    word that is no kind, year or article, then a school's kind in capitals (not before
    "Run"), or an age group or a junior team's word ("Neath Athletic U16s", "Kirkby Colts Lads
    Chat"; the runs split "U16s" as "U", "16", "s")."""
    for k in range(1, len(words)):
        before = words[k - 1]
        if (
            (
                (words[k] == "U" and k + 1 < len(words) and words[k + 1].isdigit())
                or words[k] in GROUP_TEAM_KINDS
            )
            and before[:1].isupper()
            and before.isalpha()
            and (not before.isupper() or before in CLUB_LETTERS)  # not "BlockCraft UK Juniors"
            and before.lower() not in ("the", "our", "my", "year", "y")
            and before.lower() not in TEAM_SPORTS
            and before.lower() not in TITLED_YOUTH_WORDS
        ):
            return True  # not "Netball U14s", "Girls U12"
        if (
            words[k] in GROUP_SCHOOL_KINDS
            and before[:1].isupper()
            and not before.isupper()  # "BlockCraft UK Juniors"
            and before.isalpha()
            and before not in GROUP_SCHOOL_KINDS
            and before.lower() not in ("the", "year", "our", "my", "a", "rate")
            and not (k + 1 < len(words) and words[k + 1].lower() == "run")
        ):
            return True
    return False


# A junior team's words in a group's name, after a capitalised word: "Kirkby Colts Lads Chat".
GROUP_TEAM_KINDS = frozenset(("Colts", "Juniors", "JFC", "Minis"))
# A club's letters before its age group: "Canterbury HC U14 Girls".
CLUB_LETTERS = frozenset(("FC", "AFC", "JFC", "HC", "CC", "RFC", "RLFC", "ARLFC", "GAA", "GAC"))
# A kin word or a nickname's adjective before a listed first name names someone.
KIN_NICKNAME_WORDS = word_set("big lil little auntie aunty aunt uncle nan nana nanny cousin")
# Words after which a group's other words name what it is about, not whom: "Hollow Knight
# Fan Hub", "Gorilla Tag Fans".
FAN_WORDS = word_set("fan fans fandom fanclub stans appreciation")
# A title before the subject makes it a person's fan club ("Miss Evans fan club").
FAN_TITLES = word_set("mr mrs ms miss mx dr sir lady lord")


def _group_places(words: list[str]) -> frozenset[str]:
    """The lower-case words of a group's name that are no one: a town or a Welsh or Gaelic
    place by shape ("Thirsk", "Llandrindod") that is no first name, and the words before
    "Fan"/"Fans" when none is a first name or a title and one is an everyday word that is no
    name ("Hollow Knight Fan Hub"; not "Miss Evans fan club", "Okafor Fans")."""
    from casebook.redaction.nobody import celtic_place

    lex = lexicon()
    table = zipf_table()
    listed = _listed_words()
    low = [w.lower() for w in words]
    out = set()
    for w, lw in zip(words, low, strict=True):
        if not lex.any_first_name(lw) and (lw in towns() or celtic_place(w[:1].upper() + lw[1:])):
            out.add(lw)
    if len(low) > 1:
        more = towns_more()
        for k in range(len(low) - 1):
            if " ".join(low[k : k + 2]) in more:
                out.update(low[k : k + 2])  # "Ebbw Vale Noticeboard", "Brierley Hill Mums"
    for k, lw in enumerate(low):
        if lw in FAN_WORDS and k > 0:
            subject = low[:k]
            if not any(lex.any_first_name(x) or x in FAN_TITLES for x in subject) and any(
                table.get(x, 0.0) >= 4.0 and x not in listed for x in subject
            ):
                out.update(subject)
    return frozenset(out)


SPEAKER_PART_SPLIT_RE = factored.compile(r"[._\-]")
NUMERIC_WORD_RE = factored.compile(r"[\d.:\-]+")


# A game's or a call's speaker in square brackets at a line's start, its words capitalised:
# "[KRNG Sniper]: lol ur so bad" (not "[unknown voice]:", "[Teacher]:", "[Image]:").
BRACKET_SPEAKER_RE = LineStart(
    r"^[ \t]*\[(?P<u>[A-Z][\w'’.\-]*(?:[ \t][A-Z0-9][\w'’.\-]*){0,2})\][ \t]*:",
    re.M,
)
BRACKET_SPEAKER_MAX_ZIPF = 4.0


def _labels_and_display_names(text: str) -> list[Entity]:

    found: list[Entity] = []
    if ":" in text:
        for m in SPEAKER_RE.finditer(text):
            word = m.group("u")
            parts = SPEAKER_PART_SPLIT_RE.split(word)
            shaped = (
                "_" in word
                or any(c.isdigit() for c in word)
                or ("." in word and not all(len(p) <= 2 for p in parts))
            )
            numeric = NUMERIC_WORD_RE.fullmatch(word) is not None
            if shaped and not numeric and not VERSION_RE.fullmatch(word):
                found.append(Entity(m.start("u"), m.end("u"), "USERNAME"))
    if not text.isascii():
        table = zipf_table()
        first = lexicon().first_names
        for m in EMOJI_NAME_RE.finditer(text):
            word = re.sub(EMOJI, "", m.group(0)).lower()
            if word in first or table.get(word, 0.0) < 4.0:
                found.append(Entity(m.start(), m.end(), "USERNAME"))
    if "@" in text:
        protected = lexicon().protected
        for m in DISPLAY_NAME_RE.finditer(text):
            if m.group("d").split()[0].lower() not in protected:
                found.append(Entity(m.start("d"), m.end("d"), "USERNAME"))
    if "]" in text:
        table = zipf_table()
        protected = lexicon().protected
        for m in BRACKET_SPEAKER_RE.finditer(text):
            words = m.group("u").lower().split()
            if not any(w in protected for w in words) and (
                len(words) > 1 or table.get(words[0], 0.0) < BRACKET_SPEAKER_MAX_ZIPF
            ):
                found.append(Entity(m.start("u"), m.end("u"), "USERNAME"))
    for m in QUOTED_ON_PLATFORM_RE.finditer(text):
        if PASSIVE_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
            continue  # 'was "scouted" on TikTok': what was done to someone, not an account
        if not _everyday_words(m.group("q")) and not m.group("q").startswith(DESCRIPTION_OPENINGS):
            found.append(Entity(m.start("q"), m.end("q"), "USERNAME"))
    return found


# One quoted word shaped like a handle, wherever it stands: letters with digits
# ('kiltedkilla99', 'TruthTeller1066'), a starred word ('hannahg.sl*t'), or a long run of
# words written together that English does not know ('belfastteachersexposed'). Quoted
# ordinary words ('jokes', 'dodgy') are not.
QUOTED_TOKEN_RE = factored.compile(r"[\"“‘'](?P<q>[^\s\"”’'‘“]{4,40})[\"”’']")
USER_CUE_TOKEN_RE = FoldedRunStart(
    factored.compile(
        r"\b(?i:user|username|gamertag|tag|login|logged[ \t]+in[ \t]+as)[ \t]+"
        r"(?P<q>[A-Za-z0-9_.]*\d[A-Za-z0-9_.]*[A-Za-z][A-Za-z0-9_.]*|[A-Za-z][A-Za-z0-9_.]*\d[A-Za-z0-9_.]*)"
    ),
    r"\b(?:user|username|gamertag|tag|login|logged)[ \t]",
)


# An account's name in lower case after a system's word for who is signed in or owns a file,
# digits or none: 'logged-in user skarimi', 'Logged in as kpowell', 'the owner as kpolglase',
# 'last user before her account was 23thomasd'. A word English knows ("logged in as admin",
# "the owner as well") is none.
LOGIN_CUE_TOKEN_RE = FoldedRunStart(
    factored.compile(
        r"\b(?i:logged[ \t\-]+in[ \t]+(?:user|as)|signed[ \t]+in[ \t]+as|owner[ \t]+as|"
        r"last[ \t]+user[ \t]+(?:before[ \t]+[^\n.]{1,30}?[ \t]+)?(?:was|is|as))[ \t]+[\"“]?"
        r"(?P<q>[a-z0-9][a-z0-9_.]{2,30}[a-z0-9])(?![\w@])"
    ),
    r"\b(?:logged|signed|owner|last)[ \t\-]",
)
LOGIN_NAME_MAX_ZIPF = 3.0


ORDINAL_OR_TIME_RE = factored.compile(r"\d+(?:st|nd|rd|th|s|am|pm)")


# A gamertag in quotes, its parts run together in camel case twice or more: '"ScotSlayerX"',
# '"xXDarkRiderXx"', '"LeoAndFinnCraft"' (one join is a brand's or a surname's: "FaceTime",
# "McShane").
CAMEL_JOIN_RE = factored.compile(r"[a-z][A-Z]")


def _quoted_camel_handle(tok: str) -> bool:
    if not tok.isalpha() or len(CAMEL_JOIN_RE.findall(tok)) < 2:
        return False
    low = tok.lower()
    lex = lexicon()
    return low not in lex.protected and low not in lex.must_survive and low not in _brands()


def _quoted_handles(text: str) -> list[Entity]:

    found = [
        Entity(m.start("q"), m.start("q") + len(m.group("q").rstrip(".")), "USERNAME")
        for m in USER_CUE_TOKEN_RE.finditer(text)
    ]
    table = zipf_table()
    protected = lexicon().protected
    starts = {f.start for f in found}
    found += [
        Entity(m.start("q"), m.end("q"), "USERNAME")
        for m in LOGIN_CUE_TOKEN_RE.finditer(text)
        if m.start("q") not in starts
        and zipf_of(m.group("q").rstrip("."), table) < LOGIN_NAME_MAX_ZIPF
        and m.group("q").lower() not in protected
    ]
    if not any(q in text for q in "\"“‘'"):
        return found
    for m in QUOTED_TOKEN_RE.finditer(text):
        tok = m.group("q").rstrip(".,!?")
        letters = any(c.isalpha() for c in tok)
        handle = (
            (letters and any(c.isdigit() for c in tok) and not ORDINAL_OR_TIME_RE.fullmatch(tok))
            or (letters and "*" in tok)
            or (len(tok) >= 14 and tok.isalpha() and tok.islower() and tok not in table)
            or _quoted_camel_handle(tok)
        )
        if handle:
            found.append(Entity(m.start("q"), m.start("q") + len(tok), "USERNAME"))
    return found


# A copied Discord message's header line: its sender's display name as written, a trailing
# dot, a role before a bar, spaces and emoji and all ("tobyyy. — Today at 22:03",
# "kaiser_wilhelm_04 - Yesterday at 9:14 PM", "Mod | PixelPatrol — 04/06/2024 18:25", "Jess 🦋 —
# Today at 17:02", "crystalclaws — today at 19:02"): up to four words before the dash, a day
# (either case) or date and a time after it.
DISCORD_HEADER_RE = LineStart(
    r"^[ \t]*(?P<u>[^\s—–\-][^\s—–]*(?:[ \t]+[^\s—–\-][^\s—–]*){0,3})[ \t]+[—–-][ \t]+"
    r"(?:[Tt]oday|[Yy]esterday|\d{1,2}/\d{1,2}/\d{2,4})(?:[ \t]+at)?[ \t]+\d{1,2}[:.]\d\d",
    re.M,
)


# Where a handle found once is found again: no word character, "@", "/", "#" or dot before it,
# no word character, "@" or "#" after it, nor a dot and a word character ("pixelpanda.gg").
HANDLE_BOUNDS = (r"(?<![\w@./#])", r"(?![\w@#]|\.\w)")


def _discord_senders(text: str, protected: frozenset[str]) -> list[Entity]:
    """The senders of copied Discord messages (DISCORD_HEADER_RE), and each again wherever
    the messages name it ("CraftyCarrot joined 2 days ago")."""
    senders = {
        m.group("u")
        for m in DISCORD_HEADER_RE.finditer(text)
        if m.group("u").lower() not in protected
    }
    return [Entity(s, e, "USERNAME") for s, e in recurrences(text, senders, *HANDLE_BOUNDS)]


# A speaker's handle opening a transcript's line, before a colon: "xXcutieBunnyXx: do u want
# robux", "[19:02] SwiftyStriker: u on?", "voidmothh: send it".
# (a time before it perhaps, in brackets or bare: "[21:04] ", "19:03 "; or a comment's number
# before a handle with a digit, "_" or "." in it: "3. realist99: maybe", not a list's "3.
# KakaoTalk: ...")
CHAT_SPEAKER_RE = factored.compile(
    r"^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*|\d{1,2}[:.]\d{2}(?::\d{2})?[ \t]+"
    r"|(?P<num>\d{1,3}[.)][ \t]+))?"
    r"(?P<u>[A-Za-z][A-Za-z0-9_.]{3,30}|[A-Z]{1,2}-[A-Z][a-z]{2,12})[ \t]*:[ \t]",
    re.M,
)
MIXED_CASE_RE = factored.compile(r"[a-z][A-Z]")
HANDLE_MARK_RE = factored.compile(r"[\d_.]")


def _camel_handle(text: str, m: re.Match[str]) -> bool:
    """Whether a CAMEL_TWO_RE match is a handle: no kept word, brand or must-survive word
    whole, and a listed first name before a word, a gamer's word after one, or alone in
    brackets or quotes after a dash."""
    lex = lexicon()
    low, first, second = m.group("u").lower(), m.group("a").lower(), m.group("b").lower()
    if low in lex.protected or low in lex.must_survive or low in _brands():
        return False
    if second in GAMER_WORDS or (
        lex.any_first_name(first)
        and first not in lex.ambiguous
        and first not in lex.protected
        and second not in lex.protected
        and not lex.any_first_name(second)
    ):
        return True
    opened = CAMEL_TWO_BRACKETED_RE.search(text, max(0, m.start() - 4), m.start())
    if opened is None or CAMEL_TWO_CLOSED_RE.match(text, m.end()) is None:
        return False
    before = CAMEL_TWO_OWNER_RE.search(text, max(0, opened.start() - 24), opened.start())
    if before is None:
        return False
    owner = before.group(1).lower()
    return owner in PLATFORM_WORDS or (
        before.group(1)[0].isupper() and lex.any_first_name(owner) and owner not in lex.protected
    )


# A speaker in capitals is a handle where English writes the word less than this ("spokes" 3.0;
# not "note", "staff").
CAPITALS_HANDLE_MAX_ZIPF = 3.5


def _chat_speaker_handles(text: str) -> list[Entity]:
    """Speakers of a transcript (two lines or more opening with a word and a colon) whose word
    is a handle's, not a name's: capitals inside it after a small letter ("xXcutieBunnyXx",
    "SwiftyStriker"), a letter and a word joined by a hyphen speaking twice ("T-Boy"), or in
    lower case a word of six letters or more that English does not know and no list holds
    ("voidmothh", "jadebxx"). Platforms, bodies and kept words stay."""
    speakers = list(CHAT_SPEAKER_RE.finditer(text))
    if len(speakers) < 2:
        return []

    lex = lexicon()
    found = []
    counts = Counter(m.group("u") for m in speakers)
    for m in speakers:
        handle = m.group("u").rstrip(".")
        low = handle.lower()
        if low in lex.protected or low in lex.must_survive or low in towns():
            continue
        if m.group("num") and HANDLE_MARK_RE.search(handle) is None:
            continue
        if (
            MIXED_CASE_RE.search(handle)
            or (
                handle.islower()
                and len(handle) >= 6
                and zipf_of(low, zipf_table()) < 2.0
                and not lex.any_first_name(low)
                and low not in lex.surnames
            )
            # A street name's letter and word speaking twice: "T-Boy: who wants vapes".
            or ("-" in handle and counts[m.group("u")] >= 2)
            # A handle in capitals speaking twice, a word English seldom writes: "SPOKES: nah".
            or (
                handle.isalpha()
                and handle.isupper()
                and len(handle) >= 4
                and counts[m.group("u")] >= 2
                and zipf_of(low, zipf_table()) < CAPITALS_HANDLE_MAX_ZIPF
                and low not in acronyms()
            )
        ):
            found.append(Entity(m.start("u"), m.start("u") + len(handle), "USERNAME"))
    # Each handle again where the transcript names it: "dm me pixelpanda".
    handles = {text[e.start : e.end] for e in found}
    found += [Entity(s, e, "USERNAME") for s, e in recurrences(text, handles, *HANDLE_BOUNDS)]
    return found


# Tags of mark-up that open a line as a chat log's speaker in angle brackets would ("<b>
# Warning</b>", "<p> text"): no speaker.
MARKUP_TAGS = word_set(
    "a b i u p s q br hr em tt del ins sub sup div span strong small big font code pre li ul ol "
    "dl dt dd img table tr td th html body head title style script link meta form input label "
    "button blockquote center h1 h2 h3 h4 h5 h6"
)


# A display name opening a transcript's line before a colon, spaces, emoji and all: "🌸 lily 🌸:
# did u see", "[Mon 21:14] sakura.doodles ✿: ...", "Daddy Dom 4 U: hey", "Mod | Pri 🌟:"; after a
# bullet or quote mark, and without a gamertag's "GT" ("GT Ruthless Rhino 77: add me").
DISPLAY_SPEAKER_RE = factored.compile(
    r"^[ \t]*(?:[>•*·\-–][ \t]*)*(?:\[[^\]\n]{1,24}\][ \t]*)?"
    r"(?:(?:GT|PSN|XBL|PSN[ \t]+ID)[ \t]+)?(?P<u>[^\s:\[\]>•*·\-–][^:\n]{0,38}?)[ \t]*:[ \t]",
    re.M,
)
# What a display name holds and a person's name or a role does not: a digit, an emoji or
# another symbol, an underscore, a letter of another script or of small capitals; outside
# brackets ("Key worker (KS4)", "jade (yr 9 parent rep)" are a role and a name).
DISPLAY_MARK_RE = factored.compile(r"[^\sA-Za-zÀ-ɏ'’.\-()]")
BRACKETED_RE = factored.compile(r"\([^()\n]*\)")


# A network login written with its domain, as filtering logs show it: "KV\\21hopkinsonr",
# "STAFF\\j.okafor".
DOMAIN_ACCOUNT_RE = factored.compile(r"(?<![\w\\])[A-Za-z][\w\-]{1,14}\\[A-Za-z0-9][\w.\-]{2,30}")
# A display name's handle in brackets after it ("Daddy Mike (@Mike_Roleplays_4U): hey"), and
# an emoji in it ("Papa Bear 🐻 (voice): ..."): a display name though it speaks once.
HANDLE_BRACKET_RE = factored.compile(r"\(@[\w.]+\)")
EMOJI_RE = factored.compile(r"[\u2600-\u27bf\U0001f300-\U0001faff]")
EVERYDAY_SPEAKER_ZIPF = 4.5  # "them (@modelscout.uk)": a word, not a display name
# A chat's speaker in angle brackets, as Minecraft and IRC show it, its time before it
# perhaps: "<BuilderBob1975> hi", "[19:05] <xXDarkLordXx> whats ur name".
ANGLE_SPEAKER_RE = factored.compile(
    r"^[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?<(?P<u>[^<>\s][^<>\n]{0,38}?)>[ \t]", re.M
)


def _display_name_speakers(text: str) -> list[Entity]:
    """Speakers of a transcript written as displayed (DISPLAY_SPEAKER_RE), each opening two
    lines or more and marked as a display name (DISPLAY_MARK_RE, or capitals inside a word:
    "Sgt. Snuggles 3000", "xo_ Bella _xo", "Kuro 黒 Neko"), or opening one line in a transcript
    of three with its handle in brackets or an emoji ("Daddy Mike (@Mike_Roleplays_4U):",
    "Papa Bear 🐻 (voice):"), and the speakers in angle brackets of two lines or more
    ("<BuilderBob1975> hi"): USERNAME spans wherever the text names them (without what the
    brackets after them say); a kept word alone ("Childline 0800 1111") is no speaker's."""
    counts: dict[str, int] = {}
    given = []  # speakers written with brackets after them, one a handle's: "Daddy Mike (@...)"
    for m in DISPLAY_SPEAKER_RE.finditer(text):
        name = m.group("u")
        if "(" in name:
            if HANDLE_BRACKET_RE.search(name):
                given.append(name)
            name = BRACKETED_RE.sub("", name).strip()
        counts[name] = counts.get(name, 0) + 1
    lines = sum(counts.values())
    angled = [m.group("u") for m in ANGLE_SPEAKER_RE.finditer(text)] if "<" in text else []
    if len(angled) >= 2:
        given += [a for a in angled if "(" in a]
    else:
        angled = []
    names = {a for a in angled if len(a.split()) <= 6 and a.lower() not in MARKUP_TAGS}
    for name, count in counts.items():
        if len(name.split()) > 6:
            continue
        if (
            (lines >= 3 and EMOJI_RE.search(name) and " - " not in name and len(name.split()) <= 4)
            or (count >= 2 and (DISPLAY_MARK_RE.search(name) or MIXED_CASE_RE.search(name)))
            or (count >= 2 and len(counts) >= 2 and _worded_display_name(name))
        ):
            names.add(name)
    # A name given with its handle is a display name though it speaks once, but for an
    # everyday word ("them (@modelscout.uk)").
    names |= {
        bare
        for n in given
        if (bare := BRACKETED_RE.sub("", n).strip())
        and (" " in bare or zipf_of(bare.lower(), zipf_table()) < EVERYDAY_SPEAKER_ZIPF)
    }
    protected = lexicon().protected
    names = {
        n
        for n in names
        if n
        and n.lower() not in protected
        and not NUMBERED_SPEAKER_RE.fullmatch(n)
        and not NAME_FIELD_LABEL_RE.search(n)
    }
    return [
        Entity(s, e, "USERNAME") for s, e in recurrences(text, names, r"(?<![\w@])@?", r"(?![\w])")
    ]


# Words that open a speaker's label naming a person by a role, a kinship or a title ("Coach
# Baz", "Auntie Bisi", "Mr P", "DC Pybus"): the name rules find the name, and the word stays.
LABEL_OPENERS = word_set(
    "coach auntie aunty aunt uncle nan nana nanna gran granny grandad grandpa grandma nani "
    "khala elder pastor sister brother mr mrs ms miss mx dr dc pc ds sgt deputy my child "
    "wujek ciocia bhaiya apa baji khalo abti eedo tawny snowy nanny nain taid"
)


def _worded_display_name(name: str) -> bool:
    """A transcript's speaker of two to four title-case words of letters, not opening with a
    role, kinship or title (LABEL_OPENERS) or a listed first name that is no word ("Gurpreet
    Sandhu": the name rules find it) and holding no kept word or field word: a display name
    made of words ("Lunar Ghost", "Big Frank", "Shadow Grace")."""
    words = name.split()
    if not 2 <= len(words) <= 4 or words[0].lower() in LABEL_OPENERS:
        return False
    lex = lexicon()
    if lex.any_first_name(words[0].lower()) and words[0].lower() not in lex.ambiguous:
        return False  # "Gurpreet Sandhu": a person's name, which the name rules find
    return all(
        w[:1].isupper() and w[1:].islower() and w.replace("'", "").replace("’", "").isalpha()
        for w in words
    ) and not any(w.lower() in lex.protected or w.lower() in FIELD_LABEL_WORDS for w in words)


# Words of a form's field labels, which repeat like a transcript's speakers ("Next Steps",
# "Action Taken", "Child Name").
FIELD_LABEL_WORDS = word_set(
    "name names date time subject action actions taken next steps step note notes outcome "
    "school address phone email dob age year role concern concerns update summary referrer "
    "reason details detail agreed response reply question answer agency contact ref reference "
    "status type category platform account comment comments description item items minutes "
    "present apologies attendees decision decisions follow up advice advised risk plan "
    "report reported source sent received from to cc bcc location setting"
)


# A form's label for a name, which repeats like a speaker: "SURNAME, Forename: PARKINSON, Dean".
NAME_FIELD_LABEL_RE = factored.compile(
    r"(?i:\b(?:surname|forenames?|first[ \t]+name|last[ \t]+name|full[ \t]+name)\b)"
)


# A transcript's label for a speaker it does not name: "Voice 1", "Speaker B", "Player 2".
NUMBERED_SPEAKER_RE = factored.compile(
    r"(?i:voice|speaker|player|person|user|caller|participant|unknown|child|adult|male|female|"
    r"boy|girl|contact|number)[ \t]*(?:\d{1,2}|[A-Z])"
)


# A lower-case word English does not know after a word that says a handle follows: "add me
# voidmothh", "server mod thatguyfred", "the channel dylzgamez", "Snapchat
# (jadebxx)". The cue words are matched on the lower-cased text.
HANDLE_SLOT_RE = run_start(
    r"\b(?:add|added|adding|dm|dms|called|named|mod|moderator|channel|account|acct|"
    r"(?P<from>fae))"
    r"[ \t]+(?:me[ \t]+)?(?P<tok>[a-z][a-z0-9]{5,24})(?![\w@'’\-])"
    # A school's kind after the word: the school's own rules find the whole name.
    r"(?![ \t]+(?:prim|primary|high|academy|school|college|juniors?|infants?|grammar|boys|"
    r"girls|comp|rc|ce)\b)"
    r"|\b(?:snap(?:chat)?|insta(?:gram)?|tiktok|discord|kik|twitter|twitch|youtube|pinterest)"
    r"[ \t]*\((?P<btok>[a-z][a-z0-9]{4,24})\)"
)
PLATFORM_BEFORE_RE = factored.compile(
    r"\b(?:snap(?:chat)?|insta(?:gram)?|ig|tiktok|discord|kik|twitter|twitch|youtube|facebook|"
    r"fb|roblox|xbox|psn|steam|telegram|whatsapp|pinterest|reddit|threads|yubo)\b[^\n.;]*\Z"
)
# Items of a list that holds a handle: "Main accounts: jazz.bereal, _eviee.m", "trapstar.nott,
# yungbag_z, slidergang115".
LIST_NEXT_RE = factored.compile(r",[ \t]*(?:and[ \t]+)?(?P<tok>[\w][\w.]*[\w])(?![\w@'’\-])")


def _unknown_word(word: str, table: dict[str, float], lex: Lexicon) -> bool:
    """A lower-case word English does not write and no list holds (name, town, protected),
    nor a verb's form of one ("doxxing"), nor two everyday words written as one
    ("breaktime")."""
    return (
        word not in table
        and not word.endswith(("ing", "ed"))
        and not lex.any_first_name(word)
        and word not in lex.surnames
        and word not in lex.protected
        and word not in lex.must_survive
        and word not in towns()
        and not any(
            table.get(word[:k], 0.0) >= COMPOUND_PART_ZIPF
            and table.get(word[k:], 0.0) >= COMPOUND_PART_ZIPF
            for k in range(3, len(word) - 2)
        )
    )


COMPOUND_PART_ZIPF = 4.6


def _handle_item(tok: str, table: dict[str, float], lex: Lexicon) -> bool:
    if tok.lower() in lex.protected or tok.lower() in lex.must_survive or tok.isdigit():
        return False
    if "_" in tok or ("." in tok and not tok.endswith(".")):
        return True
    if sum(c.isdigit() for c in tok) and sum(c.isalpha() for c in tok) >= 3:
        return True  # "slidergang115"; not "11k" (followers)
    return tok.islower() and len(tok) >= 6 and _unknown_word(tok, table, lex)


def _handles_in_slots(text: str, found: list[Entity]) -> list[Entity]:
    """Handles written without "@" where a handle's slot says what they are (HANDLE_SLOT_RE,
    LIST_NEXT_RE), as USERNAME spans (code-point offsets); an unknown word after "fae" is a
    school."""

    lex = lexicon()
    table = zipf_table()
    more: list[Entity] = []
    low = lowered(text)
    if len(low) == len(text):
        for m in HANDLE_SLOT_RE.finditer(low):
            group = "tok" if m.group("tok") is not None else "btok"
            tok = text[m.start(group) : m.end(group)]
            if not (tok.islower() and _unknown_word(tok, table, lex)):
                continue
            # "shes fae jordanhill": where a child is from is a school, unless an account was
            # just named ("on Instagram fae sunnyxbains"). ("from" and "at" are read so too
            # often to be worth their cost: each is a place to try.)
            school = m.group("from") is not None and not PLATFORM_BEFORE_RE.search(
                low, max(0, m.start() - 30), m.start()
            )
            more.append(Entity(m.start(group), m.end(group), "SCHOOL" if school else "USERNAME"))
    if "," in text:
        queue = [e for e in (*found, *more) if e.type == "USERNAME"]
        seen = {e.start for e in queue}
        while queue:
            e = queue.pop()
            if text[e.end : e.end + 1] != ",":
                continue
            nxt = LIST_NEXT_RE.match(text, e.end)
            if nxt is None or nxt.start("tok") in seen:
                continue
            if _handle_item(nxt.group("tok"), table, lex):
                item = Entity(nxt.start("tok"), nxt.end("tok"), "USERNAME")
                seen.add(item.start)
                more.append(item)
                queue.append(item)
    return more


# A school network's login as its systems make them: the year of entry, the surname in
# capitals and an initial or two ("24HAYESJ", "25SMITHAB"), as filtering and monitoring logs
# print them.
SCHOOL_LOGIN_RE = factored.compile(r"(?<![\w@.#/\-])\d\d(?P<s>[A-Z]{4,16})(?![\w@#/\-]|\.\w)")


def _school_logins(text: str) -> list[Entity]:
    """School logins (SCHOOL_LOGIN_RE) whose letters less their last one or two are a
    surname on a list or a word English hardly writes, and no acronym: "24HAYESJ"; not
    "22CHAPTERS"."""
    lex = lexicon()
    table = zipf_table()
    found = []
    for m in SCHOOL_LOGIN_RE.finditer(text):
        letters = m.group("s").lower()
        if zipf_of(letters, table) >= 3.0 or letters in acronyms():
            continue  # "22CHAPTERS": a word
        for stem in (letters[:-1], letters[:-2]):
            if (
                len(stem) >= 3
                and stem not in acronyms()
                and stem not in lex.protected
                and (stem in lex.surnames or zipf_of(stem, table) < 3.0)
            ):
                found.append(Entity(m.start(), m.end(), "USERNAME"))
                break
    return found


# An account's, server's or channel's number on a platform, after its "ID": Discord's are 17
# to 20 digits ("user ID 902341558712344576", "(server ID: 1092233456671100928)").
LONG_DIGITS_RE = factored.compile(r"\d{17}")
PLATFORM_ID_RE = factored.compile(
    r"(?<!video )(?<!Video )(?<!post )(?<!Post )(?<!message )(?<!Message )(?<!order )"
    r"(?<!Order )\b(?:ID|[Ii]d)\b[ \t]*[:#]?[ \t]*(?P<u>\d{17,20})\b"
)


# A handle read out, its marks in words: "reecey underscore one one", "dom dot k dot oh nine",
# "TTV underscore ScottyPlays"; not an address's "example dot com" (SPOKEN_EMAIL_RE's).
SPOKEN_HANDLE_RE = factored.compile(
    r"(?<![\w'’\-])[A-Za-z][\w\-]*(?:[ \t]+(?:underscore|dot)[ \t]+[\w\-]+"
    r"(?:[ \t]+(?:oh|zero|" + "|".join((*UNIT_WORDS, "ten", *TENS)) + r")\b)*)+"
)


def _spoken_handles(text: str) -> list[Entity]:
    """Handles read out (SPOKEN_HANDLE_RE) as USERNAME spans, none ending in a domain's last
    word."""
    return [
        Entity(m.start(), m.end(), "USERNAME")
        for m in SPOKEN_HANDLE_RE.finditer(text)
        # An underscore, or two dots: not "a red dot on screen".
        if ("underscore" in m.group(0) or m.group(0).count(" dot ") >= 2)
        and m.group(0).rsplit(None, 1)[-1].lower() not in TLD_SET
        and not m.group(0).lower().startswith(("www ", "http"))
    ]


def find_usernames(text: str) -> list[Entity]:
    found = (
        [Entity(m.start(), m.end(), "USERNAME") for m in HANDLE_RE.finditer(text)]
        if "@" in text
        else []
    )
    if "u/" in text:
        found += [Entity(m.start(), m.end(), "USERNAME") for m in REDDIT_RE.finditer(text)]
    found += _school_logins(text)
    if "$" in text:
        found += [Entity(m.start(), m.end(), "USERNAME") for m in CASHTAG_RE.finditer(text)]
    if "#" in text:
        found += [Entity(m.start(), m.end(), "USERNAME") for m in DISCORD_TAG_RE.finditer(text)]
    if "underscore" in text or " dot " in text:
        found += _spoken_handles(text)
    if LONG_DIGITS_RE.search(text) is not None:
        found += [
            Entity(m.start("u"), m.end("u"), "USERNAME") for m in PLATFORM_ID_RE.finditer(text)
        ]
    protected = lexicon().protected
    if CAMEL_HINT_RE.search(text):
        found += [
            Entity(m.start(), m.end(), "USERNAME")
            for m in CAMEL_RE.finditer(text)
            if m.group(0).lower() not in protected
        ]
    if MIXED_CASE_RE.search(text):
        must_survive = lexicon().must_survive
        found += [
            Entity(m.start("u"), m.end("u"), "USERNAME")
            for m in CAMEL_CUE_RE.finditer(text)
            if (low := m.group("u").lower()) not in protected and low not in must_survive
        ]
        found += [
            Entity(m.start("u"), m.end("u"), "USERNAME")
            for m in CAMEL_TWO_RE.finditer(text)
            if _camel_handle(text, m)
        ]
    if ('"' in text or "“" in text) and TUTOR_CUE_RE.search(text):
        found += _tutor_display_names(text)
    for m in QUOTED_AFTER_RE.finditer(text) if ('"' in text or "“" in text) else ():
        words = m.group("q").split()
        # A page or channel name is written in title case ("Kernow Scraps"); a quoted reply
        # ("does not violate ...") is not.
        if (
            len(words) <= 6
            and all(w[0].isupper() or w[0].isdigit() for w in words)
            and not _group_nobody(text, m.start("q"), m.end("q"))
        ):
            found += _quoted_account(text, m.start("q"), m.end("q"))
    if "in-game" in text or IN_GAME_HINT_RE.search(text):
        found += [
            Entity(*m.span("u"), "USERNAME")
            for m in IN_GAME_NAME_RE.finditer(text)
            if (low := m.group("u").lower()) not in protected
            and (zipf_of(low, zipf_table()) < IN_GAME_WORD_MAX_ZIPF or not low.isalpha())
        ]
    found += [Entity(s, e, "USERNAME") for s, e in _odd_words(text)]
    if "'s " in text or "’s " in text:
        found += [Entity(*m.span("u"), "USERNAME") for m in KIN_SPEAKER_RE.finditer(text)]
    found += [
        Entity(m.start("u"), m.end("u"), "USERNAME")
        for m in _ci_finditer(DIGITS_USER_LOW_RE, DIGITS_USER_RE, text)
    ]
    for m in QUOTED_NAME_RE.finditer(text):
        if not _everyday_words(m.group("q")) and not (
            GROUP_BEFORE_RE.search(text, max(0, m.start() - 50), m.start())
            and _group_nobody(text, m.start("q"), m.end("q"))
        ):
            found += _quoted_account(text, m.start("q"), m.end("q"))
    found += _labels_and_display_names(text)
    found += _quoted_handles(text)
    found += _postcode_crews(text)
    if "code" in text or "Code" in text or "CODE" in text:
        found += _promo_codes(text)
    if "\\" in text:
        found += [Entity(*m.span(), "USERNAME") for m in DOMAIN_ACCOUNT_RE.finditer(text)]
    if ":" in text and "\n" in text:
        found += _chat_speaker_handles(text)
    if "\n" in text and (":" in text or "<" in text):
        found += _display_name_speakers(text)
    if '"' in text or "“" in text:
        found += [
            Entity(m.start("q"), m.end("q"), "USERNAME")
            for m in QUOTED_NAME_NUMBER_RE.finditer(text)
            if lexicon().any_first_name(m.group("f").lower())
        ]
    if "—" in text or " - " in text or "–" in text:
        found += _discord_senders(text, protected)
    lex = lexicon()
    for m in _ci_finditer(CUE_LOW_RE, CUE_RE, text):
        if m.group("quoted"):
            cue = (m.group("strong") or "").lower()
            if cue.startswith("handle") and HANDLE_VERB_BEFORE_RE.search(
                text, max(0, m.start() - 12), m.start()
            ):
                continue  # 'how to handle "exposure" accounts': the verb, not a handle
            group_name = any(k in cue for k in ("group", "chat", "page", "server", "channel"))
            if ACCOUNT_NAME_CUE_RE.search(cue) and not text.startswith(
                DESCRIPTION_OPENINGS, m.start("quoted")
            ):
                # an account's name as a platform, a review or an order shows it, whole
                found.append(Entity(m.start("quoted"), m.end("quoted"), "USERNAME"))
            elif not (
                group_name
                and (
                    _everyday_words(m.group("quoted"))
                    or _group_nobody(text, m.start("quoted"), m.end("quoted"))
                )
            ):
                found += _quoted_account(text, m.start("quoted"), m.end("quoted"))
            continue
        tok = m.group("tok")
        start, end = m.start("tok"), m.end("tok")
        while end > start and text[end - 1] in ".-":
            end -= 1
        tok = text[start:end]
        low = tok.lower()
        if low in COMMON_WORDS or low in lex.protected:
            continue
        if (
            tok.islower()
            and ":" not in text[m.start() : start]
            and zipf_of(low, zipf_table()) >= CUE_WORD_MIN_ZIPF
        ):
            continue  # "Gurmukhi username used to evade filters": a verb after the cue
        if (
            m.group("weak")
            and not _looks_made_up(tok)
            and (len(tok) < WEAK_CUE_UNKNOWN_MIN_LEN or zipf_of(low, zipf_table()) > 0.0)
        ):
            continue  # "snap is down"; not "on Depop as traceysstallstock", no English word
        if m.group("strong") and tok[0].isupper():
            # "the page is called Oakfield Gossip": a title-case page name of a few words.
            for _ in range(3):
                nxt = NEXT_TITLE_WORD_RE.match(text, end)
                if nxt is None or (
                    nxt.group(1).lower() in lex.protected and nxt.group(1) not in ACCOUNT_NAME_TAILS
                ):
                    break
                end = nxt.end()
        found.append(Entity(start, end, "USERNAME"))
    found += _after_platform(text)
    found += _numbered_display_names(text)
    if "_" in text and not text.isascii():
        found += [Entity(*m.span(), "USERNAME") for m in script_handle_re().finditer(text)]
    found += _handles_in_slots(text, found)
    # A name of several words that opens with a platform's or a game's name ("Minecraft SMP
    # UK 13+", "Roblox Dads") names a community on it, not a person's account. One word that
    # is never anyone's ("@everyone", a quoted slur "nonce", "IG") is no account either.
    return [
        e
        for e in found
        if not _platform_community(text[e.start : e.end])
        and text[e.start : e.end].lstrip("@").lower() not in lex.protected
    ]


# A display name of capitalised words and a number, after a word that says an account or a
# sender follows: "a request from Toxic Tyler 99", "the account Sneaky Sam 07", "added by Lil
# Reaper 2011". Not a year group, a game's edition or a month ("Year 10", "FIFA 23").
# Found from the number after a lower-case letter and a space (rare) and matched backwards
# over the words before it: one pattern that opens with a capitalised word is tried at every
# capital of the text.
NUMBERED_NAME_NUMBER_RE = re.compile(r"\d(?<=[a-z][ \t]\d)\d(?:(?<=19|20)\d\d)?(?![\w.:/%])")
NUMBERED_NAME_WORDS_RE = re.compile(r"(?:[A-Z][a-z]+[ \t]+){1,3}\Z")
NUMBERED_NAME_CUE_RE = re.compile(
    r"(?<![\w'’])(?:from|by|account|accounts|called|named|user|profile|is|as)[ \t]+\Z", re.I
)
NUMBERED_NAME_NOT_FIRST = word_set(
    "room chapter season series episode level page part week day class form group team under "
    "flat house number no apartment unit"
)
# A count after the number, which no display name ends in: "arrived from Lahore 18 months
# ago", "from Leeds 20 minutes away".
NUMBERED_NAME_COUNT_AFTER_RE = re.compile(
    r"[ \t]+(?:months?|years?|yrs?|weeks?|days?|hours?|hrs?|minutes?|mins?|times|miles|pupils|"
    r"children|kids|people|members|followers)\b"
)


# A handle written in another script, its words joined by underscores: "ਸੁਖਲੀਨ_ਦੀ_ਸੱਚਾਈ",
# "ਕਾਲੀ_ਕੁੜੀ_07".
@cache
def script_handle_re() -> factored.Regex:
    """Compiled on the first text that holds an underscore and a letter outside ASCII (the
    other scripts' class is large to compile)."""
    return factored.compile(
        r"(?<![\w@])["
        + OTHER_SCRIPT
        + r"][\w"
        + OTHER_SCRIPT
        + r"]*(?:_[\w"
        + OTHER_SCRIPT
        + r"]+)+"
    )


def _numbered_display_names(text: str) -> list[Entity]:
    protected = lexicon().protected
    found = []
    for number in NUMBERED_NAME_NUMBER_RE.finditer(text):
        m = NUMBERED_NAME_WORDS_RE.search(text, max(0, number.start() - 40), number.start())
        if m is None:
            continue
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "'’-@"):
            continue
        if not NUMBERED_NAME_CUE_RE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if NUMBERED_NAME_COUNT_AFTER_RE.match(text, number.end()):
            continue
        words = m.group(0).lower().split()
        if words[0] in NUMBERED_NAME_NOT_FIRST or any(w in protected for w in words):
            continue
        found.append(Entity(m.start(), number.end(), "USERNAME"))
    return found


# A handle written straight after a platform's name, or in a table cell beside it: "add me on
# snap mcgifter99", "Snapchat | cpiggott09 |", "HIS SNAP ABDI.BRS", "on Snapchat as
# summerrrblake", and the handles listed after it: "Snapchat: jess.b.x12, bigdaddy_rt, rtmoney".
AFTER_PLATFORM_RE = run_start(
    r"(?<![\w@./])"
    r"(?:snap(?:chat)?|insta(?:gram)?|tiktok|discord|roblox|xbox|kik|telegram|"
    r"yubo|twitch|steam|threads)\b(?:[ \t]+(?:as|is|was))?[ \t]*[:|=\-]?[ \t]*"
    r"(?P<tok>[A-Za-z0-9_][A-Za-z0-9_.]*[A-Za-z0-9_])(?![\w@/]|\.\w)"
)
LISTED_HANDLE_RE = factored.compile(
    r",[ \t]+(?:and[ \t]+)?(?P<tok>[A-Za-z0-9_][A-Za-z0-9_.]*[A-Za-z0-9_])(?![\w@/]|\.\w)"
)
UNKNOWN_HANDLE_LEN = 6
# A version or a count: "TikTok 33.1.4", "Instagram x3", "Snapchat 2x".
NUMBER_OR_VERSION_RE = factored.compile(r"v?[\d.]+|x\d{1,3}|\d{1,3}x")


def _after_platform(text: str) -> list[Entity]:
    low = _lower(text)
    if low is None:
        return []

    table = zipf_table()
    lex = lexicon()

    def handle(tok: str) -> bool:
        word = tok.lower()
        if word in COMMON_WORDS or word in lex.protected or VERSION_RE.fullmatch(tok):
            return False
        if NUMBER_OR_VERSION_RE.fullmatch(word):
            return False  # "TikTok 33.1.4", "Instagram x3": a version or a count
        # Letters with digits, "_" or ".", or a run of letters English does not know and no
        # list holds as a name ("summerrrblake", "rtmoney").
        return _looks_made_up(tok) or (
            len(word) >= UNKNOWN_HANDLE_LEN
            and word.isalpha()
            and word not in table
            and word not in lex.first_names
            and word not in lex.surnames
        )

    found: list[Entity] = []
    for m in AFTER_PLATFORM_RE.finditer(low):
        tok = text[m.start("tok") : m.end("tok")].rstrip(".")
        if not handle(tok):
            continue
        found.append(Entity(m.start("tok"), m.start("tok") + len(tok), "USERNAME"))
        end = m.start("tok") + len(tok)
        for _ in range(6):
            more = LISTED_HANDLE_RE.match(text, end)
            if more is None:
                break
            tok = more.group("tok").rstrip(".")
            if not handle(tok):
                break
            found.append(Entity(more.start("tok"), more.start("tok") + len(tok), "USERNAME"))
            end = more.start("tok") + len(tok)
    return found


PLATFORM_WORDS = word_set(
    "minecraft roblox fortnite discord tiktok instagram insta snapchat snap facebook fb whatsapp "
    "youtube twitter xbox playstation psn steam twitch reddit telegram kik yubo wizz omegle "
    "among valorant"
)


def _platform_community(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and words[0][:1].isupper() and words[0].lower() in PLATFORM_WORDS


# --- SCHOOL --------------------------------------------------------------------------------
# Starts with the keyword itself (no \b) so the engine can skip ahead; the character before
# is checked in find_schools.
SCHOOL_KEYWORD_RE = factored.compile(
    r"(?:School|Academy|Academies|College|High|Primary|Grammar|Infants?|Juniors?|Comprehensive|"
    r"Prep|"
    # "Durham Sixth Form Centre": a sixth form's centre is a school; a youth centre is not.
    r"Nursery|Sixth\s+Form(?:\s+Centre)?|SCHOOL|ACADEMY|COLLEGE|HIGH|PRIMARY|GRAMMAR|INFANTS?|"
    r"JUNIORS?|NURSERY|"
    # "Glenmaragh PS", "St Brendan's PS": a primary school in Northern Ireland and Scotland.
    r"PS|Secondary|SECONDARY|COMPREHENSIVE|"
    # "Kingsmeadow HS": a high school written short.
    r"HS|"
    r"Pupil[ \t]+Referral[ \t]+Unit|PUPIL[ \t]+REFERRAL[ \t]+UNIT|"
    # Alternative provision and all-through schools: "Tees Valley Learning Centre", "Hadley
    # Learning Community".
    r"Learning[ \t]+(?:Centre|Community)|LEARNING[ \t]+(?:CENTRE|COMMUNITY)|"
    # Their other names: "Phoenix Learning Hub", "Colne Valley Pupil Referral Service", "Step
    # Up Alternative Provision". (A trust that runs schools stays: most sets keep it.)
    r"(?:Learning|Education|Skills|Tuition|Pathways)[ \t]+(?:Centre|Hub|Campus|Partnership)|"
    r"Pupil[ \t]+Referral[ \t]+Service|Alternative[ \t]+Provision(?:[ \t]+(?:Centre|Hub|Service))?|"
    # And more: "Rawmarsh Inclusion Centre", "Bransholme Learning Zone", "Hillside Nurture
    # Base", "Kirkby Centre for Learning", "Swindon AP Hub", "Shankill Learning Support Centre".
    r"Inclusion[ \t]+(?:Centre|Hub|Base|Service|Unit)|Nurture[ \t]+(?:Base|Centre|Unit)|"
    r"Learning[ \t]+(?:Zone|Base|Village|Service|Support[ \t]+(?:Centre|Unit|Service))|"
    r"Centre[ \t]+for[ \t]+(?:Learning|Education)|AP[ \t]+(?:Hub|Centre|Academy)|"
    # A further-education college's partnership for technical courses: "Wearside Institute
    # of Technology".
    r"Institute[ \t]+of[ \t]+Technology|"
    # Short-break and respite units for disabled children: "Meadowside Respite Centre",
    # "Oakfield Short Breaks Unit", "Rainbow Bridge Short Breaks", "Seaview Residential Respite".
    r"Respite[ \t]+(?:Centre|Unit|Service|Home)|Residential[ \t]+Respite|"
    r"Short[ \t]+Breaks(?:[ \t]+(?:Unit|Centre|Service|Home))?|"
    # Hospital schools and their services: "Bristol Hospital Education Service", "Lambeth
    # Hospital and Home Teaching Service".
    r"Hospital[ \t]+(?:School|Education(?:[ \t]+Service)?|(?:&|and)[ \t]+Home[ \t]+"
    r"(?:Tuition|Teaching|Education)(?:[ \t]+Service)?))\b"
)
SCHOOL_TAIL_RE = factored.compile(
    r"(?:\s+(?:School|Academy|College|Primary|High|Junior|Infant|Grammar|Sixth(?:\s+Form)?))*"
    # A sixth form's or a school's campus: "Wigan Pier Sixth Form Campus", "Loughborough Sixth
    # Form Collegiate".
    r"(?:[ \t]+(?:Campus|Collegiate)\b)?"
    # A second kind joined on: "Limehouse Nursery & Primary", "Acorns Nursery and Pre-School".
    r"(?:[ \t]+(?:&|and)[ \t]+(?:Primary|Pre-?[Ss]chool|Preschool|Nursery|Infants?|Juniors?|"
    # "Wickersley School and Sports College", "... High School and Sixth Form Centre".
    r"Sports[ \t]+College|Sixth[ \t]+Form(?:[ \t]+(?:College|Centre))?)\b)?"
    # A school's club before and after hours: "Little Oaks Out of School Club".
    r"(?:[ \t]+Club\b)?"
    # A college's group or its university centre: "Derby College Group", "Solihull College &
    # University Centre".
    r"(?:(?<=College)[ \t]+(?:Group|(?:&|and)[ \t]+University[ \t]+Centre)\b)?"
    # Who or what the school is for: "Challney High School for Boys", "Bournemouth School for
    # Girls", "Royal School for the Deaf", "Northbank College for Digital Skills".
    r"(?:[ \t]+for[ \t]+(?:Boys|Girls|BOYS|GIRLS|the[ \t]+(?:Deaf|Blind|Arts|Performing[ \t]+Arts)|"
    r"Performing[ \t]+Arts|Digital[ \t]+Skills|Young[ \t]+People|Children)\b)?"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:and\s+)?[A-Z][\w'’\-]*){0,2})?"
    # A football club's junior side: "Ashby Town Juniors FC".
    r"(?:[ \t]+(?:J?FC|AFC|F\.C\.?)\b)?"
)
# Verbs of going to school that open a sentence before its name.
SCHOOL_VERBS = word_set(
    "attends attended attending joined joins left leaves visited visits goes went moved started "
    "transferred excluded expelled"
)
# Words that describe a kind of school rather than name one.
SCHOOL_GENERIC = word_set(
    "school academy college high primary secondary grammar infant infants junior juniors "
    "comprehensive prep sixth form community catholic church free special local independent "
    "private state boarding c e ce rc cofe of the and & our a this that my his her their "
    "your federation trust year nursery first middle upper lower county city new voluntary "
    "aided controlled pupil referral unit pru international studio university technical "
    "further education english maths science art music drama police virtual big"
)
# A year group or a contraction before a school's name, never its start: "dtr 11, Y6 Park Hill
# Junior School", "We're Fortismere School".
LEADING_NOT_NAME_RE = factored.compile(
    r"[Yy]\d{1,2}|(?:We|I|It|They|You)['’](?:re|m|s|ve)|(?:WE|I|IT|THEY|YOU)['’](?:RE|M|S|VE)"
)
NAME_PART_RE = factored.compile(r"(?:St\.?|[A-Z][\w'’\-]*|of|the|and|&|upon|on|le|de|in)$")
SCHOOL_WORD_CHARS = frozenset("_'’.&-")
# Posts written in capitals before the school a person holds them at: never its name's start.
SCHOOL_LEAD_POSTS = frozenset(
    {"HT", "DHT", "AHT", "DSL", "DDSL", "SLT", "SENCO", "SENCo", "HoY", "TA", "LSA", "HLTA"}
    | {"PCSO", "LADO"}
)
# Welsh, Irish and Scottish Gaelic for "school" come first: "Ysgol Bryn Derw".
# The name runs on over capitalised words and the articles and particles of Welsh and Gaelic
# names ("Ysgol y Foel Ddu", "Gaelscoil an Chnoic Bháin"); written in lower case, over words
# English does not know ("gaelscoil an chnoic bháin").
CELTIC_PREFIX_RE = factored.compile(
    r"\b(?:ysgol|ysgolion|bun-scoil|bun-sgoil|scoil|sgoil|bunscoil|bunsgoil|gaelscoil|"
    r"gaelcholáiste|gaelcholaiste|"
    # "meithrinfa": a Welsh nursery ("meithrinfa bae penrhyn fach"); a Welsh club ("Clwb
    # Ieuenctid Llanrwst", a youth club), a young farmers' club ("CFfI Llangeitho"), an
    # Urdd youth club ("Aelwyd Llangwm") and a Welsh playgroup ("Cylch Meithrin Y Bont").
    r"coláiste|colaiste|meánscoil|ardscoil|àrd-sgoil|ard-sgoil|acadamaidh|coleg|meithrinfa|"
    r"clwb|cffi|aelwyd|cylch[ \t]+meithrin|"
    # A federation of Welsh schools ("Ffederasiwn Ysgolion Eglwys Bro Cennen") and a Welsh
    # youth centre ("Y Ganolfan Ieuenctid Llanrwst").
    r"ffederasiwn|y[ \t]+ganolfan[ \t]+ieuenctid|canolfan[ \t]+ieuenctid|"
    r"ganolfan[ \t]+ieuenctid)\b",
    re.I,
)
CELTIC_HINTS = (
    "ysgol", "scoil", "sgoil", "coláiste", "colaiste", "coleg", "acadamaidh", "meithrinfa",
    "clwb", "cffi", "aelwyd", "cylch", "cholá", "cholai", "ffederasiwn", "anolfan",
)  # fmt: skip
# An Irish word eclipsed or with "h" or "t-" before it, its capital second: "Gaelscoil na
# bhFál", "Scoil na gCailíní", "Coláiste an tSáirséalaigh".
ECLIPSED_WORD_RE = factored.compile(r"(?:bh|mb|gc|nd|ng|bp|dt|ts|h|n-|t-)[A-ZÁÉÍÓÚ][\w'’\-]*")
# Schools abroad and the Saturday schools of UK communities, their kind first too: "Szkoła
# Polska im. Kopernika", "Escola Comunitária Lusa", "Liceul Teoretic nr. 3", "Lycée Victor
# Hugo"; a number after "nr", "no" or "im." is part of the name.
ABROAD_PREFIX_RE = factored.compile(
    r"\b(?:szkoła|szkola|liceum|gimnazjum|przedszkole|escola|colégio|escuela|colegio|colegiul|"
    r"liceul|școala|şcoala|scoala|gimnaziul|scuola|liceo|istituto|école|ecole|lycée|lycee)\b"
    # Jewish schools, their kind first in capitals: "Yeshiva Toras Emes Manchester", "Cheder
    # Torah Vodaas", "Bnos Yisroel Seminary", "Talmud Torah Chinuch Norim", "Beis Yaakov
    # High School"
    r"|\b(?:Yeshiva|Yeshivas|Yeshivat|Yeshivah|Cheder|Chedar|Talmud[ \t]+Torah|Bnos|Bnois|"
    r"Beis[ \t]+Yaakov|Bais[ \t]+Yaakov|Beth[ \t]+Jacob|Beis[ \t]+Chinuch|Beis[ \t]+Medrash)\b",
    re.I,
)
ABROAD_HINTS = (
    "szko", "lice", "gimna", "przedszk", "escola", "colégio", "escuela", "colegi", "coala",
    "scuola", "istituto", "école", "ecole", "lycée", "lycee", "yeshiv", "cheder", "chedar",
    "talmud", "bnos", "bnois", "yaakov", "beth jacob", "beis ",
)  # fmt: skip
JEWISH_KIND_STARTS = (
    "yeshiv", "cheder", "chedar", "talmud", "bnos", "bnois", "beis", "bais", "beth",
)  # fmt: skip
ABROAD_PARTICLES = word_set("de da do dos das del la le du des di im nr no")
ABROAD_NUMBER_RE = factored.compile(r"\.?[ \t]+(\d{1,3})(?![\w])")
CELTIC_PARTICLES = word_set("y yr an na nan na h a' an t- t- de du mhic ui uí")
# Words Welsh and Gaelic school names are made of, some of which English also has ("bro").
CELTIC_NAME_WORDS = word_set(
    "bro bryn cwm pen glan tre llan coed maes pant nant aber afon cae dyffryn gwaun mynydd rhos "
    "ty tŷ hen newydd gwyn ddu fawr fach uchaf isaf deg gymraeg gynradd gyfun uwchradd feithrin "
    "cnoc chnoic baile bhaile dun gleann loch ard inis naomh mhuire cill ros bhríde cholmcille "
    # Welsh words after "y" take a soft mutation ("bro" -> "y fro", "canol" -> "ganol"); "bae"
    # and "penrhyn" are a bay and a headland.
    "fro ganol goed fryn faes bae penrhyn "
    # The sea ("Ysgol Glan y Môr"), written without its accent too.
    "môr mor"
)
# A Welsh school's kind after "ysgol" ("ysgol gynradd", a primary school): no name alone.
CELTIC_KIND_WORDS = word_set("gynradd gyfun uwchradd feithrin gymraeg arbennig")
# Welsh prepositions and conjunctions that end a school's name: "yn" (in), "ac" (and).
CELTIC_STOP_WORDS = word_set("yn ym yng ac gyda ond")
NEXT_WORD_RE = factored.compile(r"[ \t]+([^\W\d_][\w'’\-]*)")
# Grammar words no school's name holds, which end one written in capitals going back.
CAPS_SENTENCE_WORDS = word_set(
    "in and is it where behind at to we our my his her by near from on live lives living are "
    "was were has have had not no for with goes go went attends attended near beside outside "
    "inside about after before because but or so that this than then when who which i you he "
    "she they me him them us address"
)


# Capitalised words after "Academy" or "College" up to where the name ends: "Harris Academy
# Peckham,", "The Priory Academy LSST, Lincoln", "Oasis Academy South Bank)".
PLACE_AFTER_KIND_RE = factored.compile(
    r"[ \t]+(?P<w>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2})"
    r"(?=[ \t]*(?:[,;:)(]|\.(?:\s|\Z)|\n|\Z|[ \t][-–][ \t]))"
)
# The kinds of school a town's name may follow inside a school's finding: "Lisnacree High
# Ballynahinch", "Gortnamoyle College Enniskillen" (the town stays, as after a comma; cut off
# by nobody.school_without_town). Not "Academy": a chain's academies are named by their town
# ("Harris Academy Peckham", "Oasis Academy Immingham", "Co-op Academy Leeds").
TOWN_AFTER_KINDS = frozenset(
    ["high", "college", "school", "primary", "grammar", "secondary", "juniors", "infants"]
)
# A town's name after a school's kind of no TOWN_AFTER_KINDS, the sentence going on after it
# in lower case: "Starfish Nursery Ealing 😉 would be" (the tuning sets take it into the
# school's name, and leave the town after a comma or a full stop out).
TOWN_INSIDE_SENTENCE_RE = factored.compile(
    r"[ \t]+(?P<w>[A-Z][a-z]+)(?=[ \t]+[^\sA-Z\-–|(])(?![ \t]+re\b)"
)
# A further-education college named "City College" and its town after ("City College
# Norwich", "City College Plymouth"), which "City College" alone does not name.
CITY_COLLEGE_RE = factored.compile(r"\bCity[ \t]+College[ \t]+(?P<town>[A-Z][a-z]+)\b")
# The capitalised word before a position (the "&" of two names, or the first of them).
CAPITALISED_WORD_BEFORE_RE = factored.compile(r"([A-Z][\w'’\-]*)[ \t]+\Z")


def _place_after_kind(text: str, end: int, lex: Lexicon) -> int:
    """Where a school's name that ends in "Academy" or "College" at `end` really ends: over
    the place or the letters after the kind that trusts and colleges name their schools with
    (see _setting_tail), not over a listed first name or a protected word ("Oakfield Academy
    Year 9", "Kendal College Tuesday,")."""

    m = PLACE_AFTER_KIND_RE.match(text, end)
    if m is None:
        return end
    written = m.group("w").split()
    words = [w.lower() for w in written]
    if any(
        (lex.any_first_name(w) and w not in towns() and not written[k].isupper()) or w in acronyms()
        for k, w in enumerate(words)
    ):
        return end  # "Kendal College Tuesday", "Shepway Coast College ESOL"
    n = _setting_tail(words, zipf_table(), lex)
    if n < len(words):
        return end  # the name's end is the bracket or comma: all the words, or none
    return m.end()


def _joins_two_names(text: str, pos: int, after: str, lex: Lexicon, nursery: bool) -> bool:
    """Whether the "&" at pos stands between two capitalised names of one school ("Bridgwater
    & Taunton College"), not between a body and a school ("Early Help & Oakfield School"). A
    nursery's name pairs everyday words too: "Tots & Tinkers Nursery"."""

    before = CAPITALISED_WORD_BEFORE_RE.search(text, max(0, pos - 30), pos)
    if before is None or not after[:1].isupper():
        return False
    first, second = before.group(1).lower(), after.lower()
    if any(w in lex.protected or w in SCHOOL_GENERIC for w in (first, second)):
        return False
    if text[pos] == "a":
        # "and" joins one word each side ("Streatham and Clapham High School"), not another
        # school's name ("Ysgol Gyfun Penrhyn and Llandaff Fields Juniors") or a namesake's
        # ("Warwick and King's College London").
        word = CAPITALISED_WORD_BEFORE_RE.search(text, max(0, before.start() - 30), before.start())
        if (word is not None and word.group(1).lower() not in CAPS_SENTENCE_WORDS) or (
            _name_word_base(after) in NAMESAKE_WORDS
        ):
            return False
    if nursery:
        # One word each side ("Tots & Tinkers Nursery"), not "Early Help & Oakfield Nursery".
        word = CAPITALISED_WORD_BEFORE_RE.search(text, max(0, before.start() - 30), before.start())
        if word is None or word.group(1).lower() in CAPS_SENTENCE_WORDS:
            return True
    return (
        first in towns()
        or zipf_of(first, zipf_table()) < SETTING_RARE_ZIPF
        or (first in lex.surnames and second in lex.surnames)  # "Marsh & Doyle School of Dance"
    )


# A specialist school's subjects, joined with "and" before its kind: "Maths and Computing
# College", "Business and Enterprise College" (the specialist schools programme's names); a
# stage school's arts: "Humber Stage & Screen Academy".
SCHOOL_SPECIALISMS = word_set(
    "maths mathematics computing science technology business enterprise sports sport arts art "
    "performing visual media language languages humanities engineering music international "
    "dance drama stage screen theatre ballet singing acting musical"
)
# Kinds of school a name joins with "and": "Greenbank Infant and Junior School".
SCHOOL_KINDS_JOINED = frozenset(
    ("Junior", "Juniors", "Infant", "Infants", "Primary", "Nursery", "Secondary", "Sixth")
)
# Titles of the person a school is named after: "Sir John Deane's College", "Bishop Vesey's".
NAMESAKE_TITLES = frozenset(("Sir", "Dame", "Bishop", "Cardinal", "Archbishop", "King", "Queen"))
NAMESAKE_WORDS = word_set("sir dame bishop cardinal archbishop king queen st saint")
SENTENCE_END_CHARS = frozenset(".!?:\n")


def _inside_sentence(text: str, pos: int) -> bool:
    """Whether the word at pos stands inside a sentence or a bracket (not at a line's or a
    sentence's start), where a capital "The" belongs to the name after it."""
    k = pos
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k > 0 and text[k - 1] not in SENTENCE_END_CHARS


# A word straight before a school's kind that makes it a service's, not a child's: "Kent
# Police School Liaison Officer".
NOT_BEFORE_SCHOOL_KIND = word_set("police")


def find_schools(text: str) -> list[Entity]:
    found: list[Entity] = []
    lex = lexicon()
    for m in SCHOOL_KEYWORD_RE.finditer(text):
        start = m.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue
        words: list[tuple[int, str]] = []
        pos = start
        seen_name = False
        while len(words) < 6:
            # The word before pos, separated by one or two spaces on the same line.
            gap_end = pos
            while pos > 0 and text[pos - 1] in " \t" and gap_end - pos < 3:
                pos -= 1
            if pos == gap_end or gap_end - pos > 2 or (pos > 0 and text[pos - 1] in " \t\n"):
                break
            word_end = pos
            while pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in SCHOOL_WORD_CHARS):
                pos -= 1
            word = text[pos:word_end]
            if not word or not NAME_PART_RE.match(word):
                break
            if seen_name and SCHOOL_KEYWORD_RE.fullmatch(word):
                break  # the end of another school: "X Academy and Tollgate School"
            if word in ("and", "&"):
                nursery = m.group(0) in ("Nursery", "NURSERY")
                if words and _joins_two_names(text, pos, words[-1][1], lex, nursery):
                    words.append((pos, word))
                    continue  # "Bridgwater & Taunton College", "Streatham and Clapham High"
                if (
                    words
                    and words[-1][1].lower() in SCHOOL_SPECIALISMS
                    and (text[max(0, pos - 16) : pos].split() or [""])[-1].lower()
                    in SCHOOL_SPECIALISMS
                ):
                    words.append((pos, word))
                    continue  # "Stepney Vale Maths and Computing College": its specialisms
                if (
                    words
                    and words[-1][1] in SCHOOL_KINDS_JOINED
                    and not seen_name
                    and (text[max(0, pos - 12) : pos].split() or [""])[-1] in SCHOOL_KINDS_JOINED
                ):
                    words.append((pos, word))
                    continue  # "Greenbank Infant and Junior School", "Primary & Nursery"
                if not (words and words[-1][1] in ("St", "St.", "Saint")):
                    break  # "Early Help and the Virtual School"; but "St Peter and St Paul"
            if (
                word.isupper()
                and word.lower() in CAPS_SENTENCE_WORDS
                and not (word == "AND" and words and words[-1][1] in ("ST", "ST.", "SAINT"))
            ):
                break  # a sentence in capitals: "THE GARDEN WHERE IT HAPPENED IS BEHIND SCHOOL"
            seen_name = seen_name or word.lower().strip(".") not in SCHOOL_GENERIC
            words.append((pos, word))
        # Drop leading connectors and sentence words ("Yesterday", "At", "The"), but keep
        # "Our Lady of Lourdes", a namesake's title ("Sir Edmund Blyth High School") and a
        # capital "The" inside a sentence ("a PRU (The Bridge Learning Centre)").
        while (
            words
            and not (words[-1][1] == "Our" and len(words) > 1 and words[-2][1].startswith("Lady"))
            and not (
                len(words) > 1
                and words[-1][1] in NAMESAKE_TITLES
                and words[-2][1][:1].isupper()
                and words[-2][1].lower() not in SCHOOL_GENERIC
            )
            and not (
                words[-1][1] == "The" and len(words) > 1 and _inside_sentence(text, words[-1][0])
            )
            and not (
                # A compass point opening the name: "East London Sixth Form College", "North
                # Star Primary".
                words[-1][1].lower() in COMPASS_WORDS
                and words[-1][1][0].isupper()
                and len(words) > 1
                and words[-2][1][:1].isupper()
                and words[-2][1].lower() not in SCHOOL_GENERIC
                and words[-2][1].lower() not in lex.protected
            )
            and not (
                # A surname's particle opening the name: "de Ferrers Academy".
                words[-1][1] in ("de", "le")
                and len(words) > 1
                and words[-2][1][:1].isupper()
                and words[-2][1].lower() not in SCHOOL_GENERIC
            )
            and (
                words[-1][1][0].islower()
                or words[-1][1] == "&"
                or LEADING_NOT_NAME_RE.fullmatch(words[-1][1]) is not None  # "Y6", "We're"
                or words[-1][1] in SCHOOL_LEAD_POSTS  # "Shona Grant, HT Culloden Moor Primary"
                or words[-1][1].lower() in SCHOOL_VERBS  # "Attends Portbrae Academy"
                or (
                    words[-1][1].lower().strip(".") in lex.protected
                    and words[-1][1].lower().strip(".") not in ("st", "saint")
                    and words[-1][1].lower() not in SCHOOL_GENERIC - {"the", "our", "a", "this"}
                )
            )
        ):
            words.pop()
        name_words = [w for _, w in words]
        if not any(
            (w.lower().strip(".") not in SCHOOL_GENERIC and w.lower() not in lex.protected)
            or w.lower().strip(".") in ("st", "saint")
            for w in name_words
        ):
            continue
        if name_words and name_words[0].lower() in NOT_BEFORE_SCHOOL_KIND:
            continue  # "Humberside Police School Liaison": a police force's post
        first = words[-1][0]
        tail = SCHOOL_TAIL_RE.match(text, m.end())
        end = tail.end() if tail else m.end()
        if (
            end == m.end()
            and (m.group(0)[:1] in "AC" or m.group(0).startswith("Sixth"))
            and PLACE_AFTER_KIND_RE.match(text, end)
        ):
            end = _place_after_kind(text, end, lex)  # "Harris Academy Peckham", "... LSST,"
        elif (
            text[first:end].rsplit(None, 1)[-1].lower() not in TOWN_AFTER_KINDS
            and (town := TOWN_INSIDE_SENTENCE_RE.match(text, end)) is not None
            and town.group("w").lower() in towns()
            and town.group("w").lower() not in lex.protected
        ):
            end = town.end()  # "Little Stars Nursery Normanton cos she wrote": its town too
        found.append(Entity(first, end, "SCHOOL"))
    found += _celtic_schools(text)
    if "City College " in text:
        found += [
            Entity(m.start(), m.end(), "SCHOOL")
            for m in CITY_COLLEGE_RE.finditer(text)
            if m.group("town").lower() in towns()
        ]
    found += _lower_case_schools(text)
    found += _schools_by_context(text, found)
    found += _schools_by_setting(text)
    found += _youth_settings(text)
    found += _titled_youth_settings(text)
    if FAITH_YOUTH_HINT_RE.search(text) is not None:
        found += _faith_youth_settings(text)
    found += _age_group_teams(text) + _childrens_homes(text)
    if "play" in text:
        found += _plays_for_teams(text)
    found += _kind_settings(text)
    if "Trust" in text or "Partnership" in text or "Federation" in text:
        found += _trusts(text)
    if "Camp " in text:
        found += [
            Entity(m.start(), m.end(), "SCHOOL")
            for m in CAMP_NAME_RE.finditer(text)
            if m.group(1).lower() not in NOT_CAMP_NAMES
            and zipf_of(m.group(1).lower(), zipf_table()) < CAMP_NAME_MAX_ZIPF
            and m.group(1).lower() not in places_abroad()
            and not any(
                w.lower() in _one_word_roles() or w.lower() in KIND_NAME_POSTS
                for w in m.group(0).split()[1:]
            )
        ]
    if "UTC" in text:
        found += [
            Entity(m.start(), m.end(), "SCHOOL")
            for m in UTC_NAME_RE.finditer(text)
            if m.group(1).lower() not in TIME_ZONE_WORDS
        ]
    found += _lower_place_settings(text)
    found += _settings_in_slots(text, lowered(text))
    found += _school_repeats(text, found)
    out: list[Entity] = []
    for e in found:
        out += _split_at_post(text, _with_kind_after(text, e))
    return out


# A camp named after "Camp": "Camp Hollowbrook", "Camp Medway Lakes", "Camp Glan Môr"; not a
# stadium, a festival or a summit ("Camp Nou", "Camp Bestival", "Camp David").
CAMP_NAME_RE = factored.compile(
    r"(?<![\w'’\-])Camp[ \t]+([A-Z][\w'’\-]*)(?:[ \t]+[A-Z][\w'’\-]*){0,2}(?![\w'’\-])"
)
NOT_CAMP_NAMES = word_set("nou david bestival america x")
# A camp's own word is one English hardly writes ("Hollowbrook"; not "Camp Director", "Camp
# Hill", "Camp Olympics"), and no role follows it ("Camp Safeguarding Lead").
CAMP_NAME_MAX_ZIPF = 3.5
# A university technical college: "Tottenham UTC", "Elstree Screen Arts UTC"; not the time
# ("Timestamps UTC", "in UTC").
UTC_NAME_RE = factored.compile(r"(?<![\w'’\-])([A-Z][a-z]+)(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]+UTC\b")
TIME_ZONE_WORDS = word_set("time times timestamp timestamps zone in at all logged")


# A trust, partnership or federation of schools named in full, whatever its name's words (a
# region, an everyday word, a diocese): "Pennine Crest Learning Trust", "Diocese of St Albans
# Multi-Academy Trust", "Charnwood Learning Partnership", "Castleford Federation of Schools".
TRUST_NAME_RE = factored.compile(
    r"(?<![\w'’\-])(?:[A-Z][\w'’\-]*[ \t]+(?:(?:of|and|&)[ \t]+)?){1,5}"
    r"(?:(?:Multi[ \t-]Academy|Academies|Academy|Schools|Learning|Education|Educational|STEM|"
    r"Church[ \t]+Schools)[ \t]+(?:Trust|Partnership(?:[ \t]+Trust)?)|"
    # "Wickersley Partnership Trust"
    r"Partnership[ \t]+Trust|"
    r"Federation[ \t]+of[ \t]+Schools)"
    r"(?=['’]s\b|[^\w'’\-]|\Z)"
)
# Words before a trust's name that are not part of it: "The", a sentence's or field's word.
TRUST_LEAD_WORDS = word_set("the our a part host from at of re ceo dsl and")


def _trusts(text: str) -> list[Entity]:
    """Trusts, partnerships and federations of schools named in full (TRUST_NAME_RE), as
    SCHOOL spans without a leading "The" (code-point offsets): a trust names the few schools
    it runs."""
    found = []
    for m in TRUST_NAME_RE.finditer(text):
        start = m.start()
        while True:
            word = text[start:].split(None, 1)[0]
            if word.lower() not in TRUST_LEAD_WORDS or start + len(word) >= m.end() - 10:
                break
            start = text.index(word, start) + len(word)
            while text[start] in " \t":
                start += 1
        words = text[start : m.end()].lower().replace("-", " ").split()[:-2]
        if all(w in TRUST_GENERIC_WORDS for w in words):
            continue  # "Safer Schools Partnership", "Our Multi Academy Trust": no trust's name
        found.append(Entity(start, m.end(), "SCHOOL"))
    return found


# Words of a trust's kind or of a scheme, not of a trust's name.
TRUST_GENERIC_WORDS = word_set(
    "safer multi academy local national regional county city our your their a an the of and & "
    "catholic diocesan church teaching"
)


# A school's post standing inside a school's finding: the caller's or the school's contact
# named with the setting ("Jo Tiernan DSL Haddington Vale High", "DSL Mr Haroon Shah",
# "Headteacher Llinos Wyn"). Only in title case or capitals, so "dsl" in a handle stays.
POST_IN_SCHOOL_RE = factored.compile(
    r"(?<![\w'’\-])(?:DSL|DDSL|Deputy[ \t]+DSL|Headteacher|Head[ \t]+Teacher|Headmaster|"
    r"Headmistress|HT|SENCO|SENCo|Principal)(?![\w'’\-])"
)
SCHOOL_PART_WORDS = word_set(
    "school academy college high primary grammar infants infant juniors junior nursery "
    "ysgol gaelscoil scoil prep"
)
TITLE_OPENING_RE = factored.compile(
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sister|Sr|Father|Fr|Rev)\.?[ \t]+(?=[A-Z])"
)


def _split_at_post(text: str, ent: Entity) -> list[Entity]:
    """A school's finding split at a post inside it (POST_IN_SCHOOL_RE): the post stays, a
    part holding a school's kind stays a school, a part opening with a title or a listed
    first name is the person holding the post, without the title, and any other part stays
    a school ("Jo Tiernan DSL Haddington Vale High" -> "Jo Tiernan",
    "Haddington Vale High"; "DSL Mr Haroon Shah" -> "Haroon Shah"). [ent] when none."""
    post = POST_IN_SCHOOL_RE.search(text, ent.start, ent.end)
    if post is None:
        return [ent]
    out = []
    for start, end in ((ent.start, post.start()), (post.end(), ent.end)):
        part = text[start:end]
        lead = len(part) - len(part.lstrip(" \t,–-:("))
        part = part.strip(" \t,–-:()")
        if not part or not part[0].isupper():
            continue
        start += lead
        end = start + len(part)
        if any(w.lower() in SCHOOL_PART_WORDS for w in part.split()):
            out.append(Entity(start, end, "SCHOOL"))
            continue
        title = TITLE_OPENING_RE.match(text, start, end)
        if title is not None:
            out.append(Entity(title.end(), end, "PERSON"))
        elif lexicon().any_first_name(part.split()[0].lower()):
            out.append(Entity(start, end, "PERSON"))
        else:
            out.append(Entity(start, end, "SCHOOL"))
    return out


# A school's kind after a name found without it: "st joseph's rc primary", "st luke's ce
# primary", and a club's junior side: "Beverley Cricket Club Colts", "Ballymena Rugby Club
# Minis".
KIND_AFTER_LOWER_NAME_RE = factored.compile(
    r"[ \t]+(?:(?:rc|r\.c\.|ce|c\.e\.|c[ \t]+of[ \t]+e|cofe|catholic)[ \t]+)?"
    r"(?:primary|junior|juniors|infant|infants|academy)(?:[ \t]+school)?(?![\w'’])"
)
CLUB_SIDE_NAME_RE = factored.compile(r"[ \t]+(?:Colts|Minis|Midis|Juniors|Youth)(?![\w'’])")
# A school's special or resourced provision written after its name, part of what the family
# knows it by: "Millbrook Primary Special Provision", "Kingsway Academy Resource Base",
# "Oak Hill School ASD Unit".
PROVISION_AFTER_SCHOOL_RE = factored.compile(
    r"[ \t]+(?:(?:Special|Specialist|Enhanced|Additionally[ \t]+Resourced|SEN|SEND|ASD|"
    r"Autism|Hearing|Deaf|Language)[ \t]+(?:Provision|Resource[ \t]+Base|Base|Unit|Centre)"
    r"|Resource[ \t]+Base|ARP)(?![\w'’])"
)
SCHOOL_KIND_LAST_WORDS = word_set("primary school academy college high junior juniors infants")


def _with_kind_after(text: str, ent: Entity) -> Entity:
    """A school written in lower case or a club found without the kind or side written after
    it, or a school without its provision, taken on over it (KIND_AFTER_LOWER_NAME_RE,
    CLUB_SIDE_NAME_RE, PROVISION_AFTER_SCHOOL_RE)."""
    name = text[ent.start : ent.end]
    if name.islower():
        m = KIND_AFTER_LOWER_NAME_RE.match(text, ent.end)
    elif name.endswith("Club"):
        m = CLUB_SIDE_NAME_RE.match(text, ent.end)
    elif name.rsplit(None, 1)[-1].lower() in SCHOOL_KIND_LAST_WORDS:
        m = PROVISION_AFTER_SCHOOL_RE.match(text, ent.end)
    else:
        return ent
    return Entity(ent.start, m.end(), ent.type) if m is not None else ent


# --- teams and homes where children are known by name -----------------------------------------
# A club's team for an age group, where children train as they learn at a school: "Farsley Vale
# U13 Blues", "Harpenden Hawks U14 Netball", "Culcheth Moss U14 girls' netball", "Harrow Weald
# Cricket Club U14s", "Crymych Eagles RFC Under 14s". Found from the age group (a literal,
# few), the club's capitalised words read back from it (a determiner or a sentence's first
# word not among them) and the team's word or sport read on. A club's kind may be written in
# capitals among them ("Hackney Wick FC U14").
AGE_GROUP_RE = factored.compile(r"\b(?:U|Under[ \t]+)(?:[6-9]|1\d|2[0-3])s?\b")
TEAM_WORDS_BEFORE_RE = factored.compile(
    r"(?<![\w'’\-])(?:(?:[A-Z][a-z][\w'’\-]*|(?:A|J)?FC|GAA|GAC|RFC|RLFC|ABC|CC|HC) ){1,4}\Z"
)
TEAM_AFTER_RE = factored.compile(
    r" (?:(?:girls|boys)['’]? )?(?:(?!Parents|Dads|Mums|Group|Chat|Team|Squad|Players|Coach)"
    r"[A-Z][a-z]+|netball|football|rugby|hockey|cricket|basketball)(?![\w'’])"
)
TEAM_NOT_FIRST = word_set("the our my his her their a an this that at for in with and or of to")
# The club's first word names its place or is a word English hardly writes ("Farsley",
# "Culcheth"): not "Rocket League U16", "Football Dads U12s", "Eagles U9".
TEAM_FIRST_MAX_ZIPF = 4.0


# A team named by one word before its age group, a word English writes less than this
# ("Ravens" 3.4; not "Boys", "Girls", "Mixed").
TEAM_ONE_WORD_MAX_ZIPF = 4.0
# (and after "youth", "girls" or "junior" as a team's kind: JUNIOR_TEAM_SPORTS)
TEAM_SPORTS = word_set(
    "netball football rugby hockey cricket basketball swimming gymnastics athletics tennis "
    "badminton judo karate boxing dance cheer"
)


def _age_group_teams(text: str) -> list[Entity]:
    """Clubs' teams for an age group (AGE_GROUP_RE), as SCHOOL spans."""
    found: list[Entity] = []
    if "U" not in text:
        return found
    for m in AGE_GROUP_RE.finditer(text):
        back = TEAM_WORDS_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
        if back is None:
            continue
        start = back.start()
        for word in back.group(0).split():
            if word.lower() not in TEAM_NOT_FIRST:
                break
            start = text.index(word, start) + len(word)
            while text[start] in " \t":
                start += 1
        words = text[start : m.start()].split()
        # A saint's name is the club's first word after "St": "St Colmcille's U17s".
        if not words or (
            len(words) == 1
            and (
                not words[0][1:].islower()
                or words[0].lower() in lexicon().protected
                or words[0].lower() in TEAM_SPORTS
            )
        ):
            continue  # one word in title case, no sport's: not "GAA U12 girls", "Netball U12"
        first = words[1] if len(words) > 1 and words[0] in ("St", "Saint") else words[0]
        if zipf_of(first.lower(), zipf_table()) >= (
            TEAM_FIRST_MAX_ZIPF if len(words) >= 2 else TEAM_ONE_WORD_MAX_ZIPF
        ):
            continue  # one word only where English seldom writes it: "the Ravens U13s"
        after = TEAM_AFTER_RE.match(text, m.end())
        found.append(Entity(start, after.end() if after else m.end(), "SCHOOL"))
    return found


# A child's team after "plays for": "plays for Hendon Rangers", "plays U12s for Didsbury
# Dynamos", "plays for Hope Sports U10s" (a junior team is a youth setting). Not a country, a
# nation or a professional club's name ("play for Lithuania", "Cardiff City FC", "Mansfield
# Town", "Ulster's academy"), which keep.py's lists and _plays_for_teams leave.
PLAYS_FOR_RE = factored.compile(
    r"\bplay(?:s|ed|ing)?[ \t]+(?:(?:U|Under[ \t]?)\d{1,2}s?[ \t]+)?"
    r"(?:(?:football|rugby|cricket|netball|hockey|basketball|shinty|hurling)[ \t]+)?for[ \t]+"
    r"(?P<t>(?:St\.?[ \t]+)?[A-Z][\w'’\-]*(?:[ \t]+(?:[A-Z][\w'’\-]*|&)){0,3}"
    r"(?:[ \t]+(?:U|Under[ \t]?)\d{1,2}s?)?)(?![\w'’\-])"
)
# A club's last word that a professional club is named with: without an age group or a youth
# word, the team is an adult's ("Darlington FC", "Manchester City").
SENIOR_CLUB_ENDS = word_set("fc afc city town united county athletic")
YOUTH_TEAM_WORDS = word_set("juniors junior youth colts girls boys jfc minis academy")


@cache
def _team_places() -> frozenset[str]:
    """Towns, places abroad, nationalities and regions: no child's team (one union, made once)."""
    return towns() | places_abroad() | nationalities() | regions()


def _plays_for_teams(text: str) -> list[Entity]:
    """Teams after "plays for" (PLAYS_FOR_RE), as SCHOOL spans."""
    found = []
    known = _team_places()
    for m in PLAYS_FOR_RE.finditer(text):
        team = m.group("t")
        words = team.split()
        lows = [w.lower() for w in words]
        if " ".join(lows) in known or words[-1].endswith(("'s", "’s")):
            continue  # "play for Lithuania", "play for Ulster's academy"
        youth = AGE_GROUP_RE.search(team) is not None or any(w in YOUTH_TEAM_WORDS for w in lows)
        if lows[-1] in SENIOR_CLUB_ENDS and not youth:
            continue
        if len(words) == 1 and zipf_of(lows[0], zipf_table()) >= TEAM_ONE_WORD_MAX_ZIPF:
            continue  # "plays for England", "plays for Chelsea"
        # Without a plural's possessive stop: "plays for Wigan Warriors' amateur side".
        end = m.end("t") - 1 if team.endswith(("'", "’")) else m.end("t")
        found.append(Entity(m.start("t"), end, "SCHOOL"))
    return found


# A children's home named before what it is: "Hollybank House (children's home)", "young
# person at Westgate Lodge residential home", "INCIDENT REPORT - Trentham Lakes House
# (children's home)". Where a child lives and is known, like a school.
# The kinds a children's home is named beside, found first (the name is looked for around
# them): "Hollybank House (children's home)", "young person at Westgate Lodge residential
# home", "residents of Parklands children's home", "placed at Beechwood residential".
HOME_KIND_RE = factored.compile(
    r"(?:children['’]s[ \t]+home|residential[ \t]+(?:home|unit|children['’]s[ \t]+home)"
    # A secure setting: "Thornbury Hall Secure Unit", "Medway Secure Training Centre".
    r"|Secure[ \t]+(?:Unit|Training[ \t]+Centre))\b"
    r"|(?P<at>\b(?:placed|residential[ \t]+placement)[ \t]+at[ \t]+)"
)
# A house's name before the kind, perhaps a bracket, a comma or a dash and "a", "our" or
# "the" between: "INCIDENT REPORT - Trentham Lakes House (children's home)".
HOUSE_BEFORE_KIND_RE = factored.compile(
    r"(?<![\w'’\-])(?P<p>(?:[A-Z][\w'’\-]*[ \t]+){1,3}(?:House|Lodge|View|Cottage|Court|"
    r"Grange|Hall|Place))[ \t]*(?:\([ \t]*|,[ \t]*|[-–][ \t]*)?(?:(?:a|our|the)[ \t]+)?\Z"
)
# Any name of one to three capitalised words right before the kind, a bracket perhaps between
# ("Tash @ Rosehill (children's home)"), or after "placed at".
NAME_BEFORE_KIND_RE = factored.compile(
    r"(?<![\w'’\-])(?P<p>(?:[A-Z][\w'’\-]*[ \t]+){0,2}[A-Z][\w'’\-]*)[ \t]*\(?[ \t]*\Z"
)
NAME_AFTER_PLACED_RE = factored.compile(r"(?:[A-Z][\w'’\-]*[ \t]+){0,2}[A-Z][\w'’\-]*")
# Words that open no home's name: "a Leeds children's home", "Our residential home".
NOT_HOME_NAME_WORDS = word_set(
    "a an the our their his her my this that private secure local placement home setting"
)


# In a text about residential care (matched in its lower case), a house's name is the home's:
# "gone missing from Ferndale House", "registered manager of Larkspur House", "INCIDENT LOG –
# Highfield Cottage (solo placement)". Not a council's building, a shop or a place to visit
# ("Council House", "Chicken Cottage", "Grand Opera House"), nor a boarding house (kept in
# keep.py).
RESIDENTIAL_CARE_RE = factored.compile(
    r"children['’]s[ \t]+homes?|residential|placements?\b|registered[ \t]+manager|"
    r"semi-independent|looked[ \t\-]after|residents|shift[ \t]+lead|handover|"
    r"night[ \t]+(?:log|worker|staff|shift)|waking[ \t]+night|significant[ \t]+event|"
    r"deputy[ \t]+manager|our[ \t]+(?:young[ \t]+people|girls|boys|home)\b|the[ \t]+home\b|"
    # "a resident (J.) found", "RSW at Tall Trees", "night manager, Redbrook House", "the home
    # manager", "care home", "key work sessions"
    r"resident\b|\brsw\b|night[ \t]+manager|home[ \t]+manager|care[ \t]+home|key[ \t\-]?work|"
    # "three girls placed at different homes", "placed with us"
    r"\bplaced[ \t]+(?:at|in|with)\b"
)
# What every match of RESIDENTIAL_CARE_RE holds (most texts hold none: no search).
RESIDENTIAL_CARE_HINTS = (
    "children's home",
    "children’s home",
    "residen",
    "placement",
    "manager",
    "independent",
    "looked",
    "shift",
    "handover",
    "night",
    "significant",
    "our young",
    "our girls",
    "our boys",
    "our home",
    "the home",
    "rsw",
    "care home",
    "key work",
    "key-work",
    "keywork",
    "placed",
)
# A form's "Home:" field in a text about residential care, holding a name and no number or
# street: "Home: Brambles, part of Aspire Homes", "Home: Willowbrook" (not a town's name).
HOME_FIELD_RE = factored.compile(
    r"^[ \t]*Home:[ \t]*(?P<h>(?:The[ \t]+)?[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]*(?=,|\(|\n|\Z)",
    re.M,
)
# In a text about residential care, a home named with no house's word: in brackets after
# "our home" ("our home (The Willows, Telford)"), after the staff who work there ("RSW at
# Tall Trees", "a worker from Brookfield"), or listed after "homes" ("Homes affected:
# Beechwood, The Laurels, Moorside", "homes in Basildon (Wellington House, The Pines)").
HOME_NAME = r"(?:The[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?"
HOME_LIST = HOME_NAME + r"(?:[ \t]*,[ \t]*" + HOME_NAME + r")+"
HOME_NAMED_RE = factored.compile(
    r"\b(?:our[ \t]+home[ \t]*\([ \t]*"
    r"|(?:RSW|rsw|(?:support|residential|care)[ \t]+worker|night[ \t]+staff|nights)[ \t]+"
    r"(?:at|from)[ \t]+)"
    r"(?P<h>" + HOME_NAME + r")(?=[ \t]*[,.;:)?!(\n]|[ \t]+(?:in|at|on|and|is|has)\b|\Z)"
    r"|\b[Hh]omes(?:[ \t]+(?:affected|involved|concerned))?[ \t]*:[ \t]*(?P<l>" + HOME_LIST + r")"
    r"|\bhomes\b[^.\n()]{0,40}\((?P<b>" + HOME_LIST + r")\)"
)
HOME_NAME_RE = factored.compile(HOME_NAME)
# A house's word, then the one or two capitalised words before it.
CARE_HOME_WORD_RE = factored.compile(r"(?:House|Lodge|Cottage|Farm|Grange)(?![\w'’\-])")
CARE_HOME_NAME_BEFORE_RE = factored.compile(r"(?<![\w'’\-])(?:[A-Z][a-z][\w'’\-]*[ \t]+){1,2}\Z")
NOT_CARE_HOME_WORDS = word_set(
    "council boarding grand opera open chicken ronald jesus guest safe halfway wendy town "
    "the our their a this that at in to from"
)
# In a text about alternative provision, a centre or hub's name is the setting's: "Greenway
# Centre (AP)", "Hollinwood Centre (Oldham PRU)", "Mark from Riverbank AP". Not a council's
# or a town's centre ("Civic Centre", "Leisure Centre"). The text's words in capitals, then
# its lower case.
ALTERNATIVE_PROVISION_RE = factored.compile(r"\bPRUs?\b|\bAP\b")
ALTERNATIVE_PROVISION_LOW_RE = factored.compile(
    r"pupil[ \t]+referral|alternative[ \t]+provision|managed[ \t]+move|\bpru\b|"
    r"the[ \t]+unit\b|behaviour[ \t]+(?:log|summary|watch|record)"
)
ALTERNATIVE_PROVISION_HINTS = (
    "referral",
    "alternative",
    "managed",
    "pru",
    "the unit",
    "behaviour log",
    "behaviour summary",
    "behaviour watch",
    "behaviour record",
)
AP_SETTING_WORD_RE = factored.compile(r"(?:Centre|Hub|Base|AP)(?![\w'’\-])")
AP_SETTING_NAME_RE = factored.compile(
    r"(?<![\w'’\-])(?:[A-Z][a-z][\w'’\-]*[ \t]+){1,2}(?:Centre|Hub|Base|AP)(?![\w'’\-])"
)
NOT_AP_SETTING_WORDS = NOT_CARE_HOME_WORDS | word_set(
    "civic leisure health medical community job shopping city sports youth family contact "
    "assessment resource test call data visitor advice children's childrens arts science "
    "heritage garden conference business safer"
)


def _names_before(text: str, kinds: factored.Regex, not_first: frozenset[str]) -> list[Entity]:
    """Each word kinds finds with the one or two capitalised words before it
    (CARE_HOME_NAME_BEFORE_RE), the first not one of not_first, as SCHOOL spans."""
    found = []
    for m in kinds.finditer(text):
        s = m.start()
        if s == 0 or text[s - 1] not in " \t":
            continue
        before = CARE_HOME_NAME_BEFORE_RE.search(text, max(0, s - 60), s)
        if before is not None and text[before.start() : s].split()[0].lower() not in not_first:
            found.append(Entity(before.start(), m.end(), "SCHOOL"))
    return found


def _about_provision(text: str) -> bool:
    """Whether text speaks of alternative provision (ALTERNATIVE_PROVISION_RE and _LOW_RE)."""
    if ("PRU" in text or "AP" in text) and ALTERNATIVE_PROVISION_RE.search(text) is not None:
        return True
    low = lowered(text)
    return (
        any(hint in low for hint in ALTERNATIVE_PROVISION_HINTS)
        and ALTERNATIVE_PROVISION_LOW_RE.search(low) is not None
    )


def names_provision_setting(text: str, name: str) -> bool:
    """Whether name ("Greenway Centre") is an alternative provision's in text: a centre, hub,
    base or AP named in a text that speaks of alternative provision (_about_provision), its
    first word not a council's or town's (NOT_AP_SETTING_WORDS)."""
    return (
        AP_SETTING_NAME_RE.fullmatch(name) is not None
        and name.split(None, 1)[0].lower() not in NOT_AP_SETTING_WORDS
        and _about_provision(text)
    )


def _homes_named(text: str) -> list[Entity]:
    """Children's homes named with no house's word in a text about residential care
    (HOME_NAMED_RE), as SCHOOL spans; never a town, a place or a word a list keeps."""
    found: list[Entity] = []
    lex = lexicon()
    for m in HOME_NAMED_RE.finditer(text):
        group = next(g for g in ("h", "l", "b") if m.start(g) >= 0)
        for name in HOME_NAME_RE.finditer(text, m.start(group), m.end(group)):
            start, end = name.span()
            bare = text[start:end].lower().removeprefix("the ")
            if bare in towns() or bare in _places() or bare in lex.protected:
                continue
            found.append(Entity(start, end, "SCHOOL"))
    return found


def _home_names(text: str) -> list[Entity]:
    """Children's homes named beside their kind (HOME_KIND_RE): a house's name before it
    whole, or any name before it or after "placed at" but a label, an article, a town or a
    kept word."""
    found: list[Entity] = []
    lex = lexicon()
    for kind in HOME_KIND_RE.finditer(text):
        if kind.start("at") >= 0:
            name = NAME_AFTER_PLACED_RE.match(text, kind.end())
            if name is None:
                continue
            start, end = name.span()
        else:
            house = HOUSE_BEFORE_KIND_RE.search(text, max(0, kind.start() - 80), kind.start())
            if house is not None:
                found.append(
                    Entity(
                        house.start("p"), _with_secure_kind(text, house.end("p"), kind), "SCHOOL"
                    )
                )
                continue
            name = NAME_BEFORE_KIND_RE.search(text, max(0, kind.start() - 60), kind.start())
            if name is None:
                continue
            start, end = name.span("p")
        # A label or article before the name: "Placement Rosewood (children's home)".
        while (space := text.find(" ", start, end)) > 0 and text[
            start:space
        ].lower() in NOT_HOME_NAME_WORDS:
            start = space + 1
        low = text[start:end].lower()
        if (
            low in NOT_HOME_NAME_WORDS
            or low in lex.protected
            or low in _places()
            or low.replace("’", "'") == "children's"
        ):
            continue
        found.append(Entity(start, _with_secure_kind(text, end, kind), "SCHOOL"))
    return found


def _with_secure_kind(text: str, end: int, kind: re.Match[str]) -> int:
    """Where a home's name ending at `end` ends with its kind: over a secure setting's kind
    written straight after it, part of its name ("Thornbury Hall Secure Unit")."""
    if text.startswith("Secure", kind.start()) and text[end : kind.start()] == " ":
        return kind.end()
    return end


def _childrens_homes(text: str) -> list[Entity]:
    """Children's homes named beside their kind (_home_names) or in a text about residential
    care (CARE_HOME_WORD_RE), and alternative provision named in a text about it
    (AP_SETTING_WORD_RE), as SCHOOL spans."""
    found: list[Entity] = []
    if (
        "home" in text
        or "unit" in text
        or "placed" in text
        or "placement" in text
        or "Secure" in text
    ):
        found += _home_names(text)
    low = lowered(text)
    if any(hint in low for hint in RESIDENTIAL_CARE_HINTS) and RESIDENTIAL_CARE_RE.search(low):
        found += _names_before(text, CARE_HOME_WORD_RE, NOT_CARE_HOME_WORDS)
        found += _homes_named(text)
        if "Home:" in text:
            found += [
                Entity(m.start("h"), m.end("h"), "SCHOOL")
                for m in HOME_FIELD_RE.finditer(text)
                if m.group("h").lower() not in towns()
            ]
    if _about_provision(text):
        found += _names_before(text, AP_SETTING_WORD_RE, NOT_AP_SETTING_WORDS)
    return found


# --- schools and settings known by where they stand ------------------------------------------
# A year group and then the school: "(S3, St Mungo's)", "YEAR 8 ST OSWALDS", "yr 6 st jude's",
# "(Year 7, Sacred Heart)"; a word English hardly knows closing a bracket after the year
# group is one too: "(kai, yr 7 queensbridge)".
YEAR_THEN_SCHOOL_RE = FoldedRunStart(
    factored.compile(
        r"\b(?:year|yr|y|s)[ \t]?\d{1,2},?[ \t]+(?P<p>(?:st\.?|saint)[ \t]+[a-z][\w\-]*(?:['’]s)?"
        r"|sacred[ \t]+heart|holy[ \t]+(?:trinity|cross|family|rosary|spirit|name|redeemer|ghost)"
        r"|(?P<w>[a-z][a-z'’\-]*(?:[ \t]+[a-z][a-z'’\-]*)?)(?=[ \t]*\)))(?![\w'’])",
        re.I,
    ),
    r"\b(?:year|yr|y|s)[ \t]?[0-9]{1,2}[, \t]",
)
# A school after "at" with a year group after it: "at Ravensworth Year 8", "pupils at
# Kingsbridge (Year 9)", "yr 10 at the heath".
AT_THEN_YEAR_RE = run_start(
    r"\b(?:at|from)[ \t]+(?P<p>(?:the[ \t]+)?[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2})"
    r"[ \t]*,?\(?[ \t]*(?:Year|year|YEAR|Yr|yr|Y)[ \t]?\d{1,2}\b"
)
YEAR_AT_RE = FoldedRunStart(
    factored.compile(
        r"\b(?:year|yr|y)[ \t]?\d{1,2}[ \t]+at[ \t]+(?P<p>(?:the[ \t]+)?[a-z][a-z'’\-]*"
        r"(?:[ \t]+[a-z][a-z'’\-]*)?)(?=[ \t]*[).,;:\n]|\Z)",
        re.I,
    ),
    r"\b(?:year|yr|y)[ \t]?[0-9]{1,2}[ \t]",
)
# A role at a school and the school, in lower case in a note: "(dsl meadow view)", "head of
# year fairfield."; a labelled setting, school, club: "school bishops tachbrook.", "Club:
# Hartlepool Harriers juniors".
ROLE_SCHOOL_RE = factored.compile(
    r"\((?:dsl|ddsl|senco|deputy[ \t]+head|head[ \t]+of[ \t]+year|hoy|"
    r"safeguarding[ \t]+lead|pastoral[ \t]+lead)[ \t]+"
    r"(?P<p>[a-z][a-z'’\-]*(?:[ \t]+[a-z][a-z'’\-]*){0,2})\)"
    r"|\bhead[ \t]+of[ \t]+year[ \t]+(?P<q>[a-z][a-z'’\-]*(?:[ \t]+[a-z][a-z'’\-]*)?)"
    r"(?=[ \t]*[.,;\n])",
    re.I,
)
NOTE_SCHOOL_RE = factored.compile(
    r"(?:^|[.;\-–][ \t]+)(?:school|club|setting|nursery)[ \t]+"
    r"(?P<p>(?:[A-Za-z][\w'’\-]*[ \t]+){0,3}[A-Za-z][\w'’\-]*)(?=[ \t]*[.,;:\n]|\Z)",
    re.M | re.I,
)
CLUB_LABEL_RE = LineStart(
    r"^[ \t]*(?:club|team|setting|youth[ \t]+club|sports[ \t]+club)[ \t]*:[ \t]*"
    r"(?P<p>[A-Za-z][\w'’\-]*(?:[ \t]+[A-Za-z][\w'’\-]*){0,4})[ \t]*$",
    re.M | re.I,
)
CLUB_SIDE_AFTER_RE = factored.compile(r"(?:[ \t]+(?:juniors?|youth|seniors|u\d{1,2}s?))+\Z")
# A sports club's youth side: "Derry Rovers Youth", "Kelham Colts U12s", "Marsh Athletic
# juniors": where children are, like a school.
CLUB_RE = factored.compile(
    r"\b(?P<p>(?:[A-Z][\w'’\-]*[ \t]+){1,3}(?:Rovers|Harriers|Wanderers|Athletic|Albion|Colts|"
    r"Rangers|United|Town|Celtic|Juniors|Tigers|Lions|Eagles|Hawks|Panthers|Sharks|Saints)"
    r"[ \t]+(?:Youth|Juniors?|U\d{1,2}s?|Under[ \t]+\d{1,2}s?))\b"
)
# A club where a child plays or trains, or the club a note names, by its kind of name:
# "plays for Peckham Rye Rovers", "trains at Marsh Athletic", "club Peckham Rye Rovers",
# "Club is Ashby Town". Not a club watched or supported ("supports Manchester United").
# The slot, matched in the lower-cased text where one of CLUB_PLAYED_HINTS opens a word (found
# with str.find), then the club's name in the text as written.
CLUB_SLOT_RE = factored.compile(
    r"(?:plays?|playing|played|trains?|training|trained|signed)[ \t]+"
    r"(?:football[ \t]+|rugby[ \t]+)?(?:for|with|at)[ \t]+"
    r"|club(?:[ \t]*:|,)?[ \t]+|(?:coach|manager)[ \t]+(?:at|of|for)[ \t]+"
    r"|(?:swims?|swimming|swam|skates?|skating|dances?|dancing|competes?|competing|"
    r"coached|coaches|coaching|display|gala)[ \t]+(?:for|with|at)[ \t]+"
)
# A children's club named by its town and a plural of its own, after such a slot: "swims at
# Beeston Tritons", "used to coach at Stockton Selkies" (the town on the lists of towns).
CLUB_NICKNAME_RE = factored.compile(
    r"(?P<p>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+[A-Z][a-z]{2,}s)(?![\w'’])"
)
CLUB_PLAYED_NAME_RE = factored.compile(
    r"(?P<p>(?:[A-Z][\w'’\-]*[ \t]+){1,3}(?:Rovers|Harriers|Wanderers|Athletic|Albion|Colts|"
    r"Rangers|United|Town|Celtic|City|Juniors|Boys|Girls)(?:[ \t]+(?:J?FC|AFC|Juniors|Youth))?)"
    r"(?![\w'’])"
)
CLUB_PLAYED_HINTS = (
    "play",
    "train",
    "club",
    "signed",
    "coach",
    "manager",
    "swim",
    "swam",
    "skat",
    "danc",
    "compet",
    "display",
    "gala",
)


# A saint's name standing alone between commas or brackets, as a school is named after a
# child or a role: "Angel Murphy (09.09.2009) St Clare's, Liverpool", "(IT technician), St
# Brendan's, 0161 ...". Not a saint's day or church (those are kept), nor a street or town.
SAINT_ALONE_RE = factored.compile(
    r"(?:[,(][ \t]*|\)[ \t]+)(?P<p>(?:St\.?|ST\.?|Saint|SAINT)[ \t]+[A-Z][A-Za-z\-]*(?:['’][sS]|S)?"
    r"|(?:st\.?|saint)[ \t]+[a-z]{3,}(?:['’]s)?)"
    r"(?=[ \t]*(?:[,)]|\n|[.;][ \t\n]|\Z))"
)
# What every match of CLUB_RE and SAINT_ALONE_RE holds (the second in the lower-cased text):
# cheap searches that open with their own characters, so most texts skip the full patterns.
CLUB_SIDE_HINT_RE = factored.compile(r"U\d")
SAINT_ALONE_HINT_RE = factored.compile(r"[,(][ \t]*(?:st|saint)|\)[ \t]+(?:st|saint)")
BRACKET_AT_RE = factored.compile(
    r"\([ \t]*(?:\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}|\d{1,2}|y\d{1,2})[ \t]*\)[ \t]+at[ \t]+"
)
SETTING_NOT_WORDS = word_set(
    "said says told asked rang called trip staff council governors office run runs uniform "
    "policy report work day holidays holiday bus gate run there here today tomorrow"
)


# Words of schools' names that English uses often: "Holy Family", "Belle Vue Girls".
SETTING_NAME_WORDS = word_set(
    "holy family sacred heart trinity cross christ king our lady saint st girls boys church "
    "catholic rc ce juniors junior infants primary high grammar academy college"
)


def _setting_word(word: str, table: dict[str, float]) -> bool:
    w = possessive_base(word)  # "st james's" -> "james", not "jame"
    return table.get(w, 0.0) < 4.0 or w in SCHOOL_NAME_WORDS or w in SETTING_NAME_WORDS


def _names_a_setting(words: list[str], table: dict[str, float]) -> bool:
    """Words that can be a school's name, one of them rare or a church's ("bishops tachbrook",
    "belle vue girls", "holy family"), not everyday words ("contact for")."""
    return all(_setting_word(w, table) for w in words) and any(
        table.get(w, 0.0) < 3.0 or w in DEDICATION_WORDS for w in words
    )


DEDICATION_WORDS = word_set("holy sacred trinity christ st saint lady corpus blessed")


# A saint's name in the possessive standing alone is a school here: "the gates of St Eugene's
# in Derry", "Furness Academy and St Bernard's.", "staff - st bede's, Lanchester". Not a
# saint's day, church, hospital, street or place ("St Patrick's Day", "St Mary's Hospital",
# "St John's Wood"), nor a town without the possessive ("St Ives", "St Helier").
SAINT_POSSESSIVE_RE = factored.compile(
    r"(?<![\w'’])(?P<p>(?:(?:St\.?|ST\.?|Saint|SAINT)[ \t]+[A-Z][A-Za-z\-]+(?:['’][sS]|s['’])"
    r"|(?:st\.?|saint)[ \t]+[a-z]{3,}(?:['’]s|s['’])"
    # In a hurried note without the apostrophe, "st josephs": checked to be a saint's name.
    r"|(?:st\.?|saint)[ \t]+(?P<bare>[a-z]{3,})s)"
    # The church a school belongs to, written after its name: "st peter's ce", "St Anne's RC".
    r"(?:[ \t]+(?:ce|rc|r\.c\.|cofe|c[ \t]of[ \t]e|CE|RC|R\.C\.|C[ \t]of[ \t]E))?)(?![\w'’])"
    r"(?![ \t]+(?i:church|chapel|cathedral|abbey|priory|minster|hospital|hospice|day|eve|night|"
    r"park|road|rd|street|lane|avenue|way|close|square|place|gardens?|hall|centre|center|court|"
    r"house|well|wood|green|parish|clinic|surgery|medical|ward|unit|field|fields|quarter|"
    r"shopping|retail|bay|island|isle|head|gate|market|school|academy|college|primary|high|"
    r"grammar|rc|ce|catholic|infants?|juniors?|nursery)\b)"
)
SAINT_POSSESSIVE_HINT_RE = factored.compile(r"(?:st|saint)\.?[ \t]+[a-z]{3,}(?:['’]s|s\b|s['’])")
# Where a hospital is spoken of before it: "taken to St Mary's" is a hospital.
HOSPITAL_BEFORE_RE = factored.compile(
    r"\b(?:hospital|a&e|a ?and ?e|ambulance|admitted|ward|paramedics?)\b[^\n]{0,40}\Z", re.I
)
HOSPITAL_AFTER_RE = factored.compile(
    r"[^\n.]{0,30}\b(?:hospital|a&e|ambulance|admitted|ward|paramedics?)\b", re.I
)
# A school named for a saint, bishop or dedication after a word of going there or a role and
# a comma in brackets: "caller from bishop rawstorne - dom", "(chaplain, st john fisher)",
# "(senco, holy cross, strabane)", "she attends sacred heart.".
DEDICATED_NAME = (
    r"(?P<p>(?:bishop|cardinal|archbishop)[ \t]+[a-z][a-z\-]{2,}(?:['’]s)?"
    r"|holy[ \t]+(?:trinity|cross|family|rosary|spirit|redeemer|name)|sacred[ \t]+heart"
    r"|(?:st\.?|saint)[ \t]+(?:[a-z]{3,}['’]s|[a-z]{3,}[ \t]+[a-z]{3,}(?:['’]s)?))"
    r"(?=[ \t]*(?:[,.;:)\n]|[ \t]-[ \t]|\Z))"
)
DEDICATION_AFTER = (
    r"\b(?:from|at|attends?|attending|attended|goes[ \t]+to|went[ \t]+to)[ \t]+" + DEDICATED_NAME
)
DEDICATION_AFTER_RE = factored.compile(DEDICATION_AFTER, re.I)
DEDICATION_AFTER_LOW_RE = run_start(DEDICATION_AFTER)
DEDICATION_IN_BRACKETS_RE = factored.compile(
    r"\([ \t]*[a-z][a-z \t]{1,24},[ \t]*" + DEDICATED_NAME, re.I
)
DEDICATION_HINT_RE = run_start(r"\b(?:bishop|cardinal|archbishop|holy|sacred|st|saint)\b")
# A bishop's or cardinal's school is one word after the title, so the sentence may go on after
# it: "ioana (ta) from bishop fairweather asking how to report".
BISHOP_SCHOOL_GOING_ON_RE = factored.compile(
    r"\b(?:from|at|attends?|attending|attended|goes[ \t]+to|went[ \t]+to)[ \t]+"
    r"(?P<p>(?:bishop|cardinal|archbishop)[ \t]+[a-z][a-z\-]{2,}(?:['’]s)?)"
    r"(?=[ \t]+(?:asking|about|re|rang|called|calling|wants?|said|says|who|has|is|was)\b)",
    re.I,
)


def _dedicated_schools(text: str, low: str) -> list[Entity]:
    """Schools named for a saint or a dedication (see SAINT_POSSESSIVE_RE, DEDICATION_AFTER_RE)
    as SCHOOL spans (code-point offsets), the towns and protected words on our lists left."""
    if not DEDICATION_HINT_RE.search(low):
        return []
    lex = lexicon()
    found: list[Entity] = []
    if SAINT_POSSESSIVE_HINT_RE.search(low):
        for m in SAINT_POSSESSIVE_RE.finditer(text):
            if HOSPITAL_BEFORE_RE.search(
                text, max(0, m.start() - 60), m.start()
            ) or HOSPITAL_AFTER_RE.match(text, m.end()):
                continue
            bare = m.group("bare")
            if bare is not None and (
                bare not in lex.first_names
                or " ".join(m.group("p").lower().split()) in towns()
                or f"st {bare}s" in towns()
            ):
                continue  # "st helens", "st albans": towns; "st ends": no saint
            found.append(Entity(m.start("p"), m.end("p"), "SCHOOL"))
    dedicated = _ci_finditer(DEDICATION_AFTER_LOW_RE, DEDICATION_AFTER_RE, text)
    if "(" in text:
        dedicated = itertools.chain(dedicated, DEDICATION_IN_BRACKETS_RE.finditer(text))
    if "bishop" in low or "cardinal" in low:
        dedicated = itertools.chain(dedicated, BISHOP_SCHOOL_GOING_ON_RE.finditer(text))
    for m in dedicated:
        name = " ".join(m.group("p").lower().replace("’", "'").split())
        last = name.split()[-1].removesuffix("'s")
        if name in towns() or last in lex.protected or last in towns():
            continue
        found.append(Entity(m.start("p"), m.end("p"), "SCHOOL"))
    return found


# A line labelled as the school: "School: castle view", "SCHOOL: Carr Hill". Not what a
# note says of the school there ("School: informed", "School: not known", "School: n/a").
SCHOOL_LABEL_RE = LineStart(
    r"^[ \t]*(?:school|college|academy|school[ \t]+attended)[ \t]*:[ \t]*"
    r"(?P<p>[A-Za-z][\w'’\-]*(?:[ \t]+[A-Za-z][\w'’\-]*){0,3})[ \t]*\.?[ \t]*$",
    re.M | re.I,
)
SCHOOL_LABEL_NOT_WORDS = word_set(
    "not no yes none unknown na tbc tbd home same various ask asked is was has have will and "
    "or to of in on at for they he she we it their his her none known "
    "unsure left closed aware see above below out off n"
)
# A school after a job or a pupil there: "a cover supervisor at Tollbar.", "safeguarding at
# Kirkbie Kendal.", "staff at carr hill (kirkham)", "DSL of Kempston Modern". The name ends at
# punctuation or a bracket.
ROLE_AT_SCHOOL_RE = run_start(
    r"\b(?:(?:teachers?|teaching[ \t]+assistants?|cover[ \t]+supervisor|supply[ \t]+teacher|"
    r"governors?|headteacher|head[ \t]+teacher|deputy[ \t]+head|dsl|senco|staff|pupils?|"
    r"students?|safeguarding|form[ \t]+tutor|technician|chaplain)[ \t]+at"
    # A post a school has one of: "Asking as DSL of Kempston Modern", "headteacher of
    # Hazelwood Down" (not "head of", which heads a department: "Head of Religious Studies").
    r"|(?:dsl|DSL|senco|SENCO|SENCo|headteacher|Headteacher|head[ \t]+teacher|"
    r"chair[ \t]+of[ \t]+governors)[ \t]+of)[ \t]+"
    r"(?P<p>(?:[Tt]he[ \t]+)?[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2}"
    r"|[a-z][a-z'’\-]*(?:[ \t]+[a-z][a-z'’\-]*)?)(?=[ \t]*(?:[.,;(\n]|\Z))",
)


def _labelled_and_role_schools(text: str, low: str) -> list[Entity]:
    """Schools on a line labelled "School:" and after a job or a pupil "at" them (see
    SCHOOL_LABEL_RE, ROLE_AT_SCHOOL_RE), as SCHOOL spans (code-point offsets). Words the
    lists protect, towns and everyday words in lower case are left."""

    lex = lexicon()
    found: list[Entity] = []
    if ":" in text and ("school" in low or "college" in low or "academy" in low):
        for m in SCHOOL_LABEL_RE.finditer(text):
            words = m.group("p").lower().split()
            if all(w in SCHOOL_GENERIC for w in words) or any(
                w in SCHOOL_LABEL_NOT_WORDS
                or (w in lex.protected and w not in SCHOOL_GENERIC)
                or w.endswith("ed")
                for w in words
            ):
                continue  # "School: academy", "School: not known"; not "School: City Academy"
            found.append(Entity(m.start("p"), m.end("p"), "SCHOOL"))
    if " at " in low or " of " in low:
        table = zipf_table()
        for m in ROLE_AT_SCHOOL_RE.finditer(text):
            name = m.group("p")
            words = name.lower().split()
            if words[0] == "the":
                words = words[1:]
            if not words or " ".join(words) in towns() or words[0] in lex.protected:
                continue
            if name.islower() and not (
                (
                    all(table.get(w, 0.0) < 5.0 or w in SETTING_NAME_WORDS for w in words)
                    and any(table.get(w, 0.0) < 4.0 for w in words)
                )
                or _names_a_setting(words, table)
            ):
                continue  # "staff at home", "pupils at lunch"; but "staff at carr hill"
            if len(words) == 1 and table.get(words[0], 0.0) >= 3.0:
                continue  # "staff at Christmas", "pupils at Break"
            found.append(Entity(m.start("p"), m.end("p"), "SCHOOL"))
    return found


# --- schools named in a slot a school fills, whatever their words ---------------------------
# A post only a school has, then a comma or a bracket and the school, the name ending at a
# bracket, a comma, a full stop or the line's end: "deputy DSL, abbey grange", "(head of yr 9,
# marple hall)", "(yr 10 tutor, hove park)", "(dht, lime tree academy)". Matched on the
# lower-cased text (same offsets).
SCHOOL_POST_SLOT_RE = run_start(
    r"\b(?:dsl|ddsl|dht|senco|hoy|head[ \t]+of[ \t]+(?:year|yr)(?:[ \t]?\d{1,2})?|"
    r"tutor|headteacher|head[ \t]+teacher|"
    r"deputy[ \t]+head(?:teacher)?|(?:pastoral|safeguarding|mental[ \t]+health)[ \t]+lead)"
    r"[ \t]*(?:,|[ \t]at)[ \t]*"
    r"(?P<p>[^\W\d_][\w'’\-]*(?:[ \t]+(?:&[ \t]+)?[^\W\d_][\w'’\-]*){0,4})"
    r"(?=[ \t]*(?:[),;(\n]|\.(?:[ \t]|\Z)|\Z))"
)
# A pupil's year group, a comma and the school, in brackets: "(Year 10, prospect)", "(yr 9,
# royton and crompton)".
YEAR_COMMA_SCHOOL_RE = factored.compile(
    r"\((?:year|yr|y)[ \t]?\d{1,2},[ \t]*"
    r"(?P<p>[^\W\d_][\w'’\-]*(?:[ \t]+(?:&[ \t]+)?[^\W\d_][\w'’\-]*){0,3})(?=[ \t]*\))"
)
# Everyday words a name in such a slot may still hold ("prospect", "lime tree"), not words
# English uses most ("original sender", "report account", "trust level").
SLOT_SCHOOL_WORD_MAX_ZIPF = 4.5
SLOT_SCHOOL_JOINERS = word_set("and & of the upon on c e rc ce cofe")
SLOT_SCHOOL_NOT_WORDS = word_set(
    "year yr form class group trust team staff female male girl boy sender report account "
    "names level primary secondary school college academy police council"
)
# Words the lists protect that a school's name holds ("st peter's", "lime tree academy").
SLOT_PROTECTED_NAME_WORDS = word_set("st saint academy school college primary high grammar")
SLOT_SCHOOL_KINDS = word_set("academy school college primary high grammar juniors infants")
SLOT_SCHOOL_NOT_BEFORE_KIND = word_set("local new old same other previous current secondary")
CHURCH_TAIL_RE = factored.compile(r"(?:[ \t]+(?:c[ \t]+of[ \t]+e|cofe|ce|rc|c\.e\.?))+\Z")


def _slot_names_school(name: str, table: dict[str, float], lex: Lexicon) -> bool:
    """Whether the words in a school's slot (see SCHOOL_POST_SLOT_RE) can be its name: not a
    title and a person ("Mrs Khan", "Grace Tennant"), a town, a word the lists protect (but
    "st"), or words English uses most; a name in capitals may be any words ("Fort Royal")."""
    folded = " ".join(name.lower().replace("’", "'").split())
    folded = CHURCH_TAIL_RE.sub("", folded)
    words = folded.split()
    if not words or folded in towns() or folded.removeprefix("the ") in towns():
        return False
    if folded in places_abroad():
        return False  # "(Y12, Lisbon)": a boarder's home city
    if words[0] in FAN_TITLES or words[0] in ("dr", "rev", "cllr", "pc", "dc"):
        return False
    if words[-1] in SLOT_SCHOOL_NOT_WORDS and len(words) == 1:
        return False
    named = [w.removesuffix("'s") for w in words if w not in SLOT_SCHOOL_JOINERS]
    if not named or any(w in SLOT_SCHOOL_NOT_WORDS and w not in SETTING_NAME_WORDS for w in named):
        return False
    if any(w in lex.protected and w not in SLOT_PROTECTED_NAME_WORDS for w in named):
        return False
    if not (name.islower() or name[0].isupper()):
        return False  # "log on Upshot": a sentence, not a name
    if (
        len(named) <= 2
        and named[0] in lex.first_names
        and named[-1] not in SCHOOL_NAME_WORDS
        and named[-1] not in SETTING_NAME_WORDS
    ):
        return False  # "Nadia Firth", "evie harrison": a person, found as one
    if name[0].isupper():
        return all(w[:1].isupper() for w in name.split() if w.lower() not in SLOT_SCHOOL_JOINERS)
    if len(named) >= 2 and named[-1] in SLOT_SCHOOL_KINDS:
        # Before a school's kind, everyday words are its name ("lime tree academy"); a word
        # that says which school is not ("our academy", "the local primary").
        return not any(w in DETERMINERS or w in SLOT_SCHOOL_NOT_BEFORE_KIND for w in named)
    return all(
        table.get(w, 0.0) < SLOT_SCHOOL_WORD_MAX_ZIPF
        or w in SCHOOL_NAME_WORDS
        or w in SETTING_NAME_WORDS
        for w in named
    )


def _schools_in_slots(text: str, low: str) -> list[Entity]:
    """Schools after a post only a school has and a comma, or after a year group in brackets
    (SCHOOL_POST_SLOT_RE, YEAR_COMMA_SCHOOL_RE), as SCHOOL spans (code-point offsets)."""

    if len(low) != len(text) or not ("," in text or " at " in low):
        return []
    lex = lexicon()
    table = zipf_table()
    found: list[Entity] = []
    for regex in (SCHOOL_POST_SLOT_RE, YEAR_COMMA_SCHOOL_RE):
        for m in regex.finditer(low):
            start, end = m.start("p"), m.end("p")
            name = text[start:end]
            if " at" in m.group(0)[: m.start("p") - m.start()] and name[0].isupper():
                continue  # "Head of Year at Kingsmead": found by the school's own rules
            if _slot_names_school(name, table, lex):
                found.append(Entity(start, end, "SCHOOL"))
    return found


def _schools_by_setting(text: str) -> list[Entity]:

    found: list[Entity] = []
    low = lowered(text)
    lex = lexicon()
    table = zipf_table()
    listed = _people_words()
    for m in YEAR_THEN_SCHOOL_RE.finditer(text):
        if m.group("w") is not None:
            words = m.group("w").lower().split()
            if any(table.get(w, 0.0) >= 2.5 or w in lex.protected or w in listed for w in words):
                continue  # "(both Year 7 tutors)"
        found.append(Entity(m.start("p"), m.end("p"), "SCHOOL"))
    if " at " in low or " from " in low:
        for m in AT_THEN_YEAR_RE.finditer(text):
            if m.group("p").split()[0].lower() not in lex.protected:
                found.append(Entity(m.start("p"), m.end("p"), "SCHOOL"))
        for m in YEAR_AT_RE.finditer(text):
            words = m.group("p").lower().split()
            if words[-1] in lex.protected or words[-1] in SETTING_NOT_WORDS:
                continue
            named = [w for w in words if w != "the"]
            if all(w in SCHOOL_GENERIC or w in ("comp", "tech", "uni") for w in named):
                continue  # "yr 9 at the comp", "year 10 at the academy": a kind, no name
            if not (
                _names_a_setting(named, table)
                or (words[0] == "the" and all(_setting_word(w, table) for w in named))
            ):
                continue  # "Year 9 at the moment"; but "yr 10 at the heath"
            found.append(Entity(m.start("p"), m.end("p"), "SCHOOL"))
    for m in ROLE_SCHOOL_RE.finditer(text):
        group = "p" if m.group("p") is not None else "q"
        words = m.group(group).lower().split()
        if any(w in lex.protected or w in SETTING_NOT_WORDS or w in listed for w in words):
            continue
        if (group == "q" or len(words) == 1) and not all(_setting_word(w, table) for w in words):
            continue  # "Head of Year informed", "(DSL advised)"; but "(dsl pennine way)"
        found.append(Entity(m.start(group), m.end(group), "SCHOOL"))
    if "school " in low or "club" in low or "setting" in low or "nursery " in low:
        for m in NOTE_SCHOOL_RE.finditer(text):
            words = m.group("p").lower().split()
            if (
                (words[0] in lex.protected and words[0] not in ("st", "saint"))
                or words[0] in SETTING_NOT_WORDS
                or words[0]
                in (
                    "is",
                    "was",
                    "the",
                    "a",
                    "and",
                    "has",
                    "have",
                    "had",
                    "said",
                    "says",
                    "to",
                    "on",
                    "in",
                    "at",
                    "for",
                    "of",
                    "not",
                    "says",
                    "will",
                    "would",
                    "can",
                    "could",
                )
            ):
                continue
            # A church's mark after the name is no word of it ("school Wrenponds C of E"); a
            # name in capitals with a word English does not know is one whatever its other
            # words ("School City Academy Dunholme Vale").
            named = CHURCH_TAIL_RE.sub("", " ".join(words)).split() or words
            if not _names_a_setting(named, table) and not (
                m.group("p")[0].isupper()
                and all(w[0].isupper() for w in m.group("p").split() if w.lower() not in ("of",))
                and any(table.get(w, 0.0) < 2.0 for w in named)
                and all(w not in lex.protected or w in SLOT_PROTECTED_NAME_WORDS for w in named)
            ):
                continue  # "school run today", "school contact for X": no school's name
            end = m.end("p")
            if len(words) > 1 and words[-1] in towns():
                end = m.start("p") + m.group("p").rstrip().rfind(" ")  # "Holy Family Slough"
            found.append(Entity(m.start("p"), end, "SCHOOL"))
    if ":" in text:
        for m in CLUB_LABEL_RE.finditer(text):
            # The club's name; its side after it is a word ("Harriers juniors").
            name = CLUB_SIDE_AFTER_RE.sub("", m.group("p"))
            found.append(Entity(m.start("p"), m.start("p") + len(name), "SCHOOL"))
    if "Youth" in text or "Junior" in text or "Under" in text or CLUB_SIDE_HINT_RE.search(text):
        # Every club's youth side ends in one of these: most texts need no search for it.
        found += [Entity(m.start("p"), m.end("p"), "SCHOOL") for m in CLUB_RE.finditer(text)]
    for hint in CLUB_PLAYED_HINTS if len(low) == len(text) else ():
        k = low.find(hint)
        while k >= 0:
            slot = None if k > 0 and low[k - 1].isalnum() else CLUB_SLOT_RE.match(low, k)
            club = CLUB_PLAYED_NAME_RE.match(text, slot.end()) if slot is not None else None
            if club is not None:
                words = club.group("p").lower().split()
                if words[0] not in lex.protected and words[0] not in SLOT_WORDS_NOT_SETTINGS:
                    found.append(Entity(club.start("p"), club.end("p"), "SCHOOL"))
            elif (
                slot is not None
                and not low.startswith(("play", "sign", "club", "manag"), k)
                and (nick := CLUB_NICKNAME_RE.match(text, slot.end()))
            ):
                # not "plays for Leeds Rhinos", a professional club's academy
                words = nick.group("p").lower().split()
                if " ".join(words[:-1]) in towns() and words[-1] not in lex.protected:
                    found.append(Entity(nick.start("p"), nick.end("p"), "SCHOOL"))
            k = low.find(hint, k + 1)
    if ") at " in text:
        # After a child's date of birth or age in brackets: "son river (31.10.2012) at ashby
        # fields."
        for m in BRACKET_AT_RE.finditer(text):
            phrase = _school_phrase(text, m.end())
            if phrase is not None:
                found.append(Entity(phrase[0], phrase[1], "SCHOOL"))
    found += _dedicated_schools(text, low)
    found += _labelled_and_role_schools(text, low)
    found += _schools_in_slots(text, low)
    if SAINT_ALONE_HINT_RE.search(low):
        for m in SAINT_ALONE_RE.finditer(text):
            name = m.group("p").lower().replace("’", "'")
            if " ".join(name.split()) in towns() or name.split()[-1] in lex.protected:
                continue
            found.append(Entity(m.start("p"), m.end("p"), "SCHOOL"))
    return found


# --- youth clubs, youth centres, junior football clubs and PRUs, named before their kind ----
# A music service's, hub's or centre's kind: "Music Service", "Saturday Music Centre".
MUSIC_SERVICE = r"(?:Saturday[ \t]+)?Music[ \t]+(?:Hub|Service|Centre)"
# "bridge street youth club", "the hub youth centre", "dyce boys club", "heaton rangers jfc",
# "Eastgate Eagles Junior Football Club",
# "Cedar Lodge PRU": children are known by them as by a school. The kind, then the name going
# back over at most three words ("youth worker at the warehouse project" is left: no kind).
YOUTH_SETTING_KIND_RE = factored.compile(
    r"\b(?:youth[ \t]+(?:club|centre|center|project|hub|group|zone)"
    # Capitalised only: "Sparkbrook Youth Forum", "Osmaston Road Young People's Service" (not
    # "the lewis youth forum").
    # A volunteering group: "Oakbridge Youth Volunteers", "Potteries Young Volunteers",
    # "Parson Cross Youth Den".
    r"|(?-i:Youth[ \t]+(?:Forum|Caf[eé]|Fellowship|Ministry|Team|Volunteers|Den)|"
    r"Young[ \t]+Volunteers|Young[ \t]+People['’]?s[ \t]+"
    r"Service|Cub[ \t]+Pack|Scout[ \t]+Troop|Brownie[ \t]+Pack|"
    # "Southwark Young Carers Project", "Naomh Pádraig GAA Club".
    r"Young[ \t]+Carers(?:[ \t]+(?:Project|Service|Group|Hub))?|GAA[ \t]+Club|GAC|"
    # Youth arts and faith groups: "Swansea Bay Youth Theatre", "Holy Trinity Sunday School",
    # "Bury Park Madrasah", "Hackney Young Musicians". (Not a uniformed group's unit, "Kelty
    # Guides": the sets label it as often as they keep it.)
    r"Youth[ \t]+(?:Theatre|Orchestra|Choir|Band|Wing|Section)|Sunday[ \t]+(?:School|Club)|"
    r"Madrass?ah?|Young[ \t]+Musicians|" + MUSIC_SERVICE + r"|"
    # A music service or hub and its centres, and young people's bands, choirs and orchestras:
    # "Severnside Music Service", "Three Rivers Music Hub", "Aldermoor Saturday Music Centre",
    # "Cherwell Youth Philharmonic", "Tyneside Young Sinfonia", "Stannington Junior Band",
    # "St Cecilia's Junior Choristers", "St Pauls Young Drummers" (a county's or a city's hub
    # is a public service: "Surrey Music Hub").
    r"Youth[ \t]+(?:Philharmonic|Sinfonia|Chamber[ \t]+(?:Orchestra|Choir)|Music(?![ \t]+[A-Z]))|"
    r"Young[ \t]+(?:Sinfonia|Drummers)|Juniors?[ \t]+(?:Band|Choir|Choristers|Orchestra)|"
    # And their kinds of two words or more: "Tyneside Youth Music Theatre", "Lancashire Youth
    # Jazz Orchestra", "Headland Youth Drama", "Butetown Youth Sound Project", "Saddleworth
    # Junior Brass", "Peterborough Baltic Folk Ensemble".
    r"Youth[ \t]+(?:Music(?:al)?[ \t]+Theatre|(?:Jazz|Symphony|String|Wind|Concert|Brass)[ \t]+"
    r"(?:Orchestra|Band|Ensemble)|Drama|Dance(?:[ \t]+Company)?|Sound[ \t]+Project|"
    r"Arts[ \t]+Project)|Junior[ \t]+Brass(?:[ \t]+Band)?|Folk[ \t]+Ensemble|"
    # Early years and cadet settings: "Sparkbrook Family Hub", "Chapeltown Children's
    # Centre", "Haig Road Early Years Centre", "Balerno Early Learning Class", "TS Harbinger
    # Sea Cadet Unit", "Aldershot Garrison Cadet Centre" (a town's own hub is a place:
    # "Portsmouth Family Hub").
    r"Family[ \t]+Hub|Children['’]s[ \t]+Centre|Early[ \t]+Years[ \t]+Centre|"
    r"Early[ \t]+Learning[ \t]+(?:Class|Centre)|(?:Sea[ \t]+)?Cadet[ \t]+(?:Unit|Centre))"
    r"|(?:boys['’]?[ \t]*(?:&|and)[ \t]*)?(?:boys|girls)['’]?[ \t]+club"
    r"|j\.?f\.?c|(?:juniors?|youth|colts)[ \t]+(?:f\.?c|a?rl?fc|(?:football|rugby|netball|cricket|"
    r"hockey|basketball|swim|swimming|athletics|tennis)[ \t]+club)|pru)\b",
    re.I,
)
# Where the youngest are: "little acorns day nursery", "Busy Bees Pre-School".
NURSERY_KIND_RE = factored.compile(r"\b(?:day[ \t]+nursery|pre-?school|playgroup)\b", re.I)
# A sports club a child trains at, its kind capitalised ("Lisburn Swimming Club"; "she goes to
# rugby club" is no name). Searched for only where "Club" is.
SPORT_CLUB_RE = factored.compile(
    r"\b(?:Swimming|Gymnastics|Boxing|Judo|Karate|Taekwondo|Kickboxing|Netball|Athletics|Rugby|"
    r"Hockey|Cricket|Tennis|Rowing|Sailing|Cycling|Diving|Dance|Cheer(?:leading)?|"
    # The sea's clubs that teach the young ("Bude Breakers Surf Life Saving Club", "Exe
    # Estuary Gig Club", "Crooklets Junior Surf Club").
    r"Surf[ \t]+Life[ \t]?[Ss]aving|Lifesaving|Surf|Gig|Canoe|Kayak)[ \t]+Club\b"
)
# What every match of YOUTH_SETTING_KIND_RE holds, in lower case.
YOUTH_SETTING_KIND_HINTS = (
    "club",
    "youth",
    "pru",
    "jfc",
    " fc",
    "f.c",
    "rfc",
    "rlfc",
    "young people",
    "young carers",
    "young volunteers",
    "young musicians",
    "junior",
    "music hub",
    "music service",
    "music centre",
    "young sinfonia",
    "young drummers",
    "folk ensemble",
    "sunday",
    "madras",
    "gaa",
    "gac",
    "pack",
    "troop",
    "family hub",
    "children's centre",
    "children’s centre",
    "early years centre",
    "early learning",
    "cadet unit",
    "cadet centre",
)
# Where a town's youth club is named as a setting, not as a place: "bex from kingsbury youth
# centre", "(harlow youth club)", "@ ely youth project" (but "the Wrexham youth club").
SETTING_SLOT_BEFORE_RE = factored.compile(r"(?:\b(?:from|at)|[@(])[ \t]*\Z", re.I)
# Words that say which or what kind of setting, not its name: "our local youth club", "the
# Friday youth club", "a new PRU", "her old boys' club".
YOUTH_SETTING_NOT_NAME = word_set(
    "local new old weekly nearby school church council village town community after-school "
    "summer holiday evening detached monday tuesday wednesday thursday friday saturday sunday "
    "next last same other nearest closest main different another usual regular and or "
    "mon tue tues wed weds thu thur thurs fri sat sun go going attend run runs told called help "
    "ks1 ks2 ks3 ks4 primary secondary towards behaviour city's county's borough's county"
)
# A music service's, hub's or centre's kind among YOUTH_SETTING_KIND_RE's.
MUSIC_SERVICE_RE = factored.compile(MUSIC_SERVICE)
YOUTH_NAME_WORD_RE = factored.compile(r"(?<![\w'’\-])([^\W\d_][\w'’\-]*)[ \t]+\Z")
# A word this common ends the name going back: "to", "at", "his" (not "house", 5.7).
YOUTH_NAME_MAX_ZIPF = 5.8
# And one of the name's words is this rare at least: "bridge street", not "this other".
YOUTH_NAME_RARE_ZIPF = 5.0


@cache
def _whole_towns() -> frozenset[str]:
    """Lower-case towns and cities (data/towns.txt), not their districts or villages."""
    return read_words("towns.txt")


def _youth_settings(text: str) -> list[Entity]:
    """Youth clubs and centres, boys' and girls' clubs, junior football clubs (JFC) and pupil
    referral units (PRU) named by the words before their kind, in any case: the kind and its
    name (1-3 words, "the" before them kept), as SCHOOL spans. A name is made of words no
    commoner than Zipf 5.8 that say no verb of going, no day, platform or kind of setting
    ("our local youth club", "the Friday youth club", "a whatsapp youth group" are left), one
    of them under Zipf 5.0 or a saint's; a town's youth club or centre is a place ("Caernarfon
    youth club")."""

    low = lowered(text)
    kinds: list[re.Match[str]] = []
    if any(kind in low for kind in YOUTH_SETTING_KIND_HINTS):
        kinds += YOUTH_SETTING_KIND_RE.finditer(text)
        if "Club" in text:
            kinds += SPORT_CLUB_RE.finditer(text)
    if "nursery" in low or "pre-school" in low or "preschool" in low or "playgroup" in low:
        kinds += NURSERY_KIND_RE.finditer(text)
    if not kinds:
        return []  # most texts: no kind, no search
    found: list[Entity] = []
    table = zipf_table()
    protected = lexicon().protected
    for m in kinds:
        start = m.start()
        kind = m.group(0)
        # A kind in title case takes a name in title case: "band master Hindley Moss Junior
        # Brass Band".
        titled = kind.istitle()
        words: list[str] = []
        while len(words) < 3:
            prev = YOUTH_NAME_WORD_RE.search(text, max(0, start - 30), start)
            if prev is None:
                break
            word = prev.group(1).lower().replace("’", "'")
            base = word[:-2] if word.endswith("'s") else word
            if base in ("st", "st.", "saint"):
                words.append(base)
                start = prev.start(1)
                continue
            if (
                base in YOUTH_SETTING_NOT_NAME
                or (titled and prev.group(1).islower())
                or base in SCHOOL_VERBS
                or base in PLATFORM_WORDS
                or base in KIND_NAME_POSTS
                or base in nationalities()
                or (zipf_of(base, table) >= YOUTH_NAME_MAX_ZIPF and base not in SCHOOL_NAME_WORDS)
            ):
                # "the Friday youth club", "a whatsapp youth group", "goes to youth club", "owner
                # buttercup hollow day nursery", "a Roma youth project" (whose people it serves)
                break
            words.append(base)
            start = prev.start(1)
        if not any(
            w in ("st", "st.", "saint") or zipf_of(w, table) < YOUTH_NAME_RARE_ZIPF for w in words
        ):
            continue
        name = " ".join(reversed(words))
        the = YOUTH_NAME_WORD_RE.search(text, max(0, start - 6), start)
        the_before = the is not None and the.group(1).lower() == "the"
        if all(w in protected for w in words) and not the_before:
            # "Police Scotland Youth Volunteers", "a Welsh-medium playgroup": a public body's
            # or a kind's words (not "The Hub Youth Club", "the Urdd youth club")
            continue
        if (
            (
                (kind[:1] in "yj" and kind.islower())
                or (kind.lower() in ("pru", "family hub") and name in _whole_towns())
            )
            and name in towns()
            and not SETTING_SLOT_BEFORE_RE.search(text, max(0, start - 8), start)
        ):
            # "the Caernarfon youth club", "Kirkby junior football club", "the Luton PRU" (a
            # town's, not a district's: "the harpurhey pru"): the town's, a place; not "Dyce
            # boys club", "Ely Youth Project" (a name in capitals) nor "bex from kingsbury
            # youth centre"
            continue
        if MUSIC_SERVICE_RE.fullmatch(kind) and (name in towns() or "youth" in words):
            # "Surrey Music Hub", "Leeds Music Service": a council's; "the Youth Music
            # Service": a kind of service
            continue
        if the is not None and the_before:
            start = the.start(1)
        found.append(Entity(start, m.end(), "SCHOOL"))
    return found


# A youth setting named in title case by its own words and a kind's last word: "Ashby Woulds
# Pony Club", "Trent Valley Junior Netball League", "Green Lane Masjid Youth Circle", "Summer
# Splash Holiday Club", "Ruthin Young Farmers Club", "Bridgwater Young People's Centre". The
# name holds a word of young people or of what they do there (TITLED_YOUTH_WORDS).
TITLED_YOUTH_KIND_RE = run_start(
    r"\b(?:Club|League|Group|Centre|Center|Fellowship|Ministry|Wing|Circle|Section|Squad|"
    r"Playground|Majorettes|Camp|Company|Connexions|Dance|Caf[eé]|Cadets|Squadron[ \t]+ATC|"
    # a dance, cheer, gymnastics, arts, music or martial arts school for children: "Rhythmix
    # Dance Studio", "Gateshead Galaxy Cheer", "Fenland Flyers Gymnastics", "Wymondham
    # Explorer Unit", "Tameside Majorettes & Dance Troupe", "Durham Young Voices"
    r"Studios?|Cheer|Gymnastics|Troupe|Collective|Voices|Choir|Unit|Colts|Cycling|"
    # a gym, a boxing club or a circus school for children: "Hull Flyers Gym", "Clapton
    # Community Boxing", "Doncaster Fight Factory ABC", "Trapeze Tree Youth Circus" (not a
    # body, "Welsh Amateur Boxing Association", nor a shopping centre, "Cabot Circus")
    r"(?:Gym|Boxing(?![ \t]+(?:Association|Federation|Board|Council|Day|Club))|ABC)"
    r"(?![ \t]+(?:&|and)[ \t])|Boxing[ \t]+(?:&|and)[ \t]+Fitness(?![ \t]+[A-Z])|"
    r"(?<=Youth[ \t])Circus|"
    # a young farmers' club and a uniformed unit named by its place: "Eden Valley YFC",
    # "Wythenshawe Explorers", "Bolton Muslim Scouts", "Peckham Rangers" (a Girlguiding unit
    # in a text about guiding: see UNIT_KINDS)
    r"YFC|(?<=Young[ \t])Farmers(?![ \t]+[Cc]lubs?\b)|Explorers|Scouts|Rangers|"
    # a riding school named by its own kind: "Lower Holme Equestrian", "Top Farm Riding
    # Stables" (a yard's stables alone are a farm's or a surname: "Ruth Stables")
    r"Equestrian|(?<=Riding[ \t])Stables|"
    r"Performing[ \t]+Arts|Muay[ \t]+Thai|Karate|Judo|Taekwondo|Kickboxing|Capoeira|"
    # a youth work charity's project: "Govan Youth Information Project", "Easterhoose Youth
    # Action"
    r"Project|Action|"
    # a tutoring agency: "BrightPath Tutors", "NorthStar Tutoring" (not "Tuition", which
    # notes write of any lessons: "private tuition"; nor a college's "Personal Tutors")
    r"(?<!Personal[ \t])(?<!Peer[ \t])Tutors|Tutoring)"
    r"(?![\w'’\-])"
)
TITLED_YOUTH_WORDS = word_set(
    "youth junior juniors kids kids' children's young scout scouts guides brownies cubs "
    "beavers cadets holiday homework saturday sunday girls' boys' pony esports chess farmers "
    "majorettes playground madrasah tuition squadron atc coders dance ballet cheer gymnastics "
    "trampoline trampolining explorer explorers troupe colts activity performing stage theatre "
    "studio studios tutors tutoring skating swimming swim tumbling riding equestrian trekking "
    "exam examination tutorial toddler toddlers"
)
# Kinds a town's name alone with them names one setting ("Didsbury Dance Studio", "Mickleover
# Gymnastics", "Belgrave Boxing"), unlike a league's or a group's ("Cheshire Youth League").
TITLED_TOWN_KINDS = frozenset(
    ("Studio", "Studios", "Cheer", "Gymnastics", "Troupe", "Gym", "Boxing", "ABC")
)
# Words of a club or a school that a town's name alone names: "Kendal Pony Club", "Bedale Young
# Farmers", "Langholm Riding Centre", "Ballymena Equestrian", "Merseyside Exam Centre".
TOWN_UNIT_WORDS = word_set("farmers pony riding equestrian trekking exam examination tutorial")
# Kinds that say alone that young people go there, no word of TITLED_YOUTH_WORDS beside them
# ("Tameside Majorettes", "Bramley Cadets"), with TITLED_TOWN_KINDS.
TITLED_KINDS_ALONE = frozenset(
    ("Majorettes", "Playground", "Cadets", "Squadron ATC", "Connexions", "YFC", "Rangers")
)
TITLED_NAME_WORD_RE = factored.compile(r"(?<![\w'’\-])([A-Z][\w'’\-]*|&|of|for)[ \t]+\Z")
# Words of a scheme or a kind of setting, not of a setting's name: "Police Cadets", "Duke of
# Edinburgh Youth Group", "Church Youth Group".
TITLED_GENERIC_WORDS = word_set(
    "police air army sea navy fire raf duke edinburgh church parish community local county "
    "city national regional sports football rugby netball cricket british english welsh "
    "scottish irish private online beaver cub girl boy muslim jewish christian catholic "
    "hindu sikh uk world"
)
# A setting's name of one word English writes this often is a phrase ("Just Dance").
TITLED_FUNCTION_WORD_ZIPF = 5.5
# A school's own kinds: its nursery's or children's centre is found with the school.
TITLED_SCHOOL_WORDS = word_set("school academy primary secondary college nursery infants")
# Kinds of a young farmers' club or a uniformed unit, which its village or town names alone
# ("Talybont YFC", "Hexham Rangers"), unlike a county's league ("Cheshire Youth League").
UNIT_KINDS = frozenset(("YFC", "Explorers", "Scouts", "Rangers"))
# Units a town's name alone names ("Hexham Rangers"); "Hereford Scouts" is a district's.
UNIT_TOWN_KINDS = frozenset(("YFC", "Explorers", "Rangers"))
# A sentence's start before a unit's first word, and how often English writes a word that
# opens a sentence rather than a unit's name ("Advised Scouts safeguarding").
SENTENCE_START_RE = factored.compile(r"(?:\A|[.!?][ \t]+|\n[ \t]*)\Z")
UNIT_SENTENCE_WORD_ZIPF = 3.0
# Guiding's words: "Rangers" is a Girlguiding section only where the text speaks of guiding.
GUIDING_HINT_RE = factored.compile(
    r"\b(?:[Gg]uides?|[Gg]irlguiding|[Rr]anger[ \t]+(?:leader|unit))\b"
)
# Words before a setting's name that are no part of it: a header's or a sentence's.
TITLED_LEAD_WORDS = word_set(
    "the a an our my his her their from to at in on of for and & setting name minutes notes re "
    "subject organisation centre club caller welfare officer safeguarding member attends joined "
    "head we're we’re we i'm i’m i"
)


def _titled_youth_settings(text: str) -> list[Entity]:
    """Youth settings in title case (TITLED_YOUTH_KIND_RE's kind after up to six capitalised
    words, "&", "and", "of" or "for" between them), holding a word of TITLED_YOUTH_WORDS and a
    name's word beside the kind's: SCHOOL spans, header and sentence words before them left
    out ("Minutes of the Harrogate Junior Chess League" -> "Harrogate Junior Chess League")."""
    found = []
    guiding = GUIDING_HINT_RE.search(text) is not None
    for m in TITLED_YOUTH_KIND_RE.finditer(text):
        start = m.start()
        words: list[tuple[int, str]] = []
        while len(words) < 6:
            prev = TITLED_NAME_WORD_RE.search(text, max(0, start - 40), start)
            if prev is None:
                break
            words.append((prev.start(1), prev.group(1)))
            start = prev.start(1)
        # From the first word: drop the header's and sentence's words and connectors.
        words.reverse()
        while words and (
            words[0][1].lower() in TITLED_LEAD_WORDS or words[0][1].lower() in SCHOOL_VERBS
        ):
            words.pop(0)
        if not words:
            continue
        lows = [w.lower().replace("’", "'") for _, w in words] + [
            m.group(0).lower().replace("’", "'")
        ]
        kind = m.group(0)
        if kind == "Rangers" and not guiding:
            continue  # "Queens Park Rangers", a football club
        if not any(w in TITLED_YOUTH_WORDS for w in lows) and (
            kind not in TITLED_KINDS_ALONE and kind.split()[0] not in TITLED_TOWN_KINDS
        ):
            continue
        if kind in UNIT_KINDS:
            # "District Commissioner for Carmarthen Scouts": the unit's name after "for"
            cut = max((k + 1 for k, w in enumerate(lows[:-1]) if w in ("for", "of")), default=0)
            words, lows = words[cut:], lows[cut:]
            if not words or (
                # a unit's first word at a sentence's start that English writes often is the
                # sentence's ("Advised Scouts safeguarding", "Joint Scouts and Girlguiding")
                SENTENCE_START_RE.search(text, max(0, words[0][0] - 4), words[0][0])
                and zipf_of(lows[0], zipf_table()) >= UNIT_SENTENCE_WORD_ZIPF
                and lows[0] not in towns()
            ):
                continue
        name = [w for w in lows[:-1] if w not in TITLED_YOUTH_WORDS and w not in ("&", "of")]
        # a nation's, a region's or a county's ("Wales YFC", "Suffolk County Scouts") is a
        # federation's; a town's unit is named by its town alone
        if kind in UNIT_KINDS and any(
            w in regions() or w in ("county", "district", "area") for w in name
        ):
            continue
        unit = (
            kind in UNIT_TOWN_KINDS
            or kind.split()[0] in TITLED_TOWN_KINDS
            or any(w in TOWN_UNIT_WORDS for w in lows)
        )
        if (
            all(w in TITLED_LEAD_WORDS or w in TITLED_GENERIC_WORDS for w in name)
            or any(w in _brands() for w in name)
            or (
                # one word of a phrase, a product or a post: "Just Dance", "YouTube Studio",
                # "Teacher of Dance"
                len(name) == 1
                and (
                    (name[0] in lexicon().protected and name[0] not in towns())
                    or zipf_of(name[0], zipf_table()) >= TITLED_FUNCTION_WORD_ZIPF
                )
            )
            or (" ".join(name) in towns() and not unit)
            or any(w in TITLED_SCHOOL_WORDS for w in lows)
        ):
            # "Youth Club", "Police Cadets", "Cheshire Youth League": a kind or a place's, no
            # name; "Broadwater Nursery School & Children's Centre": the school's
            continue
        found.append(Entity(words[0][0], m.end(), "SCHOOL"))
    return found


# A faith community's group for children and young people, named in title case before its
# kind: "Hope City Church Youth", "Kingsgate Youth Church", "New Testament Church of God Youth
# Department", "St Cuthbert's Catholic Children's Liturgy Group", "Shri Ram Mandir Yuva
# Group", "Jamia Tul Banaat Girls Classes", "Ballykeel Presbyterian BB Company".
FAITH_YOUTH_KINDS = (
    r"Youth(?:[ \t]+(?:Church|Department|Wing|Group|Club|Fellowship|Ministry|Zone))?"
    r"|Teens(?:[ \t]+Church)?|Kids(?:[ \t]+(?:Church|Club|Zone))?|Kidz[ \t]+Klub"
    r"|Children['’]s[ \t]+(?:Church|Liturgy(?:[ \t]+Group)?)|Liturgy[ \t]+Group"
    r"|Sunday[ \t]+School(?:[ \t]+Kids[ \t]+Zone)?|Yuva[ \t]+Group|BB[ \t]+Company"
    r"|(?:Girls|Boys)['’]?[ \t]+Classes|Messy[ \t]+Church"
)
FAITH_YOUTH_HINT_RE = factored.compile(r"\b(?:" + FAITH_YOUTH_KINDS + r")\b")
FAITH_YOUTH_RE = factored.compile(
    r"(?<![\w'’])(?P<n>[A-Z][\w'’\-]*(?:[ \t]+(?:of|the|[A-Z][\w'’\-]*)){0,6}?)"
    r"[ \t]+(?P<k>" + FAITH_YOUTH_KINDS + r")(?![\w'’])"
)
# Places of worship and faith classes, a kind of setting after a name ("Grange Park
# Madrasah", "Ashford Mosque"; read by nobody.py too).
WORSHIP_SETTING_TERMS = word_set(
    "madrassa madrasa madrasah madressa maktab masjid mosque gurdwara gurudwara mandir temple "
    "synagogue shul cheder yeshiva church chapel"
)
# Words of a faith's places and bodies: one in the name says the group is a faith's.
FAITH_PLACE_WORDS = WORSHIP_SETTING_TERMS | word_set(
    "fellowship jamia parish cathedral tabernacle ministries ministry assembly presbyterian "
    "methodist baptist catholic anglican pentecostal vineyard"
)
# Kinds that say a faith's group on their own: "Kingsgate Youth Church", "Yuva Group".
FAITH_YOUTH_OWN_KINDS = ("Church", "Klub", "Liturgy", "Yuva", "Classes", "Company", "Messy")
FAITH_GENERIC_WORDS = FAITH_PLACE_WORDS | word_set(
    "of the st saint city community christian evangelical free united reformed our local"
)


def _faith_youth_settings(text: str) -> list[Entity]:
    """Faith communities' groups for children and young people (FAITH_YOUTH_RE): a name with
    a faith's word (FAITH_PLACE_WORDS) or before a kind that says it is one, and a word of
    its own besides ("Church Youth Group" names none), as SCHOOL spans (code points); header
    and sentence words before the name left out."""
    found = []
    for m in FAITH_YOUTH_RE.finditer(text):
        start = m.start("n")
        words = m.group("n").split()
        while words and words[0].lower() in TITLED_LEAD_WORDS:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end("n")
            words.pop(0)
        lows = [possessive_base(w.lower()) for w in words]
        if not words or all(w in FAITH_GENERIC_WORDS for w in lows):
            continue
        if not any(w in FAITH_PLACE_WORDS for w in lows) and not any(
            k in m.group("k") for k in FAITH_YOUTH_OWN_KINDS
        ):
            continue
        found.append(Entity(start, m.end(), "SCHOOL"))
    return found


# --- clubs, units, trusts and childcare named before their kind ------------------------------
# Kinds of setting that are no school but where children are known as at one: sports clubs
# and teams ("Roundhay Otters Swim Club", "Pennycombe Colts RFC", "Glenvarra GAC"), uniformed
# youth groups ("Kingsmoor Wold Scout Group", "Carnveagh BB"), youth groups ("Riverbrook Church
# Youth", "Cwm Tawel Young Carers"), trusts and federations of schools ("Brookhollow Learning
# Trust"), childcare ("Little Larches Daycare", "BRAMWICK HOLLOW CHILDMINDING", "Little Owls
# Montessori"), children's and family centres and alternative provision. The kind words written
# by hand from general knowledge of such settings; the sports' and sections' clubs in any case,
# the marks of a club (FC, RFC, GAC ...) in capitals.
# Matched on the lower-cased text (RunStart: only where one of its first words stands).
# Activities whose crew or squad is a club, no chat ("Stepz Dance Crew", "City of Sheffield
# Swim Squad"); nobody.ACTIVITY_GROUP_KINDS reads them too.
CREW_ACTIVITIES = ("dance", "bhangra")
# A junior team's sports, after "youth", "girls", "boys" or "junior": "Easton Stars Youth
# Football", "Nottingham Panthers Junior Ice Hockey".
JUNIOR_TEAM_SPORTS = r"(?:ice[ \t]+hockey|volleyball|" + "|".join(sorted(TEAM_SPORTS)) + r")"
TEAM_KIND = r"(?:girls|boys|youth|junior|juniors)[ \t]+" + JUNIOR_TEAM_SPORTS
SQUAD_ACTIVITIES = ("swim", "swimming", "athletics", "gymnastics", "diving")
KIND_SETTING_LOW_RE = run_start(
    r"\b(?:(?:swim|swimming|boxing|football|rugby|cricket|hockey|netball|gymnastics|"
    r"athletics|judo|karate|taekwondo|kickboxing|dance|tennis|cycling|rowing|sailing|running|"
    r"golf|basketball|badminton|chess|drama|holiday|breakfast|after-school|street|sport|sports|"
    r"youth|shinty|hurling|camogie|lacrosse|kids|water[ \t]+polo|fitness|jiu-jitsu|jujitsu|"
    r"mma|cheerleading|cheer|volleyball)[ \t]+club"
    r"|children['’]?s[ \t]+home|education[ \t]+centre|young[ \t]+leaders"
    r"|(?:boys|girls)['’]?[ \t]+(?:club|brigade)|scout[ \t]+group|(?:sea|air|army)[ \t]+cadets"
    r"|young[ \t]+carers|rainbow[ \t]+group"
    # Not a youth worker's or a service's "youth": "sessional youth worker".
    r"|youth(?:[ \t]+(?:centre|center|project|hub|group|zone|band|choir|theatre|forum|space)"
    r"|(?![ \t]+(?:workers?|work|services?|offending|justice|officers?|violence|"
    # (its gym, squad or sport read below: "Titan Youth Gym", "Easton Youth Football")
    r"gym|theatre|orchestra|squad|" + JUNIOR_TEAM_SPORTS + r")\b))"
    # "St Barnabas Young People's Group", "Moss Side Young Women's Project".
    r"|young[ \t]+(?:people|women|men)['’]?s[ \t]+(?:group|project|centre|center|club|forum)"
    r"|(?:learning|academy|education|educational|schools)[ \t]+trust|federation"
    r"|childminding|childminder|childminders|childcare|daycare|day[ \t]+care|day[ \t]+nursery|"
    r"kids[ \t]+church|detachment|"
    r"preschool|pre-school|playgroup|creche|montessori|kindergarten|tots"
    r"|(?:nursery|nurseries)[ \t]+group|nurseries"
    r"|children['’]?s[ \t]+(?:centre|center)|family[ \t]+(?:centre|hub)"
    r"|alternative[ \t]+provision|learning[ \t]+campus|tutors|tuition"
    # Dance crews, bands, code clubs, stage and Saturday schools, gyms and squads, evening
    # classes and madrasahs, teams named by their sport after girls, boys or youth: "Stepz
    # Dance Crew", "Pan Jammers Steel Band", "Kirkby Coding Dojo", "Spotlight Stage School",
    # "Titan Youth Gym", "Al-Noor Evening Madrasah", "Luton Lions Girls Football".
    r"|(?:"
    + "|".join(CREW_ACTIVITIES)
    + r"|street[ \t]+dance|hip[ \t]+hop)[ \t]+(?:crew|squad|troupe|company)"
    r"|(?:steel|brass|pipe|marching|concert)[ \t]+(?:band|orchestra)|steel[ \t]+pans?"
    r"|(?:code|coding)[ \t]+(?:club|dojo)|youth[ \t]+(?:gym|theatre|orchestra)"
    r"|(?:stage|theatre|drama|performing[ \t]+arts|saturday|supplementary|weekend)[ \t]+school"
    r"|(?:boxing|kickboxing|mma|martial[ \t]+arts)[ \t]+(?:gym|hub|academy)"
    r"|(?:" + "|".join(SQUAD_ACTIVITIES) + r"|youth|development)[ \t]+squad"
    # "Phoenix All Stars Cheerleading", "Peckham Panthers Basketball": a team by its sport.
    r"|cheerleading|basketball"
    r"|(?:evening|weekend)[ \t]+(?:classes|madrasah|madrasa|madrassa)"
    # Camps and centres children stay or play at: "Sunnyvale Adventure Camp", "Trevarrick
    # Outdoor Centre", "Northern Lights Summer Schools", "Riverbank Adventure Play".
    r"|(?:summer|adventure|day|sports|football|holiday|christian|youth|kids|residential|"
    r"activity|coding|science)[ \t]+camps?|outdoor[ \t]+(?:education[ \t]+)?(?:centre|center)"
    r"|summer[ \t]+schools?|adventure[ \t]+play(?:ground)?"
    r"|" + TEAM_KIND + r"|junior[ \t]+chess)(?![\w'’\-])"
)
# Uniformed sections capitalised, and the marks of a club in capitals, as written.
KIND_SETTING_CAPS_RE = run_start(
    r"\b(?:Scouts|Explorers|Explorer[ \t]+(?:Scout[ \t]+)?Unit|Cubs|Beavers|Brownies|Guides|"
    r"Rainbows|Comp"
    r"|SCOUTS|EXPLORERS|CUBS|BEAVERS|BROWNIES|GUIDES|RAINBOWS"
    # Sports clubs (FC, GAC, amateur boxing and swimming clubs), the Boys' Brigade, a further
    # education college: "Lynn Otters SC", "Calderholt FE".
    r"|FC|JFC|AFC|RFC|RUFC|RLFC|ARLFC|Rec[ \t]+FC|REC[ \t]+FC|GAC|GAA|ABC|ASC|SC|BB|FE"
    # A cricket club, not a mail's copy line: "Wickham Park CC", not "CC: Rob".
    r"|CC(?![ \t]*:))(?![\w'’\-])"
)
# A kind that is a junior team's (TEAM_KIND) or a squad.
TEAM_KIND_RE = factored.compile(r"(?i:" + TEAM_KIND + r"|squad)")
# Not a body named after the kind: "Youth Justice Service", "Federation of Small Businesses".
KIND_BODY_AFTER_RE = factored.compile(r"[ \t]+(?:[A-Z][a-z]|of\b)")
# A numbered unit of scouts, guides or the Boys' Brigade, in any case: "9th Kingsmoor Wold
# Scout Group", "2nd Ardmillan Rangers", "12TH KILBRANNOCK SCOUTS". The number says it is a
# unit, so its name may be any words.
NUMBERED_UNIT_RE = factored.compile(
    r"\b(?:\d{1,2}(?i:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth))[ \t]+(?P<p>(?:[A-Za-z][\w'’\-]*[ \t]+){1,3}"
    # A district in brackets: "4th Harrogate (St Wilfrid's) Explorer Scout Unit".
    r"(?:\([^()\n]{2,30}\)[ \t]+)?)"
    r"(?i:scout[ \t]+group|scout[ \t]+troop|cub[ \t]+pack|brownie[ \t]+pack|sea[ \t]+scouts|"
    r"explorer[ \t]+scout[ \t]+unit|explorer[ \t]+scouts|beaver[ \t]+colony|"
    r"scouts|explorers?(?:[ \t]+unit)?|cubs|beavers|"
    r"brownies|guides|rainbows|rangers|bb|(?:boys['’]?|girls['’]?)[ \t]+brigade(?:[ \t]+company)?"
    # a Boys' Brigade company: "14th Belfast Company (BB)"
    r"|company(?=[ \t]*\((?:boys|girls|bb)))(?![\w'’])"
)
# An air cadets' squadron by its number: "2187 Sqn", "2187 (Ellesmere Port) Squadron", "2156
# Lincoln Squadron".
SQUADRON_RE = factored.compile(
    r"\b\d{3,4}[ \t]+(?:\([^()\n]{2,30}\)[ \t]+|(?:[A-Z][\w'’\-]*[ \t]+){1,2})?"
    r"(?:Sqn|Squadron|SQN)(?![\w'’])"
)
# Words of a numbered unit's kind that the kinds above may not read ("Explorer Scout Unit",
# "scouts" in lower case).
NUMBERED_UNIT_HINTS = (
    "ranger", "pack", "troop", "scout", "explorer", "cubs", "beaver", "guide", "brownie",
    "rainbow", "brigade", "company",
)  # fmt: skip
# A numbered unit's name word in lower case is a town or a word English hardly knows ("8th
# chesterfield scouts"; not "1st aid kit scouts", "3rd of may scouts").
UNIT_LOWER_WORD_MAX_ZIPF = 3.5


def _unit_name(name: str, table: dict[str, float]) -> bool:
    """Whether the words before a numbered unit's kind (its bracket aside) name it."""
    words = re.sub(r"\([^()]*\)", " ", name).split()
    return all(
        w[0].isupper() or w in towns() or table.get(w, 0.0) < UNIT_LOWER_WORD_MAX_ZIPF
        for w in words
    )


KIND_NAME_WORD_RE = factored.compile(r"(?<![\w'’\-])([^\W\d_][\w'’\-]*|&)[ \t]+\Z")
# Words that join a setting's name, not counted as its words: "Cwmhollt & Penderwen".
KIND_NAME_JOINERS = word_set("& and of y yr")
# Regions of Britain that name many bodies and places, written by hand from general
# knowledge: a name made of one and common words is a region's ("Pennine Learning Trust").
KIND_NAME_REGIONS = word_set(
    "pennine pennines cotswold cotswolds chiltern chilterns mendip mendips wessex mercia "
    "mercian northumbrian cumbrian fenland solent severn humber mersey clyde tay tees tyne"
)
# Posts before a setting's name end it: "nasreen owner buttercup hollow day nursery".
KIND_NAME_POSTS = word_set(
    "owner manager leader coach worker lead head teacher coordinator volunteer member staff "
    "chair secretary founder runs run"
)
# Words a setting's name holds though English knows them well: "Riverbrook Church Youth".
KIND_NAME_COMMON_WORDS = word_set("church little st saint kings queens")
# A name word this rare, and neither a town nor (in lower case) a first name, makes the words
# before a kind a setting's name ("Brookhollow", "tawel", "otters" 3.1); two capitalised words
# that are no town, one under Zipf 4.5, do too ("Bolton Sharks ASC", "Stourport Ridge").
KIND_NAME_RARE_ZIPF = 3.3
KIND_NAME_TWO_WORDS_ZIPF = 4.5
# No word of a name is commoner than this ("place" 5.7 in "Bellevue Place Education Trust").
KIND_NAME_MAX_ZIPF = 5.8
# Words that say which setting in lower case ("the village youth club") but name one in
# capitals: "Kidbrooke Village Holiday Club".
KIND_NAME_CAPITAL_WORDS = word_set("village town community")


def _kind_name_word_ok(word: str, case: str, lex: Lexicon, table: dict[str, float]) -> bool:
    """Whether a word written before a setting's kind can be part of its name: written in
    the kind's case ("upper", "lower" or "title"), no verb of going, platform, day or kind of
    setting, no protected word (but the words schools are named with) and no commoner than
    Zipf 5.5 unless names hold it."""
    if case == "lower" and not word.islower():
        return False
    if case == "upper" and not word.isupper():
        return False
    if case == "title" and not word[:1].isupper():
        return False
    base = _name_word_base(word)
    if base in KIND_NAME_COMMON_WORDS or (case != "lower" and base in KIND_NAME_CAPITAL_WORDS):
        return True
    if (
        base in YOUTH_SETTING_NOT_NAME
        or base in SCHOOL_VERBS
        or base in PLATFORM_WORDS
        or base in DETERMINERS
        or base in KIND_NAME_POSTS
        or base in _one_word_roles()
        or (case == "lower" and lex.any_first_name(base) and base not in SCHOOL_NAME_WORDS)
        or base in lex.must_survive
        or (base in lex.protected and base not in SCHOOL_NAME_WORDS)
    ):
        return False
    return zipf_of(base, table) < KIND_NAME_MAX_ZIPF or base in SCHOOL_NAME_WORDS


def _name_word_base(word: str) -> str:
    """A word of a setting's name as the lists hold it: lower case, straight apostrophe, no
    possessive ("Kingsmoor's" -> "kingsmoor")."""
    return word.lower().replace("’", "'").removesuffix("'s")


@cache
def _one_word_roles() -> frozenset[str]:
    """The roles of data/roles.txt written as one word ("caretaker", "senco")."""
    return frozenset(w for w in roles() if " " not in w)


def _kind_name_is_setting(
    words: list[str], case: str, lex: Lexicon, table: dict[str, float]
) -> bool:
    """Whether the words before a setting's kind (in reading order, joiners left out) name
    one: a word English hardly knows that is no town (nor a listed first name when the name is
    one word in lower case), or two capitalised words, one of them no town under Zipf 4.5."""
    bases = [_name_word_base(w) for w in words]
    # A word with no vowel is a short form, no name: "youth wkr boxing club", "lgbtq".
    # Nor is a nationality or a language: "the Lithuanian Saturday school", "Polish Scouts".
    nations = nationalities()
    bases = [
        b
        for b in bases
        if b not in KIND_NAME_REGIONS and b not in nations and any(c in "aeiouy" for c in b)
    ]
    places = towns()
    # A rare town's name counts with another word, the two no town: "Little Larches".
    whole_town = " ".join(bases) in places
    for base in bases:
        if zipf_of(base, table) < KIND_NAME_RARE_ZIPF and (
            base not in places or (len(bases) >= 2 and not whole_town)
        ):
            # "took jaxon boxing club": a child, not a club
            return not (case == "lower" and len(bases) == 1 and lex.any_first_name(base))
    return (
        case != "lower"
        and len(bases) >= 2
        and any(zipf_of(b, table) < KIND_NAME_TWO_WORDS_ZIPF and b not in places for b in bases)
    )


# Childcare settings' kinds, whose names pair everyday words ("Little Stars Montessori", "Busy
# Bees Day Nursery", "Happy Days Preschool").
CHILDCARE_KINDS = word_set(
    "montessori preschool pre-school playgroup daycare childminding childminders creche "
    "kindergarten tots nurseries nurserygroup nurseriesgroup"
)


# Kinds of childcare no town, service or body calls itself by: one capitalised word before
# one names a setting ("Sunflower Kindergarten", "Sunbeam Nurseries").
ONE_WORD_CHILDCARE_KINDS = word_set("kindergarten nurseries nurserygroup nurseriesgroup")
# Words before such a kind that say what kind it is, not which: "a Steiner Kindergarten".
CHILDCARE_KIND_WORDS = word_set(
    "steiner waldorf forest montessori private local community village church parish welsh "
    "gaelic bilingual international"
)


def _childcare_name(words: list[str], case: str, kind: str) -> bool:
    """Whether two or more capitalised words before a childcare setting's kind name it, or
    one before a kind of ONE_WORD_CHILDCARE_KINDS: in title case, no town together ("Little
    Stars Montessori", "Sunflower Kindergarten", not "Leeds Montessori") and no kept word
    ("Council Nurseries")."""
    key = kind.lower().replace(" ", "")
    if case != "title" or key not in CHILDCARE_KINDS:
        return False
    if len(words) < 2 and not (
        words
        and key in ONE_WORD_CHILDCARE_KINDS
        and (base := _name_word_base(words[0])) not in lexicon().protected
        and base not in CHILDCARE_KIND_WORDS
    ):
        return False
    return " ".join(_name_word_base(w) for w in reversed(words)) not in towns()


def _kind_settings(text: str) -> list[Entity]:
    """Clubs, uniformed and other youth groups, trusts, federations and childcare settings
    named by the words before their kind (KIND_SETTING_LOW_RE, KIND_SETTING_CAPS_RE), and
    numbered units of scouts and guides (NUMBERED_UNIT_RE), as SCHOOL spans (code-point
    offsets). The name is 1-4 words in the kind's case going back (see _kind_name_word_ok)
    that _kind_name_is_setting accepts; a name made only of everyday words or a town ("our
    local youth club", "Bath Rugby Club", "Young Carers Trust") is left."""

    low = lowered(text)
    kinds = list(KIND_SETTING_CAPS_RE.finditer(text))
    if len(low) == len(text):
        kinds += KIND_SETTING_LOW_RE.finditer(low)
    found: list[Entity] = []
    lex = lexicon()
    table = zipf_table()
    if kinds or any(w in low for w in NUMBERED_UNIT_HINTS):  # or "Rangers", "Cub Pack"
        # The number makes a unit one group of children, named by its town or not ("4th
        # Sawbridgeworth Scout Group", as the labelled sets have it but one).
        found += [
            Entity(m.start(), m.end(), "SCHOOL")
            for m in NUMBERED_UNIT_RE.finditer(text)
            if _unit_name(m.group("p"), table)
        ]
    if "Sqn" in text or "Squadron" in text or "SQN" in text:
        found += [Entity(m.start(), m.end(), "SCHOOL") for m in SQUADRON_RE.finditer(text)]
    for m in kinds:
        if KIND_BODY_AFTER_RE.match(text, m.end()):
            continue
        kind = text[m.start() : m.end()]
        letters = "".join(c for c in kind if c.isalpha())
        if letters.isupper() and len(letters) <= 5 and " " not in kind:
            case = "title"  # "Glenvarra GAC", "ASHCOMBE LIONS FC": the name's first letters
        elif kind.isupper():
            case = "upper"
        elif kind.islower():
            case = "lower"
        else:
            case = "title"
        start = m.start()
        words: list[str] = []
        pending: tuple[int, str] | None = None
        while len(words) < 4:
            prev = KIND_NAME_WORD_RE.search(text, max(0, start - 40), start)
            if prev is None:
                break
            word = prev.group(1)
            if word.lower() in KIND_NAME_JOINERS:
                if pending is not None or not words:
                    break
                pending = (prev.start(1), word)
                start = prev.start(1)
                continue
            if not _kind_name_word_ok(word, case, lex, table):
                break
            words.append(word)
            pending = None
            start = prev.start(1)
        if pending is not None:
            start = pending[0] + len(pending[1])
            while start < m.start() and text[start] in " \t":
                start += 1
        if not words or not (
            _kind_name_is_setting(words[::-1], case, lex, table)
            or _childcare_name(words, case, kind)
            # a junior team by two capitalised words, a town's perhaps: "Easton Stars Youth
            # Football", "Brent Valley Youth Badminton"
            or (case == "title" and len(words) >= 2 and TEAM_KIND_RE.search(kind) is not None)
            # a scouts' unit named by its district: "Meanwood Explorer Unit"
            or (kind.endswith("Unit") and words[0].lower() not in TITLED_LEAD_WORDS)
        ):
            continue
        found.append(Entity(start, m.end(), "SCHOOL"))
    return found


# --- a setting named in lower case by a place-like name, in a person's slot --------------------
# "milo from farsley beck hes year 7", "jack yr 7 at plympton vale", "dsl sunny bains
# (hodgemoor grange, bham)": two lower-case words, the first one English hardly knows, the
# second one that schools are named with (SCHOOL_NAME_WORDS), after a person's first name or
# year group and "from" or "at", or in a bracket after a person's name. Matched on the
# lower-cased text; the slot before it is read after.
LOWER_PLACE_SETTING_RE = factored.compile(
    r"(?:\b(?:from|at)[ \t]+|\()"
    r"(?P<p>[a-z][a-z'’\-]+[ \t]+(?P<w>[a-z]+))"
    r"(?=[ \t]*(?:[,.)!?;:]|\n|\Z)|[ \t]+(?:lol|innit|hes|shes|he's|she's|and|year|yr|y\d|[A-Z]))"
)
LOWER_PLACE_SLOT_WORD_RE = factored.compile(r"([a-z][a-z'’\-]*|\d{1,2})[ \t]+\Z")
LOWER_PLACE_YEAR_WORDS = word_set("yr year y")


def _lower_place_settings(text: str) -> list[Entity]:
    """Settings named in lower case by a rare word and a word schools are named with, in a
    person's slot (LOWER_PLACE_SETTING_RE), as SCHOOL spans (code-point offsets). Not a town
    or district on our lists ("jack from moss side", "amy from small heath" stay), nor a name
    whose first word is a listed first name or a protected word."""

    low = lowered(text)
    if len(low) != len(text) or not ("from " in low or "at " in low or "(" in low):
        return []
    lex = lexicon()
    table = zipf_table()
    places = towns()
    found: list[Entity] = []
    for m in LOWER_PLACE_SETTING_RE.finditer(text):
        words = m.group("p").split()
        name = " ".join(words)
        if (
            m.group("w") not in SCHOOL_NAME_WORDS
            or not _rare_unlisted(words[0], table, lex)
            or name in places
            or name in towns_more()
        ):
            continue
        before = LOWER_PLACE_SLOT_WORD_RE.search(text, max(0, m.start() - 30), m.start())
        if before is None:
            continue
        word = before.group(1)
        if m.group(0).startswith("("):
            # A bracket after a person's name: "sunny bains (hodgemoor grange, ...)".
            slot = lex.any_first_name(word) or word in lex.surnames
        else:
            year = LOWER_PLACE_SLOT_WORD_RE.search(text, max(0, before.start() - 8), before.start())
            slot = (
                word.isdigit() and year is not None and year.group(1) in LOWER_PLACE_YEAR_WORDS
            ) or (lex.any_first_name(word) and word not in lex.protected)
        if slot:
            found.append(Entity(m.start("p"), m.end("p"), "SCHOOL"))
    return found


# --- settings named by where they stand, with no kind of school ------------------------------
# Words a setting named after a person or a dedication opens with: "bishop challoner", "sir
# john cass", "st thomas more", "all saints", "cardinal heenan".
SETTING_TITLE_WORDS = word_set(
    "bishop cardinal archbishop sir dame saint st st. lady king queen prince princess holy "
    "sacred blessed all"
)
# Setting-only slots (matched on the lower-cased text):
# - a first name from a setting, then what a caller does: "priya from bishop wordsworth re",
#   "dom from thornleigh asking", "kasia at st francis xavier - ...";
# - the head of a setting: "the head of john madejski (reading)";
# - a setting's role in the possessive: "dunmore park's safeguarding lead".
# Tried where " from " or " at " stands (_from_or_at), the word before read after.
PERSON_FROM_SETTING_RE = factored.compile(
    r" (?:from|at)[ \t]+"
    # Not the words most often there, which name no setting: "at home", "from the", "at 3".
    r"(?!(?:the|a|an|my|his|her|their|our|your|home|school|work|least|all|once|first|last|"
    r"this|that|night|lunch|break|time|times|some|any|about|around|least|it|them|him|me|us|"
    r"you|what|when|which|where|who|how)\b|\d)"
    r"(?P<p>(?:st\.[ \t]+)?[a-z][a-z'’\-]*(?:[ \t]+[a-z][a-z'’\-]*){0,2}?)"
    r"(?=[ \t]+(?:re|asking|about|here|regarding|wanting|wants|rang|called|calling|phoned|"
    r"emailed|enquiring|querying|innit|init|lol|lmao|tho|tbh|ngl|fr|yeah|mate|bro|bruv)\b"
    r"|[ \t]*(?:[-–(,;:?!]|\.(?:[ \t]|\Z)|\n|\Z))"
)
HEAD_OF_SETTING_RE = factored.compile(
    r"\bhead[ \t]+of[ \t]+(?P<p>(?:st\.[ \t]+)?[a-z][a-z'’\-]*(?:[ \t]+[a-z][a-z'’\-]*){0,2}?)"
    r"(?=[ \t]*(?:[(,;)]|\.(?:[ \t]|\Z)|\n|\Z))"
)
SETTING_ROLE_OWNER_RE = factored.compile(
    r"(?P<p>(?-i:(?:[A-Z][\w'’\-]*[ \t]+){0,3}[A-Z][\w'’\-]*))['’]s[ \t]+(?:safeguarding[ \t]+lead|"
    r"designated[ \t]+safeguarding[ \t]+lead|dsl|headteacher|head[ \t]+teacher|senco|"
    r"pastoral[ \t]+lead|deputy[ \t]+head)\b",
    re.I,
)
SETTING_ROLES = ("safeguarding", "designated", "dsl", "head", "senco", "pastoral", "deputy")


def _role_after_possessive(low: str) -> bool:
    """Whether a role of SETTING_ROLE_OWNER_RE follows "'s " somewhere in low (lower case):
    a few finds of "'s ", where a search for the role's pattern looks at every character."""
    for mark in ("'s ", "’s "):
        k = low.find(mark)
        while k >= 0:
            if low.startswith(SETTING_ROLES, k + 3):
                return True
            k = low.find(mark, k + 3)
    return False


# A signature's line after the signer's role names the setting: "Helen Achebe\nDSL\n
# Ravenscliffe", "Deputy Head\nThe Grange, Stockport" (the town after a comma stays).
ROLE_LINE_THEN_SETTING_RE = factored.compile(
    r"\n[ \t]*(?:DSL|DDSL|Designated[ \t]+Safeguarding[ \t]+Lead|Deputy[ \t]+DSL|"
    r"Headteacher|Head[ \t]+Teacher|Deputy[ \t]+Head(?:teacher)?|Assistant[ \t]+Head(?:teacher)?|"
    r"SENCO|SENDCo|SENCo|Head[ \t]+of[ \t]+Year[ \t]+\d{1,2}|Safeguarding[ \t]+Lead|"
    r"Pastoral[ \t]+Lead|Principal|Nursery[ \t]+Manager|Youth[ \t]+Worker)[ \t]*[,.]?[ \t]*\n"
    r"[ \t]*(?P<p>(?:[Tt]he[ \t]+)?[A-Z][\w'’\-]*(?:[ \t]+(?:[A-Z][\w'’\-]*|of|&|and)){0,4})"
    r"[ \t]*(?:,[^\n]*)?(?=\n|\Z)"
)
# The multi-academy trusts whose schools carry the trust's name first ("Harris Academy
# Peckham", "Oasis Academy South Bank", "Ark Globe Academy", "Outwood Grange", "Ormiston
# Venture Academy"): the Department for Education's list of the largest trusts.
TRUST_RE = run_start(
    r"\b(?:harris|oasis|ark|outwood|ormiston|dixons|e-act)[ \t]+"
    r"(?P<w>[a-z][a-z'’\-]*(?:[ \t]+[a-z][a-z'’\-]*){0,4})"
)
TRUST_KINDS = word_set("academy academies college primary school")
TRUST_SLOT_BEFORE_RE = factored.compile(
    r"(?:\b(?:from|at|attends|attended|to|dsl|senco|head)|[@(,])[ \t]*\Z"
)
COMPASS_WORDS = word_set("north south east west upper lower central")
# A word this common ends a setting's name after its kind or trust ("peckham", "south bank";
# not "re", "about", "and").
SETTING_TAIL_MAX_ZIPF = 5.0
SETTING_WORD_MAX_ZIPF = 5.5
SETTING_RARE_ZIPF = 3.0


def _setting_tail(words: list[str], table: dict[str, float], lex: Lexicon) -> int:
    """How many of words (lower case) go on naming a setting after its kind or its trust's
    name: places and words English seldom writes, a compass word before one ("south bank") or
    alone, at most three."""

    if len(words) == 1 and words[0] in COMPASS_WORDS:
        return 1  # a trust's school named by its side: "Sirius Academy West"
    n = 0
    while n < len(words) and n < 3:
        w = words[n]
        if (
            w in COMPASS_WORDS
            and n + 1 < len(words)
            and (
                zipf_of(words[n + 1], table) < SETTING_TAIL_MAX_ZIPF
                or words[n + 1] in SCHOOL_NAME_WORDS
            )
        ):
            n += 2  # "south bank", "east ham" (a compass word may be protected on its own)
            continue
        if (
            w in lex.protected
            or w in lex.must_survive
            or w in SCHOOL_VERBS
            or w in SETTING_TAIL_NOT_WORDS
            or w.endswith(("ed", "ing"))
        ):
            break
        if zipf_of(w, table) < SETTING_TAIL_MAX_ZIPF or w in SCHOOL_NAME_WORDS:
            n += 1
            continue
        break
    return n


def _names_a_setting_alone(words: list[str], table: dict[str, float], lex: Lexicon) -> bool:
    """Whether words (lower case, 1-3), standing where only a setting goes, can name one with
    no kind of school: a word English seldom writes ("deanery", "thornleigh"); a title or
    dedication first ("bishop challoner", "st thomas more", "all saints"); or a person's
    first name and surname ("jack hunt", "ellen wilkinson"). Not a town, a platform, a
    protected word ("from school", "at home", "the council", "year 9")."""

    titled = bool(words) and words[0] in SETTING_TITLE_WORDS
    if titled and any(w.endswith(("'s", "’s")) for w in words[:-1]):
        return False  # the saint's name ends at its possessive: "st ebba's again"
    if not words or any(
        w in lex.protected
        or w in lex.must_survive
        or w in SLOT_WORDS_NOT_SETTINGS
        # after a title any word may name the saint or the person: "st thomas more"
        or (zipf_of(w, table) >= SETTING_WORD_MAX_ZIPF and not titled)
        for w in words
        if w not in SETTING_TITLE_WORDS
    ):
        return False
    phrase = " ".join(words)
    if phrase in towns() or words[-1] in PLATFORM_WORDS:
        return False
    if words[0] in SETTING_TITLE_WORDS:
        return len(words) > 1 and (words[0] != "all" or words[1] in ("saints", "hallows", "souls"))
    if len(words) == 1:
        return zipf_of(words[0], table) < SETTING_RARE_ZIPF and not lex.any_first_name(words[0])
    if lex.any_first_name(words[0]) and len(words) == 2:
        return words[1] in lex.surnames or zipf_of(words[1], table) < SETTING_RARE_ZIPF
    return any(zipf_of(w, table) < SETTING_RARE_ZIPF for w in words)


# What a caller does after naming the setting: "ark kingsley academy rang".
SETTING_TAIL_NOT_WORDS = word_set(
    "re rang rung said says told asked asks called calls phoned emailed wants sent sends "
    "about has had have is was are were and or but with"
)
SLOT_WORDS_NOT_SETTINGS = word_set(
    "the a an my his her their our your its this that work home school college uni church "
    "town city court hospital police council mum dad nan mums dads family friends there here"
)


def _settings_in_slots(text: str, low: str) -> list[Entity]:
    """Settings named where only a setting stands (see PERSON_FROM_SETTING_RE, TRUST_RE,
    ROLE_LINE_THEN_SETTING_RE) with no kind of school in the name, as SCHOOL spans
    (code-point offsets)."""

    found: list[Entity] = []
    lex = lexicon()
    table = zipf_table()
    same = len(low) == len(text)
    if same:
        for m in _from_or_at(low):
            head = low[max(0, m.start() - 24) : m.start()].split()
            # The name may stand in brackets after a role: "dsl (jess) from hollins park".
            last = head[-1].removeprefix("(").removesuffix(")") if head else ""
            if (
                not head
                or (len(head) == 1 and m.start() > 24)
                or not last.replace("-", "").replace("'", "").isalpha()
                or not _listed_first(last, lex)
            ):
                continue  # the first name before "from", a whole word (not the text's start)
            words = m.group("p").split()
            if words[0] in towns():
                continue  # "heather at Ilkley Moor": a place by its town
            if _names_a_setting_alone(words, table, lex):
                found.append(Entity(m.start("p"), m.end("p"), "SCHOOL"))
    if same and "head of " in low:
        for m in HEAD_OF_SETTING_RE.finditer(low):
            words = m.group("p").split()
            if _names_a_setting_alone(words, table, lex):
                found.append(Entity(m.start("p"), m.end("p"), "SCHOOL"))
    if same and _role_after_possessive(low):
        for m in SETTING_ROLE_OWNER_RE.finditer(text):
            words = m.group("p").lower().split()
            while words and (words[0] in lex.protected or words[0] in SLOT_WORDS_NOT_SETTINGS):
                words = words[1:]
            if not words or " ".join(words) in towns() or words[-1] in PLATFORM_WORDS:
                continue
            if len(words) == 1 and lex.any_first_name(words[0]):
                continue  # "Sarah's head teacher": a child's
            end = m.end("p")
            found.append(Entity(end - len(" ".join(words)), end, "SCHOOL"))
    if "\n" in text:
        for m in ROLE_LINE_THEN_SETTING_RE.finditer(text):
            words = m.group("p").lower().split()
            if words[0] == "the":
                words = words[1:]
            if (
                not words
                or words[0] in lex.protected
                or " ".join(words) in towns()
                or (len(words) <= 2 and lex.any_first_name(words[0]))
            ):
                continue  # a town, a word of the note, or the next signer's name
            found.append(Entity(m.start("p"), m.end("p"), "SCHOOL"))
    if same:
        for m in TRUST_RE.finditer(low):
            words = m.group("w").split()
            kind = next((k for k, w in enumerate(words) if w in TRUST_KINDS), None)
            if kind is not None and kind <= 2:
                if not all(_setting_word(w, table) for w in words[:kind]):
                    continue
                n = kind + 1 + _setting_tail(words[kind + 1 :], table, lex)
            elif TRUST_SLOT_BEFORE_RE.search(low, max(0, m.start() - 10), m.start()):
                n = _setting_tail(words, table, lex)  # "from ormiston venture"
                if n == 0 or any(w in SETTING_TITLE_WORDS for w in words[:n]):
                    continue
            else:
                continue
            end = m.start("w") + len(" ".join(words[:n]))
            found.append(Entity(m.start(), end, "SCHOOL"))
    if same:
        found += _short_kind_settings(text, low)
    return found


# A setting's name and its kind in short form, where only a setting stands: "we go to kings
# norton boys", "u go harris boys", "kayla from south shields comp", "(HT, little heath
# primary)", "still at sacred heart grammar". The kind words, found by one search of the
# lower-cased text (SHORT_KIND_RE); "high" not before a street ("leeds high street").
SHORT_KINDS = (
    " boys",
    " girls",
    " comp",
    " high",
    " grammar",
    " primary",
    " juniors",
    " infants",
    " prep",
    " college",
    " sixth form",
    " 6th form",
)
# Each kind word not followed by a letter, a digit or an apostrophe.
SHORT_KIND_RE = factored.compile(
    "(?:" + "|".join(re.escape(kind) for kind in SHORT_KINDS) + r")(?![^\W_]|['’])"
)
SHORT_KIND_ORDER = {kind: k for k, kind in enumerate(SHORT_KINDS)}
# Kinds that also say who, not where ("boys from leeds" is no school): only after going there.
WHO_KINDS = (" boys", " girls")
SHORT_KIND_NOT_AFTER_RE = factored.compile(
    r"[ \t]+(?:street|st|road|rd|lane|court|school|academy|and[ \t]+girls|&[ \t]+girls|dept|"
    r"department|toilets?|changing|team|teams|uniform|bus|gates?|field|staff|students|pupils|"
    r"kids|block|site|canteen|class|group|chat|page|account|site|office|reception)\b"
)
# What stands before the name: going there, "at", "from", "@", a role in a bracket and a comma.
SHORT_SLOT_BEFORE_RE = factored.compile(
    r"(?:(?<![\w'’])(?P<go>(?:go|goes|went|going|gone|moved|moving|move|sent)(?:[ \t]+to)?"
    r"|attends|attended|attending|at|@)|(?<![\w'’])from|\([a-z][a-z \t]{0,20},)[ \t]*\Z"
)
SHORT_KIND_NAME_WORD_RE = factored.compile(r"[a-z][a-z'’\-]*\Z")
SHORT_KIND_NAME_MAX_ZIPF = 5.5
SHORT_KIND_RARE_ZIPF = 3.0
SHORT_KIND_NAME_ZIPF = 4.5


def _short_kind_settings(text: str, low: str) -> list[Entity]:
    """Settings named with their kind in short form in a setting's slot (see SHORT_KINDS,
    SHORT_SLOT_BEFORE_RE), as SCHOOL spans (code-point offsets; low is text lower-cased, the
    same length). The name is one to three words before the kind, none of them a protected,
    everyday (Zipf 5.5 or more) or determining word ("at the comp", "from other boys", "at
    big school"), and one of them a place, a listed name no commoner than Zipf 4.5, a word
    English seldom writes (under Zipf 3.0) or a church's dedication; "boys" and "girls" only
    after going there or "at" ("girls from leeds" says who), or after "from" when every word
    of the name is one English seldom writes and no town ("from kingsmoor girls")."""

    found: list[Entity] = []
    hits = [
        (m.start(), m.end(), m.group())
        for m in SHORT_KIND_RE.finditer(low)
        if not SHORT_KIND_NOT_AFTER_RE.match(low, m.end())
    ]
    if not hits:
        return found
    # In SHORT_KINDS' order, each kind's in the text's (as one str.find pass a kind gave them).
    hits.sort(key=lambda hit: SHORT_KIND_ORDER[hit[2]])
    lex = lexicon()
    table = zipf_table()
    for k, end, kind in hits:
        words: list[str] = []
        pos = k
        while len(words) < 3:
            word = SHORT_KIND_NAME_WORD_RE.search(low, max(0, pos - 30), pos)
            if word is None:
                break
            w = word.group(0)
            base = w[:-2] if w.endswith(("'s", "’s")) else w
            if (
                base in SLOT_WORDS_NOT_SETTINGS
                or base in YOUTH_SETTING_NOT_NAME
                or base in SCHOOL_VERBS
                or base in PLATFORM_WORDS
                or base in SHORT_KIND_STOP_WORDS
                or (not words and " " + base in SHORT_KINDS)
            ):
                break  # "... grammar sixth form": the setting ends at its own kind
            words.insert(0, base)
            pos = word.start()
            slot = SHORT_SLOT_BEFORE_RE.search(low, max(0, pos - 26), pos)
            if slot is None:
                if pos == 0 or low[pos - 1] not in " \t":
                    break
                pos -= 1
                continue
            phrase = " ".join(words)
            if (
                kind in WHO_KINDS
                and slot.group("go") is None
                and not (
                    phrase not in towns()
                    and all(zipf_of(w, table) < SHORT_KIND_RARE_ZIPF for w in words)
                )
            ):
                # "girls from leeds" says who; after "from", only a name English does not
                # know makes a setting ("bill from kingsmoor girls - deputy dsl").
                break
            place = phrase in towns() or phrase in _places()
            if not place and any(
                w in lex.protected
                or w in lex.must_survive
                or (zipf_of(w, table) >= SHORT_KIND_NAME_MAX_ZIPF and w not in SCHOOL_NAME_WORDS)
                for w in words
            ):
                break
            if place or any(
                w in towns()
                or w in DEDICATION_WORDS
                or zipf_of(w, table) < SHORT_KIND_RARE_ZIPF
                or (
                    (lex.any_first_name(w) or w in lex.surnames)
                    and zipf_of(w, table) < SHORT_KIND_NAME_ZIPF
                )
                for w in words
            ):
                found.append(Entity(pos, end, "SCHOOL"))
            break
    return found


# Words that end a setting's name going back from its kind: what a sentence says around it.
SHORT_KIND_STOP_WORDS = word_set(
    "to at from go goes went going gone moved sent attends attended attending in of for with "
    "and or but is was are were be been u you i we he she they it all some two three few many "
    "year yr y"
)


def _from_or_at(low: str) -> Iterator[re.Match[str]]:
    """PERSON_FROM_SETTING_RE's matches in low, tried only where " from " or " at " stands
    (found with str.find: a search for the pattern stops at every blank)."""
    for word in (" from ", " at "):
        k = low.find(word)
        while k >= 0:
            m = PERSON_FROM_SETTING_RE.match(low, k)
            if m is not None:
                yield m
            k = low.find(word, k + len(word) - 1)


def _listed_first(word: str, lex: Lexicon) -> bool:
    """A listed first name that is no everyday word ("heather", "will") nor a protected one."""
    return lex.any_first_name(word) and word not in lex.protected and word not in lex.ambiguous


def _celtic_schools(text: str) -> list[Entity]:

    found: list[Entity] = []
    low = lowered(text)
    if any(k in low for k in ABROAD_HINTS):
        found += _schools_abroad(text)
    if not any(k in low for k in CELTIC_HINTS):
        return found
    table = zipf_table()
    for m in CELTIC_PREFIX_RE.finditer(text):
        lower = m.group(0).islower()
        end = m.end()
        content = 0
        pos = m.end()
        named = False
        while content < 4:
            nxt = NEXT_WORD_RE.match(text, pos)
            if nxt is None:
                break
            word = nxt.group(1)
            low = word.lower()
            if low == "yng" and text[nxt.end() : nxt.end() + 9].lower().strip() == "nghymru":
                pos = nxt.end()
                continue  # "Ysgol yr Eglwys yng Nghymru": the Church in Wales's school
            if low in CELTIC_STOP_WORDS:
                break  # "ysgol gynradd yn Sir Gâr": a primary school in Carmarthenshire
            if low in CELTIC_PARTICLES:
                pos = nxt.end()
                continue
            if (
                word[0].isupper()
                or (lower and (table.get(low, 0.0) < 3.0 or low in CELTIC_NAME_WORDS))
                or ECLIPSED_WORD_RE.fullmatch(word) is not None
            ):
                content += 1
                named = named or low not in CELTIC_KIND_WORDS
                pos = end = nxt.end()
                continue
            break
        if named:
            found.append(Entity(m.start(), end, "SCHOOL"))
    return found


# A capitalised word before a school's kind: a nation's or a people's ("Polska Szkoła").
NATION_BEFORE_RE = factored.compile(r"(?<![\w'’\-])([A-Z][^\W\d_]+)[ \t]+\Z")


def _schools_abroad(text: str) -> list[Entity]:
    """Schools named in another language, the kind first (ABROAD_PREFIX_RE): the kind and
    the capitalised words after it, over particles and a number ("im. Kopernika", "nr. 3")."""
    found: list[Entity] = []
    for m in ABROAD_PREFIX_RE.finditer(text):
        if m.group(0)[0].islower() and m.group(0).lower().startswith(JEWISH_KIND_STARTS):
            continue  # "goes to yeshiva in Gateshead": the kind of school, no name
        end = pos = m.end()
        content = 0
        while content < 4:
            nxt = NEXT_WORD_RE.match(text, pos)
            if nxt is None:
                break
            word = nxt.group(1)
            if word.lower() in ABROAD_PARTICLES:
                pos = nxt.end()
                number = ABROAD_NUMBER_RE.match(text, pos)
                if number is not None and word.lower() in ("nr", "no"):
                    content += 1
                    pos = end = number.end()
                elif text.startswith(".", pos):
                    pos += 1
                continue
            if not word[0].isupper():
                break
            content += 1
            pos = end = nxt.end()
        if content:
            # A country's or people's word before the kind opens the name: "Polska Szkoła
            # Sobotnia im. Marii Konopnickiej", a Polish Saturday school.
            before = NATION_BEFORE_RE.search(text, max(0, m.start() - 24), m.start())
            start = m.start()
            if before is not None and before.group(1).lower() in nationalities():
                start = before.start(1)
            found.append(Entity(start, end, "SCHOOL"))
    return found


# A school written in lower case with its kind: "brackenfield primary", "kestrel fields
# primary", "ladywell infants". The name is the words before the kind that English does not
# know (or that schools are named with: fields, hill, park ...); "a local primary" has none.
LOWER_KIND_RE = run_start(
    r"(?<=[a-z'’][ \t])(?:primary|academy|infants?|juniors?|high(?:[ \t]+school)?|grammar|"
    r"college|secondary|comprehensive|school|nursery|sixth[ \t]+form|ps|prim|comp)\b"
)
# Under this Zipf a word before a school's kind is one English hardly knows: "tullyvar ps",
# "witham spa school" (the word before "spa", 4.0, is 2.3), "penn hallow academy".
LOWER_SCHOOL_UNKNOWN_ZIPF = 2.5
# A word this common still joins the name beside such a word: "spa", "penn" (3.9).
LOWER_SCHOOL_BESIDE_ZIPF = 4.5
# Words between a school's name and its kind: "st columba's rc high", "hillhead of dunmore".
LOWER_SCHOOL_JOINERS = word_set(
    "rc ce cofe of the and catholic church community primary infant junior middle free prep"
)
PREV_WORD_RE = factored.compile(r"(?<![^\W\d_])([a-z][a-z'’\-]*)[ \t]+\Z")


def _lower_case_schools(text: str) -> list[Entity]:

    found: list[Entity] = []
    table = zipf_table()
    lex = lexicon()
    protected = lex.protected
    for m in LOWER_KIND_RE.finditer(text):
        start = m.start()
        rare = False
        words = 0
        start_is_name_word = False
        unknown_before = False
        while words < 3:
            prev = PREV_WORD_RE.search(text, max(0, start - 30), start)
            if prev is None:
                break
            word = prev.group(1)
            base = word[:-2] if word.endswith(("'s", "’s")) else word
            z = zipf_of(base, table)
            if base in ("st", "saint"):
                start, words, rare = prev.start(1), words + 1, True
                break
            if base in LOWER_SCHOOL_JOINERS and words < 2:
                start = prev.start(1)  # "rc", "of": passed over, not counted as a name
                continue
            if base in protected and (base not in SCHOOL_NAME_WORDS or base in SCHOOL_GENERIC):
                break  # but "highwick lane primary", "cwmrhydwen lane primary"
            if z >= 3.5 and base not in SCHOOL_NAME_WORDS:
                # "quarry hill juniors", "castle park primary": a less common word before a
                # word schools are named with is a name; "the local hill school" is not.
                if words and z < 5.0 and base not in SCHOOL_GENERIC and start_is_name_word:
                    start, words, rare = prev.start(1), words + 1, True
                elif z < LOWER_SCHOOL_BESIDE_ZIPF and base not in SCHOOL_GENERIC:
                    # "penn hallow academy": beside a word English hardly knows; "witham spa
                    # school": before one.
                    if unknown_before:
                        start, words = prev.start(1), words + 1
                    elif not words and _unknown_before(text, prev.start(1), table, lex):
                        start, words, rare = prev.start(1), words + 1, True
                        continue
                break
            start_is_name_word = base in SCHOOL_NAME_WORDS
            rare = rare or (z < 3.6 and base not in SCHOOL_NAME_WORDS)
            unknown_before = z < LOWER_SCHOOL_UNKNOWN_ZIPF and not lex.any_first_name(base)
            start, words = prev.start(1), words + 1
        if not (words and rare):
            continue
        if m.group(0) == "ps" and not _names_a_primary(text[start : m.start()], table, lex):
            continue  # "see you soon jaxon ps": a postscript
        found.append(Entity(start, m.end(), "SCHOOL"))
    return found


def _unknown_before(text: str, pos: int, table: dict[str, float], lex: Lexicon) -> bool:
    """Whether the lower-case word before pos is one English hardly knows (under Zipf 2.5)
    and no listed first name nor protected word: "witham" before "spa school"."""
    prev = PREV_WORD_RE.search(text, max(0, pos - 30), pos)
    if prev is None:
        return False
    return _rare_unlisted(prev.group(1), table, lex)


def _rare_unlisted(word: str, table: dict[str, float], lex: Lexicon) -> bool:
    """Whether a lower-case word is one English hardly knows (under LOWER_SCHOOL_UNKNOWN_ZIPF)
    and no listed first name nor protected word: the first word of a setting's name in lower
    case ("witham" spa school, "farsley" beck)."""
    return (
        zipf_of(word, table) < LOWER_SCHOOL_UNKNOWN_ZIPF
        and not lex.any_first_name(word)
        and word not in lex.protected
    )


def _names_a_primary(name: str, table: dict[str, float], lex: Lexicon) -> bool:
    """Whether the words before a lower-case "ps" name a primary school ("tullyvar ps"): a word
    English hardly knows that is no listed first name or surname, not a postscript's signer."""
    return any(
        zipf_of(w, table) < LOWER_SCHOOL_UNKNOWN_ZIPF
        and not lex.any_first_name(w)
        and w not in lex.surnames
        for w in name.split()
    )


# A school's words that are none of its own name (its kind, its faith, joining words): what
# is left is how a text names it again ("Kestrel Fields" of "Kestrel Fields Primary").
SCHOOL_NAME_GENERIC_WORDS = word_set(
    "school academy college primary high grammar infant infants junior juniors "
    "comprehensive secondary prep the of and & c e ce rc cofe church catholic community "
    "free sports utc"
)


SCHOOL_NAME_WORD_RE = factored.compile(r"[^\W\d_][\w'’\-]*")


def possessive_base(word: str) -> str:
    """The word without a possessive's "'s" ("aidan's" -> "aidan"; "dumfries" stays)."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _school_repeats(text: str, found: list[Entity]) -> list[Entity]:
    """Other mentions of a school already found: its name without its kind ("Kestrel
    Fields" after "Kestrel Fields Primary"), in any case, and the capitals of its words
    ("QEGS" for "Queen Elizabeth's Grammar School")."""

    if not found:
        return []
    table = zipf_table()
    lex = lexicon()
    places = _places()
    cores: set[str] = set()
    acronyms: set[str] = set()
    for ent in found:
        words = SCHOOL_NAME_WORD_RE.findall(text[ent.start : ent.end])
        core = [w for w in words if w.lower() not in SCHOOL_NAME_GENERIC_WORDS]
        if len(words) >= 3:
            acronyms.add("".join(w[0] for w in words).upper())
        if not core:
            continue
        phrase = " ".join(core).lower()
        if len(core) == 1:
            low = possessive_base(phrase)
            if table.get(low, 0.0) >= 3.5 or low in places or low in lex.protected:
                continue
        cores.add(phrase)
    out: list[Entity] = []
    low_text = _lower(text)
    if low_text is not None:
        for phrase in cores:
            town = " " not in phrase and _town_or_its_first_word(possessive_base(phrase), text)
            out += [
                Entity(s, e, "SCHOOL")
                for s, e in _phrase_spans(phrase.split(), low_text)
                if not (town and _read_as_town(low_text, s, e))
            ]
    for acronym in acronyms:
        out += [Entity(s, e, "SCHOOL") for s, e in _phrase_spans([acronym], text)]
    return out


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what \w matches


def _phrase_spans(words: list[str], hay: str) -> Iterator[tuple[int, int]]:
    """Where the words stand in hay as whole words, one after another with spaces or tabs
    between them (the regex (?<!\\w)w1[ \t]+w2...(?!\\w), found with str.find: each text
    names new schools, and compiling a regex for each would cost more than the search)."""
    first = words[0]
    n = len(hay)
    pos = 0
    while (start := hay.find(first, pos)) >= 0:
        pos = start + 1
        if start > 0 and _is_word_char(hay[start - 1]):
            continue
        end = start + len(first)
        for word in words[1:]:
            k = end
            while k < n and hay[k] in " \t":
                k += 1
            if k == end or not hay.startswith(word, k):
                break
            end = k + len(word)
        else:
            if end < n and _is_word_char(hay[end]):
                continue
            yield start, end
            pos = end


# The lead's roles SCHOOL_CUE_RE reads before a lower-case school with no "at".
LEAD_ROLE_CUES = ("dsl", "ddsl", "senco")
# Context that says the next words name a school, when the name has no School or Academy:
# "two pupils from Ravensmoor", "a boy at St Aidan's", "she attends Linnet Lane", "DSL,
# Coldharbour Vale", "School: Greythorne", "between oakhanger and marbury heath kids".
SCHOOL_CUE_RE = factored.compile(
    r"\b(?:(?:pupils?|students?|boys?|girls?|kids|lads|children|child|someone|somebody|anyone|"
    r"everyone|everybody|uniform|"
    r"one|two|three|four|five|several|some|teachers?|staff|parents?|year\s+\d{1,2}s?|"
    r"yr\s+\d{1,2}s?|yr[0-9]{1,2}s?|y\d{1,2}s?|a\s+(?:boy|girl|lad|pupil|student|teacher|child))"
    r"\s+(?:from|at|leaving|outside)"
    # A year group or a lead's role before a school named in lower case: "child: brandon yr 8
    # tamworth castle academy", "mrs s. akhtar dsl park lane primary halifax".
    r"|(?:yr\s+\d{1,2}|" + "|".join(LEAD_ROLE_CUES) + r")"
    r"(?=[ \t]+[a-z][a-z'’\-]*(?:[ \t]+[a-z][a-z'’\-]*){0,2}[ \t]+"
    r"(?:primary|academy|school|high|college|grammar)\b)"
    r"|(?:form|class|tutor\s+group|year\s+group)\s+at"
    # The answer to "which school?" in a chat: "Frostbite: which school\nTilly: allerton grange".
    r"|(?:which|what|wat|wot)\s+school\b[^\n]{0,12}\n[^\n:]{1,30}:"
    r"|attends|attending|attended|goes\s+to|go\s+to|went\s+to|moved\s+(?:from|to)|"
    # A chat's "u go X" without "to", and a child moved to a school.
    r"(?:u|you|ya|i|he|she|they|we)\s+(?:go|goes)(?![ \t]+(?:to|there|home|out|back)\b)|"
    r"(?:move|moving|moved)\s+(?:her|him|them)\s+to|"
    r"school\s*=|school\s+is|"
    # A chat's "u still at X", a caller named at their setting ("caller deb at X").
    r"(?:u|you|ya)\s+still\s+at|caller\s+[a-z]+\s+(?:at|from)|"
    r"transferred\s+(?:from|to)|excluded\s+from|expelled\s+from|started\s+at|"
    r"(?:dsl|ddsl|senco|headteacher|head\s+teacher|deputy\s+head|assistant\s+head|"
    r"head\s+of\s+year(?:\s+\d{1,2})?|form\s+tutor|safeguarding\s+lead|pastoral\s+lead|"
    r"office\s+manager|business\s+manager|it\s+manager|teacher|governor|"
    r"teaching\s+assistant|learning\s+mentor|sendco|head\s+of\s+(?:ks\d|sixth\s+form))"
    r"\s*(?:at|,|@)"
    r"|(?:school|setting|organisation|organization|workplace|place\s+of\s+work|"
    r"school/college|college|sixth\s+form)\s*:"
    r"|between)[ \t]+",
    re.I,
)
SCHOOL_CUE_LOW_RE = factored.compile(SCHOOL_CUE_RE.pattern)
# The same cues tried only where one of their first words stands (a RunStart over the lower
# case's word runs, which other recognisers split out anyway), for an ASCII text: there its
# year groups' digits ("y9s at") are [0-9], a first run it can list; elsewhere \d takes every
# script's digits, and the whole-text search above is kept.
SCHOOL_CUE_RUNS_RE = run_start(SCHOOL_CUE_RE.pattern.replace(r"y\d{1,2}s?", r"y[0-9]{1,2}s?"))
# "boy harjot 15 at tudor grange park", "Jaden, 12 at Ravensmoor": a child's age after their
# name, then where they go to school. Kept apart from SCHOOL_CUE_RE, which it would slow.
AGE_AT_RE = run_start(r"\b(?:1[0-8]|[4-9])[ \t]+(?i:at|from)[ \t]+")
AFTER_NAME_RE = factored.compile(r"[^\W\d_],?[ \t]\Z")
AGE_NOT_AFTER_RE = factored.compile(
    r"\b(?i:at|by|until|till|before|after|around|about|from|since|to|past|year|yr|y|years|"
    r"aged|age|under|over|of|and|or|between|room|page|platform|gate|no|number|bus|route|"
    r"level|grade|stage|class|group|set|form|team|floor|junction|exit|chapter|step|part)"
    r"[ \t]+\Z"
)
SCHOOL_NAME_WORDS = word_set(
    "hill park vale heath moss ridge green lane fields field bank brow wood woods grove high "
    "road little oaks "
    "st saint saints academy primary school college manor court view bridge gate cross lea end "
    "valley house mount road abbey priory meadow meadows farm hall brook common edge side top "
    "fold croft moor dale rise grange marsh mead dene holme royd carr garth ings beck "
    "cliffe knoll wold hollow hollows heights fell"
)
SCHOOL_TAIL_WORDS_RE = factored.compile(
    r"[ \t]+(?:lot|kids|pupils|students|lads|girls|boys|crowd|parents|staff)\b", re.I
)
CAP_PHRASE_RE = factored.compile(
    r"(?:St\.?[ \t]+)?[A-Z][\w'’\-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+|C[ \t]+OF[ \t]+E[ \t]*|"
    r"of[ \t]+the[ \t]+)?(?:St\.?[ \t]+)?[A-Z][\w'’\-]*){0,3}"
)
LOW_PHRASE_RE = factored.compile(r"[a-z][a-z'’\-]*(?:[ \t]+[a-z][a-z'’\-]*){0,3}")
# "from st ebba's", "at St Cedd's": a saint's name after from/at is a school here.
# "THE SCHOOL (ASHCOMBE RIDGE)": a name in brackets after "school".
SAINT_SCHOOL = (
    r"\b(?:from|at|to|attends?|attended|attending|outside|near|joined)[ \t]+(?P<p>"
    r"(?:(?:our[ \t]+lady|st\.?|saint)[ \t]+(?:[a-z][\w\-]*(?:['’]s)?[ \t]+)?(?:&|and)[ \t]+)?"
    r"(?:(?:st|saint)\.?[ \t]+[a-z][\w\-]*(?:['’]s)?|our[ \t]+lady(?:[ \t]+of[ \t]+[a-z][\w\-]*)?))"
    r"(?![\w'’])"
    r"|\bschool[ \t]*\([ \t]*(?P<q>[a-z][\w'’\-]*(?:[ \t]+[a-z][\w'’\-]*){0,3})[ \t]*\)"
)
SAINT_SCHOOL_RE = factored.compile(SAINT_SCHOOL, re.I)
BRACKET_SCHOOL_KINDS = word_set("academy college school primary high grammar juniors infants")
# A school named after someone, after a word of going there: "everyone at Sir Thomas Lisle",
# "the older ones from Queen Eleanor's".
NAMED_HINT_RE = run_start(
    r"\b(?:Sir|Dame|Queen|King|Bishop|Cardinal|Archbishop|Lady|Lord|Prince|Princess)[ \t]+[A-Z]"
)
NAMED_AFTER_RE = factored.compile(
    r"\b(?i:from|at|attends|attended|goes[ \t]+to|went[ \t]+to)[ \t]+(?P<p>(?:Sir|Dame|Queen|King|"
    r"Bishop|Cardinal|Archbishop|Lady|Lord|Prince|Princess)[ \t]+[A-Z][\w\-]*(?:['’]s)?"
    r"(?:[ \t]+[A-Z][\w\-]*(?:['’]s)?)?)"
)
SAINT_SCHOOL_LOW_RE = run_start(SAINT_SCHOOL)
THE_LOT_RE = word_start(
    r"\b[Tt]he[ \t]+(?P<p>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2})"
    r"[ \t]+(?:lot|kids|crowd)\b"
)


THE_BEFORE_NAME_RE = factored.compile(r"(?:the|The|THE)[ \t]+(?=[^\W\d_])")


def _school_phrase(text: str, pos: int) -> tuple[int, int] | None:
    """The school name starting at pos, if the words there can be one; a school named "the
    Larches" keeps its "the" when no kind of school follows ("head of year at the larches")."""
    the = THE_BEFORE_NAME_RE.match(text, pos)
    if the is not None:
        phrase = _school_phrase_at(text, the.end())
        if phrase is None:
            return None
        named = text[phrase[0] : phrase[1]].lower()
        if any(named.endswith(k) for k in SCHOOL_KINDS_AT_END):
            return phrase
        return pos, phrase[1]
    return _school_phrase_at(text, pos)


# Titles that open schools' names: "Sir John Cass's", "Lady Margaret", "Lord Williams's",
# "bishop halton academy".
SCHOOL_NAMED_FOR_TITLES = word_set("sir dame lady lord master bishop cardinal archbishop")
SCHOOL_KINDS_AT_END = (
    "school",
    "academy",
    "college",
    "primary",
    "high",
    "juniors",
    "junior",
    "infants",
    "infant",
    "secondary",
    "grammar",
    "nursery",
)


def _school_phrase_at(text: str, pos: int) -> tuple[int, int] | None:

    lex = lexicon()
    places = _places()
    m = CAP_PHRASE_RE.match(text, pos)
    if m is not None:
        words = m.group(0).split()
        # Stop before a protected word ("Ravensmoor Police"), keeping "St" and kinds of school.
        kept: list[str] = []
        for w in words:
            low = w.lower().strip(".")
            if low in lex.protected and low not in ("st", "saint", "high", "primary") and kept:
                break
            kept.append(w)
        if not kept:
            return None
        lows = [w.lower().strip(".'’") for w in kept]
        if lows[0] in lex.protected and lows[0] not in ("st", "saint"):
            return None
        if lows[0] in TITLES and lows[0] not in SCHOOL_NAMED_FOR_TITLES:
            return None  # "one from Sgt Mo Rahman": a person (not "from Sir John Cass's")
        if PRONOUN_CONTRACTION_RE.fullmatch(lows[0]):
            return None  # "Brambles School: We'd like to know": the writer, not a school
        if lows[0] in LABEL_OPENERS and len(lows) > 1:
            return None  # "went to Nanny Jude's", "from Coach Daz": a person's, not a school
        if all(w in places or w in SCHOOL_GENERIC for w in lows):
            return None  # "pupils from Leeds": a town, and towns stay
        while len(kept) > 1 and lows[len(kept) - 1] in places:
            kept.pop()  # "SCHOOL IS ST MARY MAGDALENE NOTTINGHAM": the town stays
        end = (
            pos + len(" ".join(kept))
            if " ".join(kept) == text[pos : pos + len(" ".join(kept))]
            else m.end()
        )
        return pos, end
    named = LOWER_NAMED_KIND_RE.match(text, pos)
    if named is not None:
        # After a cue, everyday words before a kind of school name one: "cherry tree academy";
        # "the local primary", "a new school" do not.
        words = [w.lower() for w in named.group("name").split()]
        if not any(w in SCHOOL_GENERIC or w in DETERMINERS or w in lex.protected for w in words):
            return pos, named.end()
    m = LOW_PHRASE_RE.match(text, pos)
    if m is None:
        return None
    table = zipf_table()
    kept = []
    for w in m.group(0).split():
        base = w[:-2] if w.endswith(("'s", "’s")) else w
        after_saint = bool(kept) and kept[-1] in ("st", "st.", "saint")
        # A compound of everyday words is one too: "pick-up", "drop-off"; so is a word
        # written with a hyphen ("co-ordinate").
        zipf = (
            max(
                min(table.get(part, 0.0) for part in base.split("-")),
                table.get(base.replace("-", ""), 0.0),
            )
            if "-" in base
            else 0.0
        )
        if not kept and _past_form(base, table):
            break  # "(made by SENCO, forwarded to helpline)": what was done, not a school
        if max(table.get(base, 0.0), zipf) < 3.5 or base in SCHOOL_NAME_WORDS or after_saint:
            # After "st" the saint's name, however common the word: "st anne's", "st mark's".
            if base in lex.protected and base not in ("st", "saint") and not after_saint:
                break
            kept.append(w)
        else:
            break
    span = " ".join(kept)
    # Its kind after the name, over a street word or two: "moss side academy", "alma road
    # primary".
    kind = LOWER_KIND_AFTER_RE.match(text, pos + len(span)) if kept else None
    saint = len(kept) == 2 and kept[0] in ("st", "st.", "saint")
    if (
        kind is None
        and not saint
        and (
            not kept or all((possessive_base(w) in SCHOOL_NAME_WORDS or w in places) for w in kept)
        )
    ):
        return _named_for_someone(text, pos, m.group(0).split(), table, lex)
    return pos, kind.end() if kind is not None else pos + len(span)


# A pronoun and its verb written short: "we'd", "I'm", "they've" (not "St Mary's").
PRONOUN_CONTRACTION_RE = factored.compile(
    r"(?:i|we|you|they|he|she|it|that|there|who)['’](?:d|m|re|ve|ll)"
)


def _past_form(word: str, table: dict[str, float]) -> bool:
    """Whether a lower-case word is an English verb's past form: "forwarded", "phoned"."""
    return (
        word.endswith("ed")
        and table.get(word, 0.0) >= 2.5
        and (word[:-2] in table or word[:-1] in table)
    )


NAME_END_RE = factored.compile(r"[ \t]*(?:[,;:)(!?]|\.(?:[ \t]|\Z)|\n|\Z|[ \t][-–][ \t])")


def _named_for_someone(
    text: str, pos: int, words: list[str], table: dict[str, float], lex: Lexicon
) -> tuple[int, int] | None:
    """After a school's cue, two or three lower-case words where the name ends that name a
    setting for a person or a dedication ("the school is jack hunt.", "kids from ernest
    bevin,"; see _names_a_setting_alone), as (start, end); else None."""
    end = pos
    for k, w in enumerate(words[:3]):
        end = text.index(w, end) + len(w)
        if k >= 1 and NAME_END_RE.match(text, end):
            if _names_a_setting_alone(words[: k + 1], table, lex):
                return pos, end
            return None
    return None


DETERMINERS = word_set(
    "a an the another any every each some no which what whose its one two both either neither "
    "same other new old different"
)
LOWER_NAMED_KIND_RE = factored.compile(
    r"(?P<name>[a-z][a-z'’\-]*(?:[ \t]+[a-z][a-z'’\-]*){0,2}?)[ \t]+(?:primary|academy|school|"
    r"high|juniors?|infants?|college|secondary|nursery|grammar)\b"
)
LOWER_KIND_AFTER_RE = factored.compile(
    r"(?:[ \t]+(?:road|lane|street|park|hill|way|avenue|drive|grove|green|wood|fields?|side|"
    r"view|vale|bank)){0,2}[ \t]+(?:primary|academy|school|high|juniors?|infants?|college|"
    r"secondary|nursery|grammar)\b"
)


@cache
def _places() -> frozenset[str]:

    return read_words("places.txt")


# Countries by the short names people give them (countries.txt has GeoNames' names).
COUNTRIES_SHORT = frozenset(("america", "korea", "the states", "the us", "the usa", "the uae"))


@cache
def _towns_abroad() -> frozenset[str]:
    """Lower-case towns, districts, countries and cities abroad of 300,000 people or more,
    not villages (many schools carry a village's name)."""
    return read_words("towns.txt") | read_words("districts.txt") | places_abroad() | COUNTRIES_SHORT


@cache
def _town_first_words() -> dict[str, tuple[str, ...]]:
    """The towns of two words or more in _towns_abroad(), by their first word."""
    out: dict[str, list[str]] = {}
    for town in _towns_abroad():
        first, _, rest = town.partition(" ")
        if rest:
            out.setdefault(first, []).append(town)
    return {k: tuple(v) for k, v in out.items()}


def _town_or_its_first_word(word: str, text: str) -> bool:
    """Whether a lower-case word is a town, district, country or city abroad, or the first
    word of one the text names ("llandrindod" in a text naming Llandrindod Wells)."""
    if word in _towns_abroad():
        return True
    longer = _town_first_words().get(word, ())
    return bool(longer) and any(town in lowered(text) for town in longer)


# Where a school's town, its name's only word but its kind, stands for the town: "up to
# Cromer", "for Thurso colleagues", "Strabane district", "Llandrindod Wells", a subject line's
# last words ("Subject: ... – Haverfordwest"); not "Northfield's DSL", "u go Beaumont".
TOWN_READ_BEFORE_RE = factored.compile(
    r"(?:\b(?:in|near|around|from|outside|across|up[ \t]+to|down[ \t]+to|over[ \t]+to)|"
    r"^subject:[^\n]*[\-–—:])[ \t]+\Z",
    re.M,
)
TOWN_READ_AFTER_RE = factored.compile(
    r"[ \t]+(?:district|area|town|colleagues|person|people|folk|council|station|centre|"
    r"[a-z]+[ \t]+(?:district|council))\b"
)


def _read_as_town(low_text: str, start: int, end: int) -> bool:
    """Whether the town at low_text[start:end] (the lower-cased text), a school's name as
    well, stands for the town there (TOWN_READ_BEFORE_RE, TOWN_READ_AFTER_RE)."""
    word = low_text[start:end]
    return (
        TOWN_READ_BEFORE_RE.search(low_text, max(0, start - 120), start) is not None
        or TOWN_READ_AFTER_RE.match(low_text, end) is not None
        or any(low_text.startswith(town, start) for town in _town_first_words().get(word, ()))
    )


def _only_place(phrase: str) -> bool:
    """Whether a phrase after "from" is a town, district, neighbourhood, country or city abroad
    and nothing more ("America", "St Brelade", "Werneth"): where someone comes from, not their
    school."""
    place = phrase.lower().strip(".'’")
    return place in _towns_abroad() or place in areas()


AND_AFTER_RE = factored.compile(r"[ \t]+and[ \t]+")
TO_AFTER_RE = factored.compile(r"[ \t]+to[ \t]+")


# Schools named for a church dedication, after a word of going there or in brackets, with or
# without their kind: "lad at holy trinity", "(sacred heart junior)", "from Corpus Christi".
DEDICATION_HINTS = (
    "holy ",
    "sacred ",
    "christ ",
    "corpus ",
    "blessed ",
    "all s",  # "all saints", "all souls"
    "all h",  # "all hallows"
)
DEDICATION_RE = factored.compile(
    r"(?:\b(?:at|from|to|attends?|attended|attending|outside|joined)[ \t]+|\([ \t]*)(?P<p>"
    r"(?:sacred[ \t]+heart|holy[ \t]+(?:trinity|cross|family|rosary|spirit|name|redeemer|"
    r"ghost|child|angels|innocents|apostles)|christ[ \t]+the[ \t]+king|corpus[ \t]+christi|"
    r"blessed[ \t]+sacrament|all[ \t]+(?:saints|hallows|souls)(?!['’]?[ \t]+(?:day|eve|church)\b))"
    r"(?:[ \t]+(?:rc|r\.c\.|catholic|c[ \t]+of[ \t]+e|ce))?"
    r"(?:[ \t]+(?:primary|juniors?|infants?|high|academy|college|school|catholic[ \t]+school))?)"
    r"(?=[ \t]*[)\s.,;:!?\-]|\Z)",
    re.I,
)


# A capitalised word that may end a school's name before its kind ("Girls' School is"), not
# a determiner ("Her School is Greythorne").
SCHOOL_NAME_WORD_BEFORE_RE = factored.compile(
    r"(?<![\w'’])(?!(?i:her|his|our|their|my|the|your|which|what|this|that|whose)\b)"
    r"[A-Z][\w'’]*[ \t]+\Z"
)
# Words that open a bracket after a school's word with no school's name in it: where it is,
# its kind, a person's title ("school (Mrs Obi)").
BRACKET_NOT_SCHOOL_FIRST = word_set(
    "by near on in at next opposite behind off beside a an mr mrs ms miss mx dr ks1 ks2 ks3 ks4 ks5"
)


# Places that officers, staff and families attend that are no school: "Attended Brighton
# Palace Pier", "attended Kingsmead Leisure Centre".
VENUE_WORDS = word_set(
    "pier park station stadium ground arena mall beach market library cinema theatre museum "
    "hospital pub hotel airport court leisure"
)


def _venue(phrase: str) -> bool:
    """Whether a capitalised phrase ends with a venue's word (VENUE_WORDS)."""
    words = phrase.split()
    return bool(words) and words[-1].lower() in VENUE_WORDS


# A place of worship's word after a name a school's cue took: the name is a church's, a
# mosque's or a temple's ("we go to Kidane Mehret church", "go to St Michael orthodox").
WORSHIP_AFTER_RE = factored.compile(
    r"[ \t]+(?i:church|mosque|masjid|gurdwara|mandir|temple|chapel|cathedral|synagogue|"
    r"orthodox|parish|ministries|kingdom[ \t]+hall)\b"
    # not a school's own words: "The Magnus Church of England Academy"
    r"(?![ \t]+(?i:of[ \t]+england|school|academy|primary|high|college|junior|infant|nursery))"
)


def _schools_by_context(text: str, known: list[Entity]) -> list[Entity]:
    found: list[Entity] = []
    low_text = lowered(text)
    if any(h in low_text for h in DEDICATION_HINTS):
        for m in DEDICATION_RE.finditer(text):
            found.append(Entity(m.start("p"), m.end("p"), "SCHOOL"))
    low_cues = _lower(text)
    if low_cues is None:
        cues = list(SCHOOL_CUE_RE.finditer(text))
    elif low_cues.isascii():
        cues = list(SCHOOL_CUE_RUNS_RE.finditer(low_cues))
    else:
        cues = list(SCHOOL_CUE_LOW_RE.finditer(low_cues))
    for age in AGE_AT_RE.finditer(text):
        start = age.start()
        if AFTER_NAME_RE.search(text, max(0, start - 3), start) and not AGE_NOT_AFTER_RE.search(
            text, max(0, start - 12), start
        ):
            cues.append(age)  # not "back by 3 at the latest", "Year 9 at": a time, a year
    for cue in cues:
        cue_low = cue.group(0).lower()
        if (
            cue_low.startswith("school")
            and ":" not in cue_low
            and SCHOOL_NAME_WORD_BEFORE_RE.search(text, max(0, cue.start() - 30), cue.start())
        ):
            continue  # "at Eastbrook Girls' School is mortified": a named school's "is"
        phrase = _school_phrase(text, cue.end())
        if phrase is None:
            continue
        if cue_low.rstrip() in LEAD_ROLE_CUES and (
            text[phrase[0] : phrase[1]].split()[0].lower() in lexicon().first_names
        ):
            continue  # "DSL hope bristol primary": the lead's name, then a town's primary
        if cue_low.startswith("attended") and _venue(text[phrase[0] : phrase[1]]):
            continue  # "Attended Brighton Palace Pier following 999 call": where police went
        if WORSHIP_AFTER_RE.match(text, phrase[1]):
            continue  # "we go to Kidane Mehret church", "goes to St Michael orthodox": a faith's
        if (
            " from" in cue_low
            or cue_low.startswith(("from", "between", "go to", "goes to", "went to"))
        ) and _only_place(text[phrase[0] : phrase[1]]):
            # "boys from America", "moved from Hong Kong to Sutton", "we go to Whitby for
            # Easter": where from or where to
            continue
        found.append(Entity(phrase[0], phrase[1], "SCHOOL"))
        # "from X and one from Y" has its own cue; "between X and Y" and "X and Y kids" not.
        rest = AND_AFTER_RE.match(text[phrase[1] : phrase[1] + 6])
        onward = TO_AFTER_RE.match(text[phrase[1] : phrase[1] + 6])
        if onward and (cue_low.startswith(("moved", "transferred")) and "from" in cue_low):
            # "moved from st comgall's to lagan rise college": where the child went too.
            second = _school_phrase(text, phrase[1] + onward.end())
            if second is not None:
                found.append(Entity(second[0], second[1], "SCHOOL"))
        if cue_low.startswith("between") and rest:
            second = _school_phrase(text, phrase[1] + rest.end())
            if second is not None and not _only_place(text[second[0] : second[1]]):
                found.append(Entity(second[0], second[1], "SCHOOL"))
    low = lowered(text)
    for m in NAMED_AFTER_RE.finditer(text) if NAMED_HINT_RE.search(text) else ():
        found.append(Entity(m.start("p"), m.end("p"), "SCHOOL"))
    for m in _ci_finditer(SAINT_SCHOOL_LOW_RE, SAINT_SCHOOL_RE, text):
        group = "p" if m.group("p") else "q"
        if group == "q":
            words = m.group("q").lower().split()
            kind_last = (
                len(words) > 1
                and words[-1] in BRACKET_SCHOOL_KINDS
                and words[0] not in SCHOOL_GENERIC
                and words[0] not in lexicon().protected
            )  # "school (grange academy)": its name and its kind
            if (
                (words[-1] in lexicon().protected and not kind_last)
                or words[0] in BRACKET_NOT_SCHOOL_FIRST
                or _course_provision_or_place(words)
                or (words[0] == "the" and text[m.start("q") : m.end("q")].split()[-1].islower())
                or (words[0] == "the" and len(words) > 1 and words[1].endswith("'s"))
            ):
                # "community school (deputy dsl)", "School (by the River Cherwell)", "school
                # (a primary in Swindon)", "School (the city's primary PRU)", "school (Mrs
                # Obi)": a role, where it is, its kind or a person, not its name
                continue
        elif WORSHIP_AFTER_RE.match(text, m.end(group)):
            continue  # "we go to St Michael orthodox": a church
        found.append(Entity(m.start(group), m.end(group), "SCHOOL"))
    for m in (
        THE_LOT_RE.finditer(text) if (" lot" in low or " kids" in low or " crowd" in low) else ()
    ):
        phrase = _school_phrase(text, m.start("p"))
        if phrase is not None:
            found.append(Entity(phrase[0], min(phrase[1], m.end("p")), "SCHOOL"))
    # An abbreviation and its name: "KFFS (Kestrel Fields)".
    # Not the setting's kind: "Tamar Valley Learning Centre (AP)"; nor a person named with a
    # title: "Camborne Academy (Ms Hollie Vosper)".
    for ent in [*known, *found]:
        named = BRACKETED_NAME_RE.match(text, ent.end)
        if (
            named is not None
            and named.group("p").lower() not in SETTING_KIND_ABBREVIATIONS
            and named.group("p").split()[0].rstrip(".") not in BRACKET_TITLES
            and named.group("p").split()[0].lower() not in BRACKET_NOT_SCHOOL_FIRST
            and AGE_GROUP_WORD_RE.fullmatch(named.group("p")) is None
            and not _course_provision_or_place(named.group("p").lower().split())
        ):
            found.append(Entity(named.start("p"), named.end("p"), "SCHOOL"))
    return found


def _course_provision_or_place(words: list[str]) -> bool:
    """Whether the lower-case words in brackets after a school name its course, its provision
    or where it is, not the school by another name: "Doncaster College (Engineering)",
    "(HND Sound Production)", "(ASD Enhanced Provision)", "(autism base)", "High School
    (Mull)"."""
    if not words or not BRACKET_SCHOOL_KINDS.isdisjoint(words):
        return False  # "(Kingshurst City Technology College)": a school's long name
    return (
        words[-1] in COURSE_OR_PROVISION_WORDS
        or words[0] in COURSE_FIRST_WORDS
        or " ".join(words) in towns()
    )


# The last word of a course or of a special school's provision: "(Motor Vehicle)", "(Music
# Technology)", "(moderate learning difficulties)", "(resource base)".
COURSE_OR_PROVISION_WORDS = word_set(
    "engineering vehicle vehicles technology production provision base studies science "
    "sciences care construction hairdressing catering hospitality computing business sport "
    "sports music media nursing childcare plumbing electrical electrics carpentry joinery "
    "bricklaying mechanics beauty therapy welding agriculture horticulture law psychology "
    "photography animation games gaming drama dance fashion textiles retail logistics "
    "accounting administration difficulties needs"
)
# A qualification or a provision written short that opens the brackets: "(HND Sound
# Production)", "(Level 2 Carpentry)", "(ARP for SLCN)".
COURSE_FIRST_WORDS = word_set(
    "hnd hnc btec nvq level l1 l2 l3 gcse a-level t-level diploma access arp srp srb asn"
)


BRACKET_TITLES = frozenset(("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"))
# A team's age group or a year group, no name: "Longsight Juniors FC (U10s)".
AGE_GROUP_WORD_RE = factored.compile(r"(?:U|Under[ \t\-]+)\d{1,2}s?|Y\d{1,2}|Year[ \t]+\d{1,2}")
BRACKETED_NAME_RE = factored.compile(
    r"[ \t]*\((?P<p>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,3})\)"
)
# Kinds of setting and provision written short: alternative provision, a pupil referral
# unit, special or resourced provision, further education, a multi-academy trust.
SETTING_KIND_ABBREVIATIONS = word_set(
    "ap pru sen send semh ebd asd mld sld pmld arp srp fe he mat la va vc ce rc ind"
)


# --- ADDRESS -------------------------------------------------------------------------------
STREET_WORDS = (
    r"Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Cres|Grove|Place|Pl|"
    r"Terrace|Gardens|Court|Ct|Hill|Park|Row|Walk|Mews|Square|Rise|View|Parade|Green|Vale|"
    r"Fields|Meadows?|Croft|Bank|Wharf|Gate|Yard|Heights|Boulevard|Chase|End|Grange|Brow|"
    r"Approach|Estate|Wynd|Loan|Brae|Gardens|Cottages|Villas|Buildings|Dene|Lanes"
)
# A street's compass part after its kind ("Chester Road North", "High Street West"), not a
# town's first word ("King Street West Bromwich").
COMPASS_AFTER = r"(?:[ \t]+(?:North|South|East|West)(?![\w'’]|[ \t]+[A-Z]))?"
STREET = r"(?:" + STREET_WORDS + r")\b\.?" + COMPASS_AFTER
# Words of a street's name: capitalised or ALL CAPS, with the street word in the same case.
NAME_WORD = r"[A-Z][\w'’\-]*"
CAPS_STREET = r"(?:" + STREET_WORDS.upper() + r")\b"
# "Flat 4", "Unit 2", a site's plot or pitch ("Plot 3, Mill Race Lane", "Caravan 6, Willowbank
# Park"), and a Scottish tenement flat written "3/2," (floor / door).
SITE_PLACE_WORDS = ("Plot", "Pitch", "Caravan", "Chalet", "Mooring", "Berth")
SITE_PLACES = "|".join(SITE_PLACE_WORDS)
UNIT = (
    r"(?:(?:(?:Flat|Apartment|Apt|Unit|Room|FLAT|UNIT|ROOM|"
    + SITE_PLACES
    + r")[ \t]+\d+[A-Za-z]?(?:/\d{1,2})?|"
    # A Scottish flat's floor and door: "3/2," or "2F1," (second floor, first door).
    r"\d{1,2}/\d{1,2}|\d{1,2}F\d{1,2}),?"
    r"[ \t]+)?"
)
BUILDING = (
    r"(?:(?:" + NAME_WORD + r"[ \t]+){1,3}(?:House|Court|Building|Centre|Mill|Works|Lodge|"
    r"HOUSE|COURT),?[ \t]+)?"
)
# A flat whose number is the street's: "flat 12 Marsh Lane".
FLAT_NUMBER = r"(?:(?:flat|Flat|FLAT|apartment|Apartment|apt|Apt)[ \t]+)?"
ADDRESS_RE = factored.compile(
    # Not a sum of money: "£400 via bank transfer".
    r"\b(?<![£$€])"
    + UNIT
    + BUILDING
    + FLAT_NUMBER
    + r"\d{1,4}[A-Za-z]?,?[ \t]+"
    + NAME_WORD
    # A Welsh article inside the name: "4 Pen y Maes Avenue".
    + r"[ \t]+(?:(?:"
    + NAME_WORD
    + r"|y|yr)[ \t]+){0,2}"
    r"(?:" + STREET + r"|" + CAPS_STREET + r")"
)
# A street without a house number: "Corrigan Close", "Pellow Gardens", "Heol y Felin"; not a
# letter after an ampersand ("A&E Northwick Park").
NUMBERLESS_RE = factored.compile(
    r"(?<![\w'’&])" + UNIT + BUILDING + r"(?:" + NAME_WORD + r"[ \t]+){1,3}"
    r"(?:" + STREET + r"|" + CAPS_STREET + r")"
    r"|(?<![\w'’])(?:Heol|Ffordd|Lôn|Stryd|Rue)[ \t]+(?:y[ \t]+|yr[ \t]+)?"
    + NAME_WORD
    + r"|(?<![\w'’])(?:the[ \t]+)?"
    + NAME_WORD
    + r"[ \t]+estate\b"
)
# A park people meet in, walk past or go near: a place, not a home ("meet by Hulme Park",
# "walking home past Lister Park"); a school may be named so too ("from Finham Park").
PARK_VISIT_BEFORE_RE = factored.compile(
    r"\b(?:meet(?:ing)?(?:[ \t]+(?:up|him|her|them|me|u|you))?[ \t]+(?:at|by|in|near)|past|"
    r"near|around|round|by)[ \t]+(?:the[ \t]+)?\Z",
    re.I,
)
# A place of worship on a street: the street is where it stands, no one's address ("the
# Jamia on Leeds Road"); a shop's or a stop's street is where someone works or was seen, an
# address as the brief settles ("the Spar on Mold Road", "outside Greggs on Queen Street").
WORSHIP_PLACE_BEFORE_RE = factored.compile(
    r"\b(?:mosque|masjid|jamia|church|chapel|gurdwara|temple|mandir|synagogue|cathedral)"
    r"[ \t]+(?:on|in)[ \t]+\Z",
    re.I,
)
# The kept words that open many towns' streets, a street where "on" stands before it: "his
# barbers on High Road", "the café on Church Street, Edmonton", "a shop on Station Road" (a
# shop's or a home's street, an address as the brief settles; "the High Street" stays).
COMMON_STREET_FIRST_WORDS = word_set("high church station main market london mill new old green")
ON_STREET_BEFORE_RE = factored.compile(r"\bon[ \t]+\Z")
LOWER_STREET_RE = factored.compile(
    r"\d[a-z]?,?[ \t]+[a-z][^\n]{0,60}?\b(?:" + STREET_WORDS.lower() + r")\b"
)
_STREET_ANCHOR_WORDS = [
    w
    for word in STREET_WORDS.replace("Meadows?", "Meadow|Meadows").split("|")
    for w in (word, word.upper())
]
# One trie-shaped alternation (the same words as a plain one, much faster to search), tried
# only where one of its words stands as a whole run of word characters (a RunStart).
STREET_ANY_RE = run_start(
    r"(?<=[\w'’,][ \t])(?:"
    + trie_regex([*_STREET_ANCHOR_WORDS, "Heol", "Ffordd", "Lôn", "Stryd", "Rue", "estate"])
    + r")\b"
)
# Every match of LOWER_STREET_RE ends with one of these words written as a whole run: a text
# without one (most) needs no search for it.
LOWER_STREET_WORD_RE = run_start(r"\b(?:" + STREET_WORDS.lower() + r")\b")
# Lower case needs a house number: "flat 6b, 91 gorse hill road" (not a sum: "£400 via bank").
LOWER_ADDRESS_RE = factored.compile(
    r"(?<![\w'’£$€])(?:(?:flat|apartment|unit)[ \t]+\d+[a-z]?,?[ \t]+"
    r"(?:(?:[a-z][\w'’\-]*[ \t]+){1,3}(?:house|court|building|lodge),?[ \t]+)?)?"
    r"\d{1,4}[a-z]?,?[ \t]+(?:[a-z][\w'’\-]*[ \t]+){1,3}(?:" + STREET_WORDS.lower() + r")\b"
)
# A house number in words, as speech-to-text writes one, before a lower-case street, where the
# text gives an address: "the address of the shul forty two ballards lane", "it's twelve
# pennyroyal close", "he's at flat two forty one beswick court".
SPOKEN_NUMBER = (
    r"(?:(?:" + "|".join(TENS) + r")(?:[ \t-]+" + SPOKEN_UNITS + r")?"
    r"|"
    + "|".join(TEENS)
    + r"|"
    + SPOKEN_UNITS
    + r"(?:[ \t]+hundred(?:[ \t]+(?:and[ \t]+)?[a-z]+)?)?)"
)
SPOKEN_ADDRESS_RE = factored.compile(
    r"\b(?:address|at|on|it['’]s|is|number|lives|living|gave)[ \t]+"
    r"(?:(?:the|of|shul|masjid|mosque|church|house|home|family|his|her|their|our)[ \t]+)*"
    r"(?P<addr>(?:flat[ \t]+" + SPOKEN_NUMBER + r",?[ \t]+)?" + SPOKEN_NUMBER + r"[ \t]+"
    r"(?:[a-z][\w'’\-]*[ \t]+){1,3}(?:" + STREET_WORDS.lower() + r"))\b"
)
CUED_ADDRESS_RE = word_start(
    r"\b(?:lives?|living|lived|address\s+is|house\s+(?:is\s+)?on|home\s+on|moved\s+to|"
    r"stays?|staying)\s+(?:on|at|in)?\s*(?P<addr>(?:[A-Z][\w'’\-]*\s+){1,3}" + STREET + ")"
)
# A house number and a name where the text says someone lives, or gives an address, though
# no street word ends it: "lives on 31 Kirkley Run", "i know where u live, 15 Newbigging",
# "sent u the address. 41 Carmondean Centre".
CUED_NUMBER_ADDRESS_RE = word_start(
    r"\b(?:(?:lives?|living|stays?|staying)[ \t]+(?:on|at|in)|where[ \t]+(?:u|you|he|she|they|"
    r"we|i)[ \t]+lives?|the[ \t]+address)[ \t]*[,:.\-–]?[ \t]*"
    r"(?P<addr>\d{1,4}[A-Za-z]?,?[ \t]+[A-Z][a-z'’\-]+(?:[ \t]+[A-Z][a-z'’\-]+){0,2})"
)
RARE_PLACE_WORD_ZIPF = 4.0
# After "address:" / "address is", everything up to the postcode or the end of the line.
ADDRESS_FIELD_RE = factored.compile(
    r"(?<!ip )(?<!email )(?<!e-mail )(?<!web )(?<!mail )\b(?:home\s+)?address"
    r"(?:\s*[:\-–]|\s+(?:is|was|given\s+as)\b:?|(?:[ \t]+[a-z]+){1,3}[ \t]*:)"
    r"[ \t]*(?P<addr>[^\n]{4,90})",
    re.I,
)
VALUE_END_RE = factored.compile(r"\. |[ \t]\(|[ \t][-–—][ \t]")
# Localities after a street, up to two: ", Brinsford Vale, Rotherham"; ", HOLLINS GREEN".
LOCALITY_RE = factored.compile(
    r",[ \t]+(?:[A-Z][A-Za-z'’\-]*(?:[ \t]+(?:[A-Z][A-Za-z'’\-]*|upon|on|le|in|y))*)(?![\w])"
)
LOWER_LOCALITY_RE = factored.compile(
    r",[ \t]+[a-z][a-z'’\-]{2,}(?:[ \t]+[a-z][a-z'’\-]{2,})?(?![\w])"
    r"(?=[ \t]*(?:[,\n]|\Z|[a-z]{1,2}\d[a-z\d]?[ \t]?\d[a-z]{2}\b))"
)


# A street's quarter after its street word, the sentence or line ending there: "22b
# Tottenham Green East.", "Abbeydale Road South,"; not "High Street North Shields".
STREET_QUARTER_RE = factored.compile(
    r"[ \t]+(?:North|South|East|West|Upper|Lower|NORTH|SOUTH|EAST|WEST)"
    r"(?=[ \t]*[,.;:)\n\"”]|[ \t]*\Z)"
)


# A Traveller site or a caravan park named like a street, where a family lives: "Plot 11, Holly
# Lane site", "family at Shotton Lane site", or any site with its street after a comma ("Ely
# Bridge site, Mill Road"); the plot or pitch before it and the street are part of the address.
# Not a site named like a place, which writers keep ("the Cottingley Springs site").
NAMED_SITE_RE = factored.compile(
    r"(?:\b(?:" + SITE_PLACES + r")[ \t]+[0-9]{1,3}[A-Za-z]?,?[ \t]+)?"
    r"(?<![\w'’\-])(?P<name>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,3})[ \t]+site\b"
    r"(?P<street>,[ \t]+(?:[A-Z][\w'’\-]*[ \t]+){1,3}(?:" + STREET_WORDS + r")\b)?"
)
SITE_STREET_WORD_RE = re.compile(STREET_WORDS)


@cache
def _site_name_drops() -> frozenset[str]:
    """The words dropped from a site's name's start: protected words and peoples, joined once."""
    return lexicon().protected | nationalities()


def _named_sites(text: str) -> list[Entity]:
    """Sites named like a street, or with their street after them (NAMED_SITE_RE), as
    ADDRESS spans. Sentence words, public bodies and peoples opening the name are dropped
    ("the Council site", "the Traveller site" name no place)."""
    drop = _site_name_drops()
    found = []
    for m in NAMED_SITE_RE.finditer(text):
        words = m.group("name").split()
        start = m.start("name")
        while len(words) > 1 and words[0].lower() in drop:
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if words[0].lower() in drop or not (
            m.group("street") or SITE_STREET_WORD_RE.fullmatch(words[-1]) is not None
        ):
            continue
        plot = m.start() < m.start("name")
        found.append(Entity(m.start() if plot else start, m.end(), "ADDRESS"))
    return found


def _extend_localities(text: str, end: int, lower: bool = False) -> int:
    if not lower and (quarter := STREET_QUARTER_RE.match(text, end)) is not None:
        end = quarter.end()
    regex = LOWER_LOCALITY_RE if lower else LOCALITY_RE
    for _ in range(2):
        m = regex.match(text, end)
        if m is None:
            break
        part = m.group(0).lstrip(", \t")
        if POSTCODE_RE.fullmatch(part) or part.lower() in lexicon().protected:
            break
        if " ".join(part.lower().replace("’", "'").split()) in towns():
            break  # "6 Larch Walk, Dudley": the town stays
        if len(part.split()) > 4:
            break
        end = m.end()
    return end


def _near_streets(
    regex: Searchable, text: str, anchors: list[re.Match[str]] | None = None
) -> Iterator[re.Match[str]]:
    """Matches of regex that end at a street word, looking only near each street word (every
    pattern here ends with one), which is much faster than trying every position. `anchors`
    are STREET_ANY_RE's matches in text, when the caller has them already. A match may take
    in one found before it: "Flat 4, Regent Court, 19 Princes Avenue" after "Flat 4, Regent
    Court"."""
    done = -1
    if anchors is None:
        anchors = list(STREET_ANY_RE.finditer(text))
    for k, anchor in enumerate(anchors):
        if anchor.end() <= done:
            continue
        if k + 1 < len(anchors) and text[anchor.end() : anchors[k + 1].start()] in (" ", "\t"):
            continue  # "Gorse Hill Road": the street ends at the last street word
        for m in regex.finditer(text, max(0, anchor.start() - 90), anchor.end()):
            if m.end() == anchor.end():
                done = m.end()
                yield m
                break


# Words no street's name holds before its street word: verbs, prepositions, and a service's
# word ("Coventry Food Bank", "FOOD BANK VOUCHER").
NOT_IN_STREET_NAMES = word_set("is was are were be to from at food")
# Where a street is gone to or lived on: "lives on Marie Hill"? No such street is likely, but
# "up Primrose Hill", "near Rose Green" are places.
LOCATIVE_BEFORE_RE = factored.compile(
    r"(?<![\w'’])(?i:on|in|at|to|from|near|up|down|off|along|via|past|towards|round|around|"
    r"by|opposite|behind|outside)[ \t]+\Z"
)


def _first_name_and_surname(text: str, start: int, words: list[str]) -> bool:
    """Whether a numberless street's finding of two words is a listed first name that is no
    everyday word nor a place, and a street word that is a listed surname ("Marie Hill",
    "Harriet Green", "Craig Wood"), where nothing before it says a place is gone to: a
    person's name ("up Primrose Hill" is a place)."""
    if len(words) != 2:
        return False
    lex = lexicon()
    first, last = words[0].lower(), words[1].lower()
    return (
        words[0][:1].isupper()
        and first in lex.first_names
        and first not in lex.ambiguous
        and first not in lex.protected
        and first not in towns()
        and last in lex.surnames
        and LOCATIVE_BEFORE_RE.search(text, max(0, start - 12), start) is None
    )


TITLE_AFTER_RE = factored.compile(r"[ \t]+[A-Z][a-z]")


def _street_before_title(text: str, m: re.Match[str], regex: factored.Regex) -> list[Entity] | None:
    """None when m is a street; else what of it is a street (at most one entity), when its
    closing "Dr" is a title before a name: a word no street is named after (a platform, a
    month) or a street word before "Dr", a capitalised word after ("Year 9 TikTok Dr Priya
    Raman" has no street; "12 Acacia Avenue Dr Priya Raman" ends at "Avenue"). "4 Oak Dr
    Leeds" stays a street."""
    words = m.group(0).split()
    if len(words) < 2 or words[-1] not in ("Dr", "DR"):
        return None
    before = words[-2].strip(".,")
    if not TITLE_AFTER_RE.match(text, m.end()) or not (
        before.lower() in lexicon().protected or re.fullmatch(STREET, before)
    ):
        return None
    street = text[m.start() : text.rfind("Dr", m.start(), m.end())].rstrip(" \t,")
    if regex.fullmatch(street):
        return [Entity(m.start(), m.start() + len(street), "ADDRESS")]
    return []


# A school's kind right after a numberless street's words: the words are the school's name
# ("Belgrave Meadows Primary", "Ford Park Community College").
SCHOOL_KIND_NEXT_RE = factored.compile(
    r"[ \t]+(?:(?:Community|Sixth[ \t]+Form|Technical|Church|C[ \t]of[ \t]E|CofE|RC|Catholic|"
    r"Learning)[ \t]+)?"
    r"(?:Primary|High|Academy|School|College|Grammar|Infants?|Juniors?|Nursery|University)\b"
)


def find_addresses(text: str) -> list[Entity]:
    found = []
    anchors = list(STREET_ANY_RE.finditer(text))
    for m in _near_streets(ADDRESS_RE, text, anchors):
        if (before_title := _street_before_title(text, m, ADDRESS_RE)) is not None:
            found.extend(before_title)
            continue
        found.append(Entity(m.start(), _extend_localities(text, m.end()), "ADDRESS"))
    for m in _near_streets(NUMBERLESS_RE, text, anchors):
        if (before_title := _street_before_title(text, m, NUMBERLESS_RE)) is not None:
            found.extend(before_title)
            continue
        words = m.group(0).split()
        if words[0].lower() in ("the", "a", "our", "my") and len(words) < 3:
            continue
        if WORSHIP_PLACE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) is not None or (
            words[-1] in ("Park", "PARK")
            and PARK_VISIT_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) is not None
        ):
            continue  # "the mosque on Stapleton Road", "meet by Hulme Park"
        if any(w.lower() in NOT_IN_STREET_NAMES for w in words[:-1]):
            continue  # "SCHOOL IS ST BARNABAS": a verb before "St" is no street's name
        if words[-1] in ("Green", "GREEN") and m.group(0).lower() in towns():
            continue  # "(Small Heath / Bordesley Green)": a district named for its green
        if words[-1] == "estate" and words[-2].lower() in towns():
            continue  # "someone from the Wakefield estate": a town's, no one's home
        if SCHOOL_KIND_NEXT_RE.match(text, m.end()) is not None:
            continue  # "Belgrave Meadows Primary", "Haddington Vale High", "Hallam Vale
            # University": a school's or a university's name
        if _first_name_and_surname(text, m.start(), words):
            continue  # "(Marie Hill, husband Roger)", "Harriet Green\nDeputy Head": a person
        # "Safeguarding Lane"? No: sentence words before the name are dropped ("At Corrigan
        # Close"), each in turn ("in May TikTok Dr Raman": no street is left, only a title).
        start = m.start()
        protected = lexicon().protected
        while words[0].lower().strip(".,") in protected and words[0].lower() not in (
            "the",
            "flat",
            "unit",
        ):
            if len(words) <= 2:
                if (
                    words[0].lower() in COMMON_STREET_FIRST_WORDS
                    and ON_STREET_BEFORE_RE.search(text, max(0, start - 4), start) is not None
                ):
                    found.append(Entity(start, _extend_localities(text, m.end()), "ADDRESS"))
                break
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        else:
            found.append(Entity(start, _extend_localities(text, m.end()), "ADDRESS"))
    if LOWER_STREET_WORD_RE.search(text) is not None and LOWER_STREET_RE.search(text):
        for m in LOWER_ADDRESS_RE.finditer(text):
            if not _lower_street_name(m.group(0)):
                continue  # "14 being assaulted outside st columbas"
            found.append(
                Entity(m.start(), _extend_localities(text, m.end(), lower=True), "ADDRESS")
            )
    found += [
        Entity(m.start("addr"), _extend_localities(text, m.end("addr")), "ADDRESS")
        for m in _near_streets(CUED_ADDRESS_RE, text, anchors)
    ]
    # Read out, the street written with capitals or without: "we live at forty two Holly Bank".
    spoken_low = _lower(text) if anchors or LOWER_STREET_WORD_RE.search(text) is not None else None
    if spoken_low is not None:
        found += [
            Entity(m.start("addr"), _extend_localities(text, m.end("addr"), lower=True), "ADDRESS")
            for m in SPOKEN_ADDRESS_RE.finditer(spoken_low)
            if _lower_street_name(m.group("addr")) and _spoken_street_name(m.group("addr"))
        ]
    found += [
        Entity(m.start("addr"), m.end("addr"), "ADDRESS")
        for m in CUED_NUMBER_ADDRESS_RE.finditer(text)
        if zipf_table().get(m.group("addr").split()[1].lower(), 0.0) < RARE_PLACE_WORD_ZIPF
    ]  # not "lives in 3 Bedroom flat"
    low = lowered(text)
    for m in ADDRESS_FIELD_RE.finditer(text) if "address" in low else ():
        value = m.group("addr")
        if ":" not in text[m.start() : m.start("addr")] and not ADDRESS_VALUE_START_RE.match(value):
            continue  # "whose address was shared", "the address is wrong"
        cut = len(value)
        # The value ends at a sentence, a bracketed aside or a dash: "14 honeysuckle way
        # (lower case on the form) - that's where ...".
        stop = VALUE_END_RE.search(value)
        if stop is not None:
            value = value[: stop.start()]
            cut = len(value)
        pc = POSTCODE_SEARCH_RE.search(value)
        if pc is not None:
            cut = pc.start()
        value = _without_trailing_towns(value[:cut].rstrip(" ,;."))
        if len(value) >= 4 and any(c.isalpha() for c in value) and "@" not in value:
            found.append(Entity(m.start("addr"), m.start("addr") + len(value), "ADDRESS"))
    found += _before_postcodes(text)
    if " site" in low:
        found += _named_sites(text)
    if WELSH_HINT_RE.search(text):
        found += [Entity(m.start(), m.end(), "ADDRESS") for m in WELSH_STREET_RE.finditer(text)]
    if " y " in text or " yr " in text or "-y-" in text or "-yr-" in text:
        found += [
            Entity(m.start(), m.end(), "ADDRESS") for m in WELSH_ARTICLE_STREET_RE.finditer(text)
        ]
    if GAELIC_HINT_RE.search(text):
        found += [Entity(m.start(), m.end(), "ADDRESS") for m in GAELIC_STREET_RE.finditer(text)]
    if (
        "heol" in low
        or "ffordd" in low
        or "stryd" in low
        or "rhodfa" in low
        or "cilgant" in low
        or "maes y" in low
        or "cwrt y" in low
        or "llys y" in low
    ):
        found += _welsh_lower_streets(text)
    found += _cued_lower_streets(text)
    found += _home_streets(text)
    found += _named_houses(text)
    found += _addresses_in_slots(text)
    if (
        "Ty" in text
        or "Tŷ" in text
        or "Cae" in text
        or "Maes" in text
        or "Llys" in text
        or ("igh " in text)
    ):
        found += _welsh_houses(text)
    if "way," in text or "gate," in text:
        found += [Entity(m.start(), m.end(), "ADDRESS") for m in ONE_WORD_STREET_RE.finditer(text)]
    if "way" in text or "gate" in text:
        found += [
            Entity(*m.span("s"), "ADDRESS")
            for m in ONE_WORD_STREET_ON_RE.finditer(text)
            if zipf_of(low := m.group("s").lower(), zipf_table()) < ONE_WORD_STREET_MAX_ZIPF
            and low not in towns()
        ]
    if any(word in text for word in SITE_PLACE_WORDS):
        found = [_with_site_place_after(text, e) for e in found]
    return [
        _caps_address_tidied(text, e)
        for e in found
        if text[e.end - 1] != "." or text[e.end - 3 : e.end] != "St."
    ]


# A house number on a street named in one word ending in "way" or "gate", a comma and a town
# after it: "31 Queensway, Ely", "Flat 2, 15 Stricklandgate, Kendal".
ONE_WORD_STREET_RE = factored.compile(
    r"(?<![\w£$€.,/])(?:(?:Flat|Apartment|Unit)[ \t]+\d{1,4}[A-Za-z]?,?[ \t]+)?\d{1,4}[A-Za-z]?"
    r"[ \t]+[A-Z][a-z]{2,}(?:way|gate)(?=[ \t]*,[ \t]*[A-Z])"
)
# The same street without a number, after "on" and before no capital, digit or possessive:
# "a salon on Westgate, Wakefield", "Greggs on Briggate", "the shop on Kirkgate wants" (a
# town, a country and a word English writes are no street: "on Medway", "on Norway", "on
# Takeaway").
ONE_WORD_STREET_ON_RE = factored.compile(
    r"\bon[ \t]+(?P<s>[A-Z][a-z]{2,}(?:way|gate))\b(?![ \t]+[A-Z\d]|['’])"
)
ONE_WORD_STREET_MAX_ZIPF = 3.0
# A site's plot or pitch after its name: "Maes y Dderwen, Plot 4", "Hill View Park, Pitch 12".
SITE_PLACE_AFTER_RE = factored.compile(r",?[ \t]+(?:" + SITE_PLACES + r")[ \t]+\d{1,4}[A-Za-z]?\b")


def _with_site_place_after(text: str, e: Entity) -> Entity:
    """e, taking in a plot's or a pitch's number written after it (SITE_PLACE_AFTER_RE)."""
    m = SITE_PLACE_AFTER_RE.match(text, e.end)
    return e if m is None else Entity(e.start, m.end(), e.type)


# A house number and capitalised words where the text says an address stands, whatever the
# street's last word ("Esplanade", "Range", Gaelic "Baile an Truiseil"): after "address" (not
# the verb: "to address"), "lives at", "resides", a form's "Home:", "placement", a house's
# name or a flat's place before it ("Dunroamin, 8 Seacroft Esplanade", "2F1, 14 Iona
# Street"); or before a postcode.
ADDRESS_SLOT_WORD = r"[A-Z](?:[^\W\d_]|['’\-])*"
ADDRESS_SLOT_NAME = (
    r"\d{1,4}[A-Za-z]?,?[ \t]+"
    + ADDRESS_SLOT_WORD
    + r"(?:[ \t]+(?:(?:an|na|nam|a'|y|yr|of|the|upon|on|le)[ \t]+)?"
    + ADDRESS_SLOT_WORD
    + r"){0,3}"
)
# The cue, matched on the lower-cased text; the address after it on the text.
ADDRESS_CUE_RE = run_start(
    r"\b(?:address|lives?[ \t]+at|living[ \t]+at|placement|resides|residing[ \t]+at)\b"
    r"|\bhome[ \t]*:"
)
# What every match of ADDRESS_CUE_RE holds.
ADDRESS_CUE_HINTS = ("address", "live", "placement", "resid", "home")
ADDRESS_SLOT_RE = factored.compile(
    r"[^\n.;!?\d]{0,25}?[ \t:]"
    r"(?P<addr>(?:"
    + ADDRESS_SLOT_WORD
    + r"(?:[ \t]+"
    + ADDRESS_SLOT_WORD
    + r"){0,2},[ \t]+)?"
    + UNIT
    + ADDRESS_SLOT_NAME
    + r")"
)
# Read backwards from a postcode (see _before_postcodes).
ADDRESS_BEFORE_POSTCODE_RE = factored.compile(
    r"(?<![\w/])(?P<addr>" + ADDRESS_SLOT_NAME + r"),?[ \t]+\Z"
)
# A number that is a year group's or an age, and titles: no house and street.
NOT_HOUSE_NUMBER_BEFORE_RE = factored.compile(
    r"(?<![\w])(?i:year|yr|y|age|aged|under|u|no|number|room|page|step)[ \t]*\Z"
)
ADDRESS_TITLE_WORDS = word_set("mr mrs ms miss mx dr prof sir dame rev pc dc ds sgt cllr")
# A flat or a unit before the house number (see UNIT), read backwards from the number.
UNIT_BEFORE_RE = factored.compile(
    r"(?<![\w/])(?:(?:Flat|Apartment|Apt|Unit|Room|FLAT|UNIT|ROOM)[ \t]+\d+[A-Za-z]?(?:/\d{1,2})?"
    r"|\d{1,2}/\d{1,2}|\d{1,2}F\d{1,2}),?[ \t]+\Z"
)
ADDRESS_SLOT_MAX_ZIPF = 4.0


def _addresses_in_slots(text: str) -> list[Entity]:
    """Addresses with a house number where the text says one stands (ADDRESS_CUE_RE,
    ADDRESS_SLOT_RE; before a postcode, see _numbered_before_postcode), as ADDRESS spans
    (code-point offsets). After
    a cue the street's name needs a word English seldom writes ("29 Whalley Range"), so "the
    address 3 Main Points" is left."""

    found: list[Entity] = []
    low = lowered(text)
    if len(low) == len(text) and any(cue in low for cue in ADDRESS_CUE_HINTS):
        table = zipf_table()
        for cue in ADDRESS_CUE_RE.finditer(low):
            if low.endswith("to ", 0, cue.start()):
                continue  # "to address 3 Key Issues": the verb
            m = ADDRESS_SLOT_RE.match(text, cue.end())
            if m is None:
                continue
            words = [w.lower().strip(",") for w in m.group("addr").split() if w[0].isupper()]
            if any(table.get(w, 0.0) < ADDRESS_SLOT_MAX_ZIPF for w in words):
                found.append(_street_ends(text, m.start("addr"), m.end("addr")))
    return found


def _numbered_before_postcode(text: str, postcode: Entity) -> Entity | None:
    """A house number and capitalised words just before a postcode, whatever the street's
    last word ("4 Baile an Truiseil, HS2 0QA"), as an ADDRESS span, or None."""
    m = ADDRESS_BEFORE_POSTCODE_RE.search(text, max(0, postcode.start - 70), postcode.start)
    if m is None:
        return None
    start = m.start("addr")
    if NOT_HOUSE_NUMBER_BEFORE_RE.search(text, max(0, start - 12), start) or any(
        w.lower().rstrip(".") in ADDRESS_TITLE_WORDS for w in m.group("addr").split()[1:-1]
    ):
        return None  # "Year 9 Dr Priya Raman LS6 2XA": a year group and a person
    unit = UNIT_BEFORE_RE.search(text, max(0, start - 16), start)
    return _street_ends(text, start if unit is None else unit.start(), m.end("addr"))


def _street_ends(text: str, start: int, end: int) -> Entity:
    """The address text[start:end] ends at its street's word, or before a town after it:
    "42 Whetley Lane Bradford" -> "42 Whetley Lane"."""
    words = text[start:end].split()
    for k in range(2, len(words)):
        if words[k - 1].lower().strip(",.") in STREET_WORD_SET:
            end = start + text[start:end].rindex(words[k]) - 1
            return Entity(start, len(text[:end].rstrip(" \t,")), "ADDRESS")
    if len(words) > 2 and words[-1].lower() in towns():
        end = start + text[start:end].rindex(words[-1])
        return Entity(start, len(text[:end].rstrip(" \t,")), "ADDRESS")
    return Entity(start, end, "ADDRESS")


# Words of a sentence, never of a street's name: "7 both at quarry hill" is an age, "14 being
# assaulted outside st columbas" an age and a school ("st" read as Street).
NOT_STREET_WORDS = word_set(
    "at in on to from into onto outside near with by for being both and or but is was were "
    "are be been has had have his her their my your our its a an i he she they we it him them "
    "aged age years year yrs who which that this these those when where while because so not "
    "no all some any each every also just only then than there here"
)


# "Co." or "County" before the county that closes an address: "Coalisland, Co. Tyrone".
COUNTY_WORD = r"(?i:co\.?|county)"
COUNTY_WORD_RE = factored.compile(COUNTY_WORD)
COUNTY_BEFORE_RE = factored.compile(r"^" + COUNTY_WORD + r"[ \t]+")
TRAILING_PART_RE = factored.compile(
    r",[ \t]*(?:(?:(?i:nr\.?|near)|" + COUNTY_WORD + r")[ \t]+)?([^,]+?)[ \t]*\Z"
)


def _without_trailing_towns(value: str) -> str:
    """An address without the towns at its end: "4 chapel lane, nr ludlow" -> "4 chapel lane"."""
    while (m := TRAILING_PART_RE.search(value)) is not None:
        part = " ".join(m.group(1).lower().replace("’", "'").split())
        if (
            part not in towns()
            and not COUNTY_WORD_RE.fullmatch(part)  # "Coalisland, Co" cut at "Co. Tyrone"
            and not _locality_shape(m.group(1), value[: m.start(1)])
        ):
            break
        value = value[: m.start()].rstrip(" ,;.")
    return value


LOWER_WORD_RE = factored.compile(r"[a-z][a-z'’\-]*")


SPOKEN_NUMBER_WORDS = word_set("flat hundred and") | frozenset((*UNIT_WORDS, *TEENS, *TENS))
SPOKEN_STREET_MAX_ZIPF = 5.0
LOWER_STREET_WORDS = frozenset(w.lower() for w in _STREET_ANCHOR_WORDS)


def _spoken_street_name(address: str) -> bool:
    """Whether a SPOKEN_ADDRESS_RE match's name opens with a word that is no street's kind
    and no everyday noun ("forty two ballards lane"; not "two way street", "it's one person's
    view")."""
    words = [w for w in address.split() if w not in SPOKEN_NUMBER_WORDS]
    return (
        len(words) >= 2
        and words[0] not in LOWER_STREET_WORDS
        and zipf_of(possessive_base(words[0]), zipf_table()) < SPOKEN_STREET_MAX_ZIPF
    )


def _lower_street_name(address: str) -> bool:
    """Can the words before the street word of a lower-case address be a street's name?"""
    words = LOWER_WORD_RE.findall(address)
    names = [w for w in words[:-1] if w not in ("flat", "apartment", "unit")]
    return not any(w in NOT_STREET_WORDS for w in names)


# The parts of an address written before its postcode, comma by comma: "Ty Gwyn, Heol Ddu,
# Llandeilo, SY9 4TN", "2 Maesglas, Aberaeron, FW23 1PA", "5 saddlers way, hexthorpe jd49qz".
YEAR_GROUP_RE = factored.compile(r"\b(?:year|yr|y)[ \t]?\d{1,2}\b", re.I)
ADDRESS_JOINERS = word_set("of the upon on y yr le in de la and under by")
PART_BOUNDARY_RE = factored.compile(r"[,\n:(|]|[ \t][-–][ \t]|\.[ \t]")
PART_STRIP = " \t>*•-–"
ADDRESS_STOP_WORDS = word_set(
    "school academy college primary high grammar infants juniors police council team "
    "service services trust"
)
TRAILING_NAME_RE = word_start(
    r"\b(?:at|on|in|to|from|of)[ \t]+((?:[A-Z0-9][\w'’\-]*[ \t]+){0,3}[A-Z0-9][\w'’\-]*)[ \t]*\Z"
)


def _address_part(part: str, lower_ok: bool) -> bool:

    words = part.split()
    if not 1 <= len(words) <= 6 or any(c in part for c in '!?;@"“”()'):
        return False
    if YEAR_GROUP_RE.search(part):
        return False
    protected = lexicon().protected
    if all(
        w.lower().strip(".'’,") in protected or w.lower() in ADDRESS_JOINERS for w in words
    ) and (len(words) < 2 or not words[0][0].isupper() or words[-1].lower() not in STREET_WORD_SET):
        return False  # "the Headteacher"; but "Church Lane", "Station Road" are streets
    table = zipf_table()
    for w in words:
        low = w.lower().strip(".'’")
        if low in ADDRESS_STOP_WORDS:
            return False
        if w[0].isdigit() or w[0].isupper() or low in ADDRESS_JOINERS:
            continue
        if lower_ok and (zipf_of(low, table) < 3.5 or low in STREET_WORD_SET):
            continue
        return False
    return True


SENTENCE_WORD_BEFORE_NUMBER_RE = factored.compile(r"([A-Z][a-z]+)[ \t]+(?=\d)")


COMMA_GAP_BEFORE_RE = factored.compile(r"[ \t]*,?[ \t]*\Z")


LOCALITY_SHAPE_RE = factored.compile(r"[A-Z][a-zâêîôûŵŷ'’\-]+(?:[ \t]+[A-Z][a-zâêîôûŵŷ'’\-]+)?")


def _locality_shape(part: str, before: str) -> bool:
    """Whether the part of an address at its end (just before its postcode, or closing a
    labelled value) is a district or village no town list holds ("88 Waterloo Road, Burslem,
    ST6 3HR", "Address: 17 Ardencraig Road, Castlemilk"): one or two capitalised words, no
    number, no street or house word, after a comma and a part with a house number and a
    street word (`before` is the text before the part). An address is its house and street;
    the place after them stays, as a town does. (After a house's name, "Rose Cottage, Fell
    Foot", the next part can be the house's hamlet, and is left to the address.)"""
    part = part.strip(" \t")
    if not LOCALITY_SHAPE_RE.fullmatch(part):
        return False
    words = [w.lower().strip(".") for w in part.split()]
    if any(w in STREET_WORD_SET or w in HOUSE_WORDS for w in words):
        return False
    before = before.rstrip(" \t")
    if not before.endswith(","):
        return False
    head, _, prev = before[:-1].rpartition(",")
    prev = prev.rsplit("\n", 1)[-1].split(":")[-1]
    prev_words = [w.lower().strip(".") for w in prev.split()]
    if any(c.isdigit() for c in prev):
        return any(w in STREET_WORD_SET for w in prev_words)
    # A street with no number after a house's name: "The Old Forge, Church Lane, Little
    # Snoring, NR21 0HR" (the part before the street ends its line's first comma).
    return bool(prev_words) and prev_words[-1] in STREET_WORD_SET and "\n" not in head[-40:]


def _before_postcodes(text: str) -> list[Entity]:

    table = zipf_table()
    found: list[Entity] = []
    for pc in find_postcodes(text):
        if (numbered := _numbered_before_postcode(text, pc)) is not None:
            found.append(numbered)
        lower_ok = text[pc.start : pc.end].islower()
        pos = pc.start
        start = None
        end = pc.start
        for _ in range(5):
            gap = COMMA_GAP_BEFORE_RE.search(text[max(0, pos - 4) : pos])
            part_end = pos - (len(gap.group(0)) if gap else 0)
            if part_end <= 0 or text[part_end - 1] in "\n:(|":
                break
            bound = None
            for m in PART_BOUNDARY_RE.finditer(text, max(0, part_end - 80), part_end):
                bound = m
            part_start = bound.end() if bound else max(0, part_end - 80)
            while part_start < part_end and text[part_start] in PART_STRIP:
                part_start += 1
            lead = SENTENCE_WORD_BEFORE_NUMBER_RE.match(text, part_start, part_end)
            if (
                lead is not None
                and zipf_of(lead.group(1).lower(), table) >= 3.0
                and not YEAR_GROUP_RE.match(text, part_start, part_end)
            ):
                # "Lives 37 Station Road": the address starts at 37; "Year 9 the Head" is
                # a year group, not a sentence's word before a house number
                part_start = lead.end()
            part = text[part_start:part_end]
            if start is None and (
                " ".join(COUNTY_BEFORE_RE.sub("", part).lower().replace("’", "'").split())
                in towns()
                or _locality_shape(part, text[max(0, part_start - 60) : part_start])
            ):
                # "..., Pontypridd CF37 1ZQ": the town stays; the address is before it.
                end = part_start
                if bound is None or bound.group(0) != ",":
                    break
                pos = bound.start()
                continue
            bare = (
                start is None
                and "," not in (gap.group(0) if gap else "")
                and (bound is None or bound.group(0) != ",")
            )
            if bare and not (
                any(c.isdigit() for c in part)
                or any(w.lower().strip(".") in STREET_WORD_SET for w in part.split())
            ):
                break  # only a comma, a number or a street word ties words to a postcode
            if not part or not _address_part(part, lower_ok):
                tail = TRAILING_NAME_RE.search(part)
                # "... at Ty Gwyn, Heol Ddu, ...": the first part after a preposition, only
                # in front of parts already read as an address.
                if (
                    start is not None
                    and tail is not None
                    and _address_part(tail.group(1), False)
                    and not any(w.lower() in lexicon().protected for w in tail.group(1).split())
                ):
                    start = part_start + tail.start(1)
                break
            start = part_start
            if bound is None or bound.group(0) != ",":
                break
            pos = part_start - 1 if text[part_start - 1 : part_start] == "," else part_start
            pos = bound.start()
        if start is not None:
            while end > start and text[end - 1] in " \t,":
                end -= 1
            if end > start:
                found.append(Entity(start, end, "ADDRESS"))
    return found


CAPS_WORD_RE = factored.compile(r"[A-Z][A-Z'’\-]*")


def _caps_address_tidied(text: str, ent: Entity) -> Entity:
    """An address written in capitals without the sentence around it: "WE LIVE STAPLETON ROAD
    BRISTOL" -> "STAPLETON ROAD" (grammar words before it and a town after it are not the
    address)."""
    value = text[ent.start : ent.end]
    if not value.isupper() or not any(c.isalpha() for c in value):
        return ent
    words = list(CAPS_WORD_RE.finditer(text, ent.start, ent.end))
    k = 0
    while k < len(words) - 2 and words[k].group(0).lower() in CAPS_SENTENCE_WORDS:
        k += 1
    start = words[k].start() if k else ent.start
    end = ent.end
    if len(words) - k > 2 and words[-1].group(0).lower() in towns() and words[-1].end() == end:
        end = words[-2].end()
    if (start, end) == (ent.start, ent.end):
        return ent
    return Entity(start, end, ent.type)


# Welsh streets name their kind first: "9 Heol y Wern", "Ffordd y Parc", "Lôn Isaf", an
# estate ("Stad Tan y Bryn"); the name runs on over an article ("Ffordd Glan y Môr").
WELSH_HINT_RE = run_start(r"\b(?:Heol|Ffordd|Lôn|Lon|Stryd|Rhodfa|Cilgant|Teras|Clos|Llwyn|Stad)\b")
WELSH_STREET_RE = factored.compile(
    r"(?<![\w'’])" + UNIT + r"(?:\d{1,4}[A-Za-z]?,?[ \t]+)?"
    r"(?:Heol|Ffordd|Lôn|Lon|Stryd|Rhodfa|Cilgant|Teras|Clos|Llwyn|Stad)[ \t]+"
    r"(?:(?:y|yr|'r)[ \t]+)?[A-Z][\w'’\-]*(?:[ \t]+(?:(?:y|yr)[ \t]+)?[A-Z][\w'’\-]*)?"
)
# A field, court, hill, bank ... and "the" before the name: "2 Maes yr Ysgol", "Cwrt y
# Felin", "Bryn y Grog flats", "Glan-yr-Afon"; the article keeps out "Bryn Jones". Looked for
# only in texts that hold " y ", " yr " or a hyphened one (few do).
WELSH_ARTICLE_STREET_RE = factored.compile(
    r"(?<![\w'’])" + UNIT + r"(?:\d{1,4}[A-Za-z]?,?[ \t]+)?"
    r"(?:Maes|Cwrt|Llys|Bryn|Glan|Cae|Pant|Parc|Nant)(?:[ \t]+(?:y|yr)[ \t]+|-(?:y|yr)-)"
    r"[A-Z][\w'’]*(?:[ \t]+(?:flats|estate))?"
)
# Irish and Scottish Gaelic streets name their kind first too; with a house number only, since
# the same words open places' and houses' names ("7 Cnoc na Mara", "12 Bóthar na Trá", "3
# Rathad a' Chladaich", "21 Sráid Mhór").
GAELIC_STREET_KINDS = (
    r"Bóthar|Bothar|Sráid|Sraid|Sràid|Ascaill|Lána|Plás|Cúirt|Páirc|Garrán|Céide|Cnoc|Ard|"
    r"Radharc|Bóithrín|Rathad|Àird"
)
GAELIC_HINT_RE = run_start(r"\b(?:" + GAELIC_STREET_KINDS + r")\b")
GAELIC_STREET_RE = factored.compile(
    r"(?<![\w'’])\d{1,4}[A-Za-z]?,?[ \t]+(?:" + GAELIC_STREET_KINDS + r")[ \t]+"
    r"(?:(?:na|nan|an|a['’]|an[ \t]+t-)[ \t]*)?[A-ZÁÉÍÓÚÀÈÌÒÙ][\w'’\-]*"
    r"(?:[ \t]+[A-ZÁÉÍÓÚÀÈÌÒÙ][\w'’\-]*)?"
)
# The same in lower case, from a kind no English word shares: "9 heol y nant", "ffordd
# glyndwr". The name's words are Welsh ones English hardly knows (not "heol y nant near").
WELSH_LOWER_RE = factored.compile(
    r"(?<![\w'’])(?:\d{1,4}[a-z]?,?[ \t]+)?(?:heol|ffordd|stryd|rhodfa|cilgant"
    r"|(?:maes|cwrt|llys)(?=[ \t]+yr?[ \t]))[ \t]+"
    r"(?:(?P<y>y|yr)[ \t]+)?(?P<w>[a-zŵŷâêîôû][\wŵŷâêîôû'’\-]*)"
    r"(?:[ \t]+(?P<w2>[a-zŵŷâêîôû][\wŵŷâêîôû'’\-]*))?"
)
WELSH_NAME_MAX_ZIPF = 3.0


def _welsh_lower_streets(text: str) -> list[Entity]:

    table = zipf_table()
    found = []
    for m in WELSH_LOWER_RE.finditer(text):
        if not m.group("y") and zipf_of(m.group("w"), table) >= WELSH_NAME_MAX_ZIPF:
            continue  # after "y" (the) the word is the street's name: "heol y bryn"
        end = m.end("w")
        if m.group("w2") and zipf_of(m.group("w2"), table) < WELSH_NAME_MAX_ZIPF:
            end = m.end("w2")
        found.append(Entity(m.start(), end, "ADDRESS"))
    return found


STREET_WORD_SET = frozenset(w.lower() for w in STREET_WORDS.split("|"))
# A street after "lives on", whatever its case: "lives on hob lane", "LIVE ON GORSE HILL ROAD".
CUED_ANY_CASE_RE = run_start(
    # "lives next to school on vicarage lane", "an address on st ann's road", "knows street
    # name (ings road)": the street after a word that says it is one (tried first: "lives"
    # alone would take "next to the park").
    r"\b(?:lives\s+(?:next\s+to|near|opposite|by|behind)(?:\s+(?:the|a|his|her|their|our))?"
    r"\s+[a-z]+(?=\s+on\b)|"
    r"address\s+(?:is\s+)?on|street\s+name(?:\s+is|\s*:)?|street(?:\s+is|\s*:)|"
    # "knows her address - kingfisher close", "at the rec on mill street", "near the co-op
    # on leyland lane", a chat's answer to "what street": "wat street\nsam_11: roseberry ave".
    r"address\s*[-–:]|"
    r"(?:near|at|by|outside|behind|opposite|round|in)\s+the\s+[a-z][a-z\-]*\s+on|"
    r"(?:wat|what|which|wot)\s+(?:street|road)\b[^\n]{0,12}\n[^\n:]{1,30}:|"
    r"lives?|living|lived|address\s+is|house\s+(?:is\s+)?on|home\s+on|moved\s+to|"
    r"stays?|staying|road\s+(?:he|she|they)\s+lives?\s+on)"
    # "lives w nan on calder street", "lives with her dad on ...": who with, then where.
    r"(?:\s+(?:w|with|wiv)(?:\s+[a-z]+){1,2}?(?=\s+(?:on|at|in)\b))?"
    r"\s+(?:on|at|in)?\s*\(?"
    r"(?P<addr>(?:[a-z][\w'’\-]*\s+){1,3}(?:" + STREET_WORDS.lower() + r"|fold)\b\.?)"
)


# A house known by its name, where the text says someone lives there and the town or postcode
# follows: "lives at Taigh na Mara, Stornoway", "Home: The Old Forge, Little Walden",
# "Placement: Briar House, West Bromwich", "with grandparents at Lime Tree House, Harrow".
NAMED_HOUSE_RE = run_start(
    r"(?:\b(?:lives?|living|lived|stays?|staying|placed)\b[^\n.;]{0,30}?\bat|"
    r"^[ \t]*(?i:home|placement|residence|lives|living|address)[ \t]*:)[ \t]*"
    r"(?P<addr>(?:The[ \t]+)?[A-Z][\w'’\-]*(?:[ \t]+(?:[A-Z][\w'’\-]*|na|nam|y|yr|an|of|the|"
    r"du|de)){0,3})(?=[ \t]*,[ \t]*[A-Z]|[ \t]+[A-Z]{1,2}\d)",
    re.M,
)


# A house's name before its street, after "of", "at", "home" or "lives" (or "lives in"): "of
# Tigh na Mara, Achintore Road", "home The Barn, Cross Lane", "at the old vicarage, low lane",
# "lives Ty Gwyn, Lodge Road", "lives in Oakbank, Sedbergh Road" (a town there stays: see
# _houses_before_streets).
HOUSE_BEFORE_STREET_RE = factored.compile(
    r"\b(?:of|at|home|address|(?:lives|living|stays|staying)(?P<in>[ \t]+in)?|placement|"
    # "we live on Holly Mount, 5 Tanyard Lane"
    r"(?:live|lives|living)[ \t]+on)"
    r"[ \t]*:?[ \t]+"
    r"(?P<addr>(?:(?:[Tt]he[ \t]+)?[A-Z][\w'’\-]*(?:[ \t]+(?:[A-Z][\w'’\-]*|na|nam|y|yr|an|of|"
    r"the|du|de)){0,3}|the(?:[ \t]+[a-z][\w'’\-]*){1,2})"
    r"[ \t]*,[ \t]*(?:\d{1,4}[A-Za-z]?[ \t]+)?(?:[A-Za-z][\w'’\-]*[ \t]+){1,2}(?:"
    + STREET_WORDS
    + "|"
    + STREET_WORDS.lower()
    + r")\b)"
)
# A flat in a named block: "flat 9 coleridge house", "FLAT 2B, ASHWORTH COURT", "Flat 9,
# Cavendish Mill".
# Matched on the lower-cased text (same offsets; see _lower).
FLAT_IN_BLOCK_RE = run_start(
    r"\b(?:flat|apartment|apt)[ \t]+\d{1,4}[a-z]?,?[ \t]+"
    r"(?!(?:bed|beds|bedroom|bedrooms|bedroomed|storey|floor|minutes|mins|doors)\b)"
    r"(?:[a-z][\w'’\-]*[ \t]+){1,2}"
    r"(?:house|court|lodge|mansions|tower|heights|point|buildings?|block|mill|wharf|quay)\b"
)


# A comma and then a street: where a house's name may end (looked for first, it is rare).
COMMA_STREET_RE = factored.compile(
    # The street may have its number: "Taigh na Mara, 3 Seafield Crescent".
    r",[ \t]*(?:\d{1,4}[A-Za-z]?[ \t]+)?(?:[A-Za-z][\w'’\-]*[ \t]+){1,2}(?:"
    + STREET_WORDS
    + "|"
    + STREET_WORDS.lower()
    + r")\b"
)


def _houses_near_commas(text: str) -> Iterator[re.Match[str]]:
    done = -1
    for c in COMMA_STREET_RE.finditer(text) if "," in text else ():
        for m in HOUSE_BEFORE_STREET_RE.finditer(text, max(0, c.start() - 60, done), c.end()):
            if m.end() == c.end():
                done = m.end()
                yield m
                break


# Words of a house's name the lists protect elsewhere: "The Old Forge", Cornish and Welsh
# articles ("Chy an Mor", "Ty yr Ysgol").
HOUSE_NAME_JOINERS = word_set("the house old an na nam y yr of du de")
# A cottage's or a farm's name before a comma and a street needs no cue: "She gave Rose
# Cottage, Church Lane", "Top Farm, Moor Road" (a hall, a house or a lodge may be a public
# building's).
HOUSE_NAME_BEFORE_COMMA_RE = factored.compile(
    r"(?<![\w'’])(?:[A-Z][\w'’\-]*[ \t]+){1,2}(?:Cottage|Cottages|Farmhouse|Farm|Bungalow|Villa)"
    r"[ \t]*\Z"
)


def _houses_before_streets(text: str) -> list[Entity]:
    lex = lexicon()
    found = []
    if "," in text and (
        "Cottage" in text or "Farm" in text or "Bungalow" in text or "Villa" in text
    ):
        for c in COMMA_STREET_RE.finditer(text):
            h = HOUSE_NAME_BEFORE_COMMA_RE.search(text, max(0, c.start() - 50), c.start())
            if h is not None and all(w[0].isupper() for w in text[c.start() + 1 : c.end()].split()):
                found.append(Entity(h.start(), c.end(), "ADDRESS"))
    for m in _houses_near_commas(text):
        house = text[m.start("addr") : text.index(",", m.start("addr"))].lower().split()
        last = house[-1].removesuffix("'s")
        lower_the = text.startswith("the", m.start("addr"))
        if lower_the and last not in HOUSE_WORDS:
            continue  # "at the end, mill lane ...": in lower case, "the" and a house word
        if any(w in lex.protected for w in house if w not in HOUSE_NAME_JOINERS):
            continue
        after_comma = text[text.index(",", m.start("addr")) + 1 :].lstrip(" \t")
        if " ".join(house) in towns() and (m.group("in") or after_comma[:1].isdigit()):
            continue  # "lives in Kendal, Sedbergh Road", "at Leeds, 12 Park Road": the town stays
        if " ".join(house) in _brands():
            continue  # "at Tesco, 4 High Street": a shop's, not a house's name
        found.append(Entity(m.start("addr"), m.end("addr"), "ADDRESS"))
    low = _lower(text)
    if low is None or not ("flat" in low or "apartment" in low or "apt" in low):
        return found
    for m in FLAT_IN_BLOCK_RE.finditer(low):
        found.append(Entity(m.start(), m.end(), "ADDRESS"))
    return found


@cache
def _brands() -> frozenset[str]:
    """Shops' and firms' names (data/brands.txt), lower-case."""
    return read_words("brands.txt")


# Welsh houses and streets that have no English street word, written by hand from general
# knowledge of Welsh place names: a house or smallholding ("Tŷ'n y Coed", "Tyddyn Isaf") before
# a comma, a postcode or the end of a sentence, and a house number before a field's, a court's
# or a close's name ("19 Cae Derw", "4 Maes y Deri", "7 Llys Glas").
WELSH_HOUSE_RE = factored.compile(
    r"(?<![\w'’])(?:(?:Tŷ'n|Ty'n|Tŷ’n|Ty’n|Tyddyn|Bwthyn|Fferm)[ \t]+(?:y[ \t]+|yr[ \t]+)?"
    r"[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*)?"
    # A Gaelic house: "Taigh na Mara", "Tigh an Uillt".
    r"|(?:Taigh|Tigh)[ \t]+(?:na[ \t]+|an[ \t]+|nam[ \t]+)?[A-Z][\w'’]*"
    r"|(?:Tŷ|Ty)[ \t]+(?:y[ \t]+|yr[ \t]+)?(?:"
    + "|".join(
        w.title() for w in sorted(CELTIC_NAME_WORDS | word_set("coch glas capel ysgol derw canol"))
    )
    + r")\b)"
    r"(?=[ \t]*(?:,|\.(?:[ \t]|\Z)|\n|\Z|[ \t]+[A-Z]{1,2}\d))"
)
WELSH_NUMBERED_STREET_RE = factored.compile(
    r"(?<![\w/.:])\d{1,3}[a-z]?[ \t]+(?:Cae|Maes|Llys|Clos|Cwrt|Rhodfa|Dôl)[ \t]+"
    r"(?:y[ \t]+|yr[ \t]+)?[A-Z][\w'’]*(?![\w'’])"
)


def _welsh_houses(text: str) -> list[Entity]:
    """Welsh houses named alone (WELSH_HOUSE_RE) and numbered houses on Welsh streets with no
    English street word (WELSH_NUMBERED_STREET_RE), as ADDRESS spans (code-point offsets). A
    number after a year or an age is no house's ("aged 14 Cae ..." is left); a house's name
    runs on over the village after it."""
    # The village after a house's name is its address's ("Tŷ'n y Coed, Llanfaes"); a town
    # on our lists stays (see _extend_localities).
    found = [
        Entity(m.start(), _extend_localities(text, m.end()), "ADDRESS")
        for m in WELSH_HOUSE_RE.finditer(text)
    ]
    for m in WELSH_NUMBERED_STREET_RE.finditer(text):
        if NOT_HOUSE_NUMBER_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()) is None:
            found.append(Entity(m.start(), m.end(), "ADDRESS"))
    return found


# A house named for what the building once was, wherever it stands: "the Old Forge", "The
# Old Vicarage" (capitalised "Old": "the old school" is a building, not a name).
OLD_HOUSE_RE = WordStart(
    r"(?:[Tt]he|THE)[ \t]+(?:Old|OLD)[ \t]+(?:Forge|Rectory|Vicarage|Schoolhouse|School[ \t]+House|"
    r"Manse|Smithy|Barn|Granary|Dairy|Stables|Coach[ \t]+House|Bakehouse|Bakery|Post[ \t]+Office|"
    r"Chapel|Farmhouse|Mill|FORGE|RECTORY|VICARAGE|MANSE|BARN|MILL)\b"
)


# A farm named, where someone lives, works or comes from: "lives at Sea Hill Farm", "Andy
# Barker from Shaw Lane Farm", "Home: Combe Bottom Farm", "Lives Brynglas Farm" (the cue left
# out of the span), "he gave Upper Wye Farm", "Venue: Upper Slaughter Farm". Not a farm people
# visit ("a trip to Folly Farm", "camp at Blackland Farm"), a television farm ("Clarkson's
# Farm"), an estate named after a farm ("the Marsh Farm shops") or a farm's shop, park, school
# or group ("Cotswold Farm Park", "Marsh Farm Youth Club"): a capitalised word after "Farm"
# that is no town ends the match.
NAMED_FARM_RE = factored.compile(
    r"(?:(?:(?<![\w'’])(?:lives?|living|lived|stays?|staying|works?|working|of|from|at|it['’]s)"
    r"|(?:Lives?|Address|Home|Household|Farm)[ \t]*:?)[ \t]+|(?<![\w'’\-]))"
    r"(?P<farm>(?:[A-Z][\w'’\-]*[ \t]+){1,3}Farm)(?![\w'’\-])"
)
NAMED_FARM_VISIT_RE = factored.compile(
    r"\b(?:(?:camp(?:ing|ed)?|trip|visits?|day|party|event|show)[ \t]+"
    r"(?:(?:to|at|in|on|of)[ \t]+(?:the[ \t]+)?)?"
    # a farm visited is a home ("Visited High Fell Farm"), one visited at or to an attraction
    r"|visit(?:ing|ed)[ \t]+(?:to|at)[ \t]+(?:the[ \t]+)?)\Z",
    re.I,
)
NAMED_FARM_NEXT_RE = factored.compile(r"[ \t]+([A-Z][\w'’\-]*)")
FARM_VERB_MIN_ZIPF = 3.5
NAMED_FARM_ESTATE_RE = factored.compile(r"[ \t]+(?:area|estate|shops|flats|precinct)\b")


def _named_farms(text: str) -> list[Entity]:
    """Farms named (NAMED_FARM_RE), after a cue of where someone lives, works or is from or
    alone, as ADDRESS spans; a farm's name with a possessive straight before "Farm" is a
    business's or a show's ("Clarkson's Farm")."""
    found = []
    known = towns()
    table = zipf_table()
    for m in NAMED_FARM_RE.finditer(text):
        words = m.group("farm").split()
        if words[-2].endswith(("'s", "’s")):
            continue
        start = m.start("farm")
        # A sentence's words before the name are no part of it: "At Rosebank Farm", "Visited
        # High Fell Farm".
        while len(words) > 2 and (
            words[0].lower() in TITLED_LEAD_WORDS
            or (
                words[0].lower().endswith(("ed", "ing"))
                and zipf_of(words[0].lower(), table) >= FARM_VERB_MIN_ZIPF
            )
        ):
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if words[0].lower() in TITLED_LEAD_WORDS:
            continue
        if NAMED_FARM_VISIT_RE.search(text, max(0, start - 12), start):
            continue  # "camp at Blackland Farm"
        nxt = NAMED_FARM_NEXT_RE.match(text, m.end())
        if nxt is not None and nxt.group(1).lower() not in known:
            continue  # "Cotswold Farm Park", "Marsh Farm Youth Club"
        if NAMED_FARM_ESTATE_RE.match(text, m.end()):
            continue  # "round the Marsh Farm shops", "Broadwater Farm area": an estate's
        found.append(Entity(start, m.end("farm"), "ADDRESS"))
    return found


# A student's residence: a hall, a house, a court or a village of rooms after the block, flat,
# floor or room in it ("Block D, Vauxhall Halls", "Room 22, Ashgrove Hall", "Block F, Hollybank
# Student Village") or before its block ("halls (Wexley House, block C)"), and a student village
# or halls named alone ("lives in Hollybank Student Village").
RESIDENCE_HINTS = ("Block", "block", "Room", "Floor", "Village", "Halls")
RESIDENCE = (
    r"(?:[A-Z][\w'’\-]*[ \t]+){1,3}"
    r"(?:Halls?|House|Court|Residences?|Lodge|Tower|(?:Student[ \t]+)?Village)(?![\w'’\-])"
)
RESIDENCE_RE = factored.compile(
    r"(?<![\w'’\-])(?:(?:Block|Flat|Floor|Room)[ \t]+(?:[A-Z]|\d{1,4}[A-Za-z]?),[ \t]+){1,3}"
    r"(?P<n>" + RESIDENCE + r")"
    r"|(?<![\w'’\-])(?P<b>" + RESIDENCE + r")(?=,?[ \t]+[Bb]lock[ \t]+(?:[A-Z]|\d{1,2})\b)"
    r"|(?<![\w'’\-])(?P<v>(?:[A-Z][\w'’\-]*[ \t]+){1,3}(?:Student[ \t]+Village|Halls))\b"
)
# A residence's name holds a word English seldom writes ("Ashgrove"): not "Room 3, Sports
# Hall", "Block B, Main House".
RESIDENCE_NAME_MAX_ZIPF = 4.0


def _student_residences(text: str) -> list[Entity]:
    """Students' residences (RESIDENCE_RE) as ADDRESS spans from the block or room to the
    residence's word (code-point offsets), where a word of the name is one English seldom
    writes and no list keeps it."""
    found = []
    table = zipf_table()
    lex = lexicon()
    for m in RESIDENCE_RE.finditer(text):
        group = next(g for g in ("n", "b", "v") if m.group(g) is not None)
        words = [w.lower().removesuffix("'s") for w in m.group(group).split()[:-1]]
        words = [w for w in words if w != "student"]
        if not any(
            zipf_of(w, table) < RESIDENCE_NAME_MAX_ZIPF and w not in lex.protected for w in words
        ):
            continue
        found.append(Entity(m.start(), m.end(group), "ADDRESS"))
    return found


def _named_houses(text: str) -> list[Entity]:
    found = _houses_before_streets(text)
    if any(hint in text for hint in RESIDENCE_HINTS):
        found += _student_residences(text)
    if "Farm" in text:
        found += _named_farms(text)
    if "Old" in text or "OLD" in text:
        found += [Entity(m.start(), m.end(), "ADDRESS") for m in OLD_HOUSE_RE.finditer(text)]
    if not ("live" in text or "stay" in text or "placed" in text or ":" in text):
        return found
    lex = lexicon()
    known = towns()
    for m in NAMED_HOUSE_RE.finditer(text):
        name = m.group("addr")
        folded = " ".join(name.lower().replace("’", "'").split())
        words = [w.removesuffix("'s") for w in folded.split()]
        if folded in known or folded.removeprefix("the ") in known:
            continue  # "lives at Hebden Bridge, West Yorkshire": a town stays
        if any(w in lex.protected for w in words if w not in ("the", "house", "old")):
            continue  # "at Barnardo's, Leeds", "at Childline, ..."
        if words[0] in lex.first_names and len(words) <= 2 and words[-1] not in HOUSE_WORDS:
            continue  # "staying at Jade's, Leeds": a person, found as one
        found.append(Entity(m.start("addr"), m.end("addr"), "ADDRESS"))
    return found


HOUSE_WORDS = word_set(
    "house cottage cottages farm forge lodge barn mill hall manor grange villa rectory vicarage "
    "mews croft bungalow"
)


PLACE_ON_CUE_RE = factored.compile(
    r"(?:address\s*[-–:]|(?:near|at|by|outside|behind|opposite|round|in)\s+the\s+[a-z\-]+\s+on)"
)


STREET_NOT_NAME_WORDS = word_set(
    "the a an my his her our their your its this that same next other own main busy quiet "
    "near of by to top end bottom side new big small long dead one two"
)
STREET_NAME_MAX_ZIPF = 5.0


def _cued_lower_streets(text: str) -> list[Entity]:

    low = _lower(text)
    if low is None or not any(
        k in low
        for k in ("live", "living", "address", "house", "home", "moved", "stay", "street", " on ")
    ):
        return []
    table = zipf_table()
    found = []
    for m in CUED_ANY_CASE_RE.finditer(low):
        words = m.group("addr").split()[:-1]
        saints = ("st", "st.", "saint")
        # After "the rec on", "address -", "lives on", a street's everyday words are its name
        # ("mill street", "cherry tree lane", "princess road"); words English uses most ("the
        # main road", "high street") and words that say which street ("our road", "the next
        # street", "top of the hill") are not.
        if any(w in STREET_NOT_NAME_WORDS for w in words):
            continue
        most = 5.0 if PLACE_ON_CUE_RE.match(m.group(0)) else STREET_NAME_MAX_ZIPF
        if all(
            zipf_of(w, table) < most
            or w in SCHOOL_NAME_WORDS
            or w in saints
            or (k > 0 and words[k - 1] in saints)  # "st margaret's road"
            for k, w in enumerate(words)
        ):
            end = m.end("addr")
            if low[end - 1] == "." and len(m.group("addr").split()[-1]) > 4:
                end -= 1  # a full stop after "road", not after "rd."
            found.append(Entity(m.start("addr"), end, "ADDRESS"))
    return found


# A street or a farm in lower case, "the" before it perhaps, in a clause that says someone
# lives, stays or is there: "we live out at tregenna farm", "we're on the carron road", "we
# live in pemberton, ormskirk road", "ur on caerphilly road innit", "come to mine in cathays,
# miskin street". The cue is read up to 70 characters before, not across a sentence's end.
HOME_STREET_KIND_RE = run_start(
    r"\b(?:road|street|lane|avenue|crescent|way|close|drive|terrace|grove|gardens|row|walk|"
    r"rise|parade|square|farm)\b"
)
# The words before a street's kind, nearest last.
HOME_STREET_WORDS_RE = factored.compile(r"(?<![\w'’\-])[a-z][\w'’\-]*[ \t]+")
# The words that say someone lives there, read by both cues below.
LIVING_CUE_WORDS = r"lives?|living|lived|stays?|staying|we'?re"
HOME_CUE_RE = factored.compile(
    r"\b(?:" + LIVING_CUE_WORDS + r"|we[ \t]+are|i'?m|ur|you'?re|u[ \t]+r|"
    r"at[ \t]+home|home[ \t]+is|(?:my|his|her|their|our|ur|your)[ \t]+(?:home|house)|"
    r"house[ \t]+(?:is|on)|mine|moved|flat|caravan)\b[^.!?\n]*\Z"
)
# Kinds that are everyday words too ("in an accessible way", "a short walk"): the name's
# words must be rarer.
HOME_STREET_COMMON_KINDS = word_set("way walk rise row square drive close parade")
# Living words only, before a farm: "lives upper house farm", not "works on a dairy farm".
HOME_FARM_CUE_RE = factored.compile(r"\b(?:" + LIVING_CUE_WORDS + r"|at[ \t]+home)\b[^.!?\n]*\Z")
# Words that say which road or what kind, not its name: "the ring road", "a back lane".
ROAD_KIND_WORDS = word_set("ring back dual slip country private toll farm high school")


def _home_streets(text: str) -> list[Entity]:
    """Streets and farms in lower case in a clause saying someone lives or is there
    (HOME_CUE_RE, HOME_FARM_CUE_RE before HOME_STREET_KIND_RE): up to three words before the
    kind that English uses less than STREET_NAME_MAX_ZIPF (3.5 before an everyday kind),
    none saying which street or what kind ("the main road", "the ring road")."""
    low = _lower(text)
    if low is None:
        return []
    table = zipf_table()
    found = []
    for kind in HOME_STREET_KIND_RE.finditer(low):
        # The name: up to three words straight before the kind, back to a word that says
        # which street or is too common to name one; "the" before the name joins it.
        before = list(HOME_STREET_WORDS_RE.finditer(low, max(0, kind.start() - 60), kind.start()))
        start = kind.start()
        taken = 0
        most = 3.5 if kind.group(0) in HOME_STREET_COMMON_KINDS else STREET_NAME_MAX_ZIPF
        for word in reversed(before):
            w = word.group(0).rstrip()
            if word.end() != start or taken == 3:
                break
            if w in STREET_NOT_NAME_WORDS or w in ROAD_KIND_WORDS or zipf_of(w, table) >= most:
                if w == "the" and taken:
                    start = word.start()
                break
            start = word.start()
            taken += 1
        if not taken or not text[start : kind.end()].islower():
            continue  # "Google Street View": a street in title case is found elsewhere
        cue = HOME_FARM_CUE_RE if kind.group(0) == "farm" else HOME_CUE_RE
        if cue.search(low, max(0, start - 70), start) is None:
            continue
        found.append(Entity(start, kind.end(), "ADDRESS"))
    return found


# After "address is/was" the value starts like an address (a number, a flat, a capital), so
# "whose address was shared" is no address; after "address:" anything goes.
ADDRESS_VALUE_START_RE = factored.compile(r"[ \t]*(?:\d|[Ff]lat\b|[Aa]partment\b|[Uu]nit\b|[A-Z])")
POSTCODE_SEARCH_RE = factored.compile(
    r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2}\b|" + EIRCODE_RE.pattern
)


STRUCTURED: tuple[Recogniser, ...] = (
    find_emails,
    find_urls,
    find_ips,
    find_phones,
    find_postcodes,
    find_dates_of_birth,
    find_usernames,
    find_schools,
    find_addresses,
)


def iter_structured(text: str) -> Iterator[Entity]:
    for recognise in STRUCTURED:
        yield from recognise(text)


# The words of a quoted group's, page's, chat's or game's name: letters (with an apostrophe
# inside, "Ollie's"), digits, a year group's letter and number ("P7", "Y11").
QUOTED_NAME_WORD_RE = factored.compile(r"[^\W_]+(?:['’][^\W\d_]+)*")
# A year group or class written as one word: "P7", "S3", "Y11", "Yr9".
YEAR_WORD_RE = factored.compile(r"(?:p|s|y|yr)\d{1,2}", re.I)
# A quoted name with one of these in it is shaped as a handle, whatever its words.
HANDLE_MARKS = frozenset("_@.#/")
# An unlisted capitalised word after a listed first name in a quoted name is its surname when
# English writes it less often than this ("Whitelaw" 2.3, "Fitzpatrick" 3.2; not "Head" 5.5).
QUOTED_SURNAME_MAX_ZIPF = 3.5
# A school's kind after a quoted name's people elsewhere in the text makes them a school's name.
SCHOOL_KIND_AFTER = r"[ \t]+(?:free[ \t]+)?(?:school|academy|primary|high|college|grammar)\b"


def quoted_name_people(text: str, start: int, end: int) -> list[Entity] | None:
    """A quoted group's, page's, chat's, game's or profile's name text[start:end] read word by
    word: when every word is a person's name, a place, a year group or an everyday word, and
    at least one is not a name, the name's people as PERSON spans (code-point offsets) and
    nothing else ('"Bartley is a loser"' -> "Bartley", '"Ollie's condo"' -> "Ollie's",
    '"Graham Whitelaw – Headteacher"' -> "Graham Whitelaw", '"P7 girlies"' -> nothing);
    otherwise None, and the name stays whole as an account someone chose ('"xXslayXx"',
    '"Kernow Scraps"', '"Kayla Brennan"'). A person's word is a listed first name or surname
    in capitals, or an unknown capitalised word right after one (a surname); an everyday word
    one English writes at Zipf GROUP_WORD_MIN_ZIPF or more, a protected word or an acronym."""
    name = text[start:end]
    if any(c in HANDLE_MARKS for c in name):
        return None

    words = list(QUOTED_NAME_WORD_RE.finditer(text, start, end))
    if len(words) < 2:
        return None
    table = zipf_table()
    lex = lexicon()
    people = _people_words()
    known = towns()
    person: list[bool] = []
    for k, m in enumerate(words):
        w = m.group(0)
        low = w.lower().replace("’", "'")
        base = low[:-2] if low.endswith("'s") else low
        capital = w[0].isupper()
        zipf = table.get(base, 0.0)
        if capital and (
            lex.any_first_name(base)
            or (base in people and base not in known)
            or (base in _listed_words() and zipf < 4.0)
        ):
            person.append(True)
        elif (
            capital
            and w.isalpha()
            and k > 0
            and person[k - 1]
            and words[k - 1].group(0)[-2:] not in ("'s", "’s")
            and zipf < QUOTED_SURNAME_MAX_ZIPF
            and low not in lex.protected
        ):
            person.append(True)  # "Graham Whitelaw": an unlisted surname after a first name
        elif (
            w.isdigit()
            or YEAR_WORD_RE.fullmatch(w)
            or low in ("year", "yr", "class", "form")
            or base in known
            or zipf >= GROUP_WORD_MIN_ZIPF
            or low in lex.protected
            or low in acronyms()
        ):
            person.append(False)
        else:
            return None  # a word no list or English knows: a name someone chose
    if all(person):
        return None
    rest = [m.group(0) for m, p in zip(words, person, strict=True) if not p]
    if all(w.isdigit() or (w.isupper() and len(w) <= 3 and not name.isupper()) for w in rest):
        return None  # "Sean DQ": a display name with letters after it
    if any(
        w.isdigit() and (k == 0 or words[k - 1].group(0).lower() not in ("year", "yr", "class"))
        for k, w in enumerate(m.group(0) for m in words)
    ):
        return None  # "Clive Boateng 2": a number, not a year group's, makes a display name
    if person[0] and len(rest) == 1 and words[-1].group(0) == rest[0]:
        # One word after a name is the name's own ("Eamonn Fitzpatrick Head") unless a dash
        # or a bar parts them or the name is someone's ("Ollie's condo").
        last_person = words[len(words) - 2]
        between = text[last_person.end() : words[-1].start()]
        if not (last_person.group(0)[-2:] in ("'s", "’s") or between.strip(" \t")):
            return None
    if len(rest) > 1 and not name.isupper() and all(m.group(0)[0].isupper() for m in words):
        return None  # "Mrs Khan Is A Liar", "Bex Loves Her Boys": a page's title, chosen
    found: list[Entity] = []
    k = 0
    while k < len(words):
        if person[k]:
            j = k
            while j + 1 < len(words) and person[j + 1]:
                j += 1
            run = text[words[k].start() : words[j].end()]
            if re.search(re.escape(run) + SCHOOL_KIND_AFTER, text, re.I):
                return None  # "Linden Heath parents speak out" beside "Linden Heath Free School"
            found.append(Entity(words[k].start(), words[j].end(), "PERSON"))
            k = j + 1
        else:
            k += 1
    return found


# A quoted description opens with an article in lower case, an account's name does not.
DESCRIPTION_OPENINGS = ("a ", "an ", "some ", "my ", "his ", "her ", "their ", "our ")


def _quoted_account(text: str, start: int, end: int) -> list[Entity]:
    """A quoted account's, group's or game's name text[start:end]: its people alone when it
    is made of names and everyday words (quoted_name_people), else the whole as a USERNAME;
    a description in lower case opening with an article ('talking to "a lad from
    Carlisle"') is no account: only the people in it, if any."""
    if " " in text[start:end]:
        people = quoted_name_people(text, start, end)
        if people:
            return people
        if text.startswith(DESCRIPTION_OPENINGS, start):
            return []
    return [Entity(start, end, "USERNAME")]
