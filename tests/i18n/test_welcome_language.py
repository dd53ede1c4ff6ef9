"""The first start offers the language and follows the system's.

If these failed, a French-speaking officer would meet the desk in English with no way to change
it before signing in, or the choice would be forgotten at the next start; and the welcome's
intro would be cut off once its error shows, or the error would stay after a name is typed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from fourthpillar import i18n
from fourthpillar.services import officers
from fourthpillar.services.desk import load_config
from fourthpillar.services.desk import open_desk
from fourthpillar.ui.app import choose_language
from fourthpillar.ui.welcome import WelcomeDialog


def test_choosing_french_switches_the_welcome_at_once_and_is_kept(data_dir: Path, qtbot: QtBot,
                                                                  speak: Callable[[str], None]) -> None:
    speak("en")
    desk = open_desk(data_dir=data_dir)
    try:
        dialog = WelcomeDialog(desk, demo_available=True)
        qtbot.addWidget(dialog)
        english = (dialog.windowTitle(), dialog.empty_button.text(), dialog.region.itemText(0))
        assert dialog.language.currentData() == "en"
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        assert i18n.current_language() == "fr"
        french = (dialog.windowTitle(), dialog.empty_button.text(), dialog.region.itemText(0))
        assert french == ("Bienvenue dans Desk 4e Pilier", "Commencer &vide", "(aucune région)")
        assert all(new != old for new, old in zip(french, english, strict=True))
        assert dialog.region.findData("limburg") > 0  # the provinces are offered again
        dialog.name.setText("Sophie Lambert")
        dialog.empty_button.click()
        assert dialog.result() == WelcomeDialog.DialogCode.Accepted
        officer = officers.current_officer(desk)
        assert officer is not None and officer.name == "Sophie Lambert"
    finally:
        desk.close()
    assert load_config(data_dir)[i18n.CONFIG_KEY] == "fr"
    assert choose_language(data_dir) == "fr"  # the next start speaks French


def test_an_untouched_choice_keeps_following_the_system(data_dir: Path, qtbot: QtBot,
                                                        speak: Callable[[str], None]) -> None:
    speak("nl")
    desk = open_desk(data_dir=data_dir)
    try:
        dialog = WelcomeDialog(desk, demo_available=False)
        qtbot.addWidget(dialog)
        assert dialog.language.currentData() == "nl"
        assert dialog.empty_button.text() == "Leeg &beginnen"
        dialog.name.setText("Jan Janssens")
        dialog.empty_button.click()
        assert dialog.result() == WelcomeDialog.DialogCode.Accepted
    finally:
        desk.close()
    assert i18n.CONFIG_KEY not in load_config(data_dir)


def test_the_name_error_neither_clips_the_intro_nor_outstays_the_name(data_dir: Path, qtbot: QtBot,
                                                                       speak: Callable[[str], None]) -> None:
    speak("fr")
    desk = open_desk(data_dir=data_dir)
    try:
        dialog = WelcomeDialog(desk, demo_available=True)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.empty_button.click()
        assert dialog.error.isVisible() and dialog.error.text() == "Veuillez saisir votre nom."
        qtbot.waitUntil(lambda: dialog.intro.height() >= dialog.intro.heightForWidth(dialog.intro.width()))
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None and buttons.geometry().bottom() <= dialog.rect().bottom()
        assert officers.current_officer(desk) is None
        qtbot.keyClicks(dialog.name, "S")
        assert not dialog.error.isVisible()
    finally:
        desk.close()


def test_the_main_window_opens_in_the_language_chosen_at_the_welcome(data_dir: Path,
                                                                      speak: Callable[[str], None]) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from fourthpillar.ui import app
    from fourthpillar.ui.main_window import MainWindow

    seen: list[tuple[str, str]] = []

    def welcome() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, WelcomeDialog):
            QTimer.singleShot(20, welcome)
            return
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.name.setText("Sophie Lambert")
        dialog.empty_button.click()
        QTimer.singleShot(20, main_window)

    def main_window() -> None:
        window = next((widget for widget in QApplication.topLevelWidgets()
                       if isinstance(widget, MainWindow) and widget.isVisible()), None)  # not an earlier test's
        if window is None:
            QTimer.singleShot(20, main_window)
            return
        seen.append((window.file_menu.title(), QApplication.applicationDisplayName()))
        window.close()

    QTimer.singleShot(0, welcome)
    assert app.run_app(data_dir=data_dir, database_url=None, qt_arguments=["fourthpillar"]) == 0
    assert seen == [("&Fichier", "Desk 4e Pilier")]
    assert choose_language(data_dir) == "fr"
