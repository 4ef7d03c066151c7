"""The scorer itself, on small cases with known answers."""

from __future__ import annotations

import pytest

from casebook.redaction.core import Entity
from casebook.redaction.scoring import Example, score

TEXT = "Call Mia Thompson on Monday about TikTok."
MIA = Entity(5, 17, "PERSON")  # "Mia Thompson"


def fixed(*spans: Entity):
    return lambda text: list(spans)


@pytest.mark.parametrize(
    ("predicted", "recall", "precision", "violations"),
    [
        ([MIA], 1.0, 1.0, 0),
        ([], 0.0, 1.0, 0),
        # 11 of 12 characters (92%) redacted still counts as caught.
        ([Entity(6, 17, "PERSON")], 1.0, 1.0, 0),
        # 10 of 12 (83%) does not.
        ([Entity(7, 17, "PERSON")], 0.0, 1.0, 0),
        # Redacting "Monday" too: a must-survive word lost, precision 12/18.
        ([MIA, Entity(21, 27, "PERSON")], 1.0, 12 / 18, 1),
        # Caught under another type still counts as caught.
        ([Entity(5, 17, "USERNAME")], 1.0, 1.0, 0),
    ],
)
def test_score(predicted, recall, precision, violations) -> None:
    s = score([Example("x", TEXT, (MIA,))], fixed(*predicted))
    assert s.recall("PERSON") == pytest.approx(recall)
    assert s.char_precision == pytest.approx(precision)
    assert len(s.violations) == violations


def test_must_survive_inside_a_gold_span_is_not_a_violation() -> None:
    text = "Will Smith said it will stop."
    gold = (Entity(0, 10, "PERSON"),)
    s = score([Example("x", text, gold)], fixed(Entity(0, 10, "PERSON")))
    assert s.violations == []
    s = score([Example("x", text, gold)], fixed(Entity(0, 10, "PERSON"), Entity(19, 23, "PERSON")))
    assert [v.word for v in s.violations] == ["will"]


def test_year_groups_are_must_survive() -> None:
    text = "She is in Year 9."
    s = score([Example("x", text, ())], fixed(Entity(10, 16, "PERSON")))
    assert [v.word for v in s.violations] == ["Year 9"]


def test_violations_say_whether_the_list_holds_them() -> None:
    text = "Play Zorbix on Monday."
    ex = Example("x", text, (), must_survive=("Zorbix",))
    s = score([ex], fixed(Entity(5, 11, "PERSON"), Entity(15, 21, "PERSON")))
    assert [(v.word, v.listed) for v in s.violations] == [("Monday", True), ("Zorbix", False)]
    assert s.listed_violations == 1


def test_a_trailing_town_in_a_gold_address_may_be_kept() -> None:
    text = "She lives at 27 Gasworks Lane, Accrington now."
    gold = (Entity(13, 42, "ADDRESS"),)  # "27 Gasworks Lane, Accrington"
    street = Entity(13, 29, "ADDRESS")  # "27 Gasworks Lane"
    assert score([Example("x", text, gold)], fixed(street)).recall("ADDRESS") == 1.0
    # A trailing word that is no town is part of the address.
    text = "She lives at 27 Gasworks Lane, Brinsmoor now."
    gold = (Entity(13, 40, "ADDRESS"),)
    assert score([Example("x", text, gold)], fixed(street)).recall("ADDRESS") == 0.0


def test_markdown_cells_give_the_headline_measures() -> None:
    s = score([Example("x", TEXT, (MIA,))], fixed(MIA, Entity(21, 27, "PERSON")))
    # recall 1, PERSON 1, no lower-case names (counted as all caught), precision 12/18, one
    # must-survive word lost.
    assert s.markdown_cells() == "1.000 | 1.000 | 1.000 (0) | 0.667 | 1"


@pytest.mark.parametrize(
    ("text", "gold", "date"),
    [
        ("Kai Ellery (DOB 01/02/2010) lives here.", "DOB 01/02/2010", "01/02/2010"),
        ("Rafe Quill (born 9th May 2018) plays.", "born 9th May 2018", "9th May 2018"),
        ("D.O.B: 3.4.11\nSchool: none", "D.O.B: 3.4.11", "3.4.11"),
        ("date of birth 12 March 2012.", "date of birth 12 March 2012", "12 March 2012"),
    ],
)
def test_a_leading_birth_cue_in_a_gold_date_of_birth_may_be_kept(
    text: str, gold: str, date: str
) -> None:
    start = text.index(gold)
    label = (Entity(start, start + len(gold), "DATE_OF_BIRTH"),)
    only_date = Entity(text.index(date), text.index(date) + len(date), "DATE_OF_BIRTH")
    assert score([Example("x", text, label)], fixed(only_date)).recall("DATE_OF_BIRTH") == 1.0
    # Only the cue is passed over: most of the date left is still a miss.
    part = Entity(only_date.start + 3, only_date.end, "DATE_OF_BIRTH")
    assert score([Example("x", text, label)], fixed(part)).recall("DATE_OF_BIRTH") == 0.0
