# ruff: noqa: E501  (table sentences read best whole, one a line)
"""The rules by kind of wording: for each kind, other wordings of it fire and its hard negatives
(the same words with no risk in them) do not. Each table is a kind that a blind set showed the
rules missing or misreading; none of these sentences is from a blind set."""

from __future__ import annotations

import pytest

from casebook.classify import rules
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


# ---- immediate danger: a plan to die with its time set -------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "My daughter (14) texted her friend that she's going to kill herself tomorrow.",
        "He (15) says he wants to die and has planned it for this weekend.",
        "Her story: a photo of tablets, 'tomorrow's the day', 'sorry mum'. She is in Year 10.",
        "A Y11 boy told his tutor he has chosen a date to end it, next Tuesday.",
    ],
)
def test_a_plan_to_die_with_a_time_set(text: str) -> None:
    assert {"self_harm", "immediate_danger"} <= flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Last Saturday she told us she wanted to end it all; she sees CAMHS now.",
        "Tonight her mum found she'd written that she wants to die. She is 13.",
    ],
)
def test_a_time_that_is_not_the_plans(text: str) -> None:
    assert flags(text) == {"self_harm"}


# ---- immediate danger: meetings with someone secret or unknown, errands, nights away -------
@pytest.mark.parametrize(
    "text",
    [
        "An unknown account told my son (12) he'll be waiting outside his school at 3.30 tomorrow.",
        "Someone she chats to on Snapchat has arranged to meet her on Sunday and told her not to tell her mum.",
        "He (15) is being sent to a flat across town tonight by lads in their 20s.",
        "She's planning to spend the night at her boyfriend's house on Friday; he's 25.",
        "A man with a court order against him messaged our Y6 pupil: see you after school today.",
    ],
)
def test_meetings_that_are_a_danger(text: str) -> None:
    assert "immediate_danger" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her dad will collect her from the club tomorrow as usual.",
        "The school nurse will see you tomorrow at 10 about the form.",
        "Our Year 9 class is staying at the youth hostel on Friday; can they take phones?",
    ],
)
def test_meetings_that_are_not(text: str) -> None:
    assert "immediate_danger" not in flags(text)


# ---- immediate danger: challenges, threats in a game's chat, keywords, stale stunts -------
@pytest.mark.parametrize(
    "text",
    [
        "Two Y7 boys plan to try the blackout challenge after school today.",
        "A player wrote in the game's chat that he is coming to my son's house tonight with a knife.",
        "My son (15) did not come home last night and is not answering his phone.",
    ],
)
def test_dangers_now(text: str) -> None:
    assert "immediate_danger" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "We are writing a leaflet on the blackout challenge for parents' evening tomorrow.",
        "In the game he stabs other players every night and laughs about it.",
        "Our filter flagged words like 'shoot' and 'bomb' in a Year 8 essay on the war today.",
        "He posted 'gonna shoot my shot tonight' about a girl he likes.",
        "Last night he posted a video standing on a railway bridge. He's home and safe this morning.",
    ],
)
def test_not_dangers_now(text: str) -> None:
    assert "immediate_danger" not in flags(text)


# ---- self-harm: eating-disorder behaviours, farewells beside the means, own searches -------
@pytest.mark.parametrize(
    "text",
    [
        "She (14) has been making herself sick after every meal and says she deserves it.",
        "He is restricting his food again and said he deserves to suffer. He's in Year 9.",
        "On her story: a photo of a bottle of pills with the caption 'goodbye, love you all'.",
        "The filter shows she searched 'how many pills does it take to die' beside a video about suicide.",
        "He says he was just curious, but he looked up how to tie a noose. He is 13.",
        "She is in recovery from self-harm but cut herself again on Sunday.",
        "She told a friend she won't be a burden to anyone much longer. She is in Year 8.",
    ],
)
def test_self_harm_kinds(text: str) -> None:
    assert "self_harm" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The school is restricting phones at lunchtime and parents are cross.",
        "Goodbye to tablets in class: the school is banning iPads for Year 7.",
        "I'm just curious how common self-harm is among Year 9s for a staff briefing.",
        "He self-harmed in primary school but has been well for three years and wants to mentor.",
        "Messages to him say 'you'll be dead by the weekend'. He is 14.",
        "She tried to end it with her boyfriend and he posted her photos in the group.",
        "A Y6 girl wrote 'I want to die 😂' about the spelling test.",
        "He'd literally die if his mum took his phone away at night, she says, laughing.",
    ],
)
def test_not_self_harm(text: str) -> None:
    assert "self_harm" not in flags(text)


# ---- sextortion: images held over a child for anything ------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Someone is blackmailing my son (15) over videos he sent.",
        "He is holding her photos over her to keep her talking to him; she is 14.",
        "Her ex (17) says he'll share her nudes if she breaks up with him.",
        "They told him to do stuff on camera or the nude will be posted; he is 13.",
        "A gamer wants Robux or he says he'll send her pictures in her underwear to her class. She's 12.",
        "Unless she sends real ones, they'll post the fake nude of her to the year group (Y8).",
        "Our pupil (16) was asked to pay to stop photos of him being shared; his tutor thinks they are intimate.",
    ],
)
def test_images_held_over_a_child(text: str) -> None:
    assert {"sextortion", "indecent_image"} <= flags(text)


def test_a_video_sent_is_no_demand() -> None:
    text = "Her ex (16) sent her a video saying he would jump if she didn't reply."
    assert "sextortion" not in flags(text)


# ---- indecent images: spellings, predicates, acts filmed, compliance, closures proposed ----
@pytest.mark.parametrize(
    "text",
    [
        "My 13yo has been sending d*ck pics to a girl in his class.",
        "Her tutor thinks the pictures of her (15) are explicit.",
        "Two Year 10s were having sex at a party and someone filmed it.",
        "He asked her (12) to send a photo with no top on and a week later she did it.",
        "A 10-year-old on a drawing app was asked for a naked photo and sent one.",
        "Outcome 21 question\nTwo Y10s shared nudes; police are going to record it as Outcome 21.",
    ],
)
def test_indecent_image_kinds(text: str) -> None:
    assert "indecent_image" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police checked and there's nothing on her phone; she (14) is upset about rumours.",
        "A man (30) sent her an explicit photo of himself; she (13) blocked him.",
        "Strangers on the bus keep AirDropping pupils pornographic videos (adults).",
        "She (12) asked a friend for a pic of her nudes palette.",
        "'Send nudes' turned out to be about a lipstick shade, says the mum of a Y7 girl.",
    ],
)
def test_not_an_indecent_image_of_a_child(text: str) -> None:
    assert "indecent_image" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "A scammer says he'll make AI nudes of my son (14) and post them unless he pays £100. No images have been made.",
        "They say they filmed him through his webcam and want £400 or they'll share it. He's 15 and has never sent anything.",
    ],
)
def test_sextortion_without_an_image_of_the_child(text: str) -> None:
    assert flags(text) == {"sextortion"}


def test_a_blade_held_to_the_childs_own_body() -> None:
    text = "A Y10 girl is on a video call holding scissors to her wrist and won't hang up."
    assert "self_harm" in flags(text)


def test_an_image_of_a_boys_genitals_sent_to_a_girl_is_of_a_child() -> None:
    text = "A girl (13) was sent a picture of a Year 9 boy's genitals in a group chat."
    assert "indecent_image" in flags(text)


# ---- kinds C still showed the rules missing (read again after D) --------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our Y8 pupil has snuck out to meet an online friend and her phone is off.",
            "immediate_danger",
        ),
        ("He (15) wrote 'sorry mum' on his story and left the house at 6am.", "self_harm"),
        (
            "After talking about suicide with an AI character he said he wants to be with her. He's 14.",
            "self_harm",
        ),
        (
            "Year 7 girl told to send more or her whole class will see the photos she sent.",
            "sextortion",
        ),
        (
            "Messages tell the boy to pay £50 or the pics he sent him will go to his mum. He is 14.",
            "sextortion",
        ),
        (
            "A clip of a rape at a party is being shared among Year 10s; the girl is 15.",
            "indecent_image",
        ),
    ],
)
def test_kinds_from_c(text: str, expected: str) -> None:
    assert expected in flags(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("She has gone to meet her nan in town and will be back for tea.", "immediate_danger"),
        ("He said goodbye and left the house for school as usual.", "self_harm"),
        ("He wants to join the football team his brother plays for.", "self_harm"),
    ],
)
def test_kinds_from_c_hard_negatives(text: str, absent: str) -> None:
    assert absent not in flags(text)


def test_a_threat_over_images_the_child_never_took_rules_out_an_indecent_image() -> None:
    text = "Scammers say they recorded my son (14) on his webcam. He has never sent anything."
    assert "indecent_image" in ruled_out(text)
    fake = "A fake nude of my son (14) was made from his photos. He has never sent anything."
    assert "indecent_image" not in ruled_out(fake)


# ---- a report that nobody acted on is a live case, not "nothing has happened" ------------------
@pytest.mark.parametrize(
    "text",
    [
        "Somebody is sharing a naked photo of a Year 9 girl in a group chat. We reported it to the app and nothing has happened.",
        "A 14-year-old was sent a video of himself naked by a stranger threatening to post it unless he pays. He reported the account but nothing has happened.",
        "Our pupil (13) says she will kill herself tonight. We flagged the post to the platform three days ago and still nothing has happened.",
    ],
)
def test_report_not_acted_on_is_live(text: str) -> None:
    assert flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nothing has happened yet, but we want a plan in case a pupil ever shares nude images.",
        "We're writing guidance on sextortion. Nothing has actually happened at our school.",
        "A boy was threatened over images last spring; it was dealt with and nothing has happened since.",
    ],
)
def test_nothing_happened_still_stands_down(text: str) -> None:
    assert flags(text) == set()


# ---- a choking "challenge" a child has played is strangulation, whatever "challenge" says -------
@pytest.mark.parametrize(
    "text",
    [
        "My daughter (12) and her cousin have been doing the pass-out challenge at sleepovers; her cousin went limp last time.",
        "A Y8 boy showed friends a video of himself trying the choking game with his dressing gown cord.",
        "Lunchtime staff saw two Year 6 girls playing the fainting game behind the hall. One of them passed out for a few seconds.",
    ],
)
def test_choking_game_played_is_self_harm(text: str) -> None:
    assert "self_harm" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Could you send us a staff briefing on the blackout challenge? We want to warn parents before half term.",
        "Parents' evening: several parents asked whether the choking challenge is a real trend or a hoax.",
        "Our Y7s have a breath-holding challenge going: who can stay underwater longest at swimming. Harmless, but it's loud.",
    ],
)
def test_choking_game_heard_of_or_taught_is_not(text: str) -> None:
    assert "self_harm" not in flags(text)


# ---- goodbye messages, notes or videos in the plural are goodbyes all the same ------------------
@pytest.mark.parametrize(
    "text",
    [
        "Her goodbye messages to three friends came in at 3am and nobody has heard from her since.",
        "We found goodbye letters in his school bag, addressed to his mum and sister.",
    ],
)
def test_plural_goodbyes_are_farewells(text: str) -> None:
    assert "self_harm" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Year 11 recorded goodbye videos for the leavers' assembly on Friday.",
        "Staff are recording goodbye messages for Mrs Patel, who retires this week.",
    ],
)
def test_goodbyes_to_someone_leaving_are_not(text: str) -> None:
    assert "self_harm" not in flags(text)


# ---- an e-mail hard-wrapped at a fixed width is read as the sentences it holds ------------------
def test_hard_wrapped_email_reads_as_sentences() -> None:
    text = (
        "Worried about a Year 9 pupil\n"
        "Hello, one of our Year 9 girls told her form tutor this morning that she has been\n"
        "cutting her arms again since the weekend and that nobody at home knows about it. We\n"
        "have spoken to her and her mum is on the way in."
    )
    assert "self_harm" in flags(text)
    assert rules.unwrap(text).count("\n") == 1  # the subject line stays apart


def test_short_lines_and_list_items_stay_apart() -> None:
    text = "Agenda for Tuesday\n- filtering and monitoring review for the whole trust network\n- new staff induction"
    assert rules.unwrap(text) == text


# ---- danger as a plan with a time, joined to a contact the child must not have --------------
@pytest.mark.parametrize(
    "text",
    [
        "Our foster son's birth mum messaged him on Instagram: coming to collect him tonight, don't tell your carers.",
        "My daughter's ex-stepfather, who has a history of violence, texted: 'I'll come and get her tomorrow when she leaves school.'",
        "A man told my son (14) to meet him at the retail park at 4 or he'd send his pictures to everyone.",
        "A threat was posted under our sports day photos. Police have been called and they are on their way.",
        "A caller says a man with a knife is by the field; we are deciding whether to lock down.",
    ],
)
def test_plan_with_a_time_joined_to_a_contact_is_danger(text: str) -> None:
    assert "immediate_danger" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her birth mum has letterbox contact once a year; can we share a school photo with her?",
        "Grandad will come and get her tomorrow after school as usual; is it OK for him to film the play?",
        "Police were called last year about a fight; we are reviewing whether to lock the gates at lunch.",
    ],
)
def test_plans_with_a_time_and_no_danger_are_not(text: str) -> None:
    assert "immediate_danger" not in flags(text)


def test_meeting_demanded_under_threat_of_sharing_is_sextortion() -> None:
    text = "Messages from an unknown adult to our Y10 girl: 'meet me by the canal at 8 tonight or I post your pics on your school's page'."
    assert {"sextortion", "indecent_image", "immediate_danger"} <= flags(text)


# ---- a child streaming live, directed by adults in the chat --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "My niece (12) is on a TikTok live stream and men in the comments keep asking her to lift her top. She's still live now.",
        "A boy of about ten is streaming on Twitch and viewers are telling him what to do, and he does it. It's still live.",
    ],
)
def test_child_streaming_live_to_adults_is_danger_now(text: str) -> None:
    assert "immediate_danger" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "A fake account of our deputy head is still live after three reports.",
        "Our Year 9 went live on TikTok last week to promote the bake sale and the video is still live on her page.",
    ],
)
def test_still_live_accounts_and_old_streams_are_not(text: str) -> None:
    assert "immediate_danger" not in flags(text)


# ---- self-harm: the means made ready, in a joking register ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "My son (14) messaged his friend 'got the pills ready lol' and has stopped answering.",
        "In the group chat she wrote 'got my blades all sorted for tonight lmao'. She is in Y9.",
        "A Y11 lad posted a photo of a belt on his story, captioned 'noose is ready haha'.",
    ],
)
def test_means_made_ready_is_self_harm_whatever_the_register(text: str) -> None:
    assert "self_harm" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Scouts have got the rope ready for the climbing wall on Saturday; can we post photos?",
        "She had her tablets ready for her epilepsy before the trip, lol, such an organised kid.",
        "For our PSHE lesson on suicide prevention: a message like 'got the rope ready' is a warning sign.",
    ],
)
def test_means_ready_for_something_else_is_not(text: str) -> None:
    assert "self_harm" not in flags(text)


def test_a_writer_doubting_their_reaction_denies_nothing() -> None:
    assert "self_harm" not in ruled_out(
        "My son (13) wrote 'I want to die' in his notes app. Not sure if I'm overreacting."
    )
    assert "self_harm" in ruled_out("Not sure if she is self-harming; she wears long sleeves.")


# ---- images asked for in other words -------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A man on Roblox keeps asking my daughter (10) to show him what's under her school uniform.",
        "Someone on Snapchat told our Year 8 girl to send one in her bikini, 'or better without it'. She refused.",
        "A Y10 boy has selfies of his ex that she should never have sent, and they are going round.",
        "In the chat, adults asked the 11-year-old to pull her skirt up and she did.",
    ],
)
def test_images_asked_for_in_euphemism_are_indecent_images(text: str) -> None:
    assert "indecent_image" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Year 3 tidy-up video said 'show me what's under your bed' and the children loved it.",
        "He took photos of the exam paper that he shouldn't have taken and shared them on Snapchat.",
        "She posted a picture in her new uniform and her friends said she looks better without the glasses.",
        "Mum told him to take his jumper off before PE; he is 9.",
        "Her mum asked her to take off her top layer before the fitting for the school play (she is 12).",
    ],
)
def test_the_same_words_with_no_sexual_image_are_not(text: str) -> None:
    assert "indecent_image" not in flags(text)


# ---- danger: staff meetings, idioms, games and stories are no danger -----------------------
@pytest.mark.parametrize(
    "text",
    [
        "Notes from this afternoon's strategy meeting: a Y11 boy (16) was seen by an older man's car at the gates.",
        "After our staff meeting today we agreed a new phones policy for Year 7; any thoughts?",
        "Our netball girls are going to kill it at the county finals tomorrow! Can we post the team photo?",
        "We're telling the Year 6 choir they'll smash it tonight - is it OK to livestream the concert?",
        "Two Year 5 boys were shouting 'I'll shoot you' while talking about a game at break today.",
        "Our Year 7 novel is about a boy who runs away to meet a friend from a game. Fiction, nothing's happened.",
        "What parental controls do you suggest for a 10-year-old's tablet at night?",
        "What apps do you recommend for a Year 4 class? Her mum asks what screen limits do you use tonight.",
    ],
)
def test_meetings_idioms_games_and_stories_are_not_danger(text: str) -> None:
    assert "immediate_danger" not in flags(text)


# ---- danger: said without a time ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A drill video on Snapchat says a named Year 10 boy will get shanked on sight. He is 15.",
        "Police have served an Osman warning on the family of one of our Y11 students (16).",
        "Officers are doing a threat to life assessment after posts about a Year 9 girl (14).",
    ],
)
def test_threats_to_a_life_whenever_seen_are_danger(text: str) -> None:
    assert "immediate_danger" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our safeguarding training asked what counts as a threat to life for a pupil.",
        "The moderators said they delete spam accounts on sight. Is that normal for a Year 8 server?",
        "Can you explain what an Osman warning is, for our staff briefing?",
    ],
)
def test_threats_to_life_taught_or_idiomatic_are_not(text: str) -> None:
    assert "immediate_danger" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "A girl in Year 10 texted her friend that she had just swallowed a whole packet of paracetamol.",
        "My son (14) says his friend took about 30 tablets twenty minutes ago and won't tell us where she is.",
    ],
)
def test_pills_taken_just_now_are_danger(text: str) -> None:
    assert {"self_harm", "immediate_danger"} <= flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two years ago she took an overdose of tablets; she has just started sixth form and is well.",
        "She took a load of pills in Year 8. We have just put a new safety plan in place.",
    ],
)
def test_overdoses_in_the_past_are_not_danger(text: str) -> None:
    assert "immediate_danger" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "A Y9 girl (13) has arranged with a man from Snapchat to be picked up at 5 from the park today. He said don't tell your mum.",
        "The message to our Year 6 boy says 'I'm outside your school, come out at home time'. He is 10.",
        "Call note: a man sent a Y8 girl (12) messages, is now calling her repeatedly and says he knows the address.",
    ],
)
def test_arrivals_and_pick_ups_announced_are_danger(text: str) -> None:
    assert "immediate_danger" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our Year 2 pupils are picked up at 3 from the back gate by a parent or carer. Should the gate be locked?",
        "I'm outside the school office most mornings; where should parents wait at home time?",
        "Mum is now calling the school every day about the bus timetable for her son (12).",
    ],
)
def test_ordinary_pick_ups_and_calls_are_not_danger(text: str) -> None:
    assert "immediate_danger" not in flags(text)


# ---- self-harm: a mind made up, a plan with a time -------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "My Year 11 tutee (15) messaged: 'I've made my mind up, I'm going to do it tomorrow. Thank you for everything.'",
        "Her note says she has decided she will do it on Friday when everyone is out, and she doesn't want a fuss.",
    ],
)
def test_a_plan_with_a_time_and_a_mind_made_up_is_self_harm(text: str) -> None:
    assert {"self_harm", "immediate_danger"} <= flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "She's decided she's going to do it tomorrow - the bungee jump for charity! Thanks for everything, Year 10.",
        "We have made our mind up: we are going to do it this weekend and block TikTok on the home wifi.",
        "I'm not sure if I should tell the DSL: my son (12) said his friend cut herself last year and is fine now.",
    ],
)
def test_decisions_about_other_things_are_not_self_harm(text: str) -> None:
    assert "immediate_danger" not in flags(text)
    assert "self_harm" not in flags(text) or "cut herself" in text


def test_a_writer_unsure_what_to_do_denies_nothing() -> None:
    assert "self_harm" not in ruled_out(
        "Not sure if we should call CAMHS: a Year 9 girl wrote 'I want to disappear forever' on her arm."
    )
    assert "self_harm" in ruled_out("Not sure if she is hurting herself; she is 14.")


def test_cutting_screen_time_rules_self_harm_out_for_the_model() -> None:
    assert "self_harm" in ruled_out(
        "How do I cut my son's screen time? He's 8 and on the iPad all evening."
    )


# ---- images: adults in them, words that are not images, policy wording, closed cases -------
@pytest.mark.parametrize(
    "text",
    [
        "A care leaver aged 19 is being blackmailed with intimate photos; he says he is not a child any more.",
        "A member of staff (an adult) was sent an AI nude of herself made by a stranger. Is it illegal?",
        "A former pupil now aged 20 says nudes from his ex are on a forum. He is not a minor.",
    ],
)
def test_images_of_adults_said_outright_are_not_child_images(text: str) -> None:
    assert "indecent_image" not in flags(text)
    assert "indecent_image" in ruled_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "The girls (Y8) will dance in nude-coloured leotards; can we post the video?",
        "Our Year 6 class keeps playing songs with explicit lyrics. Can we filter explicit content on the school Spotify?",
        "For our policy: should we use the term 'nudes' or 'youth-produced sexual imagery' for pupils?",
        "A rumour says boys filmed in the changing rooms, but we have not found any footage. Year 9.",
    ],
)
def test_words_that_are_not_images_of_a_child_are_not(text: str) -> None:
    assert "indecent_image" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The images of a Year 9 girl were shared in March; police have closed the case and she is doing well.",
        "A past case of sextortion from last year (a Y10 boy) is closed now. Can we have a template for our policy?",
        "Do you take adult cases of blackmail with intimate images? Nothing current, it's for our staff leaflet.",
        "Can you explain how Report Remove handles a nude image? Just for teaching purposes, Year 10.",
    ],
)
def test_closed_cases_and_questions_for_leaflets_raise_nothing(text: str) -> None:
    assert flags(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "A Year 9 boy (14) showed me: 'got ur pics. 40 quid or its going in the year group chat'.",
        "They told my son (13) 'send £60 in vouchers or ur video goes everywhere'.",
    ],
)
def test_a_threat_to_spread_a_childs_images_for_money_is_sextortion(text: str) -> None:
    assert {"sextortion", "indecent_image"} <= flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pay £5 for the trip or its going to be cancelled, says the Year 7 letter.",
        "The school photos will be posted home unless parents pay £12 for the prints.",
    ],
)
def test_money_and_going_out_without_images_held_is_not_sextortion(text: str) -> None:
    assert "sextortion" not in flags(text)


# ---- round after set I: images and self-harm said indirectly, adults' own images -----------


@pytest.mark.parametrize(
    "text",
    [
        "Three lads in Y10 have been passing round noodz of a girl in their form.",
        "My niece (14) says a boy from the bus asked her for n00ds and she sent him some.",
        "someone made a group called 'nudez of year 9' and added half the year",
        "He told my son (13) to send a nood of himself on Discord.",
        "Apparently there are spicy pics of a Year 10 boy on a burner account.",
    ],
)
def test_nudes_spelt_as_slang_are_images_of_a_child(text: str) -> None:
    assert "indecent_image" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "A boy in the year above kept asking our daughter (13) for pics until she sent them.",
        "Our son is 12. He sent something he shouldn't have to an older boy on Instagram.",
        "There's a video of her going round the whole school and she won't come out of her room. She's 14.",
        "Pupil (Y9) sent private photos to a lad she met on Snapchat and now regrets it.",
        "Photos of a Year 8 girl are all over Snapchat and she's refusing to come in.",
    ],
)
def test_images_said_without_their_content_are_images_of_a_child(text: str) -> None:
    assert "indecent_image" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can I get a bowl of nood soup at the canteen? Y7 asking, not a safeguarding issue.",
        "The PE department asked parents for photos of the Y8 sports day and lots sent some.",
        "There's a video of him scoring going round the football club's page, he's 11, he's delighted.",
        "I'm 34 and my ex-partner is sharing intimate photos of me on a fake profile.",
        "im 27, a man I met online has nudes of me and wants £300 or he'll send them to my work.",
        "Our Year 9 son sent his gran photos of the trip; she said she shouldn't have laughed so much.",
        "My daughter (12) asked her friend for pics of the homework and she sent them at 9pm.",
    ],
)
def test_pictures_that_are_not_sexual_or_not_of_a_child_are_not(text: str) -> None:
    assert "indecent_image" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Y8 girl told a friend she wants to disappear and never come back.",
        "My son (15) keeps telling his sister he can't do this much longer.",
    ],
)
def test_wishing_to_be_gone_said_indirectly_is_self_harm(text: str) -> None:
    assert "self_harm" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "My daughter (9) wants to disappear into her room when guests come, she's so shy.",
        "The Y7 pupil says he can't do this homework much longer without help.",
    ],
)
def test_shyness_and_homework_are_not_self_harm(text: str) -> None:
    assert "self_harm" not in flags(text)


def test_a_writer_who_says_they_are_an_adult_rules_the_image_flag_out_for_the_model() -> None:
    assert "indecent_image" in rules.ruled_out("I'm 41 and someone is posting photos of me online.")
    # a time, a distance or a sum after "I'm" is no age
    for text in (
        "I'm 20 minutes from home and someone is posting photos of me online.",
        "I'm 30 miles away; someone is posting photos of me online.",
        "Im 25p short and someone is posting photos of me online.",
    ):
        assert "indecent_image" not in rules.ruled_out(text)


# ---- immediate danger: a self-harm risk under way or set, a meeting already arranged --------
@pytest.mark.parametrize(
    "text",
    [
        "Her brother says she has swallowed a whole packet of paracetamol and locked the door.",
        "My nephew (13) has taken loads of tablets, his friend told me on the phone.",
        "On her channel she posted 'this is my final video' and she is off school today.",
        "He uploaded a clip saying goodbye to his followers and he is in his bedroom now.",
        "She has been reading about suicide methods and ordered something; the parcel is due today.",
        "A 24-year-old man from her game is picking her up from the park on saturday.",
        "Mum says the man (31) plans to take him back to his after school tomorrow.",
    ],
)
def test_danger_under_way_or_arranged(text: str) -> None:
    assert "immediate_danger" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "She took too many tablets two years ago and has been well since.",
        "A pupil's last video on his gaming channel got 20 views; he is off school today.",
        "She has been writing goodbye letters to her old primary teachers for leavers' day.",
        "The parcel with the new school laptops is due tomorrow.",
        "Our assembly on suicide prevention: the parcel of leaflets is due tomorrow.",
        "Her grandad is picking her up from school on friday.",
        "A Year 6 girl's mum is picking her up early today for the dentist.",
    ],
)
def test_danger_under_way_or_arranged_hard_negatives(text: str) -> None:
    assert "immediate_danger" not in flags(text)


# ---- sextortion paid in game currency --------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Someone filmed my son (12) naked on a video call and wants 1500 robux or will post it.",
        "A man recorded her topless on cam and is asking for steam cards or will send it round.",
    ],
)
def test_sextortion_in_game_currency(text: str) -> None:
    assert "sextortion" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "He wants 1500 robux for his birthday or will sulk all week.",
        "My son (12) spent my steam cards on skins; can we get a refund?",
    ],
)
def test_sextortion_in_game_currency_hard_negatives(text: str) -> None:
    assert "sextortion" not in flags(text)


# ---- images of adults said plainly -----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "An 18 year old care leaver was in hospital last night. She said a man with nude images"
        " of her wanted more images and money.",
        "A 20yo woman we support says a man with nude images of her now wants more images.",
    ],
)
def test_images_of_adults_said_plainly(text: str) -> None:
    assert "indecent_image" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "A 19yo student sent nude photos of his 14-year-old girlfriend to his friends.",
        "Both adults in the house had naked pictures of the girl (12) on their phones.",
    ],
)
def test_images_of_adults_said_plainly_hard_negatives(text: str) -> None:
    assert "indecent_image" in flags(text)


# ---- questions about teaching or policy: every word of the risk in them ----------------------
@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Could you suggest a Year 8 lesson plan on sharing nudes and the law?", "indecent_image"),
        (
            "We are rewriting our policy on nude image sharing. Is the guidance from 2020 still current?",
            "indecent_image",
        ),
        (
            "Is there a leaflet on sextortion we could hand out at our parents' information evening?",
            "sextortion",
        ),
        (
            "Our RSE curriculum covers sending nudes in Year 9. Parents have asked why.",
            "indecent_image",
        ),
    ],
)
def test_teaching_and_policy_questions_are_taught(text: str, flag: str) -> None:
    assert flag in rules.taught(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # a disclosure passed on in a sentence that names the policy
        (
            "While we were reviewing our policy a Year 9 boy told me someone is threatening to post his nudes unless he pays.",
            "sextortion",
        ),
        # a child in the image, found while preparing a lesson
        (
            "Preparing a lesson on online safety, I found a sexual image of a young child on a forum.",
            "indecent_image",
        ),
        # the policy in one sentence, the case in another
        (
            "We have a policy on nudes. A Year 10 girl's nude photo is going round the year group.",
            "indecent_image",
        ),
    ],
)
def test_teaching_and_policy_questions_hard_negatives(text: str, flag: str) -> None:
    assert flag not in rules.taught(text)


# ---- images of adults: in the sixth form or at college, the writer's own, a member of staff's --
@pytest.mark.parametrize(
    "text",
    [
        "A sixth former aged 18 says her ex-boyfriend is sharing nude photos of her on Snapchat.",
        "One of our Year 13 students, who turned 18 in June, says a man is sharing nude pictures of him.",
        "Two of our college students (both 19) broke up and one posted the other's nude photos in a group chat.",
        "My son (20, at university) says someone has naked pictures of him and wants £300.",
        "I'm an adult and a parent of a Y4 pupil. Someone recorded me undressed on a video call and wants money.",
        "I'm a secondary teacher. My ex has intimate photos of me and says he will send them to my head.",
        "Pupils made an AI nude image of one of our male teachers and shared it round Year 10.",
    ],
)
def test_images_of_adults_in_school_years_or_staff(text: str) -> None:
    assert "indecent_image" not in flags(text)
    assert "indecent_image" in ruled_out(text)


@pytest.mark.parametrize(
    "text",
    [
        # the adult holds a child's images
        "A Y13 student who turned 18 last week has nude photos of a Year 9 girl on his phone.",
        # taken before she was 18
        "She turned 18 last month, but the nude photos of her were taken when she was 15 and are still up.",
        # a child's own words quoted by a teacher
        "I'm a Year 6 teacher. One of my boys (11) says a girl online will post the naked video of me he sent unless he sends another.",
        # a child of a member of staff
        "Nude photos of our teacher's daughter (15) are going round the school.",
        # the adult's age belongs to someone else; the boy is a child
        "My son (14) says a man, who turned 19 last week, has naked pictures of him and wants £300.",
    ],
)
def test_images_of_adults_in_school_years_or_staff_hard_negatives(text: str) -> None:
    assert "indecent_image" not in ruled_out(text)


# ---- harm threatened to someone else is no word of self-harm -------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Boys in Year 9 have said they will jump him after school and batter him.",
        "Someone commented 'ur dead tomorrow' under a Y8 girl's photo.",
        "A boy told his friend he would kill you if you grassed, and the friend told us.",
        "The older lads say they will hurt his mum if he doesn't do the drop.",
    ],
)
def test_harm_to_others_is_no_live_word_of_self_harm(text: str) -> None:
    live, seen = rules.evidence(text)
    assert "self_harm" in seen
    assert "self_harm" not in live


@pytest.mark.parametrize(
    "text",
    [
        "She told her friend she wants to kill herself and has been hurting her arms.",
        "He keeps saying he wants to end his life.",
        "He says he feels dead inside and wants it all to stop.",
        "They say they'll jump him tonight; he has said since that he wants to die.",
    ],
)
def test_harm_to_others_hard_negatives(text: str) -> None:
    assert "self_harm" in rules.evidence(text)[0]


# ---- worries that the text says came to nothing: family, old posts, agreed contact, false alarms --
@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "My son (13) is meeting 'a friend from Fortnite' on Sunday. Turns out it's his cousin from Leeds and his aunt is driving him.",
            "immediate_danger",
        ),
        (
            "Parents shared a 'missing girl' post in the class chat. Turns out the post is from 2017 and she was found the same day.",
            "immediate_danger",
        ),
        (
            "A Y4 boy (8) is seeing his dad this weekend at a contact centre; social care have no concerns about his safety.",
            "immediate_danger",
        ),
        (
            "It was a false alarm: the 'pics' he kept asking the Y8 girl for were of her hamster.",
            "indecent_image",
        ),
    ],
)
def test_worries_that_came_to_nothing(text: str, flag: str) -> None:
    assert flag in ruled_out(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "My daughter (12) is meeting a man from Snapchat tonight. Turns out he's 34, not 15.",
            "immediate_danger",
        ),
        (
            "We have serious concerns about her safety: she (14) has gone to meet a man she met online.",
            "immediate_danger",
        ),
        (
            "I hope this is a false alarm, but a man has asked my daughter (12) for nude pics and she sent one.",
            "indecent_image",
        ),
    ],
)
def test_worries_that_came_to_nothing_hard_negatives(text: str, flag: str) -> None:
    assert flag not in ruled_out(text)


# ---- someone not answering is a missing child only where a child is named -------------------
@pytest.mark.parametrize(
    "text",
    [
        "Our web developer updated the site last week and now he's not responding. The homepage shows an error.",
        "The company that runs our parents' app isn't answering emails about the outage.",
    ],
)
def test_an_adult_not_answering_is_no_missing_child(text: str) -> None:
    assert "immediate_danger" not in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "A Year 9 girl walked out of school at lunch and she's not answering her phone.",
        "A teacher's violent ex has found her new address and she is scared to go home tonight.",
    ],
)
def test_an_adult_not_answering_hard_negatives(text: str) -> None:
    assert "immediate_danger" in flags(text)


# ---- a challenge with a wish not to wake up from it is self-harm all the same ----------------
def test_a_challenge_with_a_wish_not_to_wake_is_not_ruled_out() -> None:
    text = "A Y8 (12) says he'll do the blackout challenge again tonight and doesn't care if he never wakes up."
    assert "self_harm" not in ruled_out(text)
    # a dare with no such wish is still read as no self-harm of the child's own
    assert "self_harm" in ruled_out("Pupils keep daring each other to do the cinnamon challenge.")


# ---- sextortion: the blackmailer acting, a threat that someone will "see" the images -----------
@pytest.mark.parametrize(
    "text",
    [
        "The blackmailer has now sent one of the videos to her cousin. She is 15 and in bits.",
        "The account blackmailing my son (14) has posted the photo on a fake profile with his name.",
        "He keeps telling my daughter (13) 'send another one or your dad sees these'. She sent him a topless photo last week.",
    ],
)
def test_sextortion_under_way(text: str) -> None:
    assert "sextortion" in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The blackmailer in the school play posts photos of the detective; rehearsal is on Friday.",
        "The blackmailer was jailed last year; a Year 10 (15) wants photos of the court for a project.",
        "Send your homework photos by Friday or Miss sees it as late.",
    ],
)
def test_sextortion_under_way_hard_negatives(text: str) -> None:
    assert "sextortion" not in flags(text)


# ---- the sector's names for a child's own images; a life with nothing to live for -----------
def test_sgii_named_as_an_incident_is_an_indecent_image() -> None:
    assert "indecent_image" in flags(
        "We've had an SGII incident: a Y9 girl (14) sent one to a boy in Y10."
    )
    assert "indecent_image" not in flags("Can you recommend a lesson on SGII for Year 9?")


def test_nothing_to_live_for_is_self_harm() -> None:
    assert "self_harm" in flags(
        "My son (15) posted 'nothing to live for anyway' on his story last night."
    )
    assert "self_harm" not in flags(
        "The song's lyrics say there's nothing to live for; Y8 pupils sing it in class."
    )


def test_a_man_met_through_an_app_and_a_meeting_set() -> None:
    assert "immediate_danger" in flags(
        "A girl (13) met a man through Instagram and is meeting him in town this Saturday."
    )
    assert "immediate_danger" not in flags(
        "Our Year 7s met an author through Zoom; the next session is this Friday."
    )


def test_no_children_in_the_videos_and_a_talk_on_sextortion() -> None:
    seen = "A Y3 boy (7) was shown videos of adults on his cousin's phone; no children in the videos, his mum says."
    assert "indecent_image" in ruled_out(seen)
    assert "indecent_image" not in ruled_out(
        "No children in the school knew until a Y9 girl's (14) nude photo went round on Monday."
    )
    talk = "Could someone from your team speak on sextortion at our DSL network meeting?"
    assert "sextortion" in rules.taught(talk)
    assert "sextortion" not in flags(talk)


# ---- figures of speech: an exam or a lost phone as the cause of death, deaths in a game --------
@pytest.mark.parametrize(
    "text",
    [
        "My son (14) keeps telling me he is literally going to die over his maths mocks.",
        "Our Year 5s say they'll die if they don't get their tablets back after the trip.",
        "A Y2 boy (6) keeps telling his teacher he killed himself by accident in Roblox.",
    ],
)
def test_deaths_by_exam_by_phone_and_in_games_are_figures_of_speech(text: str) -> None:
    assert "self_harm" not in flags(text)
    assert "self_harm" not in rules.evidence(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "He says he is going to die before his exams because he has a plan to take pills.",
        "She (15) told me she wants to kill herself after what happened in the game chat.",
    ],
)
def test_deaths_by_exam_by_phone_and_in_games_hard_negatives(text: str) -> None:
    assert "self_harm" in flags(text)
