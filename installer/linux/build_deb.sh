#!/usr/bin/env bash
# dist/freelance-desk/ (the PyInstaller one-folder app) -> dist/freelance-desk_VERSION_ARCH.deb
#
# Installs the app in /opt/freelance-desk, the command /usr/bin/freelance-desk, the menu
# entry and the icons. Needs dpkg-deb (Debian, Ubuntu and derivatives).
# Install with: sudo apt install ./dist/freelance-desk_VERSION_ARCH.deb
set -euo pipefail
cd "$(dirname "$0")/../.."
umask 022
app=dist/freelance-desk
[ -x "$app/freelance-desk" ] || { echo "build_deb.sh: no $app; run make dist" >&2; exit 1; }
command -v dpkg-deb >/dev/null || { echo "build_deb.sh: dpkg-deb not found (not Debian?)" >&2; exit 1; }
version=$("$app/freelance-desk" --version | awk '{print $NF}')
arch=$(dpkg --print-architecture)
deb="dist/freelance-desk_${version}_${arch}.deb"

# What the bundle takes from the system (build.spec bundles only BUNDLED_SYSTEM_LIBS
# from the build machine; the rest, X11/Wayland/GL included, comes from here). Debian 12 and
# Ubuntu 22.04 names; newer releases' renamed (t64) packages provide these names.
# The glibc floor is the newest symbol version any bundled binary asks for.
glibc=$(find "$app" -type f \( -name '*.so*' -o -name freelance-desk \) -exec objdump -T {} + \
        2>/dev/null | grep -o 'GLIBC_[0-9.]*' | cut -d_ -f2 | sort -V | tail -1) || true
depends=(
    "libc6 (>= ${glibc:-2.35})" libstdc++6 libgcc-s1 zlib1g libzstd1 liblzma5 libffi8 libexpat1
    libbrotli1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6
    libgl1 libegl1 libx11-6 libx11-xcb1 libxkbcommon0 libxkbcommon-x11-0
    libxcb1 libxcb-glx0 libxcb-icccm4 libxcb-keysyms1 libxcb-randr0 libxcb-render0
    libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1
    libwayland-client0 libwayland-cursor0 libwayland-egl1
)
# GTK file dialogs and a Secret Service for the keyring are used when present; so are the X
# screen saver extension (the timer's idle prompt, desktop/idle.py) and the Hindi hunspell
# dictionary (spell-check, ui/spelling.py; GPL-2+, so not bundled)
suggests=(libgtk-3-0 gnome-keyring libxss1 hunspell-hi)
# libraries only these optional Qt plugins load
optional='plugins/platformthemes/libqgtk3\.so'

# Refuse to build a package that forgets a library: every system library a bundled
# file needs must come from a package in $depends (checked where the build machine
# has that library installed, via dpkg -S).
check_depends() {
    local inside needed so path pkg missing=()
    inside=$(find "$app" \( -type f -o -type l \) -name '*.so*' -printf '%f\n' | sort -u)
    needed=$(find "$app" -type f \( -name '*.so*' -o -name freelance-desk \) \
             | grep -Ev "$optional" | xargs readelf -d 2>/dev/null \
             | awk '/NEEDED/{gsub(/[][]/,"",$5); print $5}' | sort -u)
    for so in $needed; do
        grep -qxF "$so" <<<"$inside" && continue
        # (awk reads to the end: an early exit would kill ldconfig with SIGPIPE under pipefail)
        path=$(ldconfig -p | awk -v s="$so" '$1 == s && !seen {print $NF; seen = 1}')
        [ -n "$path" ] || { echo "  note: $so is not installed here; cannot check it"; continue; }
        pkg=$(dpkg -S "$path" "$(readlink -f "$path")" "${path#/usr}" 2>/dev/null \
              | awk -F: 'NR == 1 {print $1}') || true
        [ -n "$pkg" ] || { echo "  note: no package owns $path"; continue; }
        [[ " ${depends[*]} " == *" $pkg "* || " ${depends[*]} " == *" $pkg ("* ]] \
            || missing+=("$so ($pkg)")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "build_deb.sh: the bundle needs libraries no declared package provides:" >&2
        printf '  %s\n' "${missing[@]}" >&2
        echo "add their packages to depends in installer/linux/build_deb.sh" >&2
        exit 1
    fi
}
check_depends

root=$(mktemp -d dist/.deb-XXXXXX)
trap 'rm -rf "$root"' EXIT
chmod 755 "$root"
mkdir -p "$root/opt" "$root/usr/bin" "$root/DEBIAN"
cp -a "$app" "$root/opt/freelance-desk"
rm -f "$root"/opt/freelance-desk/{freelance-desk.desktop,install-desktop-entry.sh}
# relative, so it also resolves inside an unpacked (dpkg-deb -x) tree
ln -s ../../opt/freelance-desk/freelance-desk "$root/usr/bin/freelance-desk"
install -D -m 644 installer/linux/freelance-desk.desktop \
    "$root/usr/share/applications/freelance-desk.desktop"
icons="$app/_internal/resources/icons"
for n in 16 24 32 48 64 128 256 512; do
    install -D -m 644 "$icons/app-$n.png" "$root/usr/share/icons/hicolor/${n}x${n}/apps/freelance-desk.png"
done
install -D -m 644 "$icons/app.svg" "$root/usr/share/icons/hicolor/scalable/apps/freelance-desk.svg"
install -d "$root/usr/share/doc/freelance-desk"
printf 'Freelance Desk %s\nLicense: proprietary. Bundles Qt (LGPLv3), PySide6 (LGPLv3), Python (PSF),\npeewee (MIT), keyring (MIT), SQLCipher (BSD) and their dependencies.\n' \
    "$version" > "$root/usr/share/doc/freelance-desk/copyright"

join() { local IFS=,; echo "$*" | sed 's/,/, /g'; }
cat > "$root/DEBIAN/control" <<CONTROL
Package: freelance-desk
Version: $version
Architecture: $arch
Maintainer: ${DEB_MAINTAINER:-Freelance Desk maintainers <maintainers@freelance-desk.invalid>}
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Section: office
Priority: optional
Depends: $(join "${depends[@]}")
Suggests: $(join "${suggests[@]}")
Description: offline-first workbench for marketplace freelancers
 Profile, jobs, proposals, contracts and payments for Upwork-style
 marketplaces in one window: what a bid nets after fees and Connects,
 milestones, weekly hour caps and payout dates, in a local database
 that you own.
CONTROL
# dpkg's triggers refresh the icon cache and the menu; no maintainer scripts needed.
# zstd: under a second and about gzip's size; dpkg reads it on every release that meets
# the glibc floor above. DEB_COMPRESSION=xz gives a ~20% smaller file in minutes.
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-zstd}" --build "$root" "$deb" >/dev/null
echo "built $deb ($(du -h "$deb" | cut -f1))"
