"""The user guide: both languages there, every picture there, F1 shows it, the pictures can be retaken."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections import Counter
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLocale
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fourthpillar import i18n
from fourthpillar.ui import help as guide
from fourthpillar.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
GUIDE_DIR = ROOT / "docs" / "guide"
SCRIPT = GUIDE_DIR / "make_screenshots.py"
GUIDES = {"nl": GUIDE_DIR / "gebruikersgids.md", "en": GUIDE_DIR / "user-guide.md"}
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")
#: Screenshots are committed: each must stay small.
MAX_IMAGE_BYTES = 300_000
DUTCH_TRANSLATIONS = ROOT / "resources" / "translations" / "fourthpillar_nl.ts"
#: Window titles, buttons and messages the guides name by the words the app shows, as
#: (translation context, the app's English text). Text from ``%1`` on is the guide's "…".
NAMED_IN_THE_GUIDE = [
    ("MergeDialog", "Both changed the same fields"),
    ("MergeDialog", "Before (when you opened it)"),
    ("MergeDialog", "Saved by %1"),
    ("MergeDialog", "Yours"),
    ("MergeDialog", "Take theirs"),
    ("MergeDialog", "Keep mine"),
    ("MergeDialog", "&Put in the form"),
    ("EditorDialog", "Changed meanwhile by %1"),
    ("EditorDialog", "Reload"),
    ("ListPage", "(filtered)"),
    ("FilterBar", "&Clear filters"),
    ("Backups", "Daily backup"),
    ("Backups", "Daily backup made"),
    ("Backups", "Finishing the backup…"),
    ("Backups", "Skip"),
    ("Backups", "No backup made"),
    ("Backups", "The register is damaged"),
    ("Backups", "Fourth Pillar desk is already open"),
    ("FieldSync", "Fie&ld package"),
    ("FieldSync", "&Create package for a province or all…"),
    ("FieldSync", "&Open package as a new working copy…"),
    ("FieldSync", "&Use it from the next start"),
    ("FieldSync", "Create package of c&hanges for…"),
    ("FieldSync", "&Apply package…"),
    ("FieldSync", "&Sync now with the office database…"),
    ("MainWindow", "Conflicts"),
    ("Conflicts", "Mine"),
    ("Conflicts", "Theirs"),
    ("Conflicts", "Take &mine"),
    ("Conflicts", "Take &theirs"),
    ("Conflicts", "&Use this value"),
    ("InitiativePage", "Personal data"),
    ("InitiativePage", "Export this person's data…"),
    ("InitiativePage", "Erase this person…"),
    ("Backups", "Delete those backups now"),
    ("MainWindow", "For&get old registrations…"),
    ("InitiativePage", "Histor&y…"),
    ("HistoryDialog", "&Undo this action…"),
    ("MainWindow", "O&fficers and logins…"),
    ("Officers", "&Add officer…"),
    ("Officers", "&Change…"),
    ("Officers", "&Disable login…"),
    ("Officers", "&Enable login"),
    ("SignInDialog", "Sign in to the office database"),
    ("SignInDialog", "&Remember the password on this computer"),
    ("PassphraseDialog", "Passphrase of the register"),
    ("PassphraseDialog", "Register encrypted"),
    ("PassphraseDialog", "&Delete the unencrypted copy"),
    ("PassphraseDialog", "&Keep it for now"),
]


def title(path: Path) -> str:
    return next(line[2:].strip() for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("# "))


@pytest.fixture
def use_language() -> Iterator[Callable[[str], None]]:
    """Switches the app's language (as the settings do at start-up) and puts it back afterwards."""
    before = i18n.current_language()
    locale = QLocale()

    def use(code: str) -> None:
        i18n.set_language(code)
        QLocale.setDefault(QLocale(i18n.LOCALE_NAMES[code]))

    yield use
    i18n.set_language(before)
    QLocale.setDefault(locale)


def test_the_guide_is_there_in_dutch_and_english() -> None:
    """An officer pressing F1 finds a guide in Dutch and in English, each with a title."""
    for language, path in GUIDES.items():
        assert path.is_file(), f"the {language} guide is missing: {path}"
        assert guide.GUIDE_FILES[language] == path.name
        assert title(path)
    assert "gebruikersgids" in title(GUIDES["nl"])
    assert "user guide" in title(GUIDES["en"])


@pytest.mark.parametrize("language", sorted(GUIDES))
def test_every_picture_the_guide_shows_exists_and_is_small(language: str) -> None:
    """No broken picture in the guide (in the app or on the web), each in its own language's folder."""
    path = GUIDES[language]
    pictures = IMAGE.findall(path.read_text(encoding="utf-8"))
    assert len(pictures) >= 10
    for picture in pictures:
        assert picture.startswith(f"images/{language}/"), picture
        file = path.parent / picture
        assert file.is_file(), f"{path.name} shows {picture}, which is not there"
        assert file.stat().st_size <= MAX_IMAGE_BYTES, f"{picture} is {file.stat().st_size} bytes"
        image = QImage(str(file))
        assert not image.isNull() and image.width() >= 200 and image.height() >= 100, picture


def test_both_guides_show_the_same_pictures() -> None:
    """The Dutch and the English guide tell the same story with the same screens."""
    dutch = [Path(p).name for p in IMAGE.findall(GUIDES["nl"].read_text(encoding="utf-8"))]
    english = [Path(p).name for p in IMAGE.findall(GUIDES["en"].read_text(encoding="utf-8"))]
    assert dutch == english


def _dutch_translations() -> dict[tuple[str, str], str]:
    """(context, English text) -> Dutch text, for the messages the app still uses."""
    found = {}
    for context in ElementTree.parse(DUTCH_TRANSLATIONS).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished", "unfinished"):
                continue
            found[(name, message.findtext("source", ""))] = translation.text or ""
    return found


def _as_the_guide_writes_it(label: str) -> str:
    return label.replace("&", "").split("%1")[0].strip()


def test_the_guide_names_buttons_and_messages_as_the_app_shows_them() -> None:
    """An officer told to click "Take theirs" or "Die van de ander nemen" finds a button called
    that: the guides use the app's own words (in its language) for the merge dialog, the lists'
    filters, the backup messages, field packages, conflicts, personal data, history and officers' logins, and the
    Alt+ letter that the app underlines for Clear filters."""
    code = " ".join(path.read_text(encoding="utf-8") for path in (ROOT / "fourthpillar" / "ui").rglob("*.py"))
    dutch = _dutch_translations()
    guides = {language: " ".join(path.read_text(encoding="utf-8").split()) for language, path in GUIDES.items()}
    for context, english in NAMED_IN_THE_GUIDE:
        assert f'"{english}"' in code, f"the app no longer says {english!r}: update the guides"
        assert (context, english) in dutch, f"no Dutch for {english!r} ({context}) in {DUTCH_TRANSLATIONS.name}"
        for language, label in (("en", english), ("nl", dutch[(context, english)])):
            words = _as_the_guide_writes_it(label)
            assert words in guides[language], f"{GUIDES[language].name} does not name {words!r} as the app shows it"
            if "&" in label and context == "FilterBar":
                letter = label[label.index("&") + 1].upper()
                assert f"**Alt+{letter}**" in guides[language], f"{GUIDES[language].name}: {words} is Alt+{letter}"


def test_the_screenshot_script_takes_every_picture_the_guides_show() -> None:
    """A picture the script does not take would silently go stale when the app changes."""
    sys.path.insert(0, str(GUIDE_DIR))
    try:
        import make_screenshots
    finally:
        sys.path.remove(str(GUIDE_DIR))
    for path in GUIDES.values():
        for picture in IMAGE.findall(path.read_text(encoding="utf-8")):
            assert Path(picture).stem in make_screenshots.SHOTS, picture


@pytest.mark.parametrize("language", sorted(GUIDES))
def test_links_in_the_guide_lead_somewhere(language: str) -> None:
    """The contents and the links between sections and languages all point at something."""
    path = GUIDES[language]
    text = path.read_text(encoding="utf-8")
    anchors = {guide.heading_anchor(line.lstrip("#")) for line in text.splitlines() if line.startswith("#")}
    for target in LINK.findall(text):
        if target.startswith("http"):
            continue
        if target.startswith("#"):
            assert target[1:] in anchors, f"{path.name}: no heading for the link {target}"
        else:
            assert (path.parent / target.split("#")[0]).is_file(), f"{path.name}: {target} is not there"


def test_github_anchors() -> None:
    """Links to sections work the same on the web (GitHub's anchors) and in the app."""
    assert guide.heading_anchor("Snel zoeken (Ctrl+K)") == "snel-zoeken-ctrlk"
    assert guide.heading_anchor("Back-ups") == "back-ups"
    assert guide.heading_anchor("Reservekopieën") == "reservekopieën"


@pytest.fixture
def window(window: MainWindow) -> Iterator[MainWindow]:
    """The shared main window (tests/conftest.py), and no guide viewer left open after it."""
    yield window
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, guide.GuideViewer):
            widget.close()  # deletes itself


def open_viewer(window: MainWindow, qtbot: QtBot) -> guide.GuideViewer:
    window.guide_action.trigger()
    viewers = [widget for widget in QApplication.topLevelWidgets()
               if isinstance(widget, guide.GuideViewer) and widget.isVisible()]
    assert len(viewers) == 1
    viewer = viewers[0]
    qtbot.waitExposed(viewer)
    return viewer


def test_help_user_guide_opens_the_english_guide(window: MainWindow, qtbot: QtBot,
                                                 use_language: Callable[[str], None]) -> None:
    """Help ▸ User guide (F1) opens the guide in a window of the app, with its title and pictures."""
    use_language("en")
    assert window.guide_action in window.help_menu.actions()
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    viewer = open_viewer(window, qtbot)
    assert viewer.windowTitle() == "User guide"
    assert viewer.title() == title(GUIDES["en"])
    assert viewer.path.name == "user-guide.md"
    text = viewer.browser.document().toPlainText()
    assert "Quick search (Ctrl+K)" in text and "Keyboard shortcuts" in text
    assert "\ufffc" in text  # the pictures are in the page (object replacement characters)
    # Pictures are never wider than the window: the browser scrolls only vertically.
    qtbot.waitUntil(lambda: viewer.browser.horizontalScrollBar().maximum() == 0)
    # Pressing F1 again brings the same window to the front.
    window.guide_action.trigger()
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, guide.GuideViewer) and w.isVisible()] \
        == [viewer]
    viewer.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(viewer))  # closing deletes it
    # F1 after closing the guide opens it again.
    again = open_viewer(window, qtbot)
    assert again.title() == title(GUIDES["en"])
    again.close()


def test_the_dutch_app_opens_the_dutch_guide(window: MainWindow, qtbot: QtBot,
                                             use_language: Callable[[str], None]) -> None:
    """In Dutch the Help menu opens the gebruikersgids; French falls back to English."""
    use_language("nl")
    viewer = open_viewer(window, qtbot)
    assert viewer.title() == title(GUIDES["nl"])
    assert "Snel zoeken (Ctrl+K)" in viewer.browser.document().toPlainText()
    viewer.close()
    use_language("fr")
    assert guide.guide_path().name == "user-guide.md"


def test_links_to_sections_and_to_the_other_language_work_in_the_app(qtbot: QtBot) -> None:
    """Clicking the contents scrolls to the section; the language link opens the other guide."""
    viewer = guide.GuideViewer(GUIDES["en"])
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    browser = viewer.browser
    assert browser.verticalScrollBar().value() == 0
    browser.setSource(browser.source().resolved(QUrl("#keyboard-shortcuts")))
    assert browser.verticalScrollBar().value() > 0
    browser.setSource(browser.source().resolved(QUrl("gebruikersgids.md")))
    assert viewer.title() == title(GUIDES["nl"])
    assert viewer.back_button.isEnabled()


def test_the_guide_is_found_where_a_bundle_puts_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An installed app (no checkout) finds the guide in FOURTHPILLAR_GUIDE or <resources>/guide."""
    copy = tmp_path / "guide"
    copy.mkdir()
    shutil.copy(GUIDES["nl"], copy / GUIDES["nl"].name)
    monkeypatch.setenv("FOURTHPILLAR_GUIDE", str(copy))
    assert guide.guide_path("nl") == copy / "gebruikersgids.md"
    assert guide.guide_path("en") == GUIDES["en"]  # not in the copy: the next place that has it


def test_a_missing_guide_is_explained_not_a_crash(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    """An installation without the guide says where it is instead of failing."""
    monkeypatch.setattr(guide, "guide_folders", lambda: [tmp_path])
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    assert guide.show_user_guide(None) is None
    assert told and "docs/guide" in told[0]


@pytest.mark.slow
def test_the_screenshot_script_retakes_the_pictures(tmp_path: Path) -> None:
    """make_screenshots.py runs the real app end to end (few initiatives, English and Dutch) into a
    folder of our choosing and writes every picture, none of them blank."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FOURTHPILLAR_SCREENSHOT_PACE": "0.2"}
    out = tmp_path / "shots"
    done = subprocess.run([sys.executable, str(SCRIPT), "--out", str(out), "--initiatives", "12"],
                          env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    for language, path in GUIDES.items():
        for picture in IMAGE.findall(path.read_text(encoding="utf-8")):
            taken = out / language / Path(picture).name
            assert taken.is_file(), f"{taken} was not taken"
            image = QImage(str(taken))
            assert image.width() >= 200 and image.height() >= 100
            # Not blank: text and controls cover more than a sliver of the background.
            pixels = Counter(image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3))
            background = pixels.most_common(1)[0][1] / sum(pixels.values())
            assert len(pixels) > 4 and background < 0.97, f"{taken} looks blank"
