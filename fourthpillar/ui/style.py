"""The look of the main window: a quiet side bar, clear page titles, dashboard cards.

Colours come from the palette where possible so a dark desktop theme still reads well.
"""

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
