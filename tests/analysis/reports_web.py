"""Reading the reports pages as a browser would, with the report worker's part played here."""

from __future__ import annotations

from typing import Any


class Fetched:
    def __init__(self, response: Any) -> None:
        self.response = response
        self.status_code = response.status_code
        self.content = (
            b"".join(response.streaming_content)
            if getattr(response, "streaming", False)
            else response.content
        )

    def __getitem__(self, header: str) -> str:
        return str(self.response[header])


def fetch(client: Any, url: str) -> Fetched:
    """GET as a browser would: follow redirects, and let the report worker build any report
    the page is waiting for (reports are never built inside a request)."""
    from casebook.analysis.jobs import run_pending_jobs

    response = client.get(url)
    if response.status_code == 302 and run_pending_jobs():
        response = client.get(url)  # asked again once it is built: the file, or the page
    for _ in range(5):
        if response.status_code != 302 or "/login/" in response["Location"]:
            break
        response = client.get(response["Location"])
    return Fetched(response)
