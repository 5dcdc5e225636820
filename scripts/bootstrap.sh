#!/usr/bin/env bash
# Sets up everything the app and its tests need on Debian/Ubuntu: system libraries for Qt, PDF
# tools, and a virtual environment in .venv with the project installed. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  libglib2.0-0 libegl1 libgl1 libfontconfig1 fonts-dejavu-core libxkbcommon0 libdbus-1-3
  xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxkbcommon-x11-0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1
  poppler-utils qpdf appstream desktop-file-utils binutils
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for package in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
fi
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Some system packages are missing. Run this once, then try again:"
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}"
    exit 1
  fi
fi

# Probe quietly: under pyenv, the shim of a version that is not active prints "pyenv: python3.13:
# command not found" for every name tried. Only the Python chosen is reported.
if [ ! -x .venv/bin/python ]; then
  python=""
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 \
      && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
      python="$candidate"; break
    fi
  done
  if [ -z "$python" ]; then
    echo "Recovery Journal needs Python 3.11 or newer. Install it with: sudo apt-get install -y python3 python3-venv"
    exit 1
  fi
  echo "Using $("$python" -c 'import sys; print(f"Python {sys.version.split()[0]} ({sys.executable})")' 2>/dev/null)"
  "$python" -m venv .venv >/dev/null 2>&1 || {
    rm -rf .venv
    echo "Could not create a virtual environment. Install it with: sudo apt-get install -y python3-venv"
    exit 1
  }
fi
stamp=.venv/.installed-$(cat pyproject.toml | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e ".[test,package]"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
