"""Round AD: what got through on sets AG and AH, by kind (invented sentences).

Kept: ranks of the cadet forces and the Boys' Brigade written short, Scouts' volunteer roles,
apps of school sport and ID checks, games' editions, and greetings in another language
written alone. The people beside them still go.
"""

from __future__ import annotations

import pytest

from casebook.redaction import redact


@pytest.mark.parametrize(
    ("text", "kept", "secret"),
    [
        ("From: Flt Lt (ATC) Hamish Dunlevy\nOfficer Commanding", "Flt Lt", "Dunlevy"),
        ("One of our cadets, Cdt Cpl Orla Menzies (14), posted it.", "Cdt Cpl", "Menzies"),
        ("From: Sgt Instr Callum Redfern, Army Cadet Force", "Sgt Instr", "Redfern"),
        ("Thanks\nBronwen\nCst 4410", "Cst", "Bronwen"),
        ("Kirsty Alderton\nGLV, 4th Alnwick Scouts", "GLV", "Alderton"),
        ("Our coach films matches on Hudl and a parent saw it.", "Hudl", ""),
        ("The age check was done with Yoti, said Priya Nandra.", "Yoti", "Nandra"),
        ("He plays Minecraft Bedrock with older boys.", "Minecraft Bedrock", ""),
        ("She is on Gorilla Tag every night.", "Gorilla Tag", ""),
        ("Hola,\nmy son Mateo is being bullied on WhatsApp.", "Hola", "Mateo"),
        ("Namaste, this is about my daughter Anika.", "Namaste", "Anika"),
    ],
)
def test_kept_beside_people(text: str, kept: str, secret: str) -> None:
    out = redact(text).text
    assert kept in out, out
    if secret:
        assert secret not in out, out
