"""The statistical name model: the committed artefact, its features, and a quick training run.

Training proper (`python -m casebook.redaction.training.train`) is never run by the tests;
this trains a tiny model on a little synthetic text to check the pipeline end to end.
"""

from __future__ import annotations

import json
import math

import pytest

from casebook.redaction import namemodel
from casebook.redaction.scoring import DEVSET_DIR
from casebook.redaction.training import pools, synth, train


def test_committed_model_loads_and_says_how_it_was_trained() -> None:
    data = json.loads(namemodel.MODEL_PATH.read_text(encoding="utf-8"))
    assert 0.0 < data["threshold"] < 1.0
    assert data["trained_with"]["sets"], "the committed sets it learnt from"
    assert len(data["weights"]) > 1000
    assert namemodel.model().threshold == data["threshold"]


def test_committed_model_is_what_the_training_script_writes_by_default() -> None:
    """Same sets, seed and sizes as train.py's defaults, so rerunning the script rebuilds it."""
    trained = json.loads(namemodel.MODEL_PATH.read_text(encoding="utf-8"))["trained_with"]
    assert trained["sets"] == list(train.SETS)
    assert (trained["seed"], trained["epochs"], trained["synthetic_docs"]) == (
        train.SEED,
        train.EPOCHS,
        train.DOCS,
    )
    assert trained["real_weight"] == train.REAL_WEIGHT


def test_training_data_counts_the_real_sets_real_weight_times() -> None:
    """The committed sets come REAL_WEIGHT times over after the synthetic documents."""
    only_kinds = frozenset(train.SETS) - {"kinds"}
    real = train.committed(only_kinds)
    fake = train.synthetic(5, seed=1)
    assert real and fake
    for weight in (1, 2, 3):
        data = train.training_data(5, 1, only_kinds, weight)
        assert data == fake + real * weight
    assert train.REAL_WEIGHT == 3
    assert train.training_data(5, 1, only_kinds) == fake + real * 3
    with pytest.raises(ValueError):
        train.training_data(5, 1, only_kinds, 0)


def test_committed_model_learnt_from_every_committed_blind_set() -> None:
    """A blind set committed to devset/ after its first score trains the model from then on
    (K, L and M joined when the model was retrained on them), but those train.UNTRAINED_SETS
    names, which are committed and untrained."""
    trained = json.loads(namemodel.MODEL_PATH.read_text(encoding="utf-8"))["trained_with"]
    committed = sorted(p.stem for p in DEVSET_DIR.glob("blind_*.jsonl"))
    assert {"blind_k", "blind_l", "blind_m"} <= set(committed)
    untrained = [s for s in committed if s not in trained["sets"]]
    assert untrained == sorted(train.UNTRAINED_SETS)


def test_spelling_features_read_no_name_list() -> None:
    """A rare word's ending, opening, length and half-Zipf band are features; a word English
    uses often is known by itself, not by its spelling."""
    text = "spoke to Przybylska about it"
    feats = {t.text: f for _, t, f in namemodel.iter_features(text)}
    rare = feats["Przybylska"]
    assert {"suf2=ka|Xx", "suf4=lska", "pre3=prz", "len=10|Xx"} <= set(rare)
    assert any(f.startswith("zh=") for f in rare)
    common = {t.text: f for _, t, f in namemodel.iter_features("a message about Jordan")}
    assert "w=jordan" in common["Jordan"]
    assert not [f for f in common["Jordan"] if f.startswith(("suf2=", "suf4=", "pre3="))]


def test_frequencies_tell_words_from_names() -> None:
    table = namemodel.zipf_table()
    assert table["the"] > 7 and table["hope"] > 5
    assert namemodel.zipf_of("przybylski", table) < 2
    assert namemodel.zipf_of("dad's", table) == table["dad"]


def test_features_are_the_same_for_the_same_text() -> None:
    text = "spoke to mrs adeyemi today, she said kacper nowak set up the page"
    first = list(namemodel.iter_features(text))
    again = list(namemodel.iter_features(text))
    assert [(i, f) for i, _, f in first] == [(i, f) for i, _, f in again]
    words = [t.text for _, t, _ in first]
    assert "kacper" in words and "the" not in words  # common lower-case words are skipped


def test_synthetic_text_marks_every_name_it_writes() -> None:
    for text, spans in synth.corpus(50, 3, pools.FIRST, pools.SURNAMES):
        for start, end in spans:
            assert text[start:end].strip() == text[start:end] != ""


def test_a_quick_training_run_learns_names() -> None:
    data = train.synthetic(150, seed=1)
    weights = train.train(data, epochs=1, seed=1)

    def p(text: str, word: str) -> float:
        for _, tok, feats in namemodel.iter_features(text):
            if tok.text == word:
                z = sum(weights.get(f, 0.0) for f in feats)
                return 1 / (1 + math.exp(-z))
        return 0.0

    assert p("Tobenna Ukwuoma and Rhosyn Pendergast were excluded.", "Ukwuoma") > 0.5
    assert p("We reported it to Ofcom on Tuesday.", "Tuesday") < 0.5
    assert train.train(data, epochs=1, seed=1) == weights  # deterministic


def test_model_spans_join_surname_comma_forename_in_headers() -> None:
    text = "From: Wójcik, Agnieszka <a.w@example.invalid>\nSubject: account"
    spans, _ = namemodel.model_spans(text, bytearray(len(text)))
    assert [text[s:e] for s, e in spans] == ["Wójcik, Agnieszka"]


CONTEXT_TEXTS = [
    "[19/02/2024, 21:14:07] Ruby: have u seen the pic of tamsin\n[19/02/2024, 21:15] Ellie: no",
    "caller gwen - parent. told gwen to report it. gwen 07700 900123",
    "hey orla its dominic from the park. Orla said no.",
    "NOTE: UNCLE BRYN SAID HE WOULD CALL. Call 0161 496 0000 ext 12 by 2024.",
    "Dear Mr Okafor,\nThanks for your call about Amara (Year 9).\nKind regards,\nPriya",
]


def test_the_fast_scorer_sums_the_same_features_as_the_training_script() -> None:
    """_scored sums cached groups of weights; the total must equal the weights of the features
    iter_features gives (what the model was trained on), word by word."""
    weights = namemodel.model().weights
    for text in CONTEXT_TEXTS:
        slow = {
            tok.start: sum(weights.get(f, 0.0) for f in feats)
            for _, tok, feats in namemodel.iter_features(text)
        }
        fast = namemodel.name_probabilities(text)
        assert [t.start for t, _ in fast] == list(slow)
        for tok, p in fast:
            expected = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, slow[tok.start]))))
            assert math.isclose(p, expected, rel_tol=1e-9, abs_tol=1e-12), (text, tok.text)


def test_context_features_read_chat_lines_cues_and_capitals_elsewhere() -> None:
    def feats(text: str, word: str) -> list[str]:
        return [f for _, t, fs in namemodel.iter_features(text) if t.text == word for f in fs]

    chat = "[10:01] Ruby: have u seen tamsin\n[10:02] Ellie: no"
    assert any(f.startswith("chat=m|") for f in feats(chat, "tamsin"))
    assert any(f.startswith("chat=s|") for f in feats(chat, "Ellie"))
    assert any(f.startswith("pc=kin|x|") for f in feats("lives with nan gwen now", "gwen"))
    assert any(f.startswith("nc=act|x|") for f in feats("so gwen said no", "gwen"))
    assert "capany|f|L" in feats("gwen rang. i told Gwen later", "gwen") or any(
        f.startswith("capany|") for f in feats("gwen rang. i told Gwen later", "gwen")
    )
    assert "n1=<tel>" in feats("call gwen 07700 900123", "gwen")
