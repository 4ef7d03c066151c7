"""Round CK: lower-case titles, quoted word pairs and a closing, by kind (invented sentences).

Found (each fails before the round): a surname after a lower-case "miss" that ends like an
adverb or in a doubled letter ("miss mcnally", "miss parr"); a constable's surname after a
lower-case "pc" ("pc danby attending"); a teacher's letter after "miss" before a line's end, a
score or an emoji ("miss k 10/10"); a chat's name opening a message before "no" ("gracie NO").
Kept: two everyday words that are names, each in quotes, side by side ('Subject: "Mark" and
"Will"', 'the values "Hope", "Joy" and "Faith"'); "Warmly" as a letter's closing.
And, as before, a lower-case "pc" before an everyday word stays ("my pc crashed"), as do the
words chat runs long after "miss" ("miss youuu"); the name signed after "Warmly," and two
children named in quotes after the word for them stay redacted ('two Y13 girls - "Lily" and
"Summer"').
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("his form tutor is miss mcnally. sorry for the spelling", "mcnally"),
        ("my teacher miss parr literally said it in class", "parr"),
        ("police (pc dunmore) attended. pc danby attending thurs.", "danby"),
        ("police (pc dunmore) attended. pc danby attending thurs.", "dunmore"),
        ("Jaz_09: who did it\nbig_ose: miss k 10/10 no debate\nJaz_09: lol", "k"),
        ("Kit_4: i reported it to miss t\nHarv3y: snitch lol\nKit_4: so", "t"),
        ("gracie.k: i gave him it\nAmberLeaf: gracie NO\ngracie.k: he said so", "gracie"),
        ("Are you seeing it elsewhere?\n\nWarmly,\nZoe Hammersley\nDSL", "Zoe Hammersley"),
        ('re: two Y13 girls (17) - "Lily" and "Summer" posted it', "Lily"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('Subject: "Mark" and "Will" – our filtering keeps flagging them', "Mark"),
        ('Subject: "Mark" and "Will" – our filtering keeps flagging them', "Will"),
        ('Subject: "Hope", "Joy" and "Faith" days in the spring term', "Joy"),
        ('Subject: "Hope", "Joy" and "Faith" days in the spring term', "Faith"),
        ('We wonder whether "Grace" and "Hope" on our banner are a problem.', "Grace"),
        ("Are you seeing it elsewhere?\n\nWarmly,\nZoe Hammersley\nDSL", "Warmly"),
        ("my pc crashed and pc gaming is all he does", "gaming"),
        ("i miss youuu so much", "youuu"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
