"""Round CJ: what sets FX (Arab and North African families), FY (school transport and public
places) and FZ (online fandoms) showed, by kind (invented sentences).

Found (each fails before the round): a person named after "the" and a job's word before "but"
or a verb of what they did ("the driver Dave but I am not sure"); a web form's name field with
a note before its colon ("name (optional): mo").
Kept: bus, coach and train operators and a station's security firm ("Rhys Bowen (Arriva)",
"the security firm (Mitie)"); shopping centres ("the Arndale food court", "at Eldon Square");
the two stops a line runs between ("the Cross City line between Kings Norton and Five Ways");
a station named by a broadway ("Ealing Broadway station"); an interchange ("Meadowhall
Interchange"); anime, games and dramas named in two words or more ("Tokyo Ghoul", "Dragon
Ball") and their characters ("Marin Kitagawa"); Arabic words families write in English messages:
prayers, "khalas", an aunt, a dish, a dialect, a month ("after Jumu'ah", "Khalas I will talk",
"cooking maqluba", "They speak Darija", "by the end of Rajab").
And, as before, two people a bus seat stands between stay redacted, as does the bus stop where
a child waits ("last seen at Tulse Hill bus stop"), a teacher called Fenwick and a grandmother's
display name in a family chat ("Teta:").
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("I think it is the driver Dave but I am not sure.", "Dave"),
        ("name (optional): mo\nage: 16\nim adopted and i have a big brother", "mo"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Present: Rhys Bowen (Arriva), Angharad Lewis (Council)", "Arriva"),
        ("Who do we tell: the shop or the security firm (Mitie)?", "Mitie"),
        ("He meets girls at the Arndale food court on Saturdays.", "Arndale"),
        ("I am a security officer at Eldon Square in Newcastle.", "Eldon Square"),
        ("It happens on the Cross City line between Kings Norton and Five Ways.", "Kings Norton"),
        ("It happens on the Cross City line between Kings Norton and Five Ways.", "Five Ways"),
        ("Some boys at Ealing Broadway station take video of him.", "Ealing Broadway"),
        ("Seen on the tram between Cathedral and Meadowhall Interchange.", "Meadowhall"),
        ("They watch 18-rated anime (Tokyo Ghoul, Elfen Lied) in voice chat.", "Tokyo Ghoul"),
        ("He love anime, Dragon Ball especially, and he is in a TikTok group.", "Dragon Ball"),
        ("Cosplay line-up: Mirren Galbraith (15) – Marin Kitagawa", "Marin Kitagawa"),
        ("AK to talk to parents after Jumu'ah; Tariq to run the session.", "Jumu'ah"),
        ("Abu Tarek: 3eib. Khalas I will talk to his teacher.", "Khalas"),
        ("Video: Mr Nasser cooking maqluba at home.", "maqluba"),
        ("They speak Darija and French better than English.", "Darija"),
        ("Governors to sign the revised code by end of Rajab.", "Rajab"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("She sat on the bus between Jade Smith and Kayla Brown.", "Jade Smith"),
        ("He did not come home. Last seen 4pm at Tulse Hill bus stop.", "Tulse Hill"),
        ("Mr Fenwick (Alan Fenwick) has been informed.", "Fenwick"),
        ("Cosplay line-up: Mirren Galbraith (15) – Marin Kitagawa", "Mirren Galbraith"),
        ("Teta: hi all\nFadi: who is coming on Sunday", "Teta"),
    ],
)
def test_still_redacted(text: str, secret: str) -> None:
    assert_redacted(text, secret)
