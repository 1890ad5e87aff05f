#!/usr/bin/env bash
# Smoke-test what `make dist` built, the way a user gets it: unpack the tar.gz and the
# .deb into temporary folders and run the app's --self-test from each (database opens and
# migrates, keyring backend found, SQLCipher works, window renders, icons load), check
# the desktop entries and icons; when installed, start on a real X server (Xvfb) and store
# a secret through a real Secret Service (gnome-keyring in a private D-Bus session).
#
#   installer/linux/smoke_test.sh                     (make dist-check)
#   FD_SMOKE_INSTALL=1 installer/linux/smoke_test.sh  also apt-installs the .deb, runs it
#                                                     from /usr/bin, and removes it (root)
set -uo pipefail
cd "$(dirname "$0")/../.."
app=dist/freelance-desk
[ -x "$app/freelance-desk" ] || { echo "smoke_test.sh: no $app; run make dist" >&2; exit 1; }
version=$("$app/freelance-desk" --version | awk '{print $NF}')
tarball="dist/freelance-desk-$version-linux-$(uname -m).tar.gz"
deb=$(ls dist/freelance-desk_"$version"_*.deb 2>/dev/null | head -1 || true)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0

check() {  # check NAME COMMAND...: run it, keep its output, count it
    local name=$1 log="$work/log"; shift
    if "$@" >"$log" 2>&1; then
        passed=$((passed + 1)); echo "ok    $name"
    else
        failed=$((failed + 1)); echo "FAIL  $name"; sed 's/^/      /' "$log"
    fi
}

self_test() {  # self_test EXECUTABLE: the app's own check, with its report shown
    local out
    out=$(QT_QPA_PLATFORM=offscreen "$1" --self-test --data-dir "$(mktemp -d -p "$work")") \
        || { echo "$out"; return 1; }
    echo "$out"
    grep -q "^OK Freelance Desk $version" <<<"$out" && grep -q "keyring: " <<<"$out" \
        && grep -q "sqlcipher: " <<<"$out" && grep -q "runtime: frozen" <<<"$out"
}

desktop_entry_ok() {  # the entry validates and its icon is installed beside it
    local entry=$1 icons=$2
    if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$entry" || return 1; fi
    grep -q "^Icon=freelance-desk$" "$entry" && [ -s "$icons/hicolor/256x256/apps/freelance-desk.png" ] \
        && [ -s "$icons/hicolor/scalable/apps/freelance-desk.svg" ]
}

check "one-folder build: --self-test" self_test "$app/freelance-desk"
sed 's/^/      /' "$work/log"  # the app's own report, for the build log

if [ -f "$tarball" ]; then
    mkdir "$work/tar" "$work/home"
    check "tar.gz unpacks" tar -C "$work/tar" -xzf "$tarball"
    check "tar.gz: --self-test" self_test "$work/tar/freelance-desk/freelance-desk"
    check "tar.gz: menu entry for this user" env XDG_DATA_HOME="$work/home" \
        "$work/tar/freelance-desk/install-desktop-entry.sh"
    check "tar.gz: menu entry valid, icons in place" desktop_entry_ok \
        "$work/home/applications/freelance-desk.desktop" "$work/home/icons"
    check "tar.gz: menu entry removed again" bash -c "XDG_DATA_HOME='$work/home' \
        '$work/tar/freelance-desk/install-desktop-entry.sh' --uninstall \
        && [ ! -e '$work/home/applications/freelance-desk.desktop' ]"
else
    failed=$((failed + 1)); echo "FAIL  no $tarball"
fi

if [ -n "$deb" ]; then
    check ".deb: control fields" bash -c "dpkg-deb -f '$deb' Package Version Depends \
        | grep -q '^Version: $version'"
    check ".deb unpacks" dpkg-deb -x "$deb" "$work/deb"
    check ".deb: --self-test via /usr/bin/freelance-desk" self_test "$work/deb/usr/bin/freelance-desk"
    check ".deb: menu entry valid, icons in place" desktop_entry_ok \
        "$work/deb/usr/share/applications/freelance-desk.desktop" "$work/deb/usr/share/icons"
elif command -v dpkg-deb >/dev/null; then
    failed=$((failed + 1)); echo "FAIL  dpkg-deb is here but no .deb was built"
fi

if command -v xvfb-run >/dev/null; then
    check "X11 (xcb platform, Xvfb): --self-test" timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" \
        env QT_QPA_PLATFORM=xcb "$app/freelance-desk" --self-test --data-dir "$(mktemp -d -p "$work")"
else
    echo "skip  X11 start: xvfb-run not installed (apt-get install xvfb xauth)"
fi

keyring_round_trip() {  # in a private D-Bus session with its own gnome-keyring, in a temp home:
    # the self-test stores a secret, then a second process opens the same data dir again
    # (with a keyring at hand the app may encrypt it, its key kept in that keyring)
    local home out
    home=$(mktemp -d -p "$work")
    out=$(HOME=$home XDG_DATA_HOME=$home/.local/share timeout 120 dbus-run-session -- bash -c '
        printf self-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
        export QT_QPA_PLATFORM=offscreen
        FREELANCE_DESK_SELFTEST_KEYRING=1 "$0" --self-test --data-dir "$1" && "$0" --data-dir "$1" check
    ' "$1" "$home/data" 2>&1) || { echo "$out"; return 1; }
    echo "$out"
    if [ "$(head -c 15 "$home/data/freelance-desk.sqlite3")" = "SQLite format 3" ]; then
        echo "database: plain SQLite"
    else
        echo "database: encrypted (SQLCipher), reopened with the key from the keyring"
    fi
    grep -q "keyring: keyring.backends.SecretService.Keyring, stored, read back" <<<"$out" \
        && grep -q "integrity: ok" <<<"$out"
}
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
    check "keyring: Secret Service round trip (gnome-keyring), data dir reopens" \
        keyring_round_trip "$app/freelance-desk"
    sed 's/^/      /' "$work/log" | grep -E "keyring: keyring|database: (plain|encrypted)"
else
    echo "skip  keyring round trip: needs dbus-run-session and gnome-keyring-daemon"
fi

if [ "${FD_SMOKE_INSTALL:-}" = 1 ] && [ -n "$deb" ]; then
    check ".deb: apt-get install" apt-get install -y -qq "./$deb"
    check ".deb installed: freelance-desk --self-test" self_test /usr/bin/freelance-desk
    check ".deb: apt-get remove" apt-get remove -y -qq freelance-desk
fi

echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
