"""The signed content inside an opaque-signed S/MIME message (smime.p7m). Pure.

Police forces, councils and the NHS often sign mail "opaquely": the whole message, text and
attachments, is wrapped inside a PKCS#7/CMS SignedData structure, and mailers that do not
unwrap it show nothing but a smime.p7m file. Unwrapping needs no cryptography (we show the
content; we do not claim the signature is valid, and the .p7m stays attached for anyone who
wants to verify it), only a reader for the BER encoding it uses, which is what this is:
ContentInfo -> SignedData -> encapContentInfo -> eContent, allowing indefinite lengths and
constructed (chunked) OCTET STRINGs.
"""

from __future__ import annotations

import base64
import binascii

_OIDS = {
    bytes.fromhex("2a864886f70d010702"): "signed-data",
    bytes.fromhex("2a864886f70d010703"): "enveloped-data",
    bytes.fromhex("2a864886f70d0109100117"): "authenveloped-data",
    bytes.fromhex("2a864886f70d0109100109"): "compressed-data",
    bytes.fromhex("2a864886f70d010701"): "data",
}
MAX_DEPTH = 40


class _BadBER(Exception):
    pass


class _Node:
    __slots__ = ("children", "constructed", "content", "tag")

    def __init__(self, tag: int, constructed: bool, content: bytes, children: list[_Node]):
        self.tag = tag
        self.constructed = constructed
        self.content = content
        self.children = children


def _der(data: bytes) -> bytes:
    """The DER/BER bytes, whether the part held them raw or (wrongly twice) in base64."""
    if data[:1] == b"\x30":
        return data
    try:
        return base64.b64decode(data, validate=False)
    except (binascii.Error, ValueError):
        return data


def _parse(data: bytes, position: int, depth: int) -> tuple[_Node, int]:
    if depth > MAX_DEPTH or position + 2 > len(data):
        raise _BadBER
    first = data[position]
    constructed = bool(first & 0x20)
    tag = first & 0x1F
    position += 1
    if tag == 0x1F:  # high tag numbers: not used in the structures we read, but skip them
        while position < len(data) and data[position] & 0x80:
            position += 1
        position += 1
    tag |= first & 0xC0  # keep the class bits so [0] differs from universal tags
    if position >= len(data):
        raise _BadBER
    length_byte = data[position]
    position += 1
    if length_byte == 0x80:  # indefinite: children until the end-of-contents octets
        if not constructed:
            raise _BadBER
        children: list[_Node] = []
        while True:
            if data[position : position + 2] == b"\x00\x00":
                return _Node(tag, True, b"", children), position + 2
            child, position = _parse(data, position, depth + 1)
            children.append(child)
    if length_byte & 0x80:
        count = length_byte & 0x7F
        if count > 4 or position + count > len(data):
            raise _BadBER
        length = int.from_bytes(data[position : position + count], "big")
        position += count
    else:
        length = length_byte
    end = position + length
    if end > len(data):
        raise _BadBER
    content = data[position:end]
    children = []
    if constructed:
        inner = position
        while inner < end:
            child, inner = _parse(data, inner, depth + 1)
            children.append(child)
    return _Node(tag, constructed, content, children), end


def _octets(node: _Node) -> bytes:
    if not node.constructed:
        return node.content
    return b"".join(_octets(child) for child in node.children)


def content_type_of(data: bytes) -> str:
    """ "signed-data", "enveloped-data", ... for a CMS ContentInfo, or "" if unreadable."""
    try:
        root, _ = _parse(_der(data), 0, 0)
    except (_BadBER, IndexError):
        return ""
    if not root.children or root.children[0].tag != 0x06:
        return ""
    return _OIDS.get(root.children[0].content, "")


def signed_content(data: bytes) -> bytes | None:
    """The encapsulated content of a SignedData (a MIME entity in S/MIME), or None."""
    try:
        root, _ = _parse(_der(data), 0, 0)
        if _OIDS.get(root.children[0].content) != "signed-data":
            return None
        signed = root.children[1].children[0]  # [0] EXPLICIT SignedData
        encapsulated = signed.children[2]  # version, digestAlgorithms, encapContentInfo
        if len(encapsulated.children) < 2:
            return None  # detached signature: the content is elsewhere
        wrapper = encapsulated.children[1]  # [0] EXPLICIT OCTET STRING
        return b"".join(_octets(child) for child in wrapper.children)
    except (_BadBER, IndexError):
        return None
