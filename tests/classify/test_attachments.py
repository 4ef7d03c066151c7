"""On a case flagged for an indecent image of a child, no attachment is shown, previewed or
downloadable in one click: a deliberate confirmation, audited, allows one download."""

from __future__ import annotations

import pytest
from django.urls import reverse

from casebook.accounts.models import AuditEvent
from casebook.cases.actions import do_open_case
from casebook.cases.models import Attachment
from casebook.classify.actions import do_assess_message
from casebook.classify.models import FlagState, RiskFlag
from casebook.intake.storage import store_bytes

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"0" * 32


@pytest.fixture(autouse=True)
def _attachments_dir(settings, tmp_path):
    settings.ATTACHMENTS_DIR = tmp_path / "attachments"


@pytest.fixture
def client_for(client, practitioner):
    client.force_login(practitioner)
    return client


def _case_with_image(enquirer, text: str):
    case = do_open_case(enquirer=enquirer, channel="email", subject="Image", first_message=text)
    message = case.messages.get()
    message.body_html = '<p>See attached <img src="cid:photo1"></p>'
    message.save()
    digest, path = store_bytes(PNG, suffix=".png")
    attachment = Attachment.objects.create(
        message=message, filename="photo.png", content_type="image/png", size=len(PNG),
        sha256=digest, storage_path=path, inline=True,
    )  # fmt: skip
    do_assess_message(message=message, notify=False)
    return case, attachment


def test_flagged_case_withholds_every_attachment(client_for, enquirer, practitioner):
    case, attachment = _case_with_image(
        enquirer, "A naked picture of a 13 year old girl is being passed around on phones."
    )
    assert RiskFlag.objects.filter(case=case, kind="indecent_image").exists()
    direct = reverse("attachment-download", args=[attachment.pk])
    withheld = reverse("classify-withheld-attachment", args=[attachment.pk])
    html = client_for.get(reverse("case-detail", args=[case.reference])).content.decode()
    assert "<img" not in html
    assert f'href="{direct}"' not in html  # no one-click download
    assert f'href="{withheld}"' in html
    assert "report.iwf.org.uk" in html
    # The download URL itself refuses without the deliberate step.
    response = client_for.get(direct)
    assert response.status_code == 302 and response["Location"] == withheld
    assert not AuditEvent.objects.filter(action="attachment.downloaded").exists()
    # The confirmation page; an unticked form does nothing.
    assert client_for.get(withheld).status_code == 200
    assert client_for.post(withheld, {}).status_code == 400
    response = client_for.post(withheld, {"understood": "on"})
    assert response.status_code == 302 and response["Location"] == direct
    response = client_for.get(direct)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PNG
    actions = list(AuditEvent.objects.filter(case=case).values_list("action", flat=True))
    assert "attachment.withheld_download_confirmed" in actions
    assert "attachment.downloaded" in actions
    # One confirmation, one download.
    assert client_for.get(direct).status_code == 302


def test_cleared_flag_restores_ordinary_download(client_for, enquirer):
    case, attachment = _case_with_image(
        enquirer, "A naked picture of a 13 year old girl is being passed around on phones."
    )
    RiskFlag.objects.filter(case=case).update(state=FlagState.CLEARED)
    direct = reverse("attachment-download", args=[attachment.pk])
    html = client_for.get(reverse("case-detail", args=[case.reference])).content.decode()
    assert f'href="{direct}"' in html
    assert client_for.get(direct).status_code == 200


def test_other_flags_do_not_withhold(client_for, enquirer):
    case, attachment = _case_with_image(enquirer, "She says she wants to kill herself.")
    kinds = set(RiskFlag.objects.filter(case=case).values_list("kind", flat=True))
    assert "self_harm" in kinds and "indecent_image" not in kinds
    assert client_for.get(reverse("attachment-download", args=[attachment.pk])).status_code == 200


def test_subject_access_export_copies_no_file_of_a_flagged_case(enquirer):
    import io
    import json
    import zipfile

    from casebook.privacy.export import export_file
    from casebook.privacy.person import find_person

    flagged, _ = _case_with_image(
        enquirer, "A naked picture of a 13 year old girl is being passed around on phones."
    )
    plain, _ = _case_with_image(enquirer, "Here is the screenshot of the fake account.")
    handle, counts = export_file(find_person(enquirer_id=enquirer.pk))
    with zipfile.ZipFile(io.BytesIO(handle.read())) as z:
        names = z.namelist()
        assert not any(n.startswith(f"cases/{flagged.reference}/files/") for n in names)
        assert PNG not in {z.read(n) for n in names if n.startswith(f"cases/{flagged.reference}")}
        rows = json.loads(z.read(f"cases/{flagged.reference}/case.json"))["cases.Attachment"]
        assert (
            rows[0]["file_in_this_export"] is None and "indecent image" in rows[0]["file_withheld"]
        )
        # An unflagged case's attachment is still exported.
        assert any(
            z.read(n) == PNG for n in names if n.startswith(f"cases/{plain.reference}/files/")
        )
        assert "1 files were not copied" in z.read("README.txt").decode()
    assert counts["withheld"] == 1


def test_flagged_case_withholds_the_original_email_behind_the_same_step(
    client_for, enquirer, practitioner
):
    from casebook.intake.models import MailOriginal

    case, attachment = _case_with_image(
        enquirer, "A naked picture of a 13 year old girl is being passed around on phones."
    )
    message = attachment.message
    raw = b"From: a@example.invalid\r\nSubject: Image\r\n\r\nimage inside\r\n"
    digest, path = store_bytes(raw, suffix=".eml")
    MailOriginal.objects.create(
        message=message, sha256=digest, storage_path=path, size=len(raw), received_at=case.opened_at
    )
    direct = reverse("original-download", args=[message.pk])
    withheld = reverse("classify-withheld-original", args=[message.pk])
    html = client_for.get(reverse("case-detail", args=[case.reference])).content.decode()
    assert f'href="{direct}"' not in html and f'href="{withheld}"' in html
    # The .eml URL sends the user to the confirmation first; nothing is served or audited.
    response = client_for.get(direct)
    assert response.status_code == 302 and response["Location"] == withheld
    assert not AuditEvent.objects.filter(action="original.downloaded").exists()
    page = client_for.get(withheld)
    assert page.status_code == 200 and f"{case.reference}-message-{message.pk}.eml" in (
        page.content.decode()
    )
    assert client_for.post(withheld, {}).status_code == 400
    # An attachment's permit does not open the original, nor the other way round.
    client_for.post(reverse("classify-withheld-attachment", args=[attachment.pk]),
                    {"understood": "on"})  # fmt: skip
    assert client_for.get(direct).status_code == 302
    response = client_for.post(withheld, {"understood": "on"})
    assert response.status_code == 302 and response["Location"] == direct
    response = client_for.get(direct)
    assert response.status_code == 200 and b"".join(response.streaming_content) == raw
    actions = list(AuditEvent.objects.filter(case=case).values_list("action", flat=True))
    assert "original.withheld_download_confirmed" in actions and "original.downloaded" in actions
    assert client_for.get(direct).status_code == 302  # one confirmation, one download


def test_original_of_an_unflagged_case_skips_the_confirmation(client_for, enquirer):
    from casebook.intake.models import MailOriginal

    case, attachment = _case_with_image(enquirer, "Here is the screenshot of the fake account.")
    digest, path = store_bytes(b"From: a@example.invalid\r\n\r\nx\r\n", suffix=".eml")
    MailOriginal.objects.create(
        message=attachment.message, sha256=digest, storage_path=path, size=1,
        received_at=case.opened_at,
    )  # fmt: skip
    withheld = reverse("classify-withheld-original", args=[attachment.message.pk])
    response = client_for.get(withheld)
    assert response.status_code == 302
    assert response["Location"] == reverse("original-download", args=[attachment.message.pk])
