#!/usr/bin/env bash
# macOS: "dist/Freelance Desk.app" (build.spec's BUNDLE) -> dist/FreelanceDesk-VERSION-macOS-ARCH.dmg
#
# The disk image opens on the app beside an Applications shortcut: drag it across to
# install. `make dist` runs this after PyInstaller and the app's self-test.
#
# Signing (optional): with CODESIGN_IDENTITY="Developer ID Application: …" set during
# `make dist`, PyInstaller signs the app (hardened runtime, installer/macos/entitlements.plist)
# and this script signs the .dmg. Then notarize and staple:
#   xcrun notarytool submit dist/FreelanceDesk-*.dmg --keychain-profile PROFILE --wait
#   xcrun stapler staple dist/FreelanceDesk-*.dmg
# Unsigned builds run after right-click > Open (Gatekeeper asks once).
set -euo pipefail
cd "$(dirname "$0")/../.."
app="dist/Freelance Desk.app"
[ -d "$app" ] || { echo "make_dmg.sh: no $app; run make dist on macOS" >&2; exit 1; }
version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist")
dmg="dist/FreelanceDesk-$version-macOS-$(uname -m).dmg"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
ditto "$app" "$stage/Freelance Desk.app"  # ditto keeps signatures, symlinks and xattrs
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "Freelance Desk $version" -srcfolder "$stage" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$dmg" >/dev/null
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --sign "$CODESIGN_IDENTITY" --timestamp "$dmg"
fi
hdiutil verify "$dmg" >/dev/null
echo "built $dmg ($(du -h "$dmg" | cut -f1))"
