"""The production static storage keeps each name's URL per process, as WhiteNoise's gives it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from casebook.lib.staticfiles import StaticFilesStorage


@pytest.fixture
def storage(tmp_path: Path, settings: Any) -> StaticFilesStorage:
    settings.DEBUG = False  # hashed names, as in production
    manifest = {"paths": {"cases/a.css": "cases/a.0123abcd.css"}, "version": "1.1", "hash": "x"}
    (tmp_path / "staticfiles.json").write_text(json.dumps(manifest))
    return StaticFilesStorage(location=str(tmp_path), base_url="/static/")


def test_urls_are_the_manifests_and_kept(storage: StaticFilesStorage) -> None:
    assert storage.url("cases/a.css") == "/static/cases/a.0123abcd.css"
    storage.hashed_files["cases/a.css"] = "cases/a.changed.css"
    assert storage.url("cases/a.css") == "/static/cases/a.0123abcd.css"  # kept
    assert storage.url("cases/a.css", force=True) == "/static/cases/a.changed.css"


def test_a_name_missing_from_the_manifest_raises_every_time(storage: StaticFilesStorage) -> None:
    for _ in range(2):
        with pytest.raises(ValueError, match="Missing staticfiles manifest entry"):
            storage.url("cases/missing.css")
