"""The new-initiative editor's warning while the name is typed: "Looks like Brug naar Cotonou,
Gent, 0403.170.701", with Open and "Not a duplicate".

The look-up (``services.duplicates.similar_initiatives``) runs in the background, a moment after
the typing stops (debounced), so typing never waits for the database; an answer that arrives
after newer typing is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from fourthpillar.domain.enterprise_number import InvalidEnterpriseNumber
from fourthpillar.domain.enterprise_number import normalise_enterprise_number
from fourthpillar.services import duplicates
from fourthpillar.services.desk import Desk
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.single_shot import single_shot_timer
from fourthpillar.ui.style import colour
from fourthpillar.ui.text import qt_translator

#: How long the typing must pause before the register is asked.
PAUSE_MS = 400


tr = qt_translator("Duplicates")


def describe(side: duplicates.Side) -> str:
    """ "Brug naar Cotonou, Gent, 0403.170.701" """
    return ", ".join(part for part in (side.name, side.municipality or side.postcode, side.enterprise_number or "")
                     if part)


class LookalikeBar(QFrame):
    """Hidden until the typed initiative looks like one in the register.

    Signals:
        open_requested(str): Open was pressed for this initiative id.
    """

    open_requested = Signal(str)

    def __init__(self, desk: Desk, read_values: Callable[[], dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lookalikeBar")
        self.setStyleSheet(f"#lookalikeBar {{ border: 1px solid {colour('hint')}; border-radius: 3px; }}")
        self._desk = desk
        self._read_values = read_values
        self._runner = JobRunner(self)
        self._asked = 0
        #: Initiatives the officer said this new one is not.
        self.dismissed: list[str] = []
        self.shown_id: str | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.open_button = QPushButton(tr("Open"), self)
        self.apart_button = QPushButton(tr("Not a duplicate"), self)
        self.open_button.clicked.connect(lambda: self.shown_id and self.open_requested.emit(self.shown_id))
        self.apart_button.clicked.connect(self._dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.apart_button)
        self._timer = single_shot_timer(self, PAUSE_MS, self.look_up)
        self.hide()

    @Slot()
    def typed(self) -> None:
        """Something that identifies the initiative changed: look again once the typing pauses."""
        self._timer.start()

    @Slot()
    def look_up(self) -> None:
        values = dict(self._read_values())
        try:
            number = values.get("enterprise_number") or ""
            values["enterprise_number"] = normalise_enterprise_number(number) if number.strip() else None
        except InvalidEnterpriseNumber:
            values["enterprise_number"] = None
        self._asked += 1
        asked, desk, dismissed = self._asked, self._desk, list(self.dismissed)

        def work(**_: Any) -> list[duplicates.DuplicatePair]:
            found = duplicates.similar_initiatives(desk, values=values, limit=len(dismissed) + 1)
            return [pair for pair in found if pair.second.id not in dismissed]

        self._runner.run(work, on_success=lambda found: self._show(asked, found))

    def _show(self, asked: int, found: list[duplicates.DuplicatePair]) -> None:
        if asked != self._asked:
            return  # typed on meanwhile: a newer answer is coming
        if not found:
            self.shown_id = None
            self.hide()
            return
        self.shown_id = found[0].second.id
        self.label.setText(tr("Looks like %1 (score %2). Is it the same initiative?")
                           .replace("%1", describe(found[0].second)).replace("%2", str(found[0].score)))
        self.show()

    @Slot()
    def _dismiss(self) -> None:
        if self.shown_id is not None:
            self.dismissed.append(self.shown_id)
        self.shown_id = None
        self.hide()
        self.look_up()

    def stop(self) -> None:
        """The editor closes: no look-up may answer into it."""
        self._timer.stop()
        self._asked += 1
        self._runner.wait(5000)
