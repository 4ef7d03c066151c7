"""Round BS: what sets DU (child criminal exploitation and county lines), DV (parental
conflict online), DW (Gypsy, Roma and Traveller families, rural and coastal communities), DX
(self-harm and eating-disorder content) and DY (hacked and impersonated accounts) showed, by
kind (invented sentences).

Found, each whole as one finding (none so before the round): a site's plot, pitch or caravan
before its street or after a site's name; a family named by its surname before "children" or
"boys", and in the plural where the surname is found in someone's name or before such a
word; a crew or drill collective named by its postcode district; initials in brackets after
a post in a line of who came, and before a role alone in brackets; a display name changed to
that holds a person's name; a university technical college, a
partnership trust, "School and Sports College"; a nickname in quotes before ", who"; a name
between commas after a plural noun that is also a brand ("cubs"); a person in a hospital; a
signature block's name with no word of thanks before it; a lower-case name after "my friend"
before what she did, beside the same name in full.

Kept: a Scottish year group before a word, a district before a common word or a town, an
acronym in brackets after a person in a line of who came, a unit's name spelling the capitals
before it, "UTC" after a time, a team before "boys", a hospital's name, a quoted app before
"who" without a comma.
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_found_whole, assert_kept


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Home: trailer, Plot 7, Gorsefield Lane, Retford", "Plot 7, Gorsefield Lane"),
        ("She is staying on Pitch 12, Marram Way with her nan.", "Pitch 12, Marram Way"),
        ("missing from Maes yr Onnen, Plot 9, Abergele since Sunday", "Maes yr Onnen, Plot 9"),
        ("The Quarrendon children are scared to come in.", "Quarrendon"),
        ("it's the Ferrabee boys, everyone knows it", "Ferrabee"),
        ("Dean Hurlock was there and a fight with the Hurlocks is planned.", "Hurlocks"),
        ("a drill video by SE15 Trenchboyz went up on Sunday", "SE15 Trenchboyz"),
        ("a rap video by WV10 Youngerz went up on YouTube", "WV10 Youngerz"),
        ("Present: Head (QW), Deputy (RZ), Business Manager (TV)", "QW"),
        ("Present: Head (QW), Deputy (RZ), Business Manager (TV)", "RZ"),
        ("Private note - HD (school counsellor)\nSession 2 with the pupil", "HD"),
        ('He changed his display name to "Callum the grass" last night.', "Callum the grass"),
        ("Child: Year 12, Wednesfield UTC\nConcern: images", "Wednesfield UTC"),
        ("He is part of Brackenthorpe Partnership Trust now.", "Brackenthorpe Partnership Trust"),
        (
            "Harley goes to Ravensmoor School and Sports College in town.",
            "Ravensmoor School and Sports College",
        ),
        ('he went with "Ghostface", who he met on Snapchat, to Rhyl', "Ghostface"),
        ("One of our cubs, Rafferty, has a mum and dad in a nasty split.", "Rafferty"),
        ("- Quillon Dobbs (17) messaged at 2am\n- Quillon in Barnsley Hospital, stable", "Quillon"),
        (
            "Please reassure the school.\n\nMike Chambers\nEconomic Crime Unit, Kent Police",
            "Mike Chambers",
        ),
        ('"my friend hope says she is scared." Her name is Hope Ashdown-Vale.', "hope"),
    ],
)
def test_found_whole(text: str, span: str) -> None:
    assert_found_whole(text, span)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the S2 Baddies chat and the P7 Pals group", "S2 Baddies"),
        ("near NW1 Camden and the M1 Motorway, B12 Community Centre", "B12 Community Centre"),
        ("Present: DC Amrit Pollard (GMP), Head (QW)", "GMP"),
        ("Caller: DC Hana Voss, POLIT (Paedophile Online Investigation Team)", "POLIT"),
        ("Timestamps UTC. Logged in UTC at 21:04.", "Timestamps UTC"),
        ("the Chelsea boys and the Polish family", "Chelsea boys"),
        ("seen at Barnsley Hospital, then the Royal Hospital for Children", "Barnsley Hospital"),
        ('a man on a site "FanVue" who asks for content', "FanVue"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
