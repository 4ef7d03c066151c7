"""Where trained models live, and the one in use. Needs settings, not the database.

Models are files in settings.CLASSIFY_MODEL_DIR: suggest-v0001.joblib beside
suggest-v0001.json (its training metadata, readable without loading the model). The highest
version is the current one. With none trained yet, the current model is fitted on the spot
from the categories' definitions and the seed corpus (a second or two, once per process).
"""

from __future__ import annotations

import json
import re
import threading
import time
from pathlib import Path
from typing import Any

from django.conf import settings

from casebook.classify.model import Suggester

_NAME = re.compile(r"^suggest-v(\d{4,})\.joblib$")
# How often a process looks for a newer model (seconds): `casebook train` in one process is
# picked up by the web workers without a restart.
RECHECK_SECONDS = 30.0

_lock = threading.Lock()
_cached: dict[str, Any] = {"path": None, "model": None, "checked": 0.0}


def model_dir() -> Path:
    return Path(settings.CLASSIFY_MODEL_DIR)


def versions(folder: Path | None = None) -> list[tuple[int, Path]]:
    """(version, path) of every saved model, oldest first."""
    folder = folder or model_dir()
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match:
            found.append((int(match.group(1)), path))
    return sorted(found)


def save_new_version(model: Suggester, folder: Path | None = None) -> Path:
    """Save as the next version; the metadata gets "version" and "file". Returns the path."""
    folder = folder or model_dir()
    folder.mkdir(parents=True, exist_ok=True)
    existing = versions(folder)
    number = existing[-1][0] + 1 if existing else 1
    path = folder / f"suggest-v{number:04d}.joblib"
    model.metadata["version"] = f"v{number:04d}"
    model.metadata["file"] = path.name
    # Metadata first: a reader that sees the model file always finds its description.
    path.with_suffix(".json").write_text(json.dumps(model.metadata, indent=2) + "\n")
    model.save(path)
    return path


def read_metadata(path: Path) -> dict[str, Any]:
    data = json.loads(path.with_suffix(".json").read_text())
    return data if isinstance(data, dict) else {}


def _definitions_model() -> Suggester:
    from casebook.classify.training import definitions_model

    return definitions_model()


def current_model() -> Suggester:
    """The newest saved model (reloaded when a newer one appears), or the definitions model."""
    now = time.monotonic()
    with _lock:
        if _cached["model"] is not None and now - _cached["checked"] < RECHECK_SECONDS:
            return _cached["model"]  # type: ignore[no-any-return]
        _cached["checked"] = now
        saved = versions()
        newest = saved[-1][1] if saved else None
        if _cached["model"] is not None and newest == _cached["path"]:
            return _cached["model"]  # type: ignore[no-any-return]
        model = Suggester.load(newest) if newest is not None else _definitions_model()
        _cached.update(path=newest, model=model)
        return model


def forget() -> None:
    """Drop the cached model (tests, and after training in the same process)."""
    with _lock:
        _cached.update(path=None, model=None, checked=0.0)
