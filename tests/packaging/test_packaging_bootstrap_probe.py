"""`scripts/bootstrap.sh` probes Pythons quietly under pyenv and says only which one it chose (issue 19, item 12).

pyenv's shim for a version that is not active prints "pyenv: python3.13: command not found" when run;
the probe used to pass that on for every name it tried. Here fake shims stand in for pyenv, and the
venv step is made to fail so nothing is installed: only the probe's output is looked at.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHIM = """#!/bin/sh
echo "pyenv: {name}: command not found" >&2
echo "The \\`{name}' command exists in these Python versions:" >&2
exit 127
"""
FAKE_PYTHON = """#!/bin/sh
if [ "$1" = "-m" ]; then exit 1; fi
exec {python} "$@"
"""


def test_probe_is_quiet_under_pyenv_and_names_the_python_chosen(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    (tree / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "bootstrap.sh", tree / "scripts" / "bootstrap.sh")
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in ("python3.13", "python3.12"):
        (bin_dir / name).write_text(SHIM.format(name=name))
    (bin_dir / "python3.11").write_text(FAKE_PYTHON.format(python=sys.executable))
    for path in bin_dir.iterdir():
        path.chmod(0o755)
    for tool in ("dirname", "cat", "rm", "sha256sum", "cut", "id", "grep"):  # no dpkg-query: no package step
        found = shutil.which(tool)
        assert found is not None
        (bin_dir / tool).symlink_to(found)
    result = subprocess.run(
        ["/bin/bash", str(tree / "scripts" / "bootstrap.sh")],
        env={**os.environ, "PATH": str(bin_dir)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    said = result.stdout + result.stderr
    assert "pyenv" not in said and "command not found" not in said, said
    version = ".".join(str(part) for part in sys.version_info[:3])
    assert said.splitlines()[0] == f"Using Python {version} ({sys.executable})", said
    assert "Could not create a virtual environment" in said  # the fake venv step failed, as arranged
    assert not (tree / ".venv").exists()
