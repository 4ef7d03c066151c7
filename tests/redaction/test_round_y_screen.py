"""Round Y's learned screen of findings (screen.py, training/train_screen.py): the features it
reads of a finding, the screen's cut, the training labels, the pseudo negatives and the fit.
Held out (benchmarks/redaction/screen_loso.py) the screen did not pay for itself, so it is not
in find_entities; these tests keep the evaluation's parts honest. Every sentence is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casebook.redaction import find_entities, namemodel
from casebook.redaction.core import Entity
from casebook.redaction.scoring import Example
from casebook.redaction.screen import Screen, features, load_screen, screen
from casebook.redaction.training.train_screen import (
    Row,
    findings,
    fit,
    label_of,
    loose_findings,
    pseudo_rows,
)


def at(text: str, phrase: str, kind: str = "PERSON") -> Entity:
    start = text.index(phrase)
    return Entity(start, start + len(phrase), kind)


FEATURES = [
    # A place after a preposition of place.
    ("we drove from Portree to the ferry", "Portree", "PERSON", ["p1=from", "t|p1=PERSON|from"]),
    # A role alone on the line under a name (a signature).
    ("Thanks,\nJo Bloggs\nLead Practitioner", "Lead Practitioner", "PERSON", ["under_short"]),
    ("Thanks,\nJo Bloggs\nLead Practitioner", "Lead Practitioner", "PERSON", ["whole_line"]),
    # A header's label.
    ("Subject: Harbour Lights review\nHi all", "Harbour Lights", "SCHOOL", ["label=subject"]),
    # A quoted app's name after "called".
    ('she uses an app called "Bloom" daily', "Bloom", "USERNAME", ["quoted", "p1=called"]),
    # Digits and capitals.
    ("update the launcher to v2.3 first", "v2.3", "USERNAME", ["digit|USERNAME"]),
    ("FORM B: REFERRAL DETAILS", "REFERRAL DETAILS", "PERSON", ["allcaps", "capsline|PERSON"]),
    # The same word elsewhere in lower case.
    ("Hope is the app; we hope it helps", "Hope", "PERSON", ["also_lower"]),
]


@pytest.mark.parametrize(("text", "phrase", "kind", "expected"), FEATURES)
def test_features_read_the_kinds(text: str, phrase: str, kind: str, expected: list[str]) -> None:
    got = features(text, at(text, phrase, kind), structured=False)
    assert set(expected) <= set(got), got


NOT_THERE = [
    # Hard negatives: the cue is not there.
    ("we drove to Portree from the ferry", "Portree", "PERSON", "p1=from"),
    (
        "Thanks for calling Jo Bloggs, our Lead Practitioner, today",
        "Lead Practitioner",
        "PERSON",
        "under_short",
    ),
    ("He said the subject: Harbour Lights was closed", "Harbour Lights", "SCHOOL", "label=subject"),
    ("she uses an app called Bloom daily", "Bloom", "USERNAME", "quoted"),
    ("Hope Adeyemi rang again", "Hope", "PERSON", "also_lower"),
]


@pytest.mark.parametrize(("text", "phrase", "kind", "absent"), NOT_THERE)
def test_features_not_read_without_their_cue(
    text: str, phrase: str, kind: str, absent: str
) -> None:
    assert absent not in features(text, at(text, phrase, kind), structured=False)


def test_name_model_probability_is_a_feature() -> None:
    text = "spoke to Kezia Nwankwo today"
    ent = at(text, "Kezia Nwankwo")
    probs = {t.start: p for t, p in namemodel.name_probabilities(text)}
    got = features(text, ent, structured=False, probs=probs)
    assert "nm=>=.8" in got or "nm=<.8" in got
    assert not any(f.startswith("nm=") for f in features(text, ent, structured=False))
    assert "nm=none" in features(text, ent, False, probs={})


def test_source_is_a_feature() -> None:
    text = "ring 07700 900123 after six"
    ent = at(text, "07700 900123", "PHONE")
    assert "s=struct" in features(text, ent, structured=True)
    assert "s=people" in features(text, ent, structured=False)


def test_screen_drops_below_its_cut_only() -> None:
    text = 'Jo Bloggs uses an app called "Bloom" daily'
    name, app = at(text, "Jo Bloggs"), at(text, "Bloom", "USERNAME")
    model = Screen({"p1=called": -10.0}, bias=3.0, cut=0.5)
    assert screen(text, [name, app], [], model) == (name,)
    assert model.probability(text, app, False) < 0.01 < 0.95 < model.probability(text, name, False)
    off = Screen({"p1=called": -10.0}, bias=3.0, cut=0.0)
    assert screen(text, [name, app], [], off) == (name, app)


def test_load_screen(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"bias": 1.5, "cut": 0.1, "weights": {"quoted": -2}}))
    model = load_screen(path)
    assert (model.bias, model.cut, model.weights) == (1.5, 0.1, {"quoted": -2.0})
    path.write_text(json.dumps({"bias": 1.5, "weights": {}}))
    with pytest.raises(KeyError):
        load_screen(path)


def test_labels() -> None:
    gold = bytearray(20)
    gold[0:5] = b"\x01" * 5
    survive = bytearray(20)
    survive[10:15] = b"\x01" * 5
    assert label_of(Entity(3, 8, "PERSON"), gold, survive) == (1, "gold")
    assert label_of(Entity(4, 12, "PERSON"), gold, survive) == (1, "gold")  # gold wins
    assert label_of(Entity(12, 18, "PERSON"), gold, survive) == (0, "survive")
    assert label_of(Entity(15, 20, "PERSON"), gold, survive) == (0, "neither")


def test_pseudo_negatives_are_capitalised_must_survive_strings_outside_gold() -> None:
    text = "Riverbank Hub sent Tom to riverbank hub and to the Riverbank Hub again"
    tom = at(text, "Tom")
    ex = Example("x1", text, (tom,), ("Riverbank Hub", "riverbank hub", "Tom"))
    rows = pseudo_rows("blind_x", [ex], [])
    assert [(r.entity.start, r.label, r.kind, r.entity.type) for r in rows] == [
        (0, 0, "pseudo", "PERSON"),
        (text.rindex("Riverbank Hub"), 0, "pseudo", "PERSON"),
    ]
    near = [Row("blind_x", "x1", Entity(0, 13, "SCHOOL"), (), 0, "survive")]
    assert len(pseudo_rows("blind_x", [ex], near)) == 1


def test_fit_is_deterministic_and_learns() -> None:
    rows = [Row("s", str(k), Entity(0, 1, "PERSON"), ("a", "c"), 1, "gold") for k in range(30)]
    rows += [Row("s", f"n{k}", Entity(0, 1, "PERSON"), ("b", "c"), 0, "survive") for k in range(10)]
    first, second = fit(rows), fit(rows)
    assert first == second
    weights, _ = first
    assert weights["a"] > 0 > weights["b"]


def test_loose_candidates_restore_the_name_models_cut() -> None:
    before = namemodel.model().threshold
    text = "Dear Sir, Kezia Nwankwo of Leeds rang about the Tesco voucher."
    found, _ = loose_findings(text)
    assert namemodel.model().threshold == before
    assert any(text[e.start : e.end] == "Kezia Nwankwo" for e in found)


SAME = [
    "Kezia Nwankwo (07700 900123) rang from Leeds about kezia.n@example.com",
    "dsl gemma hartley at oakmoor primary rang re y5 girl on roblox, acct xX_Dark_Xx",
    "Thanks,\nJo Bloggs\nLead Practitioner\nHarbour Lights Family Centre, 4 Quay St, TR1 2AB",
    "ex-bf jordan sent it on ome.tv and TakeItDown was suggested; we hope Hope rings",
]


@pytest.mark.parametrize("text", SAME)
def test_findings_are_find_entities(text: str) -> None:
    assert findings(text)[0] == find_entities(text)


def test_findings_say_which_the_patterns_made() -> None:
    text = SAME[0]
    structured = findings(text)[1]
    assert {text[e.start : e.end] for e in structured} >= {"07700 900123", "kezia.n@example.com"}
    assert not any(text[e.start : e.end] == "Kezia Nwankwo" for e in structured)
