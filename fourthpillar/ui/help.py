"""Help ▸ User guide (F1): the user guide with its screenshots, in a window of the app's own.

The guide is Markdown (``gebruikersgids.md`` in Dutch, ``user-guide.md`` in English) with its
pictures in ``images/<language>/``. It is shown in a :class:`QTextBrowser`: no browser and no
network needed, links between the two languages work, links to the web open in the browser.

Where the guide is looked for, first found wins:

- ``FOURTHPILLAR_GUIDE``: a folder holding the guide (for packagers);
- ``<resources>/guide``: inside an installed package or a PyInstaller bundle (the bundle copies
  the repository's ``docs/guide/*.md`` and ``docs/guide/images/`` there);
- ``docs/guide`` beside the package: a checkout.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QLocale
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import QUrl
from PySide6.QtCore import Slot
from PySide6.QtGui import QImage
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QResizeEvent
from PySide6.QtGui import QShortcut
from PySide6.QtGui import QTextCursor
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTextBrowser
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from fourthpillar import i18n
from fourthpillar.ui.text import qt_translator

#: The guide's file in each language it is written in; other languages get the English one.
GUIDE_FILES = {"nl": "gebruikersgids.md", "en": "user-guide.md"}
FALLBACK_LANGUAGE = "en"
#: Space kept free beside a picture that is shrunk to the window's width (margins, scroll bar).
IMAGE_MARGIN = 40

_PACKAGE = Path(__file__).resolve().parent.parent


tr = qt_translator("Help")


def guide_folders() -> list[Path]:
    """The folders the guide may be in, in the order they are tried."""
    folders = []
    if os.environ.get("FOURTHPILLAR_GUIDE"):
        folders.append(Path(os.environ["FOURTHPILLAR_GUIDE"]))
    try:
        from fourthpillar.resources import resources_dir

        folders.append(resources_dir() / "guide")
    except (ImportError, OSError):
        pass
    folders += [_PACKAGE / "resources" / "guide", _PACKAGE.parent / "docs" / "guide"]
    unique: list[Path] = []
    for folder in folders:
        if folder not in unique:
            unique.append(folder)
    return unique


def guide_language() -> str:
    """The guide's language for the app's language: the Dutch guide for Dutch, English otherwise."""
    current = getattr(i18n, "current_language", None)
    if callable(current):
        language = str(current())
    else:  # before the app had a language setting: the locale it formats with
        language = "nl" if QLocale().language() == QLocale.Language.Dutch else FALLBACK_LANGUAGE
    return language if language in GUIDE_FILES else FALLBACK_LANGUAGE


def guide_path(language: str | None = None) -> Path | None:
    """The guide's Markdown file in *language* (default: the app's), or None if it is not installed."""
    wanted = language or guide_language()
    names = [GUIDE_FILES.get(wanted, GUIDE_FILES[FALLBACK_LANGUAGE]), GUIDE_FILES[FALLBACK_LANGUAGE]]
    for folder in guide_folders():
        for name in names:
            if (folder / name).is_file():
                return folder / name
    return None


def heading_anchor(text: str) -> str:
    """The anchor GitHub gives a heading ("Snel zoeken (Ctrl+K)" -> "snel-zoeken-ctrlk"), so the
    guide's table of contents works on the web and here alike."""
    text = unicodedata.normalize("NFC", text.strip().lower())
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


class _GuideText(QTextBrowser):
    """The browser: loads the guide's pictures no wider than the space there is for them.

    Scaling the picture itself (rather than the document's image formats) keeps Qt's text
    layout untouched; after the window is made narrower or wider the page is laid out again.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._fitted_width = 0
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(150)
        self._refit.timeout.connect(self._reload_keeping_place)

    def available_width(self) -> int:
        return max(200, self.viewport().width() - IMAGE_MARGIN)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        resource = super().loadResource(kind, name)
        if kind != QTextDocument.ResourceType.ImageResource.value or resource is None:
            return resource
        image = resource if isinstance(resource, QImage) else QImage.fromData(resource)
        if image.isNull():
            return resource
        self._fitted_width = self.available_width()
        if image.width() <= self._fitted_width:
            return image
        return image.scaledToWidth(self._fitted_width, Qt.TransformationMode.SmoothTransformation)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted_width and abs(self.available_width() - self._fitted_width) > 24:
            self._refit.start()

    @Slot()
    def _reload_keeping_place(self) -> None:
        bar = self.verticalScrollBar()
        place = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self.reload()
        bar.setValue(round(place * bar.maximum()))


class GuideViewer(QDialog):
    """The user guide, rendered from its Markdown with its pictures.

    Pictures wider than the window are shown smaller (never larger than they are); headings get
    the same anchors as on GitHub so the table of contents links work.
    """

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        # "User guide — Fourth Pillar desk" (Qt adds the app's name); the page shows the guide's title.
        self.setWindowTitle(tr("User guide"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.path = path
        self._named_revision = -1
        self.browser = _GuideText(self)
        self.browser.setObjectName("userGuideText")
        self.browser.setAccessibleName(tr("User guide"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setOpenLinks(True)
        self.browser.sourceChanged.connect(self._source_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.back_button = QPushButton(tr("&Back"), self)
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.setEnabled(False)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.browser.backward)
        self.resize(QSize(980, 760))
        self.show_guide(path)

    def show_guide(self, path: Path) -> None:
        self.path = path
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)

    def title(self) -> str:
        """The guide's first heading, the title at the top of the page."""
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                return block.text()
            block = block.next()
        return tr("User guide")

    @Slot(QUrl)
    def _source_changed(self, url: QUrl) -> None:
        if url.isLocalFile():
            self.path = Path(url.toLocalFile())
        self._name_headings()
        if url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())

    def _name_headings(self) -> None:
        document = self.browser.document()
        if self._named_revision == document.revision():
            return  # the same page, moved to an anchor: already named (naming again upsets its layout)
        editing = QTextCursor(document)
        editing.beginEditBlock()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.text().strip():
                cursor = QTextCursor(block)
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                anchor = cursor.charFormat()
                anchor.setAnchor(True)
                anchor.setAnchorNames([heading_anchor(block.text())])
                cursor.mergeCharFormat(anchor)
            block = block.next()
        editing.endEditBlock()
        self._named_revision = document.revision()


def show_user_guide(parent: QWidget | None = None, language: str | None = None) -> GuideViewer | None:
    """Open the user guide (one window per parent, brought to the front when already open)."""
    existing = getattr(parent, "_user_guide", None) if parent is not None else None
    # A closed viewer deleted itself: only a live, shown one is brought back.
    if isinstance(existing, GuideViewer) and shiboken6.isValid(existing) and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    path = guide_path(language)
    if path is None:
        QMessageBox.information(parent, tr("User guide"), tr(
            "The user guide is not part of this installation. It is in the folder docs/guide of the "
            "application's source code."))
        return None
    viewer = GuideViewer(path, parent)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is not None:
        parent._user_guide = viewer  # type: ignore[attr-defined]
    viewer.show()
    return viewer
