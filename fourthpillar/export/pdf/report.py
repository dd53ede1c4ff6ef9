"""The period report for funders and the annual report: key figures, breakdowns and charts.

Charts are ReportLab's own vector graphics (no image library, sharp at any zoom).
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import KeepTogether
from reportlab.platypus import Table
from reportlab.platypus import TableStyle

from fourthpillar import i18n
from fourthpillar.export import fonts
from fourthpillar.export.data import Count
from fourthpillar.export.data import EventCount
from fourthpillar.export.data import EventFigures
from fourthpillar.export.data import Office
from fourthpillar.export.data import PeriodFigures
from fourthpillar.export.pdf.layout import ACCENT
from fourthpillar.export.pdf.layout import CONTENT_WIDTH
from fourthpillar.export.pdf.layout import GREY
from fourthpillar.export.pdf.layout import NAVY
from fourthpillar.export.pdf.layout import RULE
from fourthpillar.export.pdf.layout import SHADE
from fourthpillar.export.pdf.layout import DocumentFrame
from fourthpillar.export.pdf.layout import Styles
from fourthpillar.export.pdf.layout import build_pdf
from fourthpillar.export.pdf.layout import format_date
from fourthpillar.export.pdf.layout import grid_table
from fourthpillar.export.pdf.layout import paragraph
from fourthpillar.export.pdf.layout import text
from fourthpillar.export.pdf.layout import tr
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.i18n import translate


def count_text(value: float) -> str:
    """A count (a table cell, a bar's label, an axis tick) with the language's separators: 1.234 in
    Dutch, 1 234 in French, 1,234 in English. Chart values arrive as floats; whole ones print whole."""
    return i18n.format_number(int(value) if float(value).is_integer() else value)


def share_text(part: int, whole: int) -> str:
    """*part* as a whole percentage of *whole* ("12%", in French "12 %"); "–" when there is no whole."""
    if not whole:
        return "–"
    percent = i18n.format_number(100 * part / whole, 0)
    # French sets the sign apart with a narrow no-break space, as it groups thousands.
    return percent + ("\u202f%" if i18n.current_language() == "fr" else "%")


def _month_label(day: dt.date, with_year: bool) -> str:
    label = i18n.month_abbreviation(day.month)
    return f"{label} {day.year % 100:02d}" if with_year else label


def _figure_cards(figures: PeriodFigures, styles: Styles) -> Table:
    median = figures.median_days_to_answer
    median_text = "–" if median is None else i18n.format_number(median)
    hours = round(figures.minutes_spent / 60)
    cards = [
        (i18n.format_number(figures.requests), translate("Export", "advice requests")),
        (i18n.format_number(figures.initiatives_helped), translate("Export", "initiatives helped")),
        (i18n.format_number(figures.new_initiatives), translate("Export", "new initiatives")),
        (i18n.format_number(figures.answered), translate("Export", "requests answered")),
        (median_text, translate("Export", "median days to answer")),
        (i18n.format_number(hours), translate("Export", "hours of advice")),
    ]
    cells = [[paragraph(number, styles.figure), paragraph(text(label), styles.label)] for number, label in cards]
    data = [cells[0:3], cells[3:6]]
    width = CONTENT_WIDTH / 3
    table = Table(data, colWidths=[width] * 3, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LINEAFTER", (0, 0), (1, -1), 2, colors.white),
                ("LINEBELOW", (0, 0), (-1, 0), 2, colors.white),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _count_axis(axis: Any, most: int, *, headroom: float) -> None:
    """A chart's axis of counts: from zero, in whole steps while the counts are small, with
    *headroom* above the largest (*most*), grey labels and a light grid."""
    axis.valueMin = 0
    axis.forceZero = True
    if most < 5:
        axis.valueMax = 5
        axis.valueStep = 1
    else:
        axis.valueMax = math.ceil(most * headroom)
    axis.labels.fontName = fonts.MAIN
    axis.labels.fontSize = 7
    axis.labels.fillColor = GREY
    axis.labelTextFormat = count_text
    axis.strokeColor = RULE
    axis.gridStrokeColor = RULE
    axis.gridStrokeWidth = 0.3
    axis.visibleGrid = True


def month_chart(figures: PeriodFigures) -> Drawing:
    months = figures.per_month or [(figures.date_from.replace(day=1), 0)]
    with_year = months[0][0].year != months[-1][0].year
    drawing = Drawing(CONTENT_WIDTH, 54 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 10 * mm, 12 * mm
    chart.width, chart.height = CONTENT_WIDTH - 14 * mm, 40 * mm
    chart.data = [[count for _, count in months]]
    chart.bars[0].fillColor = NAVY
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 4 if len(months) < 20 else 1
    # Room for the label above the tallest bar.
    _count_axis(chart.valueAxis, max((count for _, count in months), default=0), headroom=1.12)
    # A few months: narrower bars, not a wall.
    chart.width = min(chart.width, len(months) * 16 * mm)
    chart.categoryAxis.categoryNames = [_month_label(day, with_year) for day, _ in months]
    chart.categoryAxis.labels.fontName = fonts.MAIN
    chart.categoryAxis.labels.fontSize = 7 if len(months) <= 24 else 5
    chart.categoryAxis.labels.fillColor = GREY
    chart.categoryAxis.strokeColor = RULE
    if len(months) > 12:
        chart.categoryAxis.labels.angle = 90
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dy = -2
    else:
        chart.categoryAxis.labels.boxAnchor = "n"
    if len(months) <= 24:
        chart.barLabelFormat = count_text
        chart.barLabels.fontName = fonts.MAIN
        chart.barLabels.fontSize = 6.5
        chart.barLabels.fillColor = GREY
        chart.barLabels.nudge = 5
    drawing.add(chart)
    return drawing


def topic_chart(counts: list[Count]) -> Drawing:
    ranked = sorted(counts, key=lambda item: item.requests)
    row_height = 5.2 * mm
    height = max(1, len(ranked)) * row_height + 10 * mm
    drawing = Drawing(CONTENT_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 52 * mm, 8 * mm
    chart.width, chart.height = CONTENT_WIDTH - 64 * mm, height - 10 * mm
    chart.data = [[item.requests for item in ranked] or [0]]
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 3
    chart.categoryAxis.categoryNames = [item.label for item in ranked] or [""]
    chart.categoryAxis.labels.fontName = fonts.MAIN
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = RULE
    _count_axis(chart.valueAxis, max((item.requests for item in ranked), default=0), headroom=1.08)
    chart.barLabelFormat = count_text
    chart.barLabels.fontName = fonts.MAIN
    chart.barLabels.fontSize = 7
    chart.barLabels.fillColor = GREY
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _breakdown(title: str, counts: list[Count], total: int, styles: Styles) -> list[Flowable]:
    rows = [[text(item.label), count_text(item.requests), share_text(item.requests, total)] for item in counts]
    widths = [CONTENT_WIDTH - 50 * mm, 25 * mm, 25 * mm]
    return [
        KeepTogether(
            [
                paragraph(tr(title), styles.subheading),
                grid_table(
                    ("", QT_TRANSLATE_NOOP("Export", "Requests"), QT_TRANSLATE_NOOP("Export", "Share")),
                    rows,
                    widths,
                    styles,
                    numeric=(1, 2),
                ),
            ]
        )
    ]


def _event_section(events: EventFigures, styles: Styles) -> list[Flowable]:
    """Trainings and events held: what the office ran and whom it reached, by topic and province."""
    summary = translate("Export", "{held} events held, of which {trainings} trainings: {participants} participants "
                                  "from {initiatives} initiatives.").format(
        held=count_text(events.held), trainings=count_text(events.trainings_held),
        participants=count_text(events.participants), initiatives=count_text(events.initiatives_reached))
    header = ("", QT_TRANSLATE_NOOP("Export", "Events"), QT_TRANSLATE_NOOP("Export", "Participants"),
              QT_TRANSLATE_NOOP("Export", "Initiatives"))
    widths = [CONTENT_WIDTH - 75 * mm, 25 * mm, 25 * mm, 25 * mm]

    def table(title: str, counts: list[EventCount]) -> Flowable:
        rows = [[text(item.label), count_text(item.events), count_text(item.participants),
                 count_text(item.initiatives)] for item in counts if item.events or item.participants]
        return KeepTogether([paragraph(tr(title), styles.subheading),
                             grid_table(header, rows, widths, styles, numeric=(1, 2, 3))])

    story: list[Flowable] = [paragraph(translate("Export", "Trainings and events"), styles.heading),
                             paragraph(summary, styles.body)]
    if events.held:
        story += [table(QT_TRANSLATE_NOOP("Export", "By topic"), events.by_topic),
                  table(QT_TRANSLATE_NOOP("Export", "By province of the participants' initiatives"),
                        events.by_province)]
    return story


def report_story(figures: PeriodFigures, styles: Styles) -> list[Flowable]:
    scope = [
        translate("Export", "{start} to {end}").format(
            start=format_date(figures.date_from), end=format_date(figures.date_to)
        )
    ]
    if figures.province:
        scope.append(translate("Export", "province: {name}").format(name=text(figures.province)))
    if figures.officer_name:
        scope.append(translate("Export", "officer: {name}").format(name=text(figures.officer_name)))
    story: list[Flowable] = [
        paragraph(translate("Export", "Activity report"), styles.title),
        paragraph(" · ".join(scope), styles.subtitle),
        _figure_cards(figures, styles),
        paragraph(translate("Export", "Advice requests per month"), styles.heading),
        month_chart(figures),
        paragraph(translate("Export", "Advice requests by topic"), styles.heading),
        topic_chart(figures.by_topic),
    ]
    busiest = figures.busiest_topics()
    if busiest:
        rows = [
            [
                count_text(rank),
                text(item.label),
                count_text(item.requests),
                share_text(item.requests, figures.requests),
                count_text(item.initiatives or 0),
            ]
            for rank, item in enumerate(busiest, start=1)
        ]
        widths = [10 * mm, CONTENT_WIDTH - 85 * mm, 25 * mm, 20 * mm, 30 * mm]
        story.append(
            KeepTogether(
                [
                    paragraph(translate("Export", "Busiest topics"), styles.subheading),
                    grid_table(
                        (
                            "#",
                            QT_TRANSLATE_NOOP("Export", "Topic"),
                            QT_TRANSLATE_NOOP("Export", "Requests"),
                            QT_TRANSLATE_NOOP("Export", "Share"),
                            QT_TRANSLATE_NOOP("Export", "Initiatives"),
                        ),
                        rows,
                        widths,
                        styles,
                        numeric=(0, 2, 3, 4),
                    ),
                ]
            )
        )
    story.append(paragraph(translate("Export", "Breakdowns"), styles.heading))
    story += _breakdown(QT_TRANSLATE_NOOP("Export", "By channel"), figures.by_channel, figures.requests, styles)
    story += _breakdown(QT_TRANSLATE_NOOP("Export", "By status"), figures.by_status, figures.requests, styles)
    story += _breakdown(QT_TRANSLATE_NOOP("Export", "By province"), figures.by_province, figures.requests, styles)
    if figures.events is not None:
        story += _event_section(figures.events, styles)
    story.append(
        paragraph(
            translate(
                "Export",
                "A request can have several topics, so topic counts add up to more than the number of requests. "
                "Days to answer run from the day a request was received to the day it was first marked answered.",
            ),
            styles.small,
        )
    )
    return story


def write_period_report(path: Path, figures: PeriodFigures, *, office: Office, today: dt.date | None = None) -> None:
    styles = Styles()
    kind = translate("Export", "Activity report")
    frame = DocumentFrame(office=office, kind=kind, today=today)
    title = f"{kind} {format_date(figures.date_from)} – {format_date(figures.date_to)}"
    build_pdf(path, report_story(figures, styles), frame=frame, title=title, subject=kind)
