"""The report's HTML for screen readers and phones: no table header without text, every
table's box (which scrolls sideways on a phone) focusable and named, the service-level
tables' first column named and an empty share shown as a dash."""

from __future__ import annotations

from html.parser import HTMLParser

from casebook.analysis.render.html import render_html
from casebook.analysis.report import build_report
from tests.analysis.test_service_levels import CASES, P, facts_with


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.headers: list[str] = []
        self.wraps: list[dict[str, str | None]] = []
        self._th: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "th":
            self._th = []
        if tag == "div" and "table-wrap" in (found.get("class") or "").split():
            self.wraps.append(found)

    def handle_data(self, data: str) -> None:
        if self._th is not None:
            self._th.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "th" and self._th is not None:
            self.headers.append("".join(self._th))
            self._th = None


def _parsed(html: str) -> _Cells:
    cells = _Cells()
    cells.feed(html)
    return cells


def test_no_table_header_is_empty_and_every_table_box_is_a_named_region() -> None:
    report = build_report(facts_with(CASES), P, with_figures=False)
    cells = _parsed(render_html(report))
    assert len(cells.headers) > 20
    assert all(h.replace("\xa0", " ").strip() for h in cells.headers), cells.headers
    assert len(cells.wraps) >= 10
    for wrap in cells.wraps:
        assert wrap.get("tabindex") == "0" and wrap.get("role") == "region", wrap
        assert (wrap.get("aria-label") or "").strip(), wrap


def test_service_level_tables_name_their_first_column() -> None:
    html = render_html(build_report(facts_with(CASES), P, with_figures=False))
    section = html.split('id="service-levels"')[1].split("</section>")[0]
    for anchor, heading in (("by-month", "Month"), ("by-channel", "Channel")):
        table = section.split(f'id="service-levels-{anchor}"')[1].split("</table>")[0]
        assert f'<thead><tr><th scope="col">{heading}</th>' in table
    channel = section.split('id="service-levels-by-channel"')[1].split("</table>")[0]
    # "Not recorded" had no cases: no share to show, and the cell says so.
    row = channel.split('<th scope="row">Not recorded</th>')[1].split("</tr>")[0]
    assert '<td class="num pct">–</td>' in row
