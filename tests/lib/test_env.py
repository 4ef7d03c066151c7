from __future__ import annotations

import pytest

from casebook.lib.env import ConfigError, env_bool, env_int, env_list, env_str


def test_env_helpers_read_and_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CB_T_STR", "hello")
    monkeypatch.setenv("CB_T_BOOL", "Yes")
    monkeypatch.setenv("CB_T_INT", "42")
    monkeypatch.setenv("CB_T_LIST", "a.example, b.example ,")
    monkeypatch.delenv("CB_T_MISSING", raising=False)
    assert env_str("CB_T_STR") == "hello"
    assert env_bool("CB_T_BOOL") is True
    assert env_int("CB_T_INT", 1) == 42
    assert env_list("CB_T_LIST", []) == ["a.example", "b.example"]
    assert env_str("CB_T_MISSING", "fallback") == "fallback"
    assert env_bool("CB_T_MISSING", True) is True


@pytest.mark.parametrize(("func", "value"), [(env_bool, "perhaps"), (env_int, "4x2")])
def test_env_helpers_refuse_malformed(monkeypatch: pytest.MonkeyPatch, func, value) -> None:
    monkeypatch.setenv("CB_T_BAD", value)
    with pytest.raises(ConfigError, match="CB_T_BAD"):
        func("CB_T_BAD", 0) if func is env_int else func("CB_T_BAD")


def test_required_missing_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CB_T_REQ", raising=False)
    with pytest.raises(ConfigError, match="CB_T_REQ is required"):
        env_str("CB_T_REQ")
