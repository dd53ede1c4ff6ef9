"""What the exports share: the result, the office and streaming (cancelled as every long job is:
:mod:`fourthpillar.jobs`)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select
from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar.domain.countries import country_name
from fourthpillar.export.data import Office
from fourthpillar.i18n import current_language
from fourthpillar.jobs import Cancelled
from fourthpillar.jobs import IsCancelled
from fourthpillar.services.desk import Desk
from fourthpillar.store.models import Officer

#: Rows read from the database at a time while streaming a list.
PARTITION = 1000

PathLike = str | os.PathLike[str]


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the file and how many records (rows, requests) it holds."""

    path: Path
    records: int
    sheets: int = 0


def office(desk: Desk) -> Office:
    return Office.from_config(desk.config)


def countries(codes: Sequence[str]) -> list[str]:
    return [country_name(code, current_language()) for code in codes]


def officer_names(session: Session) -> dict[str, Officer]:
    return {officer.id: officer for officer in session.scalars(select(Officer))}


def stream(
    session: Session, statement: Select[Any], is_cancelled: IsCancelled, *, columns_only: bool = False
) -> Iterator[Sequence[Any]]:
    """The rows of *statement* a partition at a time (a server-side cursor where there is one).

    A statement of plain columns runs on the session's connection, without the ORM's per-row
    work; one of whole records needs the session.
    """
    if columns_only:
        result: Any = session.connection().execute(statement.execution_options(yield_per=PARTITION))
    else:
        result = session.execute(statement.execution_options(yield_per=PARTITION))
    for partition in result.partitions():
        if is_cancelled():
            raise Cancelled()
        yield partition
