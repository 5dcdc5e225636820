"""Two real Syncthing daemons on 127.0.0.1, sharing one folder each, with discovery and relays off.

The recipe that works with Syncthing 1.19 (see issue 17): generate each home, write config.xml by
hand (one loopback listen address; announce, relays, NAT, STUN, crash reports, usage reports and
the browser off; the REST API on loopback with a key), clone the peer device and the folder from
the `<defaults>` templates, create the `.stfolder` marker, let only one side dial (the other knows
it as `dynamic`), and start with STHASHING=minio. "Synced" means both folders list the same files,
and both daemons are idle with nothing needed, after a forced scan.
"""

from __future__ import annotations

import copy
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

FOLDER_ID = "rj-sync"


def syncthing_binary() -> str | None:
    return shutil.which("syncthing")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Daemon:
    def __init__(self, home: Path, folder: Path) -> None:
        self.home = home
        self.folder = folder
        self.sync_port = _free_port()
        self.gui_port = _free_port()
        self.api_key = secrets.token_hex(16)
        output = subprocess.run(
            [
                syncthing_binary() or "syncthing",
                "generate",
                "--home",
                str(home),
                "--no-default-folder",
                "--skip-port-probing",
            ],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        found = re.search(r"Device ID:\s*([A-Z0-9-]+)", output.stdout + output.stderr)
        assert found, "syncthing generate printed no device id"
        self.device_id = found.group(1)
        self.process: subprocess.Popen[bytes] | None = None

    def configure(self, peer: Daemon, *, dials: bool) -> None:
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        options = root.find("options")
        assert options is not None
        settings = {
            "listenAddress": f"tcp://127.0.0.1:{self.sync_port}",
            "globalAnnounceEnabled": "false",
            "localAnnounceEnabled": "false",
            "relaysEnabled": "false",
            "natEnabled": "false",
            "crashReportingEnabled": "false",
            "startBrowser": "false",
            "urAccepted": "-1",
            "autoUpgradeIntervalH": "0",
            "globalAnnounceServer": "",
            "stunServer": "",
        }
        for name, value in settings.items():
            element = options.find(name)
            if element is None:
                element = ET.SubElement(options, name)
            element.text = value
        gui = root.find("gui")
        assert gui is not None
        gui.find("address").text = f"127.0.0.1:{self.gui_port}"  # type: ignore[union-attr]
        gui.find("apikey").text = self.api_key  # type: ignore[union-attr]
        defaults = root.find("defaults")
        assert defaults is not None
        device = copy.deepcopy(defaults.find("device"))
        assert device is not None
        device.set("id", peer.device_id)
        device.set("name", "peer")
        device.find("address").text = f"tcp://127.0.0.1:{peer.sync_port}" if dials else "dynamic"  # type: ignore[union-attr]
        root.insert(1, device)
        folder = copy.deepcopy(defaults.find("folder"))
        assert folder is not None
        folder.set("id", FOLDER_ID)
        folder.set("label", FOLDER_ID)
        folder.set("path", str(self.folder))
        folder.set("rescanIntervalS", "3600")
        for member in folder.findall("device"):
            folder.remove(member)
        for device_id in (self.device_id, peer.device_id):
            member = ET.SubElement(folder, "device", {"id": device_id, "introducedBy": ""})
            ET.SubElement(member, "encryptionPassword")
        root.insert(1, folder)
        tree.write(path)
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / ".stfolder").mkdir(exist_ok=True)

    def start(self) -> None:
        environment = {**os.environ, "STHASHING": "minio", "STNOUPGRADE": "1", "HOME": str(self.home)}
        self.process = subprocess.Popen(
            [
                syncthing_binary() or "syncthing",
                "serve",
                "--home",
                str(self.home),
                "--no-browser",
                "--no-restart",
                "--no-upgrade",
            ],
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def rest(self, method: str, path: str) -> object:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}", method=method, headers={"X-API-Key": self.api_key}
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            body = response.read()
        return json.loads(body) if body else None

    def ready(self) -> bool:
        try:
            self.rest("GET", "/rest/system/ping")
            return True
        except OSError:
            return False

    def connected_to(self, peer: Daemon) -> bool:
        try:
            connections = self.rest("GET", "/rest/system/connections")
        except OSError:
            return False
        return bool(connections["connections"].get(peer.device_id, {}).get("connected"))  # type: ignore[index]

    def idle_and_needing_nothing(self) -> bool:
        status = self.rest("GET", f"/rest/db/status?folder={FOLDER_ID}")
        assert isinstance(status, dict)
        return status["state"] == "idle" and not (status["needFiles"] or status["needDeletes"] or status["needBytes"])

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _visible_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and not p.name.startswith(".syncthing.")}


class SyncthingPair:
    def __init__(self, root: Path) -> None:
        self.first = Daemon(root / "home-1", root / "folder-1")
        self.second = Daemon(root / "home-2", root / "folder-2")
        self.first.configure(self.second, dials=True)  # only one side dials (both dialling can stall)
        self.second.configure(self.first, dials=False)

    def __enter__(self) -> SyncthingPair:
        self.first.start()
        self.second.start()
        self._wait(lambda: self.first.ready() and self.second.ready(), "the daemons to start")
        self._wait(lambda: self.first.connected_to(self.second), "the daemons to connect")
        return self

    def __exit__(self, *_exc: object) -> None:
        self.first.stop()
        self.second.stop()

    def settle(self, timeout: float = 60.0) -> None:
        """Wait until both folders hold the same files and both daemons need nothing."""

        def settled() -> bool:
            for daemon in (self.first, self.second):
                daemon.rest("POST", f"/rest/db/scan?folder={FOLDER_ID}")
            same = _visible_files(self.first.folder) == _visible_files(self.second.folder)
            return same and self.first.idle_and_needing_nothing() and self.second.idle_and_needing_nothing()

        self._wait(settled, "the folders to sync", timeout)

    @staticmethod
    def _wait(condition, what: str, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if condition():
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise AssertionError(f"timed out waiting for {what}")
