"""`casebook redact`: the JSON Lines contract, bad lines, files and the exit status."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from casebook.redaction.jsonl import redact_lines

GOOD = {"id": 7, "case": "PO-1", "text": "Dr Priya Raman called about jess.b2010 😀."}


def run_lines(lines: list[bytes]) -> tuple[list[dict[str, Any]], list[str], int]:
    out: list[str] = []
    errors: list[str] = []
    result = redact_lines(lines, out.append, errors.append)
    return [json.loads(o) for o in out], errors, result.skipped


def test_output_adds_redacted_and_entities_and_keeps_other_keys() -> None:
    [row], errors, skipped = run_lines([json.dumps(GOOD).encode()])
    assert errors == [] and skipped == 0
    assert {k: row[k] for k in GOOD} == GOOD
    assert row["redacted"] == "Dr {name} called about {username} 😀."
    assert row["entities"] == [
        {"start": 3, "end": 14, "type": "PERSON"},
        {"start": 28, "end": 38, "type": "USERNAME"},
    ]
    text = GOOD["text"]
    assert isinstance(text, str)
    assert text[28:38] == "jess.b2010"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b"not json", "line 2: not valid JSON"),
        (b'["text"]', "line 2: not a JSON object (got list)"),
        (b'{"id": 1}', 'line 2: no "text" key'),
        (b'{"text": 5}', 'line 2: "text" is not a string (got int)'),
        (b'{"text": "caf\xe9"}', "line 2: not UTF-8"),
    ],
)
def test_a_bad_line_is_named_and_skipped_and_the_batch_goes_on(line: bytes, message: str) -> None:
    good = json.dumps(GOOD).encode()
    rows, errors, skipped = run_lines([good, line, good, b"\n"])
    assert len(rows) == 2 and skipped == 1
    assert len(errors) == 1 and errors[0].startswith(message), errors


def test_command_with_files_writes_good_lines_and_fails_on_bad_ones(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    dst = tmp_path / "out.jsonl"
    src.write_text(json.dumps(GOOD) + "\n{oops\n" + json.dumps({"text": "Mr Okafor"}) + "\n")
    with pytest.raises(CommandError, match="1 bad line"):
        call_command("redact", input=src, output=dst, stderr=io.StringIO())
    rows = [json.loads(line) for line in dst.read_text().splitlines()]
    assert [r["redacted"] for r in rows] == [
        "Dr {name} called about {username} 😀.",
        "Mr {name}",
    ]


def test_command_reports_a_missing_input_file(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="no such file"):
        call_command("redact", input=tmp_path / "missing.jsonl")


def test_console_script_reads_stdin_and_writes_stdout() -> None:
    casebook = Path(sys.executable).with_name("casebook")
    lines = json.dumps(GOOD) + "\n" + "nope\n"
    proc = subprocess.run(
        [str(casebook), "redact"],
        input=lines.encode(),
        capture_output=True,
        env={**os.environ, "CASEBOOK_MODE": "test"},
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1
    [row] = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert row["redacted"] == "Dr {name} called about {username} 😀."
    assert "line 2: not valid JSON" in proc.stderr.decode()
