"""Round BB: what sets CC and CD showed, by kind (invented sentences).

Redacted: a school named for two places ("Ashwell and Brantham High School"), a children's
centre and a youth group named in capitals, a childcare setting named by two everyday words
("Little Wrens Montessori"); a public figure's name where it is someone's own (a chat's
speaker, a form's name field, a signature, a role before it, the writer saying so), a
double-barrelled name that begins like one ("Zayn Malik-Osei"), a town's name as a surname
after a first name ("Euan Hamilton"), and a street's compass part ("12 Chester Road North").

Kept: public figures and characters named as such ("Kate Winslet's comments", "bots of
Levi Ackerman"), a quoted song or book with its singer or author ('the song "Stan" by
Eminem'), a town one goes to ("we go to Whitby for Easter"), a team's age group in brackets,
a quoted description ('"a lad from Carlisle"'), a town before a form's next column, Welsh
greetings, prisons, police outcome codes and a platform's own help page.
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Her son is in Year 8 at Ashwell and Brantham High School.", "Ashwell"),
        ("We are Fennick and Oldmoor Academies in Dorset.", "Fennick"),
        ("I manage Brambleside Children's Centre and a parent came in upset.", "Brambleside"),
        ("He helps at St Columba's Parish Youth Group on Fridays.", "St Columba's"),
        ("She goes to Little Wrens Montessori in the mornings.", "Little Wrens"),
        ("[10:14] Mo Farah: did u report that acct\n[10:15] Sahra: yes", "Mo Farah"),
        ("Name: Lewis Hamilton (not the driver, I get it a lot)\nRole: dad", "Lewis Hamilton"),
        ("Target: teaching assistant Lewis Carroll at Pelbury Primary.", "Lewis Carroll"),
        ("A man claiming to be a dad (Jack Harlow?) joined the group.", "Jack Harlow"),
        ("Please escalate to TikTok.\nMark Hamill, Vice Principal", "Mark Hamill"),
        ("Pupils Zayn Malik-Osei and Ruby Tan were added to the chat.", "Malik-Osei"),
        ('Display names in the group: "Big Dave", "Mickey Mouse", "Ards Ace"', "Mickey Mouse"),
        ("I am away until Friday. My husband Euan Hamilton can go to the school.", "Hamilton"),
        ("Present: Eilidh Ross (welfare), Wendy Blackburn (parent rep)", "Blackburn"),
        ("Write to her at 12 Chester Road North, Leeds.", "North"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Topics for the session:\n- Kate Winslet's comments on body image", "Kate Winslet"),
        ("He role-plays with bots of Levi Ackerman from Attack on Titan.", "Levi Ackerman"),
        ("A reply said: sir ur literally Lewis Hamilton's broke cousin", "Lewis Hamilton"),
        ('They filmed her in PE with the song "Stan" by Eminem over it.', "Eminem"),
        ('Year 5 are reading "Wonder" by R. J. Palacio this term.', "R. J. Palacio"),
        ("- we go to Whitby for the Easter holidays and he wants to post", "Whitby"),
        ("Setting: Longsight Juniors FC (U10s)\nMessage: a coach posted photos.", "(U10s)"),
        ('AR is talking to "a lad from Carlisle" on Snapchat.', "a lad from Carlisle"),
        ("Setting: Kestrel Heath School, Bristol   Prepared by: Ann Orr", "Bristol"),
        ("Bore da Tegan,\n\nAs discussed, the account is down.", "Bore da"),
        ("Dad rang from HMP Altcourse to ask about contact.", "HMP Altcourse"),
        ("Police will record it as Outcome 21. Will it show on a DBS?", "Outcome 21"),
        ("1. Go to instagram.com/hacked on a device you have used before.", "instagram.com"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


def test_the_same_name_as_a_figure_in_a_slot_is_redacted_everywhere() -> None:
    """A famous name that stands as a chat's speaker once is that person's name in every
    other mention too ("Mo Farah said ..." further down)."""
    text = "[10:14] Mo Farah: did u report it\n[10:16] Sahra: yes\nLater Mo Farah said no."
    assert_redacted(text, "Mo Farah")
