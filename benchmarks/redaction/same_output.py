"""Redact every tuning text and write the results, so two versions of the code can be diffed.

Run: .venv/bin/python benchmarks/redaction/same_output.py OUT.jsonl [--tree DIR]
then `cmp` (or `diff`) two such files: a change meant only to make redaction faster must give
byte-identical output. `--tree` imports `casebook` from another checkout (the code before a
change). The texts: every labelled set in `casebook/redaction/devset/`, the blind sets A to H
in `/work/blind/` when present, each also in lower case and in capitals, and the throughput
benchmark's documents (`--no-blind` leaves the blind sets out, for a
checkout that may not read them). Each output line holds the set, the text's number, its form, the
entities and the text with numbered placeholders (which is made from the same entities).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DEVSET = ROOT / "casebook" / "redaction" / "devset"
BLIND = Path("/work/blind")
# The sets that were tuned on; later blind sets are scored once and never read here.
BLIND_SETS = tuple(f"redaction-{letter}.jsonl" for letter in "ABCDEFGH")


def texts(blind: bool = True) -> list[tuple[str, int, str]]:
    """(set name, line number, text) for every tuning text (without /work/blind's if not
    `blind`)."""
    files = sorted(DEVSET.glob("*.jsonl"))
    if blind:
        files += [BLIND / name for name in BLIND_SETS if (BLIND / name).exists()]
    out = []
    for path in files:
        for k, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                out.append((path.name, k, json.loads(line)["text"]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--tree", type=Path, default=ROOT, help="checkout to import from")
    parser.add_argument("--no-blind", action="store_true", help="leave out /work/blind's sets")
    args = parser.parse_args()
    sys.path.insert(0, str(args.tree.resolve()))
    sys.path.insert(1, str(HERE))
    from corpus import documents

    from casebook.redaction import redact

    items = texts(blind=not args.no_blind)
    items += [("throughput", k, doc) for k, doc in enumerate(documents(600))]
    digest = hashlib.sha256()
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for name, k, text in items:
            for form, variant in (("as", text), ("lower", text.lower()), ("upper", text.upper())):
                result = redact(variant, numbered_placeholders=True)
                ents = [[e.start, e.end, e.type] for e in result.entities]
                line = json.dumps([name, k, form, ents, result.text], ensure_ascii=False)
                out.write(line + "\n")
                digest.update(line.encode("utf-8"))
                count += 1
    print(f"{count} redactions from {len(items)} texts; sha256 {digest.hexdigest()[:16]}")


if __name__ == "__main__":
    main()
