"""Round P's classes of missed names (issue 9): settings named with their kind in short form
or for a place where only a setting stands, youth and sports settings, word names and
initials where a person stands. Every sentence is invented for these tables (no set's
text), and each class has hard negatives: the same cue words where nothing is named."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.coverage import covered


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        # A place's or a person's name and a kind in short form, after going there, "at",
        # "from" or a role in a bracket.
        ("my son goes to marston vale boys and gets the bus.", "marston vale boys"),
        ("u go kenwick girls?? i seen u on the bus", "kenwick girls"),
        ("new pics of mia from whitburn comp", "whitburn comp"),
        ("call from jo (DSL, brackenridge primary) re a year 5 girl.", "brackenridge primary"),
        ("she is 17 and still at holy cross grammar sixth form.", "holy cross grammar"),
        ("he moved to barnsley juniors last year.", "barnsley juniors"),
        # A caller's name in brackets after a role, then "from" the setting.
        ("caller: dsl (nina) from brantmoor park, bolton. a yr 8 boy", "brantmoor park"),
        # "Our Lady's" opens a school's name as "Our Lady of" does.
        ("girls from Our Lady's RC High were sent it.", "Our Lady's RC High"),
        # Youth zones, learning centres and communities, junior football clubs.
        ("notes from Ravensfield Youth Zone, Tues.", "Ravensfield Youth Zone"),
        ("from the head of Kelsey Brook Learning Centre (a PRU).", "Kelsey Brook Learning Centre"),
        ("pupils at Marlow Cross Learning Community in Kent.", "Marlow Cross Learning Community"),
        ("His club is Keldholme Town Juniors FC.", "Keldholme Town Juniors FC"),
        # A club where a child plays or trains, or the club a note names.
        ("my lad plays for Dunmore Athletic on sundays.", "Dunmore Athletic"),
        ("she trains with Harrowgate Rovers twice a week.", "Harrowgate Rovers"),
        ('coach "Dev", club Marsh Lane Rovers, Sam is 12.', "Marsh Lane Rovers"),
    ],
)
def test_settings_in_short_form_and_clubs_a_child_is_at(text: str, setting: str) -> None:
    assert "SCHOOL" in covered(text, setting)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("he is at school today and in sixth form next year.", "at school today"),
        ("he is at school today and in sixth form next year.", "sixth form"),
        ("she is in year 9 at the comp.", "at the comp"),
        ("she was at primary then. Year 9 now.", "at primary"),
        ("he goes to the local comp.", "the local comp"),
        ("messages from older girls and from two boys.", "from older girls and from two boys"),
        ("girls from leeds are in the chat.", "girls from leeds"),
        ("from DSL at Glenmoor primary dept.", "primary dept"),
        ("we go to marston vale boys toilets.", "boys toilets"),
        ("he supports Manchester United and watched Leeds United.", "Manchester United"),
        ("he supports Manchester United and watched Leeds United.", "Leeds United"),
        ("the Learning Centre is shut; the youth zone too.", "the Learning Centre is shut"),
        ("the Learning Centre is shut; the youth zone too.", "the youth zone"),
        ("mum (jess) from home rang.", "from home"),
        ("a gif from tiktok girls.", "tiktok girls"),
    ],
)
def test_setting_words_with_nothing_named_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A word and an age in brackets; a name opening a bracket before a year group.
        ("gift (14) is scared to go back.", "gift"),
        ("a boy in her form (Jasper, Y9) sent it.", "Jasper"),
        ("a girl in my tutor group (Hope, Y10) said it stopped.", "Hope"),
        # A role and a name in a bracket, a relation and a name in brackets.
        ("anon caller (youth worker, tam) – a boy at the club.", "tam"),
        ("her ex (brandon) posted it on his story.", "brandon"),
        ("his mate (kyle) has the video.", "kyle"),
        # A listed first name before a staff role in brackets.
        ("staff member rich (PE tech) has been messaging her.", "rich"),
        # The writer's name after a dash at the text's end, or after "worker".
        ("can you call back after 4? – will", "will"),
        ("what should we log here? – oisin (worker)", "oisin"),
        ("Advised re reporting. Worker eilidh.", "eilidh"),
        # Kin words and nickname adjectives with a name in quotes: the whole name.
        ('messages from "auntie jen" – not a real aunt.', "auntie jen"),
        ('Screenshot (Snapchat):\nChat with "Big Dave 🐐" (davey_b)', "Big Dave"),
        # Single capitals where only a person stands.
        ("K said he would send more.", "K"),
        ("Tobi was added to it. R concerned about CCE.", "R"),
        ("then we told H about it.", "H"),
        ("T and his mate came round after.", "T"),
        ("uncle R said it was fine.", "R"),
        ("Worker: who did it, J?", "J"),
        # A lower-case initial after a lower-case name; a listed first name opening a note's
        # line before "from" a setting found.
        ("it was put up by a kid called jayden r i think.", "jayden r"),
        ("09.20 frank from holy cross (ddsl). a yr 5 boy", "frank"),
        # Surnames by their shape and a Gaelic surname's "a'".
        ("We have a Year 10 lad (Tom Wiśniewski) who was added.", "Tom Wiśniewski"),
        ("From: DS Ruairidh Mac a' Ghobhainn\nTo: the helpline", "Mac a' Ghobhainn"),
    ],
)
def test_names_where_only_a_person_stands(text: str, name: str) -> None:
    assert "PERSON" in covered(text, name)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("hope this helps – will be in touch.", "hope this helps – will be in touch."),
        ("a frank discussion; a gift for her; have mercy.", "a frank discussion"),
        ("a frank discussion; a gift for her; have mercy.", "a gift"),
        ("they are rich kids (14) too, and it cost a gift (14 quid).", "rich kids"),
        ("they are rich kids (14) too, and it cost a gift (14 quid).", "a gift"),
        ("the victim (child, 14) and the suspect (adult, 19).", "(child, 14)"),
        ("call back tomorrow – urgent", "urgent"),
        ("she needs help - thanks", "thanks"),
        ("the case is closed – nfa", "closed"),
        ("we live near Brandon (Suffolk).", "Brandon"),
        ("Year 9 K said no. Plan B is fine. Vitamin D was low.", "Year 9 K"),
        ("Year 9 K said no. Plan B is fine. Vitamin D was low.", "Plan B"),
        ("Year 9 K said no. Plan B is fine. Vitamin D was low.", "Vitamin D"),
        ("A level results; Key Stage 2; the letter A; a T-shirt.", "Key Stage 2"),
        ("A level results; Key Stage 2; the letter A; a T-shirt.", "T-shirt"),
        ("options: a) block b) report. Is it B? grades A, B, C.", "Is it B?"),
        ("Section C concerned the app; Option D advised blocking.", "Section C concerned"),
        ("Section C concerned the app; Option D advised blocking.", "Option D advised"),
        ("options: a) block b) report. Is it B? grades A, B, C.", "A, B, C"),
        ('added to a group chat "Big Brother Fans".', "Big Brother Fans"),
        # The letter after a name that is a word of a hurried note stays beside the name.
        ("thanks sam x. sam n jo came, c u later", "{name} n {name} came, c u later"),
        ("09.20 video from tiktok of the fight", "video from tiktok"),
    ],
)
def test_words_beside_those_slots_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ('Message from buyer "Kevin Lloyd 441" to the seller.', "Kevin Lloyd 441"),
        ('a reply from "Sarah Oakes 07" under the post.', "Sarah Oakes 07"),
        ("One of the admins is Jo.the.big.Dog and she posts daily.", "Jo.the.big.Dog"),
        ("acct name Kofi Ghana UK. carer worried re a job offer.", "Kofi Ghana UK"),
        ("an account called Jess Leeds UK sent it.", "Jess Leeds UK"),
    ],
)
def test_accounts_written_as_names_with_numbers_or_dotted_words(text: str, account: str) -> None:
    assert "USERNAME" in covered(text, account)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('we were in "Year Nine 2024" and "Room Twelve 101".', "Year Nine 2024"),
        ('we were in "Year Nine 2024" and "Room Twelve 101".', "Room Twelve 101"),
        ("see www.example.org.uk for the St.Mark.Centre rota.", "St.Mark.Centre"),
        ("the account name is UK based.", "UK based"),
    ],
)
def test_numbers_and_dots_that_name_no_account_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out
