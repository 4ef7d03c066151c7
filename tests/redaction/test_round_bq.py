"""Round BQ: what sets DM (online gaming and esports), DN (messages typed in haste or
dictated) and DO (health and the wider children's workforce) showed, by kind (invented
sentences).

Found, each whole as one finding (none so before the round): what a caller reads out or
spells (postcodes and house numbers in words, a landline of twelve digits, names letter by
letter, a word said to be spelt so, a second guess at a name, a caller's first name in lower
case, handles with "underscore" and "dot"); a group's name unquoted after "called" to the
end of its clause, and a server's named for its owner; an account's number after "ID"; a
capital or initials opening a note's line or a numbered minute; a chat's short forms of
names and names before an order; a town's name after a letter's greeting; an everyday
surname after a name given as one; a double first name ending in a doubled letter; a team
named by one word before its age group; a trust's academy named by its town at a line's end.

Kept: a second word after "or" that is not another spelling of the name, a weather word
after "it's", a red dot on screen, an acronym after a college, an age group after an
acronym or a sport, a description after "called something like", a post's initials or
capitals before "to", a video's number, letters of a body spelt out, a voice assistant as
the device ("use Alexa"; a girl called Alexa is still found: "my daughter Alexa is 9").
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_found_whole, assert_kept


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "we're at thirty one Moss Vale Road, postcode is S K nine two R W, ring me",
            "thirty one Moss Vale Road",
        ),
        (
            "we're at thirty one Moss Vale Road, postcode is S K nine two R W, ring me",
            "S K nine two R W",
        ),
        ("the address is nine Linden Grove WF two eight L N so they know", "WF two eight L N"),
        ("mum says postcode is bee ell one three ar tee if that helps", "bee ell one three ar tee"),
        (
            "please ring me back on oh one six three two nine six oh one two three four thanks",
            "oh one six three two nine six oh one two three four",
        ),
        ("this is Mrs Wojcik, that's W O J C I K, about my son", "W O J C I K"),
        ("my name is Tendai Moyo M O Y O I am ringing about my girl", "M O Y O"),
        ("my name is Rosa Pereira P E R E I R A I'm ringing about my son", "P E R E I R A"),
        ("my lad's name, it's ellis spelt with two Ls, is in year 8", "ellis"),
        ("the one messaging her is called Freddie i think Freddy. she blocked him", "Freddy"),
        ("his name is jake or jack something she isnt sure", "jack"),
        ("hiya it's joy calling back about my son", "joy"),
        (
            "his snap is lil underscore dre underscore two four and he",
            "lil underscore dre underscore two four",
        ),
        (
            "Priya (Y8) came to me. Someone made a group chat called priya is a liar and they "
            "added half the year.",
            "priya is a liar",
        ),
        ("she told me about his Discord (Tayo's Army), full of swearing", "Tayo's Army"),
        (
            'a Discord server set up by the club, "Kofi\'s Manga Cult", is used to mock him',
            "Kofi's Manga Cult",
        ),
        ("The Facebook page is Lena's Brave Fight.\n\nThanks", "Lena's Brave Fight"),
        ("we reported user ID 743902118876540321 to Discord", "743902118876540321"),
        ("Girl: Scarlett Doyle, 12\n- S watches a Roblox vent game", "S"),
        ("Minutes\n1. Apologies noted.\n2. JD advised the family to keep screenshots.", "JD"),
        (
            "tiny_teo: im 12\nVexx: leave him\nDaddyDom: mind ur business\n"
            "DaddyDom: teo turn ur mic on",
            "teo",
        ),
        ("Mic_Up: whats ur name\nAutumn_Sky_x: autumn\nMic_Up: lol\nAutumn_Sky_x: ye", "autumn"),
        (
            "Zara_xo: hi\nNightOwl: cass ur so pretty\nCass_Pierre: thanks\n"
            "Note: my daughter is Cassandra Pierre",
            "cass",
        ),
        ("Dear Moira,\n\nThank you for coming in on Tuesday.", "Moira"),
        ("the coach, his name is Neil Cross. can you help", "Neil Cross"),
        ("girls including Jodie Salt and Ellie Plant from our school", "Ellie Plant"),
        ("Concern: Ruby-Lee has been messaging a man", "Ruby-Lee"),
        ("a video went round the Falcons U11s chat", "Falcons U11s"),
        ("she started at Co-op Academy Bradford.\nMum is worried", "Co-op Academy Bradford"),
    ],
)
def test_found_whole(text: str, span: str) -> None:
    assert_found_whole(text, span)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("nobody is named Frank or Hope in the play", "Hope"),
        ("Oak Lane Infants, Frome\n(it's sunny here today btw!)", "sunny"),
        ("mum was screen-recording (red dot on screen) at the time", "red dot"),
        ("Attends Shepway Coast College ESOL.\n- has been", "ESOL"),
        ("Subject: GAA U12 girls - WhatsApp group", "U12 girls"),
        ('group "Netball U12 parents" - Ashburn Netball Club', "Netball U12 parents"),
        ("He says the account was called something like Rich Irish Girls.", "Rich Irish Girls"),
        ("Post widely shared. DSA to refer to LADO today.", "DSA"),
        ("- aunt asked us NOT to tell dad", "NOT"),
        ('the friendship group who mention "Jonno\'s flat" a lot', "flat"),
        ("TikTok removed it (Video ID: 7402231187765544321) today", "7402231187765544321"),
        ("she should call C E O P straight away", "C E O P"),
        ("Is it safe to use Alexa in a Year 2 classroom?", "use Alexa"),
        ("Alexa, play the register song", "Alexa"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
