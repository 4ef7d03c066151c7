"""Links and handles in a case's dialogue, offered as items to escalate. Pure: no Django.

An item is a URL, an account or a post. `find_items(text, platforms)` returns each distinct one
once, in the order it first appears, with the platform it most likely belongs to: for a URL,
the platform whose web address it is; for an @handle, the platform named in the same sentence,
else the only platform the caller says the case is about, else none (the practitioner picks).
Email addresses are never taken for handles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from casebook.lib.platforms import find_platforms

URL, ACCOUNT, POST = "url", "account", "post"

# Web addresses of platforms that their names and aliases do not give away.
KNOWN_HOSTS: dict[str, str] = {
    "twitch.tv": "Twitch",
    "t.me": "Telegram",
    "fb.com": "Facebook",
    "fb.watch": "Facebook",
    "wa.me": "WhatsApp",
    "discord.gg": "Discord",
    "redd.it": "Reddit",
    "pin.it": "Pinterest",
    "instagr.am": "Instagram",
    "twitter.com": "X/Twitter",
    "x.com": "X/Twitter",
    "youtu.be": "YouTube",
    "threads.net": "Threads",
    "bere.al": "BeReal",
}
# Path words that mark a single post, video or comment rather than an account.
POST_WORDS = frozenset(
    {
        "p",
        "reel",
        "reels",
        "video",
        "videos",
        "status",
        "statuses",
        "watch",
        "posts",
        "post",
        "comments",
        "shorts",
        "story",
        "stories",
        "photo",
        "photos",
        "permalink.php",
        "story.php",
        "add",
        "spotlight",
        "s",
    }
)
# Short links that always lead to one post or video.
SHORT_LINK_HOSTS = frozenset(
    {"vm.tiktok.com", "vt.tiktok.com", "youtu.be", "redd.it", "fb.watch", "pin.it"}
)
# Invitations to a group or server: a link, not an account.
INVITE_HOSTS = frozenset({"discord.gg", "chat.whatsapp.com"})
# First path words that are a platform's own pages, not an account.
NOT_ACCOUNTS = frozenset({"explore", "search", "hashtag", "tag", "help", "settings", "login"})

_TLDS = r"(?:com|net|org|co\.uk|org\.uk|uk|tv|gg|io|me|be|ly|am|al|app|watch|it)"
URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'()\[\]{}]+"
    rf"|(?<![\w@./-])(?:[a-z0-9-]+\.)+{_TLDS}/[^\s<>\"'()\[\]{{}}]*",
    re.IGNORECASE,
)
# @name, not part of an email address or a URL; names as platforms allow them (letters, digits,
# underscores and dots, not ending in a dot).
HANDLE_RE = re.compile(r"(?<![\w@./:-])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,38}[A-Za-z0-9_])?)")
TRAILING = ".,;:!?'\"’”)]}>"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")


@dataclass(frozen=True)
class FoundItem:
    kind: str  # URL, ACCOUNT or POST
    value: str  # the URL (with scheme) or "@handle"
    platform: str | None  # a platform name from the caller's list, or None


@lru_cache(maxsize=32)
def _hosts(platforms: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, str]:
    """Web address -> platform name, for the platforms in the caller's list."""
    hosts: dict[str, str] = {}
    for name, aliases in platforms:
        spellings = [name, *name.split("/")]
        for spelling in spellings:
            word = re.sub(r"[^a-z0-9]", "", spelling.lower())
            if len(word) > 1:
                hosts[f"{word}.com"] = name
        for alias in aliases:
            alias = alias.strip().lower()
            if "." in alias and " " not in alias:
                hosts[alias] = name
    names = {name for name, _ in platforms}
    for host, name in KNOWN_HOSTS.items():
        if name in names:
            hosts.setdefault(host, name)
    return hosts


def platform_of_url(url: str, hosts: Mapping[str, str]) -> str | None:
    host = (urlsplit(url).hostname or "").lower()
    while host:
        if host in hosts:
            return hosts[host]
        host = host.partition(".")[2]
    return None


def _clean_url(raw: str) -> str:
    url = raw.rstrip(TRAILING)
    # A closing bracket belongs to the URL only if it opened one inside it.
    if raw != url and raw[len(url)] == ")" and url.count("(") > url.count(")"):
        url += ")"
    if not re.match(r"https?://", url, re.IGNORECASE):
        url = "https://" + url
    return url


def url_kind(url: str, platform: str | None) -> str:
    """POST for a single post or video, ACCOUNT for a profile on a platform, else URL."""
    parts = urlsplit(url)
    words = [w for w in parts.path.lower().split("/") if w]
    if (parts.hostname or "").lower().removeprefix("www.") in SHORT_LINK_HOSTS and words:
        return POST
    if any(w in POST_WORDS for w in words) or "v=" in parts.query or "story_fbid" in parts.query:
        return POST
    if platform is None or (parts.hostname or "").lower() in INVITE_HOSTS:
        return URL
    if len(words) == 1 and words[0] not in NOT_ACCOUNTS:
        return ACCOUNT
    if words and words[0].startswith("@") and len(words) <= 2:
        return ACCOUNT if len(words) == 1 else POST
    if len(words) == 2 and words[0] in {"user", "u", "c", "channel", "add", "profile"}:
        return ACCOUNT
    return URL


def _platform_near(text: str, start: int, platforms: Mapping[str, Iterable[str]]) -> str | None:
    """The one platform named in the sentence around position start, if exactly one is."""
    begin = 0
    for match in SENTENCE_END.finditer(text, 0, start):
        begin = match.end()
    end_match = SENTENCE_END.search(text, start)
    end = end_match.start() if end_match else len(text)
    sentence = text[begin:end]
    names = find_platforms(sentence, platforms)
    return names[0] if len(names) == 1 else None


def find_items(
    text: str,
    platforms: Mapping[str, Iterable[str]],
    *,
    case_platforms: Sequence[str] = (),
) -> list[FoundItem]:
    """Every distinct URL and @handle in text, first appearance first.

    platforms: name -> aliases (as kept by admins). case_platforms: the platforms the case is
    tagged with; when a handle's sentence names none, and the case names exactly one, the
    handle is taken to be on that one.
    """
    table = {name: tuple(aliases) for name, aliases in platforms.items()}
    hosts = _hosts(tuple(table.items()))
    only = case_platforms[0] if len(case_platforms) == 1 else None
    found: list[tuple[int, FoundItem]] = []
    seen: set[str] = set()
    url_spans: list[tuple[int, int]] = []
    for match in URL_RE.finditer(text):
        url_spans.append(match.span())
        url = _clean_url(match.group(0))
        key = url.lower().rstrip("/")
        if key in seen or not urlsplit(url).hostname:
            continue
        seen.add(key)
        platform = platform_of_url(url, hosts)
        found.append((match.start(), FoundItem(url_kind(url, platform), url, platform)))
    for match in HANDLE_RE.finditer(text):
        if any(a <= match.start() < b for a, b in url_spans):
            continue
        handle = "@" + match.group(1)
        if handle.lower() in seen:
            continue
        seen.add(handle.lower())
        platform = _platform_near(text, match.start(), table) or only
        found.append((match.start(), FoundItem(ACCOUNT, handle, platform)))
    found.sort(key=lambda pair: pair[0])
    return [item for _, item in found]
