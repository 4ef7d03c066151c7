"""The client address behind trusted proxies, and never from a client's own header."""

from __future__ import annotations

import pytest

from casebook.security.clientip import client_address, parse_networks, resolve_client

PROXIES = parse_networks(["127.0.0.1", "10.0.0.0/8", "::1"])


@pytest.mark.parametrize(
    ("remote", "xff", "trusted", "expected"),
    [
        # No proxies configured: the socket peer, whatever the header says.
        ("203.0.113.9", "198.51.100.1", (), "203.0.113.9"),
        # A direct client that is not a proxy cannot claim another address.
        ("203.0.113.9", "198.51.100.1", PROXIES, "203.0.113.9"),
        # One proxy: the address it appended.
        ("127.0.0.1", "203.0.113.9", PROXIES, "203.0.113.9"),
        # A client-sent header is to the left of what the proxy appended: ignored.
        ("127.0.0.1", "198.51.100.1, 203.0.113.9", PROXIES, "203.0.113.9"),
        # Two proxies: the load balancer then nginx.
        ("127.0.0.1", "203.0.113.9, 10.1.2.3", PROXIES, "203.0.113.9"),
        # A client pretending to be a proxy hop still ends up as itself.
        ("127.0.0.1", "10.9.9.9, 203.0.113.9", PROXIES, "203.0.113.9"),
        # Spaces, ports and IPv6.
        ("::1", " 2001:db8::7 ", PROXIES, "2001:db8::7"),
        ("127.0.0.1", "[2001:db8::7]:443", PROXIES, "2001:db8::7"),
        ("127.0.0.1", "203.0.113.9:5555", PROXIES, "203.0.113.9"),
        ("::ffff:127.0.0.1", "203.0.113.9", PROXIES, "203.0.113.9"),
        # Proxy but no header: the proxy itself.
        ("127.0.0.1", "", PROXIES, "127.0.0.1"),
        # Every hop trusted: the leftmost of them.
        ("127.0.0.1", "10.0.0.5, 10.0.0.6", PROXIES, "10.0.0.5"),
        # Garbage where the client should be: the last trusted hop, never the garbage.
        ("127.0.0.1", "not-an-ip", PROXIES, "127.0.0.1"),
        ("127.0.0.1", "evil, 10.0.0.6", PROXIES, "10.0.0.6"),
        # No peer address at all (a UNIX socket): stays recognisable.
        ("", "203.0.113.9", PROXIES, "unknown"),
    ],
)
def test_resolve_client(remote, xff, trusted, expected):
    assert resolve_client(remote, xff, trusted) == expected


def test_malformed_setting_is_refused():
    with pytest.raises(ValueError):
        parse_networks(["10.0.0.0/33"])


def test_client_address_reads_the_setting(rf, settings):
    request = rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    settings.TRUSTED_PROXIES = []
    assert client_address(request) == "127.0.0.1"
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    assert client_address(request) == "203.0.113.9"
