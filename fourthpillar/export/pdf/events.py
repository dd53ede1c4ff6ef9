"""An event's documents: the sign-in sheet passed around the room and attendance certificates.

The sign-in sheet shows names and initiatives only, never an e-mail address or a phone number
(it goes from hand to hand), with a signature column and empty lines for walk-ins. A
certificate is one page per participant, in the participant's language. All user text is
escaped (:func:`fourthpillar.export.pdf.layout.text`): a title like ``<b>x</b>`` prints as typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph
from reportlab.platypus import Table
from reportlab.platypus import TableStyle

from fourthpillar import i18n
from fourthpillar.export import fonts
from fourthpillar.export.data import AttendanceCertificate
from fourthpillar.export.data import EventFacts
from fourthpillar.export.data import Office
from fourthpillar.export.data import SignInRow
from fourthpillar.export.pdf.layout import CONTENT_WIDTH
from fourthpillar.export.pdf.layout import NAVY
from fourthpillar.export.pdf.layout import RULE
from fourthpillar.export.pdf.layout import SHADE
from fourthpillar.export.pdf.layout import DocumentFrame
from fourthpillar.export.pdf.layout import Styles
from fourthpillar.export.pdf.layout import build_pdf
from fourthpillar.export.pdf.layout import details_table
from fourthpillar.export.pdf.layout import paragraph
from fourthpillar.export.pdf.layout import spacer
from fourthpillar.export.pdf.layout import text
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.i18n import translate
from fourthpillar.i18n import translator

#: Empty lines at the end of a sign-in sheet, for people who were not registered.
WALK_IN_LINES = 5
#: The height of a line to sign on.
SIGNING_ROW = 10 * mm


tr = translator("Export")


def _facts(event: EventFacts) -> list[tuple[str, str]]:
    return [
        (QT_TRANSLATE_NOOP("Export", "Kind"), text(event.kind)),
        (QT_TRANSLATE_NOOP("Export", "When"), text(event.when)),
        (QT_TRANSLATE_NOOP("Export", "Place"), text(event.place)),
        (QT_TRANSLATE_NOOP("Export", "Trainers"), text(event.trainers)),
        (QT_TRANSLATE_NOOP("Export", "Topics"), text(", ".join(event.topics))),
    ]


def _sign_in_table(rows: Sequence[SignInRow], styles: Styles) -> Table:
    header = [tr("No."), tr("Name"), tr("Initiative"), tr("Signature")]
    data: list[list[Paragraph | str]] = [[Paragraph(label, styles.cell_head) for label in header]]
    for number, row in enumerate([*rows, *[SignInRow("", "")] * WALK_IN_LINES], start=1):
        data.append([Paragraph(i18n.format_number(number), styles.cell), Paragraph(text(row.name), styles.cell),
                     Paragraph(text(row.initiative), styles.cell), ""])
    widths = [10 * mm, 58 * mm, 58 * mm, CONTENT_WIDTH - 126 * mm]
    table = Table(data, colWidths=widths, rowHeights=[None, *[SIGNING_ROW] * (len(data) - 1)], repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
        ("GRID", (0, 1), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return table


def sign_in_story(event: EventFacts, rows: Sequence[SignInRow], styles: Styles) -> list[Flowable]:
    return [
        paragraph(tr("Sign-in sheet"), styles.title),
        paragraph(text(event.title), styles.subtitle),
        details_table(_facts(event), styles),
        spacer(4 * mm),
        _sign_in_table(rows, styles),
        spacer(3 * mm),
        paragraph(tr("Not on the list? Write your name and initiative on an empty line."), styles.small),
    ]


def write_sign_in_sheet(target: IO[bytes], event: EventFacts, rows: Sequence[SignInRow], *, office: Office,
                        today: dt.date | None = None) -> None:
    styles = Styles()
    kind = tr("Sign-in sheet")
    build_pdf(target, sign_in_story(event, rows, styles), frame=DocumentFrame(office=office, kind=kind, today=today),
              title=f"{kind}: {event.title}", subject=kind)


def certificate_story(certificate: AttendanceCertificate, styles: Styles) -> list[Flowable]:
    event = certificate.event
    statement = translate("Export", "{name} took part in {kind} \u201c{title}\u201d, {when}.").format(
        name=f"<b>{text(certificate.person_name)}</b>", kind=text(event.kind.lower()),
        title=text(event.title), when=text(event.when))
    story: list[Flowable] = [
        spacer(18 * mm),
        paragraph(tr("Certificate of attendance"), styles.title),
        spacer(8 * mm),
        paragraph(statement, styles.body),
    ]
    if certificate.initiative:
        story.append(paragraph(translate("Export", "On behalf of {initiative}.").format(
            initiative=text(certificate.initiative)), styles.body))
    story += [spacer(6 * mm), details_table(_facts(event), styles), spacer(16 * mm)]
    if certificate.signed_by:
        story.append(paragraph(translate("Export", "For the 4th Pillar Support Office,<br/>{name}").format(
            name=text(certificate.signed_by)), styles.body))
    return story


def write_certificate(target: IO[bytes], certificate: AttendanceCertificate, *, office: Office, language: str,
                      today: dt.date | None = None) -> None:
    """One participant's certificate, in *language* (theirs), on the office's letterhead."""
    with i18n.speaking(language):
        styles = Styles()
        kind = tr("Certificate of attendance")
        build_pdf(target, certificate_story(certificate, styles),
                  frame=DocumentFrame(office=office, kind=kind, today=today),
                  title=f"{kind}: {certificate.event.title}", subject=kind)
