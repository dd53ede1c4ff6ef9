"""Texts of a shared base class (or a mixin) come out in the officer's language in every subclass.

In Qt for Python ``self.tr`` looks a text up under the class name of the object at run time:
the shared editor base's "Not saved: please correct the %n marked field(s)." is asked for as
InitiativeEditor's, RequestEditor's... PySide then tries the base class's context only when the
answer equals the source text, which a %n text never does once the number is filled in, so a
Dutch officer read the banner in English. A class that others derive from therefore translates
with a fixed context (``QCoreApplication.translate("EditorDialog", ...)`` or a module ``tr``).
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fourthpillar import clock
from fourthpillar.services.desk import Desk

REPOSITORY = Path(__file__).resolve().parents[2]
UI = REPOSITORY / "fourthpillar" / "ui"


def _classes() -> list[tuple[Path, ast.ClassDef]]:
    found = []
    for source in sorted(UI.rglob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
        found.extend((source, node) for node in ast.walk(tree) if isinstance(node, ast.ClassDef))
    return found


def _base_name(base: ast.expr) -> str | None:
    if isinstance(base, ast.Name):
        return base.id
    if isinstance(base, ast.Attribute):
        return base.attr
    return None


def _self_tr_calls(cls: ast.ClassDef) -> list[int]:
    return [node.lineno for node in ast.walk(cls)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "self"]


def test_no_class_that_others_derive_from_translates_with_self_tr() -> None:
    """Else: a subclass looks the base class's texts up under its own name and a plural (or any text
    the base context alone has) shows in English to a Dutch or French officer."""
    classes = _classes()
    derived_from = {name for _, cls in classes for name in map(_base_name, cls.bases) if name}
    found = [f"{source.relative_to(REPOSITORY)}:{line} ({cls.name})"
             for source, cls in classes if cls.name in derived_from for line in _self_tr_calls(cls)]
    assert found == [], "self.tr in a class others derive from; use a module tr() with a fixed context:\n" + "\n".join(
        found)


def test_the_scan_sees_self_tr_in_a_base_class(tmp_path: Path) -> None:
    """The scan above must not pass because it looks at nothing."""
    tree = ast.parse("class Base:\n    def f(self):\n        return self.tr('x')\nclass Sub(Base):\n    pass\n")
    base = next(node for node in tree.body if isinstance(node, ast.ClassDef))
    assert _self_tr_calls(base) == [3]
    assert any(cls.name == "EditorDialog" for _, cls in _classes())


@pytest.mark.parametrize(("language", "banner"), [
    ("nl", "Niet bewaard: verbeter het 1 gemarkeerde veld."),
    ("fr", "Non enregistré : corrigez le champ marqué."),
    ("en", "Not saved: please correct the marked field."),
])
def test_an_editors_save_banner_speaks_the_officers_language(
        desk: Desk, qtbot: QtBot, speak: Callable[[str], None], monkeypatch: pytest.MonkeyPatch,
        language: str, banner: str) -> None:
    """Else: a Dutch officer whose initiative is refused reads "Not saved: please correct the 1
    marked field(s)." in English."""
    from fourthpillar.ui.editors.initiative import InitiativeEditor

    # The editor, closed dirty at the end, would wait for an answer forever.
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)
    speak(language)
    editor = InitiativeEditor(desk)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.name_edit, "Kinderen van Bukavu")
    qtbot.keyClicks(editor.postcode_edit, "0123")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.message_bar.text() == banner


_SAVES_SAID = {
    "nl": ["Initiatief geregistreerd: Kinderen van Bukavu", "Initiatief gewijzigd: Vrienden van Bukavu",
           "Contactpersoon toegevoegd: Marie Claes", "Contactpersoon gewijzigd: Marie Claes",
           "Adviesvraag genoteerd: Welke rechtsvorm?", "Adviesvraag gewijzigd: Welke rechtsvorm?",
           "Activiteit gepland: Info-avond", "Activiteit gewijzigd: Netwerkdag"],
    "fr": ["Initiative enregistrée : Kinderen van Bukavu", "Initiative modifiée : Vrienden van Bukavu",
           "Personne de contact ajoutée : Marie Claes", "Personne de contact modifiée : Marie Claes",
           "Demande de conseil enregistrée : Welke rechtsvorm?", "Demande de conseil modifiée : Welke rechtsvorm?",
           "Activité planifiée : Info-avond", "Activité modifiée : Netwerkdag"],
    "en": ["Initiative registered: Kinderen van Bukavu", "Initiative changed: Vrienden van Bukavu",
           "Contact person added: Marie Claes", "Contact person changed: Marie Claes",
           "Request logged: Welke rechtsvorm?", "Request changed: Welke rechtsvorm?",
           "Event planned: Info-avond", "Event changed: Netwerkdag"],
}


@pytest.mark.parametrize("language", sorted(_SAVES_SAID))
def test_what_an_editors_save_did_speaks_the_officers_language(
        desk: Desk, qtbot: QtBot, speak: Callable[[str], None], language: str) -> None:
    """Else: a Dutch officer reads "Contact person added: ..." in English in the status bar and
    under Edit ▸ Undo, or a request is named by something other than its question (the base
    editor words what each editor's save did from that editor's texts and named field)."""
    from fourthpillar.ui.editors.base import EditorDialog
    from fourthpillar.ui.editors.contact import ContactEditor
    from fourthpillar.ui.editors.event import EventEditor
    from fourthpillar.ui.editors.initiative import InitiativeEditor
    from fourthpillar.ui.editors.request import RequestEditor

    said: list[str] = []

    def save(editor: EditorDialog) -> str:
        qtbot.addWidget(editor)
        editor.accept()
        assert editor.saved is not None, editor.message_bar.text()
        said.append(editor.saved.description)
        return editor.saved.id

    speak(language)
    initiative = InitiativeEditor(desk)
    initiative.name_edit.setText("Kinderen van Bukavu")
    initiative_id = save(initiative)
    initiative = InitiativeEditor(desk, initiative_id)
    initiative.name_edit.setText("Vrienden van Bukavu")
    save(initiative)
    contact = ContactEditor(desk, initiative_id)
    contact.name_edit.setText("Marie Claes")
    contact = ContactEditor(desk, initiative_id, save(contact))
    contact.role_edit.setText("voorzitter")
    save(contact)
    request = RequestEditor(desk, initiative_id=initiative_id)
    request.channel_combo.set_code("phone")
    request.question_edit.setPlainText("Welke rechtsvorm?")
    request = RequestEditor(desk, request_id=save(request))
    request.advice_edit.setPlainText("Een vzw.")
    save(request)
    event = EventEditor(desk)
    event.title_edit.setText("Info-avond")
    event.starts_field.set_date(clock.today())
    event = EventEditor(desk, event_id=save(event))
    event.title_edit.setText("Netwerkdag")
    save(event)
    assert said == _SAVES_SAID[language]
