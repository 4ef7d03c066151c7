"""Recognisers for structured personal data: emails, links, IPs, phones, postcodes, dates of
birth, usernames, schools and street addresses.

Each recogniser is `(text) -> list[Entity]`. Patterns and cue words are module data so they
read as a specification; validation that a regex cannot express (digit counts, octet ranges)
lives in small functions next to them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from casebook.redaction.core import Entity
from casebook.redaction.lexicon import lexicon, word_set

Recogniser = Callable[[str], list[Entity]]


def _lower(text: str) -> str | None:
    """text.lower() when it keeps every offset (it does unless "İ" and the like occur).

    Case-insensitive patterns run on this with case-sensitive regexes: several times faster
    than re.I, and matches map back to the original text by offset.
    """
    low = text.lower()
    return low if len(low) == len(text) else None


def _ci_finditer(
    fast: re.Pattern[str], slow: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    low = _lower(text)
    return fast.finditer(low) if low is not None else slow.finditer(text)


TRAILING_PUNCT = ".,;:!?)]}'\"”’>"

# --- EMAIL ---------------------------------------------------------------------------------
# Found from each "@": the local part is matched backwards from it, the domain forwards.
EMAIL_LOCAL_RE = re.compile(r"[\w.%+'-]{1,64}\Z")
EMAIL_DOMAIN_RE = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"
)


def find_emails(text: str) -> list[Entity]:
    found: list[Entity] = []
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
SCHEME_URL_RE = re.compile(SCHEME_URL, re.I)
SCHEME_URL_LOW_RE = re.compile(SCHEME_URL)
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
BARE_URL_RE = re.compile(BARE_URL, re.I)
BARE_URL_LOW_RE = re.compile(BARE_URL)
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


TLD_ANCHOR_RE = re.compile(r"\.(?:" + TLDS + r")\b", re.I)
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


def find_urls(text: str) -> list[Entity]:
    found: list[Entity] = []
    for m in _ci_finditer(SCHEME_URL_LOW_RE, SCHEME_URL_RE, text):
        end = _trim_url(text, m.start(), m.end())
        found.append(Entity(m.start(), end, "URL"))
    for m in _bare_urls(text):
        end = _trim_url(text, m.start(), m.end())
        host_end = m.start(1) if m.group(1) else m.end()
        host = text[m.start() : host_end]
        path = text[m.start(1) : end] if m.group(1) else ""
        if len(path) <= 1:
            # A bare host: only an unknown lower-case site counts (keeps "e.g. Ofsted.Com"
            # typos and public services out), never a platform's front page.
            if host.lower() in PUBLIC_DOMAINS or (
                not host.lower().startswith("www.") and any(c.isupper() for c in host)
            ):
                continue
            end = host_end
        found.append(Entity(m.start(), end, "URL"))
    return found


# --- IP ADDRESS ----------------------------------------------------------------------------
IPV4_RE = re.compile(r"\d(?<![\d.]\d)\d{0,2}\.(?:\d{1,3}\.){2}\d{1,3}(?!\.?\d)")
IPV6_RE = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")


def find_ips(text: str) -> list[Entity]:
    found: list[Entity] = []
    for m in IPV4_RE.finditer(text):
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
UK_PHONE_RE = re.compile(r"(?:\+ ?44|0044|\(0|0)[\d \u00a0\-()]{8,17}\d")
INTL_PHONE_RE = re.compile(r"\+(?!44)[1-9]\d{0,2}[\d \u00a0\-()]{6,16}\d")


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


def find_phones(text: str) -> list[Entity]:
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
            found.append(Entity(m.start(), end, "PHONE"))
            pos = end
    return found


# --- POSTCODE ------------------------------------------------------------------------------
# Upper case with or without the space ("LS6 2XA", "EH89YL"); lower case only with it.
POSTCODE_RE = re.compile(
    r"[A-Z](?<!\w[A-Z])[A-Z]?\d[A-Z\d]?\s?\d[A-Z]{2}\b|[a-z](?<!\w[a-z])[a-z]?\d[a-z\d]?\s\d[a-z]{2}\b"
)


# Every postcode ends in digit + two letters: find those first (fast), then look back.
INWARD_RE = re.compile(r"\d[A-Za-z]{2}\b")


def find_postcodes(text: str) -> list[Entity]:
    found: list[Entity] = []
    for inward in INWARD_RE.finditer(text):
        m = POSTCODE_RE.search(text, max(0, inward.start() - 5), inward.end())
        if m is not None and m.end() == inward.end() and (not found or found[-1].end <= m.start()):
            found.append(Entity(m.start(), m.end(), "POSTCODE"))
    return found


# --- DATE OF BIRTH -------------------------------------------------------------------------
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
DATE = (
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})\b"
    r"|\d{4}-\d{2}-\d{2}\b"
    r"|\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+" + MONTH + r"(?:,?\s+\d{4}\b)?"
    r"|" + MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4}\b)?)"
)
DOB = (
    r"\b(?:d\.?o\.?b\b\.?|date\s+of\s+birth|born(?:\s+on)?|birthday(?:\s+is)?)"
    r"\s*(?:[:\-–=]|is|was|of|as)?\s*(?:on\s+|the\s+)?(?P<date>" + DATE + ")"
)
DOB_RE = re.compile(DOB, re.I)
DOB_LOW_RE = re.compile(DOB)


def find_dates_of_birth(text: str) -> list[Entity]:
    return [
        Entity(m.start("date"), m.end("date"), "DATE_OF_BIRTH")
        for m in _ci_finditer(DOB_LOW_RE, DOB_RE, text)
    ]


# --- USERNAME ------------------------------------------------------------------------------
HANDLE_RE = re.compile(r"@(?<![\w@./]@)[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
# Cues after which the next token is a username. Strong cues accept any token that is not an
# ordinary word; weak ones (a platform name before "is") need a token that looks made up.
STRONG_CUE = (
    r"(?:user\s?name|handle|gamer\s?tag|screen\s?name|display\s+name|account\s+name|"
    r"profile\s+name|ign|psn(?:\s+id)?|discord\s+tag)\b\s*(?:(?:is|was)\b|:|=|-)?"
    r"|(?:goes|go|went|going)\s+by(?:\s+the\s+name)?|(?:called|named|calls)\s+(?:him|her|them)sel(?:f|ves)"
    r"|(?:page|account|profile|channel|group|server|chat|site|story|username)"
    r"\s+(?:is\s+|was\s+)?(?:called|named|titled)"
)
WEAK_CUE = (
    r"(?:snap(?:chat)?|insta(?:gram)?|tiktok|tik\s+tok|discord|roblox|xbox|twitter|twitch|"
    r"youtube|kik|telegram|facebook|fb|yubo|steam|fortnite)\b(?:\s+(?:name|id|account|handle)\b)?"
    r"\s*(?:(?:is|was)\b|:|=|-)"
    r"|(?:on|via|from)\s+(?:snap(?:chat)?|insta(?:gram)?|tiktok|discord|roblox|kik|xbox|twitter)"
    r"\s+(?:as|under)"
)
CUE = (
    r"\b(?:(?P<strong>" + STRONG_CUE + r")|(?P<weak>" + WEAK_CUE + r"))\s*"
    r"(?:(?P<q>[\"“‘'])(?P<quoted>[^\"”’'\n]{1,40})[\"”’']"
    r"|(?P<tok>[\w][\w.\-]*[\w]|\w))"
)
CUE_RE = re.compile(CUE, re.I)
CUE_LOW_RE = re.compile(CUE)
NEXT_TITLE_WORD_RE = re.compile(r"[ \t]+([A-Z0-9][\w'’\-]*)")
COMMON_WORDS = word_set(
    "a an the this that his her their my our your private public now deleted closed gone "
    "fake new old same one not also still being really very just blocked banned down up on "
    "off open down it its there here full all no yes anonymous unknown different"
)


def _looks_made_up(tok: str) -> bool:
    return any(c.isdigit() or c in "_." for c in tok) or (
        any(c.isupper() for c in tok[1:]) and any(c.islower() for c in tok)
    )


# A bare word shaped like a username wherever it stands: snake_case or dotted with a digit
# ("oakfield_gossip", "jess.b2010", "yr8.spill"). File names and abbreviations are not.
SHAPE_RE = re.compile(
    r"[A-Za-z](?<![\w@./\-][A-Za-z])[A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+_?(?![\w@/]|\.\w)"
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
DIGITS_USER_RE = re.compile(DIGITS_USER, re.I)
DIGITS_USER_LOW_RE = re.compile(DIGITS_USER)


# Letters and digits mixed inside a word, as people write usernames: "Tr1ckyV1c", "b4ll3r".
LEET_RE = re.compile(
    r"[A-Za-z](?<![\w@./\-][A-Za-z])(?=[A-Za-z0-9]*[A-Za-z]\d+[A-Za-z])[A-Za-z0-9]{4,}\b"
)


def _username_shape(tok: str) -> bool:
    parts = re.split(r"[._]", tok.strip("_"))
    if "_" in tok:
        return True
    if parts[-1].lower() in FILE_EXTENSIONS or all(len(p) <= 2 for p in parts):
        return False
    if parts[-1].lower() in TLD_SET:
        # A domain ("tiktok.com"): the link recogniser decides about those.
        return False
    return any(c.isdigit() for c in tok) or (tok.islower() and len(tok) >= 8)


# A quoted name after "by" / "called" / "as": 'posted by "Concerned Parent 22"'.
QUOTED_NAME_RE = re.compile(
    r"[\"“](?:(?<=by\s.)|(?<=as\s.)|(?<=called\s.)|(?<=named\s.))(?P<q>[^\"”\n]{2,40})[\"”]"
)


# Inside a would-be username: "." or "_" between letters or digits, or a digit after a
# letter. Words are found from these (fast) and then judged whole.
ODD_CHAR_RE = re.compile(r"[._](?<=[A-Za-z0-9][._])(?=[A-Za-z0-9])|_|\d(?<=[A-Za-z]\d)")
USERNAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._")
LEET_WORD_RE = re.compile(r"(?=[A-Za-z0-9]*[A-Za-z]\d+[A-Za-z])[A-Za-z][A-Za-z0-9]{4,}")


def _odd_words(text: str) -> Iterator[tuple[int, int]]:
    """Spans of username-shaped words: snake_case, dotted with digits, or l33t."""
    done = -1
    n = len(text)
    for m in ODD_CHAR_RE.finditer(text):
        if m.start() < done:
            continue
        start, end = m.start(), m.end()
        while start > 0 and text[start - 1] in USERNAME_CHARS:
            start -= 1
        while end < n and text[end] in USERNAME_CHARS:
            end += 1
        done = end
        while end > start and text[end - 1] == ".":
            end -= 1  # the full stop of the sentence
        before = text[start - 1] if start else " "
        after = text[end] if end < n else " "
        if before.isalnum() or before in "@/-" or after.isalnum() or after in "@/":
            continue  # part of an email, a link or a longer non-ASCII word
        word = text[start:end]
        if (SHAPE_RE.fullmatch(word) and _username_shape(word)) or LEET_WORD_RE.fullmatch(word):
            yield start, end


def find_usernames(text: str) -> list[Entity]:
    found = (
        [Entity(m.start(), m.end(), "USERNAME") for m in HANDLE_RE.finditer(text)]
        if "@" in text
        else []
    )
    found += [Entity(s, e, "USERNAME") for s, e in _odd_words(text)]
    found += [
        Entity(m.start("u"), m.end("u"), "USERNAME")
        for m in _ci_finditer(DIGITS_USER_LOW_RE, DIGITS_USER_RE, text)
    ]
    found += [Entity(m.start("q"), m.end("q"), "USERNAME") for m in QUOTED_NAME_RE.finditer(text)]
    lex = lexicon()
    for m in _ci_finditer(CUE_LOW_RE, CUE_RE, text):
        if m.group("quoted"):
            found.append(Entity(m.start("quoted"), m.end("quoted"), "USERNAME"))
            continue
        tok = m.group("tok")
        start, end = m.start("tok"), m.end("tok")
        while end > start and text[end - 1] in ".-":
            end -= 1
        tok = text[start:end]
        low = tok.lower()
        if low in COMMON_WORDS or low in lex.protected:
            continue
        if m.group("weak") and not _looks_made_up(tok):
            continue
        if m.group("strong") and tok[0].isupper():
            # "the page is called Oakfield Gossip": a title-case page name of a few words.
            for _ in range(3):
                nxt = NEXT_TITLE_WORD_RE.match(text, end)
                if nxt is None or nxt.group(1).lower() in lex.protected:
                    break
                end = nxt.end()
        found.append(Entity(start, end, "USERNAME"))
    return found


# --- SCHOOL --------------------------------------------------------------------------------
# Starts with the keyword itself (no \b) so the engine can skip ahead; the character before
# is checked in find_schools.
SCHOOL_KEYWORD_RE = re.compile(
    r"(?:School|Academy|College|High|Primary|Grammar|Infants?|Juniors?|Comprehensive|Prep|"
    r"Sixth\s+Form)\b"
)
SCHOOL_TAIL_RE = re.compile(
    r"(?:\s+(?:School|Academy|College|Primary|High|Junior|Infant|Grammar|Sixth\s+Form))*"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})?"
)
# Words that describe a kind of school rather than name one.
SCHOOL_GENERIC = word_set(
    "school academy college high primary secondary grammar infant infants junior juniors "
    "comprehensive prep sixth form community catholic church free special local independent "
    "private state boarding c e ce rc cofe of the and & our a this that my his her their "
    "your federation trust year nursery first middle upper lower county city new voluntary "
    "aided controlled pupil referral unit pru international studio university technical "
    "further education english maths science art music drama police virtual"
)
NAME_PART_RE = re.compile(r"(?:St\.?|[A-Z][\w'’\-]*|of|the|and|&|upon|on|le|de|in)$")
SCHOOL_WORD_CHARS = frozenset("_'’.&-")
# Welsh, Irish and Scottish Gaelic for "school" come first: "Ysgol Bryn Derw".
CELTIC_SCHOOL_RE = re.compile(
    r"\b(?:Ysgol|Scoil|Sgoil|Gaelscoil|Coláiste)(?:\s+[A-Z][\w'’\-]*){1,3}"
)


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
            if word in ("and", "&") and not (words and words[-1][1] in ("St", "St.", "Saint")):
                break  # "Early Help and the Virtual School"; but "St Peter and St Paul"
            seen_name = seen_name or word.lower().strip(".") not in SCHOOL_GENERIC
            words.append((pos, word))
        # Drop leading connectors and sentence words ("Yesterday", "At", "The"), but keep
        # "Our Lady of Lourdes".
        while (
            words
            and not (words[-1][1] == "Our" and len(words) > 1 and words[-2][1] == "Lady")
            and (
                words[-1][1][0].islower()
                or words[-1][1] == "&"
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
        first = words[-1][0]
        tail = SCHOOL_TAIL_RE.match(text, m.end())
        end = tail.end() if tail else m.end()
        found.append(Entity(first, end, "SCHOOL"))
    found += [Entity(m.start(), m.end(), "SCHOOL") for m in CELTIC_SCHOOL_RE.finditer(text)]
    return found


# --- ADDRESS -------------------------------------------------------------------------------
STREET = (
    r"(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Cres|Grove|Place|Pl|"
    r"Terrace|Gardens|Court|Ct|Hill|Park|Row|Walk|Mews|Square|Rise|View|Parade|Green|Vale|"
    r"Fields|Meadows?|Croft|Bank|Wharf|Gate|Yard|Heights|Boulevard|Chase|End|Grange|Brow)\b\.?"
)
ADDRESS_RE = re.compile(
    r"\b(?:(?:Flat|Apartment|Apt|Unit)\s+\d+[A-Za-z]?,?\s+)?\d{1,4}[A-Za-z]?,?\s+"
    r"(?:[A-Z][\w'’\-]*\s+){1,3}" + STREET
)
CUED_ADDRESS_RE = re.compile(
    r"\b(?:lives?|living|lived|address\s+is|house\s+(?:is\s+)?on|home\s+on|moved\s+to|"
    r"stays?|staying)\s+(?:on|at|in)?\s*(?P<addr>(?:[A-Z][\w'’\-]*\s+){1,3}" + STREET + ")"
)


def find_addresses(text: str) -> list[Entity]:
    found = [Entity(m.start(), m.end(), "ADDRESS") for m in ADDRESS_RE.finditer(text)]
    found += [
        Entity(m.start("addr"), m.end("addr"), "ADDRESS") for m in CUED_ADDRESS_RE.finditer(text)
    ]
    return [e for e in found if text[e.end - 1] != "." or text[e.end - 3 : e.end] != "St."]


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
