"""Round BH: what sets CQ and CR showed, by kind (invented sentences).

Kept: a teacher's title in a faith or a martial art before the name it opens ("Dear Sensei
Hollis", "Mestre Jorginho", "Maulana Siddique": the name goes, the title stays); sports' and
activities' national governing bodies that clubs refer to ("British Rowing has been
informed", "affiliated to the British Esports Federation", "England Netball"); a place
after "between ... and" ("between Oxford Circus and Brixton"), as a place after "from" was.

Redacted: a youth setting named for dance, cheer, gymnastics, the performing arts, music or a
martial art by its own words and a kind's last word ("Rhythmix Dance Studio", "Gateshead
Galaxy Cheer", "Fenland Flyers Gymnastics", "Wymondham Explorer Unit", "Hagley Clent Colts"),
not a phrase, a product or a post of one word before such a kind ("Just Dance", "YouTube
Studio", "Canva Magic Studio", "Teacher of Dance").
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("fights between Oakfield High and Brixton Academy kids", "Brixton Academy"),
        ("Organisation: Rhythm & Faith Dance Collective\nReferrer: parent", "Rhythm & Faith"),
        ("I'm the owner and head coach of Starlight Allstars Cheer in Birmingham.", "Starlight"),
        ("welfare officer for Fenland Flyers Gymnastics in Wisbech.", "Fenland Flyers"),
        ("Principal, Castellano Dance Studios (Southend)", "Castellano Dance Studios"),
        ("a report from Chorley Bounce Trampoline Club. The club", "Chorley Bounce"),
        ("Hagley Clent Colts (Mark Pountney); Phil Garbett", "Hagley Clent Colts"),
        ("Dear Sensei Hollis,\n\nI am writing to complain.", "Hollis"),
        ("The teacher, Mestre Jorginho, has a YouTube channel.", "Jorginho"),
        ("The teacher, Maulana Siddique, said he will talk to them.", "Siddique"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Dear Sensei Hollis,\n\nI am writing to complain.", "Sensei"),
        ("The teacher, Mestre Jorginho, has a YouTube channel.", "Mestre"),
        ("The teacher, Maulana Siddique, said he will talk to them.", "Maulana"),
        ("Our club's images were removed. British Rowing has been informed.", "British Rowing"),
        ("we're affiliated to the British Esports Federation).", "British Esports Federation"),
        ("British Taekwondo told me to log it with them.", "British Taekwondo"),
        ("we finished with a Just Dance session on the projector", "Just Dance"),
        ("Pupils want to use ChatGPT, Canva Magic Studio and Snapchat My AI.", "Canva Magic"),
        ("Advice: YouTube Studio lets the owner delete comments.", "YouTube Studio"),
        ("Miss Leah Kavanagh-Boyd (Teacher of Dance), Mrs Karim (TA)", "Teacher of Dance"),
        ("England Netball's guidance says to tell the club welfare officer.", "England Netball"),
        ("filmed on the Victoria line between Oxford Circus and Brixton by a man", "Brixton"),
        ("filmed on the Victoria line between Oxford Circus and Brixton by a man", "Oxford Circus"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
