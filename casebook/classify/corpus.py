"""The seed corpus: labelled enquiries shipped with Casebook. Pure: no Django.

casebook/classify/data/*.txt hold one enquiry a line, written for this project (invented
people and places; no real case):

    Category; Other category | flag flag | Subject :: text of the enquiry
    General enquiry | - | Is the helpline open over Easter?

The flags field is "-" for none; the subject and "::" are optional. Lines starting with "#"
and blank lines are skipped. A category or flag that does not exist is an error with its file
and line number, so a typo never trains silently.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from casebook.classify.labels import RISK_FLAGS
from casebook.classify.model import Example

DATA_DIR = Path(__file__).resolve().parent / "data"


class CorpusError(ValueError):
    pass


@dataclass(frozen=True)
class Labelled:
    text: str
    categories: tuple[str, ...]
    risk_flags: tuple[str, ...]
    where: str  # file:line


def parse_line(line: str, *, where: str, known: Iterable[str] | None = None) -> Labelled | None:
    """One corpus line, or None for a comment or blank line."""
    stripped = line.strip()
    if not stripped or stripped.startswith("#"):
        return None
    parts = stripped.split("|", 2)
    if len(parts) != 3:
        raise CorpusError(f"{where}: expected 'categories | flags | text'")
    cats = tuple(c.strip() for c in parts[0].split(";") if c.strip())
    flags = tuple(f for f in parts[1].split() if f != "-")
    text = parts[2].strip()
    if "::" in text:
        subject, body = text.split("::", 1)
        text = f"{subject.strip()}\n{body.strip()}"
    if not text:
        raise CorpusError(f"{where}: no text")
    known_set = set(known) if known is not None else None
    if known_set is not None:
        for cat in cats:
            if cat not in known_set:
                raise CorpusError(f"{where}: unknown category {cat!r}")
    for flag in flags:
        if flag not in RISK_FLAGS:
            raise CorpusError(f"{where}: unknown risk flag {flag!r}")
    return Labelled(text=text, categories=cats, risk_flags=flags, where=where)


def read_corpus(
    paths: Iterable[Path] | None = None, *, known: Iterable[str] | None = None
) -> list[Labelled]:
    """Every labelled line of the given files (default: every data/*.txt), in file order."""
    known_list = list(known) if known is not None else None
    files = sorted(DATA_DIR.glob("*.txt")) if paths is None else list(paths)
    out: list[Labelled] = []
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            item = parse_line(line, where=f"{path.name}:{number}", known=known_list)
            if item is not None:
                out.append(item)
    return out


def seed_examples(categories: Iterable[str], paths: Iterable[Path] | None = None) -> list[Example]:
    """The corpus as training examples; categories the helpline has retired are dropped."""
    wanted = set(categories)
    return [
        Example(
            text=item.text,
            categories=tuple(c for c in item.categories if c in wanted),
            risk_flags=item.risk_flags,
            source="seed",
        )
        for item in read_corpus(paths)
    ]
