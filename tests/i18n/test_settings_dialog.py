"""Edit ▸ Settings: the officer's name, the language, the data folder and the backup rotation.

If these fail, a choice made in the settings is lost, or is stored where the app (or the
command line, or the backup rotation) never reads it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fourthpillar import i18n
from fourthpillar.services import backups
from fourthpillar.services import officers
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import load_config
from fourthpillar.ui import settings
from fourthpillar.ui.app import choose_data_dir
from fourthpillar.ui.app import choose_language
from fourthpillar.ui.settings_dialog import SettingsDialog


@pytest.fixture
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name,
                            lambda _parent, _title, text, *a, **k: shown.append(text) or QMessageBox.StandardButton.Ok)
    return shown


def test_the_dialog_shows_what_is_in_use(desk: Desk, qtbot: QtBot, isolated_settings: None) -> None:
    dialog = SettingsDialog(desk)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "An Peeters"
    assert dialog.language.currentData() == i18n.current_language()
    assert [spin.value() for spin in dialog.rotation.values()] == [7, 4, 12]
    assert dialog.folder.text() == ""


def test_saving_stores_each_choice_where_it_is_read(desk: Desk, qtbot: QtBot, isolated_settings: None,
                                                   no_message_boxes: list[str], tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FOURTHPILLAR_DATA_DIR", raising=False)
    dialog = SettingsDialog(desk)
    qtbot.addWidget(dialog)
    dialog.name.setText("Jan Janssens")
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.folder.setText(str(tmp_path / "elsewhere"))
    dialog.rotation["backup_keep_daily"].setValue(10)
    dialog.rotation["backup_keep_monthly"].setValue(24)
    dialog.save()

    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert dialog.restart_needed and no_message_boxes  # told that it applies at the next start
    assert officers.current_officer(desk).name == "Jan Janssens"
    assert desk.data_dir is not None
    stored = json.loads((desk.data_dir / "config.json").read_text(encoding="utf-8"))
    assert stored["language"] == "nl"
    assert stored["backup_keep_daily"] == 10 and stored["backup_keep_monthly"] == 24
    assert backups._setting(desk, "backup_keep_daily") == 10  # what the rotation uses
    assert choose_language(desk.data_dir) == "nl"  # what the app starts in next time
    assert settings.read_str(settings.DATA_DIR) == str(tmp_path / "elsewhere")
    assert choose_data_dir(None) == str(tmp_path / "elsewhere")
    assert choose_data_dir("/explicit") == "/explicit"  # --data-dir still wins
    monkeypatch.setenv("FOURTHPILLAR_DATA_DIR", "/from/env")
    assert choose_data_dir(None) is None  # and so does FOURTHPILLAR_DATA_DIR (paths.data_dir reads it)


def test_a_name_is_required(desk: Desk, qtbot: QtBot, isolated_settings: None, no_message_boxes: list[str]) -> None:
    dialog = SettingsDialog(desk)
    qtbot.addWidget(dialog)
    dialog.name.setText("  ")
    dialog.save()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert officers.current_officer(desk).name == "An Peeters"
    assert desk.data_dir is not None and "language" not in load_config(desk.data_dir)


def test_the_settings_open_from_the_edit_menu(desk: Desk, qtbot: QtBot, isolated_settings: None,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from fourthpillar.ui.main_window import MainWindow

    opened: list[SettingsDialog] = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.settings_action.trigger()
    assert len(opened) == 1 and opened[0].parent() is window
    window.jobs.wait(5000)
