"""An audit hook that records every attempt to reach a network, for the "no network, ever" tests.

`sys.addaudithook` cannot be removed, so one hook is installed for the whole run and armed only
inside `no_network()`. It sees what Python code does (the app's, and any dependency's): a socket
connected or bound to anything but a Unix socket, a name looked up, a datagram sent. Qt's own C++
networking does not pass through Python: tests/network/test_network_sources.py checks that the
app uses nothing of QtNetwork but its local (Unix-socket) server and socket.
"""

from __future__ import annotations

import contextlib
import socket
import sys
from collections.abc import Iterator
from typing import Any

_armed: list[list[str]] = []
_LOOKUPS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex", "socket.gethostbyaddr",
            "socket.getnameinfo"}  # fmt: skip
_ADDRESSED = {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"}


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if not _armed:
        return
    if event in _LOOKUPS:
        _armed[-1].append(f"{event}{args[:2]!r}")
    elif event in _ADDRESSED:
        sock = args[0]
        if getattr(sock, "family", None) != getattr(socket, "AF_UNIX", object()):
            _armed[-1].append(f"{event} to {args[1]!r}")


sys.addaudithook(_hook)


@contextlib.contextmanager
def no_network() -> Iterator[list[str]]:
    """Record network attempts made inside the block; the caller asserts the list stays empty."""
    attempts: list[str] = []
    _armed.append(attempts)
    try:
        yield attempts
    finally:
        _armed.pop()
