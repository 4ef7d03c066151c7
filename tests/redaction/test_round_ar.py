"""Round AR: what sets BK and BL showed, by kind (invented sentences).

Redacted: a school written in lower case with its kind after the saint's name, a club with
its junior side, initials and a surname after a dash or a post. Kept: Sikh greetings, public
figures, a book, youth organisations' bodies, children's homes' regulations, orders, county
FAs, sub-groups and committees, a few brands.
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("my son (9) goes to st quentin's rc primary in Hartlepool.", "rc primary"),
        ("school business manager at st quintus ce primary (Rochdale).", "ce primary"),
        ("I'm the welfare officer for Quarrendon Cricket Club Colts. Our", "Club Colts"),
        ("a report from Quarrybank Rugby Club Minis: a coach's account", "Club Minis"),
        ("the governing body has been told (case officer Q. Marrable).", "Q. Marrable"),
        ("he wasn't in trouble. written down at 12.45. - Q. Osgathorpe", "Q. Osgathorpe"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Please advise us. Waheguru ji ka Khalsa, Waheguru ji ki Fateh.", "Waheguru ji ki Fateh"),
        ('the "Will Smith slap" being used as an example', "Will Smith"),
        ("a man who says hes justin bieber's manager", "justin bieber"),
        ('our year 4s are reading "The Boy at the Back of the Class"', "Back of the Class"),
        ("tell the safeguarding lead at Boys' Brigade HQ?", "Boys' Brigade"),
        ("Scouts HQ's guidance says Prevent.", "Scouts HQ"),
        ("advised: Children's Homes Regs, care plan", "Children's Homes Regs"),
        ("- non-mol order in place for mum but not for child", "non-mol order"),
        ("Essex FA's safeguarding officer is aware", "Essex FA"),
        ("Northgate College – Safeguarding Sub-Group\nAttendees: the DSL", "Sub-Group"),
        ("messages via the school's music app, Charanga, in 2022", "Charanga"),
        ("This message has been scanned for viruses by Mimecast.", "Mimecast"),
        ("Employer: Riverbend Independent School (HMC)", "HMC"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
