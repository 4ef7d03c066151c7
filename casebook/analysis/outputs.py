"""Write a Report in the requested formats, plus every figure as PNG and SVG."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from casebook.analysis.model import Report

FORMATS = ("html", "pdf", "xlsx", "json")


def render(report: Report, fmt: str) -> bytes:
    if fmt == "html":
        from casebook.analysis.render.html import render_html

        return render_html(report).encode()
    if fmt == "pdf":
        from casebook.analysis.render.pdf import render_pdf

        return render_pdf(report)
    if fmt == "xlsx":
        from casebook.analysis.render.xlsx import render_xlsx

        return render_xlsx(report)
    if fmt == "json":
        from casebook.analysis.render.json import render_json

        return render_json(report).encode()
    raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")


def base_name(report: Report) -> str:
    name = f"report-{report.period.start:%Y-%m-%d}-to-{report.period.end:%Y-%m-%d}"
    if report.compare:
        name += f"-vs-{report.compare.start:%Y-%m-%d}-to-{report.compare.end:%Y-%m-%d}"
    return name


def write_outputs(
    report: Report,
    out_dir: Path,
    formats: Iterable[str],
    progress: Callable[[str], None] = lambda _: None,
) -> list[Path]:
    """Render every format first, then write, so a failure leaves no half-written set."""
    out_dir.mkdir(parents=True, exist_ok=True)
    name = base_name(report)
    rendered: list[tuple[Path, bytes]] = []
    for fmt in formats:
        progress(f"rendering {fmt}")
        rendered.append((out_dir / f"{name}.{fmt}", render(report, fmt)))
    fig_dir = out_dir / f"{name}-figures"
    for fig in report.figures.values():
        rendered.append((fig_dir / f"{fig.name}.svg", fig.svg.encode()))
        rendered.append((fig_dir / f"{fig.name}.png", fig.png))
    written = []
    for path, data in rendered:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(path)
        written.append(path)
    return written
