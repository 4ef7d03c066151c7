"""Round BO: what sets DH (sextortion of teenage boys) and DI (special schools and SEND)
showed, by kind (invented sentences).

Redacted: a payee's name in capitals where money is asked for ('to "T BRANNIGAN"', "D
OKORAFOR 40-11-xx"); initials listed beside initials found, in turn, or in brackets after
words for people ("three boys (KN, DW and PK)"); initials opening a note's line
before what the person did ("- QF reminded staff") and a lettered case's ("(b) WK - fake
account"); lower-case names after "my mates" and those listed after them; first names with
accents ("Zoë"); junior teams with a club's kind in capitals or a saint's name before the
age group; a school's special provision after its name; a "School:" line naming a school
by generic words ("City Academy Luton"); "Surname, Forename" of someone named whole before;
"Name: Thu Linh Pham" whole; a chat speaker's common first name before the surname.

Kept: a condition named after whoever described it ("Williams syndrome"); needs written
beside an age ("(12, dyspraxia)", "non verbal"); banks, payment apps, SEND charities and
communication aids; a town after a move ("moving to Preston"); a count after a platform
("Snapchat x2"); a sum before "via"; "pick-up"; "Pupil R.K." as initials, not a label;
kept games joined by "and" ("Rocket League and EA FC"); relations and offenders named by
their word ("Daughter's phone", "Blackmailer's account"); the police areas Cleveland and
Humberside; the Welsh role ALNCo. Two cases guard what was kept before ("her Barclays card",
"to PAY NOW": no payee).
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_found_whole, assert_kept


# Each case's span is found whole, as one finding (the rules before this round found none
# of them so: a part, a neighbour, or nothing).
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ('wants £150 on Monzo to "T BRANNIGAN" tonight', "T BRANNIGAN"),
        ("Revolut details sent: D OKORAFOR 40-11-xx 5512xxxx", "D OKORAFOR"),
        ("we have had three boys (KN, DW and PK) contacted the same way", "KN"),
        ("Staff meeting\n- QF reminded staff that phones stay in lockers.", "QF"),
        ("Open cases: (a) WK - fake account; (b) JD - Roblox contact", "WK"),
        ("Everyone at Pennine Park knows. my mates calum and ross got the same", "ross"),
        ("Girls are Ruby Okafor and Zoë Laurent. Parents told", "Zoë Laurent"),
        (
            "she said she will post it to his team Hackney Marsh FC U15 tonight",
            "Hackney Marsh FC U15",
        ),
        ("or it goes to his GAA team St Fintan's U16s group", "St Fintan's U16s"),
        (
            "the school is Greenbank Primary Special Provision. my number",
            "Greenbank Primary Special Provision",
        ),
        ("Child: Hamza, 13\nSchool: City Academy Luton\nMessage: help", "City Academy Luton"),
        ("Maksym Kovalenko (also Kovalenko, Maxim on the register)", "Kovalenko, Maxim"),
        ("Parent form\nName: Thu Linh Pham\nEmail: linh@example.com", "Thu Linh Pham"),
        (
            "Kerry Doyle: is this the one?\nDon Raftery: which school?\nDon Raftery: ok",
            "Don Raftery",
        ),
        ("Pupil R.K. (Rhiannon Kemp) - family moving, CP file to transfer.", "R.K."),
    ],
)
def test_found_whole(text: str, span: str) -> None:
    assert_found_whole(text, span)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Lily is 9 and has Williams syndrome, so she trusts everyone.", "Williams"),
        ("Evie has Crohn's disease and Down syndrome", "Crohn's disease"),
        ("Child: Kian (12, dyspraxia + anxiety), Hollybrook School", "dyspraxia"),
        ("son Idris (11, autistic, non verbal, EHCP) was messaged", "non verbal"),
        ("her Barclays card was used and £90 went", "Barclays"),
        ("Do Mencap or the Ann Craft Trust have an easy read guide?", "Ann Craft Trust"),
        ("she pressed her Big Mack switch to say stop", "Big Mack"),
        ("The family is moving to Preston next month.", "Preston"),
        ("Platforms: Instagram x3, Snapchat x2. Payments: PayPal.", "Snapchat x2"),
        ("he was asked for £250 via bank transfer", "£250 via bank"),
        ("A parent at pick-up said her son was targeted.", "pick-up"),
        ("many of our boys play Rocket League and EA FC online", "Rocket League and EA FC"),
        ("Mrs Khan rang. Daughter's Snapchat hacked. Ring back please.", "Daughter's"),
        ("Pupil is Sam, Year 12. Blackmailer's PayPal email was given.", "Blackmailer's"),
        ("Declan lost £300. Police (Cleveland) are aware.", "Cleveland"),
        ("Referrer: Ffion Pugh, ALNCo, Ysgol y Bryn", "ALNCo"),
        ("he was told to send £20 to PAY NOW", "PAY NOW"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
