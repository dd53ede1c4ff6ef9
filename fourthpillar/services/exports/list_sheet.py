"""A list as the officer sees it (filters, search, sort, columns) as a spreadsheet; its columns
are the lists' catalogue's (:mod:`fourthpillar.lists`)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import func
from sqlalchemy import select

from fourthpillar import clock
from fourthpillar import lists
from fourthpillar.domain.fields import FieldError
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.export.atomic import atomic_output
from fourthpillar.export.atomic import check_target
from fourthpillar.export.xlsx.workbook import Column
from fourthpillar.export.xlsx.workbook import WorkbookWriter
from fourthpillar.i18n import translate
from fourthpillar.jobs import Cancelled
from fourthpillar.jobs import IsCancelled
from fourthpillar.jobs import Progress
from fourthpillar.jobs import never_cancelled
from fourthpillar.jobs import no_progress
from fourthpillar.lists import ID_KEY
from fourthpillar.lists import Reading
from fourthpillar.lists import RecordList
from fourthpillar.services.desk import Desk
from fourthpillar.services.exports.common import ExportResult
from fourthpillar.services.exports.common import PathLike
from fourthpillar.services.exports.common import office
from fourthpillar.services.exports.common import stream
from fourthpillar.store import queries
from fourthpillar.store.queries import ListQuery
from fourthpillar.store.sorting import directed
from fourthpillar.store.sorting import tiebreak


def _list_named(what: str) -> RecordList:
    listed = lists.list_named(what)
    if listed is None:
        raise ValidationFailed(
            [
                FieldError(
                    "what",
                    translate("Export", "'{value}' is not one of: {choices}").format(
                        value=what, choices=", ".join(known.name for known in lists.LISTS)
                    ),
                )
            ]
        )
    return listed


def export_list(
    desk: Desk,
    *,
    what: str,
    query: ListQuery,
    columns: Sequence[str],
    path: PathLike,
    overwrite: bool = False,
    progress: Progress = no_progress,
    is_cancelled: IsCancelled = never_cancelled,
) -> ExportResult:
    """The initiatives, requests or follow-ups list as the person sees it (filters, search, sort,
    the visible *columns* in their order), every matching row rather than one page. Besides the
    catalogue's columns, *columns* may hold the record's id (``lists.ID_KEY``, as the command line's
    ``--columns id`` does)."""
    listed = _list_named(what)
    known = [ID_KEY, *listed.keys]
    unknown = [key for key in columns if key not in known]
    if unknown or not columns:
        message = (
            translate("Export", "unknown column(s): {names}; choose from {choices}").format(
                names=", ".join(unknown), choices=", ".join(known)
            )
            if unknown
            else translate("Export", "no columns chosen")
        )
        raise ValidationFailed([FieldError("columns", message)])
    target = Path(path)
    check_target(target, overwrite=overwrite)
    chosen = [None if key == ID_KEY else listed.column(key) for key in columns]
    dialect = desk.database.engine.dialect.name
    reading = Reading(dialect, clock.today())
    built = queries.LIST_STATEMENTS[listed.name](query, dialect)
    statement, sorts = built.statement, built.sorts
    key = query.sort if query.sort in sorts else listed.default_sort
    order = sorts[key]
    # Ties in the order the list on screen shows them (the rowid on SQLite: store.sorting.tiebreak).
    ties = tiebreak(listed.id_column, dialect)
    shown = (listed.id_column.label(f"id_{index}") if column is None else column.sql(reading)
             for index, column in enumerate(chosen))
    ordered = statement.with_only_columns(listed.id_column, *shown).order_by(
        directed(order, query.descending), directed(ties, query.descending))
    # Each converter remembers its answers for this export: a list has few distinct values (codes
    # and code lists read as stored text), and translating the same label 100,000 times is most
    # of the conversion time.
    converting = [
        (index, functools.cache(convert))
        for index, convert in enumerate(None if column is None else column.converter() for column in chosen)
        if convert is not None
    ]
    writer = WorkbookWriter(title=listed.title, author=office(desk).full_name)
    with writer:
        headers = [
            Column(translate("Export", "ID"), "name") if column is None else Column(column.label, column.sheet_kind)
            for column in chosen
        ]
        sheet = writer.add_sheet(listed.title, headers)
        # One read transaction streaming the rows. (A helper thread reading ahead was tried:
        # with the GIL it made a 100,000-row export slower, not faster.)
        with desk.database.session() as session:
            total = session.execute(select(func.count()).select_from(statement.order_by(None).subquery())).scalar_one()
            progress(0, total)
            for partition in stream(session, ordered, is_cancelled, columns_only=True):
                for row in partition:
                    values = list(row[1:])
                    for index, convert in converting:
                        values[index] = convert(values[index])
                    sheet.append(values)
                progress(sheet.rows, total)
        with atomic_output(target, overwrite=overwrite) as temporary:
            if is_cancelled():
                raise Cancelled()
            writer.save(temporary)
    return ExportResult(target, sheet.rows, sheets=1)
