"""Every page and download a signed-in person can reach carries the policy headers and is
never stored: found by following the links, as each role, on a helpline with data.

The walk in test_url_roles requests every URL with made-up ids, so most of its answers are
404s; here the pages and files are real (a case with an attachment and its original .eml,
quarantined and skipped mail, a built report in every format, the audit log's CSV and a
subject access ZIP), so a download that set its own caching, or a page that skipped the
headers, would be caught. The walk must reach each kind of download, or the test fails.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from django.test import Client
from django.urls import Resolver404, resolve, reverse

from casebook.analysis.jobs import run_pending_jobs
from casebook.intake.actions import Outcome, ingest_bytes
from tests.analysis.conftest import CASES, open_cases
from tests.intake.conftest import make_mail

pytestmark = pytest.mark.django_db

# Downloads of case data and reports: the walk must have fetched each of them.
DOWNLOADS = {
    "attachment-download",
    "original-download",
    "reports:job-download",
    "privacy-audit-csv",
    "admin:intake_q_original",
    "admin:intake_s_original",
}
# GET on these signs out, or is not a page.
SKIP = {"logout", "admin:logout", "admin:view_on_site", "admin:jsi18n", "healthz"}
MAX_PER_VIEW = 3  # pages of one view (case pages, filters, changelists) worth fetching
MAX_PER_ADMIN_VIEW = 1


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def links(html: str, base: str) -> list[str]:
    parser = _Links()
    parser.feed(html)
    found = []
    for href in parser.hrefs:
        parts = urlsplit(urljoin(base, href))
        if href.startswith("#") or parts.scheme or parts.netloc:
            continue  # this page, or another site
        if parts.path.startswith("/static/"):
            continue  # WhiteNoise's files choose their own caching (tested in test_served)
        found.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


def view_name(path: str) -> str | None:
    try:
        match = resolve(urlsplit(path).path)
    except Resolver404:
        return None
    return match.view_name


def header_problems(path: str, response: Any) -> list[str]:
    problems = []
    if response.status_code >= 500:
        problems.append(f"{path}: {response.status_code}")
    if "no-store" not in response.get("Cache-Control", ""):
        problems.append(f"{path}: Cache-Control {response.get('Cache-Control')!r}")
    if response.get("Referrer-Policy") != "same-origin":
        problems.append(f"{path}: Referrer-Policy {response.get('Referrer-Policy')!r}")
    if "camera=()" not in response.get("Permissions-Policy", ""):
        problems.append(f"{path}: no Permissions-Policy")
    if response.get("X-Content-Type-Options") != "nosniff":
        problems.append(f"{path}: no X-Content-Type-Options")
    policy = response.get("Content-Security-Policy", "")
    if "script-src 'self'" not in policy and "default-src 'none'" not in policy:
        problems.append(f"{path}: Content-Security-Policy {policy!r}")
    if "unsafe-inline" in policy or "unsafe-eval" in policy:
        problems.append(f"{path}: Content-Security-Policy allows inline code")
    return problems


# What the Content-Security-Policy would block in a page: inline scripts, event-handler and
# style attributes. Templates are scanned for them (test_templates); this catches what code
# writes into a page too.
INLINE = re.compile(
    r"<script(?![^>]*\bsrc=)[^>]*>|\son[a-z]+\s*=\s*[\"']|\sstyle\s*=\s*[\"']", re.IGNORECASE
)


def inline_problems(path: str, html: str) -> list[str]:
    return [f"{path}: inline {m.group(0)[:40]!r}" for m in INLINE.finditer(html)][:3]


def walk(client: Client, starts: list[str]) -> tuple[Counter[str], list[str]]:
    """Fetch the start pages and every same-site link reachable from them (a few per view);
    returns how many pages of each view were fetched, and the header problems found."""
    seen: set[str] = set()
    per_view: Counter[str] = Counter()
    problems: list[str] = []
    queue = list(starts)
    while queue:
        path = queue.pop(0)
        name = view_name(path)
        if path in seen or name is None or name in SKIP:
            continue
        limit = MAX_PER_ADMIN_VIEW if name.startswith("admin:") else MAX_PER_VIEW
        if per_view[name] >= limit:
            continue
        seen.add(path)
        per_view[name] += 1
        response = client.get(path)
        problems += header_problems(path, response)
        if getattr(response, "streaming", False):
            b"".join(response.streaming_content)  # type: ignore[attr-defined]
            continue
        if response.status_code in (301, 302) and response.get("Location", "").startswith("/"):
            queue.append(response["Location"])
        if response.get("Content-Type", "").startswith("text/html"):
            html = response.content.decode("utf-8", "replace")
            if name != "reports:job-download":  # a file, sandboxed with its own policy
                problems += inline_problems(path, html)
            queue += links(html, path)
    return per_view, problems


@pytest.fixture
def helpline(settings, tmp_path, analyst, admin_user):
    """Cases with an attachment and an original, quarantined and skipped mail, a report built
    by the worker for the analysts and admins to download."""
    settings.ATTACHMENTS_DIR = tmp_path / "attachments"
    settings.REPORTS_DIR = tmp_path / "reports"
    open_cases(CASES)
    attached = (
        make_mail(extra=('Content-Type: multipart/mixed; boundary="B"',), body="").rstrip(b"\r\n")
        + b"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nScreenshots attached.\r\n"
        b"--B\r\nContent-Type: application/pdf\r\n"
        b'Content-Disposition: attachment; filename="screenshots.pdf"\r\n\r\n'
        b"%PDF-1.4 x\r\n--B--\r\n"
    )
    opened = ingest_bytes(attached, source="t")
    assert opened.outcome == Outcome.NEW_CASE
    assert (
        ingest_bytes(b"Subject: no sender\r\n\r\nwho?", source="t").outcome == Outcome.QUARANTINED
    )
    auto = make_mail(subject="Automatic reply: out of office", message_id="<auto@x.invalid>")
    assert ingest_bytes(auto, source="t").outcome == Outcome.AUTOMATIC
    period = "?start=2021-11-01&end=2022-11-01"
    client = Client()
    client.force_login(analyst)
    assert client.get(reverse("reports:index") + period).status_code == 302
    assert run_pending_jobs() == 1
    return {"period": period, "case": reverse("case-detail", args=[opened.case_reference])}


STARTS = ["/", "/cases/?status=all", "/account/", "/partners/", "/partners/follow-ups/"]
# What each role's walk must have fetched (besides pages): the downloads it may have.
REACHED = {
    "practitioner": {"case-detail", "attachment-download", "original-download"},
    "supervisor": {"case-detail", "attachment-download", "reports:job-download"},
    "analyst": {"reports:job", "reports:job-download"},
    "admin": DOWNLOADS - {"attachment-download", "original-download"},
}


def test_every_page_and_download_is_not_stored(helpline, make_user, admin_user, analyst):
    """One helpline (the report is built once), walked by each role in turn."""
    users = {
        "practitioner": make_user("crawl-practitioner", "practitioner"),
        "supervisor": make_user("crawl-supervisor", "supervisor"),
        "analyst": analyst,
        "admin": admin_user,
    }
    for role, user in users.items():
        client = Client()
        client.force_login(user)
        starts = [helpline["case"], *STARTS, reverse("reports:index") + helpline["period"]]
        starts += ["/supervisor/", "/privacy/"]
        if role == "admin":
            starts += ["/admin/", "/privacy/audit/", "/admin/intake/quarantinedmessage/"]
            starts += ["/admin/intake/skippedmail/"]
        per_view, problems = walk(client, starts)
        assert not problems, f"as {role}:\n" + "\n".join(problems)
        missed = REACHED[role] - set(per_view)
        assert not missed, f"as {role}, the walk never reached {missed}"


def test_the_subject_access_zip_is_not_stored(client, admin_user, case):
    client.force_login(admin_user)
    found = client.post(reverse("privacy-person"), {"email": case.enquirer.email})
    assert found.status_code == 302
    response = client.post(reverse("privacy-person-export"))
    assert response["Content-Type"] == "application/zip"
    assert not header_problems("subject access ZIP", response)


@pytest.mark.parametrize(
    "html",
    [
        '<a href="/cases/">q</a><a href="https://evil.invalid/">x</a><a href="#top">t</a>',
        '<a href="/static/cases/a.css">s</a><a href="../cases/?page=2">n</a>',
    ],
)
def test_links_keep_only_this_sites_pages(html):
    assert set(links(html, "/reports/")) <= {"/cases/", "/cases/?page=2"}
    assert links(html, "/reports/")


@pytest.mark.parametrize(
    ("html", "found"),
    [
        ('<script src="/static/x.js" defer></script><p class="a">x</p>', False),
        ("<script>alert(1)</script>", True),
        ('<a href="#" onclick="go()">x</a>', True),
        ('<div style="color: red">x</div>', True),
        ("<p>a style guide; onward = forward</p>", False),
    ],
)
def test_inline_code_is_found(html, found):
    assert bool(inline_problems("/x/", html)) is found
