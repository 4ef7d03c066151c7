"""The seed corpus: labelled enquiries shipped with Casebook. Pure: no Django.

casebook/classify/data/*.txt hold one enquiry a line, written for this project (invented
people and places; no real case):

    Category; Other category | flag flag | Subject :: text of the enquiry
    General enquiry | - | Is the helpline open over Easter?

The flags field is "-" for none; the subject and "::" are optional. Lines starting with "#"
and blank lines are skipped. A category or flag that does not exist is an error with its file
and line number, so a typo never trains silently.

Labelled sets in JSON Lines are read too: data/*.jsonl (enquiries written for the risk
flags, without categories) and the blind sets named in TUNING_SETS (already scored once,
kept for tuning), one object a line with "text" and optional "subject", "categories",
"risk_flags". A blind set committed after its first score is trained on once it is tuned on,
when the next blind set is ready to measure that round (see tuning/README.md).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from casebook.classify.labels import RISK_FLAGS
from casebook.classify.model import Example

DATA_DIR = Path(__file__).resolve().parent / "data"
TUNING_DIR = Path(__file__).resolve().parent / "tuning"
TUNING_SETS = (
    "blind_a.jsonl",
    "blind_b.jsonl",
    "blind_c.jsonl",
    "blind_d.jsonl",
    "blind_e.jsonl",
    "blind_f.jsonl",
    "blind_g.jsonl",
    "blind_h.jsonl",
    "blind_k.jsonl",
    "blind_l.jsonl",
)


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


def parse_json_line(
    line: str, *, where: str, known: Iterable[str] | None = None
) -> Labelled | None:
    """One line of a labelled JSON Lines set, or None for a blank line."""
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise CorpusError(f"{where}: not JSON ({error.msg})") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise CorpusError(f'{where}: expected an object with a "text" string')
    subject = str(record.get("subject") or "").strip()
    text = f"{subject}\n{record['text'].strip()}" if subject else record["text"].strip()
    cats = tuple(record.get("categories") or ())
    flags = tuple(record.get("risk_flags") or ())
    known_set = set(known) if known is not None else None
    for cat in cats:
        if known_set is not None and cat not in known_set:
            raise CorpusError(f"{where}: unknown category {cat!r}")
    for flag in flags:
        if flag not in RISK_FLAGS:
            raise CorpusError(f"{where}: unknown risk flag {flag!r}")
    return Labelled(text=text, categories=cats, risk_flags=flags, where=where)


def corpus_files() -> list[Path]:
    """The shipped corpus: data/*.txt, data/*.jsonl and the tuning sets, in name order."""
    return (
        sorted(DATA_DIR.glob("*.txt"))
        + sorted(DATA_DIR.glob("*.jsonl"))
        + [TUNING_DIR / name for name in TUNING_SETS]
    )


def read_corpus(
    paths: Iterable[Path] | None = None, *, known: Iterable[str] | None = None
) -> list[Labelled]:
    """Every labelled line of the given files (default: corpus_files()), in file order."""
    known_list = list(known) if known is not None else None
    files = corpus_files() if paths is None else list(paths)
    out: list[Labelled] = []
    for path in files:
        parse = parse_json_line if path.suffix == ".jsonl" else parse_line
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            item = parse(line, where=f"{path.name}:{number}", known=known_list)
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
