"""The report as an A4 PDF: the HTML page with a cover and page numbers, figures as SVG so
they stay crisp at any zoom. WeasyPrint does the layout and writes tagged PDF/UA."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.template.loader import render_to_string

from casebook.analysis.model import Report
from casebook.analysis.render.html import context, report_css

if TYPE_CHECKING:
    from weasyprint.document import Document

# Tagged PDF/UA-1: a structure tree (headings, tables with their header cells, figures with
# their alt text) that screen readers follow, with the document's language and title taken
# from the page's lang attribute and <title>.
PDF_VARIANT = "pdf/ua-1"


def pdf_html(report: Report) -> str:
    """The page WeasyPrint lays out: the report with its cover and print stylesheet."""
    return render_to_string(
        "analysis/report.html", {**context(report), "pdf": True, "report_css": report_css(pdf=True)}
    )


def pdf_document(report: Report) -> Document:
    """The report laid out in pages (what `render_pdf` writes; tests measure its boxes)."""
    from weasyprint import HTML

    return HTML(string=pdf_html(report)).render(pdf_variant=PDF_VARIANT)


def render_pdf(report: Report) -> bytes:
    pdf: bytes = pdf_document(report).write_pdf(pdf_variant=PDF_VARIANT)
    return pdf
