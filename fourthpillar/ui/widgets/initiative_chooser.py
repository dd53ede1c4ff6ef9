"""Pick an initiative by typing part of its name or municipality (search as you type)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtCore import Slot
from PySide6.QtGui import QStandardItem
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QCompleter
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QWidget

from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import InitiativeRow
from fourthpillar.store.errors import KnownError
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.operations import LatestRead

#: How many matches the popup offers; typing more narrows them down.
MATCH_LIMIT = 15


class InitiativeChooser(QLineEdit):
    """A line edit whose completer lists initiatives matching what is typed (full-text search in
    the database, so it stays fast with tens of thousands of initiatives).

    ``initiative_id()`` is the chosen initiative, or None while the text is not a choice. With a
    *runner* the matches are read on its read pool (the typing never waits for the register).

    Signals:
        chosen(str): an initiative was picked (its id); ``""`` when the text no longer names one.
    """

    chosen = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None, runner: JobRunner | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.runner = runner
        #: The matches of what is typed, being read (the newest text wins).
        self.searching = LatestRead()
        self._chosen_id: str | None = None
        self._chosen_text = ""
        self.setPlaceholderText(self.tr("Type part of the initiative's name or municipality…"))
        self.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.completer_ = QCompleter(self.model, self)
        # The database already filtered the rows; the completer must show them as they are.
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(MATCH_LIMIT)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._picked)  # type: ignore[index]  # stubs cannot pick an overload
        self.textEdited.connect(self._search)

    def initiative_id(self) -> str | None:
        return self._chosen_id

    def set_initiative(self, initiative_id: str, name: str) -> None:
        self._chosen_id, self._chosen_text = initiative_id, name
        self.setText(name)
        self.chosen.emit(initiative_id)

    def matches(self) -> list[tuple[str, str]]:
        """(id, shown text) of the initiatives offered in the popup now."""
        return [(str(self.model.item(row).data(Qt.ItemDataRole.UserRole)), self.model.item(row).text())
                for row in range(self.model.rowCount())]

    @Slot(str)
    def _search(self, text: str) -> None:
        if self._chosen_id is not None and text != self._chosen_text:
            self._chosen_id = None
            self.chosen.emit("")
        self.model.clear()
        if len(text.strip()) < 2:
            self.searching.drop()  # the matches of what was typed before are not wanted
            self._hide_popup()
            return
        desk, query = self.desk, ListQuery(search=text, limit=MATCH_LIMIT)
        self.searching.run(self.runner, lambda **_: initiatives.list_initiatives(desk, query=query, count=False).rows,
                           busy=self, on_done=lambda rows: self._offer(text, rows), on_refused=self._failed)

    def _offer(self, text: str, rows: list[InitiativeRow]) -> None:
        """Offer *rows*, the matches of *text*, unless something else was typed meanwhile."""
        if text != self.text():
            return
        self.model.clear()
        for row in rows:
            place = " ".join(part for part in (row.postcode, row.municipality) if part)
            item = QStandardItem(f"{row.name} — {place}" if place else row.name)
            item.setData(row.id, Qt.ItemDataRole.UserRole)
            item.setData(row.name, Qt.ItemDataRole.UserRole + 1)
            item.setEditable(False)
            self.model.appendRow(item)
        if self.model.rowCount():
            self.completer_.complete()
        else:
            self._hide_popup()

    def _failed(self, error: KnownError | ValidationFailed) -> None:
        """Say why no matches come where the editor says things (its message bar)."""
        bar = getattr(self.window(), "message_bar", None)
        if bar is not None:
            bar.show_message(str(error), "error")

    def _hide_popup(self) -> None:
        popup = self.completer_.popup()
        if popup is not None:
            popup.hide()

    @Slot(QModelIndex)
    def _picked(self, index: QModelIndex) -> None:
        initiative_id = index.data(Qt.ItemDataRole.UserRole)
        name = index.data(Qt.ItemDataRole.UserRole + 1)
        if initiative_id:
            self.set_initiative(str(initiative_id), str(name))

    def pick_row(self, row: int) -> None:
        """Choose the *row*-th match (what a click in the popup does)."""
        self._picked(self.model.index(row, 0))
