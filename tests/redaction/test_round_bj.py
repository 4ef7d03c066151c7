"""Round BJ: what sets CU and CV showed, by kind (invented sentences).

Kept: a police operation's name of two words ("Operation Grace Hope", "Op Makesafe"), not a
name after it ("Operation Marigold Sarah Jones said"); a county written short after a town,
as signatures and addresses write it ("Leyland, Lancs", "Bicester, Oxon"); a place officers
attended whose last word is a venue's ("Attended Brighton Palace Pier", not a school); a
team, a band or a show before "fan" ("a big Argyle fan", "Man City fans").

Redacted: a first name in lower case joined by a chat's "n" to a name found so ("wi ryan n
shaun"); a name a chat message opens with before what it tells the person to do ("ross
delete that now", "iggy lol"), or after "go ahead", "come on", "omg", "sorry", "please"
("go ahead lani 😘"); a college's group and its university centre ("Derby College Group",
"Solihull College & University Centre"); the answer to a form's "College:" or
"School/college:" ("College: Redbridge Institute"); an exhibit's number made of an
officer's initials, wherever the text gives it again ("Exhibit GO/3", "JRP/1 to JRP/6"), not
a service's ("exhibit CAIU/12"); initials in brackets after a worker or a service, though they
spell a word ("worker allocated (LT)", "YOT (AN):"), not a plan's acronym ("CSC (CIN)").
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Thanks,\n\nMark Heaton (step-dad)\nLeyland, Lancs", "Heaton"),
        (
            "Sat 21:40 - Attended Brighton Palace Pier following a call from Mrs Ayesha Rahim",
            "Rahim",
        ),
        ("School: Kobe is a big Argyle fan and responds well to the youth club.", "Kobe"),
        (
            "kay.x: ill post the vid. wi ryan n shaun\nelle.s: there is no vid\nkay.x: is",
            "shaun",
        ),
        (
            "Ross M: lol look\nPriyanka: ross delete that now\nRoss M: chill it's funny\nJess: omg",
            "ross",
        ),
        (
            "adm.24: i know who u are\nlani.x: who is this\nadm.24: go ahead lani 😘 ur mum",
            "lani",
        ),
        ("now at Solihull College & University Centre) has told staff", "University Centre"),
        ("School/college: Derby College Group – Level 3 Health", "Derby College Group"),
        ("College: Redbridge Institute / evening classes\nReferrer: a tutor", "Redbridge"),
        ("Exhibit GO/3: iPhone 12 belonging to the victim", "GO"),
        ("I exhibit screenshots as JRP/1 to JRP/6.", "JRP"),
        ("Children's Society worker allocated (LT).\n\nItem 2: next", "LT"),
        ("YOT (AN): Kobe is not currently open to YOT but his brother is.", "AN"),
        ("officers under Operation Marigold Sarah Jones said she saw it", "Sarah Jones"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Thanks,\n\nMark Heaton (step-dad)\nLeyland, Lancs", "Leyland, Lancs"),
        ("Tom Hartigan\nBicester, Oxon", "Bicester, Oxon"),
        (
            "Sat 21:40 - Attended Brighton Palace Pier following a call from Mrs Ayesha Rahim",
            "Brighton Palace Pier",
        ),
        ("School: Kobe is a big Argyle fan and responds well to the youth club.", "Argyle fan"),
        ("Loads of Man City fans were outside the ground.", "Man City fans"),
        ("Jess: are u coming\nMo: yeah n bring chips\nJess: ok n sorry", "ok n sorry"),
        ("Lucy-Ann is known to CSC (CIN). Mum is not engaging.", "CSC (CIN)"),
        ("the phone was seized (exhibit CAIU/12) and sent off", "CAIU/12"),
        ("I'm investigating under Operation Grace Hope (Metropolitan Police)", "Grace Hope"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
