#!/usr/bin/env bash
# Optional maintainer check of the Windows setup on Linux, under Wine (never run by the tests or
# CI): compiles installers/windows/fourthpillar.iss with Inno Setup's ISCC.exe, installs the setup
# silently, checks the Start menu, the uninstall entry and the program, installs it again over
# itself (an upgrade), uninstalls it and checks that the program is gone and the user's register
# is still there.
#
#   installers/windows/check-setup-under-wine.sh [BUNDLE]
#
# BUNDLE is a one-folder Windows build (dist\fourthpillar from installers\build.py, built on
# Windows and copied here): then fourthpillar-cli.exe --version and the smoke test (the main
# window on the offscreen platform) run from the installed copy too. Without BUNDLE a stand-in
# bundle (a copy of one of Wine's own programs under our names) checks the setup script alone.
#
# Needs Wine with its 32-bit part (ISCC.exe and the setup are 32-bit programs: on Debian
# `dpkg --add-architecture i386 && apt-get update && apt-get install wine wine32 wine64`),
# xvfb-run (xvfb, xauth) and npm, which fetches Inno Setup's compiler from the `innosetup`
# package (or set INNOSETUP_DIR to a folder holding ISCC.exe). Works in a throwaway Wine prefix
# under /tmp; KEEP=1 keeps it for a look. Wine 8 cannot expand Inno Setup's per-user program
# folder ({autopf} for one user: "Failed to expand shell folder constant"), so the check installs
# for all users (/ALLUSERS); Windows itself installs per user by default.
set -euo pipefail

if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
    exec xvfb-run -a "$0" "$@"  # the setup and the uninstaller want a display, even when silent
fi

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
script="$root/installers/windows/fourthpillar.iss"

fail() { echo "check-setup-under-wine: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || { echo "check-setup-under-wine: $1 is needed: $2" >&2; exit 2; }; }
need wine "install Wine with its 32-bit part (Debian: wine wine32 wine64)"
need xvfb-run "install xvfb and xauth"
if [ -n "${1:-}" ] && [ ! -f "$1/fourthpillar.exe" ]; then
    fail "$1 is not a Windows bundle: it has no fourthpillar.exe"
fi

work=$(mktemp -d /tmp/fourthpillar-wine.XXXXXX)
cleanup() { wineserver -k 2>/dev/null || true; if [ -z "${KEEP:-}" ]; then rm -rf "$work"; else echo "kept $work"; fi; }
trap cleanup EXIT
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/fourthpillar/__init__.py")
app_id=$(sed -n 's/^AppId={{\(.*\)}$/\1/p' "$script")
if [ -z "$version" ] || [ -z "$app_id" ]; then fail "cannot read the version or the setup's AppId"; fi

echo "== Wine prefix in $WINEPREFIX"
wine wineboot -i >/dev/null 2>&1
wine reg add 'HKCU\Software\Wine' /v Version /d win10 /f >/dev/null 2>&1
wineserver -w
win() { winepath -w "$1" 2>/dev/null; }
unix() { winepath -u "$1" 2>/dev/null; }
expand() { wine cmd /c echo "$1" 2>/dev/null | tr -d '\r'; }

if [ -n "${INNOSETUP_DIR:-}" ]; then
    iscc="$INNOSETUP_DIR/ISCC.exe"
else
    need npm "install npm (Inno Setup's compiler comes from its innosetup package), or set INNOSETUP_DIR"
    (cd "$work" && npm pack --silent innosetup@6 >/dev/null && tar -xzf innosetup-*.tgz)
    iscc="$work/package/bin/ISCC.exe"
fi
[ -f "$iscc" ] || fail "no ISCC.exe at $iscc"

if [ -n "${1:-}" ]; then
    bundle=$(cd "$1" && pwd)
    standin=
else
    bundle="$work/dist/fourthpillar"
    standin=$(find /usr/lib /usr/lib64 -path '*x86_64-windows/hostname.exe' 2>/dev/null | head -n 1)
    [ -n "$standin" ] || fail "no 64-bit Wine program to stand in for fourthpillar.exe (is wine64 installed?)"
    mkdir -p "$bundle/_internal"
    cp "$standin" "$bundle/fourthpillar.exe"
    cp "$standin" "$bundle/fourthpillar-cli.exe"
    echo "stand-in for the bundled libraries" >"$bundle/_internal/stand-in.txt"
    echo "== no bundle given: a stand-in checks the setup script, not the app"
fi

echo "== compiling $script"
mkdir -p "$work/out"
wine "$iscc" /Q "/DAppVersion=$version" "/DBundleDir=$(win "$bundle")" "/O$(win "$work/out")" "$(win "$script")" \
    || fail "ISCC could not compile the setup"
setup="$work/out/FourthPillarDesk-$version-setup.exe"
[ -f "$setup" ] || fail "ISCC made no $setup"

program="$(unix 'C:\Program Files')/Fourth Pillar desk"
menu="$(unix 'C:\ProgramData')/Microsoft/Windows/Start Menu/Programs/Fourth Pillar desk"
data="$(unix "$(expand '%LOCALAPPDATA%')")/11.11.11/FourthPillarDesk"
key="HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{$app_id}_is1"

install() {
    wine "$setup" /VERYSILENT /SUPPRESSMSGBOXES /ALLUSERS "/LOG=$(win "$work/out/$1.log")" >/dev/null 2>&1 \
        || fail "the setup failed ($1): see $work/out/$1.log (KEEP=1 keeps it)"
    wineserver -w
}

echo "== installing silently"
install install
for file in fourthpillar.exe fourthpillar-cli.exe unins000.exe; do
    [ -f "$program/$file" ] || fail "not installed: $program/$file"
done
[ -f "$menu/Fourth Pillar desk.lnk" ] || fail "no Start-menu entry in $menu"
[ -f "$menu/Uninstall Fourth Pillar desk.lnk" ] || fail "no uninstall entry in the Start menu"
wine reg query "$key" /v DisplayVersion /reg:64 2>/dev/null | tr -d '\r' | grep -q "REG_SZ *$version\$" \
    || fail "Add/Remove Programs does not list version $version ($key)"

if [ -z "$standin" ]; then
    echo "== running the installed program"
    said=$(wine "$program/fourthpillar-cli.exe" --version 2>/dev/null | tr -d '\r' || true)
    [ "$said" = "fourthpillar $version" ] || fail "fourthpillar-cli.exe --version said: $said"
    # Wine keeps QT_* variables from Windows programs; WINEQT_QPA_PLATFORM reaches them as QT_QPA_PLATFORM.
    said=$(FOURTHPILLAR_SMOKE_TEST=1 WINEQT_QPA_PLATFORM=offscreen wine "$program/fourthpillar-cli.exe" 2>&1 \
        | tr -d '\r' || true)
    echo "$said" | grep -q "main window shown" || fail "the main window did not open: $said"
fi
mkdir -p "$data"
echo "the officer's register" >"$data/check-setup-under-wine.txt"

echo "== installing again over it (an upgrade)"
install upgrade
[ -f "$program/fourthpillar.exe" ] || fail "the second install removed the program"
[ -f "$data/check-setup-under-wine.txt" ] || fail "installing again removed the user's data folder"

echo "== uninstalling silently"
wine "$program/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES >/dev/null 2>&1 || fail "the uninstaller failed"
wineserver -w
[ ! -e "$program" ] || fail "the uninstaller left $program: $(ls "$program")"
[ ! -e "$menu" ] || fail "the uninstaller left the Start-menu folder $menu"
if wine reg query "$key" /reg:64 >/dev/null 2>&1; then fail "the uninstaller left $key"; fi
[ -f "$data/check-setup-under-wine.txt" ] || fail "the uninstaller deleted the user's data folder $data"

echo "OK: FourthPillarDesk-$version-setup.exe ($(du -m "$setup" | cut -f1) MB) installs, upgrades and" \
     "uninstalls under Wine; the data folder stays"
