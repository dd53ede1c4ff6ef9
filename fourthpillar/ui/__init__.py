"""Everything Qt. Nothing outside this package imports PySide6."""

from fourthpillar.ui.qtfixes import keep_none_alive
from fourthpillar.ui.qtfixes import keep_true_alive

keep_true_alive()
keep_none_alive()
