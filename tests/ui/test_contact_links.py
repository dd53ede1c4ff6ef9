"""A contact's e-mail address and phone number are links on the initiative page (mail program,
softphone), and a contact's typed text is never taken for markup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.ui.pages.initiative_page import InitiativePage
from fourthpillar.ui.text import contact_links


def test_email_and_phone_become_mailto_and_tel_links() -> None:
    """Otherwise the officer copies addresses and numbers by hand."""
    html = contact_links("Marie Claes", "voorzitter", "marie@example.be", "+32 9 123 45 67")
    assert '<a href="mailto:marie@example.be">marie@example.be</a>' in html
    assert '<a href="tel:+3291234567">+32 9 123 45 67</a>' in html


def test_typed_text_is_escaped_in_the_label() -> None:
    """Otherwise a name like "<img src=...>" is drawn as markup, or a crafted address opens another link."""
    html = contact_links('<img src="x">', "<b>baas</b> & co", 'a"b@example.be', "geen nummer")
    assert "<img" not in html and "<b>baas" not in html
    assert "&lt;img src=&quot;x&quot;&gt;" in html and "&lt;b&gt;baas&lt;/b&gt; &amp; co" in html
    assert 'href="mailto:a%22b@example.be"' in html
    assert "tel:" not in html and "geen nummer" in html


def test_the_initiative_page_shows_the_selected_contacts_links(qtbot: QtBot, desk: Desk) -> None:
    """Otherwise the links are nowhere to click on the page where officers look up a contact."""
    initiative_id = initiatives.register_initiative(desk, values={"name": "Vzw Links"}).id
    initiatives.add_contact(desk, initiative_id=initiative_id, values={
        "name": "Fatou <Diallo>", "email": "fatou@example.org", "phone": "0470 12 34 56"})
    page = InitiativePage(desk)
    qtbot.addWidget(page)
    page.show()
    page.show_initiative(initiative_id)
    assert page.contact_card.isHidden()
    page.contact_tree.setCurrentItem(page.contact_tree.topLevelItem(0))
    card = page.contact_card
    assert card.isVisible() and card.openExternalLinks()
    assert card.textFormat() == Qt.TextFormat.RichText
    assert 'href="mailto:fatou@example.org"' in card.text() and 'href="tel:0470123456"' in card.text()
    assert "Fatou &lt;Diallo&gt;" in card.text()
