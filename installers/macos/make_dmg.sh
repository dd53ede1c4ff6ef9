#!/bin/sh
# Pack the macOS app into a disk image users open and drag to Applications.
#
#   installers/macos/make_dmg.sh "dist/Fourth Pillar desk.app" dist/FourthPillarDesk-0.1.0.dmg
#
# installers/build.py --installer runs this after PyInstaller made the .app (BUNDLE step of
# installers/fourthpillar.spec: bundle id be.11.fourthpillar, the icon, the version). macOS only
# (hdiutil). The app is not signed or notarised here: Gatekeeper asks the first time (right-click
# > Open), or sign it with `codesign --deep --sign "Developer ID Application: ..."` before packing.
# The register lives in ~/Library/Application Support/FourthPillarDesk, outside the app: replacing
# or deleting the app never touches it.
set -eu

app="${1:?usage: make_dmg.sh APP DMG}"
dmg="${2:?usage: make_dmg.sh APP DMG}"
[ -d "${app}" ] || { echo "make_dmg.sh: ${app} not found: build it with installers/build.py first" >&2; exit 2; }

stage=$(mktemp -d)
trap 'rm -rf "${stage}"' EXIT
cp -R "${app}" "${stage}/"
ln -s /Applications "${stage}/Applications"
rm -f "${dmg}"
hdiutil create -volname "Fourth Pillar desk" -srcfolder "${stage}" -fs HFS+ -format UDZO -ov "${dmg}"
echo "made ${dmg}"
