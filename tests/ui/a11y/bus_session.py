"""A private X server, session bus and accessibility bus, for walking the app the way a screen reader does.

Nothing here touches the person's own desktop: every process gets its own display number and
bus address, and all of them end with the context manager.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
NEEDED_PROGRAMS = ("Xvfb", "dbus-daemon", "dbus-send", "xdotool")


def missing_tools() -> str:
    """Why the bus walk cannot run here, or "" when everything it needs is installed."""
    for program in NEEDED_PROGRAMS:
        if shutil.which(program) is None:
            return f"{program} is not installed (Debian: xvfb, dbus-x11 / dbus-bin, xdotool)"
    if not Path(BUS_LAUNCHER).exists():
        return f"{BUS_LAUNCHER} is missing (Debian: at-spi2-core)"
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} is missing"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
    if probe.returncode != 0:
        return "the system Python cannot import pyatspi (Debian: python3-pyatspi, gir1.2-atspi-2.0)"
    return ""


@dataclass
class BusSession:
    """The environment a process needs to join this display and these buses."""

    env: dict[str, str]

    def spawn(self, arguments: list[str], log: Path) -> subprocess.Popen[bytes]:
        handle = log.open("wb")
        return subprocess.Popen(arguments, env=self.env, stdout=handle, stderr=subprocess.STDOUT)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@contextlib.contextmanager
def bus_session(work: Path) -> Iterator[BusSession]:
    """Xvfb, a session bus, the accessibility bus switched on; yields the environment for the app and walker."""
    work.mkdir(parents=True, exist_ok=True)
    started: list[subprocess.Popen[bytes]] = []
    try:
        read_end, write_end = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=(work / "xvfb.log").open("wb"),
        )
        started.append(xvfb)
        os.close(write_end)
        with os.fdopen(read_end) as display_pipe:
            display = display_pipe.readline().strip()
        env = {key: value for key, value in os.environ.items() if not key.startswith(("QT_", "DBUS_", "AT_SPI"))}
        env.update(DISPLAY=f":{display}", XDG_RUNTIME_DIR=str(work / "runtime"), NO_AT_BRIDGE="0")
        (work / "runtime").mkdir(mode=0o700, exist_ok=True)
        dbus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=(work / "dbus.log").open("wb"),
        )
        started.append(dbus)
        assert dbus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = dbus.stdout.readline().decode().strip()
        launcher = subprocess.Popen(
            [BUS_LAUNCHER, "--launch-immediately"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=(work / "at-spi.log").open("wb"),
        )
        started.append(launcher)
        _switch_on_accessibility(env)
        yield BusSession(env)
    finally:
        for process in reversed(started):
            _stop(process)


def _switch_on_accessibility(env: dict[str, str]) -> None:
    command = [
        "dbus-send",
        "--session",
        "--print-reply",
        "--dest=org.a11y.Bus",
        "/org/a11y/bus",
        "org.freedesktop.DBus.Properties.Set",
        "string:org.a11y.Status",
        "string:IsEnabled",
        "variant:boolean:true",
    ]
    deadline = time.monotonic() + 30  # generous on a busy machine
    while True:
        result = subprocess.run(command, env=env, capture_output=True, check=False)
        if result.returncode == 0:
            return
        if time.monotonic() > deadline:
            raise RuntimeError("the accessibility bus did not start: " + result.stderr.decode(errors="replace"))
        time.sleep(0.2)
