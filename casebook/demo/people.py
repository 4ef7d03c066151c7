"""Invented people, schools, places, handles and links for the demo helpline's texts.

Pure: no Django. Every person is a random pairing from the pools below; every email domain
is reserved or obviously made up (example.*, .invalid, an example.sch.uk subdomain), every
phone number is in Ofcom's ranges set aside for drama, and postcode areas are not real ones.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

FIRST_NAMES = [
    "Amelia",
    "Oliver",
    "Priya",
    "Kwame",
    "Siobhan",
    "Aleksandra",
    "Mohammed",
    "Isla",
    "Tomasz",
    "Grace",
    "Hannah",
    "Callum",
    "Ayesha",
    "Rhys",
    "Niamh",
    "Femi",
    "Chloe",
    "Daniel",
    "Zara",
    "Ewan",
    "Leah",
    "Arjun",
    "Bethany",
    "Marcus",
    "Sofia",
    "Jamal",
    "Eilidh",
    "Connor",
    "Harriet",
    "Yusuf",
    "Megan",
    "Dylan",
    "Aisha",
    "Kieran",
    "Freya",
    "Tariq",
    "Lowri",
    "Samuel",
    "Imogen",
    "Oluwaseun",
    "Catrin",
    "Ravi",
    "Jessica",
    "Hamza",
    "Ffion",
    "Liam",
    "Maryam",
    "Owen",
    "Rosie",
    "Declan",
    "Nadia",
    "Gareth",
    "Kirsty",
    "Adebayo",
    "Holly",
    "Sanjay",
    "Orla",
    "Ben",
    "Fatima",
    "Craig",
    "Poppy",
    "Ibrahim",
    "Lucy",
    "Stefan",
    "Anjali",
    "Ruth",
    "Tom",
    "Deborah",
    "Wiktoria",
    "Gavin",
    "Shona",
    "Mei",
    "Patrick",
    "Abigail",
    "Hassan",
    "Fiona",
    "Jack",
    "Bronwen",
]
CHILD_NAMES = [
    "Mia",
    "Leo",
    "Ava",
    "Noah",
    "Lily",
    "Alfie",
    "Ruby",
    "Theo",
    "Evie",
    "Archie",
    "Maisie",
    "Kai",
    "Layla",
    "Reuben",
    "Esme",
    "Zain",
    "Daisy",
    "Finley",
    "Amara",
    "Oscar",
    "Ellie",
    "Jayden",
    "Nia",
    "Harvey",
    "Scarlett",
    "Ravi",
    "Iris",
    "Caleb",
    "Phoebe",
    "Ezra",
]
SURNAMES = [
    "Thistlewood",
    "Okafor",
    "Penhallow",
    "Brackley",
    "Quennell",
    "Ashdown",
    "Marlowe",
    "Fairbairn",
    "Kowalczyk",
    "Raman",
    "Haverstock",
    "Mbeki-Lowe",
    "Trelawney",
    "Ditchburn",
    "Ormerod",
    "Castellane",
    "Wetherall",
    "Adeyemi",
    "Strachan",
    "Nakamura-Hill",
    "Pennock",
    "Llewellyn-Price",
    "Ravensworth",
    "Siddiqui",
    "Fenwicke",
    "Halloran",
    "Birtwhistle",
    "Oyelaran",
    "Cardew",
    "Greenhalgh",
    "Ferreira",
    "Whitlock",
    "Amankwah",
    "Tremayne",
    "Bhattacharya",
    "Gallimore",
    "Harkness",
    "Yilmaz",
    "Pemberton-Oakes",
    "Iqbal",
    "Rowntree",
    "MacAskill",
    "Dunmore",
    "Szymanski",
    "Featherstone",
    "Achterberg",
    "O'Rourke",
    "Kilbride",
    "Venables",
    "Chaudhry",
    "Blenkinsop",
    "Ndlovu",
    "Carrow",
]
TOWNS = (
    "Kelmsford",
    "Brackenbury",
    "Wexcombe",
    "Thornley Vale",
    "Hadleigh Cross",
    "Ashcombe",
    "Market Stainby",
    "Fernhollow",
    "Pellingham",
    "Drayfield",
    "Castlemere",
    "Oxley Bridge",
    "Rowanbury",
    "Hartwell Green",
    "Millbeck",
    "Carrick Sands",
    "Tollerford",
    "Bramwick",
    "Llanfaron",
    "Glenmorrow",
    "Ballykeel",
    "Newstead Heath",
)
SCHOOL_STEMS = [
    "Oakfield",
    "Larkspur",
    "Kingsmead",
    "Hollybrook",
    "Whitecliffe",
    "Ashgrove",
    "Fernhill",
    "Marlpit",
    "Ridgeway",
    "Brambleside",
    "Elmhurst",
    "Harrowden",
    "Kestrel",
    "Moorgate",
    "Northfold",
    "Ravensmoor",
    "Saltings",
    "Thornfield",
    "Copperbeech",
    "Lindenmoor",
    "Greyfriars",
    "Mallory",
    "Quarrybank",
    "Penrose",
    "Silverholme",
    "Abbotsleigh",
    "Beaconsfold",
    "Cedarwood",
    "Dunwold",
    "Foxhollow",
    "Glenbrook",
    "Heronsgate",
    "Wrenfield",
    "Corrabeg",
]
SECONDARY_KINDS = ("Academy", "High School", "School", "Community College", "Academy Trust")
PRIMARY_KINDS = (
    "Primary School",
    "Primary Academy",
    "Junior School",
    "Infant School",
    "C of E Primary",
)
OTHER_KINDS = {
    "all_through": ("All-Through School", "Academy"),
    "special": ("School", "Special School"),
    "alternative": ("Pupil Referral Unit", "Learning Centre"),
    "further_education": ("College", "Sixth Form College"),
    "independent": ("Preparatory School", "Independent School", "College"),
    "nursery": ("Nursery", "Children's Centre"),
}
STREETS = (
    "Mill Lane",
    "Station Road",
    "Church Street",
    "Orchard Way",
    "Victoria Road",
    "School Lane",
    "Meadow Close",
    "Park Avenue",
    "Chapel Row",
    "Kingsway",
    "Bridge Street",
    "Manor Drive",
)
# Outward codes whose letters are not UK postcode areas, so no real address is named.
POSTCODE_AREAS = ("QB", "XR", "ZV", "QJ", "XK", "ZQ")
PHONE_FORMATS = (
    "07700 900{n:03d}",
    "0113 496 0{n:03d}",
    "020 7946 0{n:03d}",
    "0117 496 0{n:03d}",
    "0161 496 0{n:03d}",
    "0121 496 0{n:03d}",
    "+44 7700 900{n:03d}",
    "029 2018 0{n:03d}",
)
PERSONAL_DOMAINS = ("example.com", "example.org", "mail.example.net", "inbox.example.co.uk")
HANDLE_WORDS = [
    "staffroom",
    "tea",
    "exposed",
    "gossip",
    "teachers",
    "rate",
    "banter",
    "confess",
    "memes",
    "spill",
    "drama",
    "hall",
    "corridor",
    "year11",
    "sixthform",
    "kings",
    "lads",
    "girls",
    "official",
    "real",
    "fan",
    "daily",
    "truth",
    "vibes",
    "clips",
]
# Platform name -> how enquirers write it in a sentence.
PLATFORM_WORDS = {
    "X/Twitter": "Twitter",
}


def platform_word(name: str) -> str:
    return PLATFORM_WORDS.get(name, name)


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    title: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def formal(self) -> str:
        return f"{self.title} {self.last}"


def person(rng: random.Random) -> Person:
    first = rng.choice(FIRST_NAMES)
    return Person(first, rng.choice(SURNAMES), rng.choice(("Mr", "Mrs", "Ms", "Miss", "Dr")))


def child_name(rng: random.Random) -> str:
    return rng.choice(CHILD_NAMES)


def town(rng: random.Random) -> str:
    return rng.choice(TOWNS)


def school_name(rng: random.Random, setting: str) -> str:
    stem = rng.choice(SCHOOL_STEMS)
    if setting == "primary":
        kind = rng.choice(PRIMARY_KINDS)
        if rng.random() < 0.2:
            return f"St {rng.choice(('Brigid', 'Aidan', 'Columba', 'Hilda', 'Cuthbert'))}'s {kind}"
    elif setting in OTHER_KINDS:
        kind = rng.choice(OTHER_KINDS[setting])
    else:
        kind = rng.choice(SECONDARY_KINDS)
    return f"{stem} {kind}"


def slug(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum() or ch == " ").replace(" ", "-")


def work_email(rng: random.Random, who: Person, organisation: str, enquirer_type: str) -> str:
    local = rng.choice(
        (
            f"{who.first[0]}.{who.last}",
            f"{who.first}.{who.last}",
            f"{who.first[0]}{who.last}",
            "safeguarding",
            "dsl",
            "office",
        )
    )
    local = slug(local).replace("-", "") if "." not in local else local.replace(" ", "")
    local = local.lower().replace("'", "")
    if enquirer_type in {"teacher", "other_school_staff"} and organisation:
        stem = slug(organisation).split("-")[0]
        return f"{local}@{stem}.example.sch.uk"
    if enquirer_type == "police":
        return f"{local}@police.example.uk"
    if enquirer_type in {"local_authority", "social_worker"}:
        return f"{local}@council.example.gov.uk"
    if enquirer_type in {"charity", "other_professional"}:
        return f"{local}@{slug(organisation).split('-')[0] or 'team'}.example.org"
    return f"{slug(who.first)}{slug(who.last)}{rng.randint(1, 99)}@{rng.choice(PERSONAL_DOMAINS)}"


def phone(rng: random.Random) -> str:
    return rng.choice(PHONE_FORMATS).format(n=rng.randrange(1000))


def postcode(rng: random.Random) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return (
        f"{rng.choice(POSTCODE_AREAS)}{rng.randint(1, 29)} "
        f"{rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
    )


def address(rng: random.Random, organisation: str, place: str) -> str:
    return f"{organisation}, {rng.choice(STREETS)}, {place} {postcode(rng)}"


def handle(rng: random.Random, organisation: str = "") -> str:
    """An invented account name such as "oakfield.tea" or "staffroom_exposed22"."""
    stem = slug(organisation).split("-")[0] if organisation and rng.random() < 0.5 else ""
    words = [stem] if stem else [rng.choice(HANDLE_WORDS)]
    words.append(rng.choice(HANDLE_WORDS))
    sep = rng.choice(("_", ".", "", "_"))
    tail = str(rng.randint(1, 99)) if rng.random() < 0.6 else ""
    return sep.join(words) + tail


def link(rng: random.Random, platform: str, account: str) -> str:
    """A link of the kind enquirers paste for the platform (no www., as apps share them)."""
    digits = str(rng.randrange(10**18, 10**19))
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789"
    code = rng.getrandbits(54)
    short = ""
    for _ in range(9):
        code, index = divmod(code, len(alphabet))
        short += alphabet[index]
    forms = {
        "TikTok": (
            f"https://tiktok.com/@{account}",
            f"https://vm.tiktok.com/{short}/",
            f"tiktok.com/@{account}/video/7{digits[:18]}",
        ),
        "Instagram": (f"https://instagram.com/{account}", f"instagram.com/p/{short}/"),
        "Snapchat": (f"https://snapchat.com/add/{account}",),
        "Facebook": (f"https://facebook.com/{account}", f"facebook.com/groups/{digits[:15]}"),
        "YouTube": (f"https://youtube.com/@{account}", f"https://youtu.be/{short}A2"),
        "X/Twitter": (f"https://twitter.com/{account}/status/1{digits[:18]}",),
    }
    options = forms.get(platform)
    if not options:
        return f"https://{slug(account) or 'page'}.example.net/"
    return rng.choice(options)
