"""Raw messages from files: single .eml files, mbox files, Maildir folders, directories."""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from pathlib import Path


class SourceError(Exception):
    pass


def is_maildir(path: Path) -> bool:
    return path.is_dir() and all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


def is_mbox(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(5) == b"From "


def iter_path(path: Path) -> Iterator[tuple[str, bytes]]:
    """(source label, raw bytes) for every message under path, in a stable order."""
    if not path.exists():
        raise SourceError(f"{path}: no such file or directory")
    if is_maildir(path):
        box = mailbox.Maildir(path, factory=None, create=False)
        for key in sorted(box.keys()):
            yield f"{path}#{key}", box.get_bytes(key)
    elif path.is_dir():
        for child in sorted(path.iterdir()):
            if child.name.startswith("."):
                continue
            if child.is_dir() or child.suffix.lower() in {".eml", ".mbox", ".msg", ""}:
                yield from iter_path(child)
    elif is_mbox(path):
        mbox = mailbox.mbox(path, factory=None, create=False)
        try:
            for index, key in enumerate(mbox.iterkeys()):
                yield f"{path}#{index + 1}", mbox.get_bytes(key)
        finally:
            mbox.close()
    else:
        yield str(path), path.read_bytes()
