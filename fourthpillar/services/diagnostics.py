"""The text an officer sends with a problem report (Help ▸ Report a problem, the crash dialog).

It says which version on which system met which kind of database, and what the log said last:
enough for a maintainer to start, and nothing about the people in the register. The database
appears only as its kind (sqlite, postgresql), never its address, user or password; the log
holds ids, not names (:mod:`fourthpillar.logs`). The text is in English on purpose: it is read
by the maintainers, whatever language the officer uses.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from fourthpillar import __version__
from fourthpillar import clock
from fourthpillar import logs
from fourthpillar.export.atomic import atomic_output
from fourthpillar.services.desk import Desk

#: How many of the log's last lines go into the report.
LOG_LINES = 200


@dataclass(frozen=True)
class Diagnostics:
    version: str
    system: str
    python: str
    qt_version: str
    database_kind: str
    replica_id: str
    moment: dt.datetime
    log_lines: list[str] = field(default_factory=list)
    #: Where an unexpected error happened (its stack and type, not its message), if one did.
    error: str = ""
    #: The end of crash.log, when a hard crash left its stacks there.
    crash: str = ""


def database_kind(url: str | None) -> str:
    """``sqlite`` or ``postgresql`` (the driver left out): nothing of the address or credentials."""
    if not url:
        return "unknown"
    try:
        return make_url(url).get_backend_name()
    except (ArgumentError, ValueError):
        return "unknown"


def system_name() -> str:
    """The operating system and its version, as a maintainer would look it up."""
    return f"{platform.system()} {platform.release()} ({platform.version()}; {platform.machine()})"


def collect(desk: Desk | None, *, qt_version: str = "", error: str = "", log_lines: int = LOG_LINES) -> Diagnostics:
    """What the report says now; *desk* None when the register is not open (start-up failed).

    Reads no database: it is safe on the window's thread, and works when the database is the problem.
    """
    return Diagnostics(
        version=__version__,
        system=system_name(),
        python=f"{platform.python_implementation()} {sys.version.split()[0]}",
        qt_version=qt_version or "-",
        database_kind=database_kind(desk.database.url) if desk is not None else "not open",
        replica_id=desk.replica_id if desk is not None else "-",
        moment=clock.now(),
        log_lines=logs.last_lines(log_lines),
        error=error,
        crash=logs.last_crash(),
    )


def diagnostics_text(report: Diagnostics) -> str:
    """The report as plain text, ready to paste into an e-mail or a ticket."""
    lines = [
        "Fourth Pillar desk - diagnostics",
        f"Version:   {report.version}",
        f"System:    {report.system}",
        f"Python:    {report.python}",
        f"Qt:        {report.qt_version}",
        f"Database:  {report.database_kind}",
        f"Replica:   {report.replica_id}",
        f"Written:   {report.moment.astimezone(dt.UTC).strftime('%Y-%m-%d %H:%M:%S')} UTC",
    ]
    if report.error:
        lines += ["", "Unexpected error:", report.error.rstrip()]
    if report.crash:
        lines += ["", "Last hard crash (crash.log):", report.crash]
    lines += ["", f"Last {len(report.log_lines)} log lines:", *report.log_lines]
    return "\n".join(lines) + "\n"


def save_diagnostics(path: str | os.PathLike[str], text: str, *, overwrite: bool = False) -> Path:
    """Write the report to *path* atomically (an existing file only with *overwrite*)."""
    target = Path(path)
    with atomic_output(target, overwrite=overwrite) as temporary:
        temporary.write_text(text, encoding="utf-8", newline="\n")
    return target
