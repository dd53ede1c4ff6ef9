"""The statistics workbook: the period report's figures as tables, one per sheet."""

from __future__ import annotations

from pathlib import Path

from fourthpillar.export.data import PeriodFigures
from fourthpillar.export.xlsx.workbook import Column
from fourthpillar.export.xlsx.workbook import WorkbookWriter
from fourthpillar.i18n import translate
from fourthpillar.jobs import IsCancelled
from fourthpillar.jobs import Progress
from fourthpillar.jobs import never_cancelled
from fourthpillar.jobs import no_progress
from fourthpillar.services.desk import Desk
from fourthpillar.services.exports.common import ExportResult
from fourthpillar.services.exports.common import PathLike
from fourthpillar.services.exports.common import office
from fourthpillar.services.exports.report import ReportPeriod
from fourthpillar.services.exports.report import export_period_figures


def export_statistics(desk: Desk, *, period: ReportPeriod, path: PathLike, overwrite: bool = False,
                      progress: Progress = no_progress, is_cancelled: IsCancelled = never_cancelled) -> ExportResult:
    """The period report's figures as a workbook, one table per sheet."""
    author = office(desk).full_name
    return export_period_figures(desk, period, lambda temporary, figures: write_statistics(temporary, figures, author),
                                 path=path, overwrite=overwrite, progress=progress, is_cancelled=is_cancelled)


def write_statistics(path: Path, figures: PeriodFigures, author: str) -> int:
    """Write the workbook of *figures* to *path*; return how many sheets it has."""
    date_from, date_to = figures.date_from, figures.date_to
    writer = WorkbookWriter(
        title=translate("Export", "Statistics {start} to {end}").format(
            start=date_from.isoformat(), end=date_to.isoformat()
        ),
        author=author,
    )
    with writer:
        summary = writer.add_sheet(
            translate("Export", "Summary"),
            [Column(translate("Export", "Figure"), "name", 34), Column(translate("Export", "Value"), "number", 16)],
        )
        summary.extend(
            [
                (translate("Export", "Period from"), date_from),
                (translate("Export", "Period to"), date_to),
                (translate("Export", "Province"), figures.province or translate("Export", "all")),
                (translate("Export", "Officer"), figures.officer_name or translate("Export", "all")),
                (translate("Export", "Advice requests"), figures.requests),
                (translate("Export", "Initiatives helped"), figures.initiatives_helped),
                (translate("Export", "New initiatives"), figures.new_initiatives),
                (translate("Export", "Requests answered"), figures.answered),
                (translate("Export", "Median days to answer"), figures.median_days_to_answer),
                (translate("Export", "Hours of advice"), round(figures.minutes_spent / 60, 1)),
            ]
        )
        month = writer.add_sheet(
            translate("Export", "Per month"),
            [
                Column(translate("Export", "Month"), "date", 12, "mmm yyyy"),
                Column(translate("Export", "Requests"), "number"),
            ],
        )
        month.extend(figures.per_month)

        def share(count: int) -> float | None:
            return round(count / figures.requests, 4) if figures.requests else None

        topic = writer.add_sheet(
            translate("Export", "By topic"),
            [
                Column(translate("Export", "Topic"), "name", 30),
                Column(translate("Export", "Requests"), "number"),
                Column(translate("Export", "Share"), "number", 10, "0%"),
                Column(translate("Export", "Initiatives"), "number"),
            ],
        )
        topic.extend((item.label, item.requests, share(item.requests), item.initiatives) for item in figures.by_topic)
        for title, heading, items in (
            (translate("Export", "By channel"), translate("Export", "Channel"), figures.by_channel),
            (translate("Export", "By status"), translate("Export", "Status"), figures.by_status),
            (translate("Export", "By province"), translate("Export", "Province"), figures.by_province),
        ):
            sheet = writer.add_sheet(
                title,
                [
                    Column(heading, "name", 30),
                    Column(translate("Export", "Requests"), "number"),
                    Column(translate("Export", "Share"), "number", 10, "0%"),
                ],
            )
            sheet.extend((item.label, item.requests, share(item.requests)) for item in items)
        if figures.events is not None:
            events = writer.add_sheet(translate("Export", "Trainings and events"), [
                Column(translate("Export", "Topic or province"), "name", 34),
                Column(translate("Export", "Events"), "number"),
                Column(translate("Export", "Participants"), "number"),
                Column(translate("Export", "Initiatives"), "number"),
            ])
            held = figures.events
            events.append((translate("Export", "All events held"), held.held, held.participants,
                           held.initiatives_reached))
            events.append((translate("Export", "Trainings held"), held.trainings_held, None, None))
            events.extend((item.label, item.events, item.participants, item.initiatives)
                          for item in (*held.by_topic, *held.by_province))
        writer.save(path)
    return 7 if figures.events is None else 8
