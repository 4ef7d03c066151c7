"""The stdlib parse floor: every message of an mbox through email.message_from_bytes with
policy=email.policy.default, nothing stored. Usage: python stdlib_floor.py FILE.mbox

Reads the mbox with the stdlib's mailbox module (as a tool built on the stdlib would), parses
each message, and prints the count and the parse-only seconds; run it under /usr/bin/time for
the whole command, as the other tools are.
"""

from __future__ import annotations

import email
import email.policy
import mailbox
import sys
import time


def main() -> None:
    box = mailbox.mbox(sys.argv[1], create=False)
    parse = 0.0
    count = 0
    for key in box.iterkeys():
        raw = box.get_bytes(key)
        started = time.perf_counter()
        email.message_from_bytes(raw, policy=email.policy.default)
        parse += time.perf_counter() - started
        count += 1
    print(f"{count} messages parsed in {parse:.2f} s (parse only)")


if __name__ == "__main__":
    main()
