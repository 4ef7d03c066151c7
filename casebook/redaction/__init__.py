"""Redaction of personal data from case text: `redact(text) -> Redaction`.

Pure Python: recognisers are patterns, word lists and context cues (`patterns.py`,
`names.py`, the lists in `data/`) beside a statistical name model (`namemodel.py`, a token
classifier whose weights are the committed file `data/name_model.json`). No Django here; the
`casebook redact` command is the only Django-facing part.
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import NamedTuple

from casebook.redaction.core import (
    ADDRESS_WORDS,
    ENTITY_TYPES,
    PLACEHOLDERS,
    Entity,
    Redaction,
    apply,
    numbered,
    resolve,
)
from casebook.redaction.keep import (
    cut_out,
    keep_spans,
    places_named_as_people,
    without_public_figures,
)
from casebook.redaction.lexicon import acronyms, lexicon, towns, word_set
from casebook.redaction.namemodel import zipf_table
from casebook.redaction.names import (
    KIN_TITLES,
    find_people,
    unkept_initials,
    with_children_by_age,
    with_dictated_names,
    with_east_asian_names,
    with_family_names,
    with_first_name_signed_above,
    with_glossed_nicknames,
    with_handles_joined_at_dots,
    with_lettered_children,
    with_letters_for_people,
    with_lone_initials,
    with_lower_case_repeats,
    with_names_before_kin_suffixes,
    with_names_in_mail_addresses,
    with_names_in_other_scripts,
    with_speaker_labels_whole,
    with_surname_forename_joined,
    with_titled_letters,
)
from casebook.redaction.nobody import FOLD_STRIP, drop_nobody
from casebook.redaction.patterns import (
    TEAM_SPORTS,
    iter_structured,
    possessive_base,
    with_birth_dates_after_people,
)
from casebook.redaction.tables import with_table_columns

__all__ = [
    "ENTITY_TYPES",
    "PLACEHOLDERS",
    "Entity",
    "Redaction",
    "find_entities",
    "numbered",
    "personal_name_words",
    "redact",
]


def find_entities(text: str) -> tuple[Entity, ...]:
    """Sorted, non-overlapping personal-data spans in text (code-point offsets)."""
    keep = keep_spans(text)
    structured = resolve(cut_out(iter_structured(text), keep, text))
    masked = bytearray(len(text))
    for ent in structured:
        masked[ent.start : ent.end] = b"\x01" * (ent.end - ent.start)
    found = find_people(text, masked, keep)
    people = places_named_as_people(text, cut_out(found, unkept_initials(text, keep, found), text))
    # What names no one ("ome.tv", "TakeItDown") is dropped after the masking above, so no
    # name is found inside it either.
    found = []
    for ent in resolve(drop_nobody(text, (*structured, *people)), text):
        ent = _without_possessive(text, _without_quotes(text, ent))
        named = _with_owner_title(text, _with_given_name(text, ent))
        # The given name taken on never reaches into the finding before ("Mr Okafor RK /
        # Roxy": "RK" stays apart from "Okafor").
        found.append(named if not found or named.start >= found[-1].end else ent)
    found = without_public_figures(text, with_handles_joined_at_dots(text, found))
    if ", " in text:
        found = with_surname_forename_joined(text, found)
    found = with_dictated_names(text, found)
    found = with_lower_case_repeats(text, found)
    found = with_family_names(text, found)
    if "(" in text:
        found = with_glossed_nicknames(text, found)
    found = with_names_in_other_scripts(text, found)
    found = with_east_asian_names(text, found)
    found = with_names_before_kin_suffixes(text, found)
    found = with_birth_dates_after_people(text, found)
    found = with_titled_letters(text, found)
    found = with_lone_initials(text, found)
    if "\n" in text:
        found = with_first_name_signed_above(text, found)
    found = with_lettered_children(text, found)
    found = with_children_by_age(text, found)
    if "@" in text:
        found = with_names_in_mail_addresses(text, found)
    if ": " in text:
        found = with_speaker_labels_whole(text, found)
    if "\t" in text or " | " in text:
        found = with_table_columns(text, found)
    if LETTER_LINE_HINT_RE.search(text) is not None:
        found = with_letters_for_people(text, found)
    quoted = '"' in text or "“" in text
    called = "called" in text or "named" in text or "name is" in text
    channel = any(hint in text for hint in CHANNEL_HINTS)
    if quoted or called or channel or "'s " in text or "’s " in text:
        return tuple(_group_names_whole(text, found, quoted, called))
    return tuple(found)


LETTER_LINE_HINT_RE = re.compile(r"\n[ \t]*[-•*][ \t]*[B-HJ-Z] [a-z]")


# The words every cue for a group's name holds (a group, a page, a server, a channel); each cue
# below adds its own.
GROUP_CUE = "group|gc|page|server|channel"


# A group chat's, page's, server's, channel's or profile's name in double quotes, its cue word
# before it on the line: 'a WhatsApp group "Isla's Sleepover 🍿"', 'Group name: "Zosia
# smells"', 'a page called "Kieran B Exposed"', 'his Discord server ("Nate's Dev Den")',
# 'profile "Uncle Kev Nottm"', 'an adult calling himself "Coach Mikey"'.
QUOTED_GROUP_NAME_RE = re.compile(
    r"(?i:\b(?:" + GROUP_CUE + "|groupchat|chat|account|story|doc|form|club|"
    r"lobby|profile|playlist|acct|acc|whatsapp|discord|grŵp|grwp|"
    # 'changed his display name to "Malachi the grass"', 'posts under the name "Rob M Deals"'
    r"(?:display|user|screen)[ \t]?name[ \t]+(?:to|as)|under[ \t]+the[ \t]+name|"
    r"(?:calling|calls|called)[ \t]+(?:him|her|them)sel(?:f|ves))s?\b"
    # A few words between the cue and its naming word: "a group on WhatsApp with name".
    r"(?:[^\n\"“]{1,25}?\b(?:called|named|titled|name)\b"
    r"|[ \t]+(?:name|chat|called|named|titled))?"
    r"[ \t]*(?::|is|was|called|named|titled)?[ \t]*\(?)"
    # The name, not a closing quote's end ('... on discord". Arlo said he is "friends"').
    r"[\"“](?P<g>(?![\s.,;:!?])[^\"“”\n]{2,60})[\"”]"
)


# What a group's name keeps when it holds one: a year group, a form, an age group, a word the
# writer blanked ("[EXPLETIVE]").
YEAR_GROUP = r"\b(?:year|yr|y|s|p)[ \t]?\d{1,2}\b"
GROUP_KEPT_PART_RE = re.compile(
    r"(?i:" + YEAR_GROUP + r"|\b\d{1,2}[a-z]{1,2}\b|\bu[ \t]?\d{1,2}s?\b|"
    r"\bunder[ \t]\d{1,2}s?\b|\[[A-Z][A-Z ]*\])"
)
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


# A kept word this common is a function word ("is", "a", "the"), which any name may hold.
GROUP_FUNCTION_WORD_ZIPF = 5.5


def _kept_word(low: str) -> bool:
    """A lower-case word kept wherever it stands (a platform, a role, a public body, "staff",
    "parents"), neither a function word nor a title."""
    return (
        low in lexicon().protected
        and low not in ADDRESS_WORDS
        and zipf_table().get(low, 0.0) < GROUP_FUNCTION_WORD_ZIPF
    )


def _group_names_whole(text: str, found: list[Entity], quoted: bool, called: bool) -> list[Entity]:
    """A group's, page's or server's name (_group_names) holding a finding, or a word of a
    person's name found elsewhere, becomes one USERNAME span, whole: the name points at the
    person or school inside it whatever words surround them ('"Mrs Quinlan is a witch"' ->
    '"{username}"'). Not one holding a year group, a form, an age group or a kept word
    ("Kingsmead Year 4 Chat", "Roblox Besties"): its findings stay as they are. A name that
    opens with its owner's ("Kempy's Army") needs no finding. quoted and called say whether
    the text quotes and whether it holds "called" or "named", so that _group_names looks only
    where a name can be."""
    groups = _group_names(text, quoted, called)
    schools = _school_named_groups(text, found) if quoted else []
    if not groups and not schools:
        return found
    out = list(schools)
    must_survive = lexicon().must_survive
    named: set[str] | None = None
    school_words: set[str] | None = None
    for start, end, cue_after, owned, channel in groups:
        if any(s <= start and end <= e for s, e, _ in out):
            continue
        if GROUP_KEPT_PART_RE.search(text, start, end) and not owned:
            if not cue_after and YEAR_GROUP_RE.search(text, start, end):
                out += _settings_in_year_group_name(text, start, end)
            continue  # an owner's name makes it someone's: "Mrs Dlamini's Year 5 Parents"
        words = {w.lower() for w in WORD_RE.findall(text, start, end)}
        if owned:
            owner = possessive_base(WORD_RE.findall(text, start, end)[0].lower())
            if (
                owner in towns()
                or _kept_word(owner)
                or owner in must_survive
                or zipf_table().get(owner, 0.0) >= GROUP_FUNCTION_WORD_ZIPF
            ):
                continue  # "Domino's Pizza", "Manchester's Finest", "Who's the Biggest"
            out.append(Entity(start, end, "USERNAME"))
            continue
        if cue_after and (
            words & PLACE_GROUP_WORDS
            or not any(
                start <= e.start
                and e.end <= end
                and e.type == "PERSON"
                and text[e.start : e.end].lower() not in towns()
                for e in found
            )
        ):
            # Named before its cue, a group holds a person found inside it, no town's and no
            # neighbourhood's: not "Preston Mums Chat" group, "Abbeyfield Village Chat".
            continue
        if not any(start <= e.start and e.end <= end for e in found):
            # Or a word of a person's name found elsewhere in the text, no town's, with a
            # capital or as rare as a name: "Hunter's Squad 🔥" beside "Hunter set up ...",
            # "tanaka is a tramp" beside "Tanaka", not "harry potter sluts" beside "Harry".
            if named is None:
                named = _found_person_words(text, found)
            table = zipf_table()
            names = {
                low
                for w in WORD_RE.findall(text, start, end)
                if (low := possessive_base(w.lower())) not in towns()
                and (w[0].isupper() or table.get(low, 0.0) < GROUP_LOWER_NAME_MAX_ZIPF)
            }
            if school_words is None:
                school_words = _school_words(text, found)
            if not (
                names & named
                or _opens_with_school_word(text, start, words, school_words)
                or (channel and _names_an_account(text, start, end))
            ):
                continue
        tokens = {w.strip(FOLD_STRIP).lower() for w in text[start:end].split()}
        if tokens & must_survive or any(
            _kept_word(w) and not (channel and w in towns()) for w in tokens
        ):
            continue  # "Roblox Besties", "Pantyderi Comp staff leaks": kept words stay; not
            # a channel's region ("N Wales Roadmen Exposed") nor a postcode ("SW9 Vault": "SW")
        out.append(Entity(start, end, "USERNAME"))
    if not out:
        return found
    covered = [(e.start, e.end) for e in out]
    kept = [e for e in found if not any(s <= e.start and e.end <= t for s, t in covered)]
    return sorted(
        [*kept, *(e for e in out if not any(k.start < e.end and e.start < k.end for k in kept))]
    )


# The same name unquoted, closed by emoji after "called" or "named", a group's, chat's,
# page's, story's or playlist's word before it on the line: 'a group chat on whatsapp called
# We Hate Ruby 🤮 and added 40 people', "a private story called ravi's exposed 😂".
_EMOJI = r"[\u2600-\u27bf\U0001f300-\U0001faff]"
EMOJI_GROUP_NAME_RE = re.compile(
    r"(?i:\b(?:called|named|titled))[ \t]+(?P<g>(?![\s.,;:!?])[^\n\"“”.,;:!?()"
    + _EMOJI[1:-1]
    + r"]{2,40}?[ \t]*(?:"
    + _EMOJI
    + r"[\ufe0f\u200d]*)+)"
)
EMOJI_CHAR_RE = re.compile(_EMOJI)
EMOJI_GROUP_CUE_BEFORE_RE = re.compile(
    r"(?i:\b(?:" + GROUP_CUE + r"|groupchat|chat|account|story|playlist)s?\b)"
    r"[^\n]{0,30}\Z"
)


# A group's, chat's, page's, server's or clan's name unquoted after "called", to the end of
# its clause: 'an account on tiktok called kayden p is a snitch and its got his photo', 'a
# group called tahmina and her boyfriends and they are saying', 'a Discord server called
# Owusu Family Gaming and'. Found from "called", its cue word looked for before it.
CALLED_GROUP_NAME_RE = re.compile(
    r"\b(?:called|named|titled|name[ \t]+is)[ \t]+(?:something[ \t]+like[ \t]+)?"
    r"(?P<g>(?![\s\"“'‘])[^\n\"“”.,;:!?()]{3,45}?)"
    r"(?=[ \t]*(?:[\n.,;:!?()]|\Z)|[ \t]+(?:and[ \t]+(?:they|it|its|it['’]s|he|she|we|i|has|"
    r"have|now|then|there(?:['’]?s)?)|or|i[ \t]+think|where|which|who|that|with|because|cos|"
    r"but|so|on|in|for|to|from|has|had|have|was|were|got|posted|posts|sent|said|says|"
    r"[a-z]+ing)\b)"
)
# No one and no sentence's end between the cue and "called": not 'a server run by a Y6
# called Bartek', 'a snapchat story of some boy called Tremaine'.
CALLED_CUE_BEFORE_RE = re.compile(
    r"(?i:\b(?:" + GROUP_CUE + r"|groupchat|chat|account|acct|clan|story|playlist|"
    r"discord)s?\b)(?:(?!\b(?:by|a|an|some|boy|girl|man|woman|lad|guy|kid|someone|somebody)\b)"
    r"[^\n\"“.!?]){0,20}\Z"
)
# A handle's one word: "@whhaexposed", "ilinca_is_fake".
HANDLE_WORD_RE = re.compile(r"\S*?(?:[_@#\d]|\.(?=\w))\S*?(?=[.,;:!?)]*(?:\s|\Z))")
# A name that says what someone is runs on past its capitals: "a page called Hargreaves is a
# creep which ...", "a server called Tyler G is a nonce".
SAYS_WHAT_RE = re.compile(r"[ \t]+(?:is|was)[ \t]+(?:a[ \t]+|an[ \t]+|the[ \t]+)?[a-z]+")
# A capitalised name's words: "Thornfield Lads HQ has a channel" ends before "has".
CAPITALISED_RUN_RE = re.compile(r"[^\W_][\w'’\-]*(?:[ \t]+(?:[A-Z0-9][\w'’\-]*|&|of|the))*")
# A server's, group's or clan's name that opens with its owner's, straight after its cue
# (OWNED_CUE_RIGHT_BEFORE_RE):
# "a Discord server, Stroudy's Lounge", "a Discord invite to Hendo's Recruits", "his Discord
# (Kempy's Army)".
OWNED_GROUP_RE = re.compile(r"(?<![\w'’])[A-Z][a-z\-]+['’]s(?:[ \t]+[A-Z][\w'’\-]*){1,3}")
OWNED_CUE_RIGHT_BEFORE_RE = re.compile(
    r"(?i:\b(?:" + GROUP_CUE + r"|discord|clan))s?\b"
    r"(?:[ \t]+(?:is|was|called|named))?[ \t]*[,(:]?"
    r"(?:[ \t]+(?i:invite|link)[ \t]+to)?[ \t]*\Z"
)
# The same quoted, its cue earlier on the line and its words any: 'a Discord server set up by
# club members, "Kenji's Manga Cult"', 'group DM "Aisha's bday squad 🎉"'.
OWNED_QUOTED_RE = re.compile(
    r"(?:(?:Mrs|Mr|Ms|Miss|Sir|Dr)\.?[ \t]+)?"
    r"(?:[A-Z][a-z\-]+['’]s(?:[ \t]+[A-Z0-9]\S*){1,3}\Z"
    r"|[A-Z][a-z\-]+['’]s(?:[ \t]+\S+){0,2}[ \t]+(?i:squad|crew|gang|army|fam|family|club|lounge|"
    r"den|house|hub|cult|gaming|server|besties|girls|boys|lads)\b\S*(?:[ \t]+\S+)?\Z)"
)
OWNED_CUE_BEFORE_RE = re.compile(
    r"(?i:\b(?:" + GROUP_CUE + r"|discord|clan|account|acct|acc|instagram|insta|"
    r"tiktok|facebook|snapchat|whatsapp)s?\b)"
    r"(?:(?!\b(?:said|says|wrote|posted|put|typed|messaged)\b)[^\n]){0,60}\Z"
)


# A group's, page's or account's word straight after a quoted name, a platform's before it
# perhaps: '"Gill Haworth Must Go" (page)', '"Rimmer Rats" group chat on Snapchat', '"Justice
# for Jayden" Facebook page'; not a trend's ('"Hot Girl Summer" TikTok ranking').
GROUP_CUE_AFTER_QUOTE_RE = re.compile(
    r"[ \t]*\(?(?i:(?:instagram|insta|facebook|snapchat|snap|tiktok|whatsapp|discord)[ \t]+)?"
    r"(?i:" + GROUP_CUE + r"|groupchat|chat|account|acct|acc|profile)s?\b"
)


# A channel's or a vlog's name unquoted straight after its word or in brackets, in title case:
# "the YouTube channel Twins Tobi & Tomi which features", "mum's channel (Pikey Family Fun)",
# "a family YouTube channel, The Atkinson Adventures, run by father Lee Atkinson" (a group's
# name still, held to the same tests).
CHANNEL_HINTS = ("hannel", "vlog")
CHANNEL_NAME_RE = re.compile(
    r"\b(?i:channel|vlog)(?:[ \t]*,)?(?:[ \t]*\(|[ \t]+)"
    r"(?:(?:is|was|called|named|entitled|titled)[ \t]+)?"
    r"(?P<g>(?:The[ \t]+)?[A-Z][\w'’\-]*"
    r"(?:[ \t]+(?:(?:&|of|and|the)[ \t]+)?[A-Z][\w'’\-]*){1,4})"
)


class GroupName(NamedTuple):
    """Where a group's name stands (code points), whether its cue word came after it,
    whether it opens with its owner's name, and whether it is a channel's (an account's)."""

    start: int
    end: int
    cue_after: bool = False
    owned: bool = False
    channel: bool = False


def _group_names(text: str, quoted: bool, called: bool) -> list[GroupName]:
    """Where a group's name stands: in quotes after its cue word (QUOTED_GROUP_NAME_RE) or
    before one (GROUP_CUE_AFTER_QUOTE_RE); unquoted after "called", closed by emoji
    (EMOJI_GROUP_NAME_RE with EMOJI_GROUP_CUE_BEFORE_RE) or by its clause
    (CALLED_GROUP_NAME_RE); or opening with its owner's name after its cue (OWNED_GROUP_RE).
    Each with whether its cue came after it and whether it opens with an owner's name (quoted
    names looked for only where quoted, "called" ones only where called)."""
    groups: list[GroupName] = []
    if quoted:
        groups = [GroupName(m.start("g"), m.end("g")) for m in QUOTED_GROUP_NAME_RE.finditer(text)]
        starts = {g.start for g in groups}
        for m in QUOTED_PHRASE_RE.finditer(text):
            if m.start("g") not in starts and GROUP_CUE_AFTER_QUOTE_RE.match(text, m.end()):
                groups.append(GroupName(m.start("g"), m.end("g"), cue_after=True))
    if called:
        if EMOJI_CHAR_RE.search(text) is not None:
            for m in EMOJI_GROUP_NAME_RE.finditer(text):
                if EMOJI_GROUP_CUE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
                    groups.append(GroupName(m.start("g"), m.end("g")))
        for m in CALLED_GROUP_NAME_RE.finditer(text):
            if CALLED_CUE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) is None:
                continue
            start, end = m.span("g")
            if not any(g.start <= start < g.end for g in groups):
                handle = HANDLE_WORD_RE.match(text, start)
                if handle is not None:
                    end = handle.end()  # 'called ilinca_is_fake has been set up'
                elif text[start].isupper():
                    run = CAPITALISED_RUN_RE.match(text, start).end()  # type: ignore[union-attr]
                    if not SAYS_WHAT_RE.fullmatch(text, run, end):
                        end = min(end, run)
                groups.append(GroupName(start, end))
    if any(hint in text for hint in CHANNEL_HINTS):
        channels = {m.start("g"): m.end("g") for m in CHANNEL_NAME_RE.finditer(text)}
        # A name found after "called" is a channel's too where the channel's word is its cue.
        groups = [g._replace(channel=g.start in channels) for g in groups]
        starts = {g.start for g in groups}
        groups += [
            GroupName(start, end, channel=True)
            for start, end in channels.items()
            if start not in starts
        ]
    groups += [
        GroupName(m.start(), m.end(), owned=True)
        for m in OWNED_GROUP_RE.finditer(text)
        if OWNED_CUE_RIGHT_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
    ]
    if quoted:
        groups += [
            GroupName(m.start("g"), m.end("g"), owned=True)
            for m in QUOTED_PHRASE_RE.finditer(text)
            if OWNED_QUOTED_RE.match(m.group("g"))
            and OWNED_CUE_BEFORE_RE.search(text, max(0, m.start() - 70), m.start())
        ]
    return groups


# A word in lower case of a group's name is a person's where English writes it less than this
# ("tanaka" 1.5, "ravi" 3.1; not "harry" 4.7, "precious" 4.3).
GROUP_LOWER_NAME_MAX_ZIPF = 4.0


# A word of a channel's name English writes less than this names it as an account's
# ("Roadmen", "Opps"), as a town's or a postcode district's does ("Medway Opps Exposed", "SW9
# Vault"); a name of everyday words only is nobody's ("Family Fun Time").
CHANNEL_WORD_MAX_ZIPF = 3.0


def _names_an_account(text: str, start: int, end: int) -> bool:
    """Whether a channel's name (code points start to end) holds a town, a word with a digit
    or a word rarer than CHANNEL_WORD_MAX_ZIPF that no list keeps."""
    table = zipf_table()
    protected = lexicon().protected
    for w in text[start:end].split():
        low = w.strip(FOLD_STRIP).lower()
        if any(c.isdigit() for c in low) or low in towns():
            return True
        if low.isalpha() and table.get(low, 0.0) < CHANNEL_WORD_MAX_ZIPF and low not in protected:
            return True
    return False


def _found_person_words(text: str, found: list[Entity]) -> set[str]:
    """The words of the people's names found, in lower case."""
    return {
        possessive_base(w.lower())
        for e in found
        if e.type == "PERSON"
        for w in WORD_RE.findall(text, e.start, e.end)
    }


QUOTES = '"“”'

# A quoted name of two words or more, an account's, group's or platform's word before or
# after it on its line: 'the "Fernlea Fit Checks" Instagram', 'WhatsApp group "Caereinion
# Year 9 Chat"', 'a YouTube channel, "Coventry Desi Vibes"'.
QUOTED_PHRASE_RE = re.compile(r"[\"“](?P<g>[^\"“”\n]{3,60}?)[\"”]")
GROUP_CUE_WORDS = (
    r"(?i:" + GROUP_CUE + r"|groupchat|chat|account|story|profile|instagram|insta|"
    r"facebook|whatsapp|snapchat|tiktok|youtube|discord|telegram|video)"
)
GROUP_CUE_BEFORE_RE = re.compile(r"\b" + GROUP_CUE_WORDS + r"\b[^\n\"“]{0,12}\Z")
GROUP_CUE_AFTER_RE = re.compile(r"[ \t]+(?:\w+[ \t]+)?" + GROUP_CUE_WORDS + r"\b")
SCHOOL_KIND_WORDS = word_set(
    "school academy college primary high grammar infants juniors junior infant nursery ysgol "
    "youth project"
)
# A neighbourhood's group named after the place: "Oakridge Village Community", "Hyde Park
# Residents Community".
PLACE_GROUP_WORDS = word_set("community residents noticeboard village neighbours news")
# A school's sports and music, not its name: "Netball U12 parents" beside "Ashby Juniors
# Netball". Not "cheer", a squad's own word ("CHEER SQUAD 💖").
SPORT_WORDS = (TEAM_SPORTS - {"cheer"}) | word_set("piping choir band orchestra")


def _school_words(text: str, found: list[Entity]) -> set[str]:
    """The words, in lower case, that make the schools found in the text theirs ("fernlea" of
    Fernlea Academy): not a school's kind, a sport's, a town's, nor a word of two letters; and
    the initials of a school of three words or more ("bla" of Bridgwater Levels Academy)."""
    names: set[str] = set()
    places = towns()
    for e in found:
        if e.type == "SCHOOL":
            written = WORD_RE.findall(text, e.start, e.end)
            words = [w.lower() for w in written]
            if not SCHOOL_KIND_WORDS.intersection(words):
                continue  # a team ("Eagles U12s"), a recurrence without its kind
            capitals = [w for w in written if w[0].isupper()]
            if len(capitals) >= 3:
                names.add("".join(w[0] for w in capitals).lower())  # "BLA Taxi Watch"
            for w in words:
                if (
                    w in SCHOOL_KIND_WORDS
                    or len(w) <= 2
                    or w in ("saint", "the", "and", "of")
                    or w in SPORT_WORDS
                ):
                    continue
                if w not in places:
                    names.add(w)  # "Strood Mums Chat", "Ely Fen Tigers": the town's
    return names


def _opens_with_school_word(text: str, start: int, words: set[str], school_words: set[str]) -> bool:
    """Whether a group's name at `start` (its words in lower case, `words`) opens with a
    school's own word (_school_words), capitalised, and is no neighbourhood's: "Hawksworth
    SMP" beside Hawksworth High School; not "the vault 2", "Park Estate Neighbours"."""
    first = WORD_RE.match(text, start)
    return (
        first is not None
        and first.group(0)[0].isupper()
        and first.group(0).lower() in school_words
        and not words & PLACE_GROUP_WORDS
    )


# The words a year group's chat is named with beside its school's, never the school's own:
# "Westfield Y9 Memes", "Ashgrove Y11 unofficial", "Y6 Besties 4 Eva".
YEAR_GROUP_CHAT_WORDS = word_set(
    "chat gc group official unofficial lads boys girls girlies baddies besties mums dads "
    "parents memes nudes leaks leakers exposed roast rates gamers gaming ballers squad gang crew "
    "banter craic chill leavers common room drama queens hot not vs x ft eva 4eva forever"
)
YEAR_GROUP_RE = re.compile("(?i:" + YEAR_GROUP + ")")
INITIALS_WORD_RE = re.compile(r"[A-Z]{2,4}")
INITIALS_WORD_MAX_ZIPF = 3.0
# A word English hardly knows ending as English places do: "Ashgrove", "Glenmoor",
# "Kingsmead" (not pupils' slang: "Gyaldem", "Chillzone").
PLACE_SHAPED_RE = re.compile(
    r"[A-Z][a-z]+(?:grove|field|fields|side|wood|woods|mead|bury|borough|ton|ham|ley|by|moor|"
    r"brook|dale|gate|hill|hills|park|well|ford|worth|bridge|croft|lands|stead|thorpe|combe|"
    r"holme|beck|cliffe|haven|heath|hurst|ridge|vale|view|water|wick|mount)"
)
YEAR_GROUP_SETTING_MAX_ZIPF = 2.0


def _settings_in_year_group_name(text: str, start: int, end: int) -> list[Entity]:
    """The words naming its school in a group's name that holds a year group (YEAR_GROUP_RE),
    as SCHOOL spans, the year group and the chat's words kept: pupils name the school by a
    surname's word, a word English hardly knows (under Zipf 2.0) shaped as a place's
    (PLACE_SHAPED_RE) or its initials ("Ashgrove Y11 unofficial", "SCC Year 11 Lads"). None
    where the chat's words alone name it ("Y9 Baddies", YEAR_GROUP_CHAT_WORDS), nor a first
    name only ("Year 12 Lads (no Ollie)"), a town's ("Y10 Boston Boys", "Bishop's Stortford
    Year 9") or a kept word ("Roblox Y7")."""
    lex = lexicon()
    table = zipf_table()
    words = list(WORD_RE.finditer(text, start, end))
    bare = [w.group(0).lower().replace("'", "").replace("’", "") for w in words]
    if any(f"{a} {b}" in towns() for a, b in itertools.pairwise(bare)):
        return []  # "Bishop's Stortford Year 9"
    found = []
    for m in words:
        w = m.group(0)
        low = possessive_base(w.lower())
        if not w[0].isupper() or low in YEAR_GROUP_CHAT_WORDS or GROUP_KEPT_PART_RE.fullmatch(w):
            continue
        if low in lex.protected or low in lex.must_survive or low in towns():
            continue  # a town's chat, the writer's year group kept: "Y10 Boston Boys"
        if INITIALS_WORD_RE.fullmatch(w):
            setting = low not in acronyms() and table.get(low, 0.0) < INITIALS_WORD_MAX_ZIPF
        else:
            setting = (
                low in lex.surnames
                or (
                    table.get(low, 0.0) < YEAR_GROUP_SETTING_MAX_ZIPF
                    and PLACE_SHAPED_RE.fullmatch(w) is not None
                )
            ) and not (lex.any_first_name(low) and low not in lex.surnames)
        if setting:
            found.append(Entity(m.start(), m.start() + len(possessive_base(w)), "SCHOOL"))
    return found


def _school_named_groups(text: str, found: list[Entity]) -> list[Entity]:
    """Quoted names of groups, pages and accounts (QUOTED_PHRASE_RE with GROUP_CUE_BEFORE_RE
    or GROUP_CUE_AFTER_RE) holding the name of a school found in the text, more words than
    the school's: one USERNAME span each, as the brief labels a name holding a school's
    ("Fernlea Fit Checks" with Fernlea Academy, "Dalriada Y11 Craic" with Dalriada School),
    not a town's ("Strood Mums Chat" beside Strood Academy)."""
    names = _school_words(text, found)
    if not names:
        return []
    out = []
    for m in QUOTED_PHRASE_RE.finditer(text):
        start, end = m.span("g")
        if not (text[start].isupper() or text[start].isdigit()):
            continue  # "day in the life of ...": a caption, not a name
        words = [w.lower() for w in WORD_RE.findall(text, start, end)]
        held = names.intersection(words)
        if len(words) < 2 or not held:
            continue
        if all(
            w in held or w in SCHOOL_KIND_WORDS for w in words
        ) or PLACE_GROUP_WORDS.intersection(words):
            continue  # the school's own name in quotes; a neighbourhood's group
        if (
            GROUP_CUE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) is None
            and GROUP_CUE_AFTER_RE.match(text, m.end()) is None
        ):
            continue
        out.append(Entity(start, end, "USERNAME"))
    return out


def _without_quotes(text: str, ent: Entity) -> Entity:
    """A name or a handle without the double quotes a finder took round it ('"Sgt_Bricktop":
    oi' -> Sgt_Bricktop): they are no one's data."""
    if ent.type not in ("PERSON", "USERNAME") or ent.end - ent.start < 3:
        return ent
    start, end = ent.start, ent.end
    while start < end - 1 and text[start] in QUOTES:
        start += 1
    while end > start + 1 and text[end - 1] in QUOTES:
        end -= 1
    return ent if (start, end) == (ent.start, ent.end) else ent._replace(start=start, end=end)


# A capitalised word between a title or a mail's "From:" and a surname found without it:
# "Mrs Charity Oyebanji-Holt", "From: Sunday Adebayo-Whyte" (a given name that is also a word).
# The titles of address before a person's or an owner's name.
ADDRESS_TITLES = r"Mr|Mrs|Ms|Miss|Mx"
GIVEN_NAME_BEFORE_RE = re.compile(
    r"(?:(?<![\w])(?:" + ADDRESS_TITLES + r"|Dr|Prof)\.?|^(?:From|FROM|Fra|De|Von):)[ \t]+"
    r"(?P<g>[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)[ \t]+\Z",
    re.M,
)


NOT_GIVEN_NAMES = (
    ADDRESS_WORDS
    | KIN_TITLES
    | word_set(
        "sister sergeant constable sgt revd rev reverend father pastor imam rabbi inspector "
        "detective officer councillor cllr canon ustadh ustadha ustaz qari hafiz maulana "
        "sheikh moulana apa baji bhaiya khala khalo"
    )
)


def _with_given_name(text: str, ent: Entity) -> Entity:
    """A person's name with the capitalised word before it that a title or a mail's "From:"
    opens (GIVEN_NAME_BEFORE_RE): "Mrs [Charity] Oyebanji-Holt" is one name."""
    if (
        ent.type != "PERSON"
        or not ent.start
        or not text[ent.start].isupper()
        or (ent.end - ent.start <= 3 and text[ent.start : ent.end].isupper())
    ):
        return ent  # nor initials: "Mr Okafor RK" is two people
    m = GIVEN_NAME_BEFORE_RE.search(text, max(0, ent.start - 40), ent.start)
    if m is None or m.group("g").lower() in NOT_GIVEN_NAMES:
        return ent  # "From: Sgt Iain Robertson": a rank stays
    return ent._replace(start=m.start("g"))


# A title before a setting named after its owner: "Miss Pauline's Dance Academy".
OWNER_TITLE_BEFORE_RE = re.compile(r"(?<![\w])(?:" + ADDRESS_TITLES + r"|Madame)\.?[ \t]+\Z")
OWNER_AT_RE = re.compile(r"[A-Z][a-z\-]+['’]s[ \t]")


def _with_owner_title(text: str, ent: Entity) -> Entity:
    """A school or youth setting opening with its owner's name ("Pauline's Dance Academy")
    with the title before it, which names the owner too."""
    if ent.type != "SCHOOL" or OWNER_AT_RE.match(text, ent.start) is None:
        return ent
    m = OWNER_TITLE_BEFORE_RE.search(text, max(0, ent.start - 8), ent.start)
    return ent if m is None else ent._replace(start=m.start())


POSSESSED_AFTER_RE = re.compile(r"[ \t]+[^\W_]")


def _without_possessive(text: str, ent: Entity) -> Entity:
    """A person's name without the possessive's "'s" it was found with, before what is theirs
    ("Tyler's dad" -> "Tyler"): the "'s" is no one's data, and "{name 1}'s dad" still reads as
    English. Not at a clause's end, where the "'s" may be a school's ("school kelsham's.")."""
    if (
        ent.type == "PERSON"
        and ent.end - ent.start > 3
        and text.endswith(("'s", "’s"), ent.start, ent.end)
        and POSSESSED_AFTER_RE.match(text, ent.end) is not None
    ):
        return ent._replace(end=ent.end - 2)
    return ent


def redact(text: str, *, numbered_placeholders: bool = False) -> Redaction:
    """The text with each piece of personal data replaced by its placeholder ({name} ...).

    With numbered_placeholders, each placeholder carries a number per text and type, the same
    person keeping one number ({name 1} ... {name 1}, {name 2}), so a reader can follow who
    did what without learning who anyone is.
    """
    entities = find_entities(text)
    labels = numbered(text, entities) if numbered_placeholders else None
    return Redaction(text=apply(text, entities, labels), entities=entities)


@cache
def personal_name_words() -> frozenset[str]:
    """Lower-case first names and surnames that are never ordinary words (no Will, May, Grace).

    For counting words in text that is shown without redaction, such as a word cloud.
    """
    lex = lexicon()
    names = lex.first_names | lex.surnames
    return frozenset(names - lex.ambiguous - lex.context_only - lex.protected - lex.must_survive)
