"""Compile a copy of the redactor to C with mypyc, to measure what compiling would give.

Run: .venv/bin/python benchmarks/redaction/native.py DIR [--tree TREE] [--modules core,names]
then measure DIR as any other tree, for instance

    .venv/bin/python benchmarks/redaction/throughput.py ...     (from inside DIR)
    .venv/bin/python benchmarks/redaction/redact_loop.py 150 --tree DIR   (under callgrind)
    .venv/bin/python benchmarks/redaction/same_output.py OUT.jsonl --no-blind --tree DIR

DIR is made afresh (an existing one is removed): a copy of TREE's `casebook/`, `benchmarks/`,
`tests/` and `pyproject.toml` (TREE: this checkout), in which the modules named are compiled
in place by the project's mypyc (it comes with mypy), with setuptools lent by `uv run
--with` (the project's virtualenv is left as it is) and the system's C compiler. Python
imports `casebook/redaction/names.cpython-311-x86_64-linux-gnu.so` before `names.py` beside
it, so DIR runs the compiled modules; the sources are the same, so its output should be too
(check with same_output.py). Nothing here touches TREE: the checkout itself stays pure
Python. Type-checked with mypy's defaults (`--config-file /dev/null`: the project's settings
load the Django plugin, which the pure package does not need). Takes some minutes (one large
C file at -O3).

Raises SystemExit with mypyc's status when it fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The redactor's modules whose loops run for every document (casebook/redaction/NAME.py).
MODULES = ("core", "factored", "lexicon", "namemodel", "names", "keep", "nobody", "patterns")
COPIED = ("casebook", "benchmarks", "tests", "pyproject.toml")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dir", type=Path, help="where the compiled copy is made")
    parser.add_argument("--tree", type=Path, default=ROOT, help="checkout to copy")
    parser.add_argument("--modules", default=",".join(MODULES), help="comma-separated names")
    args = parser.parse_args()
    out = args.dir.resolve()
    tree = args.tree.resolve()
    if (
        out == tree
        or out in tree.parents
        or any(out == tree / name or tree / name in out.parents for name in COPIED)
    ):
        raise SystemExit(f"refusing to make {out}: it holds the tree or lies in what is copied")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name in COPIED:
        source = tree / name
        if source.is_dir():
            shutil.copytree(source, out / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, out / name)
    sources = [f"casebook/redaction/{name}.py" for name in args.modules.split(",") if name]
    command = [
        os.environ.get("UV", "uv"),
        "run",
        "--project",
        str(ROOT),
        "--frozen",
        "--with",
        "setuptools",
        "mypyc",
        "--config-file",
        "/dev/null",
        *sources,
    ]
    done = subprocess.run(command, cwd=out, check=False)
    if done.returncode != 0:
        raise SystemExit(done.returncode)
    shutil.rmtree(out / "build", ignore_errors=True)
    compiled = sorted(p.name for p in (out / "casebook" / "redaction").glob("*.so"))
    print(f"{len(compiled)} modules compiled in {out}/casebook/redaction: {', '.join(compiled)}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
