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

- roles, documents, faith, care and service words and other languages, from lexicons with
  their sources in their headers: a role or document whole (data/roles.txt: "Family
  Liaison", "the DS" with no name after it) or a title-case phrase of everyday words ending
  in a role's or document's head ("Digital Media Investigator", "Parish Safeguarding
  Handbook"), and a name before a comma and a role cut to the name ("Saima Javed, Family
  Liaison"); faith, care, mail and app words (data/service_terms.txt: "Jummah", "kinship
  carer", "Inbox", "My AI") and apps with a capital inside that English writes ("iPhone",
  cut from "Ellie's iPhone"); a run of two or more words of Polish, Romanian, Welsh,
  Gaelic, Somali, Urdu or Arabic in Latin script (data/other_languages.txt, no listed name in
  it: "Dzień dobry", "ciamar a tha thu"); a town or a city's district after "moved to"
  ("moved to Wythenshawe") found as a school.

Each check reads a finding's whole text. A listed first name or surname vetoes every one of
them but the two-word places whose second word says so ("Barry Island": no one is called
Island).

Pure: no Django. `drop_nobody(text, entities)` gives the entities without these.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from casebook.redaction import factored
from casebook.redaction.core import ADDRESS_WORDS, ENTITY_TYPES, Entity
from casebook.redaction.keep import LAST_WORD_RE
from casebook.redaction.lexicon import (
    DATA_DIR,
    address_places,
    areas,
    cities_abroad_travelled,
    city_areas,
    fold,
    lexicon,
    places_abroad,
    read_plain_words,
    read_words,
    roles,
    short_forms,
    towns,
    towns_more,
    villages,
    word_set,
)
from casebook.redaction.namemodel import zipf_table
from casebook.redaction.names import (
    CALENDAR_WORDS,
    HONORIFICS,
    in_reference,
    initials_by_place,
    initials_cued,
    initials_of_people,
    rare_initials,
    spelled_in_brackets,
    word_as_initials,
    words_of_another_language,
    writer_initials,
)
from casebook.redaction.patterns import (
    CREW_ACTIVITIES,
    SQUAD_ACTIVITIES,
    STREET_WORD_SET,
    TOWN_AFTER_KINDS,
    VERSION_RE,
    WORSHIP_SETTING_TERMS,
)

# Place-name elements that open Welsh, Gaelic, Scots and Irish places and no common first
# name or surname: llan (church), aber (river mouth), caer (fort), cwm (valley), pont
# (bridge), bally and baile (town), inver (river mouth), kil (church), strath (valley), auch
# (field), ystrad (vale), maes (field), blaen (head of a valley).
CELTIC_PLACE_RE = factored.compile(
    r"(?:Llan|Aber|Caer|Cwm|Pont[ay]|Pontll|Bally|Baile|Inver|Kil|Strath|Auch|Ystrad|"
    r"Maes|Blaen)(?=[a-z]{3})[a-z]+"
)
# A child's or a relative's word before a word of a place's shape: the word is their name.
KIN_BEFORE_PLACE_RE = factored.compile(
    r"\b(?:son|daughter|child|brother|sister|grandson|granddaughter|nephew|niece)[ \t]+\Z",
    re.I,
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
    "parva regis sands spa region"
)
DISTRICT_LAST_WORDS = word_set("island isle end sands")
# Of PLACE_LAST_WORDS, those that are surnames too: after a listed first name, a person's.
PLACE_LAST_SURNAMES = word_set("sands")
# One of PLACE_LAST_WORDS, capitalised, right after a word found alone ("Pentrefoel Fawr").
PLACE_LAST_AFTER_RE = factored.compile(r"[ \t](?P<w>[A-Z][a-zòô]+)(?![\w'’\-])")
TITLES = ADDRESS_WORDS | word_set("pcso sgt insp det")
# What a place follows: a school or a street and a comma; "a girl from", "moved to".
SCHOOL_COMMA_BEFORE_RE = factored.compile(
    r"(?:School|College|Academy|Primary|High|Grammar|Infants|Juniors|Church|Mosque|Centre|"
    r"Club|Hall|Park)[ \t]*,[ \t]*\Z"
    # Welsh, Gaelic and Irish schools name their kind first: "Sgoil Creag Goraidh, Benbecula"
    r"|(?<![\w'’\-])(?:Ysgol|Sgoil|Scoil|Gaelscoil|Bunscoil|Meánscoil)(?:[ \t]+[\w'’\-]+){1,4}"
    r"[ \t]*,[ \t]*\Z"
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
    r"teens?|cousins?|relatives|is|are|was|were|comes|came|originally)[ \t]+(?:from|fae|frae)|"
    r"(?:moved|moving|move|relocated)[ \t]+(?:back[ \t]+)?to|grew[ \t]+up[ \t]+in)[ \t]+\Z",
    re.I,
)
# "lives in X", "family in X": a place where no street follows ("lives in Oakbank, Sedbergh
# Road" is an address).
LIVES_IN_BEFORE_RE = factored.compile(
    r"(?<![\w'’\-])(?:lives|living|live|based|settled|family|families)[ \t]+in[ \t]+\Z", re.I
)
LIVES_IN_AFTER_RE = factored.compile(r"[ \t]*(?:[.;!?)\n]|\Z|[ \t]+[a-z])")
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
# Words a form answers with for a kind of person: "Role: Child (age 14)".
PEOPLE_KIND_WORDS = word_set(
    "child pupil student learner parent carer mum dad mother father teacher boy girl son "
    "daughter victim other"
)
AGE_OR_PRONOUNS_BRACKET_RE = factored.compile(
    r"[ \t]*\([ \t]*(?:\d{1,2}\b|aged?\b|(?:she|he|they|xe|ze)/)"
)
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

# Group names, titles, councils, brands, services, roles, festivals, forces.
# A group, chat, story or gang named by its last word ("Private Story", "Year 7 Tings",
# "Blaenau Mafia", "the Peckham Opps"): the words before it name a place, a year or a school.
GROUP_WORDS = word_set(
    "chat chats group gc groupchat story squad crew gang opps mafia fam tings mandem gyaldem "
    "massive posse chill bants banter"
)
# Kinds of setting named "... Group" (see patterns._kind_settings): the scouts' groups
# children belong to, no chat; a youth or toddler group too where it is named in capitals
# ("St Columba's Parish Youth Group", not "the mosque youth group").
SETTING_GROUP_KINDS = word_set("scout scouts rainbow")
# A crew or squad of an activity is a club, no chat: "Stepz Dance Crew", "Southall Bhangra
# Crew", "City of Sheffield Swim Squad".
ACTIVITY_GROUP_KINDS = frozenset((*CREW_ACTIVITIES, *SQUAD_ACTIVITIES)) | word_set(
    "cheer cheerleading netball"
)
NAMED_GROUP_KINDS = (
    "Youth",
    "Toddler",
    "Toddlers",
    "YOUTH",
    # A faith community's group: "Shri Ram Mandir Yuva Group", "St Cuthbert's Catholic
    # Children's Liturgy Group".
    "Yuva",
    "Liturgy",
    # A company of nurseries or of colleges: "Tiny Steps Nursery Group", "Sunbeam Nurseries
    # Group", "Derby College Group".
    "College",
    "Colleges",
    "Nursery",
    "Nurseries",
    "NURSERY",
    "NURSERIES",
)
YEAR_GROUP_RE = factored.compile(r"(?:[Yy]ear|[Yy]r|YEAR|YR)|[Yy]\d{1,2}")
YEAR_IN_SPAN_RE = factored.compile(r"(?<!\S)(?:[Yy]ear|[Yy]r|YEAR|YR|[Yy]\d{1,2})(?!\S)")
# Council and borough forms: "Comhairle nan Eilean Siar", "Cyngor Gwynedd", "London Borough
# of Hounslow", "Waltham Forest Council"; a word before "police" or "council" is a place.
COUNCIL_WORDS = word_set("comhairle cyngor council borough")
COUNCIL_BEFORE_RE = factored.compile(
    r"(?:\b(?:Comhairle|Cyngor)(?:[ \t]+(?:nan|na|nam|Sir|Bwrdeistref))?|"
    r"\b(?:Borough|Council|County|City|Royal[ \t]+Borough)[ \t]+of)[ \t]+\Z"
)
# The last words of COUNCIL_BEFORE_RE and SERVICE_SLOT_BEFORE_RE (their searches, over
# forty characters, run only after one of them).
SLOT_GATE_RE = factored.compile(
    r"(?:\b(?:[Cc]omhairle|[Cc]yngor|nan|na|nam|[Ss]ir|Bwrdeistref|of|to|on|about|for|and|the)"
    r"|[+&,])[ \t]+\Z",
    re.I,
)
PLACE_SLOT_AFTER_RE = factored.compile(
    r"[ \t]+(?:[Cc]ouncil|COUNCIL|[Pp]olice|POLICE|[Cc]onstabulary|[Bb]orough|[Hh]amlets|Vale)\b"
)
# Former postal county abbreviations (Royal Mail's list of county names used in addresses
# until 1996, as written in notes: "Lincs", "Notts", "Herts").
COUNTY_ABBREVIATIONS = word_set(
    "beds berks bucks cambs derbys glos gloucs hants herts lancs leics lincs middx northants "
    "northumb notts oxon salop shrops staffs wilts worcs yorks"
)
# Short forms of cities and towns that notes write (written by hand from general knowledge):
# "(hodgemoor grange, bham)", "clifton nottm", "lives in manc".
TOWN_SHORT_FORMS = word_set("bham brum nottm manc mcr ldn lpool sheff soton pboro wsm")
AREA_FORMS = COUNTY_ABBREVIATIONS | TOWN_SHORT_FORMS
# After a place written at a lower-case name's end: the end of a clause, a dash, or the
# place's police or council ("dsl catrin wrexham,", "PC singh leics police").
TOWN_TAIL_AFTER_RE = factored.compile(
    r"[ \t]*(?:[.,;:)\n]|\Z|[ \t]-)|[ \t]+(?:police|constabulary|council|cc)\b"
)
NEXT_WORD_RE = factored.compile(r"[ \t]+([a-z]+)(?![\w'’\-])")
# Position words before a place's second word ("Wester Ross", "Nether Wallop").
POSITION_WORDS = PLACE_FIRST_WORDS | word_set("wester easter")
# Nouns that say the words before them name a product, brand or service: "a Louis Vuitton
# bag", "the Strava app", "her Kik account", "the Papyrus helpline".
BRAND_NOUN_AFTER_RE = factored.compile(
    r"(?P<mid>[ \t]+[A-Z][\w'’]*)?[ \t]+"
    r"(?P<noun>bags?|handbags?|purse|wallet|trainers|shoes|sliders|jacket|coat|hoodie|tracksuit|perfume|watch|belt|apps?|accounts?|website|site|helpline|"
    r"charity|hotline|platform|server)\b"
)
DETERMINER_BEFORE_RE = factored.compile(
    r"(?<![\w'’\-])(?:a|an|the|A|An|The|fake|designer|new|real|her|his|my|their|your)[ \t]+\Z"
)
# Where a service or charity is named: "signposted to X", "referred to X", "info on X",
# "Revenge Porn Helpline + X".
SERVICE_SLOT_BEFORE_RE = factored.compile(
    r"(?:\b(?:signposted|signposting|signpost|referred|referring|refer|referral)[ \t]+"
    r"(?:her|him|them|mum|dad|parents?|the[ \t]+family|school)?[ \t]*(?:on[ \t]+)?to|"
    r"\b(?:info|information|details|leaflets?|numbers?)[ \t]+(?:on|about|for)|"
    r"(?:Helpline|Line|Trust|Foundation|Charity|Service)[ \t]*(?:\+|&|and|,))"
    r"[ \t]+(?:the[ \t]+)?\Z",
    re.I,
)
# Roles written alone like a name ("Hugo Fanshawe-Tait, Bursar, Chedworth Hall", "the
# Chaplain"): school, church and charity posts, none a first name or surname.
ROLE_WORDS = word_set(
    "bursar chaplain governor governors clerk registrar principal headteacher headmaster "
    "headmistress caretaker receptionist administrator coordinator trustee trustees chair "
    "chairperson secretary treasurer warden matron housemaster housemistress verger "
    "churchwarden vicar curate rector senco dsl ddsl "
    # short forms notes write in lower case: head of school, of house, of department;
    # manager, assistant ("spoke to okafor (hos, ...)", "nursery mgr")
    "hos hoh hod mgr asst"
)
# Roles written as their short form in capitals after a name and a comma ("Gwen, FLO",
# "Morag Sutherland, HT"): head teacher and deputy, assistant head, school business manager,
# family liaison officer, designated safeguarding lead and deputy, head of year, human
# resources (written by hand from general knowledge of UK school and police posts).
ROLE_ACRONYMS = word_set("ht dht aht sbm flo dsl ddsl dsp hoy hr senco")
# Religious festivals and seasons (the Inter Faith Network's calendar of festivals, the main
# ones of each faith): "during Ramadan", "after Eid".
FESTIVALS = word_set(
    "ramadan ramadhan eid diwali deepavali hanukkah chanukah passover pesach purim sukkot "
    "shavuot vaisakhi baisakhi navratri holi lent advent easter christmas whitsun pentecost "
    "ashura muharram rosh hashanah yom kippur janmashtami raksha bandhan"
)
# Police forces and agencies by their acronym (the Home Office's list of forces, and the
# national agencies): "go to the PSNI", "pc dhillon from gmp".
FORCE_ACRONYMS = word_set("psni gmp btp mps nca ceop psos wmp wyp syp nyp tvp cnc mdp")
# A line's first word that is an everyday word (by word frequency) and no name: "Today
# somebody made ...", "Img attached"; and e-mail subject prefixes ("Re", "Fwd").
LINE_START_ZIPF = 4.5
# A short word in capitals this common is a function word, not initials or a name ("DO",
# "AT"; "JO" is 4.5, "AL" 4.9).
FUNCTION_WORD_ZIPF = 6.0
# An English word on no name list before a post qualifies the post ("Brownie leader", "foster
# carer", "trainee teacher", "Group Lead Volunteer", "Digital Media Investigator"); "Miss Quill
# teacher" (after a title) is someone.
ROLE_QUALIFIER_ZIPF = 2.9
ROLE_AFTER_WORD_RE = factored.compile(
    r"(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:[Ll]eader|[Cc]arer|[Tt]eacher|Lead|[Dd]irector|"
    r"[Ii]nvestigator|[Oo]fficer|[Mm]anager|[Ww]orker|[Vv]olunteer|[Cc]o-?ordinator|[Nn]urse)s?"
    r"(?![\w'’\-])"
)
# Endings of adjectives, adverbs and abstract nouns that no name has.
DERIVED_ENDING_RE = factored.compile(
    r"(?:ful|fully|ally|tion|tions|sion|sions|ous|ments|ive|rral|ical)\Z"
)
# Capitals that stand alone for a person's initial ("A" and "I" are words as well).
SINGLE_CAPITALS = frozenset("BCDEFGHJKLMNOPQRSTUVWXYZ")
MAIL_PREFIXES = word_set("re fw fwd img pic pics screenshot screenshots attachment attached")
LINE_OR_SENTENCE_START_RE = factored.compile(r"(?:^|\n|[.!?][ \t])[ \t>*\-]*\Z")
LOWER_WORD_AFTER_RE = factored.compile(r"[ \t]+[a-z]")
NAME_AFTER_RE = factored.compile(r"[ \t]+[A-Z]")
# Titles of faith before a name: the name is the words after it ("Reverend Ceri Morgan").
FAITH_TITLES = HONORIFICS | word_set("rev revd reverend father fr vicar")
# Schools are named after bishops and fathers ("Bishop Challoner", "Bishop Wand C of E
# School"), not after a reverend or an imam: a school's finding loses only these, and a
# teacher's title in a faith or a martial art ("Maulana Siddique", "Sensei Hollis", "Mestre
# Jorginho").
CLERGY_TITLES = word_set(
    "rev revd reverend pastor imam rabbi ustadh ustadha sheikh maulana maulvi sensei mestre sifu"
)
# A religious sister's title opening a person's finding, before a capitalised name.
RELIGIOUS_TITLE_RE = factored.compile(r"(?:Sister|SISTER|Sr\.?)[ \t]+(?=[A-Z])")
CLERGY_PREFIXES = tuple(
    f(w)
    for w in (
        "rev",
        "pastor",
        "imam",
        "rabbi",
        "ustad",
        "sheikh",
        "maul",
        "sensei",
        "mestre",
        "sifu",
    )
    for f in (str.title, str.upper)
)
CAMERA_INITIALS = "IDPVMGS"
# A school's finding is reshaped only where it opens with a title of faith or "the" ("the
# PSNI") or ends in a group's word ("PARISH YOUTH GROUP").
GROUP_ENDINGS = tuple(f(w) for w in GROUP_WORDS for f in (str.lower, str.title, str.upper))
SCHOOL_RESHAPE_PREFIXES = (*CLERGY_PREFIXES, "the ", "The ", "THE ")
WORD_RE = factored.compile(r"\S+")
# The file names cameras and phones give photos and screen recordings (the DCF standard's
# four-character prefix and number, "IMG_0412", "DSC_1234"; Android's "PXL_", "VID_"), with
# or without an extension.
CAMERA_FILE_RE = factored.compile(
    r"(?:IMG|DSC|DSCN|DCIM|PXL|VID|MOV|MVI|GOPR|Screenshot|Screen_Recording)[_\-]?\d[\d_\-]*"
    r"(?:\.(?:jpe?g|png|heic|gif|mp4|mov|webp|JPE?G|PNG|HEIC|GIF|MP4|MOV|WEBP))?"
)
POSSESSIVE_RE = factored.compile(r"['’]s\Z")
# An address's last part that is a borough ("Vale" ends localities that sets label inside
# addresses: "Brinsford Vale") ("Cable Street, Tower Hamlets").
BOROUGH_ENDS = ("Hamlets", "Borough")
BOROUGH_TAIL_RE = factored.compile(r",[ \t]*[A-Z][a-z]+[ \t]+(?:Hamlets|Borough)\Z")


# Roles, documents, faith, care and service words, and other languages (data/roles.txt,
# data/service_terms.txt, data/other_languages.txt, each with its sources in its header).
# A title-case phrase of everyday words ending in one of these heads is a role, a team or a
# document: "Digital Media Investigator", "Family Liaison", "Parish Safeguarding Handbook".
ROLE_HEADS = word_set(
    "officer officers investigator liaison doctor lead worker workers handbook policy guidance "
    "procedure procedures plan rating team unit hub nurse manager adviser advisor coordinator "
    "practitioner service services panel coach lecturer teacher tutor leader mentor support "
    "assistant principal"
)
# A school's or setting's finding is a document only by these heads ("Riverside Youth Hub"
# is a setting).
DOCUMENT_HEADS = word_set("handbook policy guidance procedure procedures plan")
# Words a role's or document's title may hold between its capitalised words.
ROLE_JOINERS = word_set("for of and & the in on to at")
# An app's or device's name with a capital inside after one small letter: "iPhone", "eBay";
# read as one only where English writes it lower-cased at Zipf 3.0 or more ("iphone" 4.4,
# "ipad" 4.1, "ebay" 4.0; a gamer tag such as "xXsleepyXx" is not written so).
APP_SHAPE_RE = factored.compile(r"[a-z][A-Z][a-z]{2,}")
FOLD_STRIP = ".,;:!?()[]\"'“”‘’"
FOLD_CHARS = frozenset(FOLD_STRIP)
# A word before or after a finding, for runs of another language's words ("Dzień dobry").
WORD_AFTER_RE = factored.compile(r"[ \t]*,?[ \t]*([^\W\d_]+(?:['’\-][^\W\d_]+)*)")
WORD_BEFORE_RE = factored.compile(r"([^\W\d_]+(?:['’\-][^\W\d_]+)*)[ \t]*,?[ \t]*\Z")
# A neighbour joins a run of another language only if English seldom writes it ("a", "to"
# and "de" are words of both).
OTHER_LANGUAGE_NEIGHBOUR_MAX_ZIPF = 4.0
# "moved to Wythenshawe": a family's move to a town or district, not a child's to a school.
MOVED_TO_BEFORE_RE = factored.compile(
    r"(?<![\w'’\-])(?:moved|moving|move|relocated|relocating)[ \t]+(?:back[ \t]+)?to[ \t]+\Z",
    re.I,
)


@cache
def _roles() -> tuple[frozenset[str], frozenset[str]]:
    """(the phrases of data/roles.txt, every word of them)."""
    phrases = roles()
    return phrases, frozenset(w for p in phrases for w in p.split())


@cache
def _service_terms() -> frozenset[str]:
    """The words and phrases of data/service_terms.txt."""
    return read_words("service_terms.txt")


@cache
def _other_language_words() -> frozenset[str]:
    """The words of data/other_languages.txt (written by build_lists.py)."""
    return read_plain_words("other_languages.txt")


def _folded(words: list[str]) -> list[str]:
    return [POSSESSIVE_RE.sub("", w.strip(FOLD_STRIP)).lower().replace("’", "'") for w in words]


def _role_phrase(words: list[str]) -> bool:
    """A role, rank, team or document (data/roles.txt whole: "Family Liaison", "DS"), or a
    title-case phrase of everyday words ending in a role's or document's head ("Digital Media
    Investigator", "Named Doctor for Safeguarding", "Parish Safeguarding Handbook"); no word
    but the head a listed name ("Hope Worker" is someone)."""
    lows = _folded(words)
    phrases, role_words = _roles()
    whole = " ".join(lows)
    if whole in phrases or ("-" in whole and whole.replace("-", " ") in phrases):
        return len(lows) > 1 or not _listed_word(lows[0])  # "Vice-Principal" too
    if len(lows) < 2 or lows[-1] not in ROLE_HEADS:
        return False
    for w, low in zip(words, lows, strict=True):
        if low in ROLE_JOINERS:
            continue
        if not w[:1].isupper() or _listed_word(low):
            return False
        if low not in role_words and _zipf(low) < EVERYDAY_ZIPF:
            return False
    return True


def _service_term(words: list[str]) -> bool:
    """Faith, care and service words, mail-client words and apps (data/service_terms.txt):
    the phrase whole ("kinship carer", "My AI"), every word one of its single words
    ("Jummah", "ustadh"), or an app's shape ("iPhone")."""
    lows = _folded(words)
    terms = _service_terms()
    if " ".join(lows) in terms:
        return len(lows) > 1 or not _listed_word(lows[0])
    if len(words) == 1 and APP_SHAPE_RE.fullmatch(words[0].strip(FOLD_STRIP)):
        return _zipf(lows[0]) >= EVERYDAY_ZIPF
    return lows[-1] in terms and all(
        w in ROLE_JOINERS or (w in terms and not _listed_word(w)) for w in lows
    )


# Thanks and blessings, and greetings, of other languages that stand alone in English mail
# ("mulțumesc was all I got", "Sláinte and thanks,", "Hola,", "Helo, forwarding this"); a
# greeting before a name is no part of it ("Olá João"). build_lists puts them on
# data/other_languages.txt.
THANKS_WORDS = word_set(
    "mulțumesc multumesc dziękuję dziekuje sláinte slainte slàinte slán jazakallah shukran "
    "shukriya mahadsanid diolch merci gracias danke obrigado obrigada grazie hvala köszönöm "
    "koszonom děkuji dekuji ďakujem dakujem ačiū aciu paldies aitäh aitah teşekkürler "
    "tesekkurler spasibo dyakuyu dhanyavaad dhanyavad abeg salamat köszönöm дякую спасибі "
    "спасибо ndatenda tashakor tashakur dhanyabad dhanyawad dhonnobad nandri yekenyeley "
    "ameseginalehu medaase daalu spas supas"
)
# Not "ola" (a first name) nor "salam" (a first name too).
GREETING_WORDS = word_set(
    "hola olá bonjour salut namaste namaskar shalom chào chao xin helo shwmae ciao cześć czesc "
    "privet pryvit merhaba marhaba buongiorno buonasera labas sveiki selam sawasdee siema "
    "привіт привет здравствуйте вітаю habari jambo karibu vanakkam mhoro mangwanani silav ahoj "
    "akwaaba tenayistilign waheguru"
)


def _other_language_run(text: str, start: int, end: int, words: list[str]) -> bool:
    """Words of another language UK families write in (data/other_languages.txt, no listed
    name among them), two or more together: a finding of two such words ("fiul meu"), one
    beside another that English seldom writes ("Dzień dobry", "ciamar a tha thu"), or a word of
    thanks or greeting alone (THANKS_WORDS, GREETING_WORDS)."""
    known = _other_language_words()
    lows = _folded(words)
    if not all(w in known for w in lows):
        return False
    if len(lows) > 1 or lows[0] in THANKS_WORDS or lows[0] in GREETING_WORDS:
        return True
    pos = end
    for _ in range(3):
        m = WORD_AFTER_RE.match(text, pos)
        if m is None or (low := m.group(1).lower()) not in known:
            break
        if _zipf(low) < OTHER_LANGUAGE_NEIGHBOUR_MAX_ZIPF:
            return True
        pos = m.end()
    # Going back likewise: "Diolch o galon" (over "o", which English writes often too).
    pos = start
    for _ in range(3):
        m = WORD_BEFORE_RE.search(text, max(0, pos - 30), pos)
        if m is None or (low := m.group(1).lower()) not in known:
            break
        if _zipf(low) < OTHER_LANGUAGE_NEIGHBOUR_MAX_ZIPF:
            return True
        pos = m.start(1)
    return False


@cache
def _lexicon_last_words() -> frozenset[str]:
    """Every word a finding read by _lexicon_kind may end in (lower case): the last words of
    roles, documents and service phrases, role heads and other languages' words."""
    phrases, _ = _roles()
    return frozenset(
        {p.rsplit(" ", 1)[-1] for p in phrases | _service_terms()}
        | ROLE_HEADS
        | _other_language_words()
    )


AREA_CUE_BEFORE_RE = factored.compile(r"\b(?i:from|in|around|near|area)[ \t]*:?[ \t]*\Z")
NAME_WORD_BEFORE_RE = factored.compile(r"[A-Z][\w'’]*[ \t]+\Z")
# A courtesy title before: the word after it is a surname, though a role's ("Mr Hafiz").
COURTESY_TITLE_BEFORE_RE = factored.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+\Z")


def _lexicon_kind(text: str, start: int, end: int, words: list[str]) -> bool:
    """A role or document, a faith, care or service word, or a run of another language.

    Most findings are names: one set lookup of the last word (lower-cased, or folded where it
    holds an apostrophe or punctuation) turns them away; an app's shape ("iPhone") is read
    apart."""
    last = words[-1]
    low = last.lower()
    last_words = _lexicon_last_words()
    if (
        low not in last_words
        and low.rpartition("-")[2] not in last_words
        and (last.isalpha() or FOLD_CHARS.isdisjoint(last) or _folded([last])[0] not in last_words)
    ):
        return (
            len(words) == 1 and APP_SHAPE_RE.fullmatch(last) is not None and (_service_term(words))
        )
    if len(words) == 1 and (
        (
            low in WORSHIP_SETTING_TERMS  # they end a setting's own name, which stays
            and NAME_WORD_BEFORE_RE.search(text, max(0, start - 30), start) is not None
        )
        or COURTESY_TITLE_BEFORE_RE.search(text, max(0, start - 6), start) is not None
    ):
        return False  # a setting's word after a name; a surname after a title ("Mr Hafiz")
    return (
        _role_phrase(words)
        or _service_term(words)
        or _other_language_run(text, start, end, words)
        or (len(words) == 1 and _phrase_before(text, start, words[0]))
    )


# Up to three capitalised words before a finding ("the Named Doctor").
CAPITALISED_BEFORE_RE = factored.compile(r"(?:[A-Z][a-z]+[ \t]+){1,3}\Z")


def _phrase_before(text: str, start: int, word: str) -> bool:
    """A role's head found alone after the title-case words of its role ("the Named Doctor
    for Safeguarding": "Doctor"), or a service phrase's last word found alone ("Supported
    Accom": "Accom")."""
    low = word.lower()
    if low in ROLE_HEADS:
        before = CAPITALISED_BEFORE_RE.search(text, max(0, start - 40), start)
        if before is not None:
            prior = before.group(0).split()
            # The shortest phrase ending here first: "PT Pupil Support" holds "Pupil Support".
            if any(_role_phrase([*prior[i:], word]) for i in range(len(prior) - 1, -1, -1)):
                return True
    if low not in _service_last_words():
        return False
    before = WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    return before is not None and _service_term([before.group(1), word])


@cache
def _service_last_words() -> frozenset[str]:
    return frozenset(p.rsplit(" ", 1)[-1] for p in _service_terms() if " " in p)


def _lone_title(text: str, start: int, end: int, low: str) -> bool:
    """A title with no name after it ("the DS said", "Rev asked"): no one in itself."""
    return low.rstrip(".") in TITLES and NAME_AFTER_RE.match(text, end) is None


def _moved_to_town(text: str, start: int, end: int) -> bool:
    """A town or a city's district (no village) after "moved to": where a family went, not a
    school ("moved to Wythenshawe")."""
    if MOVED_TO_BEFORE_RE.search(text, max(0, start - 24), start) is None:
        return False
    low = text[start:end].lower()
    return (low in city_areas() or (low in towns() and low not in villages())) and (
        not _listed_word(low)
    )


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
    low = word.lower()
    if _listed_word(low) or (not low.isascii() and _listed_word(fold(low))):
        return False  # "Our Head of School, Siobhán, is": a name, with its accent or without
    if _title_before(text, start):
        return False
    if end < len(text) and text[end] in "'’":
        return False  # "Llanover's": a person's, or a place's: left as found
    if KIN_BEFORE_PLACE_RE.search(text, max(0, start - 16), start) is not None:
        return False  # "My son Kiluanji is 14": a child's name, whatever its shape
    if CELTIC_PLACE_RE.fullmatch(word):
        return True
    last = PLACE_LAST_AFTER_RE.match(text, end)
    if last is not None and last.group("w").lower() in PLACE_LAST_WORDS:
        return True  # "Pentrefoel Fawr", "Skelmoor Island": the next word says it is a place
    if not PLACE_AFTER_RE.match(text, end):
        return False
    lo = max(0, start - 60)
    if (
        SCHOOL_COMMA_BEFORE_RE.search(text, lo, start)
        or STREET_COMMA_BEFORE_RE.search(text, lo, start)
        or FROM_BEFORE_RE.search(text, lo, start)
    ):
        return True
    if LIVES_IN_BEFORE_RE.search(text, lo, start) and LIVES_IN_AFTER_RE.match(text, end):
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
    if last not in PLACE_LAST_WORDS:
        return False
    # A surname too after a listed first name: a person's ("Keeley Sands"), unless the two
    # are a town ("Woburn Sands"; "Camber Sands" is a kept phrase).
    return (
        last not in PLACE_LAST_SURNAMES
        or not lexicon().any_first_name(first)
        or f"{first} {last}" in towns()
    )


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
    # Written elsewhere in lower or title case, it is a word or a name the text uses; standing
    # somewhere as initials stand ("Present: KAB, mum"), it is a person's.
    others = list(re.finditer(r"\b" + word + r"\b", text, re.I))
    return all(m.group(0).isupper() for m in others) and not any(
        initials_cued(text, m.start(), m.end()) or spelled_in_brackets(text, m.start(), m.end())
        for m in others
    )


def _listed_initials(text: str, word: str) -> bool:
    """Whether capitals stand somewhere in text where a note gives initials
    (names.initials_by_place: "Present: DPH (Chair), TO (Headteacher)", "Caseworker: RS",
    "YOT (AN):"), as a note's writer's or a post-holder's initials (names.writer_initials),
    or before what a person did (names.word_as_initials: "IN reminded her"): they are
    someone's initials wherever they stand, though they spell a word."""
    return any(
        initials_by_place(text, m.start(), m.end())
        or writer_initials(text, m.start(), m.end())
        or word_as_initials(text, m.start(), m.end())
        for m in re.finditer(r"(?<![\w.@/#\-])" + re.escape(word) + r"(?![\w@/#\-])", text)
    )


FULL_NAME_AFTER_RE = factored.compile(r"[ \t]*\(([A-Z][a-z]+)[ \t]")
NICKNAME_LABEL_BEFORE_RE = factored.compile(
    r"(?i:nick[ \t]?name|known[ \t]+as|preferred[ \t]+name|goes[ \t]+by)[ \t]*:[ \t]*\Z"
)


def _form_word(text: str, start: int, end: int) -> bool:
    """A form's answer or a heading that is an everyday word and no name: "Name: Withheld",
    "Comments (3):"."""
    word = text[start:end]
    low = word.lower()
    if not word.isalpha() or _listed_word(low) or _zipf(low) < EVERYDAY_ZIPF:
        return False
    if NICKNAME_LABEL_BEFORE_RE.search(text, max(0, start - 20), start):
        return False  # "Nickname: Bean": the name a child goes by, whatever the word
    if word.isupper() and (initials_cued(text, start, end) or rare_initials(word)):
        # "Present: KM (LADO)", "What happened: KB (service child)": initials, not "km" nor
        # "kb"
        return False
    full = FULL_NAME_AFTER_RE.match(text, end)
    if full is not None and full.group(1).lower().startswith(low):
        return False  # "Name: Kam (Kamaljit Dhillon)": a short form of the name after it
    if (
        FIELD_BEFORE_RE.search(text, max(0, start - 30), start)
        and FIELD_AFTER_RE.match(text, end)
        and not (AGE_OR_PRONOUNS_BRACKET_RE.match(text, end) and low not in PEOPLE_KIND_WORDS)
    ):
        return True  # not "Concern: Bran (14, gay) has been seen ...": someone's age after
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


# A quoted phrase of this many words or more, every one an everyday word in lower case or a
# kept word, is something said, not a handle or a group's name.
QUOTED_SPEECH_WORDS = 4


def _said_word(word: str) -> bool:
    low = word.lower()
    if not word.isalpha() or _listed_word(low):
        return False
    return (word.islower() and _zipf(low) >= EVERYDAY_ZIPF) or low in lexicon().protected


def _quoted_description(text: str, start: int, end: int) -> bool:
    """A quoted phrase in lower case that says what someone is, not who: everyday words after
    "a", "an" or "the" ('a "streamer" on twitch', 'a "trans mentor" on Discord'), an age
    ('sent pics to "16yo"', 'a "17 year old" on Yubo'), or something said, of four everyday
    or kept words or more ('"just banter about Roblox"'). Not a listed name ('a "kai"')."""
    if not (start > 0 and end < len(text) and text[start - 1] in QUOTES and text[end] in QUOTES):
        return False
    phrase = text[start:end]
    if AGE_RE.fullmatch(phrase):
        return True
    words = phrase.split()
    if len(words) >= QUOTED_SPEECH_WORDS and all(_said_word(w) for w in words):
        return True  # 'it was "just banter about Roblox"', '"a day in my life as a SEN TA"'
    if not ARTICLE_BEFORE_RE.search(text, max(0, start - 6), start - 1):
        return False
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


def _head_listed(words: list[str]) -> bool:
    return any(_listed_word(POSSESSIVE_RE.sub("", w).lower()) for w in words)


def _group_name(text: str, ent: Entity, words: list[re.Match[str]]) -> Entity | None:
    """A group, chat, story or gang named by its last word ("Private Story", "Year 7 Tings",
    "Blaenau Mafia"): dropped, unless a word before it is a listed name ("Ellis Crew" is
    left as found). A name before a year group stays, as a school ("Kingsmead Year 4 Chat":
    "Kingsmead") or, if listed, as a person; only the group's words survive. A setting's
    group is left as found: "Kingsmoor Wold Scout Group", "Firthside Rainbow Group", and so
    is an activity's crew or squad ("Stepz Dance Crew")."""
    if len(words) >= 3 and (
        words[-2].group(0).lower() in SETTING_GROUP_KINDS
        or (words[-2].group(0) in NAMED_GROUP_KINDS and words[0].group(0)[:1].isupper())
        or (
            words[-2].group(0).lower() in ACTIVITY_GROUP_KINDS
            and words[0].group(0)[:1].isupper()
            and words[-1].group(0).lower() in ("crew", "squad")
        )
    ):
        return ent
    head: list[re.Match[str]] = []
    year = False
    for w in words[:-1]:
        if YEAR_GROUP_RE.fullmatch(w.group(0)):
            year = True
            break
        head.append(w)
    texts = [w.group(0) for w in head]
    if _head_listed(texts):
        if not year:
            return ent
        return Entity(head[0].start(), head[-1].end(), "PERSON")
    if not year and any(_surname_elsewhere(text, t) for t in texts):
        return ent  # "Ruby Hargreaves ... "The Hargreaves Crew"": her family's
    if year and texts and all(_zipf(t.lower()) < EVERYDAY_ZIPF for t in texts):
        return Entity(head[0].start(), head[-1].end(), "SCHOOL")
    return None


def _surname_elsewhere(text: str, word: str) -> bool:
    """Whether a capitalised word English hardly knows stands in the text after a listed
    first name, as a surname: "Hargreaves" in "... Ruby Hargreaves ...". (The first names are
    those of the lists, not of the name model: a group's name is weighed without it.)"""
    if not word[:1].isupper() or not word.isalpha() or _zipf(word.lower()) >= EVERYDAY_ZIPF:
        return False
    first = lexicon().first_names
    return any(
        m.group(1).lower() in first
        for m in re.finditer(r"(?<![\w'’\-])([A-Z][a-z]+)[ \t]+" + re.escape(word) + r"\b", text)
    )


# Past tenses and adjectives of how someone is, in lower case, where a name would stand after
# a kin word or "is" ("her uncle saw it", "his uncle bought", "alfie's mum is nice", "shes so
# clingy"): no one's name (but "rose" and "drew", which are).
LOWER_NOT_NAMES = word_set(
    "saw bought said told went came made took gave got found thought sent left felt kept "
    "brought heard knew ran sat stood wrote spoke met paid sold lost won began became caught "
    "taught fought built held meant sang swam threw understood woke wore broke chose forgot "
    "hid hurt lay lent lit quit rang rode shook shot slept spent stole stuck swore tore wept "
    "nice clingy mean rude weird annoying horrible lovely upset scared"
)


SURNAME_AFTER_TITLE_MAX_ZIPF = 3.5


def _rare_after_title(text: str, start: int, low: str) -> bool:
    """Whether a word English seldom writes (below SURNAME_AFTER_TITLE_MAX_ZIPF) follows a
    title: "his form tutor is miss mcnally", a surname though its ending makes adverbs."""
    return _zipf(low) < SURNAME_AFTER_TITLE_MAX_ZIPF and _title_before(text, start)


def _everyday_lower(word: str) -> bool:
    """A lower-case everyday word (by word frequency) of seven letters or more with an
    ending that makes adjectives, adverbs and abstract nouns ("mum tearful", "sw referral",
    "discuss with LADO informally", "voicemail transcription"): no one's name. Everyday words
    alone are not enough ("mel", "cliff", "tiger", "dom" are labelled names), nor endings
    names share ("-ant": Tennant, "-ence": Florence, "-ance": Constance, "-ment": Clement)."""
    return (
        len(word) >= 7
        and word.islower()
        and DERIVED_ENDING_RE.search(word) is not None
        and word.isalpha()
        and _zipf(word) >= EVERYDAY_ZIPF
    )


def _year_group_name(words: list[str]) -> bool:
    """A group's name made of a year group and everyday words, numbers or emoji, none of
    them a name ("Mams of Year 2 🌈", "Y11 Leavers 25", "Y10 bants")."""
    for w in words:
        low = POSSESSIVE_RE.sub("", w).lower()
        if YEAR_GROUP_RE.fullmatch(w) or not any(c.isalpha() for c in w):
            continue
        if _listed_word(low) or (_zipf(low) < EVERYDAY_ZIPF and low not in PEOPLE_WORDS):
            return False
    return True


def _service_words(words: list[str]) -> bool:
    """Every word an everyday word or a camel-case blend, and none a listed name: "Karma
    Nirvana", "GamCare"."""
    return all(
        not _listed_word(w.lower())
        and (_zipf(w.lower()) >= EVERYDAY_ZIPF or CAMEL_RE.fullmatch(w) is not None)
        for w in words
    )


def _named_thing(text: str, start: int, end: int, words: list[str]) -> bool:
    """A council's or borough's place ("Comhairle nan Eilean Siar", "Tower Hamlets"), or a
    service where one is named ("referred to Karma Nirvana"). For findings of any length."""
    if PLACE_SLOT_AFTER_RE.match(text, end) and not _head_listed(words):
        return True
    gate = SLOT_GATE_RE.search(text, max(0, start - 14), start)
    if gate is None:
        return False
    lo = max(0, start - 40)
    if COUNCIL_BEFORE_RE.search(text, lo, start):
        return True
    return SERVICE_SLOT_BEFORE_RE.search(text, lo, start) is not None and _service_words(words)


# A name and a comma before a role's short form: "Gwen, FLO".
NAME_COMMA_BEFORE_RE = factored.compile(r"[A-Z][a-z][\w'’\-]*,[ \t]*\Z")


def _role_after_name(text: str, start: int, words: list[str]) -> bool:
    """A role's short form in capitals (_role_in_capitals) after a capitalised word and a
    comma: "Gwen, FLO", "Morag Sutherland, HT"."""
    return (
        _role_in_capitals(words)
        and NAME_COMMA_BEFORE_RE.search(text, max(0, start - 30), start) is not None
    )


def _one_word_kind(text: str, start: int, end: int, low: str) -> bool:
    """A role, a festival, a force's acronym, a county's abbreviation, a council word, a
    function word in capitals, a place after a position word ("Nether Wallop"), or an
    everyday word or mail prefix at a line's start ("Today somebody ...", "Img attached");
    the word is on no name list."""
    if (
        low in ROLE_WORDS
        or low in FESTIVALS
        or low in FORCE_ACRONYMS
        or low in AREA_FORMS
        or low in COUNCIL_WORDS
    ):
        return True
    if len(low) <= 4 and _zipf(low) >= FUNCTION_WORD_ZIPF and text[start:end].isupper():
        return True  # "WHAT ELSE DO I DO", "A DINNER LADY AT ST WILFRID'S"
    if (
        _zipf(low) >= ROLE_QUALIFIER_ZIPF
        and ROLE_AFTER_WORD_RE.match(text, end) is not None
        and not _title_before(text, start)
    ):
        return True  # "Brownie leader", "foster carer", "Diocesan Director of Education"
    before = LAST_WORD_RE.search(text, max(0, start - 14), start)
    if (
        before is not None
        and before.group(1).lower() in POSITION_WORDS
        and before.group(1)[:1].isupper()
    ):
        return text[start].isupper()
    if LINE_OR_SENTENCE_START_RE.search(text, max(0, start - 6), start):
        if end - start == 1 and text[start] in SINGLE_CAPITALS:
            return False  # "K said he would": a person's initial, no everyday word
        if low in MAIL_PREFIXES:
            return True
        return (
            _zipf(low) >= LINE_START_ZIPF
            and LOWER_WORD_AFTER_RE.match(text, end) is not None
            and not _named_elsewhere(text, start, end)
        )
    return False


def _named_elsewhere(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] stands elsewhere in the text as a name would:
    inside a sentence, or before a capitalised word ("Action taken by: Cash, Delroy" ...
    "Cash has confirmed"; "Gift Chikwanha ..." ... "Gift to update")."""
    word = text[start:end]
    for m in re.finditer(r"(?<![\w'’\-])" + re.escape(word) + r"(?![\w\-])", text):
        if m.start() == start:
            continue
        if not LINE_OR_SENTENCE_START_RE.search(text, max(0, m.start() - 6), m.start()):
            return True
        if NAME_AFTER_RE.match(text, m.end()):
            return True
    return False


def _brand_before_noun(text: str, start: int, end: int, span: str) -> bool:
    """Whether a finding after "a", "the", "her" ... and before a product's or service's noun
    is a brand: "a Louis Vuitton bag", "the Wizz app", "her Kik account". A listed name is
    one only as one of two capitalised words found whole ("a Louis Vuitton bag"; "made a
    Jessica account" is hers), and never before "account". A listed name found alone is not
    read here (the name lists veto it first, and the check costs a call per name)."""
    if not text.startswith(" ", end):
        return False
    after = BRAND_NOUN_AFTER_RE.match(text, end)
    if (
        after is None
        or POSSESSIVE_RE.search(span)
        or not DETERMINER_BEFORE_RE.search(text, max(0, start - 12), start)
    ):
        return False
    listed = _head_listed(span.split())
    if listed and after.group("noun").startswith("account"):
        return False
    return not listed or (after.group("mid") is None and " " in span)


# A name field's label: what follows is the name, a greeting's word or not ("Name: Selam
# Tesfaye").
NAME_FIELD_BEFORE_RE = factored.compile(r"(?i:\bname)[ \t]*:[ \t]*\Z")


def reshaped(text: str, ent: Entity) -> Entity | None:
    """A finding of several words reshaped: a title of faith cut from its start ("Reverend
    Ceri Morgan" -> "Ceri Morgan", a person), a group's name dropped or cut to the school or
    name in it, a borough cut from an address's end; None where it names no one (and a brand
    before its noun or a photo's file name, of any length)."""
    kind = ent.type
    if kind == "ADDRESS":
        if not text.endswith(BOROUGH_ENDS, ent.start, ent.end):
            return ent
        tail = BOROUGH_TAIL_RE.search(text, ent.start, ent.end)
        if tail is not None and tail.start() > ent.start:
            return Entity(ent.start, tail.start(), kind)
        return ent
    span = text[ent.start : ent.end]
    if kind != "SCHOOL" and _brand_before_noun(text, ent.start, ent.end, span):
        return None  # "a Louis Vuitton bag", "the Wizz app"
    if " " not in span:
        if kind == "USERNAME" and CAMERA_FILE_RE.fullmatch(span):
            return None  # "IMG_0412", "IMG_4412.PNG": a photo's file name
        return ent
    parts = span.split()
    if kind == "PERSON":
        cut = _role_or_thing_cut(text, ent, span, parts)
        if cut is not ent:
            return cut
    first = parts[0]
    if (
        kind == "PERSON"
        and first.rstrip(",!").lower() in GREETING_WORDS
        and NAME_FIELD_BEFORE_RE.search(text, max(0, ent.start - 20), ent.start) is None
    ):
        return Entity(ent.start + span.index(parts[1], len(first)), ent.end, "PERSON")
    title = first.rstrip(".").lower()
    if first[:1].isupper() and (
        title in CLERGY_TITLES or (kind == "PERSON" and title in FAITH_TITLES)
    ):
        return Entity(ent.start + span.index(parts[1], len(first)), ent.end, "PERSON")
    last = parts[-1].lower()
    if last in GROUP_WORDS:
        return _group_name(text, ent, list(WORD_RE.finditer(text, ent.start, ent.end)))
    if YEAR_IN_SPAN_RE.search(span) is not None and _year_group_name(parts):
        return None
    if len(parts) == 2 and first.lower() == "the" and last in FORCE_ACRONYMS:
        return None
    if (
        len(parts) <= 3
        and first.lower() in FESTIVALS
        and all(p.lower() in FESTIVALS for p in parts)
    ):
        return None
    return ent


# Words before a service's or team's name that say whose it is: a body's short form in
# capitals ("LA", "NHS"), a determiner or a possessive ("the", "our").
OWNER_WORDS = word_set("the our their your my his her a an")
OWNER_ACRONYM_RE = factored.compile(r"[A-Z]{2,4}")


def _service_school(words: list[str]) -> bool:
    """A school's finding that is a service, mail or faith word or phrase ("the Inbox",
    "Sunday School"), or a service or team of the lexicons after its owner ("LA Virtual
    School", "our Virtual School"); a quick look at the last word and the whole first."""
    terms = _service_terms()
    if " ".join(words).lower() in terms:
        return True
    last = words[-1].lower()
    if last in terms and _service_term(words):
        return True
    if len(words) < 3 or last not in _lexicon_last_words():
        return False
    first = words[0]
    if first.lower() not in OWNER_WORDS and OWNER_ACRONYM_RE.fullmatch(first) is None:
        return False
    rest = " ".join(words[1:]).lower()
    return rest in terms or rest in _roles()[0]


def _lexicon_kind_word(word: str) -> bool:
    """Whether a word may end a service phrase or be an app's name (a quick look first)."""
    last_words = _lexicon_last_words()
    return (
        word.lower() in last_words
        or APP_SHAPE_RE.fullmatch(word) is not None
        or (not word.isalpha() and _folded([word])[0] in last_words)
    )


# A phone number's word closing a person's finding before the number: "brook's ext 3302",
# "Ms Khan tel 01632 960123" (the word is the number's, not the name's).
PHONE_WORDS = word_set("ext ext. extn tel tel. mob mob. mobile")
NUMBER_AFTER_RE = factored.compile(r"[ \t]*:?[ \t]*\+?\d")


def _role_or_thing_cut(text: str, ent: Entity, span: str, parts: list[str]) -> Entity | None:
    """A name and a role after a comma cut to the name ("Saima Javed, Family Liaison" ->
    "Saima Javed"); a phone number's word cut from a name's end ("brook's ext" before
    "3302"); an app or a device, or a service word after a possessive, cut off
    ("Ellie's iPhone" -> "Ellie's"; "Grange Park Madrasah" is a setting's name, left whole).
    The finding itself when neither."""
    comma = span.rfind(", ")
    if comma > 0 and (_role_phrase(tail := span[comma + 2 :].split()) or _role_in_capitals(tail)):
        return Entity(ent.start, ent.start + comma, ent.type)
    if parts[-1].lower() in PHONE_WORDS and NUMBER_AFTER_RE.match(text, ent.end):
        cut = span[: len(span) - len(parts[-1])].rstrip()  # "brook's ext 3302"
        return Entity(ent.start, ent.start + len(cut), ent.type)
    # "tanya will kill me": the second word is the verb ("spoke to tanya will" is hers). A
    # town there is left to the name lists: towns are surnames too ("jess thornbury").
    if len(parts) == 2 and span.islower() and _modal_will(text, ent.end, parts[1]):
        return Entity(ent.start, ent.start + len(parts[0]), ent.type)
    if (
        len(parts) > 1
        and (POSSESSIVE_RE.search(parts[-2]) or APP_SHAPE_RE.fullmatch(parts[-1]))
        and _lexicon_kind_word(parts[-1])
        and _service_term(parts[-1:])
    ):
        if _service_term(parts):
            return None
        cut = span.rstrip()[: -len(parts[-1])].rstrip(" \t,")
        return Entity(ent.start, ent.start + len(cut), ent.type)
    if span.islower():
        return _town_tail_cut(text, _slang_edges_cut(ent, span, parts))
    return ent


def _role_in_capitals(words: list[str]) -> bool:
    """A role's short form in capitals after a name and a comma ("Gwen, FLO", "Morag
    Sutherland, HT", "Gurpreet Sandhu, HR"): ROLE_ACRONYMS, or a short form of
    acronyms.txt and acronyms_more.txt. A listed name among them ("Flo") is read as the role
    here, in capitals after a name and a comma; "Gwen, EVIE" stays a name."""
    if len(words) != 1:
        return False
    word = words[0].rstrip(".")
    if not (word.isupper() and word.isalpha() and 2 <= len(word) <= 5):
        return False
    low = word.lower()
    return low in ROLE_ACRONYMS or low in _no_one_words()


# Scots "from": "shannon fae port glasgow", "the lad fae Dundee".
SCOTS_FROM = word_set("fae frae")


def _scots_from_place(words: list[str]) -> bool:
    """ "fae Dundee", "frae Kirkcaldy": Scots "from" and a town (a listed name "Fae" is read
    as the word before a town)."""
    return len(words) >= 2 and words[0] in SCOTS_FROM and " ".join(words[1:]).lower() in towns()


def _dropped_g(word: str) -> bool:
    """A verb written without its g, as chat writes it ("spreadin", "chattin")."""
    return len(word) >= 5 and word.endswith("in") and _zipf(word + "g") >= DROPPED_G_MIN_ZIPF


DROPPED_G_MIN_ZIPF = 3.5


def _slang_edges_cut(ent: Entity, span: str, parts: list[str]) -> Entity:
    """A lower-case finding of two words or more without a chat word at its start or end
    (data/everyday_words.txt and the other lists of _no_one_words: "yh dex" -> "dex",
    "sameer simp" -> "sameer", "ava's sleepover" -> "ava's", "corey aint" -> "corey"), a verb
    without its g at its end ("tyler spreadin"), or Scots "from" at its end ("shannon fae"
    before "port glasgow high")."""
    known = _no_one_words()
    start, end = ent.start, ent.end
    if parts[0] in known:
        start += span.index(parts[1], len(parts[0]))
    elif parts[-1] in known or parts[-1] in SCOTS_FROM or _dropped_g(parts[-1]):
        end = ent.start + len(span[: len(span) - len(parts[-1])].rstrip())
    return ent if (start, end) == (ent.start, ent.end) else Entity(start, end, ent.type)


@cache
def _big_places() -> frozenset[str]:
    """Nations, regions, counties, cities and the larger towns (data/places.txt) that are
    also on the town lists: "wrexham", "carmarthen" (not "thornbury", "hartley")."""
    return read_words("places.txt") & towns()


def _town_tail_cut(text: str, ent: Entity) -> Entity:
    """A lower-case name with the place written after it in fast notes cut to the name: a
    county's or city's short form ("singh leics" -> "singh"), a word before one after a
    first name and a surname ("jamal okoro clifton nottm"), a city or larger town at a
    clause's end ("dsl catrin wrexham," -> "catrin"), any town after a first name and a
    surname ("bill davies leominster,"). Towns are surnames too ("jess thornbury,", "ricky
    lees,"): a town of towns.txt alone after a first name stays, and so does a listed name
    ("jess preston"); the finding itself where nothing is cut."""
    for _ in range(2):  # "kwame asante bulwell nottm": the short form, then the town
        span = text[ent.start : ent.end]
        parts = span.split()
        names = sum(p.rstrip(".") not in TITLES for p in parts[:-1])
        if names == 0:
            return ent  # "mr bangor": the town's name is his
        last = parts[-1]
        cut = False
        if last in AREA_FORMS and not _listed_word(last):
            cut = True
        elif names >= 2 and (after := NEXT_WORD_RE.match(text, ent.end)) is not None:
            cut = after.group(1) in AREA_FORMS
        if (
            not cut
            and TOWN_TAIL_AFTER_RE.match(text, ent.end) is not None
            and not _listed_word(last)
        ):
            cut = last in _big_places() or (names >= 2 and last in towns())
        if not cut:
            return ent
        head = span[: len(span) - len(last)].rstrip()
        ent = Entity(ent.start, ent.start + len(head), ent.type)
    return ent


@cache
def _chat_words() -> frozenset[str]:
    """data/everyday_words.txt's words (slang, festivals, languages), not brands or acronyms."""
    return read_words("everyday_words.txt")


@cache
def _no_one_words() -> frozenset[str]:
    """Single words no one is called (lower case): data/brands.txt's, everyday_words.txt's
    (slang, festivals, languages, Welsh and Gaelic words), acronyms.txt's and
    acronyms_more.txt's, less every listed first name and surname."""
    words = read_words("brands.txt") | read_words("everyday_words.txt") | short_forms()
    return frozenset(w for w in words if " " not in w and not _listed_word(w))


WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")


@cache
def _kept_words() -> frozenset[str]:
    """protected.txt's single words of three letters or more (lower case) that are no
    listed name and no day or month: a person found as one of them is none ("Gardaí")."""
    return frozenset(
        w
        for w in lexicon().protected
        if len(w) > 2
        and w.isalpha()
        and not _listed_word(w)
        and w not in CALENDAR_WORDS
        and w not in WEEKDAYS
    )


@cache
def _possessive_brands() -> frozenset[str]:
    """Brands written with a possessive whose name is a listed name ("McDonald's",
    "Sainsbury's"), without the "'s" (lower case)."""
    return frozenset(
        w[:-2] for w in read_words("brands.txt") if w.endswith("'s") and _listed_word(w[:-2])
    )


POSSESSIVE_AFTER_RE = factored.compile(r"['’]s(?![\w'’\-])")
POSSESSIVE_ENDS = ("'s", "’s")
# Where a shop is gone to or met at: "took them to McDonald's", "outside Sainsbury's".
SHOP_PREPOSITION_BEFORE_RE = factored.compile(
    r"(?<![\w'’\-])(?:(?:to|at|in|into|from|outside|near|behind|by|inside)[ \t]+(?:the[ \t]+)?"
    r"|the[ \t]+)\Z",
    re.I,
)
# Where one is in or at a shop, not a person: "a job at Costa", "in Zara" (not "from Zara",
# "to Zara").
SHOP_AT_BEFORE_RE = factored.compile(r"(?<![\w'’\-])(?:at|in|into|outside|inside)[ \t]+\Z", re.I)


@cache
def _listed_brands() -> frozenset[str]:
    """Brands of one word that are also listed names ("Alexa", "Zara", "Costa")."""
    return frozenset(w for w in read_words("brands.txt") if " " not in w and _listed_word(w))


@cache
def _listed_shops() -> frozenset[str]:
    """The listed brands (_listed_brands) of brands.txt's shops, where one is at, in or outside
    ("a job at Costa", "in Costa over Easter"; not "spoke to Alexa")."""
    shops: set[str] = set()
    with (DATA_DIR / "brands.txt").open(encoding="utf-8") as fh:
        section = ""
        for raw in fh:
            if raw.startswith("# ") and raw[2:3].islower():
                section = raw[2:].strip()
            word = raw.split("#", 1)[0].strip().lower().replace("’", "'")
            if word and section == "supermarkets and shops":
                shops.add(word)
    return frozenset(shops) & _listed_brands()


# After a brand that is also a name: a device's or a shop's noun ("the Alexa smart speaker",
# "Zara voucher").
BRAND_THING_AFTER_RE = factored.compile(
    r"[ \t]+(?:smart|speaker|speakers|device|devices|dot|echo|app|store|shop|voucher|"
    r"vouchers|card|cards|coffee|order|delivery)\b"
)
BRAND_ARTICLE_BEFORE_RE = factored.compile(r"(?<![\w'’\-])(?:an|the|An|The)[ \t]+\Z")
# A kind of product and "like" or "such as" before one of them: "smart speakers like Alexa",
# "shops such as Zara".
BRAND_KIND_BEFORE_RE = factored.compile(
    r"\b(?:speakers?|assistants?|devices?|gadgets?|apps?|platforms?|services?|brands?|shops?|"
    r"stores?|retailers?|chains?)[ \t]+(?:(?:like|such[ \t]+as|e\.g\.?|including)[ \t]+|"
    # Or the first of them in brackets: "smart speakers (Alexa, Google Home)".
    r"\([ \t]*)\Z",
    re.I,
)
# What follows "will" as a verb: a verb's bare form, a subject after "Will" opening a
# question, or an adverb before the verb ("mum says Will sort it", "you Will hear this",
# "tanya will kill me", "Will you call"). Written by hand: common English verbs in their bare
# form (no past tense: "Will said" is someone) and the pronouns and adverbs seen between.
MODAL_NEXT = word_set(
    "be do have not never also just still probably definitely def prob defo always only "
    "you i we they he she it u ya ye "
    # A question opening with "Will": "Will a 'please don't post' announcement work?"
    "a an the this that these those my our your his her their there anyone someone everyone "
    "anybody somebody any all "
    "sort get go come make take call ring phone text email send see hear kill let give look "
    "find try check ask tell speak talk contact follow update meet keep put pick bring help "
    "stop start report know want say think feel pay visit attend discuss share sign pass "
    "write read explain confirm arrange escalate refer review happen leave move walk drive "
    "show block delete chat log need use work play stay wait hurt batter smash beat sue "
    "ground lose win buy sell post upload screenshot message dm snap add remove ban mute "
    "believe understand remember forget collect drop fetch learn change fix deal cope "
    "manage handle support advise agree decide"
)
WORD_NEXT_RE = factored.compile(r"[ \t]+([a-z]+)\b")
CAPITALISED_NEXT_RE = factored.compile(r"[ \t]+([A-Z][A-Za-z]+)\b")


def _modal_will(text: str, end: int, low: str) -> bool:
    """ "Will"/"will" as the verb: before a verb's bare form, "you", "be", "not" ... ("mum
    says Will sort it"; "Will said", "Will Smith" are someone)."""
    if low != "will":
        return False
    m = WORD_NEXT_RE.match(text, end)
    if m is not None:
        return m.group(1) in MODAL_NEXT
    # A question opening with "Will" and a platform: "Will TikTok remove it?"
    m = CAPITALISED_NEXT_RE.match(text, end)
    return m is not None and m.group(1).lower() in lexicon().protected


# A court's kind before "Court" ending an address's finding: "Edinburgh Sheriff Court",
# "Highbury Magistrates' Court", "Preston Youth Court" (a public service, not a street; "4
# Crown Court" with its number is one).
COURT_END_RE = factored.compile(
    r"[A-Z][\w'’\-]*[ \t]+(?:Crown|Sheriff|Magistrates['’]?|Youth|Family|County|Coroners['’]?|"
    r"Coroner['’]s|Combined|Juvenile|Civil|Justice|Employment)[ \t]+Court\Z"
)


# "ken" as the Scots verb (know) after "ye" or "ya": "ye ken what kind", "d'ye ken him".
YE_BEFORE_RE = factored.compile(r"(?<![\w'’])(?:ye|ya|y['’])[ \t]*\Z", re.I)


def _scots_ken(text: str, start: int, span: str) -> bool:
    """A lower-case "ken" after "ye" or "ya": the Scots verb, not Ken."""
    return span == "ken" and YE_BEFORE_RE.search(text, max(0, start - 6), start) is not None


# What follows "hope" in lower case as the verb or the noun: "- hope it's sorted by monday",
# "there's hope this is sorted" (not "hope is ok", "hope said", "hope to ring back fri" nor
# "tell hope she'll snitch": a worker and a girl called Hope).
HOPE_NEXT = word_set("it its that this so you u we everyone all")


def _verb_hope(text: str, end: int, span: str) -> bool:
    """ "hope" in lower case as the word (HOPE_NEXT after it)."""
    if span != "hope":
        return False
    m = WORD_NEXT_RE.match(text, end)
    return m is not None and m.group(1) in HOPE_NEXT


# A list of names standing for things or as words: "names like Grace, Will, Rose and Frank",
# 'words such as "Hope", "Grace" and', "soft toys named Grace, Summer, Autumn", "groups are
# named Harmony, Grace, Chase", "characters called Rose and", 'our values - "Hope, Faith,',
# "the rooms are named Rose, Holly and", "uses the names Hope, Faith", "invented characters:
# Will, Hope and", a game's characters ('agents like "Sage", "Reyna"', "heroes like Mercy").
# What a game calls its characters: "characters: Will, Hope", '"Steve" and "Alex" are skins'.
CHARACTER_KINDS = (
    "characters|skins|agents|heroes|champions|operators|legends|brawlers|villagers|NPCs|avatars"
)
WORD_LIST_BEFORE_RE = factored.compile(
    r"(?:\b(?:names?|words?)[ \t]+(?:like|such[ \t]+as)"
    r"|\b(?:uses?|used|using|gave|give|given)[ \t]+(?:them[ \t]+)?the[ \t]+names"
    # names given as a kind's examples, in quotes: 'girls' names ("Emily", "Sophie")'
    r"|\b(?i:girls['’]?|boys['’]?|fake|false|made-up|common|popular|english|british|other)"
    r"[ \t]+names[ \t]*[(:][ \t]*[\"“]"
    r"|\b(?:toys|characters|puppets|dolls|houses|classes|groups|values|rooms|wards|"
    # A thing named like a person: "an AI called \"Sophie\"", "bots named Mimu and Dyno", "a
    # game NPC is called Grace", "a dog called Bill".
    r"bots?|chatbots?|(?i:ai|npcs?)|robots?|apps?|toy|character|doll|puppet|dog|cat|pet|"
    r"puppy|hamster|rabbit|horse|pony|tortoise)[ \t]+(?:are[ \t]+|is[ \t]+|were[ \t]+)?"
    r"(?:named|called)|\bvalues[ \t]*(?:-|–|:)"
    r"|\b(?:" + CHARACTER_KINDS + r")"
    r"[ \t]*(?::|[—–][ \t]|[ \t]+(?:like|such[ \t]+as|including)\b))[ \t]*"
    r"(?:[\"“]?[A-Z][a-z]+[\"”]?[ \t]*(?:,[ \t]*(?:and[ \t]+|&[ \t]*)?|and[ \t]+|&[ \t]*|or[ \t]+"
    r"|[—–][ \t]*))*[\"“]?\Z"
)


# What a name stands for, said right after it: "Hope, our wellbeing dog", '"Victoria" (the
# station)', "Chase, the bank".
THING_AFTER_RE = factored.compile(
    r"[\"”]?[ \t]*(?:,[ \t]*|\([ \t]*)(?:our|the|a|an|my|his|her|their|this)[ \t]+"
    r"(?:[\w\-]+[ \t]+){0,2}(?:dog|cat|pet|puppy|hamster|rabbit|horse|pony|tortoise|app|bot|"
    r"chatbot|station|song|film|brand|shop|bank|game|band|toy|robot|ship|boat|storm|building)s?"
    r"(?![\w'’\-])"
)


# A list of names said after it to be a game's or a story's characters: '"Steve" and "Alex"
# are just the default Minecraft skins', '"Franklin", "Trevor" and "Michael" are the three
# playable characters'.
CHARACTERS_AFTER_RE = factored.compile(
    r"(?:[\"”]?[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+|&[ \t]*|or[ \t]+)[\"“]?[A-Z][a-z]+)*[\"”]?"
    r"[ \t]+(?:are|were)[ \t]+(?:just[ \t]+|all[ \t]+|only[ \t]+)?(?:the[ \t]+)?"
    r"(?:[\w\-]+[ \t]+){0,3}(?:" + CHARACTER_KINDS + r")"
    r"(?![\w'’\-])"
)


# A game's character that a player plays as or a costume: "mains Sage", "maining Mercy",
# "dressed as Mario", "cosplaying as Nezuko" (not "the main Tyler incident").
CHARACTER_PLAYED_BEFORE_RE = factored.compile(
    r"\b(?:mains|maining|mained|(?:dressed|dressing|dresses)[ \t]+(?:up[ \t]+)?as|"
    r"cosplay(?:s|ed|ing)?(?:[ \t]+as)?)[ \t]+[\"“]?\Z"
)


# Two names that are everyday words, each in quotes, side by side: 'Subject: "Mark" and
# "Will"', 'the values "Hope", "Joy" and "Faith"': words talked of (a filter's, a display's),
# where no child is spoken of just before ('two Y13 girls - "Lily" and "Summer"').
QUOTED_PAIR_AFTER_RE = factored.compile(
    r"[\"”][ \t]*(?:,|and|&|or|/)[ \t]*(?:and[ \t]+|or[ \t]+)?[\"“](?P<w>[A-Z][a-z]+)[\"”]"
)
QUOTED_PAIR_BEFORE_RE = factored.compile(
    r"[\"“](?P<w>[A-Z][a-z]+)[\"”][ \t]*(?:,|and|&|or|/)[ \t]*(?:and[ \t]+|or[ \t]+)?[\"“]\Z"
)
CHILDREN_BEFORE_RE = factored.compile(
    r"\b(?:girls?|boys?|lads?|pupils?|students?|children|kids|sisters|brothers|twins|"
    r"daughters|sons)\b[^\n]{0,20}\Z",
    re.I,
)


def _quoted_word_pair(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a name in quotes that is an everyday word ("Will", "Hope"),
    stands beside another such in quotes (QUOTED_PAIR_AFTER_RE, QUOTED_PAIR_BEFORE_RE) with no
    child spoken of just before the pair (CHILDREN_BEFORE_RE)."""
    lex = lexicon()
    if text[start:end].lower() not in lex.ambiguous:
        return False
    after = QUOTED_PAIR_AFTER_RE.match(text, end)
    before = QUOTED_PAIR_BEFORE_RE.search(text, max(0, start - 24), start)
    other = after if after is not None else before
    if other is None or other.group("w").lower() not in lex.ambiguous:
        return False
    first = before.start() if before is not None and other is before else start - 1
    return CHILDREN_BEFORE_RE.search(text, max(0, first - 24), first) is None


# An animal's name after the word for it: "her pony Peanut", "his pony (Pickle)", "a donkey
# called Rose", "a horse there called Trigger", "the pony's name (Toffee)", "the ponies
# (Smartie, Bonnie, Blue)", "Ponies this year: Biscuit, Rosie", "the ponies Buttons and Mabel".
ANIMALS = (
    r"(?:pony|ponies|horse|horses|donkey|donkeys|cob|mare|gelding|stallion|foal|filly|colt|"
    r"[Ss]hetland|mule|alpaca|llama|goat|lamb|dog|dogs|puppy|cat|kitten|rabbit|hamster|"
    r"guinea[ \t]+pig|tortoise|ferret|budgie|parrot|"
    # more pets and farm animals, and dogs' and cats' breeds: "her hamster, Nugget", "a Border
    # collie called Hope", "his Staffie, Tyson", "their ragdoll cat Sultan"
    r"hen|chicken|cockerel|pig|piglet|sheep|ewe|cow|calf|duck|goose|gerbil|rat|mouse|"
    r"chinchilla|hedgehog|snake|lizard|gecko|cockatiel|canary|"
    r"collie|[Ll]abrador|spaniel|cockapoo|cavapoo|terrier|[Ss]taffie|greyhound|whippet|"
    r"lurcher|poodle|[Ww]eimaraner|husky|dachshund|pug|bulldog|retriever|[Aa]lsatian|"
    r"chihuahua|ragdoll)"
)
# The same animals in the plural, before a list of their names: "rabbits; Clover and
# Dandelion", "our six hens (Henrietta, Eggbert", "two house rabbits, Dusty and Sage".
ANIMALS_PLURAL = (
    r"(?:[Pp]onies|[Hh]orses|[Dd]onkeys|[Dd]ogs|[Cc]ats|[Pp]ets|rabbits|hamsters|hens|"
    r"chickens|goats|pigs|sheep|alpacas|llamas|guinea[ \t]+pigs|puppies|kittens|ducks|geese)"
)
ANIMAL_NAME_BEFORE_RE = factored.compile(
    r"(?:\b(?:[Hh]er|[Hh]is|[Mm]y|[Oo]ur|[Tt]heir|[Yy]our|[Tt]he)[ \t]+"
    r"(?:(?:old|new|own|first|favourite|beloved|little|class|school|family|house|pet|"
    r"ragdoll|tabby|rescue)[ \t]+)*" + ANIMALS + r"(?:[ \t]+[(\"“]?|,[ \t]+)"
    r"|\b"
    + ANIMALS
    + r"[ \t]+(?:(?:there|here|on[ \t]+loan|in[ \t]+livery|in[ \t]+training)[ \t]+)?"
    r"(?:called|named)[ \t]+[\"“]?"
    r"|\b" + ANIMALS + r"['’]s[ \t]+name[ \t]*(?:\(|:|is|was)[ \t]*[\"“]?"
    r"|\b" + ANIMALS_PLURAL + r"(?:[ \t]+this[ \t]+year)?"
    r"[ \t]*[(:;,][ \t]*(?:[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*)?[ \t]*,[ \t]*)*"
    r"(?:[A-Z][\w'’]*[ \t]+and[ \t]+)?"
    r"|\b(?:[Pp]onies|[Hh]orses)[ \t]+(?:[A-Z][\w'’]*[ \t]*,[ \t]*)*"
    r"(?:[A-Z][\w'’]*[ \t]+and[ \t]+)?"
    # a title in the animal's name: "a pony called Mr Darcy", "called Sir Lancelot"
    r")(?:(?:Mr|Mrs|Miss|Sir|Lady|Lord|Captain|Major)[ \t]+)?\Z"
)


# An animal's name before the word for it in brackets: "Bill (the goat, who will eat your
# sleeve)", "Martin and Robin (the Shetland ponies)".
ANIMAL_NAME_AFTER_RE = factored.compile(
    r"(?:[ \t]+and[ \t]+[A-Z][\w'’]*)?[ \t]*\((?:the|our|a|an|my|his|her|their)[ \t]+"
    r"(?:[\w'’\-]+[ \t]+){0,3}(?:" + ANIMALS + "|" + ANIMALS_PLURAL + r")\b"
)


# A city abroad named where a trip's words say a place stands ("the coach to Pisa", "our
# exchange to Rouen", "staying in Heidelberg"), or, for a city no one is called, after a word of
# place or a letter's address's comma ("near Bergamo", "Collège Jules Verne, Nantes"); not
# after "at", where a school stands as often ("Year 8 at Corpus Christi").
TRIP_PLACE_BEFORE_RE = factored.compile(
    r"\b(?i:(?:trip|trips|exchange|visit|flight|flights|coach|train|ferry|day|days|week|holiday|"
    r"stay|residential|tour|journey)[ \t]+(?:to|in|at|from|round|around)"
    r"|(?:arrived|arriving|arrive|landed|back|returned|stayed|staying|based|lives|living|"
    r"family)[ \t]+(?:in|at|from|to)|visiting|visited)[ \t]+\Z"
)
PLACE_WORD_BEFORE_RE = factored.compile(r"\b(?i:to|in|from|near|around|outside|via)[ \t]+\Z")
# "to" after a verb of speaking or giving reads a person: "spoke to Saga + mum".
SPOKEN_TO_BEFORE_RE = factored.compile(
    r"\b(?i:spoke|spoken|speak|speaking|talked|talk|talking|said|say|sent|send|wrote|write|"
    r"replied|reply|messaged|message|explained|passed|gave|give|given|referred|introduced|"
    r"listened|listen|chatted|chat|back)[ \t]+to[ \t]+\Z"
)
# A possessive or a bracket after the city makes it someone's: "stayed at Jordan's flat", "Call
# back to Siwan (DSL)".
PERSON_AFTER_PLACE_RE = factored.compile(r"['’]s\b|[ \t]*\(")
ADDRESS_COMMA_BEFORE_RE = factored.compile(r"[\w)],[ \t]*\Z")
CITY_END_AFTER_RE = factored.compile(r"[ \t]*(?:[)\n.,;:!?]|\Z)")


@cache
def _cities_abroad() -> frozenset[str]:
    """Every city and country abroad on the lists, in one set (read once per finding)."""
    return cities_abroad_travelled() | places_abroad()


def _city_abroad(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a city abroad (lexicon.places_abroad,
    lexicon.cities_abroad_travelled) where a trip's words stand before it
    (TRIP_PLACE_BEFORE_RE), or, a city no list gives as a name, a word of place
    (PLACE_WORD_BEFORE_RE) or a comma closing an address's line (ADDRESS_COMMA_BEFORE_RE,
    CITY_END_AFTER_RE)."""
    low = fold(text[start:end].lower())
    if low not in _cities_abroad():
        return False
    if _title_before(text, start) or PERSON_AFTER_PLACE_RE.match(text, end):
        return False
    if TRIP_PLACE_BEFORE_RE.search(text, max(0, start - 30), start):
        return True
    if _listed_word(low):
        return False
    if SPOKEN_TO_BEFORE_RE.search(text, max(0, start - 16), start):
        return False
    return PLACE_WORD_BEFORE_RE.search(text, max(0, start - 10), start) is not None or (
        ADDRESS_COMMA_BEFORE_RE.search(text, max(0, start - 4), start) is not None
        and CITY_END_AFTER_RE.match(text, end) is not None
    )


def _named_in_word_list(text: str, start: int) -> bool:
    """Whether a name stands in a list of names for things or as words (WORD_LIST_BEFORE_RE)."""
    return WORD_LIST_BEFORE_RE.search(text, max(0, start - 100), start) is not None


def _shop_possessive(text: str, start: int, end: int, low: str) -> bool:
    """A shop named with a possessive whose name is a listed name, after a preposition of
    place or "the", found with or without its "'s": "took them to McDonald's", "outside
    Sainsbury's", "the McDonald's car park" ("said McDonald's son", "Mr McDonald's car" are
    someone's)."""
    base = POSSESSIVE_RE.sub("", low.replace("’", "'"))
    if base not in _possessive_brands():
        return False
    if base == low and POSSESSIVE_AFTER_RE.match(text, end) is None:
        return False
    return SHOP_PREPOSITION_BEFORE_RE.search(text, max(0, start - 16), start) is not None


# A word listed beside a brand: "Alexa and Google Nest", "Alexa, Siri, Google Assistant".
LIST_WORD_AFTER_RE = factored.compile(r"[ \t]*(?:,|and|&|or)[ \t]*(?:,[ \t]*)?([A-Za-z][\w+]*)")
LIST_WORD_BEFORE_RE = factored.compile(r"([A-Za-z][\w+]*)[ \t]*(?:,|and|&|or)[ \t]*\Z")


def _beside_a_brand(text: str, start: int, end: int) -> bool:
    """Whether the word before or after a name that is a brand, joined by a comma, "and" or
    "or", is a platform or brand no one is called (_platforms: "Alexa and Google Nest", "Siri,
    Alexa"): the brands are listed together."""
    after = LIST_WORD_AFTER_RE.match(text, end)
    before = LIST_WORD_BEFORE_RE.search(text, max(0, start - 20), start)
    return any(
        m is not None and (w := m.group(1).lower()) in _platforms() and not _listed_word(w)
        for m in (after, before)
    )


def _listed_brand(text: str, start: int, end: int, low: str) -> bool:
    """A brand that is also a name, where a brand stands: after "the" or "an", before a
    device's or shop's noun, or after a kind of product and "like" ("the Alexa", "Alexa
    smart speaker", "smart speakers like Alexa"; "told Alexa" is someone)."""
    return low in _listed_brands() and (
        _beside_a_brand(text, start, end)
        or BRAND_ARTICLE_BEFORE_RE.search(text, max(0, start - 5), start) is not None
        or BRAND_THING_AFTER_RE.match(text, end) is not None
        or BRAND_KIND_BEFORE_RE.search(text, max(0, start - 24), start) is not None
        or (
            low in _listed_shops()
            and SHOP_AT_BEFORE_RE.search(text, max(0, start - 10), start) is not None
            and POSSESSIVE_AFTER_RE.match(text, end) is None
        )
    )


def _no_one_word(word: str) -> bool:
    """A brand, a slang or chat word, a festival, a language, an acronym ("Tesco", "opp",
    "diwali", "Sylheti", "ALN", "@mods"), or such a word hyphen-joined to everyday words
    ("post-GIRFEC", "LADO-equivalent", "valorant-lfg"); none of its parts a listed name."""
    full = word.lower().lstrip("@#").replace("’", "'")
    low = POSSESSIVE_RE.sub("", full)
    known = _no_one_words()
    if low in known or (full != low and full in known and not _listed_word(low)):
        return True  # "Tesco's"; "Sainsbury's" (a brand with its "'s", no listed name)
    if "-" not in low:
        return False
    parts = low.split("-")
    return any(p in known for p in parts) and all(
        p and (p in known or _zipf(p) >= EVERYDAY_ZIPF) and not _listed_word(p) for p in parts
    )


def _place_before_town(text: str, start: int, end: int, span: str) -> bool:
    """A place of the town lists (a district, a village, a town) found as a person before a
    comma and a town or county: "Blackbird Leys, Oxford", "Fishermead, Milton Keynes"."""
    low = " ".join(span.lower().split())
    if low not in towns():
        return False
    after = TOWN_AFTER_RE.match(text, end)
    return after is not None and after.group("t").lower() in _counties()


def _town_before_county(text: str, start: int, end: int) -> bool:
    """A town (not a village) found alone as a school before a comma and a county or town,
    not after "at": "PCSO for Keswick, Cumbria" ("at Keswick, Cumbria" may be its school)."""
    low = text[start:end].lower()
    if low not in towns() or low in villages():
        return False
    after = TOWN_AFTER_RE.match(text, end)
    if after is None or after.group("t").lower() not in _counties():
        return False
    before = LAST_WORD_RE.search(text, max(0, start - 14), start)
    return before is None or before.group(1).lower() != "at"


# Finite verbs and pronouns, which a school's or club's name seldom holds: a school's finding
# with two is a sentence run on in capitals ("THE POLICE SAID ITS A SCHOOL MATTER"); one alone
# is not enough ("Ysgol Gyfun Gwent Is Coed": Welsh "is", below).
SENTENCE_WORDS = word_set(
    "said says is was are were has had its it's he she they we you told asked did does"
)


# Round AA: words made from other words, products by their shape, and places beside places.
# A verb's past with its last consonant doubled ("doxxed", "robbed", "AirDropped"): an
# English verb's form, which no first name or surname takes.
DOUBLED_PAST_RE = factored.compile(r"[A-Za-z]*[a-z]([b-df-hj-np-tv-z])\1ed")
# An acronym with an English ending, a noun or verb made from it: "ODers", "DMed", "DMing".
ACRONYM_INFLECTED_RE = factored.compile(r"[A-Z]{2,4}(?:ers|er|ing|ed|['’]d)")
# A product's version after its name ("Chrome v124", "Snapchat version 12"), and a version
# found alone ('a spyware app "v2.3"').
VERSION_AFTER_RE = factored.compile(
    r"[ \t]+(?:v|ver\.?[ \t]?|version[ \t])\d+(?:\.\d+)*(?![\w.])", re.I
)
# An everyday word and an acronym in capitals run together: a service's name ("StopNCII").
WORD_ACRONYM_RE = factored.compile(r"(?P<w>[A-Z][a-z]{2,})[A-Z]{2,6}")
# School stages: Scotland's P1-P7 and S1-S6, Wales's "Bl 9" (Blwyddyn, year).
STAGE_RE = factored.compile(r"[PS][1-7]|Bl(?:wyddyn)?[ \t]?\d{1,2}")
# A platform or brand (brands.txt) listed just before, joined by "and", "or", "/" or a comma:
# "contacted on Facebook and Zalo by adults", "Snapchat, Kik or Wink".
LISTED_BEFORE_RE = factored.compile(
    r"(?P<p>[A-Za-z][\w.]*)(?:[ \t]*,[ \t]*|[ \t]*/[ \t]*|[ \t]+(?:and|or|&)[ \t]+)\Z"
)
# What may follow the last of a list of platforms: a clause's end or a preposition.
LIST_END_AFTER_RE = factored.compile(
    r"[ \t]*(?:[.,;:)!?/\n]|\Z)|[ \t]+(?:by|to|from|with|and|or|too|for|where|apps?|accounts?)\b"
)
# A town joined to another town: "between Croydon and Ipswich", "from Leeds to Hull".
TOWN_JOIN_AFTER_RE = factored.compile(
    r"[ \t]+(?:and|to|or|&)[ \t]+(?P<t>[A-Z][\w'’]+(?:[ \t]+[A-Z][\w'’]+)?)"
)
TOWN_JOIN_BEFORE_RE = factored.compile(
    r"(?<![\w'’\-])(?:between|from)[ \t]+(?P<t>[A-Z][\w'’]+(?:[ \t]+[A-Z][\w'’]+)?)"
    r"[ \t]+(?:and|to|&)[ \t]+\Z"
)
# A police team's or service's short form after its town ("Barry NPT": neighbourhood
# policing team; written by hand from general knowledge of UK police and council teams).
TOWN_TEAM_ACRONYMS = word_set("npt snt lpt lpu cid mash cait csp")
# A reference number's cue: "Report reference from Instagram: 29817733", "crime no 4411".
REFERENCE_BEFORE_RE = factored.compile(
    r"(?<![\w\-])(?:ref(?:erence)?|case|crime|incident|ticket|report|log|occurrence)"
    r"(?:[ \t]+(?:no|number|id|ref|reference))?\.?(?:[ \t]+from[ \t]+[\w.]+)?[ \t]*[:#]?[ \t]*\Z",
    re.I,
)


def _made_word(word: str) -> bool:
    """A word made from another word, not a name: a verb's past with a doubled consonant
    ("doxxed", "robbed", "AirDropped") or an acronym with an English ending ("ODers",
    "DMed"). The caller has checked that the word is on no name list."""
    return (
        DOUBLED_PAST_RE.fullmatch(word) is not None
        or ACRONYM_INFLECTED_RE.fullmatch(word) is not None
    )


@cache
def _platforms() -> frozenset[str]:
    """Brands of one word (data/brands.txt) and the words of protected.txt's sections of
    platforms, apps and games' currencies (lower case): "facebook", "robux", "tesco"."""
    words = {w for w in read_words("brands.txt") if " " not in w}
    section = heading = False
    with (DATA_DIR / "protected.txt").open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.strip().lower()
            if line.startswith("#"):
                named = "platforms" in line or "currencies" in line
                section = (section or named) if heading else named  # a heading's lines
                heading = True
                continue
            heading = False
            if section and line and " " not in line:
                words.add(line)
    return frozenset(words - _listed())


def _product_shape(text: str, start: int, end: int, word: str) -> bool:
    """A product or service by its shape or its neighbours, one word on no name list: an
    app's shape ("mSpy", as "iPhone"), an everyday word run into an acronym ("StopNCII"),
    a name before its version ("Chrome v124"), or the last of a
    list of listed platforms, capitalised ("on Facebook and Zalo by adults")."""
    if APP_SHAPE_RE.fullmatch(word):
        return True
    joined = WORD_ACRONYM_RE.fullmatch(word)
    if joined is not None:
        head = joined.group("w").lower()
        return _zipf(head) >= EVERYDAY_ZIPF and not _listed_word(head)
    if not word[:1].isupper():
        return False
    if VERSION_AFTER_RE.match(text, end):
        return True
    before = LISTED_BEFORE_RE.search(text, max(0, start - 30), start)
    return (
        before is not None
        and before.group("p")[:1].isupper()  # not "One of our cubs, Rafferty, has"
        and before.group("p").lower() in _platforms()
        and LIST_END_AFTER_RE.match(text, end) is not None
    )


def _town_joined(text: str, start: int, end: int, low: str) -> bool:
    """A town (not a village) joined to another town, found alone: "between Croydon and
    Ipswich", "from Leeds to Hull"; a school is seldom named after its town alone there."""
    if low not in towns() or low in villages():
        return False
    after = TOWN_JOIN_AFTER_RE.match(text, end)
    if after is not None and " ".join(after.group("t").lower().split()) in towns():
        return True
    before = TOWN_JOIN_BEFORE_RE.search(text, max(0, start - 40), start)
    return before is not None and " ".join(before.group("t").lower().split()) in towns()


def _town_and_team(words: list[str]) -> bool:
    """A town and its police team's short form ("Barry NPT"), or a force's acronym and its
    district ("GMP Trafford"): a team, not a person, though the town be a first name."""
    if len(words) != 2:
        return False
    first, last = words
    if last.isupper() and last.lower() in TOWN_TEAM_ACRONYMS:
        return first[:1].isupper() and first.lower() in towns()
    return (
        first.isupper()
        and first.lower() in FORCE_ACRONYMS
        and last[:1].isupper()
        and last.lower() in _counties()
    )


def _reference_number(text: str, start: int, span: str) -> bool:
    """A long number after a reference's cue: a case or report reference, not an account
    ("Report reference from Instagram: 29817733"), or an age rating ("13+")."""
    if span.isdigit() and len(span) <= 2 and text.startswith("+", start + len(span)):
        return True  # "Discord is 13+": an age rating
    return (
        span.isdigit() and REFERENCE_BEFORE_RE.search(text, max(0, start - 40), start) is not None
    )


# Words that lure a child to a scam site: free gifts, generators, prizes, hacks (written by
# hand from general knowledge of scam links sent to children: "free-robux-now.net").
LURE_WORDS = word_set(
    "free gen generator giveaway giveaways win winner prize prizes claim gift gifts bonus "
    "promo reward rewards hack hacks unlock unlimited"
)


def _everyday_domain(span: str) -> bool:
    """A bare domain (no path) that lures ("free", "gen", "prize" ...) and whose name is
    otherwise hyphen-joined everyday words or brands, none a listed name: a scam site
    ("robux-gen-free.co"), not someone's ("kai-free-art.com") nor a site named for its use
    ("chatroulette-teens.live")."""
    if "/" in span or "@" in span:
        return False
    host = span.lower().removeprefix("www.")
    name, dot, _ = host.partition(".")
    parts = name.split("-")
    if not dot or len(parts) < 2 or LURE_WORDS.isdisjoint(parts):
        return False
    return all(
        p.isalpha() and not _listed_word(p) and (_zipf(p) >= EVERYDAY_ZIPF or p in _platforms())
        for p in parts
    )


# A force's acronym in capitals before its district: "GMP Trafford", "PSNI Lisburn".
FORCE_BEFORE_RE = factored.compile(
    r"(?<![\w'’\-])(?:" + "|".join(sorted(w.upper() for w in FORCE_ACRONYMS)) + r")[ \t]+\Z"
)


def _force_district(text: str, start: int, low: str) -> bool:
    """A place after a force's acronym in capitals ("GMP Trafford", "PSNI Lisburn"): the
    force's district. A listed name there must be on the town lists too ("GMP Bury")."""
    if FORCE_BEFORE_RE.search(text, max(0, start - 8), start) is None:
        return False
    return low in _counties() or (text[start].isupper() and not _listed_word(low))


# A famous name by what is said of it: "the next Adele", "a Stephen King reference", "a
# Taylor Swift song".
NEXT_BEFORE_RE = factored.compile(r"\bthe[ \t]+next[ \t]+\Z", re.I)
WORK_ARTICLE_BEFORE_RE = factored.compile(r"(?<![\w'’])(?:a|an)[ \t]+\Z", re.I)
WORK_AFTER_RE = factored.compile(
    r"[ \t]+(?:reference|fan|lookalike|look-alike|impression|impersonator|song|film|movie|"
    r"book|novel|quote|concert|album|tribute)s?\b"
)


def _famous_by_context(text: str, start: int, end: int) -> bool:
    """A capitalised name after "the next" or between an article and a word for a work or a
    fan ("the next Adele", "a Stephen King reference"): someone famous, not a person of the
    case."""
    if not text[start].isupper():
        return False
    return NEXT_BEFORE_RE.search(text, max(0, start - 10), start) is not None or (
        WORK_ARTICLE_BEFORE_RE.search(text, max(0, start - 4), start) is not None
        and WORK_AFTER_RE.match(text, end) is not None
    )


# What a firm's or a takeaway's name ends in: "Swift Cabs", "A2B Taxis", "Chicken Palace".
TRADE_WORDS = word_set(
    "cabs taxis taxi coaches motors removals builders plumbing roofing barbers barber "
    "takeaway kebabs kebab pizza pizzeria chicken cafe café bakery butchers garage tyres "
    "scaffolding electrical cleaning"
)
# Words of a youth setting's name, whatever it ends in: "Harbour Youth Café".
SETTING_NAME_WORDS = word_set("youth kids children's childrens young junior teen teens")


def _trade_name(words: list[str]) -> bool:
    """A capitalised name ending in a trade's word (TRADE_WORDS), or of two words or more
    opening with one, with no listed first name in it: a firm or a takeaway ("Swift Cabs",
    "Chicken Palace"); "Dave Mills Plumbing" names Dave, and "Harbour Youth Café" is a youth
    setting."""
    if not words or not words[-1][:1].isupper():
        return False
    last = words[-1].lower()
    if last not in TRADE_WORDS and not (len(words) > 1 and words[0].lower() in TRADE_WORDS):
        return False
    return not any(
        lexicon().any_first_name(low := w.lower()) or low in SETTING_NAME_WORDS for w in words
    )


# A station, a shopping centre, a terminal or a park after a finding, perhaps over a
# capitalised word of its name: "Pool Meadow bus station", "the Victoria Centre bus station",
# "the Lochboisdale ferry terminal": the finding is the place's name, a public place.
STATION_AFTER_RE = factored.compile(
    r"(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:(?i:(?:bus|train|railway|coach|tube|metro|tram)[ \t]+station"
    r"|shopping[ \t]+centre|retail[ \t]+park|ferry[ \t]+terminal|leisure[ \t]+centre)"
    # a park in lower case ("a fight at Brislington park"); "Park" may be the name's own word
    r"|park|car[ \t]+park|skate[ \t]+park)\b"
)


# A police or council unit's short form after its town: "Preston CID", "Leeds MASH".
UNIT_AFTER_RE = factored.compile(r"[ \t]+(?:CID|MASH|PPU|MARAC|LSCP|LSCB|SOT|FCID)\b")


def _town_unit(text: str, end: int, low: str) -> bool:
    """A town on the lists before a police or council unit's short form ("Preston CID",
    "Lancaster MASH"): the unit's town, not someone called Preston."""
    return low in towns() and UNIT_AFTER_RE.match(text, end) is not None


# Islands, and peninsulas spoken of as islands, that are also first names or surnames: a
# place after "on" ("We are on Skye", "from Portree on Lewis") or "Isle of"; any word after
# "County" or "Co." is a county ("Co. Tyrone", "County Kerry").
ISLANDS = word_set(
    "skye lewis harris mull islay jura arran bute iona tiree coll barra uist benbecula orkney "
    "shetland unst yell anglesey gower sheppey wight canvey hayling lundy scilly jersey "
    "guernsey alderney sark rathlin achill lindisfarne mersea thanet"
)
ISLAND_BEFORE_RE = factored.compile(r"(?:(?<![\w'’])on|\bIsles?[ \t]+of)[ \t]+\Z", re.I)
COUNTY_BEFORE_RE = factored.compile(r"\b(?:Co\.?|County)[ \t]+\Z")
PLACE_AFTER_END_RE = factored.compile(r"[ \t]*(?:[,.;:!?)\n]|\Z|and\b|or\b|[\-–—][ \t])")


def _island_or_county(text: str, start: int, end: int, low: str) -> bool:
    """A listed name that is an island after "on" or "Isle of" wherever the text writes it,
    or a county after "County" or "Co.", with no capitalised word or possessive after it."""
    if PLACE_AFTER_END_RE.match(text, end) is None:
        return False
    if COUNTY_BEFORE_RE.search(text, max(0, start - 10), start) is not None:
        return True
    if low not in ISLANDS:
        return False
    word = re.escape(text[start:end])
    return all(
        ISLAND_BEFORE_RE.search(text, max(0, m.start() - 10), m.start()) is not None
        for m in re.finditer(rf"(?<![\w'’]){word}(?![\w'’])", text)
    )


def _stage_at(text: str, start: int, end: int) -> bool:
    """A school stage starts at the finding and covers it: "S3", "P6", "Bl 9" (found as
    "Bl")."""
    m = STAGE_RE.match(text, start)
    return m is not None and m.end() >= end and not text[m.end() : m.end() + 1].isalnum()


def _bracketed_school_town(text: str, start: int, end: int, low: str) -> bool:
    """A town (not a village) after a school's name and a comma, closing a bracket: "(Tanfield
    View School, Stanley)", though the town be a first name; a person there is written
    first ("(Stanley, Tanfield View School)")."""
    if not text.startswith(")", end) or low not in towns() or low in villages():
        return False
    lo = max(0, start - 60)
    if SCHOOL_COMMA_BEFORE_RE.search(text, lo, start) is None:
        return False
    return text.rfind("(", lo, start) > text.rfind(")", lo, start)


# A capitalised word joined to a lower-case English word: "Amber-coloured", "Jack-knife",
# "Beanstalk-themed". A double-barrelled name capitalises both parts ("Lily-Rose"), and a
# given name's lower-case second syllable is no English word ("Seo-yeon").
COMPOUND_RE = factored.compile(r"[A-Z][a-z]+-(?P<w>[a-z]{4,})")
COMPOUND_MIN_ZIPF = 3.6  # "coloured" 3.9; "hyun" 3.4, "ling" 3.5


def _word_compound(span: str) -> bool:
    m = COMPOUND_RE.fullmatch(span)
    if m is None:
        return False
    word = m.group("w")
    return _zipf(word) >= COMPOUND_MIN_ZIPF and not _listed_word(word)


# An occasion, award, fund or venue named after someone or something, which names no one the
# text is about: "Grace Darling Day", "the Poppy appeal", "Jack Petchey award", "Barry Island
# Leisure Centre", "Royal Victoria Hospital". Its word follows the finding, or ends a finding
# of two words or more ("Grace Darling Day" found whole). A "Day" or "Week" after one word may
# be a surname ("Sophie Day"), so it needs two before it.
OCCASION_AFTER_RE = factored.compile(
    r"[ \t]+(?:(?P<two>Day|Week)|Festival|Appeal|Awards?|Foundation|Fund|Prize|"
    r"Lecture|Trophy|appeal|awards?|festival|prize|lecture|trophy|foundation|"
    r"Centre|Center|Stadium|Arena|Library|Station|Museum|Hospital|Leisure|Shopping)\b"
    # A condition named after whoever described it: "Williams syndrome", "Perthes disease",
    # "Crohn's disease", "Bell's palsy".
    r"|(?:['’]s)?[ \t]+(?:syndrome|Syndrome|disease|Disease|palsy|Palsy)\b"
)
OCCASION_LAST_RE = factored.compile(
    r"[ \t]+(?:(?P<two>Day|Week)|Festival|Appeal|Awards?|Trophy|Leisure|Shopping)\Z"
)


def _named_occasion(text: str, start: int, end: int, words: int) -> bool:
    """Whether a person's finding is an occasion's, a venue's or a condition's name
    (OCCASION_AFTER_RE), with no title before it ("Mr Jack Festival" is someone)."""
    if words == 1 and text[start:end] in ("Day", "Week"):
        # "Day" found alone after the words of its occasion: "All Saints Day", "Sports Day".
        named = NAME_WORD_BEFORE_RE.search(text, max(0, start - 30), start) is not None
        return named and not _title_before(text, start)
    m = OCCASION_AFTER_RE.match(text, end)
    if m is not None:
        named = words >= 2 or m.group("two") is None
    elif words >= 2 and (m := OCCASION_LAST_RE.search(text, start, end)) is not None:
        named = words >= 3 or m.group("two") is None
    else:
        return False
    return named and not _title_before(text, start)


# The honorific "ji" after a kin word or a word of respect in Hindi, Urdu and Punjabi ("Nani
# Ji", "Masi ji", "Baba Ji", "Chacha Ji"): a relation, not a name (nor a setting after "went
# to").
HONORIFIC_SUFFIXES = word_set("ji jee")
KIN_BEFORE_JI = word_set(
    "nani nana dadi dada baba bapu masi mausi massi mama mami chacha chachi taya tayi phupho "
    "phupha bhua bua bhai bhaiya didi behen bhen mata pita guru sant maharaj uncle aunty auntie "
    "giani gyani pandit granthi swami"
)
JI_AFTER_RE = factored.compile(r"[ \t]+(?:[Jj]i|JI|[Jj]ee)\b")
# A phone's field after its label: "Tel: 01632 ...", "Mob. 07700 ...".
NUMBER_FIELD_AFTER_RE = factored.compile(r"[ \t]*[:.]?[ \t]*[+(0-9]")


def _kin_honorific(text: str, start: int, words: list[str]) -> bool:
    """Whether a finding is "ji" after a kin word (KIN_BEFORE_JI), with it or alone, or a kin
    word or title alone before "ji" ("Giani ji raised a concern")."""
    if len(words) == 1 and JI_AFTER_RE.match(text, start + len(words[0])):
        return _folded(words)[0] in KIN_BEFORE_JI
    if words[-1][:1] not in "Jj":
        return False  # most findings: no fold needed
    lows = _folded(words)
    if lows[-1] not in HONORIFIC_SUFFIXES:
        return False
    if len(lows) > 1:
        return all(w in KIN_BEFORE_JI for w in lows[:-1])
    before = LAST_WORD_RE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).lower() in KIN_BEFORE_JI


# In a text written in capitals, a finding of everyday words is no name, and a street or a
# school with a function word inside it is none: "VERY SHAKEN", "DIED", "SPAIN UNTIL THE END",
# "APPROACHED IN WEST PARK".
SHOUTED_KINDS = frozenset({"PERSON", "ADDRESS", "SCHOOL"})
SHOUTED_WORD_MIN_ZIPF = 4.0
# Words no street's or school's name holds after its first word.
SHOUTED_FUNCTION_WORDS = word_set("in until my to at on is was very your our when")


def _shouted_everyday_words(
    text: str, start: int, end: int, kind: str, span: str, words: list[str]
) -> bool:
    """Whether a finding in capitals, in a stretch of text written in capitals, is everyday
    words: a person's each one English knows at Zipf 4.0 or more and on no name list, a
    street's or a school's with a function word after its first ("... UNTIL THE END")."""
    if not span.isupper() or any(c.isdigit() for c in span):
        return False
    letters = [c for c in text[max(0, start - 80) : end + 80] if c.isalpha()]
    if sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return False
    lows = _folded(words)
    if kind != "PERSON":
        return any(w in SHOUTED_FUNCTION_WORDS for w in lows[1:])
    before = LAST_WORD_RE.search(text, max(0, start - 20), start)
    if before is not None and _listed_word(before.group(1).lower()):
        return False  # "OLIVER MARKS": a surname after a first name
    return all(_zipf(w) >= SHOUTED_WORD_MIN_ZIPF and not _listed_word(w) for w in lows)


# A pronoun run together with its verb: "I'll", "we've", "they're".
PRONOUN_CONTRACTION_RE = re.compile(r"(?i:i|you|we|they|he|she|it)['’](?i:ll|m|ve|d|re|s)")


# A form's field for a person's surname or forename, opening its line.
SURNAME_FIELD_BEFORE_RE = factored.compile(
    r"(?:^|\n)[ \t]*(?i:surname|last[ \t]+name|family[ \t]+name|forename|first[ \t]+name)"
    r"[ \t]*:[ \t]*\Z"
)


def names_nobody(text: str, ent: Entity) -> bool:
    """Whether a finding is a place, a product, an acronym or a form's word (see the module
    docstring), not a person's name, account or link."""
    kind = ent.type
    start, end = ent.start, ent.end
    span = text[start:end]
    if kind == "URL":
        return SHORT_DOMAIN_RE.fullmatch(text, start, end) is not None or _everyday_domain(span)
    if kind == "PERSON" and SURNAME_FIELD_BEFORE_RE.search(text, max(0, start - 24), start):
        return False  # "Surname: Wickes": a form's name field holds a name, a shop's too
    words = span.split()
    if kind == "PERSON" and PRONOUN_CONTRACTION_RE.fullmatch(span):
        return True  # "one girl (I'll call her K)": a pronoun, whatever slot it stands in
    if kind == "PERSON" and _famous_by_context(text, start, end):
        return True  # "you'll be the next Adele", "a Stephen King reference"
    if (
        (kind == "PERSON" or kind == "SCHOOL")
        and start > 0
        and text[start - 1] != "\n"  # a speaker's name at a line's start: "Krazy Kebab – 16:01"
        and _trade_name(words)
    ):
        return True  # "(Gary Bishop, Swift Cabs)", "outside Chicken Palace"
    if (
        STATION_AFTER_RE.match(text, end) is not None
        and words
        and words[-1].lower() not in STREET_WORD_SET
    ):
        return True  # "the Pool Meadow bus station" ("Wenborough Road retail park": a street)
    if kind in SHOUTED_KINDS and _shouted_everyday_words(text, start, end, kind, span, words):
        return True  # "SPAIN UNTIL THE END", "TOLD SCHOOL", "VERY SHAKEN"
    if kind == "ADDRESS":
        # "Ponders End", "Barry Island": a district named so, not a street (Welsh streets end
        # in "Isaf", "Uchaf": "Lôn Isaf", so those words are left out here); "Leeds Crown
        # Court": a court, a public service.
        # A town's neighbourhood named alone after a word of where: "Home area: Fitton Hill",
        # "girls from Winson Green" (not "a photo of his house on Newland Park").
        return (
            (len(words) == 2 and words[0][:1].isupper() and words[1].lower() in DISTRICT_LAST_WORDS)
            or (COURT_END_RE.search(span) is not None and not any(c.isdigit() for c in span))
            or (
                span.lower() in areas()
                and AREA_CUE_BEFORE_RE.search(text, max(0, start - 12), start) is not None
            )
        )
    if kind != "PERSON" and kind != "USERNAME" and kind != "SCHOOL":
        return False
    if kind != "USERNAME" and _kin_honorific(text, start, words):
        return True  # "Nani Ji", "Baba Ji"
    if kind == "PERSON" and not span.isascii() and words_of_another_language(text, start, end):
        return True  # "Пратих го на Ваня да види", "Các chị ơi, có ai thấy video"
    if (
        kind == "PERSON"
        and len(words) == 1
        and span.lower() in PHONE_WORDS
        and NUMBER_FIELD_AFTER_RE.match(text, end) is not None
    ):
        return True  # "Grandmother: Xin Malik   Tel: 01632 960408"
    if (
        kind == "PERSON"
        and len(words) <= 3
        and text[start].isupper()
        and (
            ANIMAL_NAME_BEFORE_RE.search(text, max(0, start - 80), start) is not None
            or ANIMAL_NAME_AFTER_RE.match(text, end) is not None
        )
    ):
        return True  # "her pony Peanut", "a donkey called Rose"
    if (kind == "PERSON" or kind == "SCHOOL") and _city_abroad(text, start, end):
        return True  # "the coach to Pisa", "Collège Jules Verne, Nantes"
    if kind == "PERSON" and _named_occasion(text, start, end, len(words)):
        return True  # "Grace Darling Day", "the Poppy appeal", "Jack Petchey award"
    if len(words) == 1:
        # Every check of one word is vetoed by the name lists: most findings stop here (but
        # "will" as the verb and a brand that is a name where a brand stands).
        low = span.lower()
        if kind == "PERSON" and "-" in span and _word_compound(span):
            return True  # "Amber-coloured warning", "a Jack-knife emoji"
        if kind == "PERSON" and span.isupper() and _role_after_name(text, start, words):
            return True  # "Gwen, FLO", "Morag Sutherland, HT"
        if (
            kind != "USERNAME"
            and (span.endswith(POSSESSIVE_ENDS) or text.startswith(POSSESSIVE_ENDS, end))
            and _shop_possessive(text, start, end, low)
        ):
            return True  # "took them to McDonald's"
        if (
            kind != "SCHOOL"
            and span.istitle()
            and "_" not in span
            and _named_in_word_list(text, start)
        ):
            return True  # "names like Grace, Will, Rose", 'words such as "Hope"'
        if (
            kind == "PERSON"
            and text[start - 1 : start] in QUOTES
            and _quoted_word_pair(text, start, end)
        ):
            return True  # 'Subject: "Mark" and "Will"', 'words "Hope", "Joy" and "Faith"'
        if kind == "PERSON" and (
            THING_AFTER_RE.match(text, end) is not None
            or CHARACTERS_AFTER_RE.match(text, end) is not None
            or CHARACTER_PLAYED_BEFORE_RE.search(text, max(0, start - 24), start) is not None
        ):
            # "Hope, our wellbeing dog", '"Victoria" (the station)', '"Alex" are skins', "mains
            # Sage"
            return True
        if _listed_word(low):
            return kind == "PERSON" and (
                _modal_will(text, end, low)
                or _scots_ken(text, start, span)
                or _verb_hope(text, end, span)
                or _listed_brand(text, start, end, low)
                or _force_district(text, start, low)
                or _town_unit(text, end, low)
                or _bracketed_school_town(text, start, end, low)
                or _island_or_county(text, start, end, low)
            )
        if (
            kind == "PERSON"
            and low in _kept_words()
            and not span.isupper()
            and not _title_before(text, start)
        ):
            return True  # "PSNI or Gardaí?": a word protected.txt says no one is called
        if _no_one_word(span) and not (
            kind == "PERSON"
            and span.istitle()
            and low in _chat_words()
            and _title_before(text, start)
        ):
            return True  # but "Mrs Ong": a surname that is a chat word after a title
        if start and text[start - 1] in QUOTES and _quoted_description(text, start, end):
            return True
        if span.isalpha() and _made_word(span):
            return True  # "doxxed", "ODers"
        if VERSION_RE.fullmatch(span) or (
            kind == "USERNAME" and _reference_number(text, start, span)
        ):
            return True  # 'a spyware app "v2.3"', "Report reference: 29817733"
        if kind != "USERNAME" and (
            _stage_at(text, start, end)
            or _product_shape(text, start, end, span)
            or _force_district(text, start, low)
            or low in AREA_FORMS
        ):
            return True  # "S3", "mSpy", "StopNCII", "Chrome v124", "GMP Trafford", "brum"
        if kind != "USERNAME" and _town_joined(text, start, end, low):
            return True  # "between Croydon and Ipswich"
        if kind == "PERSON":
            return (
                _lexicon_kind(text, start, end, words)
                or _lone_title(text, start, end, span.lower())
                or (_everyday_lower(span) and not _rare_after_title(text, start, low))
                or (span.islower() and low in LOWER_NOT_NAMES)
                or _brand_before_noun(text, start, end, span)
                or _one_word_kind(text, start, end, span.lower())
                or _named_thing(text, start, end, words)
                or _place_word(text, start, end)
                or _place_before_town(text, start, end, span)
                or (_camel_product(span) and _service_before(text, start))
                or _acronym(text, start, end)
                or _form_word(text, start, end)
                or _noun_after_article(text, start, end)
                or _island_or_county(text, start, end, low)
            )
        if kind == "SCHOOL":
            return (
                _service_school(words)
                or _town_alone(text, start, end)
                or _town_before_county(text, start, end)
                or low in FESTIVALS
                or _moved_to_town(text, start, end)
                or _described_school(text, start, end)
                or span.lower() in FORCE_ACRONYMS
            )
        return (
            _lexicon_kind(text, start, end, words)
            or (_camel_product(span) and _service_before(text, start))
            or span.lower() in FORCE_ACRONYMS
            or _brand_before_noun(text, start, end, span)
            or _handle_verb(text, start, span)
        )
    if len(words) == 2 and words[0].lower() == "the" and _no_one_word(words[1]):
        return not _listed_word(words[1].lower())  # "the ceilidh", "the Tesco"
    if kind != "USERNAME" and (STAGE_RE.fullmatch(span) or _town_and_team(words)):
        return True  # "Bl 9", "Barry NPT", "GMP Trafford"
    if kind != "SCHOOL" and _named_thing(text, start, end, words):
        return True
    if start and text[start - 1] in QUOTES and _quoted_description(text, start, end):
        return True
    if kind == "SCHOOL":
        return (
            _described_school(text, start, end)
            or _town_youth_setting(span)
            or _verb_the_school(words)
            or sum(w.lower() in SENTENCE_WORDS for w in words) > 1
            or (words[-1].lower() in DOCUMENT_HEADS and _role_phrase(words))
            or _service_school(words)
        )
    if kind == "USERNAME" and (
        _place_and_people(words) or _quoted_group_of_words(text, start, end, words)
    ):
        return True  # "Server is called Llandrindod Lads", 'a discord called "the bunker"'
    return _lexicon_kind(text, start, end, words) or (
        kind == "PERSON"
        and (
            _two_word_place(words)
            or _place_and_people(words)
            or _scots_from_place(words)
            or _place_before_town(text, start, end, span)
        )
    )


# "handle" as a verb before a lower-case word: "how to handle disclosures" (a username cue
# elsewhere: "handle mxddiee").
HANDLE_VERB_BEFORE_RE = factored.compile(
    r"(?<![\w'’\-])(?:to|can|could|will|would|should|we|i|you|they|best)[ \t]+handle[ \t]+\Z",
    re.I,
)


def _handle_verb(text: str, start: int, span: str) -> bool:
    """An everyday lower-case word after "handle" used as a verb ("how to handle
    disclosures"), not a handle."""
    return (
        span.islower()
        and span.isalpha()
        and _zipf(span) >= EVERYDAY_ZIPF
        and HANDLE_VERB_BEFORE_RE.search(text, max(0, start - 20), start) is not None
    )


SCHOOL_NOUNS = word_set("school academy college nursery")


def _verb_the_school(words: list[str]) -> bool:
    """A school's finding of a lower-case word and "the school": a verb and its object
    ("has been livestreaming the school gate"), not a school's name."""
    return (
        len(words) == 3
        and words[0].islower()
        and words[1] == "the"
        and words[2].lower() in SCHOOL_NOUNS
    )


# Where a group's, server's or page's name is given in quotes: 'a discord called "the
# bunker"', 'the page "Wolf Pack Banter"' (a channel's name is its owner's account).
GROUP_CUE_BEFORE_RE = factored.compile(
    r"\b(?:server|group|groupchat|gc|page|chat|community|clan|realm|discord)"
    r"(?:[ \t]+(?:is[ \t]+)?(?:called|named))?[ \t]*[\"“'‘]\Z",
    re.I,
)
GROUP_JOINERS = word_set("the of and & a n in on")


def _quoted_group_of_words(text: str, start: int, end: int, words: list[str]) -> bool:
    """A quoted group's, server's or page's name made only of everyday words (Zipf 3.0 or
    more) and their plurals ("randoms", "Gamerz"), towns and their short forms ("wsm"),
    brands, platforms, slang and acronyms (_no_one_words, _platforms), year groups, numbers
    and joining words, none a listed name: 'a discord called "the bunker"', 'the page "Wolf
    Pack Banter"', 'a group called "wsm randoms"'. A word no list or English knows may be
    someone's name ('"Oduya Must Go"'), so the name stays whole there."""
    if start == 0 or text[start - 1] not in QUOTES or end >= len(text) or text[end] not in QUOTES:
        return False
    if GROUP_CUE_BEFORE_RE.search(text, max(0, start - 30), start) is None:
        return False
    for w in words:
        low = POSSESSIVE_RE.sub("", w).lower()
        if low in GROUP_JOINERS or w.isdigit() or YEAR_GROUP_RE.fullmatch(w):
            continue
        if not low.isalpha() or _listed_word(low):
            return False
        if (
            w[0].isupper()
            and len(low) < len(w)
            and low not in _no_one_words()
            and low not in _platforms()
            and low not in towns()
        ):
            return False  # "Baird's Bin Bags": someone's, as patterns.POSSESSOR_RE reads it
        if (
            _zipf(low) < EVERYDAY_ZIPF
            and low not in towns()
            and low not in AREA_FORMS
            and low not in _no_one_words()
            and low not in _platforms()
            and not (low.endswith(("s", "z")) and _zipf(low[:-1]) >= EVERYDAY_ZIPF)
            and not (low.endswith("z") and _zipf(low[:-1] + "s") >= EVERYDAY_ZIPF)
        ):
            return False
    return True


# What may close a college's name without being part of it: "Ravenswick Edge College FE".
COLLEGE_QUALIFIERS = ("FE", "F.E.", "6th Form", "Sixth Form")
SCHOOL_TAIL_RE = factored.compile(r"[ \t]+([A-Za-z][\w'’\-]*(?:[ \t]+[A-Za-z][\w'’\-]*)?)\Z")


# Where an address's town ends it: a postcode, a county and a postcode, or a clause's end
# ("Heol y Felin, Cwmbrân, NP44 3AQ", "Birchwood Cottage, Lochore, Fife KY5 8PB").
ADDRESS_TOWN_AFTER_RE = factored.compile(
    r"[ \t]*,?[ \t]*(?:[A-Z][a-z]+[ \t]+)?[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b"
    r"|[ \t]*(?:[.;)\n]|\Z)"
)
# Welsh, Gaelic and Irish place-name elements (CELTIC_PLACE_RE's) and "loch" (Lochore,
# Lochmaddy; surnames too, "Lochhead", so only at an address's end).
ADDRESS_PLACE_RE = factored.compile(
    r"(?:Loch|Llan|Aber|Caer|Cwm|Pont[ay]|Pontll|Bally|Baile|Inver|Kil|Strath|Auch|Ystrad|"
    r"Maes|Blaen)(?=[a-z]{3})[a-z]+"
)


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _address_town(place: str) -> bool:
    """Whether an address's last part after a comma is its town or village: on the town
    lists once accents are dropped ("Cwmbrân"), or a Welsh, Gaelic or Irish place by its
    first element ("Llanybydder", "Lochore") alone or before a word that says it is a place
    ("Llanbadarn Fawr"); no listed name."""
    bare = _strip_accents(place)
    folded = " ".join(bare.lower().replace("’", "'").split())
    if folded in towns():
        return True
    words = bare.split()
    if len(words) == 2 and words[1].lower() in PLACE_LAST_WORDS:
        words = words[:1]
    return (
        len(words) == 1
        and ADDRESS_PLACE_RE.fullmatch(words[0]) is not None
        and not _listed_word(words[0].lower())
    )


# A post written before a setting's name in lower case: "nasreen owner buttercup hollow day
# nursery" (ROLE_WORDS, and the words of a setting's owner and manager).
SCHOOL_ROLE_FIRST = ROLE_WORDS | word_set("owner owners proprietor manager deputy head")
# A kind of setting that, before a role's head, is part of the role: "nursery manager",
# "school nurse", "club leader".
SETTING_KIND_WORDS = word_set("nursery school club college")
ROLE_HEAD_AFTER_RE = factored.compile(r"[ \t]+([a-z]+)(?![\w'’\-])")
YOUTH_SETTINGS = ("youth club", "youth centre", "youth center", "youth project")


def _lower_school_without_role(text: str, ent: Entity) -> Entity:
    """A school's finding in lower case without a post before the setting's name ("owner
    buttercup hollow day nursery" -> "buttercup hollow day nursery"), a possessive before a
    chat or activity word as the person ("macy's sleepover" -> "macy's"), or, where its last
    word is a kind of setting that starts a role ("mair nursery manager"), the listed first
    name before it as a person ("mair"). ent unchanged otherwise."""
    span = text[ent.start : ent.end]
    parts = span.split()
    if len(parts) == 2 and POSSESSIVE_RE.search(parts[0]) and parts[1] in _no_one_words():
        return Entity(ent.start, ent.start + len(parts[0]), "PERSON")  # "macy's sleepover"
    if len(parts) >= 3 and parts[0] in SCHOOL_ROLE_FIRST and not _listed_word(parts[0]):
        return Entity(ent.start + span.index(parts[1], len(parts[0])), ent.end, ent.type)
    if (
        len(parts) == 2
        and parts[1] in SETTING_KIND_WORDS
        and (after := ROLE_HEAD_AFTER_RE.match(text, ent.end)) is not None
        and after.group(1) in ROLE_HEADS
        and lexicon().any_first_name(parts[0])
    ):
        return Entity(ent.start, ent.start + len(parts[0]), "PERSON")
    return ent


def _town_youth_setting(span: str) -> bool:
    """A city's or larger town's youth club in lower case (_big_places), a kind of place
    rather than its name: "rhys from caerphilly youth club" (a village's, a small town's or a
    city district's, "fir vale youth club", "kingsbury youth centre", is named so and
    stays)."""
    if not span.islower() or not span.endswith(YOUTH_SETTINGS):
        return False
    place = span.rsplit(" ", 2)[0]
    return place in _big_places() and place not in villages() and not _listed_word(place)


ADDRESS_LEAD_RE = factored.compile(
    r"[^\d\n]*?\b(?:in|near|from)[ \t]+([^\W\d_]+),[ \t]*(?=\d)", re.I
)


def _address_without_lead(text: str, ent: Entity) -> Entity:
    """An address's finding without the words and town before its house number, the town
    after "in", "near" or "from": "We're in Newcastle, 17 Heaton Park View" -> "17 Heaton
    Park View" (the town stays, as after the street; "Lewis Armitage, 15, ..." is a name)."""
    lead = ADDRESS_LEAD_RE.match(text, ent.start, ent.end)
    if lead is None or lead.group(1).lower() not in towns():
        return ent
    return Entity(lead.end(), ent.end, ent.type)


# After a place that ends an address after its street: a comma too ("47 Rosemary Lane, Heaton
# Mersey, and ...").
PLACE_END_AFTER_RE = factored.compile(r"[ \t]*,|" + ADDRESS_TOWN_AFTER_RE.pattern)


def _ends_address(text: str, end: int, head: str, place: str) -> bool:
    """Whether an address's last part after a comma is the place it is in: a town or village
    (_address_town, or data/address_places.txt: "Kirkby Stephen") before a postcode or a
    clause's end, or before a comma after a part ending in a street's word ("2 Primrose
    Cottages, Low Lane, Kirkby Stephen, CA17 9QX")."""
    folded = " ".join(_strip_accents(place).lower().replace("’", "'").split())
    if not (folded in address_places() or _address_town(place)):
        return False
    if ADDRESS_TOWN_AFTER_RE.match(text, end) is not None:
        return True
    last = head.rsplit(None, 1)[-1].lower().strip(".,")
    return last in STREET_WORD_SET and PLACE_END_AFTER_RE.match(text, end) is not None


def address_without_town(text: str, ent: Entity) -> Entity:
    """An address's finding without the place after its last comma when towns_more() holds
    it: an island ("Bayhead, North Uist" -> "Bayhead") or, after a street's word or a house's
    number, a town named like a street ("15 Mill Lane, Brierley Hill" -> "15 Mill Lane"; not
    "Tesco Express, Brixton Hill", where it is the street); or when it is a town or village
    (_address_town) before a postcode or a clause's end ("Hafod Cottage, Heol y Felin,
    Cwmbrân, NP44 3AQ" -> "Hafod Cottage, Heol y Felin"). ent unchanged otherwise."""
    span = text[ent.start : ent.end]
    head, _, place = span.rpartition(", ")
    folded = " ".join(place.lower().replace("’", "'").split())
    if not head.strip():
        return ent
    if folded not in towns_more():
        if _ends_address(text, ent.end, head, place):
            return Entity(ent.start, ent.start + len(head.rstrip()), ent.type)
        return ent
    if folded.split()[-1] in STREET_WORD_SET:
        last = head.split()[-1].lower().strip(".")
        if last not in STREET_WORD_SET and not any(c.isdigit() for c in head):
            return ent
    return Entity(ent.start, ent.start + len(head.rstrip()), ent.type)


def school_without_town(text: str, ent: Entity) -> Entity:
    """A school's finding without a town or a qualifier after its kind of school: "Lisnacree
    High Ballynahinch" -> "Lisnacree High", "Ravenswick Edge College FE" -> "Ravenswick Edge
    College"; the town is one of one or two words on the town lists (towns()), and a school
    named after its town ("Keswick School") keeps it, as "City College" does ("City College
    Norwich"). ent unchanged when nothing is cut."""
    span = text[ent.start : ent.end]
    for q in COLLEGE_QUALIFIERS:
        if span.endswith(" " + q) and span[: -len(q) - 1].rstrip().lower().endswith(" college"):
            return Entity(ent.start, ent.start + len(span) - len(q) - 1, ent.type)
    m = SCHOOL_TAIL_RE.search(span)
    if m is None:
        return ent
    tail = m.group(1)
    words = tail.split()
    for k in range(len(words)):
        place = " ".join(words[k:]).lower().replace("’", "'")
        if place not in towns() or not (words[k][0].isupper() or words[k].islower()):
            continue
        cut = ent.start + m.start(1) + tail.index(words[k]) if k else ent.start + m.start()
        head = text[ent.start : cut].rstrip()
        kind = head.rsplit(None, 1)[-1].lower() if " " in head else ""
        if head == "City College":
            return ent  # "City College Norwich": the town names the college
        if kind in TOWN_AFTER_KINDS or _town_after_lower_school(text, ent.end, head, place):
            return Entity(ent.start, ent.start + len(head), ent.type)
    return ent


def _town_after_lower_school(text: str, end: int, head: str, place: str) -> bool:
    """Whether a town ends a school's finding written in lower case in fast notes, after a
    name of two words or more and before a clause's end: "bryn celynog high wrexham.",
    "ysgol cwm tafolog merthyr.", "st flannan's kirkintilloch)", "ormiston sandon stoke."
    (any kind of school: the note runs the school and its town together). A listed name
    stays ("st anne's shannon"), so does a village (schools are named after them), and so
    does the town of a chain's academy ("harris academy peckham")."""
    return (
        head.islower()
        and " " in head
        and not head.endswith(" academy")
        and TOWN_TAIL_AFTER_RE.match(text, end) is not None
        and place not in villages()
        and not _listed_word(place)
    )


def drop_nobody(text: str, entities: Iterable[Entity]) -> list[Entity]:
    """The entities without those that name no one (names_nobody) or stand in speech quoted
    in another language (_in_quoted_speech), and a name without the lower-case "ex-" compound
    before it ("ex-bf jordan" is "ex-bf {name}")."""
    out = []
    quotes = _foreign_quotes(text) if any(q in text for q in '"“„«') else None
    lines = _foreign_lines(text) if not text.isascii() else None
    found = tuple(entities)
    # Capitals that are someone's initials in this text, though an acronym or a word: those of
    # a name found, and those a line of who came lists before a role. Worked out where short
    # capitals are found, each word once.
    initials: set[str] | None = None
    listed: dict[str, bool] = {}
    for e in found:
        kind = e.type
        if kind in OTHER_KINDS:
            out.append(e)  # an email, a phone number ...: nothing here reads them
            continue
        start = e.start
        if kind == "PERSON" and text.startswith("ex-", start):
            ex = EX_RELATION_RE.match(text, start, e.end)
            if ex is not None:
                if ex.end() >= e.end:
                    continue
                e = Entity(ex.end(), e.end, kind)
                start = e.start
        # Only an address ending in a borough, a school's finding opening with a title of
        # faith, and other findings of several words or usernames that may be a photo's file
        # name can be reshaped: the rest skip the call.
        if kind == "SCHOOL" and text[e.end - 1].isalpha() and " " in text[start : e.end]:
            e = school_without_town(text, e)
            if text[start].islower():
                e = _lower_school_without_role(text, e)
                kind = e.type
        if kind == "ADDRESS":
            if ", " in text[start : e.end]:
                e = address_without_town(text, _address_without_lead(text, e))
            if text.endswith(BOROUGH_ENDS, start, e.end):
                e = reshaped(text, e) or e
        elif (
            kind != "URL"
            and (
                kind != "SCHOOL"
                or text.startswith(SCHOOL_RESHAPE_PREFIXES, start)
                or text.endswith(GROUP_ENDINGS, start, e.end)
            )
            and (
                " " in text[start : e.end]
                or (kind == "USERNAME" and text[start] in CAMERA_INITIALS)
            )
        ):
            shaped = reshaped(text, e)
            if shaped is None:
                continue
            e = shaped
        if kind == "PERSON" and (
            _in_quoted_speech(text, e, quotes) or (lines and _in_foreign_line(text, e, lines))
        ):
            continue
        if kind == "PERSON" and (title := RELIGIOUS_TITLE_RE.match(text, start, e.end)):
            e = Entity(title.end(), e.end, kind)  # "Sister Bernadette O'Malley": the title stays
            start = e.start
        if kind == "PERSON" and e.end - start <= 4 and text[start : e.end].isupper():
            word = text[start : e.end]
            if initials is None:
                initials = initials_of_people(text, found)
            if word in initials or in_reference(text, start, e.end):
                # "Jolene Abara-Whitcombe ... JAW": her initials, no acronym; so too a
                # letter's writer's and typist's ("Ref: GMH/TB/2211")
                out.append(e)
                continue
            if len(word) <= 3 and " " not in word:
                if word not in listed:
                    listed[word] = _listed_initials(text, word)
                if listed[word]:
                    out.append(e)  # "Present: TO (Headteacher)": "TO confirmed" is someone
                    continue  # so too a note's writer ("call ended 14:21. RP", "Minutes: IN")
        if not names_nobody(text, e):
            out.append(e)
    return out


# Speech quoted in another language: "Ele não me ouve", "nie wiem, może przesadzam", "Das ist
# überhaupt nicht lustig". Two thirds of its words (two at least) are common words of a
# language families write in (data/other_languages.txt, data/other_languages_quoted.txt), and
# a finding inside it all of whose words are such words, or written in lower case, names no
# one ("Kasia jest moją dziewczyną" still names Kasia).
QUOTED_SPEECH_RE = factored.compile(r"[\"“„«](?P<q>[^\"“”„«»\n]{2,300})[\"”»]")
QUOTED_WORD_RE = factored.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


@cache
def _quoted_language_words() -> frozenset[str]:
    return read_plain_words("other_languages_quoted.txt") | _other_language_words()


# A word English writes often (Zipf): in a quotation of three words or more of which no more
# than two fifths are such words, the speech is in another language ("ami kichu bujhi na",
# "Dw i ddim yn gwybod beth i wneud"), whatever language it is.
ENGLISH_WORD_ZIPF = 4.0


def _words_between(text: str, start: int, end: int) -> list[str]:
    """The words of text[start:end] (QUOTED_WORD_RE), lower case, straight apostrophes."""
    return [w.lower().replace("’", "'") for w in QUOTED_WORD_RE.findall(text, start, end)]


def _language_counts(words: list[str], known: frozenset[str]) -> tuple[int, int]:
    """How many of words are known words of another language, and how many English writes
    often (ENGLISH_WORD_ZIPF)."""
    return sum(w in known for w in words), sum(_zipf(w) >= ENGLISH_WORD_ZIPF for w in words)


def _foreign_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation in another language (see QUOTED_SPEECH_RE and
    ENGLISH_WORD_ZIPF)."""
    known = _quoted_language_words()
    spans = []
    for m in QUOTED_SPEECH_RE.finditer(text):
        words = _words_between(text, *m.span("q"))
        hits, english = _language_counts(words, known)
        if (hits >= 2 and 3 * hits >= 2 * len(words)) or (
            len(words) >= 3 and 5 * english <= 2 * len(words)
        ):
            spans.append(m.span("q"))
    return spans


# A chat's or a note's line, its speaker's label and time left out ("[17:05] Tiago G: ela
# dança que nem uma galinha", "Grzegorz: To moje konto, usunę"), read as a quotation is.
LINE_RE = factored.compile(
    r"^(?:\[[^\]\n]{1,24}\][ \t]*)?(?:[^\n:\[]{1,45}:[ \t])?(?P<q>[^\n]+)", re.M
)


def _foreign_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line (its speaker's label left out, LINE_RE) written in another
    language: two thirds of its words (three at least) common words of a language families
    write in (data/other_languages.txt), and no more than two fifths words English writes often
    (ENGLISH_WORD_ZIPF)."""
    known = _other_language_words()
    spans = []
    for m in LINE_RE.finditer(text):
        words = _words_between(text, *m.span("q"))
        hits, english = _language_counts(words, known)
        if hits >= 3 and 3 * hits >= 2 * len(words) and 5 * english <= 2 * len(words):
            spans.append(m.span("q"))
    return spans


def _in_foreign_line(text: str, ent: Entity, lines: list[tuple[int, int]]) -> bool:
    """Whether a finding inside a line in another language (_foreign_lines) is its words,
    every one a common word of that language and none on a list of names ("uma galinha",
    "Vergonha"; not "Ty", "Hüseyin")."""
    if not any(s <= ent.start and ent.end <= e for s, e in lines):
        return False
    known = _other_language_words()
    words = _words_between(text, ent.start, ent.end)
    return bool(words) and all(w in known and not _listed_word(fold(w)) for w in words)


def _in_quoted_speech(text: str, ent: Entity, quotes: list[tuple[int, int]] | None) -> bool:
    if not quotes or not any(s <= ent.start and ent.end <= e for s, e in quotes):
        return False
    known = _quoted_language_words()
    words = _words_between(text, ent.start, ent.end)
    if text[ent.start : ent.end].islower() and not any(_listed_word(w) for w in words):
        return True  # "nie wiem, może przesadzam": a word of the language, not a name
    return bool(words) and all(w in known for w in words)
