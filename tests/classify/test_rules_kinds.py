"""The rules by kind of wording: for each kind, other wordings of it fire and its hard negatives
(the same words with no risk in them) do not. Each table is a kind that a blind set showed the
rules missing or misreading; none of these sentences is from a blind set."""

from __future__ import annotations

import pytest

from casebook.classify.rules import find_risks, ruled_out


def flags(text: str) -> set[str]:
    return {hit.flag for hit in find_risks(text)}


def rules_fired(text: str) -> set[str]:
    return {hit.rule for hit in find_risks(text)}


# ---- self-harm: the means obtained ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Her parents found she had bought sodium nitrite online. She says she wanted a way out.",
        "A parcel containing a poison linked to suicides was delivered to our Year 12 student.",
        "He has been stockpiling tablets in his room and told his sister he wants to end it.",
        "My son (15) ordered helium and tubing online; his search history is all about suicide.",
        "She got hold of a substance that forums say is used for suicide. She is 16.",
    ],
)
def test_means_obtained_for_suicide(text: str) -> None:
    assert "self_harm" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "A pupil ordered chemicals for a science project and the parcel came to school.",
        "Mum bought paracetamol for his headache and wants to know about screen time.",
        "A website sells a chemical known to be linked to suicides: can it be reported?",
        "For our PSHE lesson on suicide prevention: how do we talk about ordering things online?",
    ],
)
def test_means_without_a_child_obtaining_them_for_suicide(text: str) -> None:
    assert "self_harm" not in flags(text)


# ---- self-harm: gossip is no hoax ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "There are rumours about her all over TikTok and she has started cutting her arms.",
        "Since the rumours started he has told his tutor he wants to kill himself.",
        "A Y9 girl is the subject of nasty rumours in a group chat. She is self-harming again.",
    ],
)
def test_rumours_about_a_person_leave_self_harm_standing(text: str) -> None:
    assert "self_harm" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "There are rumours of a challenge on TikTok telling children to hurt themselves. True?",
        "Parents are sharing a rumour that a doll in cartoons tells kids to kill themselves.",
    ],
)
def test_rumours_of_a_challenge_are_still_a_hoax(text: str) -> None:
    assert "self_harm" not in flags(text)


# ---- self-harm: figures of speech ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "My daughter says she'll literally die without her phone for a week.",
        "Pupils told us they would die without Snapchat streaks. Any advice on screen time?",
        "Parents want the group chat to stop. Nobody feels safe in it.",
        "The teacher wants it to stop before the end of term.",
    ],
)
def test_figures_of_speech_and_complaints_are_not_ideation(text: str) -> None:
    assert "self_harm" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "She wrote that she wants the pain to stop and nobody would miss her.",
        "He told a friend he will die if he has to go back to school, and he means it.",
    ],
)
def test_ideation_still_fires_beside_them(text: str) -> None:
    assert "self_harm" in flags(text)


# ---- indecent images: police grading and closures only proposed ----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Officers found Category B videos of a 13-year-old girl on his phone.",
        "Cat C images of two Year 9 pupils are on the seized laptop.",
        "The images of the boy (14) were graded category A by the police.",
    ],
)
def test_police_grading_names_indecent_images(text: str) -> None:
    assert "indecent_image" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our category A students need photos for their exam portfolios.",
        "The photos from the Category B listed building trip are on the school website.",
    ],
)
def test_categories_of_other_things(text: str) -> None:
    assert "indecent_image" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "A nude of a 14-year-old girl was shared around school. Outcome 21 may be applied.",
        "Police are considering Outcome 21 for the boy who shared nudes of a Year 10 girl.",
        "Nudes of a Y9 pupil are still being shared; it has not been dealt with.",
    ],
)
def test_a_closure_only_proposed_leaves_the_flag(text: str) -> None:
    assert "indecent_image" in flags(text)


def test_a_closure_given_still_stands_the_flags_down() -> None:
    text = "A nude of a Y9 pupil was shared last year. Police recorded Outcome 21."
    assert find_risks(text) == []


# ---- indecent images: idioms, and images said not to exist ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A Year 7 boy watched Naked Attraction on his tablet after bedtime.",
        "The head's naked ambition post about our kids has had 300 shares.",
        "Just visible to the naked eye: the filter on her Year 9 photos.",
        "Rumour that nudes of a Y8 girl were going round. We checked: no images exist.",
        "Boys are asking Year 10 girls for pictures. No images have been sent. No photos.",
        "A Y6 boy showed pornography to others at break. No children are in the videos.",
        "Photo of a Year 8 girl at the swimming gala, fully covered, with a rude caption.",
    ],
)
def test_no_child_in_an_indecent_image(text: str) -> None:
    assert "indecent_image" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "A naked photo of a 13-year-old is going round. No images of the others exist yet.",
        "Nudes of a Year 9 girl were shared. No images, though, of the boy, so far.",
        "No images were taken down. The naked video of a Y10 boy is still on the account.",
    ],
)
def test_images_denied_of_something_else(text: str) -> None:
    assert "indecent_image" in flags(text)


# ---- sextortion: implied by holding images, by paying; denied; asked for more --------------
@pytest.mark.parametrize(
    "text",
    [
        "Someone online has photos of my daughter (14) and is asking for £200.",
        "A man has got videos of him and wants gift cards. My son is 12.",
        "They've got her pictures and told her to pay by tonight. She is in Year 9.",
        "yr 9 girl. videos. she's been paying him. terrified.",
        "My boy (15) has already paid them £60 over the pics and he's panicking.",
    ],
)
def test_sextortion_implied(text: str) -> None:
    assert "sextortion" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The school photographer has pictures of him and wants £12 for the prints.",
        "My son paid for a Fortnite skin; he's scared to tell me. He sent pics of the receipt.",
        "A boy asked a Year 8 girl for pictures and then asked for more. She said no.",
        "Pupils shared a fake nude of a teacher (she's 30). Nobody is asking for money.",
        "A video of him crying was posted by Year 9 boys. He is upset.",
    ],
)
def test_sextortion_hard_negatives(text: str) -> None:
    assert "sextortion" not in flags(text)


def test_a_distressed_child_is_not_the_content_of_the_video() -> None:
    text = "Someone has videos of my son (13) and wants money. He's crying in his room."
    assert {"sextortion", "indecent_image"} <= flags(text)


# ---- no live case --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "We're running an e-safety evening on sextortion for parents. No incident in school.",
        "I read about sextortion in the news. No incident, just want to be prepared.",
        "Parents saw a piece on nudes being shared. No incidents.",
    ],
)
def test_no_incident(text: str) -> None:
    assert find_risks(text) == []


def test_no_incident_at_school_but_at_home_is_a_case() -> None:
    text = "No incident at school but at home she told her mum she wants to kill herself."
    assert "self_harm" in flags(text)


# ---- immediate danger: games, accounts, procedure questions --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A 12-year-old is meeting a man he met on Roblox at the station tonight.",
        "Her Minecraft friend, an adult, is picking her up after school today.",
        "He plays football with a 30-year-old man online who wants to meet him tomorrow.",
    ],
)
def test_met_through_a_game_met_in_person(text: str) -> None:
    assert "immediate_danger" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Year 3 children are playing guns at lunchtime and shooting each other.",
        "Boys pretend to stab each other at break after watching a drama series.",
        "He's meeting his 20-year-old cousin in Fortnite tonight.",
        "A Facebook page is attacking our head teacher every Monday.",
        "Trolls attacking our staff online tonight again: how do we report them?",
        "When should we call 999 rather than the police non-emergency line?",
        "Should staff always ring 999 if a child says they are in danger at home?",
    ],
)
def test_immediate_danger_hard_negatives(text: str) -> None:
    assert "immediate_danger" not in flags(text)


def test_a_call_made_is_still_a_danger() -> None:
    assert "immediate_danger" in flags("A Y8 girl messaged from his flat; we called 999 now.")


def test_ruled_out_by_the_text() -> None:
    assert "indecent_image" in ruled_out("Year 5 pupils saw adult porn. No children are in it.")
    assert "sextortion" in ruled_out("An AI nude of a pupil. No one is demanding anything.")
