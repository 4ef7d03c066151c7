# ruff: noqa: E501  (cue lists read best one alternative a line, however long)
"""Rules for the unmistakable risks. Pure: no Django, no model.

A rule is a combination of cues found in a sentence, or in a sentence and its neighbours:
"she has been cutting her arms" (an act of self-harm), "'ur getting shanked at the gates
today'" (a threat of violence and a time that is near), "he'll send the pics to everyone
unless he pays £80" (a threat to share, a demand and images); and what goes without saying:
"someone has pictures of him and wants money" (images held for money), "she ordered a chemical
linked to suicide" (the means obtained). Each cue is a plain list of
wordings, so a new way of saying a thing is one more line, and the text is read in one pass
per cue (thousands of enquiries a second).

What stops a rule:
- figures of speech that borrow the words ("I nearly died laughing", "bomb this exam") are
  removed before matching (HYPERBOLE);
- the same sentence is about teaching, policy or content in general ("INSET on recognising
  self-harm"), says the risk is absent ("no disclosure of self-harm", "nothing sexual in the
  video"), is about fiction ("a line from the play"), or is in the past ("two years ago");
- the whole text says there is no live case ("it's for our policy review, not a current
  case", "No incident, just worried"), or is about a closed, historic incident (a closure only
  proposed, "Outcome 21 being considered", closes nothing);
- a game is where violence is play ("playing guns at break"), but an adult met through a game
  and met tonight is met in person;
- for indecent images: the person in the image is an adult (a teacher, "she's an adult").

Paraphrases the rules miss are left to the model (casebook.classify.model); `suppressed()`
tells it which flags the text itself rules out.

    >>> [hit.flag for hit in find_risks("She told a friend she wants to kill herself.")]
    ['self_harm']
    >>> find_risks("I nearly died laughing at the video.")
    []
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

from casebook.classify.labels import IMMEDIATE_DANGER, INDECENT_IMAGE, SELF_HARM, SEXTORTION


@dataclass(frozen=True)
class RuleHit:
    flag: str
    rule: str  # the rule's name, for the audit trail
    excerpt: str  # the sentence that fired it (at most 200 characters)


def _split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern ("a|b(c|d)" -> ["a", "b(c|d)"])."""
    parts: list[str] = []
    buf: list[str] = []
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            buf.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append("".join(buf))
            buf = []
            i += 1
            continue
        buf.append(c)
        i += 1
    parts.append("".join(buf))
    return parts


_ZERO_WIDTH = {_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT}


def _prefixes(items: Any) -> set[str] | None:
    """Word-character prefixes (at most 6 long) one of which every match begins with.

    None when some match may begin otherwise (a character class, an optional part).
    """
    found = [""]
    for op, av in items:
        if op in _ZERO_WIDTH and found == [""]:
            continue
        if op is _constants.LITERAL:
            ch = chr(av)
            if not (ch.isalnum() or ch == "_"):
                break
            found = [f + ch for f in found]
            if min(len(f) for f in found) >= 6:
                break
            continue
        subs: list[Any]
        if op is _constants.BRANCH:
            subs = list(av[1])
        elif op is _constants.SUBPATTERN:
            subs = [av[-1]]
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and av[0] >= 1:
            subs = [av[2]]
        else:
            break
        tails: set[str] = set()
        for sub in subs:
            got = _prefixes(sub)
            if got is None:
                tails = set()
                break
            tails |= got
        if not tails:
            break
        found = [f + t for f in found for t in tails]
        break
    clipped = {f[:6] for f in found}
    return None if not clipped or min(len(f) for f in clipped) < 2 else clipped


def _gate(piece: str) -> frozenset[str] | None:
    """The most telling set of word beginnings one of which every match of piece contains.

    Each element of the pattern's top-level sequence that starts a word (after a word
    boundary or a space) is a candidate; the one whose shortest beginning is longest wins.
    """
    items = list(_parser.parse(piece))
    best: set[str] | None = None
    for k, (op, av) in enumerate(items):
        starts_word = op is _constants.AT or (op is _constants.LITERAL and chr(av) == " ")
        if not starts_word:
            continue
        got = _prefixes(items[k + 1 :])
        if got and (best is None or min(map(len, got)) > min(map(len, best))):
            best = got
    return frozenset(best) if best else None


_BOUNDARY = re.compile(r"\b")


def _bounded(pattern: re.Pattern[str], doc: str) -> Iterator[re.Match[str]]:
    """The matches of r"\b" + pattern, found with pattern alone.

    A leading \b keeps Python's engine from skipping ahead to the characters a pattern can
    start with, so it tries every position; without it the search jumps from candidate to
    candidate (five times faster on enquiries), and a candidate that does not start a word is
    passed over: the same matches, in the same order.
    """
    pos, end, search, boundary = 0, len(doc), pattern.search, _BOUNDARY.match
    while pos <= end:
        m = search(doc, pos)
        if m is None:
            return
        start = m.start()
        if boundary(doc, start) is None:
            pos = start + 1
            continue
        yield m
        pos = m.end() if m.end() > start else start + 1


# Every word beginning that some cue's gate names (each Cue adds its own as it is built).
_GATE_STARTS: set[str] = set()


_NO_STARTS: frozenset[str] = frozenset()  # most words': shared, so a cached word costs no set


@lru_cache(maxsize=50_000)
def _starts_of(word: str) -> frozenset[str]:
    """The beginnings of word (its first 2-6 characters) that some cue's gate names."""
    found = frozenset(p for p in {word[:k] for k in range(2, 7)} if p in _GATE_STARTS)
    return found or _NO_STARTS


def word_starts(doc: str) -> set[str]:
    """The beginnings of doc's words that cues' gates name: what Cue.finditer() is given.

    A gate is disjoint from this set exactly when it is disjoint from the beginnings of every
    word, so the cues match as they would given all of them; each word's beginnings are
    looked up once per process, not sliced again for every text.
    """
    found: set[str] = set()
    for word in set(_WORD.findall(doc)):
        got = _starts_of(word)
        if got:
            found |= got
    return found


class Cue:
    """A pattern of alternatives, each tried only if the text has a word it can begin with.

    Python's regular expressions try every alternative at every position; checking first
    that a text has a word starting "suicid" or "overdos" skips nearly all of them.
    """

    __slots__ = ("parts", "parts_source", "pattern")

    def __init__(self, *alternatives: str) -> None:
        self.pattern = "|".join(f"(?:{a})" for a in alternatives)
        self.parts_source = tuple(alternatives)
        # (gate, the piece compiled, the piece without its leading \b or None if it has none)
        self.parts: list[tuple[frozenset[str] | None, re.Pattern[str], re.Pattern[str] | None]]
        self.parts = []
        for piece in (p for a in alternatives for p in _split_alternatives(a)):
            lead = re.compile(piece[2:]) if piece.startswith("\\b") else None
            self.parts.append((_gate(piece), re.compile(piece), lead))
        gates = {start for gate, _, _ in self.parts if gate for start in gate}
        if not gates <= _GATE_STARTS:
            _GATE_STARTS.update(gates)
            _starts_of.cache_clear()

    def finditer(self, doc: str, starts: set[str]) -> Iterator[re.Match[str]]:
        for gate, pattern, lead in self.parts:
            if gate is None or not gate.isdisjoint(starts):
                yield from (pattern.finditer(doc) if lead is None else _bounded(lead, doc))

    def sub(self, replacement: str, doc: str, starts: set[str]) -> str:
        for gate, pattern, lead in self.parts:
            if gate is None or not gate.isdisjoint(starts):
                if lead is None:
                    doc = pattern.sub(replacement, doc)
                    continue
                pieces: list[str] = []
                last = 0
                for m in _bounded(lead, doc):
                    pieces += (doc[last : m.start()], m.expand(replacement))
                    last = m.end()
                if pieces:
                    doc = "".join(pieces) + doc[last:]
        return doc


def _re(*alternatives: str) -> Cue:
    """A cue from alternatives, matched against lower-case text."""
    return Cue(*alternatives)


# Figures of speech removed before any rule (or the model) reads the text.
HYPERBOLE = Cue(
    # (a \b that always holds before the verbs and before "kill" below lets Cue gate these
    # alternatives on those words, not try them on every text)
    r"\b(?:(?:nearly|almost|literally|practically|could have|could've|i|we|you|just) )?"
    r"\b(?:died|dying|die|dead|killed|killing|kill(?:s)?) (?:of |from |with )?"
    r"(?:laughing|laughter|embarrassment|shame|boredom|cringe|curiosity)\b"
    r"|\bdying to (?:know|see|hear|meet|try|get|go)\b"
    r"|\b(?:killing|killed|smashing|smashed) (?:it|the game|the exam|their exams)\b"
    r"|\b(?:kill|smash|nail|ace|boss) it(?= ?(?:!|\.|\n|$)| (?:at|on|in|today|tonight|tomorrow|this|next|out there|again)\b)"
    r"|\b(?:is|are|was|it's|its|this is|that is) killing (?:me|us|him|her|them)\b"
    r"|\bkill(?:ing)? (?:time|(?:the|a) (?:lights|engine|process|task|app|program|mood))\b"
    r"|\bkill(?:ing|s|ed)? (?:\w+ )?(?:morale|vibe|buzz|sales|business)\b"
    r"|\boverdose of (?:screen|screens|tv|gaming|games|social|tech|sugar|caffeine|youtube|tiktok|homework|maths)\b|\b(?:screen|screen time|tech|gaming|tv|sugar|caffeine|social media) overdose\b"
    r"|\b(?:battery|phone|laptop|ipad|tablet|link|account|server|wifi|line) (?:is |was |went |has gone )?dead\b"
    r"|\bdead(?:line|lines|ly serious|ly dull)\b"
    r"|\bdead (?:easy|simple|funny|keen|good|boring)\b"
    r"|\bover my dead body\b|\bcould (?:have |'ve )?kill(?:ed)? (?:him|her|them|whoever|someone|somebody)\b"
    r"|\b(?:my |his |her |their )?(?:mum|mam|mom|dad|parents?|mother|father|nan) (?:he |she |they )?"
    r"(?:will|'ll|would|'d|is going to|is gonna|gonna|are going to) (?:literally |actually )?\bkill (?:me|him|her|them)\b"
    r"|\bshoot (?:me )?(?:an? )?(?:email|message|line|text|video|film|scene|photos?)\b"
    r"|\b(?:photo|video|film) ?shoot(?:ing)?\b|\bheadshots?\b|\bshooting (?:a |the |our )?(?:\w+ )?(?:film|video|scene)\b"
    r"|\bbomb(?:ed|ing)? (?:the|my|our|his|her|their|this|that|an?) (?:\w+ )?(?:exam|test|interview|mocks?|quiz|assessment)\b"
    r"|\b(?:killer|deadly) (?:app|feature|game|combo)\b"
    r"|\bsuicide squad\b|\bserial killer\b|\bdeath (?:stare|trap)\b"
    # idioms and titles that borrow "naked" (no body in them)
    r"|\bnaked (?:attraction|ambition|eye|truth|face|flames?|greed|aggression|lies?|power|hostility|self-interest|chef)\b"
    # dependence overstated: "I'll die without TikTok"
    r"|\b(?:(?:i|he|she|they|we|you|u)(?:'ll| will|'d| would)|would|gonna|going to) (?:literally |actually |just |honestly )?die without\b"
    r"|\b(?:(?:i|he|she|they|we|you|u)(?:'ll| will|'d| would)|would|gonna|going to) (?:literally |actually |just |honestly )?die if (?:\w+ ){0,3}(?:took|take|takes|taken|confiscat\w+|turn\w* off|switch\w* off)\b"
    r"|\bshoot (?:my|your|his|her|their|our|ur) shot\b"
    # an exam or a lost phone as the cause of death; deaths in a game
    r"|\b(?:literally|actually) (?:going to|gonna) die (?:about|over|because of|before) (?:her|his|their|my|the|these|those|our) (?:\w+ )?(?:mocks?|exams?|tests?|gcses?|a-?levels?|sats|homework|results?|marks?|grades?)\b"
    r"|\b(?:(?:i|he|she|they|we|you|u)(?:'ll| will|'d| would)|would|gonna|going to) (?:literally |actually |just |honestly )?die if (?:\w+ ){0,3}(?:doesn'?t|don'?t|does not|do not|can'?t|cannot) get (?:her|his|their|my|it|them) (?:\w+ )?back\b"
    r"|\b(?:died|dies|dying|got killed|gets killed|killed|kills|killing|kill(?:ed|s|ing)? (?:him|her|them|my)sel(?:f|ves)(?: by accident)?) in (?:minecraft|roblox|fortnite|call of duty|among us|the game|a game|his game|her game|their game)\b"
    # a wish to die with a laughing face after it is a complaint about a lesson, not ideation
    r"|\b(?:want(?:s|ed)? to|wanna|gonna|going to|could|might|about to) (?:literally |actually |just )?(?:die|kms|kill myself|unalive myself)\W{0,3}[\U0001f602\U0001f923\U0001f480]"
    # ending a relationship: "she tried to end it last week and he said he'd post the videos if she leaves him"
    r"|\b(?:end|ending|ended|finish|finishing|finished) (?:it|things) with (?:him|her|them)\b"
    r"|\b(?:tried|trying|try|wants?|wanted|going|gonna) to end (?:it|things)\b(?=[^\n]{0,80}\b(?:if (?:s?he|they) (?:leaves?|left|dumps?|ends? it)|leave (?:him|her)|break(?:s|ing)? up|broke up|relationship|boyfriend|girlfriend|partner)\b)"
    # explicit as a music or language rating, and the filters for it
    r"|\bexplicit (?:lyrics|songs?|music|tracks?|language|swearing|rap|podcasts?|albums?)\b|\bfilter(?:s|ing)? (?:out )?explicit (?:content|material|songs?|lyrics|music|language)\b|\bexplicit[- ](?:content )?(?:filters?|settings?|toggles?|tags?|labels?|ratings?)\b"
    # make-up and clothing shades called "nude"
    r"|\bnudes?[- ](?:eye ?shadows?|palettes?|lipsticks?|lip ?gloss|shades?|colou?r(?:s|ed)?|tights|heels|shoes|make-?up|nail ?polish|nails|foundation|tones?|leotards?|underwear)\b|\b(?:eye ?shadow|palette|lipstick|shade|make-?up) (?:called |named )?nudes?\b",
)

# Accounts, pages and posts "attack" people in words: read as criticism.
# "Nudes" spelt as slang or to dodge filters ("noodz", "n00ds", "nudez"): read as the word.
NUDES_SPELT = Cue(
    r"\b(?:noodz|noods|nudez|nudz|nuds|n00dz|n00ds|nud3s|nud3z|newds|newdz|nudies|nudeys|noodies|nudess)\b"
)
NUDE_SPELT = Cue(r"\b(?:nood|n00d|nud3|newd|nudey)\b(?! (?:soup|bar|noodles?)\b)")
_NUDE_STARTS = ("nudes", "nude")

VERBAL_ATTACK = Cue(
    r"\b((?:accounts?|pages?|posts?|comments?|articles?|threads?|group ?chats?|campaigns?|reviews?|websites?|trolls?|tweets?|messages?|videos?)(?: \w+){0,3}) attack(?:ing|ed|s)?\b",
)

# ---- who ----------------------------------------------------------------------------------
_AGE_CHILD = r"(?:1[0-7]|[4-9])"
CHILD = _re(
    r"\b(?:child(?:ren)?|kids?|pupils?|students?|girls?|boys?|sons?|daughters?|lads?|juveniles?|minors?|teens?|teenagers?|schoolgirls?|schoolboys?)\b",
    r"\b(?:yp|cyp|young (?:person|people|man|woman|lad|girl|boy)|stepdaughter|stepson|niece|nephew|grand(?:child|daughter|son)|foster (?:child|placement)|looked[- ]after|in care|care leaver|tutees?)\b",
    r"\b(?:y|yr|year|s|p|blwyddyn) ?(?:1[0-3]|[1-9])s?\b",
    r"\b(?:year|yr) (?:seven|eight|nine|ten|eleven|twelve|thirteen)\b",
    rf"\({_AGE_CHILD}\)|\b{_AGE_CHILD} ?(?:yo|y/o|yrs?|years?)\b|\b{_AGE_CHILD}[- ]year[- ]olds?\b|\baged? {_AGE_CHILD}\b",
    rf"\b(?:(?:he|she|they)(?:'s| is| are| was)|is|turned|just) {_AGE_CHILD}\b",
    r"\b(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[- ](?:year[- ]olds?|yos?)\b",
    r"\bunder ?(?:16|18|-?age|13)s?\b|\bunderage\b|\bprimary\b|\bsecondary\b|\bsixth[- ]form(?:ers?)?\b|\bgcse\b",
)
ADULT = _re(
    r"\b(?:1[89]|[2-6]\d)[- ]?(?:year[- ]old|yo|y/o)\b|\b(?:aged?|he'?s|he is|she'?s|she is|says he'?s|says she'?s|claims to be|who'?s|is now|is|was)(?: about| around| nearly| over| maybe)? (?:1[89]|[2-6]\d)\b",
    r"\b(?:in (?:his|her|their) |late |early |mid[- ])(?:20|30|40|50|60|thirtie|twentie|fortie|fiftie)s\b|\((?:1[89]|[2-6]\d)\)|\b(?:about|around|roughly|maybe|like|over) (?:1[89]|[2-6]\d)\b",
    r"\b(?:(?:grown|older|old|adult|unknown|strange) (?:man|men|male|guy|bloke|person|lad|lads|boy|friend|mate|woman)|adults?|grown[- ]up|stranger|(?:a|the|this|an) (?:man|guy|bloke|male)|men)\b",
    r"\bsounds? like (?:a )?(?:grown|an adult|a man)\b|\b(?:way |much )?older\b|\bnot a kid\b|\bdon'?t sound like a kid\b",
)
# The person in the image, or the one being threatened, is an adult.
ADULT_SUBJECT = _re(
    r"\b(?:she|he|they)(?:'s| is| are) (?:an )?adults?\b|\badults? (?:obviously|though|i know)\b|\bi know (?:he|she)'?s an adult\b",
    r"\b(?:male|female),? (?:aged )?(?:1[89]|[2-6]\d)s?\b|\((?:late |early |mid[- ]?)?(?:20|30|40|50|60)s\)|\((?:male|female)\)|\b(?:teacher|colleague|ta)'?s (?:phone|account|icloud|photos|pictures|images|laptop)\b",
    r"\b(?:i'?m|i am|im) (?:now |about |nearly |over )?(?:1[89]|[2-6]\d)(?: years old| yrs old| y/?o)?\b(?! ?(?:minutes?|mins?|hours?|hrs?|miles?|days?|weeks?|months?|percent|%|times|quid|pounds|p\b|[-:]))",
    r"\b(?:of|at|about) (?:one of )?(?:our|the|a|his|her|my|their) (?:\w+ ){0,2}(?:teachers?|ta|tas|teaching assistants?|colleagues?|deputy head|head ?teacher|headteacher|head of \w+|principal|governors?|cleaners?|receptionist|mums|dads|mothers|fathers|parents)\b|\b(?:she|he)(?:'s| is) (?:about |around |nearly |over )?(?:[2-6]\d)\b",
    r"\b(?:male|female|young|new|newly qualified|supply|trainee) (?:\w+ )?(?:teachers?|tas?|teaching assistants?|colleagues?|members? of staff|staff members?|lunchtime supervisors?|coach(?:es)?|cleaners?)\b|\b(?:teacher|ta|colleague|member of staff|staff member|supervisor|coach|cleaner)s? \((?:aged )?(?:1[89]|[2-6]\d|\d0s)\)",
    r"\badult (?:model|actor|actress|performer|content creator)s?\b|\((?:an|both|all|all of them|both of them) adults?\)|\b(?:of|showing) (?:an adult|adults)\b|\(\badults?(?: only)?\)|\(\bof adults?\)",
    r"\b(?:her|his|my) (?:ex-?)?(?:partner|husband|wife)\b|\b(?:from|during) (?:their|our|my|her|his) (?:marriage|relationship)\b|\bof (?:her|him|me) and (?:her|his|my) (?:partner|husband|wife|boyfriend|girlfriend)\b",
    r"\b(?:a|our|the|one of our|my) (?:male |female |young |new )?(?:teacher|ta|teaching assistant|colleague|member of staff|staff member|deputy head|head ?teacher|headteacher|cleaner|receptionist)s? (?:is|was|has|had|came|got|been|being|received|who|at our)\b",
)
# Said outright: the one in the images is no child ("he is not a child", "a care leaver aged
# 18"); the images' flag is then ruled out unless a child is in them.
ADULT_STATED = _re(
    r"\b(?:is|he'?s|she'?s|they'?re|are|was|were) (?:not|no longer) (?:a child|children|a minor|minors|under ?18|underage)\b|\b(?:care leaver|former pupil|ex-pupil|student|learner|young (?:adult|person|man|woman)|victim)s? (?:now )?aged (?:1[89]|[2-6]\d)\b|\((?:an|both|all) adults?\)|\badult (?:cases|victims?)\b",
)
# The writer's subjects given as adults by an age or a word ("both 19", "an 18yo care leaver",
# "(18, Y13)", "both adults"): the images' flag is set aside in sentences naming no child.
ADULT_NAMED = _re(
    r"\bboth adults\b|\((?:both|all) (?:1[89]|[2-6]\d)\)|\b(?:an? )?(?:1[89]|[2-6]\d) ?(?:yo|y/o|year[- ]old) (?:care leaver|student|learner|woman|man|young (?:man|woman|adult))\b|\((?:1[89]|[2-6]\d), (?:y13|year 13)\)",
)
# A meeting under way needs no time: "has gone to meet an online friend".
MEETING_NOW = _re(
    r"\b(?:has|have|'s|had|just) (?:gone|left|run off|snuck out|sneaked out) to (?:meet|see|be with)\b|\bon (?:her|his|their) way to (?:meet|see)\b|\b(?:is|are) (?:meeting|with) (?:him|her|them) (?:now|right now)\b",
)
# Not an adult by age, but someone a meeting with is a danger all the same: secret, unknown,
# barred by a court, or one who knows where the child will be.
SECRET_CONTACT = _re(
    r"\b(?:don'?t|do not|not to|never|mustn'?t|must not) tell (?:anyone|anybody|your|her|his|their|mum|dad|parents|the school)\b|\bkeep (?:it )?(?:a |our |this )?secret\b|\bjust the two of us\b|\bour (?:little )?secret\b",
    r"\bbirth (?:father|mother|dad|mum|parents?|family|relatives?)\b|\bhistory of (?:violence|domestic abuse|abuse|assault)\b|\bunknown (?:number|account|person|user|caller|man|adult)\b|\bstranger\b|\bcourt order\b|\bno[- ]contact order\b|\bnot (?:allowed|permitted) (?:to )?(?:have )?contact\b|\bknows? (?:her|his|their) (?:name|school|address|bus|route|house|where)\b|\bwhat bus\b|\b(?:met|talking|chatting|speaking) (?:to |with )?(?:\w+ ){0,2}(?:online|(?:on|through|via) (?:roblox|snapchat|snap|instagram|tiktok|discord|an app|a game|fortnite|minecraft|whatsapp))\b|\bonline (?:friend|boyfriend|girlfriend)\b|\b(?:i|we|she|he|they|parents|mum|dad) (?:don'?t|do not|doesn'?t|does not) know who (?:\w+ ){0,2}is\b|\bclaim(?:s|ed|ing)? to be (?:1[0-7]|a (?:boy|girl|kid))\b|\bsays (?:he|she) is 1[0-7]\b",
)
ART = _re(
    # an app or a server for drawing is where a child was, not art in the image
    r"\b(?:drawings?(?! (?:apps?|servers?|sites?|websites?|games?|platforms?|groups?|channels?|communit\w+))|paintings?|statues?|sculptures?|life drawing|artwork|classical|renaissance|museum|gallery|anatomy|biology|textbook)\b",
)

# ---- what the text is, as a whole --------------------------------------------------------
# The writer says there is no live case: every flag stands down, the model's too.
NOT_A_CASE = _re(
    r"\b(?:not|isn'?t|is not|this isn'?t|it'?s not) (?:about )?(?:a|an|any) (?:current|live|real|specific|particular|actual|open|new) (?:case|incident|child|pupil|situation|concern|disclosure)\b",
    r"\b(?:there'?s|there is|there are|we have|we'?ve|we have had|we'?ve had|i have|with) no (?:current |live |specific |particular |actual |open |real )?(?:case|incident|concern|disclosure)s?\b",
    r"\bno (?:current|live|specific|particular|actual|open|real) (?:case|incident|concern|disclosure)s?\b",
    r"\b(?:we|i) (?:don'?t|do not|haven'?t|have not|didn'?t) (?:have|had|got) (?:a|an|any) (?:\w+ )?(?:case|incident|concern|disclosure)s?(?: (?:at|yet|so far|like this))?\b",
    r"\bno (?:incidents?|cases?|disclosures?) (?:at present|so far|yet|at the moment|to report|as yet|here)\b|\bno incident at present\b",
    r"\bno incidents?(?: (?:in|at) (?:school|home|our school|the school|college))?(?= ?[.;!?)]|$|,? just\b|,? - (?:just|we|i|this|it)\b|, (?:we|i|this|it)\b)",
    r"\bno (?:actual|specific|current|live|real) incidents?(?: (?:in|at) (?:school|home|our school|the school|college))?(?= ?[.;!?)]|$|,? just\b|, (?:we|i|this|it)\b)",
    # "reported it and nothing has happened" is a platform that has not acted: the case is live
    r"\b(?<!and )(?<!but )(?<!still )(?<!yet )nothing(?: has| have|'s) (?:actually |yet )?happened\b|\bnothing (?:current|live|ongoing)\b|\b(?:and|but) nothing (?:else )?(?:has|have|'s) happened since\b|\b(?:nobody|no one|no-one) has (?:actually )?(?:tried|done|sent|shared) (?:it|anything)\b",
    r"\b(?:just|only|purely) (?:for|writing|updating|reviewing|drafting) (?:the |a |an |our |my )?(?:\w+ ){0,2}(?:guide|guidance|leaflet|handbook|policy|procedure|flowchart|training|briefing|newsletter|website|poster|presentation|lesson|assembly|inset|document|plan|slides?)\b",
    # the writer's own curiosity; a child who says she was "just curious" is no such thing
    r"\bfor (?:\w+ ){0,2}(?:training|awareness|planning|teaching) (?:purposes )?only\b|\b(?:just|purely) (?:awareness|hypothetical|in case)\b|\b(?:i'?m|we'?re|i am|we are|i was|we were) curious\b|\b(?:i'?m|we'?re|i am|we are|i was|we were) (?:just|only|simply) curious\b|\bhypothetical(?:ly)?\b",
    r"\b(?:getting|get|stay|staying) ahead of (?:it|this|things)\b|\bif it ever (?:does|happens|did)\b|\bin case it (?:ever )?happens\b",
    r"\bfor (?:our|the|a) (?:policy|procedure|handbook|flowchart) (?:review|update|rewrite)\b",
    r"\b(?:just|only|purely) for (?:\w+ ){0,2}(?:teaching|training|awareness|planning|reference|information) purposes\b|\basking for (?:our|a|the) (?:\w+ ){0,3}(?:leaflet|guide|guidance|handbook|poster|newsletter|policy)\b",
    r"\b(?:nobody|no one|none of them|no child|no pupil)(?: \w+)? (?:seems|is|are|was|were|appears?|seemed|looks?) (?:distressed|upset|at risk|in danger|worried|bothered)\b",
    r"\bno (?:child|pupil|student|one|young person|parent) has (?:said|disclosed|done|shown|reported) anything (?:worrying|concerning|of concern|like this)\b",
    # a worry that the writer says came to nothing
    r"\b(?:bit of a|it was a|it was just a|turned out to be a|turns out it was a|it'?s been a) false alarm\b",
)
# A closed, historic incident (a records question, a review): no flag.
RETROSPECTIVE = _re(
    r"\bhistoric(?:al)? (?:incident|case|concern|nudes? incident|sexting)\b|\blast year'?s (?:\w+ )?(?:case|incident)\b",
    r"\bretention of (?:records|data)\b|\boutcome (?:21|22)\b|\b(?:is|are|now) doing (?:really |very )?well now\b|\bhas since left\b",
    r"\b(?:last|previous) (?:year|term) we had (?:a|an)\b|\b(?:years?|months?) ago we had (?:a|an)\b|\bwe had (?:a|an) (?:\w+ )?(?:incident|case) (?:last|in) (?:year|20\d\d)\b",
    r"\b(?:have|has|had) (?:now )?closed (?:the|their|her|his) (?:case|investigation)\b|\bcase (?:is|was|has been|is now|now) closed\b|\bclosed now\b|\bno (?:outstanding|ongoing|remaining) concerns?\b|\bpast case\b|\bhas left us\b",
    r"\btook no further action\b|\b(?:was|were|has been|had been) (?:dealt with|resolved|closed)\b|\bpermanently excluded\b",
)
# A closure that is only proposed ("Outcome 21 being considered") closes nothing yet.
PENDING = _re(
    r"\b(?:likely|going|planning|plan|intend\w*|expect\w*|propos\w*|want|wants|may|might|could|will) to (?:record|file|close|class|classify|categori[sz]e|finalise|finalize)\b|\bwill (?:record|file|close|class) (?:it|this|the case)\b",
    r"\b(?:being|to be|will be|may be|might be|could be) (?:considered|discussed|proposed|explored|decided|reviewed|applied|given|recorded|issued)\b|\bpending\b|\b(?:may|might|could|likely to|will|would|hope to|want to|plan to) (?:be |get |receive |give |apply )?(?:closed|resolved|dealt with|outcome)\b|\bconsider(?:s|ed|ing)? (?:an? |the )?(?:outcome|closing|closure|nfa)\b|\bnot (?:yet )?(?:been )?(?:closed|resolved|dealt with)\b",
)
HOAX = _re(
    # Rumours of a thing (a challenge, a doll, a message); rumours about a person are gossip.
    r"\brumou?r(?:s|ed)? (?:\w+ ){0,5}(?:challenges?|trends?|games?|craze|dolls?|characters?|videos?|messages?|apps?|filters?|chain|vans?|clowns?)\b|\b(?:challenge|trend|game|craze|doll|character|video|message|app|filter|chain|van|clown)s? (?:\w+ ){0,3}rumou?rs?\b",
    r"\bhoax(?:es)?\b|\bis (?:this|it|that) (?:real|true)\b|\bmomo\b|\bscare ?stor(?:y|ies)\b|\bchain (?:message|letter)s?\b|\bscaremonger",
)

# ---- sentence context ----------------------------------------------------------------------
TEACHING = _re(
    r"\b(?:lessons? (?:on|about|plans?|for)|lesson plans?|resources?|training|curriculum|pshe|rse|rshe|assembl(?:y|ies)|polic(?:y|ies)|awareness (?:week|day|month|session|raising)|workshop|scheme of work)\b",
    r"\b(?:session for (?:staff|parents)|sex (?:education|ed)|diagrams?|quiz|inset|cpd|webinar|guidance|template|flowchart|poster|leaflet|glossary|briefing|handbook|staff guide|procedure|signposting|statistics|figures|how common|prevalence|nationally|national (?:figures|data|trends?)|research|dissertation|essay|article|news (?:story|report)|documentary)\b",
    r"\b(?:talk|session|presentation|input|assembly|speaker|speak) (?:on|about)\b|\bslides\b|\bspeakers?\b|\b(?:information|awareness|e-?safety) (?:evening|night|event|session|morning)s?\b|\b(?:read|heard|seen|saw|reading) (?:about|of) (?:\w+ ){0,3}(?:in|on) the news\b|\bteach(?:ing)? (?:about|pupils about|children about|staff about|kids about)\b|\b(?:talk|session|input) (?:to|for|with) (?:staff|parents|pupils|students|the class|year \d+)\b",
    r"\b(?:recognis|recogniz)(?:e|ing) (?:the )?(?:signs|self|suicid)|\b(?:support|helpline|charity|crisis) (?:sites?|services?|lines?|numbers?|pages?)\b|\bblock(?:s|ed|ing)? searches\b",
)
# Content in general (what a platform shows, a storyline), not a person.
CONTENT = _re(
    r"\b(?:content|posts?|videos?|material|hashtags?|storyline|drama|series|programme|show|film|trend|challenge|meme|accounts?) (?:about|on|that (?:promotes?|glorif\w+|encourag\w+|shows?)|promoting|glorifying|encouraging|depicting|involving|related to|around) (?:\w+ )?(?:suicide|self[- ]?harm)\b",
    r"\b(?:promot|glorif|encourag|depict)\w* (?:suicide|self[- ]?harm)\b|\bsafe messaging\b|\blyrics\b|\b(?:novel|coursework|poem|storyline|episode|documentary|tv (?:series|show|drama))\b|\b(?:died|dead|death) (?:by|from|through) suicide\b|\btook (?:his|her|their) own li(?:fe|ves)\b|\bcommitted suicide\b|\bsuicide of\b",
)
STAGE = _re(
    r"\b(?:halloween|costume|fancy dress)\b|\b(?:a line from|lines? (?:in|from) (?:the|a|our) (?:play|film|show|script)|the play|school play|rehearsal|acting|zombies?|horror (?:film|movie)|film poster|in the (?:game(?!'?s? chat)|film|movie|show)|in-game(?! chat)|lyrics? (?:from|of) (?:a|the) song)\b|\bfiction(?:al)?\b|\b(?:a|the|our) novel (?:about|where|in which)\b",
)
# Games and sport: violence in them is play ("shooting" each other at Squid Game).
GAMES = _re(
    r"\b(?:talking|talk|chatting|arguing|on) about (?:a|the|their|his|her|some) (?:\w+ )?game\b|\b(?:netball|football|rugby|hockey|cricket|fixture|tournament|league|fortnite|call of duty|gta|among us|squid game|nerf|paintball|laser tag|airsoft)\b|\bplay(?:ing|ed|s)? (?:at )?(?:\w+ ){0,2}(?:tag|war|soldiers|cops and robbers|guns|fighting|fight)\b|\bplay[- ]?fight\w*|\bpretend(?:ing|ed)?\b|\brole[- ]?play\w*|\b(?:water|toy) (?:pistols?|guns?|knife|knives|swords?)\b",
)
FICTION = Cue(*(STAGE.parts_source + GAMES.parts_source))
# A meeting inside a game is no meeting in person.
IN_GAME = _re(
    r"\bmeet(?:ing|s)?(?: up)?(?: with)?(?: (?!met\b|knows?\b|who\b|from\b|through\b)[\w'-]+){0,4} (?:in|on|inside) (?:the |a )?(?:game|fortnite|roblox|minecraft|among us|gta|call of duty|discord|xbox|ps5|playstation|server|lobby|vr|call|video call|facetime|zoom|teams)\b|\bin-game\b",
)
JOKE = _re(
    r"\b(?:(?:as|for) an? (?:\w+ )?(?:joke|prank|laugh|wind-?up)|joking|banter|memes?|dark humou?r|lol|lmao)\b",
)
# What makes a threat no threat: a misreading, a joke, a hoax, a condition.
NOT_A_THREAT = _re(
    # the stranger is family, the alarm an old post, the contact agreed and safe
    r"\bturns? out (?:it'?s|it is|it was|that it'?s|that it was|they'?re|they are|he'?s|he is|she'?s|she is) (?:just )?(?:his|her|their) (?:\w+ )?(?:cousin|uncle|aunt|auntie|grandad|grandpa|grandma|granny|nan|brother|sister|half-brother|half-sister|stepbrother|stepsister|godparent|godmother|godfather)\b|\bturns? out (?:the post|the message|it|the alert) (?:is|was) (?:from (?:\d{4}|years ago|another country)|years old|fake|a hoax)\b|\bno (?:concerns?|worries) (?:about|for|over) (?:her |his |their |the child'?s |the pupil'?s )?safety\b",
    r"\b999 if\b|\bif (?:\w+ ){0,4}(?:999|immediate danger)\b|\bwhen to (?:call|ring|contact) (?:999|you|the police)\b|\bwhen a child is in immediate danger\b|\bimmediate danger \(999\)",
    r"\bwords? like\b|\bkeywords?\b|\balerts? for (?:the )?words?\b|\bmisread|\bmisunderst\w+|\bout of context\b|\bnot (?:a|an actual|a real|a genuine) threat\b|\bno (?:real |actual |credible |genuine )?threat\b|\bpolice (?:are|were) satisfied\b|\bturned out to be\b|\bjust a joke\b",
)
PAST = _re(
    r"\b(?:last|previous) (?:year|term|month|summer|spring|autumn|winter|academic year)\b|\b(?:\d+|a|one|two|three|four|five|six|a few|several|many|some) (?:years?|months?|terms?) ago\b",
    r"\bin (?:19|20)\d\d\b|\bback in\b|\bpreviously\b|\bhistoric(?:al)?\b|\bused to\b|\bat the time\b|\bas a precaution\b",
)
# Last night's threat or stunt is over unless it names a time still to come; a child missing
# since last night is missing still.
RECENT_PAST = _re(r"\blast night\b|\byesterday\b")
# A plan to die with its time set: "going to end it tonight", "picked a date - this Friday".
_WHEN = r"(?:tonight|tonite|2nite|tomorrow|tmrw|tmr|tomoz|this (?:evening|weekend|afternoon)|later today|in (?:an?|one|two|\d+) (?:hours?|hrs?|mins?|minutes)|(?:this|on|next|by) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at \d{1,2}(?:[.:]\d\d)? ?(?:am|pm))"
PLAN_TIMED = _re(
    rf"\b(?:going to|gonna|will|'ll|plan(?:s|ning|ned)? to|want(?:s)? to|about to)\b[^\n.]{{0,40}}\b(?:end it|end (?:my|his|her|their) life|kill (?:my|him|her|them)sel\w+|do (?:it|(?:my|him|her|them)sel\w+ in)|unalive \w+|die|jump|overdose|take (?:the|all (?:the|my|her|his)) (?:pills|tablets))\b[^\n.]{{0,30}}\b{_WHEN}\b",
    rf"\b(?:planned|planning|plan) (?:\w+ ){{0,3}}for {_WHEN}\b|\b(?:picked|chosen|chose|set) (?:a|the) date\b[^\n]{{0,40}}\b{_WHEN}\b|\b(?:tonight|tomorrow)'?s the (?:night|day)\b",
)
SOON = _re(
    r"\b(?:tonight|today|tomorrow|tmrw|tmr|tomoz|2moro|2nite|2day|this (?:morning|afternoon|evening|weekend)|right now|after school|home ?time|end of (?:the )?(?:school )?day|later today)\b",
    r"\b(?:on |this |next |by |before |till |until |see you |gets? \w+ |come in )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?! (?:night|morning|afternoon|evening)? ?(?:he|she|they|we|i|a|an|the|her|his|my)\b)",
    r"\bin (?:an?|one|two|three|half an|ten|twenty|\d+) (?:hours?|hrs?|mins?|minutes)\b|\b(?:at|till|until|by) \d{1,2}(?:[.:]\d\d)? ?(?:am|pm|o'?clock)?\b|\b(?:at|by|till|until) (?:midnight|noon)\b|\b\d{1,2}[.:]\d\d ?(?:am|pm)?\b|\b\d{1,2} ?(?:am|pm)\b|\bgot \d+ (?:mins|minutes|hours)\b|\b(?:\d+|a few|ten|twenty|five|fifteen) minutes ago\b|\b(?:an|half an) hour ago\b|\b(?:is|are) now (?:calling|messaging|texting|outside|threatening|waiting|following|on (?:his|her|their) way)\b",
    r"\bwhen (?:you|he|she|they|u) (?:leave|leaves|get out of|gets out of|finish|finishes|walk|walks) (?:school|work|home)\b|\bon (?:your|his|her|their|ur) way home\b|\bhalf (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|\bquarter (?:past|to) \w+\b|\bcountdown\b|\bin (?:\d|two|three|four|five) days\b|\b(?:\d|two|three) days (?:time|left|to go)\b",
    r"\b(?:after|at|before) (?:last lesson|period \d|lunch(?:time)?|registration|practice|training|the match|break|the bell)\b|\blater(?: on| today| tonight)?\b|\bby (?:tonight|the weekend)\b|\b(?:the |my |his |her |our )?last day\b|\blast warning\b|\bset for \d",
)

# ---- self-harm cues --------------------------------------------------------------------------
_SELF = r"(?:him|her|them|my|your|our|one)sel(?:f|ves)|themself"
SH_NAMED = _re(
    r"\bself[- ]?harm(?:s|ing|ed|er)\b|\bself[- ]?inflicted\b|\bself[- ]?injur(?:y|ies|ing|ed)\b|\bsuicidal\b|\bsuicide (?:attempt|note|pact|plan|letter|risk|threat)s?\b|\battempted suicide\b|\bpro[- ]?suicide\b",
    r"\b(?:has|have|had|is|was|been|started|keeps?|currently|recently|admitted|disclosed|disclosing|previously) (?:been )?self[- ]?harm\w*\b|\bhistory of self[- ]?harm\b|\bself[- ]?harm (?:again|marks|injuries|scars|wounds|pathway|referral|plan)\b",
    r"\bunaliv\w*|\bkms\b|\bkys\b|\bsewerslide\b|\bsuicide (?:methods?|forum|site|group)\b|\bmethods? (?:forum|site)\b|\b(?:discussing|rating|sharing) methods\b|\bpact\b",
)
# Who wants or plans it, before an ending ("wants to die", "gonna end it all").
_SH_LEAD = r"\b(?:wants?|wanted|wanting|wanna|going|gonna|plan(?:s|ned|ning)?|tried|trying|threaten(?:s|ed|ing)?|talk(?:s|ed|ing)? about|thought about|thinking about|thinks about|intends?|intention|intent|would rather|'d rather|rather|(?<!you )(?<!\bu )will|(?<!you)(?<!\bu)(?<!\bya)'ll|would|'d|might|may|could) (?:to )?(?:just )?"
SH_IDEATION = _re(
    rf"\b(?:kill|hang|hurt|harm|cut|burn|starve|drown|poison|punish|strangle|choke|suffocate|stab|shoot) {_SELF}\b|\bdo (?:him|her|them|my)sel(?:f|ves) in\b|\bthrow (?:him|her|them|my)sel(?:f|ves) (?:under|off|in front of|from)\b",
    r"\b(?:nothing|no reason|nowt|nothing left) to live for\b|\blife (?:isn'?t|is not|aint|ain'?t|wasn'?t|is no longer) worth (?:living|it)\b|\b(?:end|ending) (?:things|everything)\b|\bwant(?:s|ed)? (?:everything|it all|the pain|the thoughts|the voices|life) to (?:stop|end)\b|\bwon'?t be (?:a|any) (?:problem|burden|bother)(?: (?:for|to) (?:anyone|anybody|you|them|us|everyone))? (?:any ?more|for much longer|for long|soon|much longer)\b|\bsorry for everything\b|\b(?:my|her|his) last (?:message|post|video|goodbye)\b",
    # one alternative per ending, each gated on its own telling word (see Cue)
    *(
        rf"{_SH_LEAD}\b{ending}\b"
        for ending in (
            "die",
            "end it(?: all)?",
            "end (?:his|her|their|my|your) (?:own )?life",
            "take (?:his|her|their|my) (?:own )?life",
            "not be (?:here|alive|around)(?: any ?more)?",
            "disappear(?: for good| forever| and (?:never|not) (?:come|be) back| and never be seen again)",
            "not exist",
            "be dead",
            "sleep forever",
            "stop being alive",
            "not wake up",
            "go to sleep and not wake up",
            "ending it",
        )
    ),
    r"\beveryone (?:was|would be|will be|'d be|is|would all be) (?:better off|happier)\b|\b(?:if|when|once|then) (?:i|i'?m|im) (?:was |were )?gone\b|\b(?:end it all|ending (?:his|her|their|my) life|end (?:his|her|their|my) life)\b|\b(?:i'?m|im|i am|he'?s|she'?s) ending it\b|\bcan'?t be bothered (?:to be|being) alive\b|\b(?:won'?t|will not|wont) be (?:here|around|alive) (?:next|for|much|tomorrow|by|after)\b|\b(?:got|has|have|had) a plan\b|\bnote (?:[\w']+ ){0,4}(?:sorry|goodbye)\b|\b(?:stash|stockpile|hoard) of (?:\w+ )?(?:pills|tablets|paracetamol|meds|medication)\b",
    r"\b(?:doesn'?t|does not|don'?t|do not|didn'?t|did not|no longer|never) (?:want|wants|wanna|wanted) to (?:be alive|live|be here|wake up|exist|be around|carry on|go on|be in this world)\b",
    r"\b(?:doesn'?t|does not|don'?t|do not|can'?t|cannot) see (?:the|any) point (?:of|in|to) (?:\w+ ){0,2}(?:being here|living|life|anything|going on|carrying on|being alive|it all)\b|\bno point (?:to|in) (?:anything|living|life|being here|going on|carrying on|it all)\b|\bwhat'?s the point (?:of|in) (?:living|life|anything|being here)\b",
    r"\b(?:better off|rather (?:be )?) ?(?:dead|gone|not (?:be |being )?here)\b|\bbetter off without (?:me|her|him|them)\b|\b(?:everyone|they|people|family|world|you|all)(?: would| will|'d)(?: all)? be (?:better off|happier|happy) (?:without|if i)\b",
    r"\b(?:nobody|no one|no-one|noone)(?: would| will|'d| wud| gonna)? (?:even )?(?:miss|notice|care)(?: if (?:i|she|he|they|u|you) (?:was|were|wasn'?t|weren'?t|died|disappeared|left))?\b",
    r"\bwish(?:es|ed)? (?:s?he|i|they|he'?d|she'?d|i'?d) (?:was|were|had|wasn'?t|weren'?t|hadn'?t)(?: never)? (?:been )?(?:born|dead|here)\b|\bwish(?:es|ed)? (?:s?he|i|they) (?:could )?(?:die|disappear)\b",
    r"\b(?:can'?t|cannot|couldn'?t) (?:live with (?:this|it|myself|everyone)|go on|do this any ?more|do this (?:for )?much longer|cope any ?more|take (?:it|this) any ?more|carry on|keep going)\b|\b(?:i'?m|he'?s|she'?s) done,? (?:i|he|she) can'?t\b",
    r"\b(?:what it feels like|how it feels|does it hurt|would it hurt|how long does it take) to (?:die|drown|hang|bleed)\b|\bhow (?:many|much) (?:\w+ )?(?:paracetamol|pills|tablets|ibuprofen|co-?codamol|sleeping pills)\b|\b(?:painless|easy|quick|quickest|best|easiest) ways? (?:to|of) (?:die|dying|go|end it|kill|commit)\b|\bways to (?:die|end it|kill (?:my|your)self)\b",
    r"\bhow to (?:tie a noose|kill (?:my|your)self|die|end it|stop being alive|hang (?:my|your)self|overdose)\b|\bmethods? (?:of|to|for) (?:suicide|dying|killing)\b|\bsuicide methods\b|\bnoose\b|\bligatures?\b|\b(?:belt|rope|cord|scarf) (?:round|around) (?:his|her|their|my) neck\b",
    r"\b(?:saying|said|says|say|wrote|written|writing|posted|sent|left) (?:a |her |his )?goodbye\b(?![^\n]{0,40}\b(?:as usual|for school|to school|for work|at the (?:door|gate|station))\b)|\bgoodbye (?:notes?|letters?|messages?|posts?|videos?|texts?|everyone|all|world|forever|i'?m tired)\b(?![^\n]{0,60}\b(?:retir\w*|leavers?'?|leaving (?:do|party|card|assembly)|moving (?:school|house|away|abroad)|end of (?:term|the year|year))\b)|\b(?:suicide|goodbye) notes?\b|\b(?:written|wrote|writing) (?:her|his|their|my) (?:letters|goodbyes?)\b",
    r"\b(?:letter|note)s? (?:to|addressed to|for) (?:his|her|their|my) (?:mum|mom|mam|dad|family|parents|sister|brother|nan)\b[^\n]{0,60}\b(?:goodbye|sorry)\b|\bsee you on the other side\b|\btired of (?:everything|living|life|being alive|it all)\b|\bhow to stop being alive\b",
    r"\b(?:giving|given|gave|gives) (?:away )?(?:his|her|their|my) (?:things|stuff|belongings|possessions|games|clothes)(?: away)?\b|\bsaved up (?:\w+ ){0,2}(?:tablets|pills|paracetamol|meds|medication)\b|\bstockpil\w+ (?:\w+ )?(?:tablets|pills|medication|meds)\b",
    r"\b(?:deserves?|deserved|deserving) to (?:hurt|suffer|die|be hurt|be punished|feel pain|be in pain)\b|\b(?:picked|chosen|chose|set|pick|choose|choosing) (?:a|the) date\b(?=[^\n]{0,80}\b(?:suicid\w*|die|end it|kill (?:him|her|them|my)sel\w+|method\w*|friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|tomorrow|next week)\b)",
    r"\bmaybe i will\b|\bhonestly i might\b|\bi might (?:just )?(?:do it|as well)\b|\b(?:i'?m|im|he'?s|she'?s|they'?re) (?:so |just )?done with (?:everything|life|it all|living|all of it)\b",
    r"\b(?:which|highest|tallest) (?:bridge|building|car park|cliff|tower)\b|\bhow high (?:is|does|would)\b|\bfinal (?:post|video|message|tiktok|story|snap)\b|\btitled final\b|\b(?:thanking|thanked) (?:everyone|her friends|his friends|them all|all her friends|all his friends)\b",
)
# A choking "game" or "challenge" a child has played or is playing: strangulation, whatever
# the word "challenge" says of a dare (SH_NEGATED sets dares and challenges aside).
CHOKING_GAME = _re(
    r"\b(?:blackout|black-out|choking|choke|pass[- ]?out|passing out|fainting|faint|space monkey|knockout|breath[- ]?holding|hanging) (?:challenge|game|trend)s?\b",
)
CHOKING_DONE = _re(
    r"\b(?:done|did|does|do|doing|tried|tries|trying|try|played|playing|plays|filmed|filming|film) (?:it|this|that|the challenge|the game|them)\b|\b(?:passed|passes|passing|pass) out\b|\b(?:went|goes|gone|turned|turns|turning) (?:blue|purple|limp)\b|\bblacked out\b|\b(?:tie|belt|scarf|cord|rope|lanyard|dressing gown cord)\b|\bmarks? (?:on|round|around) (?:his|her|their) neck\b",
)
# Wanting to join someone, beside a word of suicide ("wants to 'join' the character").
SH_JOIN = _re(
    r"\bwant(?:s|ed|ing)? to (?:go and )?(?:join|be with) (?:him|her|them|the \w+|my \w+|his \w+|her \w+|grandad|grandma|nan)\b",
)
# The means obtained (ordered, bought, delivered), and what ties them to suicide.
SH_MEANS = _re(
    r"\b(?:ordered|ordering|bought|buying|purchased|purchasing|got hold of|getting hold of|obtained|sourced|stockpiled|had (?:it |them )?delivered|(?:parcel|package|delivery|order) (?:containing|with|of))\b[^\n]{0,60}\b(?:chemicals?|substances?|poisons?|powder|sodium nitrite|nitrite|nitrogen|helium|cyanide|rope|pills|tablets|painkillers|paracetamol|sleeping pills|medication)\b",
)
SUICIDE_LINK = _re(
    r"\b(?:linked to|associated with|known for|used (?:for|in)|connected to|sold for) (?:\w+ ){0,2}(?:suicides?|deaths?|self[- ]?harm)\b|\bsuicid\w*|\bwant(?:ed|s)? (?:to have )?(?:the|an?) (?:option|way out|exit|escape)\b|\b(?:end|ending) (?:it|it all|her life|his life|their life|things)\b|\b(?:overdose|poisoning)\b",
)
# Others telling a child to harm themselves: a risk unless the text says nothing came of it.
SH_TOLD = _re(
    r"\b(?:told|tell|tells|telling|asking|asked|urging|urged|dared?|daring|encouraging|encouraged|pressuring) (?:him|her|them|me|you|the boy|the girl|the pupil) to (?:go )?(?:and )?(?:kill (?:him|her|them|my|your)sel(?:f|ves)|die|cut|hurt (?:him|her|them)sel(?:f|ves))\b|\b(?:should|to) unalive\b|\b(?:just )?(?:go )?die already\b|\bgo (?:and )?die\b",
)
SH_ACT = _re(
    r"\bblood[- ]?stained\b|\bpencil sharpener\b|\bwith cuts\b|\bcovered in (?:cuts|scratches|scars|marks)\b|\bcuts? (?:on|to|across|in) (?:them|it)\b|\bclean for \d+ (?:days|weeks|months)\b|\brelapsed?\b",
    r"\b(?:took|taken|swallowed|swallow|taking|downed) (?:about |around |over |nearly |at least )?(?:\d+|loads|lots|all|too many|ten|twenty|thirty|forty|fifty|a load|a lot)\b(?: \w+){0,3} (?:pills|tablets|paracetamol|painkillers|meds|medication)\b|\b(?:found|was|were|standing|sitting|stood|sat) (?:on|at) (?:the )?(?:top (?:floor|storey|level) of|roof of|edge of)\b|\bmulti-?stor(?:e)?y\b",
    rf"\b(?:cutting|cut|scratching|scratched|burning|burnt|burned|harming|hurting|hitting|punching|starving|carv\w+|stabbing) {_SELF}\b",
    r"\b(?:cutting|scratching|burning|cut|scratched|burnt|burned|carv\w*|slash\w*) (?:(?:into|at) )?(?:his|her|their|my) (?:arms?|wrists?|legs?|thighs?|skin|stomach|forearms?|body|hands?)\b",
    r"\b(?:did|does|doing|done) (?:it|this|that|them) (?:to )?(?:him|her|them|my)sel(?:f|ves)\b",
    r"\b(?:cuts|scratches|burns|marks|scars|wounds|injuries|plasters|bandages?|sores|lines|bruises)(?: \w+)? (?:on|to|across|up|all over|down) (?:his|her|their|my|both) (?:arms?|wrists?|legs?|thighs?|forearms?|stomach|body|hands?)\b",
    r"\b(?:fresh|new|recent|deep|old) (?:cuts|scars|wounds|injuries|self[- ]?harm)\b|\b(?:arm|wrist|arms|wrists)(?: was| were| is| are)? bandaged\b|\bblood on (?:his|her|their|my) (?:sheets|bed|pillow|clothes|sleeves?|duvet)\b",
    r"\b(?:started|been|is|was|keeps?|caught (?:her|him)|found (?:her|him)|admitted|admits) (?:to )?cutting\b|\bcut again\b|\bcutting again\b|\b(?:she|he|they) cuts\b|\brazor(?:s| blades?)?\b|\bblades? (?:under|in|hidden|from)\b|\bsharpener blade\b",
    r"\boverdos\w+|\b(?:took|taken|takes|taking|swallowed|swallow) (?:a |an )?(?:handful|load|lot|bunch|couple|few|strip|packet|box|bottle|whole (?:packet|box|bottle|strip)|all (?:of )?(?:her|his|their|the|my)|(?:\w+ ){0,2}(?:pills|tablets|paracetamol))\b|\bempty blister packs?\b",
    r"\b(?:jump|jumping|jumped) (?:off|from|out (?:of )?(?:the |a |his |her |my )?(?:window|building)|in front of)\b(?![^\n]{0,30}\binto the (?:water|river|sea|lake|pool|reservoir)\b)|\b(?:sitting|sat|stood|standing|climbed) (?:on|onto) (?:the|a|his|her) (?:ledge|edge|roof|window ?sill|parapet|railing)\b",
    r"\bmak(?:e|es|ing) (?:him|her|them|my)sel(?:f|ves) (?:sick|vomit|throw up)\b|\b(?:purging|purge|purged|bingeing and purging)\b|\b(?:been|is|started|keeps?|was|she'?s|he'?s) restricting(?= ?[.,;!?]|$| and | again| (?:her|his|their) (?:food|eating|calories|intake|meals))|\brestricting (?:her|his|their) (?:food|eating|intake|calories)\b|\b(?:stopped|stop|not) eating\b[^\n]{0,60}\b(?:cut\w*|self[- ]?harm\w*|hurt\w*|die|deserves?)\b",
    r"\b(?:knife|knives|blade|razor|scissors|compass|glass)(?: \w+)? (?:to|against|on|across) (?:his|her|their|my) (?:own )?(?:wrists?|arms?|throat|neck|skin|legs?)\b",
    r"\bhit(?:ting)? (?:his|her|their) head (?:against|on) the wall\b|\bvent accounts?\b[^\n]{0,80}\b(?:cuts|wounds|injur\w*|scars|blood)\b",
)
# The means made ready, in whatever register ("getting the rope ready lol"): a laugh beside
# a noose is no joke, so JOKE does not set it aside (teaching, content and denials do).
SH_READY = _re(
    r"\b(?:getting|got|get|gets|have|has|had|'ve got|'s got|'ve|'s) (?:the|a|my|his|her|their|some) (?:rope|noose|ligature|belt|cord|pills|tablets|paracetamol|blades?|razors?)s? (?:all )?(?:ready|sorted|set up|lined up|tied|counted out|out and ready)\b",
    r"\b(?:tied|tying|made|making) (?:a|the|my|his|her) (?:noose|ligature)\b|\b(?:noose|ligature) (?:is |are )?(?:ready|tied|up)\b",
)
# Rope for climbing, tablets for a headache: means made ready for something else.
SH_READY_ELSEWHERE = _re(
    r"\b(?:climb\w*|abseil\w*|tug of war|skipping|camping|tents?|boats?|sailing|scouts?|cubs|brownies|swings?|dogs?|lead|washing line|hammock|prescri\w+|epilep\w+|asthma|antibiotics?|hay ?fever|allerg\w+|headaches?|period pains?|vitamins?|doctor|gp|pharmac\w+|nurse|first aid|craft|art project|costume)\b",
)
# A mind made up: beside a plan with a time ("going to do it this weekend"), a plan to die.
RESOLVE = _re(
    r"\bmade (?:my|her|his|their) mind up\b|\bmind is made up\b|\b(?:thank you|thanks) for (?:being|everything|always)\b|\b(?:don'?t|doesn'?t|do not|does not) want (?:a|any) fuss\b",
)
# A plan with a time for something else: an event, a test, a sponsored stunt.
PLAN_ELSEWHERE = _re(
    r"\b(?:charity|sponsored|fundrais\w*|bungee|sky ?dive|skydiving|abseil\w*|marathon|race|swim|exams?|tests?|mocks?|presentation|performance|concert|audition|match|interview|driving)\b",
)
SH_NEGATED = _re(
    r"\b(?:hasn'?t|has not|didn'?t|did not|never|haven'?t) (?:actually )?(?:hurt|harmed|cut|done anything to) (?:him|her|them|my)sel(?:f|ves)\b|\b(?:hasn'?t|has not) (?:done|tried) (?:it|anything)\b",
    r"\b(?:hasn'?t|has not|hadn'?t|never|not|didn'?t|did not) (?:said|mentioned|talked about|spoken about|shown|done) anything (?:about|like)\b|\bnot sure if\b(?! (?:i'?m|im|i am|we'?re|we are|i was|we were) (?:over ?reacting|being (?:paranoid|silly|daft|dramatic)))(?! (?:i|we) (?:should|need|can|ought|must|have to)\b)|\bwondering if\b|\b(?:what )?signs to (?:look|watch) (?:out )?for\b",
    r"\b(?:the|a|this) (?:word|term|phrase|slang|hashtag|emoji)s?\b|\bwords? like\b|\binstead of (?:saying )?\b|\bsay(?:ing)? (?:things like )?(?:kms|kys|unalive)\b[^\n]{0,30}\bjoke\b|\bas a joke\b|\bdar(?:e|es|ed|ing)\b|\bchallenges?\b",
    r"\bno (?:\w+ ){0,3}(?:self[- ]?harm\w*|suicid\w*)(?: \w+){0,2}\b|\b(?:not|isn'?t|wasn'?t|never been) (?:suicidal|self[- ]?harming)\b|\bdenie[sd] (?:any )?(?:self[- ]?harm|suicid\w*|thoughts)\b",
    r"\bno (?:disclosure|indication|signs?|mention|history|evidence|thoughts) of\b|\b(?:can'?t|cannot) stop (?:scrolling|playing|watching|gaming)\b|\bcutting (?:down|back|off|out)\b|\bcut(?:ting|s)? (?:down |back )?(?:(?:my|his|her|their|your|the) )?(?:\w+'s? )?(?:screen ?time|gaming|time online|time on)\b",
)

# A dare or a challenge: what SH_NEGATED reads as no self-harm of the child's own ...
SH_DARED = _re(r"\bdar(?:e|es|ed|ing)\b|\bchallenges?\b")
# ... unless the child says they would not mind not waking up from it.
NOT_WAKING = _re(
    r"\b(?:doesn'?t|didn'?t|don'?t|wouldn'?t|won'?t|does not|did not|do not|would not) (?:care|matter|mind) if (?:i|he|she|they|u|you) (?:don'?t|didn'?t|never|do not|did not|doesn'?t|does not|wouldn'?t|won'?t) (?:ever )?wak(?:e|es|ing)(?: up| up again)?\b",
)

# The child searched for it: "searched how many paracetamol to die".
OWN_SEARCH = _re(
    r"\b(?:searched|searching|searches|googled|googling|looked up|looking up|search history|search terms?|typed)\b",
)

# The self-harm is over: recovered, well now.
RECOVERED = _re(
    r"\b(?:now|is|are|is now) (?:recovered|well|doing well|in recovery|in a good place)\b|\bhas recovered\b|\bno longer self[- ]?harm\w*|\b(?:she|he) is coping\b",
    r"\b(?:has|have) been (?:well|fine|stable|settled|doing well|thriving|self[- ]?harm free|clean) (?:for|since) (?:\w+ ){0,2}(?:years?|months?|year \d+|primary)\b|\bis thriving\b",
)
# ...unless it has come back.
RELAPSE = _re(
    r"\brelaps\w*|\bagain\b|\bback to (?:cutting|self[- ]?harm\w*|restricting|hurting)\b",
)
# A farewell beside the means ("a packet of pills ... tonight's the night. sorry mum").
_FAREWELL_WORDS = r"\bsorry (?:mum|mam|mom|dad|mummy|daddy|nan|everyone|for everything|for being a burden)\b|\btonight'?s the night\b|\b(?:love|loved) (?:you|u) all\b|\bthis is (?:it|goodbye)\b|\bforgive me\b"
FAREWELL = _re(_FAREWELL_WORDS, r"\bgoodbye\b(?! to\b)")
# Without the means in sight, only a farewell no one says in passing.
FAREWELL_LAST = _re(_FAREWELL_WORDS)
GONE = _re(
    r"\bleft (?:the house|home|school|in the night)\b|\bphone (?:is|was|has been) (?:off|switched off|turned off|dead)\b|\b(?:not|hasn'?t|has not|didn'?t|did not) (?:come|came|gone|been) (?:back )?home\b|\bmissing\b|\bcan'?t (?:find|reach|locate) (?:her|him|them)\b",
)
MEANS_SEEN = _re(
    r"\b(?:pills|tablets|paracetamol|painkillers|packets? of|blister packs?|meds|medication|rope|noose|ligature|blades?|razors?|bridge|train tracks|railway|cliff|rooftop|top floor)\b",
)

# ---- images ---------------------------------------------------------------------------------
_MEDIA = r"(?:images?|imagery|photos?|photographs?|pictures?|pics?|selfies?|videos?|vids?|clips?|snaps?|content|footage|shots?|recordings?|livestreams?|streams?|stories|story|material)"
_BARE = r"(?:naked|nude|topless|semi[- ]?naked|undressed|in (?:just |only )?(?:his|her|their) (?:underwear|bra|pants|boxers|undies|knickers|bikini)|(?:top|shirt|skirt|dress) (?:pulled|lifted) (?:up|down)|with (?:her|his|their) (?:top|shirt|clothes) off|flashing)"
BARE = _re(rf"\b{_BARE}\b")
MEDIA_NOUN = _re(rf"\b{_MEDIA}\b")
SEXUAL_MEDIA = _re(
    # the sector's names for a child's own sexual images
    r"\bsgii\b|\bypsi\b|\bself[- ]generated (?:indecent |sexual |intimate )?(?:images?|imagery|content|material|photos?|videos?)\b",
    rf"\b(?:nude|naked|topless|bottomless|explicit|sexually explicit|intimate|sexual(?:ised|ized)?|sexy|indecent|semi[- ]?nude|semi[- ]?naked|nude[- ]?ish|xrated|pornographic|porn|dirty|revealing|rude|compromising|underwear|bikini) (?:\w+ ){{0,2}}{_MEDIA}\b",
    rf"(?<=x-)\brated (?:\w+ ){{0,2}}{_MEDIA}\b|(?<=x )\brated (?:\w+ ){{0,2}}{_MEDIA}\b",
    r"\bnudes\b|\b(?:a|the|her|his|their|my|your|ur|one|any|send|sent|sending) nude\b|\bsemi[- ]?nudes?\b|\b(?:dick|d\*ck|dck|d1ck|dik|dic|d|cock|willy|penis|boob|breast|genital|private part)s? (?:pics?|photos?|images?|pictures?|shots?)\b|\bcsam\b|\bcsem\b|\bcat(?:egory|\.)? ?[abc] (?:indecent |abuse |sexual )?(?:images?|imagery|photos?|pictures?|videos?|material|content|iioc)\b|\b(?:images?|imagery|photos?|videos?|material|iioc) (?:[\w()]+ ){0,5}(?:graded|assessed|classed|classified|categori[sz]ed) (?:as |at )?cat(?:egory|\.)? ?[abc]\b|\biiocs?\b|\bchild porn\w*|\bchild (?:sexual )?abuse (?:images?|material|imagery|content|videos?)\b",
    rf"\b{_MEDIA} (?:of|showing) (?:[\w']+ ){{0,4}}(?:(?:his|her|their|my|a) )?(?:private parts|genitals|penis|breasts|bum|bottom|body parts)\b|\b{_MEDIA}\b[^\n.]{{0,50}}\b{_BARE}|\b{_BARE}\b[^\n.]{{0,30}}\b{_MEDIA}\b",
    r"\b(?:show (?:us )?your body|take (?:your|her|his|their) (?:top|clothes|shirt|bra|pants) off|flash(?:ed|ing)? (?:them|him|her|the camera))\b",
    r"\b(?:filmed|recorded|photographed|videoed|filming|recording|(?:took|taking|take) (?:photos|pictures|pics|videos?|a photo|a video))\b[^\n.]{0,60}\b(?:toilets?|cubicles?|showers?|changing rooms?|bathroom|getting changed|bedroom window)\b|\b(?:toilets?|cubicles?|showers?|changing rooms?|bathroom)\b[^\n.]{0,60}\b(?:filmed|recorded|photographed|videoed|filming)\b",
    r"\b(?:no|without|with no|without any|nothing) (?:your |her |his |their |a |any )?(?:top|clothes|clothing|shirt|trousers|pants|knickers)(?: on)?\b|\bnothing on\b(?! (?:his|her|their|my|your|the|it|its|them|there|record|file|phone|laptop|tablet|device|camera|screen)\b)|\btrousers (?:down|round)\b",
    # said of the images: "his tutor thinks the photos are intimate"
    rf"\b{_MEDIA} (?:of [\w()]+ (?:[\w()]+ )?)?(?:are|were|was|is|being|looked|look|looks) (?:\w+ )?(?:intimate|explicit|sexual|sexually explicit|nude|naked|indecent)\b",
    # a sexual act filmed
    r"\b(?:(?:touch\w*|grop\w*|fondl\w*) (?:\w+ ){0,3}(?:sexually|inappropriately|intimately)|sexual(?:ly)? (?:touch\w*|activity|act\w*)|sex acts?|having sex|oral sex|intercourse)\b[^\n]{0,60}\b(?:filmed|recorded|videoed|live-?stream\w*|photographed)\b|\b(?:filmed|recorded|videoed) (?:\w+ ){0,4}(?:having sex|sexual\w*|groping)\b",
    r"\b(?:masturbat\w+|take (?:his|her|their) clothes off|took (?:his|her|their) clothes off|taking (?:his|her|their) clothes off|strip(?:ped|ping)? (?:off|naked)|touching (?:him|her)sel(?:f|ves)|doing (?:something )?sexual|doing stuff|sexual acts?|sex acts?)\b|\bundress\w* (?:on camera|for (?:him|her|them)|in front of|on (?:a )?video)\b|\bto undress\b|\bpersuaded (?:him|her|them) to undress\b",
    r"\b(?:filmed|recorded|photographed|videoed|pictured|secretly filmed)(?: \w+){0,3} (?:in the (?:shower|bath|changing rooms?|toilets?|toilet)|getting changed|undressing|naked)\b|\b(?:upskirt\w*|up (?:girls'?|her|their|a girl'?s) skirts?|down (?:her|girls'?) tops?)\b|\b(?:fake|ai|deepfake|deep[- ]fake|nudif\w*|edited) (?:\w+ ){0,2}(?:nudes?|naked|explicit|sexual)\b|\bnudif\w+|\bnaked body\b|\bon a nude body\b|\blooks like (?:him|her) naked\b|\bface (?:on|onto) (?:a )?(?:naked|nude) body\b",
    rf"\b{_MEDIA} of (?:a |an |the |her |his )?(?:sexual assault|rape|sexual abuse|sex attack)\b|\bsexually assault\w*\b[^\n]{{0,80}}\b(?:video|filmed|clip|footage|recorded|shared)\b|\b(?:video|clip|footage)\b[^\n]{{0,60}}\bsexually assault",
    # said without a word of what they show: pictures asked for and sent, something "she
    # shouldn't have" sent, private or inappropriate pictures sent, a picture "of her" going round
    r"\b(?:asking|asked|asks|ask|kept asking|keeps asking|begging|begged|beg|pressur\w+|pushing|pushed|persuaded|convinced) (?:[\w()]+ ){0,3}(?:for|to send(?: him| her| them| me)?) (?:\w+ )?(?:pics|picks|photos|pictures|snaps|vids|videos|selfies)\b(?! of (?!(?:him|her|them)sel|her\b|him\b))(?=[^\n]{0,100}\b(?:s?he|they) (?:sent|did|gave in|has sent|had sent|then sent|eventually sent|finally sent)\b)",
    r"\b(?:sent|send|sending|shared|posted|took|taken) (?:(?:him|her|them|someone|a boy|a girl|a lad|an older boy) )?(?:something|some things|stuff|things|a photo|a picture|a pic|a video|photos|pictures|pics|videos)(?: of (?:him|her|them)sel(?:f|ves))?(?: to (?:a |an |the |his |her |some )?\w+)? (?:she|he|they)(?: really)? (?:shouldn'?t|should not|should never|never should) (?:have|of)\b",
    r"\b(?:spicy|saucy|naughty) (?:pics?|photos?|pictures?|snaps?|selfies?|videos?|vids?|content)\b",
    r"\b(?:sent|send|sending|shared|sharing|took|taking|posted) (?:\w+ ){0,2}(?:inappropriate|private|dodgy) (?:pics|photos|pictures|selfies|snaps|images|videos|vids)\b|\b(?:inappropriate|private) (?:pics|photos|pictures|selfies|snaps|images|videos) of (?:him|her|them)sel(?:f|ves)\b",
    r"\b(?:pics?|pictures?|photos?|images?|videos?|vids?|clips?|snaps?|selfies?) of (?:her|him|them|my daughter|my son|a girl|a boy|a pupil|a student|a year \d+ (?:girl|boy)|a y\d+ (?:girl|boy)) (?:is |are |has been |have been |that'?s |that is |that are |being |now )?(?:going round|going around|doing the rounds|being passed (?:a)?round|being shared (?:a)?round|circulating|all over (?:school|snapchat|tiktok|instagram|the school))\b",
    r"\bsexting\b[^\n]{0,80}\b(?:sent|shared|circulat\w*|images?|photos?|pictures?|videos?)\b|\b(?:explicit|adult|subscription) (?:content|site|account)\b[^\n]{0,80}\b(?:of herself|of himself|selling|sells)\b|\bselling (?:explicit|nude|sexual|naked) \w+|\bonlyfans\b",
)
# Generic media: a demand and a threat to share make them intimate in a sextortion.
ANY_MEDIA = _re(rf"\b{_MEDIA}\b|\b(?:it|its|them|one)\b")
# Said of the whole text: there are no such images.
NO_IMAGES = _re(
    r"\bnothing (?:sexual|naked|explicit|indecent|inappropriate|rude|of that sort|like that)\b|\bno (?:actual |real |nude |explicit |indecent |sexual |intimate )?(?:images?|photos?|pictures?|nudity|nudes)(?: (?:involved|(?:were|was|have been|had been) (?:sent|shared|exchanged|involved|found|made|circulated|posted|taken(?! down))|exchanged))\b|\bno (?:actual |real |nude |explicit |indecent |sexual |intimate )?(?:images?|photos?|pictures?|pics|videos?|nudity|nudes)(?: (?:exists?|existed|sent|shared|taken|at all|of any kind))?(?= ?[.;!?)]|$|,(?! but| though| however| yet))",
    r"\bno (?:children|child|pupils?|students?|young people|kids|minors) in (?:the|any|those|these) (?:images?|photos?|pictures?|videos?|clips?|content)\b|\bno (?:children|child|pupils?|students?|young people|kids|minors) (?:are|is|were|was) (?:involved|in (?:the|any|those|these|them|it)(?: (?:images?|photos?|pictures?|videos?|clips?|content))?)\b|\b(?:fully|perfectly) (?:dressed|clothed|decent|covered)\b|\bpantsed\b|\bnoodles?\b|\bnudels\b|\bimagine (?:her|him) naked\b",
    r"\b(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not|couldn'?t|could not|can'?t|cannot) (?:found|find) any (?:footage|images?|photos?|videos?|pictures?|recordings?|clips?)\b",
    # a misunderstanding resolved: "it turned out to be about an eyeshadow palette"
    r"\bturned out (?:to be|it was|they were) (?:just |only |about )+(?:a|an|the|her|his|their|some) (?!nude|naked|explicit|sexual|intimate|indecent)",
)
# There are no such images yet: none made ("AI nudes that don't exist yet"): no indecent image.
IMAGES_NOT_MADE = _re(
    r"\bno (?:\w+ )?(?:images?|photos?|pictures?|nudes?|videos?) (?:have|has|had) (?:yet |ever )?(?:been )?(?:yet |ever )?(?:created|made|taken|generated)\b|\b(?:don'?t|do not|doesn'?t|does not|didn'?t) exist(?: yet)?\b|\b(?:don'?t|do not|doesn'?t|does not|didn'?t) even exist\b|\b(?:not|haven'?t|hasn'?t|have not|has not) (?:yet )?(?:been )?(?:made|created|generated) (?:yet|any)\b",
)
# A fake made of the child: the image exists though the child never sent one.
FAKE_IMAGE = _re(
    r"\b(?:fake|ai|deepfake|deep-fake|edited|nudif\w*|photoshop\w*|morphed|manipulated|doctored)\b|\bface (?:on|onto)\b|\blooks like (?:him|her|them) naked\b",
)
# The child never took or sent any: sextortion then implies no image of the child.
NEVER_SENT = _re(
    r"\b(?:never|hasn'?t|has not|haven'?t|have not|didn'?t|did not) (?:ever )?(?:taken|took|take|sent|send|shared|share|made|make)(?: or (?:taken|took|take|sent|send|shared|share|made|make))? (?:any|anything|an?|such|them)\b",
)
IMAGE_NEGATED = _re(
    r"\b(?:not|isn'?t|wasn'?t|never) (?:sexual|naked|nude|explicit|indecent)\b|\bno (?:actual |real |nude |explicit |indecent |sexual )?(?:images?|photos?|pictures?|nudity|nudes)\b",
    r"\b(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not|never) (?:sent|shared|send|share) (?:any|anything|an?)\b|\b(?:boxers|shorts|pe kit|swimming costume|uniform) on\b",
    r"\b(?:asking|asked|ask|requesting|request\w*|pressur\w+|demanding|demanded) (?:\w+ ){0,6}(?:to send|for|send) (?:\w+ ){0,2}(?:nudes?|pics?|photos?|pictures?|images?|videos?|fit checks)\b(?![^\n]{0,150}\b(?:sent|did|has|had|complied|agreed)\b)|\b(?:he|she|they) refused\b",
    r"\b(?:the|a|this|that) (?:term|wording|phrase|label)s?\b|\b(?:asked|asking|ask|wondering|know) what (?:\w+ ){0,3}means\b|\bwhat does (?:\w+ ){0,3}mean\b",
)
# A child who only received an image is not in it.
RECEIVED = _re(
    # an adult sending a child an image of himself; strangers AirDropping pornography to pupils
    rf"\b(?:man|adult|guy|male|stranger|bloke)\b[^\n]{{0,80}}\bsent (?:her|him|them|me) (?:\w+ ){{0,3}}{_MEDIA} of (?:him|her|them)sel(?:f|ves)\b|\bair-?dropp?(?:ing|ed|s)? (?:them|her|him|pupils|girls|boys|students|children|kids)\b",
    r"\b(?<!we )(?<!i )(?:received|receiving|receives)\b|\b(?<!we )(?<!i )(?<!we've )(?<!i've )(?<!we have )(?<!i have )(?<!staff were )(?<!staff have )(?:was|were|been|being|got|get|getting) (?:sent|airdropped|shown)\b|\bunsolicited\b",
)
# Sexual images asked for in other words ("show what's under your pyjamas", "in your swimsuit,
# or better without it", photos "she shouldn't have taken"), or an act ordered on camera: a
# request to a child stands though the child refused (IMAGE_NEGATED does not set it aside).
_COVER = r"(?:pyjamas|pjs|jammies|nightie|nightdress|dressing gown|towel|clothes|uniform|school uniform|skirt|top|shirt|t-?shirt|dress|jumper|hoodie|onesie|swimsuit|swimming costume|cossie|bikini|underwear|undies|pants|knickers|boxers|bra|leggings|shorts)"
IMAGE_VEILED = _re(
    rf"\bshow (?:me |us |him |them |u )?(?:what'?s|what is|whats|what you'?ve got|what u got) (?:under(?:neath)?|beneath|inside) (?:your|ur|her|his|their|that|the) {_COVER}\b",
    rf"\b(?:in|wearing) (?:just |only )?(?:your|ur|her|his|their) {_COVER}\b[^\n.]{{0,40}}\b(?:or |and )?(?:even )?(?:better|best|more fun|nicer) without (?:it|them|anything)\b|\bwithout (?:your|ur|her|his|their) {_COVER} on\b",
    r"\b(?:lift|lifting|lifted|pull|pulling|pulled|hitch|hitching|raise|raising) (?:up )?(?:your|ur|her|their) (?:skirt|dress|nightie|nightdress|top)(?: up)?\b",
    r"\b(?:take|taking|took|takes) off (?:your|ur|her|their) (?:top|bra|skirt|dress|knickers|pants|underwear|clothes|nightie)\b(?! (?:layers?|coat|jacket|button|half|drawer))",
    rf"\b{_MEDIA}\b(?:(?!\b(?:exams?|tests?|answers?|papers?|homework|coursework|worksheets?|screens?)\b)[^\n]){{0,60}}\b(?:she|he|they|you|u)(?: really)? (?:shouldn'?t|should not|should never|never should|oughtn'?t (?:to )?) (?:have |of )?(?:taken|sent|made|shared|posed for)\b",
)
CHILD_IN_IMAGE = _re(
    r"\b(?:makes?|made|making) (?:it )?look (?:as though|as if|like) (?:she|he|they)(?:'s| is| are| was| were)? (?:naked|nude|topless|undressed)\b|\b(?:made|edited|taken) from (?:her|his|their) (?:profile |own )?(?:photo|picture|pic|selfie|image)s?\b",
    rf"\b{_MEDIA} (?:of|showing) (?:an? |the |her |his |their |one of )?(?:\w+ ){{0,2}}(?:child|girl|boy|teen\w*|pupil|student|classmate|y\d+|year \d+|kid)s?\b|\blooks? like (?:a |an )?(?:teenage|young|school|underage)\b|\b(?:teenage|school[- ]?age)\b",
)
# The child's own images named in a threat ("or I post your pics"): they exist.
OWN_MEDIA = _re(rf"\b(?:your|ur|her|his) (?:\w+ )?{_MEDIA}\b")
MEDIA_ACTION = _re(
    r"\b(?:sent|send|sending|sends|shared|shares|sharing|took|taken|taking|posted|posting|selling|sold|sells|made|making|filmed|recorded|screenshot\w*|saved|airdrop\w*|circulat\w*|going round|doing the rounds|spread\w*|leaked|uploaded|found|swap\w*|exchang\w*|trad\w+|passed (?:a)?round|forwarded|live-?stream\w*|showing|shows|has|had|got|get)\b",
)

# ---- images of adults ----------------------------------------------------------------------
# A child's age, or a school year below the sixth form's last: someone under 18 is named.
CHILD_AGE = _re(
    rf"\({_AGE_CHILD}\)|\b{_AGE_CHILD} ?(?:yo|y/o|yrs?|years?)\b|\b{_AGE_CHILD}[- ]year[- ]olds?\b|\baged? {_AGE_CHILD}\b|\b(?:he|she|they)(?:'s| is| are| was) {_AGE_CHILD}\b|\bboth {_AGE_CHILD}\b",
    r"\b(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[- ](?:year[- ]olds?|yos?)\b|\bunder ?(?:16|18|-?age|13)s?\b|\bunderage\b|\bminors?\b|\b(?:y|yr|year) ?(?:[1-9]|1[0-2])\b|\b(?:year|yr) (?:seven|eight|nine|ten|eleven|twelve)\b",
)
# The one the enquiry is about is given as 18 or over after a school year or a role ("a Y13
# student who turned 18", "my son (19, still living at home)", "one of my young people is 19").
ADULT_AGED = _re(
    r"\b(?:who |has |had |just |recently )?turned (?:1[89]|[2-6]\d)\b|\b(?:she|he|they)(?:'s| is| are|'re) (?:1[89]|[2-6]\d) now\b|\b(?:is|are) now (?:1[89]|[2-6]\d)\b",
    r"\b(?:sons?|daughters?|students?|pupils?|learners?|members?|young (?:person|man|woman|people)|care leavers?|tutees?|clients?|sixth[- ]formers?) (?:\w+ ){0,4}\((?:both |all |aged )?(?:1[89]|[2-6]\d)\b",
    r"\b(?:members?|young (?:people|person|man|woman)|students?|learners?|care leavers?|clients?|sixth[- ]formers?),? (?:now )?(?:aged )?(?:1[89]|[2-6]\d),",
    r"\bone of (?:my|our) (?:young people|clients|students|learners|care leavers|members|sixth[- ]formers) is (?:now )?(?:1[89]|[2-6]\d)\b|\bsixth[- ]formers? (?:now )?aged (?:1[89]|[2-6]\d)\b",
)
# The writer is an adult by age or word ("I'm 38", "I'm an adult", "(adult, 29)") or by role
# ("I'm a primary teacher": a child's own words may be quoted beside it) ...
WRITER_ADULT = _re(
    r"\b(?:i'?m|i am|im) (?:an adult|a grown[- ]?up)\b|\((?:an )?adult,? (?:aged )?(?:1[89]|[2-6]\d)\)",
    r"\b(?:i'?m|i am|im) (?:now |about |nearly |over )?(?:1[89]|[2-6]\d)(?: years old| yrs old| y/?o)?\b(?! ?(?:minutes?|mins?|hours?|hrs?|miles?|days?|weeks?|months?|percent|%|times|quid|pounds|p\b|[-:]))",
)
WRITER_ROLE = _re(
    r"\b(?:i'?m|i am|im) (?:a|an) (?:\w+ ){0,2}(?:teacher|ta|teaching assistant|member of staff|staff member|mum|mom|mother|dad|father|parent|governor|head ?teacher|headteacher|deputy head|social worker|youth worker|nurse|police officer|foster carer|receptionist|cleaner|coach)\b",
)
# ... and the images are the writer's own ("intimate videos of me", "recorded me on a call").
OWN_IMAGES = _re(
    rf"\b(?:{_MEDIA}|nudes?) (?:\w+ )?of me\b(?! (?:and|with) (?:my|her|his|our|their|a|an|the|some|two|other)\b)|\b(?:recorded|filmed|screenshotted|photographed) me\b|\b(?:{_MEDIA}|nudes?) (?:that )?i (?:took|sent|made|shared)\b",
)
# The images are of a member of staff ("a fake nude of one of our female teachers").
STAFF_IMAGE = _re(
    rf"\b(?:{_MEDIA}|nudes?|deepfakes?) (?:of|showing) (?:one of )?(?:our|the|a|an|their|his|her) (?:\w+ ){{0,2}}(?:teachers?|tas?|teaching assistants?|colleagues?|members? of staff|staff members?|deputy heads?|head ?teachers?|headteachers?|receptionists?|cleaners?|coach(?:es)?|governors?|site managers?)\b(?!'s| (?:and|with) (?:a|an|the|some|two|her|his|their|our|one|pupils?|students?|girls?|boys?|children|kids?)\b| (?:kissing|touching)\b)",
)
# Images taken before the one in them was an adult: a child's images all the same.
TAKEN_YOUNGER = _re(
    r"\bwhen (?:she|he|they|i) (?:was|were) (?:1[0-7]|younger|under ?(?:16|18|age)|in year|at school|a child|a minor|a kid|still at school)\b|\b(?:taken|sent|made) (?:when|while|as) (?:a child|a minor|underage|in year)\b",
)

# ---- sextortion -----------------------------------------------------------------------------
SEXTORTION_NAMED = _re(
    r"\bsex(?:ual)?[- ]?(?:tortion|extortion)\b|\bsextort\w*|\bfmse\b|\bfinancially motivated (?:sexual )?extortion\b",
    # blackmail with images, and images held over a child, need no more words
    rf"\bblackmail\w* (?:[\w()]+ ){{0,3}}(?:with|over|using|about|because of) (?:\w+ ){{0,3}}{_MEDIA}\b|\bholding (?:\w+ ){{0,3}}{_MEDIA} over (?:him|her|them|me|my|our|the)\b",
)
MONEY = _re(
    r"\b(?:pay|pays|paid|paying|payment|money|cash|bitcoin|btc|crypto\w*|gift ?cards?|gift card codes?|steam (?:gift )?cards?|amazon vouchers?|vouchers?|paypal|bank transfer|bread|ransom|robux|in-game currency)\b|(?<=v-)\bbucks\b|(?<=v )\bbucks\b|\bvbucks\b|[£$€]\s?\d|\b\d+ ?(?:pounds|quid|dollars)\b",
)
DEMAND = _re(
    r"\b(?:pay|pays|paid|paying|payment|money|cash|bitcoin|btc|crypto\w*|gift ?cards?|gift card codes?|steam (?:gift )?cards?|amazon vouchers?|vouchers?|paypal|bank transfer|bread|ransom|robux)\b|(?<=v-)\bbucks\b|(?<=v )\bbucks\b|\bvbucks\b|[£$€]\s?\d|\b\d+ ?(?:pounds|quid|dollars)\b",
    # what else is demanded: acts, more or "real" images, a relationship kept up, game currency
    r"\b(?:do|does|doing) (?:stuff|things|sexual things|something sexual)\b|\b(?:real|proper|better|new) ones\b|\b(?:gets?|getting|go|goes|going) back (?:together )?with\b|\bstays? with (?:him|her|them)\b|\bif (?:s?he|they|you|u) (?:leaves?|ends? it|breaks? up|finish\w* it|dumps?)\b|\bjoin (?:\w+ ){0,2}(?:video ?calls?|calls?|live ?streams?)\b|\b(?:go|goes|going|come|comes) on (?:camera|cam|video|live)\b|\bbuy (?:him|her|them|me) \w+",
    r"\b(?:send|sends|sending) (?:him |her |them |me |us )?(?:more|another|a longer one|a better one|new (?:ones?|pics?|photos?|videos?)|something (?:new|else|more)|(?:a|the) (?:video|vid|pic|photo)s?|videos?|more (?:pics|photos|images|videos|nudes))\b|\b(?:more|new|another|better|longer) (?:pics|photos|pictures|images|videos|nudes|one)\b|\b(?:wants?|demand\w*) (?:more|another)\b|\bdoing stuff\b|\bmeets? (?:up )?with (?:him|her|them)\b|\bmeet (?:him|her|them) (?:in person|again)\b|\bmeet (?:me|us|him|her|them|up with (?:me|us|him|her|them))\b",
    r"\bdemand(?:s|ed|ing)? (?:\w+ ){0,2}(?:videos?|pics?|photos?|images?|nudes?|money)\b",
)
SHARE = _re(
    r"\b(?:send|sends|sending|sent|post|posts|posting|share|shares|sharing|leak|leaks|leaking|leaked|upload|uploading|put|show|showing|release|expose|exposing|forward|spread|tag|distribut\w+|publish\w*)\b|\b(?:be|being|get|gets|getting) (?:posted|shared|sent|leaked|uploaded|put online|released|spread)\b",
    r"\b(?:goes?|go|going|gets?|get sent|gets sent|are going) (?:to|out|on|round|public|viral|in (?:the|every|all|your|ur)|everywhere)\b|\b(?:will|'ll|gonna|going to) see (?:it|them|the (?:pics|photos|pictures|videos?)|your|ur)\b|\b(?:collage|list|screenshots?) (?:of|with) (?:his|her|their|my|your) (?:\w+ )?(?:followers|friends|contacts)\b",
)
FRAMING = _re(
    r"\bor (?:\w+ ){0,3}(?:sees?|gets?|finds?) (?:these|them|it|this|those|the (?:pics|photos|pictures|images|videos?|vids?|nudes))\b",
    r"\b(?:threat\w*|blackmail\w*|extort\w*|unless|or else|otherwise|demand\w*)\b|\bif (?:s?he|they|i|you|u) (?:doesn'?t|don'?t|does not|do not|won'?t|refuses?|didn'?t|did not|stops?)\b",
    r"\bor (?:\w+ ){0,5}(?:goes?|go|going|gets?|will go|get sent|gets sent|are going) (?:to|out|on|round|public|viral|in|everywhere)\b|\bor (?:\w+ ){0,4}(?:will|'ll|gonna|are going to|is going to) see (?:it|them|the|your|ur|his|her)?\b|\bor (?:(?:\w+ ){0,3}(?:they|he|she|i|we|it))(?:'ll| will| would|'d)? (?:send|post|share|leak|upload|put|show|release|expose|forward|spread|tag|go)\b|\bor (?:will|'ll|gonna|is going to|would) (?:send|post|share|leak|upload|show|release|expose|spread)\b",
    r"\bor (?:the |her |his |their |my |your )?(?:\w+ )?(?:images?|photos?|pictures?|pics?|videos?|nudes?|clips?) (?:will|would|'ll|are going to) (?:be|get) (?:posted|shared|sent|leaked|uploaded|put|released|spread)\b|\bif (?:s?he|they|you|u) (?:leaves?|ends? it|breaks? up|finish\w* it|dumps?|tells?|reports?|blocks?)\b",
    r"\b(?:told|tell|tells|telling|being told|asked|asking|wants?|wanted) (?:him |her |them |the \w+ |my \w+ |our \w+ )?(?:to pay|for (?:£|\$|money|cash))\b|\b(?:collage|list|screenshots?) (?:of|with) (?:his|her|their|my|your) (?:\w+ )?(?:followers|friends|contacts)\b",
)
# The one blackmailing the child, named as such ("the blackmailer has posted one of the
# images", "the account blackmailing our student sent a blurred version of the image").
BLACKMAILER = _re(
    r"\b(?:the|a|an|this|that|his|her|their) blackmailers?\b|\b(?:account|person|man|guy|scammer|someone|user|profile)s? (?:who is |who'?s |that is |that'?s )?blackmailing (?:him|her|them|our|my|the|a|an)\b",
)
# Someone holds images of the child ("someone has pictures of him").
HOLDS = _re(
    rf"\b(?:has|have|'s got|'ve got|has got|have got|got|holding|is holding|kept|keeps|saved|screenshotted|screenshot(?:ted)?|recorded) (?:\w+ ){{0,2}}{_MEDIA} (?:of|from) (?:him|her|them|me|my (?:son|daughter|child)|our (?:son|daughter|child)|the (?:boy|girl|child))\b|\b(?:has|have|'s got|'ve got|has got|got) (?:his|her|their|my) (?:\w+ )?{_MEDIA}\b",
)
MONEY_ASKED = _re(
    r"\b(?:wants?|wanted|wanting|asking for|asked for|asks for|demanding|demanded|demands) (?:\w+ ){0,2}(?:money|cash|payment|gift ?cards?|bitcoin|vouchers|robux|v-?bucks|v bucks|in-game currency|steam (?:gift )?cards?|£|\$)|\b(?:wants?|wanted|asking|asked|told|telling) (?:him|her|them) to pay\b",
)
# The child pays someone (not "paid for" a thing).
VICTIM_PAYS = _re(
    r"\bpa(?:ying|id|ys) (?:him|her|them|the (?:man|guy|person|account|scammer)|this (?:person|guy|account))\b|\b(?:has|have|already|keeps?|been|is|was|he'?s|she'?s) (?:been )?(?:paying|paid)\b(?! for)|\bpaying\b(?= ?[.!,;]|$)|\bsent (?:him|her|them) (?:£|\$|money|\d|gift)",
)
FEAR = _re(
    r"\b(?:scared|terrified|frightened|petrified|panick\w*|desperate|in bits|begging|in a state|distraught)\b",
)
# Photographs a family orders: their price is no ransom.
COMMERCIAL = _re(
    r"\b(?:photographer|prints|photo day|school photos?|portraits?|yearbook|order form|proofs)\b",
)
SEXTORTION_NEGATED = _re(
    r"\b(?:no one|nobody|no-one|noone) (?:is|was|has|'s|has been|have been) (?:\w+ )?(?:asking|asked|demanding|demanded|threatening|threatened|blackmailing)\b|\b(?:isn'?t|is not|aren'?t|are not|wasn'?t|hasn'?t|has not|haven'?t|have not|never|not) (?:been )?(?:asking|asked|demanding|demanded) (?:for )?(?:any )?(?:money|payment|cash)\b|\bno (?:demands?|threats?)(?: (?:for money|have been made|were made|made|of any kind))?(?= ?[.;!?]|$)",
    r"\bnothing sexual\b|\bnot sexual\b|\b(?:exam|school|pupil|staff|personal|our) (?:data|records|files|systems?|network)\b|\bransomware\b|\bhack(?:ed|ers?) (?:our|the school)\b|\bcancels? (?:the )?\w* ?test\b|\bthink it'?s hilarious\b|\bkidnapped\b|\b(?:videos?|vids?|clips?|footage|photos?|pictures?|pics?|filmed|recorded|filming|recording|film(?:ing)?) (?:of )?(?:\w+ ){0,3}(?:crying|singing|dancing|falling over|tripping|fighting|eating|being sick)\b|\b(?:school|our|the school'?s?) (?:\w+ )?(?:account|instagram|facebook|page|website|twitter|x|tiktok)(?: \w+){0,3} hacked\b",
)

# ---- immediate danger -------------------------------------------------------------------------
THREAT = _re(
    r"\b(?:kill|stab|shank|shoot|murder|rape|bomb|blow up|burn|(?<!panic )(?<!heart )(?<!cyber )(?<!dog )(?<!verbally )attack|batter|slash|acid|melt|torch|petrol bomb)(?:s|ed|ing|t)?\b(?! (?:him|her|them|my|your)sel)",
    r"\btools\b|\bfight (?:is |has been )?(?:set up|arranged|planned|organised|booked)\b|\b(?:ur|you'?re|youre|u r|you are|ya) (?:so |actually |literally )?\bdead\b|\b(?:end|ending) (?:her|him|you|u)\b(?! (?:own )?life)|\bbringing (?:the boys|the mandem|my (?:brother|cousins|boys)|backup|people)\b",
    r"\b(?:shanked|stabbed|shot|merked|(?:getting|get|got) wet|(?:is|are|gonna|'s|going to be|ur|you'?re|youre|you are|u r) getting (?:it|done|jumped|battered|stabbed|shanked|merked)(?! (?:removed|taken|back|down|deleted|sorted|fixed))|gets? what'?s coming|gets? what (?:it|he|she|they|you) deserves?|going to make the news|make the news|regret it|have something for you|finish (?:you|me|her|him|them|u))\b",
    r"\b(?:knife|knives|(?<!razor )blade|shank|machete|gun|guns|handgun|shotgun|rifle|firearm|pistol|weapon|petrol|acid|explosives?|explosive devices?|bomb)\b|\U0001f52a|\U0001f52b|\U0001f4a3|\U0001f9ea",
    r"\b(?:coming for (?:you|your|her|him|them|the)|com(?:e|ing) (?:round|over|to (?:your|her|his|the) (?:house|school|door))|pulling up|(?:i'?m|we'?re|im|were) coming|waiting (?:for (?:you|her|him)|outside|in the car park)|(?:won'?t|wont|will not) see (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the weekend)|last warning|hit ?list|who'?s getting it|open up or)\b",
    r"\b(?:bring|bringing|brought|carry|carrying)(?: \w+){0,2} (?:something|it in|the ting|ting|a bat)\b|\bi know where (?:you|she|he|they) (?:lives?|live)\b|\bknows? (?:the|her|his|their|your|ur|our) (?:home )?address\b|\bknows? where (?:she|he|they|you) lives?\b|\b(?:kicking|kick|smash|smashing) (?:his|her|their|your|ur) (?:head|heads|face) in\b|\bjump(?:ed|ing)? (?:him|her|them|a (?:boy|girl|lad|kid|pupil)|someone|the (?:boy|girl|lad|kid))\b",
    r"\b(?:hurt|hit|beat|beats|hits|hurts|punched|kicked|strangled|choked|batter|sort out) (?:me|her|him|you|u)(?: again| up| in)?\b|\bdo (?:me|her|him|you|u) in\b|\bbeat (?:him|her|you|u) up\b|\b(?:will|going to|gonna|set to|due to) (?:go off|explode|blow up)\b|\bdevice (?:has been|was|is) (?:left|planted|placed|hidden)\b",
)
MEET = _re(
    # an arrival announced: "I'll be at your school gates tomorrow", "see you tonight x"
    r"\b(?:i'?ll|i will|we'?ll|we will|he'?ll|he will|she'?ll|she will|they'?ll|they will)(?: \w+)? (?:be (?:at|outside|waiting|there|round)|come (?:to|round|for|and get)|collect (?:you|her|him)|pick (?:you|her|him|u) up|see (?:you|u))\b|\bsee (?:you|u|ya) (?:tonight|tomorrow|tmrw|2nite|later|soon|at|after|on)\b",
    # sent on an errand to an address, a night at an adult's
    r"\b(?:go|going|goes|went|sent|told to go) (?:round |over )?to (?:an|the|this|that|a|his|their) (?:address|flat|house|location|postcode|trap)\b|\b(?:stay|staying|sleep|sleeping|spend|spending|stop|stopping)(?: the night| over)? (?:at|round|over at|with) (?:his|her|their|a|an|the|this) (?:\w+ ){0,2}(?:flat|house|place|home|hotel|boyfriend'?s?|girlfriend'?s?|friend'?s)\b",
    r"\b(?<!safeguarding )(?<!strategy )(?<!staff )(?<!team )(?<!review )(?<!planning )(?<!governors )(?<!governors' )(?<!parents )(?<!parents' )(?<!pastoral )(?<!department )(?<!professionals )(?<!protection )(?<!agency )(?<!group )(?<!slt )(?<!leadership )(?<!briefing )(?<!progress )(?<!case )(?<!network )(?<!board )(?:meet|meeting|meets|meet up|meeting up|meet-up|hook up)\b(?! (?:with )?(?:the|your|our|a|his|her|their) (?:dsl|head|police|parents?|school|staff|team|social worker|teachers?|tutor|counsellor|nurse|senco))",
    r"\bget(?:ting)? (?:in|into) (?:his|their|a man'?s|the man'?s|a stranger'?s) car\b|\boffer(?:ing|ed|s)? (?:her |him |them )?lifts?\b|\bgo(?:ing)? (?:round )?to (?:a man'?s|his|an adult'?s|an older \w+'?s|the man'?s|their) (?:flat|house|home|place|hotel|car|caravan)\b|\bagreed to (?:meet|go)\b|\bpick(?:ing|s)? (?:her|him|them) up\b|\btake (?:her|him|them) (?:for a drive|away|out)\b|\b(?:stay|staying|live|living|move|moving|run away|going) (?:with|to live with|to be with) (?:him|her|them|a man)\b|\b(?:train|bus|coach|plane) tickets?\b|\bovernight bag\b",
    r"\b(?:leaving|leave|running away|run away|go(?:ing)?) (?:\w+ ){0,3}(?:to (?:live|be|stay) with|to go and (?:see|meet)|to see)\b|\bcome and get (?:her|him|them)\b|\b(?:to be|be|being|get|getting) (?:picked up|collected) (?:at|from|by|outside|after)\b|\bcoming to (?:get|collect|pick up|fetch) (?:her|him|them)\b|\b(?:party|flat|house|hotel|car) with (?:older|adult|grown) (?:men|man|males?|lads)\b|\bcome (?:and )?get me\b|\bsent (?:her|him|them) money for (?:the|a) (?:train|bus|taxi|uber|ticket|fare)\b|\b(?:taxi|uber) (?:booked|ordered|to)\b|\bhotel\b|\bcollect (?:her|him|them)\b",
)
MISSING_CORE = _re(
    r"\b(?:is|are|has gone|went|gone|been|was|were|reported|now|currently|still|goes|go|going|again|high[- ]risk|medium[- ]risk) missing\b|\bmissing (?:from|since|overnight|again|person|child|girl|boy|teenager|\d+yo|\d+[- ]year[- ]old)\b|\bmissing child\b|\bmissing episodes?\b",
    r"\b(?:didn'?t|did not|hasn'?t|has not|never|not|haven'?t) (?:come|came|returned?|gone|been|made it|got|arrived) (?:back )?home\b|\bnot (?:in|at) (?:her|his|their) (?:room|bed|house)\b|\b(?:ran|run|running|has run) away\b|\bwhereabouts (?:unknown|not known)\b|\bcan'?t (?:find|reach|locate) (?:her|him)\b",
    r"\b(?:scared|afraid|frightened|terrified) to (?:leave|go home|walk home)\b|\b(?:don'?t|do not|dont) want to go home\b|\bshould (?:she|he) not be located\b",
    r"\bphone (?:last )?(?:pinged|location|shows?|is showing)\b|\b(?:snap ?map|find my)\b[^\n]{0,60}\b(?:miles|away|another city|services|address)\b|\bmiles away\b",
)
# Someone not answering or not reached: a child missing only where a child is named (not a
# developer, or a member of staff who has left).
UNREACHED = _re(
    r"\b(?:she|he|they)(?:'s| is| are)? (?:not|isn'?t|aren'?t|is not) (?:answering|picking up|responding|replying)(?: to (?:anyone|anybody|us|her mum|his mum|messages))?\b|\btrying to (?:reach|find|locate|contact) (?:her|him|them)\b|\b(?:not|haven'?t|have not|hasn'?t|has not) been able to (?:contact|reach|find|locate) (?:her|him|them|the family|his family|her family|the parents)\b|\bcan'?t get hold of (?:her|him)\b|\b(?:mum|dad|mother|father|parents?) (?:isn'?t|is not|aren'?t|are not|not) (?:answering|picking up)\b|\b(?:and|but) (?:is not|isn'?t|not) (?:answering|picking up|responding)\b",
)
MISSING = Cue(*(MISSING_CORE.parts_source + UNREACHED.parts_source))
NOT_MISSING = _re(
    r"\b(?:answering|responding to|replying to|picking up) (?:my |our |the |his |her |any )?(?:emails?|e-mails|letters|tickets?|invoices?)\b",
    r"\b(?:ipads?|phones?|laptops?|tablets?|devices?|bags?|coats?|wallets?|money|items?|kit|property|chargers?|cameras?|files?|data|work|homework|keys|purse|headphones|airpods|chromebooks?|passwords?|posts?|messages?|accounts?)\b(?: \S+){0,8} (?:went|has gone|gone|is|was|were|are|been|go|goes|going) missing\b",
    r"\bmissing (?:the|a|an|out|lessons?|school|homework|deadlines?|data|files?|money|items?|(?:his|her|their|my) (?:phone|ipad|laptop|tablet|device|charger|bag|coat|password|friends?|dad|mum))\b",
)
PRESENT = _re(
    # "I'm outside your school": the one who is there, writing to the child
    r"\b(?:i'?m|im|we'?re)(?: now| still| already)? (?:outside|waiting (?:outside|at|by)|parked (?:outside|at|by)) (?:your|ur) (?:house|home|school|gates?|door|road|street|flat|work|club)\b",
    r"\b(?:is|are|was|he'?s|she'?s|they'?re|now|still)(?: now| still)? (?:outside|parked|waiting|sat|sitting|standing|hanging around)(?: \w+){0,2} (?:the |her |his |their |our |my |your )?(?:house|home|school|gates?|door|road|car park|street|flat|building|front)\b|\bparked (?:across|outside|opposite|near)\b",
    r"\b(?:waiting|waited|hanging around|loitering|lurking|parked|sat|sitting)(?: \w+){0,3} (?:by|at|outside|near|opposite) (?:the|our|her|his|their|my) (?:school )?(?:gates?|house|home|school|door|flat|road|street)\b|\b(?:he'?s|she'?s|they'?re|is|are) (?:there|back|outside) (?:again )?(?:now|right now|today)\b",
    r"\b(?:banging|knocking|hammering) on (?:the|her|his|my|our) (?:door|window)s?\b|\b(?:seen )?at (?:our|the) (?:school )?gates? (?:asking|waiting|shouting)\b|\bstill in the area\b|\bturned up at\b|\bi'?m coming now\b|\bim coming now\b|\bon (?:his|her|their) way (?:to|here|round|over)\b",
    r"\b(?:locked|locking) (?:the|our|all the|all our) (?:school )?gates\b|\b(?:in|into|went into|go into|going into|initiated|started|called a|invoked) (?:a |our )?lock ?down\b|\bshould we lock ?down\b|\b(?:whether|if) to lock ?down\b|\bevacuat(?:e|ed|ing)\b",
    r"\b(?:police|officers) (?:are |have been )?(?:on (?:their|the) way|attending|on site|searching|on scene)\b|\b(?:police|officers) (?:have been|were|was) (?:called|contacted|phoned|rung)(?: and| who)?(?: they)? (?:are|is) (?:on (?:their|the) way|attending|on (?:site|scene))\b|\b(?:in|at) (?:immediate|imminent|real) (?:danger|risk)\b|\blive (?:on \w+ )?right now\b|\bis live on\b|\bright now from\b",
)
# A child streaming live now, with adults in the chat ("it's still live"); an account or a post
# that is "still live" is only still up.
STREAMING = _re(
    r"\blive[- ]?stream\w*|\bstreaming\b|\bgo(?:es|ing)? live\b|\bwent live\b|\b(?:on|is) live\b"
)
STILL_LIVE = _re(
    r"\b(?:it'?s|it is|(?:the )?(?:live ?)?stream(?:'s| is)|she'?s|he'?s|they'?re|she is|he is|they are) still (?:live|streaming|on live|going)\b",
)
# Someone called (or is calling) 999 or an ambulance.
EMERGENCY_CALL = _re(
    r"\badvised (?:\w+ ){0,2}(?:to (?:call|ring|dial|phone|contact) )?(?:police (?:on )?)?999\b|\badvised (?:\w+ ){0,2}to (?:call|ring|contact|phone) (?:the )?police (?:now|immediately|straight away|urgently)\b|\b(?:called|rang|rung|ring|ringing|phoned|phoning|dialled|dialed|calling|call|dial|dialling) (?:999|(?:the )?police and (?:an |the )?ambulance|(?:an |the )?ambulance)\b|\b999 (?:called|has been called|was called|immediately|now)\b|\bambulance (?:was |has been |is )?(?:called|on (?:its|the) way|came|arrived|attended)\b",
)
# Whether, when or how to call: a question of procedure, not a call.
CALL_QUESTION = _re(
    r"\b(?:should|do|would|must|can|could|shall|will) (?:we|i|staff|schools?|they|you|parents|teachers) (?:\w+ )?(?:call|ring|dial|phone|contact)\b|\b(?:whether|when|how) (?:to|we should|i should|should (?:we|i)|do (?:we|i)) (?:\w+ )?(?:call|ring|dial|phone)\b",
)
# Dangerous stunts: a danger when planned for a near time.
STUNT = _re(
    r"\b(?:pass(?:ing)?[- ]?out|blackout|black-out|choking|choke|fainting|skull[- ]?breaker|benadryl|tide pod|salt and ice|fire) challenge\b|\bchok(?:e|ing) (?:him|her|them|your|my)sel(?:f|ves)\b",
    r"\bclimb\w* (?:on|onto|up|over)\b|\b(?:railway|motorway) bridge\b|\btrain tracks\b|\b(?:train|rail|car|bus)[- ]surfing\b|\btombstoning\b|\b(?:on|onto) the (?:railway|train) (?:line|tracks)\b|\bfreight line\b|\bquarry\b|\binto the (?:water|river|sea|lake|reservoir)\b|\b(?:roof|rooftop)s? of\b",
)

# A threat to a life whenever the child is seen: no time needed ("will be stabbed on sight"),
# and what police do about one (an Osman warning, a threat-to-life assessment).
THREAT_TO_LIFE = _re(
    r"\b(?:stabbed|shot|killed|jumped|merked|shanked|battered|done|slapped|attacked|beaten|hurt|got|get|getting) on sight\b|\bthreats? to (?:his|her|their|a|the pupil'?s|the child'?s) life\b|\bthreat to life\b|\bosman (?:warning|letter|notice)s?\b",
)
# Pills taken just now (an overdose under way), not one in the past.
OVERDOSE = _re(
    r"\boverdos\w+|\b(?:took|taken|takes|taking|swallowed|swallow|downed) (?:\w+ ){0,4}(?:pills|tablets|paracetamol|painkillers|meds|medication)\b",
)
# Pills taken and still in the body: "has taken a lot of pills" (not "took pills last year").
OVERDOSE_TAKEN = _re(
    r"\b(?:has|have|'s|'ve) (?:just )?(?:taken|swallowed|downed) (?:a lot of|lots of|loads of|a load of|a handful of|a whole (?:packet|box|bottle) of|all (?:of )?(?:her|his|their|the|my)|too many|\d+|some)\b(?: \w+){0,2} (?:pills|tablets|paracetamol|painkillers|meds|medication)\b",
)
# A farewell posted or recorded: "this is my last video", "a video saying goodbye".
FAREWELL_POST = _re(
    r"\bthis (?:is|was|will be) my (?:last|final) (?:video|post|message|story|upload|stream)\b|\b(?:video|post|story|clip|livestream)s? (?:\w+ ){0,3}saying goodbye\b|\bgoodbye (?:video|post|story|clip)s?\b|\bsaid goodbye to (?:his|her|their) (?:followers|friends|subscribers|viewers)\b",
)
# Where the writer of a farewell is now, or that no one can reach them.
STILL_THERE = _re(
    r"\bin (?:his|her|their) (?:bed)?room\b|\boff school today\b|\b(?:can'?t|cannot|could not|couldn'?t) (?:reach|contact|get hold of)\b|\b(?:isn'?t|is not|not) (?:answering|replying|responding)\b",
)
# A means ordered and on its way: "the parcel is due tomorrow" in a text about methods of suicide.
MEANS_COMING = _re(
    r"\b(?:parcel|package|delivery|order)s? (?:is |are )?(?:due|arriving|arrives|coming|comes|on (?:its|the) way|out for delivery)\b",
)
SUICIDE_TALK = _re(
    r"\bsuicid\w*|\bmethods? of (?:suicide|killing|ending)\b|\bkill (?:him|her|them)sel(?:f|ves)\b"
)
# A meeting already arranged with an adult: "he's picking her up from school on friday".
MEET_ARRANGED = _re(
    r"\b(?:he|she|they)(?:'s| is| are|'re) (?:picking (?:her|him|them) up|collecting (?:her|him|them)|taking (?:her|him|them) (?:back )?to (?:his|hers|theirs))\b|\bto take (?:her|him|them) (?:back )?to (?:his|hers|theirs)\b",
)
JUST_NOW = _re(
    r"\bjust (?:now|taken|took|swallowed|messaged|texted|rang|phoned|called|sent|said|told)\b|\b(?:\d+|a few|ten|twenty|five|fifteen) minutes ago\b|\b(?:an|half an) hour ago\b|\bright now\b",
)


# Words that make a risk worth the model's attention (it weighs them; alone they prove nothing).
WEAK = {
    SELF_HARM: _re(
        *SH_MEANS.parts_source,
        r"\b(?:suicid\w*|self[- ]?harm\w*|harm(?:ing|ed)?|hurt\w*|cut\w*|die|dying|dead|death|kill\w*|overdos\w*|pills?|tablets?|paracetamol|unaliv\w*|kms|kys|scars?|wounds?|blood\w*|bleed\w*|ligature|noose|rope|jump\w*|bridge|goodbye|disappear\w*|worthless|hopeless|end (?:it|things|everything|her life|his life|my life)|not be here|not wake up|crisis|camhs|low mood|depress\w*|alive|plan|note|sorry mum|sorry dad)\b",
    ),
    IMMEDIATE_DANGER: Cue(
        *(
            THREAT.parts_source
            + PRESENT.parts_source
            + EMERGENCY_CALL.parts_source
            + MISSING.parts_source
            + MEET.parts_source
            + STUNT.parts_source
        )
    ),
    SEXTORTION: Cue(
        *(
            FRAMING.parts_source
            + SEXTORTION_NAMED.parts_source
            + HOLDS.parts_source
            + MONEY_ASKED.parts_source
        )
    ),
    INDECENT_IMAGE: Cue(
        *(SEXUAL_MEDIA.parts_source + BARE.parts_source),
        r"\b(?:nudes?|naked|explicit|intimate|indecent|topless|underwear|undress\w*|porn\w*|filmed|top|bra|pics?)\b",
    ),
}
# Harm threatened or done to someone else ("they'll jump him after school", "kill you", "you're
# dead"): no word of harm to oneself in that sentence unless it also names self-harm or a wish
# to die (see evidence()).
HARM_TO_OTHERS = _re(
    r"\b(?:kill|stab|shank|shoot|jump|batter|hurt|beat up|beating up|end|smash|kick)(?:s|ed|ing|t)? (?:him|her|them|you|u|ya|me|ms|mrs|mr|miss|sir|everyone|every1|every ?body|people|a|the|his|their|your|ur|my|our)\b(?! (?:own )?(?:life|lives|self|sel|arms?|legs?|wrists?|body|stomach|thighs?))(?!sel)",
    r"\b(?:ur|you'?re|youre|u r|you are|ya|he'?s|she'?s|they'?re) (?:so |actually |literally )?dead\b(?! inside)",
)
WEAK_BLOCKERS = {
    SELF_HARM: (TEACHING, CONTENT, SH_NEGATED, JOKE),
    IMMEDIATE_DANGER: (TEACHING, FICTION, JOKE),
    SEXTORTION: (TEACHING, SEXTORTION_NEGATED),
    INDECENT_IMAGE: (TEACHING, IMAGE_NEGATED, ART, ADULT_SUBJECT),
}

# Quotation marks (not apostrophes) and emphasis are dropped before matching.
_QUOTES = re.compile(r"(?<![a-z0-9])'|'(?![a-z])|[\"*_]")
_SENTENCE = re.compile(r"(?<=[.!?])[\"')\]]?\s+|\n+")
# A negation in the four words before a cue denies it ("hasn't said anything about hurting
# himself"); "not sure", "no longer" and the like do not.
_NEGATION = re.compile(
    r"\b(?:no|not|never|without|denies|denied|deny|nor|neither|hasn'?t|hadn'?t|haven'?t|isn'?t|wasn'?t|weren'?t|doesn'?t|didn'?t|don'?t|won'?t|wouldn'?t|can'?t|cannot|nothing|none)\b(?!\s+(?:sure|certain|know|knowing|idea|longer|only|just|one|want|wanna|see|stop|live|cope|go on|do this|take|be alive|be here|wake|exist|tell|reach|get hold))"
)
_WORD = re.compile(r"\w+")
_CLAUSE = re.compile(r"[,;:()]| but | and then | - ")


def straighten(text: str) -> str:
    """Straight quotes and plain dashes."""
    return (
        text.replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
        .replace("\u2013", "-")
        .replace("\u2014", "-")
    )


def normalise(text: str) -> str:
    """The text as the rules read it: lower case, quotation marks dropped, hyperbole removed."""
    return Reading(text).doc


# A line break inside a sentence: an e-mail hard-wrapped at 60-100 columns breaks lines
# wherever a word ends. A long line that does not end a sentence, followed by a line that
# does not start a list item, is one line with the next.
# As a pattern (what unwrap() does, and the reference its tests compare it with):
WRAPPED = re.compile(r"(?<=[^\n]{60})(?<![.!?:;])[ \t]*\n(?=[ \t]*[A-Za-z0-9(\"'£])")
_WRAP_WIDTH = 60
_WRAP_NEXT = re.compile(r"[ \t]*[A-Za-z0-9(\"'£]")


def unwrap(text: str) -> str:
    """The text with hard-wrapped lines joined; the first line (a subject) kept apart.

    The same as WRAPPED.sub(" ", ...) on all but the first line, found line break by line
    break: the pattern's look-behind is tried at every position of the text.
    """
    first, newline, rest = text.partition("\n")
    pieces: list[str] = []
    last = line = 0  # the end of the last join; where the current line starts
    at = rest.find("\n")
    while at != -1:
        if at - line >= _WRAP_WIDTH and _WRAP_NEXT.match(rest, at + 1):
            # The join starts at the first blank of the run before the break, or where 60
            # characters of the line lie before it, after a character that ends no sentence.
            start = len(rest[line:at].rstrip(" \t")) + line
            start = max(start, line + _WRAP_WIDTH)
            if rest[start - 1] in ".!?:;":
                start += 1
            if start <= at:
                pieces += (rest[last:start], " ")
                last = at + 1
        line = at + 1
        at = rest.find("\n", line)
    if pieces:
        rest = "".join(pieces) + rest[last:]
    return first + newline + rest


def sentences(text: str) -> list[str]:
    """The text's sentences (and lines), whitespace collapsed, empty ones dropped."""
    out = []
    for part in _SENTENCE.split(unwrap(text)):
        flat = " ".join(part.split())
        if flat:
            out.append(flat)
    return out


class Reading:
    """Which cues occur in which sentences of one text (lower case, hyperbole removed).

    The first line is a headline when a body follows it (an email's subject): it says what
    the text is about but not the context that qualifies it, so what rules out a flag
    anywhere in the text rules it out in the headline too.
    """

    __slots__ = (
        "_affirmed",
        "_cache",
        "_starts",
        "doc",
        "headline",
        "lower",
        "sentences",
        "word_starts",
    )

    def __init__(self, text: str) -> None:
        self.sentences = sentences(straighten(text))
        doc = _QUOTES.sub("", "\n".join(self.sentences).lower())
        self.word_starts = word_starts(doc)
        doc = HYPERBOLE.sub(" ", doc, self.word_starts)
        spelt = NUDE_SPELT.sub(
            "nude", NUDES_SPELT.sub("nudes", doc, self.word_starts), self.word_starts
        )
        if spelt != doc:
            doc = spelt
            self.word_starts |= word_starts(" ".join(_NUDE_STARTS))
        self.doc = VERBAL_ATTACK.sub(r"\1 criticising", doc, self.word_starts)
        self.lower = self.doc.split("\n")
        starts, at = [], 0
        for s in self.lower:
            starts.append(at)
            at += len(s) + 1
        self._starts = starts
        self._cache: dict[int, frozenset[int]] = {}
        self._affirmed: dict[int, frozenset[int]] = {}
        first, _, rest = text.strip().partition("\n")
        self.headline = bool(
            rest.strip()
            and len(self.sentences) > 1
            and len(first) <= 150
            and first[-1:] not in ".!?"
        )

    def where(self, cue: Cue) -> frozenset[int]:
        """Indexes of the sentences in which the cue occurs."""
        key = id(cue)
        found = self._cache.get(key)
        if found is None:
            found = frozenset(
                bisect_right(self._starts, m.start()) - 1
                for m in cue.finditer(self.doc, self.word_starts)
            )
            self._cache[key] = found
        return found

    def affirmed(self, cue: Cue) -> frozenset[int]:
        """Sentences in which the cue occurs without a negation in the four words before."""
        key = id(cue)
        found = self._affirmed.get(key)
        if found is None:
            keep = set()
            for m in cue.finditer(self.doc, self.word_starts):
                i = bisect_right(self._starts, m.start()) - 1
                if i in keep:
                    continue
                before = _CLAUSE.split(self.doc[self._starts[i] : m.start()])[-1]
                window = " ".join(before.split()[-4:])
                if not _NEGATION.search(window):
                    keep.add(i)
            found = frozenset(keep)
            self._affirmed[key] = found
        return found

    def anywhere(self, cue: Cue) -> bool:
        return bool(self.where(cue))

    def near(self, cue: Cue, i: int, span: int = 1) -> bool:
        """The cue in sentence i or within span sentences either side."""
        return any(abs(j - i) <= span for j in self.where(cue))

    def blocked(self, *cues: Cue) -> frozenset[int]:
        """Sentences any of the cues occurs in; the headline too if it occurs anywhere."""
        found: frozenset[int] = frozenset().union(*(self.where(c) for c in cues))
        if found and self.headline:
            found |= {0}
        return found


# ---- the rules ----------------------------------------------------------------------------------
def _first(candidates: Iterable[int], keep: Callable[[int], bool]) -> int | None:
    for i in sorted(candidates):
        if keep(i):
            return i
    return None


def _self_harm(r: Reading) -> tuple[str, int] | None:
    if not (
        r.anywhere(SH_ACT)
        or r.anywhere(SH_IDEATION)
        or r.anywhere(SH_NAMED)
        or r.anywhere(SH_TOLD)
        or r.anywhere(SH_MEANS)
        or r.anywhere(FAREWELL)
        or r.anywhere(SH_JOIN)
        or r.anywhere(CHOKING_GAME)
        or r.anywhere(SH_READY)
        or r.anywhere(PLAN_TIMED)
    ):
        return None
    if r.anywhere(RECOVERED) and not r.anywhere(RELAPSE):
        return None
    # Content about suicide is no disclosure, but a child's own searches for the means are.
    blocked = r.blocked(TEACHING, SH_NEGATED, JOKE) | (r.blocked(CONTENT) - r.where(OWN_SEARCH))
    if r.anywhere(SH_NEGATED):  # "told him to hurt himself ... he hasn't"
        blocked |= r.where(SH_TOLD)
    hoax = r.anywhere(HOAX)
    acts = r.where(SH_ACT)
    for name, cue in (
        ("self_harm.act", SH_ACT),
        ("self_harm.ideation", SH_IDEATION),
        ("self_harm.named", SH_NAMED),
    ):
        i = _first(r.affirmed(cue), lambda i: i not in blocked and not (hoax and i not in acts))
        if i is not None:
            return name, i
    if not hoax and not r.anywhere(SH_NEGATED):
        i = _first(r.affirmed(SH_TOLD), lambda i: i not in blocked)
        if i is not None:
            return "self_harm.told", i
    # The means obtained, beside what ties them to suicide ("a chemical linked to suicide").
    i = _first(r.affirmed(SH_MEANS), lambda i: i not in blocked and r.near(SUICIDE_LINK, i, 1))
    if i is not None:
        return "self_harm.means", i
    ready_blocked = r.blocked(TEACHING, CONTENT, SH_NEGATED) | r.where(SH_READY_ELSEWHERE)
    i = _first(r.affirmed(SH_READY), lambda i: i not in ready_blocked and not hoax)
    if i is not None:
        return "self_harm.means_ready", i
    i = _first(
        r.affirmed(PLAN_TIMED),
        lambda i: i not in blocked and r.near(RESOLVE, i, 1) and not r.near(PLAN_ELSEWHERE, i, 1),
    )
    if i is not None:
        return "self_harm.plan_resolved", i
    i = _first(r.affirmed(SH_JOIN), lambda i: i not in blocked and r.near(SUICIDE_LINK, i, 1))
    if i is not None:
        return "self_harm.join", i
    # A choking challenge played, not one only heard of or taught about.
    choking_blocked = r.blocked(TEACHING, JOKE, CONTENT)
    i = _first(
        r.where(CHOKING_GAME),
        lambda i: i not in choking_blocked and not hoax and r.near(CHOKING_DONE, i, 1),
    )
    if i is not None:
        return "self_harm.choking_game", i
    i = _first(
        r.affirmed(FAREWELL),
        lambda i: (
            i not in blocked
            and (r.near(MEANS_SEEN, i, 1) or (i in r.where(FAREWELL_LAST) and r.near(GONE, i, 1)))
        ),
    )
    if i is not None:
        return "self_harm.farewell", i
    return None


def _sextortion(r: Reading) -> tuple[str, int] | None:
    # Images held for money, or paid for, need a word of money and one of images.
    implied = r.anywhere(MEDIA_NOUN) and r.anywhere(MONEY)
    if not (implied or r.anywhere(SEXTORTION_NAMED) or r.anywhere(FRAMING)):
        return None
    negated = r.blocked(SEXTORTION_NEGATED, TEACHING, PAST)
    i = _first(r.affirmed(SEXTORTION_NAMED), lambda i: i not in negated)
    if i is not None:
        return "sextortion.named", i
    # Images said not to exist stand a threat down, unless it is a threat to make fakes.
    if r.anywhere(SEXTORTION_NEGATED) or (r.anywhere(NO_IMAGES) and not r.anywhere(FAKE_IMAGE)):
        return None
    teaching = r.blocked(TEACHING)
    # A threat (or a demand) about images: to share them unless paid or sent more.
    for i in sorted(r.where(FRAMING)):
        # a price for school photographs is no ransom
        if i in teaching or i in r.where(COMMERCIAL) or not r.near(DEMAND, i, 1):
            continue
        sexual = any(abs(j - i) <= 2 for j in _sexual(r))
        if r.near(SHARE, i, 1) and (
            sexual
            or (r.near(ANY_MEDIA, i, 0) and r.near(MEDIA_ACTION, i, 2))
            or r.near(OWN_MEDIA, i, 0)
        ):
            return "sextortion.threat", i
        if sexual and r.near(MONEY, i, 1):  # "blackmailed over intimate images; paid £100"
            return "sextortion.demand", i
    # The blackmailer has sent or posted the images: the threat is under way.
    i = _first(
        r.where(BLACKMAILER),
        lambda i: (
            i not in negated
            and i not in r.blocked(FICTION)
            and r.near(MEDIA_NOUN, i, 0)
            and r.near(MEDIA_ACTION, i, 0)
        ),
    )
    if i is not None:
        return "sextortion.blackmailer", i
    if not implied:
        return None
    commercial = r.blocked(COMMERCIAL, TEACHING)
    # Images of the child held and money wanted for them: the threat goes without saying.
    i = _first(r.where(HOLDS), lambda i: i not in commercial and r.near(MONEY_ASKED, i, 1))
    if i is not None:
        return "sextortion.held", i
    # A frightened child paying someone over pictures ("lad 14. pics. paying. scared.").
    if r.anywhere(CHILD):
        i = _first(
            r.where(MEDIA_NOUN),
            lambda i: i not in commercial and r.near(VICTIM_PAYS, i, 1) and r.near(FEAR, i, 2),
        )
        if i is not None:
            return "sextortion.paying", i
    return None


def _sexual(r: Reading) -> frozenset[int]:
    """Sentences about sexual images: named as such, or a state of undress beside a picture."""
    bare = frozenset(i for i in r.affirmed(BARE) if r.near(MEDIA_NOUN, i, 1))
    return r.affirmed(SEXUAL_MEDIA) | bare | r.affirmed(IMAGE_VEILED)


def _adults_only(r: Reading) -> bool:
    """Whoever is in the images is plainly an adult: the writer's own images with the writer an
    adult (by role only where no child's age or school year below the sixth form's last is
    given, for a child's words may be quoted), a member of staff's, or the one the text is about
    given as 18 or over with no child's age or such school year; not where a child is in an
    image or the images were taken before they were 18."""
    if r.anywhere(CHILD_IN_IMAGE) or r.anywhere(TAKEN_YOUNGER):
        return False
    child_age = r.anywhere(CHILD_AGE)
    writer = r.anywhere(WRITER_ADULT) or (r.anywhere(WRITER_ROLE) and not child_age)
    if (writer and r.anywhere(OWN_IMAGES)) or r.anywhere(STAFF_IMAGE):
        return True
    return (r.anywhere(ADULT_AGED) or r.anywhere(ADULT_NAMED)) and not child_age


def _indecent_image(r: Reading, sextortion: bool) -> tuple[str, int] | None:
    if not (sextortion or _sexual(r)) or r.anywhere(NO_IMAGES) or r.anywhere(IMAGES_NOT_MADE):
        return None
    if _adults_only(r):
        return None
    blocked = r.blocked(TEACHING, IMAGE_NEGATED, ART, ADULT_SUBJECT, ADULT_STATED)
    blocked |= r.where(ADULT_NAMED) - r.where(CHILD)
    blocked -= r.where(IMAGE_VEILED) - r.blocked(TEACHING, ART, ADULT_SUBJECT)
    adult_doc = r.anywhere(ADULT_SUBJECT) or r.anywhere(ADULT_STATED) or r.anywhere(ADULT_NAMED)
    for i in sorted(_sexual(r)):
        if i in blocked:
            continue
        if i in r.where(RECEIVED) and not r.near(CHILD_IN_IMAGE, i, 1):
            continue  # a child sent an image, not one of a child
        if i in r.where(CHILD) or (not adult_doc and r.near(CHILD, i, 2)):
            return "indecent_image.of_a_child", i
    never = r.anywhere(NEVER_SENT) and not r.anywhere(FAKE_IMAGE)
    if sextortion and r.anywhere(CHILD) and not adult_doc and not never:
        return "indecent_image.child_sextortion", -1
    return None


def _immediate_danger(r: Reading, self_harm: bool = False) -> tuple[str, int] | None:
    if not self_harm and not any(
        r.anywhere(c)
        for c in (
            PRESENT,
            EMERGENCY_CALL,
            MISSING,
            THREAT,
            MEET,
            STUNT,
            STILL_LIVE,
            THREAT_TO_LIFE,
            FAREWELL_POST,
            MEANS_COMING,
            MEET_ARRANGED,
        )
    ):
        return None
    if r.anywhere(NOT_A_THREAT):
        return None
    blocked = r.blocked(TEACHING, FICTION, JOKE)
    past = r.where(PAST)
    soon = r.where(SOON)

    def live(i: int) -> bool:
        return i not in blocked and not (i in past and i not in soon)

    i = _first(r.affirmed(PRESENT), live)
    if i is not None:
        return "immediate_danger.now", i
    if r.anywhere(STREAMING):
        i = _first(r.affirmed(STILL_LIVE), live)
        if i is not None:
            return "immediate_danger.streaming", i
    calls = r.affirmed(EMERGENCY_CALL)
    i = _first(calls, lambda i: live(i) and i not in r.where(CALL_QUESTION))
    if i is not None:
        return "immediate_danger.now", i

    def live_now(i: int) -> bool:
        return live(i) and not (i in r.where(RECENT_PAST) and i not in soon)

    missing = r.where(MISSING_CORE) | (r.where(UNREACHED) if r.anywhere(CHILD) else frozenset())
    missing -= r.where(NOT_MISSING)
    i = _first(missing, live)
    if i is not None:
        return "immediate_danger.missing", i
    if not r.anywhere(HOAX):
        i = _first(r.affirmed(THREAT), lambda i: live_now(i) and r.near(SOON, i, 1))
        if i is not None:
            return "immediate_danger.threat", i
        i = _first(r.affirmed(THREAT_TO_LIFE), live_now)
        if i is not None:
            return "immediate_danger.threat_to_life", i
    # Someone met through a game is met in person all the same; a meeting in a game is not.
    staged = r.blocked(TEACHING, STAGE, JOKE, IN_GAME)
    i = _first(
        r.where(MEET),
        lambda i: (
            i not in staged
            and not (i in past and i not in soon)
            and (r.near(SOON, i, 1) or i in r.where(MEETING_NOW))
            and (r.near(ADULT, i, 2) or r.near(SECRET_CONTACT, i, 2))
        ),
    )
    if i is not None:
        return "immediate_danger.meeting", i
    if r.anywhere(ADULT):
        i = _first(
            r.affirmed(MEET_ARRANGED), lambda i: i not in staged and live(i) and r.near(SOON, i, 0)
        )
        if i is not None:
            return "immediate_danger.meeting", i
    i = _first(r.where(STUNT), lambda i: live_now(i) and r.near(SOON, i, 1))
    if i is not None:
        return "immediate_danger.stunt", i
    # A farewell posted and the child not seen since, or in their room now.
    i = _first(r.affirmed(FAREWELL_POST), lambda i: live(i) and r.anywhere(STILL_THERE))
    if i is not None:
        return "immediate_danger.farewell", i
    # A means ordered for a death, due to arrive.
    if r.anywhere(SUICIDE_TALK):
        i = _first(r.affirmed(MEANS_COMING), lambda i: live(i) and r.near(SOON, i, 0))
        if i is not None:
            return "immediate_danger.means_coming", i
    # A plan to die with a time set: "going to end it tonight", "picked a date - this Friday".
    if self_harm:
        i = _first(r.affirmed(PLAN_TIMED), live)
        if i is not None:
            return "immediate_danger.self_harm_planned", i
        # Pills taken just now: an overdose under way.
        i = _first(r.affirmed(OVERDOSE), lambda i: live(i) and i in r.where(JUST_NOW))
        if i is not None:
            return "immediate_danger.overdose_now", i
        i = _first(r.affirmed(OVERDOSE_TAKEN), live)
        if i is not None:
            return "immediate_danger.overdose_now", i
    return None


def _closed(r: Reading) -> bool:
    """The text is about a closed, historic incident (not one whose closure is only proposed)."""
    closed = r.affirmed(RETROSPECTIVE) - r.where(PENDING)
    if r.headline and r.anywhere(PENDING):  # "Outcome 21 query" heads a closure proposed below
        closed -= {0}
    return bool(closed)


def find_risks(text: str, reading: Reading | None = None) -> list[RuleHit]:
    """The rules that fire on the text, at most one hit per flag, in RISK_FLAGS order.

    Sextortion of a child implies an indecent image of that child (the images demanded or
    held are indecent images in law), so it raises both flags.
    """
    r = reading or Reading(text)
    found: list[RuleHit] = []

    def add(flag: str, result: tuple[str, int] | None, fallback: int = 0) -> None:
        if result is not None:
            name, i = result
            excerpt = r.sentences[i if i >= 0 else fallback][:200]
            found.append(RuleHit(flag=flag, rule=name, excerpt=excerpt))

    sh = _self_harm(r)
    sx = _sextortion(r)
    add(IMMEDIATE_DANGER, _immediate_danger(r, self_harm=sh is not None))
    add(SELF_HARM, sh)
    add(SEXTORTION, sx)
    add(INDECENT_IMAGE, _indecent_image(r, sx is not None), fallback=sx[1] if sx else 0)
    if found and (r.anywhere(NOT_A_CASE) or _closed(r)):
        return []
    return found


def ruled_out(text: str, reading: Reading | None = None) -> frozenset[str]:
    """Flags the text itself rules out: no live case, a historic incident, the risk denied
    ("no disclosure of self-harm", "nothing sexual"), the person in the images an adult."""
    r = reading or Reading(text)
    if r.anywhere(NOT_A_CASE) or _closed(r):
        return frozenset({IMMEDIATE_DANGER, SELF_HARM, SEXTORTION, INDECENT_IMAGE})
    out = set()
    # a challenge is no denial where the child wishes not to wake up from it
    dared_only = r.where(SH_NEGATED) <= r.where(SH_DARED)
    wish = r.anywhere(SH_IDEATION) or r.anywhere(NOT_WAKING)
    if (
        (r.anywhere(SH_NEGATED) and not (dared_only and wish))
        or r.anywhere(HOAX)
        or r.anywhere(RECOVERED)
    ):
        out.add(SELF_HARM)
    if (
        r.anywhere(NO_IMAGES)
        or r.anywhere(IMAGES_NOT_MADE)
        or (r.anywhere(NEVER_SENT) and not r.anywhere(FAKE_IMAGE) and not _sexual(r))
        or (r.anywhere(ADULT_SUBJECT) and not r.anywhere(CHILD))
        or (r.anywhere(ADULT_STATED) and not r.anywhere(CHILD_IN_IMAGE))
        or _adults_only(r)
    ):
        out.add(INDECENT_IMAGE)
    if r.anywhere(SEXTORTION_NEGATED) or (r.anywhere(NO_IMAGES) and not r.anywhere(FAKE_IMAGE)):
        out.add(SEXTORTION)
    if r.anywhere(NOT_A_THREAT):
        out.add(IMMEDIATE_DANGER)
    return frozenset(out)


# A sentence that passes on a child's disclosure is about a case, whatever policy it names
# ("told me, while I was consulting the school council about the policy, that someone...").
DISCLOSED = _re(
    r"\b(?:told|tells|telling) (?:me|us|staff|a teacher|his \w+|her \w+|their \w+)\b|\bdisclos(?:ed|es|ing)\b|\bcame to (?:me|us|see me|see us)\b",
)


def taught(text: str, reading: Reading | None = None) -> frozenset[str]:
    """Flags whose every word of risk is in a sentence about teaching, training or policy
    ("a KS3 lesson on nudes", "our policy on sharing nudes"), none of them passing on a
    disclosure or naming a child in an image: the text asks about the subject, not a case."""
    r = reading or Reading(text)
    teaching = r.blocked(TEACHING) - r.where(DISCLOSED) - r.where(CHILD_IN_IMAGE)
    return frozenset(
        flag for flag, cue in WEAK.items() if (found := r.where(cue)) and found <= teaching
    )


def _weak_blocked(r: Reading, flag: str) -> frozenset[int]:
    blocked = r.blocked(*WEAK_BLOCKERS[flag])
    if flag == SELF_HARM:
        blocked |= r.where(HARM_TO_OTHERS) - r.where(SH_NAMED) - r.where(SH_IDEATION)
    return blocked


def evidence(text: str, reading: Reading | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """(flags with a word of their risk outside teaching, fiction and denials; flags with a
    word of their risk anywhere). A flag in the second and not the first is one the rules
    read and set aside; one in neither is one they have no words for."""
    r = reading or Reading(text)
    seen = {flag for flag, cue in WEAK.items() if r.where(cue)}
    live = {flag for flag in seen if r.affirmed(WEAK[flag]) - _weak_blocked(r, flag)}
    return frozenset(live), frozenset(seen)
