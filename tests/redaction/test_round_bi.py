"""Round BI: what sets CS and CT showed, by kind (invented sentences).

Kept: a service's or a post's acronym before the name of the person who stands for it in a
line of who came ("Attendees: CSC (SW Tamsin Yardley)", "CEO (Ruth Pellow)"), while
initials before a role in brackets still go ("TO (Headteacher)"); nurses' and health
visitors' post-nominals after a name ("RGN", "SCPHN"); "Sirs" after "Dear"; a courtesy title
of another language before a name ("Señora", "Madame", "Herr": the name goes, the title
stays); firms of lawyers, their letterheads in capitals too ("Castlegate Solicitors LLP",
"HOLLOWAY GATE SOLICITORS", "MARSHGATE FAMILY LAW"); programmes and festivals named in title
case ("Healthy Child Programme", "Harvest Festival"); everyday words of staff rotas ("set up
for rota swaps"); tags of mark-up opening lines ("<b> Warning</b>"); a word in lower case
in quotes that English writes often, after "as" or "called" ('report it as "scam"', 'he
says it was "banter"'); the names someone is called in lower case ('he has been called
"hamster killer"'); "named above"; counts' and logs' headings and opening hours ("Comments
(21)", "Timestamp(s):", "Mon-Fri").

Redacted: the speakers of a chat log written "<name> message" ("<SparkleMoth> hiya"); a
name found in lower case again before "wanna" ("ruby wanna be on my team?"); initials that
fill a log's field of staff though they spell a subject ("Caseworker: RS"); initials before
what an action has them do ("JOD to run a short refresher"); a child named by a parent's tie
("the mum of Juniper", "Mummy of Bear:") or with an age in brackets and more ("Bear (18
months, at home)"), not a count or a term ("a Galaxy (1,000 coins)", "Referral Order (6
months)"); a childcare setting named by one word before "Kindergarten" or "Nurseries", and a
company of nurseries ("Sunflower Kindergarten", "Tiny Steps Nursery Group"); an everyday
word found as a name, again where it stands capitalised inside a sentence with no capitalised
word beside it ("Blue's mum ... the photo of Blue holding Biscuit"), not in a capitalised
phrase, after an article or "on", nor as a place or a nationality ("a Blue Badge", "the
Summer term", "from Sydney"); the initials in a letter's reference ("Ref: JMcB/PL/44",
"quoting ref GMH/TB/2211"), not a force's or a unit's ("ref CR/1122/25", "Our ref:
CAIU/NW/5531"); "Shelley", a first name the lists lacked.
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Attendees: CSC (SW Tamsin Yardley), police (DC Omar Brack), nursery DSL", "Yardley"),
        ("Present: JR (chair), PK, CEO (Ruth Pellow), Trust Safeguarding Lead", "Pellow"),
        ("Present: DPH (Chair), TO (Headteacher), AN (Youth Justice)", "TO"),
        ("Many thanks,\nBeata\n\nBeata Kowalczyk RGN SCPHN (HV)\nFenwick 0-19 team", "Kowalczyk"),
        ("a photo of our Spanish teacher, Señora Marisol Quintero, with a caption", "Quintero"),
        ("Bonjour Madame Lefebvre-Dubois, merci pour votre message.", "Lefebvre-Dubois"),
        ("<SparkleMoth> hiya anyone on\n<zed_77> ya\n<SparkleMoth> ok!!!", "SparkleMoth"),
        ("<Pixie_09> im ruby btw\n<zed_77> ruby wanna be on my team?", "ruby"),
        ("Case 24-0001 | Opened: Mon 10:40 | Caseworker: RS\nCaller: parent", "RS"),
        ("Actions:\n- JOD to run a short refresher at the next INSET.\n- All staff", "JOD"),
        ("I think that's Kirsty Bellwood, mum of Juniper in Acorns.", "Juniper"),
        ("[19:06] Mummy of Bear: shes useless tbh", "Bear"),
        ("Children: Ignacy (3, nursery), Bear (18 months, at home)", "Bear"),
        ("Sunflower Kindergarten – staff contact list (INTERNAL)", "Sunflower"),
        ("I'm the HR partner for Sunbeam Nurseries Group (nine settings).", "Sunbeam"),
        ('Her account was renamed "jadebxx" after that.', "jadebxx"),
        ("Blue's mum is upset. She shared the photo of Blue holding Biscuit.", "Blue"),
        ("Yours faithfully\n\nParkside Law\nRef: JMcB/PL/44", "JMcB"),
        ("please reply by post, quoting ref GMH/TB/2211.", "GMH"),
        ("please reply by post, quoting ref GMH/TB/2211.", "TB"),
        ("Shelley says it is totally untrue, she doesnt drive.", "Shelley"),
        ("the Data Protection Officer for Tiny Steps Nursery Group (11 settings)", "Tiny Steps"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


ROTA_MINUTES = """Present: Marcia Thompson-Reid (Manager), Jess O'Dowd (Deputy), Kinga, Bea, Lottie

Item 1 - Staff WhatsApp group
MTR said the group was set up for rota swaps, not for talking about children or families.
- The group is closed as of tonight. Rota swaps will go through the staff app."""


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Attendees: CSC (SW Tamsin Yardley), police (DC Omar Brack), nursery DSL", "CSC"),
        ("Present: JR (chair), PK, CEO (Ruth Pellow), Trust Safeguarding Lead", "CEO"),
        ("Many thanks,\nBeata\n\nBeata Kowalczyk RGN SCPHN (HV)\nFenwick 0-19 team", "RGN SCPHN"),
        ("Dear Sirs\n\nOur client: Mrs F. Thornbury", "Dear Sirs"),
        ("a photo of our Spanish teacher, Señora Marisol Quintero, with a caption", "Señora"),
        ("Yours sincerely\n\nCastlegate Solicitors LLP\ncc: Mr Gethin Rowntree", "Castlegate"),
        ("HOLLOWAY GATE SOLICITORS\nMedia & Reputation\n\nDear Sirs", "HOLLOWAY GATE"),
        ("MARSHGATE FAMILY LAW\n\nMr and Mrs Quarrie\n8 Heronsgate Walk", "MARSHGATE FAMILY"),
        ("Nkemdi Obi\nFenwick City 0-19 Healthy Child Programme\n", "Healthy Child Programme"),
        ("photos of your Reception children from the Harvest Festival album", "Harvest Festival"),
        (ROTA_MINUTES, "set up for rota swaps, not"),
        (ROTA_MINUTES, "Rota swaps will go"),
        ("<b> Warning</b>\n<b> Second line</b>\n<p> text", "<b>"),
        ("Subject: RS\nTopic: RE and PSHE lessons on consent", "Subject: RS"),
        ("@gift_king sent a Galaxy (1,000 coins)\n@gift_king sent a Lion (2,999 coins)", "Galaxy"),
        ("Order: Referral Order (6 months)\nSummary: attended", "Referral Order"),
        ("the Council Nurseries are closing in March", "Council Nurseries"),
        ('Should I report it as "scam" or is there a better category?', '"scam"'),
        ('We spoke to him and he says it was "banter". Do we refer?', '"banter"'),
        ('comments Lorna described as "vile".\n> Lorna has banned him', '"vile"'),
        ('Her son says he has been called "hamster killer" by older children.', "hamster killer"),
        ("regarding the Facebook page named above, of which you are the creator", "named above"),
        ("Comments (21), the ones that matter:\n- Kelly-Ann Jenks: no", "Comments (21)"),
        ("Timestamp(s): 0:14 - 1:52, 3:40 - 4:05", "Timestamp(s)"),
        ("Online Safety Helpline | Mon-Fri 10:00-16:00", "Mon-Fri"),
        ("Blue's mum has a Blue Badge for the car park.", "Blue Badge"),
        ("Summer's dad rang. The Summer term starts Monday.", "Summer term"),
        ("Portbrae Academy, S4. Police Scotland ref: CR/1122/25", "CR/1122/25"),
        ("Our ref: CAIU/NW/5531\nVictim: a girl of 14", "CAIU/NW/5531"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
