"""Round AV: what the tuning sets showed, by kind (invented sentences).

Kept: where someone comes from after a school's cue with "from", when it is a town, a
country or a city abroad ("boys from America", "a student from Bologna"); a hospital, GP
surgery, clinic or hospice named in title case, whoever it is named after ("Royal Victoria
Infirmary"); a post inside a school's finding ("DSL Mr Idris Coombe"); an English word before
a post ("Brownie leader", "Diocesan Director of Education"); a religious sister's title.
Still redacted: a school named for a place after "at" or "goes to" ("pupils at Kemnay"), a
doctor before "Surgery" ("Dr Quilliam Surgery"), the person holding a post in a school's
finding, a surname after a title before a post ("Miss Quilliam teacher").
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Her cousin chats on Roblox with boys from America who ask for photos.", "America"),
        ("He says he is a 15 year old student from Shenzhen and sends gift cards.", "Shenzhen"),
        ("A girl from Istanbul joined Year 8 last week and is being teased.", "Istanbul"),
        ("The family moved from Bologna to Leeds in the summer.", "Bologna"),
        ("a boy from Korea keeps adding her on Discord", "Korea"),
        ("Hospital: Royal Victoria Infirmary, Newcastle\nPatient: Kacper Nowacki", "Victoria"),
        ("I work as a porter in Queen Elizabeth University Hospital at night.", "Elizabeth"),
        ("Regards,\nDr B. Okonjo\nGP, Whitley Wood Medical Centre, Reading", "Whitley Wood"),
        ("Agency: Upton Hospital, Paediatric Outpatients\nPhone: 01632 960 111", "Paediatric"),
        ("- Kestrel Vale Academy (DSL Mr Idris Coombe): no prior concerns", "DSL"),
        ("the school (Headteacher Nerys Pugh) will be told tomorrow.", "Headteacher"),
        ("Texts from a parent to the Brownie leader were forwarded.", "Brownie"),
        ("I'm Group Lead Volunteer for 3rd Kelso Scouts.", "Group"),
        ("From: Diocesan Director of Education\nTo: the helpline", "Diocesan"),
        ("From: Sister Philomena Achterberg <head@example.org>\nSubject: a post", "Sister"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Threats came from pupils at Kemnay on Snapchat.", "Kemnay"),
        ("u go Beaumont right?", "Beaumont"),
        ("Dr Quilliam Surgery rang back about it.", "Quilliam"),
        ("Regards,\nDr B. Okonjo\nGP, Whitley Wood Medical Centre, Reading", "Okonjo"),
        ("- Kestrel Vale Academy (DSL Mr Idris Coombe): no prior concerns", "Idris Coombe"),
        ("the school (Headteacher Nerys Pugh) will be told tomorrow.", "Nerys Pugh"),
        ("hi its Jo Quennell DSL Haddington Moor High (East Lothian)", "Haddington Moor High"),
        ("hi its Jo Quennell DSL Haddington Moor High (East Lothian)", "Jo Quennell"),
        ("From: Sister Philomena Achterberg <head@example.org>\nSubject: a post", "Philomena"),
        ("Ask Miss Quilliam teacher about it.", "Quilliam"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)
