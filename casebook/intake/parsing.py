"""Raw email bytes in, a ParsedMessage out. Pure: no Django, no I/O.

Mail in the wild is often wrong: charsets that are missing or lie, raw 8-bit bytes in headers,
relays that break header folding, boundaries that are declared and never used, absurd nesting.
The stdlib parser with the compat32 policy is the most forgiving reader of broken input, so
we parse with it and do the rest ourselves:

- the header block is repaired first (a line a relay failed to fold becomes a continuation,
  so the headers after it are never shown as body);
- addresses are parsed before display names are decoded, so an address written inside an
  encoded name is never the sender, and "Surname, Forename" survives whole;
- charset labels are read as browsers read them (casebook.intake.charsets);
- a multipart whose declared boundary is never used is re-read with the boundary its body
  does use, or kept as plain text flagged as malformed: nothing decodes into nothing;
- forwarded messages (message/rfc822) are kept byte-exact as .eml attachments and shown
  labelled; opaque-signed S/MIME is unwrapped; encrypted mail and Outlook .msg files get a
  ParseError whose reason says so in plain words.

Anything we still cannot understand becomes a ParseError with a plain-words reason (the
caller quarantines the raw bytes); no other exception escapes parse_message().
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import html
import quopri
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes
from email.message import Message
from email.policy import compat32
from email.utils import decode_params, parsedate_to_datetime, unquote
from html.parser import HTMLParser
from typing import Any
from urllib.parse import unquote_to_bytes

from casebook.intake import automatic, smime
from casebook.intake.charsets import decode_bytes

__all__ = ["ParseError", "ParsedAttachment", "ParsedMessage", "decode_bytes", "parse_message"]

PARSER_VERSION = 2  # bump when a change means stored originals are worth re-reading
DEFAULT_MAX_BYTES = 25 * 1024 * 1024
MAX_PARTS = 500
MAX_DEPTH = 30
SYNTHETIC_ID_DOMAIN = "synthetic.casebook.invalid"
# Case references as people type them: any case, no zero padding, spaces for hyphens.
CASE_REFERENCE = re.compile(r"(?<![\w-])CB[-\s]?(\d{4})[-\s](\d{1,6})(?![\w-])", re.IGNORECASE)
FORWARD_MARKER = "---------- Forwarded message"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The signature a TNEF stream (Outlook's winmail.dat) starts with, 0x223E9F78 little-endian.
TNEF_MAGIC = b"\x78\x9f\x3e\x22"
TNEF_NOTE = (
    "an Outlook winmail.dat (TNEF) attachment: kept as a file to download, not unpacked (no "
    "maintained library reads TNEF), so any text or files inside it are not shown here; open "
    "it with a TNEF reader, or ask the sender to send plain text or HTML mail"
)
MSG_FILE_REASON = (
    "an Outlook .msg file, not an email message: open it in Outlook and forward it to the "
    "helpline (or save it as .eml) and import that"
)


def normalise_reference(text: str) -> str | None:
    """The first case reference in text, written as Casebook writes it ("CB-2022-00010")."""
    match = CASE_REFERENCE.search(text)
    if match is None:
        return None
    return f"CB-{match.group(1)}-{int(match.group(2)):05d}"


def references_in(text: str) -> list[str]:
    return [f"CB-{m.group(1)}-{int(m.group(2)):05d}" for m in CASE_REFERENCE.finditer(text)]


class ParseError(Exception):
    """The message cannot be understood; `reason` says why in plain words, for the quarantine."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ParsedAttachment:
    filename: str  # sanitised: safe to show and to offer as a download name
    content_type: str  # sniffed from the bytes; the sender's claim is not trusted
    declared_type: str
    data: bytes
    inline: bool = False
    content_id: str = ""


@dataclass(frozen=True)
class ParsedMessage:
    message_id: str  # always set; synthetic (from the content) when the mail has none
    synthetic_id: bool
    in_reply_to: str
    references: tuple[str, ...]
    subject: str
    from_name: str
    from_address: str
    date: datetime | None  # None when missing or unreadable: the caller uses received time
    text: str
    html: str
    attachments: tuple[ParsedAttachment, ...] = ()
    automatic_reason: str = ""  # plain words; "" for mail a person wrote
    case_reference: str | None = None  # normalised: "CB-2022-00010"
    quote_start: int | None = None  # index in text where quoted history begins
    signature_start: int | None = None  # index in text where the signature begins
    defects: tuple[str, ...] = field(default=())  # what was wrong and repaired, plain words
    content_digest: str = ""  # sha256 of sender, date and body: the same message, whatever id

    @property
    def is_automatic(self) -> bool:
        """Machine-sent mail that must never open a case."""
        return bool(self.automatic_reason)

    @property
    def is_bounce(self) -> bool:
        return automatic.is_bounce_reason(self.automatic_reason)

    @property
    def is_auto_reply(self) -> bool:
        return self.is_automatic and not self.is_bounce

    @property
    def is_out_of_office(self) -> bool:
        return self.is_auto_reply and automatic.auto_reply_subject(self.subject)

    @property
    def thread_ids(self) -> tuple[str, ...]:
        """Message-IDs this message answers, most specific first."""
        ids = [self.in_reply_to] if self.in_reply_to else []
        ids.extend(reversed(self.references))
        return tuple(dict.fromkeys(i for i in ids if i))


# --- entry point -----------------------------------------------------------------------


def parse_message(
    raw: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES, require_sender: bool = True
) -> ParsedMessage:
    """Parse raw mail; ParseError (with a plain-words reason) when it cannot be understood.

    `require_sender=False` reads mail without a sender address too (for showing quarantined
    mail to an admin); intake never stores such mail on its own.
    """
    if not isinstance(raw, bytes | bytearray):
        raise ParseError("not bytes")
    if len(raw) > max_bytes:
        raise ParseError(
            f"the message is too large ({len(raw):,} bytes; the limit is {max_bytes:,}, "
            "set by INTAKE_MAX_MESSAGE_BYTES)"
        )
    if not raw.strip():
        raise ParseError("the message is empty")
    try:
        return _parse(bytes(raw), require_sender=require_sender)
    except ParseError:
        raise
    except RecursionError:
        raise ParseError("the MIME structure is nested too deeply to read") from None
    except Exception as exc:  # the stdlib parser has many corner cases; never crash a batch
        detail = str(exc).strip()[:300]
        raise ParseError(
            "the message could not be read (an unexpected fault in its structure"
            + (f": {detail}" if detail else "")
            + ")"
        ) from None


def _parse(raw: bytes, *, require_sender: bool = True) -> ParsedMessage:
    if raw.startswith(OLE_MAGIC):
        raise ParseError(MSG_FILE_REASON)
    prepared, repairs = repair_header_block(raw)
    flat = False
    try:
        msg = message_from_bytes(prepared, policy=compat32)
    except RecursionError:  # nesting deeper than the stdlib parser can follow
        msg = message_from_bytes(split_entity(prepared)[0] + b"\r\n\r\n", policy=compat32)
        flat = True
    headers = _Headers(msg)
    if not headers.names:
        raise ParseError("it has no header fields, so it is not an email message")
    from_name, from_address = headers.sender()
    if not from_address and require_sender:
        raise ParseError("it has no sender address (the From line is missing or has none)")
    subject = _clean_line(headers.text("Subject"), 300)
    message_id = _first_id(headers.raw("Message-ID"))
    references = tuple(_ids(headers.raw("References")))[-50:]
    in_reply_to = _first_id(headers.raw("In-Reply-To"))

    acc = _Body(defects=list(repairs))
    if flat:
        acc.text.extend(flat_text(split_entity(prepared)[1]))
        acc.defects.append(_TOO_DEEP)
    else:
        _walk(msg, acc, raw=prepared, depth=0)
    text = "\n\n".join(t.strip("\r\n") for t in acc.text if t.strip())
    html_body = _storable("\n".join(acc.html))
    if not text.strip() and html_body:
        text = html_to_text(html_body)
    if not text.strip() and not acc.attachments and not acc.forwarded:
        body = split_entity(prepared)[1]
        if body.strip():  # nothing decoded into nothing: show what came, flagged
            text = decode_bytes(body, headers.charset_hint)
            acc.defects.append("malformed: nothing readable in its MIME parts; shown as received")
    if acc.forwarded:
        text = "\n\n".join(t for t in [text.strip("\r\n"), *acc.forwarded] if t.strip())
    text = _storable(_normalise_newlines(text))
    quote, signature = split_points(text, subject=subject)
    date = _date(headers.raw("Date"))
    attachments = tuple(acc.attachments)
    digest = content_digest(from_address, date, text, html_body, attachments)
    synthetic = not message_id
    if synthetic:
        message_id = f"<{digest[:40]}@{SYNTHETIC_ID_DOMAIN}>"
    reason = automatic.classify(
        header=headers.text,
        subject=subject,
        from_address=from_address,
        delivery_report=acc.report,
        disposition_report=acc.receipt,
    )
    ref = normalise_reference(subject)
    return ParsedMessage(
        message_id=message_id,
        synthetic_id=synthetic,
        in_reply_to=in_reply_to,
        references=references,
        subject=subject,
        from_name=from_name,
        from_address=from_address,
        date=date,
        text=text,
        html=html_body,
        attachments=attachments,
        automatic_reason=reason,
        case_reference=ref,
        quote_start=quote,
        signature_start=signature,
        defects=tuple(dict.fromkeys(acc.defects)),
        content_digest=digest,
    )


def content_digest(
    from_address: str,
    date: datetime | None,
    text: str,
    html_body: str,
    attachments: tuple[ParsedAttachment, ...] = (),
) -> str:
    """What makes two copies the same message: sender, date and body, never trace headers.

    The same mail delivered through two aliases differs only in Received/Delivered-To; two
    web-form relays that reuse one Message-ID differ here.
    """
    h = hashlib.sha256()
    h.update(from_address.lower().encode())
    h.update(b"\x00" + (date.astimezone(UTC).isoformat() if date else "").encode())
    h.update(b"\x00" + " ".join(text.split()).encode("utf-8", "replace"))
    h.update(b"\x00" + " ".join(html_body.split()).encode("utf-8", "replace"))
    for item in attachments:
        h.update(b"\x00" + hashlib.sha256(item.data).digest())
    return h.hexdigest()


def synthetic_message_id(raw: bytes) -> str:
    """The id given to mail without a Message-ID (from its content, not its trace headers)."""
    return parse_message(raw).message_id


def derived_message_id(message_id: str, digest: str) -> str:
    """The id for a different message that reuses an id already stored (web-form relays)."""
    inner = message_id.strip("<>")
    return f"<{digest[:16]}.{inner}>"[:480]


# --- the header block --------------------------------------------------------------------

_HEADER_LINE = re.compile(rb"^[\x21-\x39\x3b-\x7e]{1,76}[ \t]*:")  # name, maybe a space
_SPACED_COLON = re.compile(rb"^([\x21-\x39\x3b-\x7e]{1,76})[ \t]+:")


def split_entity(raw: bytes) -> tuple[bytes, bytes]:
    """(header block, body) of a MIME entity; the blank line between belongs to neither."""
    if raw.startswith((b"\r\n", b"\n")):
        return b"", raw[2:] if raw.startswith(b"\r\n") else raw[1:]
    match = re.search(rb"\r?\n\r?\n", raw)
    if match is None:
        return raw, b""
    return raw[: match.start()], raw[match.end() :]


def repair_header_block(raw: bytes) -> tuple[bytes, list[str]]:
    """Undo what relays and savers do to header blocks, so headers are read as headers.

    - a byte-order mark or blank lines before the headers are dropped;
    - "Subject : x" loses the space before the colon;
    - a line that is neither a header nor a continuation, followed later by real headers, is
      a fold the relay broke: it becomes a continuation of the header before it;
    - such a line with no header after it is where the body starts (the blank line was lost).
    """
    repairs: list[str] = []
    start = 0
    if raw.startswith(b"\xef\xbb\xbf"):
        start = 3
    while raw[start : start + 2] == b"\r\n" or raw[start : start + 1] == b"\n":
        start += 2 if raw[start : start + 2] == b"\r\n" else 1
    raw = raw[start:]
    head, body = split_entity(raw)
    if not head:
        return raw, repairs
    lines = head.split(b"\n")
    unix_from = None
    if lines[0].startswith(b"From ") and not re.match(rb"From[ \t]*:", lines[0]):
        unix_from = lines[0]
    if unix_from is not None:
        lines = lines[1:]
    is_header = [bool(_HEADER_LINE.match(line)) for line in lines]
    last_header = max((i for i, h in enumerate(is_header) if h), default=-1)
    fixed: list[bytes] = []
    body_from: int | None = None
    for index, line in enumerate(lines):
        spaced = _SPACED_COLON.match(line)
        if not spaced and (is_header[index] or line[:1] in {b" ", b"\t"}):
            fixed.append(line)
            continue
        if spaced:
            fixed.append(spaced.group(1) + b":" + line[spaced.end() :])
            repairs.append("a header had a space before its colon")
            continue
        if index < last_header and fixed:
            fixed.append(b" " + line)
            repairs.append("broken header folding repaired")
            continue
        body_from = index
        break
    if body_from is None and fixed == lines:
        return raw, repairs
    newline = b"\r\n" if head.endswith(b"\r") or b"\r\n" in head else b"\n"
    if body_from is not None:
        rest = b"\n".join(lines[body_from:])
        body = rest + newline + newline + body if body else rest
        repairs.append("no blank line between headers and body")
    prefix = [unix_from] if unix_from is not None else []
    rebuilt = b"\n".join(prefix + fixed)
    if not rebuilt.endswith(b"\r") and newline == b"\r\n":
        rebuilt += b"\r"
    return rebuilt + b"\n" + newline + body, repairs


class _Headers:
    """Header values decoded on demand, from the raw bytes the parser kept."""

    def __init__(self, msg: Message) -> None:
        self._raw: dict[str, str] = {}
        for name, value in msg.raw_items():
            key = name.strip().lower()
            if key not in self._raw:
                self._raw[key] = value if isinstance(value, str) else str(value)
        self.names = list(self._raw)
        self.charset_hint = _charset_hint(msg)

    def raw(self, name: str) -> str:
        """The value as received, unfolded; encoded-words still encoded, 8-bit as surrogates."""
        return re.sub(r"\r?\n[ \t]*", " ", self._raw.get(name.lower(), "")).strip()

    def text(self, name: str) -> str:
        return decode_header_value(self.raw(name), self.charset_hint)

    def sender(self) -> tuple[str, str]:
        for name in ("From", "Sender", "Reply-To", "Return-Path"):
            display, address = parse_mailbox(self.raw(name), self.charset_hint)
            if address:
                return display, address
        return "", ""


def _charset_hint(msg: Message) -> str | None:
    """The charset to guess for raw 8-bit header bytes: the first declared one in the mail."""
    for part in msg.walk():
        charset = part.get_param("charset")
        if isinstance(charset, str) and charset.strip():
            return charset
        if part is not msg and not part.is_multipart():
            break
    return None


def _raw_bytes(value: str) -> bytes:
    """Back to bytes: 8-bit header bytes arrive from the parser as lone surrogates."""
    return value.encode("latin-1", "surrogateescape") if value else b""


def decode_8bit(data: bytes, hint: str | None = None) -> str:
    """Unlabelled 8-bit header bytes: UTF-8 if they are, else the mail's charset."""
    if data.isascii():
        return data.decode("ascii")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return decode_bytes(data, hint if hint and not _is_utf8(hint) else None)


def _is_utf8(label: str) -> bool:
    return label.strip().lower().replace("_", "-") in {"utf-8", "utf8"}


_ENCODED_WORD = re.compile(rb"=\?([^?\s]{1,80})\?([bBqQ])\?([^?\s]*)\?=")


def decode_header_value(value: str, hint: str | None = None) -> str:
    """RFC 2047 encoded-words and raw 8-bit bytes in one header value, decoded."""
    data = _raw_bytes(value)
    if b"=?" not in data:
        return decode_8bit(data, hint)
    out: list[str] = []
    position = 0
    previous_encoded = False
    for match in _ENCODED_WORD.finditer(data):
        between = data[position : match.start()]
        if not (previous_encoded and not between.strip()):  # whitespace between words goes
            out.append(decode_8bit(between, hint))
        out.append(_decode_word(match.group(1), match.group(2), match.group(3)))
        position = match.end()
        previous_encoded = True
    out.append(decode_8bit(data[position:], hint))
    return "".join(out)


def _decode_word(charset: bytes, encoding: bytes, payload: bytes) -> str:
    label = charset.decode("ascii", "replace").split("*", 1)[0]  # RFC 2231 language tag
    try:
        if encoding in {b"b", b"B"}:
            payload += b"=" * (-len(payload) % 4)
            data = base64.b64decode(payload, validate=False)
        else:
            data = quopri.decodestring(payload.replace(b"_", b" "), header=True)
    except (binascii.Error, ValueError):
        return payload.decode("ascii", "replace")
    return decode_bytes(data, label)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _clean_line(value: str, limit: int) -> str:
    value = _CONTROL.sub("", value.replace("\r", " ").replace("\n", " ").replace("\t", " "))
    return " ".join(value.split())[:limit]


# --- addresses ---------------------------------------------------------------------------

_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]+$")
_BARE_ADDRESS = re.compile(r"[^@\s<>()\[\],;:\"']+@[^@\s<>()\[\],;:\"']+\.[A-Za-z0-9-]+")


def parse_mailbox(value: str, hint: str | None = None) -> tuple[str, str]:
    """(display name, address) of the first mailbox in a raw From-like header value.

    The address comes from the angle brackets (or the bare addr-spec) of the raw value, read
    before any encoded-word is decoded, so nothing inside a display name (quoted, commented
    or encoded) can become the address. Names keep their commas ("Öztürk, Elif").
    """
    tokens = _tokenise(value)
    name_parts: list[str] = []
    for kind, text in tokens:
        if kind == "angle":
            address = _angle_address(text)
            if address:
                return _display_name(name_parts, hint), address
            name_parts = []
        elif kind == "comma":
            if name_parts and any(_ADDRESS.match(t.strip()) for t in name_parts):
                break  # "a@b.invalid, Name <c@d.invalid>": the first mailbox was bare
            name_parts.append(",")
        else:
            name_parts.append(text if kind != "quoted" else f'"{text}"')
    # Unbalanced quotes can hide the angle brackets from the tokeniser: look for the last
    # <address> in the raw value itself.
    angles = list(re.finditer(r"<([^<>]{3,254})>", value))
    if angles and not any(kind == "angle" for kind, _ in tokens):
        address = _angle_address(angles[-1].group(1))
        if address:
            name = value[: angles[-1].start()].replace('"', " ")
            return _clean_line(decode_header_value(name, hint).strip(" ,'"), 200), address
    # No angle brackets: a bare addr-spec, perhaps with a (comment) as the name.
    comment = ""
    for kind, text in tokens:
        if kind == "comment" and not comment:
            comment = text
        if kind == "atoms":
            match = _BARE_ADDRESS.search(text)
            if match and len(match.group(0)) <= 254 and _ADDRESS.match(match.group(0)):
                name = decode_header_value(comment, hint) if comment else ""
                return _clean_line(name, 200), match.group(0).lower()
    return "", ""


def _angle_address(text: str) -> str:
    address = text.strip()
    if ":" in address and address.startswith("@"):  # an obsolete source route
        address = address.split(":", 1)[1]
    address = _CONTROL.sub("", address).strip()
    if len(address) <= 254 and _ADDRESS.match(address):
        return address.lower()
    return ""


def _display_name(parts: list[str], hint: str | None) -> str:
    raw = " ".join(p for p in parts if p).replace(" , ", ", ").strip(" ,")
    raw = re.sub(r"\s+,", ",", raw)
    # Quoted strings keep their inside; encoded-words are decoded after the address is known.
    raw = re.sub(r'"((?:[^"\\]|\\.)*)"', lambda m: re.sub(r"\\(.)", r"\1", m.group(1)), raw)
    name = decode_header_value(raw, hint).strip().strip("'").strip()
    return _clean_line(name, 200)


def _tokenise(value: str) -> list[tuple[str, str]]:
    """Split a raw address header into quoted strings, comments, <angle> parts, commas, atoms."""
    tokens: list[tuple[str, str]] = []
    i, n = 0, len(value)
    atoms: list[str] = []

    def flush() -> None:
        if atoms:
            joined = "".join(atoms).strip()
            if joined:
                tokens.append(("atoms", joined))
            atoms.clear()

    while i < n:
        char = value[i]
        if char == '"':
            flush()
            j, buf = i + 1, []
            while j < n and value[j] != '"':
                if value[j] == "\\" and j + 1 < n:
                    buf.append(value[j : j + 2])
                    j += 2
                    continue
                buf.append(value[j])
                j += 1
            tokens.append(("quoted", "".join(buf)))
            i = j + 1
        elif char == "(":
            flush()
            depth, j, buf = 1, i + 1, []
            while j < n and depth:
                if value[j] == "\\" and j + 1 < n:
                    buf.append(value[j + 1])
                    j += 2
                    continue
                depth += {"(": 1, ")": -1}.get(value[j], 0)
                if depth:
                    buf.append(value[j])
                j += 1
            tokens.append(("comment", "".join(buf)))
            i = j
        elif char == "<":
            flush()
            end = value.find(">", i + 1)
            if end < 0:
                end = n
            tokens.append(("angle", value[i + 1 : end]))
            i = end + 1
        elif char == ",":
            flush()
            tokens.append(("comma", ","))
            i += 1
        else:
            atoms.append(char)
            i += 1
    flush()
    return tokens


_ID = re.compile(r"<([^<>\s\x00-\x1f\x7f]{1,480})>")


def _ids(value: str) -> list[str]:
    value = _raw_bytes(value).decode("utf-8", "replace")
    found = [f"<{m}>" for m in _ID.findall(value)]
    bare = value.strip()
    if not found and len(bare) <= 480 and "@" in bare and not re.search(r"[\s<>\x00-\x1f]", bare):
        found = [f"<{bare}>"]
    return found


def _first_id(value: str) -> str:
    ids = _ids(value)
    return ids[0] if ids else ""


def _date(value: str) -> datetime | None:
    if not value.strip():
        return None
    try:
        parsed = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None or not 1980 <= parsed.year <= 2200:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


# --- bodies ------------------------------------------------------------------------------


@dataclass
class _Body:
    text: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[ParsedAttachment] = field(default_factory=list)
    forwarded: list[str] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    parts: int = 0
    report: bool = False
    receipt: bool = False
    too_many: bool = False


_BODY_TYPES = {"text/plain", "text/html"}
_SIGNED_DATA = {"signed-data"}
_ENCRYPTED = {"enveloped-data", "authenveloped-data"}


def _walk(part: Message, acc: _Body, *, raw: bytes | None, depth: int) -> None:
    acc.parts += 1
    if acc.parts > MAX_PARTS:
        if not acc.too_many:
            acc.too_many = True
            acc.defects.append(
                f"more than {MAX_PARTS} MIME parts: the rest is kept only in the original"
            )
        return
    if depth > MAX_DEPTH:
        acc.defects.append(_TOO_DEEP)
        if raw is not None:
            acc.text.extend(flat_text(split_entity(raw)[1]))
        return
    ctype = part.get_content_type()
    payload = part.get_payload()
    if ctype == "multipart/report":
        report_type = str(part.get_param("report-type") or "").lower()
        acc.report = acc.report or report_type == "delivery-status"
        acc.receipt = acc.receipt or report_type == "disposition-notification"
    if ctype == "message/delivery-status":
        acc.report = True
        acc.text.append(_delivery_status_text(payload))
        return
    if ctype == "message/disposition-notification":
        acc.receipt = True
        return
    if ctype == "multipart/encrypted":
        raise ParseError(
            "it is encrypted (OpenPGP or S/MIME): Casebook cannot read encrypted mail; ask the "
            "sender to send it again unencrypted, or by a secure route the helpline agrees"
        )
    if ctype == "message/rfc822" or (ctype.startswith("message/") and isinstance(payload, list)):
        _walk_forwarded(part, acc, raw=raw, depth=depth)
        return
    if isinstance(payload, list):  # multipart/*
        children = [p for p in payload if isinstance(p, Message)]
        raw_children = _raw_children(part, raw, len(children))
        if ctype == "multipart/alternative":
            _walk_alternative(children, raw_children, acc, depth=depth)
        else:
            for child, child_raw in zip(children, raw_children, strict=True):
                _walk(child, acc, raw=child_raw, depth=depth + 1)
        return
    if ctype.startswith("multipart/"):
        _walk_unused_boundary(part, acc, raw=raw, depth=depth)
        return
    if ctype in {"application/pkcs7-mime", "application/x-pkcs7-mime"} and _walk_smime(
        part, acc, depth=depth
    ):
        return
    disposition = _raw_header(part, "Content-Disposition").split(";")[0].strip().lower()
    filename = _filename(part)
    is_attachment = disposition == "attachment" or (filename and ctype not in _BODY_TYPES)
    if ctype in _BODY_TYPES and not is_attachment:
        data = _payload_bytes(part)
        charset = part.get_param("charset")
        label = charset if isinstance(charset, str) else None
        if label is None and ctype == "text/html":
            label = _meta_charset(data)
        text = decode_bytes(data, label)
        if ctype == "text/html":
            acc.html.append(text)
        else:
            acc.text.append(text)
        return
    if ctype == "text/plain" and disposition == "attachment" and not filename:
        # A text part a list manager or scanner added ("attachment" with no name) is text.
        acc.text.append(decode_bytes(_payload_bytes(part), _param(part, "charset")))
        return
    data = _payload_bytes(part)
    if not data and not filename:
        return
    if (
        ctype == "application/ms-tnef"
        or filename.lower() == "winmail.dat"
        or data.startswith(TNEF_MAGIC)
    ):
        # No maintained library reads TNEF (tnefparse's last release was in January 2021,
        # and a TNEF body is mostly compressed RTF, another format again): keep the file and
        # say why its contents are not shown.
        acc.defects.append(TNEF_NOTE)
    _add_attachment(acc, part, data, filename, ctype, disposition)


_TOO_DEEP = (
    f"MIME parts nested more than {MAX_DEPTH} deep: their text is shown, their files are kept "
    "only in the original"
)
_ANY_DELIMITER = re.compile(rb"^--[\x21-\x7e][\x20-\x7e]{0,69}[ \t]*\r?$", re.MULTILINE)


def flat_text(body: bytes) -> list[str]:
    """The plain-text parts of a multipart body, found without following its nesting.

    For structures too deep to walk: every delimiter-like line splits, and each piece whose
    headers say text/plain (or that has no headers) is decoded on its own.
    """
    texts: list[str] = []
    for piece in _ANY_DELIMITER.split(body):
        if len(texts) >= MAX_PARTS:
            break
        piece = piece.lstrip(b"\r\n")
        if not piece.strip():
            continue
        head, content = split_entity(piece)
        part = message_from_bytes(head + b"\r\n\r\n", policy=compat32)
        if head and not part.keys():
            continue
        if part.get_content_type() != "text/plain" or not content.strip():
            continue
        cte = _raw_header(part, "Content-Transfer-Encoding").strip().lower()
        if cte == "base64":
            with contextlib.suppress(binascii.Error, ValueError):
                content = base64.b64decode(content, validate=False)
        elif cte == "quoted-printable":
            content = quopri.decodestring(content)
        texts.append(decode_bytes(content, _param(part, "charset")))
    return texts


def _add_attachment(
    acc: _Body, part: Message, data: bytes, filename: str, ctype: str, disposition: str
) -> None:
    sniffed = sniff_content_type(data, filename)
    content_id = _clean_line(decode_header_value(_raw_header(part, "Content-ID")), 200)
    acc.attachments.append(
        ParsedAttachment(
            filename=sanitise_filename(filename, sniffed),
            content_type=sniffed,
            declared_type=ctype[:127],
            data=data,
            inline=disposition == "inline" or (bool(content_id) and disposition != "attachment"),
            content_id=content_id.strip("<>"),
        )
    )


def _raw_header(part: Message, name: str) -> str:
    """A header's value as received (compat32 wraps 8-bit values in Header objects)."""
    wanted = name.lower()
    for key, value in part.raw_items():
        if key.lower() == wanted:
            return value if isinstance(value, str) else str(value)
    return ""


def _param(part: Message, name: str) -> str | None:
    value = part.get_param(name)
    return value if isinstance(value, str) else None


_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{1,40})", re.I)


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _walk_alternative(
    children: list[Message], raw_children: list[bytes | None], acc: _Body, *, depth: int
) -> None:
    """Keep the first plain text and the last (richest) HTML of the alternatives."""
    text_done = False
    html_part: list[str] = []
    for child, child_raw in zip(children, raw_children, strict=True):
        sub = _Body(parts=acc.parts)
        _walk(child, sub, raw=child_raw, depth=depth + 1)
        acc.parts = sub.parts
        acc.too_many = acc.too_many or sub.too_many
        if sub.text and not text_done:
            acc.text.extend(sub.text)
            text_done = True
        if sub.html:
            html_part = sub.html
        acc.attachments.extend(sub.attachments)
        acc.forwarded.extend(sub.forwarded)
        acc.defects.extend(sub.defects)
        acc.report = acc.report or sub.report
    acc.html.extend(html_part)


def _raw_children(part: Message, raw: bytes | None, count: int) -> list[bytes | None]:
    """The children's raw bytes, found by the same boundary the parser used, or Nones."""
    boundary = part.get_boundary()
    if raw is None or not boundary:
        return [None] * count
    body = split_entity(raw)[1]
    pieces = split_multipart(body, _raw_bytes(boundary))
    if len(pieces) != count:
        return [None] * count
    return list(pieces)


def split_multipart(body: bytes, boundary: bytes) -> list[bytes]:
    """The raw parts between the delimiter lines of a multipart body (RFC 2046)."""
    delimiter = re.compile(rb"(?:\A|\r?\n)--" + re.escape(boundary) + rb"(--)?[ \t]*(?:\r?\n|\Z)")
    parts: list[bytes] = []
    start: int | None = None
    for match in delimiter.finditer(body):
        if start is not None:
            parts.append(body[start : match.start()])
        if match.group(1):
            start = None
            break
        start = match.end()
    if start is not None:
        parts.append(body[start:])
    return parts


_USED_BOUNDARY = re.compile(rb"^--([\x21-\x7e][\x20-\x7e]{0,69}?)[ \t]*\r?$", re.MULTILINE)


def _walk_unused_boundary(part: Message, acc: _Body, *, raw: bytes | None, depth: int) -> None:
    """A multipart whose declared boundary never appears: read it with the one it does use."""
    body = split_entity(raw)[1] if raw is not None else _payload_bytes(part)
    seen: dict[bytes, int] = {}
    for match in _USED_BOUNDARY.finditer(body):
        token = match.group(1)
        if token.endswith(b"--"):
            token = token[:-2]
        seen[token] = seen.get(token, 0) + 1
    for token, count in sorted(seen.items(), key=lambda item: -item[1]):
        pieces = split_multipart(body, token)
        if count >= 2 and pieces:
            acc.defects.append(
                "malformed: the declared MIME boundary is never used; read with the one used"
            )
            for piece in pieces:
                child = message_from_bytes(piece, policy=compat32)
                _walk(child, acc, raw=piece, depth=depth + 1)
            return
    if body.strip():
        acc.defects.append("malformed: broken MIME structure; the body is shown as received")
        acc.text.append(decode_bytes(body, _param(part, "charset")))


def _walk_forwarded(part: Message, acc: _Body, *, raw: bytes | None, depth: int) -> None:
    """A forwarded message: kept byte-exact as .eml, its text shown labelled, never folded."""
    payload = part.get_payload()
    inner_msgs = [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []
    if not inner_msgs:
        return
    inner = inner_msgs[0]
    inner_raw: bytes | None = None
    if raw is not None:
        inner_raw = split_entity(raw)[1]
        cte = _raw_header(part, "Content-Transfer-Encoding").strip().lower()
        if cte == "base64":
            inner_raw = base64.b64decode(inner_raw + b"==", validate=False)
        elif cte == "quoted-printable":
            inner_raw = quopri.decodestring(inner_raw)
    if inner_raw is None:
        inner_raw = inner.as_bytes()
    headers = _Headers(inner)
    sub = _Body(parts=acc.parts)
    _walk(inner, sub, raw=inner_raw, depth=depth + 1)
    acc.parts = sub.parts
    acc.defects.extend(sub.defects)
    body = "\n\n".join(t.strip("\r\n") for t in sub.text if t.strip())
    if not body.strip() and sub.html:
        body = html_to_text("\n".join(sub.html))
    subject = _clean_line(headers.text("Subject"), 300)
    filename = sanitise_filename(_filename(part) or f"{subject or 'forwarded message'}.eml")
    if not filename.lower().endswith(".eml"):
        filename += ".eml"
    lines = [f'{FORWARD_MARKER} (attached as "{filename}") ----------']
    name, address = headers.sender()
    sender = f"{name} <{address}>" if name else address
    for label, value in (("From", sender), ("Date", headers.raw("Date")), ("Subject", subject),
                         ("To", headers.text("To"))):  # fmt: skip
        value = _clean_line(value, 300)
        if value:
            lines.append(f"{label}: {value}")
    acc.forwarded.append("\n".join(lines) + "\n\n" + body.strip("\r\n"))
    acc.forwarded.extend(sub.forwarded)
    acc.attachments.append(
        ParsedAttachment(
            filename=filename,
            content_type="message/rfc822",
            declared_type="message/rfc822",
            data=inner_raw,
        )
    )
    acc.attachments.extend(sub.attachments)


def _walk_smime(part: Message, acc: _Body, *, depth: int) -> bool:
    """Opaque-signed S/MIME: show the signed content, keep the signature file. True if done."""
    data = _payload_bytes(part)
    kind = str(part.get_param("smime-type") or "").lower()
    found = smime.content_type_of(data)
    if kind in _ENCRYPTED or found == "enveloped-data":
        raise ParseError(
            "it is encrypted (S/MIME): Casebook cannot read encrypted mail; ask the sender to "
            "send it again unencrypted, or by a secure route the helpline agrees"
        )
    if kind and kind not in _SIGNED_DATA and found != "signed-data":
        return False
    content = smime.signed_content(data)
    if content is None:
        acc.defects.append("an S/MIME signed part could not be unwrapped; kept as a file")
        return False
    inner = message_from_bytes(content, policy=compat32)
    if not inner.keys():  # bare content without MIME headers: plain text
        acc.text.append(decode_bytes(content))
    else:
        _walk(inner, acc, raw=content, depth=depth + 1)
    _add_attachment(
        acc, part, data, _filename(part) or "smime.p7m", "application/pkcs7-mime", "attachment"
    )
    return True


def _payload_bytes(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    if isinstance(raw, str):
        return _raw_bytes(raw)
    return b""


def _delivery_status_text(payload: object) -> str:
    blocks = payload if isinstance(payload, list) else []
    lines = []
    for block in blocks:
        if isinstance(block, Message):
            for key in ("Final-Recipient", "Action", "Status", "Diagnostic-Code"):
                value = block.get(key)
                if value:
                    lines.append(f"{key}: {_clean_line(str(value), 300)}")
    return "\n".join(lines)


def _split_params(value: str) -> list[str]:
    """Split a header value at semicolons outside quoted strings."""
    pieces: list[str] = []
    current: list[str] = []
    quoted = escaped = False
    for char in value:
        if escaped:
            escaped = False
        elif char == "\\" and quoted:
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == ";" and not quoted:
            pieces.append("".join(current))
            current = []
            continue
        current.append(char)
    pieces.append("".join(current))
    return pieces


def _params(part: Message, header: str) -> dict[str, str | tuple[str, str, str]]:
    """A header's parameters from its raw value (RFC 2231 continuations joined)."""
    raw = _raw_header(part, header)
    if not raw:
        return {}
    pairs: list[tuple[str, str]] = []
    for piece in _split_params(raw)[1:]:
        key, sep, text = piece.partition("=")
        if sep:
            pairs.append((key.strip().lower(), text.strip()))
    decoded: list[tuple[str, Any]]
    try:
        decoded = list(decode_params([("", ""), *pairs])[1:])
    except Exception:  # a broken continuation: take the parameters one by one
        decoded = list(pairs)
    out: dict[str, str | tuple[str, str, str]] = {}
    for key, value in decoded:
        if isinstance(value, tuple):
            charset, language, text = value
            out.setdefault(key, (charset or "", language or "", unquote(text or "")))
        else:
            out.setdefault(key, unquote(str(value)))
    return out


def _filename(part: Message) -> str:
    """The sender's file name: RFC 2231, RFC 2047 inside quotes, or raw 8-bit bytes."""
    for header, name in (("Content-Disposition", "filename"), ("Content-Type", "name")):
        value = _params(part, header).get(name)
        if value is None:
            continue
        if isinstance(value, tuple):  # RFC 2231: (charset, language, %-decoded latin-1 text)
            charset, _, text = value
            data = _raw_bytes(text)
            if "%" in text:
                data = unquote_to_bytes(text)
            decoded = decode_bytes(data, charset) if charset else decode_8bit(data)
        else:
            decoded = decode_header_value(value)
        decoded = decoded.strip().strip('"')
        if decoded:
            return decoded
    return ""


# --- attachments -------------------------------------------------------------------------

_MAGIC: list[tuple[int, bytes, str]] = [
    (0, b"%PDF-", "application/pdf"),
    (0, b"\x89PNG\r\n\x1a\n", "image/png"),
    (0, TNEF_MAGIC, "application/ms-tnef"),
    (0, b"\xff\xd8\xff", "image/jpeg"),
    (0, b"GIF87a", "image/gif"),
    (0, b"GIF89a", "image/gif"),
    (0, b"BM", "image/bmp"),
    (0, b"II*\x00", "image/tiff"),
    (0, b"MM\x00*", "image/tiff"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage"),
    (0, b"{\\rtf", "application/rtf"),
    (0, b"\x1f\x8b", "application/gzip"),
    (0, b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (0, b"Rar!", "application/vnd.rar"),
    (0, b"MZ", "application/x-msdownload"),
    (0, b"\x7fELF", "application/x-executable"),
    (0, b"OggS", "audio/ogg"),
    (0, b"ID3", "audio/mpeg"),
    (0, b"BEGIN:VCALENDAR", "text/calendar"),
]
_OOXML = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
}
_OLE = {
    "doc": "application/msword",
    "xls": "application/vnd.ms-excel",
    "msg": "application/vnd.ms-outlook",  # an Outlook message saved as a file
}
_TYPE_EXTENSION = {
    "application/pdf": ".pdf",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "text/plain": ".txt",
    "text/html": ".html",
    "application/zip": ".zip",
    "video/mp4": ".mp4",
}


def sniff_content_type(data: bytes, filename: str = "") -> str:
    """The type the bytes show, not the one the sender declared."""
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    head = data[:512]
    if head.startswith(b"PK\x03\x04"):
        return _OOXML.get(ext, "application/zip")
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp":
        return "video/quicktime" if head[8:10] == b"qt" else "video/mp4"
    for offset, magic, ctype in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            if ctype == "application/x-ole-storage":
                return _OLE.get(ext, ctype)
            return ctype
    stripped = head.lstrip().lower()
    if stripped.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<script")):
        return "text/html"
    if stripped.startswith(b"<svg") or (stripped.startswith(b"<?xml") and b"<svg" in head):
        return "image/svg+xml"
    if data and b"\x00" not in head:
        try:
            head.decode("utf-8")
            return "text/plain"
        except UnicodeDecodeError:
            # a multi-byte character cut at 512 bytes is still text
            try:
                head[:-3].decode("utf-8")
                return "text/plain"
            except UnicodeDecodeError:
                pass
    return "application/octet-stream"


_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069]')
_RESERVED = (
    {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
)


def sanitise_filename(name: str, content_type: str = "application/octet-stream") -> str:
    """A name safe to show and download: no directories, controls, bidi tricks or dot-files."""
    name = unicodedata.normalize("NFC", name or "")
    name = re.split(r"[/\\]", name)[-1]  # never a path
    name = _UNSAFE_NAME.sub("_", name).strip(" .")
    name = re.sub(r"_{2,}", "_", name)
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    if stem.split(".")[0].lower() in _RESERVED:
        stem = f"_{stem}"
    if len(ext) > 10:
        stem, ext = f"{stem}.{ext}", ""
    stem = stem[: 149 - len(ext)]
    name = f"{stem}.{ext}" if ext else stem
    if not stem:
        name = "attachment" + _TYPE_EXTENSION.get(content_type, ".bin")
    return name


# --- text --------------------------------------------------------------------------------


class _TextExtractor(HTMLParser):
    _BLOCK = {
        "p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "hr", "section", "article", "header", "footer",
    }  # fmt: skip
    _SKIP = {"script", "style", "head", "title", "template", "noscript"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.quote = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skip += 1
        elif tag == "li":
            self.out.append("\n- ")
        elif tag == "blockquote":
            self.quote += 1
            self.out.append("\n")
        elif tag in self._BLOCK:
            self.out.append("\n")
        elif tag in {"td", "th"}:
            self.out.append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "blockquote":
            self.quote = max(0, self.quote - 1)
            self.out.append("\n")
        elif tag in {"p", "div", "tr", "h1", "h2", "h3", "table"}:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.quote:
            data = data.replace("\n", "\n" + "> " * self.quote)
            if not self.out or self.out[-1].endswith("\n"):
                data = "> " * self.quote + data
        self.out.append(data)


def html_to_text(markup: str) -> str:
    """Readable plain text from an HTML-only mail (quoted blocks keep their '>' marks)."""
    parser = _TextExtractor()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:
        return html.unescape(re.sub(r"<[^>]*>", " ", markup))
    text = "".join(parser.out)
    lines = [" ".join(line.split()) if not line.startswith(">") else line.rstrip() for line in
             text.splitlines()]  # fmt: skip
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_C1 = re.compile(r"[\x80-\x9f]")


def _storable(text: str) -> str:
    """No NULs or lone surrogates (PostgreSQL refuses both), no C1 controls (never text)."""
    text = _C1.sub("", text.replace("\x00", ""))
    return text.encode("utf-8", "replace").decode("utf-8")


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


_QUOTE_HEADER = re.compile(
    r"^(On .{0,300}wrote:\s*$|On .{0,200}\n.{0,200}wrote:\s*$|"
    r"-{2,}\s*Original Message\s*-{2,}|_{20,}\s*$|"
    r"From: .+\n(Sent|Date): .+|Le .{0,200}a [ée]crit\s*:|Am .{0,200}schrieb .{0,100}:)",
    re.IGNORECASE | re.MULTILINE,
)
_SIGNATURE = re.compile(
    r"^(-- ?|Sent from my (iPhone|iPad|Android|Samsung|mobile).*|Get Outlook for .*)$",
    re.MULTILINE,
)


_FORWARD_SUBJECT = re.compile(r"^\s*(fwd?|fw|wg|tr|rv|doorst|vs|i|ymlaen)\s*:", re.IGNORECASE)


def forwarded_start(text: str) -> int | None:
    """Where the first forwarded message (as labelled by parse_message) begins, if any."""
    index = text.find(FORWARD_MARKER)
    while index > 0 and text[index - 1] != "\n":
        index = text.find(FORWARD_MARKER, index + 1)
    return index if index >= 0 else None


def split_points(text: str, *, subject: str = "") -> tuple[int | None, int | None]:
    """Where quoted history and the signature begin, for folding on the case page.

    Quoted history starts at an attribution line ("On ... wrote:", Outlook's "From:/Sent:"
    block or "Original Message") or at a trailing run of '>' lines; '>' lines followed by the
    writer's own text are an interleaved reply and stay visible. Forwarded mail is never
    folded: a forward's "quoted" part is what the sender wants the helpline to read (often the
    abusive message itself), so nothing is folded in a message whose subject says it is a
    forward, nor from a forwarded attachment's label on.
    """
    if _FORWARD_SUBJECT.match(subject):
        return None, None
    forwarded = forwarded_start(text)
    own = text[:forwarded] if forwarded is not None else text
    quote: int | None = None
    match = _QUOTE_HEADER.search(own)
    if match and match.start() > 0:
        quote = match.start()
    offset = 0
    tail_start: int | None = None
    for line in own.splitlines(keepends=True):
        stripped = line.strip()
        if line.startswith(">"):
            if tail_start is None:
                tail_start = offset
        elif stripped:
            tail_start = None
        offset += len(line)
    if tail_start is not None and tail_start > 0 and (quote is None or tail_start < quote):
        quote = tail_start
    signature: int | None = None
    limit = quote if quote is not None else len(own)
    for sig in _SIGNATURE.finditer(own, 0, limit):
        if sig.start() > 0:
            signature = sig.start()
            break
    return quote, signature


@dataclass(frozen=True)
class BodyParts:
    main: str
    signature: str
    quoted: str
    forwarded: str = ""  # forwarded messages, labelled; always shown


def split_body(text: str, *, subject: str = "") -> BodyParts:
    forwarded = forwarded_start(text)
    own = text[:forwarded] if forwarded is not None else text
    quote, signature = split_points(own, subject=subject)
    end = quote if quote is not None else len(own)
    main_end = signature if signature is not None else end
    return BodyParts(
        main=own[:main_end].rstrip(),
        signature=own[main_end:end].strip() if signature is not None else "",
        quoted=own[end:].strip(),
        forwarded=text[forwarded:].strip() if forwarded is not None else "",
    )


def parse_batch(
    batch: list[tuple[str, bytes]], max_bytes: int = DEFAULT_MAX_BYTES
) -> list[tuple[str, bytes, ParsedMessage | str]]:
    """(source, raw, parsed message or the ParseError reason) for each message.

    Module-level and Django-free so a worker process can run it while the importer writes
    the previous chunk.
    """
    out: list[tuple[str, bytes, ParsedMessage | str]] = []
    for source, raw in batch:
        try:
            out.append((source, raw, parse_message(raw, max_bytes=max_bytes)))
        except ParseError as error:
            out.append((source, raw, error.reason))
    return out
