"""Reads for the case page, the queue, the supervisor's dashboard and attachment display."""

from __future__ import annotations

import hashlib
from collections import OrderedDict, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.contrib.postgres.expressions import ArraySubquery
from django.db import models
from django.db.models import OuterRef

from casebook.cases.models import Case, CaseCategory, Category
from casebook.classify.labels import INDECENT_IMAGE, RISK_FLAGS, RISK_LABELS
from casebook.classify.models import (
    ACTIVE_STATES,
    Decision,
    FlagState,
    RiskFlag,
    SuggestionDecision,
)

if TYPE_CHECKING:  # scikit-learn loads with the first case page, not with the queue
    from casebook.classify.model import Scored, Suggester

SHOWN_SUGGESTIONS = 5
# Below this the model is saying "not this": a row reading 0% or 2% is noise a practitioner
# has to read past, so the case page leaves it out (`casebook suggest` still lists them all).
MIN_SHOWN_SCORE = 0.05


@dataclass(frozen=True)
class SuggestionRow:
    category: Category
    score: float
    percent: int


@dataclass(frozen=True)
class CasePanel:
    flags: list[RiskFlag]  # every flag on the case, most urgent kind first
    active_flags: list[RiskFlag]
    suggestions: list[SuggestionRow]  # best first, none already on the case or dismissed
    model_version: str
    withhold_attachments: bool  # an indecent-image flag is raised or confirmed


# A case page is read many times between changes to its text: its suggestions are kept per
# process, keyed by the model's version and a digest of the text (no case text is held).
_SUGGESTIONS_KEPT = 512
_suggestions: OrderedDict[tuple[str, bytes], tuple[Scored, ...]] = OrderedDict()


def suggestions_for(model: Suggester, text: str) -> tuple[Scored, ...]:
    """The model's categories for this text, best first: computed once per model version and
    text in this process (the least recently used of _SUGGESTIONS_KEPT are dropped)."""
    key = (model.version, hashlib.blake2b(text.encode(), digest_size=16).digest())
    found = _suggestions.get(key)
    if found is None:
        found = _suggestions[key] = model.assess(text).suggestions
        if len(_suggestions) > _SUGGESTIONS_KEPT:
            _suggestions.popitem(last=False)
    else:
        _suggestions.move_to_end(key)
    return found


def _flag_order(flag: RiskFlag) -> int:
    return RISK_FLAGS.index(flag.kind)


def case_panel(case: Case) -> CasePanel:
    # Imported here: the model (scikit-learn) loads with the first case page, not the queue.
    from casebook.classify.store import current_model
    from casebook.classify.training import case_texts

    flags = sorted(
        RiskFlag.objects.filter(case=case).select_related("reviewed_by"), key=_flag_order
    )
    active = [f for f in flags if f.active]
    taken = set(CaseCategory.objects.filter(case=case).values_list("category_id", flat=True))
    taken |= set(
        SuggestionDecision.objects.filter(case=case, decision=Decision.DISMISSED).values_list(
            "category_id", flat=True
        )
    )
    model = current_model()
    text = case_texts([case.pk]).get(case.pk, case.subject)
    by_name = {c.name: c for c in Category.objects.filter(retired=False)}
    rows = []
    for scored in suggestions_for(model, text):
        category = by_name.get(scored.label)
        if scored.score < MIN_SHOWN_SCORE:
            break  # best first: the rest score lower still
        if category is None or category.pk in taken:
            continue
        rows.append(SuggestionRow(category, scored.score, round(scored.score * 100)))
        if len(rows) == SHOWN_SUGGESTIONS:
            break
    return CasePanel(
        flags=flags,
        active_flags=active,
        suggestions=rows,
        model_version=model.version,
        withhold_attachments=any(f.kind == INDECENT_IMAGE for f in active),
    )


def attachments_withheld(case_id: int) -> bool:
    """True while the case carries a raised or confirmed indecent-image flag: its attachments
    are then never shown or thumbnailed, and download only after a deliberate confirmation."""
    return RiskFlag.objects.filter(
        case_id=case_id, kind=INDECENT_IMAGE, state__in=ACTIVE_STATES
    ).exists()


def active_flags_by_case(case_ids: Iterable[int]) -> dict[int, list[str]]:
    """case id -> labels of its raised or confirmed flags (most urgent first)."""
    found: dict[int, list[str]] = defaultdict(list)
    rows = RiskFlag.objects.filter(case_id__in=list(case_ids), state__in=ACTIVE_STATES)
    for case_id, kind in sorted(
        rows.values_list("case_id", "kind"), key=lambda r: RISK_FLAGS.index(r[1])
    ):
        found[case_id].append(RISK_LABELS[kind])
    return dict(found)


def flag_labels(kinds: Iterable[str]) -> list[str]:
    """Labels of these flag kinds, most urgent first (as active_flags_by_case gives them)."""
    return [RISK_LABELS[kind] for kind in sorted(kinds, key=RISK_FLAGS.index)]


def active_flag_kinds_array() -> ArraySubquery:
    """The kinds of the case's raised or confirmed flags (the outer query's row), as an array
    to annotate cases with on PostgreSQL; flag_labels() turns it into active_flags_by_case's
    labels."""
    flags = RiskFlag.objects.filter(case=OuterRef("pk"), state__in=ACTIVE_STATES)
    return ArraySubquery(flags.order_by("pk").values("kind"))


def flagged_case_ids() -> list[int]:
    """Cases with a raised or confirmed flag, newest first (a short list: flags are rare)."""
    return list(
        RiskFlag.objects.filter(state__in=ACTIVE_STATES)
        .order_by("-case__opened_at", "-case_id")
        .values_list("case_id", flat=True)
        .distinct()
    )


def flag_for_review(case: Case, pk: int) -> RiskFlag | None:
    return RiskFlag.objects.filter(case=case, pk=pk).select_related("case").first()


@dataclass(frozen=True)
class AwaitingReview:
    flags: list[RiskFlag]  # the most urgent kind first, then the longest waiting
    total: int  # all raised flags not yet reviewed (flags may be more than the list shows)


def flags_awaiting_review(limit: int = 20) -> AwaitingReview:
    """Raised flags nobody has confirmed or cleared yet, for the supervisor's dashboard: the
    in-app side of the supervisor's notification, there whether or not the email went."""
    raised = RiskFlag.objects.filter(state=FlagState.RAISED)
    urgency = models.Case(
        *(models.When(kind=kind, then=models.Value(i)) for i, kind in enumerate(RISK_FLAGS)),
        default=models.Value(len(RISK_FLAGS)),
    )
    rows = raised.select_related("case").order_by(urgency, "raised_at", "pk")[:limit]
    return AwaitingReview(flags=list(rows), total=raised.count())
