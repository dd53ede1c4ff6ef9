"""Files are written whole or not at all: a cancel, an error or a full disk never leaves a half
file under the chosen name, and an existing file is replaced only when confirmed."""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

import pytest

from fourthpillar.export.atomic import ExportFailed
from fourthpillar.export.atomic import OutputExists
from fourthpillar.export.atomic import atomic_output
from fourthpillar.jobs import Cancelled
from fourthpillar.services import exports
from fourthpillar.services.desk import Desk
from fourthpillar.store.queries import ListQuery

from .conftest import Register


def test_success_publishes_the_file_with_ordinary_permissions(out: Path) -> None:
    target = out / "a.txt"
    with atomic_output(target) as temporary:
        assert temporary.parent == out and temporary.name.startswith(".a.txt.")
        temporary.write_text("done")
        assert not target.exists()
    assert target.read_text() == "done"
    assert list(out.iterdir()) == [target]
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_an_error_while_writing_leaves_nothing(out: Path) -> None:
    target = out / "a.txt"
    with pytest.raises(RuntimeError), atomic_output(target) as temporary:
        temporary.write_text("half")
        raise RuntimeError("crash")
    assert list(out.iterdir()) == []


def test_a_full_disk_is_a_clear_message_and_leaves_nothing(out: Path) -> None:
    target = out / "a.txt"
    with pytest.raises(ExportFailed, match="disk is full"), atomic_output(target) as temporary:
        temporary.write_text("half")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert list(out.iterdir()) == []


def test_existing_file_is_kept_unless_overwrite(out: Path) -> None:
    target = out / "a.txt"
    target.write_text("mine")
    with pytest.raises(OutputExists), atomic_output(target) as temporary:
        temporary.write_text("new")  # pragma: no cover - refused before
    assert target.read_text() == "mine"
    with atomic_output(target, overwrite=True) as temporary:
        temporary.write_text("new")
    assert target.read_text() == "new"
    assert list(out.iterdir()) == [target]


def test_a_file_appearing_meanwhile_is_not_replaced(out: Path) -> None:
    """Another program (or a second export) saving the same name while we write wins."""
    target = out / "a.txt"
    with pytest.raises(OutputExists), atomic_output(target) as temporary:
        temporary.write_text("ours")
        target.write_text("theirs")
    assert target.read_text() == "theirs"
    assert list(out.iterdir()) == [target]


def test_missing_folder_is_refused(out: Path) -> None:
    with pytest.raises(ExportFailed, match="does not exist"), atomic_output(out / "nope" / "a.txt"):
        pass  # pragma: no cover


class CancelAfter:
    def __init__(self, calls: int) -> None:
        self.calls = calls

    def __call__(self) -> bool:
        self.calls -= 1
        return self.calls < 0


@pytest.mark.parametrize("calls", [0, 1])
def test_cancelled_exports_leave_no_file(desk: Desk, register: Register, out: Path, calls: int) -> None:
    """Cancelling in the progress dialog must not leave a half spreadsheet to be mailed by mistake."""
    period = exports.ReportPeriod(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    jobs = [
        lambda check: exports.export_list(
            desk, what="requests", query=ListQuery(), columns=["question"], path=out / "l.xlsx", is_cancelled=check
        ),
        lambda check: exports.export_network_list(desk, path=out / "n.xlsx", is_cancelled=check),
        lambda check: exports.export_statistics(desk, period=period, path=out / "s.xlsx", is_cancelled=check),
        lambda check: exports.export_period_report(desk, period=period, path=out / "r.pdf", is_cancelled=check),
    ]
    for job in jobs:
        with pytest.raises(Cancelled):
            job(CancelAfter(calls))
    assert list(out.iterdir()) == []


def test_progress_counts_up_to_the_total(desk: Desk, register: Register, out: Path) -> None:
    seen: list[tuple[int, int]] = []
    exports.export_list(
        desk,
        what="followups",
        query=ListQuery(),
        columns=["action"],
        path=out / "f.xlsx",
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen[0] == (0, 1) and seen[-1] == (1, 1)


def test_a_file_name_too_long_for_the_system_is_refused_in_words(out: Path) -> None:
    """`export ... --out` with a name longer than the file system holds ended in a traceback
    (OSError: File name too long) instead of one line saying the file could not be written."""
    target = out / ("a" * 300 + ".xlsx")
    with pytest.raises(ExportFailed, match="could not be written"), atomic_output(target):
        pass  # pragma: no cover
    assert list(out.iterdir()) == []
