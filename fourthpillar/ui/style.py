"""The look of the main window: a quiet side bar, clear page titles, dashboard cards.

Colours come from the palette where possible so a dark desktop theme still reads well. The few
fixed colours (errors, hints, good news) come from :func:`colour`, which has a light and a dark
variant; :func:`follow_colour_scheme` re-applies the style sheet when the system switches
between light and dark mode (Qt 6.5+ ``QStyleHints.colorScheme``).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtGui import QIcon
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QStyle
from PySide6.QtWidgets import QStyleFactory

#: Fixed colours by meaning: (on a light background, on a dark background). Both read at 4.5:1 or better.
COLOURS: dict[str, tuple[str, str]] = {
    "error": ("#b3261e", "#f2b8b5"),
    "hint": ("#5c6670", "#aab4be"),
    "good": ("#1e6b35", "#8fd19e"),
    "muted": ("#80868b", "#9aa0a6"),
}


def is_dark() -> bool:
    """True when the app is shown in dark mode (the system's choice, or a dark palette)."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme != Qt.ColorScheme.Unknown:
        return scheme == Qt.ColorScheme.Dark
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def colour(name: str) -> str:
    """The fixed colour *name* ("error", "hint", "good", "muted") for the current light or dark mode."""
    light, dark = COLOURS[name]
    return dark if is_dark() else light


def style_sheet() -> str:
    """The main window's style sheet for the current colour scheme."""
    return STYLE_SHEET.replace("#b3261e", colour("error"))


#: Freedesktop icon names for the standard pixmaps the app uses: the desktop's theme draws them
#: as scalable icons (crisp at any scale factor); Qt's own pixmap is the fallback.
THEME_ICONS: dict[QStyle.StandardPixmap, str] = {
    QStyle.StandardPixmap.SP_FileIcon: "document-new",
    QStyle.StandardPixmap.SP_TrashIcon: "edit-delete",
    QStyle.StandardPixmap.SP_ArrowBack: "edit-undo",
    QStyle.StandardPixmap.SP_BrowserReload: "view-refresh",
    QStyle.StandardPixmap.SP_FileDialogContentsView: "edit-find",
    QStyle.StandardPixmap.SP_ComputerIcon: "go-home",
    QStyle.StandardPixmap.SP_DirHomeIcon: "system-users",
    QStyle.StandardPixmap.SP_MessageBoxQuestion: "mail-message-new",
    QStyle.StandardPixmap.SP_FileDialogDetailedView: "view-list-details",
}


def themed_icon(style: QStyle, pixmap: QStyle.StandardPixmap) -> QIcon:
    """The desktop theme's (scalable) icon for *pixmap*, else Qt's standard one."""
    fallback = style.standardIcon(pixmap)
    name = THEME_ICONS.get(pixmap)
    return QIcon.fromTheme(name, fallback) if name else fallback


def follow_colour_scheme(app: QApplication) -> None:
    """Follow the system's dark or light mode, now and when it changes while the app runs.

    Windows' classic style has no dark variant: in dark mode the app uses Fusion, which does.
    """
    if sys.platform == "win32" and is_dark() and app.style().name().lower() == "windowsvista":
        app.setStyle(QStyleFactory.create("Fusion"))

    def restyle(*_args: object) -> None:
        for widget in app.topLevelWidgets():
            if widget.objectName() == "mainWindow":
                widget.setStyleSheet(style_sheet())

    app.styleHints().colorSchemeChanged.connect(restyle)


STYLE_SHEET = """
QListWidget#navigation {
    background: palette(window);
    border: none;
    border-right: 1px solid palette(mid);
    padding-top: 10px;
    font-size: 11pt;
}
QListWidget#navigation::item {
    padding: 8px 12px;
    margin: 1px 6px;
    border-radius: 6px;
}
QListWidget#navigation::item:selected {
    background: palette(highlight);
    color: palette(highlighted-text);
}
QLabel#pageTitle {
    font-size: 17pt;
    font-weight: 600;
}
QLabel#pageCount, QLabel#pageSubtitle {
    color: palette(placeholder-text);
    font-size: 10pt;
}
QLabel#emptyState {
    color: palette(placeholder-text);
    font-size: 12pt;
}
QFrame#card {
    background: palette(base);
    border: 1px solid palette(midlight);
    border-radius: 8px;
}
QLabel#cardTitle {
    font-size: 12pt;
    font-weight: 600;
}
QLabel#sectionLabel {
    font-weight: 600;
    margin-top: 6px;
}
QLabel#alertLabel {
    font-weight: 600;
    margin-top: 6px;
    color: #b3261e;
}
QPushButton#linkButton {
    border: none;
    color: palette(link);
}
QPushButton#linkButton:hover, QPushButton#linkButton:focus {
    text-decoration: underline;
}
QTableView {
    border: 1px solid palette(midlight);
    border-radius: 4px;
}
"""
