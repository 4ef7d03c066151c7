"""Links and handles found in a case's dialogue."""

from __future__ import annotations

import pytest

from casebook.lib.platforms import DEFAULT_PLATFORMS
from casebook.partners.items import ACCOUNT, POST, URL, FoundItem, find_items


def found(text: str, case_platforms: tuple[str, ...] = ()) -> list[FoundItem]:
    return find_items(text, DEFAULT_PLATFORMS, case_platforms=case_platforms)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The video is at https://www.tiktok.com/@fake_head/video/7251234567890.",
            [FoundItem(POST, "https://www.tiktok.com/@fake_head/video/7251234567890", "TikTok")],
        ),
        (
            "Account: https://www.instagram.com/examplevale_head/ please help",
            [FoundItem(ACCOUNT, "https://www.instagram.com/examplevale_head/", "Instagram")],
        ),
        (
            "see instagram.com/p/Cxyz123 and vm.tiktok.com/ZMabc/",
            [
                FoundItem(POST, "https://instagram.com/p/Cxyz123", "Instagram"),
                FoundItem(POST, "https://vm.tiktok.com/ZMabc/", "TikTok"),
            ],
        ),
        (
            "(https://youtu.be/abc123)",
            [FoundItem(POST, "https://youtu.be/abc123", "YouTube")],
        ),
        (
            "https://x.com/someone/status/12345, https://twitter.com/someone",
            [
                FoundItem(POST, "https://x.com/someone/status/12345", "X/Twitter"),
                FoundItem(ACCOUNT, "https://twitter.com/someone", "X/Twitter"),
            ],
        ),
        (
            "A review page https://www.example-reviews.invalid/school/123 is defamatory.",
            [FoundItem(URL, "https://www.example-reviews.invalid/school/123", None)],
        ),
        (
            "There is a Snapchat account @year10_gossip sharing pictures.",
            [FoundItem(ACCOUNT, "@year10_gossip", "Snapchat")],
        ),
        (
            "Email me at head@school.example.org about @someone.",
            [FoundItem(ACCOUNT, "@someone", None)],
        ),
        (
            "Discord server discord.gg/abcdef and twitch.tv/streamer_x",
            [
                FoundItem(URL, "https://discord.gg/abcdef", "Discord"),
                FoundItem(ACCOUNT, "https://twitch.tv/streamer_x", "Twitch"),
            ],
        ),
        ("No links here, just words and a price of £5.", []),
    ],
)
def test_find_items(text: str, expected: list[FoundItem]) -> None:
    assert found(text) == expected


def test_each_item_once_in_order_of_first_appearance() -> None:
    text = "@one then https://tiktok.com/@two then @one again and https://TikTok.com/@two/"
    assert [i.value for i in found(text)] == ["@one", "https://tiktok.com/@two"]


def test_handle_inside_a_url_is_not_a_second_item() -> None:
    assert [i.value for i in found("https://www.tiktok.com/@fake_head")] == [
        "https://www.tiktok.com/@fake_head"
    ]


def test_handle_platform_falls_back_on_the_case_s_only_platform() -> None:
    assert found("They call themselves @ghost_acc.", ("Roblox",)) == [
        FoundItem(ACCOUNT, "@ghost_acc", "Roblox")
    ]
    # Two platforms on the case: no guess.
    assert found("They call themselves @ghost_acc.", ("Roblox", "Discord"))[0].platform is None


def test_sentence_naming_two_platforms_gives_no_guess() -> None:
    item = found("Both Instagram and TikTok have @same_name_here.")[0]
    assert item.platform is None


def test_admin_added_platform_host_from_its_aliases() -> None:
    platforms = {**DEFAULT_PLATFORMS, "Kik": ["kik", "kik.me"]}
    items = find_items("https://kik.me/someone", platforms)
    assert items == [FoundItem(ACCOUNT, "https://kik.me/someone", "Kik")]
