"""Plain-text and JSON output of the command line: aligned tables, field lists, streamed rows.

Nothing here knows about initiatives or requests; :mod:`fourthpillar.cli.records` and
:mod:`fourthpillar.cli.record_lists` say what to show, this module says how it looks in a terminal.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import asdict
from dataclasses import is_dataclass
from typing import Any

from fourthpillar import i18n
from fourthpillar.domain.vocab import Vocabulary
from fourthpillar.i18n import translator

Handler = Callable[[Any, argparse.Namespace], int]


tr = translator("Cli")


def one_line(text: str) -> str:
    """*text* safe for one line of a terminal: no line breaks, no control characters."""
    return re.sub(r"[\x00-\x1f\x7f]+", " ", text).strip()


def fit(text: str, width: int) -> str:
    """*text* cut to *width* characters, an ellipsis marking the cut."""
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def display(value: Any, vocabulary: Vocabulary | None = None) -> str:
    """A stored value as a person reads it: labels for codes, yes/no, dates, local times."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, list):
        return ", ".join(vocabulary.label(item) if vocabulary else str(item) for item in value)
    if vocabulary is not None:
        return vocabulary.label(str(value))
    if isinstance(value, dt.datetime):
        return i18n.format_datetime(value)
    if isinstance(value, dt.date):
        return i18n.format_date(value)
    return str(value)


def _line(cells: Iterable[str], widths: list[int], indent: str = "") -> str:
    padded = (fit(text, width).ljust(width) for text, width in zip(cells, widths, strict=True))
    return (indent + "  ".join(padded)).rstrip()


def write_aligned(lines: list[list[str]], *, cap: int, indent: str = "") -> None:
    """A small table held in memory (its first line the header), no column wider than *cap*."""
    widths = [min(cap, max(len(line[i]) for line in lines)) for i in range(len(lines[0]))]
    for line in lines:
        print(_line(line, widths, indent))


def write_table(headers: list[str], caps: list[int], first: list[list[str]],
                rest: Iterable[list[str]]) -> int:
    """A table streamed row by row: widths come from *first* (a page), later cells are cut to fit.

    Returns the number of rows written.
    """
    widths = [min(cap, max([len(header), *(len(line[i]) for line in first)]))
              for i, (header, cap) in enumerate(zip(headers, caps, strict=True))]
    print(_line(headers, widths))
    written = 0
    for line in first:
        print(_line(line, widths))
        written += 1
    for line in rest:
        print(_line(line, widths))
        written += 1
    return written


def write_fields(pairs: Iterable[tuple[str, str]]) -> None:
    """``name  value`` lines; a value's further lines are indented under the first."""
    items = list(pairs)
    width = max(len(name) for name, _ in items)
    for name, value in items:
        lines = value.splitlines() or [""]
        print(f"{name.ljust(width)}  {one_line(lines[0])}".rstrip())
        for line in lines[1:]:
            print(f"{' ' * width}  {one_line(line)}".rstrip())


def field_pairs(detail: Any, fields: Iterable[str], vocabularies: Mapping[str, Vocabulary],
                shown: Mapping[str, Callable[[Any], str]] | None = None) -> list[tuple[str, str]]:
    """(field, value as read) for ``show``: *shown* words the fields that need more than a label."""
    pairs = []
    for name in fields:
        value = getattr(detail, name)
        if shown and name in shown:
            pairs.append((name, shown[name](value)))
        else:
            pairs.append((name, display(value, vocabularies.get(name))))
    return pairs


def stamp_pairs(detail: Any) -> list[tuple[str, str]]:
    """The last lines of ``show``: when the record was made and saved, its version, archived or not."""
    return [("created_at", display(detail.created_at)), ("updated_at", display(detail.updated_at)),
            ("version", str(detail.version)), ("archived", display(detail.archived))]


def write_section(title: str, headers: list[str], rows: list[list[str]]) -> None:
    """A titled, counted sub-table under a record (its contacts, its follow-ups)."""
    print()
    print(f"{title} ({len(rows)})")
    if rows:
        write_aligned([headers, *rows], indent="  ", cap=48)


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def write_json_rows(rows: Iterable[Any]) -> None:
    """A JSON array of rows (dataclasses or dicts) written as they arrive, never held whole in memory."""
    out = sys.stdout
    out.write("[")
    written = 0
    for row in rows:
        value = asdict(row) if is_dataclass(row) and not isinstance(row, type) else row
        text = json.dumps(value, default=_json_value, ensure_ascii=False, indent=2)
        out.write(",\n" if written else "\n")
        out.write("\n".join("  " + line for line in text.splitlines()))
        written += 1
    out.write("\n]\n" if written else "]\n")


def robust_output(handler: Handler) -> Handler:
    """Output that cannot be written ends quietly instead of with a traceback.

    ``... list --all | head`` stops reading early; a Windows code page lacks some letters;
    Ctrl+C stops a long list.
    """

    def run(desk: Any, args: argparse.Namespace) -> int:
        if (sys.stdout.encoding or "").lower().replace("-", "") != "utf8":
            # A name from a partner country must not crash output on a narrow code page.
            reconfigure = getattr(sys.stdout, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(errors="backslashreplace")
        try:
            status = handler(desk, args)
            sys.stdout.flush()
            return status
        except BrokenPipeError:
            # Later writes (the interpreter's final flush too) go nowhere instead of failing.
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            except (OSError, ValueError, AttributeError):
                pass
            return 0
        except KeyboardInterrupt:
            # Ctrl+C during a long list: stop like other programs (a write is rolled back).
            return 130

    return run
