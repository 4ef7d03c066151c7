"""Choose sample enquiries that are typical of a category, reproducibly.

Pure: no Django. Each candidate text becomes a TF-IDF vector; the samples are the texts most
similar (cosine) to the category's centroid, ties broken by reference. No randomness, so the
same cases give the same appendix every time. Redaction happens in report.py, before any text
leaves the analysis.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

TOKEN = re.compile(r"[a-z][a-z']+")
# Candidates per category: enough to find typical texts, few enough to stay fast.
MAX_CANDIDATES = 400


def _tokens(text: str) -> list[str]:
    return TOKEN.findall(text.casefold())


def typical(docs: Sequence[tuple[str, str]], k: int) -> list[str]:
    """References of the k documents (reference, text) closest to their TF-IDF centroid."""
    docs = [(ref, text) for ref, text in docs if text.strip()]
    if not docs:
        return []
    bags = [Counter(_tokens(text)) for _, text in docs]
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(docs)
    idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}
    vectors = []
    for bag in bags:
        vec = {t: (1 + math.log(c)) * idf[t] for t, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({t: v / norm for t, v in vec.items()})
    centroid: Counter[str] = Counter()
    for vec in vectors:
        centroid.update(vec)
    scored = [
        (-sum(v * centroid[t] for t, v in vec.items()), ref)
        for vec, (ref, _) in zip(vectors, docs, strict=True)
    ]
    scored.sort()
    return [ref for _, ref in scored[:k]]
