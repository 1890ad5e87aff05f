#!/usr/bin/env bash
# dist/freelance-desk/ (the PyInstaller one-folder app) -> dist/freelance-desk-VERSION-linux-ARCH.tar.gz
#
# The archive unpacks to one folder: run ./freelance-desk/freelance-desk, or
# ./freelance-desk/install-desktop-entry.sh to add it to the application menu.
set -euo pipefail
cd "$(dirname "$0")/../.."
app=dist/freelance-desk
[ -x "$app/freelance-desk" ] || { echo "build_tarball.sh: no $app; run make dist" >&2; exit 1; }
version=$("$app/freelance-desk" --version | awk '{print $NF}')
archive="dist/freelance-desk-$version-linux-$(uname -m).tar.gz"

stage=$(mktemp -d dist/.tar-XXXXXX)
trap 'rm -rf "$stage"' EXIT
cp -al "$app" "$stage/freelance-desk"  # hard links: no second copy of 130 MB
rm -f "$stage"/freelance-desk/{freelance-desk.desktop,install-desktop-entry.sh}
install -m 644 installer/linux/freelance-desk.desktop "$stage/freelance-desk/"
install -m 755 installer/linux/install-desktop-entry.sh "$stage/freelance-desk/"
tar -C "$stage" --sort=name --owner=0 --group=0 --numeric-owner -czf "$archive" freelance-desk
echo "built $archive ($(du -h "$archive" | cut -f1))"
