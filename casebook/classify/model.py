"""The suggestion model: categories ranked for a text, and risk flags. Pure: no Django.

    suggester = train(examples, categories={name: definition})
    suggester.assess("A fake Instagram account is posting about our head teacher")
        -> Assessment(suggestions=(Scored("Social networks", 0.91), ...),  # every category
                      risk_flags=(),                                        # only those raised
                      rule_hits=())

Features are tf-idf weights of lightly stemmed words and word pairs (so "bullied" and
"bullying" share evidence); the risk heads also see which families of words a text holds
(means, timing, farewell, body, image, money, meeting, a child's age) and which pairs of them,
so a risk said in words the training texts never used still lands near them. Each category
and each risk flag is a one-against-the-rest logistic model fitted by stochastic gradient
descent, which trains on
100,000 cases in seconds and scores thousands of texts a second on one core. Scores are the
models' probabilities; suggestions rank every category, best first.

Risk flags combine the rules (casebook.classify.rules: a hit scores RULE_SCORE) with the
model's probability; a flag is raised when the larger reaches the flag's threshold (and, where
the text has no live word of the risk, the flag's higher level: RISK_CONFIDENT, RISK_SEEN,
RISK_TAUGHT).

Training data: the helpline's own tagged cases, the seed corpus of labelled enquiries shipped
in casebook/classify/data, and each category's definition. With fewer than MIN_CASES tagged
cases the model is fitted on the definitions and the seed corpus alone (mode "definitions").
Dismissed suggestions and cleared flags are negative examples for their label, weighted up.

Artefacts are joblib pickles: load them only from the helpline's own model folder.
"""

from __future__ import annotations

import hashlib
import itertools
import platform
import re
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import joblib
import numpy as np
import sklearn
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier

from casebook.classify.labels import (
    IMMEDIATE_DANGER,
    INDECENT_IMAGE,
    RISK_FLAGS,
    SELF_HARM,
    SEXTORTION,
)
from casebook.classify.rules import Reading, RuleHit, evidence, find_risks, ruled_out, taught

ARTEFACT_FORMAT = 1
MAX_PER_HEAD = 20_000  # training rows per label, positives and negatives each
MIN_CASES = 200  # tagged cases needed before the helpline's own data is used
RULE_SCORE = 0.99
DEFAULT_RISK_THRESHOLD = 0.5
# The model's threshold per flag (the rules raise theirs at RULE_SCORE whatever these are) and
# the higher levels it must reach where the text has no word of the risk the rules know
# (RISK_CONFIDENT) or only words in teaching, fiction or a denial (RISK_SEEN; NEVER: not
# there). Chosen by benchmarks/classify/thresholds.py over blind sets A-H each read by a model
# trained without it (C-H with the rules of their first scores): per flag, the highest recall
# at pooled precision >= 0.84 (indecent images at no less than 0.5 where the text has no word
# of them), checked by leaving each set out of the choice (pooled held-out recall 0.947 at
# precision 0.843 over A-H). Scores in benchmarks/README.md.
NEVER = 1.01
RISK_THRESHOLDS: dict[str, float] = {
    IMMEDIATE_DANGER: 0.4,
    SELF_HARM: 0.15,
    SEXTORTION: 0.15,
    INDECENT_IMAGE: 0.5,
}
RISK_CONFIDENT: dict[str, float] = {
    IMMEDIATE_DANGER: 0.7,
    SELF_HARM: 0.9,
    SEXTORTION: 0.9,
    INDECENT_IMAGE: 0.5,
}
RISK_SEEN: dict[str, float] = {
    IMMEDIATE_DANGER: 0.7,
    SELF_HARM: NEVER,
    SEXTORTION: 0.7,
    INDECENT_IMAGE: 0.5,
}
# Where every word of the risk is in teaching, training or policy sentences (rules.taught: "a
# KS3 lesson on nudes", "our policy on sharing nudes"), the level replaces RISK_SEEN's. Held
# out over A-H and K, the model's flags there were all false (13 for images, 4 for sextortion)
# once a disclosure or a child in an image keeps a sentence out of the gate (the 2 true pairs
# before that were such texts): none for images and sextortion. Set on the nine sets pooled.
RISK_TAUGHT: dict[str, float] = {
    IMMEDIATE_DANGER: 0.7,
    SELF_HARM: NEVER,
    SEXTORTION: NEVER,
    INDECENT_IMAGE: NEVER,
}
# The weight of a word family's feature in the risk heads (beside tf-idf weights of about 0.1).
FAMILY_WEIGHT = 0.3
# The risk heads' regularisation (the category heads keep train()'s alpha, 2e-5). Held out over
# A-H at the same pooled precision, 1e-5 found 3-10 pairs more than 2e-5 and 8e-5 13 fewer.
RISK_ALPHA = 1e-5
MAX_TEXT_CHARS = 6000  # enough for any enquiry; a forwarded thread's tail adds only noise
DISMISSED_WEIGHT = 3.0
SEED_WEIGHT = 3.0
DEFINITION_WEIGHT = 5.0
# A tag on a case that says what risk it carries, when nobody has confirmed or cleared a flag.
CATEGORY_IMPLIES_FLAG = {"Sextortion": "sextortion", "Sexting": "indecent_image"}


@dataclass(frozen=True)
class Example:
    """One labelled text. not_* lists labels known to be wrong (dismissed, cleared)."""

    text: str
    categories: tuple[str, ...] = ()
    risk_flags: tuple[str, ...] = ()
    not_categories: tuple[str, ...] = ()
    not_risk_flags: tuple[str, ...] = ()
    weight: float = 1.0
    source: str = "case"  # "case", "seed" or "definition"


@dataclass(frozen=True)
class Scored:
    label: str
    score: float


@dataclass(frozen=True)
class Assessment:
    suggestions: tuple[Scored, ...]  # every category, best first
    risk_flags: tuple[Scored, ...]  # raised flags only, highest score first
    rule_hits: tuple[RuleHit, ...] = ()

    def top(self, n: int) -> list[str]:
        return [s.label for s in self.suggestions[:n]]


_TOKEN = re.compile(r"[a-z0-9£$][a-z0-9'£$]*")
_SUFFIXES = (
    "ingly",
    "edly",
    "ings",
    "ness",
    "ment",
    "ing",
    "ers",
    "ies",
    "ied",
    "est",
    "ed",
    "er",
    "es",
    "ly",
    "s",
)
_KEEP = frozenset(
    {"is", "was", "has", "his", "this", "us", "yes", "bus", "news", "gas", "ios", "sms", "dms"}
)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light suffix-stripper, so "bullied", "bullying" and "bullies" meet at "bull"."""
    word = word.strip("'").removesuffix("'s")
    if len(word) <= 3 or word in _KEEP or not word.isalpha():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]  # "chatt(ing)" -> "chat"
    return word


def analyse(text: str) -> list[str]:
    """Stemmed words and adjacent pairs of them: the model's features for a text."""
    words = [stem(w) for w in _TOKEN.findall(text.lower())]
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def _vectoriser(*, min_df: int) -> TfidfVectorizer:
    return TfidfVectorizer(
        analyzer=analyse,
        min_df=min_df,
        max_features=400_000,
        sublinear_tf=True,
        dtype=np.float32,
    )


def prepare(text: str) -> str:
    """The text as the model reads it: bounded length, figures of speech neutralised."""
    return Reading(text[:MAX_TEXT_CHARS]).doc


@dataclass
class LinearHeads:
    """One logistic model per label: scores = sigmoid(X @ coef.T + intercept)."""

    labels: list[str]
    coef: sparse.csr_matrix  # labels x features
    intercept: np.ndarray  # labels

    def probabilities(self, features: sparse.csr_matrix) -> np.ndarray:
        logits = (features @ self.coef.T).toarray() + self.intercept
        probabilities: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(logits, -30, 30)))
        return probabilities


def _label_matrix(label_sets: list[set[str]], column: dict[str, int]) -> np.ndarray:
    """Booleans, rows x columns: row i holds column[label] for each label of label_sets[i]."""
    found = np.zeros((len(label_sets), len(column)), dtype=bool, order="F")
    for i, names in enumerate(label_sets):
        for name in names:
            k = column.get(name)
            if k is not None:
                found[i, k] = True
    return found


def _fit_heads(
    features: sparse.csr_matrix,
    labels: list[str],
    positive: list[set[str]],
    negative: list[set[str]],
    weights: np.ndarray,
    *,
    alpha: float,
    seed: int,
    rows: np.ndarray | None = None,
) -> LinearHeads:
    """One logistic model per label, fitted on the rows of features named by rows (all if
    None; positive, negative and weights then hold one entry per row named)."""
    fitted, intercepts = [], []
    n_features = features.shape[1]
    column = {label: k for k, label in enumerate(labels)}
    is_positive = _label_matrix(positive, column)
    is_negative = _label_matrix(negative, column)
    for k in range(len(labels)):
        y = is_positive[:, k]
        w = weights.copy()
        explicit_no = is_negative[:, k]
        w[explicit_no & ~y] *= DISMISSED_WEIGHT
        if y.all() or not y.any():
            # Nothing to learn from: a flat, low score (no evidence for the label).
            fitted.append(sparse.csr_matrix((1, n_features), dtype=np.float32))
            intercepts.append(-6.0 if not y.any() else 6.0)
            continue
        # Bounded work per label: every positive (up to a cap) and a sample of the negatives,
        # the sampled negatives weighted up to stand for all of them.
        rng = np.random.default_rng(seed)
        pos = np.flatnonzero(y)
        neg = np.flatnonzero(~y)
        if len(pos) > MAX_PER_HEAD:
            pos = rng.choice(pos, MAX_PER_HEAD, replace=False)
        if len(neg) > MAX_PER_HEAD:
            kept = explicit_no[neg]  # every dismissal stays in
            rest = neg[~kept]
            sample = rng.choice(rest, MAX_PER_HEAD, replace=False)
            scale = len(rest) / MAX_PER_HEAD
            w[sample] *= scale
            neg = np.concatenate([neg[kept], sample])
        pos_scale = weights[y].sum() / max(w[pos].sum(), 1e-9)
        w[pos] *= pos_scale
        rows_used = np.sort(np.concatenate([pos, neg]))
        x_used = features[rows_used if rows is None else rows[rows_used]]
        y_used, w_used = y[rows_used], w[rows_used]
        # Positives are rare for most labels: balance them so rare categories still rank.
        pos_share = float(w_used[y_used].sum() / w_used.sum())
        w_used = np.where(y_used, w_used * min(10.0, 0.5 / max(pos_share, 1e-6)), w_used)
        w_used = w_used / w_used.mean()
        model = SGDClassifier(
            loss="log_loss",
            alpha=alpha,
            max_iter=int(np.clip(300_000 // max(len(rows_used), 1), 6, 30)),
            tol=None,
            random_state=seed,
            average=True,
        )
        model.fit(x_used, y_used, sample_weight=w_used)
        coef = np.asarray(model.coef_, dtype=np.float32)
        coef[np.abs(coef) < 1e-4] = 0.0  # keeps the artefact small; these weigh nothing
        fitted.append(sparse.csr_matrix(coef))
        intercepts.append(float(model.intercept_[0]))
    return LinearHeads(
        labels=list(labels),
        coef=sparse.vstack(fitted).tocsr(),
        intercept=np.asarray(intercepts, dtype=np.float32),
    )


def _level(flag: str, seen: frozenset[str], lessons: frozenset[str]) -> float:
    """The model's level for a flag with no live word of its risk: words only in teaching or
    policy (RISK_TAUGHT), only set aside otherwise (RISK_SEEN), or none (RISK_CONFIDENT)."""
    if flag in lessons:
        return RISK_TAUGHT.get(flag, NEVER)
    if flag in seen:
        return RISK_SEEN.get(flag, NEVER)
    return RISK_CONFIDENT.get(flag, NEVER)


@dataclass
class Suggester:
    """A trained model. assess()/assess_many() are safe to call from many threads."""

    categories: list[str]
    vectoriser: TfidfVectorizer
    category_heads: LinearHeads
    risk_heads: LinearHeads
    risk_thresholds: dict[str, float]
    metadata: dict[str, Any] = field(default_factory=dict)
    family_weight: float = 0.0  # the risk heads' word families (0: none, as older artefacts)

    def risk_probabilities(self, docs: Sequence[str], words: sparse.csr_matrix) -> np.ndarray:
        """The risk heads' probabilities (texts x risk_heads.labels) for prepared texts (see
        prepare()) whose word features are `words`."""
        return self.risk_heads.probabilities(_risk_features(docs, words, self.family_weight))

    @property
    def version(self) -> str:
        return str(self.metadata.get("version", "unsaved"))

    def assess_many(self, texts: Sequence[str]) -> list[Assessment]:
        if not texts:
            return []
        readings = [Reading(t[:MAX_TEXT_CHARS]) for t in texts]
        docs = [r.doc for r in readings]
        features = self.vectoriser.transform(docs)
        cat_p = self.category_heads.probabilities(features)
        risk_p = self.risk_probabilities(docs, features)
        labels = self.category_heads.labels
        out = []
        for i, reading in enumerate(readings):
            order = np.argsort(-cat_p[i], kind="stable")
            row = cat_p[i].tolist()
            suggestions = tuple(Scored(labels[j], round(row[j], 4)) for j in order.tolist())
            hits = tuple(find_risks("", reading))
            by_rule = {h.flag for h in hits}
            flags = []
            absent: frozenset[str] | None = None
            live: frozenset[str] = frozenset()
            seen: frozenset[str] = frozenset()
            lessons: frozenset[str] = frozenset()
            for j, flag in enumerate(self.risk_heads.labels):
                if flag in by_rule:
                    flags.append(Scored(flag, max(RULE_SCORE, round(float(risk_p[i, j]), 4))))
                    continue
                score = float(risk_p[i, j])
                if score < self.risk_thresholds.get(flag, DEFAULT_RISK_THRESHOLD):
                    continue
                if absent is None:  # read only for the few texts the model flags
                    absent = ruled_out("", reading)
                    live, seen = evidence("", reading)
                    lessons = taught("", reading)
                # Never where the text says the risk is absent; where every word of it is in
                # teaching, fiction or a denial, or it has none, only at the flag's higher level.
                if flag in absent:
                    continue
                if flag in live or score >= _level(flag, seen, lessons):
                    flags.append(Scored(flag, round(score, 4)))
            flags.sort(key=lambda s: -s.score)
            out.append(Assessment(suggestions=suggestions, risk_flags=tuple(flags), rule_hits=hits))
        return out

    def assess(self, text: str) -> Assessment:
        return self.assess_many([text])[0]

    # ---- artefacts ----------------------------------------------------------------------

    def save(self, path: Path) -> None:
        """Write the artefact (joblib, compressed) to path, via a temporary file."""
        tmp = path.with_name(f".{path.name}.tmp")
        payload = {"format": ARTEFACT_FORMAT, "suggester": self}
        joblib.dump(payload, tmp, compress=3)
        tmp.replace(path)

    @staticmethod
    def load(path: Path) -> Suggester:
        """Read an artefact written by save(); ValueError if it is not one."""
        payload = joblib.load(path)
        if not isinstance(payload, dict) or payload.get("format") != ARTEFACT_FORMAT:
            raise ValueError(f"{path} is not a suggestion model of format {ARTEFACT_FORMAT}")
        suggester = payload["suggester"]
        if not isinstance(suggester, Suggester):
            raise ValueError(f"{path} does not hold a suggestion model")
        return suggester


# Families of words that carry a risk's meaning whatever the exact wording (the risk heads
# only): a text gets one feature per family it holds and one per pair of families, so "a knife
# to the wrist captioned tomorrow" lands near "pills, and a date" however either is worded.
# Words are matched before stemming.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_FAMILIES: dict[str, frozenset[str]] = {
    "means": _words(
        "pills tablets paracetamol overdose od rope ligature noose blade blades razor razors "
        "knife knives bridge cliff ledge roof belt hammer poison bleach cuts cutting cut "
        "wrist wrists scars choke choking blackout strangle strangling hanging hang jump "
        "sharpener cord"
    ),
    "timing": _words(
        "tonight tomorrow soon weekend countdown today now later midnight 2am 3am morning "
        "friday saturday sunday monday tuesday wednesday thursday o'clock after before "
        "until when"
    ),
    "farewell": _words(
        "goodbye goodbyes bye farewell gone anymore forever last final sorry burden "
        "thank thanks everything miss better without note letter exit end wake disappear "
        "leave leaving"
    ),
    "body": _words(
        "body bodies naked nude nudes topless undressed undressing underwear pants knickers "
        "bra bikini boobs bobs breasts chest bum butt privates genitals bath shower changing "
        "sexual sexually sex explicit intimate lingerie stuff"
    ),
    "image": _words(
        "pic pics picture pictures photo photos photograph photographs image images selfie "
        "selfies video videos vid vids clip clips filmed filming recorded recording camera "
        "webcam snap snaps screenshot screenshots livestream stream footage call calls"
    ),
    "money": _words(
        "pay paid paying payment money cash bitcoin crypto gift voucher vouchers paypal "
        "transfer sell selling sold subscription onlyfans price unless expose leak leaked "
        "everyone threaten threatened threatening threat"
    ),
    "meeting": _words(
        "meet meeting met meetup location address postcode pick picked car hotel park "
        "station house flat round off bloke man men stranger older adult guy trip "
        "sleepover fight"
    ),
}
_FAMILY_NAMES = [*sorted(_FAMILIES), "child"]
_FAMILY_OF: dict[str, tuple[int, ...]] = {}
for _k, _name in enumerate(_FAMILY_NAMES[:-1]):
    for _word in _FAMILIES[_name]:
        _FAMILY_OF[_word] = (*_FAMILY_OF.get(_word, ()), _k)
_CHILD_WORDS = _words(
    "child children kid kids son daughter girl girls boy boys pupil pupils student students "
    "teen teens teenager teenage schoolgirl schoolboy niece nephew grandson granddaughter "
    "stepdaughter stepson lad lads primary y7 y8 y9 y10 y11 year"
)
# A child's age as a word: 4-17, bare or with "yo", "yr", "yrs" ("y/o" is never one word).
_AGE_WORDS = frozenset(
    f"{age}{unit}" for age in range(4, 18) for unit in ("", "yo", "yr", "yrs", "y/o")
)
_CHILD_OR_AGE = _CHILD_WORDS | _AGE_WORDS
_FAMILY_WORDS = frozenset(_FAMILY_OF)
_PAIRS = list(itertools.combinations(range(len(_FAMILY_NAMES)), 2))
_PAIR_COLUMN = {pair: len(_FAMILY_NAMES) + k for k, pair in enumerate(_PAIRS)}
FAMILY_COLUMNS = len(_FAMILY_NAMES) + len(_PAIRS)


def families(doc: str) -> list[int]:
    """The columns of the word families (and pairs of them) a prepared text holds."""
    found: set[int] = set()
    words = set(_TOKEN.findall(doc))
    for word in words.intersection(_FAMILY_WORDS):
        found.update(_FAMILY_OF[word])
    if not words.isdisjoint(_CHILD_OR_AGE):  # no word is in both a family and these
        found.add(len(_FAMILY_NAMES) - 1)
    named = sorted(found)
    return named + [_PAIR_COLUMN[pair] for pair in itertools.combinations(named, 2)]


def _family_matrix(docs: Sequence[str], weight: float) -> sparse.csr_matrix:
    indices: list[int] = []
    indptr = [0]
    for doc in docs:
        indices.extend(families(doc))
        indptr.append(len(indices))
    data = np.full(len(indices), weight, dtype=np.float32)
    return sparse.csr_matrix(
        (data, np.asarray(indices, dtype=np.int32), np.asarray(indptr, dtype=np.int64)),
        shape=(len(docs), FAMILY_COLUMNS),
    )


def _risk_features(
    docs: Sequence[str], words: sparse.csr_matrix, family_weight: float
) -> sparse.csr_matrix:
    if not family_weight:
        return words
    return sparse.hstack([words, _family_matrix(docs, family_weight)], format="csr")


def definition_examples(categories: dict[str, str]) -> list[Example]:
    """Each category's name and definition as one example of itself."""
    return [
        Example(text=f"{name}. {definition}", categories=(name,), source="definition")
        for name, definition in categories.items()
    ]


def train(
    examples: Iterable[Example],
    *,
    categories: dict[str, str],
    seed_examples: Iterable[Example] = (),
    alpha: float = 2e-5,
    risk_thresholds: dict[str, float] | None = None,
    random_state: int = 0,
    min_cases: int = MIN_CASES,
    family_weight: float = FAMILY_WEIGHT,
    risk_alpha: float = RISK_ALPHA,
) -> Suggester:
    """Fit a Suggester.

    examples: the helpline's own cases (labels outside `categories` are ignored);
    categories: name -> definition, in taxonomy order (retired ones left out by the caller);
    seed_examples: the shipped labelled enquiries (see casebook.classify.corpus);
    alpha, risk_alpha: the category and risk heads' regularisation (SGD), unitless.
    With fewer than min_cases examples carrying a category, those are not used and the
    model learns from the definitions and the seed corpus alone.
    """
    started = time.monotonic()
    cases = [e for e in examples if e.text.strip()]
    tagged = [e for e in cases if any(c in categories for c in e.categories)]
    mode = "cases" if len(tagged) >= min_cases else "definitions"
    used: list[Example] = list(cases) if mode == "cases" else []
    seeds = [
        Example(
            text=e.text,
            categories=e.categories,
            risk_flags=e.risk_flags,
            not_categories=e.not_categories,
            not_risk_flags=e.not_risk_flags,
            weight=e.weight * SEED_WEIGHT,
            source="seed",
        )
        for e in seed_examples
    ]
    definitions = [
        Example(text=e.text, categories=e.categories, weight=DEFINITION_WEIGHT, source=e.source)
        for e in definition_examples(categories)
    ]
    everything = used + seeds + definitions
    texts = [prepare(e.text) for e in everything]
    vectoriser = _vectoriser(min_df=2 if len(everything) >= 5000 else 1)
    features = vectoriser.fit_transform(texts).tocsr()
    weights = np.asarray([e.weight for e in everything], dtype=np.float64)

    names = list(categories)
    # Texts labelled for risk only (no category either way) say nothing about categories.
    rows = [i for i, e in enumerate(everything) if e.categories or e.not_categories]
    category_heads = _fit_heads(
        features,
        names,
        [set(everything[i].categories) for i in rows],
        [set(everything[i].not_categories) for i in rows],
        weights[rows],
        alpha=alpha,
        seed=random_state,
        rows=np.asarray(rows, dtype=np.int64),
    )
    risk_positive = [
        set(e.risk_flags)
        | {
            CATEGORY_IMPLIES_FLAG[c]
            for c in e.categories
            if c in CATEGORY_IMPLIES_FLAG and CATEGORY_IMPLIES_FLAG[c] not in e.not_risk_flags
        }
        for e in everything
    ]
    n_features = int(features.shape[1])
    risk_features = _risk_features(texts, features, family_weight)
    del features  # a copy of it is in risk_features: the two are not held while fitting
    risk_heads = _fit_heads(
        risk_features,
        list(RISK_FLAGS),
        risk_positive,
        [set(e.not_risk_flags) for e in everything],
        weights,
        alpha=risk_alpha,
        seed=random_state,
    )
    counts = Counter(c for e in used for c in e.categories if c in categories)
    seconds = time.monotonic() - started
    metadata: dict[str, Any] = {
        "format": ARTEFACT_FORMAT,
        "mode": mode,
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "training_seconds": round(seconds, 2),
        "cases": len(used),
        "cases_offered": len(cases),
        "seed_examples": len(seeds),
        "definitions": len(definitions),
        "dismissals": sum(1 for e in used if e.not_categories),
        "category_counts": {name: counts.get(name, 0) for name in names},
        "risk_counts": {flag: sum(1 for p in risk_positive if flag in p) for flag in RISK_FLAGS},
        "features": n_features,
        "alpha": alpha,
        "risk_alpha": risk_alpha,
        "family_weight": family_weight,
        "categories_hash": hashlib.sha256("\n".join(names).encode()).hexdigest()[:12],
        "sklearn": sklearn.__version__,
        "python": platform.python_version(),
    }
    return Suggester(
        categories=names,
        vectoriser=vectoriser,
        category_heads=category_heads,
        risk_heads=risk_heads,
        risk_thresholds=dict(RISK_THRESHOLDS if risk_thresholds is None else risk_thresholds),
        metadata=metadata,
        family_weight=family_weight,
    )
