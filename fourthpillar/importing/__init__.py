"""Importing the office's spreadsheets: reading untrusted files, mapping, normalising, duplicates,
the preview and applying it. No Qt here; ``services.importing`` holds the use cases."""
