"""Round AS: what sets BM and BN showed, by kind (invented sentences).

Redacted: letters standing for a child in quotes or after "Child", aliases glossed with "="
and a full name, a game's colours speaking in a chat, who left a group chat, initials after
a parent, in a line of actions or closing a note in brackets, a name's final initial before
what the person does, a surname after a lower-case title, a surname that is a chat word
after a title, a school after "covering", a handle naming a group, "SURNAME, Forename" in a
table with a particle or a forename that is a word, education centres, young carers'
projects, GAA clubs, a particle opening a school's name. Kept: the "'s" of a possessive,
words listed in quotes as words, titles listed as examples, a RAG rating's labels, a verb
after "DSL" in brackets, an app's short name in capitals after "Mum", a grade in quotes, a
year group or "We're" before a school's name, a transcript's "Voice 1".
"""

from __future__ import annotations

import pytest

from casebook.redaction import find_entities, redact
from tests.redaction.cases import assert_kept, assert_redacted

CHAT = "Qin: hi\nZev: hello\nQin: ok\n"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ('- Y9 student with a brain injury ("Q") - a man sent Q a photo', "Q"),
        ('Child (V) says a man called "Gl1tch" added him.\n- V blocked him', "V"),
        ("V = Veronika Stanek, 9, Year 4. Mum came in.", "V"),
        ('- 2 pupils (Y10, "W" and "Z") filmed it behind the chippy', "Z"),
        ('rang about pupil "N".\n- N told her TA that', "N"),
        (
            "Blue: where r u\nRed: here\nBlue: add me\nRed: no\nTeacher: Blue is 30+",
            "Red",
        ),
        ("Teacher note: Teal Wizard = Ottilie Brankstone (Y6).", "Teal Wizard"),
        (CHAT + "Sunny Days left\n", "Sunny Days"),
        ("follow up: send her the reporting steps. (QR)", "QR"),
        ("Actions: QM – call parent; ZB – log on CPOMS; XW – review.", "ZB"),
        ("- foster carer (QB) upset, says the birth family found her", "QB"),
        ("Mo thinks it's XJ + QW (both Y10). Alfie to ask.", "XJ"),
        ("Our lunchtime supervisor Mrs Ong says the girls", "Ong"),
        ("summer_bby: tell miss Carr\nlily.x: no she'll go mad", "Carr"),
        ("the post says Marnie J fancies him", "Marnie J"),
        ('posts like "Keeley V 3/10 state of her" and worse', "Keeley V"),
        ("I'm the PCSO covering Quarrington Hill Academy and two primaries.", "Quarrington"),
        ('- victim of a Snapchat group "quarrybank_rejects". Moved to PRU', "quarrybank_rejects"),
        ("ABIOLA, Femi | Teacher of Art\nQUIRKE, Will | Teacher of PE", "QUIRKE, Will"),
        ("ABIOLA, Femi | Teacher of Art\nDA COSTA, Quim | Cover Supervisor", "DA COSTA, Quim"),
        ("Re: Q. Bright (14), Quarry Bank Education Centre (PRU), DOB", "Quarry Bank"),
        ("Call 11.20 - from Quedgeley Young Carers Project (youth worker)", "Quedgeley"),
        ("He coaches at Naomh Colmcille GAA Club and he", "Colmcille"),
        ("four parents from de Quincey Academy and others report", "de Quincey"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('the filter flags "hope", "faith" (as in belief), "grace", "will" and more', '"faith"'),
        ('reading records list titles like "Holes", "Wonder", "Matilda" and', "Matilda"),
        ("RAG:\nRed: refer today\nAmber: monitor\nGreen: no action\nRed: Y9 group", "Red:"),
        ("spoke to mum (DSL advised) about the app", "advised"),
        ("Mum is very active on Xiaohongshu (RED), where she posts", "(RED)"),
        ('She got grade "C" in maths (option "B").', '"B"'),
        ("- dtr Adanna 11, Y6 Quarry Hill Junior School\n- found", "Y6"),
        ("We're Quarrydale School in Mansfield.", "We're"),
        ("Voice 1: how old r u\nVoice 2: ten\nVoice 1: ok\nVoice 2: no", "Voice 1"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


def test_possessive_kept_outside_the_name() -> None:
    """The possessive's "'s" is left after the placeholder, before what is the person's."""
    text = "I rang Quilla Marbeck's dad today."
    assert [text[e.start : e.end] for e in find_entities(text)] == ["Quilla Marbeck"]
    assert redact(text).text == "I rang {name}'s dad today."
