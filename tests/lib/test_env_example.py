"""`.env.example` lists exactly the environment variables the code reads.

Read from the source itself: every env_str/env_bool/env_int/env_list("NAME") call, every
os.environ.get("NAME") / os.environ["NAME"] / os.getenv("NAME") / "NAME" in os.environ.
Variables named CASEBOOK_TEST_* are hooks for the test suite and are not settings.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
READERS = {"env_str", "env_bool", "env_int", "env_list", "getenv"}


def _is_environ(node: ast.AST) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "environ"


def names_read(source: str) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        arg: ast.AST | None = None
        if isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            on_environ = isinstance(func, ast.Attribute) and _is_environ(func.value)
            if name in READERS or (name in {"get", "setdefault"} and on_environ):
                arg = node.args[0]
        elif isinstance(node, ast.Subscript) and _is_environ(node.value):
            arg = node.slice
        elif isinstance(node, ast.Compare) and any(_is_environ(c) for c in node.comparators):
            arg = node.left
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            found.add(arg.value)
    return found


def code_names() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "casebook").rglob("*.py"):
        names |= names_read(path.read_text(encoding="utf-8"))
    return {n for n in names if not n.startswith(("CASEBOOK_TEST_", "DJANGO_"))}


def example_names() -> set[str]:
    text = (ROOT / ".env.example").read_text(encoding="utf-8")
    return set(re.findall(r"(?<![A-Za-z0-9_$])([A-Z][A-Z0-9_]+)=", text))


def test_the_reader_finds_every_form():
    source = (
        'env_int("A", 1)\nos.environ.get("B")\nos.environ["C"]\nos.getenv("D")\n'
        'if "E" in os.environ: pass\nsettings.get("NOT_ENV")\nenv_str(name)\n'
    )
    assert names_read(source) == {"A", "B", "C", "D", "E"}


def test_every_variable_the_code_reads_is_in_env_example():
    missing = code_names() - example_names()
    assert not missing, f"add to .env.example: {sorted(missing)}"


def test_env_example_names_only_variables_the_code_reads():
    stale = example_names() - code_names()
    assert not stale, f".env.example names variables nothing reads: {sorted(stale)}"
