"""Round BH: what sets CQ and CR showed, by kind (invented sentences).

Kept: a teacher's title in a faith or a martial art before the name it opens ("Dear Sensei
Hollis", "Mestre Jorginho", "Maulana Siddique": the name goes, the title stays); sports' and
activities' national governing bodies that clubs refer to ("British Rowing has been
informed", "affiliated to the British Esports Federation", "England Netball"); a place
after "between ... and" ("between Oxford Circus and Brixton"), as a place after "from" was.
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("fights between Oakfield High and Brixton Academy kids", "Brixton Academy"),
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
        ("England Netball's guidance says to tell the club welfare officer.", "England Netball"),
        ("filmed on the Victoria line between Oxford Circus and Brixton by a man", "Brixton"),
        ("filmed on the Victoria line between Oxford Circus and Brixton by a man", "Oxford Circus"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
