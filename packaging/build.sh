#!/usr/bin/env bash
# Build the one-folder Linux app with PyInstaller, ready to hand to someone who does not use Python:
#   dist/recovery-journal/                                 the app (run ./recovery-journal, or ./install.sh)
#   dist/recovery-journal-<version>-linux-<arch>.tar.gz    the same folder, packed for download
# Sets up .venv (scripts/bootstrap.sh) and installs the `package` extra (PyInstaller) into it first.
# JOURNAL_VENV=/path/to/venv uses an existing virtual environment instead of .venv;
# DIST_DIR and WORK_DIR choose where the result and PyInstaller's scratch files go.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${JOURNAL_VENV:-}" ]; then
  venv="$JOURNAL_VENV"
else
  bash scripts/bootstrap.sh
  venv=.venv
fi
python="$venv/bin/python"
dist="${DIST_DIR:-dist}"
work="${WORK_DIR:-build/pyinstaller}"

if ! "$python" -c 'import PyInstaller' >/dev/null 2>&1; then
  echo "Installing PyInstaller into $venv (the package extra)"
  "$python" -m pip install -q -e ".[package]"
fi

start=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work" packaging/recovery-journal.spec

# Desktop integration beside the app, where packaging/linux/install.sh looks for it.
app_id=org.recoveryjournal.RecoveryJournal
folder="$dist/recovery-journal"
share="$folder/share"
install -Dm644 "packaging/linux/$app_id.desktop" "$share/applications/$app_id.desktop"
install -Dm644 "packaging/linux/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
install -Dm644 resources/icons/recovery-journal.svg "$share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 32 48 64 128 256 512; do
  install -Dm644 "resources/icons/recovery-journal-$size.png" "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
install -m755 packaging/linux/install.sh "$folder/install.sh"

version=$("$folder/recovery-journal" --version | awk '{print $2}')
archive="$dist/recovery-journal-$version-linux-$(uname -m).tar.gz"
tar -C "$dist" -czf "$archive" recovery-journal
seconds=$(( $(date +%s) - start ))

echo "Built $folder (version $version, $(du -sh "$folder" | cut -f1)) and $archive ($(du -sh "$archive" | cut -f1)) in ${seconds}s."
echo "Try it: $folder/recovery-journal --demo    Install it for you: $folder/install.sh"
