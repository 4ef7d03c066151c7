"""A real TNEF stream (Outlook's winmail.dat), built byte by byte for the tests.

The layout is MS-OXTNEF's: a signature, a legacy key, then attributes, each with its level
(message or attachment), id and type, length, data and a checksum (the data's bytes summed
modulo 65536). `tnef --list` (the Debian tnef tool) lists the attachments of what this
builds, so the tests run on the format Outlook sends, not on a few magic bytes.
"""

from __future__ import annotations

import struct

SIGNATURE = 0x223E9F78
LEVEL_MESSAGE, LEVEL_ATTACHMENT = 0x01, 0x02
# Attribute ids with their types in the high word (MS-OXTNEF 2.1.3.3).
TNEF_VERSION = 0x00089006
OEM_CODEPAGE = 0x00069007
MESSAGE_CLASS = 0x00078008
SUBJECT = 0x00018004
BODY = 0x0002800C
ATTACH_REND_DATA = 0x00069002
ATTACH_TITLE = 0x00018010
ATTACH_DATA = 0x0006800F


def _attribute(level: int, attribute: int, data: bytes) -> bytes:
    checksum = sum(data) & 0xFFFF
    return struct.pack("<BII", level, attribute, len(data)) + data + struct.pack("<H", checksum)


def _string(text: str) -> bytes:
    return text.encode("cp1252") + b"\0"


def build_tnef(
    *, subject: str, body: str, files: list[tuple[str, bytes]], key: int = 0x0B2C
) -> bytes:
    """A winmail.dat with this subject and plain-text body (attBody) and these files."""
    out = [struct.pack("<IH", SIGNATURE, key)]
    out.append(_attribute(LEVEL_MESSAGE, TNEF_VERSION, struct.pack("<I", 0x00010000)))
    out.append(_attribute(LEVEL_MESSAGE, OEM_CODEPAGE, struct.pack("<II", 1252, 0)))
    out.append(_attribute(LEVEL_MESSAGE, MESSAGE_CLASS, _string("IPM.Microsoft Mail.Note")))
    out.append(_attribute(LEVEL_MESSAGE, SUBJECT, _string(subject)))
    out.append(_attribute(LEVEL_MESSAGE, BODY, body.encode("cp1252")))
    for name, data in files:
        # attRenddata: an attached file (type 1), position -1, no rendering size.
        rend = struct.pack("<HiHHI", 0x0001, -1, 0, 0, 0)
        out.append(_attribute(LEVEL_ATTACHMENT, ATTACH_REND_DATA, rend))
        out.append(_attribute(LEVEL_ATTACHMENT, ATTACH_TITLE, _string(name)))
        out.append(_attribute(LEVEL_ATTACHMENT, ATTACH_DATA, data))
    return b"".join(out)
