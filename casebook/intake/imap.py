"""Reading the helpline's IMAP mailbox.

Every message is stored (and committed) first and only then moved to the processed folder or
flagged, so a crash at any point loses nothing: the rerun fetches what is still unmarked,
and anything already stored is recognised by its Message-ID and only marked.
"""

from __future__ import annotations

import contextlib
import imaplib
import os
import ssl
import time
from collections.abc import Callable, Sequence

from casebook.intake.actions import IngestResult, Outcome, Summary, ingest_bytes
from casebook.intake.config import ImapConfig, IntakeConfig

# Keywords mark mail left in place (no processed/failed folder configured).
DONE_FLAG = "$CasebookStored"
FAILED_FLAG = "$CasebookQuarantined"


class MailboxError(Exception):
    pass


def _check(response: tuple[str, Sequence[object]], what: str) -> Sequence[object]:
    status, data = response
    if status != "OK":
        detail = b" ".join(d for d in data if isinstance(d, bytes)).decode("utf-8", "replace")
        raise MailboxError(f"IMAP {what} failed: {detail}")
    return data


def _quote(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def connect(config: ImapConfig) -> imaplib.IMAP4:
    context = ssl.create_default_context()
    try:
        conn: imaplib.IMAP4
        if config.tls:
            conn = imaplib.IMAP4_SSL(
                config.host, config.port, ssl_context=context, timeout=config.timeout
            )
        else:
            conn = imaplib.IMAP4(config.host, config.port, timeout=config.timeout)
            if config.starttls:
                conn.starttls(ssl_context=context)
        conn.login(config.user, config.password)
    except (OSError, imaplib.IMAP4.error) as error:
        raise MailboxError(f"cannot log in to {config.host}:{config.port}: {error}") from None
    return conn


class Mailbox:
    """One selected folder; messages addressed by UID."""

    def __init__(self, conn: imaplib.IMAP4, config: ImapConfig) -> None:
        self.conn = conn
        self.config = config
        # Servers announce more (MOVE, UIDPLUS) after login than before it.
        data = _check(conn.capability(), "CAPABILITY")
        announced = b" ".join(d for d in data if isinstance(d, bytes)).decode("ascii", "replace")
        capabilities = {c.upper() for c in announced.split()} | set(conn.capabilities)
        self.can_move = "MOVE" in capabilities
        self.uidplus = "UIDPLUS" in capabilities
        for folder in (config.processed_folder, config.failed_folder):
            if folder:
                conn.create(_quote(folder))  # fails harmlessly when it exists
        _check(conn.select(_quote(config.folder)), f"SELECT {config.folder}")

    def pending(self) -> list[str]:
        data = _check(
            self.conn.uid("SEARCH", "UNDELETED", "UNKEYWORD", DONE_FLAG, "UNKEYWORD", FAILED_FLAG),
            "SEARCH",
        )
        first = data[0] if data else b""
        return first.decode().split() if isinstance(first, bytes) else []

    def fetch(self, uid: str) -> bytes | None:
        data = _check(self.conn.uid("FETCH", uid, "(BODY.PEEK[])"), "FETCH")
        for item in data:
            if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], bytes):
                return item[1]
        return None  # expunged by someone else meanwhile

    def done(self, uid: str, *, failed: bool) -> None:
        folder = self.config.failed_folder if failed else self.config.processed_folder
        if not folder:
            flag = FAILED_FLAG if failed else DONE_FLAG
            _check(self.conn.uid("STORE", uid, "+FLAGS", f"({flag})"), "STORE")
            return
        if self.can_move:
            _check(self.conn.uid("MOVE", uid, _quote(folder)), "MOVE")
            return
        # COPY then delete: a crash in between leaves a copy in both folders; the rerun
        # recognises the stored Message-ID and only repeats the delete.
        _check(self.conn.uid("COPY", uid, _quote(folder)), "COPY")
        _check(self.conn.uid("STORE", uid, "+FLAGS", "(\\Deleted)"), "STORE")
        if self.uidplus:
            _check(self.conn.uid("EXPUNGE", uid), "UID EXPUNGE")
        else:
            _check(self.conn.expunge(), "EXPUNGE")


def fetch_once(
    config: ImapConfig,
    *,
    intake: IntakeConfig | None = None,
    on_result: Callable[[IngestResult, int, int], None] | None = None,
) -> Summary:
    """Store every pending message in the folder, marking each only after it is committed."""
    intake = intake or IntakeConfig.from_env()
    # Test hook: widen the window between commit and marking so a test can kill -9 in it.
    pause = float(os.environ.get("CASEBOOK_TEST_FETCH_PAUSE", "0") or 0)
    summary = Summary()
    conn = connect(config)
    try:
        box = Mailbox(conn, config)
        uids = box.pending()
        for index, uid in enumerate(uids, start=1):
            raw = box.fetch(uid)
            if raw is None:
                continue
            source = f"imap://{config.user}@{config.host}/{config.folder};UID={uid}"
            result = ingest_bytes(raw, source=source, acknowledge=intake.acknowledge, config=intake)
            summary.add(result)
            if on_result:
                on_result(result, index, len(uids))
            if pause:
                time.sleep(pause)
            box.done(uid, failed=result.outcome == Outcome.QUARANTINED)
    finally:
        with contextlib.suppress(OSError, imaplib.IMAP4.error):
            conn.logout()
    return summary
