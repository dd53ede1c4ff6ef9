"""The desk's log: what happened, by record id, for a maintainer reading a problem report.

Python ``logging`` writes to a rotating file in the platform's log folder
(``platformdirs.user_log_dir``; ``FOURTHPILLAR_LOG_DIR`` overrides it, the test suite uses
that), and ``faulthandler`` writes a hard crash's stack (a crash inside Qt, where no Python
exception is raised) to a second file beside it. Both files are readable by the officer only
(0600 on POSIX). Log lines carry ids, entity kinds, field names and counts, never names,
e-mails or other values that were typed in.

:func:`setup_logging` runs once at start-up (``cli.main.main`` for the command line and the app,
``ui.app.run_app`` again for callers that start the app directly); a second call only moves the
file handler when the folder changed.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import IO
from typing import Any

import platformdirs

from fourthpillar import __version__
from fourthpillar.paths import APP_AUTHOR
from fourthpillar.paths import APP_NAME

LOG_DIR_VARIABLE = "FOURTHPILLAR_LOG_DIR"
LOG_FILE = "fourthpillar.log"
CRASH_FILE = "crash.log"
#: Rotation: four files of 1 MB at most, a few weeks of ordinary use.
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"
#: The logger every module's ``logging.getLogger(__name__)`` hangs under.
ROOT_LOGGER = "fourthpillar"

_handler: logging.Handler | None = None
_crash_file: IO[str] | None = None


def log_dir() -> Path:
    """The folder the log is written to (not created here)."""
    explicit = os.environ.get(LOG_DIR_VARIABLE)
    if explicit:
        return Path(explicit).expanduser()
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def log_file() -> Path:
    return log_dir() / LOG_FILE


def crash_file() -> Path:
    return log_dir() / CRASH_FILE


def _open_private(path: Path, mode: str) -> IO[str]:
    """*path* opened for appending (or writing) text, created readable by its owner only."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC)
    descriptor = os.open(path, flags, 0o600)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)  # a file made by an older version, with the umask's mode
    return os.fdopen(descriptor, mode, encoding="utf-8")


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """A rotating file whose every generation is created 0600."""

    def _open(self) -> Any:
        return _open_private(Path(self.baseFilename), self.mode)


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to the log folder from now on; the log file, or None if the folder cannot be written
    (a read-only profile must not stop the desk from starting)."""
    global _handler
    folder = log_dir()
    target = folder / LOG_FILE
    logger = logging.getLogger(ROOT_LOGGER)
    if _handler is not None:
        if getattr(_handler, "baseFilename", None) == str(target.absolute()):
            return target
        logger.removeHandler(_handler)
        _handler.close()
        _handler = None
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # the log names record ids and files
        handler = _PrivateRotatingHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
    _handler = handler
    _catch_hard_crashes(folder)
    logger.info("started fourthpillar %s, Python %s, %s", __version__, sys.version.split()[0], sys.platform)
    return target


def _catch_hard_crashes(folder: Path) -> None:
    """A segfault or abort (inside Qt, a driver) writes every thread's stack to crash.log.

    Left alone when faulthandler is on already (``python -X faulthandler``, pytest): whoever
    turned it on wants the stacks where they asked for them.
    """
    global _crash_file
    if faulthandler.is_enabled() and _crash_file is None:
        return
    try:
        crash = _open_private(folder / CRASH_FILE, "a")
    except OSError:
        return
    faulthandler.enable(file=crash, all_threads=True)
    if _crash_file is not None:
        _crash_file.close()
    _crash_file = crash


def last_lines(count: int = 200) -> list[str]:
    """The log's last *count* lines (fewer if it is shorter; none if there is no log)."""
    lines: list[str] = []
    base = log_file()
    # The current file, then the rotated ones before it if it holds too few lines.
    for path in [base, *(base.with_name(f"{base.name}.{number}") for number in range(1, BACKUPS + 1))]:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            break
        lines = text.splitlines() + lines
        if len(lines) >= count:
            break
    return lines[-count:]


def last_crash(characters: int = 20_000) -> str:
    """The end of crash.log (the last hard crash's stacks), or an empty text."""
    try:
        text = crash_file().read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return text[-characters:].strip()


def _short_path(filename: str) -> str:
    """A source file's path from the package folder on (``fourthpillar/ui/app.py``): the folders
    above it name the officer's account (``C:\\Users\\jan.peeters\\...``)."""
    parts = Path(filename).parts
    for anchor in ("fourthpillar", "site-packages", "tests"):
        if anchor in parts:
            index = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[index:])
    return Path(filename).name


def describe_error(kind: type[BaseException], trace: Any) -> str:
    """An unexpected error for the log: where it happened and its type, without its message
    (which may quote a name or an e-mail address) and without the source lines."""
    import traceback

    places = [f'  File "{_short_path(frame.filename)}", line {frame.lineno}, in {frame.name}\n'
              for frame in traceback.extract_tb(trace)]
    return "Traceback (most recent call last):\n" + "".join(places) + f"{kind.__module__}.{kind.__qualname__}"
