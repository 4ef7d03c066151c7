"""Round AB: what got through on the tuning sets after the name model learned sets AC and AD.

Invented sentences. Recall: lower-case dotted initials for a person ("girl is p.w."), a title
and one letter before a bracket or a colon ("ms d (office manager)"), gamer tags of CamelCase
parts ending in capitals ("NoahBuildsMC", "FinnOMG"). Kept: roles after a name or alone
("Pupil Support", "Vice-Principal", "Sports Coach", "Lecturer"), a name's word joined to an
English word ("Amber-coloured"), an island after "on" and a county after "Co.", a school's own
"is" ("Larkfield School is upset"), a school's kind in brackets ("(a primary near Bude)"),
occasions and venues named after someone ("Grace Darling Day", "Poppy appeal", "Penarth
Leisure Centre"), a faith's word ("Allah"), thanks in another language standing alone
("mulțumesc", "slán"), a town's district ("Swansea East") and a version
written "v.2.14.1".
"""

from __future__ import annotations

import pytest

from casebook.redaction import find_entities, redact


def found(text: str) -> list[str]:
    return [text[e.start : e.end] for e in find_entities(text)]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("rang re year 8. girl is p.w. and she is scared", "p.w."),
        ("boy y9 (r.k.) sent the pic on snap", "r.k."),
        ("dsl a.b. asked if we keep records", "a.b."),
        ("called by ms d (office manager) about a parent", "d"),
        ("dr f: will ring back after clinic", "f"),
        ("his tag in the game is NoahBuildsMC and he plays late", "NoahBuildsMC"),
        ("the account FinnOMG keeps messaging her", "FinnOMG"),
    ],
)
def test_people_and_tags_are_found(text: str, secret: str) -> None:
    assert secret in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ring back i.e. after 3 p.m. or e.g. tomorrow a.m.", "i.e."),
        ("i will miss a call later", "miss a"),
        ("We use PowerPoint and CapCut in lessons.", "PowerPoint"),
        ("We use PowerPoint and CapCut in lessons.", "CapCut"),
        ("Kind regards\nDelyth\nPupil Support, ext 2210", "Pupil Support"),
        ("Kind regards\nHamish Orrell\nPT Pupil Support\nLochview Academy", "Support"),
        ("I'm Vice-Principal (Pastoral) at a college in Kent.", "Vice-Principal"),
        ("ROLE: Sports Coach, after-school club", "Sports Coach"),
        ("Concern about Tobias Quenby, Lecturer (Art and Design)", "Lecturer"),
        ("An Amber-coloured banner popped up on her phone.", "Amber-coloured"),
        ("He sent a Jack-knife emoji under every post.", "Jack-knife"),
        ("Our family is on Skye. The school is small.", "Skye"),
        ("The club trains near Omagh, Co. Tyrone.", "Tyrone"),
        ("Her daughter at Larkfield School is upset and off today.", "upset"),
        ("My son's school (a primary near Bude) sent a letter.", "a primary"),
        ("Assembly on Grace Darling Day went well.", "Grace Darling"),
        ("Poppy appeal stickers were on the window.", "Poppy"),
        ("Dad speaks little English; mulțumesc was all he said.", "mulțumesc"),
        ("We cover schools across Swansea East and Neath.", "Swansea"),
        ("the app on her phone is v.2.14.1 now", "v.2.14.1"),
        ("They arranged to meet at Penarth Leisure Centre on Friday.", "Penarth Leisure"),
        ('Messages said "Allah sees you" from a fake account.', "Allah"),
        ('advised report + block. "slán" at the end of the call.', "slán"),
        ("Both girls go to Guides on a Tuesday.", "Guides"),
    ],
)
def test_what_names_no_one_stays(text: str, kept: str) -> None:
    assert kept in redact(text).text, redact(text).text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # The same words where they name someone.
        ("Skye said it started in May. We live on Skye.", "Skye said"),
        ("Thanks, Lily-Rose", "Lily-Rose"),
        ("Please call Sophie Day, Office Manager.", "Sophie Day"),
        ("Mr Jack Festival rang about his son.", "Jack Festival"),
        ("Mr Day said the class was loud.", "Day said"),
        ("the school is dunmore park. she is in year 7", "dunmore park"),
    ],
)
def test_the_same_shapes_still_name_people(text: str, secret: str) -> None:
    assert secret not in redact(text).text, redact(text).text
