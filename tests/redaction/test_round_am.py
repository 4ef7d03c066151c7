"""Round AM: what sets BA and BB showed, by kind (invented sentences).

Redacted: initials where a note names a person (before what they are to do or do, "with QK
present", "QR's older brother", after "Met with"), the items listed beside them, a checker's
or call taker's initials ("Taken by QM. Reviewed QC.", "Handled: QT / checked by QS"), the
writer's first name closing a message (a short form too, before a phone number too), a name
after a kin word ("Nanny Pat" is Pat). Kept: posts and technical terms in capitals, kin words
with the honorific "ji", plays, set texts, teaching resources, safeguarding terms, football
clubs and grounds, parts of counties, Hogwarts' houses, unions, brands, a Lithuanian greeting.
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Spoke to the boy (Y9) with QK present. Password changed.", "QK"),
        ("Actions:\n- QV to inform HT re the allegation\n- letters home", "QV"),
        ("Met with QW, QB and the boy's dad separately.", "QB"),
        ("The girls say QZ's older brother set the account up.", "QZ"),
        ("which QE now admits was made up", "QE"),
        ("Can QH pick up with the form tutor on Monday please", "QH"),
        ("photographed by QJ with QS present", "QS"),
        ("Aaron and his dad seen by Q.P. and QG, reassured", "QG"),
        ("restorative meeting Tues with QA (HoY 7); group deleted", "QA"),
        ("* Follow-up Mon.\nTaken by QM. Reviewed QC.", "QC"),
        ("* Follow-up Mon.\nTaken by QM. Reviewed QC.", "QM"),
        ("- address not to be shared\nHandled: QT / checked by QN", "QN"),
        ("- contact 01632 960111\ncall taker QL", "QL"),
        ("He is at the high school now. Thanks. Jen 07700 900123", "Jen"),
        ("please what do we do tonight. 07700 900124. mel", "mel"),
        ("god bless you all for what you do. Merle", "Merle"),
        ("Household: Nanny Pat (maternal grandmother), sister (6)", "Pat"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("PE to check the kit list. IT to check the filters. DSL to call mum.", "IT to check"),
        ("Year 10 used AI to make the image; the IP was logged.", "AI"),
        ("Household: Nanny Pat (maternal grandmother), sister (6)", "Nanny"),
        ("we went to Nani Ji house after school. Nani Ji said no", "Nani Ji"),
        ("Drama uses clips of An Inspector Calls and Julius Caesar in lessons.", "Inspector Calls"),
        ("Drama uses clips of An Inspector Calls and Julius Caesar in lessons.", "Julius Caesar"),
        ("Is Childnet's Digiduck story too young for Year 3?", "Digiduck"),
        ("She already has a Child Sexual Exploitation risk assessment.", "Sexual Exploitation"),
        ("an assembly run by our Digital Leaders", "Digital Leaders"),
        ("Lincoln City are doing well so everyone is happy", "Lincoln City"),
        ("tagged his dad's work at Selhurst Park", "Selhurst Park"),
        ("caller from West Cumbria re a 13yo girl", "West Cumbria"),
        ("evie - slytherin obviously lol", "slytherin"),
        ("his union rep (Ms Quorn, NASUWT) has been in touch", "NASUWT"),
        ("I've tried bribery with Haribo...", "Haribo"),
        ("Issue:\nLaba diena. Sorry my English.", "Laba diena"),
        ("Please send the form back by Friday.\nThanks, everyone", "everyone"),
        ("email me at q@example.org. devon", "devon"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
