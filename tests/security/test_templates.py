"""No template may carry inline script, event-handler attributes or inline styles.

The Content-Security-Policy allows scripts and styles only from our own static files, so any
of these would be blocked in the browser (and would weaken the policy if it were loosened to
let them run). Put behaviour in a static .js file and styles in a static .css file.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "casebook"
TEMPLATES = sorted(p for p in ROOT.rglob("templates/**/*") if p.is_file())

# The self-contained report file is not served under the site's policy: it carries its own,
# with the hash of its one inline stylesheet (casebook.analysis.render.html.standalone_policy).
OWN_POLICY = {ROOT / "analysis" / "templates" / "analysis" / "report.html"}

INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc\s*=)[^>]*>", re.IGNORECASE)
HANDLER = re.compile(r"<[a-z][^>]*\s(on[a-z]+)\s*=", re.IGNORECASE | re.DOTALL)
STYLE_ATTR = re.compile(r"<[a-z][^>]*\sstyle\s*=", re.IGNORECASE | re.DOTALL)
STYLE_ELEMENT = re.compile(r"<style\b", re.IGNORECASE)
JS_URL = re.compile(r"""(?:href|src|action)\s*=\s*["']?\s*javascript:""", re.IGNORECASE)


def problems(text: str, *, own_policy: bool = False) -> list[str]:
    found = []
    if INLINE_SCRIPT.search(text):
        found.append("inline <script> (use <script src> with a static file)")
    if m := HANDLER.search(text):
        found.append(f"event handler attribute {m.group(1)}= (add a listener in a static .js)")
    if STYLE_ATTR.search(text):
        found.append("style= attribute (use a class in a static .css)")
    if STYLE_ELEMENT.search(text) and not own_policy:
        found.append("<style> element (link a static .css)")
    if JS_URL.search(text):
        found.append("javascript: URL")
    return found


def test_the_scan_finds_templates():
    assert len(TEMPLATES) > 10
    assert ROOT / "templates" / "base.html" in TEMPLATES


@pytest.mark.parametrize(
    "snippet",
    [
        "<script>alert(1)</script>",
        '<script type="module">x()</script>',
        '<button onclick="go()">Go</button>',
        "<body\n  onload='x()'>",
        '<div class="a" style="color:red">',
        "<style>p{}</style>",
        '<a href="javascript:void(0)">x</a>',
    ],
)
def test_the_scan_catches(snippet):
    assert problems(snippet)


@pytest.mark.parametrize(
    "snippet",
    [
        "<script src=\"{% static 'x.js' %}\" defer></script>",
        '<script type="module" src="/static/x.js"></script>',
        '<p class="online">Contact us online = fine</p>',
        '<a href="{% url \'x\' %}" data-confirm="on">x</a>',
    ],
)
def test_the_scan_allows(snippet):
    assert not problems(snippet)


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(ROOT)))
def test_template_has_no_inline_script_or_style(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    assert not problems(text, own_policy=path in OWN_POLICY), path
