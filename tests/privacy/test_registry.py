"""Every text column of every model is classified: personal (what retention and erasure do
to it) or kept (and why). A new model or column with text fails here until it is."""

from __future__ import annotations

from django.apps import apps

from casebook.privacy import registry


def test_every_text_column_is_classified():
    missing = registry.unclassified()
    assert missing == [], (
        "classify these columns in casebook/privacy/registry.py (personal data that "
        f"retention and erasure remove, or kept with a reason): {missing}"
    )


def test_registry_names_only_real_columns():
    for label, columns in registry.classified().items():
        model = apps.get_model(label)
        real = {f.name for f in model._meta.concrete_fields}
        assert set(columns) <= real, f"{label}: no column {sorted(set(columns) - real)}"


def test_registry_lookups_reach_a_case():
    for rows in registry.CASE_DATA:
        model = rows.model_class()
        lookup = "pk__in" if rows.to_case == "pk" else f"{rows.to_case}__in"
        # Building the query resolves every part of the lookup (a typo raises FieldError).
        str(model._default_manager.filter(**{lookup: [1]}).query)
        if rows.to_message:
            str(model._default_manager.filter(**{f"{rows.to_message}__in": [1]}).query)


def test_a_new_text_column_is_reported(monkeypatch):
    # The check can fail: drop one classification and it names exactly that column.
    kept = tuple(k for k in registry.KEPT if k.model != "cases.Category")
    monkeypatch.setattr(registry, "KEPT", kept)
    assert registry.unclassified() == ["cases.Category.name", "cases.Category.definition"]


def test_file_columns_cover_attachments_and_mail():
    columns = {(m._meta.label, c) for m, c in registry.file_columns()}
    assert ("cases.Attachment", "storage_path") in columns
    assert ("intake.QuarantinedMessage", "storage_path") in columns
