"""Classes the round on set I dealt with, each in sentences written afresh (invented people
and places, not I's wording): places, public terms, characters and slang that must survive,
and the same words where they stand as names."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.coverage import covered


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A town, borough or country no name shares stands as a place wherever it is.
        ("Cleckheaton lad, 15, has been sending the pictures round.", "Cleckheaton"),
        ("Sent from my phone\nTodmorden", "Todmorden"),
        ("I run youth sessions in Brighouse and Sowerby Bridge.", "Sowerby Bridge"),
        ("Southwark MASH took the referral on Friday.", "Southwark"),
        ("Bulgaria and Austria are where the numbers were registered.", "Austria"),
        ("Moldova, he said, was where the money went.", "Moldova"),
        # Police divisions, parks and attractions named with everyday or name-like words.
        ("Police Scotland, Renfrewshire and Inverclyde division, were told.", "Inverclyde"),
        ("Officers from the Lothians attended.", "Lothians"),
        ("They arranged to meet at Sefton Park after school.", "Sefton Park"),
        ("A group of Year 9s went to Alton Towers with him.", "Alton Towers"),
        ("Photos from Brighton Pier were shared in the group.", "Brighton Pier"),
        # Acronyms of public bodies and ratings, in any case.
        ("We have reported it to the nca and ceop.", "nca"),
        ("The NWG network gave us advice.", "NWG"),
        ("It has a PEGI 18 rating.", "PEGI"),
        # Kinds of setting and platforms' features written in capitals.
        ("He now attends the Pupil Referral Unit three days a week.", "Pupil Referral Unit"),
        ("Her account was moved into Teen Accounts last month.", "Teen Accounts"),
        ("TikTok's Family Pairing was switched off.", "Family Pairing"),
        # Characters, leaders' names of Cubs, and slang.
        ("The class watched Aladdin at the Christmas panto.", "Aladdin"),
        ("Akela at the Cub pack saw the messages first.", "Akela"),
        ("He keeps calling himself a Sigma and posting about Rizz.", "Rizz"),
    ],
)
def test_words_that_must_survive_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A place's name as a person's: a title before it, a surname after it, or the same
        # word inside a longer name elsewhere in the text.
        ("Sgt Cleckheaton from the schools team rang back.", "Cleckheaton"),
        ("DSL (Mrs Todmorden): please bring the phone in.", "Todmorden"),
        ("Pupils: Brighouse Okafor (Year 4).\nBrighouse said it was a joke.", "Brighouse"),
        # A country of one word before a surname is a first name.
        ("Moldova Petrenko sent the first message.", "Moldova Petrenko"),
        ("Chad Warrender added her on Snapchat.", "Chad Warrender"),
    ],
)
def test_the_same_words_as_names_are_redacted(text: str, name: str) -> None:
    assert covered(text, name)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # Nicknames in capitals without quotes, in text that is not in capitals.
        ("the year 10s call him BIG K and he runs the group", "BIG K"),
        ("LIL ROO is the one who sent it", "LIL ROO"),
        ("she said YOUNG DEX had the video first", "YOUNG DEX"),
        # Usernames: a streamer's or gamer's tag after a dot; CamelCase or capitals with digits.
        ("her friends are all following MoonyGal.exe now", "MoonyGal.exe"),
        ("then Zorb.TTV started sending the links", "Zorb.TTV"),
        ("messages came from PondSkater2010 all night", "PondSkater2010"),
        ("JAYVIKX2012 added her to the group", "JAYVIKX2012"),
        # A display name of capitalised words and a number after a word for a sender.
        ("she got a friend request from Moody Marcus 77 last night", "Moody Marcus 77"),
        ("the account Sneaky Ren 07 keeps posting about her", "Sneaky Ren 07"),
        # Streets in lower case named by everyday words, after a word that says one is there;
        # Welsh streets in lower case.
        ("they live on plum orchard lane by the shop", "plum orchard lane"),
        ("her nan's house is on queen mary road", "queen mary road"),
        ("the flat on heol y gwenith is where he stays", "heol y gwenith"),
        ("address given was 7 ffordd y bryn, bala", "7 ffordd y bryn"),
        # A school by a bare lower-case name with a place word, where the text says school.
        ("he's year 8 at thornbury fold and the dsl knows", "thornbury fold"),
        ("she got moved from calverley dene last term", "calverley dene"),
    ],
)
def test_names_usernames_streets_and_schools_are_redacted(text: str, span: str) -> None:
    assert covered(text, span)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # The same shapes where they are no one's: a programme or band in capitals, a file,
        # a product's year, a street that is no street's name, a lane described, not named.
        ("we watched BIG BROTHER together", "BIG BROTHER"),
        ("LITTLE MIX were playing in the car", "LITTLE MIX"),
        ("he ran Setup.exe on the school laptop", "Setup.exe"),
        ("the COVID2020 lockdown made it worse", "COVID2020"),
        ("the message came from Year 10 pupils", "Year 10"),
        ("he is Football Manager 24 mad", "Football Manager 24"),
        ("it was sent by September 2023 at the latest", "September 2023"),
        ("she lives on our road, two doors down", "our road"),
        ("they live at the top of the hill", "top of the hill"),
        ("living on the main road is noisy", "main road"),
    ],
)
def test_the_same_shapes_that_are_no_ones_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Lower-case first names that are everyday words or short forms, where the text
        # treats them as names: a verb of speech or action after, a possessive before what is
        # theirs, a list of names, a cue before.
        ("autumn keeps messaging him at night", "autumn"),
        ("then hope blocked the account", "hope"),
        ("i think faith's phone has the pictures", "faith"),
        ("ruby, jade and amber were all in the chat", "amber"),
        ("stan said the lad is older than he says", "stan"),
        ("mo's brother took the phone off her", "mo"),
        ("her friend kez saw it first", "kez"),
        ("spoke to morag on the phone", "morag"),
        ("kacey and ellie-mae were added to the group", "kacey"),
        ("he told rob that he would share them", "rob"),
        ("bill the caretaker saw the boys by the gate", "bill"),
        ("mo - year 10 - was the one filming it", "mo"),
        # A first name that is also a word before a surname English does not know.
        ("June Adebanjo rang about the messages.", "June Adebanjo"),
        ("I spoke to May Brannagh today.", "May Brannagh"),
        # Lower-case and capitals full names whose first name is also a town.
        ("saw shirley bramwell at the gate this morning", "shirley bramwell"),
        ("KIMBERLEY DODWELL sent the link round", "KIMBERLEY DODWELL"),
    ],
)
def test_names_that_are_words_or_short_forms_are_redacted(text: str, name: str) -> None:
    assert covered(text, name)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # The same words where they are words: after an article, a modal before a pronoun,
        # a season before a noun, a possessive after "the".
        ("the summer's heat made everyone tired", "summer"),
        ("over the summer holidays it got worse", "summer"),
        ("we paid the bill and moved on", "bill"),
        ("spring and summer are the busiest", "summer"),
        ("during the summer the caretaker painted the hall", "summer"),
        ("the boys will rob you blind on that game", "rob"),
        ("It was a Blessing that she told her teacher.", "Blessing"),
        ("Thanks, Will you be able to call me back?", "Will"),
        ("They swam in the River before the rain.", "River"),
        ("The Summer Term letter went out on Monday.", "Summer Term"),
    ],
)
def test_the_same_words_as_words_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out
