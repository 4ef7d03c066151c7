"""Round BA: what sets CA and CB showed, by kind (invented sentences).

Redacted: a note's initials for a person the text names with a double-barrelled surname, by
its first part ("Precious Adeyemi-Lowe" ... "PA spent 40 min"), and initials before what
their person asks, says or thinks ("PA asks", "DA will call"); a parents' chat's speaker
whose display name says whose parent they are, whole ("Jodie (Lacey's mum):").

Kept: chat slang in capitals ("NGL says"), a company's capitals that a name's initials spell
("the BT router" beside Bronwen Tudor-Jones), broadband and mobile providers ("BT",
"TalkTalk", "Vodafone").
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted

SUPERVISION = (
    "Supervision note - reviewing calls with Precious Adeyemi-Lowe (practitioner).\n"
    "- PA spent 40 min on this - fine, but signpost earlier."
)
PARENTS = (
    "6R Mums & Dads 2024\n\n"
    "Jodie (Lacey's mum): has anyone else's kid been added to a tiktok group?\n"
    "Karen B: no\n"
    "Sam (Ivy's dad): the one where mr Kowalski is shouting?"
)
ROUTER = (
    "Present: Bronwen Tudor-Jones (DSL), Leo's mum\n"
    "School will help set up parental controls (the BT router)."
)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (SUPERVISION, "PA"),
        ("Call from Dafydd Ashworth, DSL.\n- DA asks if the LADO must be told.", "DA"),
        (PARENTS, "Jodie (Lacey's mum)"),
        (PARENTS, "Sam (Ivy's dad)"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Someone in the chat said: NGL says it's anonymous. Is it?", "NGL says"),
        (ROUTER, "the BT router"),
        ("We would list Sky, BT, Virgin Media and TalkTalk guidance together.", "TalkTalk"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
