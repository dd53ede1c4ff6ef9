"""What every PDF shares: page frame, office header with logo, footer with date and
"page n of m", PDF metadata, paragraph styles and small building blocks.

All user text goes through :func:`text` (escaped, line breaks kept, Ethiopic switched to its
font); labels go through :func:`tr` so a language switch translates them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import IO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph
from reportlab.platypus import SimpleDocTemplate
from reportlab.platypus import Spacer
from reportlab.platypus import Table
from reportlab.platypus import TableStyle

from fourthpillar import __version__
from fourthpillar import clock
from fourthpillar import i18n
from fourthpillar.export import fonts
from fourthpillar.export.data import Office
from fourthpillar.export.safety import paragraph_text
from fourthpillar.i18n import translate
from fourthpillar.i18n import translator
from fourthpillar.resources import resource_path

NAVY = colors.HexColor("#1F3A5F")
ACCENT = colors.HexColor("#E4572E")
GREY = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#D5DCE4")
SHADE = colors.HexColor("#F2F5F8")
NOTE_SHADE = colors.HexColor("#FFF4E5")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
HEADER_HEIGHT = 27 * mm
FOOTER_HEIGHT = 12 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN


tr = translator("Export")


def format_date(day: dt.date | None) -> str:
    """A date as the export's language writes it (28/11/2026 in Dutch and French)."""
    return i18n.format_date(day)


def text(value: str | None) -> str:
    """User text as safe paragraph markup."""
    fonts.register_fonts()
    return paragraph_text(value, script_font=fonts.script_font, drawable=fonts.can_draw)


class Styles:
    """The paragraph styles of every export, on the shipped fonts."""

    def __init__(self) -> None:
        fonts.register_fonts()
        base = ParagraphStyle(
            "body",
            fontName=fonts.MAIN,
            fontSize=9.5,
            leading=13.5,
            textColor=colors.HexColor("#1B1F24"),
            splitLongWords=True,
        )
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=GREY)
        self.label = ParagraphStyle("label", parent=base, fontSize=8, leading=10.5, textColor=GREY)
        self.title = ParagraphStyle(
            "title", parent=base, fontName=fonts.MAIN_BOLD, fontSize=19, leading=23, textColor=NAVY, spaceAfter=2 * mm
        )
        self.subtitle = ParagraphStyle(
            "subtitle", parent=base, fontSize=10.5, leading=14, textColor=GREY, spaceAfter=5 * mm
        )
        def heading_style(name: str, size: float, leading: float, **looks: Any) -> ParagraphStyle:
            """Bold, and kept on the page of what it introduces."""
            return ParagraphStyle(name, parent=base, fontName=fonts.MAIN_BOLD, fontSize=size, leading=leading,
                                  keepWithNext=True, **looks)

        self.heading = heading_style("heading", 12.5, 16, textColor=NAVY, spaceBefore=6 * mm, spaceAfter=2.5 * mm)
        self.subheading = heading_style("subheading", 10, 13.5, spaceBefore=4 * mm, spaceAfter=1 * mm)
        self.field = heading_style("field", 8, 10.5, textColor=GREY, spaceBefore=1.5 * mm)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11)
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell, fontName=fonts.MAIN_BOLD, textColor=NAVY)
        self.number = ParagraphStyle("number", parent=self.cell, alignment=TA_RIGHT)
        self.number_head = ParagraphStyle("number_head", parent=self.cell_head, alignment=TA_RIGHT)
        self.figure = ParagraphStyle(
            "figure", parent=base, fontName=fonts.MAIN_BOLD, fontSize=20, leading=24, textColor=NAVY
        )
        # Shaded paragraphs (not a table cell) so a long note still splits across pages.
        self.note = ParagraphStyle(
            "note",
            parent=base,
            backColor=NOTE_SHADE,
            borderPadding=(3, 6, 4, 6),
            leftIndent=6,
            rightIndent=6,
            spaceBefore=4,
            spaceAfter=4,
        )
        self.note_label = ParagraphStyle(
            "note_label",
            parent=self.note,
            fontName=fonts.MAIN_BOLD,
            fontSize=8,
            leading=10.5,
            textColor=GREY,
            keepWithNext=True,
            spaceAfter=0,
        )
        self.boxed = ParagraphStyle("boxed", parent=self.note, backColor=SHADE)
        self.banner = ParagraphStyle(
            "banner", parent=base, fontName=fonts.MAIN_BOLD, fontSize=8.5, leading=11, textColor=colors.white
        )


def paragraph(markup: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup, style)


def details_table(rows: Sequence[tuple[str, str]], styles: Styles) -> Table:
    """Label/value pairs (values are markup already); empty values are left out."""
    data = [
        [Paragraph(tr(label) if label else "", styles.label), Paragraph(value, styles.cell)]
        for label, value in rows
        if value
    ]
    table = Table(data, colWidths=[42 * mm, CONTENT_WIDTH - 42 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
            ]
        )
    )
    return table


def grid_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    styles: Styles,
    *,
    numeric: Sequence[int] = (),
) -> Table:
    """A table with a shaded header row; cells are markup; *numeric* columns align right."""

    def cell(markup: str, column: int, head: bool) -> Paragraph:
        if column in numeric:
            return Paragraph(markup, styles.number_head if head else styles.number)
        return Paragraph(markup, styles.cell_head if head else styles.cell)

    data = [[cell(tr(label), column, True) for column, label in enumerate(header)]]
    data += [[cell(value, column, False) for column, value in enumerate(row)] for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def note_block(label: str, markup: str, styles: Styles) -> list[Flowable]:
    """An internal note set apart on a tinted background; splits across pages when long."""
    flowables: list[Flowable] = []
    if label:
        flowables.append(Paragraph(label, styles.note_label))
    flowables.append(Paragraph(markup, styles.note))
    return flowables


def banner(markup: str, styles: Styles, background: Any = ACCENT) -> Table:
    box = Table([[Paragraph(markup, styles.banner)]], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return box


def spacer(height: float = 3 * mm) -> Spacer:
    return Spacer(1, height)


class _PagedCanvas(Canvas):  # type: ignore[misc]
    """Holds each page until the end so the footer can say "page n of m"."""

    def __init__(self, *args: Any, decorate: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._decorate = decorate

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(self, total)
            super().showPage()
        super().save()


class DocumentFrame:
    """Header and footer drawn on every page of one document."""

    def __init__(self, *, office: Office, kind: str, marking: str = "", today: dt.date | None = None) -> None:
        self.office = office
        self.kind = kind
        self.marking = marking
        self.today = today or clock.today()
        self.logo = str(resource_path("logo.png"))

    def draw(self, canvas: Canvas, total: int) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - 12 * mm
        logo_size = 11 * mm
        canvas.drawImage(self.logo, MARGIN, top - logo_size + 0.5 * mm, logo_size, logo_size, mask="auto")
        canvas.setFillColor(NAVY)
        canvas.setFont(fonts.MAIN_BOLD, 11)
        canvas.drawString(MARGIN + logo_size + 3 * mm, top - 4 * mm, self.office.name)
        canvas.setFillColor(GREY)
        canvas.setFont(fonts.MAIN, 8)
        canvas.drawString(MARGIN + logo_size + 3 * mm, top - 8.2 * mm, self.office.organisation)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, top - 4 * mm, self.kind)
        if self.marking:
            canvas.setFillColor(ACCENT)
            canvas.setFont(fonts.MAIN_BOLD, 8)
            canvas.drawRightString(PAGE_WIDTH - MARGIN, top - 8.2 * mm, self.marking)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        line_y = top - 12 * mm
        canvas.line(MARGIN, line_y, PAGE_WIDTH - MARGIN, line_y)

        bottom = 10 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, bottom + 4.5 * mm, PAGE_WIDTH - MARGIN, bottom + 4.5 * mm)
        canvas.setFillColor(GREY)
        canvas.setFont(fonts.MAIN, 7.5)
        canvas.drawString(MARGIN, bottom, translate("Export", "Made on {date}").format(
            date=i18n.format_long_date(self.today)))
        contact = " · ".join(part for part in (self.office.email, self.office.phone, self.office.website) if part)
        canvas.drawCentredString(PAGE_WIDTH / 2, bottom, contact)
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN,
            bottom,
            translate("Export", "Page {page} of {pages}").format(
                page=i18n.format_number(canvas.getPageNumber()), pages=i18n.format_number(total)),
        )
        canvas.restoreState()


def build_pdf(path: Path | IO[bytes], story: list[Flowable], *, frame: DocumentFrame, title: str,
              subject: str) -> None:
    """Lay out *story* into *path* (a file, or a binary stream) with the office frame and the PDF's
    title metadata."""
    fonts.register_fonts()
    document = SimpleDocTemplate(
        str(path) if isinstance(path, Path) else path,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=HEADER_HEIGHT + 2 * mm,
        bottomMargin=FOOTER_HEIGHT + 8 * mm,
        title=title,
        author=frame.office.full_name,
        subject=subject,
        creator=f"Fourth Pillar desk {__version__}",
        producer=f"Fourth Pillar desk {__version__}",
        initialFontName=fonts.MAIN,
    )

    def make_canvas(*args: Any, **kwargs: Any) -> _PagedCanvas:
        return _PagedCanvas(*args, decorate=frame.draw, **kwargs)

    document.build(story, canvasmaker=make_canvas)
