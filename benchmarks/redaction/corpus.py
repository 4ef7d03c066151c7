"""Enquiries of about 1 KB for the redaction benchmarks, made from the labelled sets.

Texts from dev.jsonl and heldout.jsonl are joined (in a fixed shuffled order) until each
document reaches ~1 KB, so the benchmark redacts realistic text of the target size.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

DEVSET = Path(__file__).resolve().parents[2] / "casebook" / "redaction" / "devset"


def load_texts() -> list[str]:
    texts = []
    for name in ("dev.jsonl", "heldout.jsonl"):
        for line in (DEVSET / name).read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line)["text"])
    return texts


def documents(n: int, size: int = 1024, seed: int = 1) -> list[str]:
    """n documents of about `size` bytes of UTF-8: whole texts joined, cut at a space."""
    rng = random.Random(seed)
    pool = load_texts()
    docs = []
    for _ in range(n):
        doc = ""
        while len(doc.encode("utf-8")) < size:
            doc += ("\n\n" if doc else "") + rng.choice(pool)
        cut = doc.encode("utf-8")[:size].decode("utf-8", errors="ignore")
        docs.append(cut[: cut.rfind(" ")] if " " in cut else cut)
    return docs
