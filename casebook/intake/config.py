"""Intake settings from the environment (see .env.example)."""

from __future__ import annotations

from dataclasses import dataclass

from casebook.lib.env import ConfigError, env_bool, env_int, env_list, env_str


@dataclass(frozen=True)
class ImapConfig:
    host: str
    port: int
    user: str
    password: str
    tls: bool  # implicit TLS (imaps, usually port 993)
    starttls: bool  # plain connection upgraded with STARTTLS (usually port 143)
    folder: str
    processed_folder: str  # moved here once stored; empty: flagged and left in place
    failed_folder: str  # quarantined mail moved here; empty: flagged and left in place
    timeout: int

    @classmethod
    def from_env(cls) -> ImapConfig:
        tls = env_bool("IMAP_TLS", True)
        starttls = env_bool("IMAP_STARTTLS", False)
        if tls and starttls:
            raise ConfigError("set only one of IMAP_TLS and IMAP_STARTTLS")
        return cls(
            host=env_str("IMAP_HOST"),
            port=env_int("IMAP_PORT", 993 if tls else 143),
            user=env_str("IMAP_USER"),
            password=env_str("IMAP_PASSWORD"),
            tls=tls,
            starttls=starttls,
            folder=env_str("IMAP_FOLDER", "INBOX"),
            processed_folder=env_str("IMAP_PROCESSED_FOLDER", ""),
            failed_folder=env_str("IMAP_FAILED_FOLDER", ""),
            timeout=env_int("IMAP_TIMEOUT", 60),
        )


@dataclass(frozen=True)
class IntakeConfig:
    max_message_bytes: int
    acknowledge: bool  # send the acknowledgement template to the enquirer of a new case
    send_max_attempts: int
    # Mail from these never opens a case (our own acknowledgements coming back, loops).
    own_addresses: frozenset[str] = frozenset()
    skipped_keep_days: int = 90  # how long skipped automatic mail stays listed

    @classmethod
    def from_env(cls) -> IntakeConfig:
        own = {a.strip().lower() for a in env_list("INTAKE_OWN_ADDRESSES", []) if "@" in a}
        own.add(env_str("HELPLINE_FROM_EMAIL", "helpline@casebook.invalid").strip().lower())
        imap_user = env_str("IMAP_USER", "").strip().lower()
        if "@" in imap_user:
            own.add(imap_user)
        keep = env_int("INTAKE_SKIPPED_KEEP_DAYS", 90)
        if keep < 1:
            raise ConfigError("INTAKE_SKIPPED_KEEP_DAYS must be at least 1")
        return cls(
            max_message_bytes=env_int("INTAKE_MAX_MESSAGE_BYTES", 25 * 1024 * 1024),
            acknowledge=env_bool("INTAKE_ACKNOWLEDGE", False),
            send_max_attempts=env_int("SMTP_MAX_ATTEMPTS", 8),
            own_addresses=frozenset(own),
            skipped_keep_days=keep,
        )
