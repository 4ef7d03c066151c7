"""Round AP: what sets BG and BH showed, by kind (invented sentences).

Redacted: a call log's taker's initials after the entry's date and time; a letter a note
calls a child by, in quotes, with a stop or before a name in brackets, wherever it recurs;
initials opening a bracket after a child; initials after a message's last sentence before
the message it answers; a chat speaker's one-word name written in lower case in a message;
an address in a sentence about IPs though a client is named; a trust's school named by its
side; a username of words run together with a number; a gamer's "x" tag; an everyday
surname after a title and first name or ending a list's item; a first name listed beside a
person found; a first name with a bare possessive "s". Kept: quoted titles and things after
their kind, RAG ratings, school values and roles, shows and shoes named like people,
diagnoses beside a child, a post before a school, a verb without its g, "X" the platform,
group names that open with a year group, a saint's day.
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("11/03 14:20 QV\nCaller: a deputy head, Year 8 concern", "QV"),
        ("Call 02/04 – 09:05 – QO'D\nCaller: a parent from Leeds", "QO'D"),
        ("12/05 10:10 QMcZ\ncaller: a mum worried about TikTok", "QMcZ"),
        ('Y9 boy "Q" (Quillon Barstow) made a fan page.\n- parents of Q spoken to', "Q"),
        ("Child: W. (15)\nSummary: W has been messaged by an adult on Discord", "W"),
        ("K (Kestrel) showed us the live. K is in Year 10.", "K"),
        ("- Y10 girl sent an image to her boyfriend (QJ, Y11) on Snapchat", "QJ"),
        ("- a boy with severe learning difficulties (QW) is being messaged", "QW"),
        ("Can we talk before the parent comes in at 2? Q\n\n>> From: Office", "Q"),
        (
            "Kay: hi\nQuade: send it\nKay: no\nQuade: ok\nKay: stop lying quade",
            "quade",
        ),
        ("Server IP shown in the Minecraft client: 198.51.100.23. Reported.", "198.51.100.23"),
        ("her school (Quarrendon Academy West) knows about it", "Quarrendon Academy West"),
        ("a Snapchat account (quarrytownratings25) rating Year 8 girls", "quarrytownratings25"),
        ("One of them (xQuillblade) said he would find him", "xQuillblade"),
        ('a teacher (Miss Eilidh Main) "grabbed" her son', "Main"),
        ("On Monday a Year 9 pupil, Kacie Plant, posted images", "Plant"),
        ("Faith, Will and Hope are the staff named on the page.", "Hope"),
        ("YP: a boy, 15\nWorker: QJ\nLocation: library", "QJ"),
        ("lol look what i found on kians phone", "kians"),
        ("i was at Tegans house with the others", "Tegans"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('One teacher suggested the film "Sky High" as a starter.', "Sky High"),
        ('a video with a song called "Karen" over it', "Karen"),
        ('The app is called "Messenger Kids".', "Messenger Kids"),
        ('the CBBC show "Jamie Johnson" is popular', "Jamie Johnson"),
        ('boys doing something called "the Benadryl challenge"', "Benadryl challenge"),
        ("We use a traffic light system (Red, Amber, Green cards).", "Amber"),
        ("asked whether we would get the rating Amber again", "Amber"),
        ('our school values ("Faith, Hope and Love") are on the wall', "Faith, Hope and Love"),
        ('not our "Dean of Sixth Form" role', "Dean of Sixth Form"),
        ('whether pupils still use "Will and Grace" as a password', "Will and Grace"),
        ("he's been on them Jordan trainers websites again", "Jordan trainers"),
        ("she moved to a job near Victoria station", "Victoria station"),
        ('Tumblr "pro-ana" communities', "pro-ana"),
        ("resources that use symbols (Widgit, Makaton)", "Widgit"),
        ("pupil alfie (ASD, 12) befriended online", "ASD"),
        ("Shona Quarrie, HT Culloden Brae Primary, Inverness", "HT"),
        ("Role: sessional youth worker (volunteer)", "sessional youth worker"),
        ("Kay: hi\nDre: posted it\nSami: im leavin", "leavin"),
        ("X says the person impersonated must report it", "X says"),
        ("posting on X (Twitter) under a fake name", "X (Twitter)"),
        ('WhatsApp group "Y8 Ballers" (screenshots from a parent)', "Y8 Ballers"),
        ('the estate WhatsApp group ("Park Estate Neighbours") posted', "Park Estate Neighbours"),
        ('posting to pages like "Hull Fights 2024" after filming fights', "Hull Fights 2024"),
        ("the st patricks day disco photos", "patricks"),
        ("the summer trip to Twycross Zoo and who will take photos", "Zoo"),
        ("He plays on xCloud at his dad's", "xCloud"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


def test_a_letter_in_a_grade_or_plan_stays() -> None:
    assert_kept('Y8 boy "R" (Reece) again. Plan B is agreed.', "Plan B")


def test_a_quoted_name_after_a_verb_is_no_title() -> None:
    assert_redacted('her contacts show "Nadia F" and "Mum"', "Nadia F")


def test_someones_group_is_theirs() -> None:
    assert_redacted('a private group called "Quorra\'s Chill Zone" for the lads', "Quorra")
