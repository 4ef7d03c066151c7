"""Round AZ: what sets BY and BZ showed, by kind (invented sentences).

Redacted: youth settings named in title case by their own words before a kind's last word,
holding a word of young people or of what they do there ("Ashby Woulds Pony Club", "Trent
Valley Junior Netball League", "Green Lane Masjid Youth Circle", "Summer Splash Holiday
Club", "Bellingham Adventure Playground"), a header's or sentence's words before them left
out; a note's initials that spell a word, before what their person confirmed or is to do
("MR confirmed", "AN to update"); a group's or a game lobby's name holding a name, whole,
a few words between the group and its naming word ('a group on WhatsApp with name "Oliwia
smells"'); a schools partnership trust named in full.

Kept: a scheme or a place's league ("Police Cadets", "Cheshire Youth League"), a kind alone
("Youth Club"); a platform's capitals before such a verb ("IG confirmed"); Ireland's police
service ("An Garda Síochána").
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted

TRUSTEES = (
    "Present: Imran Qureshi (chair), Maryam Rahman, Bilal Aziz (youth worker)\n"
    "5. Eid event - MR confirmed the hall booking."
)
ATTENDANCE = (
    "In attendance for item 2: Amara Nwosu (Comms Officer)\n"
    "AN to update the club's page; AN confirmed the Trust does not use Instagram."
)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Ashby Woulds Pony Club — Branch Committee, 18 Mar", "Woulds Pony Club"),
        (
            "From: Safeguarding Officer, Trent Valley Junior Netball League\nSent: 22 May",
            "Trent Valley Junior Netball League",
        ),
        ("I lead the youth circle at Green Lane Masjid Youth Circle in Small Heath.", "Masjid"),
        ("a holiday club in Exeter (Summer Splash Holiday Club at the church)", "Splash"),
        ("Typed by a youth worker at Bellingham Adventure Playground.", "Bellingham Adventure"),
        (TRUSTEES, "MR"),
        (ATTENDANCE, "AN"),
        (
            'Girls in her class made a group on WhatsApp with name "Oliwia smells". Oliwia is 12.',
            "Oliwia smells",
        ),
        (
            'They made a Roblox game lobby called "Hafsa\'s Hijab Hunt". Hafsa is upset.',
            "Hijab Hunt",
        ),
        ("Setting: Cold Harbour Primary, part of Meridian Schools Partnership Trust", "Trust"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Should I tell the Police Cadets leaders on Monday?", "Police Cadets"),
        ("A football league for under-9s (Cheshire Youth League) wants advice.", "Cheshire"),
        ("She goes to Youth Club on Fridays.", "goes to"),
        ("Follow-up 13:40 - IG confirmed account removal. Mum relieved.", "IG confirmed"),
        (
            "We don't know whether to go to the PSNI or An Garda Síochána. Niamh Byrne, DT",
            "An Garda Síochána",
        ),
        (
            "Minutes - Broadwater Nursery School & Children's Centre\nPresent: the governors",
            "Children's Centre",
        ),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
