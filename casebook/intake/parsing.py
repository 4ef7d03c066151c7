"""Raw email bytes in, a ParsedMessage out. Pure: no Django, no I/O.

Mail in the wild is often wrong: charsets that are missing or lie, 8-bit bytes in headers,
truncated MIME, absurd nesting. The stdlib parser with the compat32 policy is the most
forgiving reader of broken input, so we parse with it and decode headers and bodies ourselves
with explicit fallbacks. Anything we still cannot understand becomes a ParseError with a
reason (the caller quarantines the raw bytes); no other exception escapes parse_message().
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes
from email.header import decode_header
from email.message import Message
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

DEFAULT_MAX_BYTES = 25 * 1024 * 1024
MAX_PARTS = 500
MAX_DEPTH = 30
SYNTHETIC_ID_DOMAIN = "synthetic.casebook.invalid"
CASE_REFERENCE = re.compile(r"\bCB-(\d{4})-(\d{5,6})\b")


class ParseError(Exception):
    """The message cannot be understood; `reason` says why, for the quarantine."""

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
    message_id: str  # always set; synthetic (hash of the raw bytes) when the mail has none
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
    is_auto_reply: bool = False
    is_out_of_office: bool = False
    is_bounce: bool = False
    case_reference: str | None = None
    quote_start: int | None = None  # index in text where quoted history begins
    signature_start: int | None = None  # index in text where the signature begins
    defects: tuple[str, ...] = field(default=())

    @property
    def is_automatic(self) -> bool:
        """Machine-sent mail that must never open a case."""
        return self.is_auto_reply or self.is_out_of_office or self.is_bounce

    @property
    def thread_ids(self) -> tuple[str, ...]:
        """Message-IDs this message answers, most specific first."""
        ids = [self.in_reply_to] if self.in_reply_to else []
        ids.extend(reversed(self.references))
        return tuple(dict.fromkeys(i for i in ids if i))


# --- entry point -----------------------------------------------------------------------


def parse_message(raw: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ParsedMessage:
    if not isinstance(raw, bytes | bytearray):
        raise ParseError("not bytes")
    if len(raw) > max_bytes:
        raise ParseError(f"message too large ({len(raw)} bytes, limit {max_bytes})")
    if not raw.strip():
        raise ParseError("empty message")
    try:
        return _parse(bytes(raw))
    except ParseError:
        raise
    except RecursionError:
        raise ParseError("MIME structure nested too deeply") from None
    except Exception as exc:  # the stdlib parser has many corner cases; never crash a batch
        raise ParseError(f"unreadable message ({type(exc).__name__}: {exc})"[:500]) from None


def _parse(raw: bytes) -> ParsedMessage:
    msg = message_from_bytes(raw, policy=compat32)
    if not msg.keys():
        raise ParseError("no header fields")
    from_name, from_address = _sender(msg)
    if not from_address:
        raise ParseError("no sender address in From")
    subject = _clean_line(_header(msg, "Subject"), 300)
    message_id = _first_id(_header(msg, "Message-ID"))
    synthetic = not message_id
    if synthetic:
        message_id = synthetic_message_id(raw)
    references = tuple(_ids(_header(msg, "References")))
    in_reply_to = _first_id(_header(msg, "In-Reply-To"))

    acc = _Body()
    _walk(msg, acc, depth=0)
    text = "\n\n".join(t for t in acc.text if t.strip())
    html_body = _storable("\n".join(acc.html))
    if not text.strip() and html_body:
        text = html_to_text(html_body)
    text = _storable(_normalise_newlines(text))
    quote, signature = split_points(text)
    is_bounce = acc.report or _looks_like_bounce(msg, from_address, subject)
    out_of_office = _looks_like_out_of_office(msg, subject)
    auto = _looks_auto_submitted(msg) or out_of_office
    ref = CASE_REFERENCE.search(subject)
    return ParsedMessage(
        message_id=message_id,
        synthetic_id=synthetic,
        in_reply_to=in_reply_to,
        references=references,
        subject=subject,
        from_name=from_name,
        from_address=from_address,
        date=_date(_header(msg, "Date")),
        text=text,
        html=html_body,
        attachments=tuple(acc.attachments),
        is_auto_reply=auto and not is_bounce,
        is_out_of_office=out_of_office and not is_bounce,
        is_bounce=is_bounce,
        case_reference=ref.group(0) if ref else None,
        quote_start=quote,
        signature_start=signature,
        defects=tuple(sorted({type(d).__name__ for d in msg.defects})),
    )


def synthetic_message_id(raw: bytes) -> str:
    """A stable id for mail without a Message-ID: the same bytes always give the same id."""
    return f"<{hashlib.sha256(raw).hexdigest()[:40]}@{SYNTHETIC_ID_DOMAIN}>"


# --- headers ---------------------------------------------------------------------------


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Declared charset, then UTF-8, then cp1252 with replacement: never raises.

    Latin-1 declarations on bytes that are valid multi-byte UTF-8 are a common sender bug;
    valid UTF-8 sequences almost never occur by accident, so UTF-8 wins there.
    """
    charset = (declared or "").strip().strip('"').lower()
    if charset in {"", "unknown-8bit", "x-unknown", "unknown", "8bit", "binary"}:
        charset = ""
    if charset in {"us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1", "windows-1252"}:
        try:
            decoded = data.decode("utf-8")
            if any(ord(c) > 127 for c in decoded):
                return decoded
        except UnicodeDecodeError:
            pass
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError, ValueError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _header(msg: Message, name: str) -> str:
    value = msg.get(name)
    if value is None:
        return ""
    try:
        chunks = decode_header(value)
    except Exception:
        return str(value).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    out = []
    for chunk, charset in chunks:
        if isinstance(chunk, bytes):
            out.append(decode_bytes(chunk, charset))
        else:
            out.append(chunk)
    return "".join(out)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _clean_line(value: str, limit: int) -> str:
    value = _CONTROL.sub("", value.replace("\r", " ").replace("\n", " ").replace("\t", " "))
    return " ".join(value.split())[:limit]


_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]+$")


def _sender(msg: Message) -> tuple[str, str]:
    raw = _header(msg, "From") or _header(msg, "Sender") or _header(msg, "Return-Path")
    raw = _CONTROL.sub("", raw.replace("\r", " ").replace("\n", " "))
    for name, address in getaddresses([raw]):
        address = address.strip().strip("<>")
        if len(address) <= 254 and _ADDRESS.match(address):
            return _clean_line(name.replace('"', "").strip("' "), 200), address.lower()
    # getaddresses gives up on some broken quoting: look for the address itself.
    match = re.search(r"[^@\s<>()\[\],;:\"']+@[^@\s<>()\[\],;:\"']+\.[A-Za-z0-9-]+", raw)
    if match and len(match.group(0)) <= 254:
        name = raw[: match.start()].replace('"', "").strip().strip("<' ")
        return _clean_line(name, 200), match.group(0).lower()
    return "", ""


_ID = re.compile(r"<([^<>\s\x00-\x1f\x7f]{1,480})>")


def _ids(value: str) -> list[str]:
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


# --- automatic mail ----------------------------------------------------------------------

_OOO_SUBJECT = re.compile(
    r"^\s*(auto(matic)?[\s:_-]*(reply|response|antwort)|out of (the )?office|"
    r"abwesenheitsnotiz|absence|autoreply|on (annual )?leave|away from (the )?office|"
    r"r[ée]ponse automatique)",
    re.IGNORECASE,
)
_BOUNCE_SUBJECT = re.compile(
    r"(undeliver|delivery (status notification|failure|has failed)|mail delivery fail|"
    r"returned mail|failure notice|delivery notification|non.?delivery)",
    re.IGNORECASE,
)


def _looks_auto_submitted(msg: Message) -> bool:
    auto_submitted = _header(msg, "Auto-Submitted").strip().lower()
    if auto_submitted and not auto_submitted.startswith("no"):
        return True  # RFC 3834
    if msg.get("X-Autoreply") or msg.get("X-Autorespond") or msg.get("X-Autoresponder"):
        return True
    precedence = _header(msg, "Precedence").strip().lower()
    return precedence in {"bulk", "junk", "auto_reply", "auto-reply"}


def _looks_like_out_of_office(msg: Message, subject: str) -> bool:
    if _OOO_SUBJECT.match(subject):
        return True
    return "oof" in _header(msg, "X-Auto-Response-Suppress").lower() and bool(
        re.search(r"out of (the )?office", subject, re.IGNORECASE)
    )


def _looks_like_bounce(msg: Message, address: str, subject: str) -> bool:
    local = address.split("@", 1)[0]
    if local in {"mailer-daemon", "postmaster"}:
        return True
    return _header(msg, "Return-Path").strip() == "<>" and bool(_BOUNCE_SUBJECT.search(subject))


# --- bodies ------------------------------------------------------------------------------


@dataclass
class _Body:
    text: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[ParsedAttachment] = field(default_factory=list)
    parts: int = 0
    report: bool = False


def _walk(part: Message, acc: _Body, *, depth: int) -> None:
    acc.parts += 1
    if acc.parts > MAX_PARTS:
        raise ParseError(f"too many MIME parts (limit {MAX_PARTS})")
    if depth > MAX_DEPTH:
        raise ParseError(f"MIME nested more than {MAX_DEPTH} levels")
    ctype = part.get_content_type()
    payload = part.get_payload()
    if ctype == "multipart/report":
        report_type = (part.get_param("report-type") or "").lower()  # type: ignore[union-attr]
        acc.report = acc.report or report_type == "delivery-status"
    if ctype == "message/rfc822" or (ctype.startswith("message/") and isinstance(payload, list)):
        if ctype == "message/delivery-status":
            acc.report = True
            acc.text.append(_delivery_status_text(payload))
            return
        inner_msgs = [p for p in payload if isinstance(p, Message)] if payload else []
        for inner in inner_msgs[:1]:
            sub = _Body(parts=acc.parts)
            _walk(inner, sub, depth=depth + 1)
            acc.parts = sub.parts
            body = "\n\n".join(t for t in sub.text if t.strip())
            if not body.strip() and sub.html:
                body = html_to_text("\n".join(sub.html))
            acc.text.append(_forward_header(inner) + body)
            acc.attachments.extend(sub.attachments)
        return
    if isinstance(payload, list):  # multipart/*
        children = [p for p in payload if isinstance(p, Message)]
        if ctype == "multipart/alternative":
            _walk_alternative(children, acc, depth=depth)
        else:
            for child in children:
                _walk(child, acc, depth=depth + 1)
        return
    disposition = (part.get("Content-Disposition") or "").split(";")[0].strip().lower()
    filename = _filename(part)
    is_attachment = disposition == "attachment" or (filename and ctype not in _BODY_TYPES)
    if ctype in _BODY_TYPES and not is_attachment:
        data = _payload_bytes(part)
        text = decode_bytes(data, part.get_content_charset())
        if ctype == "text/html":
            acc.html.append(text)
        else:
            acc.text.append(text)
        return
    if ctype.startswith("multipart/"):
        return  # a multipart with no parts (broken MIME): nothing to keep
    data = _payload_bytes(part)
    if not data and not filename:
        return
    sniffed = sniff_content_type(data, filename)
    content_id = _clean_line(_header(part, "Content-ID"), 200).strip("<>")
    acc.attachments.append(
        ParsedAttachment(
            filename=sanitise_filename(filename, sniffed),
            content_type=sniffed,
            declared_type=ctype[:127],
            data=data,
            inline=disposition == "inline" or (bool(content_id) and disposition != "attachment"),
            content_id=content_id,
        )
    )


_BODY_TYPES = {"text/plain", "text/html"}


def _walk_alternative(children: list[Message], acc: _Body, *, depth: int) -> None:
    """Keep the first plain text and the last (richest) HTML of the alternatives."""
    text_done = False
    html_part: list[str] = []
    for child in children:
        sub = _Body(parts=acc.parts)
        _walk(child, sub, depth=depth + 1)
        acc.parts = sub.parts
        if sub.text and not text_done:
            acc.text.extend(sub.text)
            text_done = True
        if sub.html:
            html_part = sub.html
        acc.attachments.extend(sub.attachments)
        acc.report = acc.report or sub.report
    acc.html.extend(html_part)


def _payload_bytes(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    if isinstance(raw, str):
        return raw.encode("utf-8", "surrogateescape")
    return b""


def _forward_header(msg: Message) -> str:
    lines = ["---------- Forwarded message ----------"]
    for name in ("From", "Date", "Subject", "To"):
        value = _clean_line(_header(msg, name), 300)
        if value:
            lines.append(f"{name}: {value}")
    return "\n".join(lines) + "\n\n"


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


def _filename(part: Message) -> str:
    try:
        name = part.get_filename() or ""
    except Exception:
        name = ""
    if not name:
        name = part.get_param("name") or ""  # type: ignore[assignment]
        if isinstance(name, tuple):
            name = name[2] or ""
    if "=?" in name:
        with contextlib.suppress(Exception):
            name = "".join(
                decode_bytes(c, cs) if isinstance(c, bytes) else c for c, cs in decode_header(name)
            )
    return str(name).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


# --- attachments -------------------------------------------------------------------------

_MAGIC: list[tuple[int, bytes, str]] = [
    (0, b"%PDF-", "application/pdf"),
    (0, b"\x89PNG\r\n\x1a\n", "image/png"),
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
_OLE = {"doc": "application/msword", "xls": "application/vnd.ms-excel"}
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


def _storable(text: str) -> str:
    """No NULs or lone surrogates: PostgreSQL refuses both in text columns."""
    return text.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")


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


def split_points(text: str) -> tuple[int | None, int | None]:
    """Where quoted history and the signature begin, for folding on the case page.

    Quoted history starts at an attribution line ("On ... wrote:", Outlook's "From:/Sent:"
    block or "Original Message") or at a trailing run of '>' lines; '>' lines followed by the
    writer's own text are an interleaved reply and stay visible.
    """
    quote: int | None = None
    match = _QUOTE_HEADER.search(text)
    if match and match.start() > 0:
        quote = match.start()
    offset = 0
    tail_start: int | None = None
    for line in text.splitlines(keepends=True):
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
    limit = quote if quote is not None else len(text)
    for sig in _SIGNATURE.finditer(text, 0, limit):
        if sig.start() > 0:
            signature = sig.start()
            break
    return quote, signature


@dataclass(frozen=True)
class BodyParts:
    main: str
    signature: str
    quoted: str


def split_body(text: str) -> BodyParts:
    quote, signature = split_points(text)
    end = quote if quote is not None else len(text)
    main_end = signature if signature is not None else end
    return BodyParts(
        main=text[:main_end].rstrip(),
        signature=text[main_end:end].strip() if signature is not None else "",
        quoted=text[end:].strip(),
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
