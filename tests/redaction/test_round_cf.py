"""Round CF: what sets FL (Greek, Italian, Spanish, Angolan and Latin American families,
football trials), FM (grandparents and kinship carers, scams) and FN (seaside towns, showmen's
families, water-sports clubs) showed, by kind (invented sentences).

Found (each fails before the round): a case note's writer's initials in its head, after
"practitioner" or alone between dashes before its time ("Case note – practitioner JN – 11:35",
"Case note – KL – 16:10"); a nickname in single quotes between a first name and a surname
found, a word too, and wherever the text writes it again ("Lorraine 'Lol' Heaton ... Lol
reported"); a nickname in quotes in brackets after a name, before "to" ('Connor Bell ("Belly"
to his mates)'); the sea's clubs that teach the young ("Bude Breakers Surf Life Saving Club",
"Exe Estuary Gig Club"); a child's name of a Celtic place's shape after "my son" ("My son
Kiluanji is 14"). Kept: Italian, Spanish and Greek words for grandparents, aunts and uncles
("lives with nonna + nonno", "she lives with her tía"); showmen and the dodgems; beaches that
notes name as where young people meet ("Sunday 9am Summerleaze", "filming – Babbacombe");
a pier named by its own word and the showmen's body ("Clarence Pier funfair", "Showmen's
Guild section"); the seaside's places and rides written alone ("pier at 4"); the peoples
and languages of Spain, Italy and Angola ("Basque, not Spanish", "Kimbundu"), Latin American
and Angolan dances and foods ("kizomba, semba"), Orthodox feasts ("Theophania"), the Guardia
Civil and Spanish and Italian greetings ("Buona Pasqua a tutti!").
And, as before, a Celtic place stays ("moved to Kilmarnock").
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_found_whole, assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Case note – practitioner JN – 11:35\n\nCaller: a parent, worried.", "JN"),
        ("Case note – KL – 16:10\n\nCaller: Morag Findlay, guidance teacher.", "KL"),
        (
            "Present: Jim Whiteside, Lorraine 'Lol' Heaton (kinship carer)\n"
            "3. Lol reported that the father messages her granddaughter.",
            "Lol",
        ),
        ('A Year 10 lad, Connor Bell ("Belly" to his mates), lives with his grandad.', "Belly"),
        ("My son Kiluanji is 14 and plays for the under-15s.", "Kiluanji"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "I'm the welfare officer at Bude Breakers Surf Life Saving Club. We have 60 Nippers.",
            "Bude Breakers Surf Life Saving Club",
        ),
        ("My son rows with the junior crew at Exe Estuary Gig Club.", "Exe Estuary Gig Club"),
    ],
)
def test_sea_club_found(text: str, club: str) -> None:
    assert_found_whole(text, club)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Lorenzo, 12, lives with nonna + nonno since May. nonna has no idea.", "nonna + nonno"),
        ("Nobody is on the scene; she lives with her tía in Leyton.", "tía"),
        ("re: 13yo girl, showmen family, wintering on the yard near Hull", "showmen"),
        ('His story reads "Sunday 9am Summerleaze, I\'ll be there".', "Summerleaze"),
        ("She tagged where they were filming – Babbacombe, the harbour, the pier.", "Babbacombe"),
        ("- photos taken at Clarence Pier funfair on a school trip", "Clarence Pier"),
        ("Attendees: Dolly Farrar (mother, Showmen's Guild section)", "Showmen's Guild"),
        ('she messaged: "i can see everywhere u go lol. pier at 4, maccies at 6"', "pier at 4"),
        ("- mum: Begoña Etxeberria (Basque, not Spanish she says!)", "Basque"),
        ("Father speaks Portuguese and Kimbundu, limited English.", "Kimbundu"),
        ("She posts dance videos – kizomba, semba, normal adult dance content.", "kizomba, semba"),
        ("Next meeting: after Epiphany (Theophania) service.", "Theophania"),
        ("- Buona Pasqua a tutti! No session on Easter Saturday.", "Buona Pasqua"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


def test_celtic_place_kept() -> None:
    """The round's guard: a place of a Celtic shape stays where no kin word stands before it."""
    assert_kept("She moved to Kilmarnock last year, then to Llanelli.", "Kilmarnock")
