"""Round CL: Discord senders, toddler groups, account names, schools' initials and one-word
streets (part 1); lower-case names before a story, handles after "as", families with
accented surnames and lower-case schools after a lead's role (part 2); letters signed or
opening a note's bullet, pets' names, vets and farms the public visits (part 3), by kind
(invented sentences).

Part 1 (sets GM, GN and GO). Found: a copied Discord message's sender before "today" or
"yesterday" in lower case ("crystalclaws — today at 19:02"); a toddler group named in title
case ("Little Wrens Toddler Group"), without the "We're" before it; an account's name in quotes
after a platform's, a review's or an order's word for it ('Facebook name "Mindaugas Taksi LT"',
'his review name is "JF Waterhead"', 'account name on Messenger is "Lorri Pick"'), whole; a
group's name opening with the initials of a school the text names ('Bridgwater Levels Academy
... group "BLA Taxi Watch"'); a street named in one word ending in "gate" or "way" after "on"
("a salon on Westgate, Wakefield", "Greggs on Briggate").
And, as before, an account's name after "FB name" that holds a nickname stays one finding,
whole ('FB name "Big Mick Littlehey"'); a toddler group named in lower case stays ("a
Wednesday toddler group"), as do a town, a country and a word English writes after "on" ("on
Medway", "on Norway", "on Takeaway night"), and a description in quotes after "Facebook
name" ('"a polish dad"').

Part 2 (sets GP, GQ and GR). Found: a first name in lower case, no everyday word, before a
story, a page or messages of theirs ("on tyler's story"); a handle after a selling or video
platform and "as" ("on Depop as traceysstallstock"), after "snap its" ("add him on snap its
djmitchmixes"), and any token of eight letters or more no word list knows after a platform's
cue; a family named by a surname with accents ("the Szabó family", "The Kováč family"); a
school named in lower case after "dsl" or a lead's role and "@" ("mrs s. akhtar dsl park lane
primary halifax", "the dsl @ marlowe park").
And, as before, a role's word in capitals before "'s" stays ("Caller's concern"), as do a
description in quotes after a platform and "as" ('on facebook as "my daughter"') and a word
English writes after "snap is" ("snap is down").

Part 3 (sets GS, GT and GU). Found: someone's letter alone on a line below a sentence's end,
in a quoted mail too ("... the booking.\n\nA.\n\n> From:", "> M."), or opening a note's
bullet before what they did ("- F. already contacted WYP", "- J. refusing to leave").
Kept: a pet's name after the word for it with a comma, an adjective or a breed ("her favourite
rabbit, Marmalade", "a Border collie called Hope", "his Staffie, Tyson", "their ragdoll cat
Sultan", "our class hamster, Sir Nibbles"), after the animals in the plural ("rabbits; Clover
and Dandelion", "two house rabbits, Dusty and Sage") or before the word for them in brackets
("Martin and Robin (the Shetland ponies)", "Bill (the goat, ...)"); a vet's practice ("Penrhos
Vets", "Hollybush Veterinary Group"); a farm, a rescue or a sanctuary the public visits
("Hollow Lane City Farm", "Hoggs Bottom Farm Park", "Greenmoor Equine Sanctuary"); a breed
in capitals, and the animal named before it ("Barney (the Head's Labrador, ...)").
And, as before, a list's letters one to a line stay ("A.\nB."), a lower-case name after pets
stays redacted ("[jojo gives pets, lola leaves server]"), as do a dog walker's name and a farm
someone lives on ("her dog walker Sarah Jones", "lives at Top Hill Farm").
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_found_whole, assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("crystalclaws — today at 19:02\nhi\nGel_Daddy_UK — today at 19:04\nhey", "crystalclaws"),
        ("We're Little Wrens Toddler Group at the church hall.", "Little Wrens Toddler Group"),
        ("I'm Sunny Days Toddlers Club leader.", "Sunny Days Toddlers Club"),
        ('Facebook name "Mindaugas Taksi LT". Please help.', "Mindaugas Taksi LT"),
        ('His name on order is "J. Fairbanks", address 27 Waterhead Close.', "J. Fairbanks"),
        ('His review name is "JF Waterhead" and he left two.', "JF Waterhead"),
        ('Her account name on Messenger is "Lorri Pick".', "Lorri Pick"),
        (
            'Pupils at Bridgwater Levels Academy have a Snapchat group "BLA Taxi Watch" now.',
            "BLA Taxi Watch",
        ),
        ('Year 9s at Kingsgate High School made a chat "KHS Footy Lads" to share it.', "KHS"),
        ("an apprentice at a salon on Westgate, Wakefield. She says", "Westgate"),
        ("he turned up at Greggs on Briggate last Saturday", "Briggate"),
        ("the guy who owns the shop on Kirkgate wants to meet u", "Kirkgate"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ('Her account name on Messenger is "Lorri Pick".', "Lorri Pick"),
        (
            'He wrote from an illicit phone, FB name "Big Mick Littlehey", asking.',
            "Big Mick Littlehey",
        ),
        (
            'Pupils at Bridgwater Levels Academy have a Snapchat group "BLA Taxi Watch" now.',
            "BLA Taxi Watch",
        ),
        ("We're Little Wrens Toddler Group at the church hall.", "Little Wrens Toddler Group"),
    ],
)
def test_found_whole(text: str, span: str) -> None:
    assert_found_whole(text, span)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("We're Little Wrens Toddler Group at the church hall.", "We're"),
        ("There is a Wednesday toddler group at the library.", "Wednesday toddler group"),
        ("The exchange went to Norway on Saturday; we went on Medway trips.", "Medway"),
        ("He had a meal on Takeaway night with them.", "Takeaway"),
        ('My Facebook name is "a polish dad" for now.', "a polish dad"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


# Part 2, tuned on sets GP (family businesses), GQ (PTAs and fundraising) and GR (family
# celebrations).
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Leicester. video now on tyler's story (per maya).", "tyler"),
        ("Mum's also on Depop as traceysstallstock.", "traceysstallstock"),
        (
            "The DJ told the girls to add him on snap its djmitchmixes and they did.",
            "djmitchmixes",
        ),
        ("Two families said no. One of them, the Szabó family, have a plan.", "Szabó"),
        ("The Kováč family moved here in May.", "Kováč"),
        ("call 12:30 - mrs s. akhtar dsl park lane primary halifax, re pupil (y5)", "park lane"),
        ("i'm the dsl @ marlowe park and a y8 girl is in a tiktok", "marlowe park"),
    ],
)
def test_found_part_2(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Caller's concern: the boy has a new phone.", "Caller's concern"),
        ('her ex posts her on facebook as "my daughter". mum is furious.', "my daughter"),
        ("his snap is down again so he can't reply", "snap is down"),
        ("ask the dsl every time it happens", "ask the dsl every time"),
    ],
)
def test_kept_part_2(text: str, kept: str) -> None:
    assert_kept(text, kept)


# Part 3, tuned on sets GS (pets and animals), GT (young campaigners) and GU (cars and
# driving).
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Euan, please hold off confirming the booking.\n\nA.\n\n> From: Morven Sinclair", "A."),
        ("> I'd like to get advice before we agree anything.\n> M.\n>\n>> From: Euan", "M."),
        ("We'd welcome your view.\nH.\n\n---- Original message ----\nFrom: Jemima", "H."),
        ("Notes:\n- F. already contacted WYP, ref given.\n- mum frightened", "F."),
        ("Notes:\n- mum frightened of reprisals\n- J. refusing to leave his room", "J."),
        ("[jojo gives pets, lola leaves server]\njojo: bye", "lola"),
        ("her dog walker Sarah Jones came to the door", "Sarah Jones"),
        ("She lives at Top Hill Farm with her nan.", "Top Hill Farm"),
    ],
)
def test_found_part_3(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "She made a TikTok about her favourite rabbit, Marmalade, and a man commented.",
            "Marmalade",
        ),
        ("she's a Border collie called Hope and she's brilliant", "Hope"),
        ("Pupil Kian Moloney (Y8) posted his Staffie, Tyson, on his TikTok.", "Staffie, Tyson"),
        ("They post videos of their ragdoll cat Sultan every day.", "Sultan"),
        ("Our class hamster, Sir Nibbles, goes home with a child.", "Sir Nibbles"),
        ("Tuesdays: Miss Ffion Protheroe (rabbits; Clover and Dandelion need clipping)", "Clover"),
        ("We have two house rabbits, Dusty and Sage, who are very popular.", "Dusty and Sage"),
        ("You'll meet Martin and Robin (the Shetland ponies) and the hens.", "Martin and Robin"),
        ("You'll meet Bill (the goat, who will eat your sleeve) on Saturday.", "Bill"),
        ("It died of heatstroke, said the vet (Penrhos Vets). Owen posted it.", "Penrhos Vets"),
        ("Anjali Varma-Reid\nClinical Director\nHollybush Veterinary Group", "Hollybush"),
        ("the city farm near us (Hollow Lane City Farm), she does Saturdays", "Hollow Lane"),
        ("our Year 7 trip to Hoggs Bottom Farm Park in June", "Hoggs Bottom Farm Park"),
        ("Our Year 6 visited Greenmoor Equine Sanctuary in May.", "Greenmoor Equine Sanctuary"),
        ("School Dog Policy for Barney (the Head's Labrador, who is the school dog).", "Labrador"),
        ("School Dog Policy for Barney (the Head's Labrador, who is the school dog).", "Barney"),
        ("Options are:\nA.\nB.\nPlease choose.", "B."),
    ],
)
def test_kept_part_3(text: str, kept: str) -> None:
    assert_kept(text, kept)
