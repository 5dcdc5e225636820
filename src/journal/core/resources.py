"""Where the bundled content lives, whether running from a checkout, a wheel or a frozen bundle."""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Any


@functools.cache
def resources_dir() -> Path:
    """The `resources/` folder: inside the package when installed, beside `src/` in a checkout."""
    candidates = [Path(__file__).resolve().parent.parent / "resources"]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "journal" / "resources")
    candidates.append(Path(__file__).resolve().parents[3] / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the app's resources folder is missing; the installation is incomplete")


def read_toml_file(path: Path) -> dict[str, Any]:
    """A content file's TOML; a `ValueError` naming the file when it is not valid TOML."""
    import tomllib  # here, not above: the app's first window needs `resources_dir` but no TOML

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{path.name}: not valid TOML ({error})") from error


def load_toml(relative: str) -> dict[str, Any]:
    import tomllib

    with (resources_dir() / relative).open("rb") as handle:
        return tomllib.load(handle)
