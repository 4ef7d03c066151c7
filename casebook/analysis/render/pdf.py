"""The report as an A4 PDF: the HTML page with a cover and page numbers, figures as SVG so
they stay crisp at any zoom. WeasyPrint does the layout."""

from __future__ import annotations

from django.template.loader import render_to_string

from casebook.analysis.model import Report
from casebook.analysis.render.html import context, report_css


def render_pdf(report: Report) -> bytes:
    from weasyprint import HTML

    html = render_to_string(
        "analysis/report.html", {**context(report), "pdf": True, "report_css": report_css(pdf=True)}
    )
    pdf: bytes = HTML(string=html).write_pdf()
    return pdf
