from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(autouse=True)
def _own_model_dir(settings: Any, tmp_path: Any) -> Any:
    """Each test starts with no saved model (the definitions model, built once per process)."""
    from casebook.classify import store

    settings.CLASSIFY_MODEL_DIR = tmp_path / "models"
    store.forget()
    yield
    store.forget()
