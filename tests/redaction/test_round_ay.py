"""Round AY: what sets BW and BX showed, by kind (invented sentences).

Redacted: initials a note gives a person the text names, though they spell a word or an
acronym ("reports to HA", "support for NI"), before a full stop too, and the initials of a
name written "SURNAME, Forename" ("PARKER, Jordan" -> "JP"); a call note's writer's initials
after a closing double dash or a dash, though they spell a word ("-- PW", "- TO"); a street
or farm in lower case without a number in a clause saying someone lives or is there ("we're
on the carron road", "we live out at tregenna farm", "ur on caerphilly road"); a chat's
speakers by their full names before each message's time ("Piers Montgomery 08:14:"); a
school's sixth-form college and its club after hours with the school's name ("Thirsk School &
Sixth Form College", "Little Oaks Out of School Club"); a gamertag of two capitalised parts
in quotes after a player or friend ('an older player, "RhosRuler"'); a quoted group's, page's
or account's name holding the name of a school the text names, whole ("Fernlea Fit Checks"
beside Fernlea Academy), not one holding a town's name or a neighbourhood's group.

Kept: a school's town, the school's name but for its kind, where it stands for the town ("for
Thurso colleagues", "up to Cromer", "Strabane district", "Llandrindod Wells", a subject line's
last words); capitals in a text written in capitals ("WHAT ELSE DO I DO."); a road that is
no one's address ("the ring road", "the main road", "a lift home along the pier road").
"""

from __future__ import annotations

import pytest

from casebook.redaction import find_entities
from tests.redaction.cases import assert_kept, assert_redacted

MINUTES = (
    "Present: Hope Adjei (DSL), Rajesh Menon (IT)\n"
    "2. RM reported the filtering logs. He will send weekly reports to HA.\n"
)
LOG = (
    "Pupils involved:\n- PARKER, Jordan (Y10) - alleged\n- TWIGG, Callum (Y10) - alleged\n"
    "Action: HoY to interview JP and CT."
)
GOVERNORS = (
    "Present: Ms Ngozi Ilori (staff governor), Mr C. Baptiste.\n"
    "NI left the room for this item. Governors expressed support for NI."
)

TEAMS = (
    "Aaliyah Begum-Hart 08:12: Has anyone seen the page? It's about Piers\n"
    "Piers Montgomery 08:14: yes, my tutor group showed me\n"
    "Kwame Ofori 08:17: I'll flag it. Piers, do you want me to tell your form?\n"
    "Piers Montgomery 08:18: no leave it\n"
    "Form Tutor 08:19: noted\n"
    "Form Tutor 08:20: noted"
)

FERNLEA = (
    "Staff briefing (Fernlea Academy)\n"
    'From the Head: The "Fernlea Fit Checks" Instagram has posted another clip.'
)
DALRIADA = (
    "A Year 11 pupil at Dalriada School was targeted. The image was sent to the whole of "
    '"Dalriada Y11 Craic" group chat.'
)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (MINUTES, "RM"),
        (MINUTES, "HA"),
        (LOG, "JP"),
        (LOG, "CT"),
        (GOVERNORS, "NI"),
        ("Advised report to X as impersonation. Call length 24 min. -- PW", "PW"),
        ("Possible solicitor's letter. Jackie happy. - TO", "TO"),
        ("she'll ring back after speaking to head — GT\n", "GT"),
        ("we live out at tregenna farm so signal is awful", "tregenna farm"),
        ("we're on the carron road so her friend is round the corner", "carron road"),
        ("we live in pemberton, ormskirk road. can someone ring me", "ormskirk road"),
        ("him: ur on caerphilly road innit", "caerphilly road"),
        ("come to mine in cathays, miskin street, we can go through it", "miskin street"),
        (TEAMS, "Piers Montgomery"),
        (TEAMS, "Piers"),
        ("Call from Bev, DSL, Thirsk School & Sixth Form College, 2.15pm.", "Form College"),
        ("Breakfast club rota (Little Oaks Out of School Club)", "School Club"),
        ('He has been contacted by an older player, "RhosRuler", who told him.', "RhosRuler"),
        ('a "free V-Bucks" link sent by a Fortnite friend, "DerryDealz". Then', "DerryDealz"),
        (FERNLEA, "Fernlea Fit Checks"),
        (DALRIADA, "Dalriada Y11 Craic"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Venue: Wick High School (Teams link for Thurso colleagues)\n"
            "Present: staff from Wick High School and Thurso High School.",
            "Thurso colleagues",
        ),
        (
            "Subject: Threats to school principal – Strabane\n\nA pupil at Strabane Academy "
            "posted it. PSNI, Derry City and Strabane district, are aware.",
            "– Strabane",
        ),
        (
            "Subject: Threats to school principal – Strabane\n\nA pupil at Strabane Academy "
            "posted it. PSNI, Derry City and Strabane district, are aware.",
            "Strabane district",
        ),
        (
            "Y10 at Cromer Academy. Offered £100 to bring a bag up to Cromer next week.",
            "to Cromer",
        ),
        (
            "I'm the PCSO for Llandrindod Wells. Pupils at Llandrindod High School say so.",
            "Llandrindod Wells",
        ),
        (
            "NAME: DESTINY OKORO\nMY SON IS GETTING MESSAGES. PLEASE WHAT ELSE DO I DO. "
            "MY NUMBER IS BELOW",
            "DO I DO.",
        ),
        ("Caller will ring back after the meeting - OK", "- OK"),
        (TEAMS, "Form Tutor 08:19"),
        ('Pupils use a "DeepSwap" app and the "BookTok" account', "DeepSwap"),
        (
            'At Strood Academy the "Strood Mums Chat" WhatsApp group shares it.',
            "Strood Mums Chat",
        ),
        ("we live off the ring road near the school", "the ring road"),
        ("she lives on the main road by the park", "the main road"),
        ("I work on a dairy farm near Leek", "dairy farm"),
        ("the guide was written in an accessible way for our families", "accessible way"),
        ("he offered her a lift home along the pier road after the disco", "pier road"),
        ("we live near town. they checked Google Street View for the house", "Google Street"),
        ("Advised to ring back tomorrow - NSPCC", "NSPCC"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


def test_neighbourhood_group_is_not_a_school_group() -> None:
    text = 'Oakridge Primary says the post is on the "Oakridge Village Community" Facebook group.'
    assert [text[e.start : e.end] for e in find_entities(text) if e.type == "USERNAME"] == []
