"""The import wizard (File > Import initiatives)."""

from fourthpillar.ui.importing.wizard import ImportWizard
from fourthpillar.ui.importing.wizard import open_import_wizard

__all__ = ["ImportWizard", "open_import_wizard"]
