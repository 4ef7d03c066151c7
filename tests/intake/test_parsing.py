"""The pure parser on nasty mail: charsets, MIME shapes, automatic mail, broken input."""

from __future__ import annotations

import base64
import contextlib
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebook.intake.parsing import (
    ParseError,
    decode_bytes,
    html_to_text,
    parse_message,
    sanitise_filename,
    sniff_content_type,
    split_body,
    synthetic_message_id,
)

HEAD = (
    b"From: Testy McTestface <t.mctestface@example-school.invalid>\r\n"
    b"To: helpline@casebook.invalid\r\n"
)


def mail(*lines: bytes | str, head: bytes = HEAD) -> bytes:
    return head + b"\r\n".join(x.encode() if isinstance(x, str) else x for x in lines)


def test_simple_message():
    p = parse_message(
        mail(
            "Subject: Fake account [CB-2022-00123]",
            "Message-ID: <abc@example-school.invalid>",
            "In-Reply-To: <out-1@casebook.invalid>",
            "References: <first@casebook.invalid> <out-1@casebook.invalid>",
            "Date: Tue, 05 Apr 2022 10:15:00 +0100",
            "",
            "Hello, a fake account is posting about staff.",
        )
    )
    assert p.message_id == "<abc@example-school.invalid>"
    assert not p.synthetic_id
    assert p.from_name == "Testy McTestface"
    assert p.from_address == "t.mctestface@example-school.invalid"
    assert p.subject == "Fake account [CB-2022-00123]"
    assert p.case_reference == "CB-2022-00123"
    assert p.date == datetime(2022, 4, 5, 9, 15, tzinfo=UTC)
    assert p.text == "Hello, a fake account is posting about staff."
    assert p.thread_ids == (
        "<out-1@casebook.invalid>",
        "<first@casebook.invalid>",
    )
    assert not p.is_automatic


@pytest.mark.parametrize(
    ("headers", "body", "expected"),
    [
        # declared charset honoured
        (["Content-Type: text/plain; charset=iso-8859-1"], b"caf\xe9", "café"),
        # declared latin-1 but the bytes are UTF-8 (a common sender bug)
        (["Content-Type: text/plain; charset=iso-8859-1"], "café".encode(), "café"),
        # no declaration, UTF-8 bytes
        ([], "Grüße – “quoted”".encode(), "Grüße – “quoted”"),
        # no declaration, cp1252 bytes
        ([], b"\x93smart quotes\x94 \x80", "“smart quotes” €"),
        # unknown charset name falls back
        (["Content-Type: text/plain; charset=x-klingon"], "naïve".encode(), "naïve"),
        # wrong declaration: utf-8 claimed, cp1252 sent: the declared charset, with a
        # replacement character, never the whole part in another charset
        (["Content-Type: text/plain; charset=utf-8"], b"caf\xe9 \xe2\x80\x93 ok", "caf\ufffd – ok"),
        # quoted-printable
        (
            [
                "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: quoted-printable",
            ],
            b"caf=C3=A9 soft=\r\nbreak",
            "café softbreak",
        ),
        # base64
        (
            ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64"],
            base64.b64encode("Привет".encode()),
            "Привет",
        ),
        # broken base64 does not crash
        (
            ["Content-Type: text/plain", "Content-Transfer-Encoding: base64"],
            b"SGVsbG8gd29ybGQ*!*",
            None,
        ),
        # Shift-JIS declared
        (["Content-Type: text/plain; charset=shift_jis"], "日本語".encode("shift_jis"), "日本語"),
        # unknown transfer encoding: kept as is
        (["Content-Type: text/plain", "Content-Transfer-Encoding: x-weird"], b"plain", "plain"),
    ],
)
def test_charsets_and_encodings(headers, body, expected):
    p = parse_message(mail("Subject: s", *headers, "", body))
    if expected is None:
        assert isinstance(p.text, str)
    else:
        assert p.text == expected


@pytest.mark.parametrize(
    ("subject_line", "expected"),
    [
        (b"Subject: =?utf-8?q?J=C3=BCrgen_asks?=", "Jürgen asks"),
        (b"Subject: =?iso-8859-1?b?Y2Fm6Q==?=", "café"),
        (b"Subject: raw utf-8 caf\xc3\xa9", "raw utf-8 café"),
        (b"Subject: raw latin-1 caf\xe9", "raw latin-1 café"),
        (b"Subject: =?bogus?q?x?=", "x"),
        (b"Subject: line\r\n folded\r\n  twice", "line folded twice"),
        (b"Subject: ctrl\x07chars\x1b", "ctrlchars"),
        (b"Subject: bidi \xe2\x80\xaereversed", "bidi reversed"),
        (b"Subject: " + b"x" * 2000, "x" * 300),
        (b"X-No-Subject: 1", ""),
    ],
)
def test_subjects(subject_line, expected):
    assert parse_message(mail(subject_line, b"", b"body")).subject == expected


@pytest.mark.parametrize(
    ("from_line", "name", "address"),
    [
        (b"From: plain@example.invalid", "", "plain@example.invalid"),
        (b'From: "Doe, Jane" <Jane.Doe@Example.Invalid>', "Doe, Jane", "jane.doe@example.invalid"),
        (
            b"From: =?utf-8?b?QW5uYSDDlmJlcmc=?= <anna@example.invalid>",
            "Anna Öberg",
            "anna@example.invalid",
        ),
        (b'From: Broken "quote <broken@example.invalid>', "Broken quote", "broken@example.invalid"),
        (b"From: <angle@example.invalid>", "", "angle@example.invalid"),
        (b"From: Ren\xe9 <rene@example.invalid>", "René", "rene@example.invalid"),
    ],
)
def test_senders(from_line, name, address):
    p = parse_message(from_line + b"\r\nSubject: s\r\n\r\nbody")
    assert (p.from_name, p.from_address) == (name, address)


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [
        ("Date: Tue, 05 Apr 2022 10:15:00 +0100", datetime(2022, 4, 5, 9, 15, tzinfo=UTC)),
        ("Date: 5 Apr 2022 10:15:00", datetime(2022, 4, 5, 10, 15, tzinfo=UTC)),
        ("Date: yesterday-ish", None),
        ("Date: Tue, 05 Apr 1066 10:15:00 +0100", None),
        ("Date: ", None),
        ("X-Date-Missing: 1", None),
    ],
)
def test_dates(date_line, expected):
    assert parse_message(mail("Subject: s", date_line, "", "b")).date == expected


def test_missing_message_id_gets_stable_synthetic_id():
    raw = mail("Subject: no id", "", "hello")
    a, b = parse_message(raw), parse_message(raw)
    assert a.synthetic_id and a.message_id == b.message_id == synthetic_message_id(raw)
    assert parse_message(raw + b"!").message_id != a.message_id


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("<a@b>", "<a@b>"),
        ("  <a@b>  (comment)", "<a@b>"),
        ("bare@id.invalid", "<bare@id.invalid>"),
        ("<" + "x" * 600 + "@b>", None),  # too long for the column: synthetic instead
    ],
)
def test_message_id_forms(value, expected):
    p = parse_message(mail("Subject: s", f"Message-ID: {value}", "", "b"))
    if expected is None:
        assert p.synthetic_id and len(p.message_id) < 100
    else:
        assert p.message_id == expected


MULTIPART_ALTERNATIVE_RELATED = b"""Subject: rich
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="MIX"

--MIX
Content-Type: multipart/alternative; boundary="ALT"

--ALT
Content-Type: text/plain; charset=utf-8

Plain version.
--ALT
Content-Type: multipart/related; boundary="REL"

--REL
Content-Type: text/html; charset=utf-8

<p>HTML <b>version</b> <img src="cid:logo@x"></p>
--REL
Content-Type: image/png
Content-ID: <logo@x>
Content-Disposition: inline
Content-Transfer-Encoding: base64

iVBORw0KGgpmYWtlcG5n
--REL--
--ALT--
--MIX
Content-Type: application/octet-stream; name="report.pdf"
Content-Disposition: attachment; filename="../../etc/report.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKJcfsj6IK
--MIX--
"""


def test_multipart_mixed_alternative_related():
    p = parse_message(HEAD + MULTIPART_ALTERNATIVE_RELATED.replace(b"\n", b"\r\n"))
    assert p.text == "Plain version."
    assert "<b>version</b>" in p.html
    names = [(a.filename, a.content_type, a.inline) for a in p.attachments]
    assert names == [
        ("attachment.png", "image/png", True),
        ("report.pdf", "application/pdf", False),
    ]
    assert p.attachments[0].content_id == "logo@x"
    assert p.attachments[1].declared_type == "application/octet-stream"


def test_html_only_mail_becomes_readable_text():
    p = parse_message(
        mail(
            "Subject: html only",
            "Content-Type: text/html; charset=utf-8",
            "",
            "<html><head><style>p{color:red}</style><script>alert(1)</script></head>"
            "<body><p>First&nbsp;para &amp; more</p><ul><li>one</li><li>two</li></ul>"
            "<blockquote>quoted line</blockquote></body></html>",
        )
    )
    assert "alert" not in p.text and "color" not in p.text
    assert "First para & more" in p.text
    assert "- one\n- two" in p.text
    assert "> quoted line" in p.text


def test_forwarded_message_is_inlined_with_its_attachments():
    inner = (
        b"From: Original Sender <orig@example.invalid>\r\nSubject: the original\r\n"
        b"Date: Mon, 4 Apr 2022 09:00:00 +0000\r\n"
        b"Content-Type: multipart/mixed; boundary=IN\r\n\r\n"
        b"--IN\r\nContent-Type: text/plain\r\n\r\nOriginal words.\r\n"
        b"--IN\r\nContent-Type: image/gif\r\n"
        b"Content-Disposition: attachment; filename=pic.gif\r\n\r\n"
        b"GIF89a...\r\n--IN--\r\n"
    )
    raw = mail(
        "Subject: Fwd: the original",
        "Content-Type: multipart/mixed; boundary=OUT",
        "",
        "--OUT",
        "Content-Type: text/plain",
        "",
        "See below.",
        "--OUT",
        "Content-Type: message/rfc822",
        "",
        inner,
        "--OUT--",
    )
    p = parse_message(raw)
    assert p.text.startswith("See below.")
    assert "Forwarded message" in p.text and "Subject: the original" in p.text
    assert "Original words." in p.text
    assert [a.filename for a in p.attachments] == ["the original.eml", "pic.gif"]
    assert p.attachments[0].data == inner  # byte-exact, trace headers and all
    assert p.attachments[0].content_type == "message/rfc822"


@pytest.mark.parametrize(
    ("headers", "flags"),
    [
        (["Auto-Submitted: auto-replied"], (True, False, False)),
        (["Auto-Submitted: no"], (False, False, False)),
        (["X-Autoreply: yes"], (True, False, False)),
        (["Precedence: bulk"], (True, False, False)),
        (["Precedence: list"], (False, False, False)),
        (["Subject: Out of Office: back Monday"], (True, True, False)),
        (["Subject: Automatic reply: your enquiry"], (True, True, False)),
    ],
)
def test_automatic_mail(headers, flags):
    if not any(h.startswith("Subject") for h in headers):
        headers = ["Subject: hello", *headers]
    p = parse_message(mail(*headers, "", "body"))
    assert (p.is_auto_reply, p.is_out_of_office, p.is_bounce) == flags
    assert p.is_automatic == any(flags)


BOUNCE = b"""From: Mail Delivery System <MAILER-DAEMON@mx.example.invalid>
Subject: Undelivered Mail Returned to Sender
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

This is the mail system. Your message could not be delivered.
--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.invalid

Final-Recipient: rfc822; gone@example-school.invalid
Action: failed
Status: 5.1.1
--B--
"""


def test_bounce_is_recognised():
    p = parse_message(BOUNCE)
    assert p.is_bounce and not p.is_auto_reply and p.is_automatic
    assert "Status: 5.1.1" in p.text


def test_report_without_mailer_daemon_is_a_bounce():
    p = parse_message(BOUNCE.replace(b"MAILER-DAEMON", b"notices"))
    assert p.is_bounce


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"   \r\n", "empty"),
        (b"just some text with no headers at all", "no header fields"),
        (b"Subject: no sender\r\n\r\nbody", "no sender"),
        (b"From: not-an-address\r\n\r\nbody", "no sender"),
        (b"\x00\x01\x02\xff" * 100, None),
    ],
)
def test_unreadable_mail_raises_parse_error(raw, reason):
    with pytest.raises(ParseError) as info:
        parse_message(raw)
    if reason:
        assert reason in info.value.reason


def test_absurd_size_is_refused():
    with pytest.raises(ParseError, match="too large"):
        parse_message(mail("Subject: big", "", "x" * 2000), max_bytes=1000)


@pytest.mark.parametrize("depth", [60, 3000])
def test_absurd_nesting_keeps_the_text(depth):
    parts = [b"Subject: deep"]
    for i in range(depth):
        parts += [f"Content-Type: multipart/mixed; boundary=b{i}".encode(), b"", f"--b{i}".encode()]
    parts += [b"Content-Type: text/plain", b"", b"the deepest words"]
    p = parse_message(mail(*parts))
    assert p.text == "the deepest words"
    assert any("nested" in d for d in p.defects)


def test_broken_mime_is_tolerated():
    p = parse_message(
        mail(
            "Subject: no closing boundary",
            "Content-Type: multipart/mixed; boundary=NEVER",
            "",
            "preamble text",
            "--NEVER",
            "Content-Type: text/plain",
            "",
            "inside",
        )
    )
    assert "inside" in p.text
    p = parse_message(mail("Subject: missing boundary", "Content-Type: multipart/mixed", "", "x"))
    assert isinstance(p.text, str)


@pytest.mark.parametrize(
    ("name", "ctype", "expected"),
    [
        ("report.pdf", "application/pdf", "report.pdf"),
        ("../../etc/passwd", "text/plain", "passwd"),
        ("..\\..\\windows\\evil.exe", "application/x-msdownload", "evil.exe"),
        ("photo\u202egnp.exe", "application/x-msdownload", "photo_gnp.exe"),
        ('<script>alert("x")</script>.html', "text/html", "script_.html"),
        ("", "image/png", "attachment.png"),
        ("...", "application/pdf", "attachment.pdf"),
        (".bashrc", "text/plain", "bashrc"),
        ("CON.txt", "text/plain", "_CON.txt"),
        ("a" * 400 + ".pdf", "application/pdf", "a" * 146 + ".pdf"),
        ("tab\there.txt", "text/plain", "tab_here.txt"),
    ],
)
def test_sanitise_filename(name, ctype, expected):
    assert sanitise_filename(name, ctype) == expected


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (b"%PDF-1.7 ...", "x.exe", "application/pdf"),
        (b"\x89PNG\r\n\x1a\n....", "x.pdf", "image/png"),
        (b"\xff\xd8\xff\xe0....", "", "image/jpeg"),
        (
            b"PK\x03\x04....",
            "letter.docx",
            _DOCX := "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        (b"PK\x03\x04....", "x.zip", "application/zip"),
        (b"MZ\x90\x00", "invoice.pdf", "application/x-msdownload"),
        (b"<html><script>", "harmless.txt", "text/html"),
        (b"<svg onload=alert(1)>", "a.png", "image/svg+xml"),
        ("plain words é".encode(), "a.bin", "text/plain"),
        (b"\x00\x01\x02", "a.txt", "application/octet-stream"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "", "image/webp"),
        (b"\x00\x00\x00\x18ftypmp42", "", "video/mp4"),
    ],
)
def test_sniff_content_type(data, name, expected):
    assert sniff_content_type(data, name) == expected


@pytest.mark.parametrize(
    ("text", "main", "signature", "quoted"),
    [
        ("Just words.", "Just words.", "", ""),
        (
            "Thanks!\n\nOn Tue, 5 Apr 2022 at 10:00, Helpline <h@x> wrote:\n> old\n> older",
            "Thanks!",
            "",
            "On Tue, 5 Apr 2022 at 10:00, Helpline <h@x> wrote:\n> old\n> older",
        ),
        (
            "Reply here\n-- \nJane Doe\nDeputy Head\n\n> quoted",
            "Reply here",
            "-- \nJane Doe\nDeputy Head",
            "> quoted",
        ),
        (
            "> interleaved question\nmy answer\n> second question\nanother answer",
            "> interleaved question\nmy answer\n> second question\nanother answer",
            "",
            "",
        ),
        (
            "Top post\n\n-----Original Message-----\nFrom: x\nSent: y\n\nold",
            "Top post",
            "",
            "-----Original Message-----\nFrom: x\nSent: y\n\nold",
        ),
        (
            "Top\n\nFrom: Helpline <h@x>\nSent: 05 April 2022 10:00\nSubject: Re: x\n\nold",
            "Top",
            "",
            "From: Helpline <h@x>\nSent: 05 April 2022 10:00\nSubject: Re: x\n\nold",
        ),
        ("Quick note\n\nSent from my iPhone", "Quick note", "Sent from my iPhone", ""),
    ],
)
def test_split_body(text, main, signature, quoted):
    parts = split_body(text)
    assert (parts.main, parts.signature, parts.quoted) == (main, signature, quoted)


def test_parsed_message_carries_split_points():
    p = parse_message(mail("Subject: s", "", "New words\r\n\r\nOn Monday, Bob wrote:\r\n> old"))
    assert p.quote_start is not None and p.text[p.quote_start :].startswith("On Monday")


@pytest.mark.parametrize(
    ("data", "charset", "expected"),
    [
        (b"abc", None, "abc"),
        (b"\xff\xfe", "utf-16", ""),
        (b"caf\xe9", "us-ascii", "café"),
        (b"\x81\x8d", None, "\ufffd\ufffd"),
    ],
)
def test_decode_bytes(data, charset, expected):
    assert decode_bytes(data, charset) == expected


def test_html_to_text_survives_garbage():
    assert "text" in html_to_text("<p>text<<</div></b><!-- unclosed")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_fuzz_random_bytes_only_ever_raise_parse_error(raw):
    with contextlib.suppress(ParseError):
        parse_message(raw)


_header_names = st.sampled_from(
    ["From", "Subject", "Content-Type", "Content-Transfer-Encoding", "Message-ID", "Date",
     "References", "Content-Disposition", "Auto-Submitted", "MIME-Version"]
)  # fmt: skip
_values = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        ["multipart/mixed; boundary=X", "multipart/alternative; boundary=X", "message/rfc822",
         "text/html; charset=bogus", "base64", "quoted-printable", "x@y.invalid",
         "attachment; filename*=utf-8''%E2%80%AE.exe",
         "multipart/report; report-type=delivery-status; boundary=X"]
    ),
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(_header_names, _values), max_size=12),
    st.lists(st.one_of(st.just("--X"), st.just("--X--"), st.text(max_size=60)), max_size=20),
)
def test_fuzz_mime_shaped_mail_only_ever_raises_parse_error(headers, body_lines):
    raw = "\r\n".join([f"{k}: {v}" for k, v in headers] + ["", *body_lines])
    try:
        p = parse_message(raw.encode("utf-8", "surrogatepass"))
    except ParseError:
        return
    assert isinstance(p.text, str) and p.message_id.startswith("<")
