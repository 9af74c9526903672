"""Hostile and slow clients against the real server stack (uvicorn + GuardedH11Protocol) on loopback.

Every loop here is bounded in count and in time; the read timeout is shortened so the suite stays quick.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
import uvicorn

from bot.api.app import create_app
from bot.core import Bot
from bot.server import GuardedH11Protocol, uvicorn_options
from bot.settings import Settings
from tests.widget.servers import free_port

READ_TIMEOUT = 1.0


@contextmanager
def running(bot: Bot, **overrides: object) -> Iterator[tuple[str, int]]:
    """The app with `hrbot serve`'s options, in a thread on 127.0.0.1; yields (host, port)."""
    settings = Settings(read_timeout=READ_TIMEOUT, **overrides)
    port = free_port()
    options = uvicorn_options(settings, host="127.0.0.1", port=port, workers=1)
    options.update(app=create_app(settings, bot=bot), factory=False, log_config=None, log_level="warning",
                   http=GuardedH11Protocol.configured(settings))
    server = uvicorn.Server(uvicorn.Config(**options))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield "127.0.0.1", port
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def connect(address: tuple[str, int]) -> socket.socket:
    sock = socket.create_connection(address, timeout=5)
    sock.settimeout(5)
    return sock


def read_all(sock: socket.socket, *, within: float = 5.0) -> bytes:
    """What the server sends until it closes the connection (bounded in time)."""
    chunks, deadline = [], time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            chunk = sock.recv(65536)
        except (ConnectionResetError, TimeoutError):
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def is_closed(sock: socket.socket) -> bool:
    sock.settimeout(0.05)
    try:
        return sock.recv(65536) == b"" or True  # data then close also counts: the server answered and hung up
    except (ConnectionResetError, BrokenPipeError):
        return True
    except (TimeoutError, BlockingIOError):
        return False


def test_slow_loris_clients_are_cut_off_after_the_read_timeout(bot: Bot) -> None:
    with running(bot) as address:
        clients = [connect(address) for _ in range(20)]
        for sock in clients:
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        open_clients, deadline = list(clients), time.monotonic() + READ_TIMEOUT * 6
        while open_clients and time.monotonic() < deadline:  # dribble a header line each 0.2 s, as slow-loris does
            for sock in list(open_clients):
                try:
                    sock.sendall(b"X-a: b\r\n")
                except OSError:
                    open_clients.remove(sock)
                    continue
                if is_closed(sock):
                    open_clients.remove(sock)
            time.sleep(0.2)
        assert not open_clients, f"{len(open_clients)} slow clients still connected after {READ_TIMEOUT * 6:.0f} s"
        for sock in clients:
            sock.close()
        assert httpx.get(f"http://{address[0]}:{address[1]}/healthz", timeout=5).status_code == 200


def test_a_client_that_sends_nothing_gets_408_and_is_closed(bot: Bot) -> None:
    with running(bot) as address, connect(address) as sock:
        started = time.monotonic()
        answer = read_all(sock, within=READ_TIMEOUT * 5)
        assert answer.startswith(b"HTTP/1.1 408 ")
        assert time.monotonic() - started < READ_TIMEOUT * 5


def test_a_body_that_trickles_is_cut_off(bot: Bot) -> None:
    with running(bot) as address, connect(address) as sock:
        sock.sendall(b"POST /v1/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
        read_all(sock, within=READ_TIMEOUT * 5)
        assert is_closed(sock)


def test_headers_over_16_kb_are_refused_and_the_connection_closed(bot: Bot) -> None:
    with running(bot) as address:
        with connect(address) as sock:
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 20_000 + b"\r\n\r\n")
            answer = read_all(sock)
        assert answer.startswith(b"HTTP/1.1 431 "), answer[:80]
        with connect(address) as sock:  # a head of 10 MB is refused as early, without being held in memory
            try:
                sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 10_000_000)
            except (BrokenPipeError, ConnectionResetError):
                pass
            assert is_closed(sock)
        ok = httpx.get(f"http://{address[0]}:{address[1]}/healthz", headers={"x-fine": "a" * 12_000}, timeout=5)
        assert ok.status_code == 200


def test_connections_beyond_the_maximum_get_503_and_are_closed(bot: Bot) -> None:
    with running(bot, max_connections=4) as address:
        held = [connect(address) for _ in range(4)]
        time.sleep(0.2)
        with connect(address) as extra:
            answer = read_all(extra, within=3)
        assert answer.startswith(b"HTTP/1.1 503 ") and b"retry-after: 1" in answer.lower()
        for sock in held:
            sock.close()


def test_forwarded_for_is_ignored_unless_the_proxy_is_trusted(bot: Bot) -> None:
    limited = {"rate_limit_per_minute": 1, "rate_limit_burst": 1}
    with running(bot, **limited) as (host, port):
        statuses = [
            httpx.get(f"http://{host}:{port}/v1/substances", headers={"x-forwarded-for": f"10.0.0.{n}"}, timeout=5).status_code
            for n in range(3)
        ]
        assert statuses[0] == 200 and statuses[1:] == [429, 429]  # rotating the header does not help
    with running(bot, trusted_proxies=["127.0.0.1"], **limited) as (host, port):
        statuses = [
            httpx.get(f"http://{host}:{port}/v1/substances", headers={"x-forwarded-for": f"10.0.0.{n}"}, timeout=5).status_code
            for n in range(3)
        ]
        assert statuses == [200, 200, 200]  # behind a trusted proxy each forwarded client has its own bucket


def test_proxy_headers_are_off_by_default() -> None:
    options = uvicorn_options(Settings(), host="127.0.0.1", port=8000, workers=1)
    assert options["proxy_headers"] is False and options["forwarded_allow_ips"] == ""
    assert options["h11_max_incomplete_event_size"] == 16384 and options["http"] == "bot.server:GuardedH11Protocol"


@pytest.mark.parametrize("value", ["10.0.0.1,10.0.0.2", " 10.0.0.1 , 10.0.0.2 "])
def test_trusted_proxies_are_read_comma_separated(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HRBOT_TRUSTED_PROXIES", value)
    options = uvicorn_options(Settings(), host="127.0.0.1", port=8000, workers=1)
    assert options["proxy_headers"] is True and options["forwarded_allow_ips"] == "10.0.0.1,10.0.0.2"
