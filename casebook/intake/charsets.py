"""Charset labels mapped the way browsers map them, and decoding that never raises. Pure.

Mail software labels text the way web pages do, with the same mistakes: "iso-8859-1" on
windows-1252 bytes (Outlook), "gb2312" on GBK, "shift_jis" on Microsoft's cp932,
"iso-2022-jp" with NEC's extension characters. The WHATWG Encoding Standard settles what each
label means (browsers follow it), so labels go through `webencodings`, its table. Python's
codecs then do the decoding, with a few codecs swapped for the wider ones the standard
specifies, and ISO-2022-JP decoded here through cp932 (Python's own codec rejects NEC's row 13,
e.g. "①").

A part that fails to decode in its declared charset is decoded in that charset with
replacement characters, never in another charset, which would garble all of it. The one
exception is the single-byte labels (ascii, latin-1, windows-1252): bytes that are valid
multi-byte UTF-8 behind such a label are UTF-8 (a very common sender bug, and valid UTF-8
almost never occurs by accident).
"""

from __future__ import annotations

import codecs
import re

import webencodings

# WHATWG encoding name -> the Python codec that implements the standard's decoder.
_CODEC_FOR = {
    "gbk": "gb18030",  # the standard's GBK decoder is the gb18030 decoder
    "gb18030": "gb18030",
    "shift_jis": "cp932",
    "euc-kr": "cp949",
    "big5": "big5hkscs",
    "euc-jp": "euc_jis_2004",  # Python's euc_jp lacks NEC's row 13 and the IBM extensions
    "iso-8859-8-i": "iso8859_8",
    "x-mac-cyrillic": "mac_cyrillic",
    "macintosh": "mac_roman",
}
# Labels the standard maps to its "replacement" encoding (for web security reasons) but that
# real mail uses and Python decodes; also labels it does not know at all.
_PYTHON_ONLY = {
    "iso-2022-kr": "iso2022_kr",
    "hz-gb-2312": "hz",
    "iso-2022-cn": "iso2022_jp_2",
    "iso-2022-cn-ext": "iso2022_jp_2",
    "utf-7": "utf_7",
    "unicode-1-1-utf-7": "utf_7",
}
_UNLABELLED = {"", "unknown-8bit", "x-unknown", "unknown", "8bit", "binary", "default", "none"}
SINGLE_BYTE_WESTERN = "windows-1252"
ISO_2022_JP = "iso-2022-jp"


def codec_for(label: str | None) -> str | None:
    """The Python codec for a charset label (WHATWG first), or None if unlabelled/unknown."""
    name = (label or "").strip().strip("\"'").lower()
    if name in _UNLABELLED:
        return None
    if name in _PYTHON_ONLY:
        return _PYTHON_ONLY[name]
    encoding = webencodings.lookup(name)
    if encoding is not None and encoding.name != "replacement":
        if encoding.name == ISO_2022_JP:
            return ISO_2022_JP
        return _CODEC_FOR.get(encoding.name, str(encoding.codec_info.name))
    try:
        return codecs.lookup(name).name  # a Python-only label such as "cp850"
    except (LookupError, ValueError):
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Text from bytes in a declared charset; never raises. See the module docstring."""
    codec = codec_for(declared)
    if codec is None or codec == "cp1252" or codec == "ascii":
        if data.isascii():
            return data.decode("ascii")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode(codec or "cp1252", errors="replace")
    if codec == ISO_2022_JP:
        return decode_iso_2022_jp(data)
    try:
        text = data.decode(codec, errors="replace")
    except (LookupError, ValueError):
        text = data.decode("utf-8", errors="replace")
    return text[1:] if text.startswith("\ufeff") else text  # a byte-order mark is not text


def is_single_byte_western(label: str | None) -> bool:
    return codec_for(label) in {None, "cp1252", "ascii"}


# --- ISO-2022-JP ---------------------------------------------------------------------------

_ESCAPE = re.compile(rb"\x1b(\(B|\(J|\(I|\$@|\$B|\$\(D|\$A|\$\(C|\.A|\.F|N)")
_OTHER_SETS = (b"\x1b$(D", b"\x1b$A", b"\x1b$(C", b"\x1b.A", b"\x1b.F", b"\x1bN")


def decode_iso_2022_jp(data: bytes) -> str:
    """ISO-2022-JP as the WHATWG decoder reads it: JIS X 0208 with NEC's and IBM's extensions.

    Each two-byte JIS X 0208 pair is converted to Shift_JIS and decoded with cp932, whose table
    is the standard's. Mail that switches to other character sets (ISO-2022-JP-2) goes to
    Python's iso2022_jp_2 codec.
    """
    if any(seq in data for seq in _OTHER_SETS):
        return data.decode("iso2022_jp_2", errors="replace")
    out: list[str] = []
    mode = b"(B"
    position = 0
    for match in _ESCAPE.finditer(data):
        out.append(_decode_jis_run(data[position : match.start()], mode))
        mode = match.group(1)
        position = match.end()
    out.append(_decode_jis_run(data[position:], mode))
    return "".join(out)


def _decode_jis_run(run: bytes, mode: bytes) -> str:
    if not run:
        return ""
    if mode in {b"$@", b"$B"}:
        sjis = bytearray()
        text: list[str] = []
        for line in re.split(rb"(\r?\n)", run):  # line ends reset nothing but stay single bytes
            if line in {b"\n", b"\r\n"}:
                text.append(bytes(sjis).decode("cp932", errors="replace"))
                sjis.clear()
                text.append(line.decode("ascii"))
                continue
            for index in range(0, len(line) - 1, 2):
                sjis += _jis_to_sjis(line[index], line[index + 1])
            if len(line) % 2:
                sjis += b"?"
        text.append(bytes(sjis).decode("cp932", errors="replace"))
        return "".join(text)
    if mode == b"(I":  # half-width katakana
        return bytes(b + 0x80 if 0x21 <= b <= 0x5F else b for b in run).decode(
            "cp932", errors="replace"
        )
    return run.decode("ascii", errors="replace")


def _jis_to_sjis(j1: int, j2: int) -> bytes:
    if not (0x21 <= j1 <= 0x7E and 0x21 <= j2 <= 0x7E):
        return b"\x81\x48"  # a full-width question mark for bytes outside the set
    s1 = ((j1 + 1) >> 1) + (0x70 if j1 < 0x5F else 0xB0)
    s2 = j2 + 31 + (1 if j2 >= 96 else 0) if j1 % 2 else j2 + 126
    return bytes((s1, s2))
