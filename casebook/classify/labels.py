"""The four risk flags, and what each means. Pure: imported by Django code without the model.

A flag marks the rare case that must not wait in the queue behind the everyday ones.
"""

from __future__ import annotations

from typing import Final

SELF_HARM: Final = "self_harm"
INDECENT_IMAGE: Final = "indecent_image"
SEXTORTION: Final = "sextortion"
IMMEDIATE_DANGER: Final = "immediate_danger"

# Order is the order banners list them in: the most urgent first.
RISK_FLAGS: Final[tuple[str, ...]] = (IMMEDIATE_DANGER, SELF_HARM, SEXTORTION, INDECENT_IMAGE)

RISK_LABELS: Final[dict[str, str]] = {
    IMMEDIATE_DANGER: "Immediate danger",
    SELF_HARM: "Suicide or self-harm",
    SEXTORTION: "Sextortion",
    INDECENT_IMAGE: "Indecent image of a child",
}

RISK_DEFINITIONS: Final[dict[str, str]] = {
    IMMEDIATE_DANGER: "Someone, usually a child, may come to serious harm now or very soon: a "
    "planned meeting with an adult met online, a threat to kill or to bring a weapon, a missing "
    "child, a suicide attempt under way.",
    SELF_HARM: "A child or young person at risk of suicide or self-harm: talk of wanting to "
    "die, cutting, overdoses, suicide notes, being told to kill themselves.",
    SEXTORTION: "Someone threatens to share intimate images unless money or more images are "
    "handed over.",
    INDECENT_IMAGE: "A nude, sexual or indecent image or video of someone under 18, however it "
    "was made or shared (including self-generated images shared among pupils).",
}
