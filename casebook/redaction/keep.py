"""Spans of text that are never personal data and must survive redaction whole.

Police forces, public bodies, Acts and their sections, places and calendar days of more than
one word, and titles of films, games and trends (the list `data/keep_phrases.txt`), plus
shapes that no list can hold: any "... Act 2003", a section ("s.15A"), a named storm ("Storm
Jocelyn"), an anonymised label ("Child A", "Pupil 2"), a kind named after something
("Omegle-type sites", "'Marley and Me'-style scams") and an organisation named in title case
before its kind ("Online Child Sexual Abuse and Exploitation team").

Pure: no Django. `keep_spans(text)` gives sorted (start, end) code-point offsets;
`cut_out(entities, spans)` drops findings wholly inside them and cuts names back out of them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import compress, pairwise

from casebook.redaction import factored
from casebook.redaction.core import ADDRESS_WORDS, Entity
from casebook.redaction.lexicon import (
    DATA_DIR,
    LineStart,
    RunStart,
    WordStart,
    first_runs,
    lexicon,
    lowered,
    nationalities,
    read_words,
    roles,
    run_start,
    towns,
    trie_regex,
    villages,
    word_runs,
    word_set,
)
from casebook.redaction.namemodel import zipf_of, zipf_table
from casebook.redaction.names import JOB_WORDS, RELATION_WORDS
from casebook.redaction.patterns import (
    STREET_WORD_SET,
    TRUST_GENERIC_WORDS,
    group_names_of_nobody,
    names_provision_setting,
)

# Words that join a brand's name and name no one ("Marks and Spencer", "Ryan's World").
BRAND_JOINERS = frozenset({"and", "&", "of", "the", "at", "for", "mr", "ms"})


def _phrases() -> list[str]:
    """keep_phrases.txt's phrases, and those of two or more words of data/brands.txt and of
    data/cities_abroad.txt (cities of a million people or more: "Kuala Lumpur", "Abu Dhabi")
    but those whose every word (joining words aside) is a listed first name or surname ("John
    Lewis"): a shop's name there is a person's too."""
    out = _phrase_lines("keep_phrases.txt")
    names = _listed_names()
    for phrase in read_words("brands.txt") | read_words("cities_abroad.txt"):
        words = phrase.split()
        if len(words) < 2:
            continue
        if all(w in BRAND_JOINERS or re.sub(r"'s\Z", "", w) in names for w in words):
            continue
        out.append(phrase)
    return out


def _phrase_lines(name: str) -> list[str]:
    """A phrase list of data/ (one a line, "#" comments), lower case, one space between words
    and straight apostrophes."""
    out = []
    with (DATA_DIR / name).open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.split("#", 1)[0].strip()
            if line:
                out.append(" ".join(line.lower().replace("’", "'").split()))
    return out


def _phrase_char(ch: str) -> str:
    """One space in a phrase stands for any run of spaces or tabs; an apostrophe for either."""
    return r"[ \t]+" if ch == " " else ("['’]" if ch == "'" else re.escape(ch))


@cache
def _phrase_re() -> RunStart:
    # Every match opens at \b with a phrase's first word, which a non-word character follows.
    phrases = _phrases()
    regex = factored.compile(r"\b(?:" + trie_regex(phrases, _phrase_char) + r")(?![\w])")
    return RunStart(regex, first_runs(phrases))


CONNECTOR = r"(?:and|&|of|for|the|on|in)"
CAP = r"[A-Z][\w'’\-]*"
# An Act of any name, with its year: "Criminal Justice and Courts Act 2015". Found from
# "Act" and matched backwards over the capitalised words before it (fast on long texts).
ACT_RE = factored.compile(
    r"(?:" + CAP + r"[ \t]+(?:" + CONNECTOR + r"[ \t]+){0,2}){1,7}Act\b(?:[ \t]+\d{4})?"
)
ACT_ANCHOR_RE = WordStart(r"Act\b", before=r"(?<=[ \t])")
# Shapes of words that must survive, one pattern each (each opens with its letters, so the
# regex engine skips ahead to them, which one alternation of them all cannot).
_SHAPES = (
    # A section of an Act: "s.15A", "s 67A", "section 1(1)".
    WordStart(
        r"[Ss](?:[Ss]?\.[ \t]?|ection[ \t]+|ec\.[ \t]?)(?<![\w.@/][Ss]\.)"
        r"\d{1,3}[A-Z]{0,2}(?:\(\d+\))?(?![\w@])"
    ),
    # A year group: "Year 9", "yr 10", "Y11"; several after a plural: "Years 7 and 8",
    # "yrs 10-11", "Years 9, 10 and 11".
    WordStart(
        r"(?:Y(?:ear|EAR|r|R)?|y(?:ear|r)?)(?:[sS][ \t]+(?:1[0-3]|[1-9])"
        r"(?:[ \t]*(?:,|and|&|to|or|-|–|/)[ \t]*(?:1[0-3]|[1-9])(?![\w]))*"
        r"|[ \t]?(?:1[0-3]|[1-9]))(?![\w])"
    ),
    # A named storm (not a person called Storm: no surname after, no age or year group).
    WordStart(r"(?:Storm|Hurricane|Typhoon|Cyclone)[ \t]+[A-Z][^\W\d_]+(?![\w'’\-]|[ \t]+[A-Z(])"),
    # A saint's day ("St Patrick's Day"), and a church and the like named after a saint, as a
    # place ("St Peter's Church, Norwich").
    WordStart(
        r"(?:St\.?|Saint)[ \t]+[A-Z][a-z]+['’]s[ \t]+"
        r"(?:Day|Church|Cathedral|Chapel|Abbey|Minster)\b"
    ),
    # An island: "the Isle of Wight", "isle of skye".
    WordStart(r"[Ii](?:sle|SLE)[ \t]+(?:of|OF)[ \t]+[^\W\d_]+"),
    # A river, lake or loch with "the": "by the River Cherwell" (a girl called River aside).
    WordStart(r"[Tt]he[ \t]+(?:River|Lake|Loch|Lough)[ \t]+[A-Z][^\W\d_]+"),
    # Welsh "Mae" (is, are) before a Welsh word, not a girl called Mae: "Mae cyfrif ffug ...".
    WordStart(
        r"Mae(?=[ \t]+(?:y|yr|hi|e|o|nhw|gennym|gennyf|ganddo|ganddi|wedi|cyfrif|plentyn|ein|"
        r"eich|ei|eu|rhaid|angen|na|dim|llun|neges)\b)"
    ),
    # A subreddit, a public forum named by its topic: "r/CasualUK", "r/Teachers" (a user is
    # "u/...").
    WordStart(r"r/[A-Za-z0-9_]{2,21}(?![\w/])", before=r"(?<![\w/.])"),
    # A role in Welsh, its kind first: "Swyddog Lles" (wellbeing officer), "Person
    # Dynodedig" (designated person).
    WordStart(
        r"(?:Swyddog|SWYDDOG|Cydlynydd|Arweinydd|Pennaeth|Person|PERSON)[ \t]+"
        r"(?:Lles|Diogelu|Dynodedig|Cymorth|Bugeiliol|Ieuenctid|LLES|DIOGELU|DYNODEDIG)(?![\w'’])"
    ),
    # An age written short after its number: "a 12-y-o girl", "9 y.o." ("y-o" is no one's
    # name); found from the "y", the number looked behind.
    WordStart(r"y(?:-o|\.o\.?)(?![\w/])", before=r"(?<=\d[ \t\-])"),
    # A form's empty answer: "Organisation: N/A", "school n/a".
    WordStart(r"(?:N/A|n/a|N/a)(?![\w/])", before=r"(?<![\w/])"),
    # A label that already hides someone: "Child A", "Pupil 2", "Young Person B", "Child D's".
    WordStart(
        r"(?:Child|Pupil|Student|Learner|Young[ \t]+Person|YP|CYP|Victim|Suspect|Witness|"
        r"Person|Adult|Parent|Boy|Girl|Sibling|Complainant|Subject|Member[ \t]+of[ \t]+Staff|"
        r"Staff[ \t]+Member)[ \t]+(?:[A-Z]|\d{1,2})(?:['’]s)?(?![\w'’]|\.[ \t]?[A-Z]\b)"
    ),
    # A song, book or film in quotes with its singer or author, after a word that says it is
    # one: 'the song "Stan" by Eminem', 'reading "Wonder" by R. J. Palacio', 'dancing to
    # "Jolene" by Dolly Parton' (not 'sent "you looked lovely" by DM', '"led" by Zoe').
    WordStart(
        r"(?:song|Song|songs|Songs|track|Track|book|Book|books|Books|novel|Novel|poem|Poem|"
        r"album|Album|film|Film|movie|Movie|single|Single|music|Music|reading|Reading|"
        r"read|Read|play|Play|played|Played|playing|Playing|sing|Sing|sang|Sang|singing|"
        r"Singing|(?:[Dd]ance|[Dd]ancing|[Dd]anced)[ \t]+to)"
        r"(?:[ \t]+(?i:like|called|by|to|of))?[ \t]*\(?[ \t]*"
        r"[\"“][^\"“”\n]{1,60}[\"”][ \t]+by[ \t]+"
        r"(?:[A-Z]\.|[A-Z][\w'’\-]+)(?:[ \t]+(?:[A-Z]\.|[A-Z][\w'’\-]+)){0,3}"
    ),
    # A prison or young offender institution by its name: "HMP Altcourse", "HMYOI Wetherby",
    # "HMYOI Cookham Wood", "HMP Swinfen Hall".
    WordStart(
        r"(?:HMP|HMYOI|HMP[ \t]*&[ \t]*YOI|HM[ \t]+Prison)[ \t]+[A-Z][a-z]+"
        r"(?:[ \t]+(?:Wood|Hall|Grange|Hill|Park|Heath|Moor|Marsh|Scrubs|Green|Bank))?(?![\w'’])"
    ),
    # A station, base or ship of the forces by its name: "RAF Brize Norton", "RAF Marham",
    # "HMS Duncan", "HMNB Clyde", "RNAS Culdrose" (a place, whoever it is named after).
    WordStart(
        r"(?:RAF|HMS|HMNB|RNAS)[ \t]+[A-Z][a-z]+"
        r"(?:[ \t]+[A-Z][a-z]+(?![\w'’\-]|[ \t]+[A-Z]))?(?![\w'’\-])"
    ),
    # A room of a school or an office, or a hospital's ward, by its number: "Room C12",
    # "room 14", "Ward D2", "ward 11".
    WordStart(r"(?:Room|room|ROOM|Ward|ward|WARD)[ \t]+[A-Z]?\d{1,3}[A-Z]?(?![\w'’])"),
    # A hospital's emergency department in capitals, where a word says it is one: "attended
    # ED twice", "Children's ED", "no previous ED attendances", "to flag ED records".
    WordStart(
        r"(?:attended|attending|attends|Children['’]s|children['’]s|Paediatric|paediatric|"
        r"previous|the|in|at|via)[ \t]+ED(?![\w&])"
    ),
    WordStart(
        r"ED[ \t]+(?:attendances?|records?|visits?|staff|nurses?|doctors?|consultants?|"
        r"triage|presentations?|notes?|department)\b"
    ),
    # A crime's outcome as the police record it (the Home Office's outcome types): "Outcome
    # 21", "outcome 16".
    WordStart(r"(?:Outcome|outcome|OUTCOME)[ \t]+\d{1,2}(?![\w'’])"),
    # A police operation's name, of one word or two: "Operation Marigold", "Operation Grace
    # Hope", "Op Makesafe".
    WordStart(
        r"(?:Operation|OPERATION|Op\.?)[ \t]+[A-Z][^\W\d_]+"
        # A second word, not a name's first before its surname: "Operation Marigold Sarah Jones".
        r"(?:[ \t]+[A-Z][^\W\d_]+(?![\w'’\-]|[ \t]+[A-Z]))?(?![\w'’\-])"
    ),
    # A school's term or half-term: "Summer 1", "Autumn 2", "Spring term", "Trinity term",
    # "Lent Half Term".
    WordStart(
        r"(?:Autumn|Spring|Summer|autumn|spring|summer|Michaelmas|Lent|Trinity|Hilary|Advent)"
        r"[ \t]+(?:[12]|term|half[ \t-]term)"
        r"(?![\w'’\-])"
    ),
    # A voice assistant as the device: "use Alexa in a classroom", "ask Siri", "an Alexa",
    # "tell Alexa", "talk to Siri", "Alexa, play ...", "an Alexa-enabled speaker" (not a girl
    # called Alexa: no surname after, no "my daughter").
    WordStart(
        r"(?:use|using|used|ask|asked|asking|an|the|our|their|via|hey|Hey|tell|telling|told|"
        r"talk[ \t]+to|talks[ \t]+to|talking[ \t]+to)[ \t]+[\"“]?"
        r"(?:Alexa|Siri|Cortana|Bixby)(?![\w'’\-]|[ \t]+[A-Z(])"
    ),
    WordStart(r"(?:Alexa|Siri),[ \t]+(?:play|turn|set|call|what|how|stop|show)\b"),
    WordStart(r"Alexa-(?:enabled|compatible|powered)\b"),
    # A course or an apprenticeship's level and subject: "a Level 2 Butchery apprentice",
    # "Level 3 Brickies" (a course's group chat).
    WordStart(r"Level[ \t]+[1-8](?:[ \t]+[A-Z][\w'’\-]*){0,3}(?![\w'’\-])"),
    # A country that is also a listed first name, where a place stands: after "in", after
    # "family from", "arrived from", "calls from", after "trip to", "taken to", "back to"
    # ("uncles in India", "send them back to india", "family from Jordan"); not "to Jordan's",
    # nor before a surname ("in India Harper's class"), nor after "speak to" or "from" alone.
    WordStart(
        r"(?:in|In|(?:family|families|originally|arrived|came|come|moved|relatives|people|"
        r"men|boys?|girls?|calls|is|are|was|were)[ \t]+from|(?:trip|holiday|visit|flights?|"
        r"flew|moved|taken|back|go|going|went|travel(?:led|ling)?|return(?:ed|ing)?)[ \t]+to)"
        r"[ \t]+(?:India|Jordan|Georgia|Mali|india|jordan|georgia)"
        r"(?![\w'’\-]|[ \t]+[A-Z][a-z])"
    ),
)


def _from_runs(shape: WordStart) -> WordStart | RunStart:
    """The shape as a RunStart (tried only where one of its first words stands) where
    run_start can read it."""
    try:
        return run_start(shape.pattern, shape.flags)
    except ValueError:
        return shape


SHAPE_RES = tuple(map(_from_runs, _SHAPES))
# A farm, a rescue or a sanctuary the public visits, named in capitals: "Pennywell City Farm",
# "Ashgill Community Farm", "Hoggs Bottom Farm Park", "Meadowbank Animal Rescue", "Greenmoor
# Equine Sanctuary" (a farm someone lives on is an address: patterns._named_farms). Searched
# only where one of VISITOR_PLACE_HINTS stands.
VISITOR_PLACE_HINTS = ("Farm", "Rescue", "Sanctuary", "Park", "Shelter")
VISITOR_PLACE_RE = WordStart(
    r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2}[ \t]+"
    r"(?:(?:City|Community|Urban|Care|Petting|Open)[ \t]+Farm|Farm[ \t]+Park|"
    r"(?:Animal|Equine|Donkey|Dogs?|Cats?|Moggy|Horse|Pony|Wildlife|Hedgehog|Rabbit|Bird|"
    r"Owl|Raptor)[ \t]+(?:Rescue|Sanctuary|Park|Shelter))(?![\w'’\-])"
)
# The plural of an acronym in capitals: "DMs", "GCs", "TAs", "DSLs" (no name has two capitals
# and then "s"). Checked on findings alone (cut_out), not searched for in the text.
ACRONYM_PLURAL_RE = factored.compile(r"[A-Z]{2,4}s")
# A kind named after something: "Omegle-type", "'Marley and Me'-style". Found from the suffix.
STYLE_RE = factored.compile(r"-(?:style|type|like|esque|themed|inspired)\b")
STYLE_BEFORE_RE = factored.compile(r"(?:[\w'’]+|['‘\"“][^'’\"”\n]{1,40}['’\"”])\Z")
# Agencies that place pupils from abroad or stand as their guardian are firms, named after a
# founder's or a flower's name as often as a place's ("Ivy Guardianship", "Pearl River
# Guardians"): kept whole whatever their words.
FIRM_KINDS = ("Guardians", "Guardianship", "Placements", "Homestays", "Homestay")
ORG_KINDS = (
    "Police|Constabulary|Council|Team|team|Unit|unit|Service|Services|Partnership|"
    "Foundation|Hub|Board|Helpline|Network|Commission|Agency|Authority|Centre|Center|Charity|"
    "Project|Panel|Department|Directorate|Squad|Sub-Group|Subgroup|Committee|FA|"
    # A role of capitalised words is kept like a body when no word is a name: "Pupil Support
    # Leader", "Student Support Officer" (not "Mia Jones Youth Worker").
    "Officer|Leader|Worker|Assistant|Co-ordinator|Coordinator|Adviser|Advisor|Practitioner|"
    "Teacher|Mentor|Nurse|Manager|Counsellor|"
    # A notice, order or plan named in title case: "Child Abduction Warning Notice", "Sexual
    # Risk Order", "Child Protection Plan"; a programme or a festival: "Healthy Child
    # Programme", "Harvest Festival".
    "Notice|Order|Plan|Programme|Festival|"
    # An agricultural show and its ground: "the Eskdale Show", "Pickering Showground".
    "Show|Showground|"
    # A firm of lawyers, its letterhead in capitals perhaps: "Castlegate Solicitors LLP",
    # "MARSHGATE FAMILY LAW", "Priory Lane Legal"; an agency that places pupils from abroad
    # or stands as their guardian: "Albion Guardians", "EuroStudy Placements" (FIRM_KINDS).
    "Solicitors|SOLICITORS|LLP|Law|LAW|Legal|LEGAL|" + "|".join(FIRM_KINDS)
)
# The last words of an organisation's name before its kind that make it a setting for
# children, not a public body: "Riverside Youth Hub", "Tees Valley Learning Centre",
# "Trevarrick Outdoor Centre" (where a school's residential goes), "Twinkle Toes Dance
# Centre", "Arden Lane Performing Arts Centre", "Kirklees Young Carers Project", "Wolverton
# Youth & Community Centre".
SETTING_WORDS_BEFORE_KIND = (
    "youth",
    "learning",
    "education",
    "children's",
    "outdoor",
    "dance",
    # a riding school: "Langholm Riding Centre", "Lochside Equestrian Centre"
    "riding",
    "equestrian",
    "trekking",
    # where a home-educated child sits exams: "Merseyside Exam Centre", "Purley Tutorial Centre"
    "exam",
    "examination",
    "tutorial",
)
SETTING_PHRASES_BEFORE_KIND = (
    ["young", "carers"],
    ["performing", "arts"],
    ["youth", "&", "community"],
    ["youth", "and", "community"],
)
ORG_RE = factored.compile(
    r"[A-Z](?<![\w'’\-][A-Z])[\w'’\-]*[ \t]+(?:"
    + CONNECTOR
    + r"[ \t]+)?(?:"
    + CAP
    + r"[ \t]+(?:"
    + CONNECTOR
    + r"[ \t]+)?){0,5}(?:"
    + ORG_KINDS
    + r")\b"
)
# A capitalised word straight after an organisation's kind that is also a first name: its
# surname ("Charity Mbeki"), not a word of the organisation's ("Charity Commission").
NAME_AFTER_KIND_RE = factored.compile(
    r"[ \t]+(?!(?:Commission|Shop|Trustee|Trustees|Number|Fund|Event|Appeal)\b)[A-Z][a-z]+\b"
)
INITIAL_BEFORE_RE = factored.compile(r"(?<![\w.])[A-Z](?:-[A-Z])?\.[ \t]+\Z")
POST_INITIALS_AT_RE = factored.compile(r"(?:PC|DC|DS|PS|PCSO|Sgt)[ \t]+[A-Z]{2,3}[ \t]+")
# The kinds of youth setting ORG_RE would keep as a public body ("Youth Hub", "Youth Project",
# "Youth Centre"); children are known by them as by a school (patterns._youth_settings), while
# "Youth Justice Service" and "Youth Offending Team" stay.
YOUTH_SETTING_KIND_RE = factored.compile(r"(?:Hub|Project|Centre|Center|Department)\Z")
# The words before a place's own name that say which part of it: "North Yorkshire".
COMPASS_WORDS = word_set("north south east west northern southern eastern western central")
# A scouts' unit is a setting too: "Meanwood Explorer Unit", "Harrow Scout Unit".
UNIFORMED_UNIT_WORDS = word_set("explorer explorers scout scouts cadet cadets")
# Settings of the youngest children that the tuning sets label as schools: "Sparkbrook Family
# Hub", "Haig Road Early Years Centre".
EARLY_YEARS_KINDS = ("Family Hub", "Years Centre")
TRUST_WORDS = word_set("learning schools academies education educational")
SCHOOL_WORDS = word_set(
    "school academy college primary high grammar infants infant juniors junior ysgol gaelscoil "
    "referral inclusion nurture provision ap hospital"
)


@cache
def _person_words() -> frozenset[str]:

    lex = lexicon()
    return (lex.first_names | lex.surnames) - lex.protected - read_words("places.txt")


@cache
def _first_name_words() -> frozenset[str]:
    """Listed first names that are no protected word or place, lower case."""
    lex = lexicon()
    return lex.first_names - lex.protected - read_words("places.txt")


def _hospital_by_its_unit(m: re.Match[str]) -> bool:
    """Whether a MEDICAL_RE match ending in an emergency department or "General" names a
    hospital: no word before the unit is a listed first name ("Kyle A&E") or a rank ("Attorney
    General")."""
    words = [w.lower().strip("'’") for w in m.string[m.start() : m.start("unit")].split()]
    return (
        bool(words)
        and _first_name_words().isdisjoint(words)
        and not (m.group("unit") == "General" and words[-1] in GENERAL_RANKS)
    )


# A town where the text says it is a place: after "in", "at", "from", "near" ..., after a
# comma, or in brackets ("Lisnaharra College (Ballymena)", "6 Larch Walk, Dudley, DY1",
# "nr leominster"). Not before a capitalised word one space on ("from Preston Hale"; a form's
# next column, two spaces or a tab on, is not: "School, Bristol   Prepared by:") or a
# possessive. After a move or a journey "to" ("moving to Preston", "travelled to Chester"),
# not after "sent to" or "spoke to" (a person may stand there) nor "went to" (a school).
# Matched on the lower-cased text (faster than re.I).
TOWN_MOVE_TO = (
    r"(?:mov(?:e|es|ed|ing)|relocat(?:e|es|ed|ing)|travel(?:s|led|ling)?|"
    r"drove|driving|trip|journey|return(?:s|ed|ing)?|back|head(?:s|ed|ing))[ \t]+to"
)
TOWN_CONTEXT_RE = factored.compile(
    r"\b(?:in|at|from|near|nr\.?|around|outside|across|via|" + TOWN_MOVE_TO + r")[ \t]+"
    r"|,[ \t]*|\([ \t]*"
)
FIRST_WORD_RE = factored.compile(r"[^\W\d_][\w'’]*")
TOWN_WORDS_RE = factored.compile(r"[^\W\d_][\w'’]*(?:(?:[ \t]+|-)(?:[^\W\d_][\w'’]*)){0,3}")
SPEAKER_BEFORE_RE = factored.compile(r"(?:^|\n|[:;][ \t]|\bby[ \t])[ \t]*[^\W\d_][\w'’\-]*\Z")
SCHOOL_BEFORE_AT_RE = factored.compile(
    r"\b(?:(?:year|yr|y)[ \t]?\d{1,2}|pupils?|students?|kids|children|dsl|senco|teachers?|"
    r"head[ \t]+of[ \t]+year|ta|form[ \t]+tutor)[ \t]*\Z"
)
TOWN_AFTER_RE = factored.compile(r" [A-Z][a-z]|['’]s\b")


@cache
def _town_first_words() -> frozenset[str]:

    return frozenset(re.split(r"[ \-]", t, maxsplit=1)[0] for t in towns())


TOWN_WORD_SPLIT_RE = factored.compile(r"([ \t]+|-)")


@cache
def _town_first_runs() -> frozenset[str]:
    # A town's first word up to an apostrophe: the run of word characters it opens with.
    return frozenset(re.split(r"['’]", w, maxsplit=1)[0] for w in _town_first_words())


def _town_cue_before(low: str, end: int) -> tuple[int, str] | None:
    """The match of TOWN_CONTEXT_RE that ends at `end`, as (its start, its text), or None.

    TOWN_CONTEXT_RE's matches cannot overlap (each opens with a comma, a bracket or a word
    after \b, and none of those can stand inside another's match), so `finditer` finds every
    place it matches, and what ends at `end` is read backwards: blanks, then a comma, a
    bracket or one of the words.
    """
    pos = end
    while pos > 0 and low[pos - 1] in " \t":
        pos -= 1
    if pos > 0 and low[pos - 1] in ",(":
        return pos - 1, low[pos - 1 : end]
    if pos == end:
        return None
    m = TOWN_CUE_WORD_BEFORE_RE.search(low, max(0, pos - 20), pos)
    return (m.start(), low[m.start() : end]) if m is not None else None


# TOWN_CONTEXT_RE's words, ending where the blanks after them start.
TOWN_CUE_WORD_BEFORE_RE = factored.compile(
    r"\b(?:in|at|from|near|nr\.?|around|outside|across|via|" + TOWN_MOVE_TO + r")\Z"
)


def _town_cues(low: str, firsts: frozenset[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each match of TOWN_CONTEXT_RE in low after which a word of
    `firsts` stands (FIRST_WORD_RE's match), in order.

    Where such a match ends a run of word characters starts (blanks, a comma or a bracket
    stand before it) that opens a town's first word: the cues are found from those runs and
    read backwards, not by TOWN_CONTEXT_RE.finditer(low) (a cue at every comma, "in", "at"
    ...), which they equal.
    """
    starts, runs = word_runs(low)
    for i in compress(range(len(runs)), map(_town_first_runs().__contains__, runs)):
        end = starts[i]
        cue = _town_cue_before(low, end)
        if cue is None:
            continue
        # The first word decides most cues, so it is looked at first.
        first = FIRST_WORD_RE.match(low, end)
        if first is not None and first.group(0) in firsts:
            yield cue[0], end, cue[1]


def _towns(text: str, low: str) -> list[tuple[int, int]]:

    known = towns()
    firsts = _town_first_words()
    spans = []
    for cue_start, cue_end, cue_text in _town_cues(low, firsts):
        m = TOWN_WORDS_RE.match(text, cue_end)
        if m is None:
            continue
        if cue_text.startswith("at") and SCHOOL_BEFORE_AT_RE.search(
            low, max(0, cue_start - 30), cue_start
        ):
            continue  # "Year 10 at Thorpe Hamlet", "pupils at Kingsbridge": a school there
        if cue_text[0] == "," and SPEAKER_BEFORE_RE.search(text, max(0, cue_start - 40), cue_start):
            continue  # "Thornton, Beverley (DSL)": a surname and a forename, not a town
        if cue_text[0] == "," and _in_a_persons_slot(text, Entity(cue_end, m.end(), "PERSON")):
            continue  # "A colleague, Moira, viewed it": a person named like a town
        words = TOWN_WORD_SPLIT_RE.split(m.group(0))
        # The longest run of the words that names a town: "Hebden Bridge", "stoke-on-trent".
        for k in range(len(words), 0, -2):
            phrase = "".join(words[:k])
            folded = " ".join(phrase.lower().replace("’", "'").split())
            if folded in known:
                if folded in villages() and (
                    cue_text.startswith("at")
                    or (cue_text[0] in ",(" and _in_brackets(text, cue_start))
                ):
                    # "everyone at Heathfield", "a trust (pennine edge, hepworth clough)":
                    # schools named after their villages
                    break
                end = m.start() + len(phrase)
                if folded in _listed_names() and _surname_after(low, end):
                    break  # "(hope adeyinka yr 7)": a name and a surname, not Hope the town
                if RENAMED_AFTER_RE.match(text, end):
                    break  # "photos of Leyton (now Oliver Bryce, 6)": a child's birth name
                if cue_text[0] == "(" and (
                    AGE_OR_YEAR_AFTER_RE.match(low, end)
                    or (
                        folded in _listed_names()
                        and RELATION_BEFORE_BRACKET_RE.search(low, max(0, cue_start - 16), cue_end)
                    )
                ):
                    # "(Hope, Y10)", "(Ash, 15, they/them)", "her ex (brandon)": a person where
                    # a town might be
                    break
                if not TOWN_AFTER_RE.match(text, end):
                    spans.append((m.start(), end))
                elif folded in villages() and (after := _town_after(text, end)) is not None:
                    spans.append((m.start(), after))  # "Grangetown Cardiff": a district, a city
                break
    return spans


NEXT_WORDS_RE = factored.compile(r"[ \t]+([A-Z][a-z]+)(?:[ \t]+([A-Z][a-z]+))?")


def _town_after(text: str, end: int) -> int | None:
    """Where a town written straight after a district or village ends ("Grangetown Cardiff",
    "Moss Side Manchester"), or None when the capitalised words after end name no town, or a
    town that is also a listed name or surname ("Preston Hale" is a person)."""
    m = NEXT_WORDS_RE.match(text, end)
    if m is None:
        return None
    if m.group(2) and f"{m.group(1)} {m.group(2)}".lower() in towns():
        return m.end(2)
    first = m.group(1).lower()
    if first in _listed_names() or first in lexicon().surnames:
        return None
    if (
        first in towns()
        and first not in STREET_WORD_SET
        and not TOWN_AFTER_RE.match(text, m.end(1))
    ):
        return m.end(1)  # not "Brockley Grove": a street's or a school's word after a district
    return None


LOWER_WORD_AFTER_RE = factored.compile(r"[ \t]+([a-z][a-z'’\-]+)")
# A name in brackets before a year group or an age ("(Hope, Y10)", "(brandon, 15)"), or after
# a relation ("her ex (brandon)"), is a person; matched on the lower-cased text.
AGE_OR_YEAR_AFTER_RE = factored.compile(
    r"[ \t]*,[ \t]*(?:(?:y|yr|year|s|p)[ \t]?\d{1,2}\b|\d{1,2}[ \t]*(?:yrs?|y/?o)?[ \t]*[),])"
)
RELATION_BEFORE_BRACKET_RE = factored.compile(
    r"\b(?:ex|bf|gf|boyfriend|girlfriend|brother|sister|cousin|mum|dad|friend|mate|son|"
    r"daughter|uncle|auntie|aunty|nan|partner|bestie)[ \t]*\([ \t]*\Z"
)


def _surname_after(low: str, end: int) -> bool:

    m = LOWER_WORD_AFTER_RE.match(low, end)
    return m is not None and zipf_table().get(m.group(1), 0.0) < 3.0


def _in_brackets(text: str, pos: int) -> bool:
    line = text[max(0, text.rfind("\n", 0, pos) + 1) : pos]
    return line.rfind("(") > line.rfind(")")


# A town before a word that says it is a place: "Shipley bus station", "the Caernarfon
# youth club", "Lewisham CAIT", "near the Wisbech area"; with a landmark, both words are
# the place ("Chester Zoo", "Blackpool Pier"; not a moor or a castle: schools are named so).
# Matched on the lower-cased text.
PLACE_AFTER_RE = factored.compile(
    r" (?:area|areas|town[ \t]+centre|city[ \t]+centre|centre|bus[ \t]+station|"
    r"station|youth[ \t]+club|drop-in|library|high[ \t]+street|market|police|cait|"
    r"leisure[ \t]+centre|retail[ \t]+park|shopping[ \t]+centre|council|branch|office|"
    r"hospital|campus|estate|(?P<landmark>zoo|aquarium|museum|pier|beach|cathedral|airport|"
    r"arena|racecourse|sands|marina))\b"
)
WORD_SPLIT_RE = factored.compile(r"[ \t\-]")
TOWN_BEFORE_RE = factored.compile(r"(?:[^\W\d_][\w'’]*(?:[ \t]+|-)){0,3}[^\W\d_][\w'’]*\Z")


@cache
def _town_last_words() -> frozenset[str]:

    return frozenset(re.split(r"[ \-]", t)[-1] for t in towns())


def _towns_before_places(text: str, low: str) -> list[tuple[int, int]]:

    known = towns()
    spans = []
    lasts = _town_last_words()
    for cue in PLACE_AFTER_RE.finditer(low):
        # The word just before decides most cues, so it is looked at first.
        if WORD_SPLIT_RE.split(low[max(0, cue.start() - 30) : cue.start()])[-1] not in lasts:
            continue
        before = TOWN_BEFORE_RE.search(low, max(0, cue.start() - 60), cue.start())
        if before is None:
            continue
        words = TOWN_WORD_SPLIT_RE.split(before.group(0))
        # The longest run of words ending at the cue that names a town.
        for k in range(len(words), 0, -2):
            phrase = "".join(words[len(words) - k :])
            if " ".join(phrase.replace("’", "'").split()) in known:
                # "Chester Zoo", "Blackpool Pier": the landmark is a place with its town.
                end = cue.end() if cue.group("landmark") else cue.start()
                spans.append((cue.start() - len(phrase), end))
                break
    return spans


# A seaside town's pier named by its own word ("Clarence Pier funfair", "under Central Pier",
# "near the Palace Pier"): a landmark, where young people meet, no one's name.
PIER_RE = factored.compile(r"(?<![\w'’\-])Pier(?![\w'’\-])")
PIER_NAME_BEFORE_RE = factored.compile(r"(?<![\w'’\-])[A-Z][a-z]+[ \t]+\Z")


def _named_piers(text: str) -> list[tuple[int, int]]:
    """(start, end) of each pier named by one capitalised word before "Pier"."""
    spans = []
    for m in PIER_RE.finditer(text):
        before = PIER_NAME_BEFORE_RE.search(text, max(0, m.start() - 24), m.start())
        if before is not None:
            spans.append((before.start(), m.end()))
    return spans


# A police, railway or bus station named by its street or district: "at Trinity Road Police
# Station", "Sussex Police at John Street police station", "a fight from Wembley Park
# station" (a public place, not anyone's address).
STATION_RE = factored.compile(
    r"(?<![\w'’\-])(?P<n>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,3}?)[ \t]+"
    r"(?:(?:Police|police|Railway|railway|Train|train|Bus|bus|Tube|tube)[ \t]+)?"
    # An interchange: "Meadowhall Interchange". (Not a bus or tram stop: where a child waits
    # each morning locates the child.)
    r"(?:Station|station|Interchange|interchange)\b"
)
STATION_HINTS = (" station", " Station", " Interchange", " interchange")
STATION_NAME_ENDS = word_set(
    "road street lane park cross bridge square gate hill green central junction parkway way "
    "avenue place row broadway"
)


# A police station known by its street, in brackets after the force ("West Midlands Police
# (Steelhouse Lane)") or where an officer is based ("PC 6671 Stanbridge, is based at St
# Aldates"): a public building, no one's home.
POLICE_BASE_RE = factored.compile(
    r"(?:(?P<force>Police|Constabulary)[ \t]*\([ \t]*|\b(?:based|stationed)[ \t]+at[ \t]+)"
    r"(?P<n>(?:St\.?[ \t]+)?[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2})(?=[ \t]*[).,;\n]|\Z)"
)
# An officer named within a sentence before "based at": "PC", "DC", "Sgt", "officer".
OFFICER_BEFORE_RE = factored.compile(
    r"\b(?:PCSO|PC|DC|DS|Sgt|Sergeant|Inspector|officer|Officer)\b[^.\n]*\Z"
)


# Two stops a line, route or service runs between: "on the Cross City line between Kings
# Norton and Five Ways", "the 58 route between Hunslet and Belle Isle".
RUNS_BETWEEN_RE = factored.compile(
    r"\b(?:line|route|train|tram|bus|service|services)[ \t]+between[ \t]+"
    r"(?P<a>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2})[ \t]+and[ \t]+"
    r"(?P<b>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2})"
)


def _stops_between(text: str) -> list[tuple[int, int]]:
    """The two stops of RUNS_BETWEEN_RE, where neither opens with a listed name that is no
    town ("between Jade Smith and Kayla Brown" are people)."""
    lex = lexicon()
    spans = []
    for m in RUNS_BETWEEN_RE.finditer(text):
        pair = [m.span("a"), m.span("b")]
        if not any(
            lex.any_first_name(text[s:e].split()[0].lower()) and text[s:e].lower() not in towns()
            for s, e in pair
        ):
            spans += pair
    return spans


def _police_bases(text: str) -> list[tuple[int, int]]:
    """Police stations named by their street (POLICE_BASE_RE; a street's or a district's word
    last, a saint's name, or a town): after the force, or after "based at" with an officer
    named before in the sentence. Never an officer's name ("Police (Sarah Jones)")."""
    return [
        m.span("n")
        for m in POLICE_BASE_RE.finditer(text)
        if (_station_named(m.group("n")) or m.group("n").startswith("St"))
        and (
            m.group("force") is not None
            or OFFICER_BEFORE_RE.search(text, max(0, m.start() - 80), m.start()) is not None
        )
    ]


# A city's centre or a shopping centre a station or stop is named after: "Cathedral",
# "Meadowhall Interchange".
STATION_PLACES = word_set("cathedral meadowhall university hospital airport")


def _station_named(name: str) -> bool:
    """Whether the words before "station" name a place (a street's or a district's word last,
    or a town), not the person a station's name may follow ("Jordan Smith station manager")."""
    return (
        name.split()[-1].lower() in STATION_NAME_ENDS
        or name.lower() in towns()
        or name.lower() in STATION_PLACES
    )


# A word of another language in quotes, glossed in English in brackets after it: 'he is our
# "kababayan" (countryman)', '"bean an tí" (host mother)'.
QUOTED_GLOSS_RE = factored.compile(
    r"[\"“](?P<w>[a-z][a-z'’\-]+(?:[ \t][a-z][a-z'’\-]+){0,2})[\"”][ \t]*"
    r"\((?P<g>[a-z][a-z'’\-]+(?:[ \t][a-z][a-z'’\-]+){0,3})\)"
)
GLOSS_WORD_MIN_ZIPF = 2.5


def _quoted_glosses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted word and of its gloss where every word of the gloss is
    English (QUOTED_GLOSS_RE, GLOSS_WORD_MIN_ZIPF) and no word of either a listed name ('"jojo"
    (joseph)' is a name and its long form)."""
    table = zipf_table()
    listed = _listed_names()
    spans = []
    for m in QUOTED_GLOSS_RE.finditer(text):
        words = m.group("g").split()
        if all(zipf_of(w, table) >= GLOSS_WORD_MIN_ZIPF and w not in listed for w in words) and (
            listed.isdisjoint(m.group("w").split())
        ):
            spans += [m.span("w"), m.span("g")]
    return spans


# A county of Ireland (or Durham) after "County" or "Co.": "from Ennis in County Clare",
# "Coalisland, Co. Tyrone", "lives in Co Kerry"; several are first names, kept only here.
COUNTY_RE = factored.compile(r"(?<![\w'’\-])(?:County|Co\.?)[ \t]+(?P<c>[A-Z][a-z]+)(?![\w'’\-])")
COUNTIES = word_set(
    "antrim armagh carlow cavan clare cork derry donegal down dublin fermanagh galway kerry "
    "kildare kilkenny laois leitrim limerick longford londonderry louth mayo meath monaghan "
    "offaly roscommon sligo tipperary tyrone waterford westmeath wexford wicklow durham"
)


# Three or more counties listed together, one at least no listed name: "the county boards of
# Tyrone, Kerry, Clare and Mayo" (not "Kerry and Clare", who may be two girls).
_COUNTY = r"(?:" + "|".join(sorted(c.capitalize() for c in COUNTIES)) + r")"
COUNTY_LIST_RE = factored.compile(
    r"(?<![\w'’\-])" + _COUNTY + r"(?:[ \t]*,[ \t]*" + _COUNTY + r")+"
    r"(?:,?[ \t]+(?:and|or|&)[ \t]+" + _COUNTY + r")?(?![\w'’\-])"
)
COUNTY_ITEM_RE = factored.compile(r"[A-Z][a-z]+")


def _county_lists(text: str) -> list[tuple[int, int]]:
    """(start, end) of each list of three counties or more (COUNTY_LIST_RE) one of which at
    least is no listed first name or surname."""
    spans = []
    for m in COUNTY_LIST_RE.finditer(text):
        items = [c.lower() for c in COUNTY_ITEM_RE.findall(m.group(0))]
        if len(items) >= 3 and not _listed_names().issuperset(items):
            spans.append(m.span())
    return spans


NOT_AFTER_TITLE_RE = factored.compile(
    r"(?:\b(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|lady|lord|rev|cllr)\.?[ \t]+)\Z", re.I
)


@cache
def _countries() -> frozenset[str]:
    """Countries (data/countries.txt) but those of one word that is also a listed first name
    or surname ("Jordan", "Georgia", "India"): those are kept only where a place is."""

    listed = _listed_names()
    return frozenset(c for c in read_words("countries.txt") if " " in c or c not in listed)


@cache
def _closed_words_re() -> RunStart:

    words = nationalities() | read_words("acronyms.txt") | _countries()
    # Not after the Arabic article of a surname: "Mohammed Al-Farsi", "Noor El-Masri" (a
    # nationality after another stays: "Turkish-Cypriot").
    regex = factored.compile(
        r"(?<![AaEe]l-)\b(?:" + trie_regex(sorted(words), _phrase_char) + r")(?![\w'’\-@]|\.\w)"
    )
    # Every match opens at \b with a word's first run, which a non-word character follows.
    return RunStart(regex, first_runs(words))


FIRST_NAME_BEFORE_RE = factored.compile(r"(?<![\w'’\-])([A-Z][a-z]+) \Z")


def _after_first_name(text: str, start: int) -> bool:
    """Whether a capitalised first name stands one space before `start`: a listed one, or a
    word English hardly knows and no list keeps ("Gheorghe")."""
    m = FIRST_NAME_BEFORE_RE.search(text, max(0, start - 20), start)
    if m is None:
        return False
    low = m.group(1).lower()
    lex = lexicon()
    if low in towns() or low in _unnamed_places() or low in nationalities():
        return False  # "Skye Gaelic": a place's language; "Malayali Hindus": two peoples
    return lex.any_first_name(low) or (
        low not in lex.protected and zipf_table().get(low, 0.0) < FIRST_NAME_BEFORE_MAX_ZIPF
    )


# A word before a nationality or country this rare is a first name ("Gheorghe Moldovan").
FIRST_NAME_BEFORE_MAX_ZIPF = 2.5


# A capitalised word after a country of one word makes it a first name ("Chad Warner"); a
# compass point or "Central" after a town makes a district of it ("Swansea East").
CAPITALISED_AFTER_RE = factored.compile(r"[ \t]+(?!(?:North|South|East|West|Central)\b)[A-Z]")
LAST_WORD_RE = factored.compile(r"([^\W\d_]+)\.?[ \t]+\Z")


@cache
def _unnamed_places() -> frozenset[str]:
    """Towns, London boroughs, the nations, regions, counties and cities of data/places.txt
    ("Londonderry"), cities abroad (data/cities_abroad.txt) and countries no word of which
    is a listed first name or surname ("Keighley", "Hebden Bridge", "Lewisham", "Karachi";
    not "Preston" nor "Beverley"), nor a village (schools are named after villages)."""

    listed = _listed_names() | lexicon().protected
    places = (
        read_words("towns.txt")
        | read_words("districts.txt")
        | read_words("places.txt")
        | read_words("cities_abroad.txt")
        | _countries()
    )
    return frozenset(
        p for p in places - villages() if not any(w in listed for w in re.split(r"[ \-]", p))
    )


# Words for people that follow a place as they would a name: "Keighley lad", "Lewisham girls".
PEOPLE_AFTER_PLACE = word_set(
    "lad lads lass lasses girl girls boy boys kid kids teen teens family families man men "
    "woman women youth youths gang"
)


def _place_part(words: list[str], places: frozenset[str]) -> bool:
    """Whether a finding's words (as written) are a place, or a place and a word for people
    ("Cleckheaton lad"; not "Greenhithe Manor", "Oakley Dunn")."""
    low = [w.lower().replace("’", "'") for w in words]
    if low[-1] in PEOPLE_AFTER_PLACE and words[-1] == low[-1] and len(low) > 1:
        low = low[:-1]
    return " ".join(low) in places


# A town named for its river or place, joined by hyphens: "Hay-on-Wye", "Newcastle-under-
# Lyme", "Ashby-de-la-Zouch", "Bolton-le-Sands"; no one's name is written so.
JOINED_PLACE_RE = factored.compile(
    r"[A-Z][a-z]+(?:-(?:on|upon|under|in|by|le|la|de|next|super|cum)){1,2}"
    r"(?:-(?:the|la|le|sea|Sea))?-[A-Z][a-z]+"
)


# Places read as names, by their shape rather than a list: a capitalised word no list holds
# as a first name or surname, standing where a place stands. After "in" or "near" ("lives in
# Sparkbrook", "near Llandderfel"), not before a possessive or a comma ("in Okafor's room" is
# a person's, "lives in Oakbank, Sedbergh Road" a house); after a town ("Hartlepool
# Headland"); before "near" and a town after a comma ("Sandy Lane, Hutton, near Preston"); or
# closing a note's heading (its first line or its subject) after a comma or a dash
# ("Detached session, Wednesday evening, Craigmillar.", "Subject: Online safety - Bala");
# or between a comma and a postcode ("31 Plashet Grove, East Ham, E6 9ZZ").
# Not after "outside" or "at", nor before a town alone: schools and houses stand there
# ("outside Hillcrest", "Penrhos, Colwyn Bay", "Hollybank, Knutsford"); nor at the end of any
# line ("Thanks, Ewa").
PLACE_PREPOSITION_BEFORE_RE = factored.compile(r"(?<![\w'’\-])(?:in|near|nr|In|Near)[ \t]+\Z")
# Where a caller rang from: "caller (mum) rang from Islay, line v bad".
CALLED_FROM_BEFORE_RE = factored.compile(
    r"(?<![\w'’\-])(?i:rang|ringing|rings|calling|phoning|phoned)[ \t]+from[ \t]+\Z"
)
PLACE_TOWN_AFTER_RE = factored.compile(
    r",[ \t]*near[ \t]+(?P<t>[A-Z][\w'’]*(?:[ \t\-][A-Z][\w'’]*)?)(?![\w'’])"
)
PLACE_TOWN_BEFORE_RE = factored.compile(r"(?<![\w'’\-])(?P<t>[A-Z][a-z]+)[ \t]+\Z")
PLACE_POSTCODE_AFTER_RE = factored.compile(r",?[ \t]*[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b")
PLACE_HEADING_BEFORE_RE = factored.compile(r"(?:,|[ \t][-–])[ \t]*\Z")
PLACE_HEADING_AFTER_RE = factored.compile(r"\.?[ \t]*(?:\n|\Z)|[ \t]+[-–][ \t]|\.[ \t]")
PLACE_POSSESSIVE_AFTER_RE = factored.compile(r"['’]s?(?![\w])|[ \t]*,")
PLACE_HEADING_LINE_RE = factored.compile(r"(?:\A|\n)[ \t]*(?:Subject|Re|Topic)[ \t]*:", re.I)
# A sign-off before the comma or dash is no heading: "Can you help? Thanks, Folake", "I think.
# - Dympna" (names.INLINE_SIGN_OFF_RE finds the name).
PLACE_SIGN_OFF_BEFORE_RE = factored.compile(
    r"(?:(?<![\w'’])(?:thanks|thank[ \t]+you|cheers|regards|wishes|ta|thx)[ \t]*,"
    r"|[.?!)][ \t]+[-–—~])[ \t]*\Z",
    re.I,
)


def _place_by_shape(text: str, ent: Entity, listed: frozenset[str]) -> bool:
    """Whether a finding is one capitalised word standing where a place stands (see above):
    after "rang from" any such word, elsewhere one no name list holds."""
    word = text[ent.start : ent.end]
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    s, e = ent.start, ent.end
    if e < len(text) and text[e] in "'’":
        return False
    if CALLED_FROM_BEFORE_RE.search(text, max(0, s - 20), s):
        return True  # no one is rung from, listed name or none
    low = word.lower()
    if low in listed or lexicon().any_first_name(low):
        return False
    before = LAST_WORD_RE.search(text, max(0, s - 14), s)
    if before is not None and before.group(1).lower() in TITLE_WORDS:
        return False
    if PLACE_PREPOSITION_BEFORE_RE.search(text, max(0, s - 10), s) and not (
        PLACE_POSSESSIVE_AFTER_RE.match(text, e)
    ):
        return True
    town = PLACE_TOWN_BEFORE_RE.search(text, max(0, s - 30), s)
    if (
        town is not None
        and town.group("t").lower() in towns()
        and not CAPITALISED_AFTER_RE.match(text, e)
    ):
        return True
    after = PLACE_TOWN_AFTER_RE.match(text, e)
    if after is not None and after.group("t").lower() in towns():
        return True
    if text[max(0, s - 2) : s].endswith((", ", ",")) and PLACE_POSTCODE_AFTER_RE.match(text, e):
        return True  # "31 Brindlecote Grove, Marshwick, E6 9ZZ": the district before a postcode
    if not (
        PLACE_HEADING_BEFORE_RE.search(text, max(0, s - 4), s)
        and PLACE_HEADING_AFTER_RE.match(text, e)
    ) or PLACE_SIGN_OFF_BEFORE_RE.search(text, max(0, s - 16), s):
        return False
    line_start = text.rfind("\n", 0, s) + 1
    return text.find("\n", 0, line_start) < 0 or bool(
        PLACE_HEADING_LINE_RE.match(text, line_start - 1 if line_start else 0)
    )


TITLE_WORDS = word_set("mr mrs ms miss mx dr prof sir dame lady lord pc dc ds sgt rev cllr pcso")


# A town in a list of places: "covering Stanley and Annfield Plain", "Bolton, Wigan, Bury and
# Stanley", "our Stanley and Consett schools". The place beside it, joined by a comma, "and",
# "or" or "&", is one no listed name shares, or a place no finding reads as a person.
LISTED_PLACE_BEFORE_RE = factored.compile(
    r"(?<![\w'’\-])(?P<p>[A-Z][\w'’]*(?:[ \t\-][A-Z][\w'’]*)?)"
    r"(?:[ \t]*,|[ \t]+(?:and|or|&))[ \t]+\Z"
)
LISTED_PLACE_AFTER_RE = factored.compile(
    r"(?:[ \t]*,|[ \t]+(?:and|or|&))[ \t]+(?P<p>[A-Z][\w'’]*(?:[ \t\-][A-Z][\w'’]*)?)"
)


def _listed_with_places(text: str, ent: Entity, found: list[Entity]) -> bool:
    """Whether a finding that is a town is listed beside another place (see above)."""
    if text[ent.start : ent.end].lower() not in towns():
        return False
    before = LAST_WORD_RE.search(text, max(0, ent.start - 14), ent.start)
    if before is not None and before.group(1).lower() in TITLE_WORDS:
        return False
    candidates: list[tuple[int, int]] = []
    m = LISTED_PLACE_BEFORE_RE.search(text, max(0, ent.start - 40), ent.start)
    if m is not None:
        candidates.append(m.span("p"))
    m = LISTED_PLACE_AFTER_RE.match(text, ent.end)
    if m is not None:
        # "Annfield Plain", or its first word ("Consett" of "Consett Durham").
        candidates.append(m.span("p"))
        first = m.group("p").split()[0]
        candidates.append((m.start("p"), m.start("p") + len(first)))
    for start, end in candidates:
        place = text[start:end].lower()
        if place in _unnamed_places() or (
            place in towns() and not any(o.start < end and start < o.end for o in found)
        ):
            return True
    return False


def places_named_as_people(text: str, people: Iterable[Entity]) -> list[Entity]:
    """People found by the name rules or model without those that are a town named with
    hyphens ("Hay-on-Wye"), or a town, borough or country no name shares, standing as a
    place: no title before it, no capitalised word after it and no longer name holding it
    elsewhere in the text ("Keighley lad, 14", "in Keighley and Hebden Bridge"; not "Sgt
    Keighley", nor "Oakley" after "Oakley Dunn")."""
    places = _unnamed_places()
    found = list(people)
    out = []
    listed = _listed_names()
    for ent in found:
        words = text[ent.start : ent.end].split()
        if ent.type == "PERSON" and JOINED_PLACE_RE.fullmatch(text, ent.start, ent.end):
            continue  # "near Hay-on-Wye": a town, whatever the lists hold
        if ent.type == "PERSON" and len(words) == 1 and _place_by_shape(text, ent, listed):
            continue
        if ent.type == "PERSON" and len(words) <= 2 and _listed_with_places(text, ent, found):
            continue
        if ent.type == "PERSON" and _place_part(words, places):
            first = words[0].lower()
            before = LAST_WORD_RE.search(text, max(0, ent.start - 14), ent.start)
            if (
                (before is None or before.group(1).lower() not in ADDRESS_WORDS)
                # After a capitalised first name it is a surname: "a Dean Holloway".
                and not (len(words) == 1 and _after_first_name(text, ent.start))
                # A town's name that stands in a person's slot once is that person's name
                # in the rest of the text ("Ash (16) ... Ash said"), but where a place stands
                # ("lives in Ash"). Read only for the few findings that are a town.
                and not (
                    _slotted_somewhere(text, found, text[ent.start : ent.end])
                    and not PLACE_PREPOSITION_BEFORE_RE.search(
                        text, max(0, ent.start - 10), ent.start
                    )
                )
                and not CAPITALISED_AFTER_RE.match(text, ent.end)
                and not any(
                    o.type == "PERSON"
                    and o.end - o.start > ent.end - ent.start
                    and first in text[o.start : o.end].lower().split()
                    for o in found
                )
            ):
                continue
        out.append(ent)
    return out


# Where a town's name stands for a person: after a word for a relation (names.RELATION_WORDS:
# "mum Shelley rang", "Alfie's mum Leigh"), or between commas after a word for a person ("A
# colleague, Moira, viewed it", "another learner, Brandon, airdropped it").
KIN_BEFORE_RE = factored.compile(
    r"(?<![\w'’])(?:" + "|".join(sorted(RELATION_WORDS)) + r")[ \t]+\Z", re.I
)
# A name given as one: "chosen name Ash", "deadname: Ash", "her name is Ash".
NAME_GIVEN_BEFORE_RE = factored.compile(
    r"(?<![\w'’])(?:(?:chosen|preferred|new|old|birth|legal|given|dead|real|full)[ \t\-]*name|"
    r"(?:sur|first[ \t]|last[ \t]|family[ \t])?name)(?:[ \t]+(?:is|was))?[ \t]*:?[ \t]*\Z",
    re.I,
)
# A letter's greeting on a line of its own: "Hi Moira,", "Dear Ash".
GREETING_LINE_BEFORE_RE = factored.compile(
    r"(?:\A|\n)[ \t]*(?:hi|hello|hiya|hey|dear|morning|good[ \t]+(?:morning|afternoon))[ \t]+\Z",
    re.I,
)
GREETING_END_RE = factored.compile(r"[ \t]*(?:[,!]|\n|\Z)")
APPOSITION_BEFORE_RE = factored.compile(
    r"(?<![\w'’])(?:colleague|pupil|student|learner|girl|boy|child|friend|parent|carer|"
    r"member[ \t]+of[ \t]+staff|teacher|volunteer|worker|"
    # Kin: "his estranged brother, Tyrone, who has had problems".
    r"brother|sister|son|daughter|cousin|uncle|aunt|auntie|nephew|niece|grandson|"
    r"granddaughter|husband|wife|partner|boyfriend|girlfriend|stepdad|stepmum|stepbrother|"
    r"stepsister|"
    # One of a group: "one of them, Brandon, wrote", "one of the boys, Ely, said".
    r"one[ \t]+of[ \t]+(?:them|the[ \t]+(?:boys|girls|lads|pupils|students|children|kids)))"
    r"[ \t]*,[ \t]*\Z",
    re.I,
)
APPOSITION_AFTER_RE = factored.compile(r"[ \t]*,[ \t]*[a-z]")
# A child's name before the name given since: "Leyton (now Oliver Bryce, aged 6)".
RENAMED_AFTER_RE = factored.compile(r"[ \t]*\([ \t]*now[ \t]+(?:called[ \t]+)?[A-Z]")
# A couple named after the word for them: "Jasmine's parents, Lee and Tracy Hearn", "the
# carers, Dale & Bev".
COUPLE_BEFORE_RE = factored.compile(
    r"(?<![\w'’])(?:parents|carers|grandparents|adopters|guardians|couple)[ \t]*,[ \t]*\Z", re.I
)
COUPLE_NAMES_RE = factored.compile(r"[A-Z][\w'’]*[ \t]+(?:and|&)[ \t]+[A-Z][a-z]")
# "our cook, ", "the driver, ", "Our SENCo, ": a job's holder named next (names.JOB_WORDS).
JOB_APPOSITION_BEFORE_RE = factored.compile(
    r"(?<![\w'’])(?:our|the|my|your|their)[ \t]+(?:"
    + "|".join(sorted(JOB_WORDS))
    + r")[ \t]*,[ \t]*\Z",
    re.I,
)
# A person's age or pronouns in brackets after the name: "Ash (16, he/him)", "Ash (she/her)".
AGE_OR_PRONOUNS_AFTER_RE = factored.compile(
    r"[ \t]*\([ \t]*(?:\d{1,2}[ \t]*(?:yrs?|y/?o)?[ \t]*[),]|(?:he|she|they)/(?:him|her|them)\b)",
    re.I,
)
# Opening a bracket before an age: "(Ash, 15, they/them)".
AGE_IN_BRACKET_AFTER_RE = factored.compile(r"[ \t]*,[ \t]*\d{1,2}[ \t]*(?:yrs?|y/?o)?[ \t]*[),]")


def _slotted_somewhere(text: str, found: list[Entity], mention: str) -> bool:
    """Whether a person's finding written as `mention` stands in a person's slot."""
    return any(
        e.type == "PERSON" and text[e.start : e.end] == mention and _in_a_persons_slot(text, e)
        for e in found
    )


# A person's part in brackets after a name: "Brandon (volunteer)", "Ely (chair)".
ROLE_IN_BRACKETS_AFTER_RE = factored.compile(
    r"[ \t]*\([ \t]*(?P<r>[A-Za-z][A-Za-z \-]{1,30}?)[ \t]*\)"
)
BRACKETED_ROLES = word_set(
    "me volunteer volunteers chair treasurer secretary dsl ddsl head leader coach trainee student "
    "mum dad carer"
)


def _in_a_persons_slot(text: str, ent: Entity) -> bool:
    s = ent.start
    if (
        KIN_BEFORE_RE.search(text, max(0, s - 16), s)
        or NAME_GIVEN_BEFORE_RE.search(text, max(0, s - 20), s)
        or AGE_OR_PRONOUNS_AFTER_RE.match(text, ent.end)
        or RENAMED_AFTER_RE.match(text, ent.end)
    ):
        return True
    if text[max(0, s - 1) : s] == "(" and AGE_IN_BRACKET_AFTER_RE.match(text, ent.end):
        return True
    if GREETING_LINE_BEFORE_RE.search(text, max(0, s - 24), s) and GREETING_END_RE.match(
        text, ent.end
    ):
        return True  # "Hi Moira,": a letter's greeting, not the village
    if JOB_APPOSITION_BEFORE_RE.search(text, max(0, s - 30), s):
        return True  # "and our cook, Shirley.": the cook's name, not the village
    if (role := ROLE_IN_BRACKETS_AFTER_RE.match(text, ent.end)) is not None and (
        role.group("r").lower() in BRACKETED_ROLES or role.group("r").lower() in roles()
    ):
        return True  # "Karolina (me), Brandon (volunteer)": a helper, not the town
    if COUPLE_BEFORE_RE.search(text, max(0, s - 16), s) and COUPLE_NAMES_RE.match(text, s):
        return True  # "parents, Lee and Tracy Hearn": a parent's name, not the district
    return bool(
        APPOSITION_BEFORE_RE.search(text, max(0, s - 24), s)
        and APPOSITION_AFTER_RE.match(text, ent.end)
    )


# A capitalised acronym of 2-5 letters after a word that makes it a thing, not a person's
# initials: "a current DBS", "our SLT", "his EHCP". Not after "the" ("the QEGS lot" is a
# school) nor "that" ("reports that KO and ..."). Each pattern below is found from a cheap
# anchor (the capitals, "called", "on", "account") and the words before it looked at after:
# one pattern that opens with a list of words is tried at every position and costs more.
CAPITALS_RE = factored.compile(r"[A-Z][A-Z]{1,4}(?![\w'’\-@.])")
ACRONYM_BEFORE_RE = factored.compile(
    r"(?<![\w'’\-])(?:a|an|our|your|their|his|her|its|current|enhanced|valid)[ \t]+\Z"
)
# A product or service where the text says so: "a game called AVAKIN LIFE", "an app called
# Wink", "on Zalo and Facebook", "the Zalo account". Names are kept out by the name lists
# and by refusing a possessive ("on Jake's phone").
CALLED_ANCHOR_RE = factored.compile(r" (?:called|named)[ \t]+")
CALLED_BEFORE_RE = factored.compile(
    r"(?<![\w'’\-])(?:app|apps|game|games|site|website|platform|server|service|programme|"
    r"program)\Z"
)
# A player named in a game, not the game: "someone in game called TeddyBearHugs".
IN_GAME_BEFORE_RE = factored.compile(r"\b(?:in|on)[ \t]+(?:the[ \t]+)?game\Z")
# A work named so is kept whole, listed names and all: "a game called Hunter: Call of the
# Wild", "a book called Wonder", "a song called Jolene".
CALLED_WORK_BEFORE_RE = factored.compile(
    r"(?<![\w'’\-])(?:game|games|film|movie|book|novel|show|series|song|track|podcast)\Z"
)
QUOTES = frozenset("\"“”'‘’")
# A title or a thing's name in double quotes after the kind of thing it names, with an
# article or "called" (not 'her contacts show "Nadia F"'): 'the film "Sky High"', 'a song
# called "Karen"', 'The app is called "Messenger Kids"', 'something called "the Benadryl
# challenge"'. A work is kept whole, names and all; an app or a thing only where it holds no
# listed name and no possessive.
OPEN_QUOTE_RE = factored.compile(r"(?<![\w\"“])[\"“](?=\S)")
QUOTED_KIND_BEFORE_RE = factored.compile(
    # The article, and a maker's name in capitals perhaps: 'the CBBC show "Jamie Johnson"'.
    r"(?<![\w'’\-])(?:(?P<a>(?i:the|a|an|this|that|our|his|her|their|my|your|new))[ \t]+"
    r"(?:[A-Z][\w'’\-]*[ \t]+)?)?"
    r"(?i:(?P<w>film|movie|book|novel|show|series|song|track|podcast|musical|album|poem)|app|"
    r"game|challenge|trend|something|filter|website)"
    r"(?i:[ \t]+(?:is|was))?(?P<c>[ \t]+(?i:called|named|titled))?[ \t]+\Z"
    # A show put on: 'We're rehearsing "Oliver!" for June', 'putting on "Matilda"'.
    r"|(?<![\w'’\-])(?P<p>(?i:rehearsing|rehearse|performing|perform|staging|putting[ \t]+on|"
    # Works given as examples: 'book titles like "Rose Blanche", "Matilda"'.
    r"(?:titles|books|films|songs|shows|musicals|poems)[ \t]+(?:like|such[ \t]+as|including)))"
    r"[ \t]+\Z"
)
QUOTED_TITLE_RE = factored.compile(r"[^\"“”\n]{1,40}(?=[\"”])")
# The next title of a list of them in quotes: '"Matilda", "Amazing Grace" and "Wonder"'.
NEXT_QUOTED_RE = factored.compile(
    r"[\"”][ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)[\"“]"
)
# Words in quotes listed as words, three or more in lower case, a gloss in brackets after one
# perhaps: 'e.g. "mark" (as in marking), "will", "ray" (of sunshine), "bill"' (the words a
# filter or a lesson is about, not people); each a word as well as a name, if a name.
QUOTED_WORD_LIST_RE = factored.compile(
    r"[\"“][a-z]{2,12}[\"”](?:[ \t]*\([^()\n]{1,30}\))?"
    r"(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?[\"“][a-z]{2,12}[\"”](?:[ \t]*\([^()\n]{1,30}\))?){2,}"
)
QUOTED_WORD_RE = factored.compile(r"(?<=[\"“])[a-z]{2,12}(?=[\"”])")
CALLED_TAIL_RE = factored.compile(
    r"(?:[A-Z][\w.]*|[a-z][a-z.]*[a-z])(?:[ \t]+[A-Z][A-Z\w]*){0,2}(?![\w'’@])"
)
ON_ANCHOR_RE = factored.compile(r" (?:on|via|through|using) ")
ON_BEFORE_RE = factored.compile(
    r"(?<![\w'’\-])(?:met|meets|meeting|chatting|chats|chat|talking|talks|talk|messaged|"
    r"messaging|messages|contacted|contacting|added|adding|posted|posting|posts|followed|"
    r"following|plays|playing|play|streaming|streams|live|is|was|were|are|been|him|her|them|"
    r"us|me|videos|pics|photos|profile|number|details|record|account|accounts|"
    r"verification)\Z"
)
ON_TAIL_RE = factored.compile(
    r"(?:[A-Z][a-z]{2,}|[A-Z]{3,}|[a-z]{3,})"
    r"(?=[ \t]*(?:[.,;:!?)\n]|$|[ \t]+(?:and|or|but|account|app|chat|too|as|when|where|"
    r"which|who|after|before|for|with|about|is|was|again|yesterday|today|last|every)\b))"
)
# Products and services used, listed two or more together: "use Spond and TeamApp for
# messaging", "uses Pitchero and FA Full-Time", "using Zalo, Viber or Line". A person is seldom
# what is used, and never several with "and" ("used Jake's phone" is refused below).
USE_ANCHOR_RE = factored.compile(r" (?:use|uses|used|using) ")
_PRODUCT = r"(?:[A-Z][\w'’]*(?:-[A-Z][\w]*)?(?:[ \t]+[A-Z][\w'’]*(?:-[A-Z][\w]*)?)?)"
USED_LIST_RE = factored.compile(
    _PRODUCT
    + r"(?:(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)"
    + _PRODUCT
    + r")+(?![\w'’\-])"
)
USED_ITEM_RE = factored.compile(_PRODUCT)
ACCOUNT_ANCHOR_RE = factored.compile(
    r" (?:account|accounts|app|profile|chat|group|server|settings?|feature|subscription|"
    r"cameras?|headsets?|consoles?|doorbells?|trackers?)\b"
)
ACCOUNT_BEFORE_RE = factored.compile(r"(?<![\w'’\-@.])(?:[A-Z][a-z]{2,}|[A-Z]{3,})\Z")


# Songs sung, played or covered, one or a list: "singing Jolene and Hey Jude", "covers include
# Seven Nation Army and Zombie", "sang Happy Birthday". The words of a title are capitalised,
# or small words between them ("Sweet Child o' Mine"); "to", "at" and "with" end it ("sang
# Happy Birthday to Leah").
SONG_CUE_RE = factored.compile(
    r"(?<![\w'’\-])(?:singing|sang|sings|sing|covers?[ \t]+(?:include|including|of|like)|"
    r"(?:songs?|tracks?|tunes?)[ \t]+(?:like|called|such[ \t]+as|including))[ \t]+"
)
_TITLE = (
    r"[A-Z][\w'’]*(?:[ \t]+(?:(?:of|the|a|an|o'|in|on|my|your|me|you|it|is|no|for|and[ \t]+the)"
    r"[ \t]+)*[A-Z][\w'’]*)*"
)
WORK_TITLE_RE = factored.compile(_TITLE + r"(?::[ \t]+" + _TITLE + r")?")
SONG_LIST_RE = factored.compile(
    _TITLE + r"(?:(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)" + _TITLE + r")*"
)


# A stone or metal before what is made of it, not a girl called Jade or Ruby: "a jade
# bracelet", "her ruby ring". Found from the thing made, in the lower-cased text.
JEWEL_RE = factored.compile(
    r" (?:bracelets?|necklaces?|rings?|earrings?|pendants?|chains?|beads|anklets?|watch|"
    r"brooch)(?![\w'’])"
)
MATERIAL_BEFORE_RE = factored.compile(
    r"(?<![\w'’\-])(?:jade|ruby|amber|pearl|crystal|coral|opal|sapphire|emerald|diamond|gold|"
    r"silver)\Z"
)


# A plant before what grows or is made of it, and a stone or metal before an anniversary: "the
# rowan trees", "jasmine tea", "a holly bush", "their ruby anniversary". Found from the thing.
PLANT_THING_RE = factored.compile(
    r" (?:trees?|bush|bushes|hedges?|hedgerow|leaves|petals?|blossom|tea|teas|oil|"
    r"(?:wedding[ \t]+)?anniversary)(?![\w'’])"
)
PLANT_BEFORE_RE = factored.compile(
    r"(?<![\w'’\-])(?:rowan|holly|ivy|hazel|jasmine|rose|heather|willow|lily|daisy|poppy|olive|"
    r"laurel|myrtle|rosemary|sage|basil|juniper|cherry|ash|ruby|pearl|golden|silver|diamond|"
    r"coral|crystal|emerald|sapphire|tin|paper)\Z"
)
# A list of three or more plants or birds, as classes, houses or teams are named: "classes
# named after trees (Willow, Hazel, Rowan, Holly)", "Oak, Ash and Rowan class", "houses: Robin,
# Wren, Kestrel". Several of the words are girls' names too, so the list is kept only where a
# word before it says what they are, or one of its words is nobody's name (oak, kestrel).
_LIST_ITEM = (
    r"(?:rowan|holly|ivy|hazel|willow|jasmine|rose|heather|lily|daisy|poppy|olive|laurel|myrtle|"
    r"rosemary|sage|juniper|cherry|ash|oak|elm|beech|birch|maple|cedar|pine|yew|sycamore|"
    r"chestnut|alder|aspen|hawthorn|blackthorn|elder|linden|larch|spruce|fir|magnolia|iris|"
    r"violet|bluebell|primrose|sunflower|tulip|lavender|snowdrop|daffodil|buttercup|clover|"
    r"robin|wren|owl|kestrel|swift|heron|kingfisher|finch|falcon|eagle|hawk|raven|sparrow|"
    r"skylark|lark|swallow|puffin|osprey|merlin|jay|starling|goldfinch|nightingale|dove)"
)
PLANT_LIST_RE = factored.compile(
    r"(?<![\w'’\-])"
    + _LIST_ITEM
    + r"(?:(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)"
    + _LIST_ITEM
    + r"){2,}(?![\w'’\-])"
)
# Every match opens with a listed word after no word character, and a non-word character
# follows the word.
PLANT_LIST = RunStart(PLANT_LIST_RE, _LIST_ITEM[3:-1].split("|"))
PLANT_LIST_CUE_RE = factored.compile(
    r"\b(?:trees?|plants?|flowers?|birds?|named[ \t]+after|houses|classes|class[ \t]+names)\b"
)
PLANT_FOR_THING = {
    "anniversary": word_set(
        "ruby pearl golden silver diamond coral crystal emerald sapphire tin paper"
    ),
}


# A capitalised word after one space: a surname after a phrase's last word.
SURNAME_NEXT_RE = factored.compile(r"[ \t][A-Z][a-z'’\-]*[a-z](?![\w@])")


def _runs_into_surname(text: str, start: int, end: int) -> bool:
    """Whether a kept phrase ends in a listed first name that a capitalised word follows."""
    last = text[start:end].rsplit(None, 1)[-1].lower()
    return last in lexicon().first_names and SURNAME_NEXT_RE.match(text, end) is not None


@cache
def _listed_names() -> frozenset[str]:
    lex = lexicon()
    return lex.first_names | lex.surnames | lex.ambiguous | lex.context_only


# A post written in Welsh, Irish or Scottish Gaelic, as bilingual signatures give it: the post's
# noun first, then up to three words that name no one ("Swyddog Diogelu | Safeguarding
# Officer", "Rheolwr Gwaith Ieuenctid", "Oifigeach Leanaí / Children's Officer", "Múinteoir
# Gaeilge"). Written from general knowledge of those languages' job titles.
OTHER_LANGUAGE_POST_RE = factored.compile(
    r"\b(?:Swyddog|Rheolwr|Pennaeth|Dirprwy|Athro|Athrawes|Arweinydd|Cydlynydd|Gweithiwr|"
    r"Cynorthwyydd|Oifigeach|Bainisteoir|Príomhoide|Múinteoir|Ceannaire|Cathaoirleach|"
    r"Rúnaí|Stiùiriche|Tidsear|Ceannard|Oifigear)"
    r"(?:[ \t]+(?P<w>[^\W\d_][\w'’\-]*)){0,3}"
)
OTHER_LANGUAGE_POST_HINTS = factored.compile(
    r"Swyddog|Rheolwr|Pennaeth|Dirprwy|Athr|Arweinydd|Cydlynydd|Gweithiwr|Cynorthwyydd|"
    r"Oifigeach|Bainisteoir|Príomhoide|Múinteoir|Ceannaire|Cathaoirleach|Rúnaí|Stiùiriche|"
    r"Tidsear|Ceannard|Oifigear"
)
OTHER_LANGUAGE_WORD_RE = factored.compile(r"[ \t]+([^\W\d_][\w'’\-]*)")


def _other_language_posts(text: str) -> list[tuple[int, int]]:
    """Posts in Welsh, Irish or Gaelic (OTHER_LANGUAGE_POST_RE), with the words after the
    post's noun that are no listed name and no English word."""
    spans = []
    names = _person_words()
    table = zipf_table()
    for m in OTHER_LANGUAGE_POST_RE.finditer(text):
        end = m.start() + len(m.group(0).split()[0])
        for w in OTHER_LANGUAGE_WORD_RE.finditer(text, end, m.end()):
            low = w.group(1).lower()
            if low in names or zipf_of(low, table) >= 3.0 or w.start() != end:
                break
            end = w.end()
        spans.append((m.start(), end))
    return spans


def _closed_classes(text: str, low: str) -> list[tuple[int, int]]:
    """Nationalities and languages, acronyms, products and services named as such, and a
    stone or metal before jewellery: never a person's name ("Mr French" is one)."""
    spans = []
    for m in _closed_words_re().finditer(low):
        if NOT_AFTER_TITLE_RE.search(low, max(0, m.start() - 12), m.start()):
            continue
        if text[m.start()].isupper() and _after_first_name(text, m.start()):
            continue  # "Ionela Moldovan", "Bethany Ireland": a surname
        if (
            " " not in m.group(0)
            and m.group(0) in _countries()
            and CAPITALISED_AFTER_RE.match(text, m.end())
        ):
            continue  # "Chad Warner", "Sudan Ali": a first name
        spans.append(m.span())
    found: list[tuple[int, int]] = []
    for m in CAPITALS_RE.finditer(text):
        if ACRONYM_BEFORE_RE.search(low, max(0, m.start() - 12), m.start()) and not (
            m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "'’-@.")
        ):
            found.append(m.span())  # "ITS LUCY" in capitals: a listed name stays out below
    for m in CALLED_ANCHOR_RE.finditer(low):
        tail = CALLED_TAIL_RE.match(text, m.end())
        if tail is None and text[m.end() : m.end() + 1] in QUOTES:
            # In quotes: 'a game called "Gorilla Tag"', 'an app called "FaceSwap Pro"'.
            tail = CALLED_TAIL_RE.match(text, m.end() + 1)
            if tail is not None and text[tail.end() : tail.end() + 1] not in QUOTES:
                tail = None
        if IN_GAME_BEFORE_RE.search(low, max(0, m.start() - 16), m.start()):
            continue
        if tail and CALLED_BEFORE_RE.search(low, max(0, m.start() - 12), m.start()):
            found.append(tail.span())
        work = CALLED_WORK_BEFORE_RE.search(low, max(0, m.start() - 8), m.start())
        title = WORK_TITLE_RE.match(text, m.end()) if work is not None else None
        if title is not None and not text.startswith(("'s", "’s"), title.end()):
            spans.append(title.span())
    if '"' in text or "“" in text:
        for m in OPEN_QUOTE_RE.finditer(text):
            kind = QUOTED_KIND_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
            if kind is None or not (kind.group("a") or kind.group("c") or kind.group("p")):
                continue  # 'her contacts show "Nadia F"': a verb, not a show
            title = QUOTED_TITLE_RE.match(text, m.end())
            if title is None:
                continue
            if kind.group("w") or kind.group("p"):
                spans.append(title.span())
                while (more := NEXT_QUOTED_RE.match(text, title.end())) is not None and (
                    title := QUOTED_TITLE_RE.match(text, more.end())
                ) is not None:
                    spans.append(title.span())
            elif "'s" not in title.group(0) and "’s" not in title.group(0):
                found.append(title.span())  # not 'a game called "Ollie's condo"
        if '", "' in text or "”, “" in text:
            lex = lexicon()
            for m in QUOTED_WORD_LIST_RE.finditer(text):
                words = QUOTED_WORD_RE.findall(text, m.start(), m.end())
                if all(w not in lex.first_names or w in lex.ambiguous for w in words):
                    spans.append(m.span())
    for m in ON_ANCHOR_RE.finditer(low):
        tail = ON_TAIL_RE.match(text, m.end())
        if tail and ON_BEFORE_RE.search(low, max(0, m.start() - 14), m.start()):
            found.append(tail.span())
    for m in USE_ANCHOR_RE.finditer(low):
        items = USED_LIST_RE.match(text, m.end())
        if items is not None:
            found += [i.span() for i in USED_ITEM_RE.finditer(text, items.start(), items.end())]
    for m in SONG_CUE_RE.finditer(text):
        titles = SONG_LIST_RE.match(text, m.end())
        if titles is not None and not text.startswith(("'s", "’s"), titles.end()):
            spans.append(titles.span())
    for m in ACCOUNT_ANCHOR_RE.finditer(low):
        before = ACCOUNT_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        if before:
            found.append(before.span())
    for m in JEWEL_RE.finditer(low):
        material = MATERIAL_BEFORE_RE.search(low, max(0, m.start() - 10), m.start())
        if material:
            spans.append((material.start(), m.end()))
    for m in PLANT_THING_RE.finditer(low):
        before = PLANT_BEFORE_RE.search(low, max(0, m.start() - 10), m.start())
        if before is None:
            continue
        thing = m.group(0).split()[-1]
        allowed = PLANT_FOR_THING.get(thing)
        if allowed is not None and before.group(0) not in allowed:
            continue  # "rose anniversary" is no anniversary's name
        if allowed is None and before.group(0) in PLANT_FOR_THING["anniversary"]:
            continue  # "a silver tree" is not a kind of tree
        spans.append((before.start(), m.end()))
    if "," in low or " and " in low:
        listed = _listed_names()
        for m in PLANT_LIST.finditer(low):
            words = re.findall(r"[a-z]+", m.group(0))
            cue = PLANT_LIST_CUE_RE.search(low, max(0, m.start() - 40), m.start())
            if cue is not None or any(w not in listed and w != "and" for w in words):
                spans.append(m.span())
    names = _listed_names()
    for start, end in found:
        words = low[start:end].split()
        if any(w in names for w in words) or text.startswith(("'s", "’s"), end):
            continue
        spans.append((start, end))
    return spans


# A form's place field: "TOWN: CROYDON", "Area: North Tyneside", "Local authority: Kirklees",
# "where do you live (area only): Lewis". The value is a place whatever its words (a
# surname-like town among them); one with a number is an address and is left to the address
# recognisers.
PLACE_FIELD_RE = LineStart(
    r"^[ \t]*(?:town|city|area|county|region|borough|district|local[ \t]+authority|la|location|"
    r"island|nearest[ \t]+town|home[ \t]+area|"
    r"where[ \t]+do[ \t]+you[ \t]+live(?:[ \t]*\([^()\n]{1,20}\))?)"
    r"[ \t]*:[ \t]*(?P<v>[^\W\d_][^\W\d_'’\- \t]*(?:[ \t]+[^\W\d_][^\W\d_'’\-]*){0,3})"
    # its county after it in brackets: "Town: Keady (Co. Armagh)"
    r"(?:[ \t]*\([^()\n]{2,30}\))?[ \t]*$",
    re.M | re.I,
)


# A bilingual form's label, its own language's word before the English one: "Enw / Name:",
# "Rôl / Role:", "Magaca / Name:".
TRANSLATED_LABEL_RE = LineStart(
    r"^[ \t]*(?P<w>[^\W\d_][^\W\d_'’\-]*(?:[ \t][^\W\d_][^\W\d_'’\-]*)?)[ \t]*/[ \t]*"
    r"(?:name|full[ \t]+name|role|job|email|e-mail|phone|telephone|mobile|address|postcode|"
    r"school|setting|date|age|child|parent|relationship)\b[^:\n]{0,20}:",
    re.M | re.I,
)


# A class or a nursery's room named after a tree, a bird or a flower: "Robin Class", "Rose
# class", "the Willow Room", "Willow (babies), Robin (toddlers)". The word is one English
# writes (Zipf 3.0 and up) and no first name but one that is a word too ("Willow"), so
# "Kacie class" and "Amelia (babies)" are not.
ROOM_HINTS = ("lass", "oom", "(babies", "(toddlers", "(pre", "(under")
ROOM_NAME_RE = factored.compile(
    # One space before the word ("Willow Class"); not a form's next field after a gap
    # ("Pupil: Bailey Whitfield   Class: Willow").
    r"(?P<w>[A-Z](?<![\w'’][A-Z])[a-z]{2,})(?:[ \t](?:Class|class|Room|room)\b(?![ \t]*:)|"
    r"[ \t]+\((?:babies|toddlers|pre-?school|preschoolers|under[ \t-]?[23]s)\))"
)
ROOM_WORD_MIN_ZIPF = 3.0
# A hospital, GP surgery, clinic or hospice, named in title case, whoever it is named after: a
# public service, not a person ("Royal Victoria Infirmary", "Queen Elizabeth University
# Hospital", "Whitley Wood Medical Centre", "Upton Hospital, Paediatric Outpatients"). Not
# after a title ("Dr Khan Surgery" may be the doctor's). A hospital by its place and its
# emergency department, or as a town's general hospital, is one too ("Arrowe Park ED",
# "Wexham Park A&E", "Cheltenham General"), where no word of it is someone's name and
# "General" is no rank ("Attorney General").
MEDICAL_HINTS = (
    "Hospital",
    "Infirmary",
    "Surgery",
    "Hospice",
    "Clinic",
    "Medical",
    "Health",
    "Outpatients",
    "A&E",
    "ED",
    "Emergency",
    "General",
    "Ysbyty",
    "Vets",
    "Veterinary",
)
# Not "in" nor "on" between its words: "Tyrese in Barnsley Hospital" is a person in one.
MEDICAL_RE = factored.compile(
    r"[A-Z](?<![\w'’\-][A-Z])[\w'’\-]*(?:[ \t]+(?:(?:and|&|of|for|the)[ \t]+)?" + CAP + r"){0,5}?"
    r"[ \t]+(?:Hospital|Infirmary|Surgery|Hospice|Clinic|Outpatients|"
    r"(?:Medical|Health)[ \t]+(?:Centre|Center|Practice)|"
    # a vet's practice, a public service as a doctor's is: "Penrhos Vets", "Hollybush
    # Veterinary Group"
    r"Vets|Veterinary[ \t]+(?:Group|Practice|Hospital|Centre|Center|Surgery|Clinic)|"
    r"(?P<unit>A&E|ED|Emergency[ \t]+Department|General))(?![\w&])"
)
GENERAL_RANKS = word_set(
    "attorney secretary director major brigadier surgeon inspector lieutenant solicitor "
    "governor consul postmaster registrar auditor adjutant comptroller paymaster accountant "
    "advocate procurator vicar commissary quartermaster"
)
# A hospital named after "A&E" or a Welsh "Ysbyty" (hospital): "A&E at Castle Hill", "A&E
# Northwick Park", "Ysbyty Gwynedd".
HOSPITAL_AFTER_RE = factored.compile(
    r"(?:A&E|Ysbyty)[ \t]+(?:at[ \t]+|in[ \t]+)?(?P<h>" + CAP + r"(?:[ \t]+" + CAP + r"){0,2})"
)
# A motto in quotes on the last line, as a signature ends: '"Lux et Veritas"', '"You'll
# Never Walk Alone" (not official, but true)'. Two to six words, those of four letters or
# more capitalised, no name on the lists, no question or clause ('"Hi Ebony! ..."').
MOTTO_RE = factored.compile(
    r"(?:\A|\n)[ \t]*[\"“](?P<m>[^\"“”\n]{2,58}[ \t][^\"“”\n]{1,58})[\"”][ \t]*"
    r"(?:\([^()\n]{1,40}\))?[ \t]*\s*\Z"
)
MOTTO_WORD_RE = factored.compile(r"[^\W\d_]+")
# The same on the last line of a signature in a mail chain, before the mail it answers or
# forwards ('"Ad astra per aspera"\n\nFrom: ...', '"Cymru, Cyd-ddyn, Crist"\n---- Forwarded'):
# up to eight words in any case, no listed name, no question.
SIGNATURE_MOTTO_RE = factored.compile(
    r"(?:\A|\n)[ \t]*[\"“](?P<m>[^\"“”\n]{2,70})[\"”][ \t]*\n\s*"
    r"(?=From:|-{2,}|_{5,}|>|On [^\n]{5,80} wrote:)"
)
MOTTO_ENDS = ('"', "”", ")")


# A boarding school's houses, in a text about boarding: "Wolsey House", "St Catherine's House",
# "Housemistress, St Brigid's", "House: St Margaret's", "HM Wolsey" (a house's name, not a
# person's; a children's home named so elsewhere is a setting, left to the school rules).
BOARDING_HINT_RE = factored.compile(
    r"(?i:boarding|boarders?\b|house[ \t]?(?:master|mistress|parent)|exeat)"
)
# A house's name: one or two capitalised words before "House", a saint's perhaps.
_HOUSE_NAME = r"(?P<h>(?:St\.?[ ])?[A-Z][\w'’\-]+(?:[ ][A-Z][\w'’\-]+)?[ ]House)"
BOARDING_HOUSE_RE = factored.compile(
    r"(?<![\w'’\-])" + _HOUSE_NAME + r"\b(?![ \t]*:)"
    r"|\b(?:House[ \t]?(?:master|mistress|parent)|HM|House)[ \t]*[,:][ \t]*"
    r"(?P<h2>(?:St\.?[ \t]+)?[A-Z][\w'’\-]+(?:[ \t]+House\b)?)"
)
# A school's house after a pupil's year group, whatever the text is about: "(Year 11, Selwyn
# House)", "(Y8, St Catherine's House)".
YEAR_HOUSE_RE = factored.compile(r"\b(?:Year|Yr|Y)[ \t]?\d{1,2}[ \t]*,[ \t]*" + _HOUSE_NAME + r"\b")
# A team, a band or a show before "fan": "Kobe is a big Argyle fan", "Man City fans" (no
# private person is written so).
FAN_AFTER_RE = factored.compile(r"[ \t]fans?\b")
FAN_OF_RE = factored.compile(r"(?<![\w'’\-])(?:[A-Z][\w'’\-]*[ \t]+){1,3}\Z")


# A care leaver's personal adviser, written "PA" in leaving-care notes ("PA: Obinna Eze", "PA
# to contact helpline", "Jasmine Dhaliwal, PA"): a post, unless a name with those initials
# stands before it in brackets ("Penny Ahmadi (PA)").
LEAVING_CARE_HINT_RE = factored.compile(
    r"(?i:personal[ \t]+advis[eo]r|leaving[ \t]+care|pathway[ \t]+plan|care[ \t]+leaver|18\+)"
)
ADVISER_RE = factored.compile(r"\bPA\b")
ADVISER_INITIALS_BEFORE_RE = factored.compile(r"\bP[\w'’\-]*[ \t]+A[\w'’\-]*[ \t]*\(\Z")


def _advisers(text: str) -> list[tuple[int, int]]:
    return [
        m.span()
        for m in ADVISER_RE.finditer(text)
        if ADVISER_INITIALS_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) is None
    ]


def keep_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, merged spans of text that must survive (see the module docstring)."""
    low = lowered(text)
    # Lower-casing keeps offsets for nearly every text; where it does not ("İ"), the list
    # is skipped rather than matched at the wrong place.
    spans = [m.span() for m in _phrase_re().finditer(low)] if len(low) == len(text) else []
    # A phrase after a title names a person: "Mr Jack Wills", not the shop; so does one
    # ending in a first name that a surname follows: "Ms Rachel Ogundipe", not the show.
    spans = [
        (s, e)
        for s, e in spans
        if TITLE_BEFORE_RE.search(text, max(0, s - 6), s) is None
        and not _runs_into_surname(text, s, e)
    ]
    shapes = SHAPE_RES
    if any(hint in text for hint in VISITOR_PLACE_HINTS):
        shapes += (VISITOR_PLACE_RE,)
    for shape in shapes:
        spans += [m.span() for m in shape.finditer(text) if not _person_called_storm(text, m)]
    if len(low) == len(text):
        spans += _towns(text, low)
        spans += _towns_before_places(text, low)
        spans += _closed_classes(text, low)
    if ":" in text:
        spans += [m.span("v") for m in PLACE_FIELD_RE.finditer(text)]
        if "/" in text:
            spans += [m.span("w") for m in TRANSLATED_LABEL_RE.finditer(text)]
    if "Jan" in text or "jan" in text:
        spans += [m.span("m") for m in MONTH_AFTER_RE.finditer(text)]
    if "Pier" in text:
        spans += _named_piers(text)
    if "Co" in text:
        spans += [m.span() for m in COUNTY_RE.finditer(text) if m.group("c").lower() in COUNTIES]
    if "," in text:
        spans += _county_lists(text)
    if "(" in text and ('"' in text or "“" in text):
        spans += _quoted_glosses(text)
    if " between " in text:
        spans += _stops_between(text)
    if any(kind in text for kind in STATION_HINTS):
        spans += [m.span() for m in STATION_RE.finditer(text) if _station_named(m.group("n"))]
    if "based at" in text or "stationed at" in text or "Police" in text or "Constabulary" in text:
        spans += _police_bases(text)
    spans += group_names_of_nobody(text)
    if any(hint in text for hint in ROOM_HINTS):
        spans += [
            m.span("w")
            for m in ROOM_NAME_RE.finditer(text)
            if zipf_of(low := m.group("w").lower(), zipf_table()) >= ROOM_WORD_MIN_ZIPF
            and (low not in lexicon().first_names or low in lexicon().ambiguous)
        ]
    if any(hint in text for hint in MEDICAL_HINTS):
        spans += [
            m.span()
            for m in MEDICAL_RE.finditer(text)
            if TITLE_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()) is None
            and TITLE_AT_RE.match(text, m.start()) is None
            and (m.group("unit") is None or _hospital_by_its_unit(m))
        ]
        spans += [
            m.span()
            for m in HOSPITAL_AFTER_RE.finditer(text)
            if _first_name_words().isdisjoint(w.lower() for w in m.group("h").split())
        ]
    text_end = len(text.rstrip())
    if text.endswith(MOTTO_ENDS, 0, text_end):
        motto = MOTTO_RE.search(text, max(0, text_end - 90))
        words = MOTTO_WORD_RE.findall(motto.group("m")) if motto is not None else []
        if (
            motto is not None
            and len(words) <= 6
            and all(w[0].isupper() for w in words if len(w) > 3)
            and not any(c in motto.group("m") for c in "?!,:;")
            and not _listed_names().intersection(w.lower() for w in words)
        ):
            spans.append(motto.span("m"))  # not 'she said\n"Jake Smith"': a name
    if " House" in text:
        spans += [m.span("h") for m in YEAR_HOUSE_RE.finditer(text)]
    if ("House" in text or "HM" in text) and BOARDING_HINT_RE.search(text):
        # (a house is named only beside "House" or "HM": the quick look first)
        spans += [m.span("h" if m.group("h") else "h2") for m in BOARDING_HOUSE_RE.finditer(text)]
    if " fan" in text:
        for m in FAN_AFTER_RE.finditer(text):
            team = FAN_OF_RE.search(text, max(0, m.start() - 40), m.start() + 1)
            if team is not None:
                spans.append((team.start(), m.start()))
    if OTHER_LANGUAGE_POST_HINTS.search(text):
        spans += _other_language_posts(text)
    if "PA" in text and LEAVING_CARE_HINT_RE.search(text):
        spans += _advisers(text)
    if "From:" in text or "Forwarded" in text or "Original Message" in text:
        for motto in SIGNATURE_MOTTO_RE.finditer(text):
            words = MOTTO_WORD_RE.findall(motto.group("m"))
            if (
                len(words) <= 8
                and not any(c in motto.group("m") for c in "?!:;")
                and not _listed_names().intersection(w.lower() for w in words)
            ):
                spans.append(motto.span("m"))  # a forwarded mail's signature ends with it
    for anchor in ACT_ANCHOR_RE.finditer(text):
        for m in ACT_RE.finditer(text, max(0, anchor.start() - 120), anchor.end() + 6):
            if m.start() <= anchor.start() < m.end():
                spans.append(m.span())
                break
    for suffix in STYLE_RE.finditer(text):
        before = STYLE_BEFORE_RE.search(text, max(0, suffix.start() - 44), suffix.start())
        if before is not None:
            spans.append((before.start(), suffix.end()))
    names = _person_words()
    for m in ORG_RE.finditer(text):
        if m.group(0).endswith("Charity") and NAME_AFTER_KIND_RE.match(text, m.end()):
            continue  # "Gracie Ndiaye and Charity Mbeki": two girls, no charity
        words = [w.lower().strip("'’") for w in m.group(0).split()[:-1]]
        if (
            any(w in SCHOOL_WORDS for w in words)
            or words[-2:] == ["sixth", "form"]
            or (
                m.group(0).endswith("Partnership")
                and words[-1] in TRUST_WORDS
                and not all(w in TRUST_GENERIC_WORDS for w in words[:-1])
            )
        ):
            # "Oakfield Academy Trust", "Durham Sixth Form Centre", "Medway Valley Learning
            # Partnership" name a school or the schools of a trust
            continue
        setting = words[-1].replace("’", "'") in SETTING_WORDS_BEFORE_KIND or any(
            words[-len(phrase) :] == phrase for phrase in SETTING_PHRASES_BEFORE_KIND
        )
        if (
            (setting and YOUTH_SETTING_KIND_RE.search(m.group(0)))
            or (m.group(0).endswith(("Unit", "Centre")) and words[-1] in UNIFORMED_UNIT_WORDS)
            or m.group(0).endswith(EARLY_YEARS_KINDS)
            or (
                words[-1] == "music"
                and m.group(0).endswith(("Hub", "Service", "Centre"))
                and " ".join(w for w in words[:-1] if w not in COMPASS_WORDS) not in towns()
                and words[:-1] != ["youth"]
            )
            or words[-1] == "respite"
            or words[-2:] == ["short", "breaks"]
            or names_provision_setting(text, m.group(0))
        ):
            # "Riverside Youth Hub", "Ely Youth Project", "Tees Valley Learning Centre",
            # "New Testament Church of God Youth Department", "Meanwood Explorer Unit",
            # "Horizons Education Centre", "Southwark Young Carers Project", "Sunnyside
            # Children's Centre": a setting, named like a school; so is "Greenway Centre"
            # where the text speaks of alternative provision; and so are a family hub, an
            # early years centre and a cadet centre, a town's own hub aside
            # (patterns._youth_settings); and a disabled children's short-break or respite
            # unit ("Little Oaks Respite Centre", "Oakfield Short Breaks Unit"); and a music
            # service, hub or centre where children learn ("Severnside Music Service"), a
            # county's or a city's aside ("Surrey Music Hub")
            continue
        # A person's name before the kind is a person ("Mia Jones, Team Lead" aside), but
        # in a firm's name (FIRM_KINDS); a name that is also a place or a kept word is not
        # ("Devon", "Lancashire").
        start = m.start()
        firm = m.group(0).endswith(FIRM_KINDS)
        for w in m.group(0).split()[:-1]:
            low_w = w.lower().strip("'’")
            if (low_w in names and not firm) or low_w.rstrip(".") in TITLE_WORDS:
                start = -1  # "Mr Ezekiel Nartey  Pastoral Assistant": someone, and a role
                break
        if start >= 0:
            if INITIAL_BEFORE_RE.search(text, max(0, start - 6), start):
                # A surname after an initial: "K. Asante-Boateng JNC Youth Worker" keeps its
                # role only.
                start = text.index(" ", start) + 1
            elif (officer := POST_INITIALS_AT_RE.match(text, start)) is not None:
                start = officer.end()  # "PC SJ Gwent Police": the officer's initials go
            spans.append((start, m.end()))
    if not spans:
        return []
    spans.sort()
    merged = [spans[0]]
    for s, e in spans[1:]:
        if s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


# A form's field label opening the line before a value: "Young person: ", "Name: ".
FIELD_BEFORE_RE = factored.compile(r"^[ \t]*[A-Za-z][\w '’()/-]{0,30}:[ \t]*\Z", re.M)


# "Jan" as the month after a word of time, not before a capitalised word ("since Jan", "in
# jan"; "since Jan Kowalski").
MONTH_AFTER_RE = factored.compile(
    r"\b(?:since|until|till|from|in|last|early|late|mid|by|before|after)[ \t]+"
    r"(?P<m>Jan|jan)(?![\w'’\-])(?![ \t]+[A-Z])"
)


def _person_called_storm(text: str, m: re.Match[str]) -> bool:
    """A named storm's shape that is a person called Storm: its name no listed first name
    (storms are given first names: "Storm Arwen") and a listed surname or a form's field
    value ("Young person: Storm Quigley")."""
    found = m.group(0)
    if not found.startswith("Storm"):
        return False
    name = found.split()[-1].lower()
    lex = lexicon()
    if lex.any_first_name(name):
        return False
    return (
        name in lex.surnames
        or FIELD_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) is not None
    )


EDGE = " \t\n-–—,;:.()[]'\"‘’“”/|&"


TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|MR|MRS|MS|MISS|DR)\.?"
TITLE_BEFORE_RE = factored.compile(r"\b" + TITLE + r"[ \t]+\Z")
TITLE_AT_RE = factored.compile(TITLE + r"[ \t]")
LEADING_ARTICLE_RE = factored.compile(r"(?:the|The|THE|our|Our|a|A)[ \t]+")


KEPT_JOINERS = frozenset(("and", "&", "or", ","))


def _kept_but_joiners(text: str, ent: Entity, overlapping: list[tuple[int, int]]) -> bool:
    """Whether kept spans cover a finding but for one joiner between them ("Rocket League
    and EA FC")."""
    if len(overlapping) < 2 or overlapping[0][0] > ent.start or overlapping[-1][1] < ent.end:
        return False
    gaps = " ".join(text[e:s] for (_, e), (s, _) in pairwise(overlapping))
    return gaps.strip() in KEPT_JOINERS


def cut_out(entities: Iterable[Entity], spans: list[tuple[int, int]], text: str) -> list[Entity]:
    """Findings without what must survive: one wholly inside a kept span is dropped; a name
    that runs into one keeps only its parts outside, trimmed of punctuation. A finding that is
    an acronym's plural in capitals ("DMs") is dropped too. `spans` are sorted and merged, as
    keep_spans gives them (so their starts and their ends both rise)."""
    entities = [
        e
        for e in entities
        if text[e.end - 1] != "s" or not ACRONYM_PLURAL_RE.fullmatch(text, e.start, e.end)
    ]
    if not spans:
        return entities
    out: list[Entity] = []
    ends = [e for _, e in spans]
    count = len(spans)
    for ent in entities:
        # The spans ending after the finding starts, up to the first starting at its end or
        # after: those it overlaps, found by bisection instead of a pass over every span.
        first = bisect_right(ends, ent.start)
        if first == count or spans[first][0] >= ent.end:
            out.append(ent)
            continue
        last = first + 1
        while last < count and spans[last][0] < ent.end:
            last += 1
        overlapping = spans[first:last]
        # Inside a kept span but for an article before it: "the Citizens Advice".
        article = LEADING_ARTICLE_RE.match(text, ent.start, ent.end)
        inner = ent.start if article is None else article.end()
        if any(s <= inner and ent.end <= e for s, e in overlapping):
            continue
        if ent.type == "SCHOOL" and _kept_but_joiners(text, ent, overlapping):
            continue  # "play Rocket League and EA FC": kept games, one where a club's kind stood
        if ent.type != "PERSON":
            # An address on "King's Lynn Road" is still an address; one that starts inside a
            # kept span ("Year 7, Ashfield Croft", "head of year 10, kirkstall brow") starts
            # after it.
            start = max((e for s, e in overlapping if s < ent.start), default=ent.start)
            while start < ent.end and text[start] in EDGE:
                start += 1
            if any(s <= start and ent.end <= e for s, e in overlapping):
                continue  # what is left is kept too: "9, Year 9" before a postcode
            if start < ent.end and any(c.isalpha() for c in text[start : ent.end]):
                out.append(Entity(start, ent.end, ent.type))
            continue
        pos = ent.start
        pieces = []
        for s, e in overlapping:
            pieces.append((pos, max(pos, s)))
            pos = max(pos, e)
        pieces.append((pos, ent.end))
        for s, e in pieces:
            while s < e and text[s] in EDGE:
                s += 1
            while e > s and text[e - 1] in EDGE:
                e -= 1
            if e > s and any(c.isalpha() for c in text[s:e]):
                out.append(Entity(s, e, ent.type))
    return out


# --- public figures and characters named as such ----------------------------------------------
@cache
def _figure_re() -> RunStart:
    """data/public_figures.txt's names, matched on lower-cased text as whole words; not where
    a hyphen joins on a second surname ("Zayn Malik-Osei" is someone else)."""
    names = _phrase_lines("public_figures.txt")
    regex = factored.compile(
        r"\b(?:" + trie_regex(names, _phrase_char) + r")(?![\w]|['’](?!s\b)|-[^\W\d_])"
    )
    return RunStart(regex, first_runs(names))


# What puts a famous name in a person's place in this text (it is someone's own name then):
# a chat's speaker or a signature at a line's start ("[10:14] Mo Farah: ...", "Mark Hamill,
# Vice Principal"), a form's field for a person ("Name: Lewis Hamilton"), a role or kin word
# before it ("teaching assistant Lewis Carroll", "a dad (Jack Harlow?)"), or the writer
# saying so ("(not the driver)", "that's his real name").
FIGURE_LINE_START_RE = factored.compile(
    r"(?:^|\n)[ \t>*\-•]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?:\d{1,2}[:.]\d{2}[ \t]*(?:-[ \t]*)?)?\Z"
)
FIGURE_SPEAKER_AFTER_RE = factored.compile(r"[ \t]*(?::|,[ \t]*[A-Z]|\n|\Z)")
FIGURE_FIELD_BEFORE_RE = factored.compile(
    r"(?i:name|from|to|cc|child|pupil|student|parent|carer|caller|target|victim|subject|"
    r"alleged|perpetrator|suspect|referrer|contact|signed|staff|teacher|sender|author|"
    r"posted[ \t]+by|reported[ \t]+by|young[ \t]+person)[^:\n]{0,16}:[ \t]*\Z"
)
FIGURE_ROLE_BEFORE_RE = factored.compile(
    r"(?<![\w'’])(?i:assistant|teacher|pupil|student|boy|girl|lad|man|woman|coach|parent|"
    r"colleague|neighbour|caretaker|member|volunteer|called|named|dad|mum|father|mother|son|"
    r"daughter|brother|sister|uncle|aunt|cousin|friend|boyfriend|girlfriend)[ \t]*\(?[ \t]*\Z"
)
# A quoted account's name on a line about accounts: 'display names in the group: "Big
# Dave", "Mickey Mouse"'.
FIGURE_ACCOUNT_BEFORE_RE = factored.compile(
    r"(?i:display[ \t]+names?|user[ \t]?names?|accounts?|profiles?|gamertags?|handles?)"
    r"[^\n]{0,80}[\"“]\Z"
)
FIGURE_SAID_RE = factored.compile(
    r"(?i:not[ \t]+the[ \t]|real[ \t]+name|no[ \t]+relation|same[ \t]+name|named[ \t]+after)"
)


def _figure_in_slot(text: str, s: int, e: int) -> bool:
    """Whether the famous name at text[s:e] stands in a person's slot (see above)."""
    if FIGURE_LINE_START_RE.search(text, max(0, s - 40), s) and FIGURE_SPEAKER_AFTER_RE.match(
        text, e
    ):
        return True
    if FIGURE_FIELD_BEFORE_RE.search(text, max(0, s - 40), s) or (
        text[s - 1 : s] in ('"', "“") and FIGURE_ACCOUNT_BEFORE_RE.search(text, max(0, s - 100), s)
    ):
        return True
    if FIGURE_ROLE_BEFORE_RE.search(text, max(0, s - 24), s) or TITLE_BEFORE_RE.search(
        text, max(0, s - 6), s
    ):
        return True
    return FIGURE_SAID_RE.search(text, e, e + 50) is not None or _in_a_persons_slot(
        text, Entity(s, e, "PERSON")
    )


def without_public_figures(text: str, found: Iterable[Entity]) -> list[Entity]:
    """Findings without the people who lie inside a public figure's or a character's name
    (data/public_figures.txt: "Kate Winslet's comments", "bots of Levi Ackerman"): not
    personal data, unless the name stands in a person's slot somewhere in the text
    (_figure_in_slot), when every mention of it is someone's."""
    found = list(found)
    low = lowered(text)
    if len(low) != len(text) or not any(e.type == "PERSON" for e in found):
        return found
    spans = [m.span() for m in _figure_re().finditer(low)]
    if not spans:
        return found
    slotted = {low[s:e] for s, e in spans if _figure_in_slot(text, s, e)}
    spans = [(s, e) for s, e in spans if low[s:e] not in slotted]
    return [
        ent
        for ent in found
        if ent.type != "PERSON" or not any(s <= ent.start and ent.end <= e for s, e in spans)
    ]
