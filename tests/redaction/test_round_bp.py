"""Round BP: what sets DJ (clubs and community settings), DK (multi-agency work) and DL
(primary schools and younger children) showed, by kind (invented sentences).

Found, each whole as one finding (none so before the round): clubs named before more kinds
(dance crews, steel bands, girls' and youth teams by their sport, evening madrasahs,
numbered squadrons by their town); an activity's crew as a club, no chat; single letters
standing for a child before an age ("K 15 says", "(R 13, E 11)") or quoted after a year
group or an age ('pupil yr 10 "G"', '12yo "J"'); a double first name's initials ("A-J.W.");
a surname in capitals before a first name ("FENWICK, Neil"); a lower-case first name
in a message's introduction of its writer ("its mark from ur football").

Kept: a festival and a carnival named like places or people ("Pohela Boishakh", "Notting
Hill Carnival"). Four kept cases guard the new rules and passed before them too: a
nationality before a club's kind is no name ("the Lithuanian Saturday school"), nor a
governing body ("Ulster Hockey"), an everyday word in capitals before a name ("URGENT,
Sarah") or "me" introduced ("its me from the party").
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_found_whole, assert_kept


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Organisation: Zyphr Dance Crew, Leeds\nYour enquiry: x", "Zyphr Dance Crew"),
        ("from Lennox (Pan Groovers Steel Band, youth section) - one", "Pan Groovers Steel Band"),
        (
            "Referrer: Kofi Mensah, coach, Dudley Dragons Girls Football\nReason: messages",
            "Dudley Dragons Girls Football",
        ),
        (
            "management committee of Al-Huda Evening Madrasah, Small Heath. A volunteer",
            "Al-Huda Evening Madrasah",
        ),
        ("Flt Lt Anya Reddy (CO, 1417 Ripon Squadron). Cadets use Discord", "1417 Ripon Squadron"),
        ("rang: Tariq (youth worker). K 15 says someone made a deepfake of her.", "K"),
        ("Case: 2 sisters (R 13, E 11) living with their aunt.", "E"),
        ('pupil yr 10 "G" had his Fortnite account hacked', "G"),
        ('nurse – 12yo "J" in a residential home. staff found J on Yubo', "J"),
        ("Peer group (J.R., T.M., A-J.W., Rocco) – Year 9", "A-J.W."),
        ("Arrest made this morning of FENWICK, Neil (43) of Gateshead", "FENWICK, Neil"),
        ("Unknown: its mark from ur football\n\nNobody called Mark coaches there.", "mark"),
    ],
)
def test_found_whole(text: str, span: str) -> None:
    assert_found_whole(text, span)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("My son Matas goes to the Lithuanian Saturday school in Boston.", "Lithuanian Saturday"),
        ("the photos from Pohela Boishakh are on a public page", "Pohela Boishakh"),
        ("we went down to Notting Hill Carnival with the band", "Notting Hill Carnival"),
        ("Ulster Hockey's welfare page isn't clear.", "Ulster Hockey"),
        ("URGENT, Sarah please call the school back", "URGENT"),
        ("hey its me from the party, u left ur hoodie", "its me from"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
