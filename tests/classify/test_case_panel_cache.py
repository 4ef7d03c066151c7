"""The case page's suggestions are computed once per model version and text, per process."""

from __future__ import annotations

from dataclasses import dataclass

from casebook.classify import queries
from casebook.classify.model import Assessment, Scored


@dataclass
class CountingModel:
    version: str
    calls: int = 0

    def assess(self, text: str) -> Assessment:
        self.calls += 1
        return Assessment(suggestions=(Scored(f"for {text}", 0.5),), risk_flags=())


def test_same_text_and_version_is_assessed_once(monkeypatch):
    monkeypatch.setattr(queries, "_suggestions", type(queries._suggestions)())
    model = CountingModel("v1")
    first = queries.suggestions_for(model, "fake account of a teacher")  # type: ignore[arg-type]
    again = queries.suggestions_for(model, "fake account of a teacher")  # type: ignore[arg-type]
    assert first == again == (Scored("for fake account of a teacher", 0.5),)
    assert model.calls == 1
    # A changed text, or a new model, is assessed afresh.
    queries.suggestions_for(model, "fake account of a pupil")  # type: ignore[arg-type]
    assert model.calls == 2
    newer = CountingModel("v2")
    queries.suggestions_for(newer, "fake account of a teacher")  # type: ignore[arg-type]
    assert newer.calls == 1


def test_the_least_recently_used_are_dropped(monkeypatch):
    monkeypatch.setattr(queries, "_suggestions", type(queries._suggestions)())
    monkeypatch.setattr(queries, "_SUGGESTIONS_KEPT", 2)
    model = CountingModel("v1")
    for text in ("a", "b", "a", "c"):  # "b" is the least recently used when "c" arrives
        queries.suggestions_for(model, text)  # type: ignore[arg-type]
    assert model.calls == 3
    queries.suggestions_for(model, "a")  # type: ignore[arg-type]
    assert model.calls == 3
    queries.suggestions_for(model, "b")  # type: ignore[arg-type]
    assert model.calls == 4
    assert len(queries._suggestions) == 2
