"""Round Y, lower-case names held out: the hurried notes and chats of the name model's
synthetic documents (synth.note_document), and invented notes the committed model, trained
with them, reads (names after a role, in a chat message, in a sign-off; everyday words that
are also names kept as words)."""

from __future__ import annotations

import random

import pytest

from casebook.redaction import redact
from casebook.redaction.training import pools, synth


def test_note_documents_mark_every_name_and_write_without_capitals() -> None:
    rng = random.Random(5)
    named = 0
    for _ in range(200):
        text, spans = synth.note_document(rng, pools.FIRST, pools.SURNAMES)
        assert text == text.lower(), text
        for start, end in spans:
            assert text[start:end].strip() == text[start:end] != ""
        named += bool(spans)
    assert named > 150  # most notes and chats name someone


def test_note_writer_draws_everyday_names_short_forms_and_word_surnames() -> None:
    w = synth.NoteWriter(random.Random(3), pools.FIRST, pools.SURNAMES)
    firsts = {w.first_name() for _ in range(2000)}
    surnames = {w.surname() for _ in range(2000)}
    assert firsts & set(pools.EVERYDAY_FIRST)
    assert firsts & set(pools.SHORT_FIRST)
    assert firsts & set(pools.WORD_NAMES)
    assert firsts & set(pools.FIRST)
    assert surnames & set(pools.WORD_SURNAMES)
    assert surnames & set(pools.SURNAMES)


def test_a_share_of_the_corpus_is_notes() -> None:
    docs = synth.corpus(1000, 11, pools.FIRST, pools.SURNAMES)
    lower = sum(text == text.lower() for text, _ in docs)
    # Notes (NOTE_SHARE) and the documents lower-cased whole (about a fifth of the rest).
    assert lower > 1000 * (synth.NOTE_SHARE + 0.15)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # After a role as notes write it, or in brackets after the role.
        ("spoke to yw tamsin re the group chat on snap", "tamsin"),
        ("call from bex (sw) re her foster son, 14", "bex"),
        ("school nurse trev rang back re the pics", "trev"),
        ("dsl (summer) rang from the academy. yr 8 girl on tiktok", "summer"),
        ("caller was hope - nursery manager at the village pre-school", "hope"),
        ("worker tegan informed, ref to follow", "tegan"),
        ("told ash (lead) and mentor petra", "petra"),
        ("q from bryony (pta chair) re the fb page", "bryony"),
        # Passed to, called back, kin.
        ("passed to dom at the mash, ref pending", "dom"),
        ("passed to wren at early help, ref pending", "wren"),
        ("rang jodie back re the fake acct", "jodie"),
        ("mum marnie supportive, dad lenny angry", "lenny"),
        ("dd amber 13 at the high school, ex has the pics", "amber"),
        # Chats: a name opens the message or follows "its".
        ("benji nicked my phone", "benji"),
        ("me: who is this\nthem: its rory from the park", "rory"),
        ("07700 900 111: hi its gaz from the gym", "gaz"),
        # Sign-offs and lists.
        ("thanks, lou", "lou"),
        ("- nell", "nell"),
        ("incl tayla marsh + codie. shared in group chat", "marsh"),
        ("youth club notes - sky back at club after exclusion", "sky"),
        ("KAREN HOLT RANG RE HER SON", "KAREN"),
    ],
)
def test_lower_case_names_in_notes_and_chats_are_redacted(text: str, name: str) -> None:
    out = redact(text).text
    assert name not in out, out


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Hard negatives: the same everyday words as words in the same kind of note.
        ("hope this helps. will ring back on monday.", ("hope", "will")),
        ("sky broadband has parental controls, advised mum", ("sky",)),
        ("summer term is always worse for this", ("summer",)),
        ("amber rating from the council for attendance", ("amber",)),
        ("jack up the privacy settings on the acct", ("jack",)),
        ("met by the river behind the shops", ("river",)),
        ("will do. mum will chase the school", ("will",)),
        ("we hope its nothing but will keep an eye", ("hope", "will")),
        ("the price of the phone was £300", ("price",)),
        ("rich text msgs with links in them", ("rich",)),
    ],
)
def test_everyday_words_in_notes_stay(text: str, words: tuple[str, ...]) -> None:
    out = redact(text).text
    for word in words:
        assert word in out, out
