"""Casebook's own settings, plus one bare page to compare the queue with (benchmarks only)."""

from casebook.settings import *  # noqa: F403

ROOT_URLCONF = "benchmarks.serve.urls"
TEMPLATES[0]["DIRS"] = [*TEMPLATES[0]["DIRS"], BASE_DIR / "benchmarks" / "serve" / "templates"]  # noqa: F405
