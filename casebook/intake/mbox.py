"""Messages from an mbox file, split only where a message really starts. Pure, streaming.

Python's mailbox module splits at every line that begins "From ", so a body line such as
"From what the pupils told us..." (unescaped by many writers) cuts a message in two. Here a
"From " line starts a message only when a header block follows it; when a message declares a
Content-Length (mboxcl2 writers) that is used instead, if it lands on a message start. A
byte-order mark before the first line is ignored. Memory holds one message at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

_HEADER = re.compile(rb"^[\x21-\x39\x3b-\x7e]{1,76}[ \t]*:")
_CONTENT_LENGTH = re.compile(rb"^Content-Length:[ \t]*(\d{1,12})[ \t]*\r?$", re.I | re.M)
BOM = b"\xef\xbb\xbf"
LOOKAHEAD = 3  # header lines that must follow a "From " line (fewer if the block ends first)


def looks_like_mbox(head: bytes) -> bool:
    """True if a file starting with these bytes is an mbox (a BOM may come first)."""
    if head.startswith(BOM):
        head = head[3:]
    lines = head.split(b"\n", 2)
    return len(lines) > 1 and lines[0].startswith(b"From ") and bool(_HEADER.match(lines[1]))


_FROM_LINE = re.compile(rb"^From \S.*(\d{1,2}:\d{2}|\b(19|20)\d\d\b)")


def _starts_message(lines: list[bytes]) -> bool:
    """lines[0] is a "From " line: is it a separator (with a date) before a header block?"""
    if not _FROM_LINE.match(lines[0]):
        return False
    following = lines[1 : 1 + LOOKAHEAD]
    if not following or not _HEADER.match(following[0]):
        return False
    for line in following[1:]:
        if line.strip() == b"":
            return True  # a short header block that ended
        if not (_HEADER.match(line) or line[:1] in {b" ", b"\t"}):
            return False
    return True


def _strip_separator(message: bytes) -> bytes:
    """Drop the one blank line mbox writers put before the next "From " line."""
    if message.endswith(b"\r\n\r\n"):
        return message[:-2]
    if message.endswith(b"\n\n"):
        return message[:-1]
    return message


def iter_mbox(handle: BinaryIO) -> Iterator[bytes]:
    """Raw bytes of each message (without its "From " line), in file order."""
    first = handle.readline()
    if first.startswith(BOM):
        first = first[3:]
    pending: list[bytes] = [first] if first else []
    current: list[bytes] | None = None
    in_headers = False

    def fill(n: int) -> None:
        while len(pending) < n:
            line = handle.readline()
            if not line:
                return
            pending.append(line)

    while True:
        fill(1 + LOOKAHEAD)
        if not pending:
            break
        line = pending.pop(0)
        if line.startswith(b"From ") and _starts_message([line, *pending]):
            if current is not None:
                yield _strip_separator(b"".join(current))
            current = []
            in_headers = True
            continue
        if current is None:
            continue  # text before the first message: not mail
        current.append(line)
        if not in_headers or line.strip() != b"":
            continue
        in_headers = False
        length = _content_length_body(current)
        if length is not None:  # mboxcl2: trust the length if it lands on a message start
            body = _read_exact(handle, pending, length)
            fill(1 + LOOKAHEAD)
            after = pending[:]
            ends_well = not after or (
                (after[0].strip() == b"" and (len(after) == 1 or after[1].startswith(b"From ")))
                or after[0].startswith(b"From ")
            )
            if ends_well:
                current.append(body)
            else:  # the length lied: read the body line by line after all
                pending[:0] = body.splitlines(keepends=True)
    if current is not None:
        yield _strip_separator(b"".join(current))


def _content_length_body(lines: list[bytes]) -> int | None:
    """The Content-Length of a message whose header block has just ended, if it has one."""
    head = b"".join(lines)
    if head.count(b"\n") > 400:
        return None
    match = _CONTENT_LENGTH.search(head)
    return int(match.group(1)) if match else None


def _read_exact(handle: BinaryIO, pending: list[bytes], count: int) -> bytes:
    data = b"".join(pending)
    pending.clear()
    if len(data) >= count:
        rest = data[count:]
        pending.extend(rest.splitlines(keepends=True))
        return data[:count]
    return data + handle.read(count - len(data))
