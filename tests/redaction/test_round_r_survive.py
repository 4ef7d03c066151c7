"""Round R's must-survive words (issue 9): roles and documents, districts and towns, other
languages, faith, care and service words, and apps. Each class is read from a lexicon with
its source named (data/roles.txt, data/districts.txt, data/other_languages.txt,
data/service_terms.txt) or from a word's shape and frequency, not from a set's sentences.
Every sentence here is invented, and each class has hard negatives: real names in the same
slot must still go."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from casebook.redaction.build_lists import COMMON_SURNAMES, SURNAME_ENDINGS
from casebook.redaction.lexicon import lexicon, read_plain_words
from tests.redaction.coverage import covered


def kept(text: str, phrase: str) -> bool:
    """Whether no entity found in text touches phrase (its first place)."""
    start = text.index(phrase)
    end = start + len(phrase)
    return not any(e.start < end and e.end > start for e in redact(text).entities)


SURVIVE = [
    # Roles and ranks, and a title-case phrase of everyday words ending in a role's head.
    (
        "I spoke to the Digital Media Investigator at the force about the images.",
        "Digital Media Investigator",
    ),
    (
        "The Named Doctor for Safeguarding at the hospital has been told.",
        "Named Doctor for Safeguarding",
    ),
    ("Police contact is Saima Javed, Family Liaison, who will ring mum.", "Family Liaison"),
    ("Contact: Piotr Zielak, Online Investigator, will call back.", "Online Investigator"),
    ("The Safer Schools Officer came in on Tuesday.", "Safer Schools Officer"),
    ("We rang the Exploitation Lead and then the Early Help Worker.", "Exploitation Lead"),
    ("We rang the Exploitation Lead and then the Early Help Worker.", "Early Help Worker"),
    ("The DS said they would visit on Friday.", "DS"),
    ("Rev said the youth group meets on Fridays.", "Rev"),
    ("Advice from the Designated Nurse was to wait.", "Designated Nurse"),
    # Documents.
    ("Please see the Parish Safeguarding Handbook for what to do.", "Parish Safeguarding Handbook"),
    ("It breaks the Acceptable Use Policy and the Staff Code of Conduct.", "Acceptable Use Policy"),
    ("Under the Online Safety Guidance, staff should not reply.", "Online Safety Guidance"),
    # Districts of cities, and towns in lower case at a school's tail.
    ("The family moved to Wythenshawe last year.", "Wythenshawe"),
    ("he lives in Harehills and is in year 8", "Harehills"),
    ("They live in Castlemilk now, near her gran.", "Castlemilk"),
    ("mum says they moved to moss side in may", "moss side"),
    # Other languages.
    ("Mum wrote: Dzień dobry, mój syn ma problem z kolegą.", "Dzień dobry"),
    ("Mama a scris: Bună ziua, fiul meu are o problemă la școală.", "Bună ziua"),
    ("Mama a scris: Bună ziua, fiul meu are o problemă la școală.", "fiul meu"),
    ("Dad messaged ciamar a tha thu to the teacher.", "ciamar"),
    ("The chat opened with Assalamu alaikum and then the threats.", "Assalamu alaikum"),
    ("He signed off Tapadh leat and left the group.", "Tapadh leat"),
    # Faith, care and service words, and apps.
    ("After Jummah the ustadh spoke to the boys about it.", "Jummah"),
    ("After Jummah the ustadh spoke to the boys about it.", "ustadh"),
    ("She lives with her nan, a Kinship Carer since March.", "Kinship Carer"),
    ("He is in Supported Accom in Leeds.", "Supported Accom"),
    ("He used My AI on Snapchat to ask about it.", "My AI"),
    ("Ellie's iPhone was taken by her brother.", "iPhone"),
    ("It went to the Inbox, not the junk folder.", "Inbox"),
    # The same classes in other slots and other words of the lexicons.
    ("At madrassa the Ustadh told them not to share it.", "Ustadh"),
    ("Her nan (Kinship Carer) rang the helpline.", "Kinship Carer"),
    ("Mum's message: Mahadsanid walaal, waan fiicanahay.", "Mahadsanid walaal"),
    ("He wrote kya hai yaar in the chat then blocked her.", "hai yaar"),
    ("The message said Dzień dobry kochanie and then asked for photos.", "dobry kochanie"),
    ("Buna ziua doamna, fiul meu nu vine la școală.", "ziua doamna"),
    ("Ciamar a tha thu said the first message.", "Ciamar"),
    ("He moved to Govanhill in January.", "Govanhill"),
    # A service or team of the lexicons after its owner, found as a school.
    ("A call from the LA Virtual School about a foster placement.", "Virtual School"),
    ("Our Virtual School head rang about it.", "Virtual School"),
]


@pytest.mark.parametrize(("text", "phrase"), SURVIVE)
def test_must_survive_words_are_left(text: str, phrase: str) -> None:
    assert kept(text, phrase), [(text[e.start : e.end], e.type) for e in redact(text).entities]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A name beside a role: the name goes, the role stays.
        ("Police contact is Saima Javed, Family Liaison, who will ring mum.", "Saima Javed"),
        ("Contact: Piotr Zielak, Online Investigator, will call back.", "Piotr Zielak"),
        # A title with a name after it: the name goes.
        ("DS Okonkwo said they would visit on Friday.", "Okonkwo"),
        ("Rev Bethan Griffiths runs the youth group.", "Bethan Griffiths"),
        # A role's head after a name is a surname, not a role.
        ("The Named Doctor is Dr Amy Doctor this week.", "Amy Doctor"),
        # Polish and Romanian names in the same sentences as their languages.
        ("Jakub Nowak wrote: Dzień dobry, mój syn ma problem.", "Jakub Nowak"),
        ("Andrei Popescu a scris: Bună ziua, fiul meu are o problemă.", "Andrei Popescu"),
        ("Dzień dobry, tu Agnieszka Wójcik, mama Oliwii.", "Agnieszka Wójcik"),
        ("Bună ziua, sunt Ioana Marin.", "Ioana Marin"),
        # A name before a device: the name still goes.
        ("Ellie's iPhone was taken by her brother.", "Ellie"),
        # A school named after a district stays a school where a school stands.
        ("She is in year 9 at Lochend and the boys there shared it.", "Lochend"),
        # A setting named with a faith word stays whole.
        ("Caller: Amir Sayed, Head, Grange Park Madrasah", "Grange Park Madrasah"),
        # A school's own name before a service's words stays a school.
        ("She goes to the Oakfield Virtual School in town.", "Oakfield Virtual School"),
        # "moved to" a school that is not a town.
        ("She moved to Brackenfold last year.", "Brackenfold"),
    ],
)
def test_names_in_the_same_slots_still_go(text: str, name: str) -> None:
    assert covered(text, name)


def test_other_language_words_hold_no_listed_name_or_common_surname() -> None:
    words = read_plain_words("other_languages.txt")
    lex = lexicon()
    names = lex.first_names | lex.more_first | lex.surnames | lex.ambiguous | lex.context_only
    assert not words & names
    assert not words & COMMON_SURNAMES
    assert not any(w.endswith(SURNAME_ENDINGS) for w in words)
    assert {"dobry", "ziua", "ciamar", "diolch"} <= words
