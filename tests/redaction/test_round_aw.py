"""Round AW: what sets BS and BT showed, by kind (invented sentences).

Redacted: a transcript's speaker whose display name is made of words ("Lunar Ghost"), and a
quoted group's, page's or server's name holding a finding, whole ('a group called "Zosia
smells"'); a given name between a title or a mail's "From:" and a surname ("Mrs Charity
Oyelaran-Holt"), and a name before a role in a table ("Mr Obadiah Quarshie  Pastoral
Assistant"). "SURNAME, Forename" is one name; trusts, partnerships and
federations of schools named in full ("Pennine Crag Learning Trust"); initials after "boy,".
Kept: a thing named like a person ("an AI called \"Sophie\"", "bots named Mimu and Dyno"), an
anonymised label with its possessive ("Child D's"), a past tense or an adjective in lower
case where a name would stand ("her uncle saw it", "mum is nice"), an age rating ("13+"),
what a name stands for said after it ("Hope, our wellbeing dog"), a quoted phrase of four
everyday or kept words ('"just banter about Roblox"'), a form's name label ("SURNAME,
Forename:"), speakers naming a person by a role or kinship ("Coach Baz"), a form's labels
that repeat ("Next Steps"), a group's name with a year group in it ("Kingsmead Year 4 Chat":
only the names inside go).
"""

from __future__ import annotations

import pytest

from casebook.redaction import find_entities
from tests.redaction.cases import assert_kept, assert_redacted

CHAT = (
    "Velvet Comet: u up\nquill_99: ye cant sleep\nVelvet Comet: same. u ok\n"
    "quill_99: bit sad\nVelvet Comet: i can come meet u\n"
)
COACH = "Coach Baz: training at 6\nJoe: ok\nCoach Baz: bring boots\nMo: will do\n"
FORM = "Next Steps: call mum\nAction Taken: logged\nNext Steps: ring the school\n"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (CHAT, "Velvet Comet"),
        (COACH, "Baz"),
        ('Her class made a WhatsApp group called "Zofia smells 🤢" and added her.', "smells"),
        ('a Snapchat group "Ismay\'s Sleepover 🍿" that a friend made', "Sleepover"),
        ("Head of Year: Mr Obadiah Quarshie  Pastoral Assistant: Miss Robyn Flint", "Obadiah"),
        ("Yours sincerely,\n\nMrs Charity Oyelaran-Holt\nAssistant Headteacher", "Charity"),
        ("From: Sunday Adeyemi-Whyte\nTo: the helpline\nSubject: a fake page", "Sunday"),
        ("I'm the DSL at Ashgrove Academy, part of Pennine Crag Learning Trust.", "Pennine Crag"),
        # Kept until round AW (test_round_w_settings.py); the brief's settled questions label
        # a trust named in full, a region's name or not.
        ("part of the Pennine Learning Trust since 2019", "Pennine Learning Trust"),
        ("Part of the Diocese of St Albans Multi-Academy Trust\nHeath Lane", "St Albans"),
        ("Quorndon Federation of Schools - Safeguarding team", "Quorndon"),
        ("Host: Medway Vale Learning Partnership, Rochester", "Medway Vale"),
        ("admin thought to be a 15yo girl, KQ - not confirmed", "KQ"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lowfield Infants: DSL HEWSON, Carol; DDSL AHMADI, Saima", "HEWSON, Carol"),
        ("Severn Bank Primary ........ WILLOCKS, Sky", "WILLOCKS, Sky"),
        ("From: Sgt Iain Rennison <i.r@example.net>\nSubject: a group", "Iain Rennison"),
        ("From: Aunty Pat <p@example.com>\nSubject: my niece", "Pat"),
    ],
)
def test_one_name(text: str, name: str) -> None:
    people = [text[e.start : e.end] for e in find_entities(text) if e.type == "PERSON"]
    assert people[0] == name


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (COACH, "Coach"),
        (FORM, "Next Steps"),
        ("Team: Safer Schools Partnership\nEnquiry: a fake account", "Safer Schools"),
        ('The kids talk to an AI called "Sophie" on an app.', "Sophie"),
        ("The server apparently has bots named Mimu and Dyno.", "Dyno"),
        ("a hacker posted a picture of Child D's care plan", "Child D"),
        ("Her uncle saw it and told the family.", "saw"),
        ("alfie's mum is nice so i dont want a row", "nice"),
        ("A parent asked whether Discord is 13+ or 16+ here.", "13+"),
        ("We had a question about Hope, our wellbeing dog, in a video.", "Hope"),
        ('he says it was "just banter about Roblox" and nothing more', "just banter"),
        ("SURNAME, Forename: QUINCEY, Dean\nRole: TA\nSURNAME, Forename: MISTRY, Arav", "Forename"),
        ('the parents\' group "Kingsmead Year 4 Chat" shared a photo of Tomasz', "Year 4"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


def test_a_group_name_is_one_username() -> None:
    text = 'The page "Mrs Quinlan is a witch" went up on Friday.'
    assert [(e.type, text[e.start : e.end]) for e in find_entities(text)] == [
        ("USERNAME", "Mrs Quinlan is a witch")
    ]
