"""The pure model: ranking, flags, definitions mode, dismissals, artefacts."""

from __future__ import annotations

from pathlib import Path

import pytest

from casebook.classify.corpus import CorpusError, parse_line, read_corpus
from casebook.classify.model import Example, Suggester, train

CATEGORIES = {
    "Gaming": "Online games, in-game chat and gaming platforms.",
    "Data privacy": "Personal data, consent, subject access and data protection online.",
    "Sextortion": "Threats to share intimate images unless money or more are handed over.",
    "Apps": "Questions about particular apps, their age limits and risks.",
    "General enquiry": "Questions about the helpline itself.",
}


def _cases(n: int) -> list[Example]:
    texts = {
        "Gaming": "my son plays roblox and fortnite all night with voice chat on xbox",
        "Data privacy": "a parent made a subject access request for data held under gdpr",
        "Sextortion": "someone is threatening to share his intimate video unless he pays",
        "Apps": "what is the minimum age for this app and its age rating",
        "General enquiry": "what are your opening hours over the holidays",
    }
    return [
        Example(text=f"{texts[name]} case {i}", categories=(name,))
        for i in range(n)
        for name in texts
    ]


def test_every_category_ranked_best_first() -> None:
    model = train(_cases(50), categories=CATEGORIES, min_cases=10)
    assessment = model.assess("He is on Fortnite and Roblox every night, chatting on Xbox")
    labels = [s.label for s in assessment.suggestions]
    assert sorted(labels) == sorted(CATEGORIES)
    assert labels[0] == "Gaming"
    scores = [s.score for s in assessment.suggestions]
    assert scores == sorted(scores, reverse=True)
    assert model.metadata["mode"] == "cases"
    assert model.metadata["category_counts"]["Gaming"] == 50


def test_definitions_mode_before_enough_cases() -> None:
    model = train(_cases(1), categories=CATEGORIES, min_cases=100)
    assert model.metadata["mode"] == "definitions"
    assert model.metadata["cases"] == 0
    top = model.assess("Can they see my personal data? Subject access and consent").top(1)
    assert top == ["Data privacy"]


def test_rule_raises_a_flag_and_figures_of_speech_do_not() -> None:
    model = train(_cases(20), categories=CATEGORIES, min_cases=10)
    flagged = model.assess("Her friend says she wants to kill herself tonight")
    assert "self_harm" in [s.label for s in flagged.risk_flags]
    assert flagged.rule_hits
    calm = model.assess("I nearly died laughing at the Roblox video")
    assert calm.risk_flags == ()


def test_dismissals_lower_the_dismissed_category() -> None:
    text = "what is the age rating of roblox"
    plain = train(_cases(30), categories=CATEGORIES, min_cases=10)
    dismissed = [Example(text=text, categories=("Apps",), not_categories=("Gaming",))] * 20
    corrected = train(_cases(30) + dismissed, categories=CATEGORIES, min_cases=10)

    def gaming(model: Suggester) -> float:
        return next(s.score for s in model.assess(text).suggestions if s.label == "Gaming")

    assert gaming(corrected) < gaming(plain)
    assert corrected.metadata["dismissals"] == 20


def test_artefact_round_trip(tmp_path: Path) -> None:
    model = train(_cases(20), categories=CATEGORIES, min_cases=10)
    path = tmp_path / "m.joblib"
    model.save(path)
    again = Suggester.load(path)
    text = "roblox voice chat"
    assert again.assess(text) == model.assess(text)


def test_corpus_lines_are_checked() -> None:
    item = parse_line("Gaming | - | Subject :: body", where="x:1", known=CATEGORIES)
    assert item is not None and item.text == "Subject\nbody" and item.risk_flags == ()
    assert parse_line("# comment", where="x:2") is None
    for bad in ("Gamng | - | text", "Gaming | selfharm | text", "Gaming | text"):
        try:
            parse_line(bad, where="x:3", known=CATEGORIES)
        except CorpusError as error:
            assert "x:3" in str(error)
        else:
            raise AssertionError(f"accepted {bad!r}")


def test_shipped_corpus_uses_the_taxonomy() -> None:
    from casebook.cases.taxonomy import CATEGORIES as TAXONOMY

    items = read_corpus(known=[name for name, _ in TAXONOMY])
    assert len(items) > 300
    assert {c for i in items for c in i.categories} == {name for name, _ in TAXONOMY}


def test_corpus_reads_labelled_json_lines(tmp_path: Path) -> None:
    good = tmp_path / "set.jsonl"
    good.write_text(
        '{"subject": "Worried", "text": "She wants to die.", "risk_flags": ["self_harm"]}\n\n'
        '{"text": "Roblox chat", "categories": ["Gaming"]}\n'
    )
    items = read_corpus([good], known=CATEGORIES)
    assert [(i.text, i.categories, i.risk_flags) for i in items] == [
        ("Worried\nShe wants to die.", (), ("self_harm",)),
        ("Roblox chat", ("Gaming",), ()),
    ]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "risk_flags": ["danger"]}\n')
    with pytest.raises(CorpusError, match=r"bad\.jsonl:1: unknown risk flag"):
        read_corpus([bad])
    bad.write_text("not json\n")
    with pytest.raises(CorpusError, match=r"bad\.jsonl:1: not JSON"):
        read_corpus([bad])


def test_model_flags_stand_down_where_the_text_rules_the_risk_out() -> None:
    risky = [
        Example(
            text=f"she has been cutting her arms and wants to die {i}", risk_flags=("self_harm",)
        )
        for i in range(30)
    ]
    model = train(_cases(20) + risky, categories=CATEGORIES, min_cases=10)
    model.risk_thresholds = {"self_harm": 0.01}
    # A training request: every word of the risk is in teaching, so the model's flag stands down.
    calm = model.assess("Could you run an INSET session on self-harm and cutting for staff?")
    assert "self_harm" not in [s.label for s in calm.risk_flags]


def test_model_image_flags_stand_down_on_teaching_and_policy_questions() -> None:
    nudes = [
        Example(text=f"a year 9 girl sent nudes to a boy {i}", risk_flags=("indecent_image",))
        for i in range(30)
    ]
    model = train(_cases(20) + nudes, categories=CATEGORIES, min_cases=10)
    model.risk_thresholds = {"indecent_image": 0.01}
    lesson = "Could you suggest a Year 9 lesson plan on sending nudes?"
    assert (
        model.risk_probabilities([lesson], model.vectoriser.transform([lesson]))[
            0, model.risk_heads.labels.index("indecent_image")
        ]
        > 0.5
    )
    # every word of images is in a lesson or a policy: the model's flag stands down
    assert "indecent_image" not in [s.label for s in model.assess(lesson).risk_flags]
    # the same words passing on a disclosure stay live
    told = "A Year 9 girl told me she sent nudes to a boy; it came up in our policy lesson."
    assert "indecent_image" in [s.label for s in model.assess(told).risk_flags]


def test_every_flag_has_a_model_threshold_and_training_keeps_them() -> None:
    from casebook.classify.labels import RISK_FLAGS
    from casebook.classify.model import RISK_THRESHOLDS

    assert set(RISK_THRESHOLDS) == set(RISK_FLAGS)
    assert all(0.0 < t < 1.0 for t in RISK_THRESHOLDS.values())
    model = train([], categories={"General enquiry": "Anything else."})
    assert model.risk_thresholds == RISK_THRESHOLDS
    assert train([], categories={"A": "a"}, risk_thresholds={}).risk_thresholds == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the means and a time, whatever the words around them
        ("A rope in his wardrobe and a message saying tomorrow.", {"means", "timing"}),
        ("She asked him for a selfie in her knickers, she is 13.", {"image", "body", "child"}),
        ("The man wants £40 or he'll leak it.", {"money", "meeting"}),
        ("Thank you for everything, sorry I wasn't better.", {"farewell"}),
        ("What are your opening hours?", set()),
    ],
)
def test_word_families(text: str, expected: set[str]) -> None:
    from casebook.classify.model import _FAMILY_NAMES, families, prepare

    columns = families(prepare(text))
    named = {_FAMILY_NAMES[c] for c in columns if c < len(_FAMILY_NAMES)}
    assert named == expected
    # one feature per pair of families too
    assert len(columns) == len(named) + len(named) * (len(named) - 1) // 2


def test_family_features_are_kept_with_the_model(tmp_path: Path) -> None:
    model = train(_cases(50), categories=CATEGORIES, min_cases=10, family_weight=0.3)
    assert model.family_weight == 0.3
    path = tmp_path / "m.joblib"
    model.save(path)
    loaded = Suggester.load(path)
    text = "someone wants money for his intimate video or he will share it"
    assert loaded.assess(text) == model.assess(text)
    without = train(_cases(50), categories=CATEGORIES, min_cases=10, family_weight=0.0)
    assert without.risk_heads.coef.shape[1] + 36 == model.risk_heads.coef.shape[1]
