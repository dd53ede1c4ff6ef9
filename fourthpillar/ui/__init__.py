"""Everything Qt. Nothing outside this package imports PySide6."""

# The register's stack (SQLAlchemy, the store, the services) loads before Qt: PySide6 reads the
# source of every module imported after it, to see whether it asks for its ``__feature__``
# switches (PYSIDE-2029), which costs every start about 60 ms over those 300 modules.
import fourthpillar.services.desk  # noqa: F401
from fourthpillar.ui.qtfixes import keep_none_alive
from fourthpillar.ui.qtfixes import keep_true_alive

keep_true_alive()
keep_none_alive()
