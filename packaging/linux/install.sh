#!/usr/bin/env bash
# Installs this Recovery Journal folder for you alone (no root needed): the app in ~/.local/lib/recovery-journal,
# a `recovery-journal` command in ~/.local/bin, and a menu entry with its icon.
#   ./install.sh               install or update
#   ./install.sh --uninstall   remove the app again; your journal itself is never touched
# PREFIX (default ~/.local) and XDG_DATA_HOME (default ~/.local/share) choose other places.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
prefix="${PREFIX:-$HOME/.local}"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
app_id=org.recoveryjournal.RecoveryJournal
target="$prefix/lib/recovery-journal"
sizes=(16 32 48 64 128 256 512)

refresh_menus() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data_home/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data_home/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$target"
  rm -f "$prefix/bin/recovery-journal" "$data_home/applications/$app_id.desktop" "$data_home/metainfo/$app_id.metainfo.xml"
  rm -f "$data_home/icons/hicolor/scalable/apps/$app_id.svg"
  for size in "${sizes[@]}"; do rm -f "$data_home/icons/hicolor/${size}x${size}/apps/$app_id.png"; done
  refresh_menus
  echo "Recovery Journal was removed. Your journal itself was left where it was (usually ~/.local/share/RecoveryJournal)."
  exit 0
fi

if [ ! -x "$here/recovery-journal" ]; then
  echo "Run this from the unpacked recovery-journal folder: it holds the app next to this script." >&2
  exit 1
fi

if [ "$here" != "$target" ]; then
  rm -rf "$target"
  mkdir -p "$(dirname "$target")"
  cp -a "$here" "$target"
fi
mkdir -p "$prefix/bin"
ln -sf "$target/recovery-journal" "$prefix/bin/recovery-journal"

share="$target/share"
mkdir -p "$data_home/applications" "$data_home/metainfo" "$data_home/icons/hicolor/scalable/apps"
sed "s|^Exec=.*|Exec=$target/recovery-journal|" "$share/applications/$app_id.desktop" \
  > "$data_home/applications/$app_id.desktop"
cp "$share/metainfo/$app_id.metainfo.xml" "$data_home/metainfo/"
cp "$share/icons/hicolor/scalable/apps/$app_id.svg" "$data_home/icons/hicolor/scalable/apps/"
for size in "${sizes[@]}"; do
  mkdir -p "$data_home/icons/hicolor/${size}x${size}/apps"
  cp "$share/icons/hicolor/${size}x${size}/apps/$app_id.png" "$data_home/icons/hicolor/${size}x${size}/apps/"
done
refresh_menus

echo "Recovery Journal is installed: find it in your applications menu, or run $prefix/bin/recovery-journal"
