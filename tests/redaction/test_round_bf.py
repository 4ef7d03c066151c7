"""Round BF: what sets CM and CN showed, by kind (invented sentences).

Kept: a service's or a post's short form standing where a note writes initials ("IRO to
review", "IRO: <name>"); a hospital's ward by its number ("Ward D2"); hospitals known by a
short name ("the John Radcliffe", "Stepping Hill"), by their place and emergency department
("Fernleigh Park ED", "Ashby General A&E"), after "A&E" ("A&E at Moss Bank") or in Welsh
("Ysbyty Penrhos"); names given to things in a list after a word that says so ("the rooms
are named Poppy, Bramble and Fern", "uses the names Hope and Joy", "characters: Will, Hope
and Grace", 'agents like "Sage" and "Jett"', "characters — Sukuna, Gojo —") or before one
('"Steve" and "Alex" are the default skins'), or played or worn as a costume ("mains Sage",
"dressed as Mario"); a place of worship's street ("the mosque on Colne Road"); a common word
after a family or carer word that reads as a note's name slot ("mum is aware", "carers
aware"); an emergency department in capitals ("attended ED twice", "ED records") and
paediatric posts ("Paediatric Liaison", "Supervisee:").

Redacted: a street where a shop stands, where someone works or was seen, as the brief
settles ("the Spar on Harcourt Road", "a café on Tanyard Street"); a college's institute of
technology and a college named for what it teaches ("Tyneview Institute of Technology",
"Eastbank College for Digital Skills"); a name beside a post's short form ("IRO: Nadia
Brennan-Okafor"); a surname that is a hospital's town ("Louisa Pembury"); a name's initial
before a year group ("Talia J in year 9"); a letter in quotes standing for a child after a
comma or a dash ('Y11 girl, "P",', 'Y9 boy, "G.",'); two capitalised parts run together as
handles are made with no cue before them: a first name and a word, a word and a gamer's word,
or alone in brackets after a name or a platform ("HanaHeals", "KearneyGaming", "Owen
(PebbleAdmin)", "on discord (ViperLoans)"), not a brand in brackets ("(SanDisk)") or a
blessing ("InshaAllah"); a quoted name holding someone's after a profile, WhatsApp, Discord or
"calling himself" (or a bracket after such a word), whole ('his Discord server ("Tam's Dev
Den")', 'profile "Uncle Baz Derby"', 'calling himself "Coach Robbo"'); an address with its
house number in words as speech-to-text writes it ("it's twelve pennyroyal close", "the
address of the shul forty two ballards lane"), not "two way street" or "one person's view";
a spoken number's extension ("... extension two one four").
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("IRO: Nadia Brennan-Okafor\nPresent: foster carer, social worker", "Nadia Brennan-Okafor"),
        ("Louisa Pembury rang the office about the photos.", "Louisa Pembury"),
        ("Kyle A&E visit on Sunday, mum with him.", "Kyle"),
        ('"Talia J in year 9 has been sent it", the post says.', "Talia J"),
        ('Y11 girl, "P", sextortion? no, more like images shared. P said her ex', "P"),
        ('- Y9 boy, "G.", streams Minecraft in Welsh. G. says the viewers', "G"),
        (
            "She is a learner at Tyneview Institute of Technology.",
            "Tyneview Institute of Technology",
        ),
        ("a student at Eastbank College for Digital Skills", "Eastbank College for Digital Skills"),
        ("Dad runs the Spar on Harcourt Road and she helps there.", "Harcourt Road"),
        ("Her father's business (a café on Tanyard Street, Llanelli) was named.", "Tanyard Street"),
        ("Supervisee: Lauren Fettlebury (school nurse)", "Lauren Fettlebury"),
        ("mum is tracey, she rang back", "tracey"),
        ('- Hana – "HanaHeals" (streams Overwatch)', "HanaHeals"),
        ("Roblox contact with him under TullyGaming and t.tully_wirral.", "TullyGaming"),
        ("Can you advise? – Owen (PebbleAdmin)", "PebbleAdmin"),
        ("a guy on discord (ViperLoans) lent him coins", "ViperLoans"),
        ('He invited them to his Discord server ("Tam\'s Dev Den") to collab.', "Tam's Dev Den"),
        ('A man messaged her – profile "Uncle Baz Derby"', "Uncle Baz Derby"),
        ('The server had an adult calling himself "Coach Robbo". Police', "Coach Robbo"),
        ("his address posted it's twelve larkspur close i'm saying it so", "twelve larkspur close"),
        ("the address of the shul forty two fennick lane and the time", "forty two fennick lane"),
        (
            "ring oh one six one four nine six oh two eight one extension two one four thanks",
            "extension two one four",
        ),
        ("It was the main Tyler incident of the term.", "Tyler"),
        ("An adult male using the names Reaper_Nephew and reapernephew#4410.", "Reaper_Nephew"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("IRO: Nadia Brennan-Okafor\nPresent: foster carer, social worker", "IRO"),
        ("Plan agreed. IRO to review in three months; HV to visit.", "IRO"),
        ("Plan agreed. IRO to review in three months; HV to visit.", "HV"),
        ("She was discharged from Ward D2 on Friday.", "Ward D2"),
        ("He has been on a ward at the John Radcliffe since Tuesday.", "John Radcliffe"),
        ("She was in Stepping Hill in the spring with a broken wrist.", "Stepping Hill"),
        ("He attended Fernleigh Park ED twice this year.", "Fernleigh Park ED"),
        ("She has been to Ashby General A&E four times.", "Ashby General A&E"),
        ("He was referred by A&E at Moss Bank after the post.", "Moss Bank"),
        ("She came home from Ysbyty Penrhos on Friday.", "Ysbyty Penrhos"),
        ("If there is immediate risk, go to A&E Northwick Park.", "A&E Northwick Park"),
        ("This year the rooms are named Poppy, Bramble and Fern, and parents tag them.", "Poppy"),
        ("Our house system uses the names Hope, Joy and Will after our values.", "Will"),
        ("The video has three invented characters: Will, Hope and Grace.", "Grace"),
        ('Valorant agents like "Sage" and "Jett" are what they call each other.', "Sage"),
        ("They chat about anime characters — Sukuna, Gojo, Nezuko — all day.", "Gojo"),
        ("lil.sage.main (14, mains Sage in Valorant) reported it", "Sage"),
        ("He wants to do the whole stream dressed as Mario, bless him.", "Mario"),
        ("They want to involve the mosque on Colne Road and the youth club.", "Colne Road"),
        ("Victim's mum is aware. He is very low.", "aware"),
        ("Both carers aware a referral will be made.", "aware"),
        ("She attended ED twice in October; health to flag ED records.", "attended ED"),
        ("She attended ED twice in October; health to flag ED records.", "ED records"),
        ("Kerry Dunstan, Paediatric Liaison Nurse, rang.", "Paediatric Liaison Nurse"),
        ("Supervisee: Lauren Fettlebury (school nurse)", "Supervisee"),
        ("Seized: Lenovo laptop, two USB sticks (SanDisk)", "SanDisk"),
        ("InshaAllah he will be ok but I want to do something.", "InshaAllah"),
        ("well it is two way street with her", "two way street"),
        ("and it's one person's view really", "one person's view"),
        ('Note that "Steve" and "Alex" are just the default Minecraft skins.', "Alex"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
