"""Fixtures for the language tests: compiled translations, a Qt app speaking a language, isolated settings."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from fourthpillar import i18n
from fourthpillar.translation_compiler import compile_translation

REPOSITORY = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPOSITORY / "resources" / "translations"


@pytest.fixture(autouse=True)
def no_language_override(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests choose languages themselves; a suite-wide FOURTHPILLAR_LANGUAGE must not interfere,
    nor the machine's own locale (a Dutch LANG made `--help` Dutch where English was expected):
    where a test leaves the language to the system, the system speaks English."""
    monkeypatch.delenv(i18n.LANGUAGE_VARIABLE, raising=False)
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(variable, "en_GB.UTF-8")


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files and their .qm (as `make translations` compiles them) in a temporary folder."""
    folder = tmp_path_factory.mktemp("translations")
    for source in sorted(TRANSLATIONS.glob("fourthpillar_*.ts")):
        shutil.copy(source, folder / source.name)
        compile_translation(source, folder / f"{source.stem}.qm")
    return folder


@pytest.fixture
def speak(qapp: QApplication, compiled_translations: Path, isolated_settings: None,
          monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """``speak("nl")`` makes the app speak a language as at start-up; everything is put back afterwards."""
    from fourthpillar.ui.app import install_translations

    monkeypatch.setenv("FOURTHPILLAR_TRANSLATIONS", str(compiled_translations))
    default_locale = QLocale()
    before = set(qapp.findChildren(QTranslator))

    def install(language: str) -> None:
        install_translations(qapp, language)

    yield install
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(default_locale)
    i18n.install_translator(None)
    i18n.set_language("en")
