"""Round BV: what sets EF (radicalisation and Prevent) and EG (child performers and family
vloggers) showed, by kind (invented sentences).

Found, each whole as one finding (none so before the round): a name in a form's field
before the next field on its line; a first name the lists lacked, or one after "name as" or before
"age 7"; an initial closed by a full
stop before what the person does; a channel's name unquoted after "channel"; a parents'
group named after a teacher, with its year group; a school read from two kinds ("High",
"Technology College"); a dance or performing-arts centre; a dance school named after its
owner with her title.

Kept: extremist groups, books and symbols
that Prevent referrals name, killers and extremists named like no ordinary person, a child
performer's chaperone, shows and contests children are cast in.
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_found_whole, assert_kept


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Pupil: Harley Whitfield   Class: Rowan (Year 4)   DOB: 25/02/2016", "Harley Whitfield"),
        ("Individual: Kacey Stocks  Age: 16\nIdeology: unclear", "Kacey Stocks"),
        ("the agency boss Moira said it was a mistake", "Moira"),
        ("He gave his name as Roger and the number came up as a mobile", "Roger"),
        ("one of our kids, Zion age 7, keeps saying like and subscribe", "Zion"),
        ("a man who says he is a producer (Viktor, writes in Ukrainian) found her", "Viktor"),
        ("Mum asked school to act, P. says it's not pupils of his school doing it", "P."),
        ("I run the YouTube channel Twins Ekon & Efe which features my sons", "Twins Ekon & Efe"),
        (
            'WhatsApp — "Mrs Oduya\'s Year 5 Parents"\n\n[19:02] Kerry: seen this?',
            "Mrs Oduya's Year 5 Parents",
        ),
        (
            "Obi (assistant head, Wembley High Technology College) rang",
            "Wembley High Technology College",
        ),
        ("She dances at Twinkle Toes Dance Centre on Fridays.", "Twinkle Toes Dance Centre"),
        (
            "concern form (internal, Arden Lane Performing Arts Centre)",
            "Arden Lane Performing Arts Centre",
        ),
        ("We go to Miss Pauline's Dance Academy in Ipswich.", "Miss Pauline's Dance Academy"),
    ],
)
def test_found_whole(text: str, span: str) -> None:
    assert_found_whole(text, span)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("he shares Azov and neo-Nazi symbols on Telegram", "Azov"),
        ("the boys were inviting others to a Blood & Honour gig", "Blood & Honour"),
        ("he told a friend to read Mein Kampf", "Mein Kampf"),
        ("audio from a Brenton Tarrant livestream was in the video", "Brenton Tarrant"),
        ("Magdalena Kowalska, chaperone (freelance), is on tour", "chaperone"),
        ("he said he could get her on Match of the Day kids edition", "Match of the Day"),
        ("Vlad is in Year 9 and obsessed with Columbine.", "Columbine"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
