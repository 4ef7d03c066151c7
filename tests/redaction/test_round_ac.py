"""Round AC: what got through on sets AE and AF, by kind.

Invented sentences. Recall: a "SURNAME, Forename Middle" field taken whole, also in a list of
siblings after a bracket; two lower-case letters where a child is named ("lad zh 14"); a
name in capitals running on into its surname in capitals; a twelfth digit and an extension
of a number written with a five-digit code; an initial's full stop where it ends no sentence.
Kept: titles of books, films, musicals and songs, their characters, and public figures named
as an influence.
"""

from __future__ import annotations

import pytest

from casebook.redaction import find_entities, redact


def found(text: str) -> list[str]:
    return [text[e.start : e.end] for e in find_entities(text)]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Pupil: FENWICK, Tobias Reuben\nDOB: 02/02/2013", "FENWICK, Tobias Reuben"),
        ("Victim: TRAN, Bao Anh   DOB: 11.09.2011", "TRAN, Bao Anh"),
        ("Siblings: OSEI, Kwabena (15), OSEI, Adwoa (9)\nParent: Mrs Osei", "OSEI, Adwoa"),
        ("caller: girl's mum. lad zh 14 being asked for pics. zh lives w his nan", "zh"),
        ("HEAD OF YEAR: MR DESMOND OKAFOR\nPLEASE CALL", "DESMOND OKAFOR"),
        ("identified as CALLUM ROSS FENBY, 22, of Leeds", "CALLUM ROSS FENBY"),
        ("Tel: 01423 496 0777 ext. 12", "01423 496 0777 ext. 12"),
        ("ring 01769 496 0321 x45 after 3", "01769 496 0321 x45"),
        ("Regards,\nNiamh T.\nAttendance Officer", "Niamh T."),
        ("GIRL IN YR 8 DANIELA P. SENDING PICS", "DANIELA P."),
    ],
)
def test_found_whole(text: str, whole: str) -> None:
    assert whole in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Year 5 are reading Percy Jackson this term.", "Percy Jackson"),
        ("The film night was Encanto, then Heartstopper for the older group.", "Encanto"),
        ("Trip to see Dear Evan Hansen on the 12th.", "Dear Evan Hansen"),
        ('A video called "Jeff the Killer" scared him.', "Jeff"),
        ("Boys keep quoting Sneako and Andrew Tate in form time.", "Sneako"),
        ("They sang Mr Brightside on the coach.", "Brightside"),
        ("Location: Leeds, West Yorkshire", "West Yorkshire"),
        ("MY SON JACK SAID HE WAS SCARED", "SAID"),
        ("spoke to Alfie B. Alfie said no", "{name}. {name}"),
        ("account reference 0113496055812345 closed", "0113496055812345"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert kept in redact(text).text, redact(text).text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # The same words where they name someone.
        ("Matilda (Year 5) was upset after the trip.", "Matilda"),
        ("Elsa and Anna were both crying at pick-up.", "Elsa"),
        ("boy ok now, girl is in year 7. spoke to Kai", "Kai"),
    ],
)
def test_people_with_those_names_still_go(text: str, secret: str) -> None:
    assert secret not in redact(text).text, redact(text).text
