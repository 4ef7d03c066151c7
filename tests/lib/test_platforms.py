from __future__ import annotations

import pytest

from casebook.lib.platforms import find_platforms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fake TikTok account", ["TikTok"]),
        ("a tik tok video and a Tik-Tok live", ["TikTok"]),
        ("see vm.tiktok.com/ZGabc123/", ["TikTok"]),
        ("posted on insta and snap", ["Instagram", "Snapchat"]),
        ("a tweet about the head", ["X/Twitter"]),
        ("youtu.be/dQw4w9 was shared", ["YouTube"]),
        ("WhatsApp group chat", ["WhatsApp"]),
        ("a big fight in the playground", []),  # "ig" inside "big" is not Instagram
        ("the snapshot of the register", []),  # "snap" inside "snapshot" is not Snapchat
        ("Roblox and Minecraft", ["Roblox", "Minecraft"]),
        ("", []),
    ],
)
def test_find_platforms(text: str, expected: list[str]) -> None:
    assert find_platforms(text) == expected


def test_custom_platform_list() -> None:
    table = {"Yubo": ["yubo"], "Kik": ["kik messenger"]}
    assert find_platforms("She met him on Kik  Messenger", table) == ["Kik"]
