"""Round AU: what sets BQ and BR showed, by kind (invented sentences).

Redacted: an IRC or Minecraft log's speakers in angle brackets after the time, "SURNAME,
Forename" opening a table's row, a surname with its particles after a first name, the
initials minutes give a name with a particle or "Mc" ("HdV", "JMcN"). Kept: a platform after
a particle ("Grupo de WhatsApp").
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted

LOG = (
    "[19:03] <Nether_Quill> me\n[19:05] <xXQuorLordXx> whats ur real name\n"
    "[19:05] <Nether_Quill> no\n[19:06] <xXQuorLordXx> what school\n"
)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (LOG, "xXQuorLordXx"),
        ("| Name | Role |\n| QUIRKE, Aoibhe | Headteacher |\n| ZANE, Tomasz | TA |", "QUIRKE"),
        ("a video of the PE lead, Mr Hendrik de Vries — losing his temper", "de Vries"),
        ("Present: Jill McQuarrie (Head), Tom Bell\nItem 3\nJMcQ reported a post", "JMcQ"),
        ("Present: Hendrik de Quaalen (PE), Tom Bell\nGovernors noted HdQ had apologised.", "HdQ"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("From: Joana Quintas\nSubject: Grupo de WhatsApp – my daughter", "WhatsApp"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
