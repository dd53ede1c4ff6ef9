"""Finding the header row: title rows, dates and blank rows above it are common."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fourthpillar.importing.mapping import guess_field
from fourthpillar.importing.mapping import recognised_count

#: How many non-blank rows from the top may hold the header.
SEARCH_ROWS = 20
#: A longer cell is data or a title, not a header.
MAX_HEADER_CHARS = 60


def find_header(rows: Sequence[tuple[int, tuple[Any, ...]]]) -> int | None:
    """The position in *rows* of the row with the most recognisable headers, or None.

    A row needs at least two recognised headers (or a lone name header in a one-column file),
    and text in at least half of its filled cells (a header row may carry a year or two).
    """
    best: int | None = None
    best_score = 0
    for position, (_number, values) in enumerate(rows[:SEARCH_ROWS]):
        texts = [value for value in values if isinstance(value, str) and value.strip()]
        filled = sum(1 for value in values if value not in (None, ""))
        if len(texts) * 2 < filled:
            continue  # mostly numbers or dates: data, not headers
        score = recognised_count([value if isinstance(value, str) and len(value) <= MAX_HEADER_CHARS else None
                                  for value in values])
        if score > best_score:
            best, best_score = position, score
    if best is None:
        return None
    cells = [value for value in rows[best][1] if value not in (None, "")]
    if best_score >= 2 or (len(cells) == 1 and guess_field(cells[0]) == "name"):
        return best
    return None
