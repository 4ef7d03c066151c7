"""One-time form tokens: a double click, a resubmitted page or a replayed post acts once.

Every form that changes something carries a signed token minted when its page was rendered:
a random nonce, who it was issued to, the case it belongs to and what the page showed of that
case (its version, the newest dialogue entry and the newest audit event). Signing keeps minting
free of database writes; the post inserts the nonce into UsedFormToken inside the same
transaction as its action, so of two posts of one form exactly one commits and the other finds
the nonce taken (on PostgreSQL it waits for the first to commit). An action that fails with an
exception rolls the nonce back with it, so the form can be sent again.

What the page showed lets an action refuse to act on an out-of-date page and say what changed
since (casebook.cases.views uses it for replies and notes).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import timedelta

from django.core import signing
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone

from casebook.cases.models import Case, UsedFormToken

FIELD = "form_token"
SALT = "casebook.form-token"
# A page left open longer than this must be reloaded (the post says so and keeps the input).
MAX_AGE = timedelta(hours=24)
# What a second post of a form already acted on (a double click, a resubmitted page) is told.
REPEAT_MESSAGE = "That form had already been sent: it was acted on once, not again."


@dataclass(frozen=True)
class Seen:
    """What a page showed of its case when it was rendered."""

    version: int = 0
    last_message: int = 0  # id of the newest dialogue entry shown
    last_event: int = 0  # id of the newest audit event shown

    @classmethod
    def of(cls, case: Case, *, last_message: int, last_event: int) -> Seen:
        return cls(version=case.version, last_message=last_message, last_event=last_event)


class TokenProblem(Exception):
    """The post carries no usable token: missing, forged, for someone else, or too old."""


class AlreadyUsed(Exception):
    """This form was posted before and acted on then."""

    def __init__(self, result: str) -> None:
        super().__init__("This form was already sent.")
        self.result = result


@dataclass
class Submission:
    """A post's claim on its form: what its page showed, or why it cannot be acted on."""

    nonce: str
    seen: Seen = field(default_factory=Seen)
    problem: str = ""  # set when the token was unusable (see TokenProblem)

    def remember(self, result: str) -> None:
        """Keep what the post produced, for a repeat of it to find (e.g. a case reference)."""
        if self.nonce:
            UsedFormToken.objects.filter(pk=self.nonce).update(result=result[:300])


def issue(*, user_id: int | None, case: Case | None = None, seen: Seen | None = None) -> str:
    seen = seen or Seen()
    payload = {
        "n": secrets.token_urlsafe(16),
        "u": user_id,
        "c": case.pk if case is not None else None,
        "s": [seen.version, seen.last_message, seen.last_event],
    }
    return signing.dumps(payload, salt=SALT, compress=True)


def _user_id(request: HttpRequest) -> int | None:
    user = getattr(request, "user", None)
    return user.pk if user is not None and user.is_authenticated else None


def consume(request: HttpRequest, *, case: Case | None = None) -> Submission:
    """Take the post's token: raises TokenProblem, or AlreadyUsed if it was taken before.

    Call inside the transaction of the action the post makes.
    """
    token = request.POST.get(FIELD, "")
    if not token:
        raise TokenProblem("The form was sent without its token.")
    try:
        payload = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.SignatureExpired:
        raise TokenProblem("This page was open too long to act on safely.") from None
    except signing.BadSignature:
        raise TokenProblem("The form token is not valid.") from None
    if payload.get("u") != _user_id(request):
        raise TokenProblem("This form was issued to someone else.")
    if payload.get("c") != (case.pk if case is not None else None):
        raise TokenProblem("This form belongs to another case.")
    nonce = str(payload["n"])
    now = timezone.now()
    try:
        with transaction.atomic():
            UsedFormToken.objects.create(nonce=nonce, used_at=now)
    except IntegrityError:
        used = UsedFormToken.objects.filter(pk=nonce).first()
        raise AlreadyUsed(used.result if used else "") from None
    # Nonces outlive their tokens only by a margin; older ones can never be presented again.
    UsedFormToken.objects.filter(used_at__lt=now - MAX_AGE - timedelta(hours=1)).delete()
    version, last_message, last_event = payload.get("s") or [0, 0, 0]
    return Submission(
        nonce=nonce,
        seen=Seen(version=int(version), last_message=int(last_message), last_event=int(last_event)),
    )
