"""The kinds of real mail the parser used to get wrong, one table per kind.

Each table starts with the smallest case in tests/intake/data/cases-mail/ (copied from the
helpline's collection of failing mail, README beside it) and adds other members of the same
kind, so the fix is for the kind and not the file.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest

from casebook.intake.charsets import codec_for, decode_bytes
from casebook.intake.mbox import iter_mbox
from casebook.intake.parsing import (
    MSG_FILE_REASON,
    TNEF_NOTE,
    ParseError,
    derived_message_id,
    normalise_reference,
    parse_message,
    split_body,
)

from .tnef import build_tnef

CASES = Path(__file__).parent / "data" / "cases-mail"
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\0" * 20


def case(name: str) -> bytes:
    matches = sorted(CASES.glob(f"{name}*"))
    assert len(matches) == 1, name
    return bytes(matches[0].read_bytes())


def mail(
    *headers: str | bytes, body: bytes | str = b"Body text.", sender: bytes | None = None
) -> bytes:
    lines = [sender or b"From: Ana Test <ana.test@school.invalid>", b"To: help@casebook.invalid"]
    lines += [h.encode() if isinstance(h, str) else h for h in headers]
    body = body.encode() if isinstance(body, str) else body
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def with_attachment(disposition: bytes, content_type: bytes = b"image/png") -> bytes:
    return mail(
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="b"',
        body=b"--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n--b\r\n"
        b"Content-Type: " + content_type + b"\r\n" + disposition + b"\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"0" * 20)
        + b"\r\n--b--\r\n",
    )


# --- 01: attachment names in raw 8-bit, RFC 2231, RFC 2047 --------------------------------


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        (case("01"), "Zoë chat 2.png"),
        (
            with_attachment('Content-Disposition: attachment; filename="Zoë chat.png"'.encode()),
            "Zoë chat.png",
        ),
        # raw 8-bit cp1252 (not UTF-8) in a name
        (with_attachment(b'Content-Disposition: attachment; filename="Zo\xeb.png"'), "Zoë.png"),
        # RFC 2231, one piece and in continuations
        (
            with_attachment(b"Content-Disposition: attachment; filename*=UTF-8''Zo%C3%AB%20a.png"),
            "Zoë a.png",
        ),
        (
            with_attachment(
                b"Content-Disposition: attachment; filename*0*=utf-8''Zo%C3%AB;"
                b' filename*1=" chat 3.png"'
            ),
            "Zoë chat 3.png",
        ),
        # RFC 2231 with a Latin-1 label on windows-1252 bytes
        (
            with_attachment(b"Content-Disposition: attachment; filename*=iso-8859-1''%93q%94.png"),
            "“q”.png",
        ),
        # RFC 2047 inside a quoted name (Outlook, Thunderbird)
        (
            with_attachment(
                b'Content-Disposition: attachment; filename="=?UTF-8?B?Wm/DqyDDqQ==?=.png"'
            ),
            "Zoë é.png",
        ),
        # only in Content-Type's name, with 8-bit bytes
        (
            with_attachment(
                b"Content-Disposition: attachment", 'image/png; name="Élise.png"'.encode()
            ),
            "Élise.png",
        ),
    ],
)
def test_attachment_names(raw, name):
    p = parse_message(raw)
    assert [a.filename for a in p.attachments] == [name]
    assert "attached" in p.text


# --- 02/03: senders are who they say ----------------------------------------------------------


@pytest.mark.parametrize(
    ("raw_from", "name", "address"),
    [
        (case("02").split(b"\r\n")[0], "Öztürk, Elif", "e.ozturk@council.invalid"),
        (case("03").split(b"\r\n")[0], "dsl@realschool.invalid", "someone@elsewhere.invalid"),
        (b"From: Smith, John <j.smith@school.invalid>", "Smith, John", "j.smith@school.invalid"),
        (b'From: "Smith, John" <j.smith@school.invalid>', "Smith, John", "j.smith@school.invalid"),
        (
            b'From: "head@school.invalid" <x@elsewhere.invalid>',
            "head@school.invalid",
            "x@elsewhere.invalid",
        ),
        (
            b"From: head@school.invalid <x@elsewhere.invalid>",
            "head@school.invalid",
            "x@elsewhere.invalid",
        ),
        (
            b"From: =?utf-8?Q?a=40b=2Einvalid_=3Cc=40d=2Einvalid=3E?= <real@e.invalid>",
            "a@b.invalid <c@d.invalid>",
            "real@e.invalid",
        ),
        (
            b"From: (head@school.invalid) x@elsewhere.invalid",
            "head@school.invalid",
            "x@elsewhere.invalid",
        ),
        (
            b"From: =?iso-8859-1?Q?M=FCller=2C_J=FCrgen?= <j@x.invalid>",
            "Müller, Jürgen",
            "j@x.invalid",
        ),
        ("From: Zoë Ünal <z@x.invalid>".encode(), "Zoë Ünal", "z@x.invalid"),  # raw 8-bit
        (b"From: Zo\xeb <z@x.invalid>", "Zoë", "z@x.invalid"),  # raw cp1252
        (b"From: x@y.invalid", "", "x@y.invalid"),
        (b"From: <X@Y.invalid>", "", "x@y.invalid"),
        (b'From: Broken "quote <broken@example.invalid>', "Broken quote", "broken@example.invalid"),
    ],
)
def test_senders(raw_from, name, address):
    p = parse_message(raw_from + b"\r\nSubject: s\r\n\r\nbody")
    assert (p.from_name, p.from_address) == (name, address)


# --- 04/10/11: charset labels read as browsers read them ----------------------------------


@pytest.mark.parametrize(
    ("label", "data", "expected"),
    [
        ("iso-8859-1", b"Pupil\x92s \x96 \x93x\x94", "Pupil’s – “x”"),
        ("us-ascii", b"\x80 5", "€ 5"),
        ("latin1", "naïve".encode(), "naïve"),  # UTF-8 behind a single-byte label
        ("gb2312", "帳號被盜用".encode("gb18030"), "帳號被盜用"),
        ("GB2312", "𠀀".encode("gb18030"), "𠀀"),  # beyond GBK: gb18030's four-byte forms
        ("shift_jis", "①Ⅰ".encode("cp932"), "①Ⅰ"),  # NEC row 13 via cp932
        ("iso-2022-jp", b"\x1b$B-!-5\x1b(B ok", "①Ⅰ ok"),
        ("iso-2022-jp", "日本語です".encode("iso2022_jp"), "日本語です"),
        ("ks_c_5601-1987", "안녕".encode("cp949"), "안녕"),
        ("utf-8", b"caf\xe9 ok", "caf\ufffd ok"),  # never the whole part in another charset
        ("x-no-such-charset", "plain ünï".encode(), "plain ünï"),
        ("", b"\x93q\x94", "“q”"),
    ],
)
def test_charset_labels(label, data, expected):
    assert decode_bytes(data, label) == expected


def test_labels_follow_the_encoding_standard():
    assert codec_for("iso-8859-1") == "cp1252"
    assert codec_for("ascii") == "cp1252"
    assert codec_for("gb2312") == "gb18030"
    assert codec_for("shift_jis") == "cp932"


@pytest.mark.parametrize(
    ("raw", "subject", "text"),
    [
        (
            case("04"),
            "Pupil’s photo shared – advice",
            "The pupil’s photo was shared – we’re worried. “Delete it” they said.",
        ),
        (case("10"), "家長來信：學校帳號被盜用", "家長來信：學校帳號被盜用"),
        (case("11"), "notice", "① first point"),
    ],
)
def test_mislabelled_charsets_in_whole_messages(raw, subject, text):
    p = parse_message(raw)
    assert (p.subject, p.text) == (subject, text)
    assert not any("\x80" <= ch <= "\x9f" for ch in p.subject + p.text + p.from_name)
    assert "\x1b" not in p.text


# --- 05/08: nothing decodes into nothing; headers never shown as body ---------------------


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (
            case("05"),
            "Someone is threatening to share a photo of my son (14) unless he pays. "
            "Please call me.",
        ),
        # a boundary declared and nothing like one in the body: the body as received
        (mail('Content-Type: multipart/mixed; boundary="nope"', body="Just words."), "Just words."),
        # a multipart/alternative whose parts use another boundary, HTML only
        (
            mail(
                'Content-Type: multipart/alternative; boundary="A"',
                body="--Z\r\nContent-Type: text/html\r\n\r\n<p>Only <b>html</b></p>\r\n--Z--\r\n",
            ),
            "Only html",
        ),
        # an empty multipart with text after the closing delimiter only
        (
            mail('Content-Type: multipart/mixed; boundary="B"', body="--B--\r\ntrailing words"),
            "--B--\r\ntrailing words".replace("\r\n", "\n"),
        ),
    ],
)
def test_unused_boundaries_keep_the_text(raw, text):
    p = parse_message(raw)
    assert p.text == text
    assert any("malformed" in d for d in p.defects)


@pytest.mark.parametrize(
    "raw",
    [
        case("08"),
        # a continuation line with no indent in the middle of the headers
        b"From: Lee Test <lee.test@school.invalid>\r\nX-Long: part one\r\npart two\r\n"
        b"Subject: Re: our earlier call\r\nDate: Fri, 11 Nov 2022 14:00:00 +0000\r\n\r\n"
        b"Following our call, here are the account names.",
        # a space before the colon
        b"From : Lee Test <lee.test@school.invalid>\r\nSubject : Re: our earlier call\r\n"
        b"Date: Fri, 11 Nov 2022 14:00:00 +0000\r\n\r\nFollowing our call, here are the "
        b"account names.",
        # a byte-order mark and a blank line before the headers (saved by some clients)
        b"\xef\xbb\xbf\r\nFrom: Lee Test <lee.test@school.invalid>\r\nSubject: Re: our earlier "
        b"call\r\nDate: Fri, 11 Nov 2022 14:00:00 +0000\r\n\r\nFollowing our call, here are the "
        b"account names.",
    ],
)
def test_broken_header_blocks_are_repaired(raw):
    p = parse_message(raw)
    assert p.from_address == "lee.test@school.invalid"
    assert p.subject == "Re: our earlier call"
    assert p.date is not None and p.date.year == 2022
    assert p.text == "Following our call, here are the account names."


def test_lost_blank_line_starts_the_body_not_the_headers():
    p = parse_message(b"From: a@b.invalid\r\nSubject: s\r\nHello, this is the body.\r\nMore.")
    assert p.subject == "s"
    assert p.text == "Hello, this is the body.\nMore."


# --- 06/07: a duplicate is the same message, not the same id ------------------------------


def test_shared_message_id_different_content_digests():
    a, b = parse_message(case("06a")), parse_message(case("06b"))
    assert a.message_id == b.message_id
    assert a.content_digest != b.content_digest
    derived = derived_message_id(b.message_id, b.content_digest)
    assert derived != a.message_id and derived.endswith("form@forms.invalid>")


def test_no_message_id_ignores_trace_headers():
    a, b = parse_message(case("07a")), parse_message(case("07b"))
    assert a.synthetic_id and b.synthetic_id
    assert a.message_id == b.message_id and a.content_digest == b.content_digest
    other = parse_message(case("07a").replace(b"head's photo", b"deputy's photo"))
    assert other.message_id != a.message_id


# --- 09: forwarded mail -------------------------------------------------------------------


def test_forwarded_as_attachment_is_kept_byte_exact_and_shown():
    raw = case("09")
    p = parse_message(raw)
    [eml] = [a for a in p.attachments if a.content_type == "message/rfc822"]
    assert eml.filename == "original.eml"
    assert eml.data in raw and b"X-Originating-IP: [203.0.113.7]" in eml.data
    assert eml.data.startswith(b"Received: from unknown")
    parts = split_body(p.text, subject=p.subject)
    assert parts.main.startswith("Forwarding the original")
    assert "From: anonymous <throwaway@mail.invalid>" in parts.forwarded
    assert "Subject: you will regret it" in parts.forwarded
    assert "Date: Mon, 07 Nov 2022 22:09:00 +0000" in parts.forwarded
    assert "Threatening text here." in parts.forwarded
    assert parts.quoted == "" and parts.signature == ""


@pytest.mark.parametrize(
    "text",
    [
        "See below, this is what was sent.\n\nFrom: Troll <t@x.invalid>\nSent: Monday\n"
        "Subject: you\n\nAbusive words.",
        "FYI\n\n-----Original Message-----\nFrom: Troll\n\nAbusive words.",
        "Look\n\nOn Monday Troll wrote:\n> Abusive words.",
    ],
)
def test_inline_forwards_are_never_folded(text):
    parts = split_body(text, subject="Fwd: what the pupil received")
    assert "Abusive words." in parts.main and parts.quoted == ""
    assert split_body(text, subject="Re: your enquiry").quoted != ""


# --- 12: mbox -----------------------------------------------------------------------------


def test_mbox_splits_only_where_a_message_starts():
    messages = list(iter_mbox(io.BytesIO(case("12a"))))
    assert len(messages) == 2
    first = parse_message(messages[0])
    assert first.text.endswith("Last line of the first message.")
    assert "From what the pupils told us" in first.text
    assert parse_message(messages[1]).subject == "two"


def test_mbox_with_a_byte_order_mark():
    [only] = list(iter_mbox(io.BytesIO(case("12b"))))
    assert parse_message(only).message_id == "<mb3@school.invalid>"


def test_mbox_content_length_is_used_when_it_is_right_and_ignored_when_not():
    body = b"line one\nFrom Monday the pupil\nSubject: looks like a header\n\n"
    good = (
        b"From a@b Mon Nov 14 09:00:00 2022\nFrom: a@b.invalid\nSubject: one\n"
        b"Content-Length: "
        + str(len(body)).encode()
        + b"\n\n"
        + body
        + b"From c@d Mon Nov 14 10:00:00 2022\nFrom: c@d.invalid\nSubject: two\n\nx\n"
    )
    messages = list(iter_mbox(io.BytesIO(good)))
    assert len(messages) == 2 and b"looks like a header" in messages[0]
    lying = good.replace(b"Content-Length: " + str(len(body)).encode(), b"Content-Length: 3")
    assert len(list(iter_mbox(io.BytesIO(lying)))) == 2


# --- 13/14: automatic mail -----------------------------------------------------------------


@pytest.mark.parametrize("name", ["13a", "13b", "13c", "13d", "13e", "13f"])
def test_auto_replies_without_headers(name):
    p = parse_message(case(name))
    assert p.is_automatic and "auto-reply" in p.automatic_reason


@pytest.mark.parametrize(
    ("headers", "automatic"),
    [
        (["Subject: Abwesenheitsnotiz: Ihre Anfrage"], True),
        (["Subject: Réponse automatique : absent"], True),
        (["Subject: Re: Out of Office"], True),
        (["Subject: Read: your enquiry"], True),  # Outlook read receipt
        (["Subject: Undeliverable: your enquiry", "Return-Path: <>"], True),
        (["Subject: Out of office hours incident at school"], False),
        (["Subject: Absence of a safeguarding policy"], False),
        (["Subject: Auto-enrolment scam targeting staff"], False),
        (["Subject: Re: Automatic replies we keep getting from a pupil's account"], False),
        (["Subject: hello", "X-Auto-Response-Suppress: All"], False),  # Outlook sets this widely
        (["Subject: list mail", "Precedence: list"], False),
    ],
)
def test_automatic_mail_kinds(headers, automatic):
    assert parse_message(mail(*headers)).is_automatic is automatic


def test_read_receipts_by_structure():
    raw = mail(
        "Subject: Your message was read",
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="r"',
        body="--r\r\nContent-Type: text/plain\r\n\r\nRead.\r\n--r\r\n"
        "Content-Type: message/disposition-notification\r\n\r\nDisposition: manual-action/"
        "MDN-sent-manually; displayed\r\n--r--\r\n",
    )
    assert parse_message(raw).automatic_reason == "a read receipt"


# --- 15: references as people type them --------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "reference"),
    [
        ("re: cb-2022-00010 follow up", "CB-2022-00010"),
        ("Re: [CB-2022-00010]", "CB-2022-00010"),
        ("our case CB 2022 10", "CB-2022-00010"),
        ("cb-2022-10", "CB-2022-00010"),
        ("CB2022-123456", "CB-2022-123456"),
        ("ABCB-2022-00010", None),
        ("CB-22-10", None),
    ],
)
def test_case_references(subject, reference):
    assert normalise_reference(subject) == reference


# --- 17: S/MIME, encrypted mail, Outlook files --------------------------------------------


def test_opaque_signed_smime_shows_its_content_and_keeps_the_signature():
    p = parse_message(case("17"))
    assert p.text == "A pupil is being groomed through a gaming chat; details below."
    assert [a.filename for a in p.attachments] == ["smime.p7m"]


def test_encrypted_smime_is_refused_with_the_reason():
    raw = case("17").replace(b"smime-type=signed-data", b"smime-type=enveloped-data")
    with pytest.raises(ParseError, match="encrypted"):
        parse_message(raw)
    pgp = mail(
        'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="e"',
        body="--e\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n--e--\r\n",
    )
    with pytest.raises(ParseError, match="encrypted"):
        parse_message(pgp)


def test_outlook_msg_files_get_a_clear_reason():
    with pytest.raises(ParseError) as error:
        parse_message(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert error.value.reason == MSG_FILE_REASON


def test_multipart_signed_shows_the_text_and_keeps_the_signature():
    raw = mail(
        'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; boundary="s"',
        body="--s\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSigned words.\r\n--s\r\n"
        "Content-Type: application/pkcs7-signature; name=smime.p7s\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\nMIAGCSqGSIb3DQEHAqCAMIACAQE=\r\n--s--\r\n",
    )
    p = parse_message(raw)
    assert p.text == "Signed words." and [a.filename for a in p.attachments] == ["smime.p7s"]


def test_mailing_list_footer_parts_stay_text():
    raw = mail(
        'Content-Type: multipart/mixed; boundary="m"',
        body="--m\r\nContent-Type: text/plain\r\n\r\nThe enquiry.\r\n--m\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\nContent-Disposition: attachment\r\n\r\n"
        "_______________\r\nlist footer\r\n--m--\r\n",
    )
    p = parse_message(raw)
    assert p.text.startswith("The enquiry.") and "list footer" in p.text
    assert p.attachments == ()


WINMAIL = build_tnef(
    subject="Screenshots of the group chat",
    body="The messages are in the attached log.",
    files=[("chat-log.txt", b"18:02 someone: delete it now\n"), ("photo.png", PNG_BYTES)],
)


def _part(ctype: str, name: str, data: bytes) -> str:
    return (
        f"Content-Type: {ctype}; name={name}\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Disposition: attachment; filename={name}\r\n\r\n"
        + base64.b64encode(data).decode()
        + "\r\n"
    )


@pytest.mark.parametrize(
    ("text", "ctype", "name"),
    [
        ("See attached.", "application/ms-tnef", "winmail.dat"),  # as Exchange sends it
        ("See attached.", "application/octet-stream", "ATT00001.dat"),  # known by its bytes
        ("", "application/ms-tnef", "winmail.dat"),  # the text only inside the TNEF
    ],
)
def test_tnef_is_kept_byte_exact_with_a_clear_note(text, ctype, name):
    """Decision (README): no maintained library reads TNEF, so winmail.dat is kept as a file
    to download, labelled, with a note that says its contents are not shown."""
    body = "--t\r\n"
    if text:
        body += f"Content-Type: text/plain\r\n\r\n{text}\r\n--t\r\n"
    body += _part(ctype, name, WINMAIL) + "--t--\r\n"
    p = parse_message(mail('Content-Type: multipart/mixed; boundary="t"', body=body))
    assert p.text == text
    (kept,) = p.attachments
    assert (kept.filename, kept.content_type, kept.data) == (name, "application/ms-tnef", WINMAIL)
    assert TNEF_NOTE in p.defects


def test_the_tnef_sample_is_real():
    """The Debian tnef tool (scripts/ensure-system-packages) lists the sample's files and
    reads its body: the tests above run on the format Outlook sends."""
    import shutil
    import subprocess
    import tempfile

    if shutil.which("tnef") is None:
        pytest.skip("the tnef tool is not installed (scripts/ensure-system-packages)")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "winmail.dat"
        path.write_bytes(WINMAIL)
        listed = subprocess.run(
            ["tnef", "--list", "-f", str(path)], capture_output=True, text=True, check=True
        ).stdout
        names = [line.split("\t")[0] for line in listed.splitlines()]
        subprocess.run(
            ["tnef", "-C", folder, "--save-body=body", "-f", str(path)], check=True, timeout=30
        )
        assert names == ["chat-log.txt", "photo.png"]
        assert (Path(folder) / "chat-log.txt").read_bytes() == b"18:02 someone: delete it now\n"
        assert (Path(folder) / "body.txt").read_text() == "The messages are in the attached log."


def test_outlook_msg_files_are_kept_with_their_type():
    raw = mail(
        'Content-Type: multipart/mixed; boundary="t"',
        body="--t\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n--t\r\n"
        "Content-Type: application/octet-stream; name=complaint.msg\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.b64encode(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 40).decode()
        + "\r\n--t--\r\n",
    )
    p = parse_message(raw)
    assert p.text == "See attached."
    assert [(a.filename, a.content_type) for a in p.attachments] == [
        ("complaint.msg", "application/vnd.ms-outlook"),
    ]
