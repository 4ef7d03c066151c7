"""Write an mbox of N varied, plainly invented messages for the intake benchmark.

Usage: python benchmarks/intake/make_mbox.py OUT.mbox [--count 10000] [--seed 1]
       [--eml-dir DIR]   (also write each message as DIR/NNNNN.eml, for tools that read files)

The mix: plain text, HTML-only, multipart/alternative, attachments (PDF, PNG), replies that
thread by In-Reply-To or by the case reference, latin-1/cp1252/quoted-printable/base64 bodies,
forwarded messages, auto-replies, bounces, mail without a Message-ID and a few unreadable ones.
"""

from __future__ import annotations

import argparse
import base64
import mailbox
import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

FIRST = ["Alex", "Sam", "Jo", "Robin", "Kit", "Charlie", "Morgan", "Jamie", "Casey", "Riley"]
LAST = ["Testington", "Exampleton", "Placeholder", "Fictional", "Madeup", "Nobody", "Sampleby"]
DOMAINS = ["example-school.invalid", "example-police.invalid", "example-council.invalid"]
TOPICS = [
    (
        "Fake Instagram account impersonating a teacher",
        "An account on Instagram is using our "
        "deputy head's photos and posting insults about pupils.",
    ),
    (
        "Nude image shared in Year 10 group chat",
        "A pupil's image is circulating on Snapchat; we need it removed and advice on next steps.",
    ),
    (
        "TikTok video filmed in class",
        "Students filmed a teacher without consent and posted it to TikTok with abusive comments.",
    ),
    (
        "Parent posting allegations on Facebook",
        "A parent keeps posting allegations about a member of staff in a community Facebook group.",
    ),
    (
        "Online gaming contact worrying a pupil",
        "A Year 6 pupil says an adult on Roblox asked for photos and to move to Discord.",
    ),
    (
        "YouTube channel sharing school fights",
        "A YouTube channel is uploading videos of "
        "fights outside our gates, pupils are identifiable.",
    ),
]
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" + b"0" * 3000
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def _b64(data: bytes) -> str:
    return base64.encodebytes(data).decode()


def build(count: int, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    start = datetime(2021, 4, 1, 8, 0, tzinfo=UTC)
    sent_ids: list[tuple[str, str, str]] = []  # (message id, sender, subject)
    out: list[bytes] = []
    for i in range(count):
        at = start + timedelta(minutes=50 * i + rng.randrange(40))
        first, last = rng.choice(FIRST), rng.choice(LAST)
        sender = f"{first.lower()}.{last.lower()}{rng.randrange(600)}@{rng.choice(DOMAINS)}"
        subject, body = rng.choice(TOPICS)
        body = f"Hello,\n\n{body}\n\nCase note {i}.\n\nThanks,\n{first} {last}\n"
        mid = f"<bench-{seed}-{i}@{sender.split('@')[1]}>"
        headers = [
            f"From: {first} {last} <{sender}>",
            "To: helpline@casebook.invalid",
            f"Date: {format_datetime(at)}",
            f"Message-ID: {mid}",
        ]
        kind = rng.random()
        payload: list[str]
        if kind < 0.15 and sent_ids:  # a reply threaded by In-Reply-To
            parent, sender_p, subj = rng.choice(sent_ids[-300:])
            headers[0] = f"From: Reply Person <{sender_p}>"
            headers.append(f"In-Reply-To: {parent}")
            headers.append(f"References: {parent}")
            subject = f"Re: {subj}"
            payload = [
                "Content-Type: text/plain; charset=utf-8",
                "",
                f"Thanks for coming back to us.\n\nOn Monday you wrote:\n> {subj}\n> more",
            ]
        elif kind < 0.22:  # reply carrying a case reference only
            subject = f"Re: follow up [CB-2021-{rng.randrange(1, 500):05d}]"
            payload = ["Content-Type: text/plain; charset=utf-8", "", "Any update on this?"]
        elif kind < 0.35:  # HTML only
            html = (
                f"<html><body><p>{body.replace(chr(10), '<br>')}</p>"
                f"<img src='https://tracker.example/{i}.gif'></body></html>"
            )
            payload = ["Content-Type: text/html; charset=utf-8", "", html]
        elif kind < 0.50:  # alternative
            payload = [
                'Content-Type: multipart/alternative; boundary="ALT"',
                "",
                "--ALT",
                "Content-Type: text/plain; charset=utf-8",
                "",
                body,
                "--ALT",
                "Content-Type: text/html; charset=utf-8",
                "",
                f"<p>{body}</p>",
                "--ALT--",
            ]
        elif kind < 0.62:  # attachments
            payload = [
                'Content-Type: multipart/mixed; boundary="MIX"',
                "",
                "--MIX",
                "Content-Type: text/plain; charset=utf-8",
                "",
                body,
                "--MIX",
                "Content-Type: application/pdf",
                f'Content-Disposition: attachment; filename="evidence-{i}.pdf"',
                "Content-Transfer-Encoding: base64",
                "",
                _b64(PDF),
                "--MIX",
                "Content-Type: image/png",
                'Content-Disposition: inline; filename="s.png"',
                "Content-Transfer-Encoding: base64",
                "",
                _b64(PNG),
                "--MIX--",
            ]
        elif kind < 0.70:  # latin-1, quoted-printable
            payload = [
                "Content-Type: text/plain; charset=iso-8859-1",
                "Content-Transfer-Encoding: quoted-printable",
                "",
                body.replace("Hello", "Caf=E9 meeting =96 hello"),
            ]
        elif kind < 0.76:  # base64 utf-8 with an undeclared charset
            payload = [
                "Content-Type: text/plain",
                "Content-Transfer-Encoding: base64",
                "",
                _b64(("Grüße – " + body).encode()),
            ]
        elif kind < 0.80:  # forwarded
            inner = (
                f"From: Someone Else <other{i}@example.invalid>\r\nSubject: {subject}\r\n"
                f"Date: {format_datetime(at)}\r\n\r\n{body}"
            )
            subject = f"Fwd: {subject}"
            payload = [
                'Content-Type: multipart/mixed; boundary="FWD"',
                "",
                "--FWD",
                "Content-Type: text/plain",
                "",
                "Forwarding this one.",
                "--FWD",
                "Content-Type: message/rfc822",
                "",
                inner,
                "--FWD--",
            ]
        elif kind < 0.84:  # auto-reply
            headers.append("Auto-Submitted: auto-replied")
            subject = "Automatic reply: " + subject
            payload = ["Content-Type: text/plain", "", "I am out of the office until Monday."]
        elif kind < 0.86:  # bounce
            headers[0] = "From: Mail Delivery System <MAILER-DAEMON@mx.example.invalid>"
            subject = "Undelivered Mail Returned to Sender"
            payload = [
                'Content-Type: multipart/report; report-type=delivery-status; boundary="R"',
                "",
                "--R",
                "Content-Type: text/plain",
                "",
                "Delivery failed.",
                "--R",
                "Content-Type: message/delivery-status",
                "",
                "Reporting-MTA: dns; mx.example.invalid\r\n\r\n"
                f"Final-Recipient: rfc822; {sender}\r\nAction: failed\r\nStatus: 5.1.1",
                "--R--",
            ]
        elif kind < 0.88:  # no Message-ID
            headers = [h for h in headers if not h.startswith("Message-ID")]
            payload = ["Content-Type: text/plain; charset=utf-8", "", body]
        elif kind < 0.885:  # unreadable: no sender
            headers = [h for h in headers if not h.startswith("From")]
            payload = ["", body]
        else:
            payload = ["Content-Type: text/plain; charset=utf-8", "", body]
        if not any(h.startswith("Subject") for h in headers):
            headers.append(f"Subject: {subject}")
        if payload and payload[0].startswith("Content-Type"):
            headers.append("MIME-Version: 1.0")
        raw = "\r\n".join(headers + payload) + "\r\n"
        out.append(raw.encode("latin-1" if "iso-8859-1" in raw else "utf-8", "replace"))
        if "Message-ID" in raw and not headers[0].startswith("From: Mail Delivery"):
            sent_ids.append((mid, sender, subject))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--eml-dir", type=Path)
    args = parser.parse_args()
    messages = build(args.count, args.seed)
    args.out.unlink(missing_ok=True)
    box = mailbox.mbox(args.out)
    box.lock()
    for raw in messages:
        box.add(raw)
    box.flush()
    box.unlock()
    box.close()
    if args.eml_dir:
        args.eml_dir.mkdir(parents=True, exist_ok=True)
        for index, raw in enumerate(messages):
            (args.eml_dir / f"{index:05d}.eml").write_bytes(raw)
    print(f"wrote {len(messages)} messages to {args.out}")


if __name__ == "__main__":
    main()
