"""Words of subject headings for the word clouds. Pure: no Django.

Case is folded, stop words and greetings are dropped, and platform names are kept whole:
"TikTok", "Tik Tok" and "tiktok" all count as the one word "TikTok". Subject headings can name
people, so known first names and surnames are dropped (the caller passes the redaction's name
lists) and any other word only appears if it occurs in at least `min_cases` different cases: a
rarer surname or a school that appears once or twice never reaches the picture. Email addresses,
links and numbers are dropped outright.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

STOP_WORDS = frozenset(
    """
    a about above after again against all am an and any are aren't as at be because been
    before being below between both but by can can't cannot could couldn't did didn't do does
    doesn't doing don't down during each few for from further had hadn't has hasn't have
    haven't having he he'd he'll he's her here here's hers herself him himself his how how's i
    i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my
    myself no nor not of off on once only or other ought our ours ourselves out over own same
    shan't she she'd she'll she's should shouldn't so some such than that that's the their
    theirs them themselves then there there's these they they'd they'll they're they've this
    those through to too under until up very was wasn't we we'd we'll we're we've were weren't
    what what's when when's where where's which while who who's whom why why's with won't
    would wouldn't you you'd you'll you're you've your yours yourself yourselves also just get
    got via per re fw fwd aw sv ref
    """.split()  # noqa: SIM905
)
GREETINGS = frozenset(
    """
    hi hello hey dear morning afternoon evening good thanks thank thankyou regards kind best
    wishes please pls urgent asap
    """.split()  # noqa: SIM905
)
DROP = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|\b\d[\d/.:-]*\b")
WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]", re.UNICODE)


def _platform_pattern(
    aliases: Mapping[str, Iterable[str]],
) -> tuple[re.Pattern[str], dict[str, str]]:
    canonical: dict[str, str] = {}
    for name, spellings in aliases.items():
        for s in {name, *spellings}:
            canonical[re.sub(r"[\s\-]+", " ", s.casefold()).strip()] = name
        if "/" in name:
            for part in name.split("/"):
                if len(part) > 1:
                    canonical[part.casefold()] = name
    alternatives = sorted(canonical, key=len, reverse=True)
    body = "|".join(r"[\s\-]*".join(re.escape(p) for p in a.split(" ")) for a in alternatives)
    return re.compile(rf"(?<![\w.])(?:{body})(?![\w])", re.IGNORECASE), canonical


def subject_words(
    subjects: Iterable[str],
    platform_aliases: Mapping[str, Iterable[str]],
    *,
    min_cases: int = 5,
    exclude: frozenset[str] = frozenset(),
) -> Counter[str]:
    """How many cases use each word in their subject (a word counts once per case).

    Words in `exclude` (lower case: the redaction's name lists) never count, however often.
    """
    pattern, canonical = _platform_pattern(platform_aliases)
    # Many subjects repeat ("Fake TikTok account"): tokenise each distinct one once.
    distinct = Counter(subjects)
    counts: Counter[str] = Counter()
    for subject, times in distinct.items():
        if not subject:
            continue
        words: set[str] = set()

        def keep(m: re.Match[str], found: set[str] = words) -> str:
            key = re.sub(r"[\s\-]+", " ", m.group(0).casefold()).strip()
            found.add(canonical[key])
            return " "

        rest = pattern.sub(keep, DROP.sub(" ", subject))
        for w in WORD.findall(rest.casefold().replace("’", "'")):
            if w not in STOP_WORDS and w not in GREETINGS and w not in exclude and len(w) > 1:
                words.add(w)
        for w in words:
            counts[w] += times
    return Counter({w: c for w, c in counts.items() if c >= min_cases})
