"""Writes the labelled development set `dev.jsonl` from sentence templates and slot pools.

Run: `python -m casebook.redaction.devset.build` (deterministic: a fixed seed). The set is
committed; this script is how it was composed, and rerunning it reproduces the same file.
The held-out set is written by hand in a different style (`heldout.src.txt`, inline
`[[X:text]]` labels) and only converted here to `heldout.jsonl`: it keeps the scores honest
about wording the recognisers were not tuned on.

Templates use `{slot}` for a filler. Slots in PII_SLOTS are labelled with their type;
`{child}` etc. draw a person. Everyone here is invented: names are combinations from common
name pools, domains are example/invalid ones, numbers come from Ofcom's drama ranges.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

Row = dict[str, Any]


def words(text: str, sep: str | None = None) -> list[str]:
    """A list written as one string, to keep the pools below readable."""
    return text.split(sep)


OUT = Path(__file__).with_name("dev.jsonl")
HELDOUT_SRC = Path(__file__).with_name("heldout.src.txt")
HELDOUT_OUT = Path(__file__).with_name("heldout.jsonl")
UNSEEN_SRC = Path(__file__).with_name("unseen.src.txt")
UNSEEN_OUT = Path(__file__).with_name("unseen.jsonl")
CLASSES_SRC = Path(__file__).with_name("classes.src.txt")
CLASSES_OUT = Path(__file__).with_name("classes.jsonl")
SEED = 20261124

FIRST = words(
    "Mia Jayden Amelia Oliver Aisha Mohammed Zofia Kacper Priya Arjun Chidi Oluwaseun Niamh "
    "Oisin Ffion Rhys Lily-Mae Ruby Harvey Leo Isla Freya Yusuf Zainab Tomasz Wiktoria Amara "
    "Kwame Sienna Callum Eilidh Ciaran Saoirse Reuben Elif Mehmet Hamza Maryam Kai Tegan "
    "Darius Ioana Andrei Jakub Esme Theo Poppy Jack Alfie Ellie Sophie Noah Ava Layla Ibrahim"
)
# Ordinary-word names appear with the context a writer would give them.
AMBIGUOUS_FIRST = words("Will Grace May Holly Summer Hope Jade Rose")
SURNAMES = words(
    "Thompson Okafor Raman Kowalski Nowak Patel Khan O'Neill Smith-Jones Hughes Begum Adeyemi "
    "Murphy MacLeod Nguyen Wiśniewska Mensah Campbell Evans Byrne Sharma Osei Lewandowski "
    "Ahmed Rossi Chowdhury Gallagher Okonkwo Fraser Davies Iqbal Boateng Yilmaz Kaur Walsh"
)
TITLES = words("Mr Mrs Ms Miss Dr")
SCHOOLS = [
    "Oakfield Academy",
    "St Mary's RC Primary School",
    "Hollins Park High School",
    "Kingsmead School",
    "Riverside Community College",
    "Abbey Grange C of E Academy",
    "Birchwood Primary",
    "Northfield Infant School",
    "Castle View Junior Academy",
    "Ashton Sixth Form College",
    "Greenhill Grammar School",
    "Bishop Wand C of E School",
    "Larkspur Primary Academy",
    "Westbrook High",
    "St. Aidan's Catholic College",
    "Fernhill Special School",
    "Meadowbank Primary School",
    "Thornbury Academy",
]
HANDLES = [
    "@oakfield.tea",
    "@yr9_confessions",
    "@mr_okafor_fake",
    "@lily.mae.x",
    "@hollinspark.roasts",
    "@teachers_exposed_uk",
    "@kingsmead_rates",
    "@jayden2011xx",
    "@not.miss.patel",
    "@birchwood_burns",
]
BARE_USERS = [
    "jess.b2010",
    "oakfield_gossip",
    "xX_ShadowKid_Xx",
    "darkangel_07",
    "kacper.k12",
    "yr8.spill",
    "mia_loves_art2",
    "hollins_confess",
    "tommy.t.2009",
    "ruby_rose_xo",
    "bigman_zak99",
    "westbrook.exposed",
]
URLS = [
    "https://www.tiktok.com/@oakfield.tea/video/7219876543210",
    "tiktok.com/@yr9_roasts",
    "vm.tiktok.com/ZMFq8xYz1/",
    "youtu.be/dQx9aB3kL0Q",
    "https://instagram.com/oakfield.exposed",
    "www.facebook.com/groups/1234567890",
    "discord.gg/AbC123xy",
    "https://docs.google.com/forms/d/1AbCdEfGh/viewform",
    "snapchat.com/add/jess.b2010",
    "https://www.youtube.com/watch?v=Zx81kPq0aLm",
    "http://schoolgossip.example.com/kingsmead",
    "https://x.com/westbrook_rates/status/17234567890",
    "instagram.com/p/CzY1aBcDeF/",
]
EMAIL_DOMAINS = [
    "oakfield.example.sch.uk",
    "stmarys-rc.example.sch.uk",
    "example.ac.uk",
    "northshire.example.gov.uk",
    "example.nhs.uk",
    "example.com",
    "mail.invalid",
    "police.example.uk",
]
PHONES = [
    "07700 900123",
    "07700900456",
    "+44 7700 900789",
    "+447700900321",
    "0113 496 0234",
    "(0113) 496 0577",
    "020 7946 0811",
    "0161 496 0932",
    "01632 960417",
    "028 9649 6210",
    "029 2018 0355",
    "0121 496 0088",
    "0131 496 0642",
    "0191 498 0113",
    "07700-900-614",
    "+44 (0)20 7946 0999",
]
STREETS = words(
    "Acacia Avenue|Mill Lane|Rowan Close|Harrowgate Road|Station Road|Kingfisher Way|"
    "Elm Grove|Chapel Street|Beech Crescent|Orchard Drive|Victoria Terrace|Willow Gardens",
    "|",
)
POSTCODES = [
    "LS6 2XA",
    "M14 5QT",
    "B15 3RY",
    "CF10 1AX",
    "BT7 1NN",
    "EH8 9YL",
    "SW1A 9ZZ",
    "NE6 4PD",
    "bs3 4nd",
    "L17 8UH",
    "PL4 6BW",
    "G12 8QQ",
]
IPS = [
    "192.0.2.44",
    "198.51.100.23",
    "203.0.113.7",
    "2001:db8::1f",
    "2001:db8:85a3::8a2e:370:7334",
    "198.51.100.201",
]
MONTHS = words("January February March April May June July September October November December")
PLATFORMS = words("TikTok Instagram Snapchat Roblox WhatsApp YouTube Discord Facebook")
ROLES = [
    "DSL",
    "Deputy DSL",
    "Headteacher",
    "Deputy Head",
    "SENCO",
    "Head of Year 9",
    "Pastoral Lead",
    "Class Teacher",
    "Safeguarding Lead",
    "Business Manager",
]


def dob(rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2006, 2016)
    style = rng.randrange(5)
    if style == 0:
        return f"{d:02d}/{m:02d}/{y}"
    if style == 1:
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
        return f"{d}{suffix} {MONTHS[m - 1 if m < 8 else m - 2]} {y}"
    if style == 2:
        return f"{d}.{m}.{y}"
    if style == 3:
        return f"{y}-{m:02d}-{d:02d}"
    return f"{d} {MONTHS[m - 1 if m < 8 else m - 2]} {y}"


class Slots:
    """Fillers for one text, so the same child keeps the same name throughout."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        r = rng
        self.child = r.choice(AMBIGUOUS_FIRST if r.random() < 0.12 else FIRST)
        self.child_plain = r.choice(FIRST)
        self.child2 = r.choice([n for n in FIRST if n != self.child])
        self.child_last = r.choice(SURNAMES)
        self.sender_first = r.choice(FIRST)
        self.sender_last = r.choice(SURNAMES)
        self.staff_last = r.choice([s for s in SURNAMES if s != self.sender_last])
        self.title = r.choice(TITLES)
        self.school = r.choice(SCHOOLS)
        local = f"{self.sender_first[0]}.{self.sender_last}".lower().replace("'", "")
        self.email = f"{local}@{r.choice(EMAIL_DOMAINS)}".replace("ś", "s")

    def values(self) -> dict[str, tuple[str, str | None]]:
        r = self.rng
        return {
            "child": (self.child, "PERSON"),
            "child2": (self.child2, "PERSON"),
            "child_full": (f"{self.child} {self.child_last}", "PERSON"),
            "child_lower": (self.child_plain.lower(), "PERSON"),
            "sender": (f"{self.sender_first} {self.sender_last}", "PERSON"),
            "sender_first": (self.sender_first, "PERSON"),
            "staff_last": (self.staff_last, "PERSON"),
            "staff_full": (f"{r.choice(FIRST)} {self.staff_last}", "PERSON"),
            "title": (self.title, None),
            "school": (self.school, "SCHOOL"),
            "handle": (r.choice(HANDLES), "USERNAME"),
            "user": (r.choice(BARE_USERS), "USERNAME"),
            "url": (r.choice(URLS), "URL"),
            "email": (self.email, "EMAIL"),
            "phone": (r.choice(PHONES), "PHONE"),
            "address": (f"{r.randint(1, 140)} {r.choice(STREETS)}", "ADDRESS"),
            "flat": (f"Flat {r.randint(1, 12)}, {r.randint(2, 90)} {r.choice(STREETS)}", "ADDRESS"),
            "street": (r.choice(STREETS), "ADDRESS"),
            "postcode": (r.choice(POSTCODES), "POSTCODE"),
            "ip": (r.choice(IPS), "IP_ADDRESS"),
            "dob": (dob(r), "DATE_OF_BIRTH"),
            "platform": (r.choice(PLATFORMS), None),
            "platform2": (r.choice(PLATFORMS), None),
            "role": (r.choice(ROLES), None),
            "year": (str(r.randint(7, 11)), None),
            "age": (str(r.randint(11, 16)), None),
            "month": (r.choice(MONTHS), None),
            "day": (r.choice(words("Monday Tuesday Wednesday Thursday Friday")), None),
            "num": (str(r.randint(2, 30)), None),
        }


GREETINGS = [
    "Hi,\n\n",
    "Hello,\n\n",
    "Dear Sir/Madam,\n\n",
    "To Whom It May Concern\n\n",
    "Good morning,\n\n",
    "Hi there,\n\n",
    "Dear POSH team,\n\n",
    "Hello helpline,\n\n",
    "",
    "",
    "Hi {sender_first},\n\n",
]
INTROS = [
    "My name is {sender} and I am the {role} at {school}. ",
    "I'm {sender}, {role} at {school}. ",
    "I am writing on behalf of {school}. ",
    "I work at {school} as the {role}. ",
    "I'm a {role} at a secondary school in the North West. ",
    "I'm contacting you from {school}. ",
    "This is {title} {staff_last} from {school}. ",
    "",
]
BODIES = [
    "A pupil, {child}, aged {age}, showed us an account called {user} that is posting photos "
    "of staff taken in lessons. ",
    "We are supporting {child} ({age}) after a fake {platform} profile was made in her name. "
    "The profile is {handle} and it has about {num} followers. ",
    "Several Year {year} pupils have been sharing a video of {title} {staff_last} on {platform}. "
    "The link is {url} and it has been viewed thousands of times. ",
    "An account, {handle}, has been posting nasty comments about our {role}. We reported it "
    "through the app on {day} but nothing has happened. ",
    "{child_full} in Year {year} disclosed that an older boy asked for images on {platform}. "
    "His snap is {user}. We have informed the police and CEOP. ",
    "A parent forwarded a screenshot from a group chat. The page is called {user} and it "
    "rates girls in Year {year}. ",
    "There is a video at {url} that shows {child} being pushed in the corridor. ",
    "Our {role}, {title} {staff_last}, is being impersonated on {platform}. ",
    "One of our students, {child}, has had her {platform} account hacked and the hacker is "
    "messaging her friends. ",
    "We have had a complaint about a {platform} page, {url}, which names staff and makes "
    "allegations. ",
    "The pupil involved is {child_full}, date of birth {dob}. ",
    "The young person is {child} (DOB {dob}). ",
    "{child} told her form tutor that someone called {user} on {platform2} keeps sending "
    "her messages. ",
    "I'm worried about a boy in Year {year}, {child}, who is being targeted on {platform}. ",
    "A Year {year} girl, {child}, has been added to a group where intimate images are "
    "being shared. ",
    "{child}'s mum rang us on {day} to say her daughter had been sent a link: {url}. ",
    "We think the person behind {handle} is an ex-pupil. The account was set up in {month}. ",
    "My son {child_lower} is {age} and has been added to a Discord server where older "
    "members send him links. ",
    "Someone has been posting pictures of our building and {title} {staff_last}'s car on "
    "{platform}. ",
    "We have been sent abusive emails from {email} about a member of staff. ",
    "Students have created a fake account of {title} {staff_last}, who teaches Year {year}. "
    "The username is {user}. ",
    "A student in Year {year}, {child2}, has been filming staff on her phone and posting "
    "it to {handle}. ",
    "The account {handle} keeps tagging {child} and {child2} in offensive posts. ",
    "Police say the IP address logged was {ip}, which traces to a home broadband account. ",
    "The email to staff came from {ip} according to our IT provider. ",
    "The family live at {address}, {postcode}, and the mother is worried the account holder "
    "knows where they live. ",
    "The boy lives on {street} near the school and has been visited by people he met online. ",
    "Our new address is {flat}, {postcode}. ",
    "I've been told that {child} goes by {user} on {platform}. ",
    "Is there anything we can do about the comments on {url}? ",
    "I have attached the screenshots. The page has since been renamed {handle}. ",
    "{child} (Year {year}) says that {child2} shared her picture on {platform}. ",
    "We have a student, {child}, whose date of birth is {dob}, who has been approached by "
    "an adult on {platform}. ",
    "The videos were shared by AirDrop during a school trip to {postcode}? Staff are unsure. ",
    "A pupil told the SENCO that {user} has been sending her threats. ",
]
DETAILS = [
    "You can reach me on {phone}. ",
    "Please call me on {phone} or email {email}. ",
    "My direct line is {phone}. ",
    "My email is {email}. ",
    "The school office number is {phone}. ",
    "Please reply to {email} rather than the main office. ",
    "",
    "",
]
NEGATIVES = [
    "Will you call back today? ",
    "We hope it will stop once the account is removed. ",
    "We break up in May so time is short. ",
    "Is there a grace period before the platform deletes the data? ",
    "The Headteacher and the DSL are aware. ",
    "Our SENCO has spoken to the family. ",
    "We have reported it to TikTok, Instagram and Snapchat already. ",
    "We have signposted the family to Childline and the NSPCC. ",
    "The Police have been informed and CEOP have had a report. ",
    "The Deputy Head is leading on this. ",
    "It started in {month} and got worse after half term. ",
    "We are meeting on {day} to discuss next steps. ",
    "May I ask whether you can escalate this? ",
    "Will this be treated as a priority? ",
    "The Year {year} team is very concerned. ",
    "We are now in the Summer term and exams start soon. ",
    "The Online Safety Bill was mentioned by a parent. ",
    "I hope this makes sense. ",
    "Our case reference is 20230145. ",
    "It happened at 10:30 on {day} in room 12. ",
    "We spent £250 on a filtering upgrade last year. ",
    "Ofsted are due in {month} and we want this resolved. ",
    "Mark scheme aside, the pupils were very upset. ",
    "Grace and kindness matter, but this has gone too far. ",
    "The local authority LADO has been informed. ",
    "Roblox and Fortnite chats have also been mentioned. ",
    "",
    "",
]
# Enquiries with no personal data at all: the hard negatives, where every capital is a
# platform, a role, a month or an ordinary word.
NEUTRAL = [
    "Can you send us the guidance on responding to nudes being shared? Our DSL wants to "
    "update the policy before September. ",
    "We have a parent who keeps posting about the school on Facebook. Nothing is named but "
    "staff are upset. Is there anything we can do? ",
    "Does TikTok have a route for schools to report accounts directly? We keep getting "
    "automated replies. ",
    "Will you be running the Online Safety Live sessions again in March? ",
    "Our Year 9 pupils are using a 'rate me' app. Is it safe? The Headteacher wants advice "
    "before Monday. ",
    "May we have a copy of the escalation form? The SENCO asked. ",
    "A grace period was mentioned by Instagram support. What does it mean for removed accounts? ",
    "We break up in July; will the helpline be open over the summer? ",
    "Is Roblox voice chat available to under-13s? Parents in Reception are asking. ",
    "We reported a video to YouTube on Friday and it is still up. How long does it normally take? ",
    "Hope you can help. Staff are being filmed in lessons and clips appear on Snapchat "
    "stories. No names are given. ",
    "The Police have asked us to keep the evidence. How do we store screenshots safely? ",
    "Could the Deputy Head and I have a call on Wednesday afternoon? ",
    "Thank you for your help last week, the page has gone. ",
]
CLOSINGS = [
    "\n\nKind regards,\n{sender}\n{role}\n{school}",
    "\n\nMany thanks,\n{sender_first}",
    "\n\nRegards,\n{title} {staff_last}\n{role}",
    "\n\nThanks\n{sender}",
    "\n\nBest wishes,\n{sender}, {role}\nTel: {phone}",
    "\n\nThank you,\n{sender}\n{email}",
    "\n\nYours faithfully,\n{sender}",
    "",
    "\n\nSent from my iPhone",
]
CALL_NOTES = [
    "Call from {sender} ({role}, {school}). Concern about {platform} account {handle} "
    "targeting {child}, Year {year}. Advised report via app; agreed POSH to escalate. "
    "Callback {phone}.",
    "Phone call. Caller: {sender}. Setting: {school}. Pupil {child_full} (DOB {dob}) "
    "contacted by unknown adult on {platform}. Signposted to CEOP. Email follow-up to {email}.",
    "Caller is a police officer, PC {staff_full}, asking about a {platform} account linked "
    "to {ip}. Advised on data requests. Contact {phone}.",
    "Parent rang about son {child_lower}, {age}, bullied on {platform}. Lives {address}, "
    "{postcode}. Advised Childline and school DSL.",
]
FORMS = [
    "Name: {sender}\nRole: {role}\nOrganisation: {school}\nEmail: {email}\nPhone: {phone}\n"
    "Platform: {platform}\nDescription: ",
    "Name: {sender}\nEmail: {email}\nSetting: {school}\nConcern: ",
]

SLOT_RE = re.compile(r"\{(\w+)\}")


def fill(template: str, values: dict[str, tuple[str, str | None]]) -> tuple[str, list[Row]]:
    """Fill a template; return the text and the labelled spans of its PII slots."""
    out: list[str] = []
    spans: list[Row] = []
    pos = 0
    length = 0
    for m in SLOT_RE.finditer(template):
        literal = template[pos : m.start()]
        out.append(literal)
        length += len(literal)
        value, kind = values[m.group(1)]
        if kind is not None:
            spans.append({"start": length, "end": length + len(value), "type": kind})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), spans


def compose(rng: random.Random) -> str:
    """One enquiry's template: a letter, a call note or a web form, of varied length."""
    shape = rng.random()
    pick: Callable[[list[str]], str] = rng.choice
    if rng.random() < 0.1:
        text = "".join(rng.sample(NEUTRAL, rng.randint(1, 3)))
        text += "".join(rng.sample(NEGATIVES, rng.randint(0, 3)))
        return pick(["", "Hi,\n\n", "Hello,\n\n", "Dear POSH,\n\n"]) + text.strip()
    if shape < 0.12:
        return pick(CALL_NOTES)
    n_body = rng.choice([1, 1, 2, 2, 3, 4, 5])
    body = "".join(rng.sample(BODIES, n_body))
    extras = "".join(rng.sample(NEGATIVES, rng.randint(0, 4)))
    if shape < 0.24:
        return pick(FORMS) + body + extras
    if shape < 0.32:
        return body.strip()
    parts = [pick(GREETINGS), pick(INTROS), body, extras, pick(DETAILS)]
    if rng.random() < 0.3:
        parts.insert(3, "\n\n")
    return "".join(parts).rstrip() + pick(CLOSINGS)


def build(n: int = 360, seed: int = SEED) -> list[Row]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        template = compose(rng)
        text, spans = fill(template, Slots(rng).values())
        rows.append({"id": f"dev-{i:03d}", "text": text, "entities": spans})
    return rows


MARK_RE = re.compile(r"\[\[([A-Z]):(.+?)\]\]", re.S)
MARK_TYPES = {
    "P": "PERSON",
    "U": "USERNAME",
    "L": "URL",
    "E": "EMAIL",
    "T": "PHONE",
    "S": "SCHOOL",
    "A": "ADDRESS",
    "C": "POSTCODE",
    "I": "IP_ADDRESS",
    "D": "DATE_OF_BIRTH",
}


def parse_marked(source: str) -> tuple[str, list[Row]]:
    """Text without its [[X:...]] marks, and the marks as labelled spans."""
    out: list[str] = []
    spans: list[Row] = []
    pos = 0
    length = 0
    for m in MARK_RE.finditer(source):
        out.append(source[pos : m.start()])
        length += m.start() - pos
        value = m.group(2)
        spans.append({"start": length, "end": length + len(value), "type": MARK_TYPES[m.group(1)]})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(source[pos:])
    return "".join(out), spans


def heldout(source: Path = HELDOUT_SRC, prefix: str = "held") -> list[Row]:
    lines = [ln for ln in source.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    blocks = "\n".join(lines).split("\n---\n")
    rows = []
    for i, block in enumerate(b.strip() for b in blocks):
        if block and block != "---":
            text, spans = parse_marked(block)
            rows.append({"id": f"{prefix}-{i:03d}", "text": text, "entities": spans})
    return rows


def write(rows: list[Row], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} texts to {path}")


def main() -> None:
    write(build(), OUT)
    write(heldout(), HELDOUT_OUT)
    write(heldout(UNSEEN_SRC, "unseen"), UNSEEN_OUT)
    write(heldout(CLASSES_SRC, "classes"), CLASSES_OUT)


if __name__ == "__main__":
    main()
