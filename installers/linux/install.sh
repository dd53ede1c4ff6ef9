#!/bin/sh
# Install the Fourth Pillar desk bundle (the folder this script is in) with a menu entry.
#
#   ./install.sh            for you only: ~/.local/opt/fourthpillar, ~/.local/bin, ~/.local/share
#   sudo ./install.sh --system    for everyone: /opt/fourthpillar, /usr/local/bin, /usr/local/share
#
# Installing again replaces the program. To remove it, delete the program folder, the
# `fourthpillar` link and the be.11.fourthpillar.* files under share/. Neither step touches the
# register: your data stays in ~/.local/share/FourthPillarDesk.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" = "--system" ]; then
    opt=/opt/fourthpillar
    prefix=/usr/local
else
    opt="${HOME}/.local/opt/fourthpillar"
    prefix="${HOME}/.local"
fi
id=be.11.fourthpillar

if [ ! -x "${here}/fourthpillar" ]; then
    echo "install.sh: run it from the built bundle (dist/fourthpillar/install.sh)" >&2
    exit 2
fi

if [ "${here}" != "${opt}" ]; then
    rm -rf "${opt}.new"
    mkdir -p "$(dirname "${opt}")"
    cp -a "${here}" "${opt}.new"
    rm -rf "${opt}"
    mv "${opt}.new" "${opt}"
fi

mkdir -p "${prefix}/bin" "${prefix}/share/applications" "${prefix}/share/metainfo"
ln -sf "${opt}/fourthpillar" "${prefix}/bin/fourthpillar"
# The menu entry starts the installed program by its full path (~/.local/bin is not always on PATH).
sed "s|^Exec=fourthpillar|Exec=\"${opt}/fourthpillar\"|" "${opt}/share/applications/${id}.desktop" \
    > "${prefix}/share/applications/${id}.desktop"
cp "${opt}/share/metainfo/${id}.metainfo.xml" "${prefix}/share/metainfo/"
for icon in "${opt}"/share/icons/hicolor/*/apps/${id}.*; do
    size=$(basename "$(dirname "$(dirname "${icon}")")")
    mkdir -p "${prefix}/share/icons/hicolor/${size}/apps"
    cp "${icon}" "${prefix}/share/icons/hicolor/${size}/apps/"
done

command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "${prefix}/share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "${prefix}/share/icons/hicolor" || true
echo "Fourth Pillar desk installed in ${opt}; it is in the Office menu and starts with ${prefix}/bin/fourthpillar"
