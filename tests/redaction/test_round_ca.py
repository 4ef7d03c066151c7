"""Round CA: what sets EW (hospital youth workers and clinics), EX (libraries, leisure centres
and college esports) and EY (Welsh-medium schools, Irish Traveller and Roma families, SEND
transport and interpreters) showed, by kind (invented sentences).

Found, each whole as one finding (none so before the round): a Welsh school's name over "yng
Nghymru" (a Church in Wales school), over the sea's word written in lower case, and a
federation's or a youth centre's name in Welsh; an Irish-medium college; a Welsh street over an
article after its first word, and a Welsh estate; a site named like a street, its plot before
it, or a site with its street after a comma; a Polish Saturday school with its nation's word; a
child listed with an age beside a found child, though the name is a word English knows; initials
that spell a word before more of a minute's verbs ("summarised", "to link"); a "City College"
with its town; a handle split at its dot into a name and initials, or a name found and the
letters run on after its dot ("lucy.mm"); a gamer's tag after "in-game"; a handle of capitalised
parts after who uploaded or posted something.

Kept: Gypsy, Roma and Traveller peoples and their groups, the slurs used of them, a youth
project named by the people it serves, a Designated Safeguarding Person written short, a
hospital's clinic written short or speaking in a thread, its incident system, its play
specialist and its children's matron, games' team roles, doxxing, a museum, an honour and a book
named with names, a form's "Rather not say", and Welsh words of minutes, chats and letters (each
fails before the round); a site named like a place, a kind of site, "Year 9 and Year 10", a
Diocesan Safeguarding Adviser written short before a minute's verb, a word English knows after
"in-game", and a name before a date of birth's letters or a year group in Welsh ("D.O.B",
"Bl.5"), as before.
"""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.cases import assert_found_whole, assert_kept


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Caller: Mrs Eirlys Prydderch, governor at Ysgol yr Eglwys yng Nghymru Penrhosfa\n"
            "- worried about a page",
            "Ysgol yr Eglwys yng Nghymru Penrhosfa",
        ),
        ("lili.pad: u from ysgol bro y mor? saw ur tag", "ysgol bro y mor"),
        (
            "I'm the DSL at Gaelcholáiste na Mara in Derry, an Irish-medium school",
            "Gaelcholáiste na Mara",
        ),
        (
            "Siôn Caradog, Ffederasiwn Ysgolion Eglwys Bro Tawelan",
            "Ffederasiwn Ysgolion Eglwys Bro Tawelan",
        ),
        (
            "a local adult from y ganolfan ieuenctid pentrefelin is adding pupils",
            "y ganolfan ieuenctid pentrefelin",
        ),
        ("the Traveller site on Ffordd Glan y Môr. Two TikTok accounts", "Ffordd Glan y Môr"),
        ("Cai is 19 and lives on Stad Tan y Graig, Amlwch.", "Stad Tan y Graig"),
        ("Bridie Connors, 15, lives Plot 7, Hazel Lane site, Basildon.", "Plot 7, Hazel Lane site"),
        (
            "an Irish Traveller family living at Ashby Bridge site, Mill Road, Cardiff.",
            "Ashby Bridge site, Mill Road",
        ),
        ("- Patsy: family at Shotton Lane site worried re the older boy", "Shotton Lane site"),
        (
            "She goes on Saturdays to Polska Szkoła Sobotnia im. Marii Konopnickiej in Leeds.",
            "Polska Szkoła Sobotnia im. Marii Konopnickiej",
        ),
        (
            "on the roadside near March. 2 girls Kathleen 14 + Bridget 12 (surname Joyce)",
            "Kathleen",
        ),
        ("The two girls (Shauna 13 and Kathleen 11, surname Ward) moved here.", "Kathleen"),
        (
            "Attendees: Alison Ng (Education), Marc Rosser (Licensing)\n\n"
            "AN summarised three incidents this term. MR to link breaches to licensing.",
            "AN",
        ),
        (
            "Attendees: Alison Ng (Education), Marc Rosser (Licensing)\n\n"
            "AN summarised three incidents this term. MR to link breaches to licensing.",
            "MR",
        ),
        (
            "post BeReal pics from parties. One, Viktor.RL, has asked Jude for his address",
            "Viktor.RL",
        ),
        ("sexual images of our only girl player, Zara Mahmood (in-game zmah), and", "zmah"),
        ("The account was Viktor.RL and the video was uploaded later.", "Viktor.RL"),
        ("lucy.mm  19:10\nim not doing this.\nlucy.mm left the group", "lucy.mm"),
        (
            'a video called "Fails" with him crying. It was uploaded by BuildMasterB. I think',
            "BuildMasterB",
        ),
        (
            "My son went to a taster evening run by City College Norwich esports team.",
            "City College Norwich",
        ),
    ],
)
def test_found_whole(text: str, span: str) -> None:
    assert_found_whole(text, span)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Worker: Zuzana Horvathova, Roma community link worker, Fitzwilliam", "Roma"),
        ("Ion Căldare - Romanian, Romani (Kalderash) - not Fridays", "Kalderash"),
        ("Renata Mirga - Polish, Romani (Polska Roma) - female interpreter", "Polska Roma"),
        ("They film him on the bus and call him pikey and gyppo.", "pikey"),
        ("They film him on the bus and call him pikey and gyppo.", "gyppo"),
        ("Diolch,\nHuw Tomos, Deputy Head / DSP", "DSP"),
        ("Cyfarfod Diogelu / Safeguarding Meeting\nYn bresennol / Present: the DSP", "Cyfarfod"),
        ("Cyfarfod Diogelu / Safeguarding Meeting\nYn bresennol / Present: the DSP", "bresennol"),
        ("Deio_T: dileu fe nawr plis", "dileu"),
        ("Cadi: nath rywun weld be nath Osian postio", "nath rywun"),
        ("Pwyllgor Llywodraethwyr / Governing Body - item 4", "Pwyllgor Llywodraethwyr"),
        ("Shw mae,\n\nI'm an escort on the Ysgol Pen Coch route", "Shw mae"),
        ("Referrer: Kostas Papadakis, Health Adviser (GUM)", "GUM"),
        ("INCIDENT REPORT (Datix ref withheld)", "Datix"),
        (
            "[SMS thread]\nClinic: Hi, this is the sexual health clinic\nJade: ok\nClinic: see you",
            "Clinic",
        ),
        ("Present: Hollie Dobbs (Paeds Matron), JD (minutes)", "Paeds Matron"),
        ("Referrer: Oluwaseun Adebayo-Clarke, Play Specialist", "Play Specialist"),
        ("ADC - Reuben Clarke - rubesy\nDPS - Callum Fraser - frasier_crane", "DPS"),
        ("the doxxer is an ex-student. Doxxing reported to police", "Doxxing"),
        (
            "Other museums (we asked at the Victoria and Albert training day) differ",
            "Victoria and Albert",
        ),
        ("one display mentions a Victoria Cross holder's letters home", "Victoria Cross"),
        ("our most borrowed title this year is still Malory Towers!", "Malory Towers"),
        ("Name: Rather not say\nRole: Member of public", "Rather not say"),
        ("offering him diamonds (in-game currency) and asking him", "currency"),
        ("Bogdan, youth worker at a Roma youth project in Newport", "Roma youth project"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


def test_a_diocesan_safeguarding_adviser_before_a_minutes_verb_is_a_post() -> None:
    """More of a minute's verbs make capitals before them initials ("MR to link"); a post
    written short before one stays a post, as before the round."""
    text = "Present: Canon Philippa Strong (chair), Dr Ikenna Ude (DSA). DSA to refer to LADO."
    assert redact(text).text.count("DSA") == 2


def test_a_name_before_a_date_of_births_letters_or_a_year_is_no_handle() -> None:
    """A name's run-on at a dot makes a handle only after a name's word and before a letter or
    two digits: not "D.O.B" after an initial, nor Welsh "Bl.5" (Year 5)."""
    redacted = redact("Name: Zara Iqbal D.O.B 1st September 2009. Cerys, Bl.5 / Year 5").text
    assert ".O.B" in redacted
    assert ".5 / Year 5" in redacted


def test_a_site_named_like_a_place_or_by_its_kind_is_no_address() -> None:
    """Writers keep a site named like a place ("the Castle Kennedy site") and a kind of site
    ("the Traveller site", "the Council site"); only a street's name or a street makes one an
    address."""
    text = "a family on the Castle Kennedy site asked for help, not the Traveller site or the"
    text += " Council site."
    assert redact(text).text == text


def test_year_groups_and_rooms_with_numbers_are_no_children() -> None:
    text = "Year 9 and Year 10 pupils met in Room 4 and Room 12."
    assert redact(text).text == text
