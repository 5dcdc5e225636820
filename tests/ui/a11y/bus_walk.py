"""Start the real app on a private accessibility bus and run the AT-SPI walker against it (used by the bus test)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from bus_session import SYSTEM_PYTHON, bus_session

WALKER = Path(__file__).with_name("atspi_walker.py")
SECRET = "zq7Vx9-kQw4jP-m2tLh8"  # no word in it: any four of its characters in a row give it away
DEMO_DAYS = 60


class _DisplayLost(Exception):
    """The app could not reach the private X server (another test run on this machine raced for it)."""


def walk(scenario: str, work: Path) -> dict:
    """Run `scenario` ("first-run" or "journal") in its own X server and buses; the walker's report.

    Tried a second time, in a fresh server and buses, only when the app could not connect to its display:
    that is the machine (two runs starting X servers at once), never the app's accessibility.
    """
    try:
        return _walk(scenario, work / "first")
    except _DisplayLost:
        return _walk(scenario, work / "again")


def _walk(scenario: str, work: Path) -> dict:
    data = work / "data"
    with bus_session(work) as session:
        env = dict(session.env, HOME=str(work / "home"), XDG_CONFIG_HOME=str(work / "home" / ".config"))
        env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8")
        journal = [sys.executable, "-m", "journal"]
        if scenario == "journal":
            made = subprocess.run(
                [*journal, "demo", "--data-dir", str(data), "--days", str(DEMO_DAYS)],
                env=dict(env, JOURNAL_PASSPHRASE=SECRET),
                capture_output=True,
                check=False,
            )
            assert made.returncode == 0, made.stderr.decode(errors="replace")
        secret_file = work / "secret"
        secret_file.write_text(SECRET, encoding="utf-8")
        os.chmod(secret_file, 0o600)
        app = subprocess.Popen(
            [*journal, "--data-dir", str(data)],
            env=dict(env, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1"),
            stdout=(work / "app.log").open("wb"),
            stderr=subprocess.STDOUT,
        )
        try:
            started = time.monotonic()
            walker = subprocess.run(
                [SYSTEM_PYTHON, str(WALKER), scenario, "--pid", str(app.pid), "--secret-file", str(secret_file)],
                env=env,
                capture_output=True,
                timeout=240,
                check=False,
            )
            seconds = time.monotonic() - started
        finally:
            app.terminate()
            try:
                app.wait(timeout=10)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait(timeout=5)
        output = walker.stdout.decode(errors="replace")
        problems = walker.stderr.decode(errors="replace")
        if walker.returncode != 0 or not output.strip():
            log = (work / "app.log").read_text(errors="replace")
            if "could not connect to display" in log:
                raise _DisplayLost(log[-500:])
            raise AssertionError(
                f"the walker failed ({walker.returncode}): {problems[-3000:]}\napp log:\n{log[-3000:]}"
            )
        report = json.loads(output)
        report["seconds"] = seconds
        report["secret"] = SECRET
        return report


if __name__ == "__main__":  # a look by hand: python tests/ui/a11y/bus_walk.py journal /tmp/walk > report.json
    json.dump(walk(sys.argv[1], Path(sys.argv[2])), sys.stdout, indent=1)
