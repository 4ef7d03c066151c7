"""Round BN: what set DG showed, by kind (invented sentences).

Redacted: a young carers' project named by its town or area, with or without its kind
("Tameside Young Carers", "Cardiff Young Carers Hub"); hospital schools and their services
("Bristol Hospital Education Service", "Lambeth Hospital and Home Teaching Service", "the
Children's Hospital School").

Kept: a time zone ("Times UTC").
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Present: Josie Whitlock (chair, Tameside Young Carers), Hamza", "Tameside Young"),
        ("Call - Jess from Rochdale Young Carers (mob 07700 900 508)", "Rochdale"),
        ("will ring the helpline tomorrow. - Rhys, Cardiff Young Carers Hub", "Cardiff Young"),
        ("I'm writing from Bristol Hospital Education Service. Kasia came to us.", "Bristol"),
        ("He has been home taught by Lambeth Hospital and Home Teaching Service.", "Lambeth"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Messages exported by a parent, transcribed by the DSL. Times UTC.", "Times UTC"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
