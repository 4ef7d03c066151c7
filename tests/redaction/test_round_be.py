"""Round BE: what sets CI, CJ, CK and CL showed, by kind (invented sentences).

Redacted: letters and digits run together as people make handles, with no cue word before
them ("NightByte404", "Kaylax88", "Ruben123"); a mail address read out as speech-to-text
writes it, its words apart ("email me tanya orme seventy at example dot com", "or bryn at
rhyl rovers dot example dot org"); a numbered unit with its number in words or as a colony or
a Boys' Brigade company ("second oakbrook scout group", "4th Carrowmore Beaver Colony"), an
air cadets' squadron by its number ("1304 (Hythe) Squadron", "1304 Sqn"); initials given as
names in brackets ("the pupils' names (QW, HH)") and two capitals opening a subject line
before a dash ("Subject: RE: ZH – Snapchat").

Kept: a service's line or a reference in capitals and digits ("HOPELINE247", "NFRC123456"), a
post's short form with its year ("HoY9"); a meeting's or notice's short form opening a subject
line ("Subject: IRD - Snapchat", "Subject: FW: IPP - online elements").
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("One player, NightByte404, kept messaging her.", "NightByte404"),
        ("She was added by Kaylax88 and Ruben123 on Snapchat.", "Kaylax88"),
        ("She was added by Kaylax88 and Ruben123 on Snapchat.", "Ruben123"),
        (
            "ring me on oh seven seven or email me tanya orme seventy at example dot com thanks",
            "tanya orme seventy at example dot com",
        ),
        (
            "oh one six oh two or bryn at rhyl rovers dot example dot org thank you",
            "bryn at rhyl rovers dot example dot org",
        ),
        ("Hi, I help run the second oakbrook scout group on Thursdays", "second oakbrook"),
        ("my son's in 4th Carrowmore Beaver Colony", "Carrowmore"),
        ("She is a cadet with 1304 (Hythe) Squadron and OC 1304 Sqn says", "1304 (Hythe)"),
        ("She is a cadet with 1304 (Hythe) Squadron and OC 1304 Sqn says", "1304 Sqn"),
        ("Please do not share the pupils' names (QW, HH) outside the team.", "QW"),
        ("Please do not share the pupils' names (QW, HH) outside the team.", "HH"),
        ("Subject: RE: ZH – Snapchat / images\n\nHi Tom, following up.", "ZH"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Signposted to Papyrus HOPELINE247 and gave the crime ref NFRC123456.", "HOPELINE247"),
        ("Signposted to Papyrus HOPELINE247 and gave the crime ref NFRC123456.", "NFRC123456"),
        ("Passed to HoY9 and the DSL on Monday.", "HoY9"),
        ("Subject: IRD - Snapchat\n\nChild protection team here.", "IRD"),
        ("Subject: FW: IPP - online elements\n\nForwarding the minutes.", "IPP"),
        ("Pupils on Windows11 laptops and iPhone15s were not affected.", "Windows11"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
