"""The rules fire on plain statements of risk and not on figures of speech or teaching."""

from __future__ import annotations

import pytest

from casebook.classify.rules import find_risks


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("She told a friend she wants to kill herself.", "self_harm"),
        ("He has been self-harming since the messages started.", "self_harm"),
        ("The group chat told him to kys and that nobody would miss him.", "self_harm"),
        ("Her friends say she can't do this anymore and took an overdose last night.", "self_harm"),
        ("A naked picture of a 13 year old girl is going round school.", "indecent_image"),
        ("Several Year 9 pupils have been swapping nudes on Snapchat.", "indecent_image"),
        ("A 14-year-old boy sent an explicit photo of himself to a girl.", "indecent_image"),
        ("He is threatening to send her nudes to her family unless she pays £200.", "sextortion"),
        ("This is sextortion: they want money for the video.", "sextortion"),
        ("A Year 8 girl is meeting a 25-year-old man she met online tonight.", "immediate_danger"),
        ("A pupil posted that he will bring a knife to school tomorrow.", "immediate_danger"),
        ("The 14-year-old has gone missing after talking to a man online.", "immediate_danger"),
    ],
)
def test_fires(text: str, flag: str) -> None:
    assert flag in {hit.flag for hit in find_risks(text)}


@pytest.mark.parametrize(
    "text",
    [
        "I nearly died laughing when the head joined TikTok.",
        "My son says he is killing it in Fortnite.",
        "This new timetable is killing me.",
        "Dying to know whether you got my email.",
        "Could you recommend resources for a PSHE lesson on self-harm awareness?",
        "Do you have a poster on sextortion for our sixth form common room?",
        "A pupil's phone has gone missing from the changing room.",
        "My phone was dead all weekend so I could not report the account.",
        "Hackers are threatening to release our exam data unless we pay.",
        "A Year 9 girl was sent an explicit photo of a man by an unknown account.",
        "He wants to kill time before the bus, so he plays on his phone.",
        "Our RSE lesson plans on sexting and the law need updating.",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert find_risks(text) == []


def test_one_hit_per_flag_with_its_sentence() -> None:
    hits = find_risks("He said he wants to die. Later he said he wants to end it all.")
    assert [(h.flag, h.rule) for h in hits] == [("self_harm", "self_harm.wants_to_die")]
    assert hits[0].excerpt == "He said he wants to die."
