"""An initiative's page whose reading again fails for a moment (the office server away, the
register locked by another program) after an editor closed.

If these fail, the page forgets which initiative it was on: F5 no longer brings it back once
the register answers again, and Ctrl+N on that page registers a new initiative instead of
logging a request for the one shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import DatabaseUnavailable
from fourthpillar.ui import main_window as main_window_module
from fourthpillar.ui.main_window import MainWindow

Seed = Callable[[Desk, int], list[str]]


class Reads:
    """get_initiative, failing as a locked register makes it while ``failing`` is set."""

    def __init__(self) -> None:
        self.failing = False
        self.real = initiatives.get_initiative

    def __call__(self, desk: Desk, **arguments: Any) -> Any:
        if self.failing:
            raise DatabaseUnavailable("The register is locked by another program.")
        return self.real(desk, **arguments)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Reads:
    reads = Reads()
    monkeypatch.setattr(initiatives, "get_initiative", reads)
    return reads


def test_a_failed_reading_again_keeps_the_initiative_for_f5_and_ctrl_n(
        seeded: Seed, desk: Desk, window: MainWindow, reads: Reads, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """After the page could not read its initiative again, F5 must show it again once the
    register answers, and Ctrl+N must still log a request for it."""
    ids = seeded(desk, 3)
    window.show_initiative(ids[1])
    page = window.initiative_page
    qtbot.waitUntil(lambda: page.detail is not None and page.reading is None, timeout=5000)

    reads.failing = True
    page.refresh()  # as after an editor or the history closed
    qtbot.waitUntil(lambda: page.detail is None and page.reading is None, timeout=5000)
    assert "cannot be shown" in page.message_bar.text()
    assert page.opened_id == ids[1]

    opened: list[tuple[str, dict[str, Any]]] = []
    monkeypatch.setattr(main_window_module.MainWindow, "run_editor",
                        lambda self, editor, description, **arguments: opened.append((editor.__name__, arguments)))
    window.new_in_current()
    assert opened == [("RequestEditor", {"request_id": None, "initiative_id": ids[1]})]

    reads.failing = False
    window.refresh_all()
    qtbot.waitUntil(lambda: page.detail is not None, timeout=5000)
    assert page.detail is not None and page.detail.id == ids[1]
    assert page.title_label.text() == "Initiative 001"
