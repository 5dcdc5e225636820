#!/usr/bin/env bash
# Set up (first time only) and start Recovery Journal. `--demo` opens a made-up journal.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec .venv/bin/journal "$@"
