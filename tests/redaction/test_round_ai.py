"""Round AI: what got through on sets AS and AT, by kind (invented sentences).

Redacted: a single letter a writer gives a child, where it is given and where it recurs;
initials in brackets beside a role, and those of one name after a title; a first name's
initial before a surname; a lower-case name after "hey"; a name closing a message in a
phone's chat export or in a chat with its speakers in angle brackets; young people's groups
and projects. Kept: car models named like people, a sex before an age ("M, 15"), "miss" as a
verb.
"""

from __future__ import annotations

import re

import pytest

from casebook.redaction import find_entities, redact

EXPORT = (
    "Screenshots from my daughter's phone:\n"
    "12/03/2024, 21:14 - Keeley: who sent it\n"
    "12/03/2024, 21:15 - Keeley: she sent it to grace\n"
    "12/03/2024, 21:16 - Ryan B: not me\n"
    "12/03/2024, 21:17 - Keeley: ok\n\n"
    "Grace Quarrie is in Year 9."
)

ANGLE = (
    "Chat log from the server:\n"
    "<Skater_Summer> who took the skin\n"
    "<Moth_Warrior> not me\n"
    "<Skater_Summer> ok\n"
    "<Moth_Warrior> it was me cry about it summer\n"
    "<Skater_Summer> whatever\n"
)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "Child: boy, 10, placed 3 months. I'll call him T.\n"
            "Concern: T has found his birth family online. Since then T is not sleeping.",
            "T",
        ),
        ("I chair reviews for a sibling group (J, 8, K, 6 and L, 3) in foster care.", "K"),
        ("a 13 year old boy (D.) shared images of his sister (E.) with peers.", "E."),
        ("police are investigating the boy who made them, R (15). R has been excluded.", "R"),
        ("Passed to Mr Wozniak (PW, DSL) at 09:25.\nDSL ACTION (PW, 10:40): rang mum.", "PW"),
        ("11:05 - Mr Haddad (ICT, MH) forwarded the alert. MH rang the parents.", "MH"),
        ("06/03 10:40 - S Farouk (HoY): Spoke to the boy, who denied it.", "S Farouk"),
        ("hey jules, so after tuesday session the boys", "jules"),
        (EXPORT, "grace"),
        (ANGLE, "summer"),
        (
            "I run the fellowship at St Aldhelm Young People's Group (11-16)",
            "St Aldhelm Young People's Group",
        ),
        (
            "a girls' group at Brindlecombe Young Women's Project in Rochdale",
            "Brindlecombe Young Women's Project",
        ),
        ("The head, Mr Dafydd Ford, said the account is fake.", "Dafydd Ford"),
    ],
)
def test_found(text: str, secret: str) -> None:
    """Every occurrence of the secret standing as a word is redacted."""
    out = redact(text).text
    edge = r"(?<![\w'’.\-])" + re.escape(secret) + r"(?![\w'’])"
    assert re.search(edge, out) is None, out
    assert any(text[e.start : e.end] == secret for e in find_entities(text)), secret


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He drives a red Ford Focus and waits outside the gates.", "Ford Focus"),
        ("Child: Tobi (M, 15), DOB 17-06-2009", "M, 15"),
        ("Plan B is to wait for the platform to reply.", "Plan B"),
        ("i miss you so much and i miss school", "miss you"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out
