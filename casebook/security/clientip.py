"""Which address a request came from, when reverse proxies stand in between.

`resolve_client` is pure. TRUSTED_PROXIES lists the proxies (addresses or networks) whose
X-Forwarded-For we believe. Walking the header from the right, each hop that is a trusted
proxy is skipped; the first one that is not is the client. Entries to the left of that were
written by the client itself and are never read: a client cannot choose its own address by
sending the header. With no trusted proxies, the socket's peer address is the client.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence
from functools import lru_cache

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(entries: Iterable[str]) -> tuple[Network, ...]:
    """ "10.0.0.1", "10.0.0.0/8", "::1" -> networks; raises ValueError on a malformed entry."""
    return tuple(ipaddress.ip_network(entry.strip(), strict=False) for entry in entries)


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    text = text.strip()
    if text.startswith("[") and "]" in text:  # "[2001:db8::1]:443"
        text = text[1 : text.index("]")]
    elif text.count(":") == 1:  # "192.0.2.1:5678"
        text = text.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def _trusted(address: object, networks: Sequence[Network]) -> bool:
    return any(address in network for network in networks)


def resolve_client(remote_addr: str, forwarded_for: str, trusted: Sequence[Network]) -> str:
    """The client's address as text: REMOTE_ADDR and X-Forwarded-For in, one address out.

    A malformed hop where the client should be (which only a misconfigured proxy would write)
    gives the last trusted proxy's address instead, never the malformed text.
    """
    peer = _address(remote_addr)
    if peer is None:
        return remote_addr.strip() or "unknown"
    if not trusted or not _trusted(peer, trusted) or not forwarded_for.strip():
        return str(peer)
    last_trusted = peer
    for hop in reversed(forwarded_for.split(",")):
        address = _address(hop)
        if address is None:
            return str(last_trusted)
        if not _trusted(address, trusted):
            return str(address)
        last_trusted = address
    return str(last_trusted)  # every hop is one of ours


@lru_cache(maxsize=8)
def _networks(entries: tuple[str, ...]) -> tuple[Network, ...]:
    return parse_networks(entries)


def client_address(request: object) -> str:
    """The client address of a Django request, by settings.TRUSTED_PROXIES."""
    from django.conf import settings

    meta = getattr(request, "META", {})
    return resolve_client(
        str(meta.get("REMOTE_ADDR") or ""),
        str(meta.get("HTTP_X_FORWARDED_FOR") or ""),
        _networks(tuple(settings.TRUSTED_PROXIES)),
    )


def axes_client_address(request: object) -> str | None:
    """For django-axes, which stores addresses in an address column: None when unknown
    (a request made inside the server, such as the test client's force_login)."""
    address = client_address(request)
    return address if _address(address) is not None else None
