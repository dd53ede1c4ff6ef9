"""The initiative summary ("fiche", internal or shared) and the advice summary for one request."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import KeepTogether
from reportlab.platypus.flowables import HRFlowable

from fourthpillar.export.data import AdviceSummary
from fourthpillar.export.data import ContactLine
from fourthpillar.export.data import FollowUpLine
from fourthpillar.export.data import InitiativeSummary
from fourthpillar.export.data import Office
from fourthpillar.export.data import RequestSummary
from fourthpillar.export.pdf.layout import CONTENT_WIDTH
from fourthpillar.export.pdf.layout import RULE
from fourthpillar.export.pdf.layout import DocumentFrame
from fourthpillar.export.pdf.layout import Styles
from fourthpillar.export.pdf.layout import banner
from fourthpillar.export.pdf.layout import build_pdf
from fourthpillar.export.pdf.layout import details_table
from fourthpillar.export.pdf.layout import format_date
from fourthpillar.export.pdf.layout import grid_table
from fourthpillar.export.pdf.layout import note_block
from fourthpillar.export.pdf.layout import paragraph
from fourthpillar.export.pdf.layout import spacer
from fourthpillar.export.pdf.layout import text
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.i18n import format_number
from fourthpillar.i18n import translate


def _yes_no(value: bool) -> str:
    return translate("Export", "yes") if value else translate("Export", "no")


def _contacts(contacts: list[ContactLine], styles: Styles) -> list[Flowable]:
    rows = [[text(c.name), text(c.role), text(c.email), text(c.phone)] for c in contacts]
    if not rows:
        return [paragraph(translate("Export", "No contact persons recorded."), styles.small)]
    widths = [48 * mm, 34 * mm, 56 * mm, CONTENT_WIDTH - 138 * mm]
    return [
        grid_table(
            (
                QT_TRANSLATE_NOOP("Export", "Name"),
                QT_TRANSLATE_NOOP("Export", "Role"),
                QT_TRANSLATE_NOOP("Export", "E-mail"),
                QT_TRANSLATE_NOOP("Export", "Phone"),
            ),
            rows,
            widths,
            styles,
        )
    ]


def _follow_up_table(items: list[FollowUpLine], styles: Styles, *, with_outcome: bool) -> Flowable:
    header: tuple[str, ...] = (
        QT_TRANSLATE_NOOP("Export", "Due"),
        QT_TRANSLATE_NOOP("Export", "What"),
        QT_TRANSLATE_NOOP("Export", "Who"),
    )
    widths = [22 * mm, CONTENT_WIDTH - 62 * mm, 40 * mm]
    rows = []
    for item in items:
        what = text(item.action)
        if with_outcome and item.done_on:
            what += (
                "<br/>"
                + "<font color='#5F6B7A'>"
                + translate("Export", "Done on {date}").format(date=format_date(item.done_on))
                + (": " + text(item.outcome) if item.outcome else "")
                + "</font>"
            )
        rows.append([format_date(item.due_on), what, text(item.owner_name)])
    return grid_table(header, rows, widths, styles)


def _request_block(request: RequestSummary, styles: Styles, *, shared: bool) -> list[Flowable]:
    facts = [format_date(request.received_on), text(request.channel)]
    if request.topics:
        facts.append(text(", ".join(request.topics)))
    head = paragraph(" · ".join(facts) + f" — <b>{text(request.status)}</b>", styles.subheading)
    meta = []
    if request.contact_name:
        meta.append(translate("Export", "Asked by {name}").format(name=text(request.contact_name)))
    if request.officer_name:
        meta.append(translate("Export", "Handled by {name}").format(name=text(request.officer_name)))
    if request.answered_on:
        meta.append(translate("Export", "answered on {date}").format(date=format_date(request.answered_on)))
    if not shared and request.minutes_spent is not None:
        meta.append(translate("Export", "time spent: {minutes} min").format(
            minutes=format_number(request.minutes_spent)))
    block: list[Flowable] = [head]
    if meta:
        block.append(paragraph(" · ".join(meta), styles.small))
    block += [paragraph(translate("Export", "Question"), styles.field), paragraph(text(request.question), styles.body)]
    if request.advice:
        block += [
            paragraph(translate("Export", "Advice given"), styles.field),
            paragraph(text(request.advice), styles.body),
        ]
    if not shared and request.internal_note:
        block.append(spacer(1.5 * mm))
        block += note_block(translate("Export", "Internal note"), text(request.internal_note), styles)
    return block


def initiative_story(summary: InitiativeSummary, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = []
    if not summary.shared:
        story += [
            banner(
                translate(
                    "Export",
                    "INTERNAL: contains internal notes and time spent. Do not send to the initiative; "
                    "export the shared summary instead.",
                ),
                styles,
            ),
            spacer(4 * mm),
        ]
    story.append(paragraph(text(summary.name), styles.title))
    place = ", ".join(part for part in (summary.municipality, summary.province) if part)
    story.append(paragraph(text(" · ".join(part for part in (summary.legal_form, place) if part)), styles.subtitle))

    address = " ".join(part for part in (summary.postcode, summary.municipality) if part)
    rows = [
        (QT_TRANSLATE_NOOP("Export", "Legal form"), text(summary.legal_form)),
        (QT_TRANSLATE_NOOP("Export", "Enterprise number"), text(summary.enterprise_number)),
        (
            QT_TRANSLATE_NOOP("Export", "Address"),
            "<br/>".join(text(part) for part in (summary.street, address) if part),
        ),
        (QT_TRANSLATE_NOOP("Export", "Province"), text(summary.province)),
        (QT_TRANSLATE_NOOP("Export", "Partner countries"), text(", ".join(summary.partner_countries))),
        (QT_TRANSLATE_NOOP("Export", "Themes"), text(", ".join(summary.themes))),
        (QT_TRANSLATE_NOOP("Export", "Founded"), str(summary.founded_year) if summary.founded_year else ""),
        (QT_TRANSLATE_NOOP("Export", "4de Pijlerpanel member"), _yes_no(summary.panel_member)),
        (QT_TRANSLATE_NOOP("Export", "Status"), text(summary.status)),
    ]
    if summary.tags is not None:
        rows.append((QT_TRANSLATE_NOOP("Export", "Tags"), text(", ".join(summary.tags))))
    story.append(details_table(rows, styles))

    story.append(paragraph(translate("Export", "Contact persons"), styles.heading))
    story += _contacts(summary.contacts, styles)

    if summary.notes:
        story.append(paragraph(translate("Export", "Internal notes"), styles.heading))
        story += note_block("", text(summary.notes), styles)

    story.append(paragraph(translate("Export", "Open follow-ups"), styles.heading))
    if summary.open_follow_ups:
        story.append(_follow_up_table(summary.open_follow_ups, styles, with_outcome=False))
    else:
        story.append(paragraph(translate("Export", "No open follow-ups."), styles.small))

    story.append(
        paragraph(translate("Export", "Advice requests ({count})").format(count=len(summary.requests)), styles.heading)
    )
    if not summary.requests:
        story.append(paragraph(translate("Export", "No advice requests recorded."), styles.small))
    for index, request in enumerate(summary.requests):
        if index:
            story.append(_rule())
        # One request on one page where it fits: the advice began a new page without the
        # question (and the request's date) it answers.
        story.append(KeepTogether(_request_block(request, styles, shared=summary.shared)))
    return story


def _rule() -> Flowable:
    return HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=3 * mm, spaceAfter=0)


def write_initiative_summary(
    path: Path, summary: InitiativeSummary, *, office: Office, today: dt.date | None = None
) -> None:
    styles = Styles()
    kind = translate("Export", "Initiative summary")
    frame = DocumentFrame(
        office=office, kind=kind, today=today, marking="" if summary.shared else translate("Export", "INTERNAL")
    )
    build_pdf(path, initiative_story(summary, styles), frame=frame, title=f"{kind}: {summary.name}", subject=kind)


def advice_story(summary: AdviceSummary, office: Office, styles: Styles) -> list[Flowable]:
    request = summary.request
    story: list[Flowable] = [
        paragraph(translate("Export", "Our advice"), styles.title),
        paragraph(text(summary.initiative_name), styles.subtitle),
    ]
    rows = [
        (QT_TRANSLATE_NOOP("Export", "Initiative"), text(summary.initiative_name)),
        (QT_TRANSLATE_NOOP("Export", "Address"), text(summary.initiative_address)),
        (QT_TRANSLATE_NOOP("Export", "Contact person"), text(request.contact_name)),
        (
            QT_TRANSLATE_NOOP("Export", "Question received"),
            format_date(request.received_on) + " · " + text(request.channel),
        ),
        (QT_TRANSLATE_NOOP("Export", "Topics"), text(", ".join(request.topics))),
        (QT_TRANSLATE_NOOP("Export", "Status"), text(request.status)),
        (QT_TRANSLATE_NOOP("Export", "Answered on"), format_date(request.answered_on)),
    ]
    story.append(details_table(rows, styles))
    story.append(paragraph(translate("Export", "Your question"), styles.heading))
    story.append(paragraph(text(request.question), styles.body))
    story.append(paragraph(translate("Export", "Our advice"), styles.heading))
    story.append(
        paragraph(
            text(request.advice)
            if request.advice
            else translate("Export", "The advice has not been written down yet."),
            styles.body,
        )
    )
    story.append(paragraph(translate("Export", "What we agreed"), styles.heading))
    if summary.follow_ups:
        story.append(_follow_up_table(summary.follow_ups, styles, with_outcome=True))
    else:
        story.append(paragraph(translate("Export", "No follow-ups were agreed."), styles.small))

    contact_lines = [text(summary.officer_name)] if summary.officer_name else []
    if summary.officer_email:
        contact_lines.append(text(summary.officer_email))
    contact_lines += [
        text(office.full_name),
        text(office.address),
        " · ".join(text(part) for part in (office.phone, office.email, office.website) if part),
    ]
    story.append(
        KeepTogether(
            [
                paragraph(translate("Export", "Questions? Contact us"), styles.heading),
                paragraph("<br/>".join(line for line in contact_lines if line), styles.boxed),
            ]
        )
    )
    return story


def write_advice_summary(path: Path, summary: AdviceSummary, *, office: Office, today: dt.date | None = None) -> None:
    styles = Styles()
    kind = translate("Export", "Advice summary")
    frame = DocumentFrame(office=office, kind=kind, today=today)
    build_pdf(
        path,
        advice_story(summary, office, styles),
        frame=frame,
        title=f"{kind}: {summary.initiative_name}",
        subject=kind,
    )
