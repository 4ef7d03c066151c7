"""Round CK: lower-case titles, quoted word pairs and a closing (part 1); riding schools,
farms and animals' names (part 2), by kind (invented sentences).

Found (each fails before the round): a surname after a lower-case "miss" that ends like an
adverb or in a doubled letter ("miss mcnally", "miss parr"); a constable's surname after a
lower-case "pc" ("pc danby attending"); a teacher's letter after "miss" before a line's end, a
score or an emoji ("miss k 10/10"); a chat's name opening a message before "no" ("gracie NO").
Kept: two everyday words that are names, each in quotes, side by side ('Subject: "Mark" and
"Will"', 'the values "Hope", "Joy" and "Faith"'); "Warmly" as a letter's closing.
And, as before, a lower-case "pc" before an everyday word stays ("my pc crashed"), as do the
words chat runs long after "miss" ("miss youuu"); the name signed after "Warmly," and two
children named in quotes after the word for them stay redacted ('two Y13 girls - "Lily" and
"Summer"').

Part 2 (sets GA, GB and GC). Found: a pony club, a young farmers' club, a riding centre or
stables named by its town or its own words ("Kendal Pony Club", "Bedale Young Farmers",
"Langholm Riding Centre", "Lower Holme Equestrian"); a farm named without a cue of living
there ("he gave Upper Wye Farm", "Venue: Upper Slaughter Farm"); a church's Messy Church; a
child named as one of a group ("one of them, Brandon, wrote").
Kept: an animal's name after the word for it ("her horse Dolly", "a donkey called Rose", "the
ponies (Smartie, Bonnie)", "a pony called Mr Darcy").
And, as before, an estate named after a farm stays ("the Marsh Farm shops"), as does a farm a
trip visits ("trip to Folly Farm"); a girl named beside a pony stays redacted.

Part 3 (sets GD, GE and GF). Found: an exam or tutorial centre named by its town ("Merseyside
Exam Centre"), not a "Head of Centre" before it; someone mourned after "RIP" or "fly high"
("RIP F", "fly high Fred"); a full name before "memorial" ("the Keira Allsop memorial page");
a first name in lower case before its full name in brackets, and its repeats ("rang back bill
(Bill Ashcroft" ... "told bill"); a name like a town before a role in brackets ("Brandon
(volunteer)"); a farm named after a sentence's first words ("Visited High Fell Farm", "At
Rosebank Farm"), those words kept.
And, as before, "dawn" after "at" stays beside a mum named Dawn, as do "rip off" and a
national body's centre ("The National Examination Centre").

Part 4 (sets GG, GH and GI). Kept: a city abroad where a trip's words stand before it ("the
coach to Florence", "the exchange to Rouen") or, for a city no one is called, an address's
comma ("Collège Jules Verne, Nantes", "Via dei Mille 24, Parma").
And, as before, a city after "near" stays ("near Bergamo"); a person named like a place stays
redacted before a possessive or a bracket and after a verb of speaking ("stayed at Jordan's
flat", "Call back to Siwan (DSL)", "spoke to Saga + mum", "I spoke to Florence").

Part 5 (set GH). Found: an IP address in a login log after the device's name ("Android –
198.51.100.77"), where the sentence's word for a system made it read as a version; a version
the sentence suggests opens with a number below 100 ("the app to 4.12.0.3", kept as before).

Part 6 (sets GJ, GK and GL). Found: a family in the plural possessive, where the surname is
found in someone's name or is no word English writes ("the Nixons' daughter", "the Kessells'
front door"); the name a young person prefers, in quotes in brackets after their name, and its
repeats ('Dasha (she now prefers "Dash", they/them)').
And, as before, a team's, an event's or a band's plural possessive stays ("the Lionesses'
win", "the Leavers' Ball", "the Beatles' songs"), as does a common surname's with no one of
that name found ("the Coopers' dog").
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("his form tutor is miss mcnally. sorry for the spelling", "mcnally"),
        ("my teacher miss parr literally said it in class", "parr"),
        ("police (pc dunmore) attended. pc danby attending thurs.", "danby"),
        ("police (pc dunmore) attended. pc danby attending thurs.", "dunmore"),
        ("Jaz_09: who did it\nbig_ose: miss k 10/10 no debate\nJaz_09: lol", "k"),
        ("Kit_4: i reported it to miss t\nHarv3y: snitch lol\nKit_4: so", "t"),
        ("gracie.k: i gave him it\nAmberLeaf: gracie NO\ngracie.k: he said so", "gracie"),
        ("Are you seeing it elsewhere?\n\nWarmly,\nZoe Hammersley\nDSL", "Zoe Hammersley"),
        ('re: two Y13 girls (17) - "Lily" and "Summer" posted it', "Lily"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('Subject: "Mark" and "Will" – our filtering keeps flagging them', "Mark"),
        ('Subject: "Mark" and "Will" – our filtering keeps flagging them', "Will"),
        ('Subject: "Hope", "Joy" and "Faith" days in the spring term', "Joy"),
        ('Subject: "Hope", "Joy" and "Faith" days in the spring term', "Faith"),
        ('We wonder whether "Grace" and "Hope" on our banner are a problem.', "Grace"),
        ("Are you seeing it elsewhere?\n\nWarmly,\nZoe Hammersley\nDSL", "Warmly"),
        ("my pc crashed and pc gaming is all he does", "gaming"),
        ("i miss youuu so much", "youuu"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


# Part 2, tuned on sets GA (equestrian and rural life), GB (prisoners' families) and GC (parish
# life).
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("shes literally the reason Kendal Pony Club lost the mounted games", "Kendal"),
        ("TractorTom2011: r u the kid from Bedale Young Farmers\nFarmBoyFinn: ye why", "Bedale"),
        ("Lorna from Langholm Riding Centre, Dumfries and Galloway, rang.", "Langholm"),
        ("photos of my son crying at the riding stables (Lower Holme Equestrian)", "Lower Holme"),
        ("Poppy helps out at Top Farm Riding Stables after school.", "Top Farm"),
        ("Morag at Lochside Equestrian Centre wrote to us on Monday.", "Lochside"),
        ("The scammer asked for his address and he gave Upper Wye Farm.", "Upper Wye Farm"),
        ('pictures of the farm sign ("Hutton Roof Farm") and his mum', "Hutton Roof Farm"),
        ("Venue: Upper Slaughter Farm (by kind permission of the owners)", "Upper Slaughter"),
        ("Canon Marjorie\nSt Barnabas Messy Church (kids' group), Erdington", "St Barnabas"),
        ('Boys made horse noises and one of them, Brandon, wrote "ride anything".', "Brandon"),
        ("a pony called Misty and her friend Dolly at the show", "Dolly"),
    ],
)
def test_found_part_2(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("my nan has a donkey called Rose at the farm", "Rose"),
        ("he loves a horse there called Trigger. i dont know the lads surname", "Trigger"),
        ("i post pics of the ponies (Smartie, Bonnie, Blue, Nutmeg) and the yard", "Bonnie"),
        ("a video of her horse Dolly at the Lancaster show", "Dolly"),
        ("a girl (13) riding a pony called Mr Darcy at Glendale Show", "Darcy"),
        ("The youth workers walk round the Marsh Farm shops on Fridays.", "Marsh Farm"),
        ("Our school trip to Folly Farm is in June.", "Folly Farm"),
    ],
)
def test_kept_part_2(text: str, kept: str) -> None:
    assert_kept(text, kept)


# Part 3, tuned on sets GD (bereavement), GE (young carers) and GF (home education).
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("He sits GCSEs as a private candidate at Merseyside Exam Centre.", "Merseyside"),
        ("Yesterday at the exam centre (Purley Tutorial Centre) a candidate", "Purley"),
        ("I'm Head of Centre for Norwich Examination Centre for Private Candidates.", "Norwich"),
        ('the caption "my little shadow fly high Fred". His parents', "Fred"),
        ("Shotta: RIP F lol\nTobi: stop\nShotta: make me", "F"),
        ("update on case ref HL-2291 (the Keira Allsop memorial page). Thank you", "Keira Allsop"),
        ("rang back bill (Bill Ashcroft, Y7 tutor)\n- told bill: screenshot first", "bill"),
        ("Staff: Karolina (me), Brandon (volunteer). Played Mario Kart.", "Brandon"),
        ("PCSO note\n\nVisited High Fell Farm, Kirkby Stephen, Cumbria", "High Fell Farm"),
        ("At Rosebank Farm the boys keep hens and post videos.", "Rosebank Farm"),
    ],
)
def test_found_part_3(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("rang back dawn (Dawn Price, mum)\n- messages arrive at dawn every day", "at dawn"),
        ("rip off sites sell fake tickets; rest in peace everyone", "rip off"),
        ("The National Examination Centre publishes the timetable.", "National Examination"),
        ("PCSO note\n\nVisited High Fell Farm, Kirkby Stephen, Cumbria", "Visited"),
    ],
)
def test_kept_part_3(text: str, kept: str) -> None:
    assert_kept(text, kept)


# Part 4, tuned on sets GG (buying and selling online), GH (festivals) and GI (trips abroad).
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("they're on the coach to Florence, lads will be asleep", "Florence"),
        ("Hélène Mercier\nProfesseure d'anglais, Collège Jules Verne, Nantes", "Nantes"),
        ("Both seem to have met before the exchange to Rouen.", "Rouen"),
        ("Our partner school is near Bergamo and visits every October.", "Bergamo"),
        ("Alessandra Conti\nVia dei Mille 24, Parma\n+39 0521 000 417", "Parma"),
    ],
)
def test_kept_part_4(text: str, kept: str) -> None:
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Last week Tolu stayed at Jordan's flat after a gala.", "Jordan"),
        ("Action: DSL spoke to Saga + mum. Police report advised.", "Saga"),
        ("Call back to Siwan (DSL, Dolgellau) as arranged.", "Siwan"),
        ("I spoke to Florence about the photos.", "Florence"),
    ],
)
def test_found_part_4(text: str, secret: str) -> None:
    assert_redacted(text, secret)


# Part 5: an address in a login log after the device's name.
def test_found_part_5_login_log_address() -> None:
    text = '- 14 Oct 22:03 – Android – 198.51.100.77 – "Netherlands"'
    assert_redacted(text, "198.51.100.77")


def test_kept_part_5_version_the_sentence_suggests() -> None:
    assert_kept("- updated the app to 4.12.0.3 today", "4.12.0.3")


# Part 6, tuned on sets GJ (gyms), GK (neighbours) and GL (LGBTQ+ young people).
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("the Nixons' daughter (Kayleigh Nixon, 19) posted the clip", "Nixons"),
        ("Mr Dyer installed a camera pointing at the Kessells' front door.", "Kessells"),
        ('My daughter Dasha (she now prefers "Dash", they/them).\nDash sent £300.', "Dash"),
        ('Preeti-Grace (she\'d rather be called "PG" or "Pree"). Pree is out.', "Pree"),
    ],
)
def test_found_part_6(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("After the Lionesses' win, a lot of our girls want to play.", "Lionesses"),
        ('She asked about "meeting up after the Leavers\' Ball".', "Leavers"),
        ("He plays the Beatles' songs on the bus.", "Beatles"),
        ("She claims the Coopers' dog is the root of the dispute.", "Coopers"),
    ],
)
def test_kept_part_6(text: str, kept: str) -> None:
    assert_kept(text, kept)
