"""The PDF of a full-size report (the calibrated demo helpline, no database): tagged PDF/UA
with its language and title, and a layout without half-empty pages, tiny table tails or
anything wider than the page."""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader
from weasyprint.formatting_structure import boxes

from casebook.analysis.facts import CaseFact, FactsBuilder, Vocabulary, local_date
from casebook.analysis.model import Report
from casebook.analysis.render.pdf import PDF_VARIANT, pdf_document
from casebook.analysis.report import build_report
from casebook.analysis.sources import _dimension
from casebook.analysis.tables import Period
from casebook.cases.models import Channel, EnquirerType, Region, SettingType
from casebook.cases.taxonomy import CATEGORIES
from casebook.demo.calibration import spec_2020_21, spec_2021_22
from casebook.demo.generator import generate_period
from casebook.lib.platforms import DEFAULT_PLATFORMS

P = Period(date(2021, 11, 1), date(2022, 11, 1))
Q = Period(date(2020, 1, 16), date(2021, 1, 23))
MIN_TABLE_ROWS = 4  # a table split over pages keeps at least this many body rows each side
MIN_FULL = 0.4  # every page but the cover and the last is at least this full


def _vocabulary() -> Vocabulary:
    return Vocabulary(
        channel=_dimension(Channel.choices),
        enquirer_type=_dimension(EnquirerType.choices),
        setting_type=_dimension(SettingType.choices),
        region=_dimension(Region.choices),
        categories=tuple(name for name, _ in CATEGORIES),
        platforms=tuple(DEFAULT_PLATFORMS),
        platform_aliases={name: tuple(a) for name, a in DEFAULT_PLATFORMS.items()},
    )


@pytest.fixture(scope="module")
def report() -> Report:
    builder = FactsBuilder(_vocabulary())
    for spec, seed in ((spec_2021_22(), 1), (spec_2020_21(), 2)):
        for c in generate_period(spec, random.Random(seed)):
            builder.add_fact(
                CaseFact(
                    reference=f"CB-{seed}-{len(builder.reference)}",
                    opened_on=local_date(c.opened_at),
                    channel=c.channel,
                    enquirer_type=c.enquirer.enquirer_type,
                    setting_type=c.enquirer.setting_type,
                    region=c.enquirer.region,
                    categories=tuple(name for name, _ in c.categories),
                    platforms=c.platforms,
                    subject=c.subject,
                )
            )
    return build_report(builder.build(), P, Q)


@pytest.fixture(scope="module")
def document(report: Report) -> Any:
    return pdf_document(report)


@pytest.fixture(scope="module")
def pdf(document: Any) -> PdfReader:
    return PdfReader(io.BytesIO(document.write_pdf(pdf_variant=PDF_VARIANT)))


def _walk(box: Any) -> Iterator[Any]:
    if isinstance(box, boxes.MarginBox):  # page furniture: footers
        return
    yield box
    for child in getattr(box, "children", None) or []:
        yield from _walk(child)


def _tag(box: Any) -> str:
    return box.element_tag if box.element is not None else ""


def test_pdf_is_tagged_ua_with_language_and_title(pdf: PdfReader, report: Report) -> None:
    root: Any = pdf.trailer["/Root"]
    assert root["/Lang"] == "en-GB"
    assert bool(root["/MarkInfo"]["/Marked"])
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    assert pdf.metadata is not None and pdf.metadata.title is not None
    # Not yet signed off, so the title says DRAFT first.
    assert pdf.metadata.title.endswith(f"Helpline analysis, {report.period.label()}")
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert 'pdfuaid:part="1"' in xmp

    kinds: dict[str, int] = {}
    alts: list[str] = []

    def visit(node: Any) -> None:
        node = node.get_object()
        if isinstance(node, dict) and "/S" in node:
            kinds[node["/S"]] = kinds.get(node["/S"], 0) + 1
            if node["/S"] == "/Figure":
                alts.append(str(node.get("/Alt", "")))
        kids = node.get("/K") if isinstance(node, dict) else None
        if kids is None:
            return
        for kid in kids if isinstance(kids, list) else [kids]:
            if hasattr(kid, "get_object") and isinstance(kid.get_object(), dict):
                visit(kid)

    visit(root["/StructTreeRoot"])
    assert kinds.get("/H1") == 1 and kinds.get("/H2", 0) >= 10
    assert kinds.get("/Table", 0) >= 8 and kinds.get("/TH", 0) > 100
    assert kinds.get("/Figure", 0) >= 9
    assert alts and all(alts), "every figure has its alt text"


def test_tables_split_keep_enough_rows_on_each_page(document: Any) -> None:
    pieces: dict[int, list[int]] = {}  # table element id -> body rows on each page
    for page in document.pages:
        for box in _walk(page._page_box):
            if _tag(box) == "table" and isinstance(box, boxes.TableBox):
                rows = sum(
                    len(group.children)
                    for group in box.children
                    if _tag(group) == "tbody" and isinstance(group, boxes.TableRowGroupBox)
                )
                pieces.setdefault(id(box.element), []).append(rows)
    assert len(pieces) == 8  # eight tables without the escalations (no database here)
    split = {k: v for k, v in pieces.items() if len(v) > 1}
    assert split, "a full-size report has tables long enough to continue on the next page"
    for per_page in split.values():
        assert min(per_page) >= MIN_TABLE_ROWS, per_page


def test_nothing_is_wider_than_the_page(document: Any) -> None:
    for number, page in enumerate(document.pages, 1):
        page_box = page._page_box
        right = page_box.content_box_x() + page_box.width + 0.5
        for box in _walk(page_box):
            if _tag(box) in {"table", "img", "figure", "pre", "blockquote"}:
                edge = box.position_x + box.margin_width()
                assert edge <= right, f"page {number}: a {_tag(box)} overflows by {edge - right}px"


def test_pages_are_filled_and_counted(document: Any) -> None:
    pages = document.pages
    # The demo's tables and figures, without the appendix (no message text here).
    assert 9 <= len(pages) <= 14
    for number, page in enumerate(pages[1:-1], 2):
        page_box = page._page_box
        top = page_box.content_box_y()
        bottom = max(
            b.position_y + b.margin_height()
            for b in _walk(page_box)
            if isinstance(b, (boxes.TextBox, boxes.ReplacedBox))
        )
        full = (bottom - top) / page_box.height
        assert full >= MIN_FULL, f"page {number} is only {full:.0%} full"
