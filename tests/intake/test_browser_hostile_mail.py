"""A hostile email on the case page in headless Chromium renders inert."""

from __future__ import annotations

import base64
from typing import Any
from urllib.parse import urlsplit

import pytest

from casebook.cases.models import Case
from casebook.intake.actions import Outcome, ingest_bytes
from tests.browser.signin import log_in

from ..conftest import PASSWORD, SERVER_URL

pytestmark = pytest.mark.browser

HOSTILE_HTML = """<html><head>
<meta http-equiv="refresh" content="0;url=http://remote.invalid/refresh">
<base href="http://remote.invalid/">
<link rel="stylesheet" href="http://remote.invalid/evil.css">
<style>body { display: none !important } .composer { display: none }</style>
<script>window.__pwned = 1; alert("script tag");</script>
</head><body>
<p>Please look at this account.</p>
<img src="http://remote.invalid/pixel.gif" width="1" height="1">
<img src="x" onerror="window.__pwned = 2; alert('onerror')">
<a id="jslink" href="javascript:window.__pwned=3;alert('js link')">click me</a>
<a id="weblink" href="https://example.org/report">report page</a>
<div style="position:fixed;top:0;left:0;width:100%;height:100%;background:red;z-index:9999"
     onmouseover="alert('hover')">OVERLAY</div>
<p class="status status-closed">FAKE STATUS</p>
<svg onload="alert('svg')"><circle r="5"/></svg>
<iframe src="http://remote.invalid/frame"></iframe>
<object data="http://remote.invalid/x.swf"></object>
<form action="http://remote.invalid/phish"><input name="password"><button>Log in</button></form>
<div style="background:url(http://remote.invalid/bg.png)">bg</div>
<div class="gmail_quote">On Monday someone wrote:<blockquote>old text</blockquote></div>
</body></html>"""


def _hostile_mail() -> bytes:
    html = base64.b64encode(HOSTILE_HTML.encode()).decode()
    hostile_name = "\"><img src=x onerror=alert('name')>\u202egnp.exe"
    name_b64 = base64.b64encode(hostile_name.encode()).decode()
    lines = [
        "From: Hostile Sender <hostile@example.invalid>",
        "To: helpline@casebook.invalid",
        "Subject: <script>alert('subject')</script> please help",
        "Message-ID: <hostile@example.invalid>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="MIX"',
        "",
        "--MIX",
        "Content-Type: text/html; charset=utf-8",
        "Content-Transfer-Encoding: base64",
        "",
        html,
        "--MIX",
        f'Content-Type: application/pdf; name="=?utf-8?b?{name_b64}?="',
        f'Content-Disposition: attachment; filename="=?utf-8?b?{name_b64}?="',
        "",
        "MZ this is not a pdf",
        "--MIX--",
        "",
    ]
    return "\r\n".join(lines).encode()


def test_hostile_email_renders_inert(live_server, browser, make_user, settings, tmp_path):
    if not SERVER_URL:  # against the real server, its own attachments folder (same settings)
        settings.ATTACHMENTS_DIR = tmp_path / "attachments"
    make_user("alice", "practitioner")
    result = ingest_bytes(_hostile_mail(), source="test")
    assert result.outcome == Outcome.NEW_CASE
    case = Case.objects.get(reference=result.case_reference)

    context = browser.new_context()
    context.set_default_timeout(15_000)
    page = context.new_page()
    dialogs: list[str] = []
    foreign: list[str] = []
    own_host = urlsplit(live_server.url).netloc

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    def on_request(request: Any) -> None:
        if urlsplit(request.url).netloc != own_host:
            foreign.append(request.url)

    page.on("dialog", on_dialog)
    page.on("request", on_request)

    log_in(page, live_server.url, "alice", PASSWORD)  # the second factor too, if required
    page.wait_for_load_state("networkidle")
    page.goto(f"{live_server.url}/cases/{case.reference}/")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)  # give any refresh, onerror or onload a chance to fire

    assert page.url == f"{live_server.url}/cases/{case.reference}/"  # no meta refresh
    body = page.locator(".msg .mailbody").first
    assert "Please look at this account." in body.inner_text()
    assert page.evaluate("window.__pwned") is None
    page.hover("text=OVERLAY")
    page.click("#jslink, a:has-text('click me')")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []
    assert foreign == []

    inert = page.evaluate(
        """() => {
        const root = document.querySelector('.msg');
        const bad = root.querySelectorAll(
          'script, style, img, svg, iframe, object, form, input, link, meta, base, [style], '
          + '[onerror], [onload], [onmouseover], [class~=status]');
        const overlay = [...root.querySelectorAll('div')].find(d => d.textContent === 'OVERLAY');
        return {
          bad: bad.length,
          overlayPosition: overlay ? getComputedStyle(overlay).position : 'gone',
          bodyVisible: getComputedStyle(document.body).display !== 'none',
          composerVisible: getComputedStyle(document.querySelector('.composer')).display,
        };
    }"""
    )
    assert inert["bad"] == 0
    assert inert["overlayPosition"] == "static"
    assert inert["bodyVisible"] and inert["composerVisible"] != "none"

    web = page.locator(".msg a:has-text('report page')")
    assert web.get_attribute("rel") == "noopener noreferrer"
    assert web.get_attribute("target") == "_blank"
    assert page.locator(".msg a:has-text('click me')").get_attribute("href") is None

    # quoted history is folded, not shown
    quoted = page.locator("details.mail-quoted")
    assert quoted.count() == 1 and not quoted.first.evaluate("d => d.open")

    # the hostile filename is shown as text, offered only as a download
    link = page.locator("ul.attachments a")
    assert link.count() == 1
    assert "<img" not in link.inner_html()
    assert "\u202e" not in link.inner_text()
    href = link.get_attribute("href")
    assert href and href.startswith("/mail/attachments/")
    response = context.request.get(f"{live_server.url}{href}")
    assert response.headers["content-disposition"].startswith("attachment;")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["content-type"] == "application/x-msdownload"  # sniffed, not "pdf"
    context.close()
