"""The guard itself catches what it is meant to: otherwise the tests beside it could not fail."""

from __future__ import annotations

import contextlib
import socket

from network_guard import no_network


def test_a_lookup_a_connection_and_a_bind_are_all_caught() -> None:
    with no_network() as attempts:
        with contextlib.suppress(OSError):
            socket.getaddrinfo("example.invalid", 443)
        with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tcp:
            tcp.settimeout(0.01)
            tcp.connect(("127.0.0.1", 9))
        with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
            udp.bind(("127.0.0.1", 0))
    assert len(attempts) == 3, attempts


def test_a_unix_socket_is_not_network(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with no_network() as attempts, socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as local:
        local.bind(str(tmp_path / "s"))
    assert attempts == []
