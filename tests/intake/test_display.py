"""Showing mail safely: the sanitiser, folding, the body tag and attachment downloads."""

from __future__ import annotations

import re

import pytest
from django.template import Context, Template
from django.test import Client

from casebook.cases.models import Attachment, Message, SendState
from casebook.intake.actions import ingest_bytes
from casebook.intake.display import sanitise_html, split_html
from casebook.intake.storage import store_bytes

from .conftest import make_mail


@pytest.mark.parametrize(
    ("dirty", "must_not_contain", "must_contain"),
    [
        ("<p>hi<script>alert(1)</script></p>", ["script", "alert"], ["<p>hi</p>"]),
        ('<img src="https://tracker.example/p.gif">text', ["img", "tracker"], ["text"]),
        ('<img src=x onerror="alert(1)">', ["onerror", "alert", "img"], []),
        ('<a href="javascript:alert(1)">x</a>', ["javascript"], [">x</a>"]),
        ('<a href="JaVaScRiPt:alert(1)">x</a>', ["alert"], []),
        ('<a href="data:text/html,<script>alert(1)</script>">x</a>', ["data:", "alert"], []),
        ('<a href="/admin/">x</a>', ['href="/admin/"'], []),
        (
            '<a href="https://example.org/">x</a>',
            [],
            ['href="https://example.org/"', 'rel="noopener noreferrer"', 'target="_blank"'],
        ),
        ('<a href="mailto:a@example.invalid">m</a>', [], ['href="mailto:a@example.invalid"']),
        ('<p style="position:fixed;top:0">over</p>', ["style", "fixed"], ["over"]),
        ("<style>body{display:none}</style><p>x</p>", ["display", "style"], ["<p>x</p>"]),
        ('<p class="status-closed" id="reply">x</p>', ["class", "id="], ["<p>x</p>"]),
        ('<form action="https://evil.example"><input name="pw"></form>', ["form", "input"], []),
        ('<iframe src="https://evil.example"></iframe>', ["iframe", "evil"], []),
        ('<svg onload="alert(1)"><circle/></svg>', ["svg", "onload"], []),
        ('<meta http-equiv="refresh" content="0;url=https://evil.example">', ["meta", "evil"], []),
        ('<link rel="stylesheet" href="https://evil.example/x.css">', ["link", "evil"], []),
        ('<base href="https://evil.example/">', ["base", "evil"], []),
        ('<div onclick="alert(1)" onmouseover="x()">d</div>', ["onclick", "onmouseover"], ["d"]),
        ("<!-- secret comment --><b>b</b>", ["secret"], ["<b>b</b>"]),
        (
            '<table background="https://t.example/x.png"><tr><td>c</td></tr></table>',
            ["t.example"],
            ["c"],
        ),
    ],
)
def test_sanitise_html(dirty, must_not_contain, must_contain):
    clean = sanitise_html(dirty)
    for bad in must_not_contain:
        assert bad.lower() not in clean.lower()
    for good in must_contain:
        assert good in clean


def test_split_html_folds_gmail_quote_and_signature():
    parts = split_html(
        '<div>New words</div><div class="gmail_signature">Jane<br>Deputy Head</div>'
        '<div class="gmail_quote">On Mon, X wrote:<blockquote>old</blockquote></div>'
    )
    assert "New words" in parts.main and "Jane" not in parts.main
    assert "Deputy Head" in parts.signature
    assert "old" in parts.quoted and "On Mon" in parts.quoted


def test_split_html_never_hides_everything():
    parts = split_html('<div class="gmail_quote">only quoted</div>')
    assert "only quoted" in parts.main and parts.quoted == ""


def _render(message: Message) -> str:
    return Template("{% load mailbody %}{% message_body m %}").render(Context({"m": message}))


@pytest.mark.django_db
def test_text_body_is_escaped_and_folded(case):
    message = case.messages.get()
    message.body_text = "Is <script>alert(1)</script> bad?\n-- \nJane\n\nOn Monday, H wrote:\n> old"
    message.save()
    html = _render(message)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert re.search(r'<details class="mail-fold mail-signature">.*Jane', html, re.S)
    assert re.search(r'<details class="mail-fold mail-quoted">.*&gt; old', html, re.S)


@pytest.mark.django_db
def test_html_body_is_sanitised_and_attachments_listed(case):
    message = case.messages.get()
    message.body_html = '<p onclick="x()">Hi <img src="https://t.example/p.gif"></p>'
    message.save()
    digest, path = store_bytes(b"%PDF-1.4")
    attachment = Attachment.objects.create(
        message=message,
        filename='"><script>alert(1)</script>.pdf',
        content_type="application/pdf",
        size=8,
        sha256=digest,
        storage_path=path,
    )
    html = _render(message)
    assert "onclick" not in html and "t.example" not in html and "<script>" not in html
    assert f'href="/mail/attachments/{attachment.pk}/"' in html
    assert "&lt;script&gt;" in html


@pytest.mark.django_db
def test_failed_delivery_is_shown(case, practitioner):
    message = Message.objects.create(
        case=case,
        direction="out",
        at=case.opened_at,
        author=practitioner,
        body_text="reply",
        send_state=SendState.FAILED,
        send_attempts=2,
        send_error="SMTPServerDisconnected: <b>down</b>",
    )
    html = _render(message)
    assert "Not delivered yet" in html and "&lt;b&gt;down" in html


def _login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _attachment(content: bytes, name: str) -> Attachment:
    body = (
        (
            "--B\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
            "--B\r\nContent-Type: application/octet-stream\r\n"
            f'Content-Disposition: attachment; filename="{name}"\r\n\r\n'
        ).encode()
        + content
        + b"\r\n--B--\r\n"
    )
    raw = (
        make_mail(extra=('Content-Type: multipart/mixed; boundary="B"',), body="").rstrip(b"\r\n")
        + b"\r\n\r\n"
        + body
    )
    ingest_bytes(raw, source="t")
    return Attachment.objects.get()


@pytest.mark.django_db
def test_practitioner_downloads_attachment_as_a_download(practitioner):
    attachment = _attachment(b"%PDF-1.4 the report", "report.pdf")
    response = _login(practitioner).get(f"/mail/attachments/{attachment.pk}/")
    assert response.status_code == 200
    assert response.getvalue() == b"%PDF-1.4 the report"
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert 'filename="report.pdf"' in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_html_attachment_is_served_as_opaque_bytes(practitioner):
    attachment = _attachment(b"<html><script>alert(1)</script></html>", "page.html")
    response = _login(practitioner).get(f"/mail/attachments/{attachment.pk}/")
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment;")


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["analyst", "admin_user"])
def test_people_who_do_not_work_cases_cannot_download(request, who):
    attachment = _attachment(b"%PDF-1.4 x", "r.pdf")
    user = request.getfixturevalue(who)
    assert _login(user).get(f"/mail/attachments/{attachment.pk}/").status_code == 403


@pytest.mark.django_db
def test_anonymous_cannot_download():
    attachment = _attachment(b"%PDF-1.4 x", "r.pdf")
    response = Client().get(f"/mail/attachments/{attachment.pk}/")
    assert response.status_code in {302, 403}
    assert b"PDF" not in response.content


@pytest.mark.django_db
def test_missing_attachment_or_file_is_404(practitioner, attachments_dir):
    client = _login(practitioner)
    assert client.get("/mail/attachments/999999/").status_code == 404
    attachment = _attachment(b"%PDF-1.4 x", "r.pdf")
    (attachments_dir / attachment.storage_path).unlink()
    assert client.get(f"/mail/attachments/{attachment.pk}/").status_code == 404
