"""The person-name recogniser: gazetteers of first names and surnames plus context cues.

A token starts a name when
  - it follows a title (Mr, Dr, PC ...), whatever its case;
  - it is a capitalised first name, or a surname not at the start of a sentence;
  - it is a capitalised word (or a lower-case first name) in a person context: after
    "called", "pupil", "my son", "Hi", "Regards," ..., or before ", aged 13", "(14)", "'s mum";
  - it is the first line after a closing ("Kind regards,") in a letter.
Names that are also ordinary words (Will, May, Grace) need more: a surname next to them,
a person cue, or (for the least ambiguous) a capital in mid-sentence outside a title-case
phrase. A start then takes up to three more name-like words ("Priya Raman", "Anna-Maria de
la Cruz"). Words on the protected list (platforms, roles, months, bodies) never start or
extend a name.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from casebook.redaction import factored
from casebook.redaction.core import OTHER_SCRIPT, Entity, recurrences
from casebook.redaction.lexicon import (
    Lexicon,
    LineStart,
    RunStart,
    WordStart,
    acronyms,
    fold,
    lexicon,
    lowered,
    nationalities,
    places_abroad,
    read_plain_words,
    read_words,
    roles,
    run_start,
    short_forms,
    towns,
    trie_regex,
    word_runs,
    word_set,
)
from casebook.redaction.namemodel import (
    MODAL_NAMES,
    SEASON_NOUN_AFTER_RE,
    SEASON_OWNER_RE,
    SEASONS,
    after_determiner,
    gazetteers,
    model_spans,
    place_context,
    zipf_of,
    zipf_table,
)
from casebook.redaction.namemodel import (
    split_with_texts as model_split_with_texts,
)
from casebook.redaction.patterns import LABEL_OPENERS, possessive_base

TOKEN_RE = factored.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
TITLES = word_set(
    "mr mrs ms miss mx dr prof professor sir dame lady lord pc dc ds di dci sgt sergeant "
    "insp inspector rev revd reverend father fr cllr councillor pcso madame mme monsieur "
    "br deaconess pastor sirs "
    # the forces' ranks before a name, and faith leaders': "LCpl Asante", "Major Rosalind
    # Lyle", "Maulana Yusuf Patel"
    "capt cpl lcpl pte major ssgt csgt smi ssi padre maulana"
)
PARTICLES = word_set("van von de der den da di du la le bin bint ibn al el ap dos das del")
# Text just before a token that makes it a person's name.
PREV_CUE_RE = factored.compile(
    r"(?:\b(?:(?:called|named|(?:sur|first\s|last\s|family\s)?name\s+is|name's|i'm|i\s+am|im|hi|hello|hiya|hey|heya|dear|thanks|cheers|"
    r"happy[ \t]+birthday|"
    r"regards|wishes|dia[ \t]+dhuit|madainn[ \t]+mhath|bo[ma][ \t]+(?:dia|tarde|noite)|"
    r"bun[ăa](?:[ \t]+ziua)?|dzie[ńn][ \t]+dobry|habibti|habibi|faleminderit)"
    r"[ \t]*,?[ \t]*"
    r"|(?:pupils?|students?|learners?|sons?|daughters?|boy|girl|lad|lass|kid|teen|child|"
    r"nephew|niece|brothers?|sisters?|colleague|friends?|mates?|pals?|boyfriend|"
    r"girlfriend|partner|husband|wife|cousins?|stepson|stepdaughter|grandson|granddaughter|victim|mum|dad|mother|father|sibling|"
    r"twin|employee|teacher|member\s+of\s+staff|ex-pupil|ex-student|young\s+person|"
    r"(?:the\s+)?(?:boy|girl|pupil|student)s?\s+(?:involved|concerned))"
    r"(?:[ \t]+(?:is|was|are|were|called|named))?[ \t]*[,(]?[ \t]*"
    r"|(?:year|yr)[ \t]+\d{1,2}s?[ \t]*,[ \t]*"
    # A child named by a parent's tie: "the mum of Autumn", "Mummy of Bear", "dad of Juniper".
    r"|(?:mum|mummy|mam|mom|dad|daddy|mother|father|parents?|carers?|nan|nana|nanny|grandma|"
    r"grandad|grandparents?)[ \t]+of[ \t]+"
    r"|(?:worker|officer|dsl|senco|tutor|nurse|manager|headteacher|principal|head|sw|iro)"
    r"[ \t]+(?:is|was)[ \t]+"
    r"|names?[ \t]+(?:\w+[ \t]+){0,3}(?:include|includes|including|are|were)[ \t]*:?[ \t]*"
    # "He gave his name as Roger", "signed in under the name as Dee".
    r"|\bname[ \t]+as[ \t]+"
    # A chosen name beside a deadname: "chosen name Ash", "deadname Robin", "birth name: Hope".
    r"|(?:full|real|first|proper|chosen|preferred|new|old|birth|legal|given)[ \t]+name"
    r"(?:[ \t]+(?:is|was))?[ \t]*:?[ \t]*"
    r"|dead-?name(?:[ \t]+(?:is|was))?[ \t]*:?[ \t]*|(?:goes|go|going)[ \t]+by[ \t]+"
    r"|['’]s[ \t]+name(?:[ \t]+(?:is|was))?[ \t]*:?[ \t]*"
    r"|\d{1,2}[ \t]?(?:yo|y/o|yrs?[ \t]?old|-?years?-?old)(?:[ \t]+(?:boy|girl|lad|son|daughter|"
    r"scout|cub|pupil|player|member))?[ \t]*,?[ \t]*"
    r")"
    r"|\b(?:name|caller|from|contact|child|pupil|student|young\s+person|yp|cyp|enquirer|"
    r"parent|staff\s+member|signed|signature)[ \t]*:[ \t]*"
    r")\Z"
)
NEXT_CUE_RE = factored.compile(
    r"(?:"
    r",?\s*\(\s*(?:aged?\s*)?\d{1,2}\s*(?:yrs?|years?(?:\s+old)?)?\s*\)"
    # An age in brackets with more: "(little girl, 3)", "(18 months, at home)", "(3, nursery)";
    # not a count or a term ("(1,000 coins)", "Referral Order (6 months)").
    r"|\s*\(\s*(?:(?:little|baby|young)\s+)?(?:(?:girl|boy|son|daughter|baby|toddler)\s*,\s*)?"
    r"\d{1,2}(?![\d,.]\d)\s*(?:(?:months?|mths?|yrs?|years?(?:\s+old)?)\s*[,;]|[,;)])"
    r"|\s*\(\s*(?:twins|both|siblings|brothers|sisters|cousins)\s*,?\s*(?:aged?\s*)?\d{1,2}\b"
    r"|,?\s+aged?\s+\d"
    r"|,\s*\d{1,2}\s*(?:,|yrs?\b|years?\s+old\b|y/o\b)"
    r"|,?\s+(?:who\s+is|who's|is)\s+\d{1,2}\b"
    r"|\s*\(\s*(?:year|yr|y)\s*\d{1,2}\s*\)"
    r"|\s*\(\s*(?:dob|d\.o\.b|born|aged?)\b"
    r"|,\s+who\b"
    r"|\s+here\s*[,.!-]"
    r"|,\s*(?:date\s+of\s+birth|dob|d\.o\.b|born)\b"
    r"|\s+(?:from|in)\s+(?:year|yr|y)\s*\d{1,2}\b"
    # A form group: "hope from 10R", "tyler in 8K".
    r"|\s+(?:from|in)\s+\d{1,2}[A-Z]{1,2}\b"
    r"|,\s+(?:the\s+|our\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:DSL|DDSL|SENCO|Head(?:teacher)?|Deputy|"
    r"Teacher|Manager|Officer|Lead|Co-?ordinator|Principal|Governor|Tutor|Nurse|Worker|Chair|"
    r"Clerk|Administrator|Head\s+of\s+\w+)\b"
    r"|\s+goes\s+by\b"
    r"|,\s+(?:year|yr)\s+\d{1,2}\b"
    r"|\s+in\s+(?:year|yr)\s+\d{1,2}\b"
    r"|['’]s\s+(?:mum|dad|mother|father|parents?|carers?|brother|sister|phone|account|snap|"
    r"snapchat|instagram|tiktok|profile|nudes?|pictures?|photos?|images?|friends?|boyfriend|"
    r"girlfriend|family|name|house|home|behaviour|teacher|class|form)\b"
    r")",
    re.I,
)
# In capitals, a word after a name that English writes this often is no part of it, unless a
# list holds it as a name ("CALLED MAUREEN ADDED HIM", but "DANIEL HIGGINBOTHAM").
SHOUTED_WORD_ZIPF = 3.0
# Before a lower-case word: what only a name follows ("full name frank dobson", "boy's name
# mason kerr", "14yo tyrese", "13 year old scout dominic").
STRONG_PREV_RE = factored.compile(
    r"(?:\b(?:full|real|first|proper)[ \t]+name|['’]s[ \t]+name|\bname[ \t]+(?:is|was)|\bnamed|"
    r"\b\d{1,2}[ \t]?(?:yo|y/o|yrs?[ \t]?old|-?years?-?old)(?:[ \t]+(?:boy|girl|lad|son|"
    r"daughter|scout|cub|pupil|player|member))?)[ \t]*[:,]?[ \t]*\Z"
)
# An age in brackets right after a word: "hope (14)", "hope (twins, 14)", "hope (14, yr 9)".
AGE_BRACKET_RE = factored.compile(
    r"[ \t]*\([ \t]*(?:(?:twins|both|siblings|brothers|sisters|cousins|aged?)[ \t]*,?[ \t]*)?"
    r"\d{1,2}[ \t]*(?:yrs?|y/?o|years?(?:[ \t]+old)?)?[ \t]*[),]"
)
# A lower-case listed surname after a first name that is also a word makes it a name when
# English writes it no more than this ("dawn pickering"; not "grace brown", Zipf 5.2).
LOWER_SURNAME_MAX_ZIPF = 4.0
LOWER_WORD_AFTER_RE = factored.compile(r"[ \t](?P<w>[a-z][a-z'’\-]*[a-z])\b(?!['’])")
SURNAME_END_RE = factored.compile(r"[ \t]*(?:[,;(]|\.(?:[ \t]|\Z)|\n|\Z)")
# A capitalised word this common after a name that is also a word makes a title-case phrase
# of them ("the Rich Kids"), unless a list holds it as a name.
TITLE_CASE_WORD_ZIPF = 4.5
# Who a worker is, the clause ending after the name: "CAMHS worker is mel.", "his social
# worker was dawn,".
ROLE_IS_BEFORE_RE = factored.compile(
    r"\b(?:worker|officer|teacher|coach|manager|dsl|nurse|keyworker|mentor|carer|tutor|"
    r"counsellor|therapist|adviser|advisor|pa|sw|iro)[ \t]+(?:is|was)[ \t]+\Z"
)
NAME_CLAUSE_END_RE = factored.compile(r"[ \t]*(?:[.,;!?)]|\n|\Z)")
# A caller saying who they are and where from: "its dawn again from westfield", "i'm grace
# from a nursery", "this is hope here from the pru".
SELF_INTRO_BEFORE_RE = factored.compile(
    r"\b(?:i['’]m|im|i[ \t]+am|it['’]s|its|this[ \t]+is|name[ \t]+is|name['’]s)[ \t]+\Z"
)
SELF_INTRO_AFTER_RE = factored.compile(
    r"[ \t]+(?:again[ \t]+|here[ \t]+)?from\b"
    # or their age: "i'm hope im 14", "im grace, 13", "i'm summer and i'm 12"
    r"|[ \t]*(?:,|and)?[ \t]*(?:(?:i['’]?m|i[ \t]+am|aged?)[ \t]+)?\d{1,2}"
    r"(?:[ \t]*(?:yo|y/o)|[ \t]+(?:years?|yrs?)[ \t]+old)?"
    r"(?=[ \t]*(?:[.,!?;)]|\n|\Z|and\b|[ \t]+(?:and|from|in|at|y(?:ea)?r)\b))"
)
# Asking who someone is, the question ending after the name: "whos tiffany", "who is jodie?".
WHO_IS_BEFORE_RE = factored.compile(r"\bwho(?:['’]?s|[ \t]+is)[ \t]+\Z")
QUESTION_END_RE = factored.compile(r"[ \t]*(?:\?+|\n|\Z)")
SURNAME_ALONE_NEXT_RE = factored.compile(
    r"\s+(?:said|says|told|has|had|is|was|asked|reported|called|emailed|rang|explained|sent|"
    r"posted|shared|showed|disclosed|admitted|added|messaged|left|joined|went|came|received)\b"
)
SPEECH_NEXT_RE = factored.compile(
    r"\s+(?:told|said|says|asked|disclosed|reported|showed|admitted|explained|messaged)\b"
)
SPEECH_PREV_RE = factored.compile(
    r"\b(?:told|asked|messaged|texted|showed|blocked|tagged|threatened|bullied|warned|"
    r"invited|followed|contacted|emailed|rang|reassured|thanked|reminded|signposted)"
    r"[ \t]+\Z"
)
CLOSING_RE = LineStart(
    r"^\s*(?:kind(?:est)?\s+regards|best\s+regards|warm(?:est)?\s+regards|regards|"
    r"best\s+wishes|many\s+thanks|thanks(?:\s+again|\s+so\s+much|\s+in\s+advance)?|warmly|"
    r"thank\s+you(?:\s+in\s+advance)?|best|cheers|yours\s+(?:sincerely|faithfully)|sincerely|"
    r"with\s+thanks|all\s+the\s+best|take\s+care)\s*[,.!]?\s*$",
    re.I | re.M,
)
SIGNATURE_WORD_RE = factored.compile(r"[A-Z][\w'’\-]*\.?|[a-z][\w'’\-]*|&")


MONTH_ABBREVIATIONS = word_set("jan feb mar apr jun jul aug sep sept oct nov dec")
NEAR_NUMBER_RE = factored.compile(r"\d")
# A repeated name that is this common as an English word needs the model's support.
REPEAT_COMMON_ZIPF = 4.0
ON_BEFORE_RE = factored.compile(r"\bon[ \t]+\Z")


class Tok(NamedTuple):
    """A word that can take part in a name (a tuple: cheaper to make than an instance)."""

    start: int
    end: int
    word: str
    low: str
    cap: bool


LETTER = r"[^\W\d_]"
# A capitalised word: its first character is an upper-case letter (checked in _tokens; the
# class admits any non-ASCII letter), not preceded by a letter.
CAP_WORD_RE = factored.compile(
    r"[^\W\d_a-z](?<!" + LETTER + r"[^\W\d_a-z])" + LETTER + r"*(?:['’\-]" + LETTER + r"+)*"
)


@cache
def _keep_ascii(keep: frozenset[str]) -> frozenset[str]:
    """The words of keep that _keep_re matches: ASCII letters only."""
    return frozenset(w for w in keep if w.isascii() and w.isalpha())


@cache
def _keep_re(lex: Lexicon) -> factored.Regex:
    words = _keep_ascii(_keep_words(lex))
    return factored.compile(r"\b(?:" + trie_regex(words) + r")\b")


# Roles used as titles: "pcso harding"; but "our PCSO. Do we ..." ends a sentence.
ROLE_TITLES = word_set("pcso")
AFTER_TITLE_MAX_ZIPF = 3.8  # "pc its", "sgt mob": an everyday word after a title is no name
CALENDAR_WORDS = word_set(
    "january february march april may june july august september october november december "
    "spring summer autumn winter easter christmas"
)
# A capitalised word after a first name that is also a word is its surname when English
# hardly knows it ("Will Harding"; not "Summer Term", "Will Power").
UNKNOWN_SURNAME_MAX_ZIPF = 2.5
# After a lower-case name that is also a word: what only a person does or has.
LOWER_NAME_ACTION_RE = factored.compile(
    r"[ \t]+(?:told|said|says|asked|disclosed|reported|admitted|explained|messaged|texted|"
    r"sent|posted|shared|blocked|keeps|kept|screenshotted|added|rang|phoned|snapchatted|"
    r"wants|wanted|thinks|thought|reckons|showed|screenshot|deleted|unblocked|asks|confirmed|"
    r"agreed|worried|emailed|mentioned|raised|noticed|spoke|rang|feels|felt|doesn't|didnt|"
    r"didn't|doesnt|hasn't|hasnt|filmed|recorded|tagged|uploaded|hacked|leaked|threatened|"
    r"punched|kicked|pushed)\b"
)
# ... or a role or a year group right after it: "bill the caretaker", "mo - year 10 -".
LOWER_NAME_AFTER_RE = factored.compile(
    r"[ \t]+the[ \t]+(?:caretaker|coach|teacher|dsl|head|ta|driver|neighbour|manager|"
    r"youth[ \t]+worker|social[ \t]+worker|pcso|officer|lad|boy|girl|kid)\b"
    r"|[ \t]*[\-–,(][ \t]*(?:year|yr|y)[ \t]?\d{1,2}\b"
)
POSSESSION_AFTER_RE = factored.compile(
    r"[ \t]+(?:mum|dad|mother|father|parents?|carers?|brother|sister|nan|nanna|gran|grandad|"
    r"auntie|aunt|uncle|cousin|phone|account|snap|snapchat|insta|instagram|tiktok|profile|"
    r"nudes?|pics?|pictures?|photos?|images?|friends?|mates?|boyfriend|bf|girlfriend|gf|"
    r"family|house|number|messages?|story|stories|dms?|mam|birth[ \t]+(?:mum|mother|dad|father)|"
    r"school|mobile|email|address|full[ \t]+name|surname|social[ \t]+worker|foster[ \t]+carer)\b"
)
# What a child posts to or is sent, after a first name in lower case (no everyday word):
# "on tyler's story", "in max's dms" (not "Caller's concern", a role's word in capitals).
LOWER_OWNED_AFTER_RE = factored.compile(
    r"['’]s[ \t]+(?:story|stories|insta|page|dms?|messages?|number)\b"
)
# A subject before a word makes it a verb: "i hope", "we hope worried parents call".
SUBJECT_BEFORE_RE = factored.compile(
    r"(?<![\w'’])(?:i|we|you|they|u|i['’]d|we['’]d|let['’]?s|do|does|did)[ \t]+\Z"
)
DETERMINER_BEFORE_RE = factored.compile(
    r"\b(?i:the|a|an|his|her|their|my|your|our|its|this|that)[ \t]+\Z"
)
AFTER_TITLE_RE = factored.compile(
    r"\.?[ \t](?P<i>[a-z]\.[ \t])?(?P<w>[a-z][a-z'’\-]*[a-z])\b(?!['’]s\b)"
)


# A word of namemodel's tokens split at its apostrophes and hyphens: runs of letters.
LETTERS_RE = factored.compile(LETTER + "+")
# What _tokens takes from one of namemodel's word tokens, worked out once per spelling: the
# capitalised word CAP_WORD_RE finds in it (its offset in the token, the characters cut from
# its end, the word and its folded form), and its parts that are listed words with their
# offsets (what _keep_re finds in it, before the check of the characters around the token).
TokenParts = tuple[tuple[int, int, str, str] | None, tuple[tuple[int, str], ...]]
_PARTS: dict[str, TokenParts] = {}
# The spellings with neither (most tokens: lower-case words on no list), which _tokens skips
# on one set lookup.
_PLAIN: set[str] = set()
_PARTS_MAX = 200_000


def _token_parts(raw: str, keep: frozenset[str]) -> TokenParts:
    parts = [(m.start(), m.group()) for m in LETTERS_RE.finditer(raw)]
    cap = None
    # CAP_WORD_RE starts at a letter other than a-z with no letter before it (so at the start
    # of a part) and runs to the token's end; the first such part is the only match, kept
    # when that letter is upper case.
    for offset, part in parts:
        if not ("a" <= part[0] <= "z"):
            word = raw[offset:]
            if word[0].isupper():
                cut = 2 if word[-2:] in ("'s", "’s") and len(word) > 2 else 0
                if cut:
                    word = word[:-cut]
                low = word.lower()
                if not low.isascii() or "’" in low:
                    low = fold(word)
                cap = (offset, cut, word, low)
            break
    listed = tuple((offset, part) for offset, part in parts if part in keep)
    if len(_PARTS) + len(_PLAIN) >= _PARTS_MAX:
        _PARTS.clear()
        _PLAIN.clear()
    found = (cap, listed)
    if cap is None and not listed:
        _PLAIN.add(raw)
    else:
        _PARTS[raw] = found
    return found


def _is_word_char(c: str) -> bool:
    """What \\w matches in a str pattern (so what \\b looks at)."""
    return c.isalnum() or c == "_"


def _tokens(text: str, keep: frozenset[str]) -> list[Tok]:
    """The words that can take part in a name: capitalised ones and those in `keep`.

    Other words are left out for speed; callers check adjacency by the text between two
    tokens, so a left-out word between them still separates them. Read from the name model's
    tokens of the same text (the same words CAP_WORD_RE and _keep_re find in it).
    """
    toks: list[Tok] = []
    append = toks.append
    new = tuple.__new__
    lowers = []
    # _keep_re's words: ASCII, letters only, matched whole between word boundaries.
    listed_words = _keep_ascii(keep)
    known = _PARTS.get
    plain = _PLAIN
    size = len(text)
    # Every token, not only those the model calls words: "²-jo" starts with a character
    # str.isdigit() knows (so the model takes it as a number) that is a letter to the regexes.
    (starts, ends, _), raws = model_split_with_texts(text)
    # Most tokens are plain words: the others are picked out first, in one comprehension.
    for k in [k for k, raw in enumerate(raws) if raw not in plain]:
        raw = raws[k]
        token_start = starts[k]
        token_end = ends[k]
        cap, listed = known(raw) or _token_parts(raw, listed_words)
        if cap is not None:
            offset, cut, word, low = cap
            append(new(Tok, (token_start + offset, token_end - cut, word, low, True)))
        if not listed:
            continue
        for offset, word in listed:
            start = token_start + offset
            end = start + len(word)
            # \b on both sides: inside the token a part has an apostrophe or hyphen beside
            # it; at the token's edges a digit, "_" or another word character may stand.
            if (start > 0 and _is_word_char(text[start - 1])) or (
                end < size and _is_word_char(text[end])
            ):
                continue
            lowers.append(Tok(start, end, word, word, False))
            if word in TITLES:
                # "ms harding", "pcso harding": the word after a title may be a name in no list.
                after = AFTER_TITLE_RE.match(text, end)
                if (
                    after is not None
                    and after.group("w") not in keep
                    and after.group("w") not in lexicon().protected
                    and zipf_table().get(after.group("w"), 0.0) < AFTER_TITLE_MAX_ZIPF
                ):
                    # With an initial before it ("mr p. o'donnell"), the token starts there.
                    first = after.start("i") if after.group("i") else after.start("w")
                    word = text[first : after.end("w")]
                    lowers.append(Tok(first, after.end("w"), word, word, False))
    if lowers:
        lowers.sort(key=lambda t: t.start)
        joined: list[Tok] = []
        for t in lowers:
            prev = joined[-1] if joined else None
            if prev is not None and t.start == prev.end + 1 and text[prev.end] == "-":
                # "lily-grace": two listed names joined by a hyphen are one word
                word = text[prev.start : t.end]
                joined[-1] = Tok(prev.start, t.end, word, word, False)
            else:
                joined.append(t)
        toks = sorted(toks + joined, key=lambda t: t.start)
    return toks


QUOTED_PHRASE_ON_RE = factored.compile(r"[\w'’\-]*,?[ \t]+[a-z]")


def _sentence_initial(text: str, start: int) -> bool:
    """Does a sentence start at start? So does a quoted phrase ('"Will do, ta"', 'a "Grace
    period" joke'): a quote opened right before the word, with lower-case words after it."""
    if start > 0 and text[start - 1] in '"“‘' and QUOTED_PHRASE_ON_RE.match(text, start):
        return True
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘([*•-":
        i -= 1
    return i < 0 or text[i] in ".!?\n:;"


def _single_space(text: str, a: int, b: int) -> bool:
    return b - a == 1 and text[a] in " \u00a0"


CALENDAR_BEFORE_RE = factored.compile(
    r"\b(?:in|on|by|until|till|since|from|of|during|early|late|mid|next|last|this|every|"
    r"before|after|end|start|beginning|the)\s+$|\d(?:st|nd|rd|th)?\s+$",
    re.I,
)
CALENDAR_AFTER_RE = factored.compile(r"\s+(?:\d|half\b)", re.I)
# What a term or month has: "Summer term", "Autumn newsletter", "May half-term", "Spring fair".
CALENDAR_EVENT_AFTER_RE = factored.compile(
    r"\s+(?:term|holidays?|half-term|newsletter|bulletin|fair|fayre|concert|disco|fete|fête|"
    r"production|assessments?|exams?|residential|census)\b",
    re.I,
)


def _calendar_context(text: str, t: Tok) -> bool:
    """Is this "May" a month / "Summer" a term ("in May", "3 May", "Summer term", "our
    Autumn evening", "Autumn newsletter")?"""
    before = text[max(0, t.start - 20) : t.start].lower()
    if (
        t.low in SEASONS
        and SEASON_OWNER_RE.search(before)
        and SEASON_NOUN_AFTER_RE.match(text, t.end)
    ):
        return True
    return bool(
        CALENDAR_BEFORE_RE.search(before)
        or CALENDAR_AFTER_RE.match(text, t.end)
        or CALENDAR_EVENT_AFTER_RE.match(text, t.end)
    )


# A greeting's first word that English uses as a verb before what it acts on: "Hi, Hope you
# are well", "Hello, Will the webinar be recorded?", "Hi, Mark the date". The same word before
# a comma or a verb is still a name ("Hi Will, can you ...", "Hi, Hope here").
GREETING_BEFORE_RE = factored.compile(
    r"(?:^|\n)[ \t]*(?i:hi|hello|hiya|hey|morning|afternoon|good[ \t]+(?:morning|afternoon))"
    r"[ \t]*[,!.]?[ \t]*\n?[ \t]*\Z"
)
OBJECT_AFTER_RE = factored.compile(
    r"[ \t]+(?:you|u|ya|the|we|i|it|this|that|these|those|your|our|all|everyone|a|an|to)\b",
    re.I,
)


def _verb_after_greeting(text: str, ent: Entity) -> bool:
    word = text[ent.start : ent.end]
    if " " in word or word.lower() not in lexicon().ambiguous:
        return False
    if GREETING_BEFORE_RE.search(text, max(0, ent.start - 30), ent.start) is None:
        return False
    return OBJECT_AFTER_RE.match(text, ent.end) is not None


@cache
def _keep_words(lex: Lexicon) -> frozenset[str]:
    return lex.first_names | lex.more_first | lex.surnames | TITLES | PARTICLES | {"and"}


def _adjacent(text: str, a: Tok, b: Tok) -> bool:
    """Only white space (a line at most) between two tokens."""
    return b.start - a.end <= 3 and not text[a.end : b.start].strip()


SIGNATURE_CUT_RE = factored.compile(r"[,(|–-]\s|\s[–-]\s|\s{2,}|,")


# A plural cue before a lower-case name, and the names listed after it (Finder.listed_after).
PLURAL_CUE_BEFORE_RE = factored.compile(
    r"\b(?:friends|mates|pals|brothers|sisters|cousins|boys|girls|kids|lads)[ \t]+\Z", re.I
)
LOWER_LIST_NEXT_RE = factored.compile(
    r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)(?P<w>[a-z]{2,})\b(?!['’\-])"
)
LISTED_LOWER_MAX_ZIPF = 4.0


class _Finder:
    def __init__(self, text: str, masked: bytearray, lex: Lexicon) -> None:
        self.text = text
        self.masked = masked
        self.lex = lex
        self.toks = _tokens(text, _keep_words(lex))
        self.probs: dict[int, float] = {}
        self.kept = bytearray()
        # Lower-case words that are also names, found standing as names by what surrounds
        # them ("grace confirmed", "dawn pickering"): their other mentions are looked for.
        self.lower_words: set[str] = set()

    def is_kept(self, t: Tok) -> bool:
        return self.kept.find(1, t.start, t.end) >= 0

    def is_masked(self, t: Tok) -> bool:
        return self.masked.find(1, t.start, t.end) >= 0

    def name_like(self, t: Tok) -> bool:
        """Could this word be part of a name (known, or an unknown capitalised word)?"""
        lex = self.lex
        base = t.low.split("-")[0]
        if t.low in lex.protected and t.low not in lex.surnames and t.low not in lex.first_names:
            return False
        return t.cap or t.low in lex.first_names or base in lex.first_names

    def known_first(self, t: Tok) -> bool:
        """Whether a word is a listed first name, or one with accents ("Théo", "Zoë")."""
        names = self.lex.first_names
        if t.low in names or t.low.split("-")[0] in names:
            return True
        return not t.low.isascii() and fold(t.low) in names

    def cue_before(self, t: Tok) -> bool:
        before = self.text[max(0, t.start - 40) : t.start]
        # Lower-cased and matched case-sensitively: faster than re.I, same answer.
        low = before.lower()
        return PREV_CUE_RE.search(low) is not None and not low.rstrip().endswith("and")

    def cue_after(self, t: Tok) -> bool:
        return NEXT_CUE_RE.match(self.text, t.end) is not None

    def extend(self, i: int, allow_lower: bool) -> int:
        """Index of the last token of the name starting at token i."""
        toks, lex = self.toks, self.lex
        j = i
        while j + 1 < len(toks) and j - i < 3:
            nxt = toks[j + 1]
            if self.is_masked(nxt) or self.is_kept(nxt):
                break
            gap_ok = _single_space(self.text, toks[j].end, nxt.start) or (
                # an initial: "T. Villiers-Stuart"
                len(toks[j].word) == 1
                and toks[j].cap
                and self.text[toks[j].end : nxt.start] == ". "
            )
            if not gap_ok:
                break
            if toks[j].end != toks[j].start + len(toks[j].word):
                break  # a possessive ends the name: "Mia's phone"
            if nxt.low in PARTICLES and j + 2 < len(toks) and toks[j + 2].cap:
                j += 1
                continue
            if nxt.cap:
                if nxt.low in lex.protected and nxt.low not in lex.surnames:
                    break
                if nxt.low in lex.context_only and nxt.low not in lex.surnames:
                    break
                if (
                    nxt.word.isupper()
                    and toks[j].word.isupper()
                    and nxt.low not in lex.surnames
                    and nxt.low not in lex.first_names
                    and zipf_of(nxt.low, zipf_table()) >= SHOUTED_WORD_ZIPF
                ):
                    break  # in capitals every word is capitalised: "CALLED MAUREEN ADDED HIM"
                j += 1
                continue
            if allow_lower and nxt.low in lex.surnames and nxt.low not in lex.ambiguous:
                j += 1
                continue
            break
        return j

    def title_case_phrase(self, i: int) -> bool:
        """True inside runs like "To Whom It May Concern" or "Online Safety Bill"."""
        toks = self.toks
        text = self.text
        prev_cap = (
            i > 0
            and toks[i - 1].cap
            and _adjacent(text, toks[i - 1], toks[i])
            and not _sentence_initial(text, toks[i].start)
        )
        next_cap = i + 1 < len(toks) and toks[i + 1].cap and _adjacent(text, toks[i], toks[i + 1])
        prev_is_name = i > 0 and self.known_first(toks[i - 1])
        if not next_cap:
            return prev_cap and not prev_is_name
        nxt = toks[i + 1].low
        lex = self.lex
        return (
            (prev_cap and not prev_is_name)
            or nxt in lex.protected
            # "the Rich Kids", "Grace Academy Trust": a word English uses every day, that no
            # list holds as a name, after a name that is also a word.
            or (
                toks[i].low in lex.ambiguous
                and zipf_of(nxt, zipf_table()) >= TITLE_CASE_WORD_ZIPF
                and nxt not in lex.surnames
                and not lex.any_first_name(nxt)
            )
        )

    def paired_with_name(self, i: int) -> bool:
        """ "May and Theo": joined by "and" to a plain first name (not another month)."""
        toks, text, lex = self.toks, self.text, self.lex
        if i + 2 >= len(toks) or toks[i + 1].low != "and":
            return False
        other = toks[i + 2]
        return (
            text[toks[i].end : other.start] == " and "
            and other.cap
            and self.known_first(other)
            and other.low not in lex.ambiguous
            and other.low not in lex.context_only
        )

    def surname_next(self, i: int) -> bool:
        """Is token i followed, after one space, by a capitalised listed name?"""
        t = self.toks[i]
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
        lex = self.lex
        return (
            nxt is not None
            and nxt.cap
            and _single_space(self.text, t.end, nxt.start)
            and t.end == t.start + len(t.word)
            and (nxt.low in lex.surnames or nxt.low in lex.first_names)
            and nxt.low not in lex.protected
        )

    def unknown_surname_next(self, i: int) -> bool:
        """Is token i followed, after one space, by a capitalised word English hardly knows
        and no list keeps ("Will Harding rang", "Summer Okafor")? A first name that is also a
        word is a name before such a surname, which the small surname list may lack."""
        t = self.toks[i]
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
        return (
            nxt is not None
            and nxt.cap
            and not nxt.word.isupper()
            and len(nxt.low) > 2
            and _single_space(self.text, t.end, nxt.start)
            and t.end == t.start + len(t.word)
            and t.low in self.lex.first_names
            and nxt.low not in self.lex.protected
            and zipf_of(nxt.low, zipf_table()) < UNKNOWN_SURNAME_MAX_ZIPF
        )

    def possessive(self, i: int) -> bool:
        """ "Hunter's mum", "will's story": a listed first name that is also an everyday word
        (Hunter, Faith, Will, Mark), written with a possessive, stands as a name; not a month
        or a season ("May's results"), nor after a determiner ("the will's executor")."""
        t = self.toks[i]
        text = self.text
        if text[t.end : t.end + 2] not in ("'s", "’s") or t.low not in self.lex.first_names:
            return False
        if t.low in CALENDAR_WORDS:
            return False
        before = DETERMINER_BEFORE_RE.search(text, max(0, t.start - 8), t.start)
        return before is None

    def lower_word_as_name(self, i: int) -> bool:
        """A lower-case first name that is also a word (summer, joy, amber, bill, mo) stands
        as a name where the text treats it as one: a possessive before someone or something of
        theirs ("summer's phone", "joy's mum"), a verb of speech or action after it that the
        word's other senses never take ("summer keeps posting", "then joy blocked him"), or
        listed after a name just found ("amber, jade and summer"), or a caller saying who
        they are and where from ("its dawn again from the school"). Not after a determiner
        ("the summer's heat", "a bill sent")."""
        t = self.toks[i]
        text = self.text
        if text[t.end : t.end + 2] in ("'t", "’t"):
            return False  # "advised don't forward": a contraction
        if (
            t.low not in self.lex.protected
            and t.low not in CALENDAR_WORDS  # "its summer from june to august"
            and SELF_INTRO_AFTER_RE.match(text, t.end)
            and SELF_INTRO_BEFORE_RE.search(lowered(text), max(0, t.start - 16), t.start)
        ):
            # Before the determiners: "its" opens "its dawn again from ...".
            return True  # "hi, its dawn again from the school", "i'm grace from a nursery"
        if DETERMINER_BEFORE_RE.search(text, max(0, t.start - 8), t.start):
            return False
        if (
            t.low not in MODAL_NAMES
            and WHO_IS_BEFORE_RE.search(lowered(text), max(0, t.start - 10), t.start)
            and QUESTION_END_RE.match(text, t.end)
        ):
            return True  # "me: whos tiffany", "who is jodie?"
        if text[t.end : t.end + 2] in ("'s", "’s"):
            return POSSESSION_AFTER_RE.match(text, t.end + 2) is not None
        if (
            LOWER_NAME_ACTION_RE.match(text, t.end) or LOWER_NAME_AFTER_RE.match(text, t.end)
        ) and not SUBJECT_BEFORE_RE.search(lowered(text), max(0, t.start - 8), t.start):
            return True  # "grace confirmed", not "we hope confirmed cases fall"
        if t.low not in MODAL_NAMES and SPEECH_PREV_RE.search(text, max(0, t.start - 14), t.start):
            return True  # "he told rob that ...", "she blocked joy"
        if ROLE_IS_BEFORE_RE.search(lowered(text), max(0, t.start - 24), t.start) and (
            NAME_CLAUSE_END_RE.match(text, t.end)
        ):
            return True  # "CAMHS worker is mel.", "her key worker was dawn,"
        k = i - 1
        if k >= 0 and self.toks[k].low == "and" and text[self.toks[k].end : t.start] == " ":
            k -= 1  # the words of a text may hold "and" among them
        prev = self.toks[k] if k >= 0 else None
        return (
            prev is not None
            and not prev.cap
            and text[prev.end : t.start] in (", ", " and ", " & ", ", and ")
            and self.is_masked(prev)
            and (i + 1 >= len(self.toks) or not self.toks[i + 1].cap)
        )

    def named_outright(self, i: int) -> bool:
        """A lower-case first name that is also a word, where nothing but a name can stand:
        after "full name", "boy's name" or an age ("14yo hope"), before an age in brackets
        ("hope (14)", "faith and hope (twins, 14)"), or before a surname English hardly
        writes ("dawn pickering"). Not a month or a season ("name is june" stays a name,
        "summer (2024)" is no age)."""
        t = self.toks[i]
        text = self.text
        if t.low in CALENDAR_WORDS:
            return False
        low = lowered(text)
        if STRONG_PREV_RE.search(low, max(0, t.start - 24), t.start):
            return True
        if AGE_BRACKET_RE.match(text, t.end):
            return True
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
        if (
            nxt is not None
            and text[t.end : nxt.start] in (" and ", " & ")
            and not nxt.cap
            and nxt.low in self.lex.first_names
            and AGE_BRACKET_RE.match(text, nxt.end)
        ):
            return True  # "faith and hope (twins, 14)"
        after = LOWER_WORD_AFTER_RE.match(text, t.end)
        if after is None or t.low in MODAL_NAMES:
            return False
        word = after.group("w")
        if word in self.lex.ambiguous or word in self.lex.protected:
            return False
        head = word.split("-")[0]
        zipf = zipf_of(head, zipf_table())
        if head in self.lex.surnames or head in self.lex.more_first:
            return zipf < LOWER_SURNAME_MAX_ZIPF  # "dawn pickering", "jasmine kaur-dhillon"
        # A word English hardly writes, ending the phrase: "rich pemberton, on 01632 ..."
        return (
            zipf < UNKNOWN_SURNAME_MAX_ZIPF + 0.5
            and len(word) > 3
            and SURNAME_END_RE.match(text, after.end()) is not None
        )

    def cued(self, i: int) -> bool:
        t = self.toks[i]
        return (
            self.cue_before(t)
            or self.cue_after(t)
            or self.cue_after(self.toks[self.extend(i, allow_lower=False)])
        )

    def start_kind(self, i: int) -> bool:
        t = self.toks[i]
        lex = self.lex
        text = self.text
        if t.low in MONTH_ABBREVIATIONS and NEAR_NUMBER_RE.search(
            text, max(0, t.start - 4), min(len(text), t.end + 4)
        ):
            return False  # "11 Jan 2024": a month, not Jan
        prev = self.toks[i - 1] if i > 0 else None
        if (
            not t.cap
            and t.low not in lex.first_names
            and t.low not in lex.more_first
            and (prev is None or prev.low not in TITLES)
            and ("-" not in t.low or t.low.split("-")[0] not in lex.first_names)
        ):
            return False  # most words: lower case and no name (nor a hyphenated first name)
        if prev is not None and prev.low in TITLES:
            between = text[prev.end : t.start]
            if t.end < len(text) and text[t.end].isdigit():
                return False  # "Sgt K221": a collar number, not an initial
            if (between == " " or (between in (". ", ".") and prev.low not in ROLE_TITLES)) and (
                t.cap or (t.low not in lex.protected and len(t.low) > 1)
            ):
                return True
        if not t.cap:
            if not self.known_first(t):
                # A first name of the big list (no everyday word, see lexicon.more_first)
                # written in lower case, with a person cue on either side: "son lorcan (14)",
                # "new kid trevor".
                # Or where a word that is also a name stands as one ("chanel blocked him",
                # "ruby, poppy and chanel"; see lower_word_as_name).
                return t.low in lex.more_first and (
                    self.cue_before(t) or self.cue_after(t) or self.lower_word_as_name(i)
                )
            parts = t.low.split("-")
            if len(parts) == 2 and all(p in lex.first_names for p in parts):
                return True  # "lily-grace", "tyler-jay": two first names are one name
            if t.low in lex.ambiguous or t.low in lex.protected or t.low in lex.context_only:
                # "my son jack, 16" but never "jack" or "will" on one cue alone; "will's
                # story" is a name, since the word's other senses take no possessive.
                if (self.cue_before(t) and self.cue_after(t)) or self.possessive(i):
                    return True
                if self.lower_word_as_name(i) or self.named_outright(i):
                    self.lower_words.add(t.word)  # its other mentions: see _lower_repeats
                    return True
                return False
            if (
                self.cue_before(t)
                or self.cue_after(t)
                or LOWER_OWNED_AFTER_RE.match(text, t.end) is not None
            ):
                return True
            nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
            return (
                nxt is not None
                and _single_space(text, t.end, nxt.start)
                and nxt.low in lex.surnames
                and nxt.low not in lex.ambiguous
                and not nxt.cap
            )
        if t.low in lex.ambiguous or t.low in lex.context_only:
            if t.low in lex.context_only and _calendar_context(text, t):
                # "we break up in May, Year 11 ..." is a month; "from Hunter's mum" is not.
                return self.surname_next(i) or self.possessive(i)
            if (
                self.surname_next(i)
                or self.unknown_surname_next(i)
                or self.cued(i)
                or self.paired_with_name(i)
                or self.possessive(i)
            ):
                return True
            if t.low in lex.context_only:
                # "May told her form tutor", "Hunter told Summer that": only a verb of telling
                # before or after makes a month or a season a person.
                return (
                    SPEECH_NEXT_RE.match(text, t.end) is not None
                    or SPEECH_PREV_RE.search(text, max(0, t.start - 14), t.start) is not None
                )
            if t.low not in lex.first_names:
                return False
            if _sentence_initial(text, t.start):
                # "Grace told her teacher" but not "Will you call back?"
                return SURNAME_ALONE_NEXT_RE.match(text, t.end) is not None
            return not self.title_case_phrase(i)
        if t.low in lex.protected:
            return False
        if self.known_first(t):
            return True
        if t.low in lex.more_first and (self.cue_before(t) or self.cue_after(t)):
            return True  # "BIRTH DAD WAYNE ON FACEBOOK", "my cousin Lorcan, 15, said"
        if t.low in lex.surnames and t.word.isupper() and len(t.word) > 2 and self.cue_before(t):
            return True  # in capitals: "A LAD CALLED ROSS HIGGINBOTTOM"
        if t.low in lex.surnames:
            if not _sentence_initial(text, t.start):
                return not self.title_case_phrase(i) or self.surname_next(i)
            return SURNAME_ALONE_NEXT_RE.match(text, t.end) is not None
        if len(t.word) > 1 and not t.word.isupper() and self.cued(i):
            return True
        # "Aroha, Efa and Jasmin": an unknown capitalised word listed after a name just found.
        if prev is not None and not _sentence_initial(text, t.start):
            joined_by = text[prev.end : t.start]
            nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
            single = nxt is None or not (nxt.cap and _single_space(text, t.end, nxt.start))
            if zipf_table().get(t.low, 0.0) >= 4.5:
                return False  # "... Park and I'd": a common word, not a listed name
            if joined_by in (", ", " & ") and self.is_masked(prev) and single:
                return True
            if (
                prev.low == "and"
                and text[prev.end : t.start] == " "
                and i >= 2
                and self.is_masked(self.toks[i - 2])
            ):
                return text[self.toks[i - 2].end : prev.start] in (" ", ", ")
        return False

    def repeats(self, found: list[Entity]) -> list[Entity]:
        """Other mentions of a name already found: "May (DOB ...) ... May goes by ..."."""
        known = {
            fold(w)
            for f in found
            for w in TOKEN_RE.findall(self.text, f.start, f.end)
            if len(w) > 1
        }
        known -= {w for w in known if w in self.lex.protected and w not in self.lex.ambiguous}
        known -= TITLES | PARTICLES
        more: list[Entity] = []
        common = zipf_table()
        # A name found written in lower case ("son josh yr 7") is the same name wherever it
        # is written so ("if josh is ok"), unless English uses the word every day.
        lower_known = {
            fold(w)
            for f in found
            for w in TOKEN_RE.findall(self.text, f.start, f.end)
            if w.islower() and len(w) > 1
        }
        lower_known -= self.lex.ambiguous | self.lex.context_only | TITLES | PARTICLES
        toks = self.toks
        for k, t in enumerate(toks):
            if t.low not in known or self.is_masked(t) or self.is_kept(t):
                continue
            listed = t.low in lower_known and (
                t.low in self.lex.first_names or t.low in self.lex.surnames
            )
            if not t.cap and t.low not in lower_known:
                continue
            if not t.cap and t.low in self.lex.more_first and after_determiner(self.text, t.start):
                continue  # "dusty (carer) rang ... the phone was so dusty": the word
            if (
                common.get(t.low, 0.0) >= REPEAT_COMMON_ZIPF
                and self.probs.get(t.start, 0.0) < 0.2
                and not listed
                and not self._capitalised_alone(k)
            ):
                continue
            if t.low in gazetteers(self.lex).places and place_context(self.text, t.start, t.end):
                continue  # "Mrs Preston drove down from Preston"
            if t.low in self.lex.context_only and _calendar_context(self.text, t):
                continue
            if more and _single_space(self.text, more[-1].end, t.start):
                more[-1] = Entity(more[-1].start, t.end, "PERSON")  # "Lowri Pritchard" again
            else:
                more.append(Entity(t.start, t.end, "PERSON"))
        return more

    def _capitalised_alone(self, k: int) -> bool:
        """Whether token k, an everyday word found as a name elsewhere, is capitalised inside
        a sentence with no capitalised word beside it, as English writes only a name ("we
        did! Blue loved him", "the photo of Blue holding Biscuit"; not "Blue Badge", "Summer
        term", "Hope." opening a sentence)."""
        toks, text = self.toks, self.text
        t = toks[k]
        if not t.cap or t.word.isupper() or _sentence_initial(text, t.start):
            return False
        if t.low in self.lex.context_only and _calendar_context(text, t):
            return False
        if (
            t.low in gazetteers(self.lex).places
            or t.low in _origin_words()
            or after_determiner(text, t.start)
            or ON_BEFORE_RE.search(text, max(0, t.start - 4), t.start)
        ):
            return False  # "from Sydney", "we're Jewish", "a Deaf parent", "streams on Kick"
        before = toks[k - 1] if k > 0 else None
        after = toks[k + 1] if k + 1 < len(toks) else None
        return not (
            (before is not None and before.cap and _single_space(text, before.end, t.start))
            or (after is not None and after.cap and _single_space(text, t.end, after.start))
        )

    def find(self, already: list[Entity]) -> list[Entity]:
        found: list[Entity] = []
        i = 0
        toks = self.toks
        first_names = self.lex.first_names
        more_first = self.lex.more_first
        while i < len(toks):
            t = toks[i]
            if (
                not t.cap
                and t.low not in first_names
                and t.low not in more_first
                and "-" not in t.low
                and (i == 0 or toks[i - 1].low not in TITLES)
            ):
                i += 1  # the common case, kept cheap: a lower-case word that is no name
                continue
            if not self.is_masked(t) and not self.is_kept(t) and self.start_kind(i):
                j = self.extend(i, allow_lower=not t.cap)
                ent = Entity(t.start, toks[j].end, "PERSON")
                new = [ent]
                if not t.cap and PLURAL_CUE_BEFORE_RE.search(
                    self.text, max(0, t.start - 20), t.start
                ):
                    new += self.listed_after(ent)  # "my mates calum and ross"
                for e in new:
                    for k in range(e.start, e.end):
                        self.masked[k] = 1
                found += new
                i = j + 1
                continue
            i += 1
        return found + self.repeats(found + already)

    def listed_after(self, ent: Entity) -> list[Entity]:
        """Lower-case names listed after a name found after a plural cue ("my mates calum and
        ross", "cousins jay, kez and remi"): words no list protects that are listed names or
        rare in English."""
        more: list[Entity] = []
        lex, table = self.lex, zipf_table()
        end = ent.end
        while (m := LOWER_LIST_NEXT_RE.match(self.text, end)) is not None:
            word = m.group("w")
            if word in lex.protected or word in lex.ambiguous or word in lex.context_only:
                break
            if (
                not (lex.any_first_name(word) or word in lex.surnames)
                and table.get(word, 0.0) >= LISTED_LOWER_MAX_ZIPF
            ):
                break
            more.append(Entity(m.start("w"), m.end("w"), "PERSON"))
            end = m.end("w")
        return more

    def signatures(self) -> list[Entity]:
        """The name line after a closing such as "Kind regards," in a letter."""
        found: list[Entity] = []
        text = self.text
        for m in CLOSING_RE.finditer(text):
            pos = m.end()
            # Same line after the closing is handled by cues; look at the next non-empty line.
            rest = text[pos : pos + 400]  # bounded: a long text may close many times
            stripped = rest.lstrip("\r\n \t")
            if not stripped or rest[: len(rest) - len(stripped)].count("\n") > 2:
                continue
            line_start = pos + len(rest) - len(stripped)
            line_end = text.find("\n", line_start)
            if line_end < 0:
                line_end = len(text)
            line = text[line_start:line_end]
            name_part = SIGNATURE_CUT_RE.split(line)[0].rstrip(" .")
            words = name_part.split()
            if not 1 <= len(words) <= 4:
                continue
            if not all(SIGNATURE_WORD_RE.fullmatch(w) for w in words):
                continue
            if not words[0][0].isupper():
                continue
            lows = [w.lower().strip(".") for w in words]
            if lows[0] in self.lex.protected and lows[0] not in TITLES:
                continue
            if any(lw in self.lex.protected and lw not in TITLES for lw in lows[1:]):
                continue
            offset = 0
            if lows[0] in TITLES:
                offset = len(words[0]) + 1
                while offset < len(name_part) and name_part[offset] == " ":
                    offset += 1
            s, e = line_start + offset, line_start + len(name_part)
            if e > s and not any(self.masked[s:e]):
                found.append(Entity(s, e, "PERSON"))
                for k in range(s, e):
                    self.masked[k] = 1
        return found


# A lower-case word this common in English ("will", "may") is the word, not the name, where
# the same text writes the name with a capital and redacts it ("Will: will u send one"). It
# is dropped last, after it has helped find the name's other mentions; not where only a name
# stands: a chat line's speaker ("hope: no whatt"), before a possessive ("hope's mum") or
# before an equals sign giving the full name ("hope = Hope Kenning").
EVERYDAY_LOWER_ZIPF = 5.0
NAME_ONLY_AFTER_RE = factored.compile(
    r"['’]s\b|[ \t]*=[ \t]*(?:(?:her|his|their|my|our)[ \t]+[a-z]+[ \t]+)?[A-Z]|:[ \t]"
)


# Who a lower-case name is to the writer, and what the person did after it: "my friend hope
# says", "her sister faith told".
FRIEND_BEFORE_RE = factored.compile(
    r"\b(?:my|her|his|their|our|ur|your)[ \t]+(?:friend|mate|bestie|bff|sister|brother|"
    r"cousin|girlfriend|boyfriend)[ \t]+\Z"
)
SAYS_AFTER_RE = factored.compile(
    r"[ \t]+(?:says|said|told|tells|is|was|has|had|wants|sent|sends|keeps|thinks)\b"
)


def _everyday_word_beside_its_name(text: str, ent: Entity, found: list[Entity]) -> bool:
    word = text[ent.start : ent.end]
    if not word.isalpha() or not word.islower():
        return False
    if zipf_table().get(word, 0.0) < EVERYDAY_LOWER_ZIPF:
        return False
    after = NAME_ONLY_AFTER_RE.match(text, ent.end)
    if after is not None and (
        after.group(0)[0] != ":" or LINE_LEAD_RE.search(text, max(0, ent.start - 6), ent.start)
    ):
        return False
    if (
        FRIEND_BEFORE_RE.search(text, max(0, ent.start - 24), ent.start) is not None
        and SAYS_AFTER_RE.match(text, ent.end) is not None
    ):
        return False  # '"my friend hope says she ..."' beside "her name is Hope Adewale"
    capital = word[0].upper() + word[1:]
    return any(text[f.start : f.end].split()[0] == capital for f in found if f is not ent)


# A family named by its surname in the plural, after the word for a household or a verb of
# who a child lives with: "her adoptive family, the Kapoors,", "adopters (the Nakamuras)",
# "adopted by the Ferreiras", "lives with the Okpara-Smiths".
FAMILY_PLURAL_RE = factored.compile(
    r"(?:(?:adopters|adoptive[ \t]+(?:family|parents)|family|carers|couple|neighbours|parents|"
    r"grandparents|guardians|household)[ \t]*(?:,|\(|–|-)[ \t]*"
    r"|(?:adopted|fostered|placed|raised|looked[ \t]+after|taken[ \t]+in|living|lives|staying|"
    r"stays)[ \t]+(?:by|with)[ \t]+)"
    r"the[ \t]+(?P<f>[A-Z][a-z]+(?:-[A-Z][a-z]+)?s)\b"
)


def _families_by_surname(text: str, masked: bytearray) -> list[Entity]:
    """Families named by their surname in the plural (FAMILY_PLURAL_RE), as PERSON spans."""
    return [
        Entity(m.start("f"), m.end("f"), "PERSON")
        for m in FAMILY_PLURAL_RE.finditer(text)
        if masked.find(1, m.start("f"), m.end("f")) < 0
    ]


def find_people(text: str, masked: bytearray, keep: Sequence[tuple[int, int]] = ()) -> list[Entity]:
    """Names in text, avoiding characters already claimed (masked) by other recognisers.

    Two recognisers vote: the statistical name model (namemodel.py) and the rules above
    (gazetteers, cues, sign-offs). A name either finds is kept. The model's spans go first,
    so the rules' repeat search ("Przybylski" again later) also covers names only the model
    knew; a repeat of a word that is also common English ("Hope", "Will") is kept only where
    the model gives it some weight, so "Hope this helps" survives a girl called Hope.
    Words inside `keep` spans (see keep.py) never start or extend a name.
    """
    kept = bytearray(len(text))
    for s, e in keep:
        kept[s:e] = b"\x01" * (e - s)
    model_mask = bytearray(masked)
    for s, e in keep:
        model_mask[s:e] = b"\x01" * (e - s)
    learnt, probs = model_spans(text, model_mask)
    finder = _Finder(text, masked, lexicon())
    finder.kept = kept
    finder.probs = probs
    signed = finder.signatures()
    by_model = [Entity(s, e, "PERSON") for s, e in learnt if not any(masked[s:e])]
    for ent in by_model:
        masked[ent.start : ent.end] = b"\x01" * (ent.end - ent.start)
    people = _joined(text, sorted(by_model + signed + finder.find(signed + by_model)))
    if finder.lower_words:
        people += _lower_repeats(text, sorted(finder.lower_words), masked)
    people = [_with_final_initial(text, e) for e in people]
    people = _extend_lower(text, people, masked)
    paired = _surname_forename(text, people, probs)
    if paired:
        for ent in paired:
            masked[ent.start : ent.end] = b"\x01" * (ent.end - ent.start)
        people += paired + finder.repeats(paired)  # "Wolf, Annika" ... "Annika can you"
    related = _after_relation(text, people, masked) + _header_display_names(text, masked)
    if related:
        people += related + finder.repeats(related)  # "mum tracey ... tracey said"
    people += _call_note_slots(text, people, masked)  # its own repeats: "the cliff path"
    people += _round_p_slots(text, masked) + _inline_sign_off(text, masked)
    labelled = (
        _labelled_names(text, people, masked)
        + _chat_speakers(text, masked)
        + (_timed_speakers(text, masked) if TIMED_SPEAKER_HINT_RE.search(text) else [])
        + _glossed_names(text, masked)
        + _initialled_first_names(text, masked)
        + _nickname_fields(text, masked)
        + (_kids_fields(text, masked) if KIDS_HINT_RE.search(text) else [])
        + (_equals_aliases(text, masked) if "=" in text else [])
        + (_list_item_names(text, masked) if ": " in text else [])
        + (_membership_lines(text, masked) if MEMBERSHIP_HINT_RE.search(text) else [])
    )
    if labelled:
        people += labelled + finder.repeats(labelled)
    nicknames = _quoted_nicknames(text, masked) + _named_in_quotes(text, masked)
    if nicknames:
        for ent in nicknames:
            masked[ent.start : ent.end] = b"\x01" * (ent.end - ent.start)
        nicknames += _nickname_repeats(text, nicknames, masked)
    people = [
        e
        for e in people
        if not _everyday_word_beside_its_name(text, e, people) and not _verb_after_greeting(text, e)
    ]
    people = [t for e in people if (t := _tidied(text, e)) is not None]
    people += _before_a_number(text, masked, people) + _closing_initials(text, masked)
    if "(" in text:
        people += _first_names_before_ages(text, masked)
    if any(hint in text for hint in PAYMENT_HINTS):
        people += _payees(text, masked)
    if "from" in text:
        people += _introduced_names(text, masked, people)
    if ". " in text:
        people += _initial_and_surname(text, masked)
    if ": " in text:
        people += _lower_contacts(text, masked)
    people += _caps_after_role(text, masked, people)
    people += _names_after_role(text, masked)
    if "the " in text:
        people += _families_by_surname(text, masked)
    people += _officers_after_numbers(text, masked)
    if "," in text and "\n" in text:
        people += _greeted_lower_names(text, masked)
    if "m" in text:
        people += _after_lower_title(text, masked, people)
    people += _worker_and_title_initials(text, masked)
    people += _mourned_names(text, masked)
    if " the " in text or "reception" in text or " IT" in text or " HR" in text:
        people += _staff_by_place(text, masked)
    people = _everyday_words_standing_as_words(text, people)
    people = [e for e in people if not _word_not_name(text, e) and not _town_head(text, e)]
    taken = bytearray(masked)
    for p in people:
        taken[p.start : p.end] = b"\x01" * (p.end - p.start)
    weak = _weak_cue_names(text, taken) + _names_english_lacks(text, taken)
    people = _propagated(text, people + nicknames + weak, taken)
    masked[:] = taken
    if people and ("," in text or " and " in text or "&" in text):
        people += _listed_beside_names(text, people, masked, kept)
    people += _names_with_bare_s(text, masked, kept)
    people += _rare_name_pairs(text, masked, kept)
    people = people + _initials(text, people, masked) + _round_p_initials(text, masked)
    if text.count(": ") >= 3 or text.count("> ") >= 3:
        people += _chat_vocatives(text, people, masked)
    people += _short_forms(text, people, masked)
    people += _closing_name(text, people)
    if "\n\n" in text:
        people += _signature_block_name(text, masked)
    people += _letter_pseudonyms(text, people, masked)
    people = _shaped_surnames(text, _with_particles(text, people, masked), masked)
    people = _nickname_inside(text, _initial_stops(text, people))
    people = [_with_lower_initial(text, e) for e in people]
    people = _with_first_names_before(text, _with_unlisted_surnames(text, people))
    if "*" in text:
        people = [e for e in people if not _starred_out(text, e)]
    return _with_emoji(text, people) if EMOJI_AFTER_RE.search(text) else people


def _starred_out(text: str, ent: Entity) -> bool:
    """Whether a finding opens with the end of a word starred out ("b*****d. wee"), or is one
    word that a starred-out word's end follows ("reta*d")."""
    return bool(CENSORED_BEFORE_RE.search(text, max(0, ent.start - 12), ent.start)) or (
        " " not in text[ent.start : ent.end] and bool(CENSORED_AFTER_RE.match(text, ent.end))
    )


# A first name listed beside a person found, everyday word or not: "Poppy-Mae, Ava-Grace,
# Lottie, Hope.", "Faith, Will and Hope are the three staff".
LISTED_NAME_AFTER_RE = factored.compile(
    r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)"
    r"(?P<n>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’@\-])"
)
LISTED_NAME_BEFORE_RE = factored.compile(
    r"(?<![\w'’@.\-])(?P<n>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)\Z"
)


# A listed surname is taken beside a name of one word only where English hardly writes that
# name: "Iqbal, Jones, Kowalski, Lee", not the houses "Clay, Brook, Forest, Heath, Moss".
LISTED_SURNAME_ANCHOR_MAX_ZIPF = 3.5


def _listed_beside_names(
    text: str, people: list[Entity], masked: bytearray, kept: bytearray
) -> list[Entity]:
    """Capitalised first names on the lists, everyday words among them (and listed surnames
    beside a rare name of one word), standing as an item of a list beside a person found
    (LISTED_NAME_AFTER_RE, LISTED_NAME_BEFORE_RE), the list followed item by item; not a day
    or a month, a kept phrase's word ("Faith, Hope and Love") nor a modal before "you"
    ("Josh, Will you ..."). Masked as they are taken."""
    lex = lexicon()
    found: list[Entity] = []
    todo = [p for p in people if p.type == "PERSON"]
    while todo:
        ent = todo.pop()
        # Only where a comma, "and" or "&" stands beside it (most names stand alone).
        tail = text[ent.end : ent.end + 6]
        head = text[max(0, ent.start - 6) : ent.start]
        after = (
            LISTED_NAME_AFTER_RE.match(text, ent.end)
            if "," in tail or "and " in tail or "&" in tail
            else None
        )
        before = (
            LISTED_NAME_BEFORE_RE.search(text, max(0, ent.start - 30), ent.start)
            if "," in head or " and" in head or "&" in head
            else None
        )
        for m in (after, before):
            if m is None:
                continue
            s, e = m.span("n")
            low = m.group("n").lower()
            if (
                masked.find(1, s, e) >= 0
                or kept.find(1, s, e) >= 0
                or not (
                    all(lex.any_first_name(part) for part in low.split("-"))
                    # a surname beside a surname: "Grey, Hill, Iqbal, Jones, Kowalski, Lee"
                    or (
                        low in lex.surnames
                        and " " not in text[ent.start : ent.end]
                        and zipf_table().get(text[ent.start : ent.end].lower(), 0.0)
                        < LISTED_SURNAME_ANCHOR_MAX_ZIPF
                    )
                )
                or low in CALENDAR_WORDS
                or PRONOUN_AFTER_RE.match(text, e)
            ):
                continue
            new = Entity(s, e, "PERSON")
            masked[s:e] = b"\x01" * (e - s)
            found.append(new)
            todo.append(new)
    return found


# A first name with a possessive's "s" and no apostrophe before a noun: "on kians phone",
# "thats rosies business", "at Tegans house". Tried only at such words (see _bare_s_finder).
BARE_S_RE = factored.compile(r"(?<![\w'’@.#/\-])(?:[A-Za-z][a-z]{2,})s(?=[ \t]+[a-z])")
BARE_S_MAX_ZIPF = 2.5
SAINT_BEFORE_RE = factored.compile(r"(?<![\w'’])(?i:st\.?|saint)[ \t]+\Z")


@cache
def _bare_s_finder() -> RunStart:
    """BARE_S_RE tried only at a listed first name with an "s", in lower case or
    capitalised, where the name is no everyday word ("marks", "wills", "hopes" stay) and
    English hardly knows the word so written."""
    lex = lexicon()
    table = zipf_table()
    words = {
        name + "s"
        for name in lex.first_names
        if len(name) >= 3
        and name.isalpha()
        and name.isascii()
        and name not in lex.ambiguous
        and name not in lex.protected
        and zipf_of(name + "s", table) < BARE_S_MAX_ZIPF
    }
    return RunStart(BARE_S_RE, words | {w.capitalize() for w in words})


def _names_with_bare_s(text: str, masked: bytearray, kept: bytearray) -> list[Entity]:
    """First names on the lists written with a possessive's "s" and no apostrophe before a
    noun (_bare_s_finder), the name and its "s"; not a saint's ("st patricks day"). Masked
    as they are taken."""
    found: list[Entity] = []
    for m in _bare_s_finder().finditer(text):
        s, e = m.span()
        if (
            masked.find(1, s, e) >= 0
            or kept.find(1, s, e) >= 0
            or SAINT_BEFORE_RE.search(text, max(0, s - 7), s)
        ):
            continue
        found.append(Entity(s, e, "PERSON"))
        masked[s:e] = b"\x01" * (e - s)
    return found


# A first name and a surname no cue and no list of first names in everyday use points at:
# "Jacqueline Strand | Moorside Family Hub", "named by Ellie: Keira Bostock, Tyler Sands".
NAME_PAIR_RE = factored.compile(
    r"(?<![\w'’@.#/\-\"“])(?P<f>[A-Z][a-z]+(?:-[A-Z][a-z]+)?) "
    r"(?P<s>[A-Z][a-z]+(?:['’\-][A-Z]?[a-z]+)?)"
    r"(?![\w'’@\-]|\.\w| [A-Z&]|[ \t]+(?:of|for|and|&)[ \t]+[A-Z]|[ \t]+(?:church|chapel|mosque|"
    r"temple|school|college|road|street|lane|centre|center|hall|park|house|ward|unit|team|club)\b)"
)
CAPITALISED_BEFORE_RE = factored.compile(r"(?:[A-Z][\w'’\-]*|[&/])[ \t]+\Z")
# The first name English writes less than this ("Jacqueline" 3.4, "Tyler" 4.2; not "Grace",
# which is kept), the surname less than SURNAME_AFTER_FIRST_MAX_ZIPF, or less than this when
# a list of surnames holds it ("Sands" 3.8).
PAIR_FIRST_MAX_ZIPF = 4.5
PAIR_LISTED_SURNAME_MAX_ZIPF = 4.5


def _unkept_name_word(low: str) -> bool:
    """Whether a lower-case word is no kept word, place, day or word that names someone only
    in context: one a name found without a cue may hold."""
    lex = lexicon()
    return not (
        low in lex.protected
        or low in lex.must_survive
        or low in lex.context_only
        or low in lex.ambiguous
        or low in towns()
        or low in CALENDAR_WORDS
    )


def _rare_first_name(low: str) -> bool:
    """A first name on any list, one English writes less than PAIR_FIRST_MAX_ZIPF, and an
    unkept word (_unkept_name_word): "jacqueline", "deborah"; not "grace", "summer"."""
    return (
        lexicon().any_first_name(low)
        and zipf_of(low, zipf_table()) < PAIR_FIRST_MAX_ZIPF
        and _unkept_name_word(low)
    )


def _rare_name_pairs(text: str, masked: bytearray, kept: bytearray) -> list[Entity]:
    """Two capitalised words standing alone (NAME_PAIR_RE), neither claimed nor kept, the
    first a first name on any list and the second a surname English hardly writes, and
    neither a kept word, a place or a day: "Jacqueline Strand", "Tyler Sands". Not after
    another capitalised word ("Family Support Practitioner") or a quote ('"Genesis
    Crystals"'), nor before one, a name's "of" or a place's noun ("Florence Park Primary",
    "an Elim Pentecostal church"). Masked as taken."""
    lex = lexicon()
    table = zipf_table()
    found = []
    for m in NAME_PAIR_RE.finditer(text):
        start, end = m.span()
        if masked.find(1, start, end) >= 0 or kept.find(1, start, end) >= 0:
            continue
        first, sur = m.group("f").lower(), m.group("s").lower()
        if not _rare_first_name(first) or not _unkept_name_word(sur):
            continue
        zipf = zipf_of(sur, table)
        if zipf >= (
            PAIR_LISTED_SURNAME_MAX_ZIPF if sur in lex.surnames else SURNAME_AFTER_FIRST_MAX_ZIPF
        ):
            continue
        if CAPITALISED_BEFORE_RE.search(text, max(0, start - 30), start) is not None:
            continue
        found.append(Entity(start, end, "PERSON"))
        masked[start:end] = b"\x01" * (end - start)
    return found


FIRST_NAME_BEFORE_SURNAME_RE = factored.compile(r"(?<![\w'’@.#/\-\"“])([A-Z][a-z]+) \Z")


def _with_first_names_before(text: str, people: list[Entity]) -> list[Entity]:
    """A surname found alone taken back over the first name before it, one on any list
    that English writes less than PAIR_FIRST_MAX_ZIPF and no kept word, place or day:
    "Club Welfare Officer Deborah Ansell", "with Deacon Foulkes (Y9)"."""
    ends = {p.end for p in people}
    out = []
    for ent in people:
        m = (
            FIRST_NAME_BEFORE_SURNAME_RE.search(text, max(0, ent.start - 24), ent.start)
            if ent.type == "PERSON" and " " not in text[ent.start : ent.end]
            else None
        )
        if (
            m is not None
            and m.end(1) + 1 not in ends
            and (_rare_first_name(m.group(1).lower()) or _speaker_label(text, m.start(1), ent))
        ):
            ent = Entity(m.start(1), ent.end, ent.type)
        out.append(ent)
    return out


SPEAKER_COLON_AFTER_RE = factored.compile(r"[ \t]*(?:\d{1,2}[:.]\d{2}[ \t]*)?:[ \t]")


def _speaker_label(text: str, start: int, ent: Entity) -> bool:
    """Whether a listed first name and the surname found after it open a line as a chat's
    speaker ("Don Pickering: which school is this"), however common the first name's word."""
    return (
        (start == 0 or text[start - 1] == "\n")
        and SPEAKER_COLON_AFTER_RE.match(text, ent.end) is not None
        and lexicon().any_first_name(text[start : ent.start].strip().lower())
    )


# A capitalised word after a first name found alone: its surname where English knows it less
# than this and no list keeps it ("Lee Stringer", "Jolene Partridge", "Jenson Tate").
SURNAME_AFTER_FIRST_MAX_ZIPF = 4.0
SURNAME_EVERYDAY_MAX_ZIPF = 5.3
SURNAME_BRACKETED_MAX_ZIPF = 6.0
# A town after a first name found alone is its surname up to this Zipf ("hamilton" 4.3,
# "lincoln" 4.3; not "york" 5.4, "reading" 5.1).
SURNAME_TOWN_MAX_ZIPF = 4.5
CAPITAL_WORD_AFTER_RE = factored.compile(r"[ \t]+[A-Z]")
# Kept words (protected.txt) that are common UK surnames and, after a first name, seldom
# name a place: "Court", "Lane" and "Street" do ("Victoria Street", "Rosemary Court").
KEPT_WORD_SURNAMES = word_set("church")
SURNAME_TITLE_BEFORE_RE = factored.compile(r"(?<![\w'’])(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+\Z")
# The same in lower case, where a letter doubled ends a surname but no word run long ("miss
# parr", not "miss youuu").
LOWER_TITLE_BEFORE_RE = factored.compile(r"(?<![\w'’])(?:mr|mrs|ms|miss|mx|dr|pc)\.?[ \t]+\Z")
# A name given as one, or the second of two full names: "his name is Neil Cross.", "Jodie
# Salt and Ellie Plant from our school".
SURNAME_NAMED_BEFORE_RE = factored.compile(
    r"\b(?:(?P<cue>(?i:name[ \t]+is|name['’]s|called|named))"
    r"|(?P<pair>[A-Z][a-z'’\-]+[ \t]+[A-Z][a-z'’\-]+)[ \t]+(?:and|&))[ \t]+\Z"
)
# Where a name given as an item ends: a comma, a bracket, a dash or the line's end.
NAME_ITEM_END_RE = factored.compile(r"[ \t]*(?:[,;)]|\([A-Za-z]|[-–][ \t]|$)", re.M)
# The surname may end a sentence ("I'm Rachael Simms."), not a domain ("Simms.com").
SURNAME_AFTER_RE = factored.compile(r" (?P<s>[A-Z][a-z]+(?:['’\-][A-Z]?[a-z]+)?)(?![\w'’@\-]|\.\w)")


def _named_before(text: str, start: int, before: list[Entity]) -> bool:
    """Whether a name given as one goes before start, or a full name found and "and"
    (SURNAME_NAMED_BEFORE_RE)."""
    m = SURNAME_NAMED_BEFORE_RE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    return m.group("cue") is not None or any(
        e.type == "PERSON" and (e.start, e.end) == m.span("pair") for e in before
    )


def _with_unlisted_surnames(text: str, people: list[Entity]) -> list[Entity]:
    """A first name found alone taken on to the capitalised word after it
    (SURNAME_AFTER_RE) where that is no listed word, place or name of its own, and English
    hardly knows it; only after a first name that is no everyday word ("Will Power", "Grace
    Room" stay apart)."""
    lex = lexicon()
    table = zipf_table()
    starts = {p.start for p in people}
    out: list[Entity] = []
    for ent in people:
        word = text[ent.start : ent.end]
        low = word.lower()
        m = (
            SURNAME_AFTER_RE.match(text, ent.end)
            if ent.type == "PERSON" and word.isalpha() and word[0].isupper()
            else None
        )
        if (
            m is not None
            and lex.any_first_name(low)
            and low not in lex.protected
            and low not in lex.ambiguous
            and m.start("s") not in starts
        ):
            sur = m.group("s").lower()
            town = sur in towns()
            # A town's name as a surname: "My husband Euan Hamilton", "Wendy Blackburn
            # (parent rep)"; not before a capitalised word ("Amira Bradford Academy") nor a
            # town English writes as a word ("York").
            if (
                (
                    # A kept word that is a common surname, ending the name: "Harriet Church";
                    # not "Emmanuel Church Leeds".
                    sur in KEPT_WORD_SURNAMES
                    and CAPITAL_WORD_AFTER_RE.match(text, m.end("s")) is None
                )
                or (
                    sur not in lex.protected
                    and sur not in lex.context_only
                    and (not town or CAPITAL_WORD_AFTER_RE.match(text, m.end("s")) is None)
                    and zipf_of(sur, table)
                    < (SURNAME_TOWN_MAX_ZIPF if town else SURNAME_AFTER_FIRST_MAX_ZIPF)
                )
                or (
                    # An everyday word as the surname where a title goes before the first name or
                    # the name ends where a list's item does: "Miss Eilidh Main", "a Year 9
                    # pupil, Kacie Plant, posted"; not a day, a year group or a place.
                    sur not in lex.must_survive
                    and sur not in CALENDAR_WORDS
                    and sur not in towns()
                    and zipf_of(sur, table) < SURNAME_EVERYDAY_MAX_ZIPF
                    and (
                        SURNAME_TITLE_BEFORE_RE.search(text, max(0, ent.start - 8), ent.start)
                        is not None
                        or NAME_ITEM_END_RE.match(text, m.end("s")) is not None
                        or _named_before(text, ent.start, out)
                    )
                )
                or (
                    # The whole of a bracket, a commoner word still: "Mum (Claire Little)".
                    text[ent.start - 1 : ent.start] == "("
                    and text[m.end("s") : m.end("s") + 1] == ")"
                    and sur not in lex.must_survive
                    and sur not in CALENDAR_WORDS
                    and sur not in towns()
                    and zipf_of(sur, table) < SURNAME_BRACKETED_MAX_ZIPF
                )
            ):
                ent = Entity(ent.start, m.end("s"), ent.type)
        out.append(ent)
    return out


# The writer's first name closing a message alone, after a sentence or a word of thanks, and
# perhaps before a phone number: "... for what you do. Merle", "thanks, will 07700 900921",
# "... 07700 900590. mel".
CLOSING_NAME_RE = factored.compile(
    r"(?:[.!?)][ \t]+|\n[ \t]*|(?P<t>(?i:thanks|thank[ \t]+you|cheers|regards|many[ \t]+thanks|"
    r"best[ \t]+wishes|love|ta))[ \t]*[,.!]?[ \t]+)"
    r"(?P<n>[A-Za-z][a-z'’\-]{1,14})[ \t]*[,.]?[ \t]*"
    r"(?P<p>(?:\+44[ \t]?\(?0?\)?|0)\d[\d \t]{8,12}\d)?[ \t]*[.!xX]*[ \t]*\Z"
)
NOT_CLOSING_NAMES = word_set(
    "thanks thank cheers regards best bye love ta x xx xxx soon later please help urgent sorry "
    "today tomorrow asap thx ty tia kind many warm yours sincerely faithfully again everyone all "
    "team anyway"
)


# A short form English hardly knows that opens a listed first name ("jen", "mel", "kel").
SHORT_FORM_NAME_MAX_ZIPF = 4.0


@cache
def _first_name_openings() -> frozenset[str]:
    """The first three and four letters of the first names of first_names.txt and
    first_names_extra.txt (the commoner names)."""
    return frozenset(
        n[:k] for n in lexicon().first_names for k in (3, 4) if len(n) >= k + 2 and n.isalpha()
    )


def _short_form_of_a_name(low: str) -> bool:
    """Whether a lower-case word is a short form of a first name English hardly knows."""
    return (
        3 <= len(low) <= 4
        and low in _first_name_openings()
        and zipf_table().get(low, 0.0) < SHORT_FORM_NAME_MAX_ZIPF
    )


def _closing_name(text: str, people: list[Entity]) -> list[Entity]:
    """The writer's first name closing the text (CLOSING_NAME_RE): a listed first name or a
    short form of one, and where it is also a word or a place ("will", "devon") only after a
    word of thanks or before a phone number."""
    m = CLOSING_NAME_RE.search(text, max(0, len(text) - 60))
    if m is None:
        return []
    s, e = m.span("n")
    low = m.group("n").lower()
    lex = lexicon()
    if (
        low in NOT_CLOSING_NAMES
        or not (lex.any_first_name(low) or _short_form_of_a_name(low))
        or any(p.start < e and s < p.end for p in people)
        or (
            (low in lex.protected or low in towns())
            and m.group("t") is None
            and m.group("p") is None
        )
    ):
        return []  # "... email me. devon": where the writer is
    return [Entity(s, e, "PERSON")]


# A signature block closing the text with no word of thanks: a name alone on its line after a
# blank one, then a line or two of post, team, service or number ("...under suspicion.\n\nMike
# Chambers\nEconomic Crime Unit, Cambridgeshire Constabulary", "\n\nMoira\nOutreach, 024 ...").
SIGNATURE_BLOCK_RE = factored.compile(
    r"\n[ \t]*\n[ \t]*(?P<n>[A-Z][a-z'’\-]+(?:[ \t]+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)?)[ \t]*\n"
    r"(?P<post>[^\n]{2,90})(?:\n[^\n]{1,90}){0,2}\s*\Z"
)
# What a post's line after the name holds: a unit, a team, a service, a body, or a number.
SIGNATURE_POST_RE = factored.compile(
    r"\b(?:Unit|Team|Service|Services|Police|Constabulary|Council|Outreach|Officer|Lead|"
    r"Manager|Worker|Coordinator|Co-ordinator|Adviser|Advisor|Practitioner|Department|"
    r"Safeguarding|Headteacher|Teacher|Nurse|Support|Trust|CAMHS|NHS|DSL)\b"
    r"|(?:\+44|\b0)\d[\d \t]{8,12}\d"
)

# A word of a signature's name this common in English is a listed name or none ("Chambers" 4.1
# is a surname beside "Mike").
SIGNATURE_NAME_MAX_ZIPF = 4.2


def _signature_block_name(text: str, masked: bytearray) -> list[Entity]:
    """The name of a signature block closing the text (SIGNATURE_BLOCK_RE) before a post's
    line (SIGNATURE_POST_RE), as a PERSON span (code points): each word a listed name or no
    common English word, none kept by a list nor a town."""
    m = SIGNATURE_BLOCK_RE.search(text, max(0, len(text) - 300))
    if m is None or SIGNATURE_POST_RE.search(m.group("post")) is None:
        return []
    s, e = m.span("n")
    if masked.find(1, s, e) >= 0:
        return []
    lex = lexicon()
    table = zipf_table()
    for word in m.group("n").lower().split():
        if (
            word in lex.protected
            or word in lex.must_survive
            or word in towns()
            or word in roles()
            or not (_listed_name(word, lex) or zipf_of(word, table) < SIGNATURE_NAME_MAX_ZIPF)
        ):
            return []
    return [Entity(s, e, "PERSON")]


# An emoji after a name, part of a display name where the two recur together: "kai 🦊  Today
# at 21:14 ... kai 🦊 is known to us as".
EMOJI_AFTER_RE = factored.compile(r"[ \t]?(?:[\u2600-\u27bf\U0001f300-\U0001faff][\ufe0f\u200d]?)+")


def _with_emoji(text: str, people: list[Entity]) -> list[Entity]:
    """People with the emoji after them taken in where name and emoji stand together twice
    or more (EMOJI_AFTER_RE)."""
    out = []
    for e in people:
        m = EMOJI_AFTER_RE.match(text, e.end)
        if m is not None and text.count(text[e.start : m.end()]) >= 2:
            e = Entity(e.start, m.end(), e.type)
        out.append(e)
    return out


# After an initial's full stop, what says the stop is the initial's and does not end a
# sentence: a line's end, a small letter or a comma ("Aoife K.\n", "Kai P. said"), or in a
# name in capitals another word in capitals ("SAMIRA Y. RECEIVING").
INITIAL_STOP_AFTER_RE = factored.compile(
    r"\.(?:[ \t]*(?:\n|\Z|[a-z,;:)])|(?P<caps>[ \t]+[A-Z]{2,}\b))"
)


def _initial_stops(text: str, people: list[Entity]) -> list[Entity]:
    """People ending in an initial take its full stop where it is no sentence's end
    (INITIAL_STOP_AFTER_RE), as the labelled sets keep it with the initial ("Mr T.
    Villiers-Stuart"); "spoke to Alfie B. Alfie said" keeps its sentence's stop."""
    out = []
    for e in people:
        if e.end - e.start > 2 and text[e.end - 2] == " " and text[e.end - 1].isupper():
            m = INITIAL_STOP_AFTER_RE.match(text, e.end)
            if m is not None and (m.group("caps") is None or text[e.start : e.end].isupper()):
                e = Entity(e.start, e.end + 1, e.type)
        out.append(e)
    return out


# A nickname in quotes or brackets between a forename and a surname: 'Catherine "Kate"
# Whitfield', 'SUKHWINDER ("SUKI") DHALIWAL', "Kelechi (Kel) Obi".
NICKNAME_GAP_RE = factored.compile(r"[ \t]?\(?[\"“'‘(][ \t]?\Z")
NICKNAME_CLOSE_RE = factored.compile(r"[ \t]?[\"”'’)]\)?[ \t]")


def _nickname_inside(text: str, people: list[Entity]) -> list[Entity]:
    """People with a quoted or bracketed nickname between two names made one person, so that
    a numbered placeholder counts one person, not three: the nickname found, and on each
    side a name found or a capitalised word that is no listed word ('Matthew "Matty"
    Irvine', 'Augustine "Gus" Mensah'); and a nickname of one capitalised word wherever it
    stands alone."""
    if not any(c in text for c in "\"“'‘("):
        return people
    ordered = sorted(set(people), key=lambda e: (e.start, e.end))
    by_end = {e.end: e for e in ordered if e.type == "PERSON"}
    by_start = {e.start: e for e in ordered if e.type == "PERSON"}
    protected = lexicon().protected
    merged: list[Entity] = []
    nicknames: set[str] = set()
    for nick in ordered:
        if nick.type != "PERSON" or len(text[nick.start : nick.end].split()) > 2:
            continue
        opened = NICKNAME_GAP_RE.search(text, max(0, nick.start - 4), nick.start)
        closed = NICKNAME_CLOSE_RE.match(text, nick.end)
        if opened is None or closed is None:
            continue
        # Without a name found on a side, only quotes make one (not a bracket: "Teresa
        # Gallagher (TG) Govanhill Baths").
        quoted = "(" not in opened.group(0)
        first = by_end.get(opened.start())
        if first is None:
            if not quoted:
                continue
            word = FIRST_NAME_BEFORE_RE.search(
                text, max(0, opened.start() - 24), opened.start() + 1
            )
            if word is None or word.group("f").lower() in protected:
                continue
            first = Entity(word.start("f"), word.end("f"), "PERSON")
        last = by_start.get(closed.end())
        if last is None:
            if not quoted:
                continue
            word = QUOTED_SURNAME_AFTER_RE.match(text, closed.end() - 1)
            if word is None or word.group(0).strip().lower() in protected:
                continue
            last = Entity(closed.end(), word.end(), "PERSON")
        merged.append(Entity(first.start, last.end, "PERSON"))
        nick_word = text[nick.start : nick.end]
        if nick_word[:1].isupper() and " " not in nick_word:
            nicknames.add(nick_word)
    if not merged:
        return people
    out = [
        e for e in ordered if not any(m.start <= e.start and e.end <= m.end for m in merged)
    ] + merged
    # The nickname stands for the person wherever the text uses it alone: "Margaret (Peggy)
    # Oduya ... stayed with Peggy over half-term".
    for s, e in recurrences(text, nicknames, r"(?<![\w'’\-])", r"(?![\w'’\-])"):
        if not any(o.start <= s and e <= o.end for o in out):
            out.append(Entity(s, e, "PERSON"))
    return out


# A nickname in quotes in brackets after a person found, whatever its words (a Thai nickname
# is often an English word): 'Pichaya ("Mind"), 16', 'Pakorn ("Game") Y10', 'Connor Bell
# ("Belly" to his mates)'; not a leader's name at a section ('("Rainbow" at Beavers)').
QUOTED_NICKNAME_AFTER_RE = factored.compile(
    r"[ \t]*\([ \t]*[\"“](?P<n>[A-Z][\w'’\-]{1,20})[\"”][ \t]*(?:\)|to\b)"
)
# The name a young person prefers, in quotes in brackets after their name: 'Dasha (she now
# prefers "Dash", they/them)', 'Preeti-Grace (she'd rather be called "PG" or "Pree")'.
PREFERRED_NAME_AFTER_RE = factored.compile(
    r"[ \t]*\([ \t]*(?:(?:she|he|they|she['’]d|he['’]d|they['’]d)[ \t]+)?(?:now[ \t]+)?"
    r"(?:prefers?|goes[ \t]+by|likes[ \t]+to[ \t]+be[ \t]+called|"
    r"(?:would[ \t]+)?rather[ \t]+be[ \t]+called|known[ \t]+as|uses)[ \t]+"
    r"[\"“](?P<n>[A-Z][\w'’\-]{0,20})[\"”]"
    r"(?:[ \t]+or[ \t]+[\"“](?P<o>[A-Z][\w'’\-]{0,20})[\"”])?"
)
# A nickname in quotes between a first name and a surname found, whatever its words
# ("Lorraine 'Lol' Heaton").
NICKNAME_BETWEEN_NAMES_RE = factored.compile(r"[ \t]+[\"“'‘](?P<n>[A-Z][\w’\-]{1,20})[\"”'’][ \t]+")
# The same before a full name found in brackets ('"Bank" (Thanawat Kittisak)'), or one word
# opening a list's line before a full name it opens as a nickname does ("- Lucky (Luqman
# Ahmed) - DBS 01/24").
NICKNAME_BEFORE_FULL_NAME_RE = factored.compile(
    r"(?:[\"“](?P<q>[A-Z][\w'’\-]{1,20})[\"”]|^[ \t]*(?:[-•*][ \t]*)?(?P<l>[A-Z][a-z]{1,15}))"
    r"[ \t]*\([ \t]*\Z",
    re.M,
)


# A name someone goes by before their real name in brackets: "D-Money (real name Dariusz
# Kaminski, 15)", "Big Sav (full name: ...".
REAL_NAME_AFTER_RE = factored.compile(
    r"(?<![\w'’\-])[\"“]?(?P<n>[A-Z][\w'’\-]{1,20})[\"”]?[ \t]*\([ \t]*"
    r"(?i:real|full|actual|legal)[ \t]+name[ \t]*(?:is[ \t]+)?:?[ \t]*\Z"
)


# A town after one of these is the place: "a worker in Rotherham (full name ...)", not "Ash
# (legal name Ashleigh ...)".
PLACE_PREPOSITION_BEFORE_RE = factored.compile(r"\b(?i:in|at|from|near|of|to)[ \t]+\Z")


# Words before a lower-case word that make it no one's name: "the phone bill", "at dawn".
LOWER_FIRST_NOT_AFTER_RE = factored.compile(
    r"\b(?:the|a|an|this|that|my|your|his|her|our|their|at|in|on|of|by|for)[ \t]+\Z", re.I
)
# A first name in lower case straight before its full name in brackets: "bill (Bill Ashcroft".
LOWER_BEFORE_FULL_NAME_RE = factored.compile(
    r"(?<![\w'’\-])(?P<w>[a-z][a-z'’\-]{1,15})[ \t]*\([ \t]*\Z"
)


def with_glossed_nicknames(text: str, found: list[Entity]) -> list[Entity]:
    """found with nicknames glossed with a person found beside them (QUOTED_NICKNAME_AFTER_RE,
    NICKNAME_BETWEEN_NAMES_RE, NICKNAME_BEFORE_FULL_NAME_RE, and the name someone goes by
    before their real name, REAL_NAME_AFTER_RE) as PERSON spans, there and wherever
    the text writes them again as written (not where it opens a title: "Game of the Year"); not
    a role, a relation, a title or a short form ('Jo Reid ("DSL")', '"Mum" (Sara Bello)', 'Clive
    Whitaker ("Akela")'), nor before a full name another kept word ("- Manager (Mark Jones)");
    and a first name in lower case before its full name in brackets (LOWER_BEFORE_FULL_NAME_RE:
    "rang back bill (Bill Ashcroft"), there and wherever no article stands before it."""
    protected = lexicon().protected
    nicknames = set()
    lower_first: set[str] = set()
    starts = {p.start for p in found if p.type == "PERSON"}
    between: list[tuple[int, int]] = []
    for p in found:
        if p.type != "PERSON":
            continue
        if (m := NICKNAME_BETWEEN_NAMES_RE.match(text, p.end)) is not None and m.end() in starts:
            nicknames.add(m.group("n"))
            between.append(m.span("n"))  # in single quotes, which a recurrence may not open
        if (m := QUOTED_NICKNAME_AFTER_RE.match(text, p.end)) is not None:
            nicknames.add(m.group("n"))  # a kept word too: 'Pichaya ("Mind")', not a charity
        if (
            "(" in text[p.end : p.end + 3]
            and (m := PREFERRED_NAME_AFTER_RE.match(text, p.end)) is not None
        ):
            # 'Dasha (she now prefers "Dash", they/them)', '(rather be called "PG" or "Pree")'
            nicknames.update(n for n in (m.group("n"), m.group("o")) if n)
        if (
            p.start
            and text[p.start - 1] in "( \t"
            and " " in text[p.start : p.end].strip()
            and (first := LOWER_BEFORE_FULL_NAME_RE.search(text, max(0, p.start - 24), p.start))
            and text.startswith(first.group("w").capitalize() + " ", p.start)
        ):
            lower_first.add(first.group("w"))  # "rang back bill (Bill Ashcroft, Y7 tutor)"
        if p.start and text[p.start - 1] in "( \t" and " " in text[p.start : p.end].strip():
            real = REAL_NAME_AFTER_RE.search(text, max(0, p.start - 40), p.start)
            if (
                real is not None
                and real.group("n").lower() not in protected
                and not (
                    real.group("n").lower() in towns()
                    and PLACE_PREPOSITION_BEFORE_RE.search(
                        text, max(0, real.start() - 8), real.start()
                    )
                )
            ):
                nicknames.add(real.group("n"))  # "D-Money (real name Dariusz Kaminski, 15)"
                continue
            m = NICKNAME_BEFORE_FULL_NAME_RE.search(text, max(0, p.start - 30), p.start)
            if m is None or (m.group("q") or m.group("l")).lower() in protected:
                continue
            if m.group("q") is not None:
                # Not a book's, a song's or a show's title before its author: '"Wonder" (R.J.
                # Palacio)'.
                if NICKNAME_NOT_AFTER_RE.search(text, max(0, m.start() - 40), m.start()) is None:
                    nicknames.add(m.group("q"))
            elif m.group("l")[0] == text[p.start]:
                nicknames.add(m.group("l"))
    nicknames = {
        n
        for n in nicknames
        if not n.isupper()
        and (low := n.lower()) not in RELATION_WORDS
        and low not in TITLES
        and low not in SPEAKER_ROLES
        and low not in roles()  # a Scout leader's: 'Clive Whitaker ("Akela")'
        and low not in acronyms()
    }
    if not nicknames and not lower_first:
        return found
    taken = _covered(text, found)
    added = [
        Entity(s, e, "PERSON")
        for s, e in between
        if text[s:e] in nicknames and taken.find(1, s, e) < 0
    ]
    for a in added:
        taken[a.start : a.end] = b"\x01" * (a.end - a.start)
    # Not again where the word opens a name or a title: "Game of the Year", "Bank Holiday".
    after = r"(?![\w@#'’\-]|\.\w|[ \t]+(?:of\b|[A-Z]))"
    for s, e in recurrences(text, nicknames, r"(?<![\w@./#'’\-])", after, taken):
        added.append(Entity(s, e, "PERSON"))
        taken[s:e] = b"\x01" * (e - s)
    # A first name in lower case before the full name: the same word in lower case is that
    # person wherever no article, preposition or quote stands before it ("told bill", not
    # "the phone bill", "at dawn" or '"rose water').
    for s, e in recurrences(text, lower_first, r"(?<![\w@./#'’\-\"“])", r"(?![\w@#'’\-])", taken):
        if LOWER_FIRST_NOT_AFTER_RE.search(text, max(0, s - 8), s) is None:
            added.append(Entity(s, e, "PERSON"))
            taken[s:e] = b"\x01" * (e - s)
    return sorted([*found, *added]) if added else found


# A surname's particle before it, once or twice, in any case: "de souza", "van der Berg",
# "Ni Bhriain", "mac an tSaoir". Not a van before its owner ("the van Sam drove").
SURNAME_PARTICLES = word_set(
    "van von de der den da du di dos das del della la le ni nic mac ap bin al el"
)
PARTICLE_BEFORE_RE = factored.compile(
    r"(?<![\w'’\-])(?:(?:"
    + "|".join(f"{w}|{w.capitalize()}" for w in sorted(SURNAME_PARTICLES))
    + r")[ \t]+){1,2}\Z"
)
VEHICLE_VAN_RE = factored.compile(
    r"\b(?:the|a|an|his|her|their|my|our|your|white|black|red|blue|police|delivery)[ \t]+\Z",
    re.I,
)


NICKNAME_ADJECTIVE_BEFORE_RE = factored.compile(r"(?<![\w'’])(?:big|lil|little)[ \t]+\Z", re.I)


NICKNAME_AFTER_ADJECTIVE_RE = factored.compile(r"[ \t][b-hjlmo-twyzB-HJLMO-TWYZ](?![\w'’@\-])")


def _with_particles(text: str, people: list[Entity], masked: bytearray) -> list[Entity]:
    """People with the particles of a surname written before them taken in (the second
    mention "de souza" after "mrs de souza" was found as "souza" alone), and a nickname's
    adjective ("big lenny", "lil jay"; not "my little tom")."""
    low = lowered(text)
    if len(low) != len(text):
        return people
    _, runs = word_runs(low)
    if WIDENING_WORDS.isdisjoint(runs):
        return people  # most texts: no particle or nickname's adjective anywhere
    out = []
    for ent in people:
        if text[ent.start : ent.end].lower() in NICKNAME_ADJECTIVES:
            after = NICKNAME_AFTER_ADJECTIVE_RE.match(text, ent.end)
            if after is not None and masked.find(1, ent.end, after.end()) < 0:
                ent = Entity(ent.start, after.end(), ent.type)  # "lil" found, then "lil b"
        adjective = NICKNAME_ADJECTIVE_BEFORE_RE.search(text, max(0, ent.start - 8), ent.start)
        if (
            adjective is not None
            and masked.find(1, adjective.start(), ent.start) < 0
            and WEAK_DETERMINER_BEFORE_RE.search(
                text, max(0, adjective.start() - 10), adjective.start()
            )
            is None
            and adjective.group(0)[0].isupper() == text[ent.start].isupper()
        ):
            ent = Entity(adjective.start(), ent.end, ent.type)
        before = PARTICLE_BEFORE_RE.search(text, max(0, ent.start - 12), ent.start)
        if before is not None and masked.find(1, before.start(), ent.start) < 0:
            first = before.group(0).split()[0].lower()
            if first != "van" or not VEHICLE_VAN_RE.search(
                text, max(0, before.start() - 12), before.start()
            ):
                ent = Entity(before.start(), ent.end, ent.type)
        if text[ent.start].isupper():
            # A surname with its particles after a first name: "Mr Hendrik de Vries".
            after = PARTICLE_SURNAME_AFTER_RE.match(text, ent.end)
            if (
                after is not None
                and masked.find(1, ent.end, after.end()) < 0
                and after.group("s").lower() not in lexicon().protected  # "Grupo de WhatsApp"
            ):
                ent = Entity(ent.start, after.end(), ent.type)
        out.append(ent)
    return out


PARTICLE_SURNAME_AFTER_RE = factored.compile(
    r"(?:[ \t]+(?:" + "|".join(sorted(SURNAME_PARTICLES)) + r")){1,2}[ \t]+(?P<s>[A-Z][\w'’\-]+)"
)


TOWN_REST_RE = factored.compile(r"[ \t]+([A-Z][a-z]+)\b")


def _town_head(text: str, ent: Entity) -> bool:
    """A capitalised word that opens a town's two-word name written after it: "Sowerby" of
    "in Brighouse and Sowerby Bridge" (data/towns.txt), a place, not a surname."""
    word = text[ent.start : ent.end]
    if " " in word or not word[:1].isupper():
        return False
    rest = TOWN_REST_RE.match(text, ent.end)
    return rest is not None and f"{word.lower()} {rest.group(1).lower()}" in towns()


# A word in quotes spoken of as a word: after "what is", "heard", "uses", "saying" ('what is
# "Jack" in ...', 'heard "unalive" and "seggs"', 'USES "OME TV" AND "MONKEY"'), after a form
# of "be" or "get" ('has been "sextorted"'), or before what it names ('a roblox "condo"
# game'). Not after "called", "known as" or "from": those name people.
MENTION_BEFORE_RE = factored.compile(
    r"\b(?:what[ \t]+is|what['’]?s|what[ \t]+does|what[ \t]+do|heard|hear|hears|uses|use|"
    r"using|used|word|words|term|terms|phrase|phrases|means|been|being|got|get|gets|getting)"
    r"[ \t]+(?:[\"“][^\"”\n]{1,24}[\"”][ \t]*(?:,|and|or|&)[ \t]*)*[\"“]\Z",
    re.I,
)
MENTION_AFTER_RE = factored.compile(
    r"[\"”][ \t]+(?:game|games|app|apps|server|site|video|videos|trend|challenge|filter|"
    r"emoji|sticker|skin|map|mode|song|meme|tv)\b",
    re.I,
)
# A word run long at its end ("heyy", "hiii", "sooo"): an interjection, not a name.
RUN_ON_END_RE = factored.compile(r"([a-z])\1+\Z", re.I)
CONTRACTION_RE = factored.compile(r"n['’]t\Z", re.I)


def _word_not_name(text: str, ent: Entity) -> bool:
    """A one-word span found as a name that stands as a word: spoken of in quotes (see
    MENTION_BEFORE_RE), a contraction ("mustn't"), an interjection run long ("heyy", whose
    short form English writes every day), a verb in lower case without its g ("leavin"), a
    title after a title ("fr fr"), or a role noun
    before "'s name" ("Child's name: ...")."""
    word = text[ent.start : ent.end]
    if " " in word:
        return False
    if CONTRACTION_RE.search(word) or text.startswith(("'t", "’t"), ent.end):
        return True  # "mustn't"; "don't", "won't": the verb, not Don
    low = word.lower()
    run = RUN_ON_END_RE.search(low)
    if (
        run is not None
        and len(low) <= 8
        and low.isalpha()  # not "Ruby-Lee"
        # nor a surname after a title: "Mr Lott" ("Lott" is no "lot" run long), "miss parr"
        and SURNAME_TITLE_BEFORE_RE.search(text, max(0, ent.start - 6), ent.start) is None
        and (
            len(run.group(0)) > 2
            or LOWER_TITLE_BEFORE_RE.search(text, max(0, ent.start - 6), ent.start) is None
        )
    ):
        short = low[: run.start() + 1]
        lex = lexicon()
        if (
            (len(short) >= 3 or short in SHORT_INTERJECTIONS)
            and zipf_of(short, zipf_table()) >= RUN_ON_SHORT_ZIPF
            and not lex.any_first_name(low)
            and not lex.any_first_name(short)
            and low not in lex.surnames  # "Carr"
        ):
            return True
    if (
        word == low
        and low.endswith("in")
        and len(low) >= 5
        and zipf_of(low + "g", zipf_table()) >= DROPPED_G_ZIPF
        and not lexicon().any_first_name(low)
    ):
        return True  # a verb without its g: "im leavin", "stop chattin"
    if low in TITLES:
        before = text[max(0, ent.start - 6) : ent.start].split()
        if before and before[-1].lower().rstrip(".") == low:
            return True  # "fr fr no cap"
    if low in PERSON_NOUNS and text[ent.end : ent.end + 7].lower() in ("'s name", "’s name"):
        return True
    if ent.start > 0 and text[ent.start - 1] in '"“':
        if MENTION_BEFORE_RE.search(text, max(0, ent.start - 40), ent.start):
            return True
        if MENTION_AFTER_RE.match(text, ent.end):
            return True
    return False


# Stars inside a word, letters either side: a word starred out.
CENSORED_AFTER_RE = factored.compile(r"\*+[a-z]")
CENSORED_BEFORE_RE = factored.compile(r"[A-Za-z]\*+\Z")
RUN_ON_SHORT_ZIPF = 4.0
DROPPED_G_ZIPF = 3.5
SHORT_INTERJECTIONS = word_set("hi so no ok ya yo ha oh aw")
PERSON_NOUNS = word_set(
    "child children pupil student son daughter mother father mum dad parent carer baby "
    "victim suspect person boy girl"
)


# A name that is also a word, standing as the word: after "a", "an" or "the" ("a Blessing",
# "the River"), or a modal before a subject pronoun ("Thanks, Will you ...", "May I ...").
ARTICLE_BEFORE_RE = factored.compile(r"(?<![\w'’])(?:a|an|the|A|An|The)[ \t]+\Z")
PRONOUN_AFTER_RE = factored.compile(r"[ \t]+(?:you|i|we|they|he|she|it|u)\b", re.I)


def _everyday_words_standing_as_words(text: str, people: list[Entity]) -> list[Entity]:
    lex = lexicon()
    out = []
    for e in people:
        word = text[e.start : e.end]
        low = word.lower()
        if " " not in word and (
            low in lex.ambiguous or low in lex.context_only or low in lex.protected
        ):
            if ARTICLE_BEFORE_RE.search(text, max(0, e.start - 6), e.start):
                continue
            if low in MODAL_NAMES and PRONOUN_AFTER_RE.match(text, e.end):
                continue
            if low in SEASONS and CALENDAR_EVENT_AFTER_RE.match(text, e.end):
                continue  # "Autumn newsletter", found by the model at a text's start
        out.append(e)
    return out


# A full name right before a date of birth or a phone number: "River Bates 02/01/2016 (Year
# 3)", "Head Paul Lister 01632 960 575", "Contact Sian Lloyd 01632 ...". The first word is a
# listed first name (everyday ones too: this place says it is a name) and the second is no
# everyday word English uses more than names.
BEFORE_NUMBER_RE = factored.compile(
    r"(?<![\w'’\-])(?P<n>(?P<f>[A-Z][a-z'’\-]+)[ \t]+(?P<s>[A-Z][a-z'’\-]+(?:-[A-Z][a-z]+)?))"
    r",?[ \t]+\(?(?:\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}|0\d{3,4}[ \t]?\d{3}|\+44|07\d{3})"
)
SURNAME_EVERYDAY_ZIPF = 4.5


# A first name in lower case before a colon and a phone number, as a hurried note writes a
# contact: "parents told. jay: 0121 496 0277", "- hope: 07700 900123". Found from the colon
# (a literal, quick to look for), the word read back from it.
COLON_PHONE_RE = factored.compile(r":[ \t]*\(?(?:\+44|0\d)")
CONTACT_BEFORE_COLON_RE = factored.compile(
    r"(?:\A|[.;(\n]|[.;(\-][ \t])[ \t]*(?P<n>[a-z][a-z'’\-]+)\Z"
)


# Someone mourned, named after the words a tribute says before a name: "RIP F lol", "fly high
# Fred", "rest easy jaylen". The name is a listed first name in any case, one capital letter,
# or a capitalised word English seldom writes; not a title ("RIP Mr Hughes": the title's rule
# reads the surname) nor a protected word.
MOURNED_RE = factored.compile(
    r"(?<![\w'’])(?:[Rr][Ii][Pp]|R\.I\.P\.?|[Ff]ly[ \t]+[Hh]igh|[Rr]est[ \t]+(?:[Ee]asy|[Ii]n[ \t]+"
    r"[Pp]eace)|[Ss]leep[ \t]+[Tt]ight)[ \t,]+(?P<n>[A-Za-z][A-Za-z'’\-]*)(?![\w'’@])"
)
MOURNED_RARE_ZIPF = 3.0


def _mourned_names(text: str, masked: bytearray) -> list[Entity]:
    """Names after a tribute's words (MOURNED_RE) as PERSON spans, skipping what is masked;
    the name's possessive ending left out."""
    found: list[Entity] = []
    lex = lexicon()
    for m in MOURNED_RE.finditer(text):
        name = m.group("n")
        s, e = m.span("n")
        if name.endswith(("'s", "’s")):
            name, e = name[:-2], e - 2
        low = name.lower()
        if masked.find(1, s, e) >= 0 or low in TITLES or low in lex.protected:
            continue
        if not (
            (len(name) == 1 and name.isupper())
            or lex.any_first_name(low)
            or (name[0].isupper() and zipf_of(low, zipf_table()) < MOURNED_RARE_ZIPF)
        ):
            continue  # "RIP her", "rip off", "fly high everyone"
        found.append(Entity(s, e, "PERSON"))
        masked[s:e] = b"\x01" * (e - s)
    return found


def _lower_contacts(text: str, masked: bytearray) -> list[Entity]:
    """Listed first names in lower case before a colon and a phone number (COLON_PHONE_RE),
    opening the text, a line, a sentence or a bracket; not protected words ("tel: 0121")."""
    lex = lexicon()
    found = []
    for m in COLON_PHONE_RE.finditer(text):
        before = CONTACT_BEFORE_COLON_RE.search(text, max(0, m.start() - 30), m.start())
        if before is None:
            continue
        s, e = before.span("n")
        word = before.group("n")
        if masked.find(1, s, e) < 0 and lex.any_first_name(word) and word not in lex.protected:
            found.append(Entity(s, e, "PERSON"))
    return found


# A payee's name as a bank or a payment app shows it, in capitals, where a blackmailer asks
# for money: 'gone to "AMINU BELLO"', 'Revolut to "K FORSYTHE"', 'account name D MENSAH',
# 'J OKONKWO 20-99-xx 4418xxxx' (before a sort code).
# What a text about money holds, tested before PAYEE_RE is searched (most texts hold none).
PAYMENT_HINTS = ("£", "€", "$", "sort code", "Sort code", "SORT CODE", "-xx")
PAYEE_WORD_MAX_ZIPF = 4.0  # "to PAY NOW": everyday words, no name
CAPS_NAME = r"(?P<n>[A-Z][A-Z'’\-]*(?:[ \t]+[A-Z][A-Z'’\-]+){1,2})"
PAYEE_RE = factored.compile(
    r"(?:\bto|[Pp]ayee|[Aa]ccount[ \t]+name|[Nn]ame[ \t]+on[ \t]+(?:the[ \t]+)?(?:account|card))"
    r"[ \t]*[:\-]?[ \t]*[\"“']?" + CAPS_NAME + r"(?=[\"”']|[ \t]*[\n.,;)]|\Z)"
    r"|" + CAPS_NAME.replace("?P<n>", "?P<m>") + r"[ \t]+\d{2}-\d{2}-(?:\d{2}|xx)\b"
)


# A lower-case first name in a message's introduction of its writer: "hi its mark from ur
# football", "this is maddie from 9H" (the name's everyday sense aside: "it's me from the
# party", "its someone from school", "its may from the 3rd" are no names).
INTRODUCED_NAME_RE = factored.compile(
    r"(?<![\w'’])(?:its|it['’]s|this[ \t]+is)[ \t]+(?P<w>[a-z][a-z'’\-]*[a-z])[ \t]+from\b"
)


def _introduced_names(text: str, masked: bytearray, people: list[Entity]) -> list[Entity]:
    """Lower-case listed first names introduced by their writers (INTRODUCED_NAME_RE), as
    PERSON spans, masked as they are taken; one the name model found and a rule dropped as
    an everyday word ("its mark from ur football") is taken again."""
    found: list[Entity] = []
    lex = lexicon()
    for m in INTRODUCED_NAME_RE.finditer(text):
        s, e = m.span("w")
        word = m.group("w")
        if (
            any(p.start < e and s < p.end for p in people)
            or not lex.any_first_name(word)
            or word in lex.protected
            or word in SEASONS  # "its summer from june to august"
        ):
            continue
        found.append(Entity(s, e, "PERSON"))
        masked[s:e] = b"\x01" * (e - s)
    return found


def _payees(text: str, masked: bytearray) -> list[Entity]:
    """Payees' names in capitals (PAYEE_RE) in a text about money, as PERSON spans: initials
    and words that are listed names or rare in English, no acronym or protected word ("to
    PAY NOW", "to CEOP")."""
    found: list[Entity] = []
    lex = lexicon()
    table = zipf_table()
    for m in PAYEE_RE.finditer(text):
        group = "n" if m.group("n") else "m"
        s, e = m.span(group)
        words = [w.lower().strip("'’-") for w in m.group(group).split()]
        if masked.find(0, s, e) < 0 or all(len(w) == 1 for w in words):
            continue
        if any(
            w in lex.protected
            or w in acronyms()
            or (
                len(w) > 1
                and not lex.any_first_name(w)
                and w not in lex.surnames
                and table.get(w, 0.0) >= PAYEE_WORD_MAX_ZIPF
            )
            for w in words
        ):
            continue
        found.append(Entity(s, e, "PERSON"))
        masked[s:e] = b"\x01" * (e - s)
    return found


# A bracket that gives an age, after a listed first name, capitalised: "Update on Hope (the
# 14 year old at the hostel)", "Summer (14 year old)", "Will (aged 9, Y4)".
AGE_IN_BRACKET_RE = factored.compile(
    r"\([ \t]*(?:the[ \t]+|a[ \t]+)?(?:aged?[ \t]+)?\d{1,2}[ \t\-]*(?:yrs?|y/?o|years?)?"
    r"[ \t\-]*(?:old)?[ \t]*(?:[),]|(?:at|from|in|on|who|girl|boy|lad|son|daughter)\b)"
)
FIRST_NAME_BEFORE_BRACKET_RE = factored.compile(r"(?<![\w'’\-])(?P<n>[A-Z][a-z]+)[ \t]+\Z")


def _first_names_before_ages(text: str, masked: bytearray) -> list[Entity]:
    """Listed first names, everyday words too ("Hope", "Summer"), before a bracket that gives
    an age (AGE_IN_BRACKET_RE), as PERSON spans (code points), masked as taken; not a word
    kept only as a word, nor one claimed already."""
    lex = lexicon()
    found = []
    bracket = text.find("(")
    while bracket >= 0:
        before = FIRST_NAME_BEFORE_BRACKET_RE.search(text, max(0, bracket - 30), bracket)
        if before is not None and AGE_IN_BRACKET_RE.match(text, bracket):
            s, e = before.span("n")
            low = before.group("n").lower()
            if (
                masked.find(1, s, e) < 0
                and low in lex.first_names
                and (low not in lex.protected or low in lex.ambiguous)
            ):
                found.append(Entity(s, e, "PERSON"))
                masked[s:e] = b"\x01" * (e - s)
        bracket = text.find("(", bracket + 1)
    return found


def _before_a_number(text: str, masked: bytearray, people: list[Entity]) -> list[Entity]:
    lex = lexicon()
    table = zipf_table()
    found = []
    for m in BEFORE_NUMBER_RE.finditer(text):
        s, e = m.span("n")
        if masked.find(1, s, e) >= 0 and not any(
            p.start <= s + k < p.end for p in people for k in range(e - s) if masked[s + k]
        ):
            continue  # taken by something else than a part of this name
        first, last = m.group("f").lower(), m.group("s").lower()
        if first not in lex.first_names or (first in lex.protected and first not in lex.ambiguous):
            continue
        if last in lex.protected or (
            zipf_of(last, table) >= SURNAME_EVERYDAY_ZIPF and last not in lex.surnames
        ):
            continue
        found.append(Entity(s, e, "PERSON"))
        masked[s:e] = b"\x01" * (e - s)
    return found


# A name in capitals after a role or label word in capitals: "NAME TREVOR OSBOURNE PARENT",
# "PUPIL BROOKLYN FOX 06/06/2011", "OUR CARETAKER DAI ON FACEBOOK". The first word is a listed
# first name; a second joins it when it can be a surname.
CAPS_ROLE_NAME_RE = run_start(
    r"\b(?:NAME|PUPIL|STUDENT|CHILD|SON|DAUGHTER|CARETAKER|TEACHER|PARENT|MUM|DAD|LAD|GIRL|BOY|"
    r"VICTIM|BROTHER|SISTER|FRIEND|COACH|NEPHEW|NIECE|GRANDSON|GRANDDAUGHTER|CARER)"
    r"[ \t]*:?[ \t]+(?P<f>[A-Z][A-Z'’\-]+)(?:[ \t]+(?P<s>[A-Z][A-Z'’\-]+))?\b"
)


def _caps_after_role(text: str, masked: bytearray, people: list[Entity]) -> list[Entity]:
    lex = lexicon()
    table = zipf_table()
    found = []
    for m in CAPS_ROLE_NAME_RE.finditer(text):
        first = m.group("f").lower()
        if first not in lex.first_names or first in CALENDAR_WORDS:
            continue
        if first in lex.protected and first not in lex.ambiguous:
            continue
        s, e = m.span("f")
        last = (m.group("s") or "").lower()
        if last and _surname_like(last, lex, table) and last not in ROLE_AFTER_CAPS_NAME:
            e = m.end("s")
        if any(masked[k] and not any(p.start <= k < p.end for p in people) for k in range(s, e)):
            continue
        found.append(Entity(s, e, "PERSON"))
        masked[s:e] = b"\x01" * (e - s)
    return found


# A person named after "the", "our" or "my" and a word for their job, the name closing a
# clause or before a verb: "our cook, Shirley.", "Our SENCo, Hope, will join", "the driver
# Vince is a legend". The name is a listed first name, or a word English hardly knows.
ROLE_THEN_NAME_RE = run_start(
    r"\b(?:the|our|my|your|their|his|her|The|Our|My|Your|Their|His|Her)[ \t]+"
    r"(?P<r>[A-Za-z][A-Za-z\-]+)(?:,[ \t]*|[ \t]+)(?P<n>[A-Z][a-z'’\-]+)"
    r"(?=[ \t]*[,.;:!?)]|[ \t]+(?:is|was|has|had|will|would|said|says|told|who|and|came|but|or|"
    r"asked|drove|shouted|took|gets|got|heard|saw)\b)"
)
JOB_WORDS = word_set(
    "driver cook chef caretaker cleaner escort receptionist senco sendco dsl ta lsa hlta tutor "
    "coach teacher mentor keyworker nurse counsellor therapist minibus bus taxi"
)
ROLE_NAME_MAX_ZIPF = 3.5


def _names_after_role(text: str, masked: bytearray) -> list[Entity]:
    """People named after a word for their job (ROLE_THEN_NAME_RE), as PERSON spans (code
    points), where nothing is found or kept there yet."""
    lex = lexicon()
    table = zipf_table()
    found = []
    for m in ROLE_THEN_NAME_RE.finditer(text):
        role = m.group("r").lower()
        if role not in JOB_WORDS and role not in roles():
            continue
        s, e = m.span("n")
        name = m.group("n").lower()
        if masked.find(1, s, e) >= 0 or name in lex.protected:
            continue
        listed = lex.any_first_name(name)
        if name in towns() and not listed:
            continue  # "our coach, Brighton": a town, not a person's name
        if not (listed or zipf_of(name, table) < ROLE_NAME_MAX_ZIPF):
            continue
        found.append(Entity(s, e, "PERSON"))
        masked[s:e] = b"\x01" * (e - s)
    return found


# An officer's name after rank and collar number, in capitals too: "PC 1187 FORSYTH, Kent
# Police", "DC 4410 Aled Price".
OFFICER_NUMBER_NAME_RE = run_start(
    r"\b(?:PC|DC|PS|DS|Sgt|PCSO|DI|DCI|Insp)\.?[ \t]+\d{2,5}[A-Z]{0,2}[ \t]+"
    r"(?P<n>[A-Z][A-Za-z'’\-]+(?:[ \t]+[A-Z][A-Za-z'’\-]+)?)"
)


def _officers_after_numbers(text: str, masked: bytearray) -> list[Entity]:
    """Officers' names after OFFICER_NUMBER_NAME_RE's rank and number, as PERSON spans (code
    points), where nothing is found yet; a word of the force or a kept word ends the name."""
    protected = lexicon().protected
    found = []
    for m in OFFICER_NUMBER_NAME_RE.finditer(text):
        s = e = m.start("n")
        for word in m.group("n").split():
            if word.lower() in protected or word.lower() in towns():
                break
            e = text.index(word, e) + len(word)
        if e > s and masked.find(1, s, e) < 0:
            found.append(Entity(s, e, "PERSON"))
            masked[s:e] = b"\x01" * (e - s)
    return found


# A letter's greeting in lower case on its own line, the name a listed first name though a
# word too: "hi deb,", "hiya mags,". Not "hi all,", "hello both,".
GREETED_LOWER_RE = factored.compile(
    r"(?:^|\n)[ \t]*(?i:hi|hello|hiya|hey|dear)[ \t]+(?P<n>[a-z][a-z'’\-]+)[ \t]*,[ \t]*\n"
)
NOT_GREETED = word_set("all everyone team guys folks there both you again everybody")


def _greeted_lower_names(text: str, masked: bytearray) -> list[Entity]:
    """The names of GREETED_LOWER_RE's greetings, as PERSON spans (code points), where
    nothing is found yet."""
    lex = lexicon()
    found = []
    for m in GREETED_LOWER_RE.finditer(text):
        s, e = m.span("n")
        name = m.group("n")
        if masked.find(1, s, e) >= 0 or name in NOT_GREETED or not lex.any_first_name(name):
            continue
        found.append(Entity(s, e, "PERSON"))
        masked[s:e] = b"\x01" * (e - s)
    return found


ROLE_AFTER_CAPS_NAME = word_set(
    "parent mum dad teacher pupil carer school year yr age aged on in at from is was has"
)


# One or two initials with stops and a surname, opening a line (a signature) or after a colon,
# a comma, a slash, a dash, "by" or a post: "K. Asante-Boateng JNC Youth Worker", "H. R.
# Prosser BA (Hons)", "D. Ó Súilleabháin BEd", "Recorded by: A-M. Sheldon", "Signed: L-M.
# Doherty / I. Nwankwo", "case officer L. Morrow", "- G. Osborne".
INITIAL_SURNAME_RE = factored.compile(
    # From the capital (the engine skips to capitals), what stands before it looked at after.
    r"(?P<n>[A-Z](?<![\w.'’\-][A-Z])(?:-[A-Z])?\.(?:[ \t]?[A-Z]\.)?[ \t]+"
    r"(?:(?:Ó|O['’]|Ní|Nic|Mac|Mc|de|van|von|di|da)[ \t]?)?"
    r"(?P<s>[A-Z][^\W\d_][\w'’]*(?:-[A-Z][\w'’]+)?))"
    r"(?![\w'’@\-]|\.\w)",
    re.M,
)
INITIAL_SURNAME_BEFORE_RE = factored.compile(
    r"(?:^|[:,/(]|[ \t][-–]|\bby|\b(?i:officer|worker|coach|manager|teacher|nurse|signed))[ \t]*\Z",
    re.M,
)
INITIAL_SURNAME_MAX_ZIPF = 4.5


def _initial_and_surname(text: str, masked: bytearray) -> list[Entity]:
    """Initials with stops and a surname standing as a signature or an item
    (INITIAL_SURNAME_RE), where the surname is listed or English hardly knows it (not "A.
    Level", "J. Smith" aside); masked as they are taken."""
    lex = lexicon()
    table = zipf_table()
    found: list[Entity] = []
    for m in INITIAL_SURNAME_RE.finditer(text):
        s, e = m.span("n")
        if INITIAL_SURNAME_BEFORE_RE.search(text, max(0, s - 12), s) is None:
            continue
        sur = m.group("s").lower()
        if masked.find(1, s, s + 1) >= 0 or m.group(0).lower().replace(" ", "")[:4] in (
            "p.s.",
            "n.b.",
        ):
            continue
        if sur in lex.protected or (
            sur not in lex.surnames and zipf_of(sur, table) >= INITIAL_SURNAME_MAX_ZIPF
        ):
            continue
        found.append(Entity(s, e, "PERSON"))
        masked[s:e] = b"\x01" * (e - s)
    return found


# A member of staff named by where they work: "Sue in the office has the screenshots", "ask
# Pat on reception", "Bill from IT": a listed first name, everyday ones too.
STAFF_PLACE_RE = factored.compile(
    r"(?<![\w'’\-])(?P<n>[A-Z][a-z'’\-]+)[ \t]+(?:in|on|at|from)[ \t]+(?:the[ \t]+)?"
    r"(?:office|school[ \t]+office|front[ \t]+office|reception|admin|finance|IT|HR)\b"
)


def _staff_by_place(text: str, masked: bytearray) -> list[Entity]:
    lex = lexicon()
    found = []
    for m in STAFF_PLACE_RE.finditer(text):
        s, e = m.span("n")
        word = m.group("n").lower()
        if masked.find(1, s, e) >= 0 or word not in lex.first_names or word in CALENDAR_WORDS:
            continue
        if word in lex.protected and word not in lex.ambiguous:
            continue
        found.append(Entity(s, e, "PERSON"))
        masked[s:e] = b"\x01" * (e - s)
    return found


# A note or a message in a chain signed with an initial or initials alone on a line, quoted
# or not, or after the message's last sentence, before the message it answers, a disclaimer
# or the end: "... Will follow up Monday.\nMW", "T\n\n> From: Kwame Asante", "> K" last,
# "H\n\nThe information contained in ...", "... in at 2? T\n\n>> From:". Not "I" or a kiss
# ("X").
SIGN_OFF_INITIALS_RE = factored.compile(
    r"(?:^(?:[ \t]*>)*[ \t]*|[.!?][ \t]+)(?P<i>[A-HJ-WYZ]|[A-Z]{2,3})[ \t]*$"
    r"(?=(?:\n(?:[ \t]*>)*[ \t]*$)*(?:\Z|\n(?:[ \t]*>)*[ \t]*(?:From:|-{3,}|_{5,}|"
    r"On[ \t][^\n]{4,80}wrote:|This[ \t]+(?:e-?mail|message)|The[ \t]+(?:information|contents)|"
    r"CONFIDENTIAL|Confidential|Disclaimer|DISCLAIMER|Sent[ \t]from)))",
    re.M,
)


# A note's writer's initials closing its last line after a sentence or a dash ("... pattern
# = grooming. JD", "call ended 14:21. RP", "- AW", "- d.", "jd / ah", "steps. (MK)"), or
# after words saying who wrote it ("notes by JH", "Logged by: SB", "Minutes: IN", "Notes taken
# by: TA"). Not a kiss ("x", "X").
LAST_INITIALS_RE = factored.compile(
    r"(?:[.!?)\"”][ \t]+|(?:^|[ \t])(?:--|[-–—/])[ \t]*)(?P<i>[A-HJ-WYZ]\.?|[A-Z]{2,3})\s*\Z"
    # In brackets after the last sentence: "... reporting steps. (MK)".
    r"|[.!?][ \t]+\((?P<b>[A-Z]{2,3})\)[ \t]*\Z"
    r"|(?:^|[ \t])[-–/][ \t]*(?P<l>[a-wyz]{1,2})\.?[ \t]*\Z"
    # Or with the time the note was written ("... to PSNI ref. RK 18:05"), or in lower case
    # after a sentence ("cb tmrw 9am to check. aj").
    r"|(?:^|[.!?][ \t]+)(?P<t>[A-Z]{2,3})[ \t]+\d{1,2}[:.]\d{2}[ \t]*\Z"
    r"|[.!?][ \t]+(?P<m>[a-wyz]{2})[ \t]*\Z",
    re.M,
)
LAST_INITIALS_GROUPS = ("i", "b", "l", "t", "m")
NOT_CLOSING_CAPITALS = word_set("ok no yes nb ps pto fyi tbc tba asap etc eod eow")
# Lower-case pairs closing a text that are words, not initials.
NOT_LAST_LOWER = word_set("ty th nb ps bb gg")
WRITER_INITIALS_RE = factored.compile(
    r"(?:\b(?i:(?:(?:notes?|minutes)(?:[ \t]+taken)?|logged|recorded|written|taken|handled|"
    r"checked|reviewed|typed[ \t]+up|seen|photographed|compiled|prepared|printed)[ \t]+by[ \t]*:?|"
    r"(?:minutes|handled|reviewed|taken)[ \t]*:|(?:minute|note|call)[ \t]+taker[ \t]*:?|"
    r"(?:call[ \t]+)?handler[ \t]*:|(?:key[ \t]+)?workers?[ \t]*:|"
    # A record's adviser, author or tutor by a label: "Advisor: KS", "Tutor: JRW".
    r"(?:advis[eo]rs?|author|tutor|practitioner)[ \t]*:)"
    # A note's checker last on its line: "Taken by MW. Reviewed CC."
    r"|\b(?i:reviewed|checked)(?=[ \t]+[A-Z]{2,3}[ \t]*\.?[ \t]*$))"
    r"[ \t]*(?P<i>[A-Z]{2,3})(?=[ \t]*(?:$|[|,;()/+]|\.(?!\w))|[ \t]+(?:with|and|at|on)\b)"
    # An action given to someone by initials: "Action: MT to send", "Actions: SW - meet".
    r"|\b(?i:actions?)[ \t]*:[ \t]*(?:[-•][ \t]*)?(?P<a>[A-Z]{2,3})(?=[ \t]+(?:to\b|[-–]))",
    re.M,
)
# A call log's entry headed by its date, its time and its taker's initials, alone on the
# line: "10/03 09:50 TP", "Call 06/03 – 16:20 – SO'N", "14/03 09:05 DMcK".
NOTE_HEAD_INITIALS_RE = LineStart(
    r"^[ \t]*(?:(?i:call|log|note|entry)[ \t]*(?:[-–:][ \t]*)?)?\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?"
    r"[ \t]*(?:[-–,][ \t]*)?\d{1,2}[:.]\d{2}[ \t]*(?:[-–|,][ \t]*)?"
    r"(?P<i>[A-Z]{2,3}|[A-Z]{1,2}['’][A-Z]|[A-Z]Ma?c[A-Z])[ \t]*$",
    re.M,
)
# A case note's head giving its writer's initials between dashes before its time: "Case note
# – KL – 16:10", "Call log - RB - 09:40".
NOTE_TITLE_INITIALS_RE = LineStart(
    r"^[ \t]*(?i:(?:case|call|phone)[ \t]+)?(?i:note|log|record)[ \t]*[-–—:][ \t]*"
    r"(?P<i>[A-Z]{2,3})[ \t]*[-–—][ \t]*\d{1,2}[:.]\d{2}\b",
    re.M,
)
# A call log's entry opening with its taker's initials beside its time, a dash after them and
# then who rang: "NB — 10:10 — Headteacher Lorna ...", "PK 14:25 — Mr Iqbal (dad)", "15:35 LM —
# Chidi Okeke".
CALL_LOG_INITIALS_RE = LineStart(
    r"^[ \t]*(?=[^\n]{0,14}\d{1,2}[:.]\d{2})(?:\d{1,2}[:.]\d{2}[ \t]+)?(?P<i>[A-Z]{2,3})[ \t]*"
    r"(?:[-–—][ \t]*)?(?:\d{1,2}[:.]\d{2}[ \t]*)?[-–—][ \t]+(?=[A-Za-z])",
    re.M,
)
# Initials after a role that names a person's post: "informed DSL KF + HoY9 CN", "flag to DSL
# (HN)", "Head of Year PL", "HoY GT.".
ROLE_INITIALS_RE = factored.compile(
    r"\b(?:DSL|DDSL|HoY\d{0,2}|SENCo|SENCO|DHT|AHT|Head[ \t]+of[ \t]+Year(?:[ \t]+\d{1,2})?)"
    r"[ \t]+\(?(?P<i>(?!MON|TUE|WED|THU|FRI|SAT|SUN)[A-Z]{2,3})(?![\w'’@/\-]|\.\w)"
    r"(?=\)|[ \t]*[+,.;:\n]|[ \t]+(?:to|and|is|was|has|said|speaking|from)\b|[ \t]*\Z)"
)

# The same after a practitioner's post or the word "initials", where the capitals are no
# acronym or word (checked as they are taken): "Call w/ SW (CH)", "PC SJ Gwent Police", "SW
# AO (Lambeth)", "deputy PG in meetings", "staff member LS of", "initials GTS", "(initials
# only for now: OW and TR)".
POST_INITIALS_RE = factored.compile(
    r"\b(?:SW|PC|DC|DS|PS|PCSO|Sgt|IRO|FC|deputy|(?i:staff[ \t]+member|key[ \t]?worker|"
    r"social[ \t]+worker|worker|case[ \t]?worker|practitioner|adviser|advisor|"
    r"initials?(?:[ \t]+only)?(?:[ \t]+for[ \t]+now)?[ \t]*:?))"
    r"[ \t]+\(?(?P<i>(?!MON|TUE|WED|THU|FRI|SAT|SUN)[A-Z]{2,3})(?![\w'’@/\-]|\.\w)"
    r"(?=\)|[ \t]*[+,.;:\n(]|[ \t]+(?:to|and|is|was|has|said|speaking|from|in|of|on|at|tel)\b"
    # A dash after them in a note's head: "Case note – practitioner JN – 11:35".
    r"|[ \t]+[A-Z][a-z]|[ \t]+[-–—][ \t]|[ \t]*\Z)"
)

# What a text holds where POST_INITIALS_RE may match (a few substring tests beat its search).
POST_INITIALS_HINTS = (
    "SW ",
    "SW(",
    "PC ",
    "DC ",
    "DS ",
    "PS ",
    "PCSO",
    "Sgt",
    "IRO",
    "FC ",
    "eputy",
    "member",
    "orker",
    "nitial",
    "ractitioner",
    "dvis",
)


def _last_group(m: re.Match[str]) -> str:
    """The group of LAST_INITIALS_RE or WRITER_INITIALS_RE that matched."""
    return next(g for g in m.groupdict() if m.group(g) is not None)


def _closing_initials(text: str, masked: bytearray) -> list[Entity]:
    """A note's or a message's writer's initials signing it (SIGN_OFF_INITIALS_RE,
    LAST_INITIALS_RE) or given as its writer's (WRITER_INITIALS_RE), masked as they are taken:
    not a word or an acronym unless given as the writer's ("notes by OK"); the same initials
    elsewhere ("jd / ah" closing a log begun "(jodie + ahmed on)" is not them)."""
    found: list[Entity] = []
    lex = lexicon()
    spots: list[tuple[int, int, bool]] = []
    if "\n" in text:
        spots += [(*m.span("i"), False) for m in SIGN_OFF_INITIALS_RE.finditer(text)]
    last = LAST_INITIALS_RE.search(text, max(0, len(text) - 18))
    if last is not None:
        group = _last_group(last)
        low = last.group(group)
        if group in "ibt" or (
            low not in NOT_WORKER_INITIALS
            and low not in TWO_LETTER_WORDS
            and low not in NOT_LAST_LOWER
        ):
            # Capitals after a closing dash are initials though they spell a word ("Jackie
            # happy. - TO"), not an acronym or a note's word ("- OK", "- PTO").
            capitals = last.group(group)
            dashed = (
                group == "i"
                and capitals.isupper()
                and len(capitals) > 1
                and last.group(0).lstrip()[:1] in "-–—"
                and capitals.lower() not in acronyms()
                and capitals.lower() not in NOT_CLOSING_CAPITALS
            )
            spots.append((*last.span(group), dashed))
    if (
        " by" in text
        or "inute" in text
        or "aker" in text
        or "andle" in text
        or "ction" in text
        or "eviewed" in text
        or "aken:" in text
        or "orker" in text
    ):
        spots += [(*m.span(_last_group(m)), True) for m in WRITER_INITIALS_RE.finditer(text)]
    if "DSL" in text or "Ho" in text or "SENC" in text or "HT" in text or "Head" in text:
        spots += [(*m.span("i"), True) for m in ROLE_INITIALS_RE.finditer(text)]
    if any(hint in text for hint in POST_INITIALS_HINTS):
        spots += [
            (*m.span("i"), False)
            for m in POST_INITIALS_RE.finditer(text)
            if m.group("i").lower() not in POST_CAPITALS
        ]
    if ":" in text:
        spots += [(*m.span("i"), False) for m in NOTE_HEAD_INITIALS_RE.finditer(text)]
        spots += [
            (*m.span("i"), False)
            for m in CALL_LOG_INITIALS_RE.finditer(text)
            if m.group("i").lower() not in POST_CAPITALS
        ]
    for s, e, given in spots:
        low = text[s:e].lower().rstrip(".")
        if masked.find(1, s, e) >= 0 or (
            not given and len(low) > 1 and (low in lex.protected or low in acronyms())
        ):
            continue
        masked[s:e] = b"\x01" * (e - s)
        found.append(Entity(s, e, "PERSON"))
    return found


# A word after a title in lower case that is no word: "his teacher mrs bright", "madame
# dubois", "tell miss Carr", "pc danby attending". Not "mr and mrs", "mr right", "mr nobody",
# "i miss Paris", "my pc crashed".
LOWER_TITLE_NAME_RE = run_start(
    r"(?<![\w'’])(?P<t>mrs|mr|mx|madame|mme|monsieur|miss|pc)[ \t]+"
    r"(?P<n>[A-Za-z][a-z'’\-]*[a-z])(?![\w'’@.]\w)"
)
# A word after a lower-case "pc" is a constable's surname where English seldom writes it.
LOWER_PC_NAME_MAX_ZIPF = 3.5
NOT_AFTER_MISS = word_set("you u ya it him her them me us out my our his the a school home")
NOT_AFTER_LOWER_TITLE = word_set(
    "and or no not yes the a an to of in on at is was who whom what right wrong nobody man men "
    "president mr mrs ms"
)


def _after_lower_title(text: str, masked: bytearray, people: list[Entity]) -> list[Entity]:
    """Names written after "mrs", "mr", "mx", "madame" or "pc" in lower case
    (LOWER_TITLE_NAME_RE), where no person found stands (a word a finder took and then dropped
    as no name is taken again), masked as they are taken."""
    found = []
    lex = lexicon()
    for m in LOWER_TITLE_NAME_RE.finditer(text):
        s, e = m.span("n")
        word = m.group("n").lower()
        if word in NOT_AFTER_LOWER_TITLE or any(p.start < e and s < p.end for p in people):
            continue
        if not m.group("n").islower() and (word in towns() or word in lex.protected):
            continue
        if m.group("t") == "miss" and (
            word in NOT_AFTER_MISS
            or not (lex.any_first_name(word) or word in lex.surnames or word in lex.ambiguous)
        ):
            continue  # "miss you", "miss school"; but "miss hope", "miss may"
        if m.group("t") == "pc" and (
            word in lex.protected or zipf_of(word, zipf_table()) >= LOWER_PC_NAME_MAX_ZIPF
        ):
            continue  # "my pc crashed", "pc gaming"; but "pc dunmore attended"

        masked[s:e] = b"\x01" * (e - s)
        found.append(Entity(s, e, "PERSON"))
    return found


# A worker's initials heading a note in lower case: "Case note 14/01/26 - hk", "CN 08/12/2025
# (worker mb)", "17/11/25 10:05 - pv". Not what else a heading may end in ("- ok", "- tbc").
WORKER_INITIALS_RE = factored.compile(
    r"^[^\n]{0,20}\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?:[ \t]+\d{1,2}[:.]\d{2})?[ \t]+[-–][ \t]+"
    r"(?P<i>[a-z]{2,3})[ \t]*$",
    re.M,
)
WORKER_IN_BRACKETS_RE = factored.compile(
    r"\((?:worker|caseworker|cw|handler|call[ \t]+handler)[ \t]+(?P<i>[a-z]{2,3})\)"
)
NOT_WORKER_INITIALS = word_set(
    "ok na tbc tbd am pm gp sw pc yp cp dsl nfa lol omg idk asap yes no new old see re fwd"
)
# A teacher called by a title and one lower-case letter: "dont tell miss k we chat", "miss t +
# sir patel", "ms k (nursery manager)", "dr b said", "miss k 10/10", "not miss k 😭". Not the
# letters chat writes as words ("miss u", "miss x", "miss y").
TITLE_LETTER_RE = run_start(
    r"\b(?:miss|mr|mrs|ms|sir|dr)[ \t]+(?P<i>[b-hj-tvwz])"
    r"(?=[ \t]+[+&a-z(\d\u2600-\u27bf\U0001f300-\U0001faff]|[ \t]*[.,!?)\"”'\-:–—\n]|\Z)"
)


# Two lower-case letters where a child is named ("y10 boy cj watching", "lad jk 15 being",
# "boys are lj and kai p"), not a two-letter word of English or chat (TWO_LETTER_WORDS) nor an
# acronym; every such pair in the labelled sets is a person's. Found once, the same pair
# elsewhere in the text is the same person ("jk lives w nan").
LOWER_PAIR_SLOT_RE = run_start(
    r"\b(?:boy|girl|lad|lass|child|pupil|student|yp|son|daughter|kid|sibling|brother|sister|"
    r"boys[ \t]+are|girls[ \t]+are)[ \t]+(?P<i>[a-z]{2})(?=[ \t]*(?:\(|\d{1,2}\b|[,.\n]|\Z)|"
    r"[ \t]+(?:said|says|is|was|now|has|had|and|sent|told|posted|watching|being|lives)\b)"
)
TWO_LETTER_WORDS = word_set(
    "am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we ya yo ye "
    "ur im id"
)


def _lower_pairs(text: str, masked: bytearray) -> list[Entity]:
    found: list[Entity] = []
    lex = lexicon()
    pairs = set()
    for m in LOWER_PAIR_SLOT_RE.finditer(text):
        pair = m.group("i")
        if pair not in TWO_LETTER_WORDS and pair not in lex.protected and pair not in acronyms():
            pairs.add(pair)
    for s, e in recurrences(text, sorted(pairs), r"(?<![\w@#/.'’\-])", r"(?![\w@/'’\-])", masked):
        found.append(Entity(s, e, "PERSON"))
        masked[s:e] = b"\x01\x01"
    return found


def _worker_and_title_initials(text: str, masked: bytearray) -> list[Entity]:
    """Lower-case initials standing for a person (see WORKER_INITIALS_RE, TITLE_LETTER_RE) as
    PERSON spans (code-point offsets), skipping characters already claimed (masked)."""
    found: list[Entity] = []
    lex = lexicon()
    heads = WORKER_INITIALS_RE.finditer(text) if " - " in text or " – " in text else iter(())
    if "(" in text:
        heads = itertools.chain(heads, WORKER_IN_BRACKETS_RE.finditer(text))
    for m in heads:
        s, e = m.span("i")
        low = m.group("i")
        if masked.find(1, s, e) >= 0 or low in NOT_WORKER_INITIALS or low in lex.protected:
            continue
        if low in acronyms():
            continue
        found.append(Entity(s, e, "PERSON"))
    for m in TITLE_LETTER_RE.finditer(text):
        s, e = m.span("i")
        if masked.find(1, s, e) < 0:
            found.append(Entity(s, e, "PERSON"))
    found += _lower_pairs(text, masked)
    for ent in found:
        masked[ent.start : ent.end] = b"\x01" * (ent.end - ent.start)
    return found


# Capitals of two or three letters whose word English writes more seldom than this are
# someone's initials where a text gives them as one ("KB", "MW"), not a word ("OK", "JOY").
INITIALS_NOT_WORD_ZIPF = 4.0


def no_word_or_acronym(initials: str) -> bool:
    """Whether capitals are no protected word, acronym or post (POST_CAPITALS)."""
    low = initials.lower()
    return low not in lexicon().protected and low not in acronyms() and low not in POST_CAPITALS


def rare_initials(initials: str) -> bool:
    """Whether two or three capitals are no protected word, acronym or post and spell a word
    English writes more seldom than INITIALS_NOT_WORD_ZIPF: "KB", "MW", not "OK" or "JOY"."""
    return (
        len(initials) <= 3
        and zipf_of(initials.lower(), zipf_table()) < INITIALS_NOT_WORD_ZIPF
        and no_word_or_acronym(initials)
    )


TIDY_BEFORE_RE = factored.compile(r"([^\W\d_][\w'’]*)\.?[ \t]*\Z")
# Words after which a town's name is a person ("miss holt") or a school ("(dsl greenhill)").
NOT_TOWN_BEFORE = word_set("mr mrs ms miss mx dr prof sir dame lady lord rev cllr") | word_set(
    "dsl senco head headteacher teacher deputy school pupils pupil student students"
)
TIDY_WORD_RE = factored.compile(r"[^\W\d_][\w'’\-]*\.?")


# Religious and teaching honorifics before a name, kept as a title is ("Ustadh Hamid",
# "Bhai Jaswinder").
HONORIFICS = word_set(
    "ustadh ustadha ustaz ustaza imam sheikh shaykh maulana moulana mufti hafiz qari rabbi "
    "pastor apostle prophet evangelist deacon elder sifu bhai rav rebbetzin giani granthi "
    # teachers' and elders' titles of Sikh and Hindu settings ("Guruji Hem Bahadur Limbu")
    "guruji swamiji panditji mataji babaji "
    # Thai and Japanese titles before a name ("Khun Nok", "Sensei Tanaka")
    "khun sensei"
)


# Kin words written before a name as a title ("Aunty Ngozi", "Uncle Tunde", "Nan Pat"): a
# relation, not part of the name (the labelled sets have the name alone, 52 times of 62; the
# other ten are aliases in quotes, "Uncle Dex", which keep the word).
KIN_TITLES = word_set(
    "aunty auntie aunt uncle nan nana nanna nanny gran granny grandad grandpa grandma cousin"
)
QUOTE_CHARS = frozenset("\"'“‘")
# Greetings, kin words and words of address in the languages families here write, written
# before a name or standing alone: "Dia dhuit Conor", "Boa tarde Conrad", "habibti Reem", "Pani
# Górecka", "khala, ek larka ...", "nani's address" (written by hand from general knowledge of
# those languages). Not "tia" nor "dona": chats write Tia in lower case, and "Dona Cida" is
# the name a family uses. "Selam", "Khala" capitalised and on the lists of first names stay
# names.
GREETING_AND_KIN_ABROAD = word_set(
    "dia dhuit madainn mhath boa bom tarde noite bună buna ziua seara dzień dzien dobry "
    "faleminderit mirëdita medaase akwaaba cumprimentos obrigada obrigado habibi habibti "
    "yalla wallah inshallah mashallah assalamualaikum asalamualaikum salaam salam "
    "walaikumsalaam waheguru chalo bhenji behenji veere veerji paaji baji didi bhaiya "
    "abbu ammi ammu abbaji ammiji khala khalo khalu amo mamu mamoo masi mausi massi chacha "
    "chachi chachu phupho phuppo nani nanu dadi babcia dziadek ciocia wujek pani sra sr "
    "señora señor señorita signora signor senhora senhor avó avô vovó vovô doamna domnul "
    "tanti bunica bunicul hooyo aabo abti eedo adeer "
    # Filipino kin words of address ("Kuya Ralph", "ok kuya", "Lola and Lolo"); not "lola"
    # nor "dai", names chats write in lower case ("whos lola??", "older male dai"), nor "tito",
    # a display name's word ("Tito Boy: ...")
    "kuya ate lolo anak pamangkin "
    # Korean, Malay and Tamil kin words of address ("sorry eomma", "salam adik", "tell ur
    # amma")
    "eomma appa oppa unni eonni noona hyung abang adik amma "
    # Italian, Spanish and Greek grandparents, aunts and uncles ("lives with nonna + nonno",
    # "she lives with her tía", "yiayia's phone"); not "nona" nor "zia", on the lists of names
    "nonna nonno nonnina tía tío abuela abuelo abuelita abuelito mamá papá yiayia "
    "pappou papou"
)


def _tidied(text: str, ent: Entity) -> Entity | None:
    """A name without what is not part of it, or None where nothing is left.

    - a title before it goes ("Sgt Will Barraclough" -> "Will Barraclough": "Sgt" is a rank,
      kept like "Mr"), with the protected words after it ("Sgt Instr Callum Redfern"), and a
      kin word written as one ("Aunty Ngozi" -> "Ngozi"); a finding
      that is only titles is none ("Rev." found apart from "Hilary Goode");
    - a role or service written in capitals ends it ("Kofi Osei PCSO liaison" -> "Kofi Osei");
    - a town in lower case or capitals, standing alone, is a place ("youth worker blackpool",
      "(pcso aberystwyth)"): towns that are also names on our lists stay names.
    """
    words = list(TIDY_WORD_RE.finditer(text, ent.start, ent.end))
    if not words:
        return ent
    if _only_titles([w.group(0) for w in words], honorifics=False):
        return None  # "DS" or "Rev." found apart from the name after it ("Hafiz" is a name too)
    start, end = ent.start, ent.end
    lex = lexicon()
    # In quotes, a kin word is part of the alias: a man calling himself "Uncle Daz".
    quoted = ent.start > 0 and text[ent.start - 1] in QUOTE_CHARS
    if len(words) == 1 and _greeting_or_kin_abroad(words[0].group(0)):
        return None  # "yalla", "abbu", "nani's"
    k = 0
    while k < len(words) - 1 and (
        words[k].group(0).rstrip(".").lower() in TITLES
        or words[k].group(0).lower() in HONORIFICS
        or (words[k].group(0).lower() in KIN_TITLES and not quoted)
        or (k and words[k].group(0).rstrip(".").lower() in lex.protected)
        or _greeting_or_kin_abroad(words[k].group(0))
    ):
        k += 1
    if k:
        start = words[k].start()
    for w in words[k + 1 :]:
        word = w.group(0).rstrip(".")
        low = word.lower()
        if (
            len(word) >= 2
            and word.isupper()
            and (low in lex.protected or low in short_forms())
            and low not in PARTICLES
        ):
            end = w.start()
            while end > start and text[end - 1] in " \t,;:-–(/":
                end -= 1
            break
    if end <= start:
        return None
    span = text[start:end]
    if (span.islower() or span.isupper()) and " " not in span and not span.endswith("'s"):
        low = span.lower()
        before = TIDY_BEFORE_RE.search(text, max(0, start - 20), start)
        if (
            low in towns()
            and low not in _listed_names()
            and (before is None or before.group(1).lower() not in NOT_TOWN_BEFORE)
        ):
            return None
    if (start, end) == (ent.start, ent.end):
        return ent
    return Entity(start, end, ent.type)


def _greeting_or_kin_abroad(word: str) -> bool:
    """Whether a word of a finding is a greeting, a kin word or a word of address of another
    language (GREETING_AND_KIN_ABROAD), in lower case or no listed name ("tia", "Pani")."""
    low = word.lower()
    if low not in GREETING_AND_KIN_ABROAD:
        low = low.rstrip(".").removesuffix("'s").removesuffix("’s")
        if low not in GREETING_AND_KIN_ABROAD:
            return False
    return word.islower() or low not in _listed_names()


@cache
def _listed_names() -> frozenset[str]:
    lex = lexicon()
    return lex.first_names | lex.surnames | lex.ambiguous | lex.context_only


# A mail header's display name before the address: "To: Bill Sutcliffe <bill@...>",
# "Cc: Faith Adeyemi <f.adeyemi@...>; ...": the name whatever its words mean elsewhere.
HEADER_DISPLAY_NAME_RE = factored.compile(
    r"(?:^|[;,][ \t]*)(?:[ \t>]*(?i:from|to|cc|bcc|reply-to|sender)[ \t]*:[ \t]*)?"
    r"(?P<n>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){1,3})[ \t]*<[^<>\s@]+@",
    re.M,
)


def _only_titles(words: Iterable[str], *, honorifics: bool = True) -> bool:
    """Whether every word is a title, a rank or a kin word ("DS", "Rev.", "Aunty"), or (with
    honorifics) a title of faith ("Imam")."""
    return all(
        w.rstrip(".").lower() in TITLES
        or w.lower() in KIN_TITLES
        or (honorifics and w.lower() in HONORIFICS)
        for w in words
    )


def _header_display_names(text: str, masked: bytearray) -> list[Entity]:
    if "<" not in text:
        return []
    lex = lexicon()
    found = []
    for m in HEADER_DISPLAY_NAME_RE.finditer(text):
        s, e = m.span("n")
        words = [w.lower() for w in m.group("n").split()]
        if any(w in lex.protected and w not in lex.first_names for w in words):
            continue  # "Safeguarding Inbox <...>", "Online Safety Helpline <...>"
        # Only the parts no other recogniser has claimed.
        k = s
        while k < e:
            if masked[k]:
                k += 1
                continue
            j = k
            while j < e and not masked[j]:
                j += 1
            piece = text[k:j].strip(" \t")
            if piece and any(c.isalpha() for c in piece) and not _only_titles(piece.split()):
                start = k + (len(text[k:j]) - len(text[k:j].lstrip(" \t")))
                found.append(Entity(start, start + len(piece), "PERSON"))
                masked[start : start + len(piece)] = b"\x01" * len(piece)
            k = j
    return found


# A word written in lower case after a relation or a role ("spoke to mum tracey", "my manager
# lorraine", "his big brother morgan") is a name when English hardly knows it as a word, or
# knows it as a name; verbs ("mum texted", "dad rang") and listed everyday words are not.
RELATION_WORDS = word_set(
    "mum mam mom dad mother father brother sister bro sis cousin nan nana nanna gran granny "
    "grandma grandad grandpa uncle auntie aunty aunt friend bestfriend bestie mate boyfriend "
    "girlfriend partner manager colleague son daughter stepdad stepmum carer neighbour tutor "
    "lad lass grandson granddaughter nephew niece"
)
# Found from the relation word (a trie of literal words the regex engine can skip to).
RELATION_LOWER_RE = run_start(
    r"\b(?:" + trie_regex(RELATION_WORDS) + r")"
    r"[ \t]+(?P<w>[a-z][a-z'’\-]*[a-z])\b(?!['’]s\b|[ \t]+(?:and|or)[ \t]+[a-z])"
)
IRREGULAR_VERBS = word_set("rang rung snuck slept swore wrote spoke drove rode dealt")
RELATION_RARE_ZIPF = 3.6
RELATION_LISTED_ZIPF = 4.5


def _after_relation(text: str, people: list[Entity], masked: bytearray) -> list[Entity]:
    low = lowered(text)
    if len(low) != len(text):
        return []
    lex = lexicon()
    table = zipf_table()
    found = []
    for m in RELATION_LOWER_RE.finditer(text):
        w = m.group("w")
        s, e = m.span("w")
        if masked.find(1, s, e) >= 0:
            continue
        if w in lex.protected or w in lex.ambiguous or w in lex.context_only or w in TITLES:
            continue
        z = zipf_of(w, table)
        listed = lex.any_first_name(w) or w in lex.surnames
        # Verbs after a relation ("mum texted", "dad reckons", "nan rang") are no names, nor
        # adjectives of an English ending ("one lad identifiable by his tattoo").
        verb_like = not listed and (
            w.endswith(("ed", "ing", "s", "able", "ible", "ous", "ful", "less"))
            or w in IRREGULAR_VERBS
        )
        if verb_like or not (z < RELATION_RARE_ZIPF or (listed and z < RELATION_LISTED_ZIPF)):
            continue
        found.append(Entity(s, e, "PERSON"))
        masked[s:e] = b"\x01" * (e - s)
    return found


# Call notes name people in lower case by the slot they stand in, whatever the word means
# elsewhere: after a role, a caller or carer word, "spoke to" ("social worker faye", "caller
# deb", "carers pete & lin", "spoke w/ kt", "ex is dwayne"), and at a note's start before a
# bracketed role or school, or before "from/@ <place> rang" ("mo (pcso) -", "grace (sacred
# heart junior)", "robin @ sandfield primary rang"), or before a bracketed family role
# anywhere ("tina (mum)"). A lower-case word in brackets right after a name, opening with the
# name's first two letters, is that person's full name ("val (valerie)", "sunny (sunil x)").
# Words English uses as grammar (pronouns, modals, "said") and listed words that must survive
# never fill a slot.
SLOT_CUES = (
    "social worker",
    "youth worker",
    "support worker",
    "key worker",
    "family worker",
    "case worker",
    "sw",
    "caller",
    "callers",
    "carer",
    "carers",
    "foster carer",
    "foster carers",
    "technician",
    "ex",
    "ex is",
    "spoke to",
    "spoke w/",
    "spoke with",
    "rang back",
    "called back",
    "auntie",
    "aunty",
    "uncle",
    "dsl",
    "deputy dsl",
    "pcso",
    "senco",
    *(f"{w} is" for w in ("mum", "mam", "mom", "dad", "nan", "gran", "brother", "sister")),
)


def _word_after_cue(cues: tuple[str, ...], after: str = "") -> RunStart:
    """A lower-case word (group `w`) after one of `cues`, an optional colon between; `after`
    is a look-ahead the word must pass. Found from the cue (tried only where a cue's first
    word stands; a space in a cue stands for any run of spaces or tabs)."""
    return run_start(
        r"\b(?:"
        + trie_regex(cues, lambda c: r"[ \t]+" if c == " " else re.escape(c))
        + r")[ \t]*:?[ \t]+(?P<w>[a-z][a-z'’\-]*[a-z])\b"
        + after
    )


SLOT_ROLE_RE = _word_after_cue(SLOT_CUES, r"(?!['’]s\b)")
# A word this common after such a cue that no list holds as a first name is the sentence's
# own ("mum is aware", "carers aware"), not a name.
SLOT_COMMON_ZIPF = 4.4
# After "mum is", "dad is": a word English knows this well that no list holds as a first
# name says how they are ("mum is beside herself", "dad is distraught").
SLOT_IS_KNOWN_ZIPF = 2.5
# A note's start ("mo (pcso) -", "14:20 - mark from oakhollow ... rang"), found from the
# bracket or the verb, the word at the note's start looked at after.
SLOT_BRACKET_RE = factored.compile(r"\((?P<r>[^()\n]{2,40})\)")
SLOT_NOTE_WORD_RE = factored.compile(r"(?:^|[-–:][ \t]+)(?P<w>[a-z][a-z'’\-]*[a-z])[ \t]*\Z", re.M)
# Roles in clubs and youth groups written before a name as a title ("scout leader kenny",
# "welfare officer pauline", "district commissioner jean"); the word after them is often a
# noun ("the scout leader badge", "youth leader course"), so only a listed first name that is
# no everyday word, or a word English hardly knows, is taken.
CLUB_ROLE_CUES = (
    "welfare officer",
    "safeguarding officer",
    "scout leader",
    "youth leader",
    "group leader",
    "club leader",
    "district commissioner",
    # Coaches and the roles of safeguarding meetings, written the same way ("coach steve's
    # asked him", "LADO anita says"), in the capitals notes give them.
    "coach",
    "sports coach",
    "football coach",
    "lado",
    "LADO",
    "yot worker",
    "YOT worker",
)
CLUB_ROLE_RE = _word_after_cue(CLUB_ROLE_CUES)
# A bracket opening with a role or a relation, after a lower-case word: "ref from lorcan (sw,
# Kent)", "present - anita (DSL, Oakfield High)", "call from marisol (parent, Leeds)". Taken
# for a listed first name that is no everyday word, anywhere in the text (at a note's start,
# SLOT_BRACKET_RE takes any word).
ROLE_BRACKET_RE = factored.compile(
    r"\([ \t]*(?:sw|dsl|ddsl|senco|lado|pcso|parent|mum|mam|dad|carer|foster[ \t]+carer|"
    r"childminder|teacher|head|headteacher|tutor|yw|youth[ \t]+worker|social[ \t]+worker|"
    r"nurse|governor|caller|(?:[a-z]+[ \t]+)?(?:lead|leader))\b",
    re.I,
)
# The writer's own name in brackets after "me": "contact me (beth) or ...".
ME_BRACKET_RE = run_start(r"\b(?:me|myself)[ \t]*\((?P<w>[a-z][a-z'’\-]*[a-z])\)")
ME_BRACKET_MAX_ZIPF = 5.0
# The verb after a blank (the blank stands just before each match), tried only where one of
# the verbs opens a run of word characters.
SLOT_CALL_VERB_RE = run_start(r"(?<=[ \t])(?:rang|rung|called|phoned|emailed|asked)\b")
SLOT_NOTE_FROM_RE = factored.compile(
    r"(?:^|[-–:][ \t]+)(?P<w>[a-z][a-z'’\-]*[a-z])[ \t]+(?:@|from|at)[ \t]+[^\n.;()]{2,40}?\Z",
    re.M,
)
# Found from the bracket ("(mum)"), the word before it looked at after.
SLOT_FAMILY_BRACKET_RE = factored.compile(
    r"\((?:mum|mam|mom|dad|nan|nana|gran|grandma|grandad|auntie|aunty|aunt|uncle|"
    r"step-?(?:mum|dad)|carer|foster[ \t]+carer|sw|social[ \t]+worker|pcso|dsl|deputy[ \t]+dsl|"
    r"senco|teacher|head|youth[ \t]+worker|parent|grandma|grandparent|foster[ \t]+mum|"
    r"foster[ \t]+dad|pastoral[ \t]+lead)\)"
)
SLOT_WORD_BEFORE_RE = factored.compile(r"(?<![\w'’\-])[a-z][a-z'’\-]*[a-z][ \t]*\Z")
SLOT_BRACKET_HINT_RE = factored.compile(
    r"\b(?:mr|mrs|ms|miss|dr|pc|pcso|dsl|ddsl|senco|head|teacher|deputy|foster|carer|social|"
    r"worker|mum|dad|nan|police|primary|junior|juniors|infants?|school|academy|high|college|"
    r"sw|lado)\b"
)
# A short name and the full one in brackets after it, in lower case: "jack (jack milburn,
# year 7)", "rich (richard oyelowo)", "hope (hope adeyinka yr 7 ...)".
SHORT_THEN_FULL_RE = factored.compile(
    r"(?<![\w'’\-])(?P<a>[a-z][a-z'’\-]+)[ \t]+"
    r"\((?P<n>[a-z]{2,}(?:[ \t]+[a-z][a-z'’\-]*[a-z]){1,2})"
    r"(?=[ \t]*[),;]|[ \t]+(?:yr|year|y)[ \t]?\d)"
)
# SHORT_THEN_FULL_RE's first word: its letters, apostrophes and hyphens.
SHORT_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz'’-")


def _short_then_full(text: str) -> Iterator[re.Match[str]]:
    """SHORT_THEN_FULL_RE.finditer(text): the same matches, found from each "(".

    A match holds one "(" with blanks and a word before it, and can start only where that
    word's run of [a-z'’-] starts (inside the run the look-behind fails): the pattern is tried
    there once per bracket, not at every lower-case letter of the text.
    """
    end = 0
    bracket = text.find("(")
    while bracket >= 0:
        start = bracket
        while start > end and text[start - 1] in " \t":
            start -= 1
        if start < bracket:
            while start > end and text[start - 1] in SHORT_WORD_CHARS:
                start -= 1
            m = SHORT_THEN_FULL_RE.match(text, start)
            if m is not None:
                end = m.end()
                yield m
        bracket = text.find("(", bracket + 1)


# "the lad is rocky 14", "her son is dev (y9)": a child named, then their age or year group.
CHILD_IS_NAME_AGE_RE = run_start(
    r"\b(?:lad|lass|boy|girl|son|daughter|child|kid|pupil|student|nephew|niece)[ \t]+is[ \t]+"
    r"(?P<w>[a-z][a-z'’\-]*[a-z])[ \t]*,?[ \t]*\(?(?:1[0-8]|[4-9]|y(?:ear|r)?[ \t]?\d{1,2})\b"
)
# A child's name after their year group in a note: "year 8 tyler being called ...".
YEAR_GROUP_NAME_RE = factored.compile(
    r"\b(?:year|yr|y)[ \t]?\d{1,2}[ \t]+(?P<w>[a-z][a-z'’\-]*[a-z])\b(?!['’]s\b)"
)
BRACKETED_FULL_NAME_RE = factored.compile(r"[ \t]*\((?P<n>[a-z]{2,}(?:[ \t]+[a-z]{2,}){0,2})\)")
SLOT_MAX_ZIPF = 5.5  # above this a word is grammar ("will", "said", "them"), unless listed
SLOT_NOT_NAMES = word_set(
    "bf gf ex bff mate mates lad lads girl boy kid kids child yp cyp student pupil teacher "
    "called rang said says asked has had have was were is are did does the and but then "
    "also too again back not now very just only still caller callers carer carers parent "
    "parents worker admin office victim unsure upset worried concerned anxious "
    "shes hes im ive didnt doesnt dont wont wouldnt couldnt cant isnt wasnt"
)
# After a slot's name, mentions of the same word stand as a name where a verb or a
# possessive follows ("faye disagrees", "mark to email", "cliff says"), or alone on a line
# (a sign-off), and never after a determiner ("saw a robin", "the cliff path").
SLOT_REPEAT_NEXT_RE = factored.compile(
    r"[ \t]+(?:says|said|to[ \t]+[a-z]+|has|had|is|was|will|would|wants|wanted|disagrees|"
    r"agrees|agreed|saw|rang|called|asked|happy|reported|thinks|thought|sent|showed|not|"
    r"can|could|doesn't|didn't|does|did|knows|feels|felt|told|explained|confirmed)\b"
    r"|['’]s\b|[ \t]*\n|[ \t]*\Z|[ \t]*[,&]"
)
SLOT_REPEAT_PREV_RE = factored.compile(
    r"(?:\b(?:a|an|the|his|her|my|your|our|their|its|some|no|any|"
    r"not|so|too|very|more|most|of|in|on|per|bit|quite|really)[ \t]+"
    r"|[\"“'‘])\Z"
)


SLOT_SURNAME_NEXT_RE = factored.compile(
    r"[ \t]+(?P<s>(?:o['’]|mc|mac)?[a-z][a-z'’\-]*[a-z])(?=[ \t]*(?:[,;\n(]|\d|\Z))"
)
SURNAME_MAX_ZIPF = 3.6


def _surname_like(w: str, lex: Lexicon, table: dict[str, float]) -> bool:
    """A lower-case word that can be a surname: "o'leary", "mcdade", a listed surname, or one
    English hardly knows ("oyelowo"); no grammar or word that must survive."""
    if w in SLOT_NOT_NAMES or w in TITLES or w in RELATION_WORDS:
        return False
    if w.startswith(("o'", "o’")) and len(w) > 3:
        return True
    if w in lex.protected and w not in lex.surnames:
        return False
    return w in lex.surnames or zipf_of(w, table) < SURNAME_MAX_ZIPF


def _listed_first_name(w: str, lex: Lexicon) -> bool:
    """A listed first name that is no everyday word and nothing that must survive."""
    return lex.any_first_name(w) and not (
        w in lex.ambiguous or w in lex.protected or w in lex.context_only
    )


def _slot_word_ok(w: str, lex: Lexicon, table: dict[str, float]) -> bool:
    if w in SLOT_NOT_NAMES or w in TITLES or w in RELATION_WORDS:
        return False
    listed = lex.any_first_name(w) or w in lex.surnames
    if w in lex.protected and not listed:
        return False
    if not listed and (w.endswith(("ed", "ing", "n't", "n’t")) or w in IRREGULAR_VERBS):
        return False
    if not listed and w.endswith("s") and zipf_of(w, table) >= 3.0:
        return False  # "worker notes", "technician tries"
    return zipf_of(w, table) < SLOT_MAX_ZIPF or (listed and w not in lex.protected)


def _call_note_slots(text: str, people: list[Entity], masked: bytearray) -> list[Entity]:
    if len(lowered(text)) != len(text):
        return []
    lex = lexicon()
    table = zipf_table()
    spans: list[tuple[int, int]] = []
    found_early: list[Entity] = []
    for m in SLOT_ROLE_RE.finditer(text):
        s, e = m.span("w")
        if zipf_of(m.group("w"), table) >= (
            SLOT_IS_KNOWN_ZIPF
            if text[m.start() : s].rstrip(" \t:").endswith("is")
            else SLOT_COMMON_ZIPF
        ) and not lex.any_first_name(m.group("w")):
            continue  # "mum is aware", "carers aware a referral": a common word, no name
        # "caller: bernie walsh 0161 ...", "caller: des o'leary, youth worker": the surname too.
        nxt = SLOT_SURNAME_NEXT_RE.match(text, e)
        if nxt is not None and _surname_like(nxt.group("s"), lex, table):
            e = nxt.end("s")
        spans.append((s, e))
    for m in CLUB_ROLE_RE.finditer(text):
        w = m.group("w")
        s, e = m.span("w")
        if w.endswith(("'s", "’s")):
            w, e = w[:-2], e - 2  # "coach trevor's asked him": the name without its 's
        if _listed_first_name(w, lex) or (
            zipf_of(w, table) < RELATION_RARE_ZIPF and _slot_word_ok(w, lex, table)
        ):
            spans.append((s, e))
    for m in SLOT_BRACKET_RE.finditer(text) if "(" in text else ():
        if not SLOT_BRACKET_HINT_RE.search(m.group("r").lower()):
            continue
        before = SLOT_NOTE_WORD_RE.search(text, max(0, m.start() - 40), m.start())
        if before is not None:
            spans.append(before.span("w"))
    for m in ROLE_BRACKET_RE.finditer(text) if "(" in text else ():
        before = SLOT_WORD_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        if before is not None:
            word = before.group(0).rstrip(" \t")
            # A first name that is also a word as well ("patience (childminder)", "grace
            # (parent)"): a bracket naming someone's role follows a person, not a word.
            if _listed_first_name(word, lex) or (
                word in lex.first_names and word in lex.ambiguous and word not in lex.protected
            ):
                spans.append((before.start(), before.start() + len(word)))
    for m in ME_BRACKET_RE.finditer(text) if "(" in text else ():
        w = m.group("w")
        if _slot_word_ok(w, lex, table) and zipf_of(w, table) < ME_BRACKET_MAX_ZIPF:
            spans.append(m.span("w"))  # "contact me (beth)", "led by me (jo)"
    for m in SLOT_CALL_VERB_RE.finditer(text):
        blank = m.start() - 1
        before = SLOT_NOTE_FROM_RE.search(text, max(0, blank - 80), blank)
        if before is not None:
            spans.append(before.span("w"))
    for m in SLOT_FAMILY_BRACKET_RE.finditer(text) if "(" in text else ():
        before = SLOT_WORD_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        if before is not None:
            word = before.group(0).rstrip(" \t")
            spans.append((before.start(), before.start() + len(word)))
    for m in _short_then_full(text):
        short, full = m.group("a"), m.group("n").split()
        if full[0][:3] != short[:3] or not all(_surname_like(w, lex, table) for w in full[1:]):
            continue
        # "will (will harding)", "rich (richard oyelowo)": the short name and the full one,
        # whatever the words mean elsewhere (a part found already is taken into the whole).
        for s, e in (m.span("a"), m.span("n")):
            found_early.append(Entity(s, e, "PERSON"))
            masked[s:e] = b"\x01" * (e - s)
    for m in CHILD_IS_NAME_AGE_RE.finditer(text) if " is " in text else ():
        spans.append(m.span("w"))
    for m in YEAR_GROUP_NAME_RE.finditer(text) if "y" in text else ():
        w = m.group("w")
        if lex.any_first_name(w) or (zipf_of(w, table) < 3.0 and w not in lex.protected):
            spans.append(m.span("w"))
    for p in people:
        b = BRACKETED_FULL_NAME_RE.match(text, p.end)
        if b is not None:
            s, e = b.span("n")
            if text[p.start : p.start + 2].lower() != text[s : s + 2]:
                continue
            if not any(w in lex.protected or w in SLOT_NOT_NAMES for w in b.group("n").split()):
                spans.append((s, e))
    found: list[Entity] = list(found_early)
    words: set[str] = {w for ent in found_early for w in text[ent.start : ent.end].split()}
    person_chars = bytearray(len(text))
    for p in people:
        person_chars[p.start : p.end] = b"\x01" * (p.end - p.start)
    for s, e in spans:
        w = text[s:e]
        if masked.find(1, s, e) >= 0 and (
            " " not in w or any(masked[k] and not person_chars[k] for k in range(s, e))
        ):
            continue  # taken by another finding; but a full name takes in a part found
        if not all(_slot_word_ok(x, lex, table) for x in w.split()):
            continue
        found.append(Entity(s, e, "PERSON"))
        masked[s:e] = b"\x01" * (e - s)
        words.update(w.split())
    return found + _lower_repeats(text, words, masked)


# Slots only a person fills, found from their brackets, dashes and verbs:
# - a word and an age in brackets: "gift (14) is scared" (AGE_BRACKET_RE after the word);
# - a name opening a bracket before a year group or an age: "(Hope, Y10)", "(kai, 14)";
# - a role, a comma and a name in a bracket: "(youth worker, dom)";
# - a relation and a name in brackets: "her ex (brandon)", "his mate (kyle)";
# - a role in a bracket after a listed name: "staff member rich (ICT tech)" (ROLE_BRACKET_RE);
# - the writer's name after a dash at the text's end: "... on myconcern? – will", "– ash
#   (worker)"; a worker's name closing the note: "Worker morven.".
NAME_AGE_BRACKET_RE = factored.compile(
    r"\([ \t]*(?P<w>[A-Za-z][a-z'’\-]*[a-z])[ \t]*,[ \t]*"
    r"(?:(?:y|yr|year|s|p)[ \t]?\d{1,2}|\d{1,2}(?:[ \t]*(?:yrs?|y/?o))?)[ \t]*[),]",
    re.I,
)
NOT_NAMES_BEFORE_AGE = word_set(
    "twins both siblings brothers sisters cousins male female age aged approx about under over "
    "around nearly"
)
ROLE_THEN_NAME_BRACKET_RE = factored.compile(
    r"\([ \t]*(?:youth[ \t]+worker|social[ \t]+worker|support[ \t]+worker|key[ \t]+worker|sw|yw|"
    r"dsl|ddsl|senco|teacher|tutor|parent|mum|dad|carer|foster[ \t]+carer|caller|worker|coach|"
    r"nurse|pcso|officer|manager|volunteer|(?:[a-z]+[ \t]+)?lead)[ \t]*,[ \t]*"
    r"(?P<w>[a-z][a-z'’\-]*[a-z])[ \t]*\)",
    re.I,
)
# Both looked at from each "(": the relation before it, the staff role inside it.
RELATION_BEFORE_BRACKET_RE = factored.compile(
    r"(?<![\w'’\-])(?:ex|bf|gf|boyfriend|girlfriend|brother|sister|cousin|mum|dad|friend|mate|"
    r"son|daughter|uncle|auntie|aunty|nan|step-?dad|step-?mum|partner|bestie|bff)[ \t]*\Z",
    re.I,
)
NAME_IN_BRACKET_RE = factored.compile(r"\([ \t]*(?P<w>[a-z][a-z'’\-]*[a-z])[ \t]*\)", re.I)
STAFF_ROLE_IN_BRACKET_RE = factored.compile(
    r"\([ \t]*(?:[a-z]+[ \t]+)?(?:tech|technician|ta|lsa|caretaker|cleaner|receptionist|coach|"
    r"assistant|cover|supply|pe|it|ict)\b",
    re.I,
)
CLOSING_DASH_NAME_RE = factored.compile(
    r"(?:^|[\s.?!])[-–—~][ \t]*(?P<w>[a-z][a-z'’\-]*[a-z])"
    r"(?P<r>[ \t]*\([ \t]*[a-z][a-z \t]{1,20}\))?[ \t.!]*\Z"
)
CLOSING_WORKER_NAME_RE = factored.compile(
    r"\b(?:worker|call[ \t]+handler|handler|advisor|adviser|practitioner)[ \t]*:?[ \t]+"
    r"(?P<w>[a-z][a-z'’\-]*[a-z])[ \t]*\.?[ \t]*\Z",
    re.I,
)
# A listed first name opening a note's line, after its time, before "from"/"at"/"@" and a
# setting or a body found already: "10.45 frank from holy trinity (deputy dsl)".
NOTE_START_FROM_RE = LineStart(
    r"^[ \t]*(?:\d{1,2}[.:]\d{2}[ \t]*(?:[-–][ \t]*)?)?(?P<w>[a-z][a-z'’\-]*[a-z])[ \t]+"
    r"(?:from|at|@)[ \t]+",
    re.M,
)
# What a note's last word after a dash says when it names no one.
CLOSING_NOT_NAMES = word_set(
    "thanks thank cheers ta thx urgent asap done sorted closed nfa ok okay resolved pending "
    "tbc logged escalated ongoing update updated again please pls advised noted none unknown "
    "yes no maybe help"
)
# A sign-off on the last line of a text after its last sentence, with no line of its own:
# "... out of 10. Thanks, Folake", "a stranger joined. Thanks, Pip", "I think. - Dympna".
INLINE_SIGN_OFF_RE = factored.compile(
    r"(?:^|[.?!)][ \t]+)(?:(?:many[ \t]+|kind[ \t]+|best[ \t]+)?(?:thanks|thank[ \t]+you|"
    r"regards|wishes)|cheers|ta|thx)[ \t]*[,.!]?[ \t]+|(?:^|[.?!)][ \t]+)[-–—~][ \t]*",
    re.I,
)
INLINE_SIGN_OFF_NAME_RE = factored.compile(
    r"(?P<n>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)?)[ \t.!]*\Z"
)
SIGN_OFF_NOT_NAMES = word_set("all everyone everybody team again guys folks both")


def _inline_sign_off(text: str, masked: bytearray) -> list[Entity]:
    """The name signed after a text's last sentence on its last line (code-point offsets),
    when no character of it is found already (masked is updated): each word a listed name or
    a word English hardly knows, none protected unless listed, a town only if listed."""
    line_start = text.rfind("\n", 0, len(text.rstrip())) + 1
    name = INLINE_SIGN_OFF_NAME_RE.search(text, line_start)
    if name is None:
        return []
    s, e = name.span("n")
    opening = INLINE_SIGN_OFF_RE.search(text, max(line_start, s - 24), s)
    if opening is None or opening.end() != s or masked.find(1, s, e) >= 0:
        return []
    lex = lexicon()
    table = zipf_table()
    for word in name.group("n").split():
        w = word.lower()
        listed = lex.any_first_name(w) or w in lex.surnames
        if w in SIGN_OFF_NOT_NAMES or w in CLOSING_NOT_NAMES or w in TITLES:
            return []
        if not listed and (w in lex.protected or w in towns() or zipf_of(w, table) >= 3.0):
            return []
    masked[s:e] = b"\x01" * (e - s)
    return [Entity(s, e, "PERSON")]


SLOT_P_AGE_MAX_ZIPF = 5.0
SLOT_P_CLOSING_MAX_ZIPF = 4.0


NUMBER_IN_BRACKET_RE = factored.compile(r"\([ \t]*(\d{1,2})[ \t]*\)")


def _numbering(text: str, bracket: int) -> bool:
    """Whether the bracket at text[bracket] numbers a list's items rather than giving an age:
    a bare number that the next bracket after it counts on from ("Kindly advise (1) whether
    ... (2) how")."""
    m = NUMBER_IN_BRACKET_RE.match(text, bracket)
    if m is None:
        return False
    after = NUMBER_IN_BRACKET_RE.search(text, m.end())
    return after is not None and int(after.group(1)) == int(m.group(1)) + 1


def _round_p_slots(text: str, masked: bytearray) -> list[Entity]:
    """Words in the slots above, as PERSON spans (code-point offsets); characters found
    already (masked) are left, and masked is updated. A word must pass _slot_word_ok (no
    grammar, verb or protected word unless listed as a name) and, where anything could stand
    ("gift (14)", "(youth worker, dom)", "her ex (brandon)"), be no commoner than Zipf 5.0
    nor follow a determiner ("a gift (14)"); at a text's end after a dash, a listed first name
    ("– will") or a word English hardly knows (under Zipf 4.0), or one before a role in
    brackets ("– ash (worker)"), none of CLOSING_NOT_NAMES ("– urgent", "- thanks")."""
    if "(" not in text and "–" not in text and "-" not in text and "orker" not in text:
        return []
    lex = lexicon()
    table = zipf_table()
    spans: list[tuple[int, int]] = []

    def free_word(w: str, s: int) -> bool:
        return (
            _slot_word_ok(w.lower(), lex, table)
            and zipf_of(w.lower(), table) < SLOT_P_AGE_MAX_ZIPF
            and SLOT_REPEAT_PREV_RE.search(text, max(0, s - 12), s) is None
        )

    if "(" in text:
        bracket = text.find("(")
        while bracket >= 0:
            before = SLOT_WORD_BEFORE_RE.search(text, max(0, bracket - 40), bracket)
            if before is not None:
                w = before.group(0).rstrip(" \t")
                s = before.start()
                if (
                    AGE_BRACKET_RE.match(text, s + len(w))
                    and free_word(w, s)
                    and not _numbering(text, bracket)
                ):
                    spans.append((s, s + len(w)))  # "gift (14)"
                elif (
                    w in lex.first_names
                    and w not in lex.protected
                    and STAFF_ROLE_IN_BRACKET_RE.match(text, bracket)
                ):
                    spans.append((s, s + len(w)))  # "staff member rich (ICT tech)"
            inside = NAME_IN_BRACKET_RE.match(text, bracket)
            if (
                inside is not None
                and RELATION_BEFORE_BRACKET_RE.search(text, max(0, bracket - 16), bracket)
                and free_word(inside.group("w"), inside.start("w"))
            ):
                spans.append(inside.span("w"))  # "her ex (brandon)"
            bracket = text.find("(", bracket + 1)
        for m in NAME_AGE_BRACKET_RE.finditer(text):
            w = m.group("w").lower()
            if w not in lex.protected and (
                lex.any_first_name(w)
                or (
                    m.group("w")[0].isupper()
                    and w not in SPEAKER_ROLES
                    and w not in RELATION_WORDS
                    and w not in NOT_NAMES_BEFORE_AGE
                )
            ):
                # "(Hope, Y10)", "(Ash, 15, they/them)"; not "(mentee, 16)", "(Male, 15)"
                spans.append(m.span("w"))
        for m in ROLE_THEN_NAME_BRACKET_RE.finditer(text):
            if free_word(m.group("w"), m.start("w")):
                spans.append(m.span("w"))  # "(youth worker, dom)"
    if " from " in text or " at " in text or "@ " in text:
        for m in NOTE_START_FROM_RE.finditer(text):
            w = m.group("w")
            if masked[m.end() : m.end() + 1] == b"\x01" and (
                lex.any_first_name(w) and w not in lex.protected and w not in SLOT_NOT_NAMES
            ):
                spans.append(m.span("w"))  # "frank from holy trinity"
    tail = CLOSING_DASH_NAME_RE.search(text, max(0, len(text) - 60))
    if tail is not None:
        w = tail.group("w")
        if w not in CLOSING_NOT_NAMES and (
            lex.any_first_name(w)
            or (
                _slot_word_ok(w, lex, table)
                and (tail.group("r") is not None or zipf_of(w, table) < SLOT_P_CLOSING_MAX_ZIPF)
            )
        ):
            spans.append(tail.span("w"))  # "– will", "– ash (worker)"
    worker = CLOSING_WORKER_NAME_RE.search(text, max(0, len(text) - 40))
    if worker is not None and worker.group("w") not in CLOSING_NOT_NAMES:
        w = worker.group("w")
        if _slot_word_ok(w, lex, table) and zipf_of(w, table) < SLOT_P_CLOSING_MAX_ZIPF:
            spans.append(worker.span("w"))  # "Worker morven."
    found = []
    for s, e in spans:
        if masked.find(1, s, e) >= 0:
            continue
        found.append(Entity(s, e, "PERSON"))
        masked[s:e] = b"\x01" * (e - s)
    return found


def _lower_repeats(text: str, words: Iterable[str], masked: bytearray) -> list[Entity]:
    """Other mentions of lower-case names found in a note ("bill (dsl) rang ... bill will
    send"): a word English uses often only before what a person does or says, never after a
    determiner or an intensifier ("the bill", "so frank")."""
    table = zipf_table()
    found = []
    for w in words:
        for m in re.finditer(r"(?<![\w@./#'’\-])" + re.escape(w) + r"(?![\w@#'’\-]|\.\w)", text):
            s, e = m.span()
            if masked.find(1, s, e) >= 0:
                continue
            if SLOT_REPEAT_PREV_RE.search(text, max(0, s - 12), s):
                continue
            if zipf_of(w, table) >= REPEAT_COMMON_ZIPF and not SLOT_REPEAT_NEXT_RE.match(text, e):
                continue
            found.append(Entity(s, e, "PERSON"))
            masked[s:e] = b"\x01" * (e - s)
    return found


# A name filling a labelled field or signed above a role, taken whole whatever its words
# mean elsewhere: "LADO: Ivy Bramhall.", "NAME OKONJO, CHIDI", "THE CARER IS JUNE BELL.",
# "Designated lead: Sky Farrow", "DSL R. Amis"; a line of two or three capitalised words
# with a role on the line below or after " / " ("Dale Ford\nLADO", "Dale Ford / DSL").
# A form's field for one part of a name, filled with one word as often as more: "Surname:
# Abrahams", "First name: Hope".
SINGLE_NAME_LABELS = (
    "surname",
    "last name",
    "family name",
    "first name",
    "forename",
    "forenames",
    "given name",
    "preferred name",
)
# A form's fields for the child that are labels only before a colon ("Pupil: Bailey
# Whitfield"; not "pupil Premium", "Individual Needs").
COLON_NAME_LABELS = ("pupil", "student", "learner", "individual")
NAME_LABELS = (
    "name",
    "full name",
    "your name",
    *(f"{w}'s name" for w in ("child", "parent", "carer")),
    *(f"{w}s name" for w in ("child", "parent", "carer")),
    *(
        f"{the}{w} is"
        for the in ("", "the ")
        for w in ("parent", "carer", "mum", "dad", "mother", "father", "child", "caller")
    ),
    # A form's fields for the family: "Parent name: Gheorghe Moldovan", "Child: Ionela
    # Moldovan, 11", "Name of child: Nana Yaw".
    "parent name",
    "child name",
    "carer name",
    "name of child",
    "name of parent",
    "name of young person",
    "child",
    "young person",
    "parent/carer",
    "referrer is",
    "sw is",
    "sw",
    "social worker",
    "lado",
    "dsl",
    "deputy dsl",
    "designated lead",
    "caller",
    "referrer",
    "contact",
    "officer",
    "pcso",
    "senco",
    "head",
    "headteacher",
    "staff member",
    "chair",
    *SINGLE_NAME_LABELS,
    *COLON_NAME_LABELS,
)
# Found from the label in the lower-cased text (a trie the regex engine can skip to), then
# the name is matched in the text as written and the label's start is checked: a line's
# start, after a sentence or after " - ".
NAME_LABEL_LOW_RE = run_start(
    r"\b(?:"
    + trie_regex(
        NAME_LABELS, lambda c: r"[ \t]+" if c == " " else ("['’]" if c == "'" else re.escape(c))
    )
    # A web form's note before the colon: "name (optional): mo", "surname (if known):".
    + r")(?:[ \t]*\((?:optional|if[ \t]+known|if[ \t]+you[ \t]+want)\))?"
    r"(?:[ \t]*(?P<colon>:)[ \t]*|[ \t]+)"
)
# Another field on the same line after a wide gap: "Pupil: Bailey Whitfield   Class: Willow".
NEXT_FIELD = r"[ \t]{2,}[A-Z][\w'’\-]*(?:[ \t][\w'’\-]+){0,2}[ \t]*:|\t"
NAME_LABEL_VALUE_RE = factored.compile(
    # After a comma a word, not a year group or a sex ("Child: Kayla Reid, S4", "..., F, 14").
    r"(?:[A-Z]\.[ \t]?|[A-Z][\w'’\-]*)(?:,[ \t]{1,2}(?:[A-Z]\.|[A-Z][a-zA-Z][\w'’\-]*)"
    r"|[ \t]{1,2}(?:[A-Z]\.|[A-Z](?!\d)[\w'’\-]*)){1,3}"
    r"(?=[ \t]*(?:[.,;()\n]|[ \t]/|\Z)|" + NEXT_FIELD + ")"
)
ONE_WORD_NAME_VALUE_RE = factored.compile(
    r"[A-Z][\w'’\-]*(?=[ \t]*(?:[,;()\n]|\Z)|" + NEXT_FIELD + ")"
)
NAME_LABEL_START_RE = factored.compile(r"(?:^|[.\n]|[.!?][ \t]|[ \t][-–][ \t])[ \t>*]*\Z", re.M)
SIGNED_ROLE_RE = LineStart(
    r"^[ \t]*(?P<n>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,2})[ \t]*(?:\n|[ \t]/[ \t]|,[ \t])"
    r"[ \t]*(?i:(?:deputy[ \t]+)?(?:lado|dsl|ddsl|senco|pcso|headteacher|head[ \t]+teacher|"
    r"designated[ \t]+safeguarding[ \t]+(?:lead|officer)|safeguarding[ \t]+lead|"
    r"social[ \t]+worker|youth[ \t]+worker|pastoral[ \t]+lead|head[ \t]+of[ \t]+year\b))",
    re.M,
)
BARE_LABEL_MAX_ZIPF = 4.5
# A form's name field filled in lower case, the value alone on its line or before a comma or
# a bracket: "name: lorraine pike", "Name: dave bush (dad)". Taken whole when its first word
# is a listed first name (see _lower_label_value).
LOWER_NAME_VALUE_RE = factored.compile(
    r"[a-z][\w'’\-]*(?:[ \t]+[a-z][\w'’\-]*){0,3}(?=[ \t]*(?:[,;(\n]|\Z))"
)
# Words of a lower-case value that end the name before them ("sue from the school"): English
# uses them this often and no name list holds them.
LOWER_VALUE_STOP_ZIPF = 5.5


@cache
def _origin_words() -> frozenset[str]:
    """Countries and nationalities (data/countries.txt, data/nationalities.txt), which are
    surnames too after a first name in a name's field."""
    return read_words("countries.txt") | nationalities()


def _label_matches(text: str) -> list[tuple[int, int, str]]:
    """(start, end, the label as matched, lower-cased) of each name after a label."""
    low = lowered(text)
    if len(low) != len(text):
        return []
    out = []
    for m in NAME_LABEL_LOW_RE.finditer(low):
        s = m.start()
        if s > 0 and NAME_LABEL_START_RE.search(text, max(0, s - 8), s) is None:
            continue
        if m.group("colon") is None and m.group(0).strip() in COLON_NAME_LABELS:
            continue
        value = NAME_LABEL_VALUE_RE.match(text, m.end())
        if value is None and m.group("colon") and _single_name_label(m.group(0)):
            value = ONE_WORD_NAME_VALUE_RE.match(text, m.end())
        if value is not None:
            out.append((value.start(), value.end(), m.group(0)))
        elif m.group("colon") and "name" in m.group(0):
            end = _lower_label_value(text, m.end())
            if end is not None:
                out.append((m.end(), end, m.group(0)))
    return out


def _single_name_label(label: str) -> bool:
    return label.rstrip(": \t").replace("\t", " ") in SINGLE_NAME_LABELS


def _lower_label_value(text: str, start: int) -> int | None:
    """The end of a name field's lower-case value that starts at `start`, or None: its first
    word on a first-name list, its words up to the first one English uses very often and no
    name list holds ("sue from school" -> "sue"); None for "not given", "anon", "n/a"."""
    value = LOWER_NAME_VALUE_RE.match(text, start)
    if value is None:
        return None
    lex = lexicon()
    table = zipf_table()
    words = list(re.finditer(r"\S+", value.group(0)))
    if not lex.any_first_name(words[0].group(0)):
        return None
    end = start + words[0].end()
    for w in words[1:]:
        word = w.group(0)
        listed = lex.any_first_name(word) or word in lex.surnames
        if not listed and zipf_of(word, table) >= LOWER_VALUE_STOP_ZIPF:
            break
        end = start + w.end()
    return end


# A short name or nickname in lower case a writer glosses with the full name: "will =
# William Shaw", "jess m = Jessica Mount", "mark = her brother Mark Adebayo", '"sav"
# (Savannah Brooks, 15)', "dom is Dominic Reyes". Found from the full name after "=", "is"
# or a bracket, the short name read back from it; it opens the first name (two letters).
GLOSS_RE = factored.compile(
    r"(?:=|\bis\b|\()[ \t]*(?:(?:her|his|their|my|our)[ \t]+[a-z]+[ \t]+)?"
    r"(?P<f>[A-Z][a-z'’\-]+)[ \t]+[A-Z]"
)
GLOSSED_BEFORE_RE = factored.compile(
    r"(?<![\w@#.'’\-])[\"“]?(?P<a>[a-z][a-z'’\-]{1,14}(?:[ \t][a-z])?)[\"”]?[ \t]*\Z"
)
GLOSSED_WORD_MIN_ZIPF = 4.0
NOT_GLOSSED = word_set(
    "this that these those there the then he she her his him it its they who name nickname username"
)


# A nickname or the names someone goes by given in a form's field, one or a few: "Nickname:
# Bean", "Known as: Chi", "Preferred name: Kit", "Known as: Chan / Telly".
_NICKNAME = r"[A-Za-z][\w'’\-]{0,24}"
NICKNAME_FIELD_RE = factored.compile(
    r"^[ \t]*(?i:nick[ \t]?names?|known[ \t]+as|preferred[ \t]+name|goes[ \t]+by)[ \t]*:[ \t]*"
    r"(?P<v>" + _NICKNAME + r"(?:[ \t]*(?:/|,|&|\bor\b)[ \t]*" + _NICKNAME + r"){0,3})[ \t]*$",
    re.M,
)
NICKNAME_RE = factored.compile(_NICKNAME)


def _nickname_fields(text: str, masked: bytearray) -> list[Entity]:
    """Nicknames given in a form's field (NICKNAME_FIELD_RE), each of two letters or more,
    masked as they are taken."""
    found = []
    if ":" in text and ("ame" in text or " as" in text or " by" in text):
        for field in NICKNAME_FIELD_RE.finditer(text):
            for m in NICKNAME_RE.finditer(text, field.start("v"), field.end("v")):
                s, e = m.span()
                if e - s >= 2 and m.group() != "or" and masked.find(1, s, e) < 0:
                    found.append(Entity(s, e, "PERSON"))
                    masked[s:e] = b"\x01" * (e - s)
    return found


# A form's field of children with their ages, written in lower case as a parent types it:
# "kids: liberty 13 and tiger 10", "children: ava (9), rocco (6)".
KIDS_FIELD_RE = factored.compile(
    r"^[ \t]*(?i:kids|children|my[ \t]+kids|sons|daughters|siblings)[ \t]*:"
    r"[ \t]*(?P<v>[^\n]{1,120})$",
    re.M,
)
KID_AGE_RE = factored.compile(
    r"(?<![\w'’\-])(?P<n>[a-z][a-z'’\-]{1,20})[ \t]*(?:,[ \t]*|\([ \t]*|[ \t])(?:aged?[ \t]*)?"
    r"\d{1,2}(?!\d)"
)
# Or in a bracket after the word, perhaps counted: "mum + 2 kids (shanice 13, dovydas 8)".
_KID_AGE = r"[a-z][a-z'’\-]{1,20}[ \t]*,?[ \t]*(?:aged?[ \t]*)?\d{1,2}"
KIDS_BRACKET_RE = factored.compile(
    r"\b(?i:kids|children|sons|daughters|siblings)[ \t]*\("
    r"(?P<v>" + _KID_AGE + r"(?:[ \t]*(?:,|&|and)[ \t]*" + _KID_AGE + r"){0,5})\)"
)
# Where a form's field of children may be: a field word before a colon or a bracket (a cheap
# test first).
KIDS_HINT_RE = factored.compile(r"(?i:kids|children|sons|daughters|siblings)[ \t]*[:(]")
NOT_KIDS = word_set(
    "age aged and year yr y years months boy girl son daughter twins is are born dob on in of "
    "boys girls kids children two three four five both"
)


def _kids_fields(text: str, masked: bytearray) -> list[Entity]:
    """Children named with their ages in a form's field (KIDS_FIELD_RE) or a bracket after
    the word (KIDS_BRACKET_RE), masked as taken."""
    found = []
    for field in (*KIDS_FIELD_RE.finditer(text), *KIDS_BRACKET_RE.finditer(text)):
        for m in KID_AGE_RE.finditer(text, field.start("v"), field.end("v")):
            s, e = m.span("n")
            if m.group("n") not in NOT_KIDS and masked.find(1, s, e) < 0:
                found.append(Entity(s, e, "PERSON"))
                masked[s:e] = b"\x01" * (e - s)
    return found


# An alias a writer glosses with "=" and the full name: a chat's display name, a game's
# colour, a name and an initial ("Pink = Madison Bright", "Mo Science = Mohammed Rafiq",
# "Kasia L = Katarzyna Lis"), opening a line or after a colon, a semicolon or a bracket. Not a
# role or a relation ("DSL = Jo Reid", "Mum = Sara Bello"); a single letter is a child's
# (LETTER_ALIAS_RE).
EQUALS_ALIAS_RE = factored.compile(
    r"(?:^|[:;(][ \t]*)[ \t]*[\"“]?(?P<a>[A-Z][\w'’.\-]*(?:[ \t][A-Z][\w'’.\-]*){0,2})[\"”]?"
    r"[ \t]*=[ \t]*[A-Z][a-z'’\-]+[ \t]+[A-Z]",
    re.M,
)


def _equals_aliases(text: str, masked: bytearray) -> list[Entity]:
    """Aliases glossed with "=" and a full name (EQUALS_ALIAS_RE), there (whatever another
    finder took of it) and wherever the text writes them again as written; masked as they are
    taken."""
    aliases = set()
    found = []
    for m in EQUALS_ALIAS_RE.finditer(text):
        alias = m.group("a")
        words = alias.lower().split()
        if len(alias) < 2 or any(
            w in SPEAKER_ROLES or w in RELATION_WORDS or w in TITLES or w in acronyms()
            for w in words
        ):
            continue
        aliases.add(alias)
        s, e = m.span("a")
        found.append(Entity(s, e, "USERNAME"))  # over what another finder took of it
        masked[s:e] = b"\x01" * (e - s)
    for s, e in recurrences(text, sorted(aliases), r"(?<![\w@.'’\-])", r"(?![\w@'’\-])", masked):
        found.append(Entity(s, e, "USERNAME"))
        masked[s:e] = b"\x01" * (e - s)
    return found


# A group chat's notice of who came and went, a line of its own in a transcript: "Hope M
# left", "Pauline Oyebanji left", "Jaz 💅 joined using this group's invite link", "Tariq was
# removed", "[19:05] Kwame A removed Ola.B". Capitalised words or a handle, not a pronoun, a
# role or "Everyone".
MEMBERSHIP_LINE_RE = LineStart(
    r"^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?"
    r"(?P<n>[A-Za-z][\w.'’\-]*(?:[ \t][A-Z][\w.'’\-]*){0,2})[ \t]+"
    r"(?:has[ \t]+)?(?:left|joined|was[ \t]+removed|was[ \t]+added"
    # Who removed or added whom: "[19:05] Kwame A removed Ola.B".
    r"|(?:removed|added)[ \t]+(?P<o>[A-Za-z][\w.'’\-]*(?:[ \t][A-Z][\w.'’\-]*)?))\b[^\n]{0,40}$",
    re.M,
)
MEMBERSHIP_HINT_RE = factored.compile(r" (?:left|joined|removed|added)\b")
NOT_MEMBERS = word_set(
    "everyone someone somebody nobody he she they it who mum dad staff you i we me him her them"
)


def _membership_lines(text: str, masked: bytearray) -> list[Entity]:
    """Who left or joined a group chat, on a line of their own (MEMBERSHIP_LINE_RE), in a text
    with chat lines; masked as they are taken."""
    if len(list(itertools.islice(CHAT_LINE_RE.finditer(text), 3))) < 3:
        return []
    found = []
    for m in MEMBERSHIP_LINE_RE.finditer(text):
        for group in ("n", "o"):
            if m.group(group) is None:
                continue
            s, e = m.span(group)
            first = m.group(group).split()[0]
            if (
                first.lower() in NOT_MEMBERS
                or first.lower() in SPEAKER_ROLES
                or first.lower() in TITLES
                or (first.islower() and "_" not in first and "." not in first)
            ):
                continue
            found.append(Entity(s, e, "USERNAME"))  # over a part another finder took
            masked[s:e] = b"\x01" * (e - s)
    return found


def _glossed_names(text: str, masked: bytearray) -> list[Entity]:
    """Short names glossed with the full name (GLOSS_RE), masked as they are taken."""
    found = []
    for m in GLOSS_RE.finditer(text):
        before = GLOSSED_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
        if before is None:
            continue
        alias = before.group("a")
        s, e = before.span("a")
        if (
            alias.split()[0] in NOT_GLOSSED
            or not m.group("f").lower().startswith(alias[:2])
            or masked.find(1, s, e) >= 0
            or (  # "animals (Animal Jam)": a word and what it names, no one's alias
                m.group(0).startswith("(")
                and zipf_of(alias, zipf_table()) >= GLOSSED_WORD_MIN_ZIPF
                and not lexicon().any_first_name(alias.split()[0])
            )
        ):
            continue
        found.append(Entity(s, e, "PERSON"))
        masked[s:e] = b"\x01" * (e - s)
    return found


# A log's initials, then in brackets or after a slash the first name they open: "23:30 LB
# (Liberty) still on PS4", "KEY WORKER NOTES – RK / Roxy".
INITIALLED_FIRST_NAME_RE = factored.compile(
    r"(?<![\w.@/#\-])(?P<i>[A-Z]{2,3})[ \t]*(?:\([ \t]*(?P<n>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    r"[ \t]*\)|/[ \t]*(?P<m>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’\-]))"
)


# Posts written short that the protected words lack: "HM (Hattie)" is a housemistress.
POSTS_WRITTEN_SHORT = frozenset({"HM", "KW", "HoY", "RM", "DM"})


def _initialled_first_names(text: str, masked: bytearray) -> list[Entity]:
    """First names after the initials they open (INITIALLED_FIRST_NAME_RE), masked as they
    are taken; the initials follow them (_keyed_initials)."""
    found = []
    protected = lexicon().protected
    for m in INITIALLED_FIRST_NAME_RE.finditer(text):
        group = "n" if m.start("n") >= 0 else "m"
        s, e = m.span(group)
        if (
            m.group("i")[0] != text[s]
            or masked.find(1, s, e) >= 0
            or m.group("i").lower() in protected  # a post: "DSL / Deputy Head", "SW (Sarah)"
            or m.group("i") in POSTS_WRITTEN_SHORT
            or text[s:e].lower() in protected
        ):
            continue
        found.append(Entity(s, e, "PERSON"))
        masked[s:e] = b"\x01" * (e - s)
    return found


def _labelled_names(text: str, people: list[Entity], masked: bytearray) -> list[Entity]:
    lex = lexicon()
    mine = bytearray(len(text))
    for p in people:
        mine[p.start : p.end] = b"\x01" * (p.end - p.start)
    found = []
    candidates = _label_matches(text)
    candidates += [(m.start("n"), m.end("n"), "") for m in SIGNED_ROLE_RE.finditer(text)]
    for s, e, label in candidates:
        words = [w.strip(".,").lower() for w in text[s:e].split()]
        if words and words[0] in TITLES:
            continue  # "Head: Mrs Dale" is found with its title by the other rules
        if any(
            w in lex.protected
            and w not in lex.first_names
            and w not in lex.surnames
            and not (k and w in _origin_words())  # "Bethany Ireland", "Ionela Moldovan"
            # "Name: Thu Trang Nguyen", "Name: Nguyen Thi Thu Ha": a Vietnamese name's word,
            # not a day, in a name of three words or more
            and not (len(words) >= 3 and w in CALENDAR_SHORT_FORMS and "name" in label)
            for k, w in enumerate(words)
        ):
            continue
        if any(masked[k] and not mine[k] for k in range(s, e)):
            continue  # another recogniser's span (a school, an address)
        if label and ":" not in label and "name" not in label and " is" not in label:
            # "LADO CONSULTATION NOTE": after a role with no colon, everyday words are a
            # heading, not a name.
            table = zipf_table()
            if any(
                zipf_of(w, table) >= BARE_LABEL_MAX_ZIPF
                and w not in lex.first_names
                and w not in lex.surnames
                for w in words
                if len(w) > 1
            ):
                continue
        found.append(Entity(s, e, "PERSON"))
        masked[s:e] = b"\x01" * (e - s)
    return found


# A chat's speakers: a listed first name opening two or more lines before a colon (a time
# may stand between: "Hope 23:50: who gave u my number"), whatever the word means elsewhere
# ("Will: u there"). One line alone is a label ("Mark: 7/10").
SPEAKER_RE = LineStart(
    r"^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?P<n>[A-Z][a-z]+)[ \t]*(?:\d{1,2}[:.]\d{2}[ \t]*)?:[ \t]",
    re.M,
)


# A capitalised speaker no list holds is a name where English knows the word less than this
# ("Liberty" 4.4; not "Police", "Staff", "Note").
UNLISTED_SPEAKER_MAX_ZIPF = 4.5
# Who speaks in a chat or a transcript without being named.
SPEAKER_ROLES = word_set(
    "visitor stranger caller agent customer operator bot moderator mod host child girl boy man "
    "woman unknown anon anonymous user member guest admin staff support teacher student pupil "
    "parent mum dad carer worker officer police helpline victim suspect friend sender "
    "recipient other interviewer interviewee witness reporter cc bcc subject sent date re fw fwd"
)
LOWER_SPEAKER_RE = LineStart(r"^[ \t]*(?P<n>[a-z]{3,})[ \t]*:[ \t]", re.M)
# The colours a game names its players by (Among Us); two or more of them speaking in one chat,
# one of them twice, are players wherever the text writes them capitalised ("Blue: do u have a
# webcam", "i saw Blue vent"). A RAG rating's labels (red, amber and green) are no one.
GAME_COLOURS = word_set(
    "red blue green pink orange yellow black white purple brown cyan lime maroon rose banana "
    "gray grey tan coral"
)
RAG_COLOURS = word_set("red amber green")


# A chat's speakers by their full names before the time of each message: "Piers Montgomery
# 08:14: yes", three such lines or more in the text, the name speaking twice or more.
TIMED_SPEAKER_HINT_RE = factored.compile(r"\d[:.]\d\d:[ \t]")
TIMED_SPEAKER_RE = LineStart(
    r"^[ \t]*(?P<n>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:[ \t]+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,2})"
    r"[ \t]+\d{1,2}[:.]\d{2}[ \t]*:[ \t]",
    re.M,
)


def _timed_speakers(text: str, masked: bytearray) -> list[Entity]:
    """Full names speaking twice or more in a chat of three timed lines or more
    (TIMED_SPEAKER_RE), not roles or kept words ("Form Tutor 08:14:"), masked as taken."""
    lines = list(TIMED_SPEAKER_RE.finditer(text))
    if len(lines) < 3:
        return []
    counts = Counter(m.group("n") for m in lines)
    lex = lexicon()
    found = []
    for m in lines:
        name = m.group("n")
        words = [w.lower() for w in name.split()]
        if (
            counts[name] < 2
            or words[0] in SPEAKER_ROLES
            or words[-1] in SPEAKER_ROLES
            or all(w in lex.protected for w in words)
            or name.lower() in lex.protected
            or name.lower() in lex.must_survive
        ):
            continue
        if (taken := _claimed_person(masked, *m.span("n"))) is not None:
            found.append(taken)
    return found


# A numbered or bulleted item opening with a name before a colon: "3. Marc: vape selling via
# snap story", "- Kenzie R: added to the group".
LIST_ITEM_NAME_RE = LineStart(
    r"^[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+(?P<n>[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[ \t][A-Z]\.?)?)"
    r"[ \t]*:[ \t]",
    re.M,
)


def _list_item_names(text: str, masked: bytearray) -> list[Entity]:
    """Items of a list opening with a first name on any list before a colon
    (LIST_ITEM_NAME_RE), one English writes less than PAIR_FIRST_MAX_ZIPF and no kept word,
    place or day ("3. Marc:"; not "1. Note:", "- Summary:"), masked as taken."""
    found = []
    for m in LIST_ITEM_NAME_RE.finditer(text):
        first = m.group("n").split()[0].split("-")[0].lower()
        if (
            _rare_first_name(first)
            and first not in SPEAKER_ROLES
            and (taken := _claimed_person(masked, *m.span("n"))) is not None
        ):
            found.append(taken)
    return found


def _claimed_person(masked: bytearray, start: int, end: int) -> Entity | None:
    """A PERSON span at start:end, its characters masked, or None when some are masked
    already (claimed by another finding)."""
    if masked.find(1, start, end) >= 0:
        return None
    masked[start:end] = b"\x01" * (end - start)
    return Entity(start, end, "PERSON")


def _chat_speakers(text: str, masked: bytearray) -> list[Entity]:
    if text.count(":") < 2:
        return []
    lex = lexicon()
    lines = [m for m in SPEAKER_RE.finditer(text)]
    # Speakers written in lower case ("callum: nah", "eddie: bro thats"), on either list of
    # first names, where three lines or more open with a speaker.
    lower = [m for m in LOWER_SPEAKER_RE.finditer(text)]
    if len(lines) + len(lower) < 3:
        lower = []
    if len(lines) + len(lower) < 2:
        return []
    counts = Counter(m.group("n") for m in (*lines, *lower))
    found = []
    chat = len(lines) + len(lower) >= 3
    table = zipf_table()
    rag = RAG_COLOURS.issubset(name.lower() for name in counts)
    for m in (*lines, *lower):
        name = m.group("n")
        low = name.lower()
        if rag and low in RAG_COLOURS:
            continue
        listed = low in lex.first_names or low in lex.more_first
        if not (
            # A first name speaking twice, or once in a chat of three lines or more; a
            # capitalised word no list holds, that English hardly knows, speaking twice in a
            # chat ("Rico: yo", "Liberty: hi").
            (counts[name] >= 2 and (low in lex.first_names or (name.islower() and listed)))
            or (chat and low in lex.first_names and not name.islower())
            or (
                chat
                and counts[name] >= 2
                and not name.islower()
                and low not in SPEAKER_ROLES
                and table.get(low, 0.0) < UNLISTED_SPEAKER_MAX_ZIPF
            )
        ):
            continue
        if low in lex.protected and low not in lex.ambiguous:
            continue
        if (taken := _claimed_person(masked, *m.span("n"))) is not None:
            found.append(taken)
    colours = sorted(
        n
        for n in counts
        if n.lower() in GAME_COLOURS and not n.islower() and not (rag and n.lower() in RAG_COLOURS)
    )
    if chat and len(colours) >= 2 and max(counts[n] for n in colours) >= 2:
        for s, e in recurrences(text, colours, r"(?<![\w@.'’\-])", r"(?![\w@'’\-])", masked):
            found.append(Entity(s, e, "USERNAME"))
            masked[s:e] = b"\x01" * (e - s)
    return found


# A capitalised word of three letters or more, standing alone.
SHORT_FORM_RE = factored.compile(r"(?<![\w'’@.#/\-])[A-Z][a-z]{2,5}(?![\w@]|[\-'’]\w|\.\w)")
SHORT_FORM_MAX_ZIPF = 4.0
CALENDAR_SHORT_FORMS = word_set(
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"
)


def _short_forms(text: str, people: list[Entity], masked: bytearray) -> list[Entity]:
    """A first name's short form where the text names the person in full: "Cait" for
    Caitlin Moyo, "Kam" for Kamaljit Dhillon, "Dev" for Devinder Sahota. The short form opens
    the first name, is two letters shorter at least and is a word English hardly knows
    (SHORT_FORM_MAX_ZIPF); masked as they are taken."""
    firsts = set()
    for ent in people:
        words = text[ent.start : ent.end].split()
        if ent.type == "PERSON" and len(words) >= 2 and words[0][:1].isupper():
            firsts.add(words[0].rstrip(",.").lower())
    table = zipf_table()
    shorts = {
        f[:k]
        for f in firsts
        for k in range(3, min(6, len(f) - 2) + 1)
        if table.get(f[:k], 0.0) < SHORT_FORM_MAX_ZIPF and f[:k] not in CALENDAR_SHORT_FORMS
    }
    found = []
    # Each short form looked for as written (few), not every capitalised word of the text.
    for short in sorted(shorts):
        word = short[0].upper() + short[1:]
        at = text.find(word)
        while at >= 0:
            m = SHORT_FORM_RE.match(text, at)
            if m is not None and m.end() == at + len(word) and masked.find(1, at, m.end()) < 0:
                found.append(Entity(at, m.end(), "PERSON"))
                masked[at : m.end()] = b"\x01" * len(word)
            at = text.find(word, at + 1)
    return found


# A single letter a writer gives a child to hide the name: "I'll call him T", "I'll refer to
# her as M", "a sibling group (J, 8, K, 6 and L, 3)", "the boy who made them, R (15)", "a 13
# year old boy (A.) shared images of his sister (B.)". Not "A" or "I".
LETTER_NAMED_RE = factored.compile(
    r"\b(?:call(?:ing)?|refer(?:ring)?[ \t]+to|known[ \t]+as)[ \t]+"
    r"(?:(?:him|her|them|the[ \t]+(?:boy|girl|child|young[ \t]+person))[ \t]+)?(?:as[ \t]+)?"
    r"[\"“]?(?P<l>[B-HJ-Z])(?![\w'’\-]|\.\w)"
)
# (Not "M" or "F" before an age: a sex, "Tobi (M, 15)".)
LETTER_AGED_RE = factored.compile(
    r"(?<![\w.'’/\-])(?P<l>[B-EGHJ-LN-Z])(?:,[ \t]*|[ \t]*\([ \t]*)\d{1,2}"
    r"(?=[ \t]*[),]|[ \t]+and\b)"
    # The age after a space, then what the child says or a bracket's next item: "K 15 says
    # someone made a deepfake", "2 sisters (M 13, E 11)" (not "Y 10", a year group).
    r"|(?<![\w.'’/\-])(?P<s>[B-EGHJ-LN-XZ])[ \t]+(?:1[0-8]|[4-9])"
    r"(?=[ \t]*[),–]|[ \t]+(?:says|said|has|had|is|was|told|lives|sent|paid)\b)"
)
LETTER_BRACKETED_RE = factored.compile(
    r"\b(?:[Bb]oy|[Gg]irl|[Ss]on|[Dd]aughter|[Ss]ister|[Bb]rother|[Cc]hild|[Pp]upil|[Ss]tudent|"
    r"[Ss]ibling)[ \t]*\((?P<l>[A-Z])\.?\)"
)
# A letter in quotes, or with a stop, or before a name in brackets or glossed with one, before
# the child's age, year group or name: 'Y8 boy "R" (Reece Tandy)', '"H", 14', "Child: R.
# (16)", "L. (Y11, autism)", "K (Kenzie)", "J = Jayden Mwangi". In quotes, also inside a
# bracket or after a child: '(Y10, "T" and "K")', 'pupil "R"'. Not "X", a platform ("X
# (Twitter)").
LETTER_ALIAS_RE = factored.compile(
    r"(?<![\w'’.\-&/])(?:[\"“](?P<l>[B-HJ-WYZ])[\"”](?=[ \t]*(?:\(|,[ \t]*\d))"
    r"|(?P<m>[B-HJ-WYZ])\.?(?=[ \t]+\((?:\d{1,2}\b|Y\d|[Yy]ear|[A-Z][a-z]+\))"
    r"|[ \t]*=[ \t]*[A-Z][a-z]+[ \t]+[A-Z]))"
)
LETTER_QUOTED_RE = factored.compile(r"[\"“](?P<l>[B-HJ-WYZ])\.?[\"”]")
# What opens the bracket or the phrase such a quoted letter stands in ('(Y9, "K")', 'Y11
# girl, "H",', 'Y9 boy, "G.",').
LETTER_QUOTED_BEFORE_RE = factored.compile(
    r"(?:\((?:[ \t]*(?:Y\d{1,2}|\d{1,2}|year[ \t]\d{1,2}|[\"“][A-Z][\"”])[ \t]*(?:,|and|&)?)*"
    r"|\b(?:boy|girl|son|daughter|child|pupil|student|learner|carer|sibling|lad)s?"
    # A year group or an age between: 'pupil yr 10 "G"', 'student "M" Y11', '12yo "J"'.
    r"(?:[ \t]+(?:y|yr|year)[ \t]?\d{1,2})?"
    r"(?:[ \t]*(?:,|–|—|-)[ \t]*|[ \t]+)|\b\d{1,2}[ \t]?(?:yo|y/o)[ \t]+)[ \t]*\Z",
    re.I,
)
# Where such a letter recurs as the child: before a word, a "+", a possessive, an age, a stop,
# a closing quote or its gloss.
LETTER_AFTER_RE = factored.compile(
    r"(?:[ \t]+[a-z+]|['’]s\b|[.,;:)\"”]|[ \t]*\([ \t]*(?:\d|Y\d|[A-Z][a-z])|[ \t]*=[ \t]*[A-Z]"
    r"|[ \t]+(?:1[0-8]|[4-9])\b)"
)
LETTER_NOT_AFTER_RE = factored.compile(
    r"\b(?:plan|year|yr|child|pupil|vitamin|type|grade|option|room|block|class|group|part|"
    r"section|appendix|form|set|team|model|level)[ \t]+\Z",
    re.I,
)


def _letter_pseudonyms(text: str, people: list[Entity], masked: bytearray) -> list[Entity]:
    """Single letters standing for a child (LETTER_NAMED_RE, LETTER_AGED_RE,
    LETTER_BRACKETED_RE, LETTER_ALIAS_RE), there and wherever the letter recurs standing as
    the child (LETTER_AFTER_RE); masked as they are taken."""
    found = []
    # In brackets after a child, the letter with its stop; "A" and "I" only there.
    for m in LETTER_BRACKETED_RE.finditer(text):
        s, e = m.start("l"), m.end() - 1
        if masked.find(1, s, e) < 0:
            found.append(Entity(s, e, "PERSON"))
            masked[s:e] = b"\x01" * (e - s)
    letters = {
        m.group("l") or m.group("s")
        for regex in (LETTER_NAMED_RE, LETTER_AGED_RE, LETTER_BRACKETED_RE)
        for m in regex.finditer(text)
        if "s" not in regex.groupindex
        or m.group("l")
        or not LETTER_NOT_AFTER_RE.search(text, max(0, m.start() - 12), m.start())
    } - {"A", "I"}
    letters |= {
        m.group("l") or m.group("m")
        for m in LETTER_ALIAS_RE.finditer(text)
        if not LETTER_NOT_AFTER_RE.search(text, max(0, m.start() - 12), m.start())
    }
    if '"' in text or "“" in text:
        letters |= {
            m.group("l")
            for m in LETTER_QUOTED_RE.finditer(text)
            if LETTER_QUOTED_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        }
    for letter in sorted(letters):
        for m in re.finditer(r"(?<![\w.'’/\-&])" + letter + r"(?![\w'’/\-&]|\.\w)", text):
            s, e = m.span()
            if masked.find(1, s, e) >= 0 or LETTER_NOT_AFTER_RE.search(text, max(0, s - 12), s):
                continue
            if LETTER_AFTER_RE.match(text, e) is None:
                continue
            if text.startswith(". (", e):
                e += 1  # "R. (16)": the letter with its stop
            found.append(Entity(s, e, "PERSON"))
            masked[s:e] = b"\x01" * (e - s)
    return found


# A chat line: its speaker (a handle or a name, a time before it perhaps) and its message.
CHAT_LINE_RE = LineStart(
    r"^[ \t>]*(?:\[[^\]\n]{1,24}\][ \t]*"
    # A phone's export: "12/03/2024, 21:16 - Reece: ...", "21:16 Reece: ...".
    r"|\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?[ \t]+-[ \t]+"
    r"|\d{1,2}:\d{2}[ \t]+)?"
    r"(?P<s>[^\s:\[][^\n:]{0,30}?)[ \t]*:[ \t]+(?P<m>[^\n]+)",
    re.M,
)
# A chat line written with its speaker in angle brackets: "<Goalie_Ty> hi".
ANGLE_CHAT_LINE_RE = LineStart(
    r"^[ \t>]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?<(?P<s>[^>\s]{1,30})>[ \t]*(?P<m>[^\n]+)", re.M
)
# A handle's parts: "SniperSeamy88" -> "Sniper", "Seamy"; "Iris_theBuilder" -> "Iris", "the".
HANDLE_PART_RE = factored.compile(r"[A-Z]?[a-z]+")
# Where a message calls someone by name: opening it or a sentence of it, closing it, or after
# a greeting or a retort ("sunny where do u live", "cry about it iris", "hey hope!").
VOCATIVE_BEFORE_RE = factored.compile(
    r"(?:\A|[.!?][ \t]+|\b(?:hey|hi|hiya|oi|yo|relax|thanks|thx|ty|bye|night|morning|"
    r"shut[ \t]+up|love[ \t]+(?:u|you)|go[ \t]+ahead|come[ \t]+on|cmon|omg|ffs|sorry|soz|"
    r"please|pls|ok|okay)[ \t,]+)\Z"
)
# After a name that closes a message, only punctuation and emoji; after one that opens it, a
# comma, a question word, a pronoun or an answer ("sunny where do u live", "hey hope!",
# "gracie NO").
VOCATIVE_END_RE = factored.compile(
    r"[ \t]*[!?.,]*[ \t]*(?:[\u2600-\u27bf\U0001f300-\U0001faff][\ufe0f\u200d]?[ \t]*)*\Z"
)
VOCATIVE_OPENING_AFTER_RE = factored.compile(
    r"[ \t]*[,!?\u2600-\u27bf\U0001f300-\U0001faff]"
    r"|[ \t]+(?:where|what|why|how|who|when|u|you|ur|i|im|its|it's|is|are|r|did|"
    r"do|dont|pls|please|stop|shut|delete|send|give|tell|leave|answer|reply|block|check|"
    r"chill|calm|ignore|wait|lol|lmao|haha|turn|come|join|add|look|dm|text|accept|STOP|no|NO|"
    r"yes|omg)\b"
)

# Where a person stands in a chat's message: after "me n", "with", "gave", "told" or a greeting,
# or before "said" (a speaker whose word English writes too: "Sonny: me n river" where "River:"
# speaks, not "down by the river", "have some faith", "hazel eyes").
CHAT_NAME_BEFORE_RE = factored.compile(
    r"(?:^|[ \t])(?:me[ \t]+(?:n|and|&)|with|gave|give|told|tell|ask|asked|hi|hey|thanks|ty|"
    r"thx)[ \t]+\Z"
)
CHAT_NAME_AFTER_RE = factored.compile(r"[ \t]+(?:said|says|sed)\b")
# Such a speaker's word is read so where English writes it less than this ("river" 5.0; not
# "will" 6.5, "may", "mark").
CHAT_NAME_LOWER_MAX_ZIPF = 5.2


def _chat_vocatives(text: str, people: list[Entity], masked: bytearray) -> list[Entity]:
    """First names written in lower case where a chat message calls someone by them
    (VOCATIVE_BEFORE_RE, VOCATIVE_OPENING_AFTER_RE, VOCATIVE_END_RE): the first names of the
    people found, and the parts of the speakers' handles on the lists of first names
    ("Iris_theBuilder" ... "cry about it iris"). Three chat lines at least; masked as they
    are taken."""
    lines = [*CHAT_LINE_RE.finditer(text), *ANGLE_CHAT_LINE_RE.finditer(text)]
    if len(lines) < 3:
        return []
    lex = lexicon()
    table = zipf_table()
    names = set()
    for ent in people:
        first = text[ent.start : ent.end].split()[0].lower() if ent.type == "PERSON" else ""
        if len(first) >= 3 and first.isalpha():
            names.add(first)
    # A speaker who is one capitalised word, a first name or a word English seldom writes
    # ("Dre: ...", "Kyle 🇬🇧: ..."), is that person wherever a message writes the word in
    # lower case ("i aint posted nothing dre stop lying"), not only where it calls them; a
    # word no list gives as a first name only where it speaks twice (not a form's "Referrer:").
    said: dict[str, int] = {}
    for line in lines:
        speaker = SPEAKER_WORD_RE.fullmatch(line.group("s"))
        if speaker is not None:
            low = speaker.group("w").lower()
            said[low] = said.get(low, 0) + 1
    speakers = {
        low
        for low, times in said.items()
        if low not in lex.protected
        and low not in NOT_HANDLE_NAMES
        and (
            (low in lex.first_names and low not in lex.ambiguous)
            or (times >= 2 and table.get(low, 0.0) < HANDLE_PART_MAX_ZIPF)
        )
    }
    names |= speakers
    everyday = {
        low
        for low in said
        if low in lex.ambiguous
        and low in lex.first_names
        and low not in lex.protected
        and table.get(low, 0.0) < CHAT_NAME_LOWER_MAX_ZIPF
    }
    for line in lines:
        for part in HANDLE_PART_RE.findall(line.group("s")):
            low = part.lower()
            # A part of a speaker's handle that is a first name or a word English seldom
            # writes, only read where a message calls someone: "rin ♡" ... "how old r u
            # again rin", "dusk_vibes" ... "i am 17 dusk" (not "cool", "update", "red").
            if (
                len(low) >= 3
                and low not in lex.protected
                and low not in NOT_HANDLE_NAMES
                and (
                    low in lex.first_names
                    or low in lex.more_first
                    or table.get(low, 0.0) < HANDLE_PART_MAX_ZIPF
                )
            ):
                names.add(low)
    if not names and not everyday:
        return []
    shorts = _short_forms_of(names, lex)
    found = []
    for line in lines:
        message_start = line.start("m")
        message = line.group("m")
        own = {part.lower() for part in HANDLE_PART_RE.findall(line.group("s"))}
        for m in LOWER_WORD_RE.finditer(message):
            word = m.group(0)
            if word in everyday and (
                CHAT_NAME_BEFORE_RE.search(message, max(0, m.start() - 12), m.start())
                or CHAT_NAME_AFTER_RE.match(message, m.end())
            ):
                # Not by the mask: a finding dropped as an everyday word may have set it.
                s, e = message_start + m.start(), message_start + m.end()
                if not any(p.start < e and s < p.end for p in people):
                    found.append(Entity(s, e, "PERSON"))
                    masked[s:e] = b"\x01" * (e - s)
                continue
            if word not in names and not (
                word in shorts
                and word not in lex.protected
                and (lex.any_first_name(word) or table.get(word, 0.0) < SHORT_NAME_MAX_ZIPF)
            ):
                continue
            if word in own and m.start() == 0 and VOCATIVE_END_RE.match(message, m.end()):
                # A speaker giving the name in their handle: "Summer_Rain_x: summer".
                s, e = message_start + m.start(), message_start + m.end()
                if masked.find(1, s, e) < 0:
                    found.append(Entity(s, e, "PERSON"))
                    masked[s:e] = b"\x01" * (e - s)
                continue
            s, e = message_start + m.start(), message_start + m.end()
            if masked.find(1, s, e) >= 0:
                continue
            opening = m.group(0) in speakers or (
                VOCATIVE_BEFORE_RE.search(message, max(0, m.start() - 14), m.start()) is not None
                and VOCATIVE_OPENING_AFTER_RE.match(message, m.end()) is not None
            )
            if m.group(0) in speakers and WORD_BEFORE_NOUN_RE.search(
                message, max(0, m.start() - 8), m.start()
            ):
                continue
            if not opening and (
                m.start() == 0
                or VOCATIVE_END_RE.match(message, m.end()) is None
                or WORD_BEFORE_NOUN_RE.search(message, max(0, m.start() - 8), m.start())
            ):
                continue  # "ur the one who had it all summer"
            found.append(Entity(s, e, "PERSON"))
            masked[s:e] = b"\x01" * (e - s)
    return found


HANDLE_PART_MAX_ZIPF = 3.5
# A short form of a name in a chat, its opening letters: at least this long, and a listed
# first name or a word English writes less often than this ("jax" of "jaxon", "cass" 3.5 of
# "cassandra"; not "can" of "candice").
SHORT_NAME_MIN_LEN = 3
SHORT_NAME_MAX_ZIPF = 4.0


def _short_forms_of(names: Collection[str], lex: Lexicon) -> set[str]:
    """The opening letters, SHORT_NAME_MIN_LEN or more and not the whole, of each of names that
    is a listed first name ("jaxon" -> "jax", "jaxo"): where a chat's short forms may be."""
    return {
        name[:n]
        for name in names
        if lex.any_first_name(name)
        for n in range(SHORT_NAME_MIN_LEN, len(name))
    }


# A speaker written as one capitalised word, an emoji or a flag after it perhaps.
SPEAKER_WORD_RE = factored.compile(r"(?P<w>[A-Z][a-z]{2,})(?:[ \t]+[^\w\s]{1,4})?")
# Parts of handles that are no one's name however a message uses them.
NOT_HANDLE_NAMES = word_set(
    "the and xxx official real not fan fans bot mod mods admin team staff support news live "
    "lol bro fam girl girls boy boys ttv yt"
)
WORD_BEFORE_NOUN_RE = factored.compile(
    r"\b(?:the|a|an|all|this|that|since|in|of|my|your|his|her|our|their|every|last|next|"
    r"some|no)[ \t]+\Z"
)
LOWER_WORD_RE = factored.compile(r"(?<![\w'’@.#/])[a-z]+(?![\w'’@]|\.\w)")


# "Surname, Forename" standing as an item of its own: a chat speaker ("Hussain, Zara  10:02",
# "Kamal, Rehana [11:02 AM]:"), a log's "Action taken by: Thornton, Beverley (DSL)", a staff
# list ("- Achterberg, Lotte (MFL)", "de Souza, Mariana, DSL", "Brennan, Aoife; Idowu, Femi").
# The surname may carry particles ("De la Cruz", "bin Osman", "Ó Súilleabháin"), the forename
# middle names ("BLACKBURN, Miles Anthony") or be an initial ("Adebayo-Cole, G.").
_CAP = r"[^\W\d_a-z][\w'’\-]*"
# Where such an item can start: a line, or after "Staff: ", "; ", "by ", "from ", "Staff - ", a
# table's "|" or tab, a CSV row's quote ('"x","Nwachukwu, Ebube"'), " and ", a dash, a bracket
# opening it or closing the item before ("ALI, Usman (17), ALI, Mariam"). It ends the line, or
# before a column's gap of two spaces or a tab, "|", a quote, ">" (a path), "<" (a mail
# address), a time, a bracket, a dash or a colon: "Child: WHITMORE, Jayden  DOB: ...",
# "Student: OKONKWO, Chidera | Year 10"; or before an age or a date of birth after a comma ("-
# ABIODUN, Tolu, 12", "(WEBB, Connor Michael, DOB 1996-03-09)"). A surname in capitals is
# one before any comma ("MOREAU, Sylvie Anne, childminder").
ITEM_SEPARATORS = (
    ": ",
    "; ",
    " by ",
    " from ",
    " - ",
    " – ",
    " — ",
    "|",
    "\t",
    ',"',
    "), ",
    "(",
    " and ",
)
COMMA_BEFORE_CAPITAL_RE = factored.compile(r", [ \t]?(?=[^\W\d_a-z])")


def _item_starts(text: str) -> list[int]:
    """Where an item before each ", " can start, looked for only on the line before it (the
    line's start and the last separator before the comma)."""
    starts: set[int] = set()
    for comma in COMMA_BEFORE_CAPITAL_RE.finditer(text):
        pos = comma.start()
        line_start = text.rfind("\n", 0, pos) + 1
        if pos - line_start <= 60:
            starts.add(line_start)
        lo = max(line_start, pos - 60)
        for sep in ITEM_SEPARATORS:
            k = text.rfind(sep, lo, pos)
            if k >= 0:
                k += len(sep)
                while k < pos and text[k] in " \t":
                    k += 1
                starts.add(k)
    return sorted(starts)


SURNAME_FORENAME_RE = factored.compile(
    r"(?P<lead>[ \t]*(?:[-*•>|\"][ \t]*|\d{1,2}[.)][ \t]*|\[[^\]\n]{1,24}\][ \t]*)?)"
    r"(?P<pair>(?P<surname>(?:(?i:de|da|del|della|van|von|der|den|ter|bin|binti|ibn|al|el|le|la|"
    r"du|di|dos|das|mac|nic|ní|ó|ua|a'|ap)[ \t]+){0,3}" + _CAP + r")"
    r",[ \t]+(?P<forename>" + _CAP + r"(?:[ ]" + _CAP + r"){0,2}|[A-Z]\.(?:[ \t]?[A-Z]\.)*))"
    r"(?=[ \t]{2,}|\t|[ \t]*(?:\n|\Z|\d{1,2}[:.]\d\d|\(|\[|[;:|<>\"]|[—–\-][ \t]|"
    r",[ \t]*(?:[A-Z]{2,}|"
    r"[A-Z][a-z]+[ \t]*(?:\n|\Z)|\d{1,2}\b|(?i:dob|d\.o\.b|born|aged?)\b)))"
)
# In capitals before a forename in title case (hyphens and all: "HOPKINSON, Ruby-Jo"), before
# a comma, a date of birth or an age: "WHITTAKER, Leland DOB 11/11/2011".
_FORE = r"[A-Z][^\W\d_]+(?:[\-'’][^\W\d_]+)*"
CAPITALS_SURNAME_FORENAME_RE = factored.compile(
    r"(?P<pair>(?P<surname>[A-Z][A-Z'’\-]+)"
    r",[ \t]+(?P<forename>" + _FORE + r"(?:[ \t]" + _FORE + r"){0,2}))"
    r"(?=[ \t]*,|[ \t]+(?:DOB|D\.O\.B|[Dd]ob|born|aged?)\b)"
)
# Words that open a line followed by a comma and a name but are no surname: "Thanks, Anna",
# "Morning, Sam:".
NOT_SURNAMES = word_set(
    "hi hello hey dear thanks thank cheers regards morning afternoon evening night sorry yes no "
    "ok okay please update note notes re fw fwd love best diolch bore prynhawn noswaith helo "
    "hiya ta bye also and but so then well oh"
)


# A word in capitals before a comma and a forename that is also a word ("Will") is a surname
# where English writes it less than this ("FORSYTH" 3.2; not "NOTE", "URGENT").
CAPS_LAST_WORD_MAX_ZIPF = 4.0
# A word before a comma and a listed first name that is also a word ("Bill") is a surname
# where English writes it less than this ("Thackeray" 2.7), listed or not.
UNLISTED_SURNAME_MAX_ZIPF = 3.0


@cache
def _regions() -> frozenset[str]:
    """The UK's nations, regions, counties and cities (data/places.txt)."""
    return read_words("places.txt")


def _surname_forename(text: str, people: list[Entity], probs: dict[int, float]) -> list[Entity]:
    if ", " not in text:
        return []
    lex = lexicon()
    table = zipf_table()
    found = {k for e in people for k in range(e.start, e.end)}
    out = []
    for pos in _item_starts(text):
        m = SURNAME_FORENAME_RE.match(text, pos) or CAPITALS_SURNAME_FORENAME_RE.match(text, pos)
        if m is None:
            continue
        words = TOKEN_RE.findall(m.group("surname"))
        if not (words[-1][:1].isupper() and m.group("forename")[:1].isupper()):
            continue  # _CAP reads a caseless script's letter too: "日本語, 日本語" is no name
        last, fore = fold(words[-1]), fold(m.group("forename").split()[0].rstrip("."))
        if last in NOT_SURNAMES or any(
            fold(w) in lex.protected and fold(w) not in PARTICLES for w in words[-2:]
        ):
            continue
        if table.get(last, 0.0) >= 5.0 and last not in lex.surnames:
            continue
        if (
            fore in lex.protected
            and not (
                words[-1].isupper()
                and len(last) >= 3
                and last not in acronyms()
                and (last in lex.surnames or table.get(last, 0.0) < CAPS_LAST_WORD_MAX_ZIPF)
            )
            and not (
                fore in lex.first_names
                and (
                    (last in lex.surnames and table.get(last, 0.0) < CAPS_LAST_WORD_MAX_ZIPF)
                    or table.get(last, 0.0) < UNLISTED_SURNAME_MAX_ZIPF
                )
            )
        ):
            # but "FORSYTH, Will": a surname in capitals before it; "Thackeray, Bill": a
            # listed surname English hardly writes as a word before a listed first name
            continue
        if last in places_abroad() and last not in lex.surnames:
            continue  # "a student from Shenzhen, Zhou Yiran": a city and a name after it
        if (
            fore in towns()
            and fore not in lex.first_names
            and (
                fore in _regions()
                or last in towns()
                or table.get(last, 0.0) >= CAPS_LAST_WORD_MAX_ZIPF
                or (words[-1].isupper() and len(last) <= 4)
            )
        ):
            # "Location: Anytown, Nottinghamshire": a county after a comma; "Mansfield,
            # Moira": a town and a town; "Mill Lane, Moira": a
            # street and its town; "CWO, Cwmbran Wanderers": a post and its club
            # ("Kilpatrick, Moira" is a person)
            continue
        start, end = m.span("pair")
        fore_start = m.start("forename")
        known = (
            found.intersection(range(start, end))
            or fore in lex.first_names
            or len(fore) == 1
            or probs.get(fore_start, 0.0) >= 0.3
            or table.get(fore, 0.0) < 3.0
        )
        if known:
            out.append(Entity(start, end, "PERSON"))
    return out


# Dotted initials standing for a person ("N.W.", "J.O.", "S.McK.", "A.J. Tuohy"), unless they
# are a common abbreviation; bare capitals ("HW") when they are the initials of a name found
# in the text or stand where a person is named ("Child: HW", "HW (15)").
DOTTED_INITIALS_RE = run_start(
    # A double first name's initials joined by a hyphen before: "A-J.W.".
    r"(?<![\w.\-])(?:[A-Z]-)?[A-Z]\.(?:[ \t]?(?:Mc|Mac|O')?[A-Z][a-z]{0,2}\.){1,2}(?![\w])"
    r"(?:[ \t]+(?P<surname>[A-Z][a-z][\w'’\-]+))?"
)
ABBREVIATIONS = word_set(
    "u.k. u.s. u.s.a. e.u. n.b. p.s. a.m. p.m. i.e. e.g. r.e. p.e. i.t. d.t. g.p. t.v. o.k. "
    "b.b.c. n.h.s. d.o.b. r.i.p. a.s.a.p. q.c. k.c. m.p. b.a. m.a. b.sc. ph.d. h.r. c.v. i.d. "
    "p.t.o. r.s.v.p. a.k.a. v.s. d.i.y. g.c.s.e. a.i. f.a.q. p.c. d.c. d.s. d.i. s.w. c.e. "
    "c.of.e. r.c. s.e.n. s.e.n.d. a.d.h.d. o.c.d. l.g.b.t. u.n. w.h.o. b.t.p. e.t.a. "
    "a.o.b. p.p. c.c. b.c. a.d. t.b.c. t.b.a. n.a. f.y.i. w.e.f. e.o.d. c.o.b. b.t.w. "
    "l.o.l. o.m.g. i.m.o. t.b.h. n.o.k. a.s.b.o. o.n.s. v.g."
)
# The same in a hurried lower-case note: "girl is l.h.", "boy y10 (t.m.)". Two or three
# letters, none of ABBREVIATIONS; every such run in the labelled sets is a person's.
# Lower-case initials with full stops, an Irish surname's O' among them: "j.p.", "m.o'b".
LOWER_DOTTED_INITIALS_RE = factored.compile(
    r"(?<![\w.@/\-])(?:(?:[a-z]\.){2,3}|[a-z]\.o['’][a-z]{1,2}\b\.?)(?![\w@/\-])"
)
PERSON_AROUND_RE = factored.compile(
    r",?[ \t]*\([ \t]*(?:\d{1,2}|[A-Z]?\d{1,2}[A-Z]{0,3}|Y\d{1,2})\b"
)
# After an abbreviation that is also a direction or Church of England, these say it is one.
ABBREVIATION_AFTER_RE = factored.compile(
    r"[ \t]+(?:Primary|School|Academy|Junior|Infant|First|High|England|London|Wales|Scotland|"
    r"Yorkshire|region|of)\b"
)
BARE_INITIALS_RE = WordStart(r"[A-Z]{2,3}(?![\w.@/#\-]|\.\w)", before=r"(?<![\w.@/#\-])")
INITIALS_CUE_BEFORE_RE = factored.compile(
    r"(?:\b(?:child|pupil|student|young\s+person|yp|cyp|victim|subject|complainant|girl|boy|"
    r"learner|initials?(?:[ \t]+(?:are|is))?|sibling|son|daughter|"
    # a panel's case by number, a list of pupils in brackets: 'Case 1 – "MB", Y10', "current
    # pupils (KR, BM and one unidentified)"
    r"case[ \t]+\d{1,3}[ \t]*[–—:\-]|(?:pupils|students|children)[ \t]*\()"
    r"[ \t]*[:,]?[ \t]*[\"“]?)\Z",
    re.I,
)
INITIALS_CUE_AFTER_RE = factored.compile(
    r"[ \t]*(?:\([ \t]*(?:\d{1,2}|[FM],|Y\d|year|aged?\b)|,[ \t]*\d{1,2}\b|[.;](?:[ \t\n]|\Z)|"
    r"[ \t]+and[ \t]+|[ \t]+in[ \t]+\d{1,2}[A-Z]{1,2}\b|[ \t]+-[ \t]+not\b|"
    # A dash or a year group after: "Case 4: Pupil DK – move back", "ref pupil TK Y6".
    r"[ \t]+[–—][ \t]|[\"”]?,?[ \t]+(?:Y|yr?[ \t]?)\d{1,2}\b|,[ \t]*(?-i:[A-Z]{2,3})\b|"
    r"[ \t]+(?:sharing|posting|sending|messaging|filming)\b|['’]s[ \t]+(?:mum|dad|mother|"
    r"father|parents?|phone)|[ \t]+(?:has|had|is|was|said|says|reports?|reported|disclosed|"
    r"believed|told|sent|received|asked))",
    re.I,
)


# Where a note's initials stand for a person (not a service or a subject): before what a person
# is to do or does ("AK to inform HT", "EG now admits", "PB let the helpline know", "with AK
# present", "PL note:"), before a relation ("DR's older brother"), or after meeting or speaking
# with them ("Met w/ DR, EG and ..."), the list's other items too.
INITIALS_SLOT_AFTER_RE = factored.compile(
    r"[ \t]+(?:to[ \t]+(?:speak|inform|chase|check|call|ring|phone|contact|send|follow|meet|"
    r"e-?mail|pick|liaise|update|arrange|discuss|review|log|complete|share|talk|write|draft|"
    r"monitor|visit|ask|tell|lead|support|confirm|raise|refer|record|attend|book|sort|catch|"
    r"look|escalate|notify|let|feed|take|bring|invite|remind|print|screenshot|run|circulate|"
    r"chair|deliver|prepare|organise|collate|investigate|audit)\b|"
    r"(?:now[ \t]+)?(?:admits|admitted|present|let|spoke|rang|phoned|emailed|agreed|"
    r"explained|noted|raised|queried|suggested|confirmed|pick(?:ed)?[ \t]+up|told|spoken[ \t]+to|"
    # "RS will log", "GH on shift", "JK 0121 496 0599": a worker's task, shift or number
    r"will[ \t]+(?:log|call|ring|chase|follow|speak|contact|update|check|e-?mail|send|review|"
    r"monitor|visit|write|refer|report)|on[ \t]+shift)\b|note[ \t]*:"
    r"|(?:0|\+44[ \t]?)\d{2,4}[ \t]?\d{3}[ \t]?\d{3,4}\b)"
    r"|['’]s[ \t]+(?:(?:older|younger|big|little)[ \t]+)?(?:step-?)?(?:brother|sister|bro|sis|"
    r"cousin|mum|dad|mother|father|nan|gran)\b"
    r"|[ \t]*\((?:HoY|DSL|DDSL|SENCo|SENCO|DHT|AHT|form[ \t]+tutor|tutor|House(?:master|mistress|"
    r"parent)|Business[ \t]+Manager|Office[ \t]+Manager|Cover[ \t]+Supervisor|HLTA|Matron|"
    r"Chaplain|Bursar|Head[ \t]+of[ \t]+\w+)\b"
)
INITIALS_SLOT_BEFORE_RE = factored.compile(
    r"(?:\b(?:[Mm]et|[Ss]poke|[Ss]poken|[Tt]alked|[Cc]hecked|[Dd]iscussed)[ \t]+(?:with|w/?|to)"
    r"|\b(?:[Pp]assed|[Hh]anded)[ \t]+(?:on[ \t]+)?to|\bNote[ \t]*\()"
    r"[ \t]*(?:[A-Z]{2,3}[ \t]*(?:,|and|&|\+)[ \t]*){0,4}\Z"
)
# The minute-taker's cue: "Minute: SW", "Minute taker: A.M.".
MINUTE_TAKER = r"minute|minutes|minute[ \t]+taker|minuted[ \t]+by|notes[ \t]+by"
# A field of a log or a form that holds a member of staff, by initials as often as not:
# "Caseworker: RS", "Taken by: DK |", "Allocated to: AMc", "Minute: SW".
STAFF_FIELD_BEFORE_RE = factored.compile(
    r"\b(?i:case[ \t]?worker|call[ \t]+handler|handler|call[ \t]+taker|taken[ \t]+by|"
    r"allocated[ \t]+to|assigned[ \t]+to|recorded[ \t]+by|logged[ \t]+by|completed[ \t]+by|"
    r"owner|practitioner|supervisee|supervisor|" + MINUTE_TAKER + r")[ \t]*:[ \t]*\Z"
)
STAFF_FIELD_END_RE = factored.compile(r"[ \t]*(?:[|,;)(\n]|\Z)")


def in_staff_field(text: str, start: int, end: int) -> bool:
    """Whether the capitals at text[start:end] fill a field of a log that holds a member of
    staff (STAFF_FIELD_BEFORE_RE), alone in it: their initials though they spell a subject
    or a word ("Caseworker: RS"), not a post or a service (POST_CAPITALS)."""
    return (
        text[start:end].lower() not in POST_CAPITALS
        and STAFF_FIELD_BEFORE_RE.search(text, max(0, start - 24), start) is not None
        and STAFF_FIELD_END_RE.match(text, end) is not None
    )


# Posts, services, subjects and technical terms written in two or three capitals: never a
# person's initials.
POST_CAPITALS = word_set(
    "ht dht aht dsl ddsl slt smt sbm ta lsa hlta sw pc dc ds di dci dsu csc la yot yos ep ot "
    "gp cp cin cpp lac cla cyp yp mp pm dm am fe he ict pe re dt rse pshe sen send mash iwf "
    "dbs hr pta mat lgb ceo flo psa ewo ews sso sro snt bbc itv cps nhs rta ae ok uk tv id "
    "ai ip qr pr vr ar os hd sd gb mb vpn url sms pdf faq it eht hos hoy dpo dsp dsa gum pa pcc"
)
# POST_CAPITALS' technical terms, which no one is asked to do a task ("MB to circulate").
TECHNICAL_CAPITALS = word_set("mb gb hd sd os ar vr qr ip ai id url sms pdf faq vpn tv uk ok")
# Posts written short that a note discusses a case with or passes it to ("discussed with TM",
# "passed to TM", a team manager), though the same capitals before a task are initials.
TEAM_POSTS = word_set("tm")
# An item of a list beside initials found: "FW, BL", "N.P. and GH", "KF + CN".
LIST_INITIALS_BEFORE_RE = factored.compile(
    r"(?<![\w.])(?P<i>(?:[A-Z]\.?){2,3})[ \t]*(?:,|and|&|\+|/)[ \t]*\Z"
)
LIST_INITIALS_AFTER_RE = factored.compile(
    r"[ \t]*(?:,|and|&|\+|/)[ \t]*(?P<i>(?:[A-Z]\.?){2,3})(?![\w.])"
)


# Initials signing a message off after a dash, closing its line: "my no is 07700 900058 — PN".
SIGN_OFF_DASH_BEFORE_RE = factored.compile(r"[\w.!?)][ \t]+[—–\-][ \t]*\Z")
LINE_END_AFTER_RE = factored.compile(r"[ \t]*(?:\n|\Z)")


def initials_in_slot(text: str, start: int, end: int) -> bool:
    """Whether the capitals at text[start:end] stand where a note names a person
    (INITIALS_SLOT_AFTER_RE, INITIALS_SLOT_BEFORE_RE, SIGN_OFF_DASH_BEFORE_RE) and are no
    post or subject (POST_CAPITALS)."""
    low = text[start:end].lower()
    if low in POST_CAPITALS:
        return False
    if INITIALS_SLOT_AFTER_RE.match(text, end):
        return True  # "TM to apply for the data": someone's initials
    if low in TEAM_POSTS:
        return False  # "discussed with TM", "passed to TM": a team manager
    return bool(
        INITIALS_SLOT_BEFORE_RE.search(text, max(0, start - 40), start)
        or (
            SIGN_OFF_DASH_BEFORE_RE.search(text, max(0, start - 6), start)
            and LINE_END_AFTER_RE.match(text, end)
        )
    )


def _list_neighbours(text: str, found: list[Entity], masked: bytearray) -> list[Entity]:
    """Bare capitals listed beside initials found (LIST_INITIALS_BEFORE_RE,
    LIST_INITIALS_AFTER_RE) that are no word, acronym or post: "Met with FW, BL, ...",
    "seen by N.P. and GH", and beside those in turn ("(KM, JT and A.O.)")."""
    spans = {(f.start, f.end) for f in found}
    starts = {f.start for f in found}
    ends = {f.end for f in found}
    protected = lexicon().protected
    candidates = [
        m.span()
        for m in BARE_CAPITALS_RE.finditer(text)
        if m.span() not in spans
        and masked.find(1, m.start(), m.end()) < 0
        and (low := m.group(0).lower()) not in POST_CAPITALS
        and low not in protected
        and low not in ABBREVIATIONS
        and low not in acronyms()
    ]
    more: list[Entity] = []
    while candidates:
        left = []
        for s, e in candidates:
            before = LIST_INITIALS_BEFORE_RE.search(text, max(0, s - 14), s)
            after = LIST_INITIALS_AFTER_RE.match(text, e)
            if (before is not None and before.end("i") in ends) or (
                after is not None and after.start("i") in starts
            ):
                more.append(Entity(s, e, "PERSON"))
                starts.add(s)
                ends.add(e)
            else:
                left.append((s, e))
        if len(left) == len(candidates):
            break
        candidates = left
    return more


NAME_WORD_SPLIT_RE = factored.compile(r"[\s\-]+")


# A single capital standing for a person where only a person stands: before what a
# person says or does ("K said", "T and his mate"), as the whole object of "told"/"asked"
# ("told H about it"), called to (", T?"), or after a relation ("uncle T"). Not a grade,
# plan, vitamin, key stage, letter or year group's form ("Plan B is", "Vitamin D was", "Year 9
# K said", "the letter A"), nor "A" and "I" (words as well). Found from the capitals standing
# alone (few in a text), the words around each looked at after.
INITIAL_OBJECT_END_RE = factored.compile(
    r"[ \t]*(?:[.,;:!?)]|\n|\Z)|[ \t]+(?:about|that|to|and|said|says|was|is|has)\b"
)
# Words before a capital that make it a grade, a plan or a form, not a person.
INITIAL_NOT_AFTER_RE = factored.compile(
    r"(?:\b(?:year|yr|y|plan|vitamin|stage|letter|grade|level|type|block|room|part|section|"
    r"option|page|class|set|group|form|team|zone|wing|floor|gate|door|bay|platform|exit|unit|"
    r"ward|row|seat|category|tier|step|phase|appendix|annex|schedule|model|series|size|the|a|"
    r"an|blood|hepatitis|hep|vit|point|item|question|q|box|column|col|flat|apartment|"
    r"house|no|number|route|bus|line|wave|mark|pool|cohort|band)|\d)[ \t]*\Z",
    re.I,
)


# A capital standing alone (B-Z but I, and X, a platform: "X says the person must report
# it"), found by its class (the engine skips to capitals, which are few), the character
# before it looked at after.
LONE_CAPITAL_RE = factored.compile(r"[B-HJ-WYZ](?![\w'’\-&/)]|\.\w)")
INITIAL_VERB_AFTER_RE = factored.compile(
    # A full stop may close the initial: "P. says it's not pupils", "B. screenshotted them".
    r"\.?[ \t]+(?:said|says|told|asked|rang|texted|messaged|sent|screenshotted|wants|wanted|"
    r"thinks|thought|"
    r"reckons|disclosed|admitted|denied|concerned|worried|advised|explained|reported|confirmed|"
    r"phoned|emailed|agreed|and[ \t]+(?:his|her|their)[ \t]+(?:mates?|friends?|"
    r"brother|sister|mum|dad))\b"
)
INITIAL_WORD_BEFORE_RE = factored.compile(
    r"(?<![\w'’])(?:told|tell|tells|asked|ask|asks|texted|messaged|spoke[ \t]+to|uncle|auntie|"
    r"aunty|nan|cousin|bro|sis|bf|gf|ex|mate|friend)[ \t]+\Z",
    re.I,
)
# A log's verbs after a child's initial, and the object of filming or of a photo: "14:20 – K
# found in McDonald's", "K returned", "one was filming K", "any videos of K." Read only where a
# capitalised word of the text opens with the capital ("Krystal").
INITIAL_LOG_VERB_AFTER_RE = factored.compile(
    r"[ \t]+(?:found|returned|refused|left|went|came|arrived|seemed|was|has|had|got|ran|"
    r"not[ \t]+in)\b"
)
INITIAL_FILMED_BEFORE_RE = factored.compile(
    r"(?<![\w'’])(?:filming|filmed|film|videos?[ \t]+of|photos?[ \t]+of|pics?[ \t]+of)[ \t]+\Z",
    re.I,
)
FILMED_WHERE_AFTER_RE = factored.compile(r"[ \t]+(?:on|in|at|with|while|when|from)\b")
CALLED_TO_AFTER_RE = factored.compile(r"[ \t]*\?")
COMMA_BEFORE_RE = factored.compile(r",[ \t]*\Z")


def _initial_spots(text: str) -> Iterator[int]:
    """Offsets of single capitals in the slots above."""
    for m in LONE_CAPITAL_RE.finditer(text):
        k = m.start()
        if k > 0 and (text[k - 1].isalnum() or text[k - 1] in "_'’.-&/"):
            continue
        if INITIAL_VERB_AFTER_RE.match(text, k + 1):
            yield k  # "K said", "T and his mate"
        elif INITIAL_WORD_BEFORE_RE.search(text, max(0, k - 12), k):
            if INITIAL_OBJECT_END_RE.match(text, k + 1):
                yield k  # "told H about it", "uncle R said"
        elif CALLED_TO_AFTER_RE.match(text, k + 1) and COMMA_BEFORE_RE.search(
            text, max(0, k - 4), k
        ):
            yield k  # "who has, T?"
        elif (
            INITIAL_LOG_VERB_AFTER_RE.match(text, k + 1)
            or (
                INITIAL_FILMED_BEFORE_RE.search(text, max(0, k - 12), k)
                and (
                    INITIAL_OBJECT_END_RE.match(text, k + 1)
                    or FILMED_WHERE_AFTER_RE.match(text, k + 1)
                )
            )
        ) and re.search(r"(?<![\w'’])" + text[k] + r"[a-z]{2,}", text):
            yield k  # "Krystal (13) ... K found in McDonald's ... filming K"


# A kin word or a nickname's adjective and a name in quotes, a contact's or a display name:
# '"auntie bev"', '"Big Mike 🐐"', '"uncle T"': the whole name in the quotes.
QUOTED_KIN_NAME_RE = factored.compile(
    r"[\"“](?P<n>(?i:auntie|aunty|aunt|uncle|nan|nana|nanny|cousin|big|lil|little)[ \t]+"
    r"[A-Za-z][a-z'’\-]*)(?=[ \t]*(?:[^\w\s\"”]{1,3}[ \t]*)?[\"”])"
)


# A full stop that closes an initial before the clause goes on in lower case ("P. says").
INITIAL_STOP_RE = factored.compile(r"\.(?=[ \t]+[a-z])")


def _round_p_initials(text: str, masked: bytearray) -> list[Entity]:
    """Single capitals in a person's slot (_initial_spots) and kin
    nicknames in quotes (QUOTED_KIN_NAME_RE), as PERSON spans (code-point offsets); what is
    masked already is left, and masked is updated."""
    found: list[Entity] = []
    for s in sorted(set(_initial_spots(text))):
        if masked[s] or INITIAL_NOT_AFTER_RE.search(text, max(0, s - 14), s):
            continue
        e = s + 2 if INITIAL_STOP_RE.match(text, s + 1) else s + 1
        found.append(Entity(s, e, "PERSON"))
        masked[s:e] = b"\x01" * (e - s)
    if '"' in text or "“" in text:
        lex = lexicon()
        table = zipf_table()
        for m in QUOTED_KIN_NAME_RE.finditer(text):
            name = m.group("n").split()[-1]
            low = name.lower()
            if not (
                len(name) == 1
                or lex.any_first_name(low)
                or (_slot_word_ok(low, lex, table) and zipf_of(low, table) < 4.0)
            ):
                continue
            s, e = m.span("n")
            found.append(Entity(s, e, "PERSON"))
            masked[s:e] = b"\x01" * (e - s)
    return found


# Surnames by their shape: a capitalised word with the letters or endings of Polish,
# Czech, Slovak, Romanian, Lithuanian or Hungarian surnames right after a name found ("Bill
# Szymański", "Ana Dvořáková"), and a Gaelic surname's "a'" between two parts found ("Mac a'
# Phearsain").
FOREIGN_SURNAME_AFTER_RE = factored.compile(
    r"[ \t](?P<s>[A-ZĆŁŚŹŻÓČŘŠŽĎŤŇ][\w'’\-]*(?:[ąćęłńśźżăâîșțşţčďěňřšťůžýőű][\w'’\-]*"
    r"|(?:ski|ska|wicz|escu|ová|czyk|czak|ienė|aitė|enko))\b)"
)
GAELIC_A_BETWEEN_RE = factored.compile(r"[ \t]+a['’][ \t]+\Z")
# A lower-case initial after a lower-case name, before the clause ends or what the person does
# ("a kid called alfie p i think", "jay k said"); not a, i, n, u, x (words in a hurried note:
# "sam n jo", "c u", "thanks sam x").
LOWER_INITIAL_AFTER_RE = factored.compile(
    r"[ \t](?P<s>[b-hj-mo-tv-wyz])(?=[ \t]*(?:[,.;:!?)]|\n|\Z)"
    r"|[ \t]+(?:i[ \t]+think|said|says|has|was|is|and|from)\b)"
)


# A name in capitals runs on into the next word in capitals when that word is no English word
# (Zipf under 3.5) or a listed surname, and no acronym: "JORDAN LEE PARKIN, 23", not "SAMIRA
# RECEIVING".
CAPITALS_WORD_AFTER_RE = factored.compile(r"[ \t](?P<s>[A-Z][A-Z'’\-]+)(?![\w])")
CAPITALS_SURNAME_MAX_ZIPF = 3.5


def _capitals_surname(text: str, end: int) -> re.Match[str] | None:
    m = CAPITALS_WORD_AFTER_RE.match(text, end)
    if m is None:
        return None
    low = m.group("s").lower()
    lex = lexicon()
    if low in lex.protected or low in acronyms():
        return None
    if low in lex.surnames or zipf_of(low, zipf_table()) < CAPITALS_SURNAME_MAX_ZIPF:
        return m
    return None


def _shaped_surnames(text: str, people: list[Entity], masked: bytearray) -> list[Entity]:
    """People with a surname of FOREIGN_SURNAME_AFTER_RE's shape taken in, and two parts of a
    Gaelic surname joined over "a'" (the one entity holding both)."""
    if not people:
        return people
    out: list[Entity] = []
    # GAELIC_A_BETWEEN_RE's "a'" is rare: without it in the text no two names are joined.
    gaelic = "a'" in text or "a’" in text
    for ent in sorted(people):
        if (
            gaelic
            and out
            and 3 <= ent.start - out[-1].end <= 8
            and out[-1].type == ent.type == "PERSON"
            and text[out[-1].end - 3 : out[-1].end].lower() in ("mac", "nic")
            and GAELIC_A_BETWEEN_RE.search(text, out[-1].end, ent.start)
        ):
            out[-1] = Entity(out[-1].start, ent.end, "PERSON")  # "Mac a' Phearsain"
            continue
        if text[ent.end : ent.end + 1] not in (" ", "\t") or ent.type != "PERSON":
            out.append(ent)  # most names: no blank and letter after them
            continue
        nxt = text[ent.end + 1 : ent.end + 3]
        if nxt[:1].isalpha():
            m = FOREIGN_SURNAME_AFTER_RE.match(text, ent.end) if nxt[0].isupper() else None
            if m is None and nxt.isupper() and text[ent.start : ent.end].isupper():
                m = _capitals_surname(text, ent.end)  # "MR PETER QUAYLE"
            if m is None and not nxt[1:].isalnum() and text[ent.start : ent.end].islower():
                m = LOWER_INITIAL_AFTER_RE.match(text, ent.end)  # "alfie p i think"
            if m is not None and masked.find(1, m.start("s"), m.end("s")) < 0:
                word = m.group("s").lower()
                if word not in lexicon().protected or len(word) == 1:
                    ent = Entity(ent.start, m.end("s"), "PERSON")
        out.append(ent)
    return out


def name_initials(text: str, people: Iterable[Entity]) -> set[str]:
    """The initials of the names of two words or more among people: "Hodan Warsame" -> "HW",
    "Jolene Abara-Whitcombe" -> "JAW" (titles left out)."""
    known = set()
    for ent in people:
        if ent.type != "PERSON":
            continue
        words = [w for w in NAME_WORD_SPLIT_RE.split(text[ent.start : ent.end]) if w[:1].isalpha()]
        words = [w for w in words if w.lower().strip(".") not in TITLES]
        if len(words) == 2 and words[0].endswith(","):
            words = [words[1], words[0][:-1]]  # "PARKER, Jordan" -> "JP"
        if len(words) >= 2 and all(w[0].isupper() and w[0].isascii() for w in words):
            known.add("".join(w[0] for w in words))
            # A double-barrelled surname by its first part: "Precious Adeyemi-Lowe" -> "PA".
            spaced = [w for w in words if w[0].isupper()]
            joined = text[ent.start : ent.end].split()
            if len(joined) >= 2 and len(joined) < len(spaced):
                short = "".join(w[0] for w in joined if w[:1].isupper())
                if short.lower() not in _short_initials_not():
                    known.add(short)  # not "HR", "BT"
                # And with its hyphen, as minutes write it: "Sunita Varma-Jones" -> "SV-J".
                given = [w for w in joined[:-1] if w.lower().strip(".") not in TITLES]
                parts = joined[-1].split("-")
                if given and len(parts) == 2 and all(p[:1].isupper() for p in parts):
                    known.add("".join(w[0] for w in given) + parts[0][0] + "-" + parts[1][0])
        if (
            len(words) >= 2
            and words[0][0].isupper()
            and words[-1][0].isupper()
            and all(w[0].isupper() or w.lower() in SURNAME_PARTICLES for w in words)
        ):
            # Initials as minutes write them: a particle's small letter, "Mc" whole, a capital
            # that is no ASCII letter ("Hendrik de Vries" -> "HdV", "Jill McNamara" -> "JMcN",
            # "Clare Ó Dónaill" -> "CÓD").
            known.add("".join(_word_initial(w) for w in words))
            if any(w in IRISH_PARTICLES_WRITTEN_WHOLE for w in words):
                # "Caoimhe Ní Mhurchú" -> "CNíM" too: Irish minutes keep "Ní" and "Uí" whole
                known.add(
                    "".join(
                        w if w in IRISH_PARTICLES_WRITTEN_WHOLE else _word_initial(w) for w in words
                    )
                )
    return known


IRISH_PARTICLES_WRITTEN_WHOLE = frozenset(("Ní", "Uí"))


# Companies' capitals a double-barrelled name's short initials may spell: "the BT router"
# beside Bronwen Tudor-Jones ("BT" is no brand on brands.txt: it is initials too).
SHORT_INITIALS_NOT = word_set("bt ee")
MC_INITIAL_RE = factored.compile(r"Ma?c[A-Z]")


@cache
def _short_initials_not() -> frozenset[str]:
    """What a double-barrelled name's short initials must not spell: an acronym, a brand, a
    company's capitals (SHORT_INITIALS_NOT)."""
    return (
        read_words("acronyms.txt")
        | read_words("acronyms_more.txt")
        | read_words("brands.txt")
        | SHORT_INITIALS_NOT
    )


def _word_initial(word: str) -> str:
    """A word's initial as minutes write it: "Mc" or "Mac" with the capital after it."""
    m = MC_INITIAL_RE.match(word)
    return m.group(0) if m is not None else word[0]


def initials_of_people(text: str, people: Iterable[Entity]) -> set[str]:
    """The initials the text gives the people found: their names' (name_initials), written
    in brackets after a name (_bracketed_initials) or given in a list of who came
    (initials_given_in_list)."""
    people = list(people)
    return (
        name_initials(text, people)
        | _bracketed_initials(text, people)
        | initials_given_in_list(text, people)
        | _keyed_initials(text, people)
    )


# A label's colon after capitals, before what it labels: "SW: Julia Kowalska".
LABEL_COLON_RE = factored.compile(r"[ \t]*:[ \t]*")


def unkept_initials(
    text: str, keep: list[tuple[int, int]], people: Iterable[Entity]
) -> list[tuple[int, int]]:
    """keep less the acronyms it holds that the text gives as a person's initials (in a
    list of who came, in brackets after the name they spell, before a role in brackets, or
    filling a log's field of staff): "Cristina Pavel (CP) - Social Worker ... CP: translated",
    "Present: TA (key worker)", "Caseworker: RS"."""
    people = list(people)
    words = {text[s:e] for s, e in keep if 2 <= e - s <= 4 and text[s:e].isupper()} & {
        text[p.start : p.end] for p in people if p.end - p.start <= 4
    }
    if not words:
        return keep  # no finding is a kept acronym: nothing to give back
    # In brackets after a name the initials spell its two words or more: "Ieuan (ICT)", "Mrs
    # Akhtar (TA)" are roles.
    known = name_initials(text, people)
    given = (
        initials_given_in_list(text, people)
        | _keyed_initials(text, people)
        | (_bracketed_initials(text, people) & known)
    )
    starts = {p.start for p in people}
    for w in words - given:
        at = [m.span() for m in re.finditer(r"(?<![\w.@/#\-])" + w + r"(?![\w@/#\-])", text)]
        # Capitals labelling a name as its post are the post's wherever they stand: "SW: Julia
        # Kowalska, standby ... SW wants to know" beside Struan Walker.
        labelled = any((m := LABEL_COLON_RE.match(text, e)) and m.end() in starts for _, e in at)
        if any(
            initials_by_place(text, s, e, people)
            or (w in known and not labelled and known_initials_at(text, s, e))
            for s, e in at
        ):
            given.add(w)
    return [(s, e) for s, e in keep if text[s:e] not in given] if words & given else keep


# A letter's reference made of its writers' and typists' initials before a number: "Ref:
# JMcB/PL/44", "quoting ref GMH/TB/2211", "Our ref: KD/ab/0193".
LETTER_REFERENCE_RE = factored.compile(
    r"\b(?i:(?:our|your|my)[ \t]+)?(?i:ref(?:erence)?)\b\.?[ \t]*:?[ \t]*"
    r"(?P<r>[A-Za-z]{2,5}(?:/[A-Za-z]{2,5}){1,3})/\d{1,6}\b"
)
LETTER_REFERENCE_PART_RE = factored.compile(r"[A-Za-z]{2,5}")


# An exhibit's number, made of the initials of the officer who produced it: "Exhibit GO/3",
# "(exhibit RTE/1)", "I exhibit screenshots as JRP/1 to JRP/6".
EXHIBIT_RE = factored.compile(r"\b(?i:exhibit(?:s|ed)?)\b")
EXHIBIT_NUMBER_RE = factored.compile(r"(?<![\w/])(?P<r>[A-Z][A-Za-z]{1,4})/\d{1,3}(?![\w/])")


def _reference_parts(text: str) -> list[tuple[int, int]]:
    """Where the initials of a letter's reference stand (LETTER_REFERENCE_RE, each part that
    has a capital: "JMcB", "PL" of "Ref: JMcB/PL/44"; not a reference opening with a
    service's acronym, "Our ref: CAIU/NW/5531") and of an exhibit's numbers, wherever the
    text gives them again once one stands within 40 characters after "exhibit"
    (EXHIBIT_NUMBER_RE: "Exhibit GO/3", "JRP/1 to JRP/6")."""
    parts = []
    for m in LETTER_REFERENCE_RE.finditer(text):
        first = text[m.start("r") : text.index("/", m.start("r"))]
        if first.lower() in short_forms():
            continue
        parts += [
            p.span()
            for p in LETTER_REFERENCE_PART_RE.finditer(text, m.start("r"), m.end("r"))
            if any(c.isupper() for c in p.group(0))
        ]
    exhibits = {
        n.group("r")
        for e in EXHIBIT_RE.finditer(text)
        for n in EXHIBIT_NUMBER_RE.finditer(text, e.end(), e.end() + 40)
        if n.group("r").lower() not in short_forms()
    }
    if exhibits:
        parts += [n.span("r") for n in EXHIBIT_NUMBER_RE.finditer(text) if n.group("r") in exhibits]
    return parts


def in_reference(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a part of a letter's reference or an exhibit's number
    (_reference_parts)."""
    if text[end : end + 1] != "/" and text[start - 1 : start] != "/":
        return False  # the quick look: a reference's part has a slash beside it
    return (start, end) in _reference_parts(text)


def _reference_initials(text: str, masked: bytearray) -> list[Entity]:
    """The initials of letters' references and exhibits' numbers (_reference_parts) as
    PERSON spans, but where masked."""
    return [Entity(s, e, "PERSON") for s, e in _reference_parts(text) if masked.find(1, s, e) < 0]


# Initials listed in brackets after words for people: "three boys (KM, JT and AO)", "two
# Year 8 pupils (LB, RM)", "sent to three others (RD, KP and AW)".
PEOPLE_BRACKET_LIST_RE = factored.compile(
    r"\b(?:boys|girls|pupils|students|children|kids|lads|young[ \t]+people|siblings|friends|"
    r"learners|players|cadets|twins|brothers|sisters|suspects|victims|others|classmates|"
    r"peers)\b[^()\n]{0,25}\("
    r"(?P<l>[A-Z]{2,3}(?:[ \t]*(?:,|and|&|\+|/)[ \t]*[A-Z]{2,3})+)\)"
)
LIST_ITEM_RE = factored.compile(r"[A-Z]{2,3}")


def _people_listed_in_brackets(text: str) -> set[str]:
    """The initials of PEOPLE_BRACKET_LIST_RE's lists, for a list none of which is a protected
    word and half at least no acronym or post either: "two girls (KL and MB)", though "MB"
    is a short form too; not "(DSL, IRO)"."""
    cued: set[str] = set()
    protected = lexicon().protected
    for m in PEOPLE_BRACKET_LIST_RE.finditer(text):
        items = LIST_ITEM_RE.findall(m.group("l"))
        if all(i.lower() not in protected for i in items) and 2 * sum(
            map(no_word_or_acronym, items)
        ) >= len(items):
            cued.update(items)
    return cued


def _initials(text: str, people: list[Entity], masked: bytearray) -> list[Entity]:
    found: list[Entity] = []
    if "/" in text:
        found += _reference_initials(text, masked)
    if "." in text:
        for m in DOTTED_INITIALS_RE.finditer(text):
            letters = m.group(0)[: m.start("surname") - m.start() if m.group("surname") else None]
            letters = letters.strip()
            if letters.lower().replace(" ", "") in ABBREVIATIONS:
                after = PERSON_AROUND_RE.match(text, m.end()) or INITIALS_CUE_AFTER_RE.match(
                    text, m.end()
                )
                before = INITIALS_CUE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
                if not (after or before) or ABBREVIATION_AFTER_RE.match(text, m.end()):
                    continue
            if masked.find(1, m.start(), m.start() + 1) >= 0:
                continue
            end = m.end() if m.group("surname") else m.start() + len(letters)
            found.append(Entity(m.start(), end, "PERSON"))
        for m in LOWER_DOTTED_INITIALS_RE.finditer(text):
            s, e = m.span()
            # "m.o'b" whole, though "o'b" was found already as a name.
            if m.group(0) not in ABBREVIATIONS and (
                masked.find(1, s, e) < 0 or 0 <= masked.find(0, s, e) < s + 2
            ):
                found.append(Entity(s, e, "PERSON"))
    # Initials found once stand for the same person wherever they recur.
    seen = {text[e.start : e.end].split()[0] for e in found}
    found += [
        Entity(s, e, "PERSON")
        for s, e in recurrences(text, seen, r"(?<![\w.])", r"(?![\w])", masked)
    ]
    known = name_initials(text, people)
    # Initials of a name found that no run of bare capitals reads: "JMcN", "HdV", "CÓD".
    mixed = {k for k in known if not (k.isascii() and k.isupper())}
    if mixed:
        found += [
            Entity(s, e, "PERSON")
            for s, e in recurrences(text, mixed, r"(?<![\w.@/#\-])", r"(?![\w@/#\-]|\.\w)", masked)
        ]
    # Initials a name is given in brackets stand for it wherever they recur, though they
    # spell a word or a common abbreviation ("Nerys Baptiste (NB)", "Ola Nowak (ON)").
    defined = (
        _bracketed_initials(text, people)
        | initials_given_in_list(text, people)
        | _keyed_initials(text, people)
    )
    found += [
        Entity(s, e, "PERSON")
        for s, e in recurrences(text, defined, r"(?<![\w.@/#\-])", r"(?![\w@/#\-]|\.\w)")
    ]
    protected = lexicon().protected
    cued: set[str] = _people_listed_in_brackets(text) if "(" in text else set()
    # Bare capitals are few; each is checked for a cue before it ("Child: HW") or for being
    # the initials of a name found, or for an age or year group in brackets after it ("AB and
    # RB (twins, Y10)"). (Faster than a cue pattern tried at every position.)
    spans = {(p.start, p.end) for p in people}
    for m in BARE_CAPITALS_RE.finditer(text):
        s, e = m.span()
        word = m.group(0)
        if masked.find(1, s, e) >= 0:
            if (
                (s, e) in spans
                and word not in cued
                and (initials_cued(text, s, e) or rare_initials(word))
            ):
                # found already ("Present: KM (LADO)", "Pupils involved: KB (Y7)"); "KM to
                # check", "KB (service child)" too
                cued.add(word)
            continue
        if word.lower() in protected and not initials_by_place(text, s, e, people):
            # "TO" is a word, but not in "Present: TO (Headteacher)", nor in "IN reminded her"
            if word_as_initials(text, s, e, known):
                found.append(Entity(s, e, "PERSON"))
                cued.add(word)
            continue
        if word in known:
            if not _in_capitals(text, s, e) and not _short_form_before_noun(text, s, e):
                found.append(Entity(s, e, "PERSON"))
        elif (
            (
                INITIALS_CUE_BEFORE_RE.search(text, max(0, s - 30), s)
                and INITIALS_CUE_AFTER_RE.match(text, e)
            )
            or initials_by_place(text, s, e, people)
        ) or (
            word.lower() not in acronyms()
            and word.lower() not in ABBREVIATIONS
            and word.lower() not in TITLES
            and (initials_cued(text, s, e) or initials_in_slot(text, s, e))
        ):
            found.append(Entity(s, e, "PERSON"))
            cued.add(word)
    # A double-barrelled surname's initials before a task or a report ("LO-T to raise", "GA-W
    # to send notes") or a name's found ("AS-B" beside Annika Sørensen-Blake).
    if "-" in text:
        for m in HYPHENED_INITIALS_RE.finditer(text):
            s, e = m.span()
            if masked.find(1, s, e) < 0 and (
                m.group(0) in known or INITIALS_SLOT_AFTER_RE.match(text, e)
            ):
                found.append(Entity(s, e, "PERSON"))
                cued.add(m.group(0))
    # A note's writer's or a post-holder's initials found already ("HoY9 CN." before a full
    # stop, which BARE_CAPITALS_RE does not read) are cued too.
    cued |= {
        w
        for p in people
        if 2 <= p.end - p.start <= 3
        and (w := text[p.start : p.end]).isupper()
        and w not in cued
        and writer_initials(text, p.start, p.end)
    }
    # Initials a cue showed stand for the person wherever they recur ("KAB spoke about").
    found += [
        Entity(s, e, "PERSON")
        for s, e in recurrences(text, cued, r"(?<![\w.@/#\-])", r"(?![\w@/#\-]|\.\w)", masked)
        if not any(f.start == s for f in found)
    ]
    if "/" in text:
        found += _slashed_initials(text, found + people)
    if "O'" in text or "O’" in text:
        found += [
            Entity(m.start(), m.end(), "PERSON")
            for m in IRISH_INITIALS_RE.finditer(text)
            if m.group(0)[-1] != "S" and not _in_capitals(text, m.start(), m.end())
        ]
    if found and ("," in text or " and " in text or "+" in text):
        listed = _list_neighbours(text, found + people, masked)
        found += listed
        listed_words = {text[f.start : f.end] for f in listed}
        found += [
            Entity(s, e, "PERSON")
            for s, e in recurrences(
                text, listed_words, r"(?<![\w.@/#\-])", r"(?![\w@/#\-]|\.\w)", masked
            )
            if not any(f.start == s for f in found)
        ]
    return found


# Initials of a name with "O'" ("SO'D" for Siobhan O'Dwyer, "MO'B"), in a text not written
# in capitals; not "DO'S".
IRISH_INITIALS_RE = factored.compile(r"(?<![\w'’])[A-Z]O['’][A-Z]{1,2}(?![\w'’])")
# Two people's initials joined by a slash, as an action names who does it: "Action: KM/AD to
# meet", "ACTION: MD/SK – assembly".
SLASHED_INITIALS_RE = factored.compile(
    r"(?<![\w.@/#\-])(?P<a>[A-Z]{2,3})/(?P<b>[A-Z]{2,3})(?![\w@/#\-]|\.\w)"
)


def _slashed_initials(text: str, people: list[Entity]) -> list[Entity]:
    """Initials joined by a slash (SLASHED_INITIALS_RE) where one of the two is a person's
    found elsewhere: both, the other unless it is a listed acronym ("KM/HR" is a person and
    a department)."""
    known = {
        w for p in people if 2 <= p.end - p.start <= 3 and (w := text[p.start : p.end]).isupper()
    }
    found = []
    for m in SLASHED_INITIALS_RE.finditer(text):
        a, b = m.group("a"), m.group("b")
        if a not in known and b not in known:
            continue
        for group, word in (("a", a), ("b", b)):
            if word in known or word.lower() not in acronyms():
                found.append(Entity(m.start(group), m.end(group), "PERSON"))
    return found


# Capitals that spell a word standing where a note's initials do, in a text not written in
# capitals: before a verb of what the person did ("IN reminded her", "AN asking: ...", "ON
# to lead on it"), or alone on a line as the initials of a name the text gives ("Best,\nNO
# \n\nNkem Obiora").
WORD_INITIALS_AFTER_RE = factored.compile(
    r"[ \t]+(?:reminded|suggested|asking|asked|asks|presented|agreed|agrees|raised|stressed|"
    r"spoke|rang|emailed|said|says|explained|reported|noted|shared|confirmed|volunteered|"
    r"updated|laughed|worried|wants|spent|thinks|mentioned|advised|summarised|summarized|"
    r"outlined|described|highlighted|queried|proposed|recommended|will[ \t]+(?:call|email|ring|"
    r"send)|to[ \t]+(?:lead|flag|send|speak|call|ring|contact|inform|follow|raise|run|email|"
    r"update|review|check|chase|circulate|arrange|liaise|draft|book|visit|meet|compile|"
    r"apply|prepare|deliver|write|request|share|complete|attend|notify|ask|link|monitor|"
    r"provide|discuss|escalate|refer|confirm|consider|identify|amend|produce|present|"
    r"set[ \t]+up|find[ \t]+out|investigate|seek|organise|organize|collate)|"
    r"was[ \t]+(?:interviewed|suspended|arrested|dismissed|warned|spoken[ \t]+to))\b"
)
# Where a name found stands in a note by its initials, though they spell a word or an
# acronym too: "reports to HA", "support for NI" ("Hope Adjei", "Ngozi Ilori").
KNOWN_INITIALS_BEFORE_RE = factored.compile(
    r"\b(?:to|with|from|for|by|and|thanked|told|asked|ask|email|emailed|ring|rang|call|"
    r"called|cc|between)[ \t]+\Z"
)
# Such initials in brackets after a note's heading or a role ("Police update (SW):", "school
# nurse (WG) to check in", "a safe adult (MS)"), not after the words they spell ("social
# worker (SW)"); or after the minute-taker's cue ("Minute: SW"). Initials that are a post's
# too ("SW") only where an item's colon or an action follows the bracket.
BRACKETED_WORDS_BEFORE_RE = factored.compile(r"((?:[A-Za-z][\w'’\-]*[ \t]+){1,4})\(\Z")
BRACKET_ITEM_AFTER_RE = factored.compile(r"\)[ \t]*(?::|to[ \t]+[a-z])")
MINUTE_TAKER_BEFORE_RE = factored.compile(r"\b(?i:" + MINUTE_TAKER + r")[ \t]*:[ \t]*\Z")
# Capitals a note writes for a platform, a field or a rank before such a verb: "IG confirmed
# removal", "DOB confirmed", "PS to update".
NOT_WORD_INITIALS = word_set(
    "ig fb yt tt wa dob gp ps pc ok ngl tbh idk omg lol smh imo fyi yes not"
)
WORD_CAPITALS_RE = factored.compile(r"[A-Z]{2,}")
NEXT_WORD_RE = factored.compile(r"[ \t]+([A-Za-z]{2,})")
PREVIOUS_WORD_RE = factored.compile(r"([A-Za-z]{2,})[ \t]+\Z")


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the words either side of text[start:end] are written in capitals ("WHAT ELSE
    DO I DO. MY NUMBER"): no small letter within 30 characters, eight capitals or more."""
    near = text[max(0, start - 30) : start] + text[end : end + 30]
    return not any(c.islower() for c in near) and sum(c.isupper() for c in near) >= 8


NOUN_AFTER_SHORT_FORM_RE = factored.compile(r"[ \t]+[a-z]{3,}")


def _short_form_before_noun(text: str, start: int, end: int) -> bool:
    """Whether the capitals at text[start:end], though a name found spells them, are a listed
    short form after "the" and before a lower-case word that is not what someone did: "the FA
    intermediaries register" beside Femi Adewale; not "FA said", "disclosed to FA that"."""
    return (
        text[start:end].lower() in short_forms()
        and ARTICLE_BEFORE_RE.search(text, max(0, start - 5), start) is not None
        and NOUN_AFTER_SHORT_FORM_RE.match(text, end) is not None
        and WORD_INITIALS_AFTER_RE.match(text, end) is None
    )


def word_as_initials(text: str, start: int, end: int, known: Collection[str] = frozenset()) -> bool:
    """Whether the capitals at text[start:end], a word as well ("IN", "AN", "NO"), stand as
    someone's initials (WORD_INITIALS_AFTER_RE, or alone on a line as the initials of a name
    found, `known`), where the words beside them are not written in capitals too."""
    word = text[start:end]
    if word in known and known_initials_at(text, start, end):
        return True
    if word.lower() in POST_CAPITALS or word.lower() in NOT_WORD_INITIALS:
        return False
    if word.lower() in short_forms() and word not in known:
        return False
    for m in (
        NEXT_WORD_RE.match(text, end),
        PREVIOUS_WORD_RE.search(text, max(0, start - 24), start),
    ):
        if m is not None and WORD_CAPITALS_RE.fullmatch(m.group(1)):
            return False  # "PUT IT IN THE BIN": a text in capitals
    if _in_capitals(text, start, end):
        return False
    alone = (
        text[text.rfind("\n", 0, start) + 1 : start].strip() == ""
        and text[end : (text.find("\n", end) + 1 or len(text) + 1) - 1].strip() == ""
    )
    if word in known and (
        alone
        or KNOWN_INITIALS_BEFORE_RE.search(text, max(0, start - 16), start) is not None
        or _bracketed_not_spelt(text, start, end)
    ):
        return True
    return WORD_INITIALS_AFTER_RE.match(text, end) is not None


def known_initials_at(text: str, start: int, end: int) -> bool:
    """Whether the capitals at text[start:end], a name's initials, stand for that person
    though they spell a word or a post too: where a note gives someone's initials
    (known_initials_by_place) or before a verb of reporting or a task, no determiner before
    them: "DC reported a complaint", "TA to circulate the draft" beside Deirdre Conlon and
    Temitope Adewale; not "the SW reported"."""
    return known_initials_by_place(text, start, end) or (
        WORD_INITIALS_AFTER_RE.match(text, end) is not None
        and DETERMINER_BEFORE_RE.search(text, max(0, start - 8), start) is None
    )


def known_initials_by_place(text: str, start: int, end: int) -> bool:
    """Whether the capitals at text[start:end], a name's initials, stand where a note gives
    someone's initials though they spell a post too: after the minute-taker's cue, or alone in
    brackets after words that do not spell them, an item's colon or an action after the
    bracket (see MINUTE_TAKER_BEFORE_RE)."""
    return (
        MINUTE_TAKER_BEFORE_RE.search(text, max(0, start - 20), start) is not None
        or (
            BRACKET_ITEM_AFTER_RE.match(text, end) is not None
            and _bracketed_not_spelt(text, start, end)
        )
        or (
            _no_post(text[start:end].lower())
            and (
                # Where a note names a person: "messages between RO and a pupil", "RO was
                # interviewed under caution" beside Mr Reuben Oakley.
                KNOWN_INITIALS_BEFORE_RE.search(text, max(0, start - 12), start) is not None
                or WORD_INITIALS_AFTER_RE.match(text, end) is not None
                # A speaker's line of minutes: "AS: GT has a warning" beside Anita Sharma.
                or (
                    text[end : end + 1] == ":"
                    and LINE_LEAD_RE.search(text, max(0, start - 6), start) is not None
                )
            )
        )
    )


def _no_post(low: str) -> bool:
    """Whether capitals in lower case are no post or team written short ("sw", "gp", "cp",
    "dm", "tm")."""
    return low not in POST_CAPITALS and low not in TEAM_POSTS


def _bracketed_not_spelt(text: str, start: int, end: int) -> bool:
    """Whether the capitals at text[start:end] stand alone in brackets after words
    (BRACKETED_WORDS_BEFORE_RE) whose first letters do not spell them."""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    before = BRACKETED_WORDS_BEFORE_RE.search(text, max(0, start - 60), start)
    if before is None:
        return False
    word = text[start:end]
    letters = "".join(w[0] for w in before.group(1).split()).upper()
    return not letters.endswith(word)


# Initials in brackets, up to five letters with a surname's "Mc" or "O'", a role beside them
# perhaps: "(NB)", "(RMcA)", "(POK)", "(PK, DSL)", "(ICT, MK)".
BRACKET_AFTER_RE = factored.compile(r"[ \t]*\(([^()\n]{2,40})\)")
INITIALS_ITEM_RE = factored.compile(r"[A-Z](?:[A-Z]|Mc|Mac|O'|O’){1,4}[a-z]?")
# The words of a name before such a bracket, a nickname in quotes among them.
NAME_BEFORE_BRACKET_RE = factored.compile(
    r"(?:[A-Z][\w'’\-]*[ \t]+|[\"“][^\"”\n]{1,20}[\"”][ \t]+){2,6}\(\Z"
)
QUOTED_WORD_RE = factored.compile(r"[\"“][^\"”]*[\"”]")


def _spells(name: str, initials: str) -> bool:
    """Whether initials ("NB", "RMcA", "POK") spell the last words of name, a nickname in
    quotes and titles left out: their first letters or all their capitals ("Nerys
    Baptiste", "Roisin McAllister", "Paul O'Kane"), two words at least."""
    all_words = QUOTED_WORD_RE.sub(" ", name).split()
    words = [w for w in all_words if w.lower().strip(".") not in TITLES]
    capitals = "".join(c for c in initials if c.isupper())
    if not words:
        return False  # a title only: "FR (CSC)", initials that are Father's short form
    if len(words) == 1 and 2 <= len(capitals) <= 3:
        # One name: a first name opens the initials, a surname after a title closes them
        # ("Abena (Room leader, AO)", "Mr Kasprzak (PK, DSL)").
        titled = len(all_words) > 1
        return capitals[-1 if titled else 0] == words[0][0]
    if not 2 <= len(capitals) <= len(words) + 3:
        return False
    if "-" in words[0] and capitals == "".join(c for c in words[0] if c.isupper()):
        return True  # "Jessica-Rae Morgan ("JR")": a double first name's initials
    return any(
        capitals in ("".join(w[0] for w in part), "".join(c for c in "".join(part) if c.isupper()))
        for part in (words[-k:] for k in range(2, len(words) + 1))
    )


def _bracketed_initials(text: str, people: Iterable[Entity]) -> set[str]:
    """Initials written in brackets straight after a name found ("Sophie Whitlock (SW)",
    "Roisin McAllister (RMcA)", "Paul O'Kane (POK)") and spelling it (see _spells)."""
    defined = set()
    for ent in people:
        m = BRACKET_AFTER_RE.match(text, ent.end) if ent.type == "PERSON" else None
        if m is None:
            continue
        title = TITLE_WORD_BEFORE_RE.search(text, max(0, ent.start - 8), ent.start)
        name = text[ent.start if title is None else title.start() : ent.end]
        for item in m.group(1).split(","):
            item = item.strip().strip("\"“”'‘’")  # '("JR")' as '(JR)'
            if INITIALS_ITEM_RE.fullmatch(item) and _spells(name, item):
                defined.add(item)
    return defined


# A key to a note's initials: the initials, then the name they spell, at a line's, a
# sentence's or an item's start ("RS = Rachel Sayer, DSL", "Advisors: JO Jennifer Okwu; MR
# Matthew Roebuck", "(staff): TF Tom Faraday; GP Grace Pollard (DSL)", "CMc Ciara McNulty").
KEYED_INITIALS_BEFORE_RE = factored.compile(
    r"(?:\A|\n|[;:,|(][ \t]*|[.!?][ \t]+|[ \t]{2,}|\t)(?P<i>[A-Z][A-Za-z]{1,3})[ \t]*"
    r"(?:=|:|-|–|—)?[ \t]*\Z"
)


# A log's initials with the first name they stand for in brackets or after a slash: "22:05
# AO (Adaeze) phone handed in", "KEY WORKER NOTES – RK / Roxy".
INITIALS_BEFORE_FIRST_NAME_RE = factored.compile(
    r"(?<![\w.@/#\-])(?P<i>[A-Z]{2,3})[ \t]*(?:\(|/)[ \t]*\Z"
)


def _keyed_initials(text: str, people: Iterable[Entity]) -> set[str]:
    """Initials a key gives the name found after them (KEYED_INITIALS_BEFORE_RE), spelling
    its words in their order: "RS = Rachel Sayer" gives "RS", "GP Grace Pollard" "GP"; and
    a log's initials before the first name they open (INITIALS_BEFORE_FIRST_NAME_RE):
    "AO (Adaeze)" gives "AO"."""
    defined = set()
    for ent in people:
        if ent.type != "PERSON":
            continue
        name = text[ent.start : ent.end]
        words = name.split()
        if len(words) == 1 and (
            before := INITIALS_BEFORE_FIRST_NAME_RE.search(text, max(0, ent.start - 8), ent.start)
        ):
            initials = before.group("i")
            if (
                initials[0] == name[0]
                and initials.lower() not in lexicon().protected
                and initials not in POSTS_WRITTEN_SHORT
                and (text.startswith(")", ent.end) or before.group(0).rstrip().endswith("/"))
            ):
                defined.add(initials)
            continue
        if len(words) >= 3 and INITIALS_ITEM_RE.fullmatch(words[0]):
            # Found with its initials: "JO Jennifer Okwu" as one name.
            initials, name = words[0], " ".join(words[1:])
        else:
            m = KEYED_INITIALS_BEFORE_RE.search(text, max(0, ent.start - 12), ent.start)
            if m is None:
                continue
            initials = m.group("i")
        named = [w for w in name.split() if w[:1].isupper()]
        if (
            2 <= sum(c.isupper() for c in initials) <= 3
            and len(named) >= 2
            and not name.isupper()
            and _spells(name, initials)
            and initials[0] == named[0][0]
        ):
            defined.add(initials)
    return defined


TITLE_WORD_BEFORE_RE = factored.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|PC|DC|DS)\.?[ \t]+\Z")
# Where an item of a list of who came opens: a line's start, after a semicolon or after the
# list's head ("Panel: TW (chair)"), a rank or title perhaps between ("DC Louise Tapp").
LIST_ITEM_START_RE = factored.compile(
    r"(?:(?:\A|\n)[ \t]*(?:[-•*][ \t]*)?|;[ \t]*|\b(?:Present|Attendees|Attending|Panel|Chair|"
    r"Apologies)[ \t]*:[ \t]*)(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|PC|DC|DS|DI|DCI|Sgt|Cllr)\.?[ \t]+)?\Z"
)
# The initials such an item gives the person after a role, in brackets or closing it: "Dionne
# Asante - Social Worker (DA)", "KHAN, Nadia - Social Worker, Oldham CSC (NK) - Chair",
# "ODUYA, Peter (Northumbria Police) PO;", "KAUR, Manpreet - Contextual Safeguarding Lead MK".
LISTED_INITIALS_RE = factored.compile(
    r"[^;\n]{0,80}?(?:\((?P<b>[A-Z]{2,4})\)|[ \t](?P<t>[A-Z]{2,4})[ \t]*(?=;|\n|\Z))"
)


def initials_given_in_list(text: str, people: Iterable[Entity]) -> set[str]:
    """Initials an item of a list of who came gives the person it opens with, after a role
    (LISTED_INITIALS_RE), spelling the name in its order or with the surname first ("BHATTI,
    Imran ... (IB)", "OSEI-BONSU, Kwabena ... (KOB)", "DE SOUZA, Lorraine ... (LDS)")."""
    defined = set()
    for ent in people:
        if ent.type != "PERSON" or not LIST_ITEM_START_RE.search(
            text, max(0, ent.start - 12), ent.start
        ):
            continue
        m = LISTED_INITIALS_RE.match(text, ent.end)
        if m is None:
            continue
        initials = m.group("b") or m.group("t")
        name = text[ent.start : ent.end]
        surname, comma, forenames = name.partition(",")
        orders = [name] + ([forenames + " " + surname] if comma else [])
        for order in orders:
            words = [
                w for w in NAME_WORD_SPLIT_RE.split(order) if w[:1].isalpha() and w[0].isupper()
            ]
            if len(words) >= 2 and initials in (
                "".join(w[0] for w in words),
                words[0][0] + words[-1][0],
            ):
                defined.add(initials)
    return defined


def spelled_in_brackets(text: str, start: int, end: int) -> bool:
    """Whether the capitals at text[start:end] stand in brackets straight after the words
    they spell: "Ola Nowak (ON)" (see _spells)."""
    if text[end : end + 1] != ")":
        return False
    m = NAME_BEFORE_BRACKET_RE.search(text, max(0, start - 90), start)
    return m is not None and _spells(text[m.start() : start - 1], text[start:end])


# Initials and an age, a year group or "twins" in brackets: "KO (y5)", "AB and RB (twins, Y10)",
# "DP + KC (both Y11)" (the first of a pair too).
INITIALS_BRACKET_AFTER_RE = factored.compile(
    r"(?:[ \t]+(?:and|&|\+)[ \t]+[A-Z]{2,3})?[ \t]*\([ \t]*(?:both[ \t]+)?"
    r"(?:\d{1,2}\b|[Yy](?:r|ear)?[ \t]?\d|twins\b|siblings\b|[FfMm],)"
)
# Initials opening a bracket a few words after a child, a young person or a parent: "sent nude
# to boyfriend (JS, Y10)", "Y11 boy with severe learning difficulties (DW)", "foster carer
# (DW)", "parent (PK) accused key worker".
PERSON_BRACKET_BEFORE_RE = factored.compile(
    r"(?:\b(?i:boy|girl|boyfriend|girlfriend|son|daughter|brother|sister|child|pupil|student|"
    r"sibling|friend|cousin|yp|learner|teenager|participant|ambassador|camper|volunteer|"
    r"attendee|player)(?:[ \t]+[\w'’\-]+){0,5}"
    r"|\b(?i:parent|carer|mum|dad|mother|father))[ \t]*\([ \t]*\Z"
)
# A worker allocated, or a service speaking at a meeting by its worker's initials: "worker
# allocated (LT)", "YOT (AN): Kobe is not open to YOT"; the initials may spell a word.
WORKER_BRACKET_BEFORE_RE = factored.compile(
    r"\b(?i:worker|practitioner|allocated|assigned|yot|yos|csc|camhs|"
    # A meeting's posts: "Chair (GH) opened", "Clerk (RB)", "note-taker (JS)".
    r"chair|clerk|note-?taker|minute-?taker|investigating[ \t]+officer|union[ \t]+rep|"
    # A school's staff, in allegations' notes: "the TA (NF) showed pupils", "supply teacher
    # (JK)", "midday supervisor (AB)" (not a subject: "teacher (PE)").
    r"ta|lsa|hlta|teaching[ \t]+assistant|teacher|cover[ \t]+supervisor|midday[ \t]+supervisor|"
    r"caretaker|site[ \t]+manager|technician|coach|governor)"
    r"[ \t]*\([ \t]*\Z"
)


def initials_by_place(text: str, start: int, end: int, people: Collection[Entity] = ()) -> bool:
    """Whether the capitals at text[start:end] stand where a note gives someone's initials,
    though they spell a word or an acronym: an item of a line of who came before a role in
    brackets (listed_with_role), a field asking for initials (INITIALS_FIELD_BEFORE_RE), a
    pastoral log's line of a pupil (pupil_line), a log's field of staff (in_staff_field), or
    brackets after a worker or a service (worker_in_brackets)."""
    return (
        listed_with_role(text, start, end, people)
        or attendee_line(text, start, end)
        or REFERRED_AS_BEFORE_RE.search(text, max(0, start - 24), start) is not None
        or INITIALS_FIELD_BEFORE_RE.search(text, max(0, start - 48), start) is not None
        or pupil_line(text, start, end)
        or in_staff_field(text, start, end)
        or worker_in_brackets(text, start, end)
        or action_log_item(text, start, end)
    )


# An action log's item, lettered and numbered, before whom it falls to: "A1 – MB to
# circulate", "A3 – GW to find out".
ACTION_LOG_ITEM_BEFORE_RE = factored.compile(r"(?:\A|\n)[ \t]*[A-Z]\d{1,2}[ \t]*[-–:][ \t]*\Z")


def action_log_item(text: str, start: int, end: int) -> bool:
    """Whether the capitals at text[start:end] open an action log's item
    (ACTION_LOG_ITEM_BEFORE_RE) before what the person will do (WORD_INITIALS_AFTER_RE), and
    are no post or team ("A2 – HR to circulate")."""
    low = text[start:end].lower()
    return (
        ACTION_LOG_ITEM_BEFORE_RE.search(text, max(0, start - 8), start) is not None
        and WORD_INITIALS_AFTER_RE.match(text, end) is not None
        and (_no_post(low) or low in TECHNICAL_CAPITALS)
        and low not in short_forms()
    )


def worker_in_brackets(text: str, start: int, end: int) -> bool:
    """Whether the capitals at text[start:end] stand alone in brackets after a worker or a
    service (WORKER_BRACKET_BEFORE_RE) or after a post in a line of who came, no service's or
    plan's acronym nor a title: "allocated (LT)", "YOT (AN):", "Present: Head (PL)", not "CSC
    (CIN)" nor "Police (PC)"."""
    return (
        text[start - 1 : start] == "("
        and text[start:end].lower() not in short_forms()
        and text[start:end].lower() not in TITLES
        and text[start:end].lower() not in POST_CAPITALS
        and text[end : end + 1] == ")"
        and (
            WORKER_BRACKET_BEFORE_RE.search(text, max(0, start - 24), start) is not None
            or _post_item_before(text, start)
        )
    )


# An item of a line of who came that is a post, before a bracket: "Present: Head (PL), Deputy
# (RK)", "Business Manager (TW)".
POST_ITEM_BEFORE_RE = factored.compile(r"[:,;][ \t]*(?P<p>[A-Za-z][A-Za-z \t\-]{1,30}?)[ \t]*\(\Z")
MEETING_POSTS = word_set("head deputy chair clerk tutor manager governor")


def _post_item_before(text: str, start: int) -> bool:
    """Whether the bracket opening at start - 1 follows a post (a role of data/roles.txt or
    one of MEETING_POSTS closing it) that is an item of a line of who came."""
    m = POST_ITEM_BEFORE_RE.search(text, max(0, start - 36), start)
    if m is None or LIST_LINE_RE.match(text, text.rfind("\n", 0, start) + 1, start) is None:
        return False
    post = m.group("p").lower()
    return post in roles() or post.split()[-1] in MEETING_POSTS


BRACKET_ITEM_END_RE = factored.compile(r"[ \t]*[),]")
# A word in capitals before: the text is written in capitals ("MY FOSTER SON (14)").
CAPITALS_WORD_BEFORE_RE = factored.compile(r"(?<![\w'’])[A-Z]{2,}[ \t]+\Z")
# The heads of a line of who came; initials first in such a list: "Present: KAB, mum (...)",
# "Welfare: UYH".
_WHO_CAME = r"(?i:present|attendees|attending|apologies|in[ \t]+attendance|panel)"
INITIALS_LIST_BEFORE_RE = factored.compile(r"\b(?:" + _WHO_CAME + r"|(?i:welfare))[ \t]*:[ \t]*\Z")
# And every later item of such a line: "Present: KM (LADO), RT (DSL, ...), DC RP (Kent
# Police)".
LIST_ITEM_BEFORE_RE = factored.compile(r"(?:[,;]|\band)[ \t]*(?:(?:DC|DS|DI|PC|Dr)[ \t]+)?\Z")
LIST_LINE_RE = factored.compile(r"[ \t]*" + _WHO_CAME + r"[ \t]*:")
# Initials opening a line before a dash and a role: "FN - Social Worker", "LP – School Nurse"
# (an attendees' list).
INITIALS_ROLE_LINE_RE = factored.compile(r"[ \t]+[-–][ \t]+[A-Z][a-z]")
LINE_LEAD_RE = factored.compile(r"(?:\A|\n)[ \t]*(?:[-•*][ \t]*|\d{1,2}[.)][ \t]+)?\Z")
# A list's line opening with initials, a dash and a role or place, perhaps numbered: "SW –
# Headteacher, Brackenbury Infant School", "AO – HR, Coastline Academies", "2. DP – Kirkby
# Lane Academy – cover supervisor"; the role and its words (ATTENDEE_ROLE_AFTER_RE).
ATTENDEE_LINE_LEAD_RE = factored.compile(r"(?:\A|\n)[ \t]*(?:[-•*][ \t]*|\d{1,2}[.)][ \t]*)?\Z")
ATTENDEE_ROLE_AFTER_RE = factored.compile(
    r"[ \t]+[-–][ \t]+(?P<r>[A-Z][A-Za-z'’\-]*(?:[ \t]+[A-Za-z][A-Za-z'’\-]*){0,3})"
)
ROLE_CAPITALS_END_RE = factored.compile(r"[ \t]*(?:[,(;]|$)", re.M)
# Initials a note says stand for someone: "a science teacher, referred to here as AB",
# "(referred to as MT)", "known as KT in this note".
REFERRED_AS_BEFORE_RE = factored.compile(
    r"\b(?i:referred[ \t]+to(?:[ \t]+here)?|known(?:[ \t]+here)?|anonymised)[ \t]+as[ \t]+\Z"
)
# A pastoral log's pupils, one a line, by initials and year group: "CO (Y9): grief ...", "HR
# (Y10): disclosed ...".
PUPIL_LINE_RE = LineStart(
    r"^[ \t]*(?:[-•*][ \t]*)?(?P<i>[A-Z]{2,3})[ \t]*\((?:Y|Yr|Year|S|P)[ \t]?\d{1,2}\)"
    r"[ \t]*[:\-–]",
    re.M,
)


def pupil_line(text: str, start: int, end: int) -> bool:
    """Whether the capitals at text[start:end] open such a line (PUPIL_LINE_RE), though they
    spell a word, an acronym or a post ("HR", "SW"), where another line of the same shape
    opens with initials that spell none."""
    if not text.startswith(("(", " ("), end):
        return False
    lines = [m.span("i") for m in PUPIL_LINE_RE.finditer(text)]
    return (start, end) in lines and any(
        no_word_or_acronym(text[s:e]) for s, e in lines if (s, e) != (start, end)
    )


# A form's field that asks for initials: "Child (initials only please): IM".
INITIALS_FIELD_BEFORE_RE = factored.compile(r"\b(?i:initials)\b[^\n:]{0,30}:[ \t]*\Z")


def attendee_line(text: str, start: int, end: int) -> bool:
    """Whether the capitals at text[start:end] open a list's line before a dash and a role or
    a place (ATTENDEE_ROLE_AFTER_RE): a word in title case, or a post in capitals before a
    comma or a bracket ("AO – HR, Coastline"). Not where the role's words spell them ("SW –
    Social Worker" is a glossary's line), nor where a post opens the line and a role or a
    place follows it, unless that is a role of data/roles.txt ("DSL – Eastbrook High",
    "GP – Dr Nwosu" are posts; "SW – Headteacher" is someone)."""
    role = ATTENDEE_ROLE_AFTER_RE.match(text, end)
    if role is None or ATTENDEE_LINE_LEAD_RE.search(text, max(0, start - 8), start) is None:
        return False
    words = role.group("r").split()
    first = words[0]
    if first.isupper():
        if first.lower() not in POST_CAPITALS and first.lower() not in lexicon().protected:
            return False
        if not ROLE_CAPITALS_END_RE.match(text, role.start("r") + len(first)):
            return False  # "PND – GP aware": a note, not a post
    elif not first[1:].islower() or first.lower() in TITLES:
        return False  # "DSL – OYELARAN-JONES, Bukola", "GP – Dr Nwosu"
    spelled = "".join(w[0] for w in words).upper()
    if spelled.startswith(text[start:end].upper()):
        return False
    initials = text[start:end].lower()
    if initials in POST_CAPITALS or initials in lexicon().protected:
        return first.lower() in roles() or first.isupper()
    return initials not in short_forms()  # "5. AOB – Safer Internet Day feedback"


# Initials heading each item of a line of actions before a dash: "Actions: AD – strategy
# meeting; HI – disclosure request to Meta; MG – continued 1:1."
ACTION_ITEM_BEFORE_RE = factored.compile(r"\b(?i:actions?)[ \t]*:(?:[^\n;:]*;)*[ \t]*\Z")
ACTION_ITEM_AFTER_RE = factored.compile(r"[ \t]+[-–][ \t]+[a-z]")


def initials_cued(text: str, start: int, end: int) -> bool:
    """Whether the capitals at text[start:end] stand where initials stand: before an age, a
    year group or "twins" in brackets (not in a text written in capitals), opening a line
    before a dash and a role or before what the person did, an item of a line of "Present:"
    or "Attendees:" or of actions (ACTION_ITEM_BEFORE_RE), or opening a bracket after a
    child or a parent (PERSON_BRACKET_BEFORE_RE)."""
    return bool(
        (
            INITIALS_BRACKET_AFTER_RE.match(text, end)
            and not CAPITALS_WORD_BEFORE_RE.search(text, max(0, start - 16), start)
        )
        or (
            INITIALS_ROLE_LINE_RE.match(text, end)
            and LINE_LEAD_RE.search(text, max(0, start - 6), start)
        )
        or _item_of_who_came(text, start)
        or writer_initials(text, start, end)
        or (
            ACTION_ITEM_AFTER_RE.match(text, end) is not None
            and text[start:end].lower() not in POST_CAPITALS
            and ACTION_ITEM_BEFORE_RE.search(text, max(0, start - 160), start) is not None
        )
        or (
            text[start - 1 : start] == "("
            and BRACKET_ITEM_END_RE.match(text, end) is not None
            and PERSON_BRACKET_BEFORE_RE.search(text, max(0, start - 64), start) is not None
        )
        or (
            NAMES_BRACKET_BEFORE_RE.search(text, max(0, start - 40), start) is not None
            and NAMES_BRACKET_ITEM_END_RE.match(text, end) is not None
        )
        or _role_after(text, start, end)
        or TYPIST_BEFORE_RE.search(text, max(0, start - 40), start) is not None
        or (
            # A lettered or numbered case of a list, a dash after: "(a) LW - fake TikTok; (b) HG"
            ITEM_MARK_BEFORE_RE.search(text, max(0, start - 8), start) is not None
            and ITEM_DASH_AFTER_RE.match(text, end) is not None
            and no_word_or_acronym(text[start:end])
        )
        or (
            # A note's line or an action opening with them before what the person did: "- AH
            # reminded all TAs", "KM to check", "Actions: KD to review ...; CY to review"
            # (not a post: "- DSL asked", "PC will email"); capitals that are also a word or
            # an acronym where other lines' initials are people's ("- TM to apply ... - DR to
            # prepare ... - NR to update").
            WORD_INITIALS_AFTER_RE.match(text, end) is not None
            and (
                LINE_LEAD_RE.search(text, max(0, start - 6), start) is not None
                or ACTION_ITEM_BEFORE_RE.search(text, max(0, start - 160), start) is not None
            )
            and (no_word_or_acronym(text[start:end]) or _among_people_initials(text, start, end))
        )
        or (
            end - start == 2  # three capitals there are mostly a meeting's: "IPP", "IRD"
            and SUBJECT_HEAD_BEFORE_RE.search(text, max(0, start - 30), start) is not None
            and SUBJECT_DASH_AFTER_RE.match(text, end) is not None
            and text[start:end].lower() not in short_forms()
        )
    )


# Initials opening a note's line or an action before what the person did (for
# _among_people_initials).
LINE_INITIALS_RE = factored.compile(
    r"(?:^|[;:])[ \t]*(?:[-•*][ \t]*|\d{1,2}[.)][ \t]+)?(?P<i>[A-Z]{2,3})(?=[ \t])", re.M
)


def _among_people_initials(text: str, start: int, end: int) -> bool:
    """Whether capitals that are also a word or an acronym, no post and no kept word ("TM",
    "DR", "ON"), stand among other lines' or actions' initials that are no word, each before
    what its person did (WORD_INITIALS_AFTER_RE): a list of who does what."""
    low = text[start:end].lower()
    if low in POST_CAPITALS or low in lexicon().protected:
        return False
    return any(
        m.start("i") != start
        and WORD_INITIALS_AFTER_RE.match(text, m.end("i")) is not None
        and no_word_or_acronym(m.group("i"))
        for m in LINE_INITIALS_RE.finditer(text)
    )


# Whoever typed a transcript up, after saying so: "(transcribed by me, KL)", "typed up by me
# - LH".
TYPIST_BEFORE_RE = factored.compile(
    r"\b(?i:typed(?:[ \t]+up)?|transcribed|copied(?:[ \t]+out)?|written[ \t]+up|minuted)"
    r"[ \t]+by[ \t]+me[ \t]*[,\-–:(][ \t]*\Z"
)
ITEM_MARK_BEFORE_RE = factored.compile(r"(?:^|(?<=[\s;]))\((?:[a-h]|[ivx]{1,3}|\d{1,2})\)[ \t]+\Z")
ITEM_DASH_AFTER_RE = factored.compile(r"[ \t]+[-–:]")
# A role after a comma or alone in brackets: "Re: Allegation – JR, teaching assistant", "KT,
# class teacher,", "Private note - HD (school counsellor)".
ROLE_AFTER_RE = factored.compile(
    r"[ \t]*(?:,[ \t]*(?:(?:the|a|an|our|their)[ \t]+)?"
    r"(?P<r>[A-Za-z][\w\-]*(?:[ \t]+[A-Za-z][\w\-]*){0,3})"
    r"|\([ \t]*(?:(?:the|a|an|our|their)[ \t]+)?"
    r"(?P<b>[A-Za-z][\w\-]*(?:[ \t]+[A-Za-z][\w\-]*){0,3})[ \t]*\))"
)


def _role_after(text: str, start: int, end: int) -> bool:
    """Whether a comma and a role of data/roles.txt (its first one to four words) follow the
    capitals at text[start:end], or a role alone in brackets that does not spell them out
    ("POLIT (Paedophile Online Investigation Team)" is a unit's name)."""
    m = ROLE_AFTER_RE.match(text, end)
    if m is None:
        return False
    phrases = roles()
    if m.group("b") is not None:
        words = m.group("b").split()
        spelt = "".join(w[0] for w in words).upper()
        return m.group("b").lower() in phrases and not spelt.startswith(text[start:end][:2])
    words = m.group("r").lower().split()
    return any(" ".join(words[:k]) in phrases for k in range(1, len(words) + 1))


# Initials given as names, in brackets: "the pupils' names (IW, TO, HH)", "initials (AB, CD)".
NAMES_BRACKET_BEFORE_RE = factored.compile(
    r"\b(?i:names|initials)[ \t]*\([ \t]*(?:[A-Z]{2,3}[ \t]*,[ \t]*)*\Z"
)
NAMES_BRACKET_ITEM_END_RE = factored.compile(r"[ \t]*(?:,[ \t]*[A-Z]{2,3}\b|\))")
# A child's initials opening a subject line, before a dash: "Subject: RE: ZH – Snapchat".
SUBJECT_HEAD_BEFORE_RE = factored.compile(
    r"^[ \t]*(?i:subject)[ \t]*:[ \t]*(?:(?i:re|fw|fwd)[ \t]*:[ \t]*)*\Z", re.M
)
SUBJECT_DASH_AFTER_RE = factored.compile(r"[ \t]+[–—-][ \t]+")


def writer_initials(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] closes the text as its writer's initials after a sentence or a
    dash (LAST_INITIALS_RE), stands after words giving the writer (WRITER_INITIALS_RE), or
    closes the head of a call log's entry (NOTE_HEAD_INITIALS_RE) or stands in a case note's
    head before its time (NOTE_TITLE_INITIALS_RE)."""
    if end >= len(text) - 8:
        last = LAST_INITIALS_RE.search(text, max(0, len(text) - 18))
        if last is not None and last.start(_last_group(last)) == start:
            return True
    lo = max(0, start - 24)
    return (
        any(
            m.start(_last_group(m)) == start for m in WRITER_INITIALS_RE.finditer(text, lo, end + 4)
        )
        or any(m.start("i") == start for m in ROLE_INITIALS_RE.finditer(text, lo, end + 4))
        or (
            no_word_or_acronym(text[start:end])
            and any(m.start("i") == start for m in POST_INITIALS_RE.finditer(text, lo, end + 4))
        )
        or any(
            (head := regex.regex.match(text, text.rfind("\n", 0, start) + 1)) is not None
            and head.start("i") == start
            for regex in (NOTE_HEAD_INITIALS_RE, NOTE_TITLE_INITIALS_RE)
        )
    )


def _item_of_who_came(text: str, start: int) -> bool:
    """Whether text[start:] opens an item of a line of who came: first after its head
    ("Present: KM"), or after a comma, a semicolon or "and" in such a line."""
    return INITIALS_LIST_BEFORE_RE.search(text, max(0, start - 20), start) is not None or (
        LIST_ITEM_BEFORE_RE.search(text, max(0, start - 8), start) is not None
        and LIST_LINE_RE.match(text, text.rfind("\n", 0, start) + 1, start) is not None
    )


ROLE_BRACKET_AFTER_RE = factored.compile(r"[ \t]*\([ \t]*[A-Za-z]")


def listed_with_role(text: str, start: int, end: int, people: Collection[Entity] = ()) -> bool:
    """Whether the capitals at text[start:end] are an item of a line of who came, before a
    role in brackets, the line opening with its head: "Present: DPH (Chair), TO
    (Headteacher), AN (Youth Justice)"; not "... PRESENT: MUM (...)" inside a line, nor a
    service's or a post's acronym before the name of one of people who stands for it
    ("Attendees: CSC (SW Moira Teasdale)", "CEO (Ruth Delacourt)")."""
    return (
        ROLE_BRACKET_AFTER_RE.match(text, end) is not None
        and LIST_LINE_RE.match(text, text.rfind("\n", 0, start) + 1, start) is not None
        and _item_of_who_came(text, start)
        and not (people and _acronym_before_its_holder(text, start, end, people))
    )


BRACKET_BODY_RE = factored.compile(r"[ \t]*\((?P<b>[^()\n]{1,80})\)")


def _acronym_before_its_holder(text: str, start: int, end: int, people: Collection[Entity]) -> bool:
    """Whether text[start:end] is a service's or a post's acronym and the brackets after it
    hold a person found: "CSC (chair – Rachel Ifill)", "CEO (Ruth Delacourt)"."""
    if text[start:end].lower() not in short_forms():
        return False
    m = BRACKET_BODY_RE.match(text, end)
    return m is not None and any(
        p.type == "PERSON" and m.start("b") <= p.start and p.end <= m.end("b") for p in people
    )


# Two or three capitals as a word, a full stop after them perhaps ("to HA."), not inside an
# address, a handle or dotted capitals ("U.K.").
BARE_CAPITALS_RE = WordStart(r"[A-Z]{2,3}(?![\w@/#\-]|\.[\w.@/#\-])", before=r"(?<![\w.@/#\-])")
# A double-barrelled surname's initials, the hyphen kept: "LO-T", "GA-W".
HYPHENED_INITIALS_RE = factored.compile(r"(?<![\w.@/#\-])[A-Z]{1,3}-[A-Z]{1,2}(?![\w@/#\-])")


FINAL_INITIAL_RE = factored.compile(
    r"[ \t][A-HJ-Z]\.(?=[ \t]*(?:[,;)(\n]|\Z|[ \t]+[a-z(]))"
    # Without its full stop, where the name ends: a chat speaker ("Sam B:"), a list item
    # ("Hamza R (Year 8)", "Mason T."), the end of a line.
    r"|[ \t][A-HJ-Z](?=[.:,;)(\n]|[ \t]+\(|[ \t]*\Z)"
    # In a list of names: "Alfie B and Connor", "Kyle R & Liam".
    r"|[ \t][A-HJ-Z](?=[ \t]+(?:and|&)[ \t])"
    # Before a word in lower case: "Tia B mentioned", "Callum B spoken to" (not "A level").
    r"|[ \t][B-HJ-Z](?=[ \t]+[a-z])"
    # Before a dash and a note: "Alfie T - sextortion, police involved".
    r"|[ \t][A-HJ-Z](?=[ \t]+[-–][ \t])"
    # Closing a name in quotes, as contacts, captions and map names are: '"Erin W" and "Mum"'.
    r"|[ \t][A-HJ-Z](?=[\"”])"
    # Before what a person does: "Alfie B said", "Maya K has sent it", "Callum H from Y8",
    # "Kiera J in year 9" (not "A" or "I").
    r"|[ \t][B-HJ-Z](?=[ \t]+(?:said|says|told|tells|sent|sends|asked|asks|messaged|texted|"
    r"replied|added|posted|shared|rang|called|wants|wanted|was|is|has|had|did|does|will|"
    r"would|can|could|fancies|likes|loves|hates|from|"
    r"in[ \t]+(?:year|Year|yr|Yr|[Yy]\d|form|class))\b)"
    # Before a rating or a score: '"Tasha W 2/10 state of her"'.
    r"|[ \t][B-HJ-Z](?=[ \t]+\d{1,2}/\d{1,2}\b)"
)
# A lower-case name's initial, with a full stop or ending the speaker of a chat line ("amber w.").
# Not letters that chat uses as words ("k" for ok, "u", "r", "n", "x", "c", "y", "b").
FINAL_LOWER_INITIAL_RE = factored.compile(
    r"[ \t][a-hjlmopqstvwz](?=\.[ \t\n]|\.?\Z|:)"
    # In a list or before an age, where the letter cannot be a chat word: "alfie b and
    # someone", "paige w, jade", "kyle r, liam", "arjun s, 15", "(mason p)". Not "a", "i",
    # "u", "x", "k", "n", which chat uses as words ("tell jade i, ...", "love u, ...").
    r"|[ \t][b-hjlmo-twyz](?=[,;)\"”]|[ \t]+(?:and|&)[ \t])"
    # Before what a person says or sends: "alfie b said" (not "is", "was": "jay b is" may
    # be "be").
    r"|[ \t][b-hjlmo-twyz](?=[ \t]+(?:said|says|told|tells|sent|sends|asked|messaged|texted|"
    r"replied|posted|shared)\b)"
    # Before "is", "should" ... only a letter no chat writes for a word (not "b", "c", "r", "y",
    # "o"): "poppy h should stick to football", "its alfie p isnt it".
    r"|[ \t][d-hjlmpqstvwz](?=[ \t]+(?:is|isnt|isn't|was|wasnt|has|had|should|would|could|"
    r"will|needs)\b)"
)
# Read after every name is found (not before a lower-case name is extended: "isabelle g
# lmaoo"), before any word, a bracket or a plus, a letter chat writes for no word (not "e",
# "v"): "ryan p arguing", "kian d thinks", "leon w showing", "ollie w + finn", "joe b (14)".
LOWER_INITIAL_BEFORE_WORD_RE = factored.compile(
    r"[ \t][dfghjlmpqstwz](?=[ \t]+[a-z(+&])|[ \t][b-hjlmo-twyz](?=[ \t]+\(\d)"
)
# A family word or "Big"/"Little" written as part of a name: "Uncle Huw", "Big Mo", "NANA ROSE"
# ... only when capitalised like the name and not after a possessive ("my Uncle Huw" keeps
# "my Uncle").
NAME_PREFIX_RE = factored.compile(
    r"(?<![\w'’])(?:Uncle|Auntie|Aunty|Aunt|Nana|Nanna|Nan|Grandad|Grandpa|Granny|Cousin|Big|"
    r"Little|Lil|UNCLE|AUNTIE|AUNTY|AUNT|NANA|GRANDAD|COUSIN|BIG|LITTLE|LIL)[ \t]\Z"
)
QUOTED_LOWER_PREFIX_RE = factored.compile(
    r"(?<=[\"“‘'])(?:uncle|auntie|aunty|aunt|nana|big|little|lil|young)[ \t]\Z"
)
POSSESSIVE_BEFORE_RE = factored.compile(r"\b(?:my|his|her|their|our|your|the|a)[ \t]+\Z", re.I)
# A nickname in quotes made of a family word or "Big"/"Little" and a name or an initial:
# '"Big Mo"', '"UNCLE DAZ"', '"Little Moe"', '"Big T"'.
QUOTED_NICKNAME_RE = factored.compile(
    r"[\"“‘'](?P<n>(?:Uncle|Auntie|Aunty|Aunt|Nana|Big|Little|Lil|UNCLE|AUNTIE|AUNTY|AUNT|BIG|"
    r"LITTLE|LIL)[ \t]+(?P<w>[A-Z][\w'’\-]*))[\"”’']"
)
# The same in lower case: '"little d"', '"uncle bash"'.
LOWER_QUOTED_NICKNAME_RE = factored.compile(
    r"[\"“‘'](?P<n>(?:uncle|auntie|aunty|aunt|nana|big|little|lil|young)[ \t]+"
    r"(?P<w>[a-z][\w'’\-]*))[\"”’']"
)
# A nickname after a person called so, without quotes: "an older lad called big t", "one man
# called abz" (read on the lower case; the word after the family word or "big" is checked
# as in quotes, a bare word must be one English hardly writes).
PERSON_CALLED_NICKNAME_RE = run_start(
    r"\b(?:man|men|lad|lads|boy|boys|girl|guy|bloke|woman|person|someone|somebody|kid|male|"
    r"teen|teenager|adult)[ \t]+(?:called|named|known[ \t]+as)[ \t]+"
    r"(?P<n>(?:uncle|auntie|aunty|big|little|lil|young)[ \t]+(?P<w>[a-z][a-z'’\-]*)"
    r"|(?P<w2>[a-z]{2,}))(?![\w'’@\-]|\.\w|[ \t]+[a-z]+[ \t]+(?:is|was|said|says)\b)"
)
# Words in double quotes, found from each quote; what stands around them is read after.
DOUBLE_QUOTED_RE = factored.compile(r"[\"“](?P<q>[^\"”\n]{1,24})[\"”]")
# Quotes between a first name and a surname: 'Michael "Big Mike" Tranter'.
FIRST_NAME_BEFORE_RE = factored.compile(r"(?<![\w'’])(?P<f>[A-Z][a-z'’\-]+)[ \t]+\Z")
QUOTED_SURNAME_AFTER_RE = factored.compile(r"[ \t]+[A-Z][a-z'’\-]+")
# A capitalised name in quotes that someone chats with or gets messages from.
CORRESPONDENT_BEFORE_RE = factored.compile(
    r"\b(?:chats?|messages?|messaging|messaged|dms?|texts?|snaps?|calls?|conversations?)[ \t]+"
    r"(?:with|from|to|by)[ \t]+\Z"
)
CAPITALISED_QUOTE_RE = factored.compile(r"[A-Z][\w'’\-]*(?:[ \t][A-Z][\w'’\-]*)?")
NICKNAME_COMMON_ZIPF = 4.5
CALLED_RARE_ZIPF = 3.0
# The same nickname in capitals without quotes, in text that is not in capitals itself:
# "the older lads call him BIG T", "LIL DEE is his cousin". Found from the capitals.
CAPS_NICKNAME_RE = run_start(
    r"(?<![\w'’])(?P<n>(?:UNCLE|AUNTIE|AUNTY|AUNT|NANA|BIG|LITTLE|LIL|YOUNG)[ \t]+"
    r"(?P<w>[A-Z][A-Z'’\-]*))(?![\w'’]|[ \t]+[A-Z]{2})"
)


# (Not one with a full stop: "spoke to Alfie B. Alfie said" ends a name there.)
LEADING_INITIAL_RE = factored.compile(r"(?<![\w.'’&/\-])[B-HJ-Z][ \t]\Z")


def _with_final_initial(text: str, ent: Entity) -> Entity:
    """ "Hodan W. (F, 15)", "Sam B:", "amber w.": an initial after a name is part of it; so is
    a family word or "Big" before it written as part of it ("Uncle Huw", "BIG DAZ")."""
    start = ent.start
    before = NAME_PREFIX_RE.search(text, max(0, start - 8), start)
    word = text[start : ent.end]
    if before is None and word.islower() and not lexicon().any_first_name(word):
        # In lower case only inside quotes, and only before a word no list holds as a first
        # name: '"uncle bash"' is a nickname whole; in "'uncle jay'" and "uncle tom came
        # round" the family word is kept as a title is.
        before = QUOTED_LOWER_PREFIX_RE.search(text, max(0, start - 9), start)
    if before is not None and not POSSESSIVE_BEFORE_RE.search(
        text, max(0, before.start() - 8), before.start()
    ):
        prefix, name = before.group(0).strip(), text[start : ent.end]
        if prefix.isupper() == name.isupper():
            start = before.start()
    elif word[:1].isupper() and not word.isupper():
        # A first name's initial before a surname: "S Ahmed (HoY)", "N Ibrahim:".
        lead = LEADING_INITIAL_RE.search(text, max(0, start - 3), start)
        if lead is not None:
            start = lead.start()
    m = FINAL_INITIAL_RE.match(text, ent.end)
    if m is None and text[ent.start : ent.end].islower():
        m = FINAL_LOWER_INITIAL_RE.match(text, ent.end)
    return Entity(start, m.end() if m is not None else ent.end, ent.type)


def _with_lower_initial(text: str, ent: Entity) -> Entity:
    """A name in lower case with the initial after it (FINAL_LOWER_INITIAL_RE,
    LOWER_INITIAL_BEFORE_WORD_RE), wherever the name was found: "ryan p arguing", "ryan p"
    again."""
    if text[ent.end : ent.end + 1] != " " or not text[ent.start : ent.end].islower():
        return ent
    m = FINAL_LOWER_INITIAL_RE.match(text, ent.end) or LOWER_INITIAL_BEFORE_WORD_RE.match(
        text, ent.end
    )
    return ent if m is None else Entity(ent.start, m.end(), ent.type)


# Names in quotes after a word that says they are names: 'names mentioned: "big t",
# "skinny"', 'kids called deano, "tiny" and ross', 'known as "tiger"'. Not a group's, page's
# or account's name ('a group called "Year 9 chat"'): those are accounts or kept words.
NICKNAME_CUE_RE = factored.compile(
    r"\b(?:names?(?:[ \t]+mentioned|[ \t]+given|[ \t]+used)?[ \t]*:|"
    r"called(?:[ \t]+(?:him|her|them|me|us))?|known[ \t]+as|"
    r"nicknamed|aka|a\.k\.a\.?|goes[ \t]+by|calls[ \t]+(?:him|her|them)(?:self)?)[ \t]*",
    re.I,
)
# The same, for a name asked to be used or told: "kids call him "big lenny"", "her nickname
# at school is "Hope"", "says his name is "slim dino"". Searched for only where "call ",
# "name is" or "nickname" stands.
NICKNAME_CALL_CUE_RE = factored.compile(
    r"\b(?:call[ \t]+(?:him|her|them|me|us)|(?:his|her|their|my|your|ur)[ \t]+name[ \t]+is|"
    r"(?:his|her|their|my|your|ur)[ \t]+nickname(?:[ \t]+(?:at|in|on)[ \t]+[a-z]+)?[ \t]+"
    r"(?:is|was))[ \t]*",
    re.I,
)
NICKNAME_ITEM_RE = factored.compile(
    r"(?:[\"“](?P<q>[^\"”\n]{1,24})[\"”]|(?P<w>[a-z][a-z'’\-]*[a-z]))"
    r"(?P<sep>[ \t]*(?:,[ \t]*(?:and[ \t]+|&[ \t]*)?|[ \t]+(?:and|&)[ \t]+))?"
)
NICKNAME_NOT_AFTER_RE = factored.compile(
    r"\b(?:group|chat|gc|server|channel|page|account|profile|site|app|game|file|folder|video|"
    r"film|song|show|book|game|trend|challenge|filter|team|club|school)s?\b[^\n.]{0,30}\Z",
    re.I,
)


# Before "called", what makes it the names someone is called, not a name: "he has been
# called", "she keeps getting called", "being called".
CALLED_NAMES_BEFORE_RE = factored.compile(r"\b(?:been|being|gets?|getting|got)[ \t]+\Z", re.I)


def _named_in_quotes(text: str, masked: bytearray) -> list[Entity]:
    if '"' not in text and "“" not in text:
        return []
    lex = lexicon()
    table = zipf_table()
    found = []
    cues: Iterable[re.Match[str]] = NICKNAME_CUE_RE.finditer(text)
    low = lowered(text)
    if "call " in low or "name is" in low or "nickname" in low:
        cues = itertools.chain(cues, NICKNAME_CALL_CUE_RE.finditer(text))
    for cue in cues:
        if NICKNAME_NOT_AFTER_RE.search(text, max(0, cue.start() - 40), cue.start()):
            continue
        insult = CALLED_NAMES_BEFORE_RE.search(text, max(0, cue.start() - 12), cue.start())
        pos = cue.end()
        items = []
        quoted = False
        for _ in range(6):
            m = NICKNAME_ITEM_RE.match(text, pos)
            if m is None:
                break
            items.append(m)
            quoted = quoted or m.group("q") is not None
            if not m.group("sep"):
                break
            pos = m.end()
        if not quoted:
            continue
        for m in items:
            group = "q" if m.group("q") is not None else "w"
            value = m.group(group)
            words = value.lower().split()
            if not words or len(words) > 3 or any(w in lex.protected for w in words):
                continue
            if insult is not None and value.islower():
                continue  # 'he has been called "hamster killer"': what he is called, no name
            if group == "w" and not (value in lex.first_names or zipf_of(value, table) < 3.0):
                continue  # a bare word in the list is a name only if it looks like one
            s, e = m.span(group)
            if masked.find(1, s, e) < 0:
                found.append(Entity(s, e, "PERSON"))
    for m in QUOTED_WHO_RE.finditer(text):
        s, e = m.span("q")
        words = m.group("q").lower().split()
        if masked.find(1, s, e) < 0 and not all(
            w in lex.protected or w in lex.must_survive for w in words
        ):
            found.append(Entity(s, e, "PERSON"))
    return found


# A capitalised name in quotes before a comma and "who": 'he went with "Ghost", who he met
# on Snapchat', 'with "Big Man Chris", who gave him a phone'.
QUOTED_WHO_RE = factored.compile(
    r"[\"“](?P<q>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2})[\"”],[ \t]+who\b"
)


def _quoted_nicknames(text: str, masked: bytearray) -> list[Entity]:
    """'"Big Mo"', '"Uncle Huw"': a family word or "Big"/"Little" with a name in quotes, or
    both in capitals in text that is not ("call him BIG T"), is a nickname, unless the word
    after it is common English that is no listed name ("Big Brother", "Little Mix")."""
    quotes = '"' in text or "“" in text or "'" in text or "‘" in text
    caps = [
        m
        for m in CAPS_NICKNAME_RE.finditer(text)
        if any(c.islower() for c in text[max(0, m.start() - 30) : m.end() + 30])
    ]
    low = lowered(text)
    called = [m for m in PERSON_CALLED_NICKNAME_RE.finditer(low)] if len(low) == len(text) else []
    if not (quotes or caps or called):
        return []
    found = []
    table = zipf_table()
    lex = lexicon()
    protected = lex.protected
    quoted = (
        (*QUOTED_NICKNAME_RE.finditer(text), *LOWER_QUOTED_NICKNAME_RE.finditer(text))
        if quotes
        else ()
    )
    for m in called:
        if m.group("w2") is not None:
            word = m.group("w2")
            if (
                zipf_of(word, table) < CALLED_RARE_ZIPF
                and word not in protected
                and word not in lex.must_survive
                and _slot_word_ok(word, lex, table)
            ):
                s, e = m.span("w2")
                if masked.find(1, s, e) < 0:
                    found.append(Entity(s, e, "PERSON"))  # "one man called abz"
    # A family word or "big" before a word after "called": read as the quoted ones are.
    for m in (*quoted, *caps, *(c for c in called if c.group("w2") is None)):
        word = m.group("w").lower()
        if word in protected or (
            len(word) > 1
            and zipf_of(word, table) >= NICKNAME_COMMON_ZIPF
            and not lex.any_first_name(word)
        ):
            continue  # "Big Brother", "Little Mix"; an initial is a name ("Big T")
        s, e = m.span("n")
        if masked.find(1, s, e) < 0:
            found.append(Entity(s, e, "PERSON"))
    if '"' in text or "“" in text:
        lex_first = lex.any_first_name
        for m in DOUBLE_QUOTED_RE.finditer(text):
            if QUOTED_SURNAME_AFTER_RE.match(text, m.end()):
                # 'Michael "Big Mike" Tranter': quotes between a first name and a surname.
                first = FIRST_NAME_BEFORE_RE.search(text, max(0, m.start() - 24), m.start())
                if (
                    first is not None
                    and lex_first(first.group("f").lower())
                    and m.group("q").lower() not in protected
                ):
                    # Whole, even where the model took a word of it: the longer span wins.
                    found.append(Entity(*m.span("q"), "PERSON"))
                    continue
            if not CORRESPONDENT_BEFORE_RE.search(text, max(0, m.start() - 24), m.start()):
                continue
            if not CAPITALISED_QUOTE_RE.fullmatch(m.group("q")):
                continue
            # 'deleted the chat with "Sully"', 'messages from "Shooter"'
            words = m.group("q").lower().split()
            if not any(w in protected or w in lex.must_survive for w in words):
                s, e = m.span("q")
                if masked.find(1, s, e) < 0:
                    found.append(Entity(s, e, "PERSON"))
    return found


def _nickname_repeats(text: str, nicknames: list[Entity], masked: bytearray) -> list[Entity]:
    """Other mentions of a nickname found in quotes or after a cue, written the same way:
    'known as "TJ" ... TJ was found with', 'a lad called big t ... big t said'."""
    found = []
    for name in {text[e.start : e.end] for e in nicknames}:
        if len(name) < 2:
            continue
        for m in re.finditer(r"(?<![\w@./#'’\-])" + re.escape(name) + r"(?![\w@#\-]|\.\w)", text):
            s, e = m.span()
            if masked.find(1, s, e) < 0 and not any(n.start <= s < n.end for n in nicknames):
                found.append(Entity(s, e, "PERSON"))
                masked[s:e] = b"\x01" * (e - s)
    return found


def _extend_lower(text: str, people: list[Entity], masked: bytearray) -> list[Entity]:
    """A name found in lower-case text takes in the lower-case words beside it that English
    does not know: "fraser" + "tait okoro", "jas" + "morrow", "delphine" + "mbala-turner"."""

    if not people:
        return people
    table = zipf_table()
    lex = lexicon()
    out = []
    for ent in people:
        start, end = ent.start, ent.end
        if text[start:end].islower():
            for _ in range(2):
                nxt = LOWER_NEXT_RE.match(text, end)
                if nxt is None or masked.find(1, nxt.start(1), nxt.end(1)) >= 0:
                    break
                word = nxt.group(1)
                limit = 3.5 if _ == 0 and end - start <= 12 else 2.5
                if word in lex.protected or (
                    zipf_of(word, table) >= limit and word not in lex.surnames
                ):
                    break
                if word.endswith(("ed", "ing")) and not (
                    word in lex.surnames or lex.any_first_name(word)
                ):
                    break  # "keeley messaged her", "jo screenshotting": a verb, no surname
                end = nxt.end(1)
            particles = LOWER_PARTICLES_BEFORE_RE.search(text, max(0, start - 40), start)
            if particles is not None:
                first = particles.group(1)
                if first not in lex.protected and (
                    (first in lex.first_names and first not in lex.ambiguous)
                    or zipf_of(first, table) < 2.5
                ):
                    start = particles.start(1)  # "marcus bin hamid", "pete van der merwe"
            prev = LOWER_PREV_RE.search(text, max(0, start - 30), start)
            if prev is not None and masked.find(1, prev.start(1), prev.end(1)) < 0:
                word = prev.group(1)
                if word not in lex.protected and (
                    (word in lex.first_names and word not in lex.ambiguous)
                    or zipf_of(word, table) < 2.5
                ):
                    start = prev.start(1)
        out.append(Entity(start, end, ent.type))
    return out


LOWER_NEXT_RE = factored.compile(r"[ \t]([a-z][a-z'’\-]*[a-z])(?![\w@.])")
LOWER_PARTICLES_BEFORE_RE = factored.compile(
    r"(?<![\w@.])([a-z][a-z'’\-]*[a-z])[ \t]+(?:(?:bin|binti|ibn|van|von|der|den|de|da|del|"
    r"al|el|ap|mac|nic)[ \t]+){1,3}\Z"
)
LOWER_PREV_RE = factored.compile(r"(?<![\w@.])([a-z][a-z'’\-]*[a-z])[ \t]\Z")


# Between two parts of one name: a space or a hyphen; after an initial, ". " as well.
INITIAL_RE = factored.compile(r"(?<![\w.])[A-Z]\.[ \t]\Z")
LOWER_INITIAL_RE = factored.compile(r"(?<![\w.])[a-z]\.[ \t]\Z")


def _joined(text: str, found: list[Entity]) -> list[Entity]:
    """Names found in parts by the two recognisers joined into one ("Lily-Mae" + "Smith-Jones"),
    with an initial before them ("C. Abara", "Mr T. Villiers-Stuart")."""
    out: list[Entity] = []
    for ent in found:
        start = ent.start
        initial = INITIAL_RE.search(text, max(0, start - 3), start)
        if initial is None and text[ent.start : ent.end].islower():
            initial = LOWER_INITIAL_RE.search(text, max(0, start - 3), start)  # "d. okoro"
        if initial is not None and not (out and out[-1].end > initial.start()):
            last = out[-1] if out else None
            if (
                last is not None
                and text[last.end : initial.start()] == " "
                and text[last.start : last.end].lower() == text[ent.start : ent.end].lower()
            ):
                # The same name again after an initial: "Alfie B. Alfie B said" is two
                # mentions, the initial closing the first, not "Alfie B. Alfie" and a "B" left.
                out[-1] = Entity(last.start, initial.start() + 1, "PERSON")
                out.append(Entity(ent.start, ent.end, "PERSON"))
                continue
            start = initial.start()
        gap = text[out[-1].end : start] if out else ""
        if out and (
            gap in (" ", "-", "\u00a0") or (gap == ". " and out[-1].end - out[-1].start == 1)
        ):
            out[-1] = Entity(out[-1].start, ent.end, "PERSON")
        elif out and out[-1].end > start:
            out[-1] = Entity(out[-1].start, max(out[-1].end, ent.end), "PERSON")
        else:
            out.append(Entity(start, ent.end, "PERSON"))
    return out


def _both_cases(words: str) -> str:
    """An alternation of words as written and capitalised ("told|Told|tell|Tell")."""
    return "|".join(f"{w}|{w[0].upper()}{w[1:]}" for w in words.split())


# Round N: mechanisms that hold on text the rules were not tuned on.
#
# A listed first name in a slot only a person fills. Subject of a verb of telling or
# sending ("keeley messaged her", "bailey said"); object of one ("told anna that", "spoke to
# keeley", "then emily texts drew"); before an age or a year group in brackets ("bailey
# (13)", "mason (y9)") or a family word after its possessive ("dante's cousin"); inside a
# bracket before an age ("yp (ash, 16)"); after a cue that gives a nickname ("known as
# tiggy", "goes by bex", "calls himself dazza"). Everyday words in the same slots stay: "told
# them", "spoke to school", "Will said" (an ambiguous name needs more), "hope this helps" (a
# word that must survive).
# The verb after a subject, found from the verb; the word before it looked at after.
WEAK_SUBJECT_VERB_RE = run_start(
    r"\b(?:said|says|told|tells|sent|sends|messaged|messages|texted|snapchatted|asked|"
    r"replied|admitted|denied|claimed|reported|posted|shared|screenshotted|wants|wanted|"
    r"laughed|agreed|thinks|thought|knows|knew|feels|felt)\b"
)
WEAK_OBJECT_RE = run_start(
    r"\b(?:(?:spoke|Spoke|speak|Speak)[ \t]+(?:to|with)|(?:talked|Talked)[ \t]+to|"
    + _both_cases(
        "told tell tells messaged messages messaging texted texts texting phoned emailed "
        "contacted support supporting supported"
    )
    + r")[ \t]+(?P<w>[A-Za-z][a-z'’\-]*[a-z])(?![\w@'’\-]|\.\w)"
)
WEAK_AGE_AFTER_RE = factored.compile(
    r"\((?:y|yr|year)?[ \t]?\d{1,2}\)|\((?:m|f|male|female)[ \t]*,?[ \t]*\d{1,2}\)", re.I
)
# Found from the apostrophe; the word before it looked at after.
WEAK_KIN_RE = factored.compile(
    r"['’]s[ \t]+(?:"
    + _both_cases(
        "mum mam mom dad nan nana gran grandma grandad brother sister cousin auntie aunty aunt "
        "uncle stepdad stepmum step-dad step-mum boyfriend girlfriend bf gf carer parents parent"
    )
    + r")\b"
)
WEAK_KIN_BEFORE_RE = factored.compile(r"(?<![\w@.'’\-])([A-Za-z][a-z\-]*[a-z])\Z")
WEAK_DETERMINER_BEFORE_RE = factored.compile(
    r"\b(?:a|an|the|this|that|these|those|last|next|every|all|each|some|any|no|my|his|her|"
    r"their|our|your|its|in|on|of|by|since|until|during|over|early|late|mid)[ \t]+\Z",
    re.I,
)
# A role or a relation written before a name as a title: "manager steve", "parent lindsey".
WEAK_ROLE_RE = run_start(
    r"\b(?:"
    + _both_cases(
        "parent manager colleague tutor mentor neighbour stepdad stepmum supervisor volunteer "
        "yp cyp nephew niece cousin coordinator co-ordinator nurse counsellor"
    )
    + r"|YP|CYP)[ \t]+(?P<w>[a-z][a-z'’\-]*[a-z])(?![\w@'’\-]|\.\w)"
)


# Inside a bracket, a word then an age: "yp (ash, 16)", "(tom, 15)". Found from the bracket.
BRACKET_NAME_AGE_RE = factored.compile(
    r"\((?P<w>[A-Za-z][a-z'’\-]*[a-z])[ \t]*,[ \t]*(?:aged[ \t]+)?\d{1,2}[ \t]*(?:\)|,)"
)
# A bracket holding only a listed first name, or one and a surname, or one before a comma:
# "school nurse (aisling)", "me (nikki bamber)", "another leader (tom, assistant leader)".
BRACKET_NAME_RE = factored.compile(
    r"\((?P<w>[A-Za-z][a-z'’\-]*[a-z])(?:[ \t]+(?P<s>[A-Za-z][a-z'’\-]*[a-z]))?[ \t]*(?:\)|,)"
)
NICKNAME_GIVEN_RE = factored.compile(
    r"\b(?:known[ \t]+as|goes[ \t]+by|go[ \t]+by|calls[ \t]+(?:himself|herself|themselves|"
    r"themself)|nicknamed|aka)[ \t]+[\"“'‘]?(?P<w>[A-Za-z][a-z'’\-]*[a-z])\b(?![\w'’@\-])"
    # "u can call me ash.", "call me jojo x": a word alone, ending the sentence.
    r"|\bcall[ \t]+me[ \t]+(?P<c>[A-Za-z][a-z'’\-]*[a-z])(?=[ \t]*(?:[.!?,x\n]|\Z))",
    re.I,
)
# What "call me" asks for that is no name: "call me back.", "call me asap", "call me babe".
CALL_ME_NOT_NAMES = word_set(
    "back later l8r asap tomorrow tomoz tomorro 2moro 2morrow tmrw tmr today 2day tonight "
    "2nite now soon please pls plz babe baby hun "
    "hunny bro mate sis love darling daddy mummy anytime again whenever"
)
# An adjective written as part of a nickname before a listed first name: "big mo", "lil jay",
# "lil b", "Big Mo" (NAME_PREFIX_RE takes it when the name is found without it).
NICKNAME_ADJECTIVES = word_set("big lil little")
# The words _with_particles widens a name over: a text with none is passed over whole.
WIDENING_WORDS = SURNAME_PARTICLES | NICKNAME_ADJECTIVES
ADJECTIVE_NAME_RE = factored.compile(
    r"(?:[bB](?<![\w'’][bB])ig|[lL](?<![\w'’][lL])(?:il|ittle))"
    r"[ \t]+(?P<w>[a-z][a-z'’\-]*)(?![\w'’@\-]|\.\w)"
)
ADJECTIVE_NAME_SHORT = 3  # an everyday word that is also a name, this short: "mo", "jay"
WEAK_PREV_WORD_RE = factored.compile(r"(?<![\w@.'’\-])([A-Za-z][a-z'’\-]*[a-z])[ \t]*\Z")
# A word the age bracket or the bracketed age makes a name may be a listed surname or a word
# English hardly knows as well as a listed first name ("bailey (13)"; not "kids (13)",
# "(male, 15)", "(mentee, 16)").
WEAK_BRACKET_MAX_ZIPF = 2.0
NICKNAME_GIVEN_MAX_ZIPF = 4.0
WEAK_NOT_NAMES = word_set(
    "male female boy boys girl girls kid kids child children pupil pupils student students "
    "teen teens lad lads lass yp cyp sibling siblings twins friend friends victim age aged "
    "name names year years"
)


@lru_cache(maxsize=16384)
def _weak_word_ok(w: str, *, listed_only: bool, max_zipf: float = 0.0) -> bool:
    """A word (as written) a weak cue may take as a name: not grammar, a role, a title, a
    word that must survive; a listed first name that is no everyday word, or (when
    listed_only is false) a listed surname or a word rarer than max_zipf. Worked out once per
    word and kind."""
    lex = lexicon()
    low = w.lower()
    if _never_a_name(low, lex):
        return False
    if w[0].isupper() and not (w[1:].islower() or w[1:] == ""):
        return False
    if _listed_first_name(low, lex):
        return True
    if listed_only:
        return False
    return low in lex.surnames or zipf_of(low, zipf_table()) < max_zipf


# The end of a sentence or line after the object of "told": "he tells rose.", "spoke to
# Hope\n".
OBJECT_END_RE = factored.compile(r"[ \t]*(?:[.!?](?:[ \t\n]|\Z)|\n|\Z)")


def _object_name_at_end(text: str, word: str, end: int, lex: Lexicon) -> bool:
    """A listed first name that is also an everyday word ("rose", "hope", "grace") as the
    whole object of "told", "spoke to" ..., the sentence ending after it, is the name: "he
    tells rose." (not "told lies", which no list holds, nor a modal: "told will.")."""
    low = word.lower()
    return (
        low in lex.ambiguous
        and lex.any_first_name(low)
        and low not in MODAL_NAMES
        and low not in lex.must_survive
        and OBJECT_END_RE.match(text, end) is not None
    )


def _never_a_name(low: str, lex: Lexicon) -> bool:
    """A folded word no weak cue or repeated mention takes as a name: grammar and slot words,
    titles, relations, words that must survive or are protected."""
    return (
        low in SLOT_NOT_NAMES
        or low in WEAK_NOT_NAMES
        or low in TITLES
        or low in RELATION_WORDS
        or low in lex.must_survive
        or low in lex.protected
        or low in NICKNAME_ADJECTIVES  # "lil" of "lil b" is not found again alone
    )


def only_names_from_lists() -> frozenset[str]:
    """Listed first names of four letters or more that English does not know as words (Zipf
    under UNKNOWN_WORD_ZIPF, 2.0: "zosia", "eilidh", "ekaterina"), on no kept list and no
    town: worked out from the word lists and the Zipf table (some 0.15 s), by
    build_lists.py --only-names when it writes data/first_names_not_only.txt, and by the test
    that holds that file to the lists; `_only_names` reads the file."""
    lex = lexicon()
    table = zipf_table()
    return frozenset(
        w
        for w in lex.first_names | lex.more_first
        if len(w) >= 4
        and w.isalpha()
        and zipf_of(w, table) < UNKNOWN_WORD_ZIPF
        and w not in lex.protected
        and w not in lex.must_survive
        and w not in towns()
    )


@cache
def _only_names() -> frozenset[str]:
    """only_names_from_lists(), read at start as the listed first names less the file of those
    that are not only names (data/first_names_not_only.txt, written by build_lists.py
    --only-names): one set difference in C instead of a Zipf lookup for each of 90,000 names."""
    lex = lexicon()
    return (lex.first_names | lex.more_first) - read_plain_words("first_names_not_only.txt")


def _names_english_lacks(text: str, taken: bytearray) -> list[Entity]:
    """Words in lower case that are only ever names (see _only_names), wherever they stand
    ("My zosia too!!", "said ekaterina had sent it"), as PERSON entities; not inside a handle,
    an address or a link (a character of word, "@", "." or "/" beside it)."""
    starts, runs = word_runs(text)
    hits = _only_names().intersection(runs)
    if not hits:
        return []
    found = []
    n = len(text)
    for k, run in enumerate(runs):
        if run not in hits:
            continue
        s = starts[k]
        e = s + len(run)
        if taken.find(1, s, e) >= 0:
            continue
        if (s > 0 and text[s - 1] in "@./#_-") or (e < n and text[e] in "@/#_-"):
            continue
        if e + 1 < n and text[e] == "." and text[e + 1].isalnum():
            continue
        found.append(Entity(s, e, "PERSON"))
        taken[s:e] = b"\x01" * (e - s)
    return found


def _weak_cue_names(text: str, taken: bytearray) -> list[Entity]:
    """Names in the slots above, not where anything was found already (taken)."""
    lex = lexicon()
    spans: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not taken[s] and taken.find(1, s, e) < 0

    def not_after_determiner(s: int) -> bool:
        return WEAK_DETERMINER_BEFORE_RE.search(text, max(0, s - 10), s) is None

    for m in WEAK_SUBJECT_VERB_RE.finditer(text):
        k = m.start()
        if k < 3 or text[k - 1] != " " or not text[k - 2].isalpha():
            continue
        e = k - 1
        s = max(text.rfind(" ", 0, e), text.rfind("\n", 0, e)) + 1
        word = text[s:e]
        if (
            word.isalpha()
            and word.islower()
            and free(s, e)
            and _weak_word_ok(word, listed_only=True)
            and not_after_determiner(s)
        ):
            spans.append((s, e))  # a capitalised name there is the name rules' already
    for m in WEAK_OBJECT_RE.finditer(text):
        s, e = m.span("w")
        if free(s, e) and (
            _weak_word_ok(m.group("w"), listed_only=True)
            or _object_name_at_end(text, m.group("w"), e, lex)
        ):
            spans.append((s, e))
    for m in WEAK_ROLE_RE.finditer(text):
        s, e = m.span("w")
        if free(s, e) and _weak_word_ok(m.group("w"), listed_only=True):
            spans.append((s, e))
    if "(" in text:
        for m in BRACKET_NAME_RE.finditer(text):
            s, e = m.span("w")
            if not (free(s, e) and _weak_word_ok(m.group("w"), listed_only=True)):
                continue
            sur = m.group("s")
            if sur is not None:
                if not (
                    _same_case_shape(sur, m.group("w"))
                    and _surname_like(sur.lower(), lex, zipf_table())
                    and free(*m.span("s"))
                ):
                    continue
                e = m.end("s")
            spans.append((s, e))
        for m in BRACKET_NAME_AGE_RE.finditer(text):
            s, e = m.span("w")
            if free(s, e) and _weak_word_ok(
                m.group("w"), listed_only=False, max_zipf=WEAK_BRACKET_MAX_ZIPF
            ):
                spans.append((s, e))
        for m in WEAK_AGE_AFTER_RE.finditer(text):
            if m.start() < 2 or not (
                text[m.start() - 1].isalpha() or text[m.start() - 2].isalpha()
            ):
                continue
            before = WEAK_PREV_WORD_RE.search(text, max(0, m.start() - 30), m.start())
            if before is None:
                continue
            s, e = before.span(1)
            if (
                free(s, e)
                and not_after_determiner(s)
                and _weak_word_ok(
                    before.group(1), listed_only=False, max_zipf=WEAK_BRACKET_MAX_ZIPF
                )
            ):
                spans.append((s, e))
    if "'" in text or "’" in text:
        for m in WEAK_KIN_RE.finditer(text):
            before = WEAK_KIN_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
            if before is None:
                continue
            s, e = before.span(1)
            if (
                free(s, e)
                and _weak_word_ok(before.group(1), listed_only=True)
                and not_after_determiner(s)
            ):
                spans.append((s, e))
    low = lowered(text)
    cued = (
        "known as" in low
        or "go by" in low
        or "goes by" in low
        or "calls him" in low
        or "calls her" in low
        or "calls them" in low
        or "nicknamed" in low
        or "aka " in low
    )
    for m in NICKNAME_GIVEN_RE.finditer(text) if cued or "call me" in low else ():
        group = "w" if m.group("w") is not None else "c"
        s, e = m.span(group)
        if group == "c" and m.group("c").lower() in CALL_ME_NOT_NAMES:
            continue
        if free(s, e) and _weak_word_ok(
            m.group(group), listed_only=False, max_zipf=NICKNAME_GIVEN_MAX_ZIPF + 0.5
        ):
            spans.append((s, e))
    if "big " in low or "lil " in low or "little " in low:
        for m in ADJECTIVE_NAME_RE.finditer(text):
            s, e = m.span("w")
            word = m.group("w")
            if not free(m.start(), e) or not not_after_determiner(m.start()):
                continue
            if (
                _listed_first_name(word, lex)
                or (
                    len(word) <= ADJECTIVE_NAME_SHORT
                    and lex.any_first_name(word)
                    and word not in MODAL_NAMES
                    and word not in lex.must_survive
                )
                # "lil b", "big t": one letter, but not a word or a size ("big x" is no one)
                or (len(word) == 1 and word not in "aiuxkn")
            ):
                spans.append((m.start(), e))  # "big mo", "lil b": the nickname whole
    found = []
    for s, e in sorted(set(spans)):
        if taken.find(1, s, e) >= 0:
            continue
        found.append(Entity(s, e, "PERSON"))
        taken[s:e] = b"\x01" * (e - s)
    return found


# Mentions propagate. A name found once is the same name wherever else it stands: in another
# case ("JADE", "jade"), with a possessive ("jade's"), a surname alone after the full name
# ("Zielinski", "the Bamber family"). A word that is also everyday English ("summer", "mark")
# is taken again only before what a person does (SLOT_REPEAT_NEXT_RE) and never after a
# determiner or in a calendar phrase ("Summer term"); a word that must survive never.
MENTION_GAP_RE = factored.compile(r"(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+|[ \t]*/[ \t]*)\Z", re.I)
MENTION_LIST_NEXT_RE = factored.compile(
    r"\)?(?:[ \t]*\([^()\n]{1,16}\))?(?:,[ \t]*|[ \t]+(?:and|&|\+|or|n)[ \t]+|[ \t]*/[ \t]*)"
    r"(?P<w>[A-Za-z][a-z'’\-]*[a-z])(?![\w@'’\-]|\.\w)"
)
# After an everyday word in a list of names, what ends a list item: "kiera, paige w, jade."
MENTION_LIST_END_RE = factored.compile(
    r"[ \t]*(?:[,.;:)(\n&/!?+]|\Z|(?:and|said|says|told|sent|messaged|were|are|both|all)\b)"
    r"|[ \t][a-zA-Z](?![\w'’])"
)
# What can follow a name before MENTION_LIST_NEXT_RE's word: ")", a bracket, a separator.
LIST_JOIN_FIRSTS = frozenset("),/")
LIST_JOIN_SECONDS = frozenset("(&+/")
LIST_JOIN_BEFORE = frozenset({", ", "& ", "+ ", "/ "})
MENTION_LIST_PREV_RE = factored.compile(
    r"(?<![\w@.'’\-])(?P<w>[A-Za-z][a-z'’\-]*[a-z])(?:,[ \t]*|[ \t]+(?:and|&|\+)[ \t]+)\Z"
)
MENTION_COMMON_ZIPF = 4.0
MENTION_VERB_NEXT_RE = factored.compile(
    r"['’]s\b|[ \t]+(?:says|said|has|had|is|was|will|would|wants|wanted|saw|rang|called|asked|"
    r"thinks|thought|sent|sends|showed|shared|posted|messaged|texted|told|tells|can|could|"
    r"doesn't|didn't|does|did|knows|feels|felt|explained|confirmed|admitted|denied|reported|"
    r"wanna|gonna)\b"
)
MENTION_END_RE = factored.compile(r"[ \t]*[.!?](?:[ \t\n]|\Z)")
FIRST_BEFORE_SURNAME_RE = factored.compile(r"(?<![\w@.'’\-])([A-Za-z][a-z'’\-]*[a-z])[ \t]\Z")
FINAL_LETTER_RE = factored.compile(
    r"[ \t](?P<l>[b-hjlmo-twyzB-HJ-Z])(?![\w'’@]|\.\w)"
    r"(?=[ \t]*(?:[,;)(]|\.?[ \t]*\n|\.?\Z|and\b|&)|[ \t]+(?:\(|said\b|says\b|told\b|sent\b|"
    r"messaged\b|was\b|is\b|has\b|had\b|were\b))"
)


def _same_case_shape(a: str, b: str) -> bool:
    return (a.islower() and b.islower()) or (a[:1].isupper() and b[:1].isupper())


def _mention_word_ok(low: str, lex: Lexicon) -> bool:
    return len(low) >= 2 and low.isalpha() and not _never_a_name(low, lex)


@lru_cache(maxsize=8192)
def _surname_shape(low: str) -> bool:
    """A listed surname, or a word English hardly knows that is no first name."""
    lex = lexicon()
    return low in lex.surnames or (
        zipf_of(low, zipf_table()) < SURNAME_MAX_ZIPF and not lex.any_first_name(low)
    )


@lru_cache(maxsize=8192)
def _mention_class(low: str) -> bool | None:
    """How a word of a found name is looked for again: None, never (grammar, a word that
    must survive); True, as an everyday word (only before what a person does); False, as a
    name."""
    lex = lexicon()
    if not _mention_word_ok(low, lex):
        return None
    return (
        zipf_of(low, zipf_table()) >= MENTION_COMMON_ZIPF
        or low in lex.ambiguous
        or low in lex.context_only
    )


# Under this Zipf English does not know a word at all ("morven", "llinos", "wagwan").
UNKNOWN_WORD_ZIPF = 2.0


def _unknown_word_beside_a_name(w: str, lex: Lexicon) -> bool:
    """A word in lower case English does not know, on no list and no town, joined after a name
    found in lower case is a name too: "eilidh + morven talked", "dafydd or huw"."""
    return (
        w.islower()
        and len(w) >= 3
        and _mention_word_ok(w, lex)
        and zipf_of(w, zipf_table()) < UNKNOWN_WORD_ZIPF
        and w not in towns()
    )


def _propagated(text: str, people: list[Entity], taken: bytearray) -> list[Entity]:
    """people with their other mentions added and each mention widened to a first name before
    a surname ("summer" + "bradshaw"), and to an initial after it ("paige w (y9)", "alfie b
    said"); a listed first name beside a found one in a list ("kiera, paige w, jade") is
    taken as well. taken marks what is found (updated).

    Only names written in lower case are looked beside and for again: capitalised names
    have their own repeat, joining and initial rules (_Finder.repeats, _joined,
    FINAL_INITIAL_RE), and looking beside every name cost more than it found."""
    lex = lexicon()
    low_text = lowered(text)
    out = list(people)
    # A listed first name joined to a found name by a comma, "and", "&", "+" or "/"; a name
    # found so is looked beside in its turn.
    in_lower_case = [ent for ent in out if text[ent.start : ent.end].islower()]
    if not in_lower_case:
        return out
    queue = list(in_lower_case)
    while queue:
        ent = queue.pop()
        end, start = ent.end, ent.start
        c0 = text[end : end + 1]
        joined_after = (
            c0 in LIST_JOIN_FIRSTS
            or (
                c0 == " "
                and (
                    text[end + 1 : end + 2] in LIST_JOIN_SECONDS
                    or text[end + 1 : end + 5] == "and "
                    or text[end + 1 : end + 4] == "or "  # "chantelle or precious"
                    or text[end + 1 : end + 3] == "n "  # "ryan n shaun"
                )
            )
        )
        pre = text[max(0, start - 5) : start]
        joined_before = pre[-2:] in LIST_JOIN_BEFORE or pre[-1:] in ",/" or pre[-4:] == "and "
        for m in (
            MENTION_LIST_NEXT_RE.match(text, end) if joined_after else None,
            MENTION_LIST_PREV_RE.search(text, max(0, start - 30), start) if joined_before else None,
        ):
            if m is None:
                continue
            s, e = m.span("w")
            w = m.group("w")
            if taken.find(1, s, e) >= 0 or WEAK_DETERMINER_BEFORE_RE.search(
                text, max(0, s - 10), s
            ):
                continue  # "the holly and ivy filter"
            if (
                _weak_word_ok(w, listed_only=True)
                or (
                    lex.any_first_name(w.lower())
                    and _mention_word_ok(w.lower(), lex)
                    and MENTION_LIST_END_RE.match(text, e)
                    and not CALENDAR_AFTER_RE.match(text, e)
                )
                # only after the name: before it, such a word may be slang the name is called
                # ("who's the biggest sket, chantelle or precious")
                or (s >= end and _unknown_word_beside_a_name(w, lex))
            ):
                new = Entity(s, e, "PERSON")
                out.append(new)
                queue.append(new)
                taken[s:e] = b"\x01" * (e - s)
    # Other mentions of each word of each name: word -> (common, shapes found).
    words: dict[str, tuple[bool, set[bool]]] = {}
    names_seen: set[str] = set()
    for ent in out:
        name = text[ent.start : ent.end]
        if not name.islower():
            continue
        if name in names_seen or ent.type != "PERSON":
            continue
        names_seen.add(name)
        double = "-" in name
        for part in name.replace("-", " ").split() if double else name.split():
            low = part.lower()
            if low.endswith(("'s", "’s")):
                low, part = low[:-2], part[:-2]
            entry = words.get(low)
            if entry is None:
                common = _mention_class(low)
                if common is None:
                    continue
                if common and double and part not in name.split():
                    continue  # "cash" of "Cash-Ellison": a part of a double name, and a word
                entry = words[low] = (common, set())
            entry[1].add(part.islower())
    n = len(text)
    starts, runs = word_runs(low_text) if len(low_text) == n else ([], [])
    for low, (common, shapes) in words.items():
        if low_text.count(low) < 2:
            continue  # the name itself, and no other mention (a quick look: text, not runs)
        count = runs.count(low)  # whole runs of word characters only
        if count < 2:
            continue  # the name itself, and no other mention
        listed: bool | None = None
        k = -1
        for _ in range(count):
            k = runs.index(low, k + 1)
            s = starts[k]
            e = s + len(low)
            if taken[s]:
                continue  # found already
            if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "@./#'’-_"):
                continue
            if e < n and (text[e].isalnum() or text[e] in "@#-_"):
                continue
            if e + 1 < n and text[e] == "." and text[e + 1].isalnum():
                continue
            if taken.find(1, s, e) >= 0:
                continue
            lower = text[s:e].islower()
            if lower and SLOT_REPEAT_PREV_RE.search(text, max(0, s - 12), s):
                continue  # "so dusty and": after a determiner or an intensifier, a word
            if not common and lower not in shapes and listed is None:
                listed = lex.any_first_name(low) or low in lex.surnames
            if common or not (lower in shapes or listed):
                # An everyday word, or a word found only in another case: again only before
                # what a person does, never after a determiner, never in a calendar phrase.
                if not MENTION_VERB_NEXT_RE.match(text, e):
                    continue
                if SLOT_REPEAT_PREV_RE.search(text, max(0, s - 12), s):
                    continue
                if CALENDAR_BEFORE_RE.search(text[max(0, s - 20) : s]):
                    continue
            out.append(Entity(s, e, "PERSON"))
            taken[s:e] = b"\x01" * (e - s)
    # A first name before a found surname; an initial after a name.
    widened = []
    for ent in out:
        start, end = ent.start, ent.end
        if text[start:end].islower():
            word = text[start:end]
            prev = None
            if (
                start > 2
                and text[start - 1] == " "
                and text[start - 2].isalpha()
                and " " not in word
                and _surname_shape(word.lower())
            ):
                prev = FIRST_BEFORE_SURNAME_RE.search(text, max(0, start - 30), start)
            if prev is not None and taken.find(1, prev.start(1), start) < 0:
                first = prev.group(1)
                low = first.lower()
                if (
                    _same_case_shape(first, word)
                    and lex.any_first_name(low)
                    and _mention_word_ok(low, lex)
                    and not WEAK_DETERMINER_BEFORE_RE.search(
                        text, max(0, prev.start(1) - 10), prev.start(1)
                    )
                ):
                    start = prev.start(1)
                    taken[start:end] = b"\x01" * (end - start)
            fin = (
                FINAL_LETTER_RE.match(text, end)
                if text[end : end + 1] in (" ", "\t")
                and text[end + 1 : end + 2].isalpha()
                and not text[end + 2 : end + 3].isalnum()
                else None
            )
            if fin is not None and taken.find(1, fin.start("l"), fin.end("l")) < 0:
                letter = fin.group("l")
                if letter.islower() == text[end - 1].islower():
                    end = fin.end("l")
                    taken[start:end] = b"\x01" * (end - start)
        widened.append(
            ent if (start, end) == (ent.start, ent.end) else Entity(start, end, ent.type)
        )
    return widened


# A name spelt out letter by letter, as a caller does for the notes: "Kowalczyk that's K O W A
# L C Z Y K", "Nasreen Begum N A S R E E N".
SPELT_LETTERS_RE = factored.compile(r"(?<![\w'’.])[A-Z](?:[ \t][A-Z]){2,}(?![\w'’])")
SPELT_HINT_RE = factored.compile(r"[A-Z] [A-Z] [A-Z]")
# A word said to be spelt some way, as a caller does for a name: "that's frank with a K",
# "Niamh that's neve spelt the Irish way".
SAID_SPELT_RE = factored.compile(
    r"\b(?:that['’]?s|thats|it['’]?s|its)[ \t]+(?P<n>[A-Za-z][a-z'’\-]+)[ \t]+"
    r"(?:with[ \t]+(?:an?|two|double)[ \t]+[A-Za-z]\b|spelt\b|spelled\b)"
)
# A second guess at a name found before it: "Kacper or Casper", "Reece or maybe Reese",
# "Freddie i think Freddy", "jake or jack".
NAME_GUESS_AFTER_RE = factored.compile(
    r"[ \t]+(?:or(?:[ \t]+(?:maybe|possibly|perhaps))?|[Ii][ \t]+think|sorry|no)[ \t]+"
    r"(?P<n>[A-Za-z][a-z'’\-]+)\b(?![ \t]*['’]s\b)"
)
SPELT_NAME_MAX_ZIPF = 4.0
# What CALLER_NAMED_RE's matches hold after the name, looked for first as plain strings.
CALLER_HINTS = ("calling", "again", "speaking", "ringing", "s mum", "s dad", "s nan", "s gran")
# A caller saying who is calling, in lower case: "hi um it's grace calling", "sorry it's hope
# dylans mum again".
CALLER_NAMED_RE = factored.compile(
    r"\b(?:it['’]?s|its|this[ \t]+is)[ \t]+(?P<n>[a-z][a-z'’\-]+)(?=[ \t]+(?:calling|again|"
    r"speaking|ringing)\b|[ \t,]+[a-z]+['’]?s[ \t]+(?:mum|mom|mam|dad|nan|nana|gran|"
    r"grandma|grandad|auntie|aunt|uncle|carer|sister|brother)\b)"
)


def _listed_name(low: str, lex: Lexicon) -> bool:
    """A listed first name (accents or not) or surname, in lower case."""
    return lex.any_first_name(low) or low in lex.surnames


def _could_be_name(low: str) -> bool:
    """A listed first name or surname, or a word English hardly writes, and no acronym."""
    return low not in acronyms() and (
        _listed_name(low, lexicon()) or zipf_table().get(low, 0.0) < SPELT_NAME_MAX_ZIPF
    )


# Two spellings of one name sound alike this much or more ("Kyle" / "Kylie" 0.89, "Kacper" /
# "Casper" 0.67, "jake" / "jack" 0.5; not "Frank" / "Hope" 0.22).
SPELLING_VARIANT_MIN_RATIO = 0.5


def _spelling_variant(name: str, guess: str) -> bool:
    """Whether guess may be another spelling of name (difflib's ratio, case folded)."""
    ratio = difflib.SequenceMatcher(None, name.lower(), guess.lower()).ratio()
    return ratio >= SPELLING_VARIANT_MIN_RATIO


def _spells_name(letters: str, words: Collection[str], lex: Lexicon) -> bool:
    """Whether letters spelt out ("K O W A L C Z Y K") spell one of words (the names found) or
    a listed first name or surname, no acronym and no protected word ("C E O P")."""
    low = letters.replace(" ", "").replace("\t", "").lower()
    return low in words or (
        low not in acronyms() and low not in lex.protected and _listed_name(low, lex)
    )


def with_dictated_names(text: str, found: Sequence[Entity]) -> list[Entity]:
    """found, sorted, with the names a caller spells or guesses at: letters spelt out
    (SPELT_LETTERS_RE) that spell a name found or a listed one, a word said to be spelt so
    (SAID_SPELT_RE), a caller's first name in lower case (CALLER_NAMED_RE), a second guess
    after a first name found (NAME_GUESS_AFTER_RE); each a PERSON span. A finding that runs
    into the letters ends before them ("Lin Zhao Z H A O")."""
    lex = lexicon()
    kept = list(found)
    people = [e for e in found if e.type == "PERSON"]
    new: list[Entity] = []
    spelt = SPELT_HINT_RE.search(text) is not None
    words = (
        {w.lower() for e in people for w in TOKEN_RE.findall(text, e.start, e.end)}
        if spelt
        else set()
    )
    for m in SPELT_LETTERS_RE.finditer(text) if spelt else ():
        # The letters, or without a pronoun after them: "Z H A O I am calling".
        ends = [m.end(), m.end() - 2] if m.group(0)[-2:] in (" I", " A") else [m.end()]
        end = next((e for e in ends if _spells_name(text[m.start() : e], words, lex)), 0)
        if end:
            kept = [
                e._replace(end=len(text[: m.start()].rstrip()))
                if e.type == "PERSON" and e.start < m.start() < e.end <= end
                else e
                for e in kept
            ]
            new.append(Entity(m.start(), end, "PERSON"))
    for m in SAID_SPELT_RE.finditer(text) if "spel" in text or "with a" in text else ():
        if _could_be_name(m.group("n").lower()):
            # A finding run on over "spelt" ends with the name: "ellis spelt" -> "ellis".
            kept = [
                e._replace(end=m.end("n")) if e.start == m.start("n") < m.end("n") < e.end else e
                for e in kept
            ]
            new.append(Entity(m.start("n"), m.end("n"), "PERSON"))
    callers = any(hint in text for hint in CALLER_HINTS)
    for m in CALLER_NAMED_RE.finditer(text) if callers else ():
        if lex.any_first_name(m.group("n")):
            new.append(Entity(m.start("n"), m.end("n"), "PERSON"))
    for e in people:
        guess = NAME_GUESS_AFTER_RE.match(text, e.end)
        if (
            guess is not None
            and " " not in text[e.start : e.end]
            and lex.any_first_name(guess.group("n").lower())
            and _spelling_variant(text[e.start : e.end], guess.group("n"))
        ):
            new.append(Entity(guess.start("n"), guess.end("n"), "PERSON"))
    if not new:
        return kept
    new = [e for e in new if not any(f.start < e.end and e.start < f.end for f in kept)]
    return sorted([*kept, *new])


# A note's line opening with one capital before what the person did: "- T gave last 4 digits
# only", "- L met 'girl' on a Minecraft server" (not "- I think", "- A meeting").
LETTER_LINE_RE = factored.compile(r"(?:\A|\n)[ \t]*[-•*][ \t]*(?P<l>[B-HJ-Z])[ \t]+(?=[a-z]{2,}\b)")


def with_letters_for_people(text: str, found: Sequence[Entity]) -> list[Entity]:
    """found, sorted, with each capital opening a note's line (LETTER_LINE_RE) that is the
    first letter of a first name found in the text, as a PERSON span: the note's short form
    for that person ("Louis Mwangi ... - L met ...")."""
    lex = lexicon()
    initials = {
        text[e.start].upper()
        for e in found
        if e.type == "PERSON"
        and lex.any_first_name(TOKEN_RE.findall(text, e.start, e.end)[0].lower())
    }
    new = [
        Entity(m.start("l"), m.end("l"), "PERSON")
        for m in LETTER_LINE_RE.finditer(text)
        if m.group("l") in initials
    ]
    return sorted([*found, *new]) if new else list(found)


# A word of a name of three letters or more (not initials), with hyphens or apostrophes inside
# ("PATEL-HUGHES", "O'Neill").
JOINED_NAME_WORD_RE = re.compile(r"[^\W\d_]{3,}(?:['’\-][^\W\d_]+)*")


CAPS_SURNAME_MAX_ZIPF = 4.0  # "URGENT, Sarah": a word, no surname


def _caps_surname(low: str) -> bool:
    """Whether a word written in capitals before a first name can be a surname: a listed
    one, or one English hardly writes, and no acronym or protected word."""
    lex = lexicon()
    if low in lex.protected or low in acronyms():
        return False
    return low in lex.surnames or zipf_table().get(low, 0.0) < CAPS_SURNAME_MAX_ZIPF


CAPS_SURNAME_BEFORE_RE = re.compile(r"(?<![\w'’\-])([A-Z]{3,}(?:['’\-][A-Z]+)*), \Z")
# Before a name that opens a greeting or stands in a list: "Dear Mr Sandhu, Ottilie came",
# "Hi Tariq, Kacper (10)", a line's start, "(Zafar, Rafael, Idris)".
GREETING_OR_TITLE_BEFORE_RE = re.compile(
    r"(?:\b(?:[Hh]i|[Hh]ello|[Hh]iya|[Hh]ey|[Dd]ear|Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+|[>\n][ \t]*"
    r"|,[ \t]*|\A)\Z"
)


def with_surname_forename_joined(text: str, found: list[Entity]) -> list[Entity]:
    """ "SURNAME, Forename" found as two names made one ("HEWITT, Carol", "PATEL-HUGHES,
    Reena"), or "Surname, Forename" where the surname ends a name found whole ("Maksym
    Kovalenko ... Kovalenko, Maxim on the register"): one person, one placeholder."""
    surnames = {
        text[e.start : e.end].rsplit(None, 1)[-1]
        for e in found
        if e.type == "PERSON" and " " in text[e.start : e.end]
    }
    out: list[Entity] = []
    starts = {e.start for e in found}
    for ent in found:
        prev = out[-1] if out else None
        caps = CAPS_SURNAME_BEFORE_RE.search(text, max(0, ent.start - 30), ent.start)
        if (
            caps is not None
            and ent.type == "PERSON"
            and (prev is None or prev.end <= caps.start())
            and text[ent.start : ent.end].istitle()
            and JOINED_NAME_WORD_RE.fullmatch(text, ent.start, ent.end) is not None
            and lexicon().any_first_name(text[ent.start : ent.end].lower())
            and _caps_surname(caps.group(1).lower())
        ):
            # "Arrest made of HALLIDAY, Neil (43)": the surname in capitals no recogniser
            # found, before a first name found
            out.append(Entity(caps.start(), ent.end, "PERSON"))
            continue
        if (
            prev is not None
            and prev.type == "PERSON"
            and ent.type == "PERSON"
            and text[prev.end : ent.start] == ", "
            and (
                text[prev.start : prev.end].isupper()
                or (
                    text[prev.start : prev.end] in surnames
                    # not a greeting's name and the first words after it, nor a list
                    and GREETING_OR_TITLE_BEFORE_RE.search(
                        text, max(0, prev.start - 12), prev.start
                    )
                    is None
                    and text[ent.end : ent.end + 1] != ","  # "Alasdair, Jennifer,": two people
                )
            )
            and JOINED_NAME_WORD_RE.fullmatch(text, prev.start, prev.end) is not None
            and JOINED_NAME_WORD_RE.fullmatch(text, ent.start, ent.end) is not None
            and text[ent.start : ent.end].istitle()
        ):
            out[-1] = prev._replace(end=ent.end)
        elif (
            ent.type == "PERSON"
            and ent.end - ent.start >= 4
            and text[ent.start : ent.end].isupper()
            and (after := CAPS_SURNAME_FORENAME_RE.match(text, ent.end)) is not None
            and after.start("f") not in starts
            and lexicon().any_first_name(after.group("f").lower())
        ):
            # "S1 - CAMPBELL, Hope (PT Pupil Support)": a register's surname in capitals found,
            # its forename a word no recogniser took
            out.append(ent._replace(end=after.end("f")))
        else:
            out.append(ent)
    return out


# A forename after a surname in capitals, not one of a list: "CAMPBELL, Hope (PT".
CAPS_SURNAME_FORENAME_RE = factored.compile(
    r",[ \t](?P<f>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?![ \t]*,[ \t]*[A-Z])"
)


# A name found with a capital written again in lower case, in a chat or a hurried note:
# "Year 7 boy (Wren) ... the caption "wren the baddie"", "Tomos Price ... poor tomos"; a word
# English writes at least this often is taken as the word ("will", "hope", "phil", "ruby"),
# and so is a town's, a kept word's or a word that must survive.
LOWER_REPEAT_MAX_ZIPF = 3.5
# Not a handle's or an address's part: "@hamid.twerks", "hamid_09", "phil@example.org".
LOWER_REPEAT_BEFORE = frozenset("@.#/-'’")
LOWER_REPEAT_AFTER_RE = factored.compile(r"(?![\w@#]|[._\-/]\w)")


def _covered(text: str, found: Iterable[Entity]) -> bytearray:
    """One byte a character of text, 1 where a finding covers it."""
    taken = bytearray(len(text))
    for e in found:
        taken[e.start : e.end] = b"\x01" * (e.end - e.start)
    return taken


SCRIPT_RUN = "[" + OTHER_SCRIPT + "]+(?:[ \t][" + OTHER_SCRIPT + "]+){0,2}"
# A name written again in another script, in brackets after it ("Lily Ho (何莉莉)", "Gergana
# (Гергана)", "Amrik Gill (ਅਮਰੀਕ ਗਿੱਲ)"), or before it ("黄子轩 (Huang Zixuan)").
SCRIPT_AFTER = r"[ \t]*[(（](?P<s>" + SCRIPT_RUN + r")(?=[)）]|[ \t]+[–\-])"
SCRIPT_BEFORE = r"(?<![" + OTHER_SCRIPT + r"])(?P<s>" + SCRIPT_RUN + r")[ \t]*[(（]\Z"
# A name in another script after "name" ("her chinese name 刘梓涵", "his full name (胡志强)").
SCRIPT_NAMED = r"\b(?i:name)(?:[ \t]+is)?[ \t]*[:(（]?[ \t]*(?P<s>" + SCRIPT_RUN + r")"
# A name in another script in quotes a writer glosses with its reading before a name found
# ('"우진" is Choi Woo-jin', '"あかり" is Akari (Nishimura Akari)'), the reading itself
# taken where a full name in brackets follows it ('"พี่ตาล" is Tan (Kanokwan Srisuk)').
SCRIPT_GLOSSED = (
    r"[\"“](?P<s>" + SCRIPT_RUN + r")[\"”][ \t]*(?:is|=)[ \t]+"
    r"(?:(?P<r>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)[ \t]*\([ \t]*)?\Z"
)
# Han, kana and Thai, which run on without spaces.
RUN_ON_SCRIPT = "[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"


class ScriptPatterns(NamedTuple):
    letter: factored.Regex
    after: factored.Regex
    before: factored.Regex
    named: factored.Regex
    glossed: factored.Regex
    run_on: factored.Regex


@cache
def script_patterns() -> ScriptPatterns:
    """The patterns above, compiled on the first text that holds a letter of a script other
    than Latin: their classes are large (some 30 ms to compile), and most texts hold none."""
    return ScriptPatterns(
        factored.compile("[" + OTHER_SCRIPT + "]"),
        factored.compile(SCRIPT_AFTER),
        factored.compile(SCRIPT_BEFORE),
        factored.compile(SCRIPT_NAMED),
        factored.compile(SCRIPT_GLOSSED),
        factored.compile(RUN_ON_SCRIPT),
    )


def with_names_in_other_scripts(text: str, found: list[Entity]) -> list[Entity]:
    """found with a person's name written again in another script (OTHER_SCRIPT) as PERSON
    spans (code points): in brackets beside a name found (SCRIPT_AFTER, SCRIPT_BEFORE), after
    "name" (SCRIPT_NAMED) or glossed with a name found (SCRIPT_GLOSSED, with the reading
    glossed in turn), and wherever the text writes it again."""
    if text.isascii():
        return found
    scripts = script_patterns()
    if scripts.letter.search(text) is None:
        return found
    names: set[str] = set()
    readings: list[Entity] = []
    for e in found:
        if e.type != "PERSON":
            continue
        if (m := scripts.after.match(text, e.end)) is not None:
            names.add(m.group("s"))
        if e.start and text[e.start - 1] in "(（":
            m = scripts.before.search(text, max(0, e.start - 40), e.start)
            if m is not None:
                names.add(m.group("s"))
        if (m := scripts.glossed.search(text, max(0, e.start - 60), e.start)) is not None:
            names.add(m.group("s"))
            if m.group("r") is not None:
                readings.append(Entity(m.start("r"), m.end("r"), "PERSON"))
    names.update(m.group("s") for m in scripts.named.finditer(text))
    # "Mr Zhou (周老师)": the name without the title written after it.
    names = {_without_han_title(n) for n in names}
    if not names:
        return found
    taken = _covered(text, found)
    added = [r for r in readings if taken.find(1, r.start, r.end) < 0]
    for r in added:
        taken[r.start : r.end] = b"\x01" * (r.end - r.start)
    for name in sorted(names, key=len, reverse=True):
        # Han, kana and Thai run on without spaces ("我叫周小美", "คลิปของน้ำหวานยัง"); other
        # scripts' words stand apart.
        edge = "" if scripts.run_on.match(name) else "(?<![" + OTHER_SCRIPT + "])"
        for start, end in recurrences(text, [name], edge, edge.replace("<", ""), taken):
            added.append(Entity(start, end, "PERSON"))
            taken[start:end] = b"\x01" * (end - start)
    return sorted([*found, *added]) if added else found


# Titles Chinese writes after a family name: teacher, Mr, Ms, Miss, Mrs, classmate.
HAN_TITLES = ("老师", "老師", "先生", "女士", "小姐", "太太", "同学", "同學")


def _without_han_title(name: str) -> str:
    for title in HAN_TITLES:
        if name.endswith(title) and len(name) > len(title):
            return name[: -len(title)]
    return name


@cache
def _east_asian_name_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Chinese and Vietnamese family names, Vietnamese given-name syllables and pinyin
    syllables (data/east_asian_surnames.txt, vietnamese_given_names.txt,
    pinyin_syllables.txt), lower case without accents."""
    pinyin = frozenset(" ".join(read_words("pinyin_syllables.txt")).split())
    return (
        read_words("east_asian_surnames.txt"),
        read_words("vietnamese_given_names.txt"),
        pinyin,
    )


def _pinyin_word(low: str, syllables: frozenset[str]) -> bool:
    """Whether a word is one or two pinyin syllables run together ("qiao", "lijuan")."""
    return low in syllables or any(
        low[:k] in syllables and low[k:] in syllables for k in range(1, len(low))
    )


# Two to four capitalised words on one line, each of letters alone: a name written family
# name first ("Sun Lijuan", "Cheung Wai Man", "Đoàn Thu Hà", "NGUYỄN Văn An").
EAST_ASIAN_RUN_RE = factored.compile(
    r"(?<![\w'’\-])[A-ZÀ-ÝĐƠƯẠ-Ỹ][^\W\d_]*(?:[ \t][A-ZÀ-ÝĐƠƯẠ-Ỹ][^\W\d_]*){1,3}(?![\w'’\-])"
)
# Places of Vietnam and China written as a name would be ("Hong Kong", "Ho Chi Minh City").
EAST_ASIAN_PLACES = frozenset({"hong kong", "ho chi minh", "da nang", "hai phong", "hanoi"})


# What a name's run takes in when found inside it: a part read as a name or, for a word
# such as "Trang", as a school.
RUN_TAKES_IN = frozenset({"PERSON", "SCHOOL"})


def _east_asian_fold(word: str) -> str:
    return fold(word.replace("Đ", "D").replace("đ", "d"))


def with_east_asian_names(text: str, found: list[Entity]) -> list[Entity]:
    """found with Chinese and Vietnamese names written family name first as one PERSON span
    each (code points), taking in the parts of them found apart: a run of two to four
    capitalised words (EAST_ASIAN_RUN_RE) that opens or ends with a listed family name, every
    word a family name, a Vietnamese given-name syllable or pinyin, and one word at least no
    English word (or a name found there already, or "Thi" or "Van" inside). Not a place
    (EAST_ASIAN_PLACES), nor a run holding a protected word other than a name's syllable."""
    surnames, given, pinyin = _east_asian_name_words()
    table = zipf_table()
    protected = lexicon().protected
    taken = _covered(text, found)
    runs = []
    for m in EAST_ASIAN_RUN_RE.finditer(text):
        words = m.group(0).split()
        lows = [_east_asian_fold(w) for w in words]
        while len(lows) >= 2 and lows[0] not in surnames and lows[-1] not in surnames:
            # "Class 2 — Cheung Wai Man": the run may open with a word of the sentence
            words, lows = words[1:], lows[1:]
        if len(lows) < 2 or " ".join(lows[:2]) in EAST_ASIAN_PLACES:
            continue
        if not all(w in surnames or w in given or _pinyin_word(w, pinyin) for w in lows):
            continue
        start = text.find(words[0], m.start(), m.end())
        end = m.end()
        if not (
            any(zipf_of(w, table) < 3.0 for w in lows)
            or any(w in ("thi", "van") for w in lows[1:-1])
            or taken.find(1, start, end) >= 0
        ):
            continue
        if any(w in protected and w not in surnames and w not in given for w in lows):
            continue
        runs.append(Entity(start, end, "PERSON"))
    if not runs:
        return found
    kept = [
        e
        for e in found
        if not any(r.start <= e.start and e.end <= r.end and e.type in RUN_TAKES_IN for r in runs)
    ]
    runs = [r for r in runs if all(e.end <= r.start or e.start >= r.end for e in kept)]
    return sorted([*kept, *runs])


# Letters of Greek and Cyrillic, which write names capitalised as English does, and letters
# only Vietnamese writes (the hook, horn and dot below: "ấ", "ơ", "ự", "đ"; not the circumflex
# and breve Welsh, French and Romanian write too).
CASED_SCRIPT_RE = factored.compile("[\u0370-\u052f]")
VIETNAMESE_LETTER_RE = factored.compile("[đơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


def words_of_another_language(text: str, start: int, end: int) -> bool:
    """Whether a finding in lower case (code points start to end) is words of another
    language, not a name: Greek or Cyrillic in lower case ("да", "си ти"), or, on a line
    written in Vietnamese (two letters at least that only Vietnamese writes), words none of
    which is a name's syllable ("thấy", "trên", "xinh quá"; not "bảo ngọc" nor "prob phạm
    văn đức")."""
    span = text[start:end]
    if not span.islower():
        return False
    if CASED_SCRIPT_RE.search(span):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if len(VIETNAMESE_LETTER_RE.findall(line)) < 2:
        return False
    surnames, given, _ = _east_asian_name_words()
    return all(
        (low := _east_asian_fold(w)) not in surnames and low not in given for w in span.split()
    )


# A name and the word of respect Gujarati, Hindi and Punjabi speakers write after it in lower
# case, brother or sister: "Ramila ben", "Hemant bhai", "Kadir bhai:". The name is a person's,
# the word after it no one's.
KIN_SUFFIX_RE = factored.compile(
    r"(?<![\w'’\-])(?P<n>[A-Z][a-z]{2,})[ \t]+(?P<k>ben|bhai|behn|behen|bhen|didi)\b(?![\w'’\-])"
)


KIN_SUFFIX_HINTS = (" ben", " bh", " didi")


def with_names_before_kin_suffixes(text: str, found: list[Entity]) -> list[Entity]:
    """found with the name before a lower-case word of respect (KIN_SUFFIX_RE) as a PERSON
    span, and without a finding of that word alone (code points). A protected word, a title,
    a town or a nationality before it is no name ("Sikh bhai")."""
    if not any(word in text for word in KIN_SUFFIX_HINTS):
        return found
    matches = list(KIN_SUFFIX_RE.finditer(text))
    if not matches:
        return found
    lex = lexicon()
    drop: set[tuple[int, int]] = set()
    added = []
    taken = _covered(text, found)
    for m in matches:
        drop.add(m.span("k"))
        low = m.group("n").lower()
        s, e = m.span("n")
        if not (
            low in lex.protected
            or low in TITLES
            or low in HONORIFICS
            or low in KIN_TITLES
            or low in towns()
            or low in nationalities()
            or taken.find(1, s, e) >= 0
        ):
            added.append(Entity(s, e, "PERSON"))
    ends = {k_end: k_start for k_start, k_end in drop}
    kept = []
    for ent in found:
        k_start = ends.get(ent.end)
        if k_start is None:
            kept.append(ent)
        elif ent.start < k_start - 1:  # "Hemant bhai" found whole: the name alone
            kept.append(Entity(ent.start, len(text[:k_start].rstrip(" \t")), ent.type))
    return sorted([*kept, *added])


def with_lower_case_repeats(text: str, found: list[Entity]) -> list[Entity]:
    """found with the lower-case mentions (PERSON spans, code points) of the words of people's
    names found capitalised, each word rarer in English than LOWER_REPEAT_MAX_ZIPF, a listed
    name or no English word, and kept by no list; not after an article ("a misty morning"
    beside Misty); what another finding covers stays as it is."""
    lex = lexicon()
    table = zipf_table()
    places = towns()
    words = set()
    for e in found:
        if e.type != "PERSON":
            continue
        for m in TOKEN_RE.finditer(text, e.start, e.end):
            w = m.group(0)
            if len(w) < 3 or not w[0].isupper() or w.isupper():
                continue
            low = possessive_base(w.lower())
            if (
                table.get(low, 0.0) < LOWER_REPEAT_MAX_ZIPF
                and (low not in table or lex.any_first_name(low) or low in lex.surnames)
                and low not in lex.protected
                and low not in lex.must_survive
                and low not in places
            ):
                words.add(low)
    if not words or not any(w in text for w in words):
        return found
    taken = _covered(text, found)
    added = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            before = text[at - 1] if at else " "
            if (
                not (before.isalnum() or before == "_" or before in LOWER_REPEAT_BEFORE)
                and LOWER_REPEAT_AFTER_RE.match(text, end) is not None
                and taken.find(1, at, end) < 0
                and ARTICLE_BEFORE_RE.search(text, max(0, at - 8), at) is None
            ):
                added.append(Entity(at, end, "PERSON"))
                taken[at:end] = b"\x01" * (end - at)
            at = text.find(word, end)
    return sorted([*found, *added]) if added else found


# A family named by its surname: "the Jiminez boys", "The Lovell children", and in the plural
# where the surname is found in someone's name ("a fight with the Dorans" beside Ryan Doran,
# "loads of Prices round Kings Lynn" beside Levi Price).
FAMILY_NAME_RE = factored.compile(
    r"(?<![\w'’])(?:the|The|of)[ \t]+(?P<n>[A-Z][a-zà-ÿ](?:[^\W\d_]|['’\-])*)(?:"
    r"[ \t]+(?P<kin>boys|girls|lads|kids|children|family|brothers|sisters|twins|cousins|clan)"
    r"|(?P<pl>s)(?P<ap>['’])?)(?![\w'’\-])"
)
# A word this common before "boys" or "family" is no surname ("the Chelsea boys" is a team's).
FAMILY_NAME_MAX_ZIPF = 3.2


def with_family_names(text: str, found: list[Entity]) -> list[Entity]:
    """found with families named by a surname (FAMILY_NAME_RE) as PERSON spans over the
    surname (code points): before a family word, a surname rarer than FAMILY_NAME_MAX_ZIPF that
    no list keeps, or one found ending a person's name; in the plural, only one found so,
    before a family word or ending a name, or a rare one in the plural possessive ("the
    Kessells' front door")."""
    surnames = {
        text[e.start : e.end].split()[-1]
        for e in found
        if e.type == "PERSON" and " " in text[e.start : e.end].strip()
    }
    lex = lexicon()
    added = []
    matches = list(FAMILY_NAME_RE.finditer(text))
    # The names before a family word first: "The Lovell children" makes "the Lovells" one.
    for m in sorted(matches, key=lambda m: m.group("pl") is not None):
        name = m.group("n")
        low = name.lower()
        rare = (
            (not m.group("pl") or m.group("ap") is not None)  # read only where it counts
            and zipf_of(low, zipf_table()) < FAMILY_NAME_MAX_ZIPF
            and low not in lex.protected
            and low not in lex.must_survive
            and low not in towns()
            and low not in nationalities()
            and low not in places_abroad()
        )
        if m.group("pl"):
            # "the Dorans", "the Joneses" ("Jonese" and an "s"); a rare surname in the plural
            # possessive too: "the Kessells' front door"
            if (
                name in surnames
                or (name.endswith("e") and name[:-1] in surnames)
                or (
                    m.group("ap")
                    and rare
                    # a word English writes in the plural is a team's or an event's: "the
                    # Beatles'", "the Lionesses' win", "the Leavers' Ball"
                    and low + "s" not in zipf_table()
                )
            ):
                added.append(Entity(m.start("n"), m.end("pl"), "PERSON"))
            continue
        if name in surnames or rare:
            added.append(Entity(m.start("n"), m.end("n"), "PERSON"))
            surnames.add(name)
    if not added:
        return found
    taken = _covered(text, found)
    return sorted([*found, *(e for e in added if taken.find(1, e.start, e.end) < 0)])


# A title before one capital letter standing for a person's surname: "tell Mrs A or another
# leader"; in lower case a letter closing its clause after "mr", "mrs" or "ms" ("leader is mrs
# a."), not after the verb "miss" nor a chat's "u", "x" or "i" ("i miss u", "miss a call").
TITLED_LETTER_RE = factored.compile(
    r"(?<![\w'’])(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+(?P<l>[A-Z])(?![\w'’\-]|\.[ \t]*[A-Z][a-z])"
    r"|(?:mr|mrs|ms)\.?[ \t]+(?P<s>[a-hj-twyz])(?=[ \t]*(?:[.,;:)\n]|\Z)))"
)


def with_titled_letters(text: str, found: list[Entity]) -> list[Entity]:
    """found with a letter after a title (TITLED_LETTER_RE) as a PERSON span (code points),
    where nothing is found there yet."""
    taken = _covered(text, found)
    added = []
    for m in TITLED_LETTER_RE.finditer(text):
        group = "l" if m.group("l") else "s"
        if not taken[m.start(group)]:
            added.append(Entity(m.start(group), m.end(group), "PERSON"))
    return sorted([*found, *added]) if added else found


# One capital letter and its stop standing for a person, with what they did after it in lower
# case ("R. panicked + told coach", "L. to update us next week", "Agreed B. will email", "a
# former student, K., but has no proof") or signing off ("Thanks, B."): the writer's initial
# for someone. Not a plan's, a block's or a list's letter ("Plan B. is", "Block C. has").
LONE_INITIAL_RE = factored.compile(
    r"(?<![\w'’.\-&/])(?P<l>[A-HJ-Z]\.)"
    r"(?=[ \t]+(?:to|will|would|has|had|is|was|feels|felt|said|says|told|panicked|agreed|"
    r"asked|wants|went|sent|rang|called|disclosed|reported|confirmed|who|now|then|also)\b"
    r"|,[ \t]+(?:but|who|and|has|had|is|was|asked|said|told|sent)\b)"
    # Without its stop too: "Thanks, P", "Cheers, J", "thx G", "- D" closing a message.
    r"|\b(?:Thanks|thanks|Regards|regards|Cheers|cheers|wishes|Best|Love|thx|Thx),?[ \t]"
    r"(?P<s>[A-HJ-Z]\.?)(?=[ \t]*[\"”]?[ \t]*(?:\n|\Z))"
    r"|(?<=[.!?)])[ \t]+[-–—][ \t]*(?P<d>[A-HJ-Z]\.?)(?=[ \t]*(?:\n|\Z|\([A-Z]))"
    # A note's bullet opening with someone's letter before what they did: "- F. already
    # contacted WYP", "- J. refusing to leave his room".
    r"|(?m:^)[ \t]*[-•*][ \t]*(?P<b>[A-HJ-Z]\.)(?=[ \t]+[a-z])"
    # A letter alone on its line below a sentence's end or a closing, a quoted mail's too:
    # "... hold off confirming the booking.\n\nA.\n\n> From:", "> M.".
    r"|(?<=[.!?,)\"”])[ \t]*\n(?:[ \t>]*\n)?[ \t>]*(?P<o>[A-HJ-Z]\.?)(?=[ \t]*(?:\n|\Z))"
)
LONE_INITIAL_NOT_AFTER_RE = factored.compile(
    r"\b(?i:plan|option|type|section|part|appendix|annex|block|room|class|grade|form|year|"
    r"vitamin|category|level|tier|stage|step|point|question|q|no|unit|team|group|set|gate|"
    r"platform|ward|bay|bed|item|exhibit|figure|fig|table|route|zone|wing|house|flat|schedule|"
    r"site|field|box|list|column|row|line|page|tab|version|model|size|mark|score)[ \t]+\Z"
    r"|\d[ \t]+\Z"
)


def with_lone_initials(text: str, found: list[Entity]) -> list[Entity]:
    """found with a letter standing for a person (LONE_INITIAL_RE, BRACKETED_INITIAL_RE and
    wherever the text writes a bracketed one again), its stop too, as a PERSON span (code
    points), where nothing is found there yet."""
    taken = _covered(text, found)
    added = []
    for m in LONE_INITIAL_RE.finditer(text):
        group = next(g for g in ("l", "s", "d", "b", "o") if m.group(g))
        start, end = m.span(group)
        if taken.find(1, start, end) >= 0:
            continue
        if group == "o":
            line_above = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
            if len(line_above.strip(" \t>")) <= 3:
                continue  # a list's letters, one to a line: "A.\nB."
        if LONE_INITIAL_NOT_AFTER_RE.search(text, max(0, start - 14), start):
            continue
        added.append(Entity(start, end, "PERSON"))
    if "(" in text:
        letters = {m.group("l") for m in BRACKETED_INITIAL_RE.finditer(text)}
        added += [
            Entity(s, e, "PERSON")
            for s, e in recurrences(text, sorted(letters), r"(?<![\w'’.\-&/])", r"(?![\w.])")
            if taken.find(1, s, e) < 0
            and not any(a.start == s for a in added)
            and not LONE_INITIAL_NOT_AFTER_RE.search(text, max(0, s - 14), s)  # "Plan B."
        ]
    return sorted([*found, *added]) if added else found


# A child named by one letter and its stop alone in brackets, or before an age: "a boy of 14
# (A.), told us", "a resident (J.) found", "Our boy (D., 15)"; then wherever the text writes
# the letter and its stop again ("talk with J. in key work").
BRACKETED_INITIAL_RE = factored.compile(r"\((?P<l>[A-HJ-Z]\.)(?=\)|,[ \t]*\d)")


# A chat's speaker label at a line's start, a time in brackets before it perhaps: "Reaper x
# Sniper: yo", "[21:04] Ross Tait: lol". Up to four words, each capitalised, with a digit or
# an underscore, or a joining word.
SPEAKER_LABEL_RE = factored.compile(
    r"^(?:\[[^\]\n]{1,24}\][ \t]*)?(?P<l>[^\s:][^\n:]{0,38}?):[ \t]", re.M
)
SPEAKER_JOINERS = word_set("x X the of da de van von and & el al")
# A clan's or server's ranks a label opens with: "Co-Leader Chaz", "Admin Jay".
SPEAKER_RANKS = word_set("leader captain admin mod moderator owner host officer")


def with_speaker_labels_whole(text: str, found: list[Entity]) -> list[Entity]:
    """found with each name found inside a chat's speaker label (SPEAKER_LABEL_RE) widened to
    the label whole, where the label is the name's shape ("Reaper" -> "Reaper x Sniper", "Tait"
    -> "Ross Tait"); a label holding a kept word ("Teacher note") is left as found."""
    lex = lexicon()
    out = list(found)
    widened = False
    for m in SPEAKER_LABEL_RE.finditer(text):
        start, end = m.span("l")
        words = text[start:end].split()
        if words and words[0].rstrip(".").lower() in TITLES and len(words) > 1:
            start = text.index(words[1], start + len(words[0]))  # "Mrs Bonar": the title stays
            words = words[1:]
        opener = words[0].lower() if words else ""
        if (
            len(words) < 2
            or len(words) > 4
            or opener in LABEL_OPENERS
            or opener.rsplit("-", 1)[-1] in roles()
            or opener.rsplit("-", 1)[-1] in SPEAKER_RANKS
        ):
            continue  # "Coach Daz", "Co-Leader Chaz": a role's label, found as it is
        if any(c in "()[]" for c in text[start:end]) or any(
            (w.isupper() and len(w) > 1) or not any(c.isalpha() for c in w) for w in words
        ):
            continue  # "Frank (@frankiezzz_2015)", "Carys PTA", "2. HM"
        inside = [k for k, e in enumerate(out) if start <= e.start and e.end <= end]
        if not inside or any(out[k].start == start and out[k].end == end for k in inside):
            continue
        if any(out[k].type not in ("PERSON", "USERNAME") for k in inside):
            continue
        if not all(
            w in SPEAKER_JOINERS
            or (w[0].isupper() and w.lower() not in lex.protected)
            or any(c.isdigit() or c == "_" for c in w)
            for w in words
        ):
            continue
        kind = out[inside[0]].type
        for k in reversed(inside):
            del out[k]
        out.append(Entity(start, end, kind))
        widened = True
    return sorted(out) if widened else found


def with_first_name_signed_above(text: str, found: list[Entity]) -> list[Entity]:
    """found with a first name signed alone on the line above the same name written in full
    at a signature's start ("Winston" over "Winston Clarke-Forbes | School Nurse"), a PERSON
    span (code points)."""
    added = []
    taken = {(e.start, e.end) for e in found}
    for e in found:
        if e.type != "PERSON" or e.start < 2 or text[e.start - 1] != "\n":
            continue
        first = text[e.start : e.end].split(None, 1)
        if len(first) < 2:
            continue
        line_start = text.rfind("\n", 0, e.start - 1) + 1
        line = text[line_start : e.start - 1]
        if line.strip() == first[0]:
            start = line_start + line.index(first[0])
            span = (start, start + len(first[0]))
            if span not in taken:
                added.append(Entity(*span, "PERSON"))
    return sorted([*found, *added]) if added else found


# A child named by one capital letter after what they are in lower case, an age or what they
# did after it: "looked after child D (15)", "pupil K is in Year 9", "a girl, R, said"; or
# opening a bracket with an age: "(T is under 18)". Not a pseudonym a report gives in title
# case, which stays as written: "Child X stated", "whom I'll refer to as Student B".
LETTER_CHILD_RE = factored.compile(
    r"\b(?:child|pupil|student|learner|young[ \t]+person|girl|boy|son|daughter)"
    r",?[ \t]+(?P<l>[B-HJ-Z])(?![\w'’.&])"
    r"(?=[ \t]*\(\d{1,2}\)|[ \t]+(?:is|was|has|had|said|says|told|aged?)\b|[ \t]*,)"
    r"|\((?P<b>[B-HJ-Z])[ \t]+(?:is|was)[ \t]+(?:under|over|only|now|aged?)[ \t]+\d"
    # Or alone before an age in brackets: "A child on my caseload, R (aged 8), went",
    # "placement of R (age 11)".
    r"|(?<![\w'’.\-&/])(?P<a>[B-HJ-Z])[ \t]+\((?:aged?[ \t]+\d{1,2}\b|\d{1,2}[),])"
)


# The parts of a mail address's local part that may spell a name: "felicity.ong",
# "dev_patel-holmes".
MAIL_NAME_PART_RE = factored.compile(r"[a-z]{2,}")
# A local part's words this common, both, are a mailbox's, not a person's ("head.office").
MAIL_WORD_MAX_ZIPF = 4.0


def with_names_in_mail_addresses(text: str, found: list[Entity]) -> list[Entity]:
    """found with a first name and a surname written out where a mail address in the text
    spells them as its local part, a listed first name and another word ("Felicity Ong – ...
    – felicity.ong@example.org"), as one PERSON span (code points) taking in a part found
    alone, unless another finding overlaps it; not a mailbox of kept or everyday words
    ("head.office@", "operation.encompass@")."""
    lex = lexicon()
    table = zipf_table()
    added: list[Entity] = []
    parts_found: set[Entity] = set()
    low = lowered(text)
    if len(low) != len(text):
        return found
    for e in found:
        if e.type != "EMAIL":
            continue
        local = low[e.start : e.end].split("@", 1)[0]
        parts = MAIL_NAME_PART_RE.findall(local)
        if len(parts) != 2 or MAIL_NAME_PART_RE.sub("", local).strip("._-"):
            continue  # one word, three, or digits beside them: "info@", "grace.brown2@"
        if (
            parts[0] not in lex.first_names
            or any(p in lex.protected for p in parts)
            or all(zipf_of(p, table) >= MAIL_WORD_MAX_ZIPF for p in parts)
        ):
            continue  # "operation.encompass@", "op.tern@": a mailbox's words
        phrase = f"{parts[0]} {parts[1]}"
        at = low.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            inside = [f for f in (*found, *added) if f.start < end and at < f.end]
            if (
                text[at].isupper()
                and (at == 0 or not low[at - 1].isalnum())
                and (end == len(low) or not low[end].isalnum())
                and all(f.type == "PERSON" and at <= f.start and f.end <= end for f in inside)
                and (at, end) not in {(f.start, f.end) for f in inside}
            ):
                added.append(Entity(at, end, "PERSON"))
                parts_found.update(inside)
            at = low.find(phrase, end)
    if not added:
        return found
    return sorted([*(f for f in found if f not in parts_found), *added])


# A capital letter in quotes that a note names someone by: 'YP 17 m (referred to as "D")',
# 'student f 17 "J"', '17yo F, "M"'; not 'press "Y"', 'grade "B"'.
QUOTED_LETTER_RE = factored.compile(r"[\"“](?P<q>[B-HJ-Z])[\"”]")
QUOTED_LETTER_BEFORE_RE = factored.compile(
    r"(?:\b(?i:referred[ \t]+to[ \t]+as|known[ \t]+as|called|yp|student|pupil|girl|boy|"
    r"child)|\b\d{1,2}[ \t]?(?i:yo|y/o)?(?:[ \t]*[MFmf])?|\b[MFmf])[ \t]*,?[ \t]*\Z"
)
# The same letter again, before what its child did or owns: "D's mum", "D is not out",
# "(J asked them not to)".
LETTER_AGAIN_AFTER_RE = factored.compile(
    r"(?:['’]s\b|[ \t]+(?:is|was|has|had|said|says|told|asked|gave|wants|wanted|does|did|"
    r"doesn['’]t|didn['’]t|will|would|can|could|agreed|felt|feels|thinks|thought|posted|"
    r"showed|shows|explained|paid|sent|got|shared|deleted|blocked|disclosed|reported|"
    r"refuses|refused|knows|knew|went|goes|needs|lives|uses|used|messaged|replied|admitted|"
    r"denies|denied|begging|begged|seems|safe|to[ \t]+(?:note|call|ring|speak|tell|keep))\b)"
)


# Or where someone is spoken of, seen or given something: "several of R at the pool", "Gave D
# the number", "complained about C.".
LETTER_OBJECT_BEFORE_RE = factored.compile(
    r"\b(?i:of|to|with|about|for|from|gave|give|tell|told|ask|asked|support|posted|sent)[ \t]+\Z"
)
LETTER_OBJECT_AFTER_RE = factored.compile(
    r"(?:[ \t]*(?:[,;:)!?]|\.(?!\w))|[ \t]+(?:the|a|an|at|on|in|about|and|is|was)\b)"
)


# A report's word for whom a pseudonym's letter stands, in title case: "Child K", "Young
# Person B".
PSEUDONYM_BEFORE_RE = factored.compile(
    r"\b(?:Child|Pupil|Student|Learner|Person|Witness|Victim|YP|Subject|Sibling|Parent)[ \t]+\Z"
)


# A capitalised word inside a sentence before a letter makes the two one name: "Vitamin D
# is", "Plan B was".
WORD_BEFORE_LETTER_RE = factored.compile(r"[^\s.!?:;(\-–][ \t]+[A-Z][a-z]+[ \t]+\Z")


# What a handle runs on with after a name and its dot or underscore: "Viktor" + ".RL".
# After a name's word of two letters or more, its first part a letter or two digits: not
# "D.O.B" after "Zara Iqbal D", nor "Bl.5" (Welsh for "Year 5"); "lucy.m", "jade.2012".
HANDLE_TAIL_RE = factored.compile(
    r"(?<=[^\W\d_]{2})[._](?:[A-Za-z]|[0-9]{2})[A-Za-z0-9]*(?:[._][A-Za-z0-9]+)*"
    r"(?![\w@'’\-]|[.:]\w)"
)


def with_handles_joined_at_dots(text: str, found: list[Entity]) -> list[Entity]:
    """found (sorted) with a name and what runs on after it at a dot or an underscore (a
    found name or letters, no space between) as one USERNAME: a handle split at its dot
    ("Viktor.RL", "Sam.Okoro") names its owner whole."""
    out: list[Entity] = []
    for ent in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type in ("PERSON", "USERNAME")
            and ent.type in ("PERSON", "USERNAME")
            and ent.start == prev.end + 1
            and text[prev.end] in "._"
        ):
            out[-1] = Entity(prev.start, ent.end, "USERNAME")
            continue
        tail = HANDLE_TAIL_RE.match(text, ent.end) if ent.type == "PERSON" else None
        if tail is not None and not any(f.start < tail.end() and ent.end < f.end for f in found):
            ent = Entity(ent.start, tail.end(), "USERNAME")
        out.append(ent)
    return out


# An age after a name, as AGED_PAIR_RE writes it ("Kathleen 14", "Bridget (aged 12)").
AGE_AFTER_RE = factored.compile(r"[ \t]+\(?(?:aged[ \t]+)?[0-9]{1,2}(?![0-9:./])")
# Children listed with their ages, two at least, joined by "and", "+", "&" or a comma: "2 girls
# Kathleen 14 + Bridget 12", "(Shauna 13 and Kathleen 11, surname Doherty)".
AGED_PAIR_RE = factored.compile(
    r"(?<![\w'’\-])(?P<a>[A-Z][a-z'’\-]*[a-z])[ \t]+\(?(?:aged[ \t]+)?[0-9]{1,2}\)?[ \t]*"
    r"(?:,|\+|&|and)[ \t]*(?P<b>[A-Z][a-z'’\-]*[a-z])[ \t]+\(?(?:aged[ \t]+)?[0-9]{1,2}(?![0-9:./])"
)


def with_children_by_age(text: str, found: list[Entity]) -> list[Entity]:
    """found with a listed first name beside a child found in a list of children and their
    ages (AGED_PAIR_RE) as a PERSON span (code points): a first name the lists share with a
    word ("Kathleen", known to English) is a child's where a found child's name stands beside
    it in the same shape. Not a protected word, a town or a month ("Year 9 and Year 10")."""
    if not any(e.type == "PERSON" and AGE_AFTER_RE.match(text, e.end) for e in found):
        return found  # no found child with an age after it: no pair to read (most texts)
    lex = lexicon()
    people = {(e.start, e.end) for e in found if e.type == "PERSON"}
    added = []
    for m in AGED_PAIR_RE.finditer(text):
        for known, other in (("a", "b"), ("b", "a")):
            if m.span(known) not in people:
                continue
            s, e = m.span(other)
            word = m.group(other).lower()
            if (
                lex.any_first_name(word)
                and word not in lex.protected
                and word not in towns()
                and not any(f.start < e and s < f.end for f in found)
            ):
                added.append(Entity(s, e, "PERSON"))
    return sorted([*found, *added]) if added else found


def with_lettered_children(text: str, found: list[Entity]) -> list[Entity]:
    """found with each child named by one capital letter (LETTER_CHILD_RE, or in quotes after
    a cue: QUOTED_LETTER_RE) as a PERSON span (code points), unless a finding covers it, and
    that letter again wherever it stands alone before what its child did or owns
    (LETTER_AGAIN_AFTER_RE)."""
    added = []
    for m in LETTER_CHILD_RE.finditer(text):
        group = next(g for g in ("l", "b", "a") if m.group(g))
        if group == "a" and (
            LONE_INITIAL_NOT_AFTER_RE.search(text, max(0, m.start() - 14), m.start())
            or WORD_BEFORE_LETTER_RE.search(text, max(0, m.start() - 24), m.start())
            or PSEUDONYM_BEFORE_RE.search(text, max(0, m.start() - 14), m.start())
        ):
            # "Block C (12 flats)", "Group B (12)", "Vitamin D (10)"; a report's pseudonym in
            # title case stays as written: "Child K (aged 11)"
            continue
        added.append(Entity(*m.span(group), "PERSON"))
    if '"' in text or "“" in text:
        added += [
            Entity(*m.span("q"), "PERSON")
            for m in QUOTED_LETTER_RE.finditer(text)
            if QUOTED_LETTER_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        ]
    if not added:
        return found
    for letter in {text[e.start] for e in added}:
        at = text.find(letter)
        while at >= 0:
            if (
                (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "'’.&"))
                and (
                    LETTER_AGAIN_AFTER_RE.match(text, at + 1) is not None
                    or (
                        LETTER_OBJECT_BEFORE_RE.search(text, max(0, at - 12), at) is not None
                        and LETTER_OBJECT_AFTER_RE.match(text, at + 1) is not None
                    )
                )
                and WORD_BEFORE_LETTER_RE.search(text, max(0, at - 24), at) is None
            ):
                added.append(Entity(at, at + 1, "PERSON"))
            at = text.find(letter, at + 1)
    added = [
        e
        for k, e in enumerate(added)
        if not any(f.start < e.end and e.start < f.end for f in found)
        and all(a.start != e.start for a in added[:k])
    ]
    return sorted([*found, *added]) if added else found
