"""The commands the docs name are the commands there are: every Casebook management command
is in the README's command table and in cli.py's list, and neither names one that does not
exist (cli.py once listed `suggest` before it was written)."""

from __future__ import annotations

import re
from pathlib import Path

from django.core.management import get_commands

import casebook.cli

ROOT = Path(__file__).resolve().parents[2]


def _ours() -> set[str]:
    return {name for name, app in get_commands().items() if app.startswith("casebook")}


def test_the_readme_table_lists_every_command_and_only_real_ones() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## The command line", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"^\| `casebook (\w+)", table, re.MULTILINE))
    assert len(_ours()) >= 15
    assert named - {"migrate"} == _ours()


def test_cli_docstring_lists_every_command_and_only_real_ones() -> None:
    doc = casebook.cli.__doc__ or ""
    listed = doc.split("Casebook's own commands (", 1)[1].split(")", 1)[0]
    named = {word.strip() for word in listed.replace("\n", " ").split(",")}
    assert named == _ours()
