"""Fetching web pages without becoming a proxy into the local network (SSRF), with a counted size cap.

Every fetch of a URL given by a user, a client of the HTTP API or a feed goes through :func:`fetch`:

- the host of every hop is resolved here, *every* resolved address is checked with :mod:`ipaddress`,
  and the connection is made to the checked address (no second DNS lookup, so no rebinding gap);
- addresses that are loopback, private, link-local, multicast, reserved, unspecified or otherwise not
  globally routable are refused, also when embedded in IPv6 (IPv4-mapped, 6to4, Teredo, NAT64) and
  whatever their spelling (``2130706433``, ``127.1``, ``0x7f.1``, ``[::ffff:127.0.0.1]``);
- redirects are followed here, at most :data:`MAX_REDIRECTS`, each hop checked the same way;
- the body is read as a stream and counted; reading stops at the cap, whatever Content-Length says;
- transport failures of every kind give one message, so answers do not tell open ports from closed.

``allow_private=True`` (``--allow-private-urls``, ``EVENTWIRE_ALLOW_PRIVATE_URLS=1``) turns the
address check off for intranet use; redirects, caps and messages stay the same. Proxy environment
variables are not used: a proxy would resolve the host itself, out of reach of the check.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx

from .errors import InputError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[..., list[tuple[Any, ...]]]
"""``socket.getaddrinfo``-compatible: ``resolver(host, port, type=SOCK_STREAM)``."""

ENV_ALLOW = "EVENTWIRE_ALLOW_PRIVATE_URLS"
MAX_REDIRECTS = 5
DEFAULT_MAX_BYTES = 16 * 1024 * 1024
USER_AGENT = "eventwire/0.1 (+https://eventwire.dev)"
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
NAT64 = ipaddress.ip_network("64:ff9b::/96")
REFUSAL_HINT = (f"eventwire fetches only public addresses; for intranet pages use --allow-private-urls "
                f"or {ENV_ALLOW}=1")
FAILED_HINT = "the host could not be resolved or reached, refused the connection or did not answer in time"


def private_urls_allowed(explicit: bool | None = None) -> bool:
    """``explicit`` when given, else the environment variable ``EVENTWIRE_ALLOW_PRIVATE_URLS``."""
    if explicit is not None:
        return explicit
    return os.environ.get(ENV_ALLOW, "").strip().lower() in ("1", "true", "yes", "on")


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public_address(ip: IPAddress) -> bool:
    """True for a globally routable unicast address (and, for IPv6, any IPv4 address it embeds)."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id:
            return False
        inner = _embedded_ipv4(ip)
        if inner is not None and not is_public_address(inner):
            return False
    return ip.is_global and not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
                                 or ip.is_reserved or ip.is_unspecified)


class _Refused(Exception):
    """A hop's host resolved to an address the policy refuses (raised inside the connection)."""

    def __init__(self, host: str) -> None:
        super().__init__(host)
        self.host = host


class _Unresolved(Exception):
    """The host has no address (raised inside the connection, reported like any failed fetch)."""


def check_host(host: str, port: int, *, allow: Callable[[IPAddress], bool] = is_public_address,
               resolver: Resolver = socket.getaddrinfo) -> list[IPAddress]:
    """Every address ``host`` resolves to, in resolver order; ``_Refused`` if ``allow`` rejects any."""
    try:
        infos = resolver(host.strip("[]"), port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise _Unresolved(host) from exc
    addresses: list[IPAddress] = []
    for info in infos:
        ip = ipaddress.ip_address(str(info[4][0]))
        if ip not in addresses:
            addresses.append(ip)
    if not addresses:
        raise _Unresolved(host)
    if not all(allow(ip) for ip in addresses):
        raise _Refused(host)
    return addresses


class _CheckedBackend(httpcore.SyncBackend):
    """Resolves and checks the host itself, then connects to the checked address."""

    def __init__(self, allow: Callable[[IPAddress], bool], resolver: Resolver) -> None:
        self.allow = allow
        self.resolver = resolver

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Any = None) -> httpcore.NetworkStream:
        last: Exception | None = None
        for ip in check_host(host, port, allow=self.allow, resolver=self.resolver):
            try:
                return super().connect_tcp(str(ip), port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                last = exc
        assert last is not None
        raise last


class _CheckedTransport(httpx.HTTPTransport):
    def __init__(self, allow: Callable[[IPAddress], bool], resolver: Resolver,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        super().__init__(trust_env=False)
        # The pool httpx builds, with the checking backend (no proxy: trust_env is off). TLS still
        # verifies the certificate against the URL's host name, not the address connected to.
        self._pool = httpcore.ConnectionPool(ssl_context=ssl_context or httpx.create_ssl_context(),
                                             network_backend=_CheckedBackend(allow, resolver))


def make_client(*, allow_private: bool | None = None, timeout_s: float = 20.0, user_agent: str = USER_AGENT,
                allow: Callable[[IPAddress], bool] | None = None, resolver: Resolver = socket.getaddrinfo,
                ssl_context: ssl.SSLContext | None = None) -> httpx.Client:
    """An httpx client whose every connection is checked. ``allow`` replaces the address policy
    (tests); otherwise it is :func:`is_public_address` unless private URLs are allowed."""
    if allow is None:
        allow = (lambda ip: True) if private_urls_allowed(allow_private) else is_public_address
    return httpx.Client(transport=_CheckedTransport(allow, resolver, ssl_context), follow_redirects=False, trust_env=False,
                        timeout=timeout_s, headers={"User-Agent": user_agent})


@dataclass
class Fetched:
    body: bytes
    url: str
    """The final URL, after redirects."""
    content_type: str


def next_hop(current: str, location: str | None) -> str:
    """The URL a redirect leads to; ``InputError`` unless it is an http(s) URL."""
    if not location:
        raise InputError(f"{current}: redirect without a Location header")
    try:
        target = httpx.URL(current).join(location)
    except httpx.InvalidURL:
        raise InputError(f"{current}: redirect to an invalid URL") from None
    if target.scheme not in ("http", "https") or not target.host:
        raise InputError(f"{current}: redirect to a URL that is not http(s)")
    return str(target)


def _read_capped(chunks: Iterator[bytes], url: str, max_bytes: int, deadline: float) -> bytes:
    parts: list[bytes] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"{url}: the page is larger than {max_bytes:,} bytes")
        if time.monotonic() > deadline:
            raise InputError(f"{url}: cannot fetch the page", hint=FAILED_HINT)
        parts.append(chunk)
    return b"".join(parts)


def fetch(url: str, client: httpx.Client, *, max_bytes: int = DEFAULT_MAX_BYTES,
          max_redirects: int = MAX_REDIRECTS, total_s: float = 120.0,
          accept: Callable[[str, str], None] | None = None) -> Fetched:
    """GET ``url`` with ``client`` (from :func:`make_client`), following redirects here.

    ``InputError`` for a refused address, an HTTP error status, too many redirects, a body over
    ``max_bytes`` (counted as it arrives), ``total_s`` exceeded, or any transport failure (one
    message). ``accept(url, content_type)`` may raise to refuse a response before its body is read.
    """
    deadline = time.monotonic() + total_s
    current = url
    try:
        start = httpx.URL(url)
        if start.scheme not in ("http", "https") or not start.host:
            raise InputError(f"{url}: not an http(s) URL")
        for _ in range(max_redirects + 1):
            with client.stream("GET", current) as resp:
                if resp.status_code in REDIRECT_STATUSES:
                    current = next_hop(str(resp.url), resp.headers.get("location"))
                    continue
                if resp.status_code >= 400:
                    raise InputError(f"{url}: the server answered HTTP {resp.status_code}")
                ctype = resp.headers.get("content-type", "").lower()
                if accept is not None:
                    accept(url, ctype)
                declared = resp.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise InputError(f"{url}: the page is larger than {max_bytes:,} bytes")
                body = _read_capped(resp.iter_bytes(), url, max_bytes, deadline)
                return Fetched(body, str(resp.url), ctype)
        raise InputError(f"{url}: more than {max_redirects} redirects")
    except _Refused as exc:
        via = "" if current == url else " (after a redirect)"
        raise InputError(f"{url}: refused{via}: {exc.host} is not a public address", hint=REFUSAL_HINT) from None
    except httpx.InvalidURL as exc:
        raise InputError(f"{url}: invalid URL ({exc})") from None
    except (_Unresolved, httpx.TransportError, httpx.DecodingError, httpx.TooManyRedirects):
        raise InputError(f"{url}: cannot fetch the page", hint=FAILED_HINT) from None
