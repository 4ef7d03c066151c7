"""A small vocabulary and case factory for the pure analysis tests (no database)."""

from __future__ import annotations

from datetime import date

from casebook.analysis.facts import CaseFact, Dimension, Facts, FactsBuilder, Vocabulary

VOCAB = Vocabulary(
    channel=Dimension(
        ("email", "phone", "web", ""), ("Email", "Phone", "Web form", "Not recorded")
    ),
    enquirer_type=Dimension(
        ("", "teacher", "police", "other"),
        ("Not recorded", "Teacher", "Police", "Other/not specified"),
    ),
    setting_type=Dimension(
        ("", "primary", "secondary", "not_a_school"),
        ("Not recorded", "Primary school", "Secondary school", "Not a school"),
    ),
    region=Dimension(("", "UKK", "UKI", "UKM"), ("Unknown", "South West", "London", "Scotland")),
    categories=("Social networks", "Online reputation", "Cyber bullying", "Sexting"),
    platforms=("TikTok", "Instagram", "Snapchat"),
    platform_aliases={"TikTok": ("tik tok", "tiktok"), "Instagram": ("insta",), "Snapchat": ()},
)


def fact(
    ref: str = "CB-1",
    on: date = date(2022, 1, 10),
    channel: str = "email",
    enquirer_type: str = "teacher",
    setting_type: str = "secondary",
    region: str = "UKK",
    categories: tuple[str, ...] = ("Social networks",),
    platforms: tuple[str, ...] = (),
    subject: str = "",
) -> CaseFact:
    return CaseFact(
        reference=ref,
        opened_on=on,
        channel=channel,
        enquirer_type=enquirer_type,
        setting_type=setting_type,
        region=region,
        categories=categories,
        platforms=platforms,
        subject=subject,
    )


def build(facts: list[CaseFact], vocab: Vocabulary = VOCAB) -> Facts:
    b = FactsBuilder(vocab)
    for f in facts:
        b.add_fact(f)
    return b.build()
