# ruff: noqa: E501  (patterns read best one alternative a line, however long)
"""Rules for the unmistakable risks. Pure: no Django, no model.

A rule fires on a sentence that says the thing plainly ("she has been cutting herself", "he is
threatening to send the photos to her family unless she pays"). Figures of speech that borrow
the same words ("I nearly died laughing", "the new timetable is killing me", "dying to know")
are removed before matching, and a rule can name words that, in the same sentence, mean the
text is about teaching or policy rather than a child ("resources on self-harm for PSHE").
Paraphrases the rules miss are left to the model (casebook.classify.model).

    >>> [hit.flag for hit in find_risks("She told a friend she wants to kill herself.")]
    ['self_harm']
    >>> find_risks("I nearly died laughing at the video.")
    []
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casebook.classify.labels import IMMEDIATE_DANGER, INDECENT_IMAGE, SELF_HARM, SEXTORTION


@dataclass(frozen=True)
class RuleHit:
    flag: str
    rule: str  # the rule's name, for the audit trail
    excerpt: str  # the sentence that fired it (at most 200 characters)


@dataclass(frozen=True)
class Rule:
    name: str
    flag: str
    pattern: re.Pattern[str]
    # In the same sentence, any of these means the words are not about a person at risk.
    unless: re.Pattern[str] | None = None


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Figures of speech removed before any rule looks at the text.
HYPERBOLE = _re(
    r"\b(?:(?:nearly|almost|literally|practically|could have|could've|i|we|you|just) )?"
    r"(?:died|dying|die|dead|killed|killing|kill(?:s)?) (?:of |from |with )?"
    r"(?:laughing|laughter|embarrassment|shame|boredom|cringe|curiosity)\b"
    r"|\bdying to (?:know|see|hear|meet|try|get|go)\b"
    r"|\b(?:killing|killed|smashing|smashed) (?:it|the game|the exam|their exams)\b"
    r"|\b(?:is|are|was|it's|its|this is|that is) killing (?:me|us|him|her|them)\b"
    r"|\bkill(?:ing)? (?:time|the (?:lights|engine|process|app|mood))\b"
    r"|\b(?:battery|phone|laptop|ipad|tablet|link|account|server|wifi|line) (?:is |was |went |has gone )?dead\b"
    r"|\bdead(?:line|lines|ly serious|ly dull)\b"
    r"|\bdead (?:easy|simple|funny|keen|good|boring)\b"
    r"|\bover my dead body\b|\bcould (?:have )?killed? (?:him|her|them)\b"
    r"|\bshoot (?:me )?(?:an? )?(?:email|message|line|text)\b"
    r"|\b(?:photo|video) ?shoot\b|\bheadshots?\b"
    r"|\bbomb(?:ed|ing)? (?:the|my|our|his|her|their) (?:exam|test|interview)\b"
    r"|\b(?:killer|deadly) (?:app|feature|game|combo)\b"
    r"|\bsuicide squad\b"
)

CHILD = (
    r"(?:child(?:ren)?|kids?|pupils?|students?|girls?|boys?|sons?|daughters?|lads?|juveniles?|"
    r"y\d{1,2}s?|\(1[0-7]\)|\((?:[4-9])\)|(?:1[0-7]|[4-9]) ?yo|aged? (?:1[0-7]|[4-9])|"
    r"teen(?:ager)?s?|minors?|young (?:person|people|man|woman|lad)|(?:year|yr) ?\d{1,2}s?|"
    r"(?:1[0-7]|[4-9]|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[- ](?:year[- ]olds?|yos?)|"
    r"aged (?:1[0-7]|[4-9])|under ?(?:16|18|-?age)|underage|primary|secondary|sixth[- ]form(?:er)?s?|"
    r"stepdaughter|stepson|niece|nephew|grandchild|granddaughter|grandson|foster child|"
    r"looked[- ]after child|"
    r"\w+ (?:in )?year (?:7|8|9|10|11|12|13|seven|eight|nine|ten|eleven|twelve|thirteen))"
)
NUDE_MEDIA = (
    r"(?:nudes?|naked|topless|explicit|intimate|sexual(?:ised|ized)?|sexy|indecent|"
    r"semi[- ]?nude|nude[- ]?ish|inappropriate|x-?rated|private|dirty|revealing|rude)"
    r" (?:\w+ ){0,2}(?:images?|photos?|pictures?|pics?|selfies?|videos?|clips?|snaps?|content|footage|"
    r"shots?|material|recordings?|livestream|stream)"
    r"|\bnudes\b|\bnude (?:of|from|by)\b|\bsent (?:him|her|them|someone|a boy|a girl) (?:a )?nude\b"
    r"|\b(?:dick|d\*ck|willy|penis|boob|breast|genital)s? (?:pics?|photos?|images?|picture)"
)
TEACHING = _re(
    r"\b(?:lessons? (?:on|about|plans?|for)|lesson plans?|resources?|training|curriculum|pshe|rse|rshe|assembl(?:y|ies)|policy|"
    r"policies|awareness (?:week|day|month)|workshop|scheme of work|"
    r"session for (?:staff|parents)|inset|cpd|webinar|"
    r"guidance|template|flowchart|poster|leaflet|teach(?:ing)? (?:about|pupils about|children about))\b"
)

RULES: tuple[Rule, ...] = (
    # --- suicide and self-harm ------------------------------------------------------------
    Rule(
        "self_harm.named",
        SELF_HARM,
        _re(
            r"\bself[- ]?harm(?:s|ing|ed|er)?\b|\bself[- ]?injur(?:y|ies|ing)\b"
            r"|\bsuicid(?:al|e attempt|e note|al thoughts|al ideation)\b"
            r"|\battempted suicide\b|\bsuicide (?:risk|plan|pact)\b"
        ),
        unless=_re(
            r"\b(?:lessons?|resources?|training|curriculum|pshe|rse|rshe|assembl(?:y|ies)|"
            r"policy|policies|awareness|workshop|webinar|guidance on|statistics|research|"
            r"prevention (?:training|week|day)|safeguarding training)\b"
        ),
    ),
    Rule(
        "self_harm.wants_to_die",
        SELF_HARM,
        _re(
            r"\b(?:kill|hurt|harm|cut|hang|burn|starve|drown) (?:him|her|them|my|your|our)?selfs?\b"
            r"|\b(?:kill|hurt|harm|cut|hang) (?:himself|herself|themselves|themself|myself|yourself)\b"
            r"|\b(?:wants?|wanted|wanting|going|planning|plans?|tried|trying|threaten(?:s|ed|ing)?|"
            r"would rather|talk(?:s|ed|ing)? about (?:wanting )?) (?:to )?"
            r"(?:die|end (?:it all|it|(?:his|her|their|my) (?:own )?life)|take (?:his|her|their|my) (?:own )?life)\b"
            r"|\b(?:doesn'?t|does not|don'?t|do not|didn'?t|no longer) want to (?:be alive|live|be here|wake up)\b"
            r"|\bbetter off dead\b|\b(?:wish(?:es|ed)?|wishing) (?:s?he|they|i) (?:was|were|had) (?:never been born|dead)\b"
            r"|\bno (?:reason|point) (?:in )?(?:to )?(?:living|being alive|going on)\b"
            r"|\b(?:(?:took|taken|taking|take) an overdose|overdosed|overdose (?:last|on|of|at)|"
            r"(?:took|taken|taking) (?:a lot of|loads of|too many|the whole (?:packet|box|bottle)|all (?:her|his|their|the)) (?:pills|tablets|paracetamol|meds|medication)?)\b"
            r"|\bunalive\b|\bdo (?:himself|herself|themselves|myself) in\b|\bpainless ways?\b|\bnoose\b"
            r"|\b(?:just|go) die\b|\brather (?:be )?dead\b|\b(?:his|her|my|their) life is over\b"
            r"|\bnobody (?:will|would) miss (?:him|her|me|them)\b|\bhurting (?:herself|himself|themselves)\b"
            r"|\b(?:written|wrote|writing) (?:her|his|their|my) (?:letters|goodbye)\b|\bletter\b.*\bgoodbye\b|\bgoodbye\b.*\bsorry\b"
            r"|\bcuts? on (?:his|her|their) (?:arms?|wrists?|legs?|thighs?)\b"
            r"|\b(?:cutting|burning|scratching) (?:himself|herself|themselves|themself)\b"
            r"|\b(?:goodbye|suicide) (?:note|letter|message|post|video)\b"
            r"|\b(?:go|went|goes) (?:and )?(?:kill|kys) (?:your|him|her|them)sel(?:f|ves)\b|\bkys\b"
            r"|\btold (?:him|her|them) to (?:go )?(?:kill (?:himself|herself|themselves|yourself)|die)\b"
            r"|\b(?:can'?t|cannot) (?:do this|go on|cope|take (?:it|this)) any ?more\b"
            r"|\b(?:everyone|they|people|family|world) (?:would|will)(?: all)? be better(?: off)? without (?:me|her|him|them)\b"
            r"|\b(?:methods?|ways?) (?:of|to) (?:suicide|kill (?:myself|himself|herself|themselves)|die|end (?:it|(?:my|his|her|their) life))\b"
            r"|\bhow (?:many|much) (?:paracetamol|pills|tablets|ibuprofen)\b|\b(?:razor ?)?blades? (?:in|hidden)\b"
            r"|\bhid(?:e|ing) (?:(?:his|her|their) )?(?:cuts|scars|self[- ]harm)\b|\bfresh (?:cuts|scars)\b"
            r"|\b(?:last|final) (?:video|post|message)\b.*\bgoodbye\b|\bgoodbye (?:everyone|all|world|forever)\b"
            r"|\b(?:doesn'?t|does not|don'?t|didn'?t) see the point (?:of|in) (?:anything|living|life|going on|being here)\b"
            r"|\bgiv(?:ing|en|es) (?:away )?(?:his|her|their|my) (?:things|belongings|stuff) away\b"
            r"|\b(?:encourag\w+|promot\w+|glorif\w+) (?:suicide|self[- ]harm)\b"
            r"|\b(?:wants?|wanted|wanting) to (?:disappear|not exist|not be here|sleep forever|never wake up)\b"
            r"|\b(?:burn|cut|scratch) marks on (?:his|her|their)\b|\bpunish(?:ing)? (?:him|her|them|my)sel(?:f|ves)\b"
            r"|\b(?:jump|jumping|jumped) (?:off|from|in front of)\b"
            r"|\b(?:bridge|train tracks|railway line|cliff|rooftop|multi-storey)\b.*\b(?:goodbye|jump|end it)\b"
        ),
    ),
    # --- indecent images of children --------------------------------------------------------
    Rule(
        "indecent_image.named",
        INDECENT_IMAGE,
        _re(
            r"\b(?:indecent (?:images?|photos?|pictures?|videos?) of (?:a |an )?(?:child|children|minor|pupil|girl|boy|under)"
            r"|child (?:sexual )?abuse (?:images?|material|imagery|content|videos?)|\bcsam\b|\bcsem\b"
            r"|\biiocs?\b|child porn\w*|self[- ]generated (?:indecent |sexual |nude )?(?:images?|imagery|content))"
        ),
        unless=_re(r"\b(?:training|curriculum|policy|policies|webinar|statistics|research)\b"),
    ),
    Rule(
        "indecent_image.of_a_child",
        INDECENT_IMAGE,
        _re(
            rf"(?:{NUDE_MEDIA}) of (?:a |an |the |one of our |two |some |several |our |her |his |their |my )?"
            rf"(?:[\w'-]+ ){{0,3}}{CHILD}\b"
            rf"|\b{CHILD}'s (?:own )?(?:{NUDE_MEDIA})"
            rf"|\b(?:nudes?|naked (?:photos|pictures|pics|images)) of (?:[\w'-]+ ){{0,3}}{CHILD}\b"
        ),
        unless=TEACHING,
    ),
    Rule(
        "indecent_image.child_sent_own",
        INDECENT_IMAGE,
        _re(
            rf"\b{CHILD}\b (?:[\w',-]+ ){{0,6}}?(?<!was )(?<!were )(?<!been )(?<!being )"
            r"(?:sent|send|sending|sends|shared|shares|sharing|took|taken|taking|posted|posting|selling|sold|sells|made|making|filmed|recorded)"
            r" (?:[\w'-]+ ){0,3}?(?:nudes?\b|semi[- ]?nudes?\b|(?:naked|topless|explicit|intimate|sexual|indecent|sexy|rude) (?:[\w'-]+ )?"
            r"(?:pictures?|photos?|images?|pics?|selfies?|videos?|clips?|snaps?|content|footage)|"
            r"(?:pictures?|photos?|images?|pics?|selfies?|videos?) of (?:him|her|them)sel(?:f|ves) (?:naked|nude|topless|in (?:his|her|their) underwear|without clothes))"
            r"|^(?=.*\b"
            + CHILD
            + r"\b)(?=.*\b(?:swap\w*|exchang\w+|shar\w+|send\w*|sent|trad\w+|asked for|asking for|"
            r"demand\w*|pressur\w+ (?:\w+ )?(?:to send|for|into sending)) (?:[\w'-]+ ){0,2}nudes\b)"
            r"|^(?=.*\b"
            + CHILD
            + r"\b)(?=.*\b(?:"
            + NUDE_MEDIA
            + r")\b)(?=.*\b(?:posted|posting|uploaded|circulat\w*|going round|"
            r"doing the rounds|spread\w*|leaked|saved|screenshot\w*|passed (?:a)?round|shared (?:it )?(?:with|on|to|in|around|across|by)|"
            r"being shared|been shared|swap\w*)\b)"
            r"|(?:videos?|photos?|images?|pictures?|clips?)s? of (?:[\w'-]+ ){0,4}"
            + CHILD
            + r" (?:[\w'-]+ ){0,3}"
            r"(?:doing something sexual|having sex|naked|nude|undressing|getting changed|performing|in (?:his|her|their) underwear)"
            r"|^(?=.*\b"
            + CHILD
            + r"\b)(?=.*\b(?:(?:take|took|taking) (?:her|his|their) (?:clothes|top|pants) off|without (?:any )?clothes(?: on)?|"
            r"in (?:her|his|their) (?:underwear|bra|pants)|getting changed|upskirt\w*|naked)\b)"
            r"(?=.*\b(?:photo\w*|pictures?|pics?|images?|videos?|filmed|film|camera|video call|webcam|snaps?|selfies?|clip)\b)"
        ),
        unless=TEACHING,
    ),
    Rule(
        "indecent_image.sexting",
        INDECENT_IMAGE,
        _re(r"\bsexting\b(?=.*\b(?:sent|shared|circulat\w*|images?|photos?|pictures?|videos?)\b)"),
        unless=TEACHING,
    ),
    # --- sextortion -------------------------------------------------------------------------
    Rule(
        "sextortion.named",
        SEXTORTION,
        _re(r"\bsex(?:ual)?[- ]?(?:tortion|extortion)\b|\bsextort\w*"),
        unless=_re(
            r"\b(?:lessons?|resources?|training|curriculum|pshe|assembl(?:y|ies)|policy|"
            r"policies|awareness|webinar|statistics|research|article|news|poster|leaflet|guidance)\b"
        ),
    ),
    Rule(
        "sextortion.threat",
        SEXTORTION,
        _re(
            r"^(?=.*\b(?:threat\w*|blackmail\w*|demand\w*|unless|or else|otherwise|if (?:s?he|they|i|you) (?:doesn'?t|don'?t|does not|do not|won'?t|refuse)|"
            r"(?:wants?|want(?:ed|ing)|asked for|asking for) (?:£|\$|€|money|cash|gift ?cards?|bitcoin|crypto|payment|more (?:photos|pictures|pics|images|videos|nudes))|"
            r"pay (?:him|her|them|up)|(?:pay|buy|send)\b.*\bor\b|gift ?cards?|bitcoin|crypto)\b)"
            r"(?=.*\b(?:nudes?|naked|intimate|explicit|sexual|private|compromising|indecent|"
            r"(?:dick|d\*ck|rude|dirty|sexy|topless) (?:pics?|photos?|pictures?|images?|videos?)|"
            r"(?:pics?|photos?|pictures?|images?|videos?|screenshots?|recording|webcam\w*|video call) (?:of (?:him|her|them)(?:self|selves)?|he|she|they) (?:sent|took|shared|made|was|were|had sent)|"
            r"masturbat\w*|webcam|video call|on camera|(?:his|her|their|my|your|the) (?:pics|photos|pictures|images|videos?)|"
            r"(?:pics?|photos?|pictures?|images?|videos?) of (?:him|her|them)(?:self|selves)?|"
            r"sent (?:[\w'-]+ ){0,3}(?:pics?|photos?|pictures?|images?|videos?)|send (?:more|another|new)|"
            r"(?:more|new) (?:pics|photos|pictures|images|videos))\b)"
            r"(?=.*\b(?:share|sharing|shared|send|sending|sent|post|posting|posted|leak|leaking|release|releasing|"
            r"publish\w*|show|showing|expose|exposing|spread|distribute|forward|tell|everyone|online|"
            r"family|parents|mum|dad|friends|followers|contacts|school|put)\b)"
        ),
        unless=_re(
            r"\b(?:lessons?|resources?|training|curriculum|policy|policies|webinar|research|"
            r"(?:our|the|school'?s?|exam|pupil|staff|personal) (?:data|records|files|network|systems?)|"
            r"ransomware|press|papers|newspapers?|journalists?|exclusion|decision)\b"
        ),
    ),
    Rule(
        "sextortion.recorded",
        SEXTORTION,
        _re(
            r"^(?=.*\b(?:recorded|recording|filmed|screen-?recorded|captured)\b)"
            r"(?=.*\b(?:webcam|video call|video chat|on camera|facetime|skype|naked|intimate|sexual|adult content|porn\w*|masturbat\w*)\b)"
            r"(?=.*\b(?:pay|paid|payment|money|£|\$|bitcoin|crypto|gift ?cards?|demand\w*|blackmail\w*|threat\w*|unless)\b)"
        ),
        unless=_re(
            r"\b(?:lessons?|resources?|training|curriculum|policy|policies|webinar|research|poster)\b"
        ),
    ),
    # --- immediate danger -------------------------------------------------------------------
    Rule(
        "immediate_danger.meeting",
        IMMEDIATE_DANGER,
        _re(
            r"\b(?:meet(?:ing)?|meet up with|meeting up with|going to see|travel(?:l?ing)? to (?:meet|see)|"
            r"picking (?:him|her|them) up|pick (?:him|her|them) up|collect (?:him|her|them))\b"
            r"(?=.*\b(?:tonight|today|tomorrow|this (?:evening|afternoon|weekend|saturday|sunday|friday)|"
            r"right now|after school|in (?:an|a few|two|2|three|3) hours?|later today|on (?:saturday|sunday|friday))\b)"
            r"(?=.*\b(?:man|men|adult|older|stranger|someone (?:she|he|they) met online|met online|"
            r"\d{2}[- ]year[- ]old|boyfriend|girlfriend|guy|bloke|person|he'?s (?:1[89]|[2-6]\d))\b)"
        ),
        unless=TEACHING,
    ),
    Rule(
        "immediate_danger.threat_to_life",
        IMMEDIATE_DANGER,
        _re(
            r"\b(?:threat\w* to (?:kill|stab|shoot|murder|rape|attack|hurt|beat)|"
            r"(?:going|gonna|plans?|planning|wants?) to (?:kill|stab|shoot|murder|rape|jump|bomb)"
            r"(?! (?:time|the (?:lights|engine)|it\b|(?:him|her|them|my|your)sel(?:f|ves)\b|themself\b))|"
            r"(?:will|'ll|would) (?:kill|stab|shoot|murder|rape|find and hurt) (?:you|him|her|them|everyone|us)|"
            r"(?:bring|bringing|brought|carry|carrying|has|had|got|with) (?:a |his |her |their )?"
            r"(?:knife|knives|gun|guns|firearm|weapon|machete|blade)s? (?:in)?to school|"
            r"(?:bomb|shooting|stabbing|attack) threat|school shooting|shoot up the school|"
            r"(?:knife|gun|weapon) (?:in (?:his|her|their) bag|at school))\b"
        ),
        unless=_re(
            r"\b(?:game|fortnite|call of duty|roblox|minecraft|gta|in-game|lyrics|drill music video)\b"
        ),
    ),
    Rule(
        "immediate_danger.now",
        IMMEDIATE_DANGER,
        _re(
            r"\b(?:in (?:immediate|imminent|real|serious) danger|at immediate risk|immediate risk of harm|"
            r"(?:she|he|they|daughter|son|child|girl|boy|pupil|student|\d{1,2}[- ]year[- ]old|teenager)(?: [\w'-]+){0,3} (?:is|has gone|went|has been|was|been reported|reported|now) missing|"
            r"has run away|ran away (?:from home )?to|"
            r"(?:on (?:a|the) (?:train|bus|coach)|left (?:home|school)?|gone|went|set off|travell?(?:ed|ing)|got a lift|getting a lift) "
            r"to (?:go and )?meet (?:a |an |the |this |some )?(?:man|men|adult|older|stranger|someone|person|guy|him|her|them|boy he|girl she)\b|"
            r"hasn'?t come home|did not come home|didn'?t come home|not come home|"
            r"(?:he|she|they|someone|a man)(?: i?s| are)? (?:outside|waiting outside|parked outside) (?:her|his|their|the) (?:house|home|school|door)|"
            r"(?:knows?|found|has|shared|tracking|tracked) (?:where (?:she|he|they) lives?|(?:her|his|their) (?:home )?(?:address|location|live location))"
            r"(?=.*\b(?:threat\w*|coming|on (?:his|her|their) way|tonight|now|turn up|find (?:her|him|them))\b)|"
            r"(?:999|the police) (?:right )?now|call(?:ed|ing)? 999|"
            r"on (?:his|her|their) way to (?:meet|her|his|their)|"
            r"(?:being|been|getting) (?:beaten|attacked|assaulted|abused|raped) (?:right now|at home|every night|tonight)|"
            r"(?:is|are|was) (?:being )?(?:held|locked) (?:in|at)|trafficked|"
            r"(?:bridge|train tracks|railway line|cliff|rooftop|roof of)\b.*\b(?:goodbye|jump|end it|miss (?:him|her|me))|"
            r"(?:knife|knives|blade|shank|gun|handgun|firearm|machete|petrol|weapon)s?\b.*\b(?:tonight|today|tomorrow|tmrw|now|friday|monday|tuesday|wednesday|thursday|after school|home time|last day|see you)|"
            r"(?:tonight|today|tomorrow|tmrw|friday|monday|see you)\b.*\b(?:knife|knives|blade|shank|gun|handgun|machete|petrol|weapon)s?|"
            r"(?:hit ?list|who'?s getting it|finish you|come and get (?:her|him|them)|coming (?:round|for (?:you|her|him))|"
            r"waiting (?:in|at|outside) the|kicking (?:his|her) head in|jump (?:a|him|her) )|"
            r"(?:missing overnight|reported missing|hasn'?t come (?:home|into school|in)|not in (?:her|his) (?:room|bed)|whereabouts unknown)|"
            r"(?:hotel|flat|house) with (?:a|an|this|the) (?:man|adult|older)|(?:stay|staying) with (?:him|a man)|train ticket|"
            r"(?:taken|took|swallowed) (?:the whole|a whole|all (?:her|his|the)) (?:packet|box|bottle)|called 999|rung 999|ring 999)"
        ),
        unless=_re(
            r"\b(?:lessons?|resources?|training|curriculum|policy|policies|webinar|"
            r"missing (?:the|a|an|out|lessons?|school|homework|deadlines?|data|files?|money|items?|"
            r"(?:his|her|their|my) (?:phone|ipad|laptop|tablet|device|charger|bag|coat|password)))\b"
        ),
    ),
)

# Text about a past, closed incident (a records question, a review) raises no flag.
RETROSPECTIVE = _re(
    r"\b(?:historic(?:al)? (?:incident|case|concern)|last year'?s (?:\w+ )?(?:case|incident)|"
    r"in (?:spring|summer|autumn|winter) 20\d\d|retention of (?:records|data)|outcome 21|"
    r"(?:is|are|now) doing (?:really |very )?well now|has since left|"
    r"when (?:she|he|they) (?:was|were) (?:1[0-7]|[4-9])\b)"
)
_CHILD_RE = re.compile(rf"\b{CHILD}\b", re.IGNORECASE)

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n\s*\n|\n(?=[-*•]\s)")


def normalise(text: str) -> str:
    """Straight quotes, single spaces, hyperbole removed (replaced by a neutral word)."""
    text = (
        text.replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
        .replace("\u2013", "-")
        .replace("\u2014", "-")
    )
    return HYPERBOLE.sub(" figure-of-speech ", text)


def sentences(text: str) -> list[str]:
    """The text's sentences (and paragraphs and list items), stripped, empty ones dropped."""
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def find_risks(text: str) -> list[RuleHit]:
    """The rules that fire on the text, at most one hit per flag (the first, in text order).

    Sextortion of a child implies an indecent image of that child (the images demanded or
    held are indecent images in law), so it raises both flags.
    """
    found: dict[str, RuleHit] = {}
    clean = normalise(text)
    if RETROSPECTIVE.search(clean):
        return []
    for sentence in sentences(clean):
        flat = " ".join(sentence.split())
        for rule in RULES:
            if rule.flag in found:
                continue
            if rule.pattern.search(flat) and not (rule.unless and rule.unless.search(flat)):
                found[rule.flag] = RuleHit(flag=rule.flag, rule=rule.name, excerpt=flat[:200])
    if SEXTORTION in found and INDECENT_IMAGE not in found and _CHILD_RE.search(clean):
        hit = found[SEXTORTION]
        found[INDECENT_IMAGE] = RuleHit(
            INDECENT_IMAGE, "indecent_image.child_sextortion", hit.excerpt
        )
    return list(found.values())
