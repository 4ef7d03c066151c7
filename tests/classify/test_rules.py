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
    assert [(h.flag, h.rule) for h in hits] == [("self_harm", "self_harm.ideation")]
    assert hits[0].excerpt == "He said he wants to die."


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "my daughter (14) said she can't be bothered to be alive anymore and has a plan",
            "self_harm",
        ),
        ("Y10 boy texted 'honestly might kms' after the pics were leaked", "self_harm"),
        (
            "A 12 year old is meeting a man he met on Roblox at the park after school today. "
            "The man says he's 25.",
            "immediate_danger",
        ),
        ("Messages to a Y9 girl: 'ur getting shanked at the gates tmrw'.", "immediate_danger"),
        (
            "A 13 year old girl has not come home and her phone is switched off. She was talking "
            "to an older man online.",
            "immediate_danger",
        ),
        ("Someone says they'll send his nudes to his followers unless he pays £80.", "sextortion"),
        ("A Y8 girl sent a photo of herself in her bra to a boy who shared it.", "indecent_image"),
        ("A boy filmed a Year 9 girl in the changing rooms and posted it.", "indecent_image"),
    ],
)
def test_fires_on_other_wordings(text: str, flag: str) -> None:
    assert flag in {hit.flag for hit in find_risks(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a denial within four words before the cue
        "My son has been low. He hasn't said anything about hurting himself.",
        # the headline's cue stands down when the body says it is teaching
        "Self-harm awareness\nCould you recommend resources for a staff INSET session?",
        # no live case
        "For our policy review: what should staff do if a pupil shares nudes? Not a current case.",
        # an adult in the image
        "Pupils made a fake nude of our PE teacher (late 20s). She's an adult but very upset.",
        # a hoax
        "Is this real? Parents say a doll in videos tells kids to hurt themselves. A hoax?",
        # a closed, historic incident
        "Retention of records: a historic incident where a nude of a Y9 pupil was shared.",
        # a threat that is a line from a play
        "A clip of our drama teacher shouting 'I'll kill you all', a line from the play, is up.",
        # nothing sexual in the video held over him
        "Y9 boys will post a video of him crying unless he pays £5. Nothing sexual in it.",
    ],
)
def test_stands_down(text: str) -> None:
    assert find_risks(text) == []


def test_gated_cues_find_every_sentence_the_plain_pattern_finds() -> None:
    import json
    import re
    from pathlib import Path

    from casebook.classify import corpus, rules

    sets = Path(rules.__file__).parent / "tuning"
    texts = [
        json.loads(line)["text"]
        for name in corpus.TUNING_SETS
        for line in (sets / name).read_text().splitlines()[:120]
    ]
    cues = {n: c for n, c in vars(rules).items() if isinstance(c, rules.Cue) and n != "HYPERBOLE"}
    assert len(cues) > 30
    for text in texts:
        reading = rules.Reading(text)
        for name, cue in cues.items():
            plain = {
                reading.doc.count("\n", 0, m.start()) for m in re.finditer(cue.pattern, reading.doc)
            }
            assert plain <= reading.where(cue), (name, text[:80])
