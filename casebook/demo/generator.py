"""The synthetic helpline: whole cases (enquirer, tags, dialogue, timings) from a period spec.

Pure: no Django. `generate_period(spec, rng)` returns CaseSpec objects whose counts match the
spec exactly (enquirer types, channels, settings, categories per setting group, regions as
quotas of the weights); the loader turns them into database rows. Same spec and same seed:
same cases, byte for byte.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from casebook.demo import people
from casebook.demo.allocate import allocate_labels, largest_remainder, shuffled_quota
from casebook.demo.calibration import (
    CATEGORY_COUNTS,
    NON_SCHOOL_SETTINGS,
    SCHOOL_SETTINGS_2020,
    SCHOOL_SETTINGS_OTHER,
    SCHOOL_TYPES,
    PeriodSpec,
)
from casebook.demo.scenarios import (
    ADVICE_ASKS,
    ASKS,
    DONE,
    FOLLOW_UPS,
    GREETINGS,
    LINK_FOLLOW_UPS,
    REPLY_OPENINGS,
    SCENARIOS,
    SIGN_OFFS,
    SINCE,
    WEEKDAYS,
    WHEN,
    Scenario,
)
from casebook.lib.platforms import DEFAULT_PLATFORMS
from casebook.lib.working_hours import HELPLINE_HOURS, LONDON

# Direction values as stored (casebook.cases.models.Direction).
INBOUND, OUTBOUND, NOTE = "in", "out", "note"
ENQUIRER_TAG, PRACTITIONER_TAG = "enquirer", "practitioner"

# How many practitioners share the casework (the loader maps indices to demo users).
PRACTITIONERS = 4

ROLES: dict[str, tuple[str, ...]] = {
    "teacher": (
        "Designated Safeguarding Lead",
        "Deputy Headteacher",
        "Assistant Headteacher",
        "Head of Year",
        "Head of Computing",
        "Headteacher",
        "Pastoral Lead",
        "class teacher",
        "Deputy DSL",
    ),
    "other_school_staff": (
        "pastoral support worker",
        "attendance officer",
        "IT technician",
        "school business manager",
        "learning mentor",
        "office manager",
        "teaching assistant",
    ),
    "police": ("Safer Schools Officer", "PC, neighbourhood team", "youth engagement officer"),
    "social_worker": ("social worker", "senior practitioner, children's services"),
    "local_authority": ("education safeguarding adviser", "LADO", "online safety adviser"),
    "charity": ("project worker", "youth support worker"),
    "other_professional": ("youth worker", "school nurse", "librarian", "sports coach"),
}
STAFF_ROLES = ("teacher", "teaching assistant", "PE teacher", "science teacher", "cover supervisor")
# Which enquirers are likelier to bring which category (weights; 1 when not listed).
AFFINITY: dict[str, dict[str, float]] = {
    "Grooming": {"police": 4, "social_worker": 3, "local_authority": 2, "parent": 2},
    "Sextortion": {"police": 4, "social_worker": 3, "parent": 2},
    "Sexting": {"police": 3, "social_worker": 2},
    "Peer-on-peer abuse": {"police": 3, "social_worker": 3},
    "E-crime": {"police": 3, "general_public": 2},
    "Media literacy education": {"other_professional": 3, "charity": 3, "local_authority": 2},
    "Excessive use": {"parent": 5, "general_public": 2},
    "Gaming": {"parent": 5},
    "Apps": {"parent": 3, "general_public": 2},
    "General enquiry": {"general_public": 3, "other": 3},
    "Social networks": {"teacher": 2, "other_school_staff": 2, "general_public": 0.5},
    "Online reputation": {"teacher": 2, "other_school_staff": 2, "general_public": 0.5},
}
# Rarer categories lead the story of a case that carries several.
CATEGORY_RARITY = {name: sum(counts) for name, counts in CATEGORY_COUNTS.items()}


@dataclass(frozen=True)
class EnquirerSpec:
    name: str
    email: str
    phone: str
    organisation: str
    enquirer_type: str
    setting_type: str
    region: str


@dataclass(frozen=True)
class MessageSpec:
    direction: str
    at: datetime
    by_practitioner: bool
    from_name: str
    from_email: str
    subject: str
    body: str


@dataclass(frozen=True)
class CaseSpec:
    opened_at: datetime
    channel: str
    status: str
    first_response_at: datetime | None
    closed_at: datetime | None
    practitioner: int  # index into the practitioners, 0..PRACTITIONERS-1
    enquirer: EnquirerSpec
    subject: str
    categories: tuple[tuple[str, str], ...]  # (category name, provenance)
    platforms: tuple[str, ...]
    messages: tuple[MessageSpec, ...]


@dataclass
class _Draft:
    """One case's attributes before its text is written."""

    enquirer_type: str
    setting: str = ""
    group: str = ""
    categories: frozenset[str] = frozenset()
    channel: str = "email"
    region: str = ""


def _schoolness(enquirer_type: str) -> int:
    if enquirer_type in SCHOOL_TYPES:
        return 0
    return 1 if enquirer_type in {"other", ""} else 2


def _pick(rng: random.Random, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _setting_outside_groups(rng: random.Random, enquirer_type: str, era: str) -> str:
    school = SCHOOL_SETTINGS_2020 if era == "2020" else SCHOOL_SETTINGS_OTHER
    if enquirer_type in SCHOOL_TYPES:
        return _pick(rng, school)
    if enquirer_type in {"other", ""} and rng.random() < 0.4:
        return _pick(rng, school)
    return _pick(rng, NON_SCHOOL_SETTINGS)


def _drafts(spec: PeriodSpec, rng: random.Random) -> list[_Draft]:
    """Attributes for every case of the period, meeting every count of the spec exactly."""
    drafts = [_Draft(t) for t in shuffled_quota(spec.enquirer_types, rng)]
    # School staff fill the school groups first (a random tie-break keeps the order fair);
    # whoever is left over, in any group, gets a setting that suits their role.
    order = sorted(
        range(len(drafts)), key=lambda i: (_schoolness(drafts[i].enquirer_type), rng.random())
    )
    position = 0
    members: dict[str, list[int]] = {}
    school_groups = [g for g in spec.groups if g.name in {"primary", "secondary"}]
    other_groups = [g for g in spec.groups if g.name not in {"primary", "secondary"}]
    head = order[: sum(g.size for g in school_groups)]
    rng.shuffle(head)
    for group in school_groups:
        members[group.name] = head[position : position + group.size]
        position += group.size
        for i in members[group.name]:
            drafts[i].setting = group.name
    tail = order[position:]
    rng.shuffle(tail)
    position = 0
    for group in other_groups:
        members[group.name] = tail[position : position + group.size]
        position += group.size
        for i in members[group.name]:
            drafts[i].setting = _setting_outside_groups(rng, drafts[i].enquirer_type, spec.era)
    for group in spec.groups:
        indices = members[group.name]

        def affinity(label: str, item: int, indices: Sequence[int] = indices) -> float:
            return AFFINITY.get(label, {}).get(drafts[indices[item]].enquirer_type, 1.0)

        labels = allocate_labels(len(indices), group.categories, rng, affinity)
        for item, index in enumerate(indices):
            drafts[index].group = group.name
            drafts[index].categories = frozenset(labels[item])
    for draft, channel in zip(drafts, shuffled_quota(spec.channels, rng), strict=True):
        draft.channel = channel
    regions = shuffled_quota(largest_remainder(spec.region_weights, len(drafts)), rng)
    for draft, region in zip(drafts, regions, strict=True):
        draft.region = region
    return drafts


def _day_weights(start: date, end: date) -> tuple[list[date], list[float]]:
    """Days of the period and how busy each is: weekdays, quieter in school holidays."""
    days, weights = [], []
    day = start
    while day < end:
        weight = 1.0 if day.weekday() < 5 else 0.12
        if day.month == 8 or (day.month == 12 and day.day > 21) or (day.month == 1 and day.day < 4):
            weight *= 0.3
        elif day.month == 7 and day.day > 22:
            weight *= 0.5
        days.append(day)
        weights.append(weight)
        day += timedelta(days=1)
    return days, weights


class _Clock:
    """Random moments inside a period, with cumulative weights computed once."""

    def __init__(self, start: date, end: date) -> None:
        self.days, weights = _day_weights(start, end)
        self.working_days = [d for d in self.days if HELPLINE_HOURS.is_working_day(d)]
        self.cumulative: list[float] = []
        total = 0.0
        for w in weights:
            total += w
            self.cumulative.append(total)

    def opened_at(self, rng: random.Random, channel: str) -> datetime:
        if channel == "phone":
            day = rng.choice(self.working_days)
            minute = rng.randrange(9 * 60, 16 * 60 + 30)  # the call and its notes end by 17:00
        else:
            day = rng.choices(self.days, cum_weights=self.cumulative)[0]
            roll = rng.random()
            if roll < 0.72:
                minute = rng.randrange(8 * 60, 18 * 60)
            elif roll < 0.92:
                minute = rng.randrange(18 * 60, 23 * 60)
            else:
                minute = rng.randrange(6 * 60, 8 * 60)
        moment = datetime.combine(day, time(minute // 60, minute % 60, rng.randrange(60)), LONDON)
        return moment


# How the first reply's wait stretches with the helpline's load (illustrative, not measured):
# term starts and the autumn are busiest, August and the Christmas weeks quietest; Monday
# answers the weekend's mail; messages that arrive out of hours join the morning's pile.
MONTH_LOAD = {1: 1.05, 2: 0.95, 3: 1.05, 4: 0.85, 5: 0.95, 6: 1.0, 7: 0.9, 8: 0.55, 9: 1.25,
              10: 1.2, 11: 1.15, 12: 0.8}  # fmt: skip
WEEKDAY_LOAD = (1.15, 1.0, 0.95, 0.9, 0.85, 1.2, 1.2)


def _response_delay(rng: random.Random, opened_at: datetime | None = None) -> timedelta:
    """Working time to the first reply: most within the three-hour aim, some much later,
    longer when the helpline is busy. The demo's reply times are illustrative: shaped like a
    real helpline's, not taken from one.

    Draws the same random numbers whatever `opened_at` is, so the rest of the demo (and every
    figure it reproduces) does not change with the shaping.
    """
    roll = rng.random()
    if roll < 0.86:
        minutes = rng.randrange(8, 170)
    elif roll < 0.95:
        minutes = rng.randrange(180, 480)
    else:
        minutes = rng.randrange(480, 1400)
    if opened_at is not None:
        local = opened_at.astimezone(LONDON)
        load = MONTH_LOAD[local.month] * WEEKDAY_LOAD[local.weekday()]
        if not 9 <= local.hour < 17:
            load *= 1.1
        minutes = max(5, round(minutes * load))
    return timedelta(minutes=minutes)


def _lead_scenario(categories: frozenset[str]) -> str:
    if not categories:
        return "uncategorised"
    lead = min(categories, key=lambda name: (CATEGORY_RARITY[name], name))
    if lead in {"Social networks", "Online reputation"}:
        return "reputation"
    return lead


class _Slots(dict[str, str]):
    """Template slots, each drawn on first use and then fixed for the whole case."""

    def __init__(self, makers: Mapping[str, Callable[[], str]]) -> None:
        super().__init__()
        self.makers = makers

    def __missing__(self, key: str) -> str:
        value = self[key] = self.makers[key]()
        return value


def _year_group(rng: random.Random, setting: str) -> str:
    if setting in {"primary", "nursery"}:
        return f"Year {rng.randint(3, 6)}"
    return f"Year {rng.randint(7, 11)}" if rng.random() < 0.9 else f"Year {rng.randint(12, 13)}"


def _platform_mentioned(name: str, text: str) -> bool:
    lowered = text.lower()
    return any(
        spelling in lowered
        for spelling in (people.platform_word(name).lower(), *DEFAULT_PLATFORMS.get(name, ())[:1])
    )


def _fill(template: str, slots: Mapping[str, Any]) -> str:
    return template.format_map(slots)


def _signature(
    rng: random.Random,
    who: people.Person,
    role: str,
    organisation: str,
    slots: Mapping[str, str],
    email: str,
) -> str:
    lines = [rng.choice((who.full, who.first, f"{who.formal}", who.full))]
    if role:
        lines.append(role[0].upper() + role[1:])
    if organisation:
        lines.append(organisation)
    roll = rng.random()
    if roll < 0.35:
        lines.append(f"Tel: {slots['phone']}")
    elif roll < 0.55:
        lines.append(f"{slots['address']}")
        lines.append(f"T: {slots['phone']} | E: {email}")
    elif roll < 0.65:
        lines.append(f"Mob: {slots['phone']}")
    return "\n".join(lines)


def _intro(rng: random.Random, enquirer_type: str, role: str, slots: Mapping[str, str]) -> str:
    school = slots["school"]
    options: tuple[str, ...]
    if enquirer_type in SCHOOL_TYPES:
        options = (
            f"I'm the {role} at {school}.",
            f"I am {_a(role)} at {school} in {slots['town']}.",
            f"I'm writing from {school}, where I'm the {role}.",
            f"My name is {slots['name']} and I'm the {role} at {school}.",
            "",
        )
    elif enquirer_type == "parent":
        options = (
            f"I'm a parent of a {slots['year']} pupil at {school}.",
            f"My child goes to {school} and I'm worried about something.",
        )
    elif enquirer_type == "general_public":
        options = (
            "I'm writing as a member of the public.",
            "",
            "I'm not a teacher, but I hope you can help.",
        )
    elif enquirer_type in ROLES:
        options = (
            f"I'm {_a(role)} working with schools in {slots['town']}.",
            f"I work as {_a(role)} in {slots['town']} and support {school}.",
            f"My name is {slots['name']}, {role} in {slots['town']}.",
        )
    else:
        options = ("I hope you can help.", "", f"I'm contacting you about {school}.")
    return rng.choice(options)


def _a(noun: str) -> str:
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def _organisation(rng: random.Random, enquirer_type: str, school: str, place: str) -> str:
    if enquirer_type in SCHOOL_TYPES:
        return school
    return {
        "police": f"{place} Neighbourhood Policing Team",
        "social_worker": f"{place} Children's Services",
        "local_authority": f"{place} Council",
        "charity": f"{place} Youth Project",
        "other_professional": rng.choice((f"{place} Youth Service", f"{place} Health Centre")),
    }.get(enquirer_type, "")


def compose_case(rng: random.Random, draft: _Draft, clock: _Clock, era: str) -> CaseSpec:
    """Write one case: enquirer, subject, first message, the dialogue and its timings."""
    scenario_key = _lead_scenario(draft.categories)
    scenario: Scenario = SCENARIOS[scenario_key]
    weights = scenario.platforms.get(era) or scenario.platforms.get("2022") or {}
    platform = _pick(rng, weights) if weights else ""
    school_setting = draft.setting if draft.setting not in {"", "not_a_school"} else "secondary"
    school = people.school_name(rng, school_setting)
    place = people.town(rng)
    who = people.person(rng)
    staff = people.person(rng)
    role = rng.choice(ROLES.get(draft.enquirer_type, ("",)))
    if role == "Head of Year":
        role = f"Head of {_year_group(rng, school_setting)}"
    organisation = _organisation(rng, draft.enquirer_type, school, place)
    account = people.handle(rng, school)
    email = people.work_email(rng, who, organisation, draft.enquirer_type)
    is_school = draft.enquirer_type in SCHOOL_TYPES
    word = people.platform_word(platform) if platform else "the site"
    # Slots are drawn when a template first uses them: fewer random draws per case, and the
    # same seed still gives the same text because templates are chosen in a fixed order.
    slots = _Slots(
        {
            "platform": lambda: word,
            "a_platform": lambda: _a(word),
            "A_platform": lambda: "A" + _a(word)[1:],
            "handle": lambda: account,
            "handle2": lambda: people.handle(rng),
            "url": lambda: people.link(rng, platform, account),
            "url2": lambda: people.link(rng, platform, people.handle(rng)),
            "staff": lambda: rng.choice((staff.formal, staff.full, staff.formal)),
            "staff_role": lambda: rng.choice(STAFF_ROLES),
            "child": lambda: people.child_name(rng),
            "age": lambda: str(
                rng.randint(7, 11) if school_setting == "primary" else rng.randint(8, 16)
            ),
            "year": lambda: _year_group(rng, school_setting),
            "school": lambda: school,
            "town": lambda: place,
            "when": lambda: rng.choice(WHEN),
            "since": lambda: rng.choice(SINCE),
            "n": lambda: str(rng.randint(3, 12)),
            "views": lambda: f"{rng.randint(2, 90)},{rng.randrange(1000):03d}",
            "followers": lambda: str(rng.randint(40, 2400)),
            "our": lambda: "our" if is_school else "the school's",
            "phone": lambda: people.phone(rng),
            "other_phone": lambda: people.phone(rng),
            "money": lambda: str(rng.choice((50, 100, 150, 200, 300, 500))),
            "weekday": lambda: rng.choice(WEEKDAYS),
            "ticket": lambda: f"{rng.randint(10, 99)}-{rng.randrange(10**7):07d}",
            "name": lambda: who.full,
            "address": lambda: people.address(rng, organisation or "Flat 2", place),
        }
    )
    situation = rng.randrange(len(scenario.situations))
    if scenario.paired:
        subject = _fill(rng.choice(scenario.subjects[situation].split("|")), slots)
        outcomes = tuple(scenario.outcomes[situation].split("|"))
    else:
        subject = _fill(rng.choice(scenario.subjects), slots)
        outcomes = scenario.outcomes
    if rng.random() < 0.12:
        subject = subject.upper() if rng.random() < 0.3 else subject.lower()
    parts = [_fill(scenario.situations[situation], slots)]
    if scenario.details and rng.random() < 0.6:
        parts.append(_fill(rng.choice(scenario.details), slots))
    incident = scenario.kind == "incident"
    done = _fill(rng.choice(DONE), slots) if incident else ""
    asks: tuple[str, ...] = ASKS if incident else ADVICE_ASKS
    if "phone" in slots:  # the enquiry already gave a number to call
        asks = tuple(a for a in asks if "{phone}" not in a)
    ask = _fill(rng.choice(asks), slots)
    intro = _intro(rng, draft.enquirer_type, role, slots)
    opened_at = clock.opened_at(rng, draft.channel)
    if draft.channel == "phone":
        body = (
            f"Call from {who.full}"
            + (f", {role}" if role else "")
            + (f", {organisation}" if organisation else "")
            + f". Tel {slots['phone']}.\n\n"
            + "What the caller told us: "
            + " ".join(p for p in (intro, *parts, done) if p)
        )
    else:
        morning = opened_at.astimezone(LONDON).hour < 12
        greeting = rng.choice(
            [g for g in GREETINGS if g != ("Good afternoon," if morning else "Good morning,")]
        )
        middle = " ".join(p for p in (intro, *parts) if p)
        paragraphs = [greeting, middle, " ".join(p for p in (done, ask) if p)]
        paragraphs.append(
            rng.choice(SIGN_OFFS) + "\n" + _signature(rng, who, role, organisation, slots, email)
        )
        body = "\n\n".join(p for p in paragraphs if p)
    first_text = f"{subject}\n{body}"
    platforms = (platform,) if platform and _platform_mentioned(platform, first_text) else ()
    enquirer = EnquirerSpec(
        name=who.full,
        email=email if draft.channel != "phone" or rng.random() < 0.5 else "",
        phone=slots["phone"] if draft.channel == "phone" or rng.random() < 0.3 else "",
        organisation=organisation,
        enquirer_type=draft.enquirer_type,
        setting_type=draft.setting,
        region=draft.region,
    )
    practitioner = rng.randrange(PRACTITIONERS)
    messages, first_response_at, status, closed_at = _dialogue(
        rng, draft, scenario, slots, who, enquirer, subject, body, opened_at, outcomes
    )
    provenance_roll = 0.0 if draft.channel == "web" else (1.0 if draft.channel == "phone" else 0.35)
    categories = tuple(
        (name, PRACTITIONER_TAG if rng.random() < provenance_roll else ENQUIRER_TAG)
        for name in sorted(draft.categories)
    )
    return CaseSpec(
        opened_at=opened_at,
        channel=draft.channel,
        status=status,
        first_response_at=first_response_at,
        closed_at=closed_at,
        practitioner=practitioner,
        enquirer=enquirer,
        subject=subject,
        categories=categories,
        platforms=platforms,
        messages=messages,
    )


def _dialogue(
    rng: random.Random,
    draft: _Draft,
    scenario: Scenario,
    slots: Mapping[str, str],
    who: people.Person,
    enquirer: EnquirerSpec,
    subject: str,
    body: str,
    opened_at: datetime,
    outcomes: Sequence[str],
) -> tuple[tuple[MessageSpec, ...], datetime | None, str, datetime | None]:
    """The conversation after the first message, inside working hours for the practitioner."""
    reply_subject = subject if subject.lower().startswith("re:") else f"Re: {subject}"
    from_email = enquirer.email
    messages = [
        MessageSpec(
            INBOUND, opened_at, draft.channel == "phone", who.full, from_email, subject, body
        )
    ]
    advice = rng.sample(scenario.advice, k=min(len(scenario.advice), rng.choice((1, 2, 2, 3))))
    greeting = rng.choice(
        (f"Hi {who.first},", f"Dear {who.first},", f"Hello {who.first},", "Hello,")
    )
    advice_text = " ".join(_fill(a, slots) for a in advice)
    openings = [o for o in REPLY_OPENINGS if scenario.kind == "incident" or "sorry" not in o]
    if draft.channel == "phone":
        first_response = opened_at + timedelta(minutes=rng.randint(6, 25))
        reply = f"Advice given on the call: {advice_text}"
    else:
        first_response = HELPLINE_HOURS.add(opened_at, _response_delay(rng, opened_at))
        reply = (
            f"{greeting}\n\n{rng.choice(openings)} {advice_text}\n\nBest wishes,\nThe helpline team"
        )
    messages.append(MessageSpec(OUTBOUND, first_response, True, "", "", reply_subject, reply))
    last = first_response
    if scenario.notes and rng.random() < 0.45:
        last = HELPLINE_HOURS.add(last, timedelta(minutes=rng.randint(3, 60)))
        messages.append(
            MessageSpec(NOTE, last, True, "", "", "", _fill(rng.choice(scenario.notes), slots))
        )
    about_content = scenario.kind == "incident" and bool(scenario.platforms)
    follow_ups = FOLLOW_UPS + LINK_FOLLOW_UPS if about_content else FOLLOW_UPS
    if draft.channel != "phone" and rng.random() < 0.55:
        last = last + timedelta(minutes=rng.randint(20, 60 * 30))
        messages.append(
            MessageSpec(
                INBOUND,
                last,
                False,
                who.full,
                from_email,
                reply_subject,
                _fill(rng.choice(follow_ups), slots) + f"\n\n{who.first}",
            )
        )
    roll = rng.random()
    if roll < 0.03:
        status = rng.choice(("open", "awaiting", "escalated"))
        return tuple(messages), first_response, status, None
    last = HELPLINE_HOURS.add(last, timedelta(minutes=rng.randint(30, 900)))
    outcome = _fill(rng.choice(outcomes), slots)
    closing = f"Hi {who.first},\n\n{outcome}\n\nBest wishes,\nThe helpline team"
    messages.append(MessageSpec(OUTBOUND, last, True, "", "", reply_subject, closing))
    closed_at = last + timedelta(minutes=rng.randint(1, 20))
    return tuple(messages), first_response, "closed", closed_at


def generate_period(spec: PeriodSpec, rng: random.Random) -> list[CaseSpec]:
    """Every case of the period, in the order they were opened."""
    drafts = _drafts(spec, rng)
    clock = _Clock(spec.start, spec.end)
    cases = [compose_case(rng, draft, clock, spec.era) for draft in drafts]
    cases.sort(key=lambda c: c.opened_at)
    return cases
