"""What the demo helpline must add up to: the published annual figures, as period specs.

Pure: no Django. Counts of cases are exact targets (the demo reproduces the published tables
to the unit); everything the report does not print (region, the 2020-21 channel and setting
split, the settings of the cases outside primary and secondary schools) is illustrative and
documented here.

Keys are the stored values of casebook.cases.models (enquirer type and setting codes, region
ITL1 codes) and category names as in casebook.cases.taxonomy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from casebook.demo.allocate import largest_remainder

# Table 3: cases tagged with each category, (2021-22, 2020-21).
CATEGORY_COUNTS: dict[str, tuple[int, int]] = {
    "Social networks": (3335, 227),
    "Online reputation": (3094, 148),
    "Cyber bullying": (400, 67),
    "Potentially harmful content": (74, 21),
    "Websites": (44, 42),
    "Technical settings": (25, 17),
    "Repeated harassment": (17, 0),
    "Sexting": (15, 12),
    "Media literacy education": (13, 99),
    "Sexual harassment": (13, 14),
    "Data privacy": (13, 12),
    "Love, relationships and sexuality": (11, 3),
    "E-crime": (10, 8),
    "Apps": (9, 21),
    "Grooming": (9, 16),
    "Peer-on-peer abuse": (9, 16),
    "Mobile device": (7, 11),
    "Sextortion": (7, 0),
    "Hate speech/racism": (5, 5),
    "Excessive use": (4, 0),
    "General enquiry": (1, 0),
    "Gaming": (1, 0),
}

# Table 4 in its consistent reading: (secondary, primary) cases of 2021-22 per category. The
# printed table swaps the labels of cyber bullying and potentially harmful content, and its
# peer-on-peer row exceeds the year's total; categories it omits have none in either setting.
SETTING_CATEGORY_COUNTS: dict[str, tuple[int, int]] = {
    "Social networks": (3147, 72),
    "Online reputation": (2945, 66),
    "Cyber bullying": (347, 15),
    "Potentially harmful content": (28, 9),
    "Websites": (17, 8),
    "Peer-on-peer abuse": (6, 3),
    "Technical settings": (9, 2),
    "Sexting": (8, 2),
    "Mobile device": (6, 1),
    "Data privacy": (5, 1),
    "Grooming": (5, 1),
    "Sexual harassment": (5, 1),
    "Apps": (4, 4),
    "E-crime": (4, 0),
    "Love, relationships and sexuality": (3, 1),
    "Media literacy education": (3, 1),
    "Excessive use": (2, 1),
    "Hate speech/racism": (1, 1),
}

# Table 1: enquirer types, (2021-22, 2020-21). In 2021-22 the rows sum to 4,020 of 4,078
# cases: the other 58 have no enquirer type recorded ("").
ENQUIRER_TYPE_COUNTS: dict[str, tuple[int, int]] = {
    "charity": (3, 0),
    "general_public": (63, 51),
    "local_authority": (33, 6),
    "other_professional": (9, 73),
    "other_school_staff": (187, 2),
    "parent": (19, 15),
    "police": (28, 28),
    "social_worker": (7, 35),
    "teacher": (3461, 276),
    "other": (210, 32),
}

# Illustrative regional spreads (the report gives maps, not numbers): in 2020-21 the South
# West is the most common region by far; in 2021-22 enquiries come from everywhere, roughly
# in line with population, with the South West among the regions with the fewest.
REGION_WEIGHTS_2020: dict[str, float] = {
    "UKK": 31,  # South West
    "UKJ": 12,
    "UKI": 9,
    "UKD": 8,
    "UKG": 7,
    "UKH": 6,
    "UKE": 6,
    "UKF": 5,
    "UKL": 4,
    "UKC": 3,
    "UKM": 2,
    "UKN": 1,
    "OUT": 1,
    "": 5,
}
REGION_WEIGHTS_2022: dict[str, float] = {
    "UKJ": 13,
    "UKI": 13,
    "UKD": 12,
    "UKH": 10,
    "UKG": 10,
    "UKE": 9,
    "UKF": 8,
    "UKL": 5,
    "UKM": 5,
    "UKC": 4,
    "UKN": 2,
    "UKK": 2,  # South West
    "OUT": 1,
    "": 6,
}

# The report gives the channel split for 2021-22 only. For 2020-21 we assume the same
# email-first service, with a little more phone use during lockdown and a few enquiries
# through the web form: 468 email, 38 phone, 12 web form.
CHANNEL_2020: dict[str, int] = {"email": 468, "phone": 38, "web": 12}

# Settings of the 2021-22 cases outside primary and secondary schools (568), and of every
# 2020-21 case, as shares by kind of enquirer. School staff work in schools; police, social
# workers, parents and the public mostly answer "not a school" or leave it blank.
SCHOOL_SETTINGS_OTHER: dict[str, float] = {
    "all_through": 25,
    "special": 20,
    "alternative": 12,
    "further_education": 18,
    "independent": 15,
    "nursery": 10,
}
NON_SCHOOL_SETTINGS: dict[str, float] = {"not_a_school": 70, "": 30}
# 2020-21 school staff: primary and secondary in similar measure (the big rise in secondary
# enquiries came later), the rest in other kinds of school.
SCHOOL_SETTINGS_2020: dict[str, float] = {
    "primary": 38,
    "secondary": 40,
    "all_through": 6,
    "special": 6,
    "alternative": 3,
    "further_education": 4,
    "independent": 3,
}

SCHOOL_TYPES = frozenset({"teacher", "other_school_staff"})


@dataclass(frozen=True)
class SettingGroup:
    """Cases in one setting bucket, with the exact number carrying each category."""

    name: str  # "primary", "secondary" or "rest" (any other setting or none)
    size: int
    categories: Mapping[str, int]


@dataclass(frozen=True)
class PeriodSpec:
    """Everything the generator needs to make one period's cases add up."""

    label: str
    start: date  # first day (Europe/London), inclusive
    end: date  # day after the last, exclusive
    cases: int
    channels: Mapping[str, int]
    enquirer_types: Mapping[str, int]  # "" = not recorded
    groups: tuple[SettingGroup, ...]
    region_weights: Mapping[str, float]
    # True when the groups fix the primary/secondary split; False: settings are drawn from
    # SCHOOL_SETTINGS_2020 by enquirer type.
    fixed_settings: bool
    era: str  # "2020" or "2022": which platform mix the texts use
    extra: Mapping[str, int] = field(default_factory=dict)


def spec_2021_22() -> PeriodSpec:
    total = 4078
    types = {k: v[0] for k, v in ENQUIRER_TYPE_COUNTS.items()}
    types[""] = total - sum(types.values())
    secondary = {k: v[0] for k, v in SETTING_CATEGORY_COUNTS.items() if v[0]}
    primary = {k: v[1] for k, v in SETTING_CATEGORY_COUNTS.items() if v[1]}
    rest = {
        name: year - secondary.get(name, 0) - primary.get(name, 0)
        for name, (year, _) in CATEGORY_COUNTS.items()
    }
    return PeriodSpec(
        label="2021-22",
        start=date(2021, 11, 1),
        end=date(2022, 11, 1),
        cases=total,
        channels={"email": 4019, "phone": 59},
        enquirer_types=types,
        groups=(
            SettingGroup("secondary", 3401, secondary),
            SettingGroup("primary", 109, primary),
            SettingGroup("rest", total - 3401 - 109, {k: v for k, v in rest.items() if v}),
        ),
        region_weights=REGION_WEIGHTS_2022,
        fixed_settings=True,
        era="2022",
    )


def spec_2020_21() -> PeriodSpec:
    total = 518
    return PeriodSpec(
        label="2020-21",
        start=date(2020, 1, 16),
        end=date(2021, 1, 23),
        cases=total,
        channels=CHANNEL_2020,
        enquirer_types={k: v[1] for k, v in ENQUIRER_TYPE_COUNTS.items() if v[1]},
        groups=(SettingGroup("all", total, {k: v[1] for k, v in CATEGORY_COUNTS.items() if v[1]}),),
        region_weights=REGION_WEIGHTS_2020,
        fixed_settings=False,
        era="2020",
    )


def scaled(spec: PeriodSpec, *, cases: int, start: date, end: date, label: str) -> PeriodSpec:
    """The same mix of cases at another size and over other dates (for `generate`)."""
    factor = cases / spec.cases
    sizes = largest_remainder({g.name: g.size for g in spec.groups}, cases)
    groups = []
    for group in spec.groups:
        size = sizes[group.name]
        counts = {
            name: min(size, round(count * factor)) for name, count in group.categories.items()
        }
        groups.append(SettingGroup(group.name, size, {k: v for k, v in counts.items() if v}))
    return PeriodSpec(
        label=label,
        start=start,
        end=end,
        cases=cases,
        channels=largest_remainder(spec.channels, cases),
        enquirer_types=largest_remainder(spec.enquirer_types, cases),
        groups=tuple(groups),
        region_weights=spec.region_weights,
        fixed_settings=spec.fixed_settings,
        era=spec.era,
    )
