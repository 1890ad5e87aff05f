#!/bin/sh
# Put Freelance Desk in your application menu, for this user only, from the unpacked
# tar.gz (nothing outside your home folder is touched; no root needed).
#
#   ./install-desktop-entry.sh              add the menu entry and icons
#   ./install-desktop-entry.sh --uninstall  remove them again (your data stays)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/freelance-desk.desktop"
sizes="16 24 32 48 64 128 256 512"

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$entry" "$data/icons/hicolor/scalable/apps/freelance-desk.svg"
    for n in $sizes; do rm -f "$data/icons/hicolor/${n}x${n}/apps/freelance-desk.png"; done
    echo "Removed the Freelance Desk menu entry. Your data folder was left as it is."
    exit 0
fi

icons="$here/_internal/resources/icons"
[ -x "$here/freelance-desk" ] && [ -d "$icons" ] || {
    echo "install-desktop-entry.sh: run me from the unpacked freelance-desk folder" >&2; exit 1; }
for n in $sizes; do
    mkdir -p "$data/icons/hicolor/${n}x${n}/apps"
    cp "$icons/app-$n.png" "$data/icons/hicolor/${n}x${n}/apps/freelance-desk.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps" "$data/applications"
cp "$icons/app.svg" "$data/icons/hicolor/scalable/apps/freelance-desk.svg"
# Exec gets the absolute path of this copy, quoted (the folder may have spaces in it)
EXEC_PATH="$here/freelance-desk" awk '/^Exec=/ { print "Exec=\"" ENVIRON["EXEC_PATH"] "\""; next }
    { print }' "$here/freelance-desk.desktop" > "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "Added Freelance Desk to the application menu ($entry)."
echo "If you move this folder, run this script again."
