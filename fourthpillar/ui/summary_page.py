"""A read-only initiative summary, used only when the full initiative page is not installed."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from fourthpillar.domain import vocab
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.ui.lists import format as cells


class InitiativeSummaryPage(QWidget):
    """Details, contacts and timeline of one initiative as text.

    Signals (the same as the full page):
        request_opened(str), follow_up_opened(str), saved(object).
    """

    request_opened = Signal(str)
    follow_up_opened = Signal(str)
    saved = Signal(object)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.initiative_id: str | None = None
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_link)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)

    def show_initiative(self, initiative_id: str) -> None:
        self.initiative_id = initiative_id
        detail = initiatives.get_initiative(self.desk, initiative_id=initiative_id)
        esc = html.escape
        lines = [f"<h1>{esc(detail.name)}</h1>",
                 f"<p>{esc(detail.municipality)} · {esc(vocab.PROVINCES.label(detail.province))} · "
                 f"{esc(vocab.INITIATIVE_STATUSES.label(detail.status))}</p>",
                 f"<p>{esc(cells.countries(detail.partner_countries))}</p>",
                 f"<h2>{esc(self.tr('Contact persons'))}</h2><ul>"]
        lines += [f"<li>{esc(contact.name)} {esc(contact.email)}</li>" for contact in detail.contacts]
        lines.append(f"</ul><h2>{esc(self.tr('Timeline'))}</h2><ul>")
        for entry in detail.timeline:
            link = "request" if entry.kind == "request" else "follow_up"
            lines.append(f'<li>{esc(cells.format_date(entry.date))} <a href="{link}:{entry.id}">'
                         f"{esc(entry.title)}</a></li>")
        lines.append("</ul>")
        self.browser.setHtml("".join(lines))

    def _on_link(self, url: object) -> None:
        kind, _, record_id = str(getattr(url, "toString", lambda: url)()).partition(":")
        (self.request_opened if kind == "request" else self.follow_up_opened).emit(record_id)
