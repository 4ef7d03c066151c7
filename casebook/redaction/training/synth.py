"""Synthetic labelled text for the name model: varied enquiry-like documents with every name
marked. Deterministic for a seed.

Documents mix sentences from the templates below (names with and without cues, names that
are ordinary words, surnames alone, nicknames, lists, chat logs, forms, mail headers with
"Surname, Forename", sign-offs with and without a closing word) with sentences that hold no
name but do hold the words a name model could trip on: towns and regions, platforms, public
bodies, roles, months, weekdays and ordinary words that are also names. A share of documents
is written all in lower case or all in capitals, as hurried notes and forms are. Since round Y
a share of documents (NOTE_SHARE) are practitioners' notes and chats written without capitals
from the start (note_document): a name after a role ("dsl {F}", "{F} (yw)"), in a chat
message, in a sign-off, with everyday names, short forms, names that are words and surnames
that are words (pools.EVERYDAY_FIRST, SHORT_FIRST, WORD_NAMES, WORD_SURNAMES), beside
notes that use such words as words.
"""

from __future__ import annotations

import random
import re
from functools import cache

from casebook.redaction.lexicon import lexicon
from casebook.redaction.namemodel import zipf_table
from casebook.redaction.training import pools

Span = tuple[int, int]

# {P} full name, {F} first name, {S} surname, {W} a name that is also a word, {T} a title,
# {PL} town, {RG} region, {PF} platform, {B} public body, {R} role, {D} weekday, {M} month,
# {SC} school, {N} a small number, {Y} a year group number, {X} / {XC} an ordinary English word
# that is rare enough to look like a name to a careless model (lower case / capitalised).
WITH_NAMES = [
    "{P} and {P} were both excluded after the video went round.",
    "{P} says {P} screenshotted the story and sent it to the group chat.",
    "Apparently {P} set up the account, and {P} is the one being targeted.",
    "{F} told her form tutor that {W} had shared the picture; {W} saw it first.",
    "When we spoke to him, {S} admitted making the account.",
    "{S} was spoken to on {D}. {S} has not been in since.",
    "{S} has been off since {D} and {S}'s parents are very upset.",
    "Parents keep tagging {S} in the comments.",
    "The victim is {P} (Year {Y}). The girls who shared it are {P} and {P}.",
    "Her name is {F} '{F}' {S} and she is in Year {Y}.",
    'The girl is {F} "{F}" {S} and everyone calls her {F}.',
    'They only know him as "{F}", an older lad with a car.',
    "{P} (aka '{F}') says she didn't share it.",
    "My son {F} is in Year {Y} and someone has made a {PF} of him.",
    "Our pupil {P} was contacted on {PF} by someone calling himself {F}.",
    "I'm {T} {S}, the {R} at {SC}.",
    "{T} {S} and {T} {S} both received the same message.",
    "{T} {P} from the {PL} team is dealing with it.",
    "We think it may be a former pupil, {P}, but we have no proof.",
    "A parent, {T} {P}, brought screenshots to reception.",
    "Mum ({P}) says {F} was pressured into the video call by {P}, who is 19.",
    "{F} and {F} are twins in Year {Y}; their brother {F} made the account.",
    "{W} and {W} were both in the call when it was recorded.",
    "{W} told me he will not delete the video.",
    "{W} is the one who set it up.",
    "{W} was targeted again on {D}.",
    "The messages were sent to {W} {S} and her sister {W}.",
    "{P} is mum to {W} and {W}; both girls were added by {P}.",
    "We've spoken to the three lads, {P}, {P} and {P}, and their parents.",
    "{P} ({R}) and {P} ({R}) were both in the fake poll.",
    "{P} took the photo, {P} shared it, and then {F} posted it on his story.",
    "It was sent on by {P}, who says he got it from a boy at {SC}.",
    "{F} said {F} made it and it has been going round since half term.",
    "{F} in our IT team thinks it's a pupil.",
    "Our site manager {P} found the phone in the toilets.",
    "Please ring {F} back on the school number about {F}.",
    "Can you call {T} {S} after 3pm?",
    "The account is pretending to be {T} {P} ({R}).",
    "{P}, {R}, has asked us to contact you.",
    "Spoke to {F} and her mum. {F} wasn't in today so will try tomorrow.",
    "It started when {F} sent {F} a picture on {PF}.",
    "{F} has been getting messages from an older lad called {P} who she met on {PF}.",
    "Her friend {F} told me, and {F} has shown me the chats.",
    "Our DSL {T} {S} is on a course this week.",
    "Hi, it's {F} from the office again.",
    "{F} from {B} rang back on {D}.",
    "{P} was born in {PL} and moved here in Year {Y}.",
    "{F} moved here from {PL} last year.",
    "{T} {S} drove down from {PL} to give a statement.",
    "Both {P} and {P} live in {PL}.",
    "{P} and {F} {S} were added to the group by {P}.",
    "It was {F} and {F} who filmed {T} {S} in the corridor.",
    "{T} {S} has asked that we do everything possible.",
    "Pupils who had it on their phones: {P}, {P}, {P}.",
    "The ringleader seems to be {F}.",
    "{F}'s {PF} is private but {F}'s is public.",
    "His dad, {P}, is driving back from {PL}.",
    "He told his older brother {F}, who told us this morning.",
    "She thinks the account is run by {F} {S} in Year {Y}.",
    "I have copied in {P} ({R}) and {P}.",
    "{F} {S} has had intimate images posted by an ex.",
    "The fake profile copies photos of {P}, the music teacher.",
    "{F} says it was {F}, but {F} and {F} both say it was {F}.",
    "Dear {T} {S},",
    "Hi {F},",
    "Thanks {F}, see below from the parent.",
    "Morning {F}, quick one about {F} in Year {Y}.",
    # Verbs right after a name, which lower-case notes leave looking like a second name.
    "{T} {S} rang back this afternoon.",
    "{F} rang off before we got her number.",
    "{P} texted back later that night.",
    "{S} messaged back and apologised.",
    "{F} logged off straight away.",
    "{F} reposted it twice.",
    "{T} {S} emailed over the screenshots.",
]
NO_NAMES = [
    "I hope you can help before the summer term.",
    "We will need advice on the residential too.",
    "Hope this helps. Will ring {D}.",
    "To give you the frank answer, we don't know who runs the page.",
    "They have a grace period of 48 hours to respond.",
    "I have lost faith in the reporting tools, honestly.",
    "Thank you for your patience; it is a blessing the images came down quickly.",
    "It's a rich source of evidence and the account has 200 posts.",
    "Please mark this as urgent.",
    "They can have a max of 3 devices on the family account.",
    "We reported it in {M} and again in {M}.",
    "The penny dropped when she saw the time stamp.",
    "The messages were sent at dawn, before school.",
    "Could you chase {PF} up on this?",
    "The school is miles from the nearest police station.",
    "We are on an amber rating for attendance this autumn term.",
    "The screenshot was taken against a blue sky background.",
    "Summer term is always worse for this.",
    "We have reported this to {B}, {B} and {B}.",
    "We informed {B} and {B} on {D}.",
    "Which of {PF}, {PF} and {PF} have a route for trusted flaggers?",
    "We cover schools across {RG}, {PL} and {PL}.",
    "The family moved from {PL} to {PL} in {M}.",
    "There were similar incidents in {PL} and {RG} last year.",
    "The {R} and the {R} met with {B} this morning.",
    "Our {R} wants to update the staff training before half term.",
    "Is there any updated guidance on {PF} for schools?",
    "A Year {Y} pupil showed me an account on {PF}.",
    "The Online Safety Act came in last {M}.",
    "Meeting moved to {D} at 10.30, then {D} if {B} can't make it.",
    "Children can ring Childline on 0800 1111 or use Report Remove.",
    "The app was updated in {M}, and the problem started on {D}.",
    "Sent from my iPhone",
    "Get Outlook for Android",
    "This email and any files transmitted with it are confidential.",
    "Any views expressed are those of the author and not necessarily those of the Trust.",
    "It will stop if we can get the account removed.",
    "The bill for the replacement door is not our concern right now.",
    "Please could someone ring me back about a pupil?",
    "We have had a number of incidents on {PF} in Years {Y} and {Y}.",
    "Kind regards,",
    "Many thanks in advance.",
    "Good morning,",
    "Dear Helpline,",
    "Hello,",
    "Advice welcome.",
    "Documents attached.",
    "Strategy meeting is on {D} {N} {M} at 2pm.",
    "The Head of Year and the Safeguarding Team are aware.",
    "Our Deputy Head will be in touch.",
    "Police are aware and {B} has been informed.",
    "A Teaching Assistant found the phone.",
    "{SC} is part of a multi-academy trust.",
]
# Ordinary words that are also names, used as words.
WORD_USES = [
    "To be frank, nothing changed for us.",
    "Amber alert on the dashboard again.",
    "We are on amber for attendance.",
    "Hope this helps.",
    "Hope you are well.",
    "I hope you can help.",
    "We hope to hear soon.",
    "Will you be able to contact them?",
    "Will ring {D}.",
    "Will do.",
    "It will not stop.",
    "Summer holidays are when these groups get worse.",
    "The summer term is busy.",
    "By the grace of God nothing happened.",
    "Please mark this as urgent.",
    "It's a rich source of evidence.",
    "Could you chase this up?",
    "The school is miles from anywhere.",
    "The penny dropped.",
    "It was sent at dawn.",
    "No joy from the platform so far.",
    "She was sent a gift card.",
    "Thank you for your patience.",
    "It is a blessing it came down.",
    "Could you do us a favour?",
    "We lost precious time.",
    "The bill came to £50.",
    "A max of 3 devices.",
    "It's a daisy chain of reposts.",
    "The poppy appeal assembly.",
    "The carol service was filmed.",
    "He sent an angel emoji.",
    "In the autumn term it got worse.",
    "The sky was blue in the photo.",
    "They met by the river.",
    "There was a storm of comments.",
    "She has hazel eyes in the photo.",
    "It went viral in May.",
    "We logged it in April and June.",
    "The holly bush by the gate.",
    "He tried to rob him.",
    "Sky broadband has parental controls.",
    "Grace period expired.",
    "Frank discussion with the parents.",
    "Jack up the settings.",
    "Rose to the top of the feed.",
    "Faith in the tools is low.",
    "Chase them on {D}.",
    "Miles of messages.",
    "Brooke no delay.",
]
# Names that are also words, used as words: the name model must judge them where they stand.
WORD_NAME_USES = [
    "Justice for {F}!!! Share this everywhere.",
    "Justice for staff is what the union wants.",
    "The Ministry of Justice has guidance on this.",
    "There was rocky road at the bake sale.",
    "We had a rocky week with the Year {Y} group chat.",
    "Rocky (the school dog) has his own page.",
    "she says its precious to her and wont delete it",
    "One dad kept calling everyone 'sonny' on the phone.",
    "The game is basically king of the hill with a chat box.",
    "An ocean of messages came in overnight.",
    "It was a ray of hope for the family.",
    "The poppy badge she made was mocked.",
    "Everyone wore a poppy for Remembrance.",
    "Honey, it's fine, she told her daughter.",
    "He has ginger hair in the photo.",
    "A robin was on the feeder in the video.",
    "The Ivy League trend is everywhere.",
    "Amber warning for the weather again.",
    "Sunny weather means more kids at the park.",
    "Mercy, no one expected it.",
    "It was a matter of honour for him.",
    "Destiny is a game they all play.",
    "Legend says the account started in Year {Y}.",
    "The grace of the staff was remarkable.",
    "Our faith school has its own policy.",
    "Storm warnings closed the school.",
    "Pearl earrings were in the photo.",
    "We were in the king's garden on the trip.",
    "She's a rising star on the app.",
    "Hazel eyes and a blue coat, the profile says.",
]
# Words at the start of a line or note that are not names, followed by "from" or a colon.
NOTE_OPENERS = [
    "Copied from Teams:",
    "Transcribed from the mum's post:",
    "Feedback from our INSET day was good.",
    "Officers from {B} have identified a server.",
    "Referral from school received on {D}.",
    "Forwarded from the DSL this morning.",
    "Screenshot from her phone, described below.",
    "Message from the head of year:",
    "Notes from the call with {B}:",
    "Update from police: no further action.",
    "Voicemail transcription (auto):",
    "Young person: {F} ({N})",
    "Op {XC} is the police name for the case.",
    "Injured party: {P}. IP's mother is {P}.",
    "LAC review note",
    "Bore da. Mae gennym broblem gyda chyfrif {PF}.",
    "Diolch yn fawr, {F}.",
    "Dia duit, {F}. Go raibh maith agat.",
    "Strategy discussion - summary for advice call",
    "Handover for {D}: {F} has the case.",
]
SLANG = pools.words(
    "acc thx req cb pls plz u ur ye yh wtf lol omg tbh idk ngl rn bc cos coz msg msgs pics vid "
    "vids convo sus bruv innit fam mate lads gonna wanna dunno bday sesh x xx asap fyi ok okay "
    "rang priv voicemail vm reshared hashed upskirting screenshotted sextortion nudes gc pfp "
    "bio alt burner finsta spam opp peng leng recognise recognised deleted blocked "
    "yep nope soz hiya ta tmrw tomoz wk wknd mins hrs approx info admin ref nr re"
)
WITH_FILLERS = [
    "{XC} to the police on {D}.",
    "{XC} the account and {X} the images.",
    "The {X} was {X} by the {R}.",
    "{XC} – see below.",
    "{XC}: {X} and {X}.",
    "{X} {X} {X}, {X} it.",
    "{XC} {X} on {PF} since {D}.",
    "{XC} in {PL} last week.",
    "{XC} {X}.",
    "Re: {X} {X}",
    "{T} {S} {X} the {X} on {D}.",
    "{F} {X} {X} {X} the {X}.",
    "{P} was {X} and {X}.",
    "{X} from {T} {S} – {X} {X}",
    "{XC} to {B} and {X} with {F}.",
    "{XC}: {P}",
    "{XC} {P} to Report Remove.",
]
PLACE_USES = [
    "I am the DSL at a primary school in {PL}.",
    "{PL} City Council may monitor email traffic.",
    "{PL} Police have been told.",
    "We cover the {PL} area.",
    "The family live near {PL}.",
    "She has moved to {PL} with her nan.",
    "His dad is driving back from {PL}.",
    "Schools Liaison, {PL} Central",
    "He was arrested in {PL}, though the family are from {PL}.",
    "The {PL} team is dealing with it.",
    "A school in {RG} had the same.",
    "{R}\n{PL}",
    "{PL} Safeguarding Children Partnership",
    "I work for {PL} Council.",
]

SIGN_OFFS = [
    "\n\nThanks\n{F}",
    "\n\nKind regards,\n\n{P}\n{R}\n{SC}",
    "\n\nMany thanks,\n{P}\n{R}",
    "\n- {F}",
    "\n– {F}",
    "\n{F}",
    "\n\n{F}",
    "\n\n{P}",
    "\n\n{S}",
    "\n\n{P} | {R} | {SC}",
    "\n\nBest wishes,\n{T} {P}\n{R}, {SC}",
    " Thanks {F}",
    " Please help, {F}",
    "\n\n{F} ({R}, {SC})",
    "\n\nRegards,\n{T} {S}",
    "\n\nCheers\n{F} x",
    "\n\n{P}\n{R}\nSent from my iPhone",
]
HEADERS = [
    "From: {S}, {F} <office@example.invalid>\nSent: {D} {N} {M} 2024 10:14\nTo: {S}, {F}\n"
    "Subject: FW: account\n\n",
    "From: {P} <office@example.invalid>\nSent: {N} {M} 2024 16:02\nTo: Helpline\n"
    "Subject: RE: fake account\n\n",
    "From: {S}, {F}\nSent: {N} {M} 2023 12:18\nTo: {S}, {F}\nCc: {S}, {F}; Safeguarding Team\n"
    "Subject: FW: images\n\n",
    "On {D}, {N} {M} 2024 at 21:03, {P} <parent@example.invalid> wrote:\n> ",
    "Caller: {P} ({R}, {SC}). ",
    "Name: {P}\nRole: {R}\nOrganisation: {SC}\n",
    "Your name: {P}\nYour role: {R}\n",
]
CHAT_LINES = [
    "did u see what {F} put on his story",
    "ye its horrible",
    "send it then",
    "no",
    "pls dont",
    "{F} made it lol",
    "its of {F}",
    "wtf delete it",
    "i did but {F} has it too",
    "hes gonna get excluded",
    "ill show every1 if u dont",
    "sending it to miss",
    "{F} just sent me something",
]
FORM_FIELDS = [
    ("CHILD NAME", "{P}"),
    ("PUPIL", "{P}"),
    ("PARENT/CARER", "{P}"),
    ("STAFF REPORTING", "{T} {P}"),
    ("REFERRER", "{P}, {R}"),
    ("SCHOOL", "{SC}"),
    ("YEAR GROUP", "YEAR {Y}"),
    ("PLATFORM", "{PF}"),
    ("CONCERN", "IMAGE SHARED BY {P}"),
    ("SIBLINGS", "{F} ({N}), {F} ({N})"),
    ("LOCAL AUTHORITY", "{PL}"),
    ("DATE OF INCIDENT", "{N} {M}"),
]
LIST_ITEMS = ["{P} (Y{Y})", "{P} – receiver", "{F} ({R})", "{P}", "{S}, {F} (Year {Y})"]

# Hurried practitioners' notes, written without capitals (note_document): a person named by
# a role before or after the name ("dsl {F}", "{F} (yw)"), call-backs, passing on, and the
# everyday words that are also names used as words beside them. {RL}: a role as notes write it.
NOTE_LINES = [
    "spoke to {RL} {F} re {F}'s mum.",
    "call from {F} ({RL}) re {F} yr {Y}.",
    "caller was {F} - {RL} at {SC}.",
    "{RL} {F} rang re {F} and {F} on {PF}.",
    "{RL} ({F}) {PL}. yr{Y} girl {F} + {F} on {PF}.",
    "{F} {S} ({RL}) - {X} {X}.",
    "passed to {F} at the mash, ref pending.",
    "rang {F} back re {PF}.",
    "cb to {F} at {B} on {D}.",
    "q from {F} ({RL}, {SC}) - {X} page.",
    "{F} from {SC} wants advice re {PF}.",
    "mum {F} supportive, dad {F} angry.",
    "told {F} ({RL}) and {RL} {F}.",
    "{F} back at club after exclusion. says {F} & co filmed it.",
    "{F} (the girl, {N}) wasnt in tonight. told {F} ({RL}).",
    "{F} {N} - lives w {RL}. {RL} {F} {S} aware.",
    "photos posted by {P} on {PF}.",
    "{F} says a lad called {F} keeps making new accts.",
    "sw {F} from {PL} re {F} {S} ({N}).",
    "{RL} {P} raised it at training {D}.",
    "incl {F} {S} + {F}. shared in group chat.",
    "{F} and {F} did it for clout.",
    "worker {F} informed. {RL} is {F}.",
    "name: {F}\nrole: {RL}\n",
    "name - {P}\nchild - {F} (yr {Y})\n",
    "notes from tonight ({F} on shift w me).",
    "{F} (coach) found out on {D}.",
    "{RL}s {F} and {F} both seen it.",
    "dd {F} {N} at {SC}. ex {F} has the pics.",
    "her husband {F} is the one posting.",
    "advised {F} to report to {PF}. {F} will ring back.",
    "- {F}",
    "thanks, {F}",
    "{F} ({RL})",
]
# The same notes' sentences with no name: everyday words that are also names, as words.
NOTE_WORD_LINES = [
    "hope this helps. will ring back {D}.",
    "will do. mum will chase {B}.",
    "sky broadband has parental controls, advised.",
    "amber rating from the council.",
    "summer term is always worse.",
    "grace period on the acct is 30 days.",
    "faith school, {PL}.",
    "rich text msgs w links.",
    "frank chat w mum re consequences.",
    "may need a strategy mtg.",
    "mark as urgent pls.",
    "rose to the top of the feed overnight.",
    "dawn raid by police last wk.",
    "jack up the privacy settings.",
    "sunny day, kids at the park after school.",
    "precious time lost waiting for {PF}.",
    "we hope its nothing.",
    "price of the phone was £300.",
    "met by the river behind the shops.",
    "ash tree by the school gate in the pic.",
    "storm of comments on the post.",
    "no joy from {PF} yet.",
    "{RL} aware. adv {B}.",
    "adv talk to parents first, privacy settings.",
    "ref no pending. will chase {D}.",
]
# Chat lines in which a name starts the message or follows a chat word ("im", "its", "w").
NOTE_CHAT_LINES = [
    "{F} got vodka",
    "{F} nicked my bike",
    "im {F} lol",
    "its {F}. ur in yr {Y} right",
    "hi its {F} from the club",
    "msgs from {F}",
    "at {F}s house dont wait up",
    "dont tell {F}",
    "{F} screenrecorded it",
    "{F} and {F} did it",
    "went w {F} and {F}",
    "which {F}. {F} {S}?",
    "ye its horrible",
    "will do",
    "hope ur ok",
    "send it then",
    "no",
    "who is this",
    "dont wait up",
]
NOTE_SPEAKERS = ["{F}", "{F}", "[{N}:0{Y}] {F}", "07700 900 {N}{N}", "me", "mum"]

SLOT_RE = re.compile(r"\{([A-Z]+)\}")
ENDINGS = [
    "ing",
    "ed",
    "tion",
    "tions",
    "ment",
    "ments",
    "ness",
    "ly",
    "ful",
    "able",
    "ible",
    "ise",
    "ised",
    "ize",
    "ized",
    "ity",
    "ous",
    "ive",
    "ies",
    "ers",
    "ism",
    "ist",
    "ists",
    "ships",
    "ings",
    "ated",
    "ance",
    "ence",
    "ures",
    "ally",
    "ously",
]


@cache
def filler_words() -> list[str]:
    """English words that are no one's name: middling frequency with endings names rarely
    have ("screenshotted", "signposted", "harassment"), or common enough to be ordinary
    words; none of them in a name gazetteer or the name pools."""
    lex = lexicon()
    names = lex.first_names | lex.surnames | {w.lower() for w in pools.FIRST + pools.SURNAMES}
    names |= {w.lower() for w in pools.WORD_NAMES} | set(
        pools.words(" ".join(pools.PLACES).lower())
    )
    return sorted(
        w
        for w, z in zipf_table().items()
        if len(w) >= 4
        and w.isalpha()
        and w not in names
        and (
            (2.0 <= z < 4.5 and w.endswith(tuple(ENDINGS)))
            # Common enough to be an ordinary word whatever its ending ("practitioner",
            # "handles", "nudes", "script").
            or 3.3 <= z < 4.5
        )
    )


class Writer:
    """Fills templates, keeping the spans of every name it writes."""

    def __init__(self, rng: random.Random, first: list[str], surnames: list[str]) -> None:
        self.rng = rng
        self.first = first
        self.surnames = surnames
        self.parts: list[str] = []
        self.spans: list[Span] = []
        self.length = 0
        self.lowered = False

    def put(self, text: str, name: bool = False) -> None:
        if self.lowered:
            text = text.lower()
        if name:
            self.spans.append((self.length, self.length + len(text)))
        self.parts.append(text)
        self.length += len(text)

    def first_name(self) -> str:
        r = self.rng.random()
        if r < 0.2:
            return pools.pseudo_name(self.rng)
        if r < 0.3:
            return f"{self.rng.choice(self.first)}-{self.rng.choice(self.first)}"
        return self.rng.choice(self.first)

    def filler(self) -> str:
        if self.rng.random() < 0.3:
            return self.rng.choice(SLANG)
        return self.rng.choice(filler_words())

    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.2:
            return pools.pseudo_name(self.rng)
        if r < 0.32:
            return f"{self.rng.choice(self.surnames)}-{self.rng.choice(self.surnames)}"
        if r < 0.36:
            return f"{self.rng.choice(pools.PARTICLES)} {self.rng.choice(self.surnames)}"
        return self.rng.choice(self.surnames)

    def full_name(self) -> str:
        r = self.rng.random()
        if r < 0.08:
            return f"{self.first_name()} {self.first_name()} {self.surname()}"
        if r < 0.14:
            return f"{self.rng.choice(pools.WORD_NAMES)} {self.surname()}"
        if r < 0.18:
            return f"{self.first_name()} {self.surname()[0]}"  # "chloe r"
        return f"{self.first_name()} {self.surname()}"

    def slot(self, kind: str) -> None:
        rng = self.rng
        if kind == "P":
            self.put(self.full_name(), True)
        elif kind == "F":
            self.put(
                self.first_name() if rng.random() > 0.12 else rng.choice(pools.WORD_NAMES), True
            )
        elif kind == "S":
            self.put(self.surname(), True)
        elif kind == "W":
            self.put(rng.choice(pools.WORD_NAMES), True)
        elif kind == "T":
            self.put(rng.choice(pools.TITLES))
        elif kind == "PL":
            self.put(rng.choice(pools.PLACES))
        elif kind == "RG":
            self.put(rng.choice(pools.REGIONS))
        elif kind == "PF":
            self.put(rng.choice(pools.PLATFORMS))
        elif kind == "B":
            self.put(rng.choice(pools.BODIES))
        elif kind == "R":
            self.put(rng.choice(pools.ROLES))
        elif kind == "D":
            self.put(rng.choice(pools.DAYS))
        elif kind == "M":
            self.put(rng.choice(pools.MONTHS))
        elif kind == "SC":
            self.put(f"{rng.choice(pools.SCHOOL_NAMES)} {rng.choice(pools.SCHOOL_WORDS)}")
        elif kind == "X":
            self.put(self.filler())
        elif kind == "XC":
            word = self.filler()
            self.put(word[:1].upper() + word[1:])
        elif kind == "RL":
            if rng.random() < 0.25:
                self.put(rng.choice(pools.NOTE_ROLE_PHRASES))
            else:
                self.put(rng.choice(pools.NOTE_ROLES))
        elif kind == "N":
            self.put(str(rng.randint(1, 28)))
        elif kind == "Y":
            self.put(str(rng.randint(3, 13)))
        else:
            raise KeyError(kind)

    def template(self, template: str) -> None:
        pos = 0
        for m in SLOT_RE.finditer(template):
            self.put(template[pos : m.start()])
            self.slot(m.group(1))
            pos = m.end()
        self.put(template[pos:])

    def text(self) -> str:
        return "".join(self.parts)


class NoteWriter(Writer):
    """A Writer for hurried notes and chats: first names more often the everyday names,
    short forms and names that are words such notes carry, surnames more often words."""

    def first_name(self) -> str:
        r = self.rng.random()
        if r < 0.3:
            return self.rng.choice(pools.EVERYDAY_FIRST)
        if r < 0.45:
            return self.rng.choice(pools.SHORT_FIRST)
        if r < 0.6:
            return self.rng.choice(pools.WORD_NAMES)
        return super().first_name()

    def surname(self) -> str:
        if self.rng.random() < 0.25:
            return self.rng.choice(pools.WORD_SURNAMES)
        return super().surname()


# The share of documents that are hurried notes or chats (note_document).
NOTE_SHARE = 0.12


def note_document(
    rng: random.Random, first: list[str], surnames: list[str]
) -> tuple[str, list[Span]]:
    """A practitioner's hurried note (lines of NOTE_LINES and NOTE_WORD_LINES) or a chat
    (NOTE_CHAT_LINES after NOTE_SPEAKERS), written without capitals but for a place or a school
    now and then, as such notes are."""
    w = NoteWriter(rng, first, surnames)
    w.lowered = True
    if rng.random() < 0.35:
        for _ in range(rng.randint(3, 7)):
            w.template(rng.choice(NOTE_SPEAKERS) + ": " + rng.choice(NOTE_CHAT_LINES) + "\n")
    else:
        for k in range(rng.randint(2, 6)):
            if k:
                w.put(rng.choice([" ", " ", "\n"]))
            pool = NOTE_LINES if rng.random() < 0.85 else NOTE_WORD_LINES
            w.template(rng.choice(pool))
    return w.text(), w.spans


def document(rng: random.Random, first: list[str], surnames: list[str]) -> tuple[str, list[Span]]:
    if rng.random() < NOTE_SHARE:
        return note_document(rng, first, surnames)
    w = Writer(rng, first, surnames)
    kind = rng.random()
    if rng.random() < 0.06:
        # A chat pasted into a written note: the chat lower case, the note not.
        w.template(rng.choice(["Pasted from the group chat:\n", "Screenshot transcribed:\n"]))
        for _ in range(rng.randint(2, 5)):
            speaker = rng.choice(["{F}", "[21:0{Y}] {F}", "[{N}:14] {F}"])
            w.lowered = True
            w.template(speaker + ": " + rng.choice(CHAT_LINES) + "\n")
            w.lowered = False
        w.template(rng.choice(WITH_NAMES + NOTE_OPENERS + WORD_NAME_USES))
        return w.text(), w.spans
    if kind < 0.08:
        for _ in range(rng.randint(3, 6)):
            w.template("{F}: " + rng.choice(CHAT_LINES) + "\n")
    elif kind < 0.16:
        for field, value in rng.sample(FORM_FIELDS, rng.randint(3, 6)):
            w.template(f"{field}: {value}\n")
    elif kind < 0.22:
        w.template(rng.choice(["Pupils involved:\n", "Accounts and pupils:\n", "notes\n"]))
        for _ in range(rng.randint(2, 5)):
            w.template(rng.choice(["", "- "]) + rng.choice(LIST_ITEMS) + "\n")
    else:
        if rng.random() < 0.25:
            w.template(rng.choice(HEADERS))
        for k in range(rng.randint(1, 4)):
            if k:
                w.put(rng.choice([" ", " ", "\n", "\n\n"]))
            r = rng.random()
            pool = (
                WITH_NAMES
                if r < 0.5
                else NO_NAMES
                if r < 0.6
                else WORD_USES
                if r < 0.68
                else WORD_NAME_USES
                if r < 0.74
                else NOTE_OPENERS
                if r < 0.78
                else WITH_FILLERS
                if r < 0.9
                else PLACE_USES
            )
            w.template(rng.choice(pool))
        if rng.random() < 0.5:
            w.template(rng.choice(SIGN_OFFS))
    text = w.text()
    r = rng.random()
    if r < 0.22 or (kind < 0.08 and r < 0.6):
        cased = text.lower()
    elif r < 0.32 or (0.08 <= kind < 0.16 and r < 0.7):
        cased = text.upper()
    else:
        cased = text
    if len(cased) == len(text):
        text = cased
    return text, w.spans


def corpus(
    n: int, seed: int, first: list[str], surnames: list[str]
) -> list[tuple[str, list[Span]]]:
    rng = random.Random(seed)
    return [document(rng, first, surnames) for _ in range(n)]
