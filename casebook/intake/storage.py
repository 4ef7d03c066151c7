"""Attachment and raw-mail files outside the database, addressed by their sha256.

A file is written (atomically, by rename) before the database row that points at it is
committed, so a row never points at a missing file; a rolled-back import leaves at most an
orphan file that the next import of the same bytes reuses.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from django.conf import settings


class StorageError(Exception):
    pass


def root() -> Path:
    return Path(settings.ATTACHMENTS_DIR)


def store_bytes(data: bytes, *, kind: str = "blobs", suffix: str = "") -> tuple[str, str]:
    """Write data once; return (sha256, path relative to ATTACHMENTS_DIR)."""
    digest = hashlib.sha256(data).hexdigest()
    relative = f"{kind}/{digest[:2]}/{digest[2:4]}/{digest}{suffix}"
    target = root() / relative
    if target.exists() and target.stat().st_size == len(data):
        return digest, relative
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return digest, relative


def open_path(relative: str) -> Path:
    """The absolute path of a stored file; refuses anything outside ATTACHMENTS_DIR."""
    base = root().resolve()
    path = (base / relative).resolve()
    if base not in path.parents:
        raise StorageError("path outside the attachments directory")
    if not path.is_file():
        raise StorageError("file missing")
    return path
