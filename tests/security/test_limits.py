"""No request body larger than REQUEST_MAX_BYTES is read, on any page."""

from __future__ import annotations

import pytest
from django.urls import reverse

from casebook.cases.models import Case
from casebook.security.limits import declared_length


@pytest.mark.parametrize(
    ("meta", "length"),
    [
        ({}, 0),
        ({"CONTENT_LENGTH": ""}, 0),
        ({"CONTENT_LENGTH": "42"}, 42),
        ({"CONTENT_LENGTH": "-1"}, -1),
    ],
)
def test_declared_length(meta, length):
    assert declared_length(meta) == length


def test_the_default_ceiling_holds_the_longest_note():
    from django.conf import settings

    from casebook.cases.forms import NOTE_MAX_CHARS

    # A note of astral characters, form-encoded: 4 UTF-8 bytes, each written as %XX.
    assert NOTE_MAX_CHARS * 12 < settings.REQUEST_MAX_BYTES <= 4 * 1024 * 1024


@pytest.mark.django_db
def test_an_oversized_post_to_the_public_form_is_refused_unread(client, settings):
    settings.REQUEST_MAX_BYTES = 10_000
    response = client.post(reverse("enquire"), {"subject": "x", "text": "y" * 20_000})
    assert response.status_code == 413
    assert "no-store" in response["Cache-Control"]
    assert not Case.objects.exists()


@pytest.mark.django_db
def test_an_oversized_upload_is_refused_before_it_is_read(client, practitioner, case, settings):
    """Multipart file parts would otherwise be spooled to disk, whatever their size."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.REQUEST_MAX_BYTES = 100_000
    client.force_login(practitioner)
    big = SimpleUploadedFile("big.bin", b"\0" * 200_000)
    response = client.post(reverse("case-note", args=[case.reference]), {"file": big})
    assert response.status_code == 413


@pytest.mark.django_db
def test_posts_within_the_ceiling_are_read(client, settings):
    settings.REQUEST_MAX_BYTES = 10_000
    response = client.post(reverse("enquire"), {"subject": "x", "text": "y" * 100})
    assert response.status_code != 413


def test_nginx_holds_the_same_ceiling():
    from pathlib import Path

    from django.conf import settings

    conf = (Path(__file__).resolve().parents[2] / "deploy/nginx/casebook.conf").read_text()
    assert f"client_max_body_size {settings.REQUEST_MAX_BYTES // (1024 * 1024)}m;" in conf
