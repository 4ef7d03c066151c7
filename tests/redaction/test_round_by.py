"""Round BY: what sets EN (early years), EQ (service families and forces schools) and ER (staff
questions on policy and practice) showed, by kind (invented sentences).

Found, each whole as one finding (none so before the round): a family hub, a children's
centre, an early years centre or class and a cadet unit or centre named before its kind; a
nursery's name with its town when the sentence goes on; a person after a rank of the forces,
without the rank; a person with a police title after a word that cues a school; initials found
once, again in a form's answer; initials before what a note says they did ("CM raised", "LP
to audit"); a child's date of birth after "Date of birth of child:"; a surname after the
Arabic article that is also a language's name ("Al-Farsi").

Kept: the forces' services, corps, regiments, ranks of several words and families'
federations, a rank written short before a name, a station or a ship named for a place or a
person, peoples (Fijian, Gurkha), a song's character, a scheme, a learning platform and a
cinema chain named with name-like words (each fails before the round).
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_found_whole, assert_kept


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("I am a health visitor based at Kestrelmoor Family Hub.", "Kestrelmoor Family Hub"),
        (
            "Her nephew attends Brackley Fold Early Years Centre.",
            "Brackley Fold Early Years Centre",
        ),
        ("Cadet Ellis (13), Harbinmouth Sea Cadet Unit, was added.", "Harbinmouth Sea Cadet Unit"),
        ("Minutes – Ashvale Garrison Cadet Centre – volunteers", "Ashvale Garrison Cadet Centre"),
        (
            "she knows they go to Little Puffins Nursery Normanton cos she wrote it",
            "Little Puffins Nursery Normanton",
        ),
        ("Benedict's mum, Major Rosalind Quarrie, is keen to help.", "Rosalind Quarrie"),
        ("Quick one from Sgt Mo Rahimtoola, liaison at the garrison.", "Mo Rahimtoola"),
        (
            "Pupils involved: KB (Y7), RD (Y7)\n\nWhat happened: KB (service child) was sent it.",
            "KB",
        ),
        ("3. Staff phones policy; LP to audit the lockers.", "LP"),
        ("The group runs late; CM raised that at the meeting.", "CM"),
        ("Email: parent@example.org\nDate of birth of child: 17/06/2021", "17/06/2021"),
        ("Your name: Mohammed Al-Farsi\nAre you a: parent / carer", "Mohammed Al-Farsi"),
    ],
)
def test_found_whole(text: str, span: str) -> None:
    assert_found_whole(text, span)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("My husband is Royal Logistic Corps and is deployed.", "Royal Logistic Corps"),
        ("Dad is Royal Signals, at home now.", "Royal Signals"),
        ("Her father, Colour Sergeant Odutola, is away.", "Colour Sergeant"),
        ("The Naval Families Federation suggested we call you.", "Naval Families Federation"),
        ("One of my lads, LCpl Kojo Asamoah, is in Cyprus.", "LCpl"),
        ("Pte Tomasi Vakacegu told his sergeant.", "Pte"),
        ("Her dad is at RAF Marham and is furious.", "RAF Marham"),
        ("her dads in the navy on the HMS Duncan (not sure if i can say)", "HMS Duncan"),
        ("We are Fijian and live near the barracks.", "Fijian"),
        ("Subject: Gurkha families – video calls being shared", "Gurkha"),
        ('I was thinking of using "Major Tom" from Space Oddity as a hook.', "Major Tom"),
        ("I was told the Ask for Angela scheme is not for under 18s.", "Ask for Angela"),
        ("He also uses Code.org and Khan Academy at home.", "Khan Academy"),
        ("he's showing everyone at the Cineworld in Dundee lol", "Cineworld"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


def test_initials_that_are_a_title_before_a_bracket() -> None:
    """Set ET's first score found it: initials that are also a title ("FR", Father) before a
    bracket of other capitals stopped the redaction of the whole text (IndexError)."""
    assert_found_whole("Present: FR (CSC), KM (DSL), AB (school nurse).", "FR")
