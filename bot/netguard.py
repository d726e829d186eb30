"""Where the fetcher may connect: SSRF protection enforced on the socket actually opened.

A pasted link must not make the bot read internal services (``http://169.254.169.254/``
cloud metadata, ``http://10.0.0.5/admin``, ``http://localhost:6379``).  Checking the URL's
host before the request is not enough: every redirect hop names a new host, and DNS can
answer differently between the check and the connect (DNS rebinding).  So the check lives
in the one place every connection goes through, an httpcore network backend:

1. resolve the host name once, ourselves (``socket.getaddrinfo``);
2. refuse the whole host if *any* of its addresses is not allowed;
3. connect to one of those validated IP addresses (no second lookup), then re-check the
   peer address of the connected socket.

httpcore passes the host name separately for TLS (SNI, certificate check) and the Host
header comes from the URL, so connecting by IP changes nothing the server sees.

The same backend enforces the fetch's wall-clock deadline on every connect, read and write,
so a server dripping one byte a second cannot hold a worker past ``total_timeout``.

httpx 0.28 has no public way to give ``HTTPTransport`` a network backend, so
``GuardedTransport`` is a small ``httpx.BaseTransport`` over a public ``httpcore.ConnectionPool``.
It converts httpcore's exceptions to briefbot's at this edge.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx

from bot.config import FetchConfig
from bot.errors import BlockedHost, ConnectionFailed, FetchTimeout, InvalidURL

__all__ = ["AddressPolicy", "GuardedBackend", "GuardedTransport", "is_public_address"]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# Special-purpose ranges (IANA registries), listed explicitly because ``is_global`` in
# Python 3.11 misses some of them (e.g. 192.0.0.0/24, the IPv4-compatible ::/96 block).
_BLOCKED_V4 = tuple(
    ipaddress.IPv4Network(net)
    for net in (
        "0.0.0.0/8",  # "this network", 0.0.0.0 reaches the local host on Linux
        "10.0.0.0/8",
        "100.64.0.0/10",  # carrier-grade NAT shared space
        "127.0.0.0/8",
        "169.254.0.0/16",  # link-local, cloud metadata 169.254.169.254
        "172.16.0.0/12",
        "192.0.0.0/24",
        "192.0.2.0/24",
        "192.88.99.0/24",  # 6to4 relay anycast
        "192.168.0.0/16",
        "198.18.0.0/15",
        "198.51.100.0/24",
        "203.0.113.0/24",
        "224.0.0.0/4",  # multicast
        "240.0.0.0/4",  # reserved, includes 255.255.255.255
    )
)
_BLOCKED_V6 = tuple(
    ipaddress.IPv6Network(net)
    for net in (
        "::/96",  # unspecified, loopback and deprecated IPv4-compatible addresses
        "64:ff9b:1::/48",  # local-use NAT64
        "100::/64",  # discard
        "2001::/23",  # IETF protocol assignments (Teredo, benchmarking, ORCHID...)
        "2001:db8::/32",  # documentation
        "fc00::/7",  # unique local
        "fe80::/10",  # link-local
        "fec0::/10",  # site-local (deprecated)
        "ff00::/8",  # multicast
    )
)
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def _embedded_ipv4(address: IPAddress) -> IPAddress:
    """The IPv4 address an IPv6 address stands for (mapped, NAT64, 6to4), else the address itself.

    ``::ffff:127.0.0.1`` reaches 127.0.0.1 on a dual-stack socket, so it must be judged as 127.0.0.1.
    """
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return address.ipv4_mapped
        if address in _NAT64:
            return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if address.sixtofour is not None:
            return address.sixtofour
    return address


def is_public_address(address: IPAddress | str) -> bool:
    """True for a globally routable unicast address; False for private, loopback, link-local,
    multicast, reserved, unspecified, shared (100.64/10), documentation ranges, and IPv6
    forms that embed such an IPv4 address."""
    ip = _embedded_ipv4(_parse_address(address))
    blocked = _BLOCKED_V4 if isinstance(ip, ipaddress.IPv4Address) else _BLOCKED_V6
    if any(ip in network for network in blocked):
        return False
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_private or ip.is_unspecified)


def _parse_address(address: IPAddress | str) -> IPAddress:
    if isinstance(address, ipaddress.IPv4Address | ipaddress.IPv6Address):
        return address
    return ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id (fe80::1%eth0)


@dataclass(frozen=True, kw_only=True)
class AddressPolicy:
    """Which IP addresses the fetcher may connect to.

    By default only public addresses.  ``allow_private`` opens everything (local development,
    ``BRIEF_ALLOW_PRIVATE_HOSTS``).  ``allowed_networks`` opens exactly the listed ranges and
    nothing else, e.g. one internal proxy, or the test server on 127.0.0.1 while 127.0.0.2,
    ::1 and 10.0.0.0/8 stay blocked.
    """

    allow_private: bool = False
    allowed_networks: tuple[IPNetwork, ...] = ()

    @classmethod
    def from_config(cls, config: FetchConfig) -> AddressPolicy:
        return cls(allow_private=config.allow_private_hosts)

    def is_allowed(self, address: IPAddress | str) -> bool:
        ip = _parse_address(address)
        candidates = {ip, _embedded_ipv4(ip)}
        if any(candidate in network for candidate in candidates for network in self.allowed_networks):
            return True
        return self.allow_private or is_public_address(ip)


def _within_deadline(timeout: float | None, *, deadline: float | None, clock: Callable[[], float]) -> float | None:
    """``timeout`` shortened to what is left before ``deadline``; ``FetchTimeout`` once nothing is left."""
    if deadline is None:
        return timeout
    remaining = deadline - clock()
    if remaining <= 0:
        raise FetchTimeout("the download exceeded the total time limit")
    return remaining if timeout is None else min(timeout, remaining)


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every read/write also stops at the fetch's wall-clock deadline."""

    def __init__(self, stream: httpcore.NetworkStream, *, deadline: float | None, clock: Callable[[], float]) -> None:
        self._stream = stream
        self._deadline = deadline
        self._clock = clock

    def _timeout(self, timeout: float | None) -> float | None:
        return _within_deadline(timeout, deadline=self._deadline, clock=self._clock)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        budget = self._timeout(timeout)
        try:
            return self._stream.read(max_bytes, timeout=budget)
        except httpcore.ReadTimeout as exc:
            if budget != timeout:  # the deadline, not the per-read timeout, ran out
                raise FetchTimeout("the download exceeded the total time limit") from exc
            raise

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, timeout=self._timeout(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        tls = self._stream.start_tls(ssl_context, server_hostname=server_hostname, timeout=self._timeout(timeout))
        return _DeadlineStream(tls, deadline=self._deadline, clock=self._clock)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """An httpcore network backend that connects only to addresses ``policy`` allows.

    ``deadline`` is a ``clock()`` value after which no connect, read or write may continue.
    """

    def __init__(
        self,
        *,
        policy: AddressPolicy,
        deadline: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._policy = policy
        self._deadline = deadline
        self._clock = clock
        self._inner = httpcore.SyncBackend()

    def _budget(self, timeout: float | None) -> float | None:
        return _within_deadline(timeout, deadline=self._deadline, clock=self._clock)

    def resolve(self, host: str, port: int, *, timeout: float | None = None) -> list[str]:
        """All addresses of ``host``, in the resolver's preferred order; refuses the host if any is blocked."""
        infos = self._getaddrinfo(host, port, timeout=self._budget(timeout))
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        if not addresses:
            raise ConnectionFailed(f"{host!r} has no addresses")
        for address in addresses:
            if not self._policy.is_allowed(address):
                raise BlockedHost(f"{host!r} resolves to {address}, which is not a public address")
        return addresses

    def _getaddrinfo(self, host: str, port: int, *, timeout: float | None) -> list[Any]:
        """``socket.getaddrinfo`` with a time limit.

        getaddrinfo cannot be interrupted and a dead resolver retries for many seconds, so the
        lookup runs in a daemon thread that is abandoned (and ends on its own) when time is up.
        """
        outcome: list[Any] = []

        def lookup() -> None:
            try:
                outcome.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP))
            except Exception as exc:  # handed to the waiting thread below
                outcome.append(exc)

        worker = threading.Thread(target=lookup, name=f"resolve {host}", daemon=True)
        worker.start()
        worker.join(timeout)
        if not outcome:
            raise FetchTimeout(f"looking up {host!r} took longer than {timeout:.1f} s")
        result = outcome[0]
        if isinstance(result, socket.gaierror | UnicodeError):
            raise ConnectionFailed(f"could not resolve {host!r}: {result}") from result
        if isinstance(result, Exception):
            raise ConnectionFailed(f"could not resolve {host!r}: {result!r}") from result
        return result

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = self.resolve(host, port, timeout=timeout)
        last_error: Exception | None = None
        for address in addresses:
            try:
                # An IP literal: create_connection parses it, no second DNS lookup can change it.
                stream = self._inner.connect_tcp(
                    address,
                    port,
                    timeout=self._budget(timeout),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
                continue
            peer = stream.get_extra_info("server_addr")
            if not peer or not self._policy.is_allowed(str(peer[0])):
                stream.close()
                raise BlockedHost(f"connected to {peer!r} for {host!r}, which is not an allowed address")
            return _DeadlineStream(stream, deadline=self._deadline, clock=self._clock)
        assert last_error is not None
        raise last_error

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None
    ) -> httpcore.NetworkStream:
        raise BlockedHost("fetching over a Unix socket is never allowed")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class GuardedTransport(httpx.BaseTransport):
    """An httpx transport whose every connection goes through a ``GuardedBackend``.

    No proxy support on purpose: through a proxy we would not know which address is reached.
    """

    def __init__(
        self,
        *,
        policy: AddressPolicy,
        deadline: float | None = None,
        ssl_context: ssl.SSLContext | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        # ssl_context=None: httpcore builds its default (certifi, verifying) on the first https
        # connection only, which saves ~30 ms of CA loading on plain-http fetches.
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            network_backend=GuardedBackend(policy=policy, deadline=deadline, clock=clock),
            http1=True,
            http2=False,
            retries=0,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _converted_errors():
            core_response = self._pool.handle_request(core_request)
        assert isinstance(core_response.stream, Iterable)
        return httpx.Response(
            status_code=core_response.status,
            headers=core_response.headers,
            stream=_ConvertedStream(core_response.stream),
            extensions=core_response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


class _ConvertedStream(httpx.SyncByteStream):
    def __init__(self, stream: Iterable[bytes]) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        with _converted_errors():
            yield from self._stream

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


@contextlib.contextmanager
def _converted_errors() -> Iterator[None]:
    """httpcore's exceptions become briefbot's here, so nothing above needs to know httpcore."""
    try:
        yield
    except httpcore.TimeoutException as exc:
        raise FetchTimeout(f"timed out: {type(exc).__name__} {exc}".strip()) from exc
    except httpcore.UnsupportedProtocol as exc:
        raise InvalidURL(f"unsupported URL: {exc}") from exc
    except (httpcore.NetworkError, httpcore.ProtocolError, httpcore.ProxyError) as exc:
        raise ConnectionFailed(f"{type(exc).__name__}: {exc}") from exc
