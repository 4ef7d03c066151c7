"""Mail bodies made safe to show: an allow-list sanitiser and folding of quotes/signatures.

Email HTML is hostile until proven otherwise. Only structural and text-formatting tags
survive; no style, class or id (no CSS tricks, no borrowing the app's own classes, no DOM
clobbering); no images at all (remote ones are tracking pixels, cid: ones are listed as
attachments instead); links only to http(s)/mailto, opening in a new tab without the opener
or a referrer.
"""

from __future__ import annotations

import re

import nh3

from casebook.intake.parsing import BodyParts

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div", "dl",
    "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "li", "ol", "p", "pre",
    "q", "s", "small", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "u", "ul",
}  # fmt: skip

_CLEANER = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    clean_content_tags={"script", "style", "title", "head", "template", "noscript", "textarea",
                        "select", "svg", "math", "iframe", "object", "embed"},
    attributes={"a": {"href", "title"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"},
                "abbr": {"title"}},
    url_schemes={"http", "https", "mailto"},
    url_relative="deny",
    link_rel="noopener noreferrer",
    set_tag_attribute_values={"a": {"target": "_blank"}},
    strip_comments=True,
)  # fmt: skip


def sanitise_html(markup: str) -> str:
    return _CLEANER.clean(markup)


_QUOTE_MARKERS = re.compile(
    r'<div[^>]*class="?[^">]*gmail_quote|<blockquote[^>]*type="?cite|<div[^>]*id="?divRplyFwdMsg|'
    r'<div[^>]*id="?appendonsend|<hr[^>]*id="?stopSpelling|<div[^>]*class="?moz-cite-prefix|'
    r"-{2,}\s*Original Message\s*-{2,}|<div[^>]*class=\"?yahoo_quoted",
    re.IGNORECASE,
)
_SIGNATURE_MARKERS = re.compile(
    r'<div[^>]*class="?[^">]*gmail_signature|<div[^>]*class="?moz-signature|--\s?<br',
    re.IGNORECASE,
)


def split_html(markup: str) -> BodyParts:
    """Sanitised main text, signature and quoted history of an HTML mail."""
    quote = _QUOTE_MARKERS.search(markup)
    end = quote.start() if quote else len(markup)
    signature = _SIGNATURE_MARKERS.search(markup, 0, end)
    main_end = signature.start() if signature else end
    main = sanitise_html(markup[:main_end])
    if not _has_text(main):  # folding would hide everything: show it all
        return BodyParts(main=sanitise_html(markup), signature="", quoted="")
    return BodyParts(
        main=main,
        signature=sanitise_html(markup[main_end:end]) if signature else "",
        quoted=sanitise_html(markup[end:]) if quote else "",
    )


def _has_text(markup: str) -> bool:
    return bool(re.sub(r"<[^>]*>|&nbsp;|\s", "", markup))
