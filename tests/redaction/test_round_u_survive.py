"""Round U's must-survive words (issue 9): brands, shops, charities and children's media;
slang, festivals, languages and Welsh and Gaelic words; acronyms alone and hyphen-joined; year
groups and sports teams' age groups; "will" as the verb; a place before a town or county. Each
class is read from a lexicon with its source named in its header (data/brands.txt,
data/everyday_words.txt, data/acronyms_more.txt, keep_phrases.txt, districts.txt) or from a
shape, not from a set's sentences. Every sentence here is invented, and each class has hard
negatives: real names in the same slot must still go."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from casebook.redaction.lexicon import lexicon, read_words
from tests.redaction.coverage import covered


def kept(text: str, phrase: str) -> bool:
    """Whether no entity found in text touches phrase (its first place)."""
    start = text.index(phrase)
    end = start + len(phrase)
    return not any(e.start < end and e.end > start for e in redact(text).entities)


SURVIVE = [
    # Brands, shops, charities, children's media and devices.
    ("[19:02] jodie: my dad's taking me to Lidl then Greggs after", "Lidl"),
    ("mum said she'd meet him outside Asda, he never came", "Asda"),
    ("Aunt Hollis signed him up to a King's Trust course last year.", "King's Trust"),
    ("My son Teodor (Year 1) watches Peppa Pig and Hey Duggee on the tablet.", "Peppa Pig"),
    ("She watches Blippi on YouTube and an advert came up.", "Blippi"),
    ("He plays Brawl Stars with a man who says he is 12.", "Brawl Stars"),
    ("Dad Florin uses the Alexa in the kitchen to listen in.", "Alexa"),
    ("The boy said the Alexa smart speaker recorded it.", "Alexa"),
    ("They met outside Costa coffee on the high street.", "Costa"),
    ("She was referred to Barnardo's by the school nurse.", "Barnardo's"),
    # Slang and chat words.
    ("zayne said the mandem would sort it", "mandem"),
    ("[20:11] +44 7700 900555: hi hun u free later", "hun"),
    ("he keeps talking about his opps on the estate", "opps"),
    ("kyro_77: @admins this guy keeps asking for pics", "@admins"),
    ("bella: ye after school innit, bring ur charger", "innit"),
    # Festivals in lower case, languages, Welsh and Gaelic words.
    ("she met him at the eid party at her aunt's", "eid"),
    ("Dad needs a Tigrinya interpreter for the meeting.", "Tigrinya"),
    ("Shwmae, I am the wellbeing lead at a school in Gwynedd.", "Shwmae"),
    ("Diolch for the call back yesterday.", "Diolch"),
    ("They met a man at the ceilidh in the village hall.", "the ceilidh"),
    # Acronyms alone and hyphen-joined to a word.
    ("Pupil: Tomasz Ruda (Year 8, ASN) has been messaged.", "ASN"),
    ("We're in Swindon. Gwenllian Ashby, HR, Brookmere Trust", "HR"),
    ("Is this a matter for the post-GIRFEC meeting or the police?", "post-GIRFEC"),
    ("A LADO-style referral was made on Monday.", "LADO-style"),
    ("#fortnite-lfg\nkay_99: anyone duo", "fortnite-lfg"),
    # Year groups.
    ("A group chat added pupils from Years 9 and 10 across the town.", "Years 9 and 10"),
    ("We lent a laptop to a Pupil Premium family in Year 3.", "Pupil Premium"),
    ("From: PC Ola Marsh, Devon and Cornwall", "Devon and Cornwall"),
    # A sentence in capitals is no school's name.
    ("THE TEACHER SAID ITS A SCHOOL MATTER. WE LIVE IN HULL.", "SAID ITS A SCHOOL"),
    # "will" as the verb.
    ("Dad says Will ring the school tomorrow about it.", "Will"),
    ("I'm sure you Will get a lot of these calls.", "Will"),
    ("priya: my dad will kill me if he sees it", "will"),
    # A town before a county, a district before its town.
    ("Year 10 boy posted it on Snapchat. Fishermead, Milton Keynes.", "Fishermead"),
    ("Hi, PCSO for Kendal, Cumbria here about a Snapchat group.", "Kendal"),
]


@pytest.mark.parametrize(("text", "phrase"), SURVIVE)
def test_must_survive_words_are_left(text: str, phrase: str) -> None:
    assert kept(text, phrase), [(text[e.start : e.end], e.type) for e in redact(text).entities]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A brand that is a name: the person is still found where no brand stands.
        ("Alexa said her stepdad took the photos.", "Alexa"),
        ("I told Zara to block him.", "Zara"),
        # A shop's name made of names is a person where a person stands.
        ("John Lewis is the PE teacher who was told.", "John Lewis"),
        # A name before a slang word or an acronym still goes.
        ("mum: hi hun its gran, is jodie there", "jodie"),
        ("We're in Swindon. Gwenllian Ashby, HR, Brookmere Trust", "Gwenllian Ashby"),
        # A hyphenated surname is no compound of acronyms and words.
        ("Contact Jodie Whitfield-Cole on the school line.", "Whitfield-Cole"),
        # "Will" as a name: before a past tense, a surname, or after a verb.
        ("Will said the man had asked for his address.", "Will"),
        ("Will Hennock (Year 9) was added to the group.", "Will Hennock"),
        ("spoke to will and his mum on tuesday", "will"),
        # A lower-case name whose second word is a surname that is also a town.
        ("caller: jess thornbury, dsl at the academy", "jess thornbury"),
        ("dsl catrin lewis, year 9 girls sharing pics", "catrin lewis"),
        # A town found as a school after "at" stays a school.
        ("She is in year 10 at Kendal, Cumbria and the boys shared it.", "Kendal"),
        # A name before a town stays a name.
        ("Year 10 boy posted it. Keisha Amberley-Fox, Oxford.", "Keisha Amberley-Fox"),
        # A school in capitals stays a school, and one with a Welsh "Is" in its name.
        ("Year 9 at Ysgol Gyfun Gwent Is Coed shared it.", "Ysgol Gyfun Gwent Is Coed"),
        ("MY SON IS AT OAKMERE HIGH SCHOOL AND A BOY SENT IT.", "OAKMERE HIGH SCHOOL"),
        # A junior team is found with its age group (the labelling brief's "[Millford Juniors
        # U12s]").
        ("The coach is Brandon Oakes, Millwater Athletic U14s.", "Millwater Athletic U14s"),
        ("The coach is Brandon Oakes, Millwater Athletic U14s.", "Brandon Oakes"),
    ],
)
def test_names_in_the_same_slots_still_go(text: str, name: str) -> None:
    assert covered(text, name)


def test_single_word_lexicons_are_read_without_listed_names() -> None:
    """A listed name on the brand, slang or acronym lists ("Alexa", "Costa") is no one only
    where a brand stands; the rest are no one wherever they stand."""
    from casebook.redaction.nobody import _listed_brands, _no_one_words

    lex = lexicon()
    names = lex.first_names | lex.more_first | lex.surnames | lex.ambiguous | lex.context_only
    words = _no_one_words()
    assert not words & names
    assert {"alexa", "costa"} <= _listed_brands()
    assert {"tesco", "mandem", "sylheti", "girfec", "aln", "lfg"} <= words
    assert "john lewis" not in read_words("brands.txt")
