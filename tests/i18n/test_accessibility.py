"""Keyboard and screen-reader use, in every language: what an officer without a mouse relies on.

If these fail, some action can only be reached with the mouse (no shortcut, no menu mnemonic, or
two entries of one menu answering the same Alt+letter), a screen reader announces a button as
just "button", or Tab skips a field.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QToolButton
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fourthpillar import clock
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.ui.main_window import MainWindow


@pytest.fixture
def window(desk: Desk, qtbot: QtBot, isolated_settings: None) -> Iterator[MainWindow]:
    shown = MainWindow(desk)
    qtbot.addWidget(shown)
    yield shown
    shown.jobs.wait(5000)


def mnemonic(text: str) -> str | None:
    """The Alt+letter of a menu text ("&File" -> "f"), or None."""
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].lower() if index >= 0 else None


def visible_actions(menu: QMenu) -> list[QAction]:
    return [action for action in menu.actions() if action.isVisible() and not action.isSeparator()]


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_every_menu_entry_is_reachable_from_the_keyboard(desk: Desk, qtbot: QtBot, speak: Callable[[str], None],
                                                         language: str) -> None:
    """Menu titles have distinct Alt+letters; every entry has a distinct letter in its menu or a shortcut."""
    speak(language)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions() if action.isVisible()]
    letters = [mnemonic(title) for title in titles]
    assert None not in letters, titles
    assert len(set(letters)) == len(letters), f"{language}: menu titles share an Alt+letter: {titles}"
    menus = [action.menu() for action in window.menuBar().actions()]
    while menus:
        menu = menus.pop()
        assert isinstance(menu, QMenu)
        entries = visible_actions(menu)
        menus += [action.menu() for action in entries if isinstance(action.menu(), QMenu)]
        keys = [mnemonic(action.text()) for action in entries if mnemonic(action.text())]
        assert len(set(keys)) == len(keys), f"{language}: {menu.title()} shares letters: " + ", ".join(
            action.text() for action in entries)
        for action in entries:
            reachable = mnemonic(action.text()) or not action.shortcut().isEmpty() or action.menu() is not None
            assert reachable, f"{language}: {menu.title()} ▸ {action.text()} has no Alt+letter and no shortcut"
    window.jobs.wait(5000)


def test_the_main_actions_have_their_own_shortcuts(window: MainWindow) -> None:
    main = [window.new_action, window.new_initiative_action, window.new_request_action, window.new_follow_up_action,
            window.undo_action, window.redo_action, window.archive_action, window.find_action,
            window.quick_search_action, window.back_action, window.refresh_action, window.settings_action,
            window.shortcuts_action, *window.go_actions.values()]
    for action in main:
        assert not action.shortcut().isEmpty(), action.text()
    shortcuts = [key.toString() for action in window.actions() for key in action.shortcuts() if not key.isEmpty()]
    duplicates = {key for key in shortcuts if shortcuts.count(key) > 1}
    assert duplicates == set(), f"one shortcut, two actions: {duplicates}"
    assert window.settings_action in window.edit_menu.actions()
    assert window.settings_action.shortcut() == QKeySequence("Ctrl+,")


def icon_only_buttons(widget: QWidget) -> list[QAbstractButton]:
    """Buttons that show an icon or an arrow and no text (not Qt's own clear button inside a line edit)."""
    def pictured(button: QAbstractButton) -> bool:
        arrow = isinstance(button, QToolButton) and button.arrowType() != Qt.ArrowType.NoArrow
        return arrow or not button.icon().isNull()

    return [button for button in widget.findChildren(QAbstractButton)
            if not button.text().replace("&", "").strip() and pictured(button) and button.isVisibleTo(widget)
            and not isinstance(button.parentWidget(), QLineEdit)]


def dialogs_to_check(desk: Desk) -> list[QDialog]:
    from fourthpillar.ui.editors import CompleteFollowUpDialog
    from fourthpillar.ui.editors import ContactEditor
    from fourthpillar.ui.editors import FollowUpEditor
    from fourthpillar.ui.editors import InitiativeEditor
    from fourthpillar.ui.editors import RequestEditor
    from fourthpillar.ui.settings_dialog import SettingsDialog
    from fourthpillar.ui.welcome import WelcomeDialog

    saved = initiatives.register_initiative(desk, values={"name": "Vrienden van Kisangani", "postcode": "9000"})
    request = requests.log_request(desk, initiative_id=saved.id, values={"channel": "phone", "question": "Subsidie?"})
    follow_up = followups.plan_follow_up(desk, request_id=request.id, values={
        "action": "Terugbellen", "due_on": clock.today()})
    return [InitiativeEditor(desk), InitiativeEditor(desk, initiative_id=saved.id),
            RequestEditor(desk, request_id=request.id), FollowUpEditor(desk, request_id=request.id),
            CompleteFollowUpDialog(desk, follow_up_id=follow_up.id), ContactEditor(desk, initiative_id=saved.id),
            SettingsDialog(desk), WelcomeDialog(desk, demo_available=True)]


def test_icon_only_buttons_have_a_name_and_a_tooltip(window: MainWindow, desk: Desk, qtbot: QtBot) -> None:
    """A button without text (the date fields' calendar arrow, ...) is announced and explained."""
    widgets: list[QWidget] = [window]
    for dialog in dialogs_to_check(desk):
        qtbot.addWidget(dialog)
        widgets.append(dialog)
    found = 0
    for widget in widgets:
        for button in icon_only_buttons(widget):
            found += 1
            assert button.accessibleName(), f"{type(widget).__name__}: {button.objectName() or button} has no name"
            assert button.toolTip(), f"{type(widget).__name__}: {button.accessibleName()} has no tooltip"
    assert found > 0  # the date fields' calendar buttons at least


def test_every_labelled_field_has_its_alt_letter(desk: Desk, qtbot: QtBot, isolated_settings: None) -> None:
    """A form label with an Alt+letter ("&Name:") moves the focus to its field: it has a buddy."""
    for dialog in dialogs_to_check(desk):
        qtbot.addWidget(dialog)
        for label in dialog.findChildren(QLabel):
            if mnemonic(label.text()) and label.isVisibleTo(dialog):
                assert label.buddy() is not None, f"{type(dialog).__name__}: {label.text()} leads nowhere"


def focus_chain(start: QWidget, within: QWidget) -> list[QWidget]:
    """The widgets Tab visits from *start*, in order, once round."""
    chain, widget = [], start.nextInFocusChain()
    while widget is not start and len(chain) < 2000:
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisibleTo(within) and widget.isEnabled():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_tab_goes_from_the_side_bar_to_the_search_box_and_the_list(window: MainWindow, qtbot: QtBot) -> None:
    from fourthpillar.ui.lists.definitions import INITIATIVES

    window.show_page(INITIATIVES)
    page = window.lists[INITIATIVES]
    chain = focus_chain(window.navigation, window)
    assert page.search_box in chain and page.table in chain
    assert chain.index(page.search_box) < chain.index(page.table)


def test_tab_visits_the_settings_in_reading_order(desk: Desk, qtbot: QtBot, isolated_settings: None) -> None:
    from fourthpillar.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(desk)
    qtbot.addWidget(dialog)
    chain = focus_chain(dialog.name, dialog)
    order = [dialog.language, dialog.folder, dialog.browse, *dialog.rotation.values()]
    positions = [chain.index(widget) for widget in order]
    assert positions == sorted(positions)


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_the_alt_letters_of_a_dialog_are_distinct(desk: Desk, qtbot: QtBot, speak: Callable[[str], None],
                                                  language: str) -> None:
    """In each editor, Alt+letter leads to one field: no two labels or buttons share a letter."""
    speak(language)
    for dialog in dialogs_to_check(desk):
        qtbot.addWidget(dialog)
        texts = [label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)]
        texts += [button.text() for button in dialog.findChildren(QAbstractButton) if button.isVisibleTo(dialog)]
        texts = [text for text in texts if mnemonic(text)]
        letters = [mnemonic(text) for text in texts]
        shared = sorted({letter for letter in letters if letters.count(letter) > 1 and letter is not None})
        assert shared == [], f"{language}: {type(dialog).__name__}: " + ", ".join(
            text for text in texts if mnemonic(text) in shared)


def page_mnemonics(page: QWidget) -> list[str]:
    texts = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page) and label.buddy()]
    texts += [button.text() for button in page.findChildren(QAbstractButton) if button.isVisibleTo(page)]
    return [text for text in texts if mnemonic(text)]


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_page_alt_letters_do_not_shadow_the_menus(desk: Desk, qtbot: QtBot, speak: Callable[[str], None],
                                                  language: str) -> None:
    """On every page, Alt+letter of a button or field is its own: not a menu's, not another button's.

    (Two owners of one Alt+letter make Qt do neither: the menu does not open, the button does not press.)
    """
    from fourthpillar.ui.main_window import INITIATIVE_PAGE
    from fourthpillar.ui.main_window import NAVIGATION

    speak(language)
    saved = initiatives.register_initiative(desk, values={"name": "Vrienden van Kisangani", "postcode": "9000"})
    window = MainWindow(desk)
    qtbot.addWidget(window)
    menus = {mnemonic(action.text()) for action in window.menuBar().actions()}
    problems = []
    for name in [*NAVIGATION, INITIATIVE_PAGE]:
        if name == INITIATIVE_PAGE:
            window.show_initiative(saved.id)
            qtbot.waitUntil(lambda: window.initiative_page.reading is None, timeout=10_000)  # read in the background
        else:
            window.show_page(name)
        page = window.stack.currentWidget()
        texts = page_mnemonics(page)
        letters = [mnemonic(text) for text in texts]
        for text, letter in zip(texts, letters, strict=True):
            if letter in menus or letters.count(letter) > 1:
                problems.append(f"{name}: {text}")
    window.jobs.wait(5000)
    assert problems == [], f"{language}: " + ", ".join(problems)


def test_editors_open_with_the_cursor_in_a_field(desk: Desk, qtbot: QtBot, isolated_settings: None) -> None:
    """The first key typed goes into a field, never onto Save or Cancel."""
    for dialog in dialogs_to_check(desk):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        focused = dialog.focusWidget()
        assert focused is not None and not isinstance(focused, QAbstractButton), (
            f"{type(dialog).__name__} starts on {focused}")
        dialog.close()


def test_the_dashboard_tabs_in_reading_order_and_names_its_lists(desk: Desk, qtbot: QtBot,
                                                                 isolated_settings: None) -> None:
    from PySide6.QtWidgets import QAbstractItemView

    from fourthpillar.ui.dashboard import DashboardPage

    saved = initiatives.register_initiative(desk, values={"name": "Vrienden van Kisangani", "postcode": "9000"})
    followups.plan_follow_up(desk, initiative_id=saved.id, values={"action": "Bellen", "due_on": clock.today()})
    page = DashboardPage(desk)
    qtbot.addWidget(page)
    page.refresh()
    chain = focus_chain(page.overdue, page)
    lists = [widget for widget in chain if isinstance(widget, QAbstractItemView)]
    assert lists[-1] is page.activity and lists[0] is page.due_today  # the chain starts after page.overdue
    assert all(listing.accessibleName() for listing in [page.overdue, *lists])
    province = next(widget for widget in chain if widget.objectName().startswith("province_"))
    assert chain.index(page.this_week) < chain.index(province) < chain.index(page.activity)


def test_alt_down_opens_a_date_field_s_calendar(qtbot: QtBot, isolated_settings: None) -> None:
    """The calendar button is skipped by Tab (typing is quicker), so the keyboard opens it with Alt+Down."""
    from fourthpillar.ui.widgets.date_field import DateField

    field = DateField()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.line_edit.setFocus()
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(field._menu.isVisible, timeout=2000)
    field._menu.close()
