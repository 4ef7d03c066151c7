"""Round AK: what sets AW and AX showed, by kind (invented sentences).

Kept: "Will" opening a question before a platform; "hope" in lower case as the verb or the
noun before "it", "that", "so", "we"; a shop that is also a name where one is at or in it;
brands named like people; holiday resorts abroad; names standing for things or as words in
a list after "names like", "words such as", "toys named", "characters called", "groups are
named" or "our values -". Redacted: a call handler's initials; the same names where a
person is meant.
"""

from __future__ import annotations

import re

import pytest

from casebook.redaction import find_entities, redact


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Will TikTok remove a video that shows a pupil's face?", "Will TikTok"),
        ("- Will WhatsApp act on reports if the group is private?", "Will WhatsApp"),
        ("- advised to report again\n- hope it's all down by the weekend", "hope it's"),
        ("call back agreed. there's hope this is sorted by friday", "hope this"),
        ("A Year 10 girl, Lacey, was in Costa over Easter with friends", "in Costa"),
        ("She has a weekend job at Costa on the high street.", "at Costa"),
        ("pupils compared posts by Superdry, Hollister and Nike for a project", "Hollister"),
        ("My daughter went to Marbella in the summer with her dad.", "Marbella"),
        (
            "We want to use characters with names like Grace, Will, Rose and Frank in a play.",
            "Grace, Will, Rose and Frank",
        ),
        (
            'The filter flags words such as "Hope" and "Faith" in pupils\' emails.',
            '"Hope" and "Faith"',
        ),
        (
            "Year 2 has soft toys named Summer, Autumn, Will and Hope for role play.",
            "Summer, Autumn, Will and Hope",
        ),
        (
            "our form groups are named Harmony, Grace, Chase and Willow this year",
            "Harmony, Grace, Chase and Willow",
        ),
        ('our values - "Hope, Faith, Joy" - are painted on the hall wall', "Hope, Faith, Joy"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Caller to speak to the trust's HR team.\nHandler: QW", "QW"),
        ("Will Tarrant said the account is fake.", "Will Tarrant"),
        ("nadia: tell hope she'll get in trouble", "hope"),
        ("I had a message from Costa Pappas, the boy's uncle.", "Costa Pappas"),
        ("Consent was obtained from Zara (Gillick) and her mother.", "Zara"),
        ("two girls called Grace and Rose in Year 9 sent the photo", "Grace"),
    ],
)
def test_found(text: str, secret: str) -> None:
    """Every occurrence of the secret standing as a word is redacted."""
    out = redact(text).text
    edge = r"(?<![\w'’.\-])" + re.escape(secret) + r"(?![\w'’])"
    assert re.search(edge, out) is None, out
    assert any(text[e.start : e.end] == secret for e in find_entities(text)), secret
