"""Raw messages from files: single .eml files, mbox files, Maildir folders, directories."""

from __future__ import annotations

import mailbox
from collections.abc import Callable, Iterator
from pathlib import Path

from casebook.intake.mbox import iter_mbox, looks_like_mbox

MAIL_SUFFIXES = {".eml", ".mbox", ".msg", ".mbx", ""}


class SourceError(Exception):
    pass


def is_maildir(path: Path) -> bool:
    return path.is_dir() and all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


def is_mbox(path: Path) -> bool:
    with path.open("rb") as handle:
        return looks_like_mbox(handle.read(4096))


def iter_path(
    path: Path, *, on_skip: Callable[[Path, str], None] | None = None
) -> Iterator[tuple[str, bytes]]:
    """(source label, raw bytes) for every message under path, in a stable order.

    Files in a directory that are not mail (by their name) are passed to on_skip with the
    reason, so the caller can name them; nothing is skipped silently.
    """
    if not path.exists():
        raise SourceError(f"{path}: no such file or directory")
    if is_maildir(path):
        box = mailbox.Maildir(path, factory=None, create=False)
        for key in sorted(box.keys()):
            yield f"{path}#{key}", box.get_bytes(key)
    elif path.is_dir():
        for child in sorted(path.iterdir()):
            if child.name.startswith("."):
                if on_skip:
                    on_skip(child, "hidden file")
                continue
            if child.is_dir() or child.suffix.lower() in MAIL_SUFFIXES:
                yield from iter_path(child, on_skip=on_skip)
            elif on_skip:
                on_skip(child, f"not a mail file ({child.suffix or 'no'} suffix)")
    elif is_mbox(path):
        with path.open("rb") as handle:
            for index, raw in enumerate(iter_mbox(handle)):
                yield f"{path}#{index + 1}", raw
    else:
        yield str(path), path.read_bytes()
