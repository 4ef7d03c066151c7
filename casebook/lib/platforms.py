"""Find platform names in free text. Pure: no Django."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

# The platforms a helpline meets most, with the spellings enquirers use. Admins can edit the
# list in the database; this is its seed and the default for pure callers.
DEFAULT_PLATFORMS: dict[str, list[str]] = {
    "TikTok": ["tiktok", "tik tok", "tik-tok", "vm.tiktok.com"],
    "Instagram": ["instagram", "insta", "ig"],
    "Snapchat": ["snapchat", "snap chat", "snap"],
    "X/Twitter": ["twitter", "x.com", "tweet", "tweets"],
    "YouTube": ["youtube", "you tube", "youtu.be"],
    "Facebook": ["facebook", "fb"],
    "WhatsApp": ["whatsapp", "whats app"],
    "Roblox": ["roblox"],
    "Discord": ["discord"],
    "Twitch": ["twitch"],
    "Reddit": ["reddit"],
    "Telegram": ["telegram"],
    "Threads": ["threads.net"],
    "Pinterest": ["pinterest"],
    "Fortnite": ["fortnite"],
    "Minecraft": ["minecraft"],
    "Yubo": ["yubo"],
    "BeReal": ["bereal", "be real"],
}


def _alias_pattern(alias: str) -> str:
    # "tik tok" also matches "tik  tok"; word boundaries stop "ig" matching "big".
    parts = [re.escape(p) for p in alias.lower().split()]
    return r"(?<![\w.])" + r"[\s\-]*".join(parts) + r"(?![\w])"


@lru_cache(maxsize=32)
def _compiled(items: tuple[tuple[str, tuple[str, ...]], ...]) -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for name, aliases in items:
        spellings = {name.lower(), *(a.lower() for a in aliases)}
        if "/" in name:
            spellings |= {part.lower() for part in name.split("/")} - {"x"}
        pattern = "|".join(_alias_pattern(s) for s in sorted(spellings, key=len, reverse=True))
        out.append((name, re.compile(pattern, re.IGNORECASE)))
    return out


def find_platforms(text: str, platforms: Mapping[str, Iterable[str]] | None = None) -> list[str]:
    """Names of the platforms mentioned in text, in the order of the platform list."""
    table = DEFAULT_PLATFORMS if platforms is None else platforms
    key = tuple((name, tuple(aliases)) for name, aliases in table.items())
    return [name for name, pattern in _compiled(key) if pattern.search(text)]
