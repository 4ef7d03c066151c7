"""Round BL: what sets CY and CZ showed, by kind (invented sentences).

Redacted: children's homes named by a house's name in a text about residential care
("gone missing from Ferndale House", "Night log – Cedar Lodge"); alternative provision named
by its kind ("Rawmarsh Inclusion Centre", "Bransholme Learning Zone", "Hillside Nurture Base",
"Kirkby Centre for Learning", "Swindon AP Hub", "Ealing Alternative Provision Centre") or as a
centre, hub or AP in a text about alternative provision ("Greenway Centre (AP)", "Mark from
Riverbank AP"); any name right before "children's home" or "residential home", or after
"placed at" ("residents of Parklands children's home", "placed at Beechwood residential"); a
log's initials with the first name they open in brackets or after a slash, both, wherever
they recur ("23:30 LB (Liberty) ... LB logged off", "RK / Roxy"); a pupil's initials before a
dash or a year group ("Pupil DK – move back", "ref pupil TK Y6"); a role's word after a
courtesy title ("Mr Hafiz has identified the poster"); initials before a comma and a role of
data/roles.txt ("JR, teaching assistant") or in brackets after a meeting's post ("Chair (GH)");
a name given as a chosen, birth or dead name, though a town's ("chosen name Ash ... Ash is
scared"); a child's initial in a log before its verbs or filmed, where a word of the text
opens with it ("Krystal (13) ... K found in McDonald's ... filming K"); a surname's initial
before a word in lower case ("Tia B mentioned", "Callum B spoken to"); a commoner word as
the surname where a first name and it fill a bracket ("Mum (Claire Little)").

Kept: a council's building or a shop in such a text ("the Council House", "Chicken Cottage"),
a public centre ("Civic Centre", "UK Safer Internet Centre"); a post's initials before a name
("DSL / Deputy Head", "SW (Sarah)"); a town's PRU and words before "PRU" that name no
unit ("the Luton PRU", "(KS3 PRU)", "the city's primary PRU", "behaviour towards PRU staff");
a town's neighbourhood after "from" (data/areas.txt: "older lads from Werneth") or another
word of where ("Home area: Fitton Hill"), not a street ("his house on Newland Park").
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "She has gone missing four times this month from Ferndale House. Each time she "
            "is found in town. I am her key worker (residential).",
            "Ferndale House",
        ),
        ("Night log – Cedar Lodge – Thurs\n\n22:05 phone handed in.", "Cedar Lodge"),
        (
            "I'm deputy manager at Horizon House in Stoke. Right now the father is outside.",
            "Horizon",
        ),
        ("School is Rawmarsh Inclusion Centre. Thanks", "Rawmarsh Inclusion Centre"),
        ("Child: Kaydence (14), Bransholme Learning Zone\nAttendees: DS Marc", "Bransholme"),
        ("Roblox chat log (saved by mum, sent to Hillside Nurture Base key worker)", "Hillside"),
        ("handed in at Kirkby Centre for Learning reception", "Kirkby"),
        ("Kez = Kieran Doyle, 15, at Swindon AP Hub since Christmas.", "Swindon AP Hub"),
        ("Rachel Tindall (key worker, Ealing Alternative Provision Centre)", "Ealing Alternative"),
        ("BEHAVIOUR LOG – Greenway Centre (AP) – Week beginning 6 May", "Greenway Centre"),
        ("Hiya its Mark from Riverbank AP. can u ring me back pls", "Riverbank AP"),
        ("Weekly behaviour summary – Moorside Centre – to Head of Service", "Moorside"),
        ("one lad in it is reece from the harpurhey pru. spoke to both.", "harpurhey"),
        ("Group chat (residents of Parklands children's home), screenshot", "Parklands"),
        ("SMS – from Tash @ Rosehill (children's home) to the helpline", "Rosehill"),
        ("Transcribed from screenshots sent by Meadowcroft residential home", "Meadowcroft"),
        (
            "Following Harvey's review (he's 15, placed at Beechwood residential since June)",
            "Beech",
        ),
        ("DOB 28/08/2008. Placement Rosewood (children's home). Rosewood staff told.", "Rosewood"),
        ("22:05 AO (Adaeze) phone handed in. 23:30 AO asked for it back.", "AO"),
        ("23:30 LB (Liberty) still on PS4, on a headset. LB logged off at request.", "Liberty"),
        ("23:30 LB (Liberty) still on PS4, on a headset. LB logged off at request.", "LB"),
        ("KEY WORKER NOTES – RK / Roxy\nplan: RK to do a session on Thursday", "Roxy"),
        ("KEY WORKER NOTES – RK / Roxy\nplan: RK to do a session on Thursday", "RK"),
        ("Case 4: Pupil DK – move back to mainstream. Well done DK, said the panel.", "DK"),
        ("DW (DSL, Thornfield Primary), ref pupil TK Y6 (yr 6, 10yo)", "TK"),
        ("One shared a video of him crying. Mr Hafiz has identified the poster.", "Hafiz"),
        ("Re: Allegation – JR, teaching assistant\nJR denies it. A union rep attended.", "JR"),
        ("Minutes: Chair (GH) opened the meeting. GH noted the LADO's advice.", "GH"),
        ("my child (17, trans, chosen name Ash) is being harassed. Ash is scared.", "Ash"),
        ("The post used their deadname, Robin, twice. Robin's friends saw it.", "Robin"),
        ("YP: Krystal (13)\n14:20 – K found in McDonald's with two males.", "K"),
        ("- girls from old school – names Kacey & Tia B mentioned, unconfirmed", "Tia B"),
        ("Ayo and Callum B spoken to and given support.", "Callum B"),
        ("11:00 Mum (Claire Little) came in and was told.", "Little"),
        ("someone posted a photo of Deji's house on Newland Park last night", "Newland Park"),
        ("YP: Krystal (13)\n14:30 – one male was filming K on his phone.", "K"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Meeting at the Council House, room 4. Residential staff invited.", "Council House"),
        ("Kids from the children's home hang around Chicken Cottage on County Road.", "Chicken"),
        ("Venue: Conference Room 2, Civic Centre. A PRU pupil's case.", "Civic Centre"),
        ("Resources from the UK Safer Internet Centre would help our AP staff.", "Safer Internet"),
        ("DOB 28/08/2008. Placement Rosewood (children's home).", "Placement"),
        ("She was placed in a Leeds children's home last year.", "Leeds"),
        ("We moved to Ash last year and she changed school.", "Ash"),
        ("Plan B was agreed at the meeting. Option C has merit, said Kevin.", "Plan B"),
        ("Plan B was agreed at the meeting. Option C has merit, said Kevin.", "Option C"),
        ("Thanks\nJoanne Feeney-Clarke\nDSL / Deputy Head", "DSL"),
        ("Her older brother Tunde (14) is at the Luton PRU since May.", "Luton"),
        ("He disclosed that older lads from Werneth have been sending him voice notes.", "Werneth"),
        ("It's friend-requesting kids from Glodwick and asking them to a party.", "Glodwick"),
        ("Pupil: TJ   Year 10   Home area: Fitton Hill, Oldham", "Fitton Hill"),
        ("Subject: Update – stalking behaviour towards PRU teacher", "stalking behaviour"),
        ("dual registered with Waypoint School (the city's primary PRU) after", "city's primary"),
        ("Lakeside Education Centre (KS3 PRU), Hull.", "KS3"),
        ("Staff on shift: SW (Sarah) and the night team.", "SW"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
