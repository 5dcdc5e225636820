#!/usr/bin/env bash
# Set up (first time only) and run every check: ruff (lint and format), import contracts, mypy strict on all of journal, and the whole pytest suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
echo "== ruff"
.venv/bin/ruff check src tests benchmarks packaging scripts tools
.venv/bin/ruff format --check src tests benchmarks packaging scripts tools
echo "== import contracts"
.venv/bin/lint-imports
echo "== mypy (all of journal, strict)"
.venv/bin/mypy
echo "== pytest"
set +e
.venv/bin/python -m pytest "$@"
status=$?
set -e
if [ "$status" = "5" ]; then
  echo "pytest collected no tests: that is a failure here." >&2
  exit 1
fi
exit "$status"
