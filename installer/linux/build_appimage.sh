#!/usr/bin/env bash
# Optional: dist/freelance-desk/ -> dist/Freelance_Desk-VERSION-ARCH.AppImage
#
# Lays out dist/FreelanceDesk.AppDir (runnable as is: ./dist/FreelanceDesk.AppDir/AppRun),
# then packs it with appimagetool when that is installed. appimagetool is not on PyPI or in
# Debian: download it from the AppImage project's releases, make it executable and put it
# on PATH (or set APPIMAGETOOL=/path/to/appimagetool), then run this script again.
set -euo pipefail
cd "$(dirname "$0")/../.."
app=dist/freelance-desk
[ -x "$app/freelance-desk" ] || { echo "build_appimage.sh: no $app; run make dist" >&2; exit 1; }
version=$("$app/freelance-desk" --version | awk '{print $NF}')
appdir=dist/FreelanceDesk.AppDir

rm -rf "$appdir"
mkdir -p "$appdir/usr/lib"
cp -a "$app" "$appdir/usr/lib/freelance-desk"
rm -f "$appdir"/usr/lib/freelance-desk/{freelance-desk.desktop,install-desktop-entry.sh}
cat > "$appdir/AppRun" <<'APPRUN'
#!/bin/sh
here=$(dirname "$(readlink -f "$0")")
exec "$here/usr/lib/freelance-desk/freelance-desk" "$@"
APPRUN
chmod 755 "$appdir/AppRun"
install -m 644 installer/linux/freelance-desk.desktop "$appdir/freelance-desk.desktop"
install -m 644 "$app/_internal/resources/icons/app-256.png" "$appdir/freelance-desk.png"
ln -s freelance-desk.png "$appdir/.DirIcon"

tool=${APPIMAGETOOL:-$(command -v appimagetool || true)}
if [ -z "$tool" ]; then
    echo "laid out $appdir (run it with $appdir/AppRun); appimagetool not found, so no .AppImage:"
    echo "  put appimagetool on PATH or set APPIMAGETOOL, then run $0 again"
    exit 0
fi
out="dist/Freelance_Desk-$version-$(uname -m).AppImage"
ARCH=$(uname -m) VERSION=$version "$tool" --no-appstream "$appdir" "$out"
echo "built $out ($(du -h "$out" | cut -f1))"
