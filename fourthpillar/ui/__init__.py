"""Everything Qt. Nothing outside this package imports PySide6."""

from fourthpillar.ui.qtfixes import keep_true_alive

keep_true_alive()
