"""Each module-level name of the redactor is bound once.

A second `NAME = ...` further down a module silently replaces the first for every function
that reads it, including those written beside the first (a pattern or a threshold meant for
one rule then serves another). This test reads each module's top-level assignments.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import casebook.redaction

PACKAGE = Path(casebook.redaction.__file__).parent
MODULES = sorted(p for p in PACKAGE.glob("*.py"))


def _top_level_names(source: str) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name):
                names[target.id] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_each_name_bound_once(path: Path) -> None:
    names = _top_level_names(path.read_text(encoding="utf-8"))
    assert [name for name, n in names.items() if n > 1] == []


def test_the_check_sees_a_second_binding() -> None:
    assert _top_level_names("A = 1\nB = 2\nA = 3\n")["A"] == 2
