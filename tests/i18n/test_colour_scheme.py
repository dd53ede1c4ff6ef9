"""Dark and light mode: the few fixed colours (errors, hints) switch with the system's scheme.

If these fail, error messages and hints are dark red or grey on a dark background: unreadable.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QGuiApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from fourthpillar.ui import style


@pytest.fixture
def dark_palette(qapp: QApplication) -> Iterator[None]:
    before = QGuiApplication.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    QGuiApplication.setPalette(dark)
    yield
    QGuiApplication.setPalette(before)


def contrast(first: str, second: str) -> float:
    def luminance(name: str) -> float:
        channels = []
        for value in QColor(name).getRgbF()[:3]:
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        red, green, blue = channels
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("name", sorted(style.COLOURS))
def test_each_fixed_colour_reads_on_its_background(name: str) -> None:
    light, dark = style.COLOURS[name]
    assert contrast(light, "#ffffff") >= 3.5
    assert contrast(dark, "#202124") >= 4.5


def test_dark_mode_uses_the_dark_variants(dark_palette: None) -> None:
    if QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Light:
        pytest.skip("the platform reports light mode whatever the palette")
    assert style.is_dark()
    assert style.colour("error") == style.COLOURS["error"][1]
    assert style.COLOURS["error"][1] in style.style_sheet()


def test_light_mode_uses_the_light_variants(qapp: QApplication) -> None:
    if style.is_dark():
        pytest.skip("this machine is in dark mode")
    assert style.colour("hint") == style.COLOURS["hint"][0]
    assert "#b3261e" in style.style_sheet()


def test_the_app_icon_comes_in_every_size(qapp: QApplication) -> None:
    """Sharp on a 200 % screen: Qt picks the 32, 48 or 64 px picture instead of stretching 16 px."""
    from fourthpillar.ui.app import app_icon

    sizes = {size.width() for size in app_icon().availableSizes()}
    assert {16, 32, 48, 64, 256} <= sizes


def test_toolbar_and_side_bar_icons_fall_back_to_qt_s_own(qapp: QApplication) -> None:

    for pixmap in style.THEME_ICONS:
        assert not style.themed_icon(qapp.style(), pixmap).isNull()
