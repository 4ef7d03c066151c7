"""Every place Casebook keeps text, and what retention and erasure do to it.

Anonymising a case keeps its analysis facts (type, setting, region, categories with their
provenance, channel, dates, platform mentions, escalation outcomes) and removes everything
that could say who was involved: the dialogue and notes, attachments and stored original
mail, contact details, free-text reasons. What happens to each column is declared here, once:

- CASE_DATA: rows that belong to a case. `blank` columns are emptied and the row stays (the
  analysis or the service-level figures need it); `delete` rows go, with their `file`.
- PERSON: the enquirer record; it goes when none of its cases still needs it.
- MAIL_STORES: mail kept apart from any case (unreadable mail, skipped automatic mail):
  removed with its file once older than the retention period, or on erasure when it is from
  or about the person.
- HANDLED: Django's own tables that can echo personal data, cleaned by code in actions.py.
- KEPT: columns that stay, each with the reason.

`tests/privacy/test_registry.py` fails when a model has a text-like column that none of these
lists names, so a new kind of personal data cannot land without a decision about it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from django.db import models


@dataclass(frozen=True)
class CaseRows:
    """Rows reached from a case.

    to_case: lookup from the model to the case's id ("pk" for Case itself);
    to_message: lookup to a message's id, when the rows belong to one message (so one
    person's messages on someone else's case can be erased alone); blank: columns emptied;
    delete: the whole row goes; file: a column naming a file under ATTACHMENTS_DIR, deleted
    once no row anywhere names it; scrub: JSON columns reduced to allow-listed keys
    (scrub.scrub_detail); copy: the rows hold the message's text again (the raw mail), so
    they go whenever that text is edited to remove someone's details.
    """

    model: str
    to_case: str
    blank: tuple[str, ...] = ()
    delete: bool = False
    file: str = ""
    to_message: str = ""
    scrub: tuple[str, ...] = ()
    copy: bool = False

    def model_class(self) -> type[models.Model]:
        return apps.get_model(self.model)


@dataclass(frozen=True)
class PersonRecord:
    """The record of a person. names/emails/phones: columns that identify them (searched
    for when they ask for their data or its erasure); kept: profile codes that stay on their
    cases anyway."""

    model: str
    names: tuple[str, ...]
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    other: tuple[str, ...]
    kept: tuple[str, ...]

    def model_class(self) -> type[models.Model]:
        return apps.get_model(self.model)

    @property
    def personal(self) -> tuple[str, ...]:
        return (*self.names, *self.emails, *self.phones, *self.other)


@dataclass(frozen=True)
class MailStore:
    """Mail kept outside any case. received: when it arrived (retention counts from it);
    file: the raw bytes; senders: columns holding an address; text: other columns searched
    when a person asks for their data or its erasure."""

    model: str
    received: str
    file: str
    senders: tuple[str, ...] = ()
    text: tuple[str, ...] = ()

    def model_class(self) -> type[models.Model]:
        return apps.get_model(self.model)


@dataclass(frozen=True)
class Kept:
    model: str
    fields: tuple[str, ...]
    why: str


# Message columns that can carry personal data: who wrote, to whom, what, and the mail
# headers that name mailboxes. Direction, times and delivery state stay: the service-level
# figures (time to first response) are computed from them.
MESSAGE_TEXT = (
    "from_name",
    "from_email",
    "subject",
    "body_text",
    "body_html",
    "message_id",
    "in_reply_to",
    "references",
    "to_email",
    "send_error",
)

CASE_DATA: tuple[CaseRows, ...] = (
    # The subject heading can name people. Its words count in the report's word clouds,
    # which preserve.py captures for the published periods before the subject goes.
    # The contact details given with the enquiry go with the enquirer record.
    CaseRows(
        "cases.Case",
        to_case="pk",
        blank=(
            "subject",
            "contact_name",
            "contact_email",
            "contact_phone",
            "contact_organisation",
        ),
    ),
    CaseRows("cases.Message", to_case="case", to_message="pk", blank=MESSAGE_TEXT),
    CaseRows(
        "cases.Attachment",
        to_case="message__case",
        to_message="message",
        delete=True,
        file="storage_path",
    ),
    # The escalated link or handle and the platform's ticket number can identify the
    # child; platform, category, route, policy, dates and outcome are the analysis.
    # The bytes each inbound message arrived as: every header and word of it.
    CaseRows(
        "intake.MailOriginal",
        to_case="message__case",
        to_message="message",
        delete=True,
        file="storage_path",
        copy=True,
    ),
    # Why a message waits for a practitioner (names the sender), and the Message-IDs a
    # message answers (mailbox names): both go with the message's text.
    CaseRows("intake.HeldMessage", to_case="message__case", to_message="message", delete=True),
    CaseRows("intake.AwaitedParent", to_case="message__case", to_message="message", delete=True),
    CaseRows("partners.Escalation", to_case="case", blank=("item", "platform_reference")),
    CaseRows("partners.Referral", to_case="case", blank=("reason",)),
    # The words that raised a risk flag are the enquirer's words; the flag (kind, state,
    # source, score, dates) stays as a fact about the case.
    CaseRows("classify.RiskFlag", to_case="case", blank=("excerpt",)),
    CaseRows("privacy.LegalHold", to_case="case", blank=("reason",)),
    CaseRows("accounts.AuditEvent", to_case="case", scrub=("detail",)),
)

PERSON = PersonRecord(
    "cases.Enquirer",
    names=("name",),
    emails=("email",),
    phones=("phone",),
    other=("organisation",),
    kept=("enquirer_type", "setting_type", "region"),
)

MAIL_STORES: tuple[MailStore, ...] = (
    MailStore(
        "intake.QuarantinedMessage",
        received="created_at",
        file="storage_path",
        text=("source", "reason", "summary"),
    ),
    MailStore(
        "intake.SkippedMail",
        received="received_at",
        file="storage_path",
        senders=("sender",),
        text=("sender_name", "subject", "source", "reason", "message_id"),
    ),
)

HANDLED: tuple[Kept, ...] = (
    Kept(
        "analysis.ReportReview",
        ("restore", "redact"),
        "a reviewer's strings per case reference (names shown or hidden in appendix samples): "
        "an anonymised case's entries go (its samples were captured), and erasure removes the "
        "person's details from the rest",
    ),
    Kept(
        "admin.LogEntry",
        ("object_id", "object_repr", "change_message"),
        "admin-site history; entries about erased enquirers and deleted files are deleted",
    ),
    Kept(
        "sessions.Session",
        ("session_key", "session_data"),
        "signed-in sessions (a saved queue search can hold an address); erasure ends the "
        "sessions that mention the person, and every session ends within SESSION_MAX_HOURS",
    ),
)

_FACTS = "analysis facts, kept on anonymised cases"
_REFERENCE = "reference data the helpline maintains, not about enquirers"
_SYSTEM = "system data with no personal content"

KEPT: tuple[Kept, ...] = (
    Kept(
        "analysis.ReportReview",
        ("hidden_words",),
        "words kept out of the word clouds: a suppression list that protects people",
    ),
    Kept("analysis.ReportApproval", ("fingerprint",), "a digest of the approved report text"),
    Kept(
        "cases.Case",
        ("reference", "channel", "status", "enquirer_type", "setting_type", "region"),
        _FACTS,
    ),
    Kept("cases.Message", ("direction", "send_state"), "dialogue skeleton: which way, when"),
    Kept("cases.CaseCategory", ("provenance",), _FACTS),
    Kept("cases.CasePlatform", ("source",), _FACTS),
    Kept("partners.Escalation", ("kind", "policy", "route", "outcome"), _FACTS),
    Kept("partners.Referral", ("kind",), _FACTS),
    Kept("triage.Response", ("kind",), "service levels: each answered wait and its times"),
    Kept("triage.HelplineCalendar", ("nation",), _REFERENCE),
    Kept("triage.ClosureDay", ("reason",), "days the helpline is closed (e.g. a bank holiday)"),
    Kept("triage.OpenCaseCount", ("status",), "counts of open cases per status, no case named"),
    Kept("classify.RiskFlag", ("kind", "state", "source"), _FACTS),
    Kept(
        "classify.SuggestionDecision",
        ("decision", "model_version"),
        "which suggested category was accepted or dismissed, by which model version",
    ),
    Kept("accounts.AuditEvent", ("action",), "what was done, by whom and when stays"),
    Kept("cases.Category", ("name", "definition"), _REFERENCE),
    Kept("cases.Platform", ("name", "aliases"), _REFERENCE),
    Kept("partners.Partner", ("notes",), _REFERENCE),
    Kept("partners.PartnerRoute", ("kind", "address", "instructions"), _REFERENCE),
    Kept(
        "partners.PartnerContact",
        ("name", "role", "email", "phone", "notes"),
        "platform staff the helpline escalates to: directory entries admins keep up to date",
    ),
    Kept(
        "partners.Service",
        ("name", "description", "phone", "website", "email", "hours"),
        _REFERENCE,
    ),
    Kept("partners.SavedReply", ("title", "body"), _REFERENCE),
    Kept(
        "accounts.User",
        ("password", "username", "first_name", "last_name", "email", "role"),
        "staff accounts, managed by admins; not enquirers' data",
    ),
    Kept(
        "otp_totp.TOTPDevice",
        ("name", "key"),
        "staff accounts' second factor (their authenticator's secret)",
    ),
    Kept("otp_static.StaticDevice", ("name",), "staff accounts' recovery-code sets"),
    Kept("otp_static.StaticToken", ("token",), "staff accounts' unused recovery codes"),
    *(
        Kept(
            f"axes.{model}",
            ("username", "ip_address", "user_agent", "http_accept", "path_info", *extra),
            "sign-in attempts on staff accounts, for lockout and security review; "
            "`casebook housekeeping` deletes them after the cool-off or LOGIN_HISTORY_DAYS",
        )
        for model, extra in (
            ("AccessAttempt", ("get_data", "post_data")),
            ("AccessFailureLog", ()),
            ("AccessLog", ("session_hash",)),
        )
    ),
    Kept(
        "security.RateCounter",
        ("scope", "client"),
        "the public form's rate limit per client address, for one window; "
        "`casebook housekeeping` deletes counters of past windows",
    ),
    Kept(
        "analysis.ReportJob",
        ("key", "params", "status", "progress", "error", "base_name"),
        "reports asked for on the web (period and options, no case text); "
        "`casebook housekeeping` deletes them and their files after REPORT_JOB_DAYS",
    ),
    Kept("auth.Group", ("name",), _SYSTEM),
    Kept("auth.Permission", ("name", "codename"), _SYSTEM),
    Kept("contenttypes.ContentType", ("app_label", "model"), _SYSTEM),
    Kept("cases.UsedFormToken", ("nonce", "result"), "one-time form nonces and case references"),
    Kept("privacy.CaseAnonymisation", ("cause",), _SYSTEM),
    Kept(
        "privacy.PreservedReport",
        ("label", "words", "appendix", "appendix_note"),
        "the published report text of a period: redacted samples and word counts of at least "
        "five cases (erasure removes the person's details from it too)",
    ),
)

TEXT_FIELDS = (
    models.CharField,
    models.TextField,
    models.JSONField,
    models.BinaryField,
    models.FileField,
    models.GenericIPAddressField,
)


def text_fields(model: type[models.Model]) -> list[str]:
    """Names of a model's concrete columns that can hold text (and so personal data)."""
    return [f.name for f in model._meta.concrete_fields if isinstance(f, TEXT_FIELDS)]


def classified() -> dict[str, dict[str, str]]:
    """model label -> {column: what happens to it} for every column the lists above name."""
    out: dict[str, dict[str, str]] = {}

    def put(model: str, field: str, how: str) -> None:
        seen = out.setdefault(model, {})
        if field in seen:
            raise ValueError(f"{model}.{field} is classified twice ({seen[field]}; {how})")
        seen[field] = how

    for rows in CASE_DATA:
        if rows.delete:
            for name in text_fields(rows.model_class()):
                put(rows.model, name, "deleted with the case")
        for name in rows.blank:
            put(rows.model, name, "emptied when the case is anonymised")
        for name in rows.scrub:
            put(rows.model, name, "reduced to allow-listed keys when the case is anonymised")
    for name in PERSON.personal:
        put(PERSON.model, name, "deleted with the enquirer record")
    for name in PERSON.kept:
        put(PERSON.model, name, "profile code, also kept on each case")
    for store in MAIL_STORES:
        for name in text_fields(store.model_class()):
            put(store.model, name, "deleted after the retention period or on erasure")
    for kept in (*HANDLED, *KEPT):
        for name in kept.fields:
            put(kept.model, name, kept.why)
    return out


def unclassified() -> list[str]:
    """Text-like columns of installed models that no list names ("app.Model.column")."""
    known = classified()
    missing = []
    for model in apps.get_models(include_auto_created=True):
        label = model._meta.label
        for name in text_fields(model):
            if name not in known.get(label, {}):
                missing.append(f"{label}.{name}")
    return missing


def file_columns() -> list[tuple[type[models.Model], str]]:
    """Every (model, column) naming a file under ATTACHMENTS_DIR."""
    out = [(rows.model_class(), rows.file) for rows in CASE_DATA if rows.file]
    out += [(store.model_class(), store.file) for store in MAIL_STORES]
    return out
