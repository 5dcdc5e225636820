"""Tests share constants and functions through `tests/helpers/`, never by importing a conftest.py.

With a conftest.py in a test folder (tests/ui/app has one), which file answers to `import conftest`
depends on the order pytest loaded them, so `from conftest import X` works or fails by accident.
"""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
FROM_CONFTEST = re.compile(r"^\s*(from conftest import|import conftest\b)", re.MULTILINE)


def test_no_test_imports_from_a_conftest() -> None:
    offenders = [
        str(path.relative_to(TESTS))
        for path in sorted(TESTS.rglob("*.py"))
        if path.name != "conftest.py" and FROM_CONFTEST.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], f"import these from helpers.journals or helpers.app_window instead: {offenders}"
