"""Round BK: what sets CW and CX showed, by kind (invented sentences).

Kept: a boarding school's houses in a text about boarding ("Housemistress, Wolsey House",
"(Year 8, St Catherine's House)", "House: St Margaret's", "Housemaster, St Columba's"),
not a name before a form's "House:" label; a boarder's home city after the year group ("(Y12,
Lisbon)"); the terms of schools that name them so ("Trinity term", "Lent Half Term");
"exeat"; a school's house after a pupil's year group whatever the text is about ("(Year 11,
Selwyn House)"); agencies that place pupils from abroad or stand as their guardians
("Crestwood Guardianship", "EuroStudy Placements").

Redacted: a nickname in brackets inside a name, wherever the text uses it alone ("Margaret
(Peggy) Oduya ... stayed with Peggy"); initials before a boarding or school post in brackets
("written up by GW (Housemaster, Cranmer)", "NOTE FROM SB (Business Manager)").
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "Harriet Ashdown-Pryce\nHousemistress, Wolsey House\nSt Barnabas College",
            "Ashdown-Pryce",
        ),
        ("Pupil: Ngozi Eze-Williams   House: St Margaret's   Year: 10 (boarder)", "Eze-Williams"),
        ("21.40 Rafael Monteiro (Y12, Lisbon) knocked on the study door.", "Monteiro"),
        ("Dmitri (Dmitri Volkov, Year 11, Selwyn House) says he only liked it.", "Volkov"),
        (
            "Guardian: Margaret (Peggy) Oduya, a homestay. Ji-woo stayed with Peggy at half-term.",
            "Peggy",
        ),
        ("Notes - Mon evening, written up by GW (Housemaster, Cranmer)\n\n21.40 a knock", "GW"),
        ("NOTE FROM SB (Business Manager): following the posts", "SB"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Harriet Ashdown-Pryce\nHousemistress, Wolsey House\nSt Barnabas College", "Wolsey House"),
        ("Pupil: Ngozi Eze-Williams   House: St Margaret's   Year: 10 (boarder)", "St Margaret's"),
        (
            "Sofiia (Year 8, St Catherine's House) says a boy filmed her (boarding)",
            "St Catherine's",
        ),
        (
            "Present: Dewi Prys (Housemaster, St Columba's), C. Ansah (Housemistress)",
            "St Columba's",
        ),
        ("21.40 Rafael Monteiro (Y12, Lisbon) knocked on the study door.", "Lisbon"),
        ("Mobile phone policy to be reviewed before Trinity term.", "Trinity term"),
        ("EXEAT REQUEST - Lent Half Term\nPupil: a boarder", "Lent Half Term"),
        ("sent a pic on airdrop on the train back from exeat (waterloo -> guildford)", "exeat"),
        ("Dmitri (Dmitri Volkov, Year 11, Selwyn House) says he only liked it.", "Selwyn House"),
        ("- guardian is an agency, Crestwood Guardianship, contact Mr Emeka Obi", "Crestwood"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
