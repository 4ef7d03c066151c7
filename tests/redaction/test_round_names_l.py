"""The round on set L's name classes: names that are everyday words in lower case where the
context says name, lower-case first names and surnames with weak cues, nicknames and short
forms, and roles, labels and slang taken for names. Every sentence is invented for these
tests; each table of names has a table of the same cues before words that must stay."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.coverage import covered


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Only a name follows "full name", "real name", "girl's name" or an age.
        ("caller gave his full name frank oduya but said call him frank", "frank"),
        ("the girl's name is destiny and she is in year 8", "destiny"),
        ("15yo sunny was added to a chat by an adult", "sunny"),
        ("a 12 year old cub faith says a leader messaged her", "faith"),
        # An age in brackets after it, alone or after a pair.
        ("spoke with dawn (15) and her carer about the posts", "dawn"),
        ("grace and hope (twins, 12) both got the same request", "grace"),
        ("grace and hope (twins, 12) both got the same request", "hope"),
        # Before a listed surname that English hardly writes as a word.
        ("any questions contact me, rich pemberton, on the school number", "rich"),
        # A verb only a person takes after it, and the word's other mentions beside one.
        ("hope confirmed the account was deleted. later hope said it is back", "hope"),
        ("dsl frank asks if the police need the phone", "frank"),
        ("rose worried about the comments, so rose rang us again", "rose"),
        # A possessive before someone or something of theirs.
        ("favour's birth mum found her on a gaming app", "favour"),
        ("destiny's school: oakmere academy", "destiny"),
    ],
)
def test_lower_case_word_names_where_the_context_says_name_are_redacted(
    text: str, name: str
) -> None:
    assert "PERSON" in covered(text, name)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("we hope confirmed cases go down after the assembly", "hope confirmed"),
        ("i hope worried parents know they can call", "hope worried"),
        ("a grace period (14 days) applies before the account goes", "grace period"),
        ("there is no hope (2 of 3 said so) of getting it back", "no hope"),
        ("we had a frank discussion with the parents (both 40s)", "frank discussion"),
        ("the school is rich in support staff", "rich in"),
        ("will you ring back when the full name is confirmed", "will you"),
        ("advised don't forward the images, tell the police", "don't forward"),
        ("the summer (2024) trip photos are on the page", "summer"),
    ],
)
def test_the_same_words_as_words_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A lower-case first name after an age or "'s name", and a surname no list holds.
        ("14yo keiran ogunleye was seen with older males", "keiran"),
        ("boy's name darnell okafor-briggs, he is in year 9", "darnell"),
        ("12yo scout ignatius has been sent messages", "ignatius"),
    ],
)
def test_lower_case_first_names_after_an_age_or_a_name_cue_are_redacted(
    text: str, name: str
) -> None:
    assert "PERSON" in covered(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A family word or "big"/"little" with a word or a letter, in quotes in lower case.
        ('a younger girl "lil k" was at the party too', "lil k"),
        ('messages from an adult calling himself "uncle rasko"', "uncle rasko"),
        # After a person called so, without quotes; and said again the same way.
        ("an older lad called big j from the flats. big j has a car", "big j"),
        ("one man called zeph offered them vapes", "zeph"),
        ("one man called zeph. he drives a red car", "zeph"),
        # Quotes between a first name and a surname.
        ('the sender is Daniel "Danny Boy" Rourke, year 11', "Danny Boy"),
        # The writer's own name after "me" in brackets; roles as leads in brackets.
        ("any leaflets please send to me (carys) at the centre", "carys"),
        ("will pass to marguerite (safeguarding lead) today", "marguerite"),
    ],
)
def test_nicknames_and_short_forms_are_redacted(text: str, name: str) -> None:
    assert "PERSON" in covered(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "an older lad called big j from the flats. big j has a car",
        'police found messages from "Big Rocco" on the phone. Big Rocco is 19',
    ],
)
def test_a_nickname_said_again_is_redacted_at_each_mention(text: str) -> None:
    out = redact(text).text
    assert "big j" not in out.lower() and "Rocco" not in out, out


def test_a_lower_case_chat_speaker_on_the_big_list_is_redacted() -> None:
    text = "kai r: who has it\nlorcan: not me\nkai r: send it\nlorcan: no way\n"
    out = redact(text).text
    assert "lorcan" not in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Family words before a listed first name stay, as a title does.
        ("the man on the game is called 'uncle dave' and knows his school", "uncle"),
        ("his little brother was sent the link", "little brother"),
        ('they watched "big brother" clips on the tablet', "big brother"),
        # A person called by an everyday word, and a rare word called by a group or app.
        ("a man called back to say sorry", "called back"),
        ("an app called zepeto has a chat", "zepeto"),
        # Lines that open with a word and a colon, in lower case, are no speakers.
        ("note: mum rang\nupdate: school aware\nnote: closed\n", "note:"),
        ("me (again) - sorry, one more question", "(again)"),
    ],
)
def test_words_beside_those_cues_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Roles and labels where a name might stand.
        ("ROLE: PARENT / CHILDMINDER\nNAME: MRS DOTTIE FENWORTH", "CHILDMINDER"),
        ("Consultee: Mrs Harriet Oyelowo (DSL)", "Consultee"),
        ("caller = tomasz, teaching asst at a primary", "teaching asst"),
        ("spoke to kerry-ann (senior yw) after the session", "senior yw"),
        ("Diolch,\nGwenllian Prys\nSwyddog Lles", "Swyddog Lles"),
        ("Child's name: Oskar Wrenfield\nChild's DOB: 02/03/2015", "Child's name"),
        # Religious and teaching honorifics kept as titles are.
        ("a voice note says Ustadh Bilal hits pupils at the madrasa", "Ustadh"),
        # Slang and words spoken of as words.
        ('what is "Jack" in a snap streak?', '"Jack"'),
        ('the kids say they heard "unalive" and "seggs" at break', '"seggs"'),
        ('a roblox "condo" game link is going round', '"condo"'),
        ("heyy u go to westfield right", "heyy"),
        ("fr fr no cap, send it", "fr fr"),
        ("tell ur mum abt me ok", "abt me"),
        ("he has been sextorted on insta", "sextorted"),
        ("my ex mustn't find us", "mustn't"),
    ],
)
def test_roles_labels_and_slang_are_no_names(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The same shapes around names: a name in quotes after someone who says it, a name
        # after a title, a name after the honorific, a name run long that is a name.
        ('pupils say "Ronan" would never do that', "Ronan"),
        ("Ustadh Bilal Qureshi teaches on Saturdays", "Bilal Qureshi"),
        ('she is talking to "jayy" on the app', "jayy"),
        ('the lad who sent it is "Mossy" from the club', "Mossy"),
    ],
)
def test_names_in_the_same_shapes_are_redacted(text: str, name: str) -> None:
    assert "PERSON" in covered(text, name)
