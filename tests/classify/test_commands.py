"""casebook train and casebook suggest, as other tools call them."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from casebook.cases.actions import do_open_case
from casebook.cases.models import Category, Provenance
from casebook.classify import store
from casebook.classify.model import RULE_SCORE, Suggester


@pytest.mark.django_db
def test_suggest_adds_keys_keeps_others_and_skips_bad_lines(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": 7, "text": "Roblox and Fortnite voice chat with strangers"})
        + "\nnot json\n"
        + json.dumps({"id": 8, "text": "She said she wants to kill herself", "x": [1]})
        + "\n\n"
    )
    target = tmp_path / "out.jsonl"
    err = StringIO()
    with pytest.raises(CommandError, match="1 bad line"):
        call_command("suggest", "--input", str(source), "--output", str(target), stderr=err)
    assert "line 2: not valid JSON" in err.getvalue()
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert [line["id"] for line in lines] == [7, 8]
    assert lines[1]["x"] == [1]
    taxonomy = set(Category.objects.filter(retired=False).values_list("name", flat=True))
    for line in lines:
        scores = [s["score"] for s in line["suggestions"]]
        assert len(scores) >= 5 and scores == sorted(scores, reverse=True)
        assert {"category", "score"} == set(line["suggestions"][0])
        # every category the helpline uses, named exactly as in the taxonomy
        assert sorted(s["category"] for s in line["suggestions"]) == sorted(taxonomy)
    assert lines[0]["suggestions"][0]["category"] == "Gaming"
    assert lines[0]["risk_flags"] == []
    # a rule's hit scores RULE_SCORE, or the model's probability where that is higher
    assert lines[1]["risk_flags"][0]["flag"] == "self_harm"
    assert lines[1]["risk_flags"][0]["score"] >= RULE_SCORE


def test_suggest_refuses_a_missing_model(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="no such file"):
        call_command("suggest", "--model", str(tmp_path / "none.joblib"))


@pytest.mark.django_db
def test_train_saves_versions_with_metadata_and_suggest_uses_the_newest(
    enquirer, settings, tmp_path: Path
) -> None:
    gaming = Category.objects.get(name="Gaming")
    for i in range(3):
        do_open_case(
            enquirer=enquirer,
            channel="email",
            subject=f"Game {i}",
            first_message="Roblox chat",
            categories=[gaming],
            provenance=Provenance.PRACTITIONER,
        )
    out = StringIO()
    call_command("train", stdout=out)
    call_command("train", "--assess-open", stdout=out)
    assert [v for v, _ in store.versions()] == [1, 2]
    meta = store.read_metadata(store.versions()[-1][1])
    assert meta["version"] == "v0002" and meta["mode"] == "definitions"  # 3 cases: too few
    assert meta["cases_offered"] == 3 and meta["seed_examples"] > 300
    assert "Assessed" in out.getvalue()
    model = store.current_model()
    assert isinstance(model, Suggester) and model.version == "v0002"
