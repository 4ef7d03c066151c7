"""Attachment and raw-mail files outside the database, addressed by their sha256.

A file is written (atomically, by rename) before the database row that points at it is
committed, so a row never points at a missing file; a rolled-back import leaves at most an
orphan file that the next import of the same bytes reuses.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path

from django.conf import settings


class StorageError(Exception):
    pass


def describe_os_error(error: OSError) -> str:
    """One plain line for a failed write: what, where, and what to do."""
    import errno

    where = f" ({error.filename})" if error.filename else ""
    if error.errno == errno.ENOSPC:
        return f"the disk is full{where}: free some space and run the command again"
    if error.errno in {errno.EACCES, errno.EPERM, errno.EROFS}:
        return (
            f"cannot write to the attachments folder{where}: it is not writable by this user "
            "(check ATTACHMENTS_DIR and its permissions)"
        )
    return f"cannot write a file{where}: {error.strerror or error}"


def check_writable() -> None:
    """Raise OSError now if ATTACHMENTS_DIR cannot take a file, before any work starts."""
    base = root()
    base.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=base, prefix=".check-")
    os.close(fd)
    Path(tmp).unlink()


def root() -> Path:
    return Path(settings.ATTACHMENTS_DIR)


_KNOWN_DIRS: set[Path] = set()  # folders this process has made or seen (saves a mkdir each)


def store_bytes(data: bytes, *, kind: str = "blobs", suffix: str = "") -> tuple[str, str]:
    """Write data once; return (sha256, path relative to ATTACHMENTS_DIR)."""
    digest = hashlib.sha256(data).hexdigest()
    relative = f"{kind}/{digest[:2]}/{digest[2:4]}/{digest}{suffix}"
    target = root() / relative
    try:
        if os.stat(target).st_size == len(data):
            return digest, relative
    except FileNotFoundError:
        pass
    folder = target.parent
    if folder not in _KNOWN_DIRS:
        folder.mkdir(parents=True, exist_ok=True)
        _KNOWN_DIRS.add(folder)
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".incoming-")
    except FileNotFoundError:  # the folder went away since we saw it
        _KNOWN_DIRS.discard(folder)
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".incoming-")
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


def delete_unreferenced(relative: str) -> None:
    """Remove a stored file the caller knows nothing points at any more (missing is fine)."""
    with contextlib.suppress(StorageError, FileNotFoundError):
        open_path(relative).unlink()
