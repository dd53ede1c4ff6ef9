"""Picking partner countries from the completer: the pick is added, the line empties and the
list of suggestions closes, ready for the next country."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fourthpillar.ui.widgets.countries import CountryPicker

#: The offscreen platform cannot raise a popup or grab the keyboard for it, and says so.
offscreen_popups = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def picker(qtbot) -> CountryPicker:
    widget = CountryPicker()
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    widget.line_edit.setFocus()
    return widget


@offscreen_popups
def test_a_country_picked_with_enter_closes_the_suggestions(qtbot, picker: CountryPicker) -> None:
    """The suggestions stayed open over the form after Enter picked a country."""
    qtbot.keyClicks(picker.line_edit, "Seneg")
    popup = picker.line_edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert picker.codes() == ["SN"]
    assert not popup.isVisible()
    assert picker.line_edit.text() == ""


@offscreen_popups
def test_a_country_picked_with_the_mouse_leaves_an_empty_line(qtbot, picker: CountryPicker) -> None:
    """A click added the country but left its name in the line, so Enter then did nothing useful."""
    qtbot.keyClicks(picker.line_edit, "Seneg")
    popup = picker.line_edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    first = popup.visualRect(popup.model().index(0, 0)).center()
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.waitUntil(lambda: picker.line_edit.text() == "")
    assert picker.codes() == ["SN"]
    assert not popup.isVisible()
