"""Run every benchmark and print one table; `--json FILE` also writes the rows for tools.

    python benchmarks/run.py [--json FILE] [--only SUBSTRING]

Modules named `bench_*.py` beside this file each contribute rows. Work happens in a fresh
temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import tempfile
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import BenchContext, Row  # noqa: E402


def discover() -> list[str]:
    return sorted(path.stem for path in HERE.glob("bench_*.py"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the rows as JSON here")
    parser.add_argument("--only", default="", help="run only modules whose name contains this")
    arguments = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="rj-bench-") as work:
        context = BenchContext(Path(work))
        try:
            for name in discover():
                if arguments.only not in name:
                    continue
                try:
                    rows.extend(importlib.import_module(name).rows(context))
                except Exception:  # a broken module must not hide the others' figures
                    traceback.print_exc()
                    rows.append(Row(f"{name}: failed", None, None, "see the error above"))
        finally:
            context.close_demo()
    print_table(rows)
    if arguments.json:
        payload = {"rows": [{"name": r.name, "median_ms": r.median_ms, "target_ms": r.target_ms} for r in rows]}
        arguments.json.write_text(json.dumps(payload, indent=2) + "\n")
    return 0


def print_table(rows: list[Row]) -> None:
    width = max([len(r.name) for r in rows] + [4])
    print(f"{'name':<{width}}  {'median ms':>10}  {'target ms':>10}  verdict  note")
    for r in rows:
        median = f"{r.median_ms:10.1f}" if r.median_ms is not None else f"{'-':>10}"
        target = f"{r.target_ms:10.1f}" if r.target_ms is not None else f"{'-':>10}"
        print(f"{r.name:<{width}}  {median}  {target}  {r.verdict:<7}  {r.note}")


if __name__ == "__main__":
    sys.exit(main())
