"""The record of every spreadsheet import, so one can be listed and undone as a whole."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer
from sqlalchemy import String
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column

from fourthpillar.store.models import Base
from fourthpillar.store.models import new_id
from fourthpillar.store.models import utc_now
from fourthpillar.store.types import UTCDateTime


class ImportRun(Base):
    """One applied import: its file, what it did, and the change batch that undoes it.

    Not a synchronised :class:`~fourthpillar.store.models.Record`: the initiatives it created
    travel through the change log like any others; this is the office's own log of imports.
    """

    __tablename__ = "import_run"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    file_name: Mapped[str] = mapped_column(String(255))
    sheet: Mapped[str] = mapped_column(String(255), default="")
    #: The change batch of everything the import wrote: undoing it undoes the import.
    batch_id: Mapped[str] = mapped_column(String(36), index=True)
    created_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_count: Mapped[int] = mapped_column(Integer, default=0)
    skipped_count: Mapped[int] = mapped_column(Integer, default=0)
    problem_rows: Mapped[int] = mapped_column(Integer, default=0)
    on_duplicate: Mapped[str] = mapped_column(String(10), default="skip")
    officer_id: Mapped[str | None] = mapped_column(String(36), default=None)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utc_now, index=True)
    undone_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), default=None)
    #: The batch of the latest undo, or of the redo after it: undoing that batch flips the run back.
    undo_batch_id: Mapped[str | None] = mapped_column(String(36), default=None)
