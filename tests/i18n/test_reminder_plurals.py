"""The start-up reminder counts in each language's singular and plural."""

from __future__ import annotations

from collections.abc import Callable

from fourthpillar.services.reminders import DueNow
from fourthpillar.ui.reminders import due_message


def test_the_reminder_counts_in_the_singular_and_plural(speak: Callable[[str], None]) -> None:
    """Otherwise the officer reads "1 follow-ups", "follow-up(s)" or a sentence with a missing half."""
    speak("en")
    assert due_message(DueNow(overdue=1, due_today=0)) == "1 follow-up overdue."
    assert due_message(DueNow(overdue=2, due_today=1)) == "2 follow-ups overdue, 1 follow-up due today."
    assert due_message(DueNow(overdue=0, due_today=0)) == ""
    speak("nl")
    assert due_message(DueNow(overdue=3, due_today=1)) == "3 opvolgingen te laat, 1 opvolging voor vandaag."
    speak("fr")
    assert due_message(DueNow(overdue=0, due_today=4)) == "4 suivis pour aujourd'hui."
