"""Training examples from the helpline's own cases, and the models built from them.

A case's text is its subject and its inbound messages (what the enquirer wrote), as the
model sees it when it suggests. Its labels are its categories (every provenance: chosen by
the enquirer, added by a practitioner, or suggested and accepted), the categories dismissed
on it (negatives), and its reviewed risk flags (confirmed: positive; cleared: negative).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

import nh3
from django.db import DatabaseError

from casebook.cases.models import CaseCategory, Category, Direction, Message
from casebook.cases.taxonomy import CATEGORIES
from casebook.classify.corpus import seed_examples
from casebook.classify.model import MAX_TEXT_CHARS, Example, Suggester, train
from casebook.classify.models import Decision, FlagState, RiskFlag, SuggestionDecision

Progress = Callable[[str], None]


def message_text(subject: str, body_text: str, body_html: str = "") -> str:
    body = body_text if body_text.strip() else nh3.clean(body_html, tags=set())
    return f"{subject}\n{body}".strip()


def case_texts(case_ids: Iterable[int] | None = None) -> dict[int, str]:
    """Subject and inbound messages of each case (all cases when case_ids is None)."""
    messages = Message.objects.filter(direction=Direction.INBOUND)
    if case_ids is not None:
        messages = messages.filter(case_id__in=list(case_ids))
    parts: dict[int, list[str]] = defaultdict(list)
    sizes: dict[int, int] = defaultdict(int)
    rows = messages.order_by("case_id", "at", "id").values_list(
        "case_id", "case__subject", "subject", "body_text", "body_html"
    )
    for case_id, case_subject, subject, body_text, body_html in rows.iterator(chunk_size=2000):
        if sizes[case_id] >= MAX_TEXT_CHARS:
            continue
        if not parts[case_id]:
            parts[case_id].append(case_subject)
        text = message_text(subject if subject != case_subject else "", body_text, body_html)
        parts[case_id].append(text)
        sizes[case_id] += len(text)
    return {case_id: "\n".join(p).strip()[:MAX_TEXT_CHARS] for case_id, p in parts.items()}


def active_categories() -> dict[str, str]:
    """name -> definition of the categories the helpline uses today, in taxonomy order."""
    found = dict(
        Category.objects.filter(retired=False)
        .order_by("position", "name")
        .values_list("name", "definition")
    )
    return found or dict(CATEGORIES)


def examples_from_database(progress: Progress | None = None) -> list[Example]:
    say = progress or (lambda _line: None)
    tags: dict[int, list[str]] = defaultdict(list)
    for case_id, name in CaseCategory.objects.values_list("case_id", "category__name").iterator(
        chunk_size=10_000
    ):
        tags[case_id].append(name)
    dismissed: dict[int, list[str]] = defaultdict(list)
    for case_id, name in SuggestionDecision.objects.filter(decision=Decision.DISMISSED).values_list(
        "case_id", "category__name"
    ):
        dismissed[case_id].append(name)
    confirmed: dict[int, list[str]] = defaultdict(list)
    cleared: dict[int, list[str]] = defaultdict(list)
    for case_id, kind, state in RiskFlag.objects.exclude(state=FlagState.RAISED).values_list(
        "case_id", "kind", "state"
    ):
        (confirmed if state == FlagState.CONFIRMED else cleared)[case_id].append(kind)
    labelled = set(tags) | set(dismissed) | set(confirmed) | set(cleared)
    say(f"Reading the text of {len(labelled):,} labelled cases")
    texts = case_texts(labelled) if len(labelled) < 50_000 else case_texts()
    examples = [
        Example(
            text=texts[case_id],
            categories=tuple(tags.get(case_id, ())),
            risk_flags=tuple(confirmed.get(case_id, ())),
            not_categories=tuple(dismissed.get(case_id, ())),
            not_risk_flags=tuple(cleared.get(case_id, ())),
        )
        for case_id in sorted(labelled)
        if texts.get(case_id)
    ]
    return examples


def train_from_database(progress: Progress | None = None, **options: float) -> Suggester:
    """A model of the helpline's cases, the seed corpus and the categories' definitions."""
    say = progress or (lambda _line: None)
    categories = active_categories()
    examples = examples_from_database(say)
    say(f"Training on {len(examples):,} cases, the seed corpus and {len(categories)} definitions")
    return train(
        examples,
        categories=categories,
        seed_examples=seed_examples(categories),
        **options,  # type: ignore[arg-type]
    )


def definitions_model() -> Suggester:
    """The model before any training: the categories' definitions and the seed corpus."""
    try:
        categories = active_categories()
    except DatabaseError:  # no database (casebook suggest on a bare machine): the seed taxonomy
        categories = dict(CATEGORIES)
    return train([], categories=categories, seed_examples=seed_examples(categories))
